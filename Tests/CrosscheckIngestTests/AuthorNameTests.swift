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
