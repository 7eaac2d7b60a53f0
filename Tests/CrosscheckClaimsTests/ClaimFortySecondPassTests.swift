import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Testing

/// Readings of session 22, each found on the tuned sets and checked here on articles of other
/// subjects.
@Suite struct ClaimFortySecondPassTests {
  @Test(arguments: [
    "In all, the Dunmere metropolitan area has about 840,000 residents.",
    "The Dunmere metropolitan area has about 840,000 residents.",
    "Dunmere metropolitan area has about 840,000 residents.",
  ])
  func readsAMetropolitanAreaNamedAfterACompanysFirstWordAsThePlace(_ sentence: String) throws {
    let found = try ingested("""
      Newspaper group results
      2025-06-03

      Dunmere Evening Post, the group's oldest title, sold 41,000 copies a day.

      \(sentence)
      """)
    #expect(subjects(found, "population") == ["Dunmere metropolitan area"])
  }

  @Test func readsATimelineRowsValueAsTheNameItsClauseOrOrdinalDescribes() throws {
    // The chronicle is a museum; its rows name a society merged in, the town and a federation.
    let found = try ingested("""
      Upper Tollbridge Museum of Rowing at 120: a timeline
      2025-06-03

      The Upper Tollbridge Museum of Rowing marks its 120th year this summer.

      1905 - The museum is founded by nine boatmen.

      1931 - Absorbs the Ferrow Boat Society, which brings 140 members.

      1952 - Upper Tollbridge, by now a town of 12,000 people, grants the museum a boathouse.

      1977 - Becomes the seventh member museum of the Northern Museums Federation.

      2024 - The museum has 620 members.
      """)
    #expect(subjects(found, "member_count") == [
      "Ferrow Boat Society", "Northern Museums Federation", "Upper Tollbridge Museum of Rowing",
    ])
    #expect(values(found, "member_count") == [140, 7, 620])
    #expect(subjects(found, "population") == ["Upper Tollbridge"])
  }
}
