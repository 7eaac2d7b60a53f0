import CrosscheckCore
import Testing

@testable import CrosscheckIngest

/// Where an HTML page's author comes from, and which candidate wins.
@Suite struct AuthorSourcesTests {
  let text = """
    <p>The city council approved the new tram line to the airport after a long debate.</p>
    <p>Construction of the eleven stops starts next spring and should take two years.</p>
    """

  @Test func readsAnHCardBylineInsideAnEntryMetaLine() throws {
    let doc = try html(
      """
      <article><h1>Tram line approved</h1>
      <div class="entry-meta">Posted on 3 May 2021 <span class="byline"> by
      <span class="author vcard"><a class="url fn n" href="/author/lk">Lena Kovacs</a></span>
      </span></div>\(text)</article>
      """)
    #expect(doc.metadata.author == "Lena Kovacs")
  }

  @Test func resolvesAJSONLDAuthorGivenByReference() throws {
    let ld = """
      <script type="application/ld+json">{"@graph": [
      {"@type": "Article", "author": {"@id": "https://example.org/#/person/7"}},
      {"@type": "Person", "@id": "https://example.org/#/person/7", "name": "Tomás Ibarra"}]}
      </script>
      """
    #expect(try html("<article>\(text)</article>", head: ld).metadata.author == "Tomás Ibarra")
  }

  @Test func readsTheTwitterDataLabelledAsTheWriter() throws {
    let head = """
      <meta name="twitter:label1" content="Verfasst von">
      <meta name="twitter:data1" content="Jana Wolff">
      """
    #expect(try html("<article>\(text)</article>", head: head).metadata.author == "Jana Wolff")
  }

  @Test func ignoresTwitterDataWithAnotherLabel() throws {
    let head = """
      <meta name="twitter:label1" content="Est. reading time">
      <meta name="twitter:data1" content="3 minutes">
      """
    #expect(try html("<article>\(text)</article>", head: head).metadata.author == nil)
  }

  @Test func prefersAPersonOverAPublisherNamedInMeta() throws {
    let head = """
      <meta name="author" content="Rhein Verlag GmbH">
      <script type="application/ld+json">{"@type": "NewsArticle",
      "author": {"@type": "Person", "name": "Paul Erdmann"}}</script>
      """
    #expect(try html("<article>\(text)</article>", head: head).metadata.author == "Paul Erdmann")
  }

  @Test func keepsAnOrganisationWhenNoPersonIsNamed() throws {
    let head = #"<meta name="author" content="Rhein Verlag GmbH">"#
    #expect(
      try html("<article>\(text)</article>", head: head).metadata.author == "Rhein Verlag GmbH")
  }

  @Test func cutsABiographyGluedToTheAuthorsName() throws {
    let doc = try html(
      """
      <article><h1>Tram line approved</h1>\(text)
      <div class="author"><b>Ana Bell</b><p>Ana Bell covers transport and city planning for
      the paper and lives in Graz.</p></div></article>
      """)
    #expect(doc.metadata.author == "Ana Bell")
  }

  @Test func cutsTheDateAfterANameInAnAuthorElement() throws {
    let doc = try html(
      """
      <article><h1>Tram line approved</h1>
      <p class="author">Ana Bell am 29.12.2020, 13:36 Uhr</p>\(text)</article>
      """)
    #expect(doc.metadata.author == "Ana Bell")
  }
}
