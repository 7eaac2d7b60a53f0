import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Testing

/// Readings of session 21, each found on the tuned sets and checked here on articles of other
/// subjects.
@Suite struct ClaimFortyFirstPassTests {
  @Test func readsANameThatIsSaidToBeATownAsThePlaceTheTownPointsBackTo() throws {
    // "Climate", a heading of no kind, stands nearer to "the town" than the name.
    let found = try ingested("""
      Harbour town profile
      2025-06-03

      Mirrowick is the capital and largest town of the Skelland Isles, a small archipelago in the \
      north.

      Climate

      The town covers 14 square kilometres and has about 6,300 residents.
      """)
    #expect(subjects(found, "population") == ["Mirrowick"])
    #expect(subjects(found, "area") == ["Mirrowick"])
  }

  @Test func leavesTheCapitalOfARegionInARelativeClauseOutOfTheRegionsFigures() throws {
    let found = try ingested("""
      Regional census
      2025-06-03

      The Esk Valley Region, of which Dunford is the capital, has 1.4 million inhabitants.
      """)
    #expect(subjects(found, "population") == ["Esk Valley Region"])
  }

  @Test func readsTheLastWordOfAClubNamedAfterItsTownAsTheClubsShortName() throws {
    let found = try ingested("""
      Rugby club accounts
      2025-06-03

      Dunford Harriers reported a loss on Tuesday. Dunford, a mill town on the Esk, has backed \
      the club since 1889.

      Harriers employ 84 people and had revenue of 3.1 million pounds last season.
      """)
    #expect(subjects(found, "workforce") == ["Dunford Harriers"])
    #expect(subjects(found, "revenue") == ["Dunford Harriers"])
  }

  @Test func keepsAPlaceThatALongerNameHoldsAfterAQualifierAsThePlace() throws {
    // "Greater Lismore" holds "Lismore", but no name the text uses alone stands before it.
    let found = try ingested("""
      Metro figures
      2025-06-03

      Greater Lismore has 410,000 residents. Lismore itself has 120,000 residents.
      """)
    #expect(subjects(found, "population") == ["Greater Lismore", "Lismore"])
  }

  @Test func readsWordsJoinedByAndBeforeABodysHeadAsOneName() throws {
    let found = try ingested("""
      Yard dispute
      2025-06-03

      The Boilermakers' and Riveters Union, which has 3,200 members, called a strike. The Guild \
      of Weavers and Dyers, which has 410 members, backed it.
      """)
    #expect(subjects(found, "member_count") == ["Boilermakers' and Riveters Union", "Guild of Weavers and Dyers"])
  }

  @Test func namesABoardAfterTheBodyWhosePossessiveStandsBeforeIt() throws {
    let found = try ingested("""
      Mutual results
      2025-06-03

      Tessary Mutual reported a profit. Tessary Mutual's Board of Directors, which has nine \
      members, approved a dividend. Tessary Mutual employs 640 people.
      """)
    #expect(subjects(found, "member_count") == ["Tessary Mutual Board of Directors"])
    #expect(subjects(found, "workforce") == ["Tessary Mutual"])
  }

  @Test func namesALoneSecretariatAfterTheBodyTheTextNamesMost() throws {
    let found = try ingested("""
      Fisheries talks
      2025-06-03

      The Orvane Fisheries Council met in Kelbrook on Monday. The Orvane Fisheries Council sets \
      quotas for five states.

      The Secretariat employs 85 staff.
      """)
    #expect(subjects(found, "workforce") == ["Orvane Fisheries Council Secretariat"])
  }

  @Test func namesALoneTownCouncilAfterTheTownTheTextNamesMost() throws {
    let found = try ingested("""
      Town hall row
      2025-06-03

      Kelbrook is a market town on the Orm. Residents of Kelbrook packed the hall on Monday, and \
      Kelbrook traders closed early. The 11-member Town Council voted to sell the old library.
      """)
    #expect(subjects(found, "member_count") == ["Kelbrook Town Council"])
  }

  @Test func namesALoneMinistryAfterTheCountryTheTextNamesMost() throws {
    let found = try ingested("""
      Defence spending
      2025-06-03

      Valdoria will raise defence spending, Valdorian officials said. Valdoria borders three \
      states. The Ministry of Defence has a budget of 2.1 billion marks this year.
      """)
    #expect(subjects(found, "budget") == ["Ministry of Defence of Valdoria"])
  }

  @Test func keepsTheHolderOfATitleApartFromTheBodyAfterOf() throws {
    let found = try ingested("""
      Annual review: a foreword by the Chair of the Orvane Fisheries Council
      2025-06-03

      The Council was founded in 1981. Today the Council has 14 members.
      """)
    #expect(subjects(found, "member_count") == ["Orvane Fisheries Council"])
    #expect(subjects(found, "founding_year") == ["Orvane Fisheries Council"])
  }

