import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Testing

/// Readings of session 16, each found on text written blind (HeldOut42 to HeldOut50) and checked
/// here on articles of other subjects.
@Suite struct ClaimThirtySixthPassTests {
  @Test func givesASharePhrasedInTheFirstPersonToTheBodyThatSpeaks() throws {
    let found = try ingested("""
      About us - Tarrow Fen Mutual Insurance
      4 February 2026

      Tarrow Fen Mutual Insurance is owned by the farmers it covers. We have 9,200 members.

      Our share of the region's crop insurance market is around 14 per cent.

      We now insure about 22% of the dairy herds in the county market.
      """)
    #expect(subjects(found, "share") == ["Tarrow Fen Mutual Insurance", "Tarrow Fen Mutual Insurance"])
    #expect(values(found, "share") == [14, 22])
  }

  @Test func givesNoShareToAFirstPersonThatDoesNotHoldIt() throws {
    let found = try ingested("""
      About us - Tarrow Fen Mutual Insurance
      4 February 2026

      Tarrow Fen Mutual Insurance is owned by the farmers it covers. We have 9,200 members.

      We lost 12 percent of our premiums to storms. A rival told us you have 40 per cent of the \
      crop market. Our survey found that 91 per cent of visitors to our stands were farmers.
      """)
    #expect(values(found, "share").isEmpty)
  }

  @Test func datesAChairmansStatementInAnnualReportAndAccountsToItsYear() throws {
    let found = try ingested("""
      Brayford Ferries plc Annual Report and Accounts 2024: Chairman's statement
      March 12, 2025

      Dear shareholders,

      Brayford Ferries plc had a good year. Its share of the Tamber Strait freight market rose \
      to 31 per cent.
      """)
    #expect(years(found, "share") == [2024])
  }

