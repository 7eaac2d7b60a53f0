import CrosscheckCore
import Testing

@testable import CrosscheckIngest

/// Boilerplate inside and around the article body, each case on a small page of its own.
@Suite struct HTMLBoilerplateTests {
  let p1 = "The harbour authority approved a new quay for cruise ships on Tuesday evening."
  let p2 = "Construction will take two years and cost 48 million euros, the authority said."
  let p3 = "Local shops expect up to 90,000 extra visitors a year once the quay is finished."

  @Test func dropsACommentThreadInsideTheArticle() throws {
    let doc = try html(
      """
      <article><h1>New quay for cruise ships</h1><p>\(p1)</p><p>\(p2)</p><p>\(p3)</p>
      <section id="comments"><h3>3 thoughts on this</h3>
      <div class="comment-body"><p>Great news for the town, finally some investment here!</p>
      <p>Posted by harbourfan on <time datetime="2024-02-02">2 Feb 2024</time></p></div>
      </section></article>
      """)
    #expect(doc.text.contains(p3))
    #expect(!doc.text.contains("Great news"))
    #expect(!doc.text.contains("thoughts on this"))
  }

  @Test func dropsAReadAlsoListInTheMiddleOfTheBody() throws {
    let doc = try html(
      """
      <article><p>\(p1)</p><p>\(p2)</p>
      <p><strong>Read also:</strong></p>
      <ul><li><a href="/a">Bridge repairs delayed again</a></li>
      <li><a href="/b">Airport adds a route to Porto</a></li></ul>
      <p>\(p3)</p></article>
      """)
    #expect(paragraphTexts(doc) == [p1, p2, p3])
  }

  @Test func dropsARelatedBoxNamedByItsClass() throws {
    let doc = try html(
      """
      <article><p>\(p1)</p><p>\(p2)</p>
      <div class="jp-relatedposts"><h3>More on the harbour</h3>
      <p>Fishermen protest against the new fees that start in spring next year.</p></div>
      <p>\(p3)</p></article>
      """)
    #expect(paragraphTexts(doc) == [p1, p2, p3])
  }

  @Test func dropsACookieBannerAndAShareBar() throws {
    let doc = try html(
      """
      <div id="cookie-notice"><p>We use cookies to improve your experience on our site.</p>
      <button>Accept</button></div>
      <article><p>\(p1)</p>
      <div class="share-buttons"><span>Share this article</span><a href="#">Facebook</a></div>
      <p>\(p2)</p><p>\(p3)</p></article>
      """)
    #expect(paragraphTexts(doc) == [p1, p2, p3])
  }

  @Test func keepsTheHeadlineAndLeadInTheArticleHeader() throws {
    let doc = try html(
      """
      <header class="site-header"><p>City News, your daily paper since 1890 and proud of it.</p>
      </header>
      <article><header class="entry-header"><h1>New quay for cruise ships</h1>
      <p class="lead">The harbour will welcome ships of up to 300 metres from 2026 on.</p></header>
      <div class="entry-content"><p>\(p1)</p><p>\(p2)</p><p>\(p3)</p></div></article>
      """)
    #expect(
      paragraphTexts(doc).prefix(2) == [
        "New quay for cruise ships",
        "The harbour will welcome ships of up to 300 metres from 2026 on.",
      ])
    #expect(!doc.text.contains("daily paper"))
  }

  @Test func keepsAPostWhoseTagsNameChromeWords() throws {
    let doc = try html(
      """
      <div class="post tag-social-media category-comments has-sidebar">
      <p>\(p1)</p><p>\(p2)</p></div>
      <div class="sidebar"><p>Archive of all posts about the harbour and its many ferries.</p></div>
      """)
    #expect(paragraphTexts(doc) == [p1, p2])
  }

  @Test func dropsABylineButReadsTheAuthorInIt() throws {
    let doc = try html(
      """
      <article><h1>New quay</h1>
      <div class="byline">By <span itemprop="author">Tomas Weber</span></div>
      <p>\(p1)</p><p>\(p2)</p></article>
      """)
    #expect(!doc.text.contains("Tomas Weber"))
    #expect(doc.metadata.author == "Tomas Weber")
  }
}
