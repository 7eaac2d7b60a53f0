import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Testing

/// Readings of session 15, each found on text written blind (HeldOut45 to HeldOut47) and checked
/// here on articles of other subjects.
@Suite struct ClaimThirtyFifthPassTests {
  @Test func readsADecimalCommaBeforeAUnitAsADecimal() throws {
    let found = try ingested("""
      Quarry lake opens to swimmers
      3 June 2025

      The Brenn Valley Nature Park covers 4,6 square kilometres of old gravel pits. The Orsk \
      Gravel Company holds 12,5 per cent of the regional market for building sand.
      """)
    #expect(values(found, "area") == [4.6])
    #expect(values(found, "share") == [12.5])
  }

  @Test func keepsThreeDigitsAfterACommaAsThousands() throws {
    let found = try ingested("""
      Quarry lake opens to swimmers
      3 June 2025

      The Brenn Valley Nature Park covers 4,600 square kilometres. The Orsk Gravel Company \
      employs 1,250 people.
      """)
    #expect(values(found, "area") == [4600])
    #expect(values(found, "workforce") == [1250])
  }
}

extension ClaimThirtyFifthPassTests {
  @Test func keepsAPairOfInstitutionWordsJoinedByAndInsideAName() throws {
    let found = try ingested("""
      Museums join forces
      3 June 2025

      PRESS RELEASE - Ministry of Culture and Heritage, Orland

      Two national museums will merge next year. The Ministry of Culture and Heritage employs \
      640 people.
      """)
    #expect(subjects(found, "workforce") == ["Ministry of Culture and Heritage"])
  }

  @Test func learnsAnAcronymOfAnotherLanguageWrittenAfterALongName() throws {
    let found = try ingested("""
      Seed board reports
      3 June 2025

      The National Seed Certification Board (JNCS) was set up in 1972. Today the JNCS employs \
      96 inspectors and staff.
      """)
    #expect(subjects(found, "founding_year") == ["National Seed Certification Board"])
    #expect(subjects(found, "workforce") == ["National Seed Certification Board"])
  }

  @Test func readsTheShortFormOfANameThatGoesOnWithForOrOn() throws {
    let found = try ingested("""
      New director for the marine lab
      3 June 2025

      Ida Lunde will lead the Harbin Institute for Ocean Studies from March. Founded in 1961, \
      the Harbin Institute has 230 staff and a budget of 31 million euros.
      """)
    #expect(subjects(found, "workforce") == ["Harbin Institute for Ocean Studies"])
    #expect(subjects(found, "budget") == ["Harbin Institute for Ocean Studies"])
  }
}

extension ClaimThirtyFifthPassTests {
  @Test func datesAGrowthByAMonthAndYearWrittenBeforeItsClause() throws {
    let found = try ingested("""
      Memories of the lake patrol
      3 June 2025

      The Varra Lake Police was set up in 1990. By the time I joined in March 1996, the force \
      had grown to 310 officers, up from a few dozen the year before.
      """)
    #expect(values(found, "police_strength") == [310])
    #expect(years(found, "police_strength") == [1996])
  }
}

extension ClaimThirtyFifthPassTests {
  @Test func readsAFactBoxAfterALiveBlogTimeStampAsAboutTheNameOfItsHeading() throws {
    let found = try ingested("""
      Storm hits Brenland
      3 June 2025

      Brenland is on alert as the storm moves north.

      08:40
      Quick facts: the Brenland Mountain Rescue Service
      Founded: 1961
      Budget 2025: 14 million euros
      """)
    #expect(subjects(found, "founding_year") == ["Brenland Mountain Rescue Service"])
    #expect(subjects(found, "budget") == ["Brenland Mountain Rescue Service"])
  }

  @Test func datesTheRowsOfAListByTheYearItsIntroducingLineNames() throws {
    let found = try ingested("""
      Kelvian army shrinks
      3 June 2025

      The Kelvian Army is short of recruits, the defence review says.

      Army formations, personnel at 31 March 2023:

      Northern Rifle Brigade - 4,100
      Southern Mountain Brigade - 3,650
      """)
    #expect(values(found, "force_size") == [4100, 3650])
    #expect(years(found, "force_size") == [2023, 2023])
  }

