import CrosscheckClaims
import CrosscheckCore
import Testing

/// Names cut by a plural possessive or lengthened by a sentence-opening adjective, a year that
/// does not cross into a present-tense clause, and populations given in an apposition.
@Suite struct ClaimNameEdgeTests {
  @Test func keepsAPluralPossessiveInsideAName() throws {
    let found = try claims("The Harwick Dockworkers' Federation has 3,200 members.")
    let claim = try #require(found.first { $0.attribute == "member_count" })
    #expect(claim.subject.name == "Harwick Dockworkers' Federation")
  }

  @Test(arguments: ["Neighbouring", "Nearby", "Rival", "Former", "Fellow"])
  func dropsASentenceOpeningAdjectiveFromAName(adjective: String) throws {
    let found = try claims("\(adjective) Tarskvik has 41,000 inhabitants.")
    let claim = try #require(found.first { $0.attribute == "population" })
    #expect(claim.subject.name == "Tarskvik")
  }

  @Test func startsANewTimeScopeAtAPresentTenseVerbAfterAnd() throws {
    let found = try claims("Orbel Biscuits had sales of 80 million euros in 2019 and employs 240 people.")
    let staff = try #require(found.first { $0.attribute == "workforce" })
    #expect(staff.time == TimeScope(year: 2022, basis: "published"))
  }

  @Test func keepsTheWrittenYearForAPastTenseVerbAfterAnd() throws {
    let found = try claims("Orbel Biscuits had sales of 80 million euros in 2019 and employed 240 people.")
    let staff = try #require(found.first { $0.attribute == "workforce" })
    #expect(staff.time.year == 2019)
  }

  @Test(arguments: [
    ("Tarnby, an island of 4,300 people off the north coast, voted on Sunday.", "Tarnby", 4_300.0),
    ("Velmar, a county of 610,000 people, raised its tax.", "Velmar", 610_000),
    ("Oskarth, a province of 1.2 million people, elected a governor.", "Oskarth", 1_200_000),
    ("Drumlee, a village of 900 people, lost its school.", "Drumlee", 900),
  ])
  func readsAPopulationFromAnAppositionOfAPlaceNoun(text: String, place: String, people: Double) throws {
    let found = try claims(text)
    let claim = try #require(found.first { $0.attribute == "population" })
    #expect(claim.subject.name == place)
    #expect(claim.value.low == people)
  }
}
