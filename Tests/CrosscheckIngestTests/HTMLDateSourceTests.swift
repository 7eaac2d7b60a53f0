import CrosscheckCore
import Testing

@testable import CrosscheckIngest

/// Which source of a publication date wins when a page has several, and the sources read
/// only as a last resort.
@Suite struct HTMLDateSourceTests {
  let body = """
    <p>The city council approved the new tram line to the harbour district on Tuesday evening.</p>
    <p>Construction of the four kilometre line starts next spring and takes two years.</p>
    """

  @Test func readsJSONLDFromAScriptWithoutAType() throws {
    let head = """
      <script>{"@context": "https://schema.org", "@type": "NewsArticle",
      "datePublished": "2022-01-28T06:00:00+01:00"}</script>
      """
    let doc = try html("<article>\(body)</article>", head: head)
    #expect(doc.metadata.published == PartialDate(year: 2022, month: 1, day: 28))
    #expect(doc.metadata.publishedBasis == "json-ld")
  }

  @Test func readsJSONLDWithALineBreakInsideAString() throws {
    let head =
      "<script type=\"application/ld+json\">{\"description\": \"Tram line\nto the harbour\","
      + " \"datePublished\": \"2022-02-02T11:14:00+01:00\"}</script>"
    let doc = try html("<article>\(body)</article>", head: head)
    #expect(doc.metadata.published == PartialDate(year: 2022, month: 2, day: 2))
  }

  @Test func prefersThePagesOwnMetaOverJSONLD() throws {
    let head = """
      <meta property="article:published_time" content="2023-11-06T14:25:00+00:00">
      <script type="application/ld+json">{"@type": "NewsArticle",
      "datePublished": "2023-11-03T10:25:56+00:00"}</script>
      """
    let doc = try html("<article>\(body)</article>", head: head)
    #expect(doc.metadata.published == PartialDate(year: 2023, month: 11, day: 6))
    #expect(doc.metadata.publishedBasis == "meta")
  }

  @Test func prefersAVisibleDatelineOverAGenericMetaDate() throws {
    let doc = try html(
      "<article><h1>Tram line approved</h1><p class=\"info\">05.02.2020</p>\(body)</article>",
      head: "<meta name=\"date\" content=\"2020-02-12\">")
    #expect(doc.metadata.published == PartialDate(year: 2020, month: 2, day: 5))
    #expect(doc.metadata.publishedBasis == "dateline")
  }

  @Test func takesATimeMarkedPublishedInTheSiteHeaderBeforeTheArticle() throws {
    let doc = try html(
      """
      <header class="page-header"><h1>Tram line approved</h1>
      <p>Posted <time class="published" datetime="2020-02-23T10:07:02+01:00">Feb 23</time></p>
      </header><div class="content">\(body)</div>
      """)
    #expect(doc.metadata.published == PartialDate(year: 2020, month: 2, day: 23))
    #expect(doc.metadata.publishedBasis == "time")
  }

  @Test func ignoresATimeMarkedPublishedInCommentsAfterTheArticle() throws {
    let doc = try html(
      """
      <article>\(body)</article>
      <div class="comments"><p>Great news!
      <time itemprop="datePublished" datetime="2024-03-01">1 March</time></p></div>
      """)
    #expect(doc.metadata.published == nil)
  }

  @Test func readsALabelledDateInTheFooter() throws {
    let doc = try html(
      """
      <div class="article">\(body)</div>
      <div class="page_footer"><p>Last updated: 31.10.2023</p><p>Published: 01.11.2023</p></div>
      """)
    #expect(doc.metadata.published == PartialDate(year: 2023, month: 11, day: 1))
  }

  @Test func readsALabelInTheBlockBeforeTheDate() throws {
    let doc = try html(
      """
      <div class="article">\(body)</div>
      <ul class="page_footer"><li><p>Mise en ligne</p><p>23 mai 2019</p></li></ul>
      """)
    #expect(doc.metadata.published == PartialDate(year: 2019, month: 5, day: 23))
  }

  @Test func takesAnUpdateDateOnlyWhenNothingElseDates() throws {
    let updatedOnly = try html("<article>\(body)<p>Aktualisiert: 30.12.2016</p></article>")
    #expect(updatedOnly.metadata.published == PartialDate(year: 2016, month: 12, day: 30))
    let both = try html(
      "<article>\(body)<p>Aktualisiert: 30.12.2016</p></article>",
      head: "<link rel=\"canonical\" href=\"https://city.example/2016/11/02/tram/\">")
    #expect(both.metadata.published == PartialDate(year: 2016, month: 11, day: 2))
    #expect(both.metadata.publishedBasis == "url")
  }

  @Test func readsAPressReleaseDateThatOpensTheFirstParagraph() throws {
    let doc = try html(
      """
      <article><h1>Tram line approved</h1><p>Press release of 25 January 2022 | Harbour City -
      The city council approved the new tram line to the harbour district on Tuesday.</p>
      \(body)</article>
      """)
    #expect(doc.metadata.published == PartialDate(year: 2022, month: 1, day: 25))
  }

  @Test func neverReadsADateFromASidebarTeaser() throws {
    let doc = try html(
      """
      <article>\(body)</article>
      <aside class="sidebar"><p>Published 3 March 2021: Ferry timetable changes</p></aside>
      """)
    #expect(doc.metadata.published == nil)
  }
}
