import CrosscheckClaims
import CrosscheckCore
import Testing

/// Readings of session 12: a table of shares written as text lines ("Name: 27.4% (29.1%)"), each
/// row's label its subject, the prose above it saying what the figures are and when; "the force"
/// after a police body, whose officers are police; hires and totals still to come; the end of a
/// month or of the year in an article of the next year; money compared with the year before; a
/// founding "only last year"; a year after "for the first time"; percentages of people; founders
/// who are people of a trade; an amount a month; staff counted after "employs some"; and
/// foundings a body "dates from" or "began life" in; money of a second verb after counted
/// outsiders; a year "to March" with no year written; officers of a mission's police component;
/// a correction citing "last week's column"; a year of a joined clause with its own subject; and
/// timeline rows written "YEAR - ..."; no count of countries above the lexicon's maximum; and an
/// organ named after an organization's possessive; members counted after "membership stands at"
/// whatever noun follows; and states that sit "as observers" or a box lists under "Observers:".
@Suite struct ClaimThirtySecondPassTests {
  private static let operators = """
    Mobile market review

    The figures below are market shares of mobile subscriptions at the end of 2024, with the share \
    a year earlier in brackets.

    Mobile operators
    Taviro Mobile: 38.2% (40.5%)
    Quellnet: 27.9% (26.1%)
    Brisk Telecom: 21.4% (20.8%)
    All other operators: 12.5% (12.6%)
    """

  private func pairs(_ found: [Claim], _ name: String) -> [(Double?, Int?)] {
    found.filter { $0.attribute == "share" && $0.subject.name == name }.map { ($0.value.low, $0.time.year) }
  }

  @Test func readsEachRowOfAShareTableAsItsLabelsShare() throws {
    let found = try claims(Self.operators, published: 2025)
    #expect(pairs(found, "Taviro Mobile").contains { $0 == (38.2, 2024) })
    #expect(pairs(found, "Quellnet").contains { $0 == (27.9, 2024) })
    #expect(pairs(found, "Brisk Telecom").contains { $0 == (21.4, 2024) })
    #expect(found.filter { $0.attribute == "share" }.allSatisfy { $0.rule == "table-row" })
  }

  @Test func datesTheBracketedFigureByWhatTheProseSaysOfIt() throws {
    let found = try claims(Self.operators, published: 2025)
    #expect(pairs(found, "Taviro Mobile").contains { $0 == (40.5, 2023) })
    #expect(pairs(found, "Brisk Telecom").contains { $0 == (20.8, 2023) })
  }

  @Test func givesARowThatNamesNoCompanyNoClaim() throws {
    let found = try claims(Self.operators, published: 2025)
    #expect(!found.contains { $0.value.low == 12.5 || $0.value.low == 12.6 })
  }

  @Test func takesTheBracketYearTheProseWrites() throws {
    let found = try claims(
      """
      Grocery market

      Shares of grocery sales in 2024, 2022 in brackets:

      Halden Foods: 31.0% (29.5%)
      Marrow Stores: 18.3% (20.1%)
      """, published: 2025)
    #expect(pairs(found, "Halden Foods").contains { $0 == (29.5, 2022) })
    #expect(pairs(found, "Marrow Stores").contains { $0 == (18.3, 2024) })
  }

  @Test func readsNoBracketedFigureWhoseDateTheTextDoesNotGive() throws {
    let found = try claims(
      """
      Bus market

      Market shares of regional bus services:

      Corvel Coaches: 44.0% (41.0%)
      Stenby Transit: 30.5% (33.0%)
      """, published: 2025)
    #expect(pairs(found, "Corvel Coaches").map(\.0) == [44.0])
    #expect(pairs(found, "Corvel Coaches").first?.1 == 2025)
  }

  @Test func readsTheSecondTableUnderTheSameProse() throws {
    let found = try claims(
      Self.operators + "\n\nFixed broadband\nQuellnet: 33.0% (31.2%)\nLinea Fibre: 29.4% (30.0%)\n",
      published: 2025)
    #expect(pairs(found, "Linea Fibre").contains { $0 == (29.4, 2024) })
    #expect(pairs(found, "Quellnet").contains { $0 == (31.2, 2023) })
  }

