import CrosscheckCore
import CrosscheckCorpus
import CrosscheckReconcile
import CrosscheckReports
import Foundation
import Testing

@testable import CrosscheckPipeline

/// A run that writes as it reads must write the same bytes as a run that keeps every document.
@Suite struct StreamingRunTests {
  let pipeline = try! Pipeline.load(file: repositoryRoot.appendingPathComponent("Pipelines/default.yml").path)

  func temporaryDirectory(_ name: String) throws -> String {
    let dir = NSTemporaryDirectory() + "streaming-\(name)-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }

  /// The files a streaming run writes, by name.
  func streamedFiles(_ inputs: [String], label: String) async throws -> [String: String] {
    let out = try temporaryDirectory("out")
    defer { try? FileManager.default.removeItem(atPath: out) }
    _ = try await CorpusRun(pipeline: pipeline, workers: 2).run(
      inputs: inputs, writingTo: out, pipelineName: pipeline.name, corpusLabel: label)
    var files: [String: String] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: out) {
      files[name] = try String(contentsOfFile: out + "/" + name, encoding: .utf8)
    }
    return files
  }

  func expectSameOutput(_ inputs: [String], label: String) async throws {
    let kept = try OutputWriter.render(
      await CorpusRun(pipeline: pipeline).run(inputs: inputs), pipeline: pipeline.name, corpus: label)
    let streamed = try await streamedFiles(inputs, label: label)
    #expect(Set(streamed.keys) == Set(OutputWriter.files), "no spill or partial file is left behind")
    for name in OutputWriter.files { #expect(streamed[name] == kept[name], "\(name) differs") }
  }

  @Test func writesTheSameFilesAsARunThatKeepsTheDocuments() async throws {
    try await expectSameOutput([fixtureCorpus], label: "fixtures")
    try await expectSameOutput(["Corpus".relativeToRoot], label: "Corpus")
  }

  @Test func marksCopiesAndUnifiesSpellingsAsARunThatKeepsTheDocuments() async throws {
    let dir = try temporaryDirectory("copies")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let story = """
      The city of Marlow has about 120,000 inhabitants, the council said on Monday. Mayor Aleksandr \
      Volkov said the Marlow Transit Authority employs more than 2,400 people. The Orchard Bay Rowing \
      Club has 340 members and trains on the river every morning. Volkov also said the new bridge \
      opened in 2019, three years after work began.
      """
    let copy = "EASTERN WIRE - " + story.replacingOccurrences(of: "on Monday", with: "this week")
    let other = """
      Mayor Alexander Volkov told reporters that Marlow has about 125,000 inhabitants. The Orchard \
      Bay Rowing Club now has 360 members, its coach said.
      """
    let files = [("a.txt", story), ("b.txt", copy), ("c.txt", other), ("d.txt", story)]
    for (name, text) in files { try text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8) }
    try await expectSameOutput([dir], label: "copies")
    let streamed = try await streamedFiles([dir], label: "copies")
    let documents = try #require(streamed["documents.jsonl"])
    #expect(documents.contains(#""also_in":["d.txt"]"#))
    #expect(documents.contains(#""copy_of":"#))
    // Two spellings of the mayor's name become the more frequent one in every document.
    #expect(documents.contains(#""canonical":"Aleksandr Volkov""#))
    #expect(!documents.contains(#""canonical":"Alexander Volkov""#))
  }
}

/// The hand-written JSON must be the bytes `JSONEncoder` writes.
@Suite struct JSONBytesTests {
  func encoded(_ value: some Encodable) throws -> String { try JSONLines.line(value) }

  @Test func escapesStringsAsTheEncoderDoes() throws {
    var s = ""
    for v in 0..<0x80 { s.unicodeScalars.append(Unicode.Scalar(UInt8(v))) }
    s += "\u{7F}\u{80} é ü 😀 \u{2028} / \\ \" São Paulo – Zürich"
    var out = JSONBytes()
    out.string(s)
    #expect(String(decoding: out.bytes, as: UTF8.self) == (try encoded(s)))
  }

  @Test(arguments: [0, -0.0, 1, 3, 0.1, 0.36, 1e15, 1e16, 1.5e-7, 0.0001, 2.5, -3, 1.0 / 3, 240_000, 17_500.25])
  func writesNumbersAsTheEncoderDoes(_ value: Double) throws {
    var out = JSONBytes()
    out.double(value)
    #expect(String(decoding: out.bytes, as: UTF8.self) == (try encoded(value)))
  }

