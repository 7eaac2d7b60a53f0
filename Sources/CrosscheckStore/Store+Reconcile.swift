import CrosscheckCore
import CrosscheckPipeline
import CrosscheckReconcile
import Foundation
import GRDB

/// Which groups an ingest reconciles again.
public enum ReconcileScope: String, Sendable, CaseIterable {
  /// The groups the new or re-extracted claims touch, and the groups with a claim of a source
  /// whose estimated reliability those claims moved: the same results as ``all``, at a cost
  /// that follows the new documents.
  case touched
  /// Every group, all over again (what a changed pipeline does anyway); only changed groups are
  /// rewritten. A check, or a repair after editing the store by hand.
  case all
}

extension Store {
  /// Re-reconciles the groups marked dirty (by new or re-extracted claims, or by a change in how
  /// a person's name is unified) and the groups of sources whose reliability moved, or every
  /// group for ``ReconcileScope/all``, in one transaction, with source reliabilities estimated
  /// over the whole store. Returns how many groups were reconciled and how many of them changed.
  ///
  /// When the pipeline differs from the one that last reconciled the store (its options or
  /// lexicons may judge claims differently), every group is reconciled again.
  public func settle(pipeline: Pipeline, scope: ReconcileScope = .touched) throws(StoreError) -> (reconciled: Int, changed: Int) {
    let s = try settle(
      reconciler: GroupReconciler(pipeline: pipeline), fingerprint: PipelineFingerprint(pipeline: pipeline),
      scope: scope, now: Store.timestamp())
    return (s.reconciled, s.changed)
  }

  /// As ``settle(pipeline:scope:)``, and how long the estimate of source reliability took.
  func settle(
    reconciler: GroupReconciler, fingerprint: PipelineFingerprint, scope: ReconcileScope, now: String
  ) throws(StoreError) -> (reconciled: Int, changed: Int, reliabilitySeconds: Double) {
    // One transaction: a concurrent ingest cannot mark a group dirty between our read of its
    // claims and our clearing of the mark, and a kill leaves the marks for the next run.
    try write { db in
      let last = try String.fetchOne(db, sql: "SELECT value FROM store_info WHERE key = 'reconciled_with'")
      // Another pipeline may weigh the same evidence differently: estimate again whatever changed.
      let everything = last != fingerprint.hash || scope == .all
      if everything {
        try db.execute(
          sql: """
            INSERT OR IGNORE INTO dirty_groups (subject, attribute, qualifier)
              SELECT DISTINCT subject, attribute, qualifier FROM claims
              UNION SELECT subject, attribute, qualifier FROM claim_groups;
            INSERT OR REPLACE INTO store_info (key, value) VALUES ('reconciled_with', ?);
            """, arguments: [fingerprint.hash])
      }
      while try unifyPersonNames(db, limit: 500) {}
      let keys = try Row.fetchAll(db, sql: "SELECT subject, attribute, qualifier FROM dirty_groups").map {
        GroupKey(subject: $0["subject"], attribute: $0["attribute"], qualifier: $0["qualifier"])
      }
      var claims = try self.claims(of: keys, db)
      var (documents, sentences) = try reconcileContext(for: claims, db)

      // Source reliability is estimated over every claim of the store, as a one-shot run does.
      // The dirty groups' part of that estimate is brought up to date first; when it changed,
      // the estimate runs again over the stored parts of all groups (a few numbers per claim,
      // no documents read), and the groups with a claim of a source whose reliability moved are
      // reconciled too, since their records show it.
      let scopes = reconciler.reliabilityScopes(claims, documents: documents, sentences: sentences)
      var reliability: [String: Double]
      var extra: [GroupKey] = []
      var reliabilitySeconds = 0.0
      if try replaceEvidence(of: keys, with: scopes, db) || everything {
        let started = Date()
        reliability = reconciler.sourceReliability(try allEvidence(db))
        let moved = try saveReliabilities(reliability, db)
        reliabilitySeconds = Date().timeIntervalSince(started)
        let dirty = Set(keys)
        var seen: Set<GroupKey> = []
        let groupsOfSource = try db.cachedStatement(
          sql: """
            SELECT DISTINCT c.subject, c.attribute, c.qualifier FROM documents d
            JOIN claims c ON c.document = d.id WHERE d.source = ?
            """)
        for source in moved {
          for row in try Row.fetchAll(groupsOfSource, arguments: [source]) {
            let key = GroupKey(subject: row[0], attribute: row[1], qualifier: row[2])
            if !dirty.contains(key), seen.insert(key).inserted { extra.append(key) }
          }
        }
        if !extra.isEmpty {
          let more = try self.claims(of: extra, db)
          let (moreDocuments, moreSentences) = try reconcileContext(for: more, db)
          documents.merge(moreDocuments) { a, _ in a }
          sentences.merge(moreSentences) { a, _ in a }
          claims += more
        }
      } else {
        reliability = try storedReliabilities(of: Set(documents.values.map(\.source)), db)
      }
      let results = reconciler.reconcile(claims, documents: documents, sentences: sentences, reliability: reliability)
      var counts: [GroupKey: Int] = [:]
      for c in claims { counts[GroupKey(subject: c.subject.name, attribute: c.attribute, qualifier: c.qualifier ?? ""), default: 0] += 1 }
      var changed = 0
      for key in keys + extra {
        if try store(results[key], claims: counts[key] ?? 0, for: key, now: now, db) { changed += 1 }
      }
      try db.execute(sql: "DELETE FROM dirty_groups")
      return (keys.count + extra.count, changed, reliabilitySeconds)
    }
  }