  @Test func readsNoShareFromATableThatIsNotOfShares() throws {
    let found = try claims(
      """
      Results

      Revenue grew in every segment last year.

      Growth by division
      Corvel Coaches: 4.0%
      Stenby Transit: 6.5%
      """, published: 2025)
    #expect(found.filter { $0.attribute == "share" }.isEmpty)
  }

  @Test func readsNoTableFromALoneLine() throws {
    let found = try claims(
      "Market shares at the end of 2024:\n\nCorvel Coaches: 44.0%\n\nThe rest is split.", published: 2025)
    #expect(found.filter { $0.attribute == "share" && $0.rule == "table-row" }.isEmpty)
  }

  @Test func readsTheForceAsThePoliceBodyNamedBefore() throws {
    let found = try claims(
      "Harbury Police will close the counters at Marden St Luke police stations next spring.\n\n"
        + "The force has 912 police officers.", published: 2025)
    let police = found.filter { $0.attribute == "police_strength" }
    #expect(police.map(\.subject.name) == ["Harbury Police"])
  }

  @Test func countsTheOfficersOfAConstabularyAsPolice() throws {
    let found = try claims("Wexmoor Constabulary has 1,240 officers.", published: 2025)
    #expect(values(found, "police_strength") == [1240])
    #expect(values(found, "force_size").isEmpty)
  }

  @Test func stillCountsTheOfficersOfAMissionAsItsForce() throws {
    let found = try claims("The Karsk Stabilisation Mission has 1,240 officers.", published: 2025)
    #expect(values(found, "police_strength").isEmpty)
  }

  @Test func readsNoOfficersOrWorkersStillToBeTakenOn() throws {
    let found = try claims(
      "Wexmoor Constabulary will recruit 60 officers this year. Dellow Foods will take on 120 "
        + "workers at its plant.", published: 2025)
    #expect(found.filter { [60, 120].contains($0.value.low) }.isEmpty)
  }

  @Test func readsNoTotalAChangeStillToComeWouldBring() throws {
    let found = try claims(
      "Brisket Software will add 20 engineers this year, taking its headcount to 180.", published: 2025)
    #expect(values(found, "workforce").isEmpty)
  }

  @Test func readsTheTotalAChangeMadeBrought() throws {
    let found = try claims(
      "Brisket Software added 20 engineers last year, taking its headcount to 180.", published: 2025)
    #expect(values(found, "workforce") == [180])
  }

  @Test func datesTheEndOfALaterMonthInTheYearBefore() throws {
    let found = try claims(
      "Headcount at the Tessaly Development Bank reached 1,046 at the end of December.",
      published: 2026, month: 3)
    #expect(found.filter { $0.attribute == "workforce" }.map(\.time.year) == [2025])
  }

  @Test func datesTheYearsEndInAnArticleOfTheFirstHalfInTheYearBefore() throws {
    let spring = try claims(
      "Corvane Industries had 11,420 employees at the end of the year.", published: 2026, month: 4)
    #expect(spring.filter { $0.attribute == "workforce" }.map(\.time.year) == [2025])
    let autumn = try claims(
      "Corvane Industries had 11,420 employees at the end of the year.", published: 2026, month: 10)
    #expect(autumn.filter { $0.attribute == "workforce" }.map(\.time.year) == [2026])
  }

  @Test func datesMoneyComparedWithoutAYearInTheYearBefore() throws {
    let found = try claims(
      "The Tessaly Trade Area's budget for 2026 is 14.8 million euros, up from 13.9 million euros.",
      published: 2026)
    let budget = found.filter { $0.attribute == "budget" }.map { ($0.value.low, $0.time.year) }
    #expect(budget.contains { $0 == (14_800_000, 2026) })
    #expect(budget.contains { $0 == (13_900_000, 2025) })
    #expect(budget.count == 2)
  }

