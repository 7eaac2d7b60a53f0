import CrosscheckCore
import Testing

@testable import CrosscheckIngest

/// Boilerplate that stands inside the chosen article: disclaimers
/// (``BoilerplatePhrases/isDisclaimer(_:)``), a small box after the body
/// (``BlockClassifier/dropTrailingBox(_:kept:)``), boxes named by class words (calls to donate,
/// notices, citations) and cues after a Spanish opening mark.
@Suite struct BoilerplateInsideArticleTests {
  let p1 = """
    The rowing club of Lakeside opened its new boathouse on Saturday, after two years of \
    building work paid for by its 340 members and a grant from the town.
    """
  let p2 = """
    The hall holds 24 boats and a gym for the winter months, and the club hopes to double the \
    number of young rowers it trains by the end of next season.
    """
  let p3 = """
    The mayor, who rowed for the club as a student, said the town would help to repair the \
    old jetty next to the boathouse in the spring.
    """
  let p4 = """
    Members built the racks for the boats themselves over three winters, with timber given by \
    a sawmill upriver that also sponsors the club's junior eight.
    """
  let p5 = """
    The old boathouse, a wooden shed from 1952, will be taken down in the summer to make room \
    for a path along the shore that the town has planned for years.
    """

  static let phrases = BoilerplatePhrases(
    parsing: """
      % do not necessarily reflect
      % affiliate links
      % n'engagent que
      ! síguenos
      ~ canal
      """)

  static let stopWords = StopWords(
    parsing: """
      [en]
      the a of to in on and is was for with by at it its by as who
      """)

  static let reader = ArticleNormalizer(
    options: IngestOptions(boilerplate: phrases, stopWords: stopWords))

  func read(_ body: String) throws -> [String] {
    let html = "<html><head><title>Boathouse</title></head><body>\(body)</body></html>"
    return paragraphTexts(try Self.reader.normalize(html: Array(html.utf8), file: "t.html"))
  }

  @Test(arguments: [
    "The views in this post do not necessarily reflect those of the club's board.",
    "This page contains affiliate links: we earn a little when you buy through them.",
    "Les opinions exprimées ici n'engagent que leurs auteurs.",
  ])
  func dropsADisclaimerWhereverItStands(_ disclaimer: String) throws {
    let text = try read("<article><p>\(p1)</p><p>\(disclaimer)</p><p>\(p2)</p></article>")
    #expect(text == [p1, p2])
  }

  @Test func keepsALongParagraphThatQuotesADisclaimersWords() throws {
    let long = Array(repeating: "The shop's new terms say the reviews do not necessarily reflect "
      + "the owner's views, and customers asked why.", count: 5).joined(separator: " ")
    let text = try read("<article><p>\(p1)</p><p>\(long)</p><p>\(p2)</p></article>")
    #expect(text == [p1, long, p2])
  }

  @Test func readsTheDisclaimerMarkOfTheDataFile() {
    let phrases = BoilerplatePhrases(parsing: "% are those of the author\nShare this")
    #expect(phrases.disclaimerCues == ["are those of the author"])
    #expect(phrases.phrases == ["share this"])
    #expect(phrases.isDisclaimer(Array("Views here are those of the author alone.".utf8)))
    #expect(!phrases.isDisclaimer(Array("The author of the plan spoke first.".utf8)))
  }

  @Test func dropsASmallBoxAfterTheBodyBehindAShareBar() throws {
    let text = try read(
      """
      <article><h1>New boathouse for Lakeside rowers</h1>
      <div class="body"><p>\(p1)</p><p>\(p2)</p><p>\(p3)</p><p>\(p4)</p><p>\(p5)</p></div>
      <div class="share"><a href="/s">Share on the club's page</a></div>
      <div class="box"><div><p>Did you like this story? Write to the editors.</p></div></div>
      </article>
      """)
    #expect(text == ["New boathouse for Lakeside rowers", p1, p2, p3, p4, p5])
  }

  @Test func keepsTheLastParagraphBesideTheOthersAfterALinkLine() throws {
    let last = "Training in the new hall starts on 3 March for all members."
    let text = try read(
      """
      <article><div class="body"><p>\(p1)</p><p>\(p2)</p>
      <p><a href="/photos">Pictures of the opening day at the boathouse</a></p>
      <p>\(p3)</p><p>\(last)</p></div></article>
      """)
    #expect(text == [p1, p2, p3, last])
  }

  @Test func keepsALastSectionThatFollowsWithoutAGap() throws {
    let last = "The club will hold an open day at the boathouse in May."
    let text = try read(
      """
      <article><div class="body"><p>\(p1)</p><p>\(p2)</p><p>\(p3)</p><p>\(p4)</p>\
      <p>\(p5)</p></div><div class="more"><div><p>\(last)</p></div></div></article>
      """)
    #expect(text == [p1, p2, p3, p4, p5, last])
  }

  @Test(arguments: ["donation-cta", "support-cta", "site-rss", "post-notice", "citation"])
  func dropsABoxNamedForAnotherPurpose(_ name: String) throws {
    let box = "Help the boathouse fund with a gift of any size; every euro counts for the club."
    let text = try read(
      """
      <article><p>\(p1)</p><div class="\(name)"><p>\(box)</p></div><p>\(p2)</p>\
      <p>\(p3)</p></article>
      """)
    #expect(text == [p1, p2, p3])
  }

  @Test func findsACueAfterASpanishOpeningMark() throws {
    let text = try read(
      "<article><p>\(p1)</p><p>¡Síguenos en nuestro canal de vídeos!</p><p>\(p2)</p></article>")
    #expect(text == [p1, p2])
  }
}
