import CrosscheckClaims
import CrosscheckCore
import Testing

/// Subjects named after the value, exclusions weighed next to it, other subjects behind a
/// possessive, and times that belong to another event. Published in 2022 unless a test says
/// otherwise; every name is invented.
@Suite struct ClaimReadingTests {
  func found(_ attribute: String, in text: String, published: Int = 2022) throws -> [Claim] {
    try claims(text, published: published).filter { $0.attribute == attribute }
  }

  @Test func readsACensusCountOfPeopleInAPlace() throws {
    let c = try found("population", in: "The 2019 census counted 61,200 people in Varosh, the statistics bureau said.")
    #expect(c.map(\.subject.name) == ["Varosh"])
    #expect(c.map(\.time.year) == [2019])
  }

  @Test func readsAPopulationFromAnApposition() throws {
    let c = try found("population", in: "Tolmira, a town of about 18,000 people, sits on the lake.")
    #expect(c.map(\.subject.name) == ["Tolmira"])
    #expect(c.first?.value == ClaimValue(low: 18_000, high: 18_000, modifier: .about))
  }

  @Test func readsPeopleWhoLiveInTheWiderMetropolitanArea() throws {
    let c = try found("population", in: "The city of Lakeport has 240,000 inhabitants. More than 600,000 people live in the wider metropolitan area.")
    #expect(c.map(\.subject.name) == ["Lakeport", "Lakeport metropolitan area"])
    #expect(c.last?.value.modifier == .moreThan)
  }

  @Test func weighsAnExclusionWordOnlyNextToTheValue() throws {
    let kept = try found("workforce", in: "Dalvik Shipyards, which has 4,200 workers, is hiring welders.")
    #expect(kept.map { $0.value.low } == [4_200])
    let years = try found("workforce", in: "Dalvik Shipyards has about 4,500 employees after a year of hiring.")
    #expect(years.map { $0.value.low } == [4_500])
    #expect(try found("workforce", in: "Dalvik Shipyards is hiring 300 workers for its new dock.").isEmpty)
    let aside = "The Harbour Pilots Council met in May. By 2001, two members - Corsa and Tavira - had withdrawn from the council."
    #expect(try found("member_count", in: aside).isEmpty)
  }

  @Test func readsTheCountLeftAfterAMemberLeaves() throws {
    let c = try found("member_count", in: "The Harbour Pilots Council met in May. Corsa quit in 2020, leaving the council with nine members.")
    #expect(c.map { $0.value.low } == [9])
    #expect(c.map(\.subject.name) == ["Harbour Pilots Council"])
  }

  @Test func readsAnAcronymOpeningASentenceAsAName() throws {
    let c = try found("workforce", in: "DORVA now employs 1,400 people at two sites.")
    #expect(c.map(\.subject.name) == ["DORVA"])
  }

  @Test func takesTheNameAfterACompoundAdjectiveAsItsSubject() throws {
    let force = try found("force_size", in: "The 4,000-strong Coastal Defence Force held drills on Monday.")
    #expect(force.map(\.subject.name) == ["Coastal Defence Force"])
    let members = try found("member_count", in: "Ministers of the seven-nation Danube Shipping Board met in Ruse.")
    #expect(members.map(\.subject.name) == ["Danube Shipping Board"])
    #expect(members.map { $0.value.low } == [7])
  }

  @Test func readsContributingCountriesWhenTheSubjectFollowsTheVerb() throws {
    let text = "Fourteen countries contribute troops to the Sahel Monitoring Mission, which opened in 2015."
    let c = try found("contributing_countries", in: text)
    #expect(c.map(\.subject.name) == ["Sahel Monitoring Mission"])
    #expect(c.map { $0.value.low } == [14])
    #expect(try found("member_count", in: text).isEmpty)
  }

  @Test func readsCountriesTroopsComeFromAsContributors() throws {
    let text = "The Sahel Monitoring Mission has 3,000 troops. Its troops come from 12 countries."
    #expect(try found("contributing_countries", in: text).map { $0.value.low } == [12])
    #expect(try found("member_count", in: text).isEmpty)
  }

