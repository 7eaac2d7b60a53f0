import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Testing

/// Readings of session 23, each found on the tuned sets and checked here on articles of other
/// subjects.
@Suite struct ClaimFortyThirdPassTests {
  /// An interview with a body the tagger cannot type: the opening sentence sets the scene in a
  /// fronted phrase naming an inn and a town, and "the town" is the town's later in the text.
  static let interview = """
    'Honey is a crop like any other': the chair of Ostrey Valley Honey Growers on bees and money
    2025-09-12

    Founded in 1962 in the back room of the Wheatsheaf Inn at Malbury, Ostrey Valley Honey \
    Growers is now one of the biggest grower-owned businesses in the west of Ostreyshire. Its \
    chair, Ruth Ellery-Kane, 61, spoke to our rural affairs correspondent after the society's \
    annual meeting last week. The interview has been shortened.

    How is the society doing?

    Better than the bees. Turnover was £1.9 million in the year to March 2025, a record, and up \
    from £1.6 million the year before.

    And the membership?

    We have 420 members this year, down from 450 two years ago.

    What does the town think of you?

    Malbury is a market town of 9,400 people and we are its second employer. The town council, \
    which has 11 members, lends us the hall.
    """

  @Test func readsASubjectlessFigureAsTheBodyAfterAFrontedParticiplesPhrase() throws {
    let found = try ingested(Self.interview)
    #expect(subjects(found, "revenue")
      == ["Ostrey Valley Honey Growers", "Ostrey Valley Honey Growers"])
    #expect(values(found, "revenue") == [1_900_000, 1_600_000])
  }

  @Test func readsAnInterviewAnswersWeAsTheUntypedBodyTheHeadlineAndOpeningName() throws {
    let found = try ingested(Self.interview)
    #expect(subjects(found, "member_count").prefix(2)
      == ["Ostrey Valley Honey Growers", "Ostrey Valley Honey Growers"])
    #expect(values(found, "member_count").prefix(2) == [420, 450])
    #expect(subjects(found, "population") == ["Malbury"])
  }
}