  /// The claims of whole groups.
  func claims(of keys: [GroupKey], _ db: Database) throws -> [Claim] {
    var claims: [Claim] = []
    let byGroup = try db.cachedStatement(
      sql: """
        SELECT \(StoreRows.claimColumns) FROM claims
        WHERE grp = ? AND subject = ? AND attribute = ? AND qualifier = ?
        """)
    for key in keys {
      claims += try Row.fetchAll(byGroup, arguments: [StoreRows.groupHash(key), key.subject, key.attribute, key.qualifier])
        .map(StoreRows.claim)
    }
    return claims
  }

  /// Replaces the stored reliability evidence of `keys` with `scopes` (theirs, in any order);
  /// returns whether it changed.
  func replaceEvidence(of keys: [GroupKey], with scopes: [ReliabilityScope], _ db: Database) throws -> Bool {
    var fresh: [GroupKey: [ReliabilityScope]] = [:]
    for s in scopes { fresh[GroupKey(subject: s.subject, attribute: s.attribute, qualifier: s.qualifier), default: []].append(s) }
    let select = try db.cachedStatement(
      sql: """
        SELECT year, claim, source, low, high, modifier, unit, weight FROM evidence
        WHERE subject = ? AND attribute = ? AND qualifier = ? ORDER BY year, claim
        """)
    let delete = try db.cachedStatement(sql: "DELETE FROM evidence WHERE subject = ? AND attribute = ? AND qualifier = ?")
    let insert = try db.cachedStatement(
      sql: """
        INSERT INTO evidence (subject, attribute, qualifier, year, claim, source, low, high, modifier, unit, weight)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    var changed = false
    for key in keys {
      let stored = try Row.fetchAll(select, arguments: [key.subject, key.attribute, key.qualifier])
      let wanted = (fresh[key] ?? []).flatMap { s in s.entries.map { (s.year, $0) } }
        .sorted { ($0.0 ?? Int.min, $0.1.claim) < ($1.0 ?? Int.min, $1.1.claim) }
      let same =
        stored.count == wanted.count
        && zip(stored, wanted).allSatisfy { row, w in StoreRows.evidenceYear(row[0]) == w.0 && StoreRows.entry(row) == w.1 }
      if same { continue }
      changed = true
      try delete.execute(arguments: [key.subject, key.attribute, key.qualifier])
      for (year, e) in wanted {
        try insert.execute(arguments: [
          key.subject, key.attribute, key.qualifier, year ?? Int(Int64.min), e.claim, e.source, e.value.low, e.value.high,
          e.value.modifier.rawValue, e.unit, e.weight,
        ])
      }
    }
    return changed
  }

  /// Every group's reliability evidence, in the order a one-shot run estimates over it.
  func allEvidence(_ db: Database) throws -> [ReliabilityScope] {
    var scopes: [ReliabilityScope] = []
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT year, claim, source, low, high, modifier, unit, weight, subject, attribute, qualifier FROM evidence
        ORDER BY subject, attribute, qualifier, year, claim
        """)
    var current: (subject: String, attribute: String, qualifier: String, year: Int64)?
    while let row = try rows.next() {
      let year: Int64 = row[0]
      // Rows come grouped; only compare the key's text when the year or the previous key differs.
      let subject: String = row[8]
      let attribute: String = row[9]
      let qualifier: String = row[10]
      if let c = current, c.year == year, c.subject == subject, c.attribute == attribute, c.qualifier == qualifier {
        scopes[scopes.count - 1].entries.append(StoreRows.entry(row))
        continue
      }
      current = (subject, attribute, qualifier, year)
      scopes.append(
        ReliabilityScope(
          subject: subject, attribute: attribute, qualifier: qualifier, year: StoreRows.evidenceYear(row[0]),
          entries: [StoreRows.entry(row)]))
    }
    // SQLite orders text by its bytes; the reconciler orders groups as Swift compares strings.
    // The two agree on normalized text, but the estimate's sums must run in the reconciler's
    // order to come out the same to the last bit, so sort (stably) to be sure.
    let order = scopes.indices.sorted { a, b in
      let l = scopes[a], r = scopes[b]
      if l.subject != r.subject { return l.subject < r.subject }
      if l.attribute != r.attribute { return l.attribute < r.attribute }
      if l.qualifier != r.qualifier { return l.qualifier < r.qualifier }
      return a < b
    }
    return order.map { scopes[$0] }
  }

