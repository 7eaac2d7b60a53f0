import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Testing

/// Rules of the twenty-seventh pass, each a class of English seen failing in registers other
/// than plain news: what an earlier article said, repeated by a corrections column or a letter
/// to be put right; the agency a wire dateline credits; answers after lead-in questions; a
/// bare ordinal of joining that goes on with the count before it; the possessive before an
/// ordinal; a police unit's officers; what a thing is worth; what a body "runs on"; and a
/// topic named only in passing.
@Suite struct ClaimTwentySeventhPassTests {
  // MARK: Earlier reports put right

  @Test func readsNoClaimInWhatAnEarlierArticleSaid() throws {
    let found = try claims(
      "An article on May 12 said the Fenwick Rowing Club had 210 members and was founded in "
        + "1990. The Fenwick Rowing Club has 120 members and was founded in 1909.",
      published: 2025)
    #expect(values(found, "member_count") == [120])
    #expect(values(found, "founding_year") == [1909])
  }

  @Test func readsNoClaimInWhatALetterSaysTheReporterWrote() throws {
    let found = try claims(
      "Your reporter wrote that Tarn Valley Buses employs 300 people. In fact Tarn Valley Buses "
        + "employs 410 people.", published: 2025)
    #expect(values(found, "workforce") == [410])
  }

  @Test func readsNoClaimInWhatThePaperReportedOnADate() throws {
    let found = try claims(
      "We reported on June 4 that the population of Osterby was 12,400. The population of "
        + "Osterby is 14,200.", published: 2025)
    #expect(values(found, "population") == [14_200])
  }

  @Test func keepsWhatAReportByAnotherBodySaid() throws {
    let found = try claims(
      "A report by the audit office said Harwick Transit employs 2,300 people.", published: 2025)
    #expect(values(found, "workforce") == [2_300])
  }

  // MARK: Subjects of registers

  @Test func readsNoSubjectInTheAgencyADatelineCredits() throws {
    let found = try claims(
      "Port plans approved\n\nBRELLIN, June 3 (Coastline Wire) - The Harwick Port Authority said "
        + "on Monday it would build a new quay.\n\nIts terminals employ 900 people.",
      published: 2025)
    #expect(subjects(found, "workforce") == ["Harwick Port Authority"])
  }

  @Test func readsTheTopicAfterALeadInQuestionThatNamesNothing() throws {
    let found = try claims(
      "Briefing: the Orrin Valley Water Board meets\n\n- Who sits on it? Five councils. Kessel "
        + "and Marn joined later.\n\n- What does it cost? Its budget for 2025 is 6.1 million "
        + "euros.", published: 2025)
    #expect(subjects(found, "budget") == ["Orrin Valley Water Board"])
  }

  @Test func readsTheOpeningNameOfASentenceThatNamesTheTopicInPassing() throws {
    let found = try claims(
      "Halvey Foods Group lifts sales\n\nHalvey Foods Group said its revenue rose in 2024.\n\n"
        + "Brask Dairy, the group's cheese subsidiary, had revenue of 20 million euros in 2024. "
        + "It employs 150 people.", published: 2025)
    #expect(subjects(found, "workforce") == ["Brask Dairy"])
  }

  // MARK: Ordinals of joining

  @Test func readsABareOrdinalThatGoesOnWithTheCountBefore() throws {
    let found = try claims(
      "The Ashby Science Alliance has two observer states, Lorn and Vell. Vell became the second "
        + "in 2022.", published: 2025)
    #expect(values(found, "observer_count") == [2, 2])
    #expect(years(found, "observer_count") == [2025, 2022])
    #expect(found.last { $0.attribute == "observer_count" }?.value.modifier == .atLeast)
  }

  @Test func readsABareOrdinalAfterJoinedAs() throws {
    let found = try claims(
      "The Tesk Basin Forum has six members. Morrow joined in 2016 as the sixth.", published: 2025)
    #expect(values(found, "member_count") == [6, 6])
    #expect(years(found, "member_count") == [2025, 2016])
  }

  @Test func readsNoOrdinalThatRanksAnotherNoun() throws {
    let found = try claims(
      "The Tesk Basin Forum has six members. Morrow became the second largest of them in 2016.",
      published: 2025)
    #expect(values(found, "member_count") == [6])
  }

  @Test func readsTheOwnerOfAPossessiveBeforeAnOrdinal() throws {
    let found = try claims(
      "The Cardon Weavers Guild was founded in 1901. Its chairman, Ian Roe, 70, whose uncle "
        + "joined in 1960 as the guild's 500th member, retired on Friday.", published: 2025)
    #expect(values(found, "member_count") == [500])
    #expect(subjects(found, "member_count") == ["Cardon Weavers Guild"])
  }

  // MARK: Units and amounts

  @Test func readsThePoliceStrengthOfAPoliceUnitsOfficers() throws {
    let found = try claims(
      "The Tavin Stabilisation Mission has 2,100 troops and a police unit of 310 officers.",
      published: 2025)
    #expect(values(found, "police_strength") == [310])
    #expect(values(found, "force_size") == [2_100])
  }

  @Test func readsNoMoneyInWhatAThingIsWorth() throws {
    let found = try claims(
      "The Brenna Arts Trust spends about 400,000 pounds a year and has a sponsorship deal worth "
        + "50,000 pounds.", published: 2025)
    #expect(values(found, "spending") == [400_000])
    #expect(values(found, "budget").isEmpty)
    #expect(values(found, "revenue").isEmpty)
  }

  @Test func readsABudgetInWhatABodyRunsOn() throws {
    let found = try claims(
      "The Morden Chess League runs on about 12,000 pounds a year.", published: 2025)
    #expect(values(found, "budget") == [12_000])
  }
}
