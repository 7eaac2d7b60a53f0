import CrosscheckClaims
import CrosscheckCore
import Testing

/// Claims that lean on their context: names read back through a head noun, a company's first
/// word or "the government"; values after "the figure"; ordinals with no noun; years counted
/// back; and the numbers near a count that do not state it (ages, ranks, hedged values).
/// Published in 2022 unless a test says otherwise.
@Suite struct ClaimContextTests {
  func found(_ attribute: String, in text: String, published: Int = 2022) throws -> [Claim] {
    try claims(text, published: published).filter { $0.attribute == attribute }
  }

  @Test func countsWhateverAnEmployingVerbCounts() throws {
    let found = try found("workforce", in: "The Halden Observatory employs 85 astronomers and engineers.")
    #expect(found.map { $0.value.low } == [85])
    #expect(found.map(\.subject.name) == ["Halden Observatory"])
  }

  @Test func countsPartnersAsMembersOnlyAtTheFounding() throws {
    let found = try found("member_count", in: "The Baltic Rail Consortium was founded in 2009 with five partners.")
    #expect(found.map { $0.value.low } == [5])
    #expect(found.map(\.time.year) == [2009])
    #expect(try self.found("member_count", in: "The Baltic Rail Consortium has five partners.").isEmpty)
  }

  @Test func readsNoCountFromTheAgeOfThoseCounted() throws {
    let found = try found("population", in: "Velna, a town in the hills, has 90,000 residents. Four in ten residents are over 65.")
    #expect(found.map { $0.value.low } == [90_000])
  }

  @Test func readsAValueAfterTheFigureAsAnotherValueOfTheClaimBefore() throws {
    let found = try found(
      "population",
      in: "The population of Orvik has passed 120,000. The statistics office put the figure at 121,400 at the end of 2021.")
    #expect(found.map { $0.value.low } == [120_000, 121_400])
    #expect(found.map(\.subject.name) == ["Orvik", "Orvik"])
    #expect(found.last?.time.year == 2021)
  }

  @Test func readsAnOrdinalWithNoNounAfterBecameThe() throws {
    let found = try found(
      "member_count", in: "The Alpine Water Council has eleven members, Slovenia having become the 11th in 2020.")
    let ordinal = try #require(found.first { $0.rule == "ordinal-joining" })
    #expect(ordinal.value.low == 11 && ordinal.value.high == nil)
    #expect(ordinal.time.year == 2020)
    #expect(try self.found("member_count", in: "Slovenia became the 11th largest economy in the Alpine Water Council.").isEmpty)
  }

  @Test func marksAGrowthYearCountedBackAsRelative() throws {
    let found = try found("member_count", in: "The Orla Cycling Federation has grown from 40 to 55 clubs over the last five years.")
    #expect(found.map { $0.value.low } == [40, 55])
    #expect(found.map(\.time.year) == [2017, 2022])
    #expect(found.map(\.time.basis) == ["relative", "published"])
  }

  @Test func countsAYearEarlierFromNowWhenTheSentenceWritesNoYear() throws {
    let found = try found(
      "workforce",
      in: "Dorrit Foods reported sales of $80 million for 2021. The company employs 900 people, against 850 a year earlier.")
    #expect(found.map { $0.value.low } == [900, 850])
    #expect(found.map(\.time.year) == [2022, 2021])
  }

  @Test func readsNoShareFromAPercentageWithNoNameOrPronounBeforeIt() throws {
    let text = "The Malm Ferry Company has 300 employees. Freight accounts for 60% of the port's traffic."
    #expect(try found("share", in: text).isEmpty)
    #expect(try found("share", in: "The Malm Ferry Company has 300 employees. It holds 60% of the market.").count == 1)
  }

  @Test func readsNoCountAfterCannot() throws {
    #expect(try found("force_size", in: "The Rivel Patrol Mission cannot protect the valley with 2,000 troops.").isEmpty)
  }

  @Test func readsNoCountOfContributorsFromTheLargestOnesFigure() throws {
    let found = try found(
      "contributing_countries",
      in: "The Tarsa Peace Mission was set up in 2015. Troops come from 12 countries, with Nepal the largest contributor at 900.")
    #expect(found.map { $0.value.low } == [12])
  }

  @Test func readsAListAfterGroups() throws {
    let found = try found("member_count", in: "The Vistula Fisheries Commission now groups Poland, Slovakia and Ukraine.")
    #expect(found.map { $0.value.low } == [3])
  }

  @Test func countsJobsAsTheWorkforceButNotTheJobsCut() throws {
    let found = try found("workforce", in: "Merrow Glass will cut 150 of its 1,900 jobs.")
    #expect(found.map { $0.value.low } == [1_900])
  }

  @Test func resolvesTheLastWordOfANameReadBefore() throws {
    let found = try found(
      "workforce", in: "The Teller Bay Observatory opened in 1962. The observatory employs 40 people.")
    #expect(found.map(\.subject.name) == ["Teller Bay Observatory"])
    #expect(found.map(\.subject.basis) == ["reference"])
  }

  @Test func namesACompanyByItsFirstWordAlone() throws {
    let found = try found(
      "workforce", in: "Brisk Couriers, the Leeds-based delivery company, was founded in 2001. Brisk employs 1,200 people.")
    #expect(found.map(\.subject.name) == ["Brisk Couriers"])
  }

  @Test func takesNoSubjectFromAWordThatDescribesAReferenceNoun() throws {
    let text = "Orla Telecom, the Baltic mobile carrier, was founded in 1995. The carrier employs 3,000 people."
    #expect(try found("founding_year", in: text).map(\.subject.name) == ["Orla Telecom"])
    #expect(try found("workforce", in: text).map(\.subject.name) == ["Orla Telecom"])
  }

  @Test func readsANameThatARelativeClauseDescribesAtASentenceStart() throws {
    let found = try found(
      "population", in: "Velmont Tools makes drills. Hadley, where the company is based, has 12,000 inhabitants.")
    #expect(found.map(\.subject.name) == ["Hadley"])
  }

  @Test func readsTheGovernmentAsItsPlace() throws {
    let found = try found(
      "budget", in: "The Faro Islands have 50,000 inhabitants. The island government has a budget of $90 million.")
    #expect(found.map(\.subject.name) == ["Faro Islands"])
  }

  @Test func takesTheArticlesTopicForAValueWithNoSubjectFarFromIt() throws {
    let text = "The Kelso Ferry Authority said on Monday that fares will rise. Kelso, a town of 40,000 people, lies on "
      + "the coast. The town's population was 35,000 in 2000. Ticket revenue reached $30 million last year."
    let found = try found("revenue", in: text)
    #expect(found.map(\.subject.name) == ["Kelso Ferry Authority"])
    #expect(found.map(\.time.year) == [2021])
  }

  @Test func resolvesItToAPlaceWhenNoOrganizationPrecedes() throws {
    let found = try found(
      "area", in: "Marisport, a city of 1.2 million people, was founded in 1790. It covers 120 square kilometres.")
    #expect(found.map(\.subject.name) == ["Marisport"])
  }
}