  @Test func leavesACountComparedWithoutAYearUndated() throws {
    let found = try claims(
      "The Tessaly Trade Area had 14 members in 2026, up from 9.", published: 2026)
    #expect(!found.contains { $0.value.low == 9 && $0.time.year == 2025 })
  }

  @Test func datesAFoundingOnlyLastYear() throws {
    let found = try claims("Corby Runners, founded only last year, joined the league.", published: 2025)
    #expect(values(found, "founding_year") == [2024])
  }

  @Test func datesAValueByTheYearAfterForTheFirstTime() throws {
    let found = try claims(
      "The Kelmoor Rowing Federation had revenue of 2 million euros for the first time in 2008.",
      published: 2025)
    #expect(found.filter { $0.attribute == "revenue" }.map(\.time.year) == [2008])
  }

  @Test func readsNoMarketShareFromAPercentageOfPeople() throws {
    let found = try claims(
      "In Verlo, 17 percent of residents were born abroad, up from 11 percent in 2011. The share "
        + "of adults who save with the Verlo Credit Union reached 6 percent.", published: 2025)
    #expect(values(found, "share").isEmpty)
  }

  @Test func stillReadsAShareOfHouseholdsAsASuppliersShare() throws {
    let found = try claims(
      "Nordlys Energi supplies 27 percent of households in the market.", published: 2025)
    #expect(values(found, "share") == [27])
  }

  @Test func countsNoFoundersWhoArePeopleOfATrade() throws {
    let found = try claims(
      "United Nurses of Orlen was founded in 1974 by 31 nurses at St. Luke Hospital.", published: 2025)
    #expect(values(found, "member_count").isEmpty)
    #expect(values(found, "founding_year") == [1974])
  }

  @Test func readsNoBudgetFromAnAmountAMonth() throws {
    let found = try claims(
      "The Orlen Signalmen's Union runs on about 6.2 million pounds a year, almost all of it from "
        + "subscriptions, which rise to 17.40 pounds a month in September.", published: 2025)
    #expect(values(found, "budget") == [6_200_000])
  }

  @Test func countsStaffAfterAnApproximatorFollowingTheVerb() throws {
    let found = try claims("Talmadge University employs some 2,100 faculty and staff.", published: 2025)
    let staff = found.filter { $0.attribute == "workforce" }
    #expect(staff.map(\.value.low) == [2100])
    #expect(staff.first?.value.modifier == .about)
  }

  @Test func readsTheYearABodyDatesFromAsItsFounding() throws {
    let found = try claims("The Orrin River Commission itself dates from 1968.", published: 2025)
    #expect(values(found, "founding_year") == [1968])
  }

  @Test func readsTheYearABodyBeganLifeInAsItsFounding() throws {
    let found = try claims(
      "Ottaline Freight, which began life in 1898 as a railway, carries timber.", published: 2025)
    #expect(values(found, "founding_year") == [1898])
  }

  @Test func readsTheMoneyOfASecondVerbAfterCountedPassengers() throws {
    let found = try claims(
      "Kessel Air carried 4 million passengers and had revenue of 1.02 billion euros in 2024.",
      published: 2025)
    #expect(values(found, "revenue") == [1_020_000_000])
  }

  @Test func stillGivesWhatOutsidersSpendToNoOne() throws {
    let found = try claims(
      "The Orlen Museum opened in May. Visitors came and spent 3 million pounds in the town.",
      published: 2025)
    #expect(values(found, "spending").isEmpty)
  }

  @Test func datesAYearToAMonthByThePublication() throws {
    let text = "The Orlen Weavers' Co-operative was set up in 1947.\n\nThe Orlen Weavers' Co-operative "
      + "had sales of 1.37 million pounds in the year to March, and it spent 1.31 million pounds in "
      + "the same year."
    let june = try claims(text, published: 2025, month: 6)
    #expect(june.filter { $0.attribute == "revenue" }.map(\.time.year) == [2025])
    #expect(june.filter { $0.attribute == "spending" }.map(\.time.year) == [2025])
    let february = try claims(text, published: 2025, month: 2)
    #expect(february.filter { $0.attribute == "revenue" }.map(\.time.year) == [2024])
  }

