import CrosscheckCore
import CrosscheckPipeline
import CrosscheckReconcile
import CrosscheckReports
import Foundation
import Testing

@Suite struct StreamFilterTests {
  let filters = StreamFilters(pipeline: try! Pipeline.load(file: repositoryRoot.appendingPathComponent("Pipelines/default.yml").path))

  func object(_ line: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
  }

  @Test func splitsSentencesWithByteOffsets() throws {
    let out = try object(try filters.sentences(#"{"id": "a", "text": "Dr. Okafor spoke. The vote passed."}"#))
    let sentences = try #require(out["sentences"] as? [[String: Any]])
    #expect(sentences.map { $0["text"] as? String } == ["Dr. Okafor spoke.", "The vote passed."])
    #expect(sentences.last?["start"] as? Int == 18)
  }

  @Test func readsNumbersWithIntervals() throws {
    let out = try object(try filters.numbers(#"{"id": "n", "text": "between 17-22 thousand troops"}"#))
    let q = try #require((out["quantities"] as? [[String: Any]])?.first)
    #expect(q["low"] as? Double == 17_000)
    #expect(q["high"] as? Double == 22_000)
    #expect(q["modifier"] as? String == "range")
  }

  @Test func turnsHTMLIntoADocumentRecord() throws {
    let html = #"{"id": "p1", "html": "<html><head><title>Dam opens</title></head><body><nav>Menu</nav><p>The Tana Dam holds 900 million cubic metres.</p></body></html>"}"#
    let out = try object(try filters.text(html))
    #expect(out["title"] as? String == "Dam opens")
    #expect((out["text"] as? String)?.contains("Menu") == false)
    #expect(out["input_id"] as? String == "p1")
  }

  @Test func readsClaimsFromADocumentLineAndReconcilesThem() throws {
    let a = try filters.claims(#"{"id": "a", "text": "The port city of Lakeport has 240,000 inhabitants.", "published": "2020"}"#)
    let b = try filters.claims(#"{"id": "b", "text": "The port city of Lakeport has 250,000 inhabitants.", "published": "2020"}"#)
    #expect(a.count == 1 && b.count == 1)
    let (out, errors) = filters.reconcile(lines: a + b + ["not json"])
    #expect(errors == ["line 3: not a claim record"])
    let conflict = try #require(out.compactMap { try? object($0)["conflict"] as? [String: Any] }.first)
    #expect(conflict["verdict"] as? String == "contradiction")
  }

  /// Claim lines for three cities and two companies from several sites over two years, some
  /// agreeing, some not, one site alone on its subject.
  func claimLines() throws -> [String] {
    let facts: [(String, String, String, String)] = [
      ("a", "vell.example", "2021", "The port city of Lakeport has 240,000 inhabitants."),
      ("b", "dune.example", "2021", "The port city of Lakeport has 250,000 inhabitants."),
      ("c", "kor.example", "2021", "The port city of Lakeport has 241,000 inhabitants."),
      ("d", "vell.example", "2022", "The river town of Millbrook has 18,000 inhabitants."),
      ("e", "dune.example", "2022", "The river town of Millbrook has 18,000 inhabitants."),
      ("f", "kor.example", "2022", "Harrow Tiles employs 1,200 people."),
      ("g", "vell.example", "2022", "Harrow Tiles employs 1,900 people."),
      ("h", "solo.example", "2022", "Quarry Bank Mills employs 310 people."),
      ("i", "dune.example", "2021", "The hill city of Ostend Vale has 96,000 inhabitants."),
    ]
    return try facts.flatMap { id, site, year, text in
      try filters.claims(
        #"{"id": "\#(id)", "site": "\#(site)", "text": "\#(text)", "published": "\#(year)"}"#)
    }
  }

  /// What reconciling every claim at once gives: the claims and documents as the lines say.
  func allAtOnce(_ lines: [String]) throws -> (claims: [Claim], context: ReconcileContext) {
    var claims: [Claim] = []
    var context = ReconcileContext(trends: filters.pipeline.attributeTrends)
    for line in lines {
      let r = try JSONDecoder().decode(ClaimRecord.self, from: Data(line.utf8))
      let span = TextRange(r.span.start, max(r.span.start, r.span.end))
      claims.append(
        Claim(
          id: r.id, document: r.document, sentence: span, span: span, subject: r.subject,
          attribute: r.attribute, qualifier: r.qualifier, value: r.value, unit: r.unit, time: r.time,
          members: r.members, warnings: r.warnings, membersComplete: r.membersComplete, rule: r.rule))
      if !r.sentence.isEmpty { context.sentences[r.id] = r.sentence }
      context.documents[r.document] = DocumentSource(source: r.source ?? r.file)
    }
    return (claims.sorted { $0.id < $1.id }, context)
  }

  @Test func reconcilesGroupByGroupWithTheLinesOfAllClaimsAtOnce() throws {
    let lines = try claimLines()
    #expect(lines.count == 9)
    let (claims, context) = try allAtOnce(lines)
    let encoder = JSONLines.encoder()
    func line(_ key: String, _ value: some Encodable) throws -> String {
      let body = String(decoding: try encoder.encode(value), as: UTF8.self)
      return "{\"\(key)\":\(body)}"
    }
    let (conflicts, values) = filters.pipeline.reconciler.reconcile(claims, context: context)
    let expected = try conflicts.map { try line("conflict", $0) } + values.map { try line("reconciled", $0) }
    // The input order does not matter: lines come in reverse.
    let (out, errors) = filters.reconcile(lines: lines.reversed())
    #expect(errors.isEmpty)
    #expect(conflicts.contains { $0.verdict == .contradiction })
    #expect(values.count >= 5)
    #expect(out == expected)
  }

  @Test func estimatesEverySourcesReliabilityAsOneReconcileOfAllClaimsDoes() throws {
    let lines = try claimLines()
    let (claims, context) = try allAtOnce(lines)
    let expected = filters.pipeline.reconciler.sourceReliability(claims, context: context)
    let (out, _) = filters.reconcile(lines: lines, reliabilityOnly: true)
    let first = try #require(out.first)
    let object = try #require(try self.object(first)["reliability"] as? [String: Double])
    // The same sources and numbers; the two code paths may round the last bit differently in a
    // debug build, so the numbers are compared to 1e-12.
    #expect(object.keys.sorted() == expected.keys.sorted())
    for (source, value) in expected { #expect(abs((object[source] ?? -1) - value) < 1e-12) }
    // The site alone on its subject is listed, at the prior, though no scope can check it.
    #expect(object["solo.example"] == filters.pipeline.reconciler.options.priorReliability)
    #expect(object["vell.example"].map { $0 < 0.8 } == true)
  }

  @Test func stopsWithAnErrorWhenItsTemporaryDirectoryCannotBeMade() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("not-a-dir-\(UUID().uuidString)")
    try Data("x".utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    var lines = try claimLines()[...]
    var out: [String] = []
    #expect(throws: FilterError.self) {
      try filters.reconcile(
        next: { lines.popFirst() }, temporaryDirectory: file.path, output: { out.append($0) }, error: { _ in })
    }
    #expect(out.isEmpty)
  }

  @Test func answersAMalformedLineWithAnErrorLineAndGoesOn() {
    let (out, errors) = StreamFilters.map(lines: ["{oops", #"{"id": "ok", "text": "Fine."}"#]) { try filters.sentences($0) }
    #expect(out.count == 2)
    #expect(out[0].contains(#""error""#) && out[0].contains(#""line":1"#))
    #expect(out[1].contains(#""id":"ok""#))
    #expect(errors.count == 1)
  }
}
