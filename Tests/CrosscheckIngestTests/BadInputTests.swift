import CrosscheckCore
import Testing

@testable import CrosscheckIngest

@Suite struct BadInputTests {
  @Test(arguments: [[], Array(" \n\t \r\n".utf8)])
  func refusesEmptyFiles(_ bytes: [UInt8]) {
    #expect(throws: IngestError(file: "e.html", reason: .empty)) {
      try normalizer.normalize(RawArticle(file: "e.html", bytes: bytes))
    }
  }

  @Test func refusesBinaryHTMLWithNULBytes() {
    let bytes: [UInt8] =
      Array("<html><body><p>".utf8) + [0, 1, 2, 0, 0x89, 0x50] + Array("</p>".utf8)
    #expect(throws: IngestError(file: "b.html", reason: .binary)) {
      try normalizer.normalize(RawArticle(file: "b.html", bytes: bytes))
    }
  }

  @Test func refusesFilesOverTheSizeLimit() {
    let small = ArticleNormalizer(options: IngestOptions(maxBytes: 10, boilerplate: testPhrases))
    #expect(throws: IngestError(file: "l.txt", reason: .tooLarge(bytes: 20, limit: 10))) {
      try small.normalize(RawArticle(file: "l.txt", bytes: Array(repeating: 65, count: 20)))
    }
  }

  @Test func refusesInvalidUTF8TextWithItsOffset() {
    let bytes = Array("Café prices ".utf8) + [0xFF, 0x41]
    #expect(throws: IngestError(file: "t.txt", reason: .invalidEncoding("not UTF-8 at byte 13"))) {
      try normalizer.normalize(RawArticle(file: "t.txt", bytes: bytes))
    }
  }

  @Test func refusesAPageWithNoBodyText() {
    let page = Array("<html><head><title>x</title></head><body><nav>Home</nav></body></html>".utf8)
    #expect(throws: IngestError(file: "n.html", reason: .noText)) {
      try normalizer.normalize(RawArticle(file: "n.html", bytes: page))
    }
  }

  @Test func refusesUnknownExtensions() {
    #expect(throws: IngestError(file: "a.pdf", reason: .unsupported("unknown extension .pdf"))) {
      try normalizer.normalize(RawArticle(file: "a.pdf", bytes: Array("text".utf8)))
    }
  }

  @Test func keepsTheTextOfAPageCutOffMidTagWithAWarning() throws {
    let doc = try normalizer.normalize(
      RawArticle(file: "solar.html", bytes: try Fixture.bytes("solar-truncated.html")))
    #expect(doc.text.contains("The solar farm near Dunmore will supply 12,000 homes"))
    #expect(doc.text.hasSuffix("between the rows of panels"))
    #expect(doc.warnings == ["truncated: the page ends inside a tag"])
  }

  @Test func warnsWhenAPageStopsInsideAnOpenElement() throws {
    let page = "<html><body><p>The pier is 300 metres long.</p><p>Repairs will take"
    let doc = try normalizer.normalize(
      html: Array(page.utf8), file: "p.html", known: DocumentMetadata())
    #expect(doc.warnings == ["truncated: the page ends in an unclosed <p>"])
    #expect(try html("<p>The pier is 300 metres long.</p>").warnings.isEmpty)
  }
}
