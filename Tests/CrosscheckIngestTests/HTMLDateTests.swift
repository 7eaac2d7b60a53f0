import CrosscheckCore
import Testing

@testable import CrosscheckIngest

/// Where the publication date of an HTML page comes from, and where it must not.
@Suite struct HTMLDateTests {
  let body =
    "<p>The observatory counted 1,200 meteors in one night, a record for the dark-sky park.</p>"

  @Test func readsADateThatIsOnlyInJSONLD() throws {
    let ld = """
      <script type="application/ld+json">{"@context": "https://schema.org",
      "@graph": [{"@type": "NewsArticle", "dateModified": "2023-05-09T10:00:00Z",
      "datePublished": "2023-05-01T07:30:00+02:00"}]}</script>
      """
    let doc = try html(body, head: ld)
    #expect(doc.metadata.published == PartialDate(year: 2023, month: 5, day: 1))
    #expect(doc.metadata.publishedBasis == "json-ld")
  }

  @Test func neverTakesDateModified() throws {
    let ld = """
      <script type="application/ld+json">{"@type": "Article", "dateModified": "2023-05-09"}
      </script>
      """
    #expect(try html(body, head: ld).metadata.published == nil)
  }

  @Test(arguments: [
    ("Veröffentlicht am 6. März 2019 | 09:00 Uhr", "2019-03-06"),
    ("Publié le jeudi 13 juin 2019", "2019-06-13"),
    ("Publicado el 5 de mayo de 2022", "2022-05-05"),
    ("3 października 2021, 14:05", "2021-10-03"),
    ("Pubblicato il 21 settembre 2020", "2020-09-21"),
    ("Stand: 19.03.2023 10:15", "2023-03-19"),
  ])
  func readsADatelineNearTheHeadline(_ line: String, _ expected: String) throws {
    let doc = try html(
      "<article><h1>Meteor record</h1><div class=\"meta\">\(line)</div>\(body)</article>")
    #expect(doc.metadata.published?.description == expected)
    #expect(doc.metadata.publishedBasis == "dateline")
    #expect(!doc.text.contains(line))
  }

  @Test func prefersPublishedEvenWhenTheUpdatedTimeComesFirst() throws {
    let doc = try html(
      """
      <article><p>Updated <time class="updated" datetime="2020-02-02">2 Feb</time></p>
      <p>First published <time class="entry-date published" datetime="2020-01-15">15 Jan</time>
      </p>\(body)</article>
      """)
    #expect(doc.metadata.published == PartialDate(year: 2020, month: 1, day: 15))
  }

  @Test func readsAMicroformatPublishedTitle() throws {
    let doc = try html(
      "<p>Posted at <abbr class=\"published\" title=\"2009-08-06T14:12:32\">14:12</abbr></p>"
        + body)
    #expect(doc.metadata.published == PartialDate(year: 2009, month: 8, day: 6))
  }

  @Test func ignoresDatesInCommentsAndRelatedLists() throws {
    let doc = try html(
      """
      <article>\(body)<p>The park hopes for clear skies again next summer.</p>
      <ol class="commentlist"><li>Lovely! <time datetime="2024-08-13">13 Aug 2024</time></li></ol>
      <div class="related-posts"><p>Eclipse tours <time datetime="2024-04-08">8 Apr</time></p>
      </div></article>
      """)
    #expect(doc.metadata.published == nil)
  }

  @Test func fallsBackToADateInTheCanonicalURL() throws {
    let doc = try html(
      body, head: "<link rel=\"canonical\" href=\"https://sky.example/2018/11/17/meteors/\">")
    #expect(doc.metadata.published == PartialDate(year: 2018, month: 11, day: 17))
    #expect(doc.metadata.publishedBasis == "url")
  }

  @Test(arguments: [
    ("https://a.example/2019/03/02/title", "2019-03-02"),
    ("https://a.example/news/2021-12-24-holiday-hours", "2021-12-24"),
    ("https://a.example/2019/13/02/title", nil),
    ("https://a.example/item/20190302/", "2019-03-02"),
    ("https://a.example/politics/20220503-vote-count", "2022-05-03"),
    ("https://a.example/item/201903021/", nil),
    ("https://a.example/id/12345678/", nil),
  ])
  func readsDatesFromURLPaths(_ url: String, _ expected: String?) {
    #expect(DateReader.date(inURLPath: url)?.description == expected)
  }
}

/// Dates next to the headline: the article's own, not the site header's.
@Suite struct HTMLHeadlineDateTests {
  let body = """
    <p>The county opened its fourth cycle bridge on Monday, linking the two halves of the
    old mill district for the first time since 1962.</p>
    <p>About 3,400 cyclists crossed it on the first day, the county's traffic office said.</p>
    """

  @Test func skipsTodaysDateUnderTheSitesLogo() throws {
    let doc = try html(
      """
      <header><h1><a href="/">County Courier</a></h1><div>Wednesday, 26.02.2020</div>
      <ul><li><a href="/a">News</a></li><li><a href="/b">Sport</a></li></ul></header>
      <div id="content"><h2>Cycle bridge opens</h2><p class="meta">4 May 2017</p>\(body)</div>
      """, head: "<title>Cycle bridge opens | County Courier</title>")
    #expect(doc.metadata.published == PartialDate(year: 2017, month: 5, day: 4))
  }

  @Test func readsThePublishedTimeInAMetaBoxBesideTheHeadline() throws {
    let doc = try html(
      """
      <aside class="sidebar meta"><time itemprop="datePublished"
        datetime="2022-02-04T15:29:27+01:00">4 February 2022</time></aside>
      <h1>Cycle bridge opens</h1>
      <div class="content">\(body)
      <p>Posted by the county on Monday, February 7, 2022</p></div>
      """, head: "<title>Cycle bridge opens</title>")
    #expect(doc.metadata.published == PartialDate(year: 2022, month: 2, day: 4))
  }

  @Test func skipsAForumMembersSignUpDate() throws {
    let doc = try html(
      """
      <div class="post"><h2>Which tyres for gravel?</h2><div class="profile">Registered:
      18.09.2008</div><div class="date">21.01.2009, 05:42</div>\(body)</div>
      """, head: "<title>Which tyres for gravel? - Rider Forum</title>")
    #expect(doc.metadata.published == PartialDate(year: 2009, month: 1, day: 21))
  }
}
