import Testing

@testable import CrosscheckIngest

/// How author names from bylines and author links are cleaned.
@Suite struct AuthorNameTests {
  @Test(arguments: [
    ("Von Vanessa Franke", "Vanessa Franke"),
    ("View all posts by Ada Reyes", "Ada Reyes"),
    ("Zeige alle Beiträge von Jonas Weber", "Jonas Weber"),
    ("Von: Mira  Kowalski", "Mira Kowalski"),
    ("par Lucie Martin", "Lucie Martin"),
    ("Redaktion", "Redaktion"),
  ])
  func dropsBylineWordsBeforeTheName(_ raw: String, _ expected: String) {
    #expect(AuthorName.cleaned(raw) == expected)
  }

  @Test(arguments: ["Artikel von:", "About the Author", "  "])
  func findsNoNameInALabel(_ raw: String) {
    #expect(AuthorName.cleaned(raw) == nil)
  }

  @Test func tellsTheSiteFromAPerson() {
    #expect(AuthorName.namesSite("harbour-news.de", site: nil))
    #expect(AuthorName.namesSite("Harbour News", site: "harbour news"))
    #expect(!AuthorName.namesSite("Ada Reyes", site: "Harbour News"))
  }

  @Test func prefersABylineNameOverTheSitesNameInMeta() throws {
    let doc = try html(
      """
      <article><h1>Ferry timetable changes</h1><p class="byline">By Ada Reyes</p>
      <p>The harbour office publishes the new ferry timetable for the summer season today.</p>
      <p>Boats to the islands leave every forty minutes from the first of June onwards.</p>
      </article>
      """,
      head: """
        <meta name="author" content="Harbour News"><meta property="og:site_name" content="Harbour News">
        """)
    #expect(doc.metadata.author == "Ada Reyes")
  }
}

/// Cleaning names that the page glued, quoted or wrote as logins.
@Suite struct AuthorNameRepairTests {
  @Test(arguments: [
    ("Evan SymonEvan V. Symon is the senior editor of the paper.", "Evan Symon"),
    ("PaddyPatrick Ludolph, photographer from Hamburg", "Paddy"),
    ("'Luana Patriolino, Raphael Felice'", "Luana Patriolino, Raphael Felice"),
    ("Mark Newton:", "Mark Newton"),
    ("vonElisa Marvena", "Elisa Marvena"),
    ("Williams Perdomo @wperdomod", "Williams Perdomo"),
    ("michael.andrusio", "Michael Andrusio"),
    ("gloria-ruiz-kuilan", "Gloria Ruiz Kuilan"),
    ("MikeNils", "MikeNils"),
    ("Ronald McDonald", "Ronald McDonald"),
  ])
  func repairs(_ raw: String, _ expected: String) {
    #expect(AuthorName.cleaned(raw) == expected)
  }

  @Test(arguments: ["null", "undefined", "admin", "No Author"])
  func findsNoNameInAPlaceholder(_ raw: String) {
    #expect(AuthorName.cleaned(raw) == nil)
  }

  @Test func keepsADomainThatLooksLikeALogin() {
    #expect(AuthorName.cleaned("przepisy.pl") == "przepisy.pl")
  }

  @Test(arguments: [
    ("~ Ana Bell am 29.12.2010, 13:36 Uhr", "Ana Bell"),
    ("Ana Bell Fr, 18. Oktober 2019", "Ana Bell"),
    ("Ana Bell at 18:52", "Ana Bell"),
    ("Ana Bell", "Ana Bell"),
  ])
  func cutsTheDateAfterTheName(_ raw: String, _ expected: String) {
    #expect(AuthorName.cutAtDate(raw) == expected)
  }

  @Test func tellsOrganisationsFromPeople() {
    #expect(AuthorName.namesOrganisation("Nordlicht Media GmbH", site: nil, host: nil))
    #expect(AuthorName.namesOrganisation("Deutsche Welle (www.dw.com)", site: nil, host: nil))
    #expect(AuthorName.namesOrganisation("@CityDesk", site: nil, host: nil))
    #expect(AuthorName.namesOrganisation("Harbour News Online", site: "Harbour News", host: nil))
    #expect(!AuthorName.namesOrganisation("Ada Reyes", site: "Harbour News", host: nil))
    #expect(!AuthorName.namesOrganisation("Ada Reyes", site: nil, host: "www.adareyes.com"))
  }

  @Test func judgesWhetherTextIsShortEnoughForNames() {
    #expect(AuthorName.isPlausible("Isabel Caro, Rocío Latorre y José Miguel Wilson"))
    #expect(!AuthorName.isPlausible("Ana Bell covers transport in the city for the paper"))
  }
}