  @Test func readsNoSizeFromWhatABodyIsShortOf() throws {
    let found = try ingested("""
      Brigade below strength
      3 June 2025

      The Tessin Rifle Brigade has 3,400 soldiers. The brigade is short of about 600 soldiers, \
      and a shortfall of 40 officers remains. It was just short of 4,000 soldiers in 2019.
      """)
    #expect(values(found, "force_size") == [3400, 4000])
  }
}

extension ClaimThirtyFifthPassTests {
  @Test func namesASteeringBoardThatCountsItsMembersWithItsBody() throws {
    let found = try ingested("""
      Annual report 2024: the Corran Bay Monitoring Network
      3 June 2025

      The Corran Bay Monitoring Network links nine institutes. It is governed by a General \
      Assembly of all members and a seven-member Steering Board.
      """)
    #expect(subjects(found, "member_count").contains("Corran Bay Monitoring Network Steering Board"))
    #expect(!subjects(found, "member_count").contains("Steering Board"))
  }

  @Test func givesTheMoneyOfASectionUnderAHeadingThatNamesNothingToTheHeadlinesBody() throws {
    let found = try ingested("""
      Annual report 2024: the Corran Bay Monitoring Network
      3 June 2025

      The Corran Bay Monitoring Network links nine institutes around the bay.

      Member profiles

      The Lisk Marine Laboratory, our largest member, employs about 240 people.

      Finances

      Income for 2024 was 3.2 million euros, mostly grants.
      """)
    #expect(subjects(found, "revenue") == ["Corran Bay Monitoring Network"])
  }
}

extension ClaimThirtyFifthPassTests {
  @Test func countsNoVolunteersOrContractorsInAWorkforce() throws {
    let found = try ingested("""
      The zoo at ninety
      3 June 2025

      The Harwick Zoological Society employs 212 people, along with about 150 volunteers who \
      guide visitors. It employs 40 keepers directly, and about 30 contractor staff work on \
      site in summer.
      """)
    #expect(values(found, "workforce") == [212, 40])
  }

  @Test func givesAShareRowThatNamesOnlyItsMarketToTheBodyOfTheBox() throws {
    let found = try ingested("""
      Tessel Ferries: results for 2024
      3 March 2025

      Tessel Ferries carried 4.1 million passengers last year.

      Key figures
      - Revenue: 212 million euros
      - Share of the Orland coastal ferry market: 38.5 per cent
      """)
    #expect(subjects(found, "share") == ["Tessel Ferries"])
  }

  @Test func opensNoNameWithLastOrNextBeforeAMonth() throws {
    let found = try ingested("""
      Union wins the vote
      3 June 2025

      The Orland Dockworkers' Union has 4,100 members. Last October's elections at the port \
      showed its strength: the union list won 61.5 per cent of the vote.
      """)
    #expect(!found.contains { $0.subject.name.hasPrefix("Last") })
    #expect(subjects(found, "share") == ["Orland Dockworkers' Union"])
  }
}

/// Tables written with pipes between their cells.
extension ClaimThirtyFifthPassTests {
  @Test func readsAPipeTableOfPlacesWithAYearInAColumnHeader() throws {
    let found = try ingested("""
      Census: the coast grows, the hills shrink
      3 June 2025

      The statistics office published its first results on Monday.

      Municipality | Population 2024 | Population 2014 | Area (km2)
      Orvik | 41,200 | 38,950 | 62.5
      Tessby | 12,480 | 13,100 | 140.2
      """)
    let population = found.filter { $0.attribute == "population" }
    #expect(population.map(\.subject.name) == ["Orvik", "Orvik", "Tessby", "Tessby"])
    #expect(population.map(\.value.low) == [41200, 38950, 12480, 13100])
    #expect(population.map(\.time.year) == [2024, 2014, 2024, 2014])
    #expect(values(found, "area") == [62.5, 140.2])
  }

