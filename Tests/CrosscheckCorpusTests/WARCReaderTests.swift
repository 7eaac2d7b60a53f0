import CrosscheckCore
import Testing

@testable import CrosscheckCorpus

@Suite struct WARCReaderTests {
  let page =
    "<html><head><title>Tide gauge</title></head><body><p>The harbor tide gauge "
    + "recorded 4.2 metres on Sunday.</p></body></html>"

  @Test func yieldsTheHTMLResponseAndSkipsRequestMetadataAndWarcinfo() {
    let file =
      WARCFixture.warcinfo + WARCFixture.request() + WARCFixture.response(html: page)
      + WARCFixture.metadata
    let contents = WARCReader().records(in: file, file: "crawls/harbor.warc")
    #expect(contents.problems.isEmpty)
    #expect(contents.articleFiles == ["crawls/harbor.warc#3.html"])
    #expect(contents.readable.first.map { utf8($0.bytes) } == page)
    #expect(contents.skipped == ["warcinfo": 1, "request": 1, "metadata": 1])
    #expect(contents.skippedCount == 3)
  }

  @Test func takesTheURLAndCrawlDateFromTheWARCHeaders() throws {
    let record = WARCFixture.response(html: page, uri: "https://tides.example.net/gauge?id=7")
    let article = try #require(WARCReader().records(in: record, file: "t.warc").readable.first)
    #expect(article.known.url == "https://tides.example.net/gauge?id=7")
    #expect(article.known.published == PartialDate(year: 2024, month: 3, day: 5))
    #expect(article.known.publishedBasis == "warc")
  }

  @Test func stripsAngleBracketsFromAWARC10TargetURI() throws {
    let record = WARCFixture.record(
      "response", uri: "<http://old.example.com/page>", contentType: "application/http",
      block: WARCFixture.http(headers: ["Content-Type: text/html"], body: page), version: "1.0")
    let article = try #require(WARCReader().records(in: record, file: "old.warc").readable.first)
    #expect(article.known.url == "http://old.example.com/page")
  }