  func document(full: Bool) -> Document {
    let text = "Harbor \"Lines\" employs 2,400 people.\nThe port/terminal opened in 1998.\t"
    var metadata = DocumentMetadata(title: full ? "Port news" : nil, author: full ? "Dana Reyes" : nil)
    if full {
      metadata.site = "Coast Daily"
      metadata.url = "https://example.org/a/b"
      metadata.language = "en"
      metadata.charset = "UTF-8"
      metadata.published = PartialDate(year: 2020, month: 3)
      metadata.publishedBasis = "meta"
      metadata.publishedNote = "from the dateline"
    }
    var d = Document(id: "d1", file: "news/ä b.html", text: text, metadata: metadata, warnings: full ? ["cut off"] : [])
    if full {
      d.alsoIn = ["copy.html"]
      d.copyOf = "d0"
    }
    let sentence = TextRange(0, 36)
    d.record(Annotations(
      sentences: [Sentence(sentence), Sentence(TextRange(37, text.utf8.count))],
      entities: [EntityMention(range: TextRange(0, 15), canonical: "Harbor Lines", type: .organization, basis: .name)],
      claims: [
        Claim(
          id: "c1", document: "d1", sentence: sentence, span: TextRange(0, 28),
          subject: ClaimSubject(
            name: "Harbor Lines", mention: "Harbor \"Lines\"", type: .organization, basis: "direct",
            range: full ? TextRange(0, 15) : nil, via: full ? "alias" : nil),
          attribute: "workforce", qualifier: full ? "port" : nil,
          value: ClaimValue(low: 2400, high: full ? nil : 2400.5, modifier: .moreThan), unit: full ? "people" : nil,
          time: TimeScope(year: full ? 2020 : nil, basis: "estimate"), members: full ? ["A", "B"] : nil,
          warnings: full ? ["vague"] : [], membersComplete: full ? false : nil, rule: full ? "count-unit" : nil,
          quotedBy: full ? "the mayor" : nil, reported: full)
      ]))
    return d
  }

  @Test(arguments: [true, false])
  func writesDocumentAndClaimLinesAsTheEncoderDoes(full: Bool) throws {
    let d = document(full: full)
    var record = DocumentRecord(d)
    #expect(String(decoding: record.jsonLine, as: UTF8.self) == (try encoded(record)))
    record.inputID = "feed-7"
    #expect(String(decoding: record.jsonLine, as: UTF8.self) == (try encoded(record)))
    var out = JSONBytes()
    let claim = ClaimRecord(0, in: DocumentDigest(d))
    claim.writeJSONLine(into: &out)
    #expect(String(decoding: out.bytes, as: UTF8.self) == (try encoded(claim)))
  }

  @Test func streamsTheReportAsTheEncoderWritesTheWholeModel() throws {
    let d = document(full: true)
    let claims = d.claims
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    for problems in [[], [Problem(file: "x.html", stage: "ingest", severity: .error, error: "empty")]] {
      let (conflicts, reconciled) = NumericReconciler(fixedAttributes: []).reconcile(claims, context: ReconcileContext())
      let model = ReportModel(
        pipeline: "p", corpus: "c/d", summary: RunSummary(documents: 1, failed: 0, warnings: 0, sentences: 2, entities: 1, claims: 1, verdicts: [:]),
        documents: [d], conflicts: conflicts, reconciled: reconciled, problems: problems)
      let whole = String(decoding: try encoder.encode(model), as: UTF8.self) + "\n"
      #expect(try JSONReport.render(model) == whole)
    }
  }
}

/// Near copies found from signatures alone are those the detector finds on the texts, with any
/// window of earlier documents per band (the default, or one so small that it hides candidates).
@Suite struct NearCopyIndexTests {
  @Test(arguments: [32, 2, 1])
  func findsTheSameCopiesAsTheDetectorOnTheTexts(bucketWindow: Int) throws {
    let words = "river port council budget trade water members ferry bridge mayor rail freight harbor".split(separator: " ")
    var state: UInt64 = 42
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33)
    }
    func story(_ n: Int) -> String { (0..<n).map { _ in String(words[next() % words.count]) }.joined(separator: " ") }
    var texts: [String] = []
    for _ in 0..<12 {
      let base = story(120)
      texts.append(base)
      if next() % 2 == 0 { texts.append("WIRE " + base + " " + story(10)) }
      if next() % 3 == 0 { texts.append(story(20) + " " + base) }
    }
    texts.append("")
    texts.append("!!!")
    let detector = NearDuplicateDetector(bucketWindow: bucketWindow)
    let expected = detector.duplicates(in: texts.enumerated().map { ("t\($0.offset)", $0.element) })
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nci-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    var index = try NearCopyIndex(directory: directory, detector: detector)
    for t in texts { try index.append(detector.signature(of: t)) }
    let found = try index.matches().map {
      DuplicateMatch(copy: "t\($0.copy)", original: "t\($0.original)", kind: .near, similarity: $0.similarity)
    }
    #expect(!expected.isEmpty)
    #expect(found == expected)
  }
}
