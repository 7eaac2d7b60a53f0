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

  @Test func readsAFigureAnEarlierArticleDatedInBracketsGaveAsTheNameTheNextSentenceGives() throws {
    let found = try ingested("""
      Corrections and clarifications
      2025-04-10

      We reported (31 March) that the Tolland metropolitan area has a population of 380,000. That \
      is the population of Tolland city; the metropolitan area has about 520,000 residents.
      """)
    #expect(subjects(found, "population") == ["Tolland", "Tolland metropolitan area"])
    #expect(values(found, "population") == [380_000, 520_000])
  }

  @Test func readsNoForceInABudgetWrittenWithoutACurrency() throws {
    let found = try ingested("""
      The Selvar mission explained
      2025-04-10

      The Selvar Monitoring Mission has about 6,400 troops.

      The mission's budget for the year to June 2025 is 0.84 billion, down from 0.91 billion the \
      year before.

      The region's $1.2 billion plan assumed a force of 7,000.
      """)
    #expect(values(found, "force_size") == [6_400, 7_000])
  }

  @Test func datesNameAndColonRowsByTheYearOfTheSentenceThatIntroducesThem() throws {
    let found = try ingested("""
      Opinion: five pilot services, one estuary
      2025-06-03

      The Orrin Estuary has five pilotage services and no plan to merge them. The association's \
      yearbook, out in May, lists what each service had last year. The numbers for 2024 make the \
      point:

      Tarn Pilotage Service: 310 staff, budget $41 million
      Keld Harbour Pilots: 95 staff, budget $12.5 million (2023: $11.9 million)
      """)
    #expect(subjects(found, "workforce") == ["Tarn Pilotage Service", "Keld Harbour Pilots"])
    #expect(years(found, "workforce") == [2024, 2024])
    #expect(years(found, "budget") == [2024, 2024, 2023])
  }

  @Test func countsAYearEarlierFromNowWhenTheSentencesOnlyYearIsAFounding() throws {
    let found = try ingested("""
      Heat network grows
      2025-03-04

      The Brenmoor Heat Cooperative, founded in 2017 by a group of schools, now has about \
      9,200 member households, up from 7,800 a year earlier.
      """)
    #expect(values(found, "member_count") == [9_200, 7_800])
    #expect(years(found, "member_count") == [2025, 2024])
  }

  @Test func datesEveryFieldOfARowByTheHeadingAboveItsBlock() throws {
    let found = try ingested("""
      Ferry operators, Orrin Sound
      2025-03-04

      The regulator's annual table lists each operator's share of crossings and its staff.

      Ferry operators, Orrin Sound, 2024
      Tarn Sound Ferries: 41.5 percent (39.8); 620 employees
      Keld Island Lines: 22.1 percent (23.0); 240 employees
      """)
    #expect(values(found, "workforce") == [620, 240])
    #expect(years(found, "workforce") == [2024, 2024])
  }

  @Test func readsAFirstWordAsTheShortNameOfABodyWithAnAmpersand() throws {
    let found = try ingested("""
      Retail power market report
      2025-03-04

      Holm Light & Power remained the largest supplier last year.

      Holm, which was founded in 1908, reported revenue of $1.2 billion in 2024.
      """)
    #expect(subjects(found, "revenue") == ["Holm Light & Power"])
    #expect(subjects(found, "founding_year") == ["Holm Light & Power"])
  }

  @Test func namesAnOrganWrittenAloneWithTheBodyTheArticleNamesMost() throws {
    // The opening sentence names no body, so the body named most owns the organs.
    let found = try ingested("""
      Who runs the Tessa, and why it matters
      2025-03-04

      With the river at its lowest in decades, the body that shares it out is under pressure.

      The Tessa River Basin Commission was set up in 1971. The commission meets in Varn.

      Decisions are taken by the Council of Ministers, whose four members must agree unanimously.

      The Staff Committee, elected in May, has nine members.
      """)
    #expect(subjects(found, "member_count") == [
      "Tessa River Basin Commission Council of Ministers", "Tessa River Basin Commission Staff Committee",
    ])
  }

  @Test func readsAFoundingYearTheClauseOpensWith() throws {
    let found = try ingested("""
      Park history
      2025-03-04

      In 1974 the Kelder Fells Joint Planning Board was created.

      In 2004 the members created the Varn Joint Security Force.

      In 2011 Halvar Mining opened a mine at Tosk.
      """)
    #expect(subjects(found, "founding_year") == ["Kelder Fells Joint Planning Board", "Varn Joint Security Force"])
    #expect(values(found, "founding_year") == [1974, 2004])
  }

  @Test func readsRowsSplitByDashesUnderALineThatNamesTheirColumns() throws {
    let found = try ingested("""
      Regional health briefs
      2025-03-04

      The Varn Valley Hospitals Network admitted its sixth hospital this month.

      Member hospitals and employees (2024):
      Kestle General Hospital — 2,310
      Orra Community Hospital — 418

      Member, year of joining, population (2023 estimate):
      Tarnby — founding member — 1.2 million
      Selk — 2009 — 640,000
      """)
    #expect(subjects(found, "workforce") == ["Kestle General Hospital", "Orra Community Hospital"])
    #expect(values(found, "workforce") == [2_310, 418])
    #expect(years(found, "workforce") == [2024, 2024])
    #expect(subjects(found, "population") == ["Tarnby", "Selk"])
    #expect(values(found, "population") == [1_200_000, 640_000])
    #expect(years(found, "population") == [2023, 2023])
  }

  @Test func readsNoClaimInWhatOthersSayOfTheOneAnInterviewerAddresses() throws {
    let found = try ingested("""
      'We are bigger than we look': the head of the Corran Nurses' Guild
      2025-03-04

      The Corran Nurses' Guild has 8,400 members. Its general secretary, Ana Veld, 52, spoke to us.

      Your rivals say you have 12,000 members. Is that right?

      No. We have 8,400, and we employ 35 people.
      """)
    #expect(values(found, "member_count") == [8_400])
    #expect(values(found, "workforce") == [35])
  }

  @Test func readsNoShareInAPartOfWhatABodyMakesFillsOrCounts() throws {
    let found = try ingested("""
      Business briefs
      2025-03-04

      Tellmar holds 18 per cent of the European market for hydraulic couplings for tractors, \
      according to the company, and exports 72 per cent of its production.

      The airline report is out. Brisk Air filled 88 percent of its seats, Orrel 79 percent and \
      Fenwing 74 percent.

      About 1,100 of the new members joined through the Orwell Walkers' Club school scheme, and \
      roughly 60 percent of all members are over 55.

      Kessa Waterworks supplies about 35 percent of the capital's water.
      """)
    #expect(subjects(found, "share") == ["Tellmar", "Kessa Waterworks"])
    #expect(values(found, "share") == [18, 35])
  }

  @Test func readsNoMembersInTheCountriesABodySendsTo() throws {
    let found = try ingested("""
      Business briefs
      2025-03-04

      Kornvik Bakeries holds about 9 percent of the rye bread market at home and exports \
      crispbread to 23 countries.

      The Harn Cycling League grew to 16 clubs in 2019 and now has 18 clubs.
      """)
    #expect(subjects(found, "member_count") == ["Harn Cycling League", "Harn Cycling League"])
    #expect(values(found, "member_count") == [16, 18])
  }

  @Test func readsTheCountOfAnAppositionsNounAsTheNameBeforeIt() throws {
    let found = try ingested("""
      Yard news
      2025-03-04

      Veltor Marine, the group's naval subsidiary, which builds patrol boats at its yard in \
      Skarby, a town of 18,500 on the coast, employs 900 people.

      The council is based in Orvel, the capital of Tessany, a city of 1.4 million.
      """)
    #expect(subjects(found, "population") == ["Skarby", "Orvel"])
    #expect(subjects(found, "workforce") == ["Veltor Marine"])
  }

  @Test func keepsAReferenceInsideItsBriefInARoundupOfDatelinedBriefs() throws {
    let found = try ingested("""
      Regional roundup
      2025-04-10

      SABLE CROSSING — The Lower Tarn Irrigation District's board voted on Monday to cut water \
      deliveries. The district was organized in 1919.

      CINDER HILL — Cinder Hill Area Transit will add Sunday bus service on three routes. The \
      agency has 301 employees and a budget of $27.5 million for fiscal 2025.
      """)
    #expect(subjects(found, "workforce") == ["Cinder Hill Area Transit"])
    #expect(subjects(found, "budget") == ["Cinder Hill Area Transit"])
    #expect(subjects(found, "founding_year") == ["Lower Tarn Irrigation District"])
  }

  @Test func readsNoAreaInASizeThatDescribesANamedThingOrARate() throws {
    let found = try ingested("""
      Land trust buys ranch
      2025-04-10

      The Marl Vale Land Trust has bought the 640-acre Hatch Ranch for $2.3 million. Growers \
      will receive 2.1 acre-feet per acre. The trust now protects about 1,200 square kilometres.
      """)
    #expect(values(found, "area") == [1_200])
  }

  @Test func readsBracketedFiguresAfterNamesAsTheSentencesAttributeOfThem() throws {
    let found = try ingested("""
      Valley guide
      2025-04-10

      The largest settlement is Harby, a village of 2,310 residents at the 2021 census, followed \
      by Orlen Cross (1,880) and Tarn (940).
      """)
    #expect(subjects(found, "population") == ["Harby", "Orlen Cross", "Tarn"])
    #expect(values(found, "population") == [2_310, 1_880, 940])
    #expect(years(found, "population") == [2021, 2021, 2021])
  }

  @Test func readsNoFigureADenialOpenedByNorGivesButWhatFollowsItsColon() throws {
    let found = try ingested("""
      Letters
      2025-03-04

      Sir, the Tamber Valley Water Company employs 1,400 people. Nor does the company have 2,000 \
      employees, as your cartoonist suggested. Nor is it young: the company was founded in 1871.
      """)
    #expect(values(found, "workforce") == [1_400])
    #expect(values(found, "founding_year") == [1_871])
  }

  @Test func readsNoClaimInAPartOfTheAmountBeforeIt() throws {
    let found = try ingested("""
      Trust news
      2025-03-04

      The Varley Morne Foundation spent $6.2 million last year, $3.9 million of it on the reserve.
      """)
    #expect(values(found, "spending") == [6_200_000])
  }
}
