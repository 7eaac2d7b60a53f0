import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Testing

/// Rules of the nineteenth pass, each a broad class seen failing on unseen text: a fact-box row
/// under an earlier row that names a body, a body located "in" a place before "which", "Its
/// office in X", a second verb after "and", a relative clause after an apposition, a quoted "we"
/// and the speaker's title, a later year joined to a founding verb, and figures that are no
/// attribute of the subject (a difference, a grant to another, what visitors or the members
/// together spend or employ), neighbouring members, and exclusion words past a short phrase
/// after the unit.
@Suite struct ClaimNineteenthPassTests {
  // MARK: Subjects

  @Test func readsAFactBoxRowAsTheBodyAnEarlierRowNames() throws {
    let found = try claims(
      "Rivers in Ostara: who keeps them clean\n\nOstara has many rivers. The Ostara River Keepers "
        + "Association cleans them.\n\nKey figures\nOstara River Keepers Association members: 88\n"
        + "Founded: 1977\nStaff: 12\nOstara population: 2.1 million", published: 2025)
    #expect(subjects(found, "workforce") == ["Ostara River Keepers Association"])
    #expect(subjects(found, "founding_year") == ["Ostara River Keepers Association"])
  }

  @Test func readsARelativeClauseAsTheBodyBeforeThePlaceItIsIn() throws {
    let found = try claims(
      "The plan depends on the Halvard Soil Laboratory in Kestermoor, which employs 75 chemists "
        + "and technicians.", published: 2025)
    #expect(values(found, "workforce") == [75])
    #expect(subjects(found, "workforce") == ["Halvard Soil Laboratory"])
  }

  @Test func readsItsOfficeInAPlaceAsTheBodyNamedBefore() throws {
    let found = try claims(
      "The Lowland Canal Trust looks after 300 kilometres of waterways. Its headquarters in "
        + "Marnside employs 41 people.", published: 2025)
    #expect(values(found, "workforce") == [41])
    #expect(subjects(found, "workforce") == ["Lowland Canal Trust"])
  }

  @Test func readsASecondVerbAsTheSubjectsNotAsAPossessiveInTheFirstVerbsObject() throws {
    let found = try claims(
      "Kestova, the former state ferry line, holds about 40 percent of Dalmia's freight market "
        + "and employs 650 people.", published: 2025)
    #expect(values(found, "workforce") == [650])
    #expect(subjects(found, "workforce") == ["Kestova"])
  }

  @Test func readsARelativeClauseAfterAnAppositionAsTheApposedName() throws {
    let found = try claims(
      "Kelbridge has 40,000 residents. North of the river lies Upper Hallam, the rural district "
        + "around the town, which is home to about 84,000 people.", published: 2025)
    #expect(values(found, "population") == [40000, 84000])
    #expect(subjects(found, "population") == ["Kelbridge", "Upper Hallam"])
  }

  @Test func readsAQuotedWeAsTheBodyTheSpeakersTitleNames() throws {
    let found = try claims(
      "The Orlen Sawmill Museum is busy on Sundays.\n\n\"Nobody expected this,\" says Tomas "
        + "Rewi, chairman of the Lakeland Heritage Circle. \"Today we have 23 members and our "
        + "budget is 1.4 million euros.\"", published: 2025)
    #expect(values(found, "member_count") == [23])
    #expect(subjects(found, "member_count") == ["Lakeland Heritage Circle"])
  }

  // MARK: Time

  @Test func readsNoFoundingYearFromALaterPredicateJoinedToTheVerb() throws {
    let found = try claims(
      "Pellworth Organ Builders was founded in 1890 and has been run since 1994 by the same "
        + "family.", published: 2025)
    #expect(values(found, "founding_year") == [1890])
  }

  // MARK: What is no claim

  @Test func readsNoSpendingFromADifferenceBetweenTwoAmounts() throws {
    let found = try claims(
      "In 2023 the Harwell Water Board spent 64 million euros, 5 million euros more than "
        + "planned.", published: 2025)
    #expect(values(found, "spending") == [64_000_000])
  }

  @Test func readsNoBudgetFromMoneyGivenToAnotherBody() throws {
    let found = try claims(
      "The Carrick Arts Foundation, which has a budget of 12 million euros, gives the city "
        + "orchestra 2 million euros of funding a year.", published: 2025)
    #expect(values(found, "budget") == [12_000_000])
  }

  @Test func keepsABudgetTheSubjectWasGranted() throws {
    let found = try claims(
      "The Marlow Theatre Company was granted a budget of 3 million euros in 2024.",
      published: 2025)
    #expect(values(found, "budget") == [3_000_000])
  }

  @Test func readsNoSpendingFromWhatVisitorsSpend() throws {
    let found = try claims(
      "The Tessaly Tourist Board estimates that festival visitors spend about 18 million euros "
        + "a year in the town.", published: 2025)
    #expect(values(found, "spending").isEmpty)
  }

  @Test func readsNoStaffOrSalesFromWhatTheMembersHaveTogether() throws {
    let found = try claims(
      "The Fenland Growers Board speaks for the region's farms. \"Our members employ about 9,000 "
        + "people,\" said its chair. Members' combined sales were worth 2.1 billion euros in "
        + "2024.", published: 2025)
    #expect(values(found, "workforce").isEmpty)
    #expect(values(found, "revenue").isEmpty)
  }

  @Test func keepsABudgetTheMembersApprove() throws {
    let found = try claims(
      "The Fenland Growers Board met in May. Members approved a budget of 4 million euros for "
        + "2025.", published: 2025)
    #expect(values(found, "budget") == [4_000_000])
  }

  @Test func weighsAnExclusionPastAShortPhraseAfterTheUnit() throws {
    let found = try claims(
      "Harlow Motors builds vans in Kelby. Some 120 workers from the old paint shop have been "
        + "laid off.", published: 2025)
    #expect(values(found, "workforce").isEmpty)
  }

  @Test func readsNoMemberCountFromTheMembersACountryBorders() throws {
    let found = try claims(
      "Valmora covers 9,000 square kilometres and borders four members of the Danube Rail "
        + "Union.", published: 2025)
    #expect(values(found, "member_count").isEmpty)
  }
}
