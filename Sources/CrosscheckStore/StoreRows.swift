import CrosscheckCore
import CrosscheckReconcile
import CrosscheckTagging
import Foundation
import GRDB

/// Conversions between pipeline values and store rows, in one place.
enum StoreRows {
  static let claimColumns = """
    id, document, pipeline, subject, subject_raw, mention, subject_type, subject_basis, attribute, \
    qualifier, low, high, modifier, unit, year, time_basis, sentence_start, sentence_end, span_start, \
    span_end, members, warnings, subject_start, subject_end, via, members_complete, rule, added, \
    confidence, quoted_by, reported
    """

  /// How many columns ``claimColumns`` names.
  static let claimColumnCount = 31

  /// A 64-bit FNV-1a hash of a group's key, stored in `claims.grp`: the group index is keyed by
  /// this integer rather than by the key's text, so that it stays small and cheap to insert into.
  /// Lookups compare the text too, so a collision costs nothing but a wasted row.
  static func groupHash(subject: String, attribute: String, qualifier: String) -> Int64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for (n, part) in [subject, attribute, qualifier].enumerated() {
      if n > 0 { hash = (hash ^ 0x1F) &* 0x0000_0100_0000_01B3 }
      for byte in part.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    }
    return Int64(bitPattern: hash)
  }

  static func groupHash(_ key: GroupKey) -> Int64 {
    groupHash(subject: key.subject, attribute: key.attribute, qualifier: key.qualifier)
  }

  /// The SQL function `crosscheck_group(subject, attribute, qualifier)`: ``groupHash`` for
  /// statements that move claims between groups.
  static let groupHashFunction = DatabaseFunction("crosscheck_group", argumentCount: 3, pure: true) { values in
    guard let subject = String.fromDatabaseValue(values[0]), let attribute = String.fromDatabaseValue(values[1]),
      let qualifier = String.fromDatabaseValue(values[2])
    else { return nil }
    return groupHash(subject: subject, attribute: attribute, qualifier: qualifier)
  }

  /// An encoder for ``json(_:_:)``: sorted keys, slashes as they are (as the one-shot run writes).
  static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  static func json(_ value: some Encodable, _ encoder: JSONEncoder = encoder()) -> String {
    (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
  }

  static func decode<T: Decodable>(_ type: T.Type, _ text: String?) -> T? {
    guard let text else { return nil }
    return try? JSONDecoder().decode(T.self, from: Data(text.utf8))
  }

  /// The claim insert, its columns in ``claimColumns`` order.
  static let insertClaim =
    "INSERT INTO claims (\(claimColumns), grp) VALUES (\(Array(repeating: "?", count: claimColumnCount + 1).joined(separator: ", ")))"

  /// Binds a claim's row for ``insertClaim``; `encoder` writes its members and warnings.
  static func bindClaim(
    _ c: Claim, pipeline: Int64, added: String, encoder: JSONEncoder, _ b: inout FastInsert.Binder
  ) {
    b.add(c.id)
    b.add(c.document)
    b.add(pipeline)
    b.add(c.subject.name)
    b.add(c.subject.name)
    b.add(c.subject.mention)
    b.add(c.subject.type.rawValue)
    b.add(c.subject.basis)
    b.add(c.attribute)
    b.add(c.qualifier ?? "")
    b.add(c.value.low)
    b.add(c.value.high)
    b.add(c.value.modifier.rawValue)
    b.add(c.unit)
    b.add(c.time.year)
    b.add(c.time.basis)
    b.add(c.sentence.start)
    b.add(c.sentence.end)
    b.add(c.span.start)
    b.add(c.span.end)
    b.add(c.members.map { json($0, encoder) })
    b.add(c.warnings.isEmpty ? nil : json(c.warnings, encoder))
    b.add(c.subject.range?.start)
    b.add(c.subject.range?.end)
    b.add(c.subject.via)
    b.add(c.membersComplete)
    b.add(c.rule)
    b.add(added)
    b.add(c.confidence)
    b.add(c.quotedBy)
    b.add(c.reported)
    b.add(groupHash(subject: c.subject.name, attribute: c.attribute, qualifier: c.qualifier ?? ""))
  }

  /// The scope year of an `evidence` row: `Int64.min` stands for no year (it sorts first, as the
  /// reconciler orders scopes).
  static func evidenceYear(_ stored: Int64) -> Int? { stored == Int64.min ? nil : Int(stored) }

  /// An `evidence` row's entry, from columns 1 to 7: claim, source, low, high, modifier, unit,
  /// weight.
  static func entry(_ row: Row) -> ReliabilityScope.Entry {
    ReliabilityScope.Entry(
      claim: row[1], source: row[2],
      value: ClaimValue(low: row[3], high: row[4], modifier: Modifier(rawValue: row[5]) ?? .exact), unit: row[6],
      weight: row[7])
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
      membersComplete: row["members_complete"], rule: row["rule"], quotedBy: row["quoted_by"],
      reported: row["reported"] ?? false, confidence: row["confidence"])
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

/// Writes documents' rows; the caller holds the transaction. One writer serves one batch.
struct DocumentWriter {
  let pipeline: Int64
  let now: String
  let encoder = StoreRows.encoder()
  /// The groups and person-name keys the written claims touch, to mark once per batch.
  var touched: Set<GroupKey> = []
  var personKeys: Set<String> = []

  init(pipeline: Int64, now: String) {
    self.pipeline = pipeline
    self.now = now
  }

  static func markDirty(_ key: GroupKey, _ db: Database) throws {
    try db.cachedStatement(sql: "INSERT OR IGNORE INTO dirty_groups (subject, attribute, qualifier) VALUES (?, ?, ?)")
      .execute(arguments: [key.subject, key.attribute, key.qualifier])
  }

  static func markPersonKey(_ name: String, _ db: Database) throws {
    try db.cachedStatement(sql: "INSERT OR IGNORE INTO dirty_person_keys (key) VALUES (?)")
      .execute(arguments: [CorpusEntityResolver.key(name)])
  }

  /// Marks what the batch's claims touched; call once, in the batch's transaction.
  func markTouched(_ db: Database) throws {
    for key in touched.sorted() { try DocumentWriter.markDirty(key, db) }
    for name in personKeys.sorted() { try DocumentWriter.markPersonKey(name, db) }
  }

  mutating func insertAnnotations(_ d: Document, _ db: Database) throws {
    let sentence = try FastInsert(db, sql: "INSERT INTO sentences (document, idx, start, \"end\") VALUES (?, ?, ?, ?)")
    for (i, s) in d.sentences.enumerated() {
      try sentence.run { b in
        b.add(d.id)
        b.add(i)
        b.add(s.range.start)
        b.add(s.range.end)
      }
    }
    let entity = try FastInsert(
      db, sql: "INSERT INTO entities (document, idx, start, \"end\", canonical, type, basis) VALUES (?, ?, ?, ?, ?, ?, ?)")
    let spelling = try db.cachedStatement(
      sql: """
        INSERT INTO person_spellings (key, spelling, count) VALUES (?, ?, 1)
        ON CONFLICT (key, spelling) DO UPDATE SET count = count + 1
        """)
    for (i, e) in d.entities.enumerated() {
      try entity.run { b in
        b.add(d.id)
        b.add(i)
        b.add(e.range.start)
        b.add(e.range.end)
        b.add(e.canonical)
        b.add(e.type.rawValue)
        b.add(e.basis.rawValue)
      }
      if e.type == .person {
        try spelling.execute(arguments: [CorpusEntityResolver.key(e.canonical), e.canonical])
        personKeys.insert(e.canonical)
      }
    }
    let claim = try FastInsert(db, sql: StoreRows.insertClaim)
    for c in d.claims {
      try claim.run { b in StoreRows.bindClaim(c, pipeline: pipeline, added: now, encoder: encoder, &b) }
      touched.insert(GroupKey(subject: c.subject.name, attribute: c.attribute, qualifier: c.qualifier ?? ""))
      if c.subject.type == .person { personKeys.insert(c.subject.name) }
    }
  }

  /// Removes a document's annotations, marking the groups and names they touched for
  /// re-reconciliation.
  func removeAnnotations(of id: String, _ db: Database) throws {
    let groups = try Row.fetchAll(
      db, sql: "SELECT DISTINCT subject, attribute, qualifier FROM claims WHERE document = ?", arguments: [id])
    for g in groups {
      try DocumentWriter.markDirty(GroupKey(subject: g["subject"], attribute: g["attribute"], qualifier: g["qualifier"]), db)
    }
    let persons = try String.fetchAll(db, sql: "SELECT canonical FROM entities WHERE document = ? AND type = 'person'", arguments: [id])
    for name in persons {
      let key = CorpusEntityResolver.key(name)
      try db.execute(
        sql: """
          UPDATE person_spellings SET count = count - 1 WHERE key = ? AND spelling = ?;
          DELETE FROM person_spellings WHERE key = ? AND spelling = ? AND count <= 0
          """,
        arguments: [key, name, key, name])
      try DocumentWriter.markPersonKey(name, db)
    }
    for table in ["sentences", "entities", "claims"] {
      try db.execute(sql: "DELETE FROM \(table) WHERE document = ?", arguments: [id])
    }
  }

  func recordSighting(_ id: String, file: String, _ db: Database) throws {
    try FastInsert(
      db,
      sql: """
        INSERT INTO sightings (document, file, first_seen, last_seen) VALUES (?, ?, ?, ?)
        ON CONFLICT (document, file) DO UPDATE SET last_seen = excluded.last_seen, times = times + 1
        """
    ).run { b in
      b.add(id)
      b.add(file)
      b.add(now)
      b.add(now)
    }
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
