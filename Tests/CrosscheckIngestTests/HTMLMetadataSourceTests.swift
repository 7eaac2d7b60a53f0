import CrosscheckCore
import Testing

@testable import CrosscheckIngest

/// Titles without the site's name, authors from visible bylines, and dates that depend on
/// where on the page (or in which time zone) they were written.
@Suite struct HTMLMetadataSourceTests {
  let body = """
    <p>The harbour authority moved 4,300 containers last week, up from 3,900 a year earlier.</p>
    <p>Its director said the second crane would be ready before the winter storms arrive.</p>
    """

  // MARK: Titles

  @Test(arguments: [
    ("Harbour sets a record | Coast Ledger", "Harbour sets a record"),
    ("Coast Ledger - Harbour sets a record", "Harbour sets a record"),
    ("Harbour sets a record", "Harbour sets a record"),
  ])
  func takesTheHeadingFoundInsideTheMetadataTitle(_ ogTitle: String, _ expected: String) throws {
    let doc = try html(
      "<article><h1>Harbour sets a record</h1>\(body)</article>",
      head: "<meta property=\"og:title\" content=\"\(ogTitle)\">")
    #expect(doc.metadata.title == expected)
  }

  @Test func dropsThePartOfTheTitleThatIsTheSiteName() throws {
    let head = """
      <title>Tram line opens in Lindau – Lake Courier</title>
      <meta property="og:site_name" content="Lake Courier">
      """
    #expect(try html(body, head: head).metadata.title == "Tram line opens in Lindau")
  }

  @Test func keepsTheWholeTitleWhenNoPartIsTheSiteName() throws {
    let head = "<title>Rail - Road - Sea: freight in 2023</title>"
    #expect(try html(body, head: head).metadata.title == "Rail - Road - Sea: freight in 2023")
  }

  @Test func doesNotTakeALinkedLogoHeadingThatIsTheSiteName() throws {
    let doc = try html(
      "<h1><a href=\"/\">Dockside Notes</a></h1><article><h2>Cranes</h2>\(body)</article>",
      head: "<title>Dockside Notes | The second crane arrives in spring</title>")
    #expect(doc.metadata.title == "The second crane arrives in spring")
  }

  // MARK: Authors

  @Test(arguments: [
    ("<div class=\"post-byline\">By Lena Hartmann | 3 May 2021</div>", "Lena Hartmann"),
    ("<div class=\"author-name\">Tomasz Wilk, Gdańsk</div>", "Tomasz Wilk"),
    ("<p class=\"entry-author\">Par Claire Dubois le 4 mars 2020</p>", "Claire Dubois"),
  ])
  func readsTheAuthorFromABylineElement(_ byline: String, _ expected: String) throws {
    let doc = try html("<article><h1>Port news</h1>\(byline)\(body)</article>")
    #expect(doc.metadata.author == expected)
  }

  @Test func readsAnOpeningBylineWordUnderTheHeadline() throws {
    let doc = try html("<article><h1>Hafen wächst</h1><p>Von Jonas Weber</p>\(body)</article>")
    #expect(doc.metadata.author == "Jonas Weber")
  }

  @Test func ignoresAShortLineWithoutABylineWord() throws {
    let doc = try html("<article><h1>Port news</h1><p>Lena Hartmann</p>\(body)</article>")
    #expect(doc.metadata.author == nil)
  }

  @Test func ignoresAnAuthorBylineInsideTheComments() throws {
    let doc = try html(
      """
      <article><h1>Port news</h1>\(body)</article>
      <div class="comments"><span class="comment-author">By Rudi Gast</span>
      <p>I sailed past the cranes yesterday and they are enormous, truly enormous.</p></div>
      """)
    #expect(doc.metadata.author == nil)
  }

  // MARK: Dates

