import CrosscheckClaims
import CrosscheckCore
import Testing

/// Rules of the eleventh pass, each a broad class seen failing on unseen text: names that joined
/// own no count, lists after a count count nothing, unnamed things are not founded, size
/// adjectives take the noun they describe, amounts of one thing or of each member are no totals,
/// vague counts state no number, and "we" speaks for an organization.
@Suite struct ClaimEleventhPassTests {
  @Test func readsNoOwnerFromANameThatJoinedAsAMember() throws {
    let found = try claims(
      "The Harbour Pilots Union was set up in 1990 by four ports. Kessel became its fifth member "
        + "in 2015, and Orvik joined as the sixth member two years later.", published: 2024)
    let sixth = try #require(found.first { $0.attribute == "member_count" && $0.value.low == 6 })
    #expect(sixth.subject.name == "Harbour Pilots Union")
    #expect(!found.contains { ["Kessel", "Orvik"].contains($0.subject.name) })
  }

  @Test func passesOverTheJoinerWhenATimePhraseStandsBeforeAs() throws {
    let found = try claims(
      "The Tarn Valley Rail Alliance welcomed the Kessel Tramways Company in March as its ninth "
        + "member.")
    let ninth = try #require(found.first { $0.attribute == "member_count" })
    #expect(ninth.subject.name == "Tarn Valley Rail Alliance")
    #expect(ninth.value.low == 9)
  }

  @Test func readsNoCountFromAListNamingSomeOfACountedGroup() throws {
    let found = try claims(
      "The Coastal Bakers Guild, whose 40 members include Arnholt, Brisk Bakeries and the Corve "
        + "Mill, was formed in 1988.")
    #expect(values(found, "member_count") == [40])
    let year = try #require(found.first { $0.attribute == "founding_year" })
    #expect(year.subject.name == "Coastal Bakers Guild")
  }

  @Test(arguments: [
    "The Orrin glassworks has two sites. The Dalby plant, which opened in 1974, is the larger.",
    "The Kestrel Space Agency leases two satellites, the first of which was launched in 2019.",
  ])
  func readsNoFoundingYearOfAThingARelativePronounStandsFor(_ text: String) throws {
    #expect(values(try claims(text), "founding_year").isEmpty)
  }

  @Test func keepsTheFoundingYearOfANameARelativePronounStandsFor() throws {
    let found = try claims("The Velt Museum, which opened in 1974, has 40 staff.")
    let year = try #require(found.first { $0.attribute == "founding_year" })
    #expect(year.subject.name == "Velt Museum")
    #expect(year.value.low == 1974)
  }

  @Test func readsASizeAdjectiveAsTheCountOfTheNounItDescribes() throws {
    let union = try claims("The Dunmore Nurses Association, a 12,000-strong union, met on Monday.")
    #expect(values(union, "member_count") == [12_000])
    #expect(values(union, "force_size").isEmpty)
    let force = try claims(
      "The Kessel Border Mission, a 2,500-strong peacekeeping force, patrols the coast.")
    #expect(values(force, "force_size") == [2_500])
    #expect(values(force, "member_count").isEmpty)
  }

  @Test func readsNoSpendingOrBudgetFromTheCostOfOneThing() throws {
    let spent = try claims(
      "The Orla Port Authority spent 30 million euros in 2023, including a dredging job costing "
        + "4 million euros.", published: 2024)
    #expect(values(spent, "spending") == [30_000_000])
    let crane = try claims(
      "Auditors said the Orla Port Authority's budget paid for a 12-million-euro crane.")
    #expect(values(crane, "budget").isEmpty)
  }

  @Test func readsNoCountFromAVagueQuantity() throws {
    let found = try claims("The Ferro Cycling League was set up in 1990 by a handful of clubs.")
    #expect(values(found, "member_count").isEmpty)
    #expect(values(found, "founding_year") == [1990])
  }

  @Test func readsNoAmountThatEachMemberMaySpend() throws {
    let found = try claims(
      "The Ferro Cycling League has 12 clubs. Each club may spend up to 2 million euros a season.")
    #expect(values(found, "spending").isEmpty)
    #expect(values(found, "member_count") == [12])
  }

  @Test func letsWeSpeakForTheOrganizationTheArticleOpensWith() throws {
    let found = try claims(
      "Fishermen have criticised the Orla Port Authority over its fees. \"We spent 12 million "
        + "euros last year on the quays,\" its director said.", published: 2024)
    let spent = try #require(found.first { $0.attribute == "spending" })
    #expect(spent.subject.name == "Orla Port Authority")
  }

  @Test func datesACountWhenWeStartedByTheYearInTheSentenceBefore() throws {
    let found = try claims(
      "The Ferro Cycling League was founded in 2005. \"When we started we were six clubs,\" said "
        + "its chairman.", published: 2024)
    let count = try #require(found.first { $0.attribute == "member_count" })
    #expect(count.value.low == 6)
    #expect(count.time.year == 2005)
  }
}
