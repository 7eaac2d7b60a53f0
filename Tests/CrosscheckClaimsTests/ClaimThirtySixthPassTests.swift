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
}
