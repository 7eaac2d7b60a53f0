import CrosscheckCore
import Testing

@testable import CrosscheckIngest

/// How the body is chosen around the container: leads, headline headers, class words that
/// mislead, and credit lines.
@Suite struct ContentSelectorTests {
  let p1 = "The city council voted to extend the tram line to the northern suburbs by 2028."
  let p2 = "The extension adds six stops and 4.2 kilometres of track, the transport office said."
  let p3 = "Residents had collected 12,000 signatures for the project over the past two years."
  let lead =
    "After a decade of debate, the northern suburbs will finally get a tram connection to the centre."

  @Test func keepsTheLeadThatSitsBeforeTheBodyContainer() throws {
    let doc = try html(
      """
      <div class="intro"><p>\(lead)</p></div>
      <div class="date">12 March 2024</div>
      <figure><img src="t.jpg"><figcaption>A tram at the depot.</figcaption></figure>
      <div class="body"><p>\(p1)</p><p>\(p2)</p><p>\(p3)</p></div>
      """)
    #expect(paragraphTexts(doc).first == lead)
    #expect(doc.text.contains(p3))
  }

  @Test func takesNoTeaserOfAnotherArticleAsTheLead() throws {
    let doc = try html(
      """
      <div class="box"><h3><a href="/bus">Night buses return to the old town next month</a></h3>
      <p>The operator restores three lines that were cut during the renovation works.</p></div>
      <div class="body"><p>\(p1)</p><p>\(p2)</p><p>\(p3)</p></div>
      """)
    #expect(paragraphTexts(doc) == [p1, p2, p3])
  }

  @Test func stopsLookingForTheLeadAtASidebar() throws {
    let doc = try html(
      """
      <aside><p>Our newsroom has covered local transport since 1998 with a team of six.</p></aside>
      <div class="body"><p>\(p1)</p><p>\(p2)</p><p>\(p3)</p></div>
      """)
    #expect(paragraphTexts(doc) == [p1, p2, p3])
  }

  @Test func keepsTheHeadlineAndLeadOfAnArticleHeader() throws {
    let doc = try html(
      """
      <header class="article-header"><h1>Tram line reaches the northern suburbs</h1>
      <p>\(lead)</p></header>
      <div class="content"><p>\(p1)</p><p>\(p2)</p><p>\(p3)</p></div>
      """)
    #expect(paragraphTexts(doc) == ["Tram line reaches the northern suburbs", lead, p1, p2, p3])
  }

  @Test func dropsASiteHeaderWithItsLogoInTheHeadline() throws {
    let doc = try html(
      """
      <header><h1><a href="/">The Valley Courier</a></h1>
      <ul><li><a href="/n">News</a></li><li><a href="/s">Sport</a></li></ul></header>
      <div class="content"><p>\(p1)</p><p>\(p2)</p><p>\(p3)</p></div>
      """)
    #expect(paragraphTexts(doc) == [p1, p2, p3])
  }

  @Test(arguments: [
    "story story--with-ads", "o-section o-section--has-sidebar", "block block--comments-open",
  ])
  func readsABEMModifierAsNoChromeWord(_ klass: String) throws {
    let doc = try html(
      """
      <div class="story"><p>\(p1)</p></div><div class="\(klass)"><p>\(p2)</p></div>
      <div class="story"><p>\(p3)</p></div>
      """)
    #expect(paragraphTexts(doc) == [p1, p2, p3])
  }

  @Test func stillDropsAnElementNamedByAChromeWordBeforeTheModifier() throws {
    let doc = try html(
      """
      <div class="story"><p>\(p1)</p><p>\(p2)</p></div>
      <div class="sidebar sidebar--wide"><p>Subscribe to our weekly digest of the best reads.</p>
      </div><div class="story"><p>\(p3)</p></div>
      """)
    #expect(!doc.text.contains("weekly digest"))
  }

  @Test func readsAHeadingsIdAsAnAnchorNotAsAClassWord() throws {
    let doc = try html(
      """
      <article><p>\(p1)</p><h2 id="nav-costs-and-timeline">Costs and timeline</h2><p>\(p2)</p>
      <p>\(p3)</p></article>
      """)
    #expect(paragraphTexts(doc) == [p1, "Costs and timeline", p2, p3])
  }

  @Test func keepsAnArticleThatAPageBuilderWrapsInWidgets() throws {
    let doc = try html(
      """
      <div class="elementor-widget"><p>\(p1)</p></div>
      <div class="elementor-widget"><p>\(p2)</p></div>
      <div class="elementor-widget"><p>\(p3)</p></div>
      """)
    #expect(paragraphTexts(doc) == [p1, p2, p3])
  }

  @Test func dropsShortCreditLinesWithACopyrightSign() throws {
    let doc = try html(
      """
      <article><p>\(p1)</p><p>The new depot at dawn. © Jane Roe / City Archive</p>
      <p>\(p2)</p><div>© Metro Press Agency</div><p>\(p3)</p></article>
      """)
    #expect(paragraphTexts(doc) == [p1, p2, p3])
  }

  @Test func keepsALongParagraphThatMentionsACopyright() throws {
    let long =
      "The museum's map of the old network, © 1952 by the transport office, shows that a tram "
      + "already ran to the northern suburbs until the line was closed and paved over in 1961, "
      + "when buses took over the route and the depot was sold to a furniture company."
    let doc = try html("<article><p>\(p1)</p><p>\(long)</p><p>\(p2)</p></article>")
    #expect(paragraphTexts(doc) == [p1, long, p2])
  }
}
