import CrosscheckCore
import CrosscheckPipeline
import CrosscheckReconcile
import Foundation
import Testing

@testable import CrosscheckStore

@Suite struct IncrementalTests {
  /// Three days of articles from three sites. On Tuesday two sites report the Baltic Rail Union
  /// differently from what the Daily Ledger said on Monday: the Ledger's reliability drops, and
  /// with it its say on the Andean River Council's founding, a group no Tuesday article mentions.
  static let days: [[String: (site: String, text: String)]] = [
    [
      "ledger-1.txt": ("Daily Ledger", "The Andean River Council was founded in 1990. In 2018 the Baltic Rail Union had 12 member cities, officials said."),
      "courier-1.txt": ("Harbour Courier", "The Andean River Council was founded in 1991, its charter shows."),
      "courier-2.txt": ("Harbour Courier", "In 2019 the Orbital Freight Consortium had 14 member companies."),
      "gazette-1.txt": ("Valley Gazette", "In 2019 the Orbital Freight Consortium had 14 member companies, a spokesman said."),
    ],
    [
      "courier-3.txt": ("Harbour Courier", "In 2018 the Baltic Rail Union had 15 member cities, the railway said."),
      "gazette-2.txt": ("Valley Gazette", "In 2018 the Baltic Rail Union had 15 member cities, records show."),
    ],
    [
      "ledger-2.txt": ("Daily Ledger", "In 2019 the Orbital Freight Consortium had 14 member companies, analysts said."),
      "gazette-3.txt": ("Valley Gazette", "The Coastal Cities Network was founded in 2004. In 2020 the Lunar Relay Mission had 6 members."),
      "courier-4.txt": ("Harbour Courier", "In 2020 the Lunar Relay Mission had 7 members, mission control said."),
    ],
  ]

  /// Writes the days as text files with a manifest naming each file's site.
  func writeDays(_ dir: String) throws -> [String] {
    var parts: [String] = []
    for (n, day) in IncrementalTests.days.enumerated() {
      let part = dir + "/day\(n + 1)"
      try FileManager.default.createDirectory(atPath: part, withIntermediateDirectories: true)
      var documents: [[String: String]] = []
      for (file, article) in day.sorted(by: { $0.key < $1.key }) {
        // Different closing words, so that short articles are not near copies of each other.
        let text = article.text + "\n\n" + fillerWords(documents.count + 10 * n)
        try text.write(toFile: part + "/" + file, atomically: true, encoding: .utf8)
        documents.append(["file": file, "source": article.site])
      }
      let json = try JSONSerialization.data(withJSONObject: ["documents": documents], options: [.sortedKeys])
      try json.write(to: URL(fileURLWithPath: part + "/manifest.json"))
      parts.append(part)
    }
    return parts
  }

  func andean(_ values: [ReconciledValue]) -> [ReconciledValue] { values.filter { $0.subject == "Andean River Council" } }

  @Test func ingestingInThreeBatchesReconcilesLikeOneBatchWhereNewClaimsMoveASourcesReliability() async throws {
    let dir = temporaryDirectory()
    let parts = try writeDays(dir)
    let pipeline = try defaultPipeline()
    let runner = CorpusRun(pipeline: pipeline)
    let mondayOnly = await runner.run(inputs: [parts[0]])
    let toTuesday = await runner.run(inputs: Array(parts[0..<2]))
    let oneShot = await runner.run(inputs: parts)
    // The fixture does what it claims: the sites are read, and Tuesday moves a group it does not touch.
    #expect(Set(oneShot.reconciled.flatMap { $0.evidence ?? [] }.map(\.source)) == ["Daily Ledger", "Harbour Courier", "Valley Gazette"])
    #expect(oneShot.documents.allSatisfy { $0.copyOf == nil })
    #expect(!andean(mondayOnly.reconciled).isEmpty)
    #expect(andean(mondayOnly.reconciled) != andean(toTuesday.reconciled))

    let store = try Store(path: dir + "/store.sqlite")
    var summaries: [IngestSummary] = []
    for part in parts { summaries.append(try await store.ingest(inputs: [part], pipeline: pipeline, scope: .touched)) }
    let tuesdayTouched = Set(toTuesday.reconciled.filter { $0.subject == "Baltic Rail Union" }.map(\.attribute)).count
    #expect(summaries[1].groupsReconciled > tuesdayTouched)

    let groups = try store.groups()
    #expect(groups.flatMap(\.reconciled) == oneShot.reconciled)
    #expect(groups.flatMap(\.conflicts) == oneShot.conflicts)
    #expect(try store.status().pendingGroups == 0)
  }

  @Test func addingADocumentOnlyOneSourceSpeaksToReconcilesOnlyItsGroups() async throws {
    let dir = temporaryDirectory()
    let parts = try writeDays(dir)
    let pipeline = try defaultPipeline()
    let store = try Store(path: dir + "/store.sqlite")
    _ = try await store.ingest(inputs: [parts[0], parts[1]], pipeline: pipeline)
    try FileManager.default.createDirectory(atPath: dir + "/late", withIntermediateDirectories: true)
    try "The Northern Ports Alliance was founded in 1987.".write(toFile: dir + "/late/ports.txt", atomically: true, encoding: .utf8)
    let late = try await store.ingest(inputs: [dir + "/late"], pipeline: pipeline)
    // A group with one source tells nothing about sources: no other group moves.
    #expect(late.groupsReconciled == 1)
    let oneShot = await CorpusRun(pipeline: pipeline).run(inputs: [parts[0], parts[1], dir + "/late"])
    #expect(try store.groups().flatMap(\.reconciled) == oneShot.reconciled)
  }
}
