import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Testing

/// Readings of session 13: a plain-text article read as `crosscheck run` reads it, its headline
/// the first paragraph. The headline gives no claims, the article's opening is the first sentence
/// after it, its names do not count as the body's, and the short name it gives a body ("Pruett
/// Freight") is the body's full name ("Pruett Freight Services").
@Suite struct ClaimThirtyThirdPassTests {
  @Test func readsNoClaimFromTheHeadline() throws {
    let found = try ingested("""
      Orla Valley transit agency adopts $96.5 million budget
      March 4, 2025

      The Orla Valley Transit Authority adopted a $96.5 million operating budget for 2025 on \
      Monday.
      """)
    let budgets = found.filter { $0.attribute == "budget" }
    #expect(budgets.count == 1)
    #expect(budgets.first?.subject.name == "Orla Valley Transit Authority")
  }

  @Test func speaksForTheBodyTheOpeningNamesNotForAQuoteInTheHeadline() throws {
    let found = try ingested("""
      "We cannot find enough drivers": the new chair of the hauliers' guild
      October 14, 2025

      Mara Tenby, a haulier from Dunmore, became chair of the Guild of Kessan Hauliers last month. \
      She talked to our reporter about drivers and money.

      How big is the guild now?

      We have 1,240 members, up from about 1,000 when I joined in 2016.

      Is that a lot?

      We were founded in 1931 by nine carriers.
      """)
    let members = found.filter { $0.attribute == "member_count" && $0.value.low == 1240 }
    #expect(members.first?.subject.name == "Guild of Kessan Hauliers")
    let founded = found.filter { $0.attribute == "founding_year" }
    #expect(founded.first?.subject.name == "Guild of Kessan Hauliers")
  }

  @Test func readsACompanysFirstWordAsTheFullNameTheBodyGivesNotTheHeadlinesShortOne() throws {
    let found = try ingested("""
      Castellane to buy Pruett Freight in 780 million euro deal
      May 8, 2025

      Castellane Logistics said on Thursday it would buy Pruett Freight Services from its \
      founding family.

      Pruett employs 7,200 people and had revenue of 1.14 billion euros in 2024.
      """)
    let staff = found.filter { $0.attribute == "workforce" && $0.value.low == 7200 }
    #expect(staff.first?.subject.name == "Pruett Freight Services")
  }

  @Test func givesAHeadlinesShortNameTheOneLongerNameTheBodyGoesOnFromItWith() throws {
    let document = try defaultPipeline.annotate(ClaimEvaluation.document(file: "a.txt", text: """
      Dunraven Cement cuts 300 jobs
      June 2, 2025

      The Dunraven Cement Company said on Monday it would close its oldest kiln. The company \
      employs 1,900 people.
      """))
    let headline = try #require(document.headlineParagraph)
    let inHeadline = document.entities.filter { $0.range.end <= headline.end }
    #expect(inHeadline.contains { $0.canonical == "Dunraven Cement Company" })
    #expect(!document.entities.contains { $0.canonical == "Dunraven Cement" })
  }

  @Test func keepsAHeadlinesNameThatALongerNameIsNamedAfter() throws {
    let document = try defaultPipeline.annotate(ClaimEvaluation.document(file: "a.txt", text: """
      Port Ardent grows again
      June 2, 2025

      The Port Ardent Airport Authority said on Monday that passenger numbers rose.
      """))
    #expect(document.entities.contains { $0.canonical == "Port Ardent" })
  }

  @Test func startsANameAfterAGroupNounAndOf() throws {
    let found = try claims(
      "Members of the Tessel Valley Energy Co-operative voted on Saturday. The co-operative employs six people.",
      published: 2025)
    #expect(subjects(found, "workforce") == ["Tessel Valley Energy Co-operative"])
  }

  @Test func readsNoNameInAGroupNounOfTwoWords() throws {
    let document = try annotated(
      "The Heads of State met in Ravella. The Member States of the Orlan Customs Union number six.")
    #expect(!document.entities.contains { $0.canonical.hasPrefix("Heads") || $0.canonical.hasPrefix("Member") })
    #expect(document.entities.contains { $0.canonical == "Orlan Customs Union" })
  }

  @Test func namesACountryByTheNameAfterItsStateForm() throws {
    let found = try claims(
      "The Republic of Kelvaria has about 19 million inhabitants. Kelvaria covers 610,000 square kilometres.",
      published: 2025)
    #expect(subjects(found, "population") == ["Kelvaria"])
    #expect(subjects(found, "area") == ["Kelvaria"])
  }

  @Test func keepsANameTheStateFormOpensWhenABodysHeadEndsIt() throws {
    let document = try annotated("The Kingdom of Darvand Defence Council met on Monday.")
    #expect(!document.entities.contains { $0.canonical == "Darvand" })
  }

