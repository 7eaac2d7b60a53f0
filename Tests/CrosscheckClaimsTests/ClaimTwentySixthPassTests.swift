import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Testing

/// Rules of the twenty-sixth pass, each a class of English seen failing in unusual registers:
/// timeline lines ("1971: ..."), speaker-labelled transcript lines, a clause that leaves out the
/// verb of the one before ("and X 212"), a count whose unit the next sentence leaves out ("it
/// had 3,900", "there were nine"), founding years in brackets after a founding year, amounts
/// "for" each name under a heading, fact-box rows naming the body ("X founded: 1824"), a town
/// described in apposition with a place after "in", a count with no unit before "that", an age
/// after "Name of Place", "a budget of N for X", land "of" a place, counts of a thing "with",
/// closures, amounts after "against", paid to another body or for a purchase, prices by the
/// hour, "as at 31 December", "that spring" and "at the time" far from their year, a part "of
/// the total", and names written with "Co-".
@Suite struct ClaimTwentySixthPassTests {
  // MARK: Timelines

  static let chronicle = """
    The Harwick Cycling Union: a history

    The Harwick Cycling Union marks its centenary this year with a ride through the valley.

    1925: Founded in Dunmore by six village clubs.

    1951: The Carrow and Lisk clubs join, bringing membership to 10.

    1980: Membership reaches 17 clubs.

    2001: The Velo Brenna club joins as the 20th member.

    2010: The budget passes 1 million euros for the first time.
    """

  @Test func readsATimelineEntryAsTheChroniclesSubject() throws {
    let found = try claims(Self.chronicle, published: 2025)
    #expect(Set(subjects(found, "member_count")) == ["Harwick Cycling Union"])
    #expect(values(found, "member_count") == [6, 10, 17, 20])
    #expect(years(found, "member_count") == [1925, 1951, 1980, 2001])
    #expect(subjects(found, "budget") == ["Harwick Cycling Union"])
  }

  @Test func readsAFoundingYearFromATimelineEntryOpeningWithAParticiple() throws {
    let found = try claims(Self.chronicle, published: 2025)
    #expect(values(found, "founding_year") == [1925])
    #expect(subjects(found, "founding_year") == ["Harwick Cycling Union"])
  }

  @Test func keepsTheNameThatOpensATimelineEntryAndActs() throws {
    let found = try claims(
      """
      The Port of Ellsby: a timeline

      The Port of Ellsby has handled cargo for two centuries.

      1990: The Ellsby Dock Company is formed.

      2005: Morrow Shipping employs 2,000 people at the docks.
      """, published: 2025)
    #expect(subjects(found, "workforce") == ["Morrow Shipping"])
  }

  // MARK: Transcripts

  static let transcript = """
    The presenter, Anna Berg, spoke to Piet Vos, chairman of the Lowland Beekeepers' Association.

    BERG: How many keepers does the association speak for?

    VOS: We have 540 members, most of them hobby keepers.

    BERG: And the money?

    VOS: Yes, well, our budget is 90,000 euros this year.
    """

  @Test func readsWeInATranscriptLineAsTheSpeakersBody() throws {
    let found = try claims(Self.transcript, published: 2025)
    #expect(subjects(found, "member_count") == ["Lowland Beekeepers' Association"])
    #expect(values(found, "member_count") == [540])
    #expect(subjects(found, "budget") == ["Lowland Beekeepers' Association"])
  }

  @Test func readsOurAsNoPlaceOfTheObjectBefore() throws {
    let found = try claims(
      "The Brenna Pipers' Guild was founded in 1962. How is it run? We employ four people in an "
        + "office here in Dunmoor. Our budget this year is 300,000 crowns.", published: 2025)
    #expect(subjects(found, "budget") == ["Brenna Pipers' Guild"])
  }

  @Test func readsNoSpeakerLabelAsASubject() throws {
    let found = try claims(Self.transcript, published: 2025)
    #expect(!found.contains { ["BERG", "VOS", "Yes", "Anna Berg", "Piet Vos"].contains($0.subject.name) })
  }

  // MARK: Gapping

  @Test func readsACountWhoseVerbAndUnitTheClauseLeavesOut() throws {
    let found = try claims(
      "Brightwell Energy has 900 staff, and Harrow Grid Services 240.", published: 2025)
    #expect(subjects(found, "workforce") == ["Brightwell Energy", "Harrow Grid Services"])
    #expect(values(found, "workforce") == [900, 240])
  }

  @Test func readsAPercentageWhoseVerbTheClauseAfterASemicolonLeavesOut() throws {
    let found = try claims(
      "Solvane Power holds 12 percent of the Danish market; Harrow Grid, about 3 percent of "
        + "Norway's.", published: 2025)
    #expect(subjects(found, "share") == ["Solvane Power", "Harrow Grid"])
    #expect(values(found, "share") == [12, 3])
  }

