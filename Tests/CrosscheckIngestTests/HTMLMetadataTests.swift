import CrosscheckCore
import Testing

@testable import CrosscheckIngest

@Suite struct HTMLMetadataTests {
  let body = "<p>The bridge over the Lune carries 18,000 vehicles a day since it reopened.</p>"

  @Test func readsOpenGraphCanonicalAuthorAndLanguage() throws {
    let doc = try normalizer.normalize(
      RawArticle(file: "city-council.html", bytes: try Fixture.bytes("city-council.html")))
    #expect(doc.metadata.title == "Riverton approves a 14 km tram line")
    #expect(doc.metadata.site == "Riverton Gazette")
    #expect(doc.metadata.url == "https://gazette.example/news/riverton-tram")
    #expect(doc.metadata.author == "Maria Okafor")
    #expect(doc.metadata.language == "en-GB")
    #expect(doc.metadata.published == PartialDate(year: 2021, month: 6, day: 14))
    #expect(doc.metadata.publishedBasis == "meta")
  }

  @Test func readsJSONLDDatePublishedNotDateModified() throws {
    let doc = try normalizer.normalize(
      RawArticle(file: "bakery.html", bytes: try Fixture.bytes("bakery-jsonld.html")))
    #expect(doc.metadata.published == PartialDate(year: 2022, month: 11, day: 28))
    #expect(doc.metadata.publishedBasis == "json-ld")
    #expect(doc.metadata.author == "Jeanne Moreau")
    #expect(doc.metadata.title == "La boulangerie du port ferme ses portes")
  }

  @Test(arguments: [
    ("<meta name=\"date\" content=\"20070824\">", "2007-08-24"),
    ("<meta name=\"pubdate\" content=\"2019-03-02T09:15:00Z\">", "2019-03-02"),
    ("<meta name=\"dc.date.issued\" content=\"19/03/2023\">", "2023-03-19"),
    ("<meta name=\"sailthru.date\" content=\"March 3, 2019 10:00\">", "2019-03-03"),
    ("<meta name=\"parsely-pub-date\" content=\"2016-11-05\">", "2016-11-05"),
    ("<meta property=\"og:published_time\" content=\"2015/07/09\">", "2015-07-09"),
  ])
  func readsMetaDates(_ head: String, _ expected: String) throws {
    let doc = try html(body, head: head)
    #expect(doc.metadata.published?.description == expected)
    #expect(doc.metadata.publishedBasis == "meta")
  }

  @Test func prefersATimeMarkedPublishedOverUpdated() throws {
    let doc = try html(
      """
      <p>Updated <time class="updated" datetime="2020-02-02">2 Feb</time></p>
      <p>Posted <time pubdate datetime="2020-01-15">15 Jan</time></p>\(body)
      """)
    #expect(doc.metadata.published == PartialDate(year: 2020, month: 1, day: 15))
    #expect(doc.metadata.publishedBasis == "time")
  }

  @Test(arguments: [
    ("Jan 10, 2017 | 09:00 GMT", "2017-01-10"),
    ("Published 10 January 2017", "2017-01-10"),
    ("March 3, 2019", "2019-03-03"),
  ])
  func readsADatelineAtTheTopOfTheBody(_ line: String, _ expected: String) throws {
    let doc = try html("<div><p>\(line)</p>\(body)</div>")
    #expect(doc.metadata.published?.description == expected)
    #expect(doc.metadata.publishedBasis == "dateline")
  }

  @Test func takesTitleFromTitleThenFirstHeading() throws {
    #expect(
      try html(body, head: "<title>Bridge reopens</title>").metadata.title == "Bridge reopens")
    #expect(try html("<h1>Lune bridge</h1>\(body)").metadata.title == "Lune bridge")
  }

  @Test(arguments: [
    ("<meta property=\"article:author\" content=\"Ana Silva\">", ""),
    ("", "<p>By <span itemprop=\"author\">Ana Silva</span></p>"),
    ("", "<p>Words: <a rel=\"author\" href=\"/ana\">Ana Silva</a></p>"),
  ])
  func readsAuthorFromEachSource(_ head: String, _ extra: String) throws {
    #expect(try html(extra + body, head: head).metadata.author == "Ana Silva")
  }

  @Test func fileMetadataWinsAndTheManifestFillsTheRest() throws {
    let known = DocumentMetadata(
      author: "Manifest Author", site: "Manifest Site", published: PartialDate(year: 2010),
      publishedBasis: "estimate", publishedNote: "estimate: from the events it mentions")
    let page =
      "<html><head><meta name=\"author\" content=\"Page Author\"></head><body>\(body)</body></html>"
    let doc = try normalizer.normalize(html: Array(page.utf8), file: "a.html", known: known)
    #expect(doc.metadata.author == "Page Author")
    #expect(doc.metadata.site == "Manifest Site")
    #expect(doc.metadata.published == PartialDate(year: 2010))
    #expect(doc.metadata.publishedBasis == "estimate")
    #expect(doc.metadata.publishedNote == "estimate: from the events it mentions")
  }
}