  @Test func readsMidnightStoredAsTheEveningBeforeInUTCAsTheNextDay() throws {
    let meta = "<meta property=\"article:published_time\" content=\"2022-11-06T23:00:00.000Z\">"
    #expect(
      try html(body, head: meta).metadata.published == PartialDate(year: 2022, month: 11, day: 7))
  }

  @Test func keepsAnOrdinaryUTCEveningTimestamp() throws {
    let meta = "<meta property=\"article:published_time\" content=\"2022-11-06T23:17:00Z\">"
    #expect(
      try html(body, head: meta).metadata.published == PartialDate(year: 2022, month: 11, day: 6))
  }

  @Test func keepsAnEveningTimestampWithItsOwnOffset() throws {
    let meta =
      "<meta property=\"article:published_time\" content=\"2022-11-06T23:00:00+01:00\">"
    #expect(
      try html(body, head: meta).metadata.published == PartialDate(year: 2022, month: 11, day: 6))
  }

  @Test func prefersTheURLDayOverALateNightUTCTimestampOneDayLater() throws {
    let head = """
      <link rel="canonical" href="https://news.example/2020/02/24/cranes-arrive/">
      <script type="application/ld+json">{"@type": "NewsArticle",
      "datePublished": "2020-02-25T02:25:54Z"}</script>
      """
    let doc = try html(body, head: head)
    #expect(doc.metadata.published == PartialDate(year: 2020, month: 2, day: 24))
  }

  @Test func keepsAMorningUTCTimestampThatDisagreesWithTheURLByMoreThanADay() throws {
    let head = """
      <link rel="canonical" href="https://news.example/2020/02/20/cranes-arrive/">
      <script type="application/ld+json">{"@type": "NewsArticle",
      "datePublished": "2020-02-25T02:25:54Z"}</script>
      """
    let doc = try html(body, head: head)
    #expect(doc.metadata.published == PartialDate(year: 2020, month: 2, day: 25))
  }

  @Test func readsADateThatOpensALongFirstParagraph() throws {
    let doc = try html(
      """
      <article><h1>Stolperstein laid</h1><p>Intro line without a date at all.</p>
      <p>27.1.2022 - The city laid a memorial stone for the sociologist outside her home.</p>
      \(body)</article>
      """)
    #expect(doc.metadata.published == PartialDate(year: 2022, month: 1, day: 27))
  }

  @Test func readsADatelineJustBeforeTheBodyOnAPageWithoutHeadline() throws {
    let doc = try html(
      "<div class=\"info\"><em>01.11.2023 11:35</em></div><div class=\"text\">\(body)</div>")
    #expect(doc.metadata.published == PartialDate(year: 2023, month: 11, day: 1))
  }

  @Test func readsATimeInThePostFooterNextToTheBody() throws {
    let doc = try html(
      """
      <div class="post"><div class="entry">\(body)</div>
      <div class="post-footer"><abbr class="published" title="2018-06-05T08:00:00-07:00">8:00
      </abbr></div></div>
      """)
    #expect(doc.metadata.published == PartialDate(year: 2018, month: 6, day: 5))
  }

  @Test func doesNotReadADateInTheSitesFooter() throws {
    let links = (1...12).map { "<li><a href=\"/s\($0)\">Section number \($0)</a></li>" }
      .joined()
    let doc = try html(
      """
      <div class="entry">\(body)</div>
      <div id="footer"><ul>\(links)</ul><p><time datetime="2018-06-05">5 June</time></p></div>
      """)
    #expect(doc.metadata.published == nil)
  }

  @Test(arguments: [
    ("2022-5-5 22:17:36", "2022-05-05"),
    ("2021-11-04", "2021-11-04"),
  ])
  func readsOneDigitMonthsAndDaysInMetadata(_ value: String, _ expected: String) {
    #expect(DateReader.date(fromValue: value) == PartialDate(iso: expected))
  }

  @Test(arguments: [
    ("2019-03-02T23:10:00Z", 23),
    ("Wed, 04 May 2022 02:41:00 GMT", 2),
    ("2021-11-04T23:00+00:00", 23),
  ])
  func findsTheHourOfAUTCTimestamp(_ value: String, _ hour: Int) {
    #expect(DateReader.utcHour(inValue: value)?.hour == hour)
  }

  @Test(arguments: ["2019-03-02T23:10:00+01:00", "2019-03-02", "2019-03-02T23:10:00-05:00"])
  func findsNoUTCHourInOtherOffsetsOrWithoutTime(_ value: String) {
    #expect(DateReader.utcHour(inValue: value) == nil)
  }

  @Test func addsDaysAcrossMonthAndYearEnds() {
    let eve = PartialDate(year: 2018, month: 12, day: 31)
    #expect(DateReader.adding(days: 1, to: eve) == PartialDate(year: 2019, month: 1, day: 1))
    #expect(
      DateReader.days(
        from: PartialDate(year: 2020, month: 2, day: 28),
        to:
          PartialDate(year: 2020, month: 3, day: 1)) == 2)
  }
}
