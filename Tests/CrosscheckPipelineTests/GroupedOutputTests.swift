import CrosscheckCore
import CrosscheckReconcile
@testable import CrosscheckReports
import Foundation
import Testing

@testable import CrosscheckPipeline

/// The end of a streaming run reads claims back from a spill file and reconciles and reports
/// them one group at a time; what it writes must not differ from a run that holds everything.
@Suite struct GroupedOutputTests {
  let pipeline = try! Pipeline.load(file: repositoryRoot.appendingPathComponent("Pipelines/default.yml").path)

  func claim(full: Bool) -> Claim {
    Claim(
      id: "doc-7:120-161", document: "doc-7", sentence: TextRange(100, 180), span: TextRange(120, 161),
      subject: ClaimSubject(
        name: "Harbor Rowing Club", mention: "the club", type: .organization, basis: full ? "reference" : "direct",
        range: full ? TextRange(120, 128) : nil, via: full ? "the club" : nil),
      attribute: "member_count", qualifier: full ? "junior section" : nil,
      value: ClaimValue(low: full ? 340 : nil, high: full ? 360.5 : nil, modifier: full ? .range : .moreThan),
      unit: full ? "members" : nil, time: TimeScope(year: full ? 2019 : nil, basis: full ? "explicit" : "unknown"),
      members: full ? ["Ana Ruiz", "Bo Lind"] : nil, warnings: full ? ["list shorter than its count"] : [],
      membersComplete: full ? false : nil, rule: full ? "count-unit" : nil, quotedBy: full ? "" : nil,
      reported: full)
  }

  @Test(arguments: [true, false])
  func readsBackEveryFieldOfASpilledClaim(full: Bool) throws {
    let spilled = SpilledClaim(
      claim: claim(full: full), sentence: full ? "The club — «Ünïcode» — has 340 to 360 members." : nil,
      highlight: full ? TextRange(30, 40) : nil)
    var bytes: [UInt8] = [9, 9]
    ClaimCodec.encode(spilled, into: &bytes)
    ClaimCodec.encode(spilled, into: &bytes)
    var cursor = 2 + 8
    #expect(try ClaimCodec.decode(bytes, &cursor) == spilled)
    cursor += 8
    #expect(try ClaimCodec.decode(bytes, &cursor) == spilled)
    #expect(cursor == bytes.count)
  }

  @Test func rejectsARecordCutShort() throws {
    var bytes: [UInt8] = []
    ClaimCodec.encode(SpilledClaim(claim: claim(full: true), sentence: "A sentence.", highlight: nil), into: &bytes)
    let cut = Array(bytes[8..<(bytes.count - 5)])
    var cursor = 0
    #expect(throws: SpillError.self) { try ClaimCodec.decode(cut, &cursor) }
  }

  @Test func readsClaimsBackByOffsetFromTheSpillFile() throws {
    let dir = NSTemporaryDirectory() + "claim-spill-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let spill = try ClaimSpill(directory: dir)
    let a = SpilledClaim(claim: claim(full: true), sentence: "First.", highlight: TextRange(0, 5))
    let b = SpilledClaim(claim: claim(full: false), sentence: nil, highlight: nil)
    var bytes: [UInt8] = []
    ClaimCodec.encode(a, into: &bytes)
    let second = Int64(bytes.count)
    ClaimCodec.encode(b, into: &bytes)
    try spill.append(bytes)
    try spill.finishWriting()
    #expect(try spill.record(at: second).claim == b)
    let (first, next) = try spill.record(at: 0)
    #expect(first == a)
    #expect(next == second)
    spill.discard()
    #expect(!FileManager.default.fileExists(atPath: spill.path))
  }

  /// The element as the report writes any value: encoded whole.
  func whole<T: Encodable>(_ value: T, first: Bool) throws -> String { try JSONReport.element(value, first: first) }

