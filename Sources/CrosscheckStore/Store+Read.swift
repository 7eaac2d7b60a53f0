import CrosscheckCore
import CrosscheckReconcile
import CrosscheckReports
import CrosscheckTagging
import GRDB

/// Counts and facts about a store, for `crosscheck status`.
public struct StoreStatus: Sendable, Hashable, Codable {
  public var schemaVersion: Int
  public var documents: Int
  public var sightings: Int
  public var sentences: Int
  public var entities: Int
  public var claims: Int
  public var groups: Int
  public var conflicts: Int
  public var verdicts: [String: Int]
  /// Groups waiting to be reconciled (left by an interrupted ingest).
  public var pendingGroups: Int
  public var problems: Int
  public var runs: Int
  /// When the last ingest started and finished (`nil` finished: interrupted or still running).
  public var lastIngestStarted: String?
  public var lastIngestFinished: String?
  /// The pipeline of the last ingest, and how many documents another pipeline version annotated.
  public var pipelineFile: String?
  public var pipelineName: String?
  public var pipelineHash: String?
  public var documentsFromOtherPipelines: Int
}

/// Which reconciled groups a report or export covers.
public struct GroupFilter: Sendable, Hashable {
  /// Only this subject (exact canonical name, or case-insensitively equal).
  public var subject: String?
  /// Only groups whose records changed at or after this time (ISO 8601 date or timestamp, UTC).
  public var since: String?

  public init(subject: String? = nil, since: String? = nil) {
    self.subject = subject
    self.since = since
  }
}

/// One reconciled group as stored.
public struct StoredGroup: Sendable {
  public var key: GroupKey
  public var changed: String
  public var conflicts: [ConflictPair]
  public var reconciled: [ReconciledValue]
  /// The stored JSON lines, byte for byte as `conflicts.jsonl` and `reconciled.jsonl` write them.
  public var conflictLines: [String]
  public var reconciledLines: [String]
}