  @Test func datesAPresentCountAtThePublicationNotAtTheEventAPhraseAfterItTellsOf() throws {
    let found = try ingested("""
      Board changes
      2025-06-03

      The Orm Valley Drainage Board has nine members, following a review agreed in 2023. The \
      Kesh Ferry Company has had 14 boats since Harlen Marine was bought in 2019.
      """)
    #expect(subjects(found, "member_count") == ["Orm Valley Drainage Board"])
    #expect(found.first { $0.attribute == "member_count" }?.time.year == 2025)
  }

  @Test func datesAValueFiveWordsAfterNowAtThePublication() throws {
    let found = try ingested("""
      Obituary
      2025-06-03

      She was born in 1938 in Tollen, then a hamlet of about 200 people and now a market town of \
      21,000.
      """)
    let years = found.filter { $0.attribute == "population" }.map(\.time.year)
    #expect(years.contains(2025))
  }

  @Test func givesTheMembersOfABoardThatAPossessiveOwnsToTheBoard() throws {
    let found = try ingested("""
      Co-op meeting
      2025-06-03

      The Tarrow Grain Co-operative has 1,240 members. Its board of trustees, which has 11 \
      members, met on Monday. The Harlen Water Authority's audit committee has five members.
      """)
    #expect(subjects(found, "member_count") == [
      "Tarrow Grain Co-operative", "Tarrow Grain Co-operative Board of Trustees",
      "Harlen Water Authority Audit Committee",
    ])
  }

  @Test func leavesTheStaffOfASecretariatWithItsBody() throws {
    let found = try ingested("""
      Commission news
      2025-06-03

      The Ostra Basin Commission has seven members. Its secretariat employs 45 people.
      """)
    #expect(subjects(found, "workforce") == ["Ostra Basin Commission"])
  }

  @Test func readsNoNameInALineWrittenAllInCapitals() throws {
    let found = try ingested("""
      Brewer's results
      2025-03-03

      Kessel Breweries had a good year, its chief executive said.

      BY THE NUMBERS (2024)
      Revenue: $412 million
      Employees at year-end: 1,870
      """)
    #expect(!found.contains { $0.subject.name == "NUMBERS" })
    #expect(subjects(found, "workforce") == ["Kessel Breweries"])
  }

  @Test func readsNoFoundingOfANameInAWhoseClauseAboutItsPart() throws {
    let found = try ingested("""
      Airport news
      2025-06-03

      Velsingar Airport, whose second runway opened in 1998, handled 4 million passengers. The \
      Orm Museum, whose new wing was built in 2004, was founded in 1921.
      """)
    #expect(values(found, "founding_year") == [1921])
  }

  @Test func readsNoNameInACommonNounOpeningASentenceButKeepsALongerNameItOpens() throws {
    let found = try ingested("""
      Farm jobs
      2025-06-03

      The Orvane Farmers' Union met on Monday. Agriculture employs about 9 per cent of the \
      workforce. Mining Corporation of Tessary employs 900 people.
      """)
    #expect(!found.contains { $0.subject.name == "Agriculture" })
    #expect(subjects(found, "workforce") == ["Mining Corporation of Tessary"])
  }

  @Test func readsAPopulationInAWithPhraseAfterAPlacesName() throws {
    let found = try ingested("""
      Small states
      2025-06-03

      The talks went on. Estonia, with 1.3 million people, is small. Kessel Foods, with 900 \
      people, is the largest employer.
      """)
    #expect(subjects(found, "population") == ["Estonia"])
    #expect(values(found, "population") == [1_300_000])
  }

  @Test func givesAnOrdinalInATimelineEntryToTheBodyTheEntryJoins() throws {
    let found = try ingested("""
      Institute timeline
      2025-06-03

      The Ashgrove Institute for Medical Research was founded in 1921.

      1984 - Joins the Consortium of Boreal Research Institutes as its 14th member.

      1990 - The institute joined the Northern Research Network as its sixth member.
      """)
    #expect(subjects(found, "member_count") == ["Consortium of Boreal Research Institutes", "Northern Research Network"])
  }

  @Test func dropsTwoCountsAfterADashThatAddUpToTheTotalBeforeThem() throws {
    let found = try ingested("""
      Panel vote
      2025-06-03

      The Orm Licensing Panel, which has 14 members - ten councillors and four independent \
      members - voted on Monday. The Kell Rowing Club has 27 members, up from 22 in 2022, and \
      five coaches.
      """)
    #expect(values(found, "member_count").contains(14))
    #expect(!values(found, "member_count").contains(10))
    #expect(!values(found, "member_count").contains(4))
    #expect(values(found, "member_count").contains(22))
  }

  @Test func datesAPresentCountAtThePublicationNotByALaterPastClausesRelativeTime() throws {
    let found = try ingested("""
      Flood town
      2025-06-03

      The talks went on. Kestrow, the region's second-largest town, has 41,000 residents and \
      spent much of last November under water.
      """)
    #expect(found.first { $0.attribute == "population" }?.time.year == 2025)
  }

  @Test func datesACountThatDescribesItsBodyAtThePublication() throws {
    let found = try ingested("""
      Council plans
      2025-03-03

      Harlow Vale County Council, whose 64 councillors will make the final decision in July, \
      spends about 780 million pounds a year.
      """)
    #expect(found.first { $0.attribute == "member_count" }?.time.year == 2025)
  }
}
