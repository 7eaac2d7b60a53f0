import CrosscheckClaims
import CrosscheckCore
import Foundation
import Testing

/// A part of a group is not the group's size, a short name inside a longer one is that name, and
/// a landform after a name is a place of its own (issue 5, sixth pass).
@Suite struct ClaimSubsetAndShortNameTests {
  @Test(arguments: [
    "The Kestrel Software Group pays pensions to 4,000 retired staff.",
    "The Kestrel Software Group hires 300 seasonal workers each summer.",
    "The Kestrel Software Group said 120 of its employees would move to Tarvik.",
    "The Kestrel Software Group said 96 of the workers had signed the petition.",
  ])
  func readsNoWorkforceFromAPartOfTheStaff(_ text: String) throws {
    #expect(try claims(text).filter { $0.attribute == "workforce" }.isEmpty)
  }

  @Test func readsAPopulationThatIsNoSeasonalPart() throws {
    let found = try claims("Port Osk has 12,000 residents and 3,000 seasonal residents.")
    #expect(found.filter { $0.attribute == "population" }.map(\.value.low) == [12_000])
  }

  /// Part-time says how people work, not which part of the staff they are: a small body whose
  /// whole staff works part time.
  @Test func readsAPartTimeStaffAsTheWorkforce() throws {
    let found = try claims("The Orrin Beekeepers' Society has two part-time employees and a shop.")
    #expect(found.filter { $0.attribute == "workforce" }.map(\.value.low) == [2])
  }

  @Test func givesAFoundingYearToTheNameAWordInsideItStandsFor() throws {
    let found = try claims(
      "The Norland Symphonic Choir gave 40 concerts last year. Founded by a group of teachers in "
        + "1950, the Symphonic sang in the cathedral.")
    let claim = try #require(found.first { $0.attribute == "founding_year" })
    #expect(claim.subject.name == "Norland Symphonic Choir")
  }

  @Test func givesAWorkforceToTheNameBeforeARoleTitle() throws {
    let found = try claims(
      "The Tarnby Infirmary Trust opened a new ward. Trust director Ann Vik, who took over in "
        + "2020, said the hospital employs 900 people.")
    let claim = try #require(found.first { $0.attribute == "workforce" })
    #expect(claim.subject.name == "Tarnby Infirmary Trust")
  }

  @Test func givesTheFiguresOfALandformToTheLandform() throws {
    let found = try claims(
      "The Varna steppe, which covers some 30,000 square kilometres, is home to roughly 50,000 "
        + "people.")
    #expect(found.first { $0.attribute == "area" }?.subject.name == "Varna steppe")
    #expect(found.first { $0.attribute == "population" }?.subject.name == "Varna steppe")
  }

  @Test func datesACountByItsOwnYearAfterAtFirst() throws {
    let found = try claims(
      "The Tarvik Choir Union was set up in 1961 by nine choirs. It grew slowly at first and had "
        + "29 member clubs in 2016.")
    let claim = try #require(found.first { $0.attribute == "member_count" && $0.value.low == 29 })
    #expect(claim.time.year == 2016)
  }

  @Test func datesAFigureOfAWhenItOpenedClauseByTheFoundingYear() throws {
    let found = try claims(
      "The Lisk Harbour Trust was established in 1979. When it opened, it had a staff of 12 and "
        + "one tug.", published: 2025)
    let claim = try #require(found.first { $0.attribute == "workforce" })
    #expect(claim.subject.name == "Lisk Harbour Trust")
    #expect(claim.time.year == 1979)
  }

  @Test func givesNoFiguresOfAnUnnamedProgrammeToTheCompanyBefore() throws {
    let found = try claims(
      "Kestrel Software employs 900 people. The cloud project, budgeted at 40 million euros when "
        + "it was launched in 2021, has so far signed 300 clients.")
    #expect(!found.contains { $0.attribute == "founding_year" })
    #expect(!found.contains { $0.attribute == "budget" })
    #expect(found.contains { $0.attribute == "workforce" && $0.subject.name == "Kestrel Software" })
  }

  @Test func keepsTheFiguresOfAnOpeningNounThatEndsAName() throws {
    let found = try claims(
      "The Harwick Cathedral Choir sang on Sunday. The cathedral choir, which was founded in "
        + "1890, has 60 singers.")
    let claim = try #require(found.first { $0.attribute == "founding_year" })
    #expect(claim.subject.name == "Harwick Cathedral Choir")
  }
}