  /// Stores the reliabilities of a fresh estimate and returns the sources whose reliability
  /// changed (a source missing on either side has the prior).
  func saveReliabilities(_ reliability: [String: Double], _ db: Database) throws -> [String] {
    var stored: [String: Double] = [:]
    for row in try Row.fetchAll(db, sql: "SELECT source, reliability FROM reliabilities") { stored[row[0]] = row[1] }
    var moved: [String] = []
    let upsert = try db.cachedStatement(sql: "INSERT OR REPLACE INTO reliabilities (source, reliability) VALUES (?, ?)")
    for (source, value) in reliability where stored[source] != value {
      try upsert.execute(arguments: [source, value])
      moved.append(source)
    }
    let delete = try db.cachedStatement(sql: "DELETE FROM reliabilities WHERE source = ?")
    for source in stored.keys where reliability[source] == nil {
      try delete.execute(arguments: [source])
      moved.append(source)
    }
    return moved.sorted()
  }

  /// The stored reliabilities of some sources (those without one have the prior).
  func storedReliabilities(of sources: Set<String>, _ db: Database) throws -> [String: Double] {
    var out: [String: Double] = [:]
    let select = try db.cachedStatement(sql: "SELECT reliability FROM reliabilities WHERE source = ?")
    for source in sources {
      if let value = try Double.fetchOne(select, arguments: [source]) { out[source] = value }
    }
    return out
  }

  /// The documents' sources and the claims' sentences, as the reconciler wants them.
  func reconcileContext(for claims: [Claim], _ db: Database) throws -> ([String: DocumentSource], [String: String]) {
    var documents: [String: DocumentSource] = [:]
    let document = try db.cachedStatement(
      sql: """
        SELECT d.file, d.metadata, d.warnings, d.copy_of, o.file AS origin_file, o.metadata AS origin_metadata
        FROM documents d LEFT JOIN documents o ON o.id = d.copy_of WHERE d.id = ?
        """)
    for id in Set(claims.map(\.document)) {
      guard let row = try Row.fetchOne(document, arguments: [id]) else { continue }
      let metadata = StoreRows.decode(DocumentMetadata.self, row["metadata"]) ?? DocumentMetadata()
      let originFile: String = row["origin_file"] ?? row["file"]
      let origin = StoreRows.decode(DocumentMetadata.self, row["origin_metadata"]) ?? metadata
      documents[id] = DocumentSource(
        source: origin.site ?? originFile, copyOf: row["copy_of"],
        warned: ((row["warnings"] as String?) ?? "[]") != "[]", published: metadata.published)
    }
    var sentences: [String: String] = [:]
    let text = try db.cachedStatement(sql: "SELECT text FROM documents WHERE id = ?")
    for (id, group) in Dictionary(grouping: claims, by: \.document) {
      guard let body = try String.fetchOne(text, arguments: [id]) else { continue }
      let length = body.utf8.count
      for c in group where c.sentence.start >= 0 && c.sentence.end <= length && c.sentence.start <= c.sentence.end {
        sentences[c.id] = String(body.slice(c.sentence))
      }
    }
    return (documents, sentences)
  }

