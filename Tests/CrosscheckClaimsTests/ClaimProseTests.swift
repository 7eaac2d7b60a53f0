import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Foundation
import Testing

/// Claims as news prose states them: earlier values, pairs, attached years, relative clauses,
/// fronted participles, thresholds, quotations and subjects found through pronouns and names of
/// several words. Published in 2022 unless a test says otherwise.
@Suite struct ClaimProseTests {
  func first(_ attribute: String, in text: String) throws -> Claim {
    try #require(try claims(text).first { $0.attribute == attribute })
  }

  @Test func readsAMissionNamedWithItsPlaceAsOneSubject() throws {
    let claim = try first("force_size", in: "The United Nations Verification Mission in Tesora has 900 personnel.")
    #expect(claim.subject.name == "United Nations Verification Mission in Tesora")
  }

  @Test func takesNoMonthNameForASubject() throws {
    let found = try claims("Talks stalled in February. It employs 400 people.")
    #expect(found.allSatisfy { !$0.subject.name.contains("February") })
  }

  @Test func neverTakesANameInsideAHyphenatedAdjectiveAsTheSubject() throws {
    let claim = try first("workforce", in: "Dervio Labs was founded in 2001. The Lyon-based software maker employs 1,200 people.")
    #expect(claim.subject.name == "Dervio Labs")
  }

  @Test func readsAPlaceOwnedByAPronounAsItsOwnSubject() throws {
    let found = try claims("Nova Marisport has 300,000 inhabitants. Its metropolitan area is home to 900,000 people.")
      .filter { $0.attribute == "population" }
    #expect(found.map(\.subject.name) == ["Nova Marisport", "Nova Marisport metropolitan area"])
  }

  @Test func resolvesItToTheTopicOfThePreviousSentence() throws {
    let claim = try first("revenue", in: "The Teller Rail Company was founded in 1990 by Anna Berg. It had revenue of $2 billion in 2020.")
    #expect(claim.subject.name == "Teller Rail Company")
    #expect(claim.time.year == 2020)
  }

  @Test(arguments: [
    "Brazil would become the ninth member of the Andean Water Council if its bid succeeds.",
    "Planners expect Marisport to reach 400,000 inhabitants by 2030.",
  ])
  func readsNoClaimFromHypotheticalsOrForecasts(_ text: String) throws {
    #expect(try claims(text).isEmpty)
  }

  @Test func readsTheEarlierValueAfterUpFromWithItsOwnYear() throws {
    let found = try claims("The Orla Water Board has 410 employees, up from 350 in 2018.")
      .filter { $0.attribute == "workforce" }
    #expect(found.map { $0.value.low ?? 0 } == [410, 350])
    #expect(found.map(\.time.year) == [2022, 2018])
    #expect(found.map(\.rule) == ["count-unit", "earlier-value"])
  }

  @Test func readsBothValuesOfAPairWithTheirYears() throws {
    let found = try claims("Nova Marisport's population was 280,000 in 2010 and 250,000 in 2000.")
      .filter { $0.attribute == "population" }
    #expect(found.map { $0.value.low ?? 0 } == [280_000, 250_000])
    #expect(found.map(\.time.year) == [2010, 2000])
    #expect(found.allSatisfy { $0.subject.name == "Nova Marisport" })
  }

  @Test func readsAGrowthOfMoneyAsTwoTimedClaims() throws {
    let found = try claims("The revenue of Teller Rail fell from $2.1 billion in 2019 to $1.7 billion in 2020.")
      .filter { $0.attribute == "revenue" }
    #expect(found.map { $0.value.low ?? 0 } == [2_100_000_000, 1_700_000_000])
    #expect(found.map(\.time.year) == [2019, 2020])
  }

  @Test func datesAValueByTheYearWrittenAfterIt() throws {
    let claim = try first("workforce", in: "In 2021 the Orla Water Board said it employed 520 people at its peak in 2016.")
    #expect(claim.time == TimeScope(year: 2016, basis: "explicit"))
  }

  @Test func keepsTheYearsOfARelativeClauseToThatClause() throws {
    let claim = try first("population", in: "Port Fenwick, which hosted the regatta in 2012, has 90,000 inhabitants.")
    #expect(claim.time.year == 2022)
    let inside = try first("population", in: "Port Fenwick, which had 70,000 inhabitants in 2012, hosted the regatta.")
    #expect(inside.time.year == 2012)
  }