  @Test func decodesChunkedTransferEncoding() throws {
    func chunk(_ text: String, _ extensionPart: String = "") -> String {
      String(text.utf8.count, radix: 16, uppercase: true) + extensionPart + "\r\n" + text + "\r\n"
    }
    let chunked =
      chunk("<html><body><p>Wind farm ") + chunk("produced 310 megawatt hours.</p>", ";n=x")
      + chunk("</body></html>") + "0\r\nExpires: never\r\n\r\n"
    let record = WARCFixture.record(
      "response", contentType: "application/http; msgtype=response",
      block: WARCFixture.http(
        headers: ["Content-Type: text/html", "Transfer-Encoding: chunked"], body: chunked))
    let contents = WARCReader().records(in: record, file: "wind.warc")
    #expect(contents.problems.isEmpty)
    #expect(
      contents.readable.map { utf8($0.bytes) } == [
        "<html><body><p>Wind farm produced 310 megawatt hours.</p></body></html>"
      ])
  }

  @Test func keepsABodyWhoseChunkedHeaderOutlivedTheEncoding() {
    let record = WARCFixture.record(
      "response", contentType: "application/http",
      block: WARCFixture.http(
        headers: ["Content-Type: text/html", "Transfer-Encoding: chunked"], body: page))
    #expect(
      WARCReader().records(in: record, file: "w.warc").readable.map { utf8($0.bytes) } == [page])
  }

  @Test func reportsAChunkThatRunsPastTheRecord() {
    let record = WARCFixture.record(
      "response", contentType: "application/http",
      block: WARCFixture.http(
        headers: ["Content-Type: text/html", "Transfer-Encoding: chunked"],
        body: "400\r\n<html>only a little</html>"))
    let contents = WARCReader().records(in: record, file: "w.warc")
    #expect(contents.readable.isEmpty)
    #expect(contents.problems.map(\.file) == ["w.warc#1"])
  }

  @Test func undoesAGzipContentEncoding() throws {
    let packed = try Gzip.compress(Array(page.utf8))
    var block = Array(
      "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n".utf8)
    block += packed
    var head = "WARC/1.1\r\nWARC-Type: response\r\nContent-Type: application/http\r\n"
    head += "Content-Length: \(block.count)\r\n\r\n"
    let record = Array(head.utf8) + block + Array("\r\n\r\n".utf8)
    #expect(
      WARCReader().records(in: record, file: "g.warc").readable.map { utf8($0.bytes) } == [page])
  }

  @Test(arguments: [
    ("image/png", "200 OK", "not-html"),
    ("application/json; charset=utf-8", "200 OK", "not-html"),
    ("text/html", "404 Not Found", "http-status"),
    ("text/html", "301 Moved Permanently", "http-status"),
  ])
  func skipsResponsesThatAreNotHTMLPages(contentType: String, status: String, reason: String) {
    let record = WARCFixture.record(
      "response", contentType: "application/http",
      block: WARCFixture.http(status: status, headers: ["Content-Type: \(contentType)"], body: "x"))
    let contents = WARCReader().records(
      in: record + WARCFixture.response(html: page), file: "m.warc")
    #expect(contents.articleFiles == ["m.warc#2.html"])
    #expect(contents.skipped == [reason: 1])
  }

  @Test func readsResourceRecordsWithHTMLAndSkipsOtherResources() {
    let html = WARCFixture.record("resource", contentType: "text/html; charset=utf-8", block: page)
    let pdf = WARCFixture.record("resource", contentType: "application/pdf", block: "%PDF-1.7")
    let contents = WARCReader().records(in: pdf + html, file: "r.warc")
    #expect(contents.readable.map { utf8($0.bytes) } == [page])
    #expect(contents.articleFiles == ["r.warc#2.html"])
    #expect(contents.skipped == ["not-html": 1])
  }

  @Test func countsRevisitRecordsAsSkipped() {
    let revisit = WARCFixture.record(
      "revisit", contentType: "application/http",
      block: "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n")
    let contents = WARCReader().records(in: revisit, file: "v.warc")
    #expect(contents.articles.isEmpty)
    #expect(contents.skipped == ["revisit": 1])
  }

  @Test func readsAGzipFileWithOneMemberPerRecord() throws {
    let records = [
      WARCFixture.warcinfo, WARCFixture.request(), WARCFixture.response(html: page, number: 3),
      WARCFixture.metadata, WARCFixture.response(html: page + "<!-- 2 -->", number: 5),
    ]
    let plain = WARCReader().records(in: records.flatMap { $0 }, file: "c.warc")
    let packed = WARCReader().records(in: try WARCFixture.gzipped(records), file: "c.warc")
    #expect(packed.articleFiles == ["c.warc#3.html", "c.warc#5.html"])
    #expect(packed.readable.map(\.bytes) == plain.readable.map(\.bytes))
    #expect(packed.skipped == plain.skipped)
    #expect(packed.problems.isEmpty)
  }

  @Test func reportsATruncatedGzipMemberAndKeepsTheRecordsBeforeIt() throws {
    let records = [
      WARCFixture.response(html: page, number: 1), WARCFixture.request(),
      WARCFixture.response(html: page + "<p>cut</p>", number: 3),
    ]
    var packed = try WARCFixture.gzipped(records)
    let lastMember = try Gzip.compress(records[2])
    packed.removeLast(lastMember.count / 2)
    let contents = WARCReader().records(in: packed, file: "cut.warc.gz")
    #expect(contents.articleFiles == ["cut.warc.gz#1.html"])
    #expect(contents.problems.map(\.file) == ["cut.warc.gz#3"])
    #expect(
      contents.problems.first.map { error in
        if case .truncatedGzip = error.error { true } else { false }
      } == true)
    #expect(contents.skipped == ["request": 1])
  }

  @Test func reportsACorruptMemberAndReadsTheRecordsAfterIt() throws {
    let records = (1...3).map { WARCFixture.response(html: page + "<!-- \($0) -->", number: $0) }
    var members = try records.map { try Gzip.compress($0) }
    for i in 20..<30 { members[1][i] ^= 0x5A }
    let contents = WARCReader().records(in: members.flatMap { $0 }, file: "x.warc.gz")
    #expect(contents.articleFiles == ["x.warc.gz#1.html", "x.warc.gz#3.html"])
    #expect(contents.problems.map(\.file) == ["x.warc.gz#2"])
  }

  @Test func reportsAWrongContentLengthAndGoesOnToTheNextRecord() {
    let short = WARCFixture.record(
      "response", contentType: "application/http",
      block: WARCFixture.http(headers: ["Content-Type: text/html"], body: page), contentLength: 40)
    let contents = WARCReader().records(
      in: short + WARCFixture.response(html: "<p>next</p>", number: 2), file: "b.warc")
    #expect(contents.problems.map(\.file) == ["b.warc#1"])
    #expect(contents.readable.map { utf8($0.bytes) } == ["<p>next</p>"])
  }

  @Test func reportsAMissingContentLength() {
    let record = Array(
      "WARC/1.1\r\nWARC-Type: resource\r\nContent-Type: text/html\r\n\r\n<p>x</p>\r\n\r\n".utf8)
    let contents = WARCReader().records(
      in: record + WARCFixture.response(html: page), file: "n.warc")
    #expect(contents.problemErrors == [.malformedRecord("missing or bad Content-Length")])
    #expect(contents.readable.count == 1)
  }

  @Test func reportsARecordCutOffAtTheEndOfAPlainFile() {
    let whole = WARCFixture.response(html: page, number: 1)
    let second = WARCFixture.response(html: page, number: 2)
    let contents = WARCReader().records(in: whole + second.dropLast(30), file: "p.warc")
    #expect(contents.articleFiles == ["p.warc#1.html"])
    #expect(contents.problems.map(\.file) == ["p.warc#2"])
  }

  @Test func reportsBytesThatAreNotAWARCRecord() {
    let contents = WARCReader().records(
      in: Array("<html>a page, not a WARC</html>\n".utf8) + WARCFixture.response(html: page),
      file: "q.warc")
    #expect(contents.problems.map(\.file) == ["q.warc#1"])
    #expect(contents.articleFiles == ["q.warc#2.html"])
  }

  @Test func reportsAnHTMLPageOverTheLimitButStillSkipsLargeNonHTML() throws {
    let large =
      "<html><body>" + String(repeating: "<p>Quarry output rose.</p>", count: 200)
      + "</body></html>"
    let image = WARCFixture.record(
      "response", contentType: "application/http",
      block: WARCFixture.http(
        headers: ["Content-Type: image/jpeg"], body: String(repeating: "\u{7f}", count: 5_000)))
    let records = [WARCFixture.response(html: large), image, WARCFixture.response(html: page)]
    let reader = WARCReader(maxArticleBytes: 1_000)
    for bytes in [records.flatMap { $0 }, try WARCFixture.gzipped(records)] {
      let contents = reader.records(in: bytes, file: "big.warc")
      #expect(contents.articleFiles == ["big.warc#3.html"])
      #expect(contents.problems.map(\.file) == ["big.warc#1"])
      #expect(
        contents.problems.first.map { error in
          if case .tooLarge = error.error { true } else { false }
        } == true)
      #expect(contents.skipped == ["not-html": 1])
    }
  }

  @Test func readsNothingFromAnEmptyFile() {
    let contents = WARCReader().records(in: [], file: "e.warc")
    #expect(contents.articles.isEmpty && contents.skipped.isEmpty)
  }
}
