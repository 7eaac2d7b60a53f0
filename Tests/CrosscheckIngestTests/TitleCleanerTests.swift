import Testing

@testable import CrosscheckIngest

/// How ``TitleCleaner`` finds the site's name in a title without `og:site_name`.
@Suite struct TitleCleanerTests {
  @Test(arguments: [
    // The host spells the site; its tagline after it goes too.
    (
      "Ferry fares rise by 8 percent | Harbour Post - News from the Bay", "harbourpost.com",
      "Ferry fares rise by 8 percent"
    ),
    // Site first, a section, then the title, much longer than the section.
    (
      "Mill Notes » Blog Archive » Sorting a million integers in two megabytes",
      "millnotes.org", "Sorting a million integers in two megabytes"
    ),
    // A host written with its top-level domain.
    ("Kilns of the valley | kiln.works", "kiln.works", "Kilns of the valley"),
    // Two parts of the title of comparable length stay together.
    (
      "Bridge reopens - what drivers need to know | Lune Daily", "lunedaily.co.uk",
      "Bridge reopens - what drivers need to know"
    ),
  ])
  func cutsTheSiteTheHostSpells(_ metadata: String, _ host: String, _ expected: String) {
    let cleaner = TitleCleaner(site: nil, host: host)
    #expect(cleaner.title(from: metadata, heading: nil) == expected)
  }

  @Test func keepsATitleThatMerelyStartsWithTheHostsWord() {
    let cleaner = TitleCleaner(site: nil, host: "www.tesla.com")
    let title = "Tesla delivers 400,000 cars in a quarter for the first time - Tesla"
    #expect(
      cleaner.title(from: title, heading: nil)
        == "Tesla delivers 400,000 cars in a quarter for the first time")
  }

  @Test func doesNotTakeAHeadingThatSpellsTheHost() {
    let cleaner = TitleCleaner(site: nil, host: "gardennotes.net")
    let title = "Pruning apple trees in winter | Garden Notes"
    #expect(cleaner.title(from: title, heading: "Garden Notes") == "Pruning apple trees in winter")
  }

  @Test func withoutAHostKeepsTheTitleWhole() {
    let title = "Ferry fares rise | Harbour Post - News from the Bay"
    #expect(TitleCleaner(site: nil).title(from: title, heading: nil) == title)
  }

  @Test func takesALaterHeadingInTheTitleWhenTheFirstIsNavigation() {
    let cleaner = TitleCleaner(site: nil, host: "www.valepost.example")
    let title = cleaner.title(
      from: "Vale Post: News / Council / Tram depot to close in 2027", heading: "Skip to content",
      laterHeadings: ["Latest news", "Tram depot to close in 2027"])
    #expect(title == "Tram depot to close in 2027")
  }

  @Test func doesNotTakeALaterHeadingThatIsTheSiteOrOneWord() {
    let cleaner = TitleCleaner(site: "Harbour Radio", host: "harbourradio.example")
    let metadata = "Night ferries return | Harbour Radio"
    #expect(
      cleaner.title(from: metadata, heading: "Podcasts since 2002", laterHeadings: ["Harbour Radio"])
        == "Night ferries return")
    #expect(
      TitleCleaner(site: nil).title(from: "Ferries | Night", heading: nil, laterHeadings: ["Night"])
        == "Ferries | Night")
  }
}
