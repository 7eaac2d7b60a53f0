import CrosscheckCore
import CrosscheckPipeline
import CrosscheckReconcile
import Foundation
import GRDB

/// Which groups an ingest reconciles again.
public enum ReconcileScope: String, Sendable, CaseIterable {
  /// Only the groups the new or re-extracted claims touch: cost follows the new documents.
  case touched
  /// Every group, together: needed for results that depend on the whole store (source
  /// reliabilities estimated across groups); only changed groups are rewritten.
  case all
}

extension Store {
  /// Re-reconciles the groups marked dirty (by new or re-extracted claims, or by a change in how
  /// a person's name is unified), or every group for ``ReconcileScope/all``, in one transaction.
  /// Returns how many groups were reconciled and how many of them changed.
  ///
  /// When the pipeline differs from the one that last reconciled the store (its options or
  /// lexicons may judge claims differently), every group is reconciled again.
  public func settle(pipeline: Pipeline, scope: ReconcileScope = .touched) throws(StoreError) -> (reconciled: Int, changed: Int) {
    try settle(
      reconciler: GroupReconciler(pipeline: pipeline), fingerprint: PipelineFingerprint(pipeline: pipeline),
      scope: scope, now: Store.timestamp())
  }

  func settle(
    reconciler: GroupReconciler, fingerprint: PipelineFingerprint, scope: ReconcileScope, now: String
  ) throws(StoreError) -> (reconciled: Int, changed: Int) {
    // One transaction: a concurrent ingest cannot mark a group dirty between our read of its
    // claims and our clearing of the mark, and a kill leaves the marks for the next run.
    try write { db in
      let last = try String.fetchOne(db, sql: "SELECT value FROM store_info WHERE key = 'reconciled_with'")
      if last != fingerprint.hash || scope == .all {
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
      var claims: [Claim] = []
      let byGroup = try db.cachedStatement(
        sql: "SELECT \(StoreRows.claimColumns) FROM claims WHERE subject = ? AND attribute = ? AND qualifier = ?")
      for key in keys {
        claims += try Row.fetchAll(byGroup, arguments: [key.subject, key.attribute, key.qualifier]).map(StoreRows.claim)
      }
      let (documents, sentences) = try reconcileContext(for: claims, db)
      let results = reconciler.reconcile(claims, documents: documents, sentences: sentences)
      var counts: [GroupKey: Int] = [:]
      for c in claims { counts[GroupKey(subject: c.subject.name, attribute: c.attribute, qualifier: c.qualifier ?? ""), default: 0] += 1 }
      var changed = 0
      for key in keys {
        if try store(results[key], claims: counts[key] ?? 0, for: key, now: now, db) { changed += 1 }
      }
      try db.execute(sql: "DELETE FROM dirty_groups")
      return (keys.count, changed)
    }
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
        let writer = DocumentWriter(pipeline: 0, now: "")
        for g in moved {
          try writer.markDirty(GroupKey(subject: g["subject"], attribute: g["attribute"], qualifier: g["qualifier"]), db)
          try writer.markDirty(GroupKey(subject: target, attribute: g["attribute"], qualifier: g["qualifier"]), db)
        }
        try db.execute(
          sql: "UPDATE claims SET subject = ? WHERE subject_type = 'person' AND subject_raw = ? AND subject != ?",
          arguments: [target, spelling, target])
      }
      try db.execute(sql: "DELETE FROM dirty_person_keys WHERE key = ?", arguments: [key])
    }
    return !keys.isEmpty
  }
}
