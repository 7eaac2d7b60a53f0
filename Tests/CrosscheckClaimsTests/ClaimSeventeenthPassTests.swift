import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Testing

/// Rules of the seventeenth pass, each a broad class seen failing on unseen text: fact-box rows
/// ("Founded: 1998", "Observer states: 2") under their heading, corrections that retract figures,
/// vote tallies, "in the same year", possessive plurals inside names, organs of an organization,
/// slug lines and "we" in a story that opens on a place, model designations, capacities, targets,
/// counts of a few that did something, and "spread over" without a bound.
@Suite struct ClaimSeventeenthPassTests {
  // MARK: Fact boxes

  @Test func readsAFoundingYearFromAFactBoxRowUnderItsHeading() throws {
    let found = try claims(
      "The library service was reviewed this spring.\n\nGlenholm Public Library\nOpened: 1931\n"
        + "Staff: 44", published: 2025)
    #expect(values(found, "founding_year") == [1931])
    #expect(subjects(found, "founding_year") == ["Glenholm Public Library"])
  }

  @Test func countsWhatARowLabelNamesWhenTheNumberStandsAlone() throws {
    let found = try claims(
      "The Northsea Fisheries Council (NFC) met in Bergholm on Monday.\n\nKey figures\n"
        + "Headquarters: Bergholm\nObserver states: 3\nBudget (2024): 12 million euros",
      published: 2025)
    #expect(values(found, "observer_count") == [3])
    #expect(subjects(found, "observer_count") == ["Northsea Fisheries Council"])
    // The place a row above gives as a value is no subject of the rows after it.
    #expect(subjects(found, "budget") == ["Northsea Fisheries Council"])
  }

  // MARK: What is no claim

  @Test func readsNothingFromTheFiguresACorrectionRetracts() throws {
    let found = try claims(
      "Orvell Mills employs 820 people.\n\nCorrection: An earlier version of this story said "
        + "Orvell Mills employs 920 people and was founded in 1902.", published: 2025)
    #expect(values(found, "workforce") == [820])
    #expect(values(found, "founding_year").isEmpty)
  }

  @Test func readsNoCountFromTheNumbersOfAVote() throws {
    let found = try claims(
      "At the Tollan Dock Company, whose staff union met on Friday, the motion was carried by "
        + "180 votes to 52.", published: 2025)
    #expect(values(found, "workforce").isEmpty)
  }

  @Test func readsNoAreaACapacityReaches() throws {
    let found = try claims(
      "The Brisk Survey Company flies a drone able to map some 300 square kilometres of forest "
        + "a day.", published: 2025)
    #expect(values(found, "area").isEmpty)
  }

  @Test func readsNoShareFromATarget() throws {
    let found = try claims(
      "The Harlow Ambulance Service again missed its target of reaching 75 percent of calls "
        + "within eight minutes.", published: 2025)
    #expect(values(found, "share").isEmpty)
  }

  @Test func readsNoMemberCountFromAFewThatDidSomething() throws {
    let found = try claims(
      "The Hollin Cricket League has 22 clubs. Four clubs needed emergency grants last winter.",
      published: 2025)
    #expect(values(found, "member_count") == [22])
  }

  @Test func takesNoSubjectFromTheNameOfANumberedModel() throws {
    let found = try claims(
      "The Coastal Survey Office runs two aircraft. It replaced Osprey-2, launched in 2016, "
        + "last year.", published: 2025)
    #expect(values(found, "founding_year").isEmpty)
  }

  // MARK: Time

  @Test func datesAValueInTheSameYearByTheYearBefore() throws {
    let found = try claims(
      "Vennor Rail had revenue of 80 million euros in 2021. It spent 75 million euros in the "
        + "same year.", published: 2024)
    #expect(values(found, "spending") == [75_000_000])
    #expect(years(found, "spending") == [2021])
  }

  // MARK: Subjects

  @Test func keepsAPossessivePluralInsideAName() throws {
    let found = try claims(
      "The Harbour Workmen's Union, which has about 900 members, joined the talks.",
      published: 2025)
    #expect(subjects(found, "member_count") == ["Harbour Workmen's Union"])
  }

  @Test func givesWhatAnOrganApprovesToItsOrganization() throws {
    let found = try claims(
      "The Northern Ports Authority (NPA) owns six harbours. The NPA Board approved a budget of "
        + "40 million pounds for 2025.", published: 2025)
    #expect(subjects(found, "budget") == ["Northern Ports Authority"])
  }

  @Test func letsWeSpeakForTheOrganizationNamedBeforeWhenAPlaceOpensTheStory() throws {
    let found = try claims(
      "At Selby pier, the boats are in before dawn. The Selby Boatmen Cooperative had revenue of "
        + "2 million pounds in 2023. \"We employ 14 people,\" says its manager.", published: 2024)
    #expect(subjects(found, "workforce") == ["Selby Boatmen Cooperative"])
  }

  @Test func readsTheArticleAfterASlugLineInCapitals() throws {
    let found = try claims(
      "NEWS RELEASE - KELDORN. The Marrow Valley Water Board opened a new plant today. The "
        + "plant cost 12 million pounds. It treats water for 40,000 homes. \"We employ 310 "
        + "people,\" said its director.", published: 2024)
    #expect(subjects(found, "workforce") == ["Marrow Valley Water Board"])
  }

  @Test func readsSpreadOverAsWhereNotAsABound() throws {
    let found = try claims(
      "Dunlow District has a population of 80,000, spread over 1,200 square kilometres.",
      published: 2025)
    #expect(found.first { $0.attribute == "area" }?.value.modifier == .exact)
  }

  @Test func readsAPopulationAfterABoroughOf() throws {
    let found = try claims(
      "The hospital also serves Ashgrove, a borough of about 61,000 people.", published: 2025)
    #expect(values(found, "population") == [61_000])
    #expect(subjects(found, "population") == ["Ashgrove"])
  }
}
