import CrosscheckCore
import Foundation
import Testing

@testable import CrosscheckIngest

@Suite struct ExtractionEvaluationTests {
  typealias Expectation = ExtractionEvaluation.Expectation

  let pages: [(name: String, html: [UInt8])] = [
    (
      "ferry.html",
      Array(
        """
        <html><head><title>Ferry timetable changes</title>
        <meta name="author" content="Lena Berg">
        <meta property="article:published_time" content="2021-04-02T08:00:00Z"></head>
        <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><p>The island ferry will sail every 40 minutes from May, up from every hour.</p>
        <p>The operator has added a second boat that carries 300 passengers.</p></article>
        </body></html>
        """.utf8)
    ),
    (
      "museum.html",
      Array(
        """
        <html><head><title>Museum reopens</title></head><body>
        <p>The museum reopened on Saturday after a two-year renovation of its east wing.</p>
        </body></html>
        """.utf8)
    ),
  ]

  @Test func countsSnippetsAndMetadataOverAllPages() {
    let expectations = [
      Expectation(
        file: "ferry.html.gz",
        with: ["every 40 minutes from May", "carries 300 passengers", "a timetable for winter"],
        without: ["Home", "second boat"], title: "Ferry Timetable Changes", author: "Lena Berg",
        date: "2021-04-02"),
      Expectation(
        file: "museum.html", with: ["two-year   renovation"], without: ["Opening hours"],
        title: "Museum closes", date: "2020-01-01"),
      Expectation(file: "absent.html", with: ["anything"]),
    ]
    let report = ExtractionEvaluation.evaluate(
      pages: pages, expectations: expectations, normalizer: normalizer)
    // with: 2 of 3 found on the ferry page, 1 of 1 on the museum page; without: "second boat".
    #expect(report.truePositives == 3)
    #expect(report.falseNegatives == 1)
    #expect(report.falsePositives == 1)
    #expect(report.precision == 0.75)
    #expect(report.recall == 0.75)
    #expect(abs(report.f1 - 0.75) < 1e-12)
    #expect(report.pagesMissing == 1)
    #expect(report.datesRight == 1 && report.datesExpected == 2)
    #expect(report.titlesRight == 1 && report.titlesExpected == 2)
    #expect(report.authorsRight == 1 && report.authorsExpected == 1)
    #expect(report.pages[0].missing == ["a timetable for winter"])
    #expect(report.pages[0].leaked == ["second boat"])
    #expect(report.text.contains("F1 0.750"))
  }

  @Test func readsExpectationLinesWithSeveralAuthors() throws {
    let lines = """
      {"file": "a.html.gz", "with": ["one", null], "without": [], "author": ["Ana Ruiz", "Bo Li"]}

      {"file": "b.html", "with": [], "without": ["two"], "date": "2019-03-02", "title": null}
      """
    let expectations = try ExtractionEvaluation.expectations(jsonLines: lines)
    #expect(expectations.count == 2)
    #expect(expectations[0].with == ["one"])
    #expect(expectations[0].author == "Ana Ruiz; Bo Li")
    #expect(expectations[1].date == "2019-03-02")
    #expect(expectations[1].title == nil)
    #expect(ExtractionEvaluation.sameNames("Bo Li, Ana Ruiz", expectations[0].author))
    #expect(!ExtractionEvaluation.sameNames("Ana Ruiz", expectations[0].author))
  }

  @Test func readsPlainAndCompressedPagesThroughTheCallersDecompressor() throws {
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("eval-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data("<p>plain</p>".utf8).write(to: dir.appendingPathComponent("a page.html"))
    // The "compression" here reverses the bytes; the caller's closure undoes it.
    try Data("<p>packed</p>".utf8.reversed()).write(to: dir.appendingPathComponent("b.html.gz"))
    try Data("notes".utf8).write(to: dir.appendingPathComponent("notes.txt"))

    let withZip = try ExtractionEvaluation.pages(inDirectory: dir.path) { Array($0.reversed()) }
    #expect(withZip.map(\.name) == ["a page.html", "b.html"])
    #expect(withZip[1].html == Array("<p>packed</p>".utf8))
    let without = try ExtractionEvaluation.pages(inDirectory: dir.path)
    #expect(without.map(\.name) == ["a page.html"])
  }
}