  @Test func countsTheOfficersOfAMissionsPoliceComponentAsPolice() throws {
    let found = try claims(
      "The United Nations Stabilisation Mission in Qandelar has 9,000 troops. Its police component "
        + "has grown from 900 officers in 2019.", published: 2025)
    #expect(values(found, "police_strength") == [900])
    #expect(values(found, "force_size") == [9000])
  }

  @Test func dropsWhatLastWeeksColumnSaid() throws {
    let found = try claims(
      "Correction: Last week's column said Kettleby Brewing employed 124 people. It employs 142.",
      published: 2025)
    #expect(values(found, "workforce") == [142])
  }

  @Test func leavesTheYearOfAJoinedClauseWithItsOwnSubjectToIt() throws {
    let found = try claims(
      "The Brendon Vale League has 31 teams, down from 40 in 2016, and the Upper Lyde League "
        + "folded in 2019.", published: 2025)
    let teams = found.filter { $0.attribute == "member_count" }.map { ($0.value.low, $0.time.year) }
    #expect(teams.contains { $0 == (31, 2025) })
    #expect(teams.contains { $0 == (40, 2016) })
  }

  @Test func readsTimelineRowsWrittenWithADashAsTheChroniclesSubject() throws {
    let found = try claims(
      """
      Thirty years of the Kessan Police Service

      The Kessan Police Service was formed in 1995 from nine constabularies.

      TIMELINE
      1995 - Nine constabularies merged; 4,940 officers
      2008 - 4,610 officers
      2019 - Recruitment resumes; 5,020 officers
      """, published: 2025)
    let police = found.filter { $0.attribute == "police_strength" }
    #expect(Set(police.map(\.subject.name)) == ["Kessan Police Service"])
    let pairs = police.map { ($0.value.low, $0.time.year) }
    #expect(pairs.contains { $0 == (4940, 1995) })
    #expect(pairs.contains { $0 == (4610, 2008) })
    #expect(pairs.contains { $0 == (5020, 2019) })
    #expect(values(found, "force_size").isEmpty)
  }

  @Test func readsNoCountOfCountriesAboveTheAttributesMaximum() throws {
    let found = try claims(
      "The Kelmoor Rugby Federation's revenue is 4.1 million euros, of which 1.6 million comes from "
        + "broadcasting and 0.9 million from the regional government.", published: 2025)
    #expect(values(found, "contributing_countries").isEmpty)
  }

  @Test func givesWhatAnOrganAfterAPossessiveAdoptsToItsOrganization() throws {
    let found = try claims(
      "The Tessaly State University System's Board of Regents adopted a $2.4 billion budget for "
        + "fiscal 2026.", published: 2025)
    #expect(found.filter { $0.attribute == "budget" }.map(\.subject.name) == ["Tessaly State University System"])
  }

  @Test func countsMembersAfterMembershipWhateverNounFollows() throws {
    let found = try claims(
      "The Qeshmal Bay Fishers' Cooperative met on Monday. Membership stands at 420 boat owners "
        + "and crew.", published: 2025)
    #expect(values(found, "member_count") == [420])
  }

  @Test func countsStatesThatSitAsObserversAsObservers() throws {
    let found = try claims(
      "The Ressa River Basin Authority has five members. Two downstream states, Tavora and Ilm, sit "
        + "on its council as observers.", published: 2025)
    #expect(values(found, "observer_count") == [2])
    #expect(values(found, "member_count") == [5])
  }

  @Test func countsTheListUnderAnObserversRowAsObservers() throws {
    let found = try claims(
      """
      The Ressa River Basin Authority

      The Ressa River Basin Authority was set up in 1961.

      Key facts
      Members: Ara, Belmark, Corvia, Dunmore, Eskel
      Observers: Tavora, Ilm
      """, published: 2025)
    #expect(values(found, "observer_count") == [2])
    #expect(values(found, "member_count") == [5])
  }
}
