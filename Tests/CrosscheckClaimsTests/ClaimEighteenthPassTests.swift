import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Testing

/// Rules of the eighteenth pass, each a broad class seen failing on unseen text: a year after "in"
/// that closes an earlier value ("from 8,100 in 2011 to 9,300"), "at the 2021 census", "and today
/// it has", "we" never standing for one person, an earlier percentage keeping the later one's
/// subject, "the works" pointing back to a steelworks, amounts that are a profit or a loss,
/// people a service reaches, police a contributor sends, and "a capital of N people".
@Suite struct ClaimEighteenthPassTests {
  // MARK: Time

  @Test func readsBothValuesOfAGrowthWhenTheEarlierOneHasAYear() throws {
    let found = try claims(
      "Tarnby's population grew from 8,100 in 2011 to 9,300 in 2021.", published: 2025)
    #expect(values(found, "population") == [8100, 9300])
    #expect(years(found, "population") == [2011, 2021])
  }

  @Test func datesTheLaterValueOfAGrowthByTheCensusThatCountedIt() throws {
    let found = try claims(
      "Dunmore's population grew from 8,100 in 2011 to 9,300 at the 2021 census.",
      published: 2025)
    #expect(values(found, "population") == [8100, 9300])
    #expect(years(found, "population") == [2011, 2021])
  }

  @Test func datesAValueAfterAndTodayByThePublicationNotByTheYearBefore() throws {
    let found = try claims(
      "Brannock joined the Tidewater Ports Council in 1988 as its ninth member, and today the "
        + "council has 14 members.", published: 2025)
    #expect(values(found, "member_count").contains(14))
    #expect(
      zip(values(found, "member_count"), years(found, "member_count"))
        .first { $0.0 == 14 }?.1 == 2025)
  }

  // MARK: Subjects

  @Test func neverReadsWeAsThePersonTheInterviewIsWith() throws {
    let found = try claims(
      "Lena Holt, 52, has run the Ferrow Valley Water Board since 2018.\n\nHow is the work "
        + "going?\n\nThe pipes are old. Winters are hard. Storms are worse.\n\nWe employ 140 "
        + "people.", published: 2025)
    #expect(values(found, "workforce") == [140])
    #expect(subjects(found, "workforce") == ["Ferrow Valley Water Board"])
  }

  @Test func givesAnEarlierPercentageTheSubjectOfTheLaterOne() throws {
    let found = try claims(
      "Hollis Grain is the biggest trader in the region. It holds 46 percent of the Varden "
        + "grain market, down from 53 percent five years ago.", published: 2025)
    #expect(values(found, "share") == [46, 53])
    #expect(subjects(found, "share") == ["Hollis Grain", "Hollis Grain"])
  }

  @Test func readsTheWorksAsTheSteelworksNamedBefore() throws {
    let found = try claims(
      "Harlan Ironworks was founded in 1902 on the river. When the mines around Kelby closed in "
        + "1960, the works still employed 3,200 people.", published: 2025)
    #expect(values(found, "workforce") == [3200])
    #expect(subjects(found, "workforce") == ["Harlan Ironworks"])
  }

  @Test func keepsAWordLikeWorksAfterANameAsItsVerb() throws {
    let found = try claims(
      "Overseas, the KTA works with the Baltic Pilots Forum (BPF), set up in 2009 by six pilot "
        + "agencies to share boats.", published: 2025)
    #expect(subjects(found, "member_count") == ["Baltic Pilots Forum"])
  }

  // MARK: What is no claim

  @Test func readsNoRevenueFromAProfit() throws {
    let found = try claims(
      "Kestrel Freight is a haulier. Its revenue was 388 million euros in 2024, and it made a "
        + "profit of 19 million euros.", published: 2025)
    #expect(values(found, "revenue") == [388_000_000])
  }

  @Test func readsNoPopulationFromThePeopleAServiceReaches() throws {
    let found = try claims(
      "In the village of Orsk, a new clinic run by Brightwell Health now serves about 2,300 "
        + "people.", published: 2025)
    #expect(values(found, "population").isEmpty)
  }

  @Test func readsNoPoliceStrengthFromTheOfficersAContributorSends() throws {
    let found = try claims(
      "Portavia became the Coastal Police Mission's tenth contributor in 2023, sending 25 police "
        + "officers.", published: 2025)
    #expect(values(found, "police_strength").isEmpty)
  }

  @Test func readsACapitalOfNPeopleAsItsPopulationNotAsStaff() throws {
    let found = try claims(
      "The Tolland Ports Board employs 46 people at its office in Varna Bay, a capital of 64,000 "
        + "people.", published: 2025)
    #expect(values(found, "workforce") == [46])
    #expect(values(found, "population") == [64000])
    #expect(subjects(found, "population") == ["Varna Bay"])
  }
}
