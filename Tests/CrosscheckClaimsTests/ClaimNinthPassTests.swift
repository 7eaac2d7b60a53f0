import CrosscheckClaims
import CrosscheckCore
import Testing

/// Rules of the ninth pass: places named like companies, joiners, unnamed owners, parts, earlier
/// values without a written year, sources, founders and founding times.
@Suite struct ClaimNinthPassTests {
  @Test func readsAmountsInFrancsKronerAndLev() throws {
    let found = try claims(
      "The Lindqvist Opera House spent 14.5 million kroner in 2021. The Tessin Valley Line spent "
        + "9.2 million francs in 2021. The Varna Ferry Company spent 31 million lev in 2021.")
    let spent = found.filter { $0.attribute == "spending" }.compactMap(\.value.low)
    #expect(spent == [14_500_000, 9_200_000, 31_000_000])
  }

  @Test func keepsAPlaceTheTextNamedAloneApartFromACompanyNamedAfterIt() throws {
    let found = try claims(
      "The brewery opened its first taproom in Tollby. Tollby Maltings employs 90 people. "
        + "Tollby has a population of 9,400.")
    let population = try #require(found.first { $0.attribute == "population" })
    #expect(population.subject.name == "Tollby")
  }

  @Test func readsAPopulationOfALoneWordOpeningASentence() throws {
    let found = try claims("The Ostrava Grain Exchange employs 80 people. Korvania has a population of 2.3 million.")
    let population = try #require(found.first { $0.attribute == "population" })
    #expect(population.subject.name == "Korvania")
    #expect(population.value.low == 2_300_000)
  }

  @Test func givesAPlaceFirstAttributeToThePlaceACompanysFirstWordNames() throws {
    let found = try claims("Halmstad Ropeworks employs 300 people. Halmstad has 41,000 inhabitants.")
    let population = try #require(found.first { $0.attribute == "population" })
    #expect(population.subject.name == "Halmstad")
    let workforce = try #require(found.first { $0.attribute == "workforce" })
    #expect(workforce.subject.name == "Halmstad Ropeworks")
  }

  @Test func resolvesAReferenceToTheNameItsNounHeadsBeforeANameOfItsKind() throws {
    let found = try claims(
      "The club joined the Nordic Union of Chess Clubs in 2001; Tarnby City Council owns its hall. "
        + "The union now has 48 member clubs.")
    let members = try #require(found.first { $0.attribute == "member_count" && $0.value.low == 48 })
    #expect(members.subject.name == "Nordic Union of Chess Clubs")
  }

  @Test func readsAChainAsAReferenceToACompany() throws {
    let found = try claims("Pellan & Roe, the coffee chain, has 240 cafes. The chain, founded in 1968, now sells tea too.")
    let founding = try #require(found.first { $0.attribute == "founding_year" })
    #expect(founding.subject.name == "Pellan & Roe")
  }

  @Test func passesOverANameInsideARelativeClauseForAFounding() throws {
    let found = try claims(
      "The Harlan Trust runs the gardens. Merrow Seeds, which supplies the trust's nursery, was founded in 1911.")
    let founding = try #require(found.first { $0.attribute == "founding_year" })
    #expect(founding.subject.name == "Merrow Seeds")
  }

  @Test func keepsAnAfterInsideARelativeClauseInItsClause() throws {
    let found = try claims(
      "The Coastal Rescue Brigade, which was formed in 1998 after storms flooded the port of Velsen, "
        + "now has 640 personnel.")
    let size = try #require(found.first { $0.attribute == "force_size" })
    #expect(size.subject.name == "Coastal Rescue Brigade")
    #expect(size.value.low == 640)
  }

  @Test func doesNotGiveAnOrdinalToTheNameThatJoined() throws {
    let found = try claims(
      "Twelve cities now belong to the Baltic Transit Compact. Karvik, which became the ninth member "
        + "in 2019, runs two ferry lines.")
    let ordinal = try #require(found.first { $0.rule == "ordinal-joining" })
    #expect(ordinal.subject.name == "Baltic Transit Compact")
    #expect(ordinal.value == ClaimValue(low: 9, high: nil, modifier: .atLeast))
  }