extension Store {
  /// Counts, the last ingest, the pipeline and the schema version.
  public func status() throws(StoreError) -> StoreStatus {
    try read { db in
      func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
      let last = try Row.fetchOne(
        db,
        sql: """
          SELECT r.started, r.finished, p.file, p.name, p.hash, p.id FROM runs r
          JOIN pipelines p ON p.id = r.pipeline ORDER BY r.id DESC LIMIT 1
          """)
      var verdicts: [String: Int] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT verdict, count(*) AS n FROM conflicts GROUP BY verdict") {
        verdicts[row["verdict"]] = row["n"]
      }
      let pipelineID: Int64? = last?["id"]
      return StoreStatus(
        schemaVersion: Int(try String.fetchOne(db, sql: "SELECT value FROM store_info WHERE key = 'schema_version'") ?? "") ?? 0,
        documents: try count("SELECT count(*) FROM documents"),
        sightings: try count("SELECT count(*) FROM sightings"),
        sentences: try count("SELECT count(*) FROM sentences"),
        entities: try count("SELECT count(*) FROM entities"),
        claims: try count("SELECT count(*) FROM claims"),
        groups: try count("SELECT count(*) FROM claim_groups"),
        conflicts: try count("SELECT count(*) FROM conflicts"), verdicts: verdicts,
        pendingGroups: try count("SELECT count(*) FROM dirty_groups"),
        problems: try count("SELECT count(*) FROM problems"),
        runs: try count("SELECT count(*) FROM runs"),
        lastIngestStarted: last?["started"], lastIngestFinished: last?["finished"],
        pipelineFile: last?["file"], pipelineName: last?["name"], pipelineHash: last?["hash"],
        documentsFromOtherPipelines: try Int.fetchOne(
          db, sql: "SELECT count(*) FROM documents WHERE pipeline != ?", arguments: [pipelineID ?? -1]) ?? 0)
    }
  }

  /// The reconciled groups, sorted by subject, attribute and qualifier as a one-shot run sorts them.
  public func groups(_ filter: GroupFilter = GroupFilter()) throws(StoreError) -> [StoredGroup] {
    try read { db in
      var sql = "SELECT id, subject, attribute, qualifier, changed FROM claim_groups WHERE 1"
      var arguments: StatementArguments = []
      if let subject = filter.subject {
        sql += " AND (subject = ? OR lower(subject) = lower(?))"
        arguments += [subject, subject]
      }
      if let since = filter.since {
        sql += " AND changed >= ?"
        arguments += [since]
      }
      var groups: [StoredGroup] = []
      let conflicts = try db.cachedStatement(sql: "SELECT record FROM conflicts WHERE grp = ? ORDER BY idx")
      let reconciled = try db.cachedStatement(sql: "SELECT record FROM reconciled WHERE grp = ? ORDER BY idx")
      for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
        let id: Int64 = row["id"]
        let c = try String.fetchAll(conflicts, arguments: [id])
        let r = try String.fetchAll(reconciled, arguments: [id])
        groups.append(
          StoredGroup(
            key: GroupKey(subject: row["subject"], attribute: row["attribute"], qualifier: row["qualifier"]),
            changed: row["changed"], conflicts: GroupReconciler.conflicts(c), reconciled: GroupReconciler.reconciled(r),
            conflictLines: c, reconciledLines: r))
      }
      return groups.sorted { $0.key < $1.key }
    }
  }

  /// Calls `body` with each stored document, in ingest order, rebuilt with its sentences,
  /// entities and claims (person names unified across the store), the other files it was seen
  /// in, and the document it is a near copy of. `ids` limits it to those documents.
  public func forEachDocument(ids: Set<String>? = nil, _ body: (Document) throws -> Void) throws(StoreError) {
    try read { db in
      let sentences = try db.cachedStatement(sql: "SELECT start, \"end\" FROM sentences WHERE document = ? ORDER BY idx")
      let entities = try db.cachedStatement(
        sql: "SELECT start, \"end\", canonical, type, basis FROM entities WHERE document = ? ORDER BY idx")
      let claims = try db.cachedStatement(sql: "SELECT \(StoreRows.claimColumns) FROM claims WHERE document = ?")
      let files = try db.cachedStatement(sql: "SELECT file FROM sightings WHERE document = ? ORDER BY first_seen, file")
      var names: [String: String] = [:]
      func person(_ name: String) throws -> String {
        if let known = names[name] { return known }
        let target = try Store.unifiedName(name, db)
        names[name] = target
        return target
      }
      let columns = "seq, id, file, text, metadata, paragraphs, warnings, copy_of"
      var chosen: [Row] = []
      if let ids {
        let one = try db.cachedStatement(sql: "SELECT \(columns) FROM documents WHERE id = ?")
        for id in ids { if let row = try Row.fetchOne(one, arguments: [id]) { chosen.append(row) } }
        chosen.sort { ($0["seq"] as Int64) < ($1["seq"] as Int64) }
      }
      let cursor = ids == nil ? try Row.fetchCursor(db, sql: "SELECT \(columns) FROM documents ORDER BY seq") : nil
      var next = chosen.makeIterator()
      while let row = try cursor?.next() ?? next.next() {
        let id: String = row["id"]
        let file: String = row["file"]
        var d = Document(
          id: id, file: file, text: row["text"],
          metadata: StoreRows.decode(DocumentMetadata.self, row["metadata"]) ?? DocumentMetadata(),
          paragraphs: StoreRows.decode([TextRange].self, row["paragraphs"]),
          warnings: StoreRows.decode([String].self, row["warnings"]) ?? [])
        d.copyOf = row["copy_of"]
        d.alsoIn = try String.fetchAll(files, arguments: [id]).filter { $0 != file }
        let s = try Row.fetchAll(sentences, arguments: [id]).map { Sentence(TextRange($0["start"], $0["end"])) }
        let e = try Row.fetchAll(entities, arguments: [id]).map { r -> EntityMention in
          let type = EntityType(rawValue: r["type"]) ?? .other
          let canonical: String = r["canonical"]
          return EntityMention(
            range: TextRange(r["start"], r["end"]), canonical: type == .person ? try person(canonical) : canonical,
            type: type, basis: MentionBasis(rawValue: r["basis"]) ?? .name)
        }
        let c = try Row.fetchAll(claims, arguments: [id]).map(StoreRows.claim).sorted {
          ($0.span.start, $0.span.end, $0.id) < ($1.span.start, $1.span.end, $1.id)
        }
        d.record(Annotations(sentences: s, entities: e, claims: c))
        try body(d)
      }
    }
  }

  /// The spelling a person name is unified to across the store.
  static func unifiedName(_ name: String, _ db: Database) throws -> String {
    let spellings = try Row.fetchAll(
      db, sql: "SELECT spelling, count FROM person_spellings WHERE key = ?",
      arguments: [CorpusEntityResolver.key(name)]
    ).map { (name: $0["spelling"] as String, count: $0["count"] as Int) }
    guard spellings.count > 1 else { return name }
    return spellings.max { l, r in l.count != r.count ? l.count < r.count : l.name > r.name }?.name ?? name
  }

  /// The problems recorded (failed inputs, warnings), last seen at or after `since` when given.
  public func problems(since: String? = nil) throws(StoreError) -> [Problem] {
    try read { db in
      try Row.fetchAll(
        db, sql: "SELECT file, stage, error, severity FROM problems WHERE last_seen >= ? ORDER BY file, stage, error",
        arguments: [since ?? ""]
      ).map {
        Problem(file: $0["file"], stage: $0["stage"], severity: Problem.Severity(rawValue: $0["severity"]) ?? .error, error: $0["error"])
      }
    }
  }
}
