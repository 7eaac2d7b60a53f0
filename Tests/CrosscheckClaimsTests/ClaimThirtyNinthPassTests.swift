import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Testing

/// Readings of session 19, each found on the tuned sets and checked here on articles of other
/// subjects.
@Suite struct ClaimThirtyNinthPassTests {
  @Test func datesTheEarlierShareOfAMarketAYearBeforeTheShareItChangedTo() throws {
    let found = try ingested("""
      Lending report
      2025-06-04

      Arvo Bank's share of mortgage lending rose to 18 percent from 16 percent. Revenue at Kell \
      Freight fell to 148.3 million pounds from 171.0 million pounds.
      """)
    #expect(values(found, "share") == [18, 16])
    #expect(years(found, "share") == [2025, 2024])
    #expect(years(found, "revenue") == [2025, 2024])
  }

  @Test func readsNoEarlierShareOfTheVoteWithoutItsElectionNorARivalsShareAsAnEarlierOne() throws {
    let found = try ingested("""
      Election results
      2025-03-04

      The Coastal Greens won 36.4 per cent of the vote, up from 30.1 per cent.

      Arvo Bank holds 18 percent of the mortgage market, against 12 percent for Kell Savings.
      """)
    #expect(values(found, "share") == [36.4, 18, 12])
    #expect(subjects(found, "share") == ["Coastal Greens", "Arvo Bank", "Kell Savings"])
    #expect(years(found, "share") == [2025, 2025, 2025])
  }

  @Test func datesWhatACensusArticleTellsInThePastAtTheCensusEvenLateInTheNextYear() throws {
    let found = try ingested("""
      Census: Talvora passes 400,000
      2025-07-08

      Talvora had 402,300 residents on census day, 12 October 2024, the statistics office said \
      on Tuesday.

      The port town of Mersk grew to 41,200 residents.
      """)
    #expect(subjects(found, "population") == ["Talvora", "Mersk"])
    #expect(years(found, "population") == [2024, 2024])
  }

  @Test func datesMoneyToldInThePastInTheFirstQuarterAtTheYearJustEnded() throws {
    let winter = try ingested("""
      Brenna Choir Trust in numbers
      2026-02-10

      The Brenna Choir Trust employs 12 people. Its income was 1.2 million euros, and it spent \
      1.1 million euros on concerts.
      """)
    #expect(years(winter, "workforce") == [2026])
    #expect(years(winter, "revenue") == [2025])
    #expect(years(winter, "spending") == [2025])
    let spring = try ingested("""
      Brenna Choir Trust in numbers
      2026-05-10

      The Brenna Choir Trust employs 12 people. Its income was 1.2 million euros.
      """)
    #expect(years(spring, "revenue") == [2026])
  }

  @Test func readsABodysNameAfterTheAsTheOneLongerNameOfTheTextThatEndsWithIt() throws {
    let found = try ingested("""
      Harbour guards
      2025-05-02

      The Kessian Coast Guard patrols 800 kilometres of shore. The Coast Guard, founded in 1962, \
      employs 2,300 people. The Friends of the Coast Guard has 400 members.
      """)
    #expect(subjects(found, "founding_year") == ["Kessian Coast Guard"])
    #expect(subjects(found, "workforce") == ["Kessian Coast Guard"])
    #expect(subjects(found, "member_count") == ["Friends of the Coast Guard"])
    let two = try ingested("""
      Two guards
      2025-05-02

      The Kessian Coast Guard and the Orvan Coast Guard met on Monday. The Coast Guard employs \
      2,300 people.
      """)
    #expect(subjects(two, "workforce") == ["Coast Guard"])
  }

  @Test func givesTheMembersOfABoardAfterAPossessiveToTheBoardNamedWithItsBody() throws {
    let found = try ingested("""
      Arvo Bank results
      2025-05-02

      Arvo Bank employs 3,100 people. The bank's board has nine members.
      """)
    #expect(subjects(found, "member_count") == ["Arvo Bank Board"])
    #expect(subjects(found, "workforce") == ["Arvo Bank"])
  }

  @Test func readsNoValueAfterAnAimOrAHope() throws {
    let found = try ingested("""
      Kessel Trust plans
      2025-05-02

      The Kessel Trust employs 410 people. We aim to employ 600 people by 2028, and we hope to \
      reach 900 members.
      """)
    #expect(values(found, "workforce") == [410])
    #expect(values(found, "member_count").isEmpty)
  }

  @Test func datesAPastValueAgainstOneOfTwoYearsBeforeThePublicationInTheYearBetween() throws {
    let found = try ingested("""
      Kell Port results
      2025-06-02

      The Kell Port Authority's revenue rose to 96.4 million euros from 88.1 million euros in \
      2023. The Harbour Union has 4,100 members, up from 3,900 in 2023.
      """)
    #expect(years(found, "revenue") == [2024, 2023])
    #expect(years(found, "member_count") == [2025, 2023])
  }

  @Test func datesTheRowsOfAFactBoxAtTheYearItsHeadlineReportsOn() throws {
    let found = try ingested("""
      Kessel College publishes 2024 facts and figures
      2025-05-27

      Kessel College today published its facts and figures.

      - Staff: 1,120 employees
      - Total income: EUR 61.4 million
      """)
    #expect(years(found, "workforce") == [2024])
    #expect(years(found, "revenue") == [2024])
  }

  @Test func readsACapitalizedLastWordAfterTheAsTheBodyItEndsNotAnOrganOfThatBody() throws {
    let found = try ingested("""
      Valley compact
      2025-05-02

      The Kessel Valley Water Compact (KVWC) joins six towns. The Compact was set up in 1990.

      The Joint Committee of the Kessel Valley Water Compact met on Monday.

      The Compact employs 120 people.
      """)
    #expect(subjects(found, "workforce") == ["Kessel Valley Water Compact"])
  }

  @Test func keepsTheYearOfAClauseJoinedWithAndAndANewSubjectFromTheValueBefore() throws {
    let found = try ingested("""
      Kell Port
      2025-06-02

      The Kell Port Authority employs 780 people, and a study it commissioned last year found \
      that the port supports the town.
      """)
    #expect(years(found, "workforce") == [2025])
  }

  @Test func readsNoSpendingOfPeopleNamedByAPluralNoun() throws {
    let found = try ingested("""
      Harnsey University
      2025-05-02

      Harnsey University spent 300 million pounds last year. The city council estimates that \
      students spend about 180 million pounds a year in local shops.
      """)
    #expect(values(found, "spending") == [300_000_000])
  }

  @Test func readsNoCountThatOpensASentenceAsTheActorOfAPerfectTense() throws {
    let found = try ingested("""
      Kessel Alliance
      2025-05-02

      The Kessel Alliance has nine members. Three countries have pledged helicopter units.
      """)
    #expect(values(found, "member_count") == [9])
  }
}
