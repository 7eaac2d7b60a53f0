import CrosscheckCore
import CrosscheckPipeline
import CrosscheckReports
import Foundation
import GRDB
import Testing

@testable import CrosscheckStore

/// The claim fields the store added in schema version 4: `confidence`, `quoted_by`, `reported`.
@Suite struct StoreClaimColumnsTests {
  /// A city-desk article with three claims: one quoted from a named speaker (and marked as
  /// reported), one quoted from a speaker the article does not name, one the article states.
  static let text = """
    The mayor said Riverside "reportedly has 14 bridges" today. "We run 9 tram lines," a \
    spokesperson said. Riverside has 212 parks.
    """

  static func range(of needle: String) -> TextRange {
    let found = text.range(of: needle)!
    let utf8 = text.utf8
    return TextRange(
      utf8.distance(from: utf8.startIndex, to: found.lowerBound),
      utf8.distance(from: utf8.startIndex, to: found.upperBound))
  }

  static func claim(
    _ id: String, sentence: String, value: String, count: Double, unit: String, quotedBy: String?,
    reported: Bool,
    confidence: Double?
  ) -> Claim {
    Claim(
      id: id, document: "riverside", sentence: range(of: sentence), span: range(of: value),
      subject: ClaimSubject(name: "Riverside", mention: "Riverside", type: .place, basis: "direct"),
      attribute: "\(unit)_count", value: ClaimValue(low: count, high: count, modifier: .exact),
      unit: unit,
      time: TimeScope(year: 2024, basis: "published"), rule: "count-unit", quotedBy: quotedBy,
      reported: reported,
      confidence: confidence)
  }

  static func document() -> Document {
    var d = Document(id: "riverside", file: "riverside.txt", text: text)
    d.record(
      Annotations(
        sentences: [
          Sentence(range(of: "The mayor said Riverside \"reportedly has 14 bridges\" today.")),
          Sentence(range(of: "\"We run 9 tram lines,\" a spokesperson said.")),
          Sentence(range(of: "Riverside has 212 parks.")),
        ],
        claims: [
          claim(
            "bridges", sentence: "The mayor said Riverside \"reportedly has 14 bridges\" today.",
            value: "14 bridges",
            count: 14, unit: "bridge", quotedBy: "the mayor", reported: true, confidence: 0.73),
          claim(
            "trams", sentence: "\"We run 9 tram lines,\" a spokesperson said.",
            value: "9 tram lines", count: 9,
            unit: "tram line", quotedBy: "", reported: false, confidence: 0.5),
          claim(
            "parks", sentence: "Riverside has 212 parks.", value: "212 parks", count: 212,
            unit: "park",
            quotedBy: nil, reported: false, confidence: nil),
        ]))
    return d
  }

  /// The exported claim lines of a store, parsed, by claim id.
  static func exportedClaims(_ store: Store) throws -> [String: [String: Any]] {
    var out = ""
    try store.export(.claims, format: .jsonl) { out += $0 }
    var claims: [String: [String: Any]] = [:]
    for line in out.split(separator: "\n") {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
      claims[object["id"] as? String ?? ""] = object
    }
    return claims
  }

  static func storeWithTheRiversideArticle(_ name: String = #function) throws -> Store {
    let store = try Store(path: temporaryDirectory(name) + "/store.sqlite")
    _ = try store.ingest(documents: [document()], pipeline: try defaultPipeline())
    return store
  }

  @Test func keepsConfidenceQuotationAndReportedSpeechFromIngestToExport() throws {
    let claims = try Self.exportedClaims(try Self.storeWithTheRiversideArticle())
    let bridges = try #require(claims["bridges"])
    #expect(bridges["confidence"] as? Double == 0.73)
    #expect(bridges["quoted_by"] as? String == "the mayor")
    #expect(bridges["reported"] as? Bool == true)
    let trams = try #require(claims["trams"])
    #expect(trams["confidence"] as? Double == 0.5)
    #expect(trams["quoted_by"] as? String == "")
  }