  @Test func givesASubsidiaryItsOwnSubjectAndARivalItsName() throws {
    let text = "Orvik Telecom employs 5,000 people. Its Danish subsidiary employs 700 people. "
      + "Its rival Telsan Group employs 3,000 people."
    let c = try found("workforce", in: text)
    #expect(c.map(\.subject.name) == ["Orvik Telecom", "Orvik Telecom Danish subsidiary", "Telsan Group"])
  }

  @Test func countsPoliceOfficersAndObserverStatesApart() throws {
    let mission = "The Sahel Monitoring Mission has 2,000 troops and 300 police officers."
    #expect(try found("force_size", in: mission).map { $0.value.low } == [2_000])
    #expect(try found("police_strength", in: mission).map { $0.value.low } == [300])
    let board = "The Danube Shipping Board has six member states and two observer states."
    #expect(try found("member_count", in: board).map { $0.value.low } == [6])
    #expect(try found("observer_count", in: board).map { $0.value.low } == [2])
  }

  @Test func neverDatesAPresentCountWithATargetYearOrAPlan() throws {
    let target = try found("member_count", in: "The Tarn Cycling League has 16 teams and wants to add four more by 2030.", published: 2024)
    #expect(target.map(\.time.year) == [2024])
    let plan = try found("workforce", in: "Mavro Buses, with a staff of 800, plans to open a depot next year.", published: 2024)
    #expect(plan.map(\.time.year) == [2024])
  }

  @Test func datesTheFoundersToTheFoundingYear() throws {
    let c = try found("member_count", in: "The Lagoon Fisheries Council was founded in 1987 by three countries. It now has eight members.")
    #expect(c.map { $0.value.low } == [3, 8])
    #expect(c.map(\.time.year) == [1987, 2022])
  }

  @Test func datesTheFirstMembersToTheFoundingYear() throws {
    let c = try found("member_count", in: "The Lagoon Fisheries Council was founded in 1987. Its first members were Portugal, Spain and Morocco.")
    #expect(c.map { $0.value.low } == [3])
    #expect(c.map(\.time.year) == [1987])
  }

  @Test func keepsTheYearOfAnEventAfterAfterFromTheMainCount() throws {
    let c = try found("member_count", in: "The Lagoon Fisheries Council now has eight members, a year after Tavira joined.")
    #expect(c.map(\.time.year) == [2022])
    #expect(c.map(\.time.basis) == ["published"])
  }

  @Test func leavesTheYearOfAComparisonToTheComparison() throws {
    let c = try found("workforce", in: "Mavro Buses has 820 employees, up from last year.")
    #expect(c.map(\.time.year) == [2022])
  }

  @Test func sharesAWrittenYearAcrossTwoCoordinatedValues() throws {
    let c = try found("spending", in: "Mavro Buses was founded in 1950. It had revenue of 1.2 billion dollars in 2019 and spent 300 million dollars on buses.")
    #expect(c.map(\.time.year) == [2019])
  }

  @Test func readsGrowthOverTheLastYearsFromThePublicationYear() throws {
    let c = try found("workforce", in: "Mavro Buses was founded in 1950. Its workforce grew from 700 to 820 over the past three years.")
    #expect(c.map { $0.value.low } == [700, 820])
    #expect(c.map(\.time.year) == [2019, 2022])
  }

  @Test func readsAListOpenedByNow() throws {
    let c = try found("member_count", in: "The Lagoon Fisheries Council met in Faro. Its members are now Portugal, Spain and Morocco.")
    #expect(c.map { $0.value.low } == [3])
    #expect(c.first?.members == ["Portugal", "Spain", "Morocco"])
  }

  @Test func marksQuotedAndReportedValues() throws {
    let quoted = try found("workforce", in: "Mavro Buses opened a depot. \"It employs 500 people,\" said Lena Holm.")
    #expect(quoted.map(\.quotedBy) == ["Lena Holm"])
    let reported = try found("workforce", in: "Mavro Buses reportedly employs 900 people.")
    #expect(reported.map(\.reported) == [true])
    #expect(reported.map(\.quotedBy) == [nil])
  }
}
