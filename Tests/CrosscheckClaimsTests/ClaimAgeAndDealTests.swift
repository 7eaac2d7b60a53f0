import CrosscheckClaims
import CrosscheckCore
import Foundation
import Testing

/// A person's age is no count, the price of a deal or of one project is no spending, a loss of
/// jobs to come is no workforce, and a verb that counts what it did founds nothing (issue 5,
/// HeldOut7 errors).
@Suite struct ClaimAgeAndDealTests {
  @Test(arguments: [
    "At Dorn, a town of 8,000 residents, the harbour master Ana Ruiz, 54, said the quay would reopen.",
    "\"We had 40 staff when I started,\" said the head of the Tarvik Ferry Company, Lars Berg, 61.",
  ])
  func readsNoCountFromTheAgeAfterAName(_ text: String) throws {
    let found = try claims(text)
    #expect(!found.contains { $0.value.low == 54 || $0.value.low == 61 })
  }

  @Test func stillReadsACountAfterANameAndAComma() throws {
    let found = try claims("Among the cities of the region is Port Dorn, 54,000 residents strong.")
    #expect(!found.contains { $0.value.low == 54 })
  }

  @Test(arguments: [
    "The Tarvik Ferry Company bought the Lenby yard for 3 million euros in 1990 and has spent "
      + "heavily on it since.",
    "The Tarvik Ferry Company sold its bus arm for 12 million euros; it spends less now.",
  ])
  func readsNoSpendingFromThePriceOfADeal(_ text: String) throws {
    #expect(!(try claims(text)).contains { $0.attribute == "spending" })
  }

  @Test func readsNoSpendingFromTheCostOfOneProject() throws {
    let found = try claims(
      "The Tarvik Ferry Company runs six ferries. It will spend 2 million euros this year "
        + "building a seventh.")
    #expect(!found.contains { $0.attribute == "spending" })
  }

  @Test func stillReadsSpendingThatNoGerundFollows() throws {
    let found = try claims(
      "The Tarvik Ferry Company runs six ferries. It will spend 2 million euros this year.")
    #expect(found.contains { $0.attribute == "spending" && $0.value.low == 2_000_000 })
  }

  @Test(arguments: ["About 90 jobs would go.", "Some 90 jobs will be lost."])
  func readsNoWorkforceFromJobsToBeLost(_ cut: String) throws {
    let found = try claims(
      "The Lenby Glassworks employs 400 people. It plans to shut its oldest furnace. " + cut)
    #expect(found.filter { $0.attribute == "workforce" }.map(\.value.low) == [400])
  }

  @Test func readsNoFoundingYearFromAVerbThatCountsWhatItDid() throws {
    let found = try claims(
      "The Orlen Mountain Rescue Service was set up in 1961. Its teams launched 212 times in 2021.",
      published: 2022)
    #expect(found.filter { $0.attribute == "founding_year" }.map(\.value.low) == [1961])
  }

  @Test func readsAnAndNameBeforeATrustAtTheSentenceStartAsOneName() throws {
    let found = try claims(
      "The Orm and Tessel Canal Trust was founded in 1972. Orm has 12,000 residents.")
    let year = try #require(found.first { $0.attribute == "founding_year" })
    #expect(year.subject.name == "Orm and Tessel Canal Trust")
    #expect(found.first { $0.attribute == "population" }?.subject.name == "Orm")
  }

  @Test func keepsTwoPlacesBeforeALowercaseNounApart() throws {
    let found = try claims(
      "The Kessel Ferry Company was formed in 1990 through a merger of the Orm and Tarn Vale "
        + "boat firms.")
    #expect(!found.contains { $0.subject.name.contains(" and ") })
  }

  @Test func givesACountToTheNameBeforeAnAppositionWithAPossessiveNoun() throws {
    let found = try claims(
      "The Orm Angling Club met in Dorn. Norbrook, the country's largest chain of tackle shops, "
        + "employs 640 people across 50 shops.")
    #expect(found.first { $0.attribute == "workforce" }?.subject.name == "Norbrook")
  }

  @Test func readsNoCountOfTheArticleTopicFromAnUnnamedCompoundSubject() throws {
    let found = try claims(
      "The Orm Angling Club has 900 members. The fisheries agency employs 75 wardens.")
    #expect(!found.contains { $0.attribute == "workforce" })
  }

  @Test func stillReadsTheTopicsCountAfterANounAndAnAdverb() throws {
    let found = try claims(
      "The Orm Angling Club was founded in 1950. The club now employs 12 people.")
    #expect(found.first { $0.attribute == "workforce" }?.subject.name == "Orm Angling Club")
  }

  @Test func readsNoYearFromASinceComparisonWithADecade() throws {
    let found = try claims(
      "The Orm Angling Club has 9,000 members, its highest number since the early 1980s.",
      published: 2022)
    let members = try #require(found.first { $0.attribute == "member_count" })
    #expect(members.time.year != 1980)
  }
}
