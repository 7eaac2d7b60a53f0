import CrosscheckCore
import Testing

@testable import CrosscheckIngest

/// Calls to the site's readers (``BoilerplatePhrases/isPrompt(_:)``), the JSON-LD
/// `articleBody` fallback (``ArticleBodyFallback``) and opinion pieces named `commentary`.
@Suite struct ReaderPromptAndArticleBodyTests {
  let p1 = "The city council voted on Monday to extend the tram line to the new hospital."
  let p2 = "Work on the four kilometres of track is to start next spring and take two years."
  let p3 = "The regional transport authority will pay 60 percent of the 210 million euro cost."

  static let cues = BoilerplatePhrases(
    parsing: """
      ! follow us
      ! subscribe
      ! download
      ! síguenos
      ~ newsletter
      ~ Instagram
      ~ app
      ~ canal
      """)

  static let cueNormalizer = ArticleNormalizer(options: IngestOptions(boilerplate: cues))

  func page(_ body: String, head: String = "") throws -> Document {
    let html = "<html><head>\(head)</head><body>\(body)</body></html>"
    return try Self.cueNormalizer.normalize(html: Array(html.utf8), file: "t.html")
  }

  @Test(arguments: [
    "Follow us on Instagram for pictures from every stop of the new line.",
    "Want the latest from the depot? Subscribe to our weekly newsletter today!",
    "Download the Harbourtown Times app to get every story first.",
    "Síguenos en nuestro canal para recibir las noticias del barrio.",
  ])
  func dropsACallToReadersWhereverItStands(_ prompt: String) throws {
    let doc = try page("<article><p>\(p1)</p><p>\(prompt)</p><p>\(p2)</p><p>\(p3)</p></article>")
    #expect(paragraphTexts(doc) == [p1, p2, p3])
  }

  @Test(arguments: [
    // An offer alone: a report about an app or a social network.
    "The transport authority's app showed the new timetable to 40,000 users on Instagram.",
    // A call alone.
    "Residents can download the plans from the council's website until the end of May.",
  ])
  func keepsAParagraphWithOnlyOneKindOfCue(_ text: String) throws {
    let doc = try page("<article><p>\(p1)</p><p>\(text)</p><p>\(p2)</p></article>")
    #expect(paragraphTexts(doc) == [p1, text, p2])
  }

  @Test func keepsALongParagraphThatMentionsBothKindsOfCue() {
    let long = Array(
      (String(repeating: "The council met again to discuss the budget for the line. ", count: 5)
        + "Critics said they would follow us on Instagram.").utf8)
    #expect(!Self.cues.isPrompt(long))
    #expect(Self.cues.isPrompt(Array("Follow us on Instagram.".utf8)))
  }

  @Test func matchesCuesAtWordBoundariesOnly() {
    // "apple" holds "app", "subscribers" holds "subscribe": neither is the cue.
    #expect(!Self.cues.isPrompt(Array("Subscribers of the apple growers' journal met.".utf8)))
    #expect(Self.cues.isPrompt(Array("Please subscribe to the growers' app.".utf8)))
  }

  @Test func readsArticleBodyWhenTheMarkupHoldsOnlyACaption() throws {
    let body = [p1, p2, p3, p1.replacingOccurrences(of: "Monday", with: "Friday"),
      p2.replacingOccurrences(of: "spring", with: "autumn")]
    let ld = """
      <script type="application/ld+json">{"@context": "https://schema.org",
      "@type": "NewsArticle", "headline": "Tram to the hospital",
      "articleBody": "\(body.joined(separator: "\\n"))"}</script>
      """
    let doc = try page(
      "<main><h1>Tram to the hospital</h1><p>A tram at the depot in the old town.</p></main>",
      head: ld)
    let markup = ["Tram to the hospital", "A tram at the depot in the old town."]
    #expect(paragraphTexts(doc) == markup + body)
  }

  @Test func readsEscapedMarkupInArticleBody() throws {
    let escaped = [p1, p2, p3, p1, p2].map { "&lt;p&gt;\($0)&lt;/p&gt;" }.joined()
    let ld = """
      <script type="application/ld+json">{"@context": "https://schema.org",
      "articleBody": "\(escaped)"}</script>
      """
    let doc = try page("<main><p>Subscribers read on.</p></main>", head: ld)
    #expect(paragraphTexts(doc) == ["Subscribers read on.", p1, p2, p3, p1, p2])
  }

  @Test func keepsTheMarkupWhenItHoldsTheArticle() throws {
    let ld = """
      <script type="application/ld+json">{"@context": "https://schema.org",
      "articleBody": "\(p1) \(p2) \(p3)"}</script>
      """
    let doc = try page("<article><p>\(p1)</p><p>\(p2)</p><p>\(p3)</p></article>", head: ld)
    #expect(paragraphTexts(doc) == [p1, p2, p3])
  }

  @Test func leavesOutMarkupParagraphsThatArticleBodyRepeats() throws {
    let body = [p1, p2, p3, p2, p3, p1]
    let ld = """
      <script type="application/ld+json">{"@context": "https://schema.org",
      "articleBody": "\(body.joined(separator: "\\n"))"}</script>
      """
    let doc = try page("<article><p>\(p1)</p></article>", head: ld)
    #expect(paragraphTexts(doc) == body)
  }

  @Test(arguments: [
    "The new tram stop at the hospital entrance. Photo: Jane Roe",
    "Tram drivers at the depot during a test run (Photo: City Transport)",
    "Mayor Ana Lind, photo: council archive",
  ])
  func dropsACaptionThatEndsWithACredit(_ caption: String) {
    let phrases = BoilerplatePhrases(parsing: "* Photo:")
    #expect(phrases.dropsLine(Array(caption.utf8)))
  }

  @Test func keepsAParagraphThatOnlyMentionsAPhoto() {
    let phrases = BoilerplatePhrases(parsing: "* Photo:")
    let text = "The photo competition at the depot drew 300 entries, the organisers said."
    #expect(!phrases.dropsLine(Array(text.utf8)))
    let long = String(repeating: "The tram line opens in May after two years of work. ", count: 6)
      + "Photo: Jane Roe"
    #expect(!phrases.dropsLine(Array(long.utf8)))
  }

  @Test func keepsAnOpinionPieceNamedCommentary() throws {
    let doc = try html(
      """
      <div class="story"><div class="sect news commentary"><p>\(p1)</p></div>
      <div class="sect news commentary"><p>\(p2)</p></div>
      <div class="sect news commentary"><p>\(p3)</p></div></div>
      """)
    #expect(paragraphTexts(doc) == [p1, p2, p3])
  }

  @Test func stillDropsCommentsNamedByAStem() throws {
    let doc = try html(
      """
      <article><p>\(p1)</p><p>\(p2)</p><p>\(p3)</p>
      <div class="commentlist"><p>I ride this tram every day and it is always late, sadly.</p></div>
      </article>
      """)
    #expect(paragraphTexts(doc) == [p1, p2, p3])
  }
}