  @Test func streamsASectionAsTheEncoderWritesIt() throws {
    let view = ReportModel.ClaimView(
      id: "c1", value: "340", unit: "members", time: "2019", year: 2019, timeBasis: "explicit",
      sentence: "The club has 340 members.", highlight: nil, source: "a.txt", file: "a.txt", published: nil,
      publishedBasis: nil, subjectMention: "The club", subjectBasis: "direct", members: nil, warnings: [],
      copyOf: nil)
    let other = ReportModel.ClaimView(
      id: "c2", value: "360", unit: "members", time: "2019", year: 2019, timeBasis: "explicit",
      sentence: "It has 360 members / rowers.", highlight: SpanRecord(TextRange(7, 10)), source: "b.txt",
      file: "b.txt", published: "2020-01", publishedBasis: "estimate", subjectMention: "It",
      subjectBasis: "context", members: ["A"], warnings: ["odd"], copyOf: "c1")
    let pair = ReportModel.PairView(
      verdict: .contradiction, reason: "340 vs 360", severity: 0.056, severityLevel: "moderate",
      sameDocument: false, members: nil, sequencePlausible: nil, a: view, b: other)
    let full = ReportModel.Section(
      id: "s3", subject: "Harbor Rowing Club", attribute: "member_count", qualifier: "juniors", current: nil,
      timeline: [], sequence: "340 in 2019: holds steady", sequencePlausible: true, worstVerdict: .contradiction,
      pairs: [pair, pair], claims: [view, other])
    let bare = ReportModel.Section(
      id: "s4", subject: "Lake Town", attribute: "population", qualifier: nil, current: nil, timeline: [],
      sequence: nil, sequencePlausible: nil, worstVerdict: nil, pairs: [], claims: [view])
    for section in [full, bare] {
      for first in [true, false] {
        var streamed = ""
        try JSONReport.element(section, first: first, to: { streamed += $0 })
        #expect(streamed == (try whole(section, first: first)))
      }
    }
  }

  /// More claims in one group than are compared pairwise, from several files and years, some
  /// copied word for word: reliability, copies and the large-group comparison all come into play.
  /// The groups are read whole, a few at a time, and one claim's place at a time; problems and
  /// sources' files are sorted in memory, or on disk in runs of 40 or of one.
  @Test(arguments: [1 << 18, 40, 1])
  func writesALargeGroupAsARunThatKeepsTheDocuments(groupBudget: Int) async throws {
    let dir = NSTemporaryDirectory() + "grouped-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    for n in 0..<70 {
      let year = 2015 + n % 6
      let members = 300 + (n % 9) * 10 + (n % 13 == 0 ? 500 : 0)
      var text = "In \(year), the Harbor Rowing Club had \(members) members, its secretary said. "
      text += "The town of Eastmere had about \(40_000 + (n % 4) * 1_000) inhabitants in \(year). "
      if n % 10 == 3 { text += "The Harbor Rowing Club had 330 members in 2016, a report said." }
      try text.write(toFile: dir + "/article-\(n).txt", atomically: true, encoding: .utf8)
      // Problems too: empty files and files of an unknown kind, spread among the articles.
      if n % 7 == 2 { try Data().write(to: URL(fileURLWithPath: dir + "/empty-\(n).txt")) }
      if n % 9 == 4 { try "x".write(toFile: dir + "/notes-\(n).docx", atomically: true, encoding: .utf8) }
    }
    let out = dir + "-out"
    defer { try? FileManager.default.removeItem(atPath: out) }
    let kept = try OutputWriter.render(
      await CorpusRun(pipeline: pipeline).run(inputs: [dir]), pipeline: pipeline.name, corpus: "club")
    var streaming = CorpusRun(pipeline: pipeline, workers: 2)
    streaming.groupBudget = groupBudget
    streaming.sortBudget = min(groupBudget, 1 << 15)
    let result = try await streaming.run(
      inputs: [dir], writingTo: out, pipelineName: pipeline.name, corpusLabel: "club")
    #expect(result.summary.claims > 70)
    #expect(Set(try FileManager.default.contentsOfDirectory(atPath: out)) == Set(OutputWriter.files))
    for name in OutputWriter.files {
      let streamed = try String(contentsOfFile: out + "/" + name, encoding: .utf8)
      #expect(streamed == kept[name], "\(name) differs")
    }
    #expect(kept["conflicts.jsonl"]?.contains("contradiction") == true)
    #expect(result.summary.failed == 10 && result.summary.warnings >= 8)
  }
}