  @Test func datesAnEarlierValueAYearBeforeTheValueItFollows() throws {
    let found = try claims(
      "Marrow Software said its revenue rose to 54 million euros in the year to March, up from "
        + "47 million euros a year earlier.", published: 2023)
    let earlier = try #require(found.first { $0.attribute == "revenue" && $0.value.low == 47_000_000 })
    #expect(earlier.time.year == 2022)
    #expect(!found.contains { $0.value.low == 47_000_000 && $0.time.year == 2023 })
  }

  @Test func readsNoClaimFromAPartAfterOfWhich() throws {
    let found = try claims(
      "The Kessel Opera has a budget of 30 million euros for 2024, of which 4 million euros will go on a new stage.")
    let budgets = found.filter { $0.attribute == "budget" }.compactMap(\.value.low)
    #expect(budgets == [30_000_000])
  }

  @Test func leavesAValueOfAnUnnamedOwnerUnclaimed() throws {
    let found = try claims(
      "The Ardent Theatre Company said the warehouse's 2,600 square metres would hold its sets.")
    #expect(!found.contains { $0.attribute == "area" })
  }

  @Test func givesNoFoundingToANameThatDescribesTheNounThatOpened() throws {
    let found = try claims(
      "The Varda Ballet employs 120 dancers. Its school at the Orlen campus opened in 2009 and cost 8 million euros.")
    #expect(!found.contains { $0.attribute == "founding_year" })
    let plain = try claims("The Varda Ballet employs 120 dancers. Its school opened in 2009.")
    #expect(!plain.contains { $0.attribute == "founding_year" })
  }

  @Test func datesAValueAtItsCreationToTheFoundingYear() throws {
    let found = try claims(
      "The Alpine Relief Corps was created in 2004. At its creation the corps numbered about 300 personnel.")
    let size = try #require(found.first { $0.attribute == "force_size" })
    #expect(size.time.year == 2004)
  }

  @Test func readsAnEarlierValueFromADifferenceAndAYear() throws {
    let found = try claims("The Harrow Cycling Union has 96 member clubs, fourteen more than in 2019.")
    let earlier = try #require(found.first { $0.rule == "difference" })
    #expect(earlier.value.low == 82)
    #expect(earlier.time.year == 2019)
    let fewer = try claims("The Kell Film Society has 310 members, 25 fewer than in 2018.")
    #expect(fewer.contains { $0.value.low == 335 && $0.time.year == 2018 })
  }

  @Test func readsNoAreaOfLandAFireBurned() throws {
    let found = try claims("The Ridge Fire Service spent 20 million euros in 2023, when fires burned 800 km2 of forest.")
    #expect(!found.contains { $0.attribute == "area" })
    #expect(found.contains { $0.attribute == "spending" })
  }

  @Test func doesNotTakeTheSourceOfAFigureAsItsSubject() throws {
    let found = try claims(
      "According to the analysts Brightline, Korsa Foods accounts for about 12 percent of frozen meal sales.")
    let share = try #require(found.first { $0.attribute == "share" })
    #expect(share.subject.name == "Korsa Foods")
  }

  @Test func readsAPossessiveShortFormOfAName() throws {
    let found = try claims(
      "St Brennan's Building Society has 12 branches. St Brennan's had income of 4.1 million pounds in 2023.")
    let revenue = try #require(found.first { $0.attribute == "revenue" })
    #expect(revenue.subject.name == "St Brennan's Building Society")
  }

  @Test func passesOverAFounderNamedInAFrontedClause() throws {
    let found = try claims(
      "Set up in 1958 by a local doctor, Anna Verlaine, and four nurses, the Calder Hospice now employs 90 staff.")
    let founding = try #require(found.first { $0.attribute == "founding_year" })
    #expect(founding.subject.name == "Calder Hospice")
  }

  @Test func doesNotDateAValueByTheYearOfAJoinedPastPredicate() throws {
    let found = try claims("Marlby has 23,000 residents and last hosted the games in 2009.", published: 2024)
    let population = try #require(found.first { $0.attribute == "population" })
    #expect(population.time.year == 2024)
  }
}
