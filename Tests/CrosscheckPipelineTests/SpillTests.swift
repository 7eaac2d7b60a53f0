import CrosscheckCore
import CrosscheckReports
import CrosscheckTagging
import Foundation
import Testing

@testable import CrosscheckPipeline

/// What a streaming run keeps on disk instead of in memory reads back as it was written.
@Suite struct SpillTests {
  func directory(_ name: String) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  @Test func readsDigestsBackWithTheirExtraFilesAndOriginals() throws {
    let dir = try directory("digests")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let spill = try DigestSpill(directory: dir)
    let first = DocumentDigest(
      id: "00000000000000aa", file: "harbour/ferries.html", site: "Coast Gazette",
      published: PartialDate(year: 2024, month: 3, day: 9), publishedBasis: "meta", warned: false,
      sentenceCount: 12, entityCount: 30)
    let second = DocumentDigest(
      id: "00000000000000bb", file: "wire/ferries-copy.txt", site: nil, published: PartialDate(year: 2023),
      publishedBasis: nil, warned: true, sentenceCount: 4, entityCount: 7)
    try spill.append(first)
    try spill.append(second)
    spill.addFile("mirror/ferries.html", to: 0)
    spill.markCopy(1, of: 0)
    try spill.finishWriting()
    var expectedFirst = first
    expectedFirst.alsoIn = ["mirror/ferries.html"]
    var expectedSecond = second
    expectedSecond.copyOf = first.id
    #expect(try spill.digest(0) == expectedFirst)
    #expect(try spill.digest(1) == expectedSecond)
    #expect(spill.original(of: 1) == 0 && spill.original(of: 0) == nil)
    #expect(spill.count == 2 && spill.sentenceCount == 16 && spill.entityCount == 37)
    spill.discard()
    #expect(!FileManager.default.fileExists(atPath: dir + "/.digests.spill"))
  }

  @Test func readsEachDocumentsAcronymsBackAndNoneForTheOthers() throws {
    let dir = try directory("names")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let spill = try DocumentNamesSpill(directory: dir)
    let harbour: [String: String?] = ["HTA": "Harbour Transit Authority", "RFC": nil]
    try spill.append(.none)
    try spill.append(CorpusEntityResolver.DocumentNames(acronyms: harbour))
    try spill.append(.none)
    try spill.finishWriting()
    #expect(try spill.names(0).acronyms.isEmpty)
    #expect(try spill.names(1).acronyms == harbour)
    #expect(try spill.names(2).acronyms.isEmpty)
    #expect(try spill.names(1).acronyms == harbour)
  }

  @Test func findsDocumentsByContentHashAndByAnyOtherId() {
    var index = DuplicateIndex()
    index.add("16c367ea22868739", at: 0)
    index.add("feed-item-7", at: 1)
    index.add("16C367EA22868739", at: 2)
    #expect(index.position(of: "16c367ea22868739") == 0)
    #expect(index.position(of: "feed-item-7") == 1)
    // An id that only looks like a hash in other letters is another id.
    #expect(index.position(of: "16C367EA22868739") == 2)
    #expect(index.position(of: "16c367ea2286873") == nil)
    #expect(DuplicateIndex.key("0000000000000010") == 16)
    #expect(DuplicateIndex.key("00000000000000100") == nil)
  }
}
