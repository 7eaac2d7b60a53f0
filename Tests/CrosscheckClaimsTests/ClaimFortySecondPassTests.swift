import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Testing

/// Readings of session 22, each found on the tuned sets and checked here on articles of other
/// subjects.
@Suite struct ClaimFortySecondPassTests {
  @Test(arguments: [
    "In all, the Dunmere metropolitan area has about 840,000 residents.",
    "The Dunmere metropolitan area has about 840,000 residents.",
    "Dunmere metropolitan area has about 840,000 residents.",
  ])
  func readsAMetropolitanAreaNamedAfterACompanysFirstWordAsThePlace(_ sentence: String) throws {
    let found = try ingested("""
      Newspaper group results
      2025-06-03

      Dunmere Evening Post, the group's oldest title, sold 41,000 copies a day.

      \(sentence)
      """)
    #expect(subjects(found, "population") == ["Dunmere metropolitan area"])
  }

  @Test func readsATimelineRowsValueAsTheNameItsClauseOrOrdinalDescribes() throws {
    // The chronicle is a museum; its rows name a society merged in, the town and a federation.
    let found = try ingested("""
      Upper Tollbridge Museum of Rowing at 120: a timeline
      2025-06-03

      The Upper Tollbridge Museum of Rowing marks its 120th year this summer.

      1905 - The museum is founded by nine boatmen.

      1931 - Absorbs the Ferrow Boat Society, which brings 140 members.

      1952 - Upper Tollbridge, by now a town of 12,000 people, grants the museum a boathouse.

      1977 - Becomes the seventh member museum of the Northern Museums Federation.

      2024 - The museum has 620 members.
      """)
    #expect(subjects(found, "member_count") == [
      "Ferrow Boat Society", "Northern Museums Federation", "Upper Tollbridge Museum of Rowing",
    ])
    #expect(values(found, "member_count") == [140, 7, 620])
    #expect(subjects(found, "population") == ["Upper Tollbridge"])
  }

  @Test func dropsTheFiguresAnEarlierArticleDatedByAShortMonthSaid() throws {
    let found = try ingested("""
      Corrections
      November 4, 2025

      A Sept. 30 article about the Tarlow Bowls Association incorrectly said the association has \
      64 member clubs. It has 46.

      An article on Oct. 2 about the Kessby Gazette said the paper has 90 employees.
      """)
    #expect(values(found, "member_count") == [46])
    #expect(values(found, "workforce") == [])
  }

  @Test func readsTablesWhoseCellsAreSplitBySemicolonsOrDashesByTheirHeaders() throws {
    let found = try ingested("""
      Ferry operators report a busy summer
      2025-09-03

      The Inner Sound Ferry Council published its annual figures on Tuesday.

      Operator: year licensed; staff at 30 June 2025; share of passengers in 2024
      Kelly Island Ferries: 1998; 410; 38.5%
      Marrow Sound Shipping: 2003; 265; 22.1%

      The council's members also reported their budgets.

      Operator - crew (30 June 2025) - budget 2026
      Kelly Island Ferries - 380 - EUR 21.5m
      Marrow Sound Shipping - 240 - EUR 12.0m
      """)
    let staff = found.filter { $0.attribute == "workforce" }
    #expect(staff.map(\.subject.name) == ["Kelly Island Ferries", "Marrow Sound Shipping"])
    #expect(staff.map(\.value.low) == [410, 265])
    #expect(years(found, "workforce") == [2025, 2025])
    #expect(values(found, "share") == [38.5, 22.1])
    #expect(years(found, "share") == [2024, 2024])
    #expect(values(found, "budget") == [21_500_000, 12_000_000])
    #expect(years(found, "budget") == [2026, 2026])
    // The licence years and the crews (no attribute's header) are read as nothing.
    #expect(found.allSatisfy { $0.attribute != "founding_year" && $0.value.low != 380 })
  }

  @Test func readsALineOfItsOwnFiguresAsNoTablesHeader() throws {
    // The first line names its figures in its cells: the lines are a fact box, not a table.
    let found = try ingested("""
      Ferry operators
      2025-09-03

      Brodie Line: staff 75; market share 4%
      Skerry Link: staff 60; market share 3%
      Tarn Ferries: staff 40; market share 2%
      """)
    let skerry = found.filter { $0.subject.name == "Skerry Link" }
    #expect(skerry.map(\.attribute) == ["workforce", "share"])
    #expect(skerry.map(\.value.low) == [60, 3])
  }

  @Test func readsWeInAChairsStatementAsTheBodyTheChairWritesFor() throws {
    // The statement's first "we" is an "us" after another body is named; the chair's opening
    // sentence, in the singular, says whose review it is.
    let found = try ingested("""
      Chair's statement 2024, Kestlemoor Water Trust
      2025-05-02

      It is an honour to present my first annual review as chair of Kestlemoor Water Trust.

      The year brought change. In June, Lowfield Springs Company became the trust's fourth \
      member company. Lowfield Springs customers voted by a large margin to join us, and I thank \
      them.

      We employ 620 people, up from 590 a year ago. Our income rose to £48.2 million in the year.
      """)
    #expect(subjects(found, "workforce") == ["Kestlemoor Water Trust", "Kestlemoor Water Trust"])
    #expect(subjects(found, "revenue") == ["Kestlemoor Water Trust"])
  }

  @Test func leavesALettersPagesWeToEachLettersOwnBody() throws {
    // "I" opens the letters, but no writer says in what role: the headline's body is not "we".
    let found = try ingested("""
      Letters: Dunmore Institute figures and a walkers' complaint
      2025-03-14

      Sir, Your article of 7 March said the Dunmore Institute of Marine Science employs 900 \
      people. I doubt it, having worked there for 20 years.

      Sir, I write for the Tollard Walkers' Club. We have 212 members, not 2,120.
      """)
    #expect(!subjects(found, "member_count").contains("Dunmore Institute of Marine Science"))
  }

  @Test func datesAClauseThatAMonthOpensBeforeACommaInTheLatestSuchMonth() throws {
    let found = try ingested("""
      Bowls league grows
      2025-02-10

      In November, Harrowgate Bowls Club became the league's ninth member club.
      """)
    #expect(values(found, "member_count") == [9])
    #expect(years(found, "member_count") == [2024])
  }

  @Test func readsTheLandformAfterTheAsThePlaceNamedWithItNotTheBodyNamedAfterIt() throws {
    let found = try ingested("""
      Valley treaty
      2025-06-03

      The Dorrin Valley Authority signed a treaty with the states of the Dorrin valley on Monday.

      The valley covers 41,000 square kilometres and is home to some 3.8 million people.
      """)
    #expect(subjects(found, "area") == ["Dorrin valley"])
    #expect(subjects(found, "population") == ["Dorrin valley"])
  }

  @Test func leavesThePublicationsTitleAfterABodysNameInTheHeadlineOutOfTheName() throws {
    let found = try ingested("""
      Chair's statement: Tarnwood Rowing Association Annual Report 2024
      2025-04-02

      Dear member,

      At 31 December 2024 the Association had 820 members. Much of that growth came from our \
      merger with Elmside Rowing Association, which had 90 members.
      """)
    #expect(subjects(found, "member_count") == ["Tarnwood Rowing Association", "Elmside Rowing Association"])
  }

  @Test(arguments: [
    ("The Harrowmere Free Church is the largest church in Harrowmere.", "church",
     "the Upland Reformed Church, the Coastal Mission Church and the Lake Fellowship",
     "Harrowmere Free Church"),
    ("The Kessel Angling Federation (KAF) is the largest angling body in Kessel.", "federation",
     "the Northern Anglers' Federation, the Lakes Angling Federation and the River Guild",
     "Kessel Angling Federation"),
  ])
  func passesOverTheNamesOfAListWhenTheNounPointsBack(
    _ opening: String, _ noun: String, _ list: String, _ subject: String
  ) throws {
    let found = try ingested("""
      A profile
      2025-06-03

      \(opening)

      The \(noun) was formed in 1950 through the union of three bodies: \(list).

      In 2024 the \(noun) had about 52,000 members.
      """)
    #expect(found.filter { $0.value.low == 52_000 }.map(\.subject.name) == [subject])
  }

  @Test func readsAFactBoxUnderAMeetingsHeadlineAsTheBodyThatMeets() throws {
    let found = try ingested("""
      Kellsby Savings Bank AGM: live
      2025-04-02

      Shareholders are arriving at the hall.

      Founded: 1921, Kellsby
      Staff: 1,240
      """)
    #expect(subjects(found, "founding_year") == ["Kellsby Savings Bank"])
    #expect(subjects(found, "workforce") == ["Kellsby Savings Bank"])
  }

  @Test func readsAnAnswerAfterARemarkAndAQuestionAsTheIntervieweesBodys() throws {
    // The interviewer's paragraph is a remark, then the question.
    let found = try ingested("""
      'We are short of officers': Glenmoor's chief constable on budgets and morale
      4 September 2025

      Anna Velt became chief constable of Glenmoor and Dunmore Police in January, the first \
      woman to lead the force. She spoke to our correspondent, Tom Reyes, at force headquarters \
      in Mill Lane. The interview has been edited for length.

      You have said the force is short of officers. How short?

      We have 1,212 officers today. In 2015 we had 1,460.
      """)
    let strength = found.filter { $0.attribute == "police_strength" }
    #expect(strength.map(\.value.low) == [1212, 1460])
    // The subject's evidence is the name the opening gives the force the interviewee leads.
    #expect(strength.map(\.subject.mention) == ["Glenmoor and Dunmore Police", "Glenmoor and Dunmore Police"])
  }

  @Test func readsAFigureACorrectionRedatesOrReassignsWithItsNewYearAttributeOrSubject() throws {
    let found = try ingested("""
      Corrections and clarifications
      2025-10-03

      An article on Sept. 26 said the Orley Water Board spent $41 million last year. That figure \
      was the board's revenue in 2023.

      A story on Sept. 20 gave Dunmore's population as 212,000. That is the population of the \
      Dunmore metropolitan area.

      An article on Sept. 12 said the Tallow Rowing Club had 640 members. That was its \
      membership in 2019.

      A report on Sept. 3 said the Kessel Ferry Company employs 300 people. That figure was the \
      company's hiring target for 2027.
      """)
    #expect(found.map(\.attribute) == ["revenue", "population", "member_count"])
    #expect(found.map(\.subject.name) == ["Orley Water Board", "Dunmore metropolitan area", "Tallow Rowing Club"])
    #expect(found.map(\.time.year) == [2023, 2025, 2019])
  }

  @Test func readsTheCorrectFigureWithTheYearWrittenBeforeItsVerb() throws {
    let found = try ingested("""
      Corrections
      2025-10-03

      An article on Sept. 26 said the Orley Water Board spent $41 million in 2024. The correct \
      figure for 2023 is $14 million.
      """)
    #expect(values(found, "spending") == [14_000_000])
    #expect(years(found, "spending") == [2023])
  }

  @Test func readsAPronounAfterACitedFigureAsTheCitedSubjectAndAPastVerbAsItsTime() throws {
    let found = try ingested("""
      Corrections
      2025-10-03

      The Marrow Shield Society runs 12 shelters.

      An article on 13 April on the Calder Ridge Observer Mission said that the mission had 3,200 \
      troops. It has about 2,300 troops.

      In an article on farm cooperatives on 15 April we said that the Wendle Dairy Cooperative \
      had 640 member farms last year. It had 460.
      """)
    #expect(subjects(found, "force_size") == ["Calder Ridge Observer Mission"])
    #expect(values(found, "force_size") == [2300])
    #expect(subjects(found, "member_count") == ["Wendle Dairy Cooperative"])
    #expect(values(found, "member_count") == [460])
    #expect(years(found, "member_count") == [2024])
  }

  @Test func readsATableOfYearsSplitByDashesWhoseFiguresTheNumbersStageReadAsRanges() throws {
    let found = try ingested("""
      Kessmoor Tramways
      2025-06-10

      Kessmoor Tramways runs the city's trams.

      Key figures
      Year - Revenue (EUR million) - Employees at year end
      2022 - 41.5 - 1,020
      2023 - 44.25 - 1,075
      """)
    #expect(values(found, "revenue") == [41_500_000, 44_250_000])
    #expect(years(found, "revenue") == [2022, 2023])
    #expect(values(found, "workforce") == [1020, 1075])
    #expect(subjects(found, "workforce") == ["Kessmoor Tramways", "Kessmoor Tramways"])
  }

  @Test func keepsTheTextsOwnLongFormForAnAcronymTheGazetteerKnowsForAnotherBody() throws {
    // The gazetteer's EEC is the European Economic Community.
    let found = try ingested("""
      Employers grow
      2025-06-03

      The Estravian Employers' Confederation (EEC) said on Thursday it now has 4,260 member \
      companies. The EEC employs 40 people.
      """)
    #expect(subjects(found, "member_count") == ["Estravian Employers' Confederation"])
    #expect(subjects(found, "workforce") == ["Estravian Employers' Confederation"])
  }

  @Test func readsABodysFirstWordThatAnAppositionCallsACompanyAsTheBody() throws {
    let found = try ingested("""
      Banks merge
      2025-06-03

      Tarnby Bank agreed to buy Ostrel Savings Bank on Monday.

      Tarnby, the second-largest bank by deposits, holds 18.4 per cent of the deposit market.
      """)
    #expect(subjects(found, "share") == ["Tarnby Bank"])
  }
}
