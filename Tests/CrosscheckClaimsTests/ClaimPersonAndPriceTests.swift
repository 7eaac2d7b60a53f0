import CrosscheckClaims
import CrosscheckCore
import Foundation
import Testing

/// A person is never the subject of an organisation's or a place's figure, a fronted clause
/// describes the name after it, and a price per unit is no budget (issue 5, HeldOut5 errors).
@Suite struct ClaimPersonAndPriceTests {
  @Test func givesAWorkforceToTheReferenceNotToTheExecutiveWhoSpeaks() throws {
    let found = try claims(
      "The Harwick Port Authority runs the eastern docks. Chief executive Jane Roe told a meeting "
        + "on Monday that the authority now employs 730 staff.")
    let claim = try #require(found.first { $0.attribute == "workforce" })
    #expect(claim.subject.name == "Harwick Port Authority")
    #expect(!found.contains { $0.subject.name.contains("Roe") })
  }

  @Test func keepsACapitalizedRoleOutOfTheNameAndTheSubject() throws {
    let found = try claims(
      "Kestrel Soft writes payroll software in Tarvik. Manager Tom Reed said the firm's 120 "
        + "employees work from home. Its budget is 9 million euros.")
    #expect(found.first { $0.attribute == "workforce" }?.subject.name == "Kestrel Soft")
    #expect(found.first { $0.attribute == "budget" }?.subject.name == "Kestrel Soft")
    #expect(!found.contains { $0.subject.name.contains("Reed") })
  }

  @Test func readsNoFigureOfAConductorWhenNoOrganisationIsNamed() throws {
    let found = try claims("Conductor Lise Marr said the singers raised 40,000 euros in revenue.")
    #expect(!found.contains { $0.subject.name.contains("Marr") })
  }

  @Test(arguments: [
    "The Linden Valley Choir has a budget of 80,000 euros, paid for by fees of 30 euros per singer.",
    "The Linden Valley Choir has a budget of 80,000 euros; its fees rise to 30 euros for adults.",
    "The Linden Valley Choir has a budget of 80,000 euros, with tickets at 30 euros each.",
  ])
  func readsNoBudgetFromAPricePerUnit(_ text: String) throws {
    let budgets = try claims(text).filter { $0.attribute == "budget" }
    #expect(budgets.map(\.value.low) == [80_000])
  }

  @Test func stillReadsSpendingPerYear() throws {
    let found = try claims("The Harwick Port Authority spends 11 million pounds a year on dredging.")
    #expect(found.contains { $0.attribute == "spending" && $0.value.low == 11_000_000 })
  }

  @Test func resolvesTheBankToTheNameItHeadsNotToTheNearestName() throws {
    let found = try claims(
      "The Orlen Valley Seed Bank was set up by the towns of Harl and Mosk. Treasurer Ann Lee "
        + "said the bank's 38 employees test every sample.")
    #expect(found.first { $0.attribute == "workforce" }?.subject.name == "Orlen Valley Seed Bank")
  }

  @Test func givesAFrontedFoundingYearToTheSubjectAfterTheClosingComma() throws {
    let found = try claims(
      "The Harwick Port Authority manages three docks. Founded in 1908 after a fire destroyed "
        + "the old quays at Lenby, the authority now employs 300 people.")
    let years = found.filter { $0.attribute == "founding_year" }
    #expect(years.map(\.subject.name) == ["Harwick Port Authority"])
  }

  @Test func passesOverANameInsideTheFrontedClause() throws {
    let found = try claims(
      "The Linden Valley Choir sings tonight. Founded in 1952, two years after a festival was "
        + "held in a Marlow church hall, the choir now has 60 members.")
    let years = found.filter { $0.attribute == "founding_year" }
    #expect(years.map(\.subject.name) == ["Linden Valley Choir"])
  }

  @Test func keepsTheOfTheNameWholeBeforeAnApposition() throws {
    let found = try claims(
      "The Guild of the Orme Coders, a software cooperative first set up in 1994, opens an "
        + "office in Tarvik.")
    #expect(found.first { $0.attribute == "founding_year" }?.subject.name == "Guild of the Orme Coders")
  }
}
