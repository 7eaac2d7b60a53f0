import CrosscheckCore
import CrosscheckCorpus
import CrosscheckPipeline
import Foundation
import Testing

@Suite struct InputKindsTests {
  let pipeline = try! Pipeline.load(file: repositoryRoot.appendingPathComponent("Pipelines/default.yml").path)

  func temporaryDirectory(_ name: String) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cc-\(name)-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }

  static let story = """
    The harbour town of Lakeport has 240,000 inhabitants, the census office said on Monday. \
    Officials expect the number to grow as the new ferry terminal opens next spring. \
    The terminal will handle cargo from three inland river ports and employ local crews. \
    Fishermen worry that the dredging will harm the oyster beds along the northern shore.
    """

  @Test func readsJSONLinesCountsANearCopyOnceAndReportsABadLine() async throws {
    let dir = try temporaryDirectory("jsonl")
    let copy = "COASTAL WIRE - " + Self.story.replacingOccurrences(of: "on Monday", with: "this week")
    let other = "The Tana Dam holds 900 million cubic metres of water, engineers said after the floods."
    let lines = [
      #"{"id": "a", "text": \#(jsonString(Self.story)), "published": "2021-05-01"}"#,
      #"{"id": "b", "text": \#(jsonString(copy)), "published": "2021-05-02"}"#,
      "{not json",
      #"{"id": "c", "text": \#(jsonString(other)), "published": "2021-05-03"}"#,
    ]
    try lines.joined(separator: "\n").write(toFile: dir + "/feed.jsonl", atomically: true, encoding: .utf8)
    let result = await CorpusRun(pipeline: pipeline).run(inputs: [dir])
    #expect(result.documents.count == 3)
    let original = try #require(result.documents.first)
    #expect(result.documents[1].copyOf == original.id)
    #expect(result.documents[2].copyOf == nil)
    #expect(result.problems.contains { $0.severity == .error && $0.file.hasPrefix("feed.jsonl") })
    #expect(result.problems.contains { $0.stage == "duplicates" })
    let population = try #require(result.reconciled.first { $0.attribute == "population" })
    #expect(population.value.low == 240_000)
    // Two outlets printed it, but the copy counts as one source and weighs nothing.
    #expect(population.supporting == 2)
    #expect(population.supportingSources == 1)
    #expect(population.evidence?.filter { $0.weight == 0 }.count == 1)
  }

  @Test func readsTheHTMLResponsesOfACompressedWARCFile() async throws {
    let dir = try temporaryDirectory("warc")
    let html = "<html><head><title>Ferry news</title></head><body><p>\(Self.story)</p></body></html>"
    func record(_ type: String, _ block: String, uri: String) -> String {
      "WARC/1.0\r\nWARC-Type: \(type)\r\nWARC-Target-URI: \(uri)\r\nWARC-Date: 2022-03-04T05:06:07Z\r\n"
        + "WARC-Record-ID: <urn:uuid:\(UUID().uuidString)>\r\nContent-Length: \(block.utf8.count)\r\n\r\n\(block)\r\n\r\n"
    }
    let response = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
    let warc = record("request", "GET / HTTP/1.1\r\nHost: example.org\r\n\r\n", uri: "https://example.org/ferry")
      + record("response", response, uri: "https://example.org/ferry")
    var gz: [UInt8] = []
    for member in [record("request", "GET / HTTP/1.1\r\n\r\n", uri: "https://example.org/ferry"), record("response", response, uri: "https://example.org/ferry")] {
      gz += try Gzip.compress(Array(member.utf8))
    }
    _ = warc
    try Data(gz).write(to: URL(fileURLWithPath: dir + "/crawl.warc.gz"))
    let result = await CorpusRun(pipeline: pipeline).run(inputs: [dir])
    let document = try #require(result.documents.first)
    #expect(result.documents.count == 1)
    #expect(document.file.hasPrefix("crawl.warc.gz#"))
    #expect(document.metadata.url == "https://example.org/ferry")
    #expect(document.metadata.title == "Ferry news")
    #expect(document.claims.contains { $0.attribute == "population" })
  }

  @Test func readsArticlesFromStandardInput() async throws {
    let result = await CorpusRun(pipeline: pipeline).run(inputs: ["-"], standardInput: Array(Self.story.utf8))
    #expect(result.documents.count == 1)
    #expect(result.documents.first?.claims.first?.subject.name == "Lakeport")
  }
}

func jsonString(_ s: String) -> String {
  String(decoding: try! JSONEncoder().encode(s), as: UTF8.self)
}
