import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Testing

/// Rules of the sixteenth pass, each a broad class seen failing on unseen text: a value "a year
/// earlier" alone in its sentence, values that continue a dated account ("and earned", "against a
/// budget of"), joiners with a time phrase before "as", dateline places, years after "until",
/// staff who transfer, second verbs of unnamed subjects, relative clauses about a person, a
/// percentage after "Name with", company names after a title, and founding libraries or schools.
@Suite struct ClaimSixteenthPassTests {
  // MARK: Time

  @Test func countsAYearEarlierFromTheSentenceBeforeWhenTheValueStandsAlone() throws {
    let found = try claims(
      "The Harl Dairy Cooperative had revenue of 40 million euros in 2024. Sales were 31 million "
        + "euros a year earlier, when a dry summer cut the milk yield.", published: 2026)
    #expect(values(found, "revenue") == [40_000_000, 31_000_000])
    #expect(years(found, "revenue") == [2024, 2023])
  }

  @Test func datesAPastVerbAfterAndByTheYearOfTheValueBefore() throws {
    let found = try claims(
      "The Orrin Harbour Trust spent 4.2 million pounds in 2024, mostly on dredging, and earned "
        + "900,000 pounds from its car parks.", published: 2026)
    #expect(values(found, "revenue") == [900_000])
    #expect(years(found, "revenue") == [2024])
  }

  @Test func datesAnAmountAgainstAPlanByTheYearOfTheValueBefore() throws {
    let found = try claims(
      "The auditors found that Kessel City Council spent 88 million euros in 2024 against a "
        + "budget of 84 million euros.", published: 2026)
    #expect(values(found, "budget") == [84_000_000])
    #expect(years(found, "budget") == [2024])
  }

  // MARK: Joining and topics

  @Test func givesAnOrdinalToTheBodyWhenATimePhraseStandsBeforeAs() throws {
    let found = try claims(
      "The Marsh Rail Alliance links six cities. Tollund, which joined in 2011 as the fifth "
        + "member, runs a freight yard.", published: 2026)
    let ordinal = try #require(found.first { $0.rule == "ordinal-joining" })
    #expect(ordinal.subject.name == "Marsh Rail Alliance")
    #expect(ordinal.value == ClaimValue(low: 5, high: nil, modifier: .atLeast))
    #expect(ordinal.time.year == 2011)
  }

  @Test func takesNoDatelinePlaceForTheArticleTopic() throws {
    let found = try claims(
      "KESTRA BAY, May 4 - The Orvel Water Board raised its charges on Monday.\n\n"
        + "Kestra Bay covers 40 square kilometres. The Orvel Water Board employs 40 people at "
        + "its depot in Kestra Bay. It spent 3.1 million dollars last year.", published: 2026)
    #expect(subjects(found, "spending") == ["Orvel Water Board"])
  }

  // MARK: Counts that are not counts

  @Test func readsNoCountFromAYearAfterUntil() throws {
    let found = try claims(
      "The Brennick Bus Company employs 120 people. Under the plan, 30 staff will stay on and "
        + "the buses will keep running until at least 2030.", published: 2026)
    #expect(values(found, "workforce").contains(120))
    #expect(!values(found, "workforce").contains(2030))
  }

  @Test func readsNoWorkforceFromStaffWhoTransfer() throws {
    let found = try claims(
      "The Dalby Ferry Company employs 80 people. Under the merger, 30 staff will transfer to "
        + "the port authority in June.", published: 2026)
    #expect(values(found, "workforce") == [80])
  }

  @Test func countsLibrariesThatFoundedABodyAsItsMembers() throws {
    let found = try claims(
      "The Corran Reading Network was founded in 1990 by six town libraries.", published: 2026)
    #expect(values(found, "member_count") == [6])
    #expect(years(found, "member_count") == [1990])
  }

  // MARK: Subjects

  @Test func readsNoAmountOfASecondVerbOfAnUnnamedSubject() throws {
    let found = try claims(
      "Tarvo Airlines was founded in 1990. The provincial government owns 40 percent of the "
        + "airline and spent 9 million euros last year on subsidies.", published: 2026)
    #expect(values(found, "spending").isEmpty)
    #expect(values(found, "founding_year") == [1990])
  }

  @Test func readsNoAmountOfAnUnnamedSubjectInThePastTense() throws {
    let found = try claims(
      "Tarvo Rail was founded in 1990. The provincial government spent 9 million euros last "
        + "year on new track.", published: 2026)
    #expect(values(found, "spending").isEmpty)
  }

  @Test func readsNoValueFromARelativeClauseAboutAPerson() throws {
    let found = try claims(
      "The Corrie Growers Association has 410 members. \"We keep growing,\" said chair Ann "
        + "Lowe, 58, who farms 120 hectares near Dunmore.", published: 2026)
    #expect(values(found, "member_count") == [410])
    #expect(values(found, "area").isEmpty)
  }

  @Test func givesAPercentageToTheNameRightBeforeWith() throws {
    let found = try claims(
      "Kell Ferries holds 11 percent of the coastal market, behind Orsa Shipping with 19 percent.",
      published: 2026)
    #expect(values(found, "share") == [11, 19])
    #expect(subjects(found, "share") == ["Kell Ferries", "Orsa Shipping"])
  }

  @Test func typesACompanyNameAfterATitleAsNoPerson() throws {
    let doc = try annotated(
      "Vestra Bus holds 20 percent of the market, behind the market leader Norland Lines with 31 "
        + "percent.", published: 2026)
    let norland = try #require(doc.entities.first { doc.text.slice($0.range) == "Norland Lines" })
    #expect(norland.type == .organization)
    #expect(subjects(doc.claims, "share") == ["Vestra Bus", "Norland Lines"])
  }
}