  @Test func leavesOutTheKeysAClaimWithoutThemDoesNotHave() throws {
    let claims = try Self.exportedClaims(try Self.storeWithTheRiversideArticle())
    let parks = try #require(claims["parks"])
    #expect(parks["confidence"] == nil)
    #expect(parks["quoted_by"] == nil)
    #expect(parks["reported"] == nil)
    #expect(try #require(claims["trams"])["reported"] == nil)
  }

  @Test func exportsClaimLinesByteForByteAsTheRunWritesThem() throws {
    var exported = ""
    try Self.storeWithTheRiversideArticle().export(.claims, format: .jsonl) { exported += $0 }
    let d = Self.document()
    let written = d.claims.map { c -> String in
      var line = JSONBytes()
      ClaimRecord(c, in: d).writeJSONLine(into: &line)
      return String(decoding: line.bytes, as: UTF8.self) + "\n"
    }
    #expect(exported == written.joined())
    #expect(exported.contains(#""confidence":0.73,"#))
  }

  @Test func exportsTheTrustColumnsAsCSV() throws {
    var csv = ""
    try Self.storeWithTheRiversideArticle().export(.claims, format: .csv) { csv += $0 }
    let rows = csv.split(separator: "\n").map(String.init)
    #expect(rows.first?.hasSuffix(",sentence,confidence,quoted,quoted_by,reported") == true)
    #expect(rows.contains { $0.hasPrefix("bridges,") && $0.hasSuffix(",0.73,true,the mayor,true") })
    #expect(rows.contains { $0.hasPrefix("trams,") && $0.hasSuffix(",0.5,true,,false") })
    #expect(rows.contains { $0.hasPrefix("parks,") && $0.hasSuffix(",,false,,false") })
  }

  @Test func readsTheColumnsBackForReconcilingAndForDocuments() throws {
    let store = try Self.storeWithTheRiversideArticle()
    var read: [Claim] = []
    try store.forEachDocument { read += $0.claims }
    #expect(read == Self.document().claims)
    let key = GroupKey(subject: "Riverside", attribute: "bridge_count", qualifier: "")
    let grouped = try store.read { db in try store.claims(of: [key], db) }
    #expect(grouped.map(\.confidence) == [0.73])
    #expect(grouped.map(\.quotedBy) == ["the mayor"])
    #expect(grouped.map(\.reported) == [true])
  }

  @Test func ingestingAnArticleKeepsWhatTheRunFindsInIt() async throws {
    let dir = temporaryDirectory()
    try FileManager.default.createDirectory(atPath: dir + "/in", withIntermediateDirectories: true)
    try """
    The Harbour Transit Authority has 42 member cities, officials said in 2023.

    "The Coastal Cities Network has 18 members," the director Mara Quist said in 2023.

    The Andean River Council reportedly has 9 members.

    "The Baltic Rail Union was founded in 1994," a spokesperson said.
    """.write(toFile: dir + "/in/harbour.txt", atomically: true, encoding: .utf8)
    let pipeline = try defaultPipeline()
    let store = try Store(path: dir + "/store.sqlite")
    _ = try await store.ingest(inputs: [dir + "/in"], pipeline: pipeline)
    var exported = ""
    try store.export(.claims, format: .jsonl) { exported += $0 }
    let oneShot = await CorpusRun(pipeline: pipeline).run(inputs: [dir + "/in"])
    var written = ""
    for d in oneShot.documents {
      for c in d.claims {
        var line = JSONBytes()
        ClaimRecord(c, in: d).writeJSONLine(into: &line)
        written += String(decoding: line.bytes, as: UTF8.self) + "\n"
      }
    }
    // The run itself must find what the store is asked to keep, or the comparison proves nothing.
    let found = oneShot.documents.flatMap(\.claims)
    #expect(found.contains { $0.confidence != nil })
    #expect(found.contains { $0.quotedBy == "Mara Quist" })
    #expect(found.contains { $0.quotedBy == "" })
    #expect(found.contains { $0.reported })
    #expect(exported == written)
  }

