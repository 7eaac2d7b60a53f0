import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Testing

/// Rules of the twenty-third pass, each a broad class seen failing on unseen text: amounts that
/// are no body's money (one person's wage, what visitors spend, money raised over a stretch of
/// time, the earlier value of a cut budget read by a trigger after it), percentages of a harvest,
/// the size of an extension, forecasts said to be possible, ordinals of observers, subjects (a
/// name compared with, a person given an age, a place a body is named after, "its chairman",
/// "who has been the league's president", a place before "It covers"), list items opening with
/// "the", members left, groups a place describes, states that belong to a bloc, founders named by
/// an irregular plural, the value of another noun, a size that describes an unnamed thing, an
/// adverb before "from", "initially", and "last month".
@Suite struct ClaimTwentyThirdPassTests {
  // MARK: Money that is no body's

  @Test func readsNoRevenueInOnePersonsWage() throws {
    let found = try claims(
      "Brannock Foods had revenue of 80 million euros last year. A line worker at Brannock Foods "
        + "earns 2,400 euros a month.", published: 2025)
    #expect(values(found, "revenue") == [80_000_000])
  }

  @Test func readsNoSpendingByVisitorsInARelativeClause() throws {
    let found = try claims(
      "Kelloway, a town of 5,000 people, depends on tourists, who spent 2 million pounds in the "
        + "town last year.", published: 2025)
    #expect(values(found, "spending").isEmpty)
  }

  @Test func readsNoSpendingInMoneyRaisedOverAStretchOfTime() throws {
    let found = try claims(
      "The Arlen Youth Choir has 60 members. The choir spent the winter raising 12,000 pounds "
        + "for a tour.", published: 2025)
    #expect(values(found, "spending").isEmpty)
  }

  @Test func readsNoRevenueInTheEarlierValueOfABudgetCut() throws {
    let found = try claims(
      "The Halden Town Museum's budget was cut to 200,000 euros in 2024 from 900,000 euros in "
        + "2015, and its income last year was about 150,000 euros.", published: 2025)
    #expect(values(found, "revenue") == [150_000])
    #expect(values(found, "budget") == [200_000, 900_000])
  }

  // MARK: Parts and changes

  @Test func readsNoShareInAPartOfAHarvest() throws {
    let found = try claims(
      "The Morrow Fruit Company said its growers lost 40 percent of their harvest to hail.",
      published: 2025)
    #expect(values(found, "share").isEmpty)
  }

  @Test func readsNoAreaInTheSizeOfAnExtension() throws {
    let found = try claims(
      "The Kessel Science Park covers 40 hectares. The park will be extended by 12 hectares.",
      published: 2025)
    #expect(values(found, "area") == [0.4])  // km2
  }

  // MARK: Forecasts

  @Test func readsNoCountThatIsSaidToBePossible() throws {
    let found = try claims(
      "The Arden Hockey League has 40 clubs. Officials say an expansion to 48 clubs is possible "
        + "if funding holds.", published: 2025)
    #expect(values(found, "member_count") == [40])
  }

  @Test func keepsWhatComesBeforeTheCommaOfALikelyForecast() throws {
    let found = try claims(
      "The Orsk Dairy, founded in 1958 as a creamery, has 300 staff, and its owners say more "
        + "cuts are likely.", published: 2025)
    #expect(values(found, "founding_year") == [1958])
  }

  // MARK: Ordinals

  @Test func readsAnOrdinalObserverAsAtLeastThatMany() throws {
    let found = try claims(
      "The Baltic Rivers Commission was founded in 1994. Lunmark became the commission's second "
        + "observer state in 2021.", published: 2025)
    let observers = found.filter { $0.attribute == "observer_count" }
    #expect(observers.map(\.value.low) == [2])
    #expect(observers.map(\.value.modifier) == [.atLeast])
  }

  // MARK: Subjects

  @Test func readsNoSubjectInANameComparedWith() throws {
    let found = try claims(
      "The Harwick Sailing Club, founded in 1890, is older than the Harwick Rowing Club and has "
        + "210 members.", published: 2025)
    #expect(subjects(found, "member_count") == ["Harwick Sailing Club"])
  }

  @Test func readsNoContextSubjectInAPersonGivenAnAge() throws {
    let found = try claims(
      "The Tarn Valley Cycling League was founded in 1960. \"It was hard at first,\" said Piet "
        + "Mol, 70, who chairs the league. Membership has grown from 20 clubs in 2010.",
      published: 2025)
    #expect(subjects(found, "member_count") == ["Tarn Valley Cycling League"])
  }

  @Test func readsThePlaceABodyIsNamedAfterByItsShortName() throws {
    let found = try claims(
      "The Lorne Bay Port Authority, which runs the port, employs 900 people. Lorne Bay has "
        + "240,000 inhabitants, and the city covers 114 square kilometres.", published: 2025)
    #expect(subjects(found, "workforce") == ["Lorne Bay Port Authority"])
    #expect(subjects(found, "population") == ["Lorne Bay"])
    #expect(subjects(found, "area") == ["Lorne Bay"])
  }

