import CrosscheckClaims
import CrosscheckCore
import Foundation
import Testing

/// Names inside asides, conjoined verbs, changes and periods, and founding counts: the fifth pass
/// of rules (issue 5). Published in 2022 unless a test says otherwise.
@Suite struct ClaimAsideTests {
  @Test func takesTheNameBeforeAnAppositionNotTheNameInsideIt() throws {
    let found = try claims(
      "Kestrel Mining, the owner of two quarries near the Orlen valley, reported revenue of "
        + "90 million euros in 2021.")
    #expect(found.first { $0.attribute == "revenue" }?.subject.name == "Kestrel Mining")
  }

  @Test func takesTheNameBeforeAParticiplePhraseNotThePlaceInIt() throws {
    let found = try claims("Vantor Bikes, headquartered in Lisbury, has 640 employees.")
    #expect(found.first { $0.attribute == "workforce" }?.subject.name == "Vantor Bikes")
  }

  @Test func pointsALaterReferenceAtTheNameBeforeTheAside() throws {
    let found = try claims(
      "Pellow Freight, the operator of barges on the Marrow canal, grew fast. The company, "
        + "which was set up in 1998, employs 310 people.")
    #expect(found.first { $0.attribute == "workforce" }?.subject.name == "Pellow Freight")
    #expect(found.first { $0.attribute == "founding_year" }?.subject.name == "Pellow Freight")
  }

  @Test func keepsAnAppositionNamingTheKindFromRenamingTheSubject() throws {
    let found = try claims(
      "Greater Dunholt, the metropolitan area around the city of Dunholt, had 2.3 million "
        + "residents in 2020.")
    #expect(found.first { $0.attribute == "population" }?.subject.name == "Greater Dunholt")
  }

  @Test func datesACountAfterAnOpeningToTheArticleNotToTheOpening() throws {
    let found = try claims(
      "The Corran Ferry Terminal is busy. The terminal opened in 2009 and employs 85 people.")
    let workforce = try #require(found.first { $0.attribute == "workforce" })
    #expect(workforce.time.year == 2022)
    #expect(found.first { $0.attribute == "founding_year" }?.value.low == 2009)
  }

  @Test func readsNoFoundingYearFromSomethingTheSubjectOpened() throws {
    let found = try claims("Lindqvist Foods opened its first bakery in 1977.")
    #expect(!found.contains { $0.attribute == "founding_year" })
  }

  @Test func readsNoFoundingYearForANamedStreetThatOnlyLocatesTheSubject() throws {
    let found = try claims("The old theatre at 9 Quay Lane, opened in 1903, seats 700.")
    #expect(!found.contains { $0.attribute == "founding_year" && $0.subject.name == "Quay Lane" })
  }

  @Test func readsTheFirstEditionAsTheFoundingOfAnEvent() throws {
    let found = try claims("The Harrowgate Jazz Festival was first held in 1964.")
    #expect(found.first { $0.attribute == "founding_year" }?.value.low == 1964)
  }

  @Test func readsNoValueFromTheSizeOfAChangeAndNoDateFromSince() throws {
    let found = try claims(
      "The village of Orma, with 2,400 inhabitants, has seen its population shrink by 600 "
        + "since 2001.")
    let population = found.filter { $0.attribute == "population" }
    #expect(population.map(\.value.low) == [2400])
    #expect(population.first?.time.year == 2022)
  }

  @Test func stillDatesAValueInAWhenClauseAfterSince() throws {
    let found = try claims(
      "The Tarn Rowing League has doubled since 2012, when the league had six clubs.")
    #expect(found.first { $0.attribute == "member_count" && $0.value.low == 6 }?.time.year == 2012)
  }

  @Test func readsTheFoundersOfACooperativeAsItsMembersAtTheFounding() throws {
    let found = try claims(
      "The Brannock Grain Cooperative was founded in 1987 by nine farms. The Westdale Growers "
        + "Union was formed in 1990 by 44 households.")
    let members = found.filter { $0.attribute == "member_count" }
    #expect(members.contains { $0.value.low == 9 && $0.time.year == 1987 })
    #expect(members.contains { $0.value.low == 44 && $0.time.year == 1990 })
  }
}