  @Test func keepsALegalEndingInACompanysNameAndReadsTheShortFormAsIt() throws {
    let found = try claims(
      "Halvern Shipping Group plc reported its results. Halvern Shipping Group employs 4,820 people.",
      published: 2025)
    #expect(subjects(found, "workforce") == ["Halvern Shipping Group plc"])
  }

  @Test func dropsTheFiguresOfAnEarlierPieceDatedDayBeforeMonth() throws {
    let found = try claims(
      "A report on rural policing on 3 October said the Kelby Police Service had 130 officers. It has 310 officers.",
      published: 2025)
    #expect(values(found, "police_strength") == [310])
  }

  @Test func learnsAnAcronymTheTextSaysANameIsKnownBy() throws {
    let found = try claims(
      "The council will renew the mandate of the United Nations Support Mission in Tavel, known by its acronym UNSMAT. UNSMAT had 4,200 troops in 2024.",
      published: 2025)
    #expect(subjects(found, "force_size") == ["United Nations Support Mission in Tavel"])
  }

  @Test func givesTheMoneyALoneOrganApprovesToTheBodyTheArticleIsAbout() throws {
    let found = try claims(
      "The International Kestball Federation met in Brenn on Saturday. The Congress adopted a budget of 5.2 million francs for 2026.",
      published: 2025)
    #expect(subjects(found, "budget") == ["International Kestball Federation"])
  }

  @Test func readsADecimalCommaBeforeAScaleWord() throws {
    let found = try claims(
      "Halmora, a region of some 2,1 million inhabitants, lies in the east. The budget of the Halmora Monitoring Mission for 2025 amounts to 98,6 million euros.",
      published: 2025)
    #expect(values(found, "population") == [2_100_000])
    #expect(values(found, "budget") == [98_600_000])
  }

  @Test func readsNoClaimFromAFigureUnderDiscussion() throws {
    let found = try claims(
      "The Orlan Water Company employs 1,250 people. The figure of 1,400 in your report included contractors.",
      published: 2025)
    #expect(values(found, "workforce") == [1250])
  }

  @Test func countsStatesWithObserverStatusAsObservers() throws {
    let found = try claims(
      "The Carrow Sea Customs Union has six members. Three countries - Oporra, Sandrin and Veyle - have observer status.",
      published: 2025)
    #expect(values(found, "observer_count") == [3])
    #expect(values(found, "member_count") == [6])
  }

  @Test func givesASizeAdjectiveBeforeANameTheAttributeTheNamesLastWordCounts() throws {
    let found = try claims(
      "The 62,000-strong Estravian Transport Workers' Union called a strike on Monday.", published: 2025)
    #expect(values(found, "member_count") == [62_000])
    #expect(values(found, "force_size").isEmpty)
  }

  @Test func datesWhatAResultsArticleTellsInThePastByTheYearItReportsOn() throws {
    let found = try ingested("""
      Tarvel Freight: results for the year ended 31 December 2024
      February 20, 2025

      Tarvel Freight Group announced its results for the year ended 31 December 2024 on Thursday.

      Tarvel Freight Group had revenue of 612 million euros. The group employs 4,100 people.
      """)
    #expect(years(found, "revenue") == [2024])
    #expect(years(found, "workforce") == [2025])
  }

  @Test func givesAnUnnamedBulletTheBodyTheArticleIsAbout() throws {
    let found = try ingested("""
      Orvel Energy Group reports higher revenue
      February 20, 2025

      Orvel Energy Group said on Thursday that demand rose. It bought the Dunmere Gas Company in 2019.

      Highlights
      - Revenue of 840 million euros
      - Headcount of 3,100 at year end
      """)
    #expect(subjects(found, "revenue") == ["Orvel Energy Group"])
    #expect(subjects(found, "workforce") == ["Orvel Energy Group"])
  }

  @Test(arguments: [
    "The Caspar Coast Netball League was founded on 14 August 1975.",
    "The Caspar Coast Netball League was founded in August 1975.",
  ])
  func readsAFoundingYearWrittenAsADate(_ text: String) throws {
    #expect(values(try claims(text, published: 2025), "founding_year") == [1975])
  }

  @Test func countsStaffAfterTwoAdjectivesJoinedByAnd() throws {
    let found = try claims(
      "The Northern Marches Defence Compact employs 1,150 civilian and military staff.", published: 2025)
    #expect(values(found, "workforce") == [1150])
  }

