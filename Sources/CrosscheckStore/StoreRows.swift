import CrosscheckCore
import CrosscheckTagging
import Foundation
import GRDB

/// Conversions between pipeline values and store rows, in one place.
enum StoreRows {
  static let claimColumns = """
    id, document, pipeline, subject, subject_raw, mention, subject_type, subject_basis, attribute, \
    qualifier, low, high, modifier, unit, year, time_basis, sentence_start, sentence_end, span_start, \
    span_end, members, warnings, subject_start, subject_end, via, members_complete, rule, added
    """

  /// How many columns ``claimColumns`` names.
  static let claimColumnCount = 28

  static func json(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
  }

  static func decode<T: Decodable>(_ type: T.Type, _ text: String?) -> T? {
    guard let text else { return nil }
    return try? JSONDecoder().decode(T.self, from: Data(text.utf8))
  }

  static func claimArguments(_ c: Claim, pipeline: Int64, added: String) -> StatementArguments {
    [
      c.id, c.document, pipeline, c.subject.name, c.subject.name, c.subject.mention, c.subject.type.rawValue,
      c.subject.basis, c.attribute, c.qualifier ?? "", c.value.low, c.value.high, c.value.modifier.rawValue,
      c.unit, c.time.year, c.time.basis, c.sentence.start, c.sentence.end, c.span.start, c.span.end,
      c.members.map { json($0) }, c.warnings.isEmpty ? nil : json(c.warnings), c.subject.range?.start,
      c.subject.range?.end, c.subject.via, c.membersComplete, c.rule, added,
    ]
  }

  /// A claim as the pipeline made it, but with the subject name unified across the store.
  static func claim(_ row: Row) -> Claim {
    let qualifier: String = row["qualifier"]
    let subjectStart: Int? = row["subject_start"]
    let subjectEnd: Int? = row["subject_end"]
    return Claim(
      id: row["id"], document: row["document"],
      sentence: TextRange(row["sentence_start"], row["sentence_end"]),
      span: TextRange(row["span_start"], row["span_end"]),
      subject: ClaimSubject(
        name: row["subject"], mention: row["mention"],
        type: EntityType(rawValue: row["subject_type"]) ?? .other, basis: row["subject_basis"],
        range: subjectStart.flatMap { s in subjectEnd.map { TextRange(s, $0) } }, via: row["via"]),
      attribute: row["attribute"], qualifier: qualifier.isEmpty ? nil : qualifier,
      value: ClaimValue(low: row["low"], high: row["high"], modifier: Modifier(rawValue: row["modifier"]) ?? .exact),
      unit: row["unit"], time: TimeScope(year: row["year"], basis: row["time_basis"]),
      members: decode([String].self, row["members"]), warnings: decode([String].self, row["warnings"]) ?? [],
      membersComplete: row["members_complete"], rule: row["rule"])
  }
}

/// A (subject, attribute, qualifier) group: the claims the reconciler compares with each other.
/// An absent qualifier is the empty string, as the reconciler groups it.
public struct GroupKey: Hashable, Sendable, Comparable, Codable {
  public var subject: String
  public var attribute: String
  public var qualifier: String

  public init(subject: String, attribute: String, qualifier: String) {
    self.subject = subject
    self.attribute = attribute
    self.qualifier = qualifier
  }

  public static func < (l: GroupKey, r: GroupKey) -> Bool {
    (l.subject, l.attribute, l.qualifier) < (r.subject, r.attribute, r.qualifier)
  }
}

/// Writes one document's rows; the caller holds the transaction.
struct DocumentWriter {
  let pipeline: Int64
  let now: String

  func markDirty(_ key: GroupKey, _ db: Database) throws {
    try db.cachedStatement(sql: "INSERT OR IGNORE INTO dirty_groups (subject, attribute, qualifier) VALUES (?, ?, ?)")
      .execute(arguments: [key.subject, key.attribute, key.qualifier])
  }

  func markPersonKey(_ name: String, _ db: Database) throws {
    try db.cachedStatement(sql: "INSERT OR IGNORE INTO dirty_person_keys (key) VALUES (?)")
      .execute(arguments: [CorpusEntityResolver.key(name)])
  }

