import CrosscheckCore
import Testing

@testable import CrosscheckIngest

/// Which text of a page is the article body: fallback markup, stray bytes, short boilerplate
/// lines inside the body, and the headline that names the article.
@Suite struct BodyExtractionTests {
  let p1 = "The city council voted on Monday to extend the tram line to the new hospital."
  let p2 = "Work on the four kilometre extension starts in spring and takes about three years."
  let p3 = "The regional transport company expects 12,000 riders a day on the new section."

  let lineNormalizer = ArticleNormalizer(
    options: IngestOptions(
      boilerplate: BoilerplatePhrases(
        parsing: """
          Leave a Reply
          * Photo:
          * More on this topic
          """)))

  private func read(_ body: String, head: String = "", with n: ArticleNormalizer? = nil) throws
    -> Document
  {
    let page = "<html><head>\(head)</head><body>\(body)</body></html>"
    return try (n ?? normalizer).normalize(html: Array(page.utf8), file: "inline.html")
  }

  @Test func dropsNoscriptTextBesideTheArticle() throws {
    let doc = try read(
      """
      <article><p>\(p1)</p>
      <noscript><p>Please turn on JavaScript in your browser to watch the tram video here.</p>
      </noscript><p>\(p2)</p><p>\(p3)</p></article>
      """)
    #expect(paragraphTexts(doc) == [p1, p2, p3])
  }

  @Test func readsAPostThatThePageServesOnlyInsideNoscript() throws {
    let doc = try read(
      """
      <div class="post"><h2>Tram line extended</h2>
      <script type="text/template"><p>\(p1)</p></script>
      <noscript><p>\(p1)</p><p>\(p2)</p><p>\(p3)</p></noscript></div>
      """)
    #expect(paragraphTexts(doc).suffix(3) == [p1, p2, p3])
  }

  @Test func readsPastAStrayNulByteInThePage() throws {
    // A NUL in the first 8 KB marks a file as binary; a stray one further down is repaired.
    let padding = String(repeating: "<!-- layout -->\n", count: 600)
    var bytes = Array("<html><head>\(padding)</head><body><article><p>\(p1)</p>".utf8)
    bytes += [0, 0, 0]
    bytes += Array("<p>\(p2)</p><p>\(p3)</p></article></body></html>".utf8)
    let doc = try normalizer.normalize(html: bytes, file: "nul.html")
    #expect(paragraphTexts(doc) == [p1, p2, p3])
    #expect(doc.warnings.contains("NUL bytes read as spaces"))
  }

  @Test func dropsShortCreditAndLabelLinesAnywhereInTheBody() throws {
    let doc = try read(
      """
      <article><p>\(p1)</p><p>Photo: Jane Roe / City Press Office</p><p>\(p2)</p>
      <h3>More on this topic</h3><p>\(p3)</p></article>
      """, with: lineNormalizer)
    #expect(paragraphTexts(doc) == [p1, p2, p3])
  }

  @Test func keepsALongParagraphThatOpensWithALinePhrase() throws {
    let long =
      "Photo: the council published a picture of the planned stop, which shows a roofed "
      + "platform, bicycle racks and a ramp for wheelchairs next to the hospital entrance."
    let doc = try read("<article><p>\(p1)</p><p>\(long)</p><p>\(p2)</p></article>",
      with: lineNormalizer)
    #expect(paragraphTexts(doc) == [p1, long, p2])
  }

  @Test func readsLinePhrasesApartFromTrailingPhrases() {
    let phrases = BoilerplatePhrases(parsing: "Leave a Reply\n* Photo:\n> Copyright\n")
    #expect(phrases.linePhrases == ["photo:"])
    #expect(!phrases.phrases.contains("photo:"))
    #expect(phrases.dropsLine(Array("Photo: Harbour Office".utf8)))
    #expect(!phrases.dropsLine(Array("Leave a Reply".utf8)))
    let words = Array(repeating: "word", count: BoilerplatePhrases.lineWords).joined(
      separator: " ")
    #expect(!phrases.dropsLine(Array("Photo: \(words)".utf8)))
  }

  @Test func choosesTheStoryUnderTheHeadlineOverALongerSecondStory() throws {
    let other = [
      "The football club presented its new coach, who signed a contract for three seasons.",
      "He spent the last five years in the second division and won the cup there twice.",
      "The first training session is open to the public and starts at ten in the morning.",
      "Tickets for the opening match go on sale next week at the stadium and online.",
      "The club also signed two young defenders from the youth team on long contracts.",
      "Its stadium gets new floodlights and a larger stand for families during the summer.",
    ]
    let doc = try read(
      """
      <div class="story"><h1>Tram line to reach the hospital</h1>
      <div class="text"><p>\(p1)</p><p>\(p2)</p><p>\(p3)</p></div></div>
      <div class="next"><h2>Football club presents new coach</h2>
      \(other.map { "<p>\($0)</p>" }.joined())</div>
      """, head: "<title>Tram line to reach the hospital | City News</title>")
    #expect(doc.text.contains(p3))
    #expect(!doc.text.contains("new coach"))
  }

  @Test func keepsTheBodyBelowAHeadlineWithALongSubtitle() throws {
    let subtitle =
      "After two years of debate the council agreed on the route, the cost and the time table "
      + "of the tram line, which will end at the main entrance of the new regional hospital."
    let doc = try read(
      """
      <div class="hero"><h1>Tram line to reach the hospital</h1><p>\(subtitle)</p></div>
      <div class="body"><h2>The route</h2><p>\(p1)</p><p>\(p2)</p><p>\(p3)</p></div>
      """, head: "<title>Tram line to reach the hospital</title>")
    #expect(doc.text.contains(p1))
    #expect(doc.text.contains(p3))
  }
}
