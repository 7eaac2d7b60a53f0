import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Testing

/// Readings of session 17, each found on text written blind (HeldOut42 to HeldOut53) and checked
/// here on articles of other subjects.
@Suite struct ClaimThirtySeventhPassTests {
  @Test func countsTheMembersOfABodysBoardOrCouncilAsTheOrgansNamedWithItsBody() throws {
    let found = try ingested("""
      Orchard growers meet
      2025-03-12

      The Tamber Valley Apple Cooperative has 640 members. The cooperative is governed by a \
      board of nine members. Its 12-member supervisory council meets twice a year. "Our junior \
      growers' committee, which has 18 members, runs the show," the cooperative's chair said.

      Kell Haulage, which carries the apples, has a five-member board of directors.
      """)
    #expect(subjects(found, "member_count") == [
      "Tamber Valley Apple Cooperative", "Tamber Valley Apple Cooperative Board",
      "Tamber Valley Apple Cooperative Supervisory Council",
      "Tamber Valley Apple Cooperative Junior Growers' Committee", "Kell Haulage Board of Directors",
    ])
    #expect(values(found, "member_count") == [640, 9, 12, 18, 5])
  }

  @Test func keepsTheMembersOfABodyThatIsItselfTheCouncilOrTheAppositionsBodyWithIt() throws {
    let found = try ingested("""
      Port trust and council
      2025-03-12

      The Orrin Port Trust, a seven-member body, runs the docks. The Brannock District Council \
      meets on Mondays. The council, which has 31 members, backed the docks.
      """)
    #expect(subjects(found, "member_count") == ["Orrin Port Trust", "Brannock District Council"])
  }

  @Test func namesATownCouncilAfterItsTownAndNotAfterTheBodyTheTextIsAbout() throws {
    let found = try ingested("""
      Haulier opens depot
      2025-03-12

      Kell Haulage opened a depot in Selby. The Selby town council, which has 21 members, \
      backed the plan.
      """)
    #expect(subjects(found, "member_count") == ["Selby Town Council"])
  }

  @Test func givesABoardOfCommissionersMembersToTheBoardAndItsBudgetToTheBody() throws {
    let found = try ingested("""
      Tamber Port Authority sets its budget
      2025-03-12

      The Tamber Port Authority handled 2.1 million tonnes last year. At its meeting on Monday \
      the nine-member Board of Commissioners approved a budget of $182 million for 2025.
      """)
    #expect(subjects(found, "member_count") == ["Tamber Port Authority Board of Commissioners"])
    #expect(subjects(found, "budget") == ["Tamber Port Authority"])
  }

  @Test func givesAMembershipTheNamesThatJoinedBroughtItToTheBodyTheyJoined() throws {
    let found = try ingested("""
      Customs union grows
      2025-03-12

      The Orrin Customs Union was founded in 1990 by four states. The biggest step came in \
      2011, when Tessaly and Morvane were admitted on the same day, taking membership to eight. \
      Ilvany and Brask followed in 2019, bringing membership to ten.
      """)
    #expect(subjects(found, "member_count") == ["Orrin Customs Union", "Orrin Customs Union", "Orrin Customs Union"])
    #expect(values(found, "member_count") == [4, 8, 10])
  }

  @Test func givesEachRowOfATableWrittenAsTextLinesToTheNameThatOpensIt() throws {
    let found = try ingested("""
      Miner reports
      2025-03-12

      Kell Copper Group said output rose.

      Subsidiaries

      Tarrow Hill Copper Ltd (Carrowland) ...... 1,420 employees ...... revenue $812.4m
      Sable Creek Mining Co. (Carrowland) ....... 860 employees ........ revenue $388.9m

      The group employs 3,100 people.
      """)
    #expect(subjects(found, "workforce") == ["Tarrow Hill Copper Ltd", "Sable Creek Mining Co", "Kell Copper Group"])
    #expect(subjects(found, "revenue") == ["Tarrow Hill Copper Ltd", "Sable Creek Mining Co"])
  }

  @Test func readsSpendingOnOnePurposeAsAPartOfWhatABodySpends() throws {
    let found = try ingested("""
      Hospital trust report
      2025-03-12

      The Tarrow Vale Hospitals Trust spent 412 million pounds in 2024. Spending on agency \
      nurses fell to 23.8 million pounds. Spending on repairs: 9 million pounds.
      """)
    #expect(values(found, "spending") == [412_000_000])
  }

  @Test func countsTheMembersOfABodyThatAnAppositionCallsANetworkOfThem() throws {
    let found = try ingested("""
      Funders meet
      2025-03-12

      The grant comes from the Tarrow Research Alliance, a network of 14 national research \
      funders. Kell Foods hired a team of 16 engineers.
      """)
    #expect(subjects(found, "member_count") == ["Tarrow Research Alliance"])
    #expect(values(found, "member_count") == [14])
  }

  @Test func readsWhatANounBeforeAloneNamesAsAPartOfTheWhole() throws {
    let found = try ingested("""
      Festival results
      2025-03-12

      The Tarrow Folk Festival had revenue of 6.1 million euros, and for the first time ticket \
      sales alone topped 2.8 million euros. The Orrin Police, which the council funds alone, \
      has 1,150 officers.
      """)
    #expect(values(found, "revenue") == [6_100_000])
    #expect(values(found, "police_strength") == [1_150])
  }

  @Test func readsNoCountFromABareNumberThatRanksAmongASetNamedBefore() throws {
    let found = try ingested("""
      Valley towns
      2025-03-12

      Seven towns share the valley. The town of Ostrel, the largest of the seven, has 38,400 \
      inhabitants.
      """)
    #expect(values(found, "population") == [38_400])
  }

  @Test func readsTheRemainingOrAdditionalStaffAsAPartOfTheWorkforce() throws {
    let found = try ingested("""
      Miner reports
      2025-03-12

      Harrow Mining employs 3,900 people. The remaining 170 employees work at the head office, \
      and the company will hire an additional 400 staff.
      """)
    #expect(values(found, "workforce") == [3_900])
  }
}