  @Test func givesATranscriptSpeakersWeToTheBodyTheIntroductionSaysTheSpeakerRuns() throws {
    let found = try ingested("""
      Transcript: The Harbour Hour, Episode 40
      November 18, 2025

      HOST: My guests today: Ilse Brannock runs the Kettlewick Fishermen's Cooperative, and Omar \
      Tessaly is chief executive of the Coastal Ports Federation.

      HOST: Ilse, how big are you?

      BRANNOCK: We have 640 member-boats and we employ 52 people.

      TESSALY: We have 38 member ports.
      """)
    #expect(subjects(found, "workforce") == ["Kettlewick Fishermen's Cooperative"])
    #expect(subjects(found, "member_count").sorted()
      == ["Coastal Ports Federation"])
  }

  @Test func countsMembersNamedWithAMemberCompound() throws {
    let found = try ingested("""
      Water board consults on tariffs
      4 March 2025

      The Lower Fenn Water Board has 23 member municipalities. The Fenn Valley Farmers' Union \
      has 2,140 member-farmers.
      """)
    #expect(values(found, "member_count") == [23, 2140])
  }

  @Test func namesAUnitAfterOurOrItsWithinItsOwner() throws {
    let found = try ingested("""
      Annual report of the Tessary Regional Transit Company
      8 May 2025

      This is the annual report of the Tessary Regional Transit Company. We run buses and trams.

      We carried 98 million passengers. Our Rail Police, which patrols the stations, has 118 \
      officers.

      Officials in Valdoria say the country cannot afford a navy. Its Coast Guard has 1,400 \
      personnel.
      """)
    #expect(subjects(found, "police_strength") == ["Tessary Regional Transit Company Rail Police"])
    #expect(subjects(found, "force_size") == ["Valdoria Coast Guard"])
  }

  @Test func typesAPoliceDistrictAsABody() throws {
    let found = try ingested("""
      Police district hires
      2025-09-22

      The Aldermoor Police District covers 4,100 square kilometres. The Aldermoor Police \
      District employs 930 people.
      """)
    #expect(subjects(found, "workforce") == ["Aldermoor Police District"])
  }

  @Test func givesAnInterviewAnswersWeToTheBodyTheOpeningSaysTheIntervieweeLeads() throws {
    let found = try ingested("""
      "We need more crews": the fire chief on budgets
      2025-09-22

      The Tessary Rescue Academy trains firefighters for the whole region. Maren Holt, 51, has \
      led the Tessary Fire Service since 2019.

      How many people work for you?

      Today we employ 412 people.

      And the money?

      We spent 61 million kroner last year.
      """)
    #expect(subjects(found, "workforce") == ["Tessary Fire Service"])
    #expect(subjects(found, "spending") == ["Tessary Fire Service"])
  }

  @Test func readsAnAmountInMillionsAsMoneyInATextThatNamesNoCurrency() throws {
    let found = try ingested("""
      Transcript: committee hearing on the coast guard
      January 22, 2026

      Witnesses: Ms Ana Pirel, Director General of the Selmark Coast Guard Agency.

      MS PIREL: Our budget for this year is 311 million; we spent 298.5 million last year.
      """)
    #expect(values(found, "budget") == [311_000_000])
    #expect(values(found, "spending") == [298_500_000])
    #expect(subjects(found, "budget") == ["Selmark Coast Guard Agency"])
  }

  @Test func keepsAnAmountWithoutCurrencyOutWhereTheTextNamesOne() throws {
    let found = try ingested("""
      Coast guard budget
      January 22, 2026

      The Selmark Coast Guard Agency has a budget of 311 million euros. The region has a \
      population of 2.1 million, and the agency's budget covers 40 stations.
      """)
    #expect(values(found, "budget") == [311_000_000])
  }

  @Test func leavesANameBeforeTheValueInATranscriptAnswerItsOwner() throws {
    let found = try ingested("""
      Transcript: committee hearing on the navy
      January 22, 2026

      Witnesses: Vice Admiral Ola Brenn, Chief of the Selmark Navy.

      VICE ADMIRAL BRENN: The Tessel Marine Brigade, our 1,700-strong landing force, is under \
      my command. Our largest base is at Port Ammer, a city of 84,000.
      """)
    #expect(subjects(found, "force_size") == ["Tessel Marine Brigade"])
    #expect(subjects(found, "population") == ["Port Ammer"])
  }

  @Test func readsTheAmountsOfAClauseOpenedByOfWhichAsParts() throws {
    let found = try ingested("""
      Sailing club accounts
      March 3, 2025

      The Orrin Bay Sailing Club had total income of £212,500 in 2024, of which subscriptions \
      brought in £88,100 and moorings £54,300. Of its spending, £40,000 went on the slipway.

      The Orrin Region, of which Orrin Bay is the capital, has 1.2 million residents.
      """)
    #expect(values(found, "revenue") == [212_500])
    #expect(values(found, "spending").isEmpty)
    #expect(values(found, "population") == [1_200_000])
  }

  @Test func leavesOfficersSentToATaskOutOfAForcesStrength() throws {
    let found = try ingested("""
      Regatta security
      March 3, 2025

      The Orrin Police Service, which has 1,240 sworn officers, will be reinforced by 300 \
      officers from other forces. The Orrin Police Service assigns five officers to the harbour. \
      The Orrin Defence Force, which numbers some 6,000 personnel, will provide about 800 \
      soldiers for the regatta.
      """)
    #expect(values(found, "police_strength") == [1240])
    #expect(values(found, "force_size") == [6000])
  }

  @Test func leavesMembersAtAMeetingOrInASurveyAndAgesOutOfAMembership() throws {
    let found = try ingested("""
      Angling club meets
      March 3, 2025

      The Tollin Angling Society has 380 members.

      Present: 71 members.

      The survey, answered by 190 members, found that most fish at weekends. Membership is \
      open to anyone aged 12 or over.
      """)
    #expect(values(found, "member_count") == [380])
  }

  @Test func readsAHeadingInCapitalsAsNoName() throws {
    let found = try ingested("""
      Annual review of the Tarrow Fen Wildlife Trust
      June 3, 2025

      The Tarrow Fen Wildlife Trust looks after nine reserves. It was a good year for the \
      reserves.

      Registered charity no. 1043877. Fen House, 7 Mill Street, Tarrow.

      THE YEAR IN FIGURES (year to 31 March 2025)
      Income: £4.8m
      Staff: 88
      """)
    #expect(subjects(found, "workforce") == ["Tarrow Fen Wildlife Trust"])
    #expect(subjects(found, "revenue") == ["Tarrow Fen Wildlife Trust"])
  }

  @Test func datesACensusReleaseToItsCensusYear() throws {
    let found = try ingested("""
      Census 2024: Orrin Province passes one million residents
      2025-03-12

      ORRIN - The census office released its first results on Wednesday. Tessel District had \
      301,770 residents. The Orrin Provincial Council has 41 members.
      """)
    #expect(years(found, "population") == [2024])
    #expect(years(found, "member_count") == [2025])
  }

  @Test func datesAStaffTheBodyBeganWithToItsFounding() throws {
    let found = try ingested("""
      The Kessel Valley Archive at fifty
      2025-03-12

      The Kessel Valley Archive was founded in 1975. The archive began with a staff of four in \
      a room above the library. Today it employs 31 people.
      """)
    #expect(years(found, "workforce") == [1975, 2025])
  }

  @Test func readsAPriceMoveOrAChangeInPerCentAsNoShare() throws {
    let found = try ingested("""
      Ferry results
      2025-03-12

      Brayford Ferries holds 31 per cent of the Tamber Strait freight market. Brayford shares \
      closed up 4.1 per cent. The 12.5 per cent fall in Orrin Line shares was blamed on fuel.
      """)
    #expect(values(found, "share") == [31])
  }

  @Test func leavesTheYearOfAPhraseOfOriginAfterTheValueToThatPhrase() throws {
    let found = try ingested("""
      Lake shipping
      2025-03-12

      Orrin Lake Shipping has 210 employees and still runs four old barges, the oldest of them \
      built in 1968. The Tessel Tide Station, with about 40 staff, keeps a record dating back to \
      1871.
      """)
    #expect(years(found, "workforce") == [2025, 2025])
  }

  @Test func givesAnOrdinalOfJoiningToTheBodyNotToAMemberNamedBefore() throws {
    let found = try ingested("""
      Chip makers' association admits a new member
      2025-03-12

      The Orrin Semiconductor Association was founded in 2004. Its members are Tessel Micro, \
      Brand Photonics, Kell Devices, Arrow Wafers and Lumo Systems.

      The largest, Lumo Systems, makes wafers at a plant near the port. Halden Optics became \
      the sixth member in 2011.
      """)
    #expect(subjects(found, "member_count").last == "Orrin Semiconductor Association")
  }
}
