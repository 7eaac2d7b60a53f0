import CrosscheckCore
import Testing

@testable import CrosscheckIngest

/// The lead kept when a most-read box stands between the headline and the body
/// (``ContentSelector/leadBlocks``), linked web addresses kept as sources
/// (``ContentSelector/showsWebAddress(_:in:)``), and the kinds of boilerplate line the data
/// file gained in this pass (update stamps, press office lines, offers, licence notices).
@Suite struct LeadAndSourceLineTests {
  let p1 = """
    The city council of Eastbrook voted on Tuesday to turn the old tram depot into a covered \
    market with room for sixty stalls and a bicycle park.
    """
  let p2 = """
    Work on the roof starts in the autumn, and the first traders are expected to move in \
    before the end of next year, the council's planning office said.
    """
  let p3 = """
    Traders from the open-air market on the quay will get the first choice of stalls, at the \
    same rent they pay today for their places outside.
    """
  let lead = """
    Eastbrook's tram depot, empty since 1998, will become a covered market: the council \
    approved the plan with 31 votes to 12.
    """

  static let phrases = BoilerplatePhrases(
    parsing: """
      * Updated on
      * Aktualisiert am
      * Pressesprecher
      ! erhalten Sie
      ~ exklusive Angebote
      % unless otherwise noted
      % sofern nicht anders angegeben
      """)

  static let reader = ArticleNormalizer(options: IngestOptions(boilerplate: phrases))

  func read(_ body: String) throws -> [String] {
    let html = "<html><head><title>Depot</title></head><body>\(body)</body></html>"
    return paragraphTexts(try Self.reader.normalize(html: Array(html.utf8), file: "t.html"))
  }

  /// A most-read box of `count` linked headlines with their reading counts.
  func mostRead(_ count: Int) -> String {
    (1...count).map { "<div><span>\($0 * 97)</span><a href=\"/n\($0)\">Story \($0)</a></div>" }
      .joined()
  }

  @Test func keepsTheLeadAboveAMostReadBoxBeforeTheBody() throws {
    let text = try read(
      """
      <div class="top"><h1>Tram depot becomes a market</h1><p>\(lead)</p>\
      <p>Wednesday, 4 May 2022, at 07:46 in the morning</p>\(mostRead(14))</div>
      <article><p>\(p1)</p><p>\(p2)</p><p>\(p3)</p></article>
      """)
    #expect(text == ["Tram depot becomes a market", lead, p1, p2, p3])
  }

  @Test func keepsNoLeadWhenTheHeadlineIsFarAboveTheBody() throws {
    let text = try read(
      """
      <div class="top"><h1>Tram depot becomes a market</h1><p>\(lead)</p>\(mostRead(30))</div>
      <article><p>\(p1)</p><p>\(p2)</p><p>\(p3)</p></article>
      """)
    #expect(text == [p1, p2, p3])
  }

  @Test(arguments: [
    "via <a href=\"https://harbour-news.example.org\">https://harbour-news.example.org</a>",
    "<a href=\"http://www.example.org/plans/depot.pdf\">www.example.org/plans/depot.pdf</a>",
  ])
  func keepsALinkedWebAddressBetweenParagraphs(_ line: String) throws {
    let text = try read("<article><p>\(p1)</p><p>\(line)</p><p>\(p2)</p><p>\(p3)</p></article>")
    #expect(text.count == 4)
    #expect(text.first == p1 && text.last == p3)
  }

  @Test func dropsALinkedHeadlineBetweenParagraphs() throws {
    let text = try read(
      """
      <article><p>\(p1)</p><p><a href="/x">Bus lanes on the ring road open in June</a></p>\
      <p>\(p2)</p><p>\(p3)</p></article>
      """)
    #expect(text == [p1, p2, p3])
  }

  @Test(arguments: [
    "Updated on 12 March 2022 at 10:15",
    "Aktualisiert am 17.01.2021.",
    "Pressesprecher Tom Weiler, Telefon 0123 456",
    "Abonnieren Sie den Newsletter und erhalten Sie exklusive Angebote!",
    "All texts on this site are free to share unless otherwise noted.",
    "Sofern nicht anders angegeben, stehen die Texte unter einer freien Lizenz.",
  ])
  func dropsABoilerplateLineOfTheNewKinds(_ line: String) throws {
    let text = try read("<article><p>\(p1)</p><p>\(line)</p><p>\(p2)</p></article>")
    #expect(text == [p1, p2])
  }

  @Test func keepsASentenceThatOnlyMentionsAnUpdate() throws {
    let line = "The plan was updated on Monday after the traders asked for more stalls."
    let text = try read("<article><p>\(p1)</p><p>\(line)</p><p>\(p2)</p></article>")
    #expect(text == [p1, line, p2])
  }
}