  @Test func readsLastSeasonAsTheYearBeforePublication() throws {
    let claim = try first("member_count", in: "The Kessel Rowing League had 11 clubs last season.")
    #expect(claim.time == TimeScope(year: 2021, basis: "relative"))
  }

  @Test func endsAClauseAtAfterSoThatItsYearStaysThere() throws {
    let claim = try first("member_count", in: "The Kessel Rowing League has ten clubs after Lugo joined in 2019.")
    #expect(claim.time.year == 2022)
  }

  @Test func readsAFoundingYearCountedBackFromPublication() throws {
    let claim = try first("founding_year", in: "The Orla Water Board, set up 30 years ago, manages the river.")
    #expect(claim.value.low == 1992)
    #expect(claim.subject.name == "Orla Water Board")
  }

  @Test func takesTheSubjectAfterAFrontedParticiple() throws {
    let claim = try first("founding_year", in: "Founded in 1950, the Kessel Rowing League has 12 clubs in Lugo.")
    #expect(claim.subject.name == "Kessel Rowing League")
  }

  @Test func datesTheCountAtTheFoundingItCameWith() throws {
    let claim = try first("member_count", in: "The Kessel Rowing League was founded in 1950 with six clubs.")
    #expect(claim.value.low == 6)
    #expect(claim.time.year == 1950)
  }

  @Test func readsAPassedThresholdAsALowerBound() throws {
    let claim = try first("population", in: "The population of Fenwick has passed 100,000 for the first time.")
    #expect(claim.value == ClaimValue(low: 100_000, high: nil, modifier: .moreThan))
  }

  @Test func marksANumberInsideAQuotationWithItsSpeaker() throws {
    let claim = try first("workforce", in: "\"The Orla Water Board now employs 450 people,\" said its director, Mara Quist.")
    #expect(claim.value.low == 450)
    #expect(claim.warnings == ["quoted: Mara Quist"])
  }

  @Test func marksAReportThatNamesNoSource() throws {
    let claim = try first("force_size", in: "The Tesora Defence Force reportedly has 8,000 troops.")
    #expect(claim.warnings == ["reported, no source named"])
  }

  @Test func readsAnOrdinalAfterAPossessiveAsAtLeastThatMany() throws {
    let claim = try first("member_count", in: "The Kessel Rowing League grew in 2019, when Lugo joined as the league's 14th club.")
    #expect(claim.subject.name == "Kessel Rowing League")
    #expect(claim.value == ClaimValue(low: 14, high: nil, modifier: .atLeast))
  }

  @Test func readsAnOrdinalContributorAsAtLeastThatManyContributingCountries() throws {
    let claim = try first("contributing_countries", in: "Chile joined the Tesora Stabilization Mission as its fifth contributor in 2015.")
    #expect(claim.value == ClaimValue(low: 5, high: nil, modifier: .atLeast))
    #expect(claim.time.year == 2015)
  }

  @Test func readsNoRankAsAnOrdinalOfJoining() throws {
    #expect(try claims("Chile, the second-largest contributor, has 700 troops in Tesora.")
      .filter { $0.attribute == "contributing_countries" }.isEmpty)
  }

  @Test func readsNoMemberCountFromCountriesAFirmWorksIn() throws {
    #expect(try claims("Dervio Labs employs 1,200 people in 31 countries.").filter { $0.attribute == "member_count" }.isEmpty)
  }

  @Test func readsNoValueFromADifference() throws {
    #expect(try claims("The Tesora Defence Force has 300 more troops than the Lugo Army.")
      .filter { $0.attribute == "force_size" }.isEmpty)
  }

  @Test func readsAnAdjectiveBetweenANumberAndItsUnit() throws {
    let claim = try first("workforce", in: "Nova Marisport employs 11,200 municipal staff.")
    #expect(claim.value.low == 11_200)
  }

  @Test func givesABareNumberToTheAttributeWhoseWordIsNearest() throws {
    let found = try claims("The Tesora Stabilization Mission's civilian staff numbers 240.")
    #expect(found.map(\.attribute) == ["workforce"])
  }
}

extension ClaimProseTests {
  @Test func keepsACountThatAHypotheticalPresupposes() throws {
    let claim = try first("member_count", in: "An attack on one state would bring a response from all 12 members of the Andean Water Council.")
    #expect(claim.value.low == 12)
    #expect(try claims("If Chile left, an attack would bring a response from all 12 members of the Andean Water Council.").isEmpty)
  }
}