  func insertAnnotations(_ d: Document, _ db: Database) throws {
    let sentence = try db.cachedStatement(sql: "INSERT INTO sentences (document, idx, start, \"end\") VALUES (?, ?, ?, ?)")
    for (i, s) in d.sentences.enumerated() {
      sentence.setUncheckedArguments([d.id, i, s.range.start, s.range.end])
      try sentence.execute()
    }
    let entity = try db.cachedStatement(
      sql: "INSERT INTO entities (document, idx, start, \"end\", canonical, type, basis) VALUES (?, ?, ?, ?, ?, ?, ?)")
    let spelling = try db.cachedStatement(
      sql: """
        INSERT INTO person_spellings (key, spelling, count) VALUES (?, ?, 1)
        ON CONFLICT (key, spelling) DO UPDATE SET count = count + 1
        """)
    for (i, e) in d.entities.enumerated() {
      entity.setUncheckedArguments([d.id, i, e.range.start, e.range.end, e.canonical, e.type.rawValue, e.basis.rawValue])
      try entity.execute()
      if e.type == .person {
        try spelling.execute(arguments: [CorpusEntityResolver.key(e.canonical), e.canonical])
        try markPersonKey(e.canonical, db)
      }
    }
    let claim = try db.cachedStatement(
      sql: "INSERT OR REPLACE INTO claims (\(StoreRows.claimColumns)) VALUES (\(Array(repeating: "?", count: StoreRows.claimColumnCount).joined(separator: ", ")))")
    var touched: Set<GroupKey> = []
    var persons: Set<String> = []
    for c in d.claims {
      claim.setUncheckedArguments(StoreRows.claimArguments(c, pipeline: pipeline, added: now))
      try claim.execute()
      touched.insert(GroupKey(subject: c.subject.name, attribute: c.attribute, qualifier: c.qualifier ?? ""))
      if c.subject.type == .person { persons.insert(c.subject.name) }
    }
    for key in touched { try markDirty(key, db) }
    for name in persons { try markPersonKey(name, db) }
  }

  /// Removes a document's annotations, marking the groups and names they touched for
  /// re-reconciliation.
  func removeAnnotations(of id: String, _ db: Database) throws {
    let groups = try Row.fetchAll(
      db, sql: "SELECT DISTINCT subject, attribute, qualifier FROM claims WHERE document = ?", arguments: [id])
    for g in groups { try markDirty(GroupKey(subject: g["subject"], attribute: g["attribute"], qualifier: g["qualifier"]), db) }
    let persons = try String.fetchAll(db, sql: "SELECT canonical FROM entities WHERE document = ? AND type = 'person'", arguments: [id])
    for name in persons {
      try db.execute(
        sql: "UPDATE person_spellings SET count = count - 1 WHERE key = ? AND spelling = ?",
        arguments: [CorpusEntityResolver.key(name), name])
      try markPersonKey(name, db)
    }
    try db.execute(sql: "DELETE FROM person_spellings WHERE count <= 0")
    for table in ["sentences", "entities", "claims"] {
      try db.execute(sql: "DELETE FROM \(table) WHERE document = ?", arguments: [id])
    }
  }

  func recordSighting(_ id: String, file: String, _ db: Database) throws {
    try db.cachedStatement(
      sql: """
        INSERT INTO sightings (document, file, first_seen, last_seen) VALUES (?, ?, ?, ?)
        ON CONFLICT (document, file) DO UPDATE SET last_seen = excluded.last_seen, times = times + 1
        """
    ).execute(arguments: [id, file, now, now])
  }

  func recordProblem(_ p: Problem, _ db: Database) throws {
    try db.cachedStatement(
      sql: """
        INSERT INTO problems (file, stage, error, severity, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (file, stage, error) DO UPDATE SET last_seen = excluded.last_seen, severity = excluded.severity
        """
    ).execute(arguments: [p.file, p.stage, p.error, p.severity.rawValue, now, now])
  }
}
