import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Testing

/// Rules of the twenty-fifth pass, each a broad class seen failing on unseen text: earlier values
/// after a long unit phrase or written without a currency, a fact-box heading that names
/// nothing, a place a body is named after, the year of a "when" clause, "we" in a quotation
/// (a place after "here in", a "we" later in the sentence, an article that opens with a place),
/// amounts in millions written without a currency, and losses and recruits that are no size.
@Suite struct ClaimTwentyFifthPassTests {
  // MARK: Earlier values

  @Test func readsAnEarlierValueAfterALongUnitPhrase() throws {
    let found = try claims(
      "The Harlow Growers Cooperative now has 210 member farms along the river, up from 150 in "
        + "2016.", published: 2025)
    #expect(values(found, "member_count") == [210, 150])
    #expect(years(found, "member_count") == [2025, 2016])
  }

  @Test func readsABareEarlierAmountInTheCurrencyOfTheLaterOne() throws {
    let found = try claims(
      "Tessel City Council has a budget of 96 million euros for 2025, up from 91 million last "
        + "year.", published: 2025)
    #expect(values(found, "budget") == [96_000_000, 91_000_000])
    #expect(years(found, "budget") == [2025, 2024])
  }

  @Test func readsABareEarlierAmountAfterAChangeTarget() throws {
    let found = try claims(
      "Orbel Ferries' revenue fell to 40 million pounds in 2024 from 52 million in 2021.",
      published: 2025)
    #expect(values(found, "revenue") == [40_000_000, 52_000_000])
    #expect(years(found, "revenue") == [2024, 2021])
  }

  // MARK: Fact boxes

  @Test func takesTheNameBelowAFactBoxHeadingAsTheSubjectOfItsRows() throws {
    let found = try claims(
      "The Lantern Valley Survey has mapped the valley for a decade.\n\nKEY FIGURES\n"
        + "Lantern Valley Survey (LVS)\n- Founded: 2015\n- Staff: 85\n", published: 2025)
    #expect(values(found, "workforce") == [85])
    #expect(subjects(found, "workforce") == ["Lantern Valley Survey"])
    #expect(!found.contains { $0.subject.name.uppercased() == "KEY FIGURES" })
  }

  // MARK: Places and bodies

  @Test func keepsAParkApartFromTheAuthorityNamedAfterIt() throws {
    let found = try claims(
      "The Merrow Hills National Park Authority employs 90 people. Merrow Hills National Park "
        + "covers 900 square kilometres.", published: 2025)
    #expect(subjects(found, "workforce") == ["Merrow Hills National Park Authority"])
    #expect(subjects(found, "area") == ["Merrow Hills National Park"])
  }

  @Test func givesThePopulationToTheTownAnAirportIsNamedAfter() throws {
    let found = try claims(
      "Kessel Point Airport employs 60 people. Kessel Point, a harbour town of 4,200 "
        + "inhabitants, depends on its flights.", published: 2025)
    #expect(subjects(found, "population") == ["Kessel Point"])
    #expect(subjects(found, "workforce") == ["Kessel Point Airport"])
  }

  // MARK: The year of a "when" clause

  @Test func datesACountByAFoundingClauseThatOpensWithANamedSubject() throws {
    let found = try claims(
      "The Upland Border Patrol Mission has 900 troops. When the mission was set up in 2016 it "
        + "had 300 soldiers from four countries.", published: 2025)
    #expect(years(found, "force_size") == [2025, 2016])
    #expect(years(found, "contributing_countries") == [2016])
  }

  @Test func keepsTheNowOfACountAfterAFoundingClause() throws {
    let found = try claims(
      "The Fenmoor Darts League is the oldest in the county. When the league was formed in 1990 "
        + "it had eight clubs and now has 20 clubs.", published: 2025)
    #expect(years(found, "member_count") == [1990, 2025])
  }

  @Test func datesACountInAWhenClauseByTheYearBeforeIt() throws {
    let found = try claims(
      "The Halden Basin Council was founded in 1961, when it had four members.", published: 2025)
    #expect(values(found, "member_count") == [4])
    #expect(years(found, "member_count") == [1961])
  }

  // MARK: "We" in quotations

  @Test func readsNoPlaceAfterHereInAsTheSubjectOfWe() throws {
    let found = try claims(
      "The Morlan Grain Board has 14 member states. \"We have a staff of 40 people here in "
        + "Tovik and a budget of 9 million euros,\" said its director.", published: 2025)
    #expect(subjects(found, "budget") == ["Morlan Grain Board"])
  }

  @Test func takesTheOrganizationOfTheOpeningParagraphForWe() throws {
    let found = try claims(
      "In 1982 a miller at Ashby was about to close his mill. The Ashby Mill Trust was founded "
        + "that year to save it.\n\nIts director, Ann Lowe, is pleased. \"Our budget this year "
        + "is 800,000 pounds,\" she said.", published: 2025)
    #expect(subjects(found, "budget") == ["Ashby Mill Trust"])
  }

  @Test func readsAmountsInMillionsWithoutACurrencyInAQuotation() throws {
    let found = try claims(
      "The Ferne Rowing Club was founded in 1890.\n\n\"Our budget is 2.4 million pounds. Income "
        + "was 2.6 million last year, and we spent 2.2 million,\" said the club's treasurer.",
      published: 2025)
    #expect(values(found, "budget") == [2_400_000])
    #expect(values(found, "revenue") == [2_600_000])
    #expect(values(found, "spending") == [2_200_000])
    #expect(values(found, "member_count").isEmpty)
  }

  @Test func readsNoMoneyInAPartOrAFigureFarFromAMoneyWord() throws {
    let found = try claims(
      "Vessa Trams had revenue of 300 million euros in 2024, as riders recovered to 40 million "
        + "a year.", published: 2025)
    #expect(values(found, "revenue") == [300_000_000])
  }

  // MARK: Losses and recruits

  @Test func readsNoSizeInSoldiersLostOrOfficersToBeRecruited() throws {
    let found = try claims(
      "The Corran Peace Mission has 2,000 troops. \"We lost six soldiers this year,\" its "
        + "commander said. The Eastmoor Constabulary has 900 police officers. It will recruit 80 "
        + "police officers this year.", published: 2025)
    #expect(values(found, "force_size") == [2000])
    #expect(values(found, "police_strength") == [900])
  }
}
