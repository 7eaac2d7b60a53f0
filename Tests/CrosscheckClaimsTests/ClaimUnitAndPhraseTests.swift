import CrosscheckClaims
import CrosscheckCore
import Testing

/// Values read from their unit alone, fronted measures, events dated by a possessive year, the
/// whole a part is cut from, compounds several attributes accept, and headline short names.
/// Published in 2022 unless a test says otherwise.
@Suite struct ClaimUnitAndPhraseTests {
  func first(_ attribute: String, in text: String) throws -> Claim {
    try #require(try claims(text).first { $0.attribute == attribute })
  }

  @Test func readsAnAreaFromAUnitNoOtherAttributeTakes() throws {
    let claim = try first("area", in: "We hiked across Moravec Lake Reserve, which at 310 square kilometres is huge.")
    #expect(claim.subject.name == "Moravec Lake Reserve")
    #expect(claim.value.low == 310)
  }

  @Test func readsTheNameAfterAFrontedMeasureAsItsSubject() throws {
    let claim = try first("area", in: "At about 85 sq km, Brinmoor Island is the largest island in the bay.")
    #expect(claim.subject.name == "Brinmoor Island")
    #expect(claim.value.low == 85)
  }

  @Test func letsAPossessiveYearDateItsEventNotTheStateItLeft() throws {
    let claim = try first(
      "area", in: "Last year's merger, which joined two villages, has brought Orlen Township to 210 square kilometres.")
    #expect(claim.subject.name == "Orlen Township")
    #expect(claim.time.year == 2022)
    #expect(claim.time.basis == "published")
  }

  @Test func readsPeopleWhoWorkForAnEmployerAsItsWorkforce() throws {
    let claim = try first("workforce", in: "Around 640 people work for Tessel Robotics in two plants.")
    #expect(claim.subject.name == "Tessel Robotics")
    #expect(claim.value.low == 640)
  }

  @Test func readsTheWholeAPlannedCutIsTakenFrom() throws {
    let found = try claims("Marrow Foods Group said it would cut 120 of its 2,400 jobs.")
      .filter { $0.attribute == "workforce" }
    #expect(found.map(\.value.low) == [2400])
    #expect(found.first?.subject.name == "Marrow Foods Group")
  }

  @Test func readsAMarketOfPeopleAsAPopulation() throws {
    let claim = try first("population", in: "The Baltic Rail Pact serves a market of 27 million people.")
    #expect(claim.value.low == 27_000_000)
  }

  @Test func readsAnNMemberBodyAsAMemberCountAndAnNMemberForceAsItsSize() throws {
    let body = try claims("Delegates of the twelve-member Andes Water Council met in Quito.")
    #expect(body.map(\.attribute) == ["member_count"])
    #expect(body.first?.value.low == 12)
    let force = try claims("The 4,000-member Coastal Defence Force left Varna.")
    #expect(force.map(\.attribute) == ["force_size"])
  }

  @Test func readsTheFullNameBehindAHeadlinesShortName() throws {
    let text = "Varna trail reopens\nJune 2, 2021\nWalkers were back on Monday. Cafes reopened too. "
      + "It was created in 1962. Signs now name the Varna Coastal Trail everywhere."
    let claim = try #require(try claims(text, published: 2021).first { $0.attribute == "founding_year" })
    #expect(claim.subject.name == "Varna Coastal Trail")
  }
}
