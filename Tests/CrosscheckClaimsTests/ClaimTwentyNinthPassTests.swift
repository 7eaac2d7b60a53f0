import CrosscheckClaims
import CrosscheckCore
import Testing

/// Rules of the twenty-ninth pass, each a broad class seen failing on unseen text: "we" in an
/// interview printed as bare questions and answers (also after a remark that asks nothing, and in
/// an answer with no verb), a count of observers before its list or ranked by a bare ordinal, the
/// year of an ordinal of joining, a counted group that does not govern a clause joined by ", and"
/// with a named subject, and four readings that are no claim: an hour of the clock, a route
/// "through five countries", a supply "of its gas from" elsewhere and a cap a rule permits.
@Suite struct ClaimTwentyNinthPassTests {
  /// An interview whose questions are bare lines ending in "?", with a remark between.
  static let interview =
    "Tomas Brell, 61, a boatbuilder from Kirkhaven, became chair of the Guild of Coastal "
    + "Boatbuilders in May. He spoke to Ann Dale.\n\nHow big is the guild?\n\nWe have 640 "
    + "members.\n\nThat sounds modest.\n\nIt is. We were set up in 1961 by nine yards, and for "
    + "years we met in a shed in Dunmore.\n\nWho runs it day to day?\n\nTwelve staff at our "
    + "depot in Arlow, and volunteers.\n\nAnd the money?\n\nWe run on about 300,000 pounds a year."

  // MARK: Subjects

  @Test func readsWeAfterAnInterviewersRemarkAsTheInterviewsBody() throws {
    let found = try claims(Self.interview, published: 2025)
    #expect(subjects(found, "founding_year") == ["Guild of Coastal Boatbuilders"])
    #expect(values(found, "founding_year") == [1961])
  }

  @Test func readsAnAnswerWithNoVerbThatSaysOurAsTheInterviewsBody() throws {
    let found = try claims(Self.interview, published: 2025)
    #expect(subjects(found, "workforce") == ["Guild of Coastal Boatbuilders"])
    #expect(values(found, "workforce") == [12])
  }

  @Test func readsMoneyAnInterviewsWeRunsOnAsTheBodysBudget() throws {
    let found = try claims(Self.interview, published: 2025)
    #expect(subjects(found, "budget") == ["Guild of Coastal Boatbuilders"])
  }

  @Test func keepsWeOutsideAnInterviewFromTakingAPlaceAfterTheComma() throws {
    let found = try claims(
      "The Orla Walkers' Club was set up in 1931. \"We were founded in 1931 by six walkers, and "
        + "for years we met in a pub in Tessby,\" its chair said.", published: 2025)
    #expect(!subjects(found, "founding_year").contains("Tessby"))
  }

  // MARK: Observers and ordinals

  @Test func readsAListAfterACountOfObserverStatesAsNoMembers() throws {
    let found = try claims(
      "The Velna River Board was set up in 1980. The board also counts two observer states: "
        + "Arvenia and Tulmark.", published: 2025)
    #expect(values(found, "member_count").isEmpty)
    #expect(values(found, "observer_count") == [2])
  }

  @Test func readsABareOrdinalAfterObserverStatesAsAnOrdinalOfObservers() throws {
    let found = try claims(
      "The Velna River Board was set up in 1980 by four states. Two more states, Arvenia and "
        + "Tulmark, sit as observer states; Tulmark became the second in 2019.", published: 2025)
    #expect(values(found, "member_count") == [4])
    #expect(values(found, "observer_count") == [2])
    #expect(years(found, "observer_count") == [2019])
  }

  @Test func datesAnOrdinalOfJoiningByTheYearBeforeAs() throws {
    let found = try claims(
      "The Kessel Research Network was founded in 1990. The network admitted the Kell Institute "
        + "in 2014 as its sixth member and the Orla Lab in 2017.", published: 2025)
    #expect(values(found, "member_count") == [6])
    #expect(years(found, "member_count") == [2014])
  }

  @Test func endsACountedGroupsClauseAtAndWithANamedSubject() throws {
    let found = try claims(
      "The Harbour Union was founded in 1950. The six members are rich, and the union also "
        + "counts two observer states.", published: 2025)
    #expect(values(found, "observer_count") == [2])
    #expect(subjects(found, "observer_count") == ["Harbour Union"])
  }

  // MARK: No claims

  @Test(arguments: ["just after nine.", "before ten o'clock."])
  func readsAnHourOfTheClockAsNoCount(_ time: String) throws {
    let found = try claims("The ferry reaches the village of Tarnby \(time)", published: 2025)
    #expect(values(found, "population").isEmpty)
  }

  @Test func readsARouteThroughCountriesAsNoMembership() throws {
    let found = try claims(
      "The Velna rises in the hills and runs 800 kilometres through five countries.",
      published: 2025)
    #expect(values(found, "member_count").isEmpty)
  }

  @Test func readsAShareOfItsOwnSupplyFromASourceAsNoMarketShare() throws {
    let found = try claims(
      "Morvia gets 40 percent of its gas from the north. Tessel Power holds 12 percent of the "
        + "Morvian electricity market.", published: 2025)
    #expect(values(found, "share") == [12])
    #expect(subjects(found, "share") == ["Tessel Power"])
  }

  @Test func readsACapARulePermitsAsNoSpending() throws {
    let found = try claims(
      "The Coast Futsal League spent 2 million euros in 2024. Teams may spend no more than "
        + "80,000 euros a season on wages.", published: 2025)
    #expect(values(found, "spending") == [2_000_000])
  }
}
