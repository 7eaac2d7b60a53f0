import CrosscheckClaims
import CrosscheckCore
import Testing

/// Rules of the twelfth pass, each a broad class seen failing on unseen text: names written with
/// a possessive ending, short forms of a place-led name, references to a place or to a name the
/// reference's words spell, appositions after a bracketed acronym, losses and one event's
/// troops, percentages of costs and output, deals worth an amount, growth pairs in a narrower
/// unit, and "that year" after a year in the same sentence.
@Suite struct ClaimTwelfthPassTests {
  @Test func keepsThePossessiveEndingOfANameFollowedByAVerb() throws {
    let found = try claims(
      "Morrow's, the department store chain, said on Monday it would close two shops. Morrow's "
        + "employs 2,400 people. Sales at Morrow's fell to 380 million pounds in 2023.")
    #expect(subjects(found, "workforce") == ["Morrow's"])
    #expect(subjects(found, "revenue") == ["Morrow's"])
  }

  @Test func leavesAnOrdinaryPossessiveOutOfTheName() throws {
    let found = try claims(
      "Voters in Kellby go to the polls. Kellby's budget for 2023 is 14 million euros.")
    #expect(subjects(found, "budget") == ["Kellby"])
  }

  @Test func readsAPlaceNameBeforeAWordUsedAloneAfterTheAsAClub() throws {
    let found = try claims(
      "Oslo Ravens won the cup on Sunday. Founded in 1994, the Ravens employ 31 people.")
    #expect(subjects(found, "workforce") == ["Oslo Ravens"])
    #expect(subjects(found, "founding_year") == ["Oslo Ravens"])
  }

  @Test func keepsAPlaceBeforeACapitalizedWordNeverUsedAlone() throws {
    let found = try claims("Oslo Council employs 9,000 people. Norway has 5.4 million inhabitants.")
    #expect(subjects(found, "population") == ["Norway"])
  }

  @Test func resolvesAPlaceNounToTheOneWordNameThatOpenedTheSentenceBefore() throws {
    let found = try claims(
      "Inspectors from Norway visited the border last week. Kelvaria has 2.1 million inhabitants. "
        + "The country covers 64,000 km2.")
    #expect(subjects(found, "area") == ["Kelvaria"])
  }

  @Test func keepsAPlaceNounOnTheCityItNamedBeforeOtherNamesCameBetween() throws {
    let found = try claims(
      "The mayor of Brannock spoke. Brannock is growing fast, the city council said. Orlen "
        + "Tessary plans a new depot there. The city covers 71 km2.")
    #expect(subjects(found, "area") == ["Brannock"])
  }

  @Test func resolvesAModifiedReferenceToTheNameItsWordsSpell() throws {
    let found = try claims(
      "Rain fell across Tessaly. The Tessaly Regional Council has a budget of 800 million "
        + "euros. The regional council employs 6,200 people.")
    #expect(subjects(found, "workforce") == ["Tessaly Regional Council"])
  }

  @Test func givesAKindFromAnAppositionAfterABracketedAcronym() throws {
    let found = try claims(
      "The Lower Orm Fishing Compact (LOFC), a fishing bloc of river towns, met on Monday. Kessa "
        + "and Vorn attend as the bloc's two observer states.")
    #expect(subjects(found, "observer_count") == ["Lower Orm Fishing Compact"])
  }

  @Test func passesOverTheOwnerInAnAppositionAfterABracketedAcronym() throws {
    let found = try claims(
      "The Harbour Alliance's standing patrol is small. The Joint Coastal Force (JCF), the "
        + "alliance's sea patrol, has about 3,000 sailors.")
    #expect(subjects(found, "force_size") == ["Joint Coastal Force"])
  }

  static let patrolOpening = "The Vostra Border Guard patrols the hills. "

  @Test func readsTheForceSizeOfTheControlSentence() throws {
    let found = try claims(Self.patrolOpening + "It has 900 soldiers.")
    #expect(subjects(found, "force_size") == ["Vostra Border Guard"])
  }

  @Test(arguments: [
    "Twelve soldiers have been killed since 2020.",
    "An ambush in 2019 cost 21 soldiers their lives.",
    "Some 6,000 troops took part in its winter exercise.",
    "Denmark joined in 2021, sending 300 troops.",
    "Belgium cut its contingent to 40 soldiers.",
  ])
  func readsNoForceSizeFromLossesEventsOrContributions(_ text: String) throws {
    #expect(try claims(Self.patrolOpening + text).allSatisfy { $0.attribute != "force_size" })
  }

  @Test func readsNoWorkforceFromJobsThatWillBeCreated() throws {
    let found = try claims(
      "Harl Cement employs 700 people. About 90 maintenance jobs will be created by Harl Cement.")
    #expect(found.filter { $0.attribute == "workforce" }.compactMap(\.value.low) == [700])
  }

  @Test(arguments: [
    "Denmark pays 30 percent of the running costs of the Orm Canal Trust.",
    "Members of the Sarn Pact promised to spend 2 percent of national output on defence.",
    "Trade inside the Sarn Pact is worth 12 percent of their combined exports.",
    "Lusk earns about 9 percent of its tax revenue from the Orm Canal Trust.",
  ])
  func readsNoShareFromAPercentageOfCostsOutputOrTrade(_ text: String) throws {
    #expect(try claims(text).allSatisfy { $0.attribute != "share" })
  }

  @Test func readsNoRevenueFromADealWorthAnAmount() throws {
    let found = try claims(
      "The Baltic Handball League had revenue of 6.1 million euros in 2023, much of it from a "
        + "four-year broadcasting deal worth 9 million euros.")
    #expect(found.filter { $0.attribute == "revenue" }.compactMap(\.value.low) == [6_100_000])
  }

  @Test func readsNoRevenueFromThePriceOfAStakeBoughtLongBefore() throws {
    let found = try claims(
      "The Corrie Brewery's sales reached 8 million pounds in 2023, and a Dutch group that bought "
        + "a 40 percent stake in it in 2018 for 12 million pounds wants more.")
    #expect(found.filter { $0.attribute == "revenue" }.compactMap(\.value.low) == [8_000_000])
  }

  @Test func readsAGrowthPairInTheNarrowerUnitOfItsLaterValue() throws {
    let found = try claims(
      "The Kessa Police Training Mission has shrunk from 400 officers in 2019 to 260 police "
        + "officers today.", published: 2024)
    #expect(found.filter { $0.attribute == "police_strength" }.compactMap(\.value.low) == [400, 260])
    #expect(!found.contains { $0.attribute == "force_size" })
  }

  @Test func datesTheEarlierValueInItsFirstSeasonByTheFoundingYear() throws {
    let found = try claims(
      "The Coastal Rugby League was formed in 2015. It grew from eight teams in its first season "
        + "to 12 today.", published: 2024)
    let counts = found.filter { $0.attribute == "member_count" }
    #expect(counts.map(\.value.low) == [8, 12])
    #expect(counts.map(\.time.year) == [2015, 2024])
  }

  @Test func datesThatYearByAYearWrittenEarlierInTheSentence() throws {
    let found = try claims(
      "The Tamsin Relief Mission began in 2016. Peru, which sent medics in 2020, became the "
        + "mission's ninth contributor that year.", published: 2024)
    let ninth = try #require(found.first { $0.attribute == "contributing_countries" })
    #expect(ninth.time.year == 2020)
  }
}