  @Test func readsWeAsTheBodyThatOpensTheSentenceBeforeItsSpeaker() throws {
    let found = try claims(
      "The Orla Bird Reserve closed in December. The Friends of the Orla Bird Reserve, a "
        + "supporters group, campaigned to the end. \"We collected 5,000 signatures in a week,\" "
        + "said its chairman, Tom Reed, 68. \"We have 340 members, and every one of them wrote to "
        + "the council.\"", published: 2025)
    #expect(values(found, "member_count") == [340])
    #expect(subjects(found, "member_count") == ["Friends of the Orla Bird Reserve"])
  }

  @Test func readsWeAsTheBodyWhoseTitleTheSpeakerHolds() throws {
    let found = try claims(
      "The Dorran Brewery hosts cyclists every Thursday. The Tarn Valley Cycling League has 40 "
        + "clubs. \"When I joined in 1990 we had 12 clubs,\" said Piet Mol, 70, who has been the "
        + "league's president since 2001.", published: 2025)
    #expect(values(found, "member_count") == [40, 12])
    #expect(subjects(found, "member_count") == [
      "Tarn Valley Cycling League", "Tarn Valley Cycling League",
    ])
  }

  @Test func readsAPronounAfterASentenceOpenedByAPlaceAsThePlaceForAnArea() throws {
    let found = try claims(
      "The Marl Valley Bus Company employs 300 people. Most of the rest work for the Orrin Depot "
        + "Company, which employs 80 people. Marl County is one of the flattest in the country. It "
        + "covers 1,200 square kilometres of fen.", published: 2025)
    #expect(subjects(found, "area") == ["Marl County"])
  }

  // MARK: Counts

  @Test func countsAListItemThatOpensWithThe() throws {
    let found = try claims(
      "The Coral Ports Union was founded in 1990. The union's members are now Arvel, Brisa, the "
        + "Calloway Cays and Dunmore.", published: 2025)
    #expect(values(found, "member_count") == [4])
  }

  @Test func readsMembersLeftAfterHaveAsTheMembersThatRemain() throws {
    let found = try claims(
      "The Kell Model Railway Club lost its hall in March. The club has 40 members left.",
      published: 2025)
    #expect(values(found, "member_count") == [40])
  }

  @Test func readsNoMembersInAGroupAPlaceDescribes() throws {
    let found = try claims(
      "The Dorran Valley League has 14 clubs. This summer we visited the four clubs along the "
        + "coast.", published: 2025)
    #expect(values(found, "member_count") == [14])
  }

  /// "belong to" once excluded member counts, to drop "All three clubs belong to the league";
  /// that cost every plain "N states belong to the bloc", so the phrase counts members again.
  @Test func readsTheCountOfStatesThatBelongToABloc() throws {
    let found = try claims(
      "The Meridian Free Trade Area admitted Tellora on Monday. Nine states now belong to the "
        + "Meridian Free Trade Area.", published: 2022)
    #expect(values(found, "member_count") == [9])
  }

  @Test func readsFoundersNamedByAnIrregularPluralAsFoundingMembers() throws {
    let found = try claims(
      "The Arden Ladies Choir was founded in 1921 by eight women.", published: 2025)
    #expect(values(found, "member_count") == [8])
    #expect(years(found, "member_count") == [1921])
  }

  @Test func readsNoPopulationInTheValueOfAnotherNoun() throws {
    let found = try claims(
      "The town of Hollin has 8,000 inhabitants. Its population has grown since 2000, and the "
        + "median age is 44.", published: 2025)
    #expect(values(found, "population") == [8000])
  }

  @Test func readsNoAreaInASizeThatDescribesAnUnnamedThing() throws {
    let found = try claims(
      "The Brakel Garden Society has 300 members. Its chairman, Al Venn, 61, runs a four-hectare "
        + "nursery near Brakel.", published: 2025)
    #expect(values(found, "area").isEmpty)
  }

  @Test func readsAnEarlierValueAfterAnAdverbOfChange() throws {
    let found = try claims(
      "The Kessel Brick Company employs 2,150 people. Its workforce has fallen steadily from "
        + "3,900 in 2012.", published: 2025)
    #expect(values(found, "workforce") == [2150, 3900])
    #expect(years(found, "workforce") == [2025, 2012])
  }

  // MARK: Time

  @Test func datesACountGivenAsInitialToTheFounding() throws {
    let found = try claims(
      "The Arvel Border Mission was set up in 2014, initially with troops from five countries.",
      published: 2025)
    #expect(values(found, "contributing_countries") == [5])
    #expect(years(found, "contributing_countries") == [2014])
  }

  @Test func datesLastMonthInJanuaryToTheYearBefore() throws {
    let found = try claims(
      "The Halwick Paper Mill closed its gates for good. When it shut last month, it had 120 "
        + "employees.", published: 2026, month: 1)
    #expect(values(found, "workforce") == [120])
    #expect(years(found, "workforce") == [2025])
  }
}