  @Test func namesAMembersCountOfALoneBoardWithItsBodyAndGivesTheBodyItsMoney() throws {
    let found = try claims(
      "The Calder Plains University System reported its year. The 11-member Board of Regents approved a $1.96 billion budget for 2026.",
      published: 2025)
    #expect(subjects(found, "member_count") == ["Calder Plains University System Board of Regents"])
    #expect(subjects(found, "budget") == ["Calder Plains University System"])
  }

  @Test func countsObserversNamedAsSuch() throws {
    let found = try claims(
      "The South Caldera Tuna Organisation has 19 members and five observers.", published: 2025)
    #expect(values(found, "observer_count") == [5])
    #expect(values(found, "member_count") == [19])
  }

  @Test func readsNoObserverCountFromElectionObserversByTheHundred() throws {
    let found = try claims(
      "The Littoral States Council has about 640 observers at the polling stations.", published: 2025)
    #expect(values(found, "observer_count").isEmpty)
  }

  @Test func foundsTheNameOfATimelineRowWhoseVerbIsPassive() throws {
    let found = try ingested("""
      Hallbrook Power: a century
      March 4, 2025

      Hallbrook Power marks its centenary this year.

      1925 - Hallbrook Power & Light Company is founded in Ellery Falls.

      1999 - The Hallbrook Retirees' Association is founded.
      """)
    #expect(subjects(found, "founding_year") == ["Hallbrook Power & Light Company", "Hallbrook Retirees' Association"])
    #expect(values(found, "founding_year") == [1925, 1999])
  }

  @Test func readsEachRowOfATableOfCountsAsItsLabelsCount() throws {
    let found = try ingested("""
      Dispatch district adds a ninth city
      March 6, 2025

      The Tri-Valley Dispatch District, which answers calls for Harrowgate, Anselby and Lake \
      Tolbury, voted on Thursday to admit a fourth member city.

      Member cities and their populations at the 2020 census:

      Harrowgate: 61,480 - 33.1%
      Anselby: 38,915 - 20.9%
      Lake Tolbury: 24,302 - 13.1%
      """)
    let rows = found.filter { $0.attribute == "population" && $0.rule == "table-row" }
    #expect(rows.map(\.subject.name) == ["Harrowgate", "Anselby", "Lake Tolbury"])
    #expect(rows.map(\.value.low) == [61480, 38915, 24302])
    #expect(rows.allSatisfy { $0.time.year == 2020 })
  }

  @Test func readsNoTableOfCountsFromAFactBoxOfAttributes() throws {
    let found = try ingested("""
      Fenby Community Hospital reopens
      March 6, 2025

      Fenby Community Hospital reopened its wards on Monday.

      Fenby Community Hospital
      Staff: 385
      Beds: 72
      """)
    #expect(!found.contains { $0.rule == "table-row" })
  }

  @Test func countsTheStaffOfAFirmASizeAdjectiveDescribes() throws {
    let found = try claims("Ventamo, a 260-person payments firm, was bought on Monday.", published: 2025)
    #expect(values(found, "workforce") == [260])
  }

  @Test func readsNoStaffFromAPersonSizeOfSomethingElse() throws {
    let found = try claims(
      "The town has run its own two-person dispatch room at the police station since 1961.", published: 2025)
    #expect(values(found, "workforce").isEmpty)
  }

  @Test func readsDotsAsThousandsInATextThatWritesDecimalCommas() throws {
    let found = try claims(
      "The budget amounts to 98,6 million euros. The regional capital Dastrovo (380.000 inhabitants) is calm.",
      published: 2025)
    #expect(values(found, "population") == [380_000])
  }

  @Test func keepsADecimalDotInATextWithoutDecimalCommas() throws {
    let found = try claims("Dastrovo has 3.500 inhabitants, the census said.", published: 2025)
    #expect(values(found, "population") != [3500])
  }

  @Test func readsTheEarlierValueOfASentenceThatComparesTheLastOne() throws {
    let found = try claims(
      "The Brannock Police Department has 163 sworn officers. That is down from 181 in 2019.",
      published: 2025)
    #expect(values(found, "police_strength") == [163, 181])
    #expect(years(found, "police_strength") == [2025, 2019])
  }

  @Test func readsThePopulationOfAPlaceCalledACommunityInAnApposition() throws {
    let found = try claims(
      "The cooperative admitted Wexley Township, a community of about 9,400 people, on Monday.",
      published: 2025)
    #expect(subjects(found, "population") == ["Wexley Township"])
    #expect(values(found, "population") == [9400])
  }

  @Test func countsFoundersAfterTwoAdjectivesJoinedByAnd() throws {
    let found = try claims(
      "The Severnmoor Joint Waste Association was founded in 1996 by six district and town councils.",
      published: 2025)
    #expect(values(found, "member_count") == [6])
    #expect(years(found, "member_count") == [1996])
  }
}
