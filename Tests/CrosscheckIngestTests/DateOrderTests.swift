import CrosscheckCore
import Testing

@testable import CrosscheckIngest

/// Day/month order of numeric dates, dates split over inline elements, and labelled dates in
/// a credits box of the article.
@Suite struct DateOrderTests {
  let body =
    "<p>The museum reopened its north wing with forty rooms of early photographs and maps.</p>"

  @Test func readsSlashDatesMonthFirstWhenTold() {
    let found = DateReader.dates(in: "Posted 11/01/2023", monthFirst: true)
    #expect(found.first?.date == PartialDate(year: 2023, month: 11, day: 1))
    #expect(
      DateReader.dates(in: "Posted 11/01/2023").first?.date
        == PartialDate(year: 2023, month: 1, day: 11))
    // Dots are day-first whatever the page's habit.
    #expect(
      DateReader.dates(in: "11.01.2023", monthFirst: true).first?.date
        == PartialDate(year: 2023, month: 1, day: 11))
  }

  @Test func takesTheOrderFromThePagesOwnUnambiguousDates() {
    let us = Array("Events: 12/25/2022 and 01/15/2023".utf8)
    let eu = Array("Events: 25/12/2022 and 15/01/2023".utf8)
    #expect(DateReader.readsMonthFirst(us, languages: ["de"]))
    #expect(!DateReader.readsMonthFirst(eu, languages: ["en-US"]))
  }

  @Test(arguments: [
    (["en-US"], true), (["en_US"], true), (["en-GB"], false), (["fr"], false), ([], false),
  ])
  func fallsBackToTheLanguage(_ languages: [String], _ monthFirst: Bool) {
    #expect(DateReader.readsMonthFirst(Array("Updated 03/04/2021".utf8), languages: languages)
      == monthFirst)
  }

  @Test func readsAnAmericanPagesDatelineMonthFirst() throws {
    let page = """
      <html lang="en-US"><body><article><h1>North wing reopens</h1><p>03/04/2021</p>
      \(body)</article></body></html>
      """
    let doc = try normalizer.normalize(
      html: Array(page.utf8), file: "us.html", known: DocumentMetadata())
    #expect(doc.metadata.published == PartialDate(year: 2021, month: 3, day: 4))
  }

  @Test(arguments: [
    ("Feb 182009", PartialDate(year: 2009, month: 2, day: 18)),
    ("Mar 52021", PartialDate(year: 2021, month: 3, day: 5)),
  ])
  func readsADayGluedToTheYearAfterAMonth(_ text: String, _ expected: PartialDate) {
    #expect(DateReader.dates(in: text).first?.date == expected)
  }

  @Test func doesNotReadALongNumberAfterAMonthAsADate() {
    #expect(DateReader.dates(in: "May 1234567").isEmpty)
    #expect(DateReader.dates(in: "Jun 402021").isEmpty)
  }

  @Test func readsADateSplitOverInlineElements() throws {
    let doc = try html(
      """
      <article><h1>North wing reopens</h1>
      <div class="date"><span>Feb</span> <span>18</span><span>2009</span></div>
      \(body)</article>
      """)
    #expect(doc.metadata.published == PartialDate(year: 2009, month: 2, day: 18))
  }

  @Test func readsALabelledDateInACreditsBoxOfTheArticle() throws {
    let doc = try html(
      """
      <article><div class="main">\(body)\(body)</div>
      <aside class="sidebar"><ul><li><p>Produced by</p><p>Lea Moser</p></li>
      <li><p>Mise en ligne</p><p>23 mai 2019</p></li></ul></aside></article>
      """)
    #expect(doc.metadata.published == PartialDate(year: 2019, month: 5, day: 23))
  }
}