  @Test func readsNoGappedValueAfterAClauseWithAVerb() throws {
    let found = try claims(
      "Brightwell Energy has 900 staff, and Harrow Grid Services opened 14 depots.",
      published: 2025)
    #expect(values(found, "workforce") == [900])
  }

  @Test func readsFoundingYearsInBracketsAfterAFoundingYear() throws {
    let found = try claims(
      "Brightwell Energy was founded in 2009. Solvane Power (2014) and Harrow Grid Services (2018) "
        + "are the newcomers.", published: 2025)
    #expect(values(found, "founding_year") == [2009, 2014, 2018])
    #expect(subjects(found, "founding_year").last == "Harrow Grid Services")
  }

  @Test func readsNoFoundingYearInBracketsWithoutOneBefore() throws {
    let found = try claims(
      "Solvane Power (2014) and Harrow Grid Services (2018) won the county's energy award.",
      published: 2025)
    #expect(values(found, "founding_year").isEmpty)
  }

  @Test func readsAmountsForEachNameUnderAHeadingThatNamesTheAttribute() throws {
    let found = try claims(
      """
      Three bakeries compared.

      Revenue. The ranking holds: 40 million pounds for Harlow Bakeries in 2024, and 12 million \
      euros for Brenna Brot in 2024.
      """, published: 2025)
    #expect(subjects(found, "revenue") == ["Harlow Bakeries", "Brenna Brot"])
    #expect(values(found, "revenue") == [40_000_000, 12_000_000])
  }

  @Test func readsNoAmountBeforeForWithoutAHeading() throws {
    let found = try claims(
      "The committee set aside 40 million pounds for Harlow Bakeries in 2024.", published: 2025)
    #expect(values(found, "revenue").isEmpty)
  }

  // MARK: Elided units

  @Test func readsACountWhoseUnitTheNextSentenceLeavesOut() throws {
    let found = try claims(
      "The Ostmark Border Force now has 2,100 personnel. At its peak in 2009 it had 5,200.",
      published: 2025)
    #expect(values(found, "force_size") == [2_100, 5_200])
    #expect(years(found, "force_size") == [2025, 2009])
  }

  @Test func readsNumberWordsThatGoOnWithAFoundingCount() throws {
    let found = try claims(
      "The Fenwick Darts League was founded in 1950 by five pubs. By 1970 there were twelve; by "
        + "1990 it was down to eight.", published: 2025)
    #expect(values(found, "member_count") == [5, 12, 8])
    #expect(years(found, "member_count") == [1950, 1970, 1990])
  }

  @Test func countsAnElidedCountBackFromTheYearOfTheCountBefore() throws {
    let found = try claims(
      "The Ostmark Border Force now has 2,100 personnel. Three years earlier it had about 1,600.",
      published: 2025)
    #expect(years(found, "force_size") == [2025, 2022])
  }

  @Test func readsNoElidedCountOfAnotherSize() throws {
    let found = try claims(
      "Harwick, a town of 48,000 people, had 14 working mills in 1970. Today it has three.",
      published: 2025)
    #expect(values(found, "population") == [48_000])
  }

  @Test func readsNoElidedCountWhenANounFollows() throws {
    let found = try claims(
      "The Fenwick Darts League has 30 clubs. It has 4 volunteers.", published: 2025)
    #expect(values(found, "member_count") == [30])
  }

  // MARK: Money paid to others

  @Test func readsNoBudgetInAnAmountPaidToAnotherBody() throws {
    let found = try claims(
      "The city of Orvik has a budget of 8 billion crowns this year. It pays to the Orvik Tram "
        + "Company 1.2 billion crowns.", published: 2025)
    #expect(values(found, "budget") == [8_000_000_000])
  }

  @Test func readsNoSpendingInThePriceOfAPurchase() throws {
    let found = try claims(
      "On its new depot the Orvik Tram Company spent 300 million crowns, for which it bought "
        + "the old gasworks site.", published: 2025)
    #expect(values(found, "spending").isEmpty)
  }

  // MARK: Places and populations

  @Test func readsThePopulationOfATownInAppositionNotOfThePlaceAfterIn() throws {
    let found = try claims(
      "Kelby, a town of 8,200 people in Westmark, runs its own ferry.", published: 2025)
    #expect(subjects(found, "population") == ["Kelby"])
  }

  @Test func readsAPopulationWithNoUnitBeforeARelativeClause() throws {
    let found = try claims(
      "Neighbouring Ostland, a country of 3.1 million that has no coastline, sends no troops.",
      published: 2025)
    #expect(values(found, "population") == [3_100_000])
    #expect(subjects(found, "population") == ["Ostland"])
  }

