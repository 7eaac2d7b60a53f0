import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Testing

/// Rules of the twenty-second pass, each a broad class seen failing on unseen text: names cut or
/// mis-joined (an acronym that leaves out a word of its name, "X Search and Rescue", a company
/// named with a possessive, a place that a governing body's name opens with), a stake in a
/// company, numbers that count something else (a bare earlier value after a value of another
/// unit, the price of priced things, money spent by visitors), and "the year before".
@Suite struct ClaimTwentySecondPassTests {
  // MARK: Names

  @Test func readsAnAcronymThatLeavesOutAWordOfItsName() throws {
    let found = try claims(
      "The Osk River Water Authority of Brell (ORAB) supplies the valley. ORAB employs 260 "
        + "people.", published: 2025)
    #expect(values(found, "workforce") == [260])
    #expect(subjects(found, "workforce") == ["Osk River Water Authority of Brell"])
  }

  @Test func keepsSearchAndRescueInsideAName() throws {
    let found = try claims(
      "Dunmarra Search and Rescue was formed in 1998 by a group of divers. Dunmarra Search and "
        + "Rescue has 44 members.", published: 2025)
    #expect(subjects(found, "member_count") == ["Dunmarra Search and Rescue"])
    #expect(subjects(found, "founding_year") == ["Dunmarra Search and Rescue"])
  }

  @Test func keepsAPossessiveInsideACompanyName() throws {
    let found = try claims(
      "The group owns several brands. Brody's Dairy was founded in 1902. Its sister firm, "
        + "Brody's Dairy, employs 900 people.", published: 2025)
    #expect(subjects(found, "founding_year") == ["Brody's Dairy"])
  }

  @Test func readsThePlaceAGoverningBodyIsNamedAfterAsThePlace() throws {
    let found = try claims(
      "The Upper Kessel District Council met on Monday. Upper Kessel has 84,000 inhabitants.",
      published: 2025)
    #expect(values(found, "population") == [84000])
    #expect(subjects(found, "population") == ["Upper Kessel"])
  }

  // MARK: Stakes and prices

  @Test func readsNoShareInAPercentageOfACompany() throws {
    let found = try claims(
      "The city of Marrow holds 35 percent of the company; private investors own the rest.",
      published: 2025)
    #expect(values(found, "share").isEmpty)
  }

  @Test func readsNoRevenueInWhatPricedThingsCost() throws {
    let found = try claims(
      "The Tessel Opera had revenue of 9 million euros last year, most of it from tickets, "
        + "which cost between 25 and 120 euros.", published: 2025)
    #expect(values(found, "revenue") == [9_000_000])
  }

  @Test func readsNoSpendingByVisitorsAfterAParticiple() throws {
    let found = try claims(
      "The Harrow Castle Trust runs the castle. About 80,000 visitors came last year, spending "
        + "some 2.4 million pounds in the town.", published: 2025)
    #expect(values(found, "spending").isEmpty)
  }

  // MARK: Earlier values

  @Test func readsNoEarlierValueOfAnotherCount() throws {
    let found = try claims(
      "The Kessan Border Mission has 400 troops. The mission counted 210 incidents this year, "
        + "down from 380 a year earlier.", published: 2025)
    #expect(values(found, "force_size") == [400])
  }

  // MARK: Years

  @Test func datesTheYearBeforeFromTheYearNamedBefore() throws {
    let found = try claims(
      "Norrow Freight had revenue of 120 million euros in 2023; the year before, its revenue "
        + "was 104 million euros.", published: 2025)
    #expect(values(found, "revenue") == [120_000_000, 104_000_000])
    #expect(years(found, "revenue") == [2023, 2022])
  }
}
