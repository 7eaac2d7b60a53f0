import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Testing

/// Readings of session 18, each found on text written blind (HeldOut54 to HeldOut56) and checked
/// here on articles of other subjects.
@Suite struct ClaimThirtyEighthPassTests {
  @Test func givesTheRowsOfABoxToTheNameInCapitalsAfterItsLabelEvenWithABracketAfterIt() throws {
    let found = try ingested("""
      Our region in brief
      2025-06-02

      This month we profile the grain cooperative that buys most of the wheat, the commodity \
      exchange in Merrick and the broadcasting group that owns this station.

      AT A GLANCE: TARLOW GRAIN COOPERATIVE
      Founded: 1934
      Members: 1,120 farms

      AT A GLANCE: MERRICK COMMODITY EXCHANGE (MCX)
      Founded: 1890
      Staff: 95

      AT A GLANCE: KESSLAND BROADCASTING GROUP (owner of this station)
      Staff: 730

      The MCX is owned by its traders.
      """)
    #expect(subjects(found, "member_count") == ["TARLOW GRAIN COOPERATIVE"])
    #expect(subjects(found, "workforce") == ["MERRICK COMMODITY EXCHANGE", "KESSLAND BROADCASTING GROUP"])
    #expect(values(found, "workforce") == [95, 730])
  }

  @Test func readsAHeadlinesBodyNameWithoutItsOpeningWordsAsTheFullName() throws {
    let found = try ingested("""
      Inside the Harbour Trust: annual review 2024
      2025-04-10

      Annual review of the Velmouth Seafarers Harbour Trust for the year ended 31 December 2024.

      We were founded in 1948. We employ 85 people.
      """)
    #expect(subjects(found, "workforce") == ["Velmouth Seafarers Harbour Trust"])
  }

  @Test func readsNeitherAnOpeningAdverbNorARelativeNamedAfterKinshipAsTheSubject() throws {
    let found = try ingested("""
      Kessel Bakery turns 70
      2025-04-10

      Marta Kessel founded Kessel Bakery in 1955. Historically, the company stayed small: when \
      her nephew, Jorun, took over in 1990, it employed 40 people.
      """)
    #expect(subjects(found, "workforce") == ["Kessel Bakery"])
    #expect(years(found, "workforce") == [1990])
  }

  @Test func givesASizeAdjectiveBeforeANounOfStaffOnlyToTheWorkforce() throws {
    let found = try ingested("""
      Couriers
      2025-04-10

      At the parcel firm Selby Express, whose 4,800-strong staff is made up mostly of couriers, \
      pay rose.
      """)
    #expect(found.map(\.attribute) == ["workforce"])
    #expect(values(found, "workforce") == [4800])
  }

  @Test func givesAPopulationToThePlaceThatOpensABodysNameWhenTheTextNamesItAlone() throws {
    let found = try ingested("""
      Annual report
      2025-04-10

      The Harwick Police Department is based in Harwick. Today we employ 900 people, and we \
      serve a city of 310,000 residents. The Orrin Haulage Company covers 12 square kilometres \
      of yards in Orrin.
      """)
    #expect(subjects(found, "population") == ["Harwick"])
    #expect(subjects(found, "workforce") == ["Harwick Police Department"])
  }

  @Test func givesAPlacesMoneyToTheOneGovernmentTheTextNamesAfterIt() throws {
    let found = try ingested("""
      Pumps
      2025-04-10

      The Ferrowby Town Council approved the plan on Monday. Ferrowby has a budget of 9 million \
      pounds this year.

      The Kessia Economic Union, whose founding member Kessia joined in 1990, is home to 41 \
      million people.
      """)
    #expect(subjects(found, "budget") == ["Ferrowby Town Council"])
    #expect(subjects(found, "population") == ["Kessia Economic Union"])
  }

  @Test func readsNoWorkforceOfASiteButKeepsASubsidiaryTheAppositionNames() throws {
    let found = try ingested("""
      Mill cuts
      2025-04-10

      Kessel Textiles employs 2,400 people. The Tolworth plant alone employs about 1,800 people. \
      The company will move a line to its Harby site, which already employs 300 people. Its \
      Polish subsidiary, Tkaniny Lodz, employs 500 workers.
      """)
    #expect(subjects(found, "workforce") == ["Kessel Textiles", "Tkaniny Lodz"])
    #expect(values(found, "workforce") == [2400, 500])
  }

  @Test func datesAValueAfterNowAtThePublicationButNotInATimelineRow() throws {
    let found = try ingested("""
      Museum alliance
      2025-04-10

      In 1961 the Orrin Museum became the fourth member of the Tarn Museums Alliance, a lending \
      network that now has 37 members.

      1958 - The Tarn Museums Alliance is founded.
      1990 - The Tarn Museums Alliance now has 20 members.
      2001 - A second office opens.
      """)
    #expect(values(found, "member_count") == [4, 37, 20])
    #expect(years(found, "member_count") == [1961, 2025, 1990])
  }

  @Test func countsFoundersOfATradeAsMembersOnlyOfABodyNamedAfterThatTrade() throws {
    let chamber = try ingested("""
      Chambers
      2025-04-10

      The Tarnby Chamber of Commerce was founded in 1868 by 23 merchants and mill owners who met \
      in an inn.
      """)
    #expect(values(chamber, "member_count").isEmpty)
    let guild = try ingested("""
      Guild
      2025-04-10

      The Guild of Kessel Merchants was set up in 1901 by 14 merchants who met in an inn.
      """)
    #expect(values(guild, "member_count") == [14])
    #expect(years(guild, "member_count") == [1901])
  }

  @Test func readsAGappedClauseAfterAnAndWithoutAComma() throws {
    let found = try ingested("""
      Towns
      2025-04-10

      At the last census Wendby had 48,300 residents and Saltby 31,850. The Orrin Pump Company \
      employs 1,240 people at its two sites in Wendby and Saltby, 96 of them apprentices.
      """)
    #expect(subjects(found, "population") == ["Wendby", "Saltby"])
    #expect(values(found, "population") == [48300, 31850])
    #expect(values(found, "workforce") == [1240])
  }

  @Test func keepsTheRelativeYearOfAClauseJoinedWithItsToThatClause() throws {
    let found = try ingested("""
      Ferry union
      2025-04-10

      The Brannock Ferry Workers Union employs 38 people at its office in Selby, a town of \
      21,000, and its total income last year was 4.2 million euros.
      """)
    #expect(years(found, "workforce") == [2025])
    #expect(years(found, "population") == [2025])
    #expect(years(found, "revenue") == [2024])
  }
}

@Suite struct CorrectedFigureTests {
  @Test func givesTheCorrectFigureAfterACitedOneTheCitedClaimsSubjectAttributeAndYear() throws {
    let found = try ingested("""
      Corrections
      2025-04-10

      An article on 3 March said the Selby Rowing Club had 340 members. The correct number is 430.

      Our report on the Harbour Board (9 April) said its budget for 2024 was 12 million euros. \
      The correct figure is 21 million euros.
      """)
    #expect(subjects(found, "member_count") == ["Selby Rowing Club"])
    #expect(values(found, "member_count") == [430])
    #expect(values(found, "budget") == [21_000_000])
    #expect(years(found, "budget") == [2024])
  }

  @Test func readsNoCorrectFigureOfAnotherKindThanTheCitedOne() throws {
    let found = try ingested("""
      Corrections
      2025-04-10

      A profile on 2 May said the Tarnby Ferry Company employs 410 people. The correct figure is \
      14 per cent.
      """)
    #expect(found.isEmpty)
  }
}
