import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Testing

/// The claims of a text under a headline, published in `year`.
private func claims(_ text: String, title: String, published year: Int) throws -> [Claim] {
  var metadata = DocumentMetadata()
  metadata.title = title
  metadata.published = PartialDate(year: year)
  metadata.publishedBasis = "meta"
  return try defaultPipeline.annotate(
    StreamFilters.document(id: "t", text: text, metadata: metadata)
  ).claims
}

/// Rules of the twenty-eighth pass, each a broad class seen failing on unseen text: the speaker
/// of an interview printed as questions and answers, a fact box under a bare heading in an article
/// whose opening sentence starts with another name, a short name shared by a company and its
/// subsidiary, "a town of 12,000 where", "the charity" and "the university" as references, the
/// base year of a change ("an increase of 3 percent on 2011"), and a price that moved by a
/// percentage.
@Suite struct ClaimTwentyEighthPassTests {
  // MARK: Subjects

  @Test func readsAnInterviewAnswersWeAsTheArticlesOrganization() throws {
    let found = try claims(
      "The Rennick Ferry Company, which runs the boats across the estuary, turns 50 this year. "
        + "Its first skipper drank at the Anchor inn.\n\nHow big are you now?\n\nWe employ 85 "
        + "people and run 12 boats.", published: 2025)
    #expect(subjects(found, "workforce") == ["Rennick Ferry Company"])
  }

  @Test func keepsTheClauseSubjectWhenTheAnswersWeFollowsTheValue() throws {
    let found = try claims(
      "The Rennick Ferry Company runs the boats across the estuary.\n\nAnd the harbour?\n\n"
        + "The Brayford Harbour Trust employs 40 people, four of them ours.", published: 2025)
    #expect(subjects(found, "workforce") == ["Brayford Harbour Trust"])
  }

  @Test func readsABareFactBoxAsAboutTheNameTheHeadlineGivesFirst() throws {
    let found = try claims(
      "Keltia's request to join the Norsa Valley Union will be heard by its leaders next week."
        + "\n\nKey figures\n\nFounded: 1994\nMembers: 6",
      title: "Explainer: the Norsa Valley Union, and why Keltia wants in", published: 2025)
    #expect(subjects(found, "founding_year") == ["Norsa Valley Union"])
    #expect(subjects(found, "member_count") == ["Norsa Valley Union"])
  }

  @Test func readsAShortCompanyNameAsTheCompanyNamedFirst() throws {
    let found = try claims(
      "Dallow Instruments, the maker of marine compasses, reported lower sales on Tuesday. Its "
        + "Danish subsidiary, Dallow Optik, makes lenses in Aarhus. Dallow holds about 20 percent "
        + "of the world market for marine compasses.", published: 2025)
    #expect(subjects(found, "share") == ["Dallow Instruments"])
  }

  @Test(arguments: [("Clearwater Relief Trust", "charity"), ("Corran University", "university")])
  func readsTheNounOfAnOrganizationAsAReference(_ name: String, _ noun: String) throws {
    let found = try claims(
      "\(name) was set up in 1990. Started by the engineer Tom Brandt, the \(noun) employs 210 "
        + "people.", published: 2025)
    #expect(subjects(found, "workforce") == [name])
  }

  // MARK: Values

  @Test func readsAPopulationInATownOfABareNumberBeforeWhere() throws {
    let found = try claims(
      "The mill is the largest employer in Brackwater, a town of 12,000 where most families "
        + "have someone working there.", published: 2025)
    #expect(values(found, "population") == [12_000])
    #expect(subjects(found, "population") == ["Brackwater"])
  }

  @Test func readsNoShareInAPriceThatMovedByAPercentage() throws {
    let found = try claims(
      "Halvik Shipping holds 12 percent of the market for ferry freight. Shares in the company "
        + "closed 3.5 percent lower on Friday.", published: 2025)
    #expect(values(found, "share") == [12])
  }

  // MARK: Time

  @Test func readsTheYearAfterOnAsTheBaseOfAChange() throws {
    let found = try claims(
      "Brenton had 84,000 residents, an increase of 3 percent on 2011.", published: 2025)
    #expect(values(found, "population") == [84_000])
    #expect(years(found, "population") == [2025])
  }
}
