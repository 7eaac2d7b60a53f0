import CrosscheckClaims
import CrosscheckCore
import Foundation
import Testing

/// Ownership stakes and parts of an amount are no market share, fees paid and the cost of one thing
/// are no budget or spending, founders that are groups are the first members, a "when" clause dates
/// the value it follows and a relative clause keeps its year, and a place opening a sentence owns
/// its count.
@Suite struct ClaimStakeAndFounderTests {
  @Test(arguments: [
    "Tarvik Holdings, the largest investor, holds 40 percent of the capital.",
    "The Orrin Rail Company said Tarvik Holdings holds 55 percent of the shares.",
    "The Velsing Water Authority can impose fines of up to 8 percent of turnover.",
  ])
  func readsNoShareFromAStakeOrAPartOfAnAmount(_ text: String) throws {
    #expect(try claims(text).filter { $0.attribute == "share" }.isEmpty)
  }

  @Test func stillReadsAShareOfAMarket() throws {
    let found = try claims("Tarvik Holdings holds 40 percent of the regional cement market.")
    #expect(found.filter { $0.attribute == "share" }.map(\.value.low) == [40])
  }

  @Test func countsFoundersWithAnAdjectiveAsTheFirstMembers() throws {
    let found = try claims("The Kell Orchard Association was founded in 1950 by twelve apple growers.")
    let claim = try #require(found.first { $0.attribute == "member_count" })
    #expect(claim.value.low == 12)
    #expect(claim.time.year == 1950)
  }

  @Test func countsProvincesThatSetUpABodyAsItsFirstMembers() throws {
    let found = try claims("The Eastern Roads Fund was set up in 1990 by six provinces.")
    let claim = try #require(found.first { $0.attribute == "member_count" })
    #expect(claim.value.low == 6)
    #expect(claim.time.year == 1990)
  }

  @Test func readsAFoundingYearAfterWasStarted() throws {
    let found = try claims("The Kell Orchard Association was started in 1950 by apple growers.")
    #expect(found.first { $0.attribute == "founding_year" }?.value.low == 1950)
  }

  @Test func datesTheEarlierValueByItsWhenClauseAndTheNewOneNow() throws {
    let found = try claims(
      "The Kell Chess League has 80 clubs, up from 50 when the city first gave it a hall in 2015.",
      published: 2024)
    let counts = found.filter { $0.attribute == "member_count" }
    #expect(counts.first { $0.value.low == 80 }?.time.year == 2024)
    #expect(counts.first { $0.value.low == 50 }?.time.year == 2015)
  }

  @Test func givesAPopulationToThePlaceOpeningTheSentence() throws {
    let found = try claims(
      "The Kell Orchard Association has 300 members. Dunmere has 40,000 inhabitants.")
    #expect(found.first { $0.attribute == "population" }?.subject.name == "Dunmere")
  }

  @Test func readsNoBudgetFromFeesPaidToAnotherBody() throws {
    let found = try claims(
      "The Kell Rowing Club paid 9,000 euros a year in league fees, and its own budget is 2 "
        + "million euros.")
    #expect(found.filter { $0.attribute == "budget" }.map(\.value.low) == [2_000_000])
  }

  @Test func readsNoSpendingFromTheCostOfOneThing() throws {
    let found = try claims("The Kell Water Company is spending 4 million euros on a new pumping station.")
    #expect(found.filter { $0.attribute == "spending" }.isEmpty)
  }

  @Test func stillReadsYearlySpendingOnAKindOfThing() throws {
    let found = try claims("The Kell Water Company spends 4 million euros a year on repairs.")
    #expect(found.filter { $0.attribute == "spending" }.map(\.value.low) == [4_000_000])
  }

  @Test func keepsTheYearOfARelativeClauseAfterACommaFromTheValue() throws {
    let found = try claims(
      "The Kell Orchard Association has 300 members. Dunmere has 40,000 inhabitants, many of them "
        + "in hamlets that lost their school a decade ago.", published: 2024)
    #expect(found.first { $0.attribute == "population" }?.time.year == 2024)
  }
}