  /// Writes one group's records when they changed; a group without claims is removed.
  func store(_ result: GroupResult?, claims claimCount: Int, for key: GroupKey, now: String, _ db: Database) throws -> Bool {
    let existing = try Row.fetchOne(
      db, sql: "SELECT id, digest FROM claim_groups WHERE subject = ? AND attribute = ? AND qualifier = ?",
      arguments: [key.subject, key.attribute, key.qualifier])
    let groupID: Int64? = existing?["id"]
    if let groupID {
      if let result, (existing?["digest"] as String?) == result.digest { return false }
      for table in ["conflicts", "reconciled"] {
        try db.execute(sql: "DELETE FROM \(table) WHERE grp = ?", arguments: [groupID])
      }
    }
    guard let result else {
      guard let groupID else { return false }
      try db.execute(sql: "DELETE FROM claim_groups WHERE id = ?", arguments: [groupID])
      return true
    }
    let id: Int64
    if let groupID {
      id = groupID
      try db.execute(
        sql: "UPDATE claim_groups SET claims = ?, worst = ?, digest = ?, changed = ? WHERE id = ?",
        arguments: [claimCount, result.worst, result.digest, now, id])
    } else {
      try db.execute(
        sql: """
          INSERT INTO claim_groups (subject, attribute, qualifier, claims, worst, digest, changed)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          """, arguments: [key.subject, key.attribute, key.qualifier, claimCount, result.worst, result.digest, now])
      id = db.lastInsertedRowID
    }
    let conflict = try db.cachedStatement(sql: "INSERT INTO conflicts (grp, idx, a, b, verdict, record) VALUES (?, ?, ?, ?, ?, ?)")
    for (i, c) in result.conflicts.enumerated() {
      try conflict.execute(arguments: [id, i, c.a, c.b, c.verdict, c.record])
    }
    let value = try db.cachedStatement(sql: "INSERT INTO reconciled (grp, idx, year, record) VALUES (?, ?, ?, ?)")
    for (i, r) in result.reconciled.enumerated() {
      try value.execute(arguments: [id, i, r.year, r.record])
    }
    return true
  }

  /// For each dirty name key, points person claims at the most frequent spelling of the key
  /// (ties: alphabetically first), as a one-shot run unifies names, and marks the groups a claim
  /// leaves and joins. Returns whether keys remain.
  func unifyPersonNames(_ db: Database, limit: Int) throws -> Bool {
    let keys = try String.fetchAll(db, sql: "SELECT key FROM dirty_person_keys LIMIT ?", arguments: [limit])
    for key in keys {
      let spellings = try Row.fetchAll(db, sql: "SELECT spelling, count FROM person_spellings WHERE key = ?", arguments: [key])
        .map { (name: $0["spelling"] as String, count: $0["count"] as Int) }
      let best = spellings.count > 1 ? spellings.max { l, r in l.count != r.count ? l.count < r.count : l.name > r.name }?.name : nil
      for spelling in spellings.map(\.name) {
        let target = best ?? spelling
        let moved = try Row.fetchAll(
          db,
          sql: """
            SELECT DISTINCT subject, attribute, qualifier FROM claims
            WHERE subject_type = 'person' AND subject_raw = ? AND subject != ?
            """, arguments: [spelling, target])
        guard !moved.isEmpty else { continue }
        for g in moved {
          try DocumentWriter.markDirty(GroupKey(subject: g["subject"], attribute: g["attribute"], qualifier: g["qualifier"]), db)
          try DocumentWriter.markDirty(GroupKey(subject: target, attribute: g["attribute"], qualifier: g["qualifier"]), db)
        }
        try db.execute(
          sql: """
            UPDATE claims SET subject = ?, grp = crosscheck_group(?, attribute, qualifier)
            WHERE subject_type = 'person' AND subject_raw = ? AND subject != ?
            """,
          arguments: [target, target, spelling, target])
      }
      try db.execute(sql: "DELETE FROM dirty_person_keys WHERE key = ?", arguments: [key])
    }
    return !keys.isEmpty
  }
}