  @Test func migratesAStoreOfTheThirdSchemaKeepingItsClaims() throws {
    let path = temporaryDirectory() + "/v3.sqlite"
    do {
      var config = Configuration()
      config.prepareDatabase { db in db.add(function: StoreRows.groupHashFunction) }
      let queue = try DatabaseQueue(path: path, configuration: config)
      try StoreSchema.migrator.migrate(queue, upTo: "v3-source-reliability-evidence")
      try queue.write { db in
        try db.execute(sql: "INSERT INTO store_info (key, value) VALUES ('schema_version', '3')")
        try db.execute(
          sql:
            "INSERT INTO pipelines (id, file, hash, name, first_used) VALUES (1, 'p.yml', 'h', 'p', 't')"
        )
        try db.execute(
          sql: """
            INSERT INTO documents (id, file, text, metadata, paragraphs, warnings, pipeline, added, extracted, source)
            VALUES ('riverside', 'riverside.txt', ?, '{}', '[]', '[]', 1, 't', 't', 'riverside.txt')
            """, arguments: [Self.text])
        // The row as the third schema's insert wrote it: no confidence, quotation or reporting.
        let parks = Self.range(of: "212 parks")
        let sentence = Self.range(of: "Riverside has 212 parks.")
        try db.execute(
          sql: """
            INSERT INTO claims (id, document, pipeline, subject, subject_raw, mention, subject_type, subject_basis,
              attribute, qualifier, low, high, modifier, unit, year, time_basis, sentence_start, sentence_end,
              span_start, span_end, rule, added, grp)
            VALUES ('parks', 'riverside', 1, 'Riverside', 'Riverside', 'Riverside', 'place', 'direct',
              'park_count', '', 212, 212, 'exact', 'park', 2024, 'published', ?, ?, ?, ?, 'count-unit', 't',
              crosscheck_group('Riverside', 'park_count', ''))
            """, arguments: [sentence.start, sentence.end, parks.start, parks.end])
      }
      let before = try queue.read { db in
        try String.fetchOne(db, sql: "SELECT value FROM store_info WHERE key = 'schema_version'")
      }
      #expect(before == "3")
    }
    let store = try Store(path: path)
    #expect(try store.status().schemaVersion == 4)
    #expect(Store.schemaVersion == StoreSchema.identifiers.count)
    #expect(StoreSchema.identifiers.firstIndex(of: "v4-claim-confidence-quotation") == 3)
    #expect(try store.status().claims == 1)
    let row = try #require(
      try store.read { db in
        try Row.fetchOne(
          db, sql: "SELECT confidence, quoted_by, reported FROM claims WHERE id = 'parks'")
      })
    #expect((row["confidence"] as Double?) == nil)
    #expect((row["quoted_by"] as String?) == nil)
    #expect((row["reported"] as Bool) == false)
    let old = try #require(try Self.exportedClaims(store)["parks"])
    #expect(old["value"] as? [String: Any] != nil)
    #expect(old["unit"] as? String == "park")
    #expect(old["confidence"] == nil && old["quoted_by"] == nil && old["reported"] == nil)

    // A claim ingested after the migration keeps its fields next to the old one.
    var later = Document(id: "harbour", file: "harbour.txt", text: "Portside has 3 ferries.")
    later.record(
      Annotations(
        sentences: [Sentence(TextRange(0, 23))],
        claims: [
          Claim(
            id: "ferries", document: "harbour", sentence: TextRange(0, 23), span: TextRange(13, 22),
            subject: ClaimSubject(
              name: "Portside", mention: "Portside", type: .place, basis: "direct"),
            attribute: "ferry_count", value: ClaimValue(low: 3, high: 3, modifier: .exact),
            unit: "ferry",
            time: TimeScope(year: nil, basis: "unknown"), reported: true, confidence: 0.41)
        ]))
    _ = try store.ingest(documents: [later], pipeline: try defaultPipeline())
    let claims = try Self.exportedClaims(store)
    #expect(claims["ferries"]?["reported"] as? Bool == true)
    #expect(claims["ferries"]?["confidence"] as? Double == 0.41)
    #expect(claims["parks"]?["reported"] == nil)
  }
}
