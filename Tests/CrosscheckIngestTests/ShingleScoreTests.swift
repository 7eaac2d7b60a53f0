import CrosscheckCore
import Foundation
import Testing

@testable import CrosscheckIngest

@Suite struct ShingleScoreTests {
  @Test func identicalTextsScoreOne() {
    let s = ExtractionEvaluation.shingleScore(
      extracted: "The tram line to the airport opens in May.",
      gold: "The tram line to the airport opens in May.")
    #expect(s.matched == 6)
    #expect(s.precision == 1 && s.recall == 1 && s.f1 == 1)
  }

  @Test func ignoresCasePunctuationAndWhitespace() {
    let s = ExtractionEvaluation.shingleScore(
      extracted: "the TRAM line -- to the airport,\n\nopens in may",
      gold: "The tram line to the airport opens in May.")
    #expect(s.f1 == 1)
  }

  @Test func extraTextLowersPrecisionAndMissingTextLowersRecall() {
    let gold = "The tram line to the airport opens in May"  // 6 shingles
    let extra = ExtractionEvaluation.shingleScore(
      extracted: gold + " Subscribe to our newsletter today", gold: gold)
    #expect(extra.extracted == 11)
    #expect(extra.matched == 6)
    #expect(extra.recall == 1)
    #expect(abs(extra.precision - 6.0 / 11.0) < 1e-9)
    let cut = ExtractionEvaluation.shingleScore(extracted: "The tram line to the airport", gold: gold)
    #expect(cut.precision == 1)
    #expect(abs(cut.recall - 3.0 / 6.0) < 1e-9)
  }

  @Test func countsRepeatedShinglesAsAMultiset() {
    let gold = "one two three four"
    let s = ExtractionEvaluation.shingleScore(
      extracted: "one two three four. One two three four.", gold: gold)
    // extracted: 5 shingles, 2 of them "one two three four"; gold holds that shingle once.
    #expect(s.extracted == 5)
    #expect(s.matched == 1)
    #expect(s.recall == 1)
  }

  @Test func shortTextsAreOneShingleAndEmptyTextsAreDefined() {
    #expect(ExtractionEvaluation.shingleScore(extracted: "Río Grande", gold: "río grande!").f1 == 1)
    let none = ExtractionEvaluation.shingleScore(extracted: "", gold: "The museum reopens today")
    #expect(none.precision == 0 && none.recall == 0 && none.f1 == 0)
    let both = ExtractionEvaluation.shingleScore(extracted: " ... ", gold: "")
    #expect(both.precision == 1 && both.recall == 1)
  }

  @Test func keepsLettersOfOtherScripts() {
    #expect(ExtractionEvaluation.shingleWords("Zürich, Kraków;東京 2021!") == ["zürich", "kraków", "東京", "2021"])
  }

  @Test func readsGoldTextsFromJSONInBothLayouts() throws {
    let json = Data(
      #"{"a1.html.gz": {"articleBody": "First text", "url": "x"}, "b2": "Second text", "c3": 7}"#
        .utf8)
    let gold = try ExtractionEvaluation.goldTexts(json: json)
    #expect(gold == ["a1": "First text", "b2": "Second text"])
    #expect(throws: IngestError.self) { try ExtractionEvaluation.goldTexts(json: Data("[1]".utf8)) }
  }

  @Test func scoresPagesAgainstGoldTextsByName() throws {
    let page = """
      <html><head><title>Ferry</title></head><body><nav><a href="/">Home</a> \
      <a href="/a">About us</a></nav><article><p>The island ferry will sail every forty \
      minutes from May, up from once an hour.</p></article></body></html>
      """
    let pages = [(name: "ferry.html", html: Array(page.utf8))]
    let gold = [
      "ferry": "The island ferry will sail every forty minutes from May, up from once an hour.",
      "lost": "A page that is not there.",
    ]
    let report = ExtractionEvaluation.shingleReport(pages: pages, gold: gold)
    #expect(report.pages.count == 1)
    #expect(report.pagesMissing == 1)
    #expect(report.pages.first?.name == "ferry")
    #expect(report.meanF1 == 1)
    #expect(report.total.recall == 1)
    #expect(report.text.contains("F1 1.000"))
  }

  @Test func leavesTheHeadlineOutOfTheScoredBodyUnlessAsked() throws {
    let page = """
      <html><head><title>Tram line opens | Vell Courier</title></head><body><article>\
      <h1>Tram line opens</h1><p>The new tram line to the airport opened on Friday, two years \
      late and 30 million euros over budget, the transport authority said.</p></article></body></html>
      """
    let pages = [(name: "tram.html", html: Array(page.utf8))]
    let gold = [
      "tram": "The new tram line to the airport opened on Friday, two years late and 30 million "
        + "euros over budget, the transport authority said."
    ]
    let body = ExtractionEvaluation.shingleReport(pages: pages, gold: gold)
    #expect(body.meanPrecision == 1)
    let whole = ExtractionEvaluation.shingleReport(pages: pages, gold: gold, dropHeadline: false)
    #expect(whole.meanPrecision < 1)
    #expect(whole.meanRecall == 1)
  }

  @Test func readsGoldTextsFromADirectory() throws {
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("shingle-gold-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data("Gold text of the dam story".utf8).write(to: dir.appendingPathComponent("dam.txt"))
    try Data("<p>not gold</p>".utf8).write(to: dir.appendingPathComponent("dam.html"))
    let gold = try ExtractionEvaluation.goldTexts(inDirectory: dir.path)
    #expect(gold == ["dam": "Gold text of the dam story"])
  }
}
