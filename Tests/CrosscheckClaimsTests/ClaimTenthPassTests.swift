import CrosscheckClaims
import CrosscheckCore
import Testing

/// Rules of the tenth pass: stakes, unnamed groups and purposes are no claims; founding clauses,
/// founding phrases and appositions date values; sentences opening with a pronoun or a participle
/// lead back to their topic; names are headed by the noun before "of", and "the city of X" is a
/// place.
@Suite struct ClaimTenthPassTests {
  func shares(_ text: String) throws -> [Double] {
    try claims(text).filter { $0.attribute == "share" }.compactMap(\.value.low)
  }

  @Test(arguments: [
    "The Dunmore Harbour Board is 60 percent owned by the county.",
    "Tarvik Holdings holds a 30 percent stake in the new bridge.",
    "The Orrin Rail Company said Tarvik Holdings holds 55 percent of the company's shares.",
  ])
  func readsNoShareFromOwnershipOrAStakeInAnUnnamedThing(_ text: String) throws {
    #expect(try shares(text).isEmpty)
  }

  @Test func readsNoShareFromABarePercentageAfterAStakeInTheSameSentence() throws {
    let text = "The county of Brae holds 40 percent of the ferry firm's capital, and a pension fund holds 25 percent."
    #expect(try shares(text).isEmpty)
  }

  @Test func readsNoShareOfAnUnnamedGroupThatMakesUpAPart() throws {
    let text = "The Kell Rowing Union now counts 900 clubs, and women make up 41 percent of its rowers."
    #expect(try shares(text).isEmpty)
    #expect(try shares("The Kell Brewing Company's lagers make up 12 percent of the market.") == [12])
  }

  @Test(arguments: [
    ("The Marrow Choir Society now counts 4,100 junior members.", "member_count"),
    ("The Tessin Valley, home to 90,000 people, has seen 8,000 displaced residents return.", "population"),
  ])
  func readsNoCountOfJuniorOrDisplacedPeopleAsTheWhole(_ text: String, _ attribute: String) throws {
    let values = try claims(text).filter { $0.attribute == attribute }.compactMap(\.value.low)
    #expect(!values.contains(4_100) && !values.contains(8_000))
  }

  @Test func readsNoSpendingFromAnAmountSpentForAPurpose() throws {
    let found = try claims("The Orla Water Board is spending 40 million euros to rebuild its main dam.")
    #expect(found.filter { $0.attribute == "spending" }.isEmpty)
    let yearly = try claims("The Orla Water Board spent 40 million euros in 2021.")
    #expect(yearly.first { $0.attribute == "spending" }?.value.low == 40_000_000)
  }

  @Test func datesACountByTheFoundingClauseThatOpensTheSentence() throws {
    let found = try claims(
      "When it was set up in 2011, the Varna Rail Alliance had five members.", published: 2024)
    let count = try #require(found.first { $0.attribute == "member_count" })
    #expect(count.value.low == 5)
    #expect(count.time.year == 2011)
  }

  @Test func datesTheEarlierValueOfAGrowthAtItsFoundingByTheFoundingYear() throws {
    let found = try claims(
      "The Coral Sea Fisheries Pact was founded in 1998. It grew from three members at its founding "
        + "to five in 2010, and Tuvana became the sixth member in 2019.", published: 2024)
    let counts = found.filter { $0.attribute == "member_count" }
    #expect(counts.first { $0.value.low == 3 }?.time.year == 1998)
    #expect(counts.first { $0.value.low == 6 }?.time.year == 2019)
    #expect(!found.contains { $0.attribute == "founding_year" && $0.value.low == 2010 })
  }

  @Test func keepsTheMainClausesYearFromAValueInAnApposition() throws {
    let found = try claims(
      "Brandt & Ole, a law firm with 60 staff, opened an office in Tromsø in 2009.", published: 2024)
    #expect(found.first { $0.attribute == "workforce" }?.time.year == 2024)
  }

  @Test func looksPastASentenceOpeningWithAPronounForTheTopic() throws {
    let found = try claims(
      "The Pacific Pearl Forum was founded in 2001. Its members are Fiji, Tonga and Samoa. "
        + "Two observer states attend its meetings.")
    #expect(found.first { $0.attribute == "observer_count" }?.subject.name == "Pacific Pearl Forum")
  }

  @Test func takesTheMainSubjectOfASentenceOpeningWithAParticiple() throws {
    let found = try claims(
      "The Tarn Relief Mission (TRM) works in the delta. Created in 2015 after floods hit Orsk "
        + "farmers, the mission has grown quickly. They are drawn from 12 countries.")
    let countries = try #require(found.first { $0.attribute == "contributing_countries" })
    #expect(countries.subject.name == "Tarn Relief Mission")
  }

  @Test func givesAnAmountToTheNameInAppositionAfterAnOwnersNoun() throws {
    let found = try claims(
      "The city of Darnholm has 90,000 inhabitants. The city's water utility, Darnholm Vann, "
        + "spends 300 million kroner a year.")
    #expect(found.first { $0.attribute == "spending" }?.subject.name == "Darnholm Vann")
    #expect(found.first { $0.attribute == "population" }?.subject.name == "Darnholm")
  }

  @Test func givesACountToANameInAppositionAfterTheOwnersNeighbour() throws {
    let found = try claims(
      "The Kell Orchard Association's neighbour, the Brae Fruit Cooperative, a 40-member group, "
        + "sells apples.")
    #expect(found.first { $0.attribute == "member_count" }?.subject.name == "Brae Fruit Cooperative")
  }

  @Test func excludesTheNameAdmittedAsAMemberFromBeingTheSubject() throws {
    let found = try claims(
      "The Nordic Radio Consortium has admitted the University of Tarn as its ninth member.")
    #expect(found.first { $0.attribute == "member_count" }?.subject.name == "Nordic Radio Consortium")
  }

  @Test func headsANameByTheNounBeforeOf() throws {
    let found = try claims("The Council of Coastal Provinces, a six-nation bloc, met on Monday.")
    let count = try #require(found.first { $0.attribute == "member_count" })
    #expect(count.subject.name == "Council of Coastal Provinces")
    #expect(count.value.low == 6)
  }

  @Test func readsAMissionInAValleyAsTheMissionThatTheMissionPointsTo() throws {
    let found = try claims(
      "The Monitoring Mission in the Orla Valley (MMOV) was set up in 2020. The mission has 800 "
        + "troops.")
    #expect(found.first { $0.attribute == "force_size" }?.subject.name == "Monitoring Mission in the Orla Valley")
  }

  @Test func resolvesTheMunicipalityToTheCityNamedAfterTheCityOf() throws {
    let found = try claims(
      "The city of Brekke owns Brekke Ferries. Brekke Ferries employs 300 people. "
        + "The municipality covers 88 square kilometres.")
    #expect(found.first { $0.attribute == "area" }?.subject.name == "Brekke")
  }

  @Test func readsNoReferenceBackFromTheNearestTown() throws {
    let found = try claims(
      "The Kell Observatory has its office in Oslo. The dish lies 30 km from the nearest town, "
        + "Vardby, which has 2,400 inhabitants.")
    #expect(found.first { $0.attribute == "population" }?.subject.name == "Vardby")
  }
}
