import CrosscheckPipeline
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

  @Test func answersAMalformedLineWithAnErrorLineAndGoesOn() {
    let (out, errors) = StreamFilters.map(lines: ["{oops", #"{"id": "ok", "text": "Fine."}"#]) { try filters.sentences($0) }
    #expect(out.count == 2)
    #expect(out[0].contains(#""error""#) && out[0].contains(#""line":1"#))
    #expect(out[1].contains(#""id":"ok""#))
    #expect(errors.count == 1)
  }
}