  @Test func readsNoAreaOfThePlaceTheLandLiesIn() throws {
    let found = try claims(
      "The Orvik Reserve covers 400 square kilometres of Lappland.", published: 2025)
    #expect(subjects(found, "area") == ["Orvik Reserve"])
  }

  // MARK: Ages, budgets, parts

  @Test func readsNoCountInTheAgeOfAPersonNamedWithAPlace() throws {
    let found = try claims(
      "The Kessel Border Mission has 900 troops. Its commander, Colonel Ana Ruiz of Peru, 54, "
        + "said observers had made 300 patrols.", published: 2025)
    #expect(values(found, "force_size") == [900])
  }

  @Test func readsTheBudgetOfTheNameAfterFor() throws {
    let found = try claims(
      "The city's culture committee approved a budget of 3 million euros for the Dunmore Museum.",
      published: 2025)
    #expect(subjects(found, "budget") == ["Dunmore Museum"])
  }

  @Test func readsNoFigureAgainInAPartOfTheTotal() throws {
    let found = try claims(
      "The Kessel Bus Company employed 940 people last year. Of the total number, 610 are "
        + "drivers.", published: 2025)
    #expect(values(found, "workforce") == [940])
  }

  @Test func readsNoCountOfAThingDescribedWithWith() throws {
    let found = try claims(
      "The Kessel Border Mission has 900 troops. Chile joined last month, sending a field "
        + "hospital with 40 staff.", published: 2025)
    #expect(values(found, "workforce").isEmpty)
  }

  @Test func keepsACountAfterWithInAnAppositionOrAfterACopula() throws {
    let found = try claims(
      "The Kessel Border Mission, a force with 900 troops, patrols the line. The Fenwick Darts "
        + "League is a body with 40 clubs.", published: 2025)
    #expect(values(found, "force_size") == [900])
    #expect(values(found, "member_count") == [40])
  }

  @Test func readsNoMembersLostInAClosure() throws {
    let found = try claims(
      "The Arden Bowls League has 14 clubs. By 2001, after the closure of two mining clubs, it "
        + "was smaller.", published: 2025)
    #expect(values(found, "member_count") == [14])
  }

  @Test func readsNoAmountAfterAgainstAsTheValueOfALaterWord() throws {
    let found = try claims(
      "The Kessel Housing Trust's income was 2.9 million pounds last year, against 90,000 pounds "
        + "in 1985, and its budget for 2025 is 3.1 million pounds.", published: 2025)
    #expect(values(found, "budget") == [3_100_000])
  }

  @Test func readsNoRevenueInAPriceByTheHour() throws {
    let found = try claims(
      "The Harwick Trust had revenue of 80 million pounds last year. Parking at Harwick General "
        + "costs 3.80 pounds an hour.", published: 2025)
    #expect(values(found, "revenue") == [80_000_000])
  }

  @Test func readsTheFoundingYearOfAFactBoxRowNamingTheBody() throws {
    let found = try claims(
      """
      The island of Skarra has one school and one shop.

      SKARRA IN FIGURES

      Area: 40 square kilometres

      Skarra Brewery founded: 1911
      """, published: 2025)
    #expect(subjects(found, "founding_year") == ["Skarra Brewery"])
    #expect(values(found, "founding_year") == [1911])
  }

  // MARK: Time

  @Test func readsAReportingDateLaterInTheYearThanTheDatelineAsLastYears() throws {
    let found = try claims(
      "As at 31 December the Kessel Bus Company employed 940 people.", published: 2025, month: 2)
    #expect(years(found, "workforce") == [2024])
  }

  @Test func readsAtTheTimeAsTheYearOfAnEarlierSentence() throws {
    let found = try claims(
      "In the spring of 1990, nine families moved into the old mill. The Arden Housing Trust was "
        + "registered that summer. Arden, a city of 90,000 people at the time, was losing its "
        + "factories.", published: 2025)
    #expect(years(found, "population") == [1990])
  }

  @Test func readsAFoundingThatSpringAsTheYearOfTheSentenceBefore() throws {
    let found = try claims(
      "In the autumn of 1984, a dozen miners opened a food store. The Pellow Valley Co-operative "
        + "was set up that winter, with the miners as its members.", published: 2025)
    #expect(values(found, "founding_year") == [1984])
    #expect(subjects(found, "founding_year") == ["Pellow Valley Co-operative"])
  }

  // MARK: Names

  @Test func readsANameWrittenWithCoAsOneName() throws {
    let found = try claims(
      "The Fell Valley Dairy Co-operative was set up in 1961. Today the co-operative has 120 "
        + "members.", published: 2025)
    #expect(subjects(found, "founding_year") == ["Fell Valley Dairy Co-operative"])
    #expect(subjects(found, "member_count") == ["Fell Valley Dairy Co-operative"])
  }
}