  @Test func readsAMarkdownTableOfYearsAsTheHeadlinesBodysFigures() throws {
    let found = try ingested("""
      Harrow Valley Water Board: five years in figures
      3 June 2025

      The Harrow Valley Water Board supplies 310,000 homes.

      | Year | Budget (€m) | Staff | Note |
      |------|-------------|-------|------|
      | 2023 | 41.5 | 388 | |
      | 2024 | 44.0 | 402 | new depot |
      | 2025 | 46.2 (planned) | 410 | |
      """)
    #expect(values(found, "budget") == [41_500_000, 44_000_000])
    #expect(years(found, "budget") == [2023, 2024])
    #expect(subjects(found, "budget") == ["Harrow Valley Water Board", "Harrow Valley Water Board"])
    let staff = found.filter { $0.attribute == "workforce" && $0.rule == "pipe-table" }
    #expect(staff.map(\.value.low) == [388, 402, 410])
  }

  @Test func readsNoMoneyFromAColumnWithoutScaleOrCurrency() throws {
    let found = try ingested("""
      Harrow Valley Water Board: five years in figures
      3 June 2025

      The Harrow Valley Water Board supplies 310,000 homes.

      Year | Budget | Staff
      2023 | 41.5 | 388
      """)
    #expect(values(found, "budget").isEmpty)
    #expect(values(found, "workforce") == [388])
  }

  @Test func takesNoLineOfLinksForATable() throws {
    let found = try ingested("""
      About us | Harrow Valley Water Board | Contact
      3 June 2025

      Home | News | Careers
      The board employs 410 people.
      """)
    #expect(!found.contains { $0.rule == "pipe-table" })
    #expect(values(found, "workforce") == [410])
  }
}

extension ClaimThirtyFifthPassTests {
  @Test func readsARankedTableOfSharesWrittenWithDashesUnderProseSayingPerCent() throws {
    let found = try ingested("""
      Coffee roasters: Brava keeps its crown
      2 April 2025

      Brava Tostadores stayed the country's biggest roaster, the trade panel said on Monday.

      THE ROASTED COFFEE MARKET IN 2024
      Share of retail sales, in per cent (2023 in brackets)
      1. Brava Tostadores - 27.5 (26.1)
      2. Cafes del Monte - 19.2 (20.4)
      Others - 53.3 (53.5)
      """)
    let shares = found.filter { $0.attribute == "share" && $0.rule == "table-row" }
    #expect(shares.map(\.subject.name) == ["Brava Tostadores", "Brava Tostadores", "Cafes del Monte", "Cafes del Monte"])
    #expect(shares.map(\.value.low) == [27.5, 26.1, 19.2, 20.4])
    #expect(shares.map(\.time.year) == [2024, 2023, 2024, 2023])
  }

  @Test func keepsTheYearOfARelativeClauseAfterACountsNounToThatClause() throws {
    let found = try ingested("""
      Summit ends
      3 June 2025

      For Kelmora, a country of 3.1 million people that joined the pact in 1985, the summit was \
      a success.
      """)
    #expect(values(found, "population") == [3_100_000])
    #expect(years(found, "population") == [2025])
  }
}

extension ClaimThirtyFifthPassTests {
  @Test func pointsNoReferenceBackToAStreet() throws {
    let found = try ingested("""
      Rail strike: live
      3 June 2025

      Shops in Caddenbury say trade is down. "Footfall on Harbour Street is down by a third," \
      a shopkeeper said.

      The operator was set up in 2004. It employs 6,850 people.
      """)
    #expect(!found.contains { $0.subject.name == "Harbour Street" })
  }
}

extension ClaimThirtyFifthPassTests {
  @Test func readsACompanyNameWithoutItsGroupNounAsThatCompany() throws {
    let found = try ingested("""
      Results season
      3 June 2025

      Tessel Foods Group plc reported higher sales on Monday. Tessel Foods was formed in 1998 \
      through a merger.
      """)
    #expect(subjects(found, "founding_year") == ["Tessel Foods Group plc"])
  }
}
