import CrosscheckClaims
import CrosscheckCore
import Foundation
import Testing

/// Numbers that belong to another subject than the nearest name, or to no subject at all: the
/// fourth pass of rules (issue 5). Published in 2022 unless a test says otherwise.
@Suite struct ClaimSubjectTrapsTests {
  @Test func readsNoMemberCountFromWhereVisitorsComeFrom() throws {
    let found = try claims("The Delta Garden Fair opened with 500 exhibitors from 38 countries.")
    #expect(!found.contains { $0.attribute == "member_count" })
  }

  @Test func stillCountsPeopleDrawnFromCountriesAndGrowthFromAValue() throws {
    let found = try claims(
      "The Sahel Relief Mission draws soldiers from five contributing countries. "
        + "The Tern Chess League grew from 12 clubs in 2015 to 16 in 2020.")
    #expect(found.contains { $0.attribute == "contributing_countries" && $0.value.low == 5 })
    #expect(found.contains { $0.attribute == "member_count" && $0.value.low == 12 })
  }

  @Test func readsNoSharePartOfAnotherAmount() throws {
    let found = try claims("Halder Media spent 83 million pounds last year, 84% of it on news.")
    #expect(!found.contains { $0.attribute == "share" })
    #expect(found.contains { $0.attribute == "spending" && $0.subject.name == "Halder Media" })
  }

  @Test func givesAPercentageToThePossessiveNameRightBeforeIt() throws {
    let found = try claims("Brisk Air has a market share of 31%, against Skyline Jet's 24%.")
      .filter { $0.attribute == "share" }
    #expect(found.map(\.subject.name) == ["Brisk Air", "Skyline Jet"])
  }

  @Test func takesTheNameSetOffByCommasAfterASisterOrRival() throws {
    let claim = try #require(
      try claims("Morrow Books's sister chain in Spain, Librea, has a budget of 9 million euros.")
        .first { $0.attribute == "budget" })
    #expect(claim.subject.name == "Librea")
  }

  @Test func resolvesTheNounBeforeOfInANameAsAReference() throws {
    let found = try claims(
      "The Port of Lenmouth is busy, and Lenmouth Port Authority runs it. The port covers "
        + "1,900 hectares.")
    #expect(found.first { $0.attribute == "area" }?.subject.name == "Port of Lenmouth")
  }

  @Test func readsAnUndefinedAcronymAsTheNameItsCapitalsSpell() throws {
    let found = try claims(
      "The Quarry Valley Water District serves the valley. QVWD was created in 1967.")
    #expect(found.first { $0.attribute == "founding_year" }?.subject.name
      == "Quarry Valley Water District")
  }

  @Test func keepsTheCityOfANameApartFromACompanyStartingWithIt() throws {
    let found = try claims(
      "Tarvik Events runs the fair. The city of Tarvik, home to 310,000 people, needs it.")
    #expect(found.first { $0.attribute == "population" }?.subject.name == "Tarvik")
  }

  @Test func continuesTheArticlesTopicWithItsWhenTheSentenceBeforeNamesIt() throws {
    let found = try claims(
      "Orrin Foods opened a plant. Castor Capital holds a 40% stake in Orrin Foods. Its revenue "
        + "rose from 90 million euros in 2019 to 130 million euros last year.")
      .filter { $0.attribute == "revenue" }
    #expect(found.map(\.subject.name) == ["Orrin Foods", "Orrin Foods"])
    #expect(found.map(\.time.year) == [2019, 2021])
  }

  @Test func readsWeInAQuotationAsTheArticlesOrganizationNotThePlace() throws {
    let found = try claims(
      "The Kell River Hospital Trust runs four hospitals. Kell itself has 90,000 residents. "
        + "\"We employed 5,800 people in 2019,\" said its director, Ann Ode.")
      .filter { $0.attribute == "workforce" }
    #expect(found.map(\.subject.name) == ["Kell River Hospital Trust"])
  }
}
