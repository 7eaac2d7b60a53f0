import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Foundation
import Testing

/// Rules of the thirteenth pass, each a broad class seen failing on unseen text: one-word names
/// that only ever open sentences, a fronted phrase ending in a name before "the company employs",
/// place nouns and acronyms, co-operatives, earlier values after "down from" or "to N from M",
/// earlier values of another size, an apposition that dates a year by an event, a month named
/// without a year, contingents, ordinals of joining after an aside or in the singular, "at its
/// launch" after the value, stakes and parts of land, areas of a thing or of an action, prices
/// per litre, regional parts of a membership, and a bare membership.
@Suite struct ClaimThirteenthPassTests {
  // MARK: Names and references

  @Test func readsAOneWordNameThatOnlyOpensSentencesBeforeAFigureVerb() throws {
    let found = try claims(
      "Halden Mills makes rope in Dunlow. Its main rival is Dutch. Tarvik was founded in 1962. "
        + "Tarvik employs more than 2,100 people. Tarvik had revenue of 640 million euros in 2024. "
        + "Tarvik holds 21 percent of the Dutch market for rope.")
    #expect(subjects(found, "founding_year") == ["Tarvik"])
    #expect(subjects(found, "workforce") == ["Tarvik"])
    #expect(subjects(found, "revenue") == ["Tarvik"])
    #expect(subjects(found, "share") == ["Tarvik"])
  }

  @Test func readsAOneWordPossessiveOpeningASentenceAsTheOwnerOfTheFigure() throws {
    let found = try claims(
      "Dunmere is growing. Kelby's population rose to 9,100 from 8,700 in 2016.", published: 2024)
    #expect(subjects(found, "population") == ["Kelby", "Kelby"])
    #expect(found.filter { $0.attribute == "population" }.map(\.time.year) == [2024, 2016])
  }

  @Test func readsAReferenceAfterAFrontedPhraseEndingInANameAsTheMainSubject() throws {
    let found = try claims(
      "Halden Mills, the rope maker, will close a plant, the firm said. Set up in 1889 as a "
        + "ropeworks on the banks of the Orm, the firm employs about 1,450 people, down from 1,720 "
        + "in 2019.")
    #expect(subjects(found, "workforce") == ["Halden Mills", "Halden Mills"])
    #expect(subjects(found, "founding_year") == ["Halden Mills"])
  }

  @Test func pointsAPlaceNounBackToTheNameOpeningTheSentenceBeforeNotToAnAcronym() throws {
    let found = try claims(
      "Voters in Dunmere go to the polls. Dunmere has overtaken Kelby, according to the statistics "
        + "office, OSK. The city had 90,400 "
        + "inhabitants in 2024.")
    #expect(subjects(found, "population") == ["Dunmere"])
  }

  @Test func resolvesTheCoOpToTheCooperativeNamedBefore() throws {
    let found = try claims(
      "The Harl Dairy Cooperative paid its farmers more this year. The co-op holds 6 percent of "
        + "the Danish cheese market, according to the trade body Mejeri.")
    #expect(subjects(found, "share") == ["Harl Dairy Cooperative"])
  }

  @Test func doesNotReadTheLargestContingentAsTheMissionNamedBefore() throws {
    let found = try claims(
      "The Tarn Stabilization Mission has 4,000 troops. Peru, with 420 troops, has the largest "
        + "contingent. Chad, with about 300 soldiers, provides the second contingent.")
    #expect(values(found, "force_size") == [4000])
  }

  // MARK: Earlier values and times

  @Test func givesAnEarlierValueTheSubjectOfTheLaterValueWhateverNameStandsBetween() throws {
    let found = try claims(
      "The Isle of Kell votes on Sunday. The census counted 11,940 residents on Kell in 2025, up "
        + "from 10,870 in 2015.")
    #expect(subjects(found, "population") == ["Isle of Kell", "Isle of Kell"])
    #expect(values(found, "population") == [11_940, 10_870])
  }

  @Test func readsAnEarlierValueOfTheSizeOfTheValueItFollows() throws {
    let found = try claims(
      "The Orm Border Mission now has about 2,000 personnel drawn from 11 countries, up from "
        + "1,500 in 2020.", published: 2024)
    #expect(values(found, "force_size") == [2000, 1500])
    #expect(values(found, "contributing_countries") == [11])
  }

  @Test func readsAnEarlierValueAfterToNFromM() throws {
    let found = try claims(
      "The Lenmore Rowing League has grown. Its membership rose to 46 clubs from 31 in 2015, and "
        + "the Tessaly Chess Union's membership fell to 900 from 1,200 in 2019.", published: 2024)
    let counts = found.filter { $0.attribute == "member_count" }
      .map { "\($0.subject.name) \(Int($0.value.low ?? 0)) \($0.time.year ?? 0)" }
    #expect(Set(counts) == [
      "Lenmore Rowing League 46 2024", "Lenmore Rowing League 31 2015",
      "Tessaly Chess Union 900 2024", "Tessaly Chess Union 1200 2019",
    ])
  }

  @Test func doesNotCountAYearFromAnEventThatAnAppositionDatesTheFoundingBy() throws {
    let found = try claims(
      "Set up in 2019, a year after the ceasefire, the Orm Border Mission now has 900 troops.",
      published: 2024)
    let size = try #require(found.first { $0.attribute == "force_size" })
    #expect(size.time.year == 2024)
  }

  @Test func datesAMonthLaterThanThePublicationMonthInTheYearBefore() throws {
    let found = try claims(
      "The Orm Border Mission was set up in 2019. Peru became its ninth contributing country in "
        + "November. The Kessan Water Forum had 12 members in January.",
      published: 2026, month: 2)
    let ninth = try #require(found.first { $0.attribute == "contributing_countries" })
    #expect(ninth.value.low == 9)
    #expect(ninth.time.year == 2025)
    #expect(found.first { $0.attribute == "member_count" }?.time.year == 2026)
  }

  @Test func datesACountAtItsLaunchByTheFoundingYear() throws {
    let found = try claims(
      "The Orm Trade Pact was founded in 2010. The pact had six members at its launch.",
      published: 2024)
    let count = try #require(found.first { $0.attribute == "member_count" })
    #expect(count.time.year == 2010)
  }

  // MARK: Counts

  @Test func readsAnOrdinalOfJoiningAfterAnAsideAsTheBodyJoined() throws {
    let found = try claims(
      "The Coastal Rugby League was formed in 2015. Lisbon Rovers, promoted from the second "
        + "division, became its 12th member in 2023.")
    #expect(subjects(found, "member_count") == ["Coastal Rugby League"])
  }

  @Test func readsNoCountOfARegionalPartOfTheMembers() throws {
    let found = try claims(
      "The Desert Grid Pact has 14 members. Its West African members are Mali, Niger, Ghana and "
        + "Togo.")
    #expect(values(found, "member_count") == [14])
  }

  @Test func readsABareNumberAfterMembership() throws {
    let found = try claims(
      "The Kessan Water Forum admitted Peru on Monday, bringing its membership to 23.")
    #expect(values(found, "member_count") == [23])
    #expect(subjects(found, "member_count") == ["Kessan Water Forum"])
  }

  // MARK: Shares, areas and amounts

  @Test(arguments: [
    "Gas now accounts for 31 percent of its production costs, against 12 percent before 2021.",
    "The Orm Canal Trust says about 60 percent of the contaminated land has now been made safe.",
    "The Orm Canal Trust also owns 20 percent of the Kelby bottling plant.",
  ])
  func readsNoShareFromAPartOfCostsOrLandOrAnOwnedStake(_ text: String) throws {
    let found = try claims("The Orm Canal Trust was set up in 1990. " + text)
    #expect(found.allSatisfy { $0.attribute != "share" })
  }

  @Test func readsAShareOfWorldExports() throws {
    let found = try claims(
      "The Coffee Growers Forum was founded in 2001. The forum's members account for 35 percent of "
        + "world coffee exports.")
    #expect(values(found, "share") == [35])
  }

  @Test(arguments: [
    "\"We cleared 31 square kilometres last year,\" the Orm Demining Mission said.",
    "Farmers grow barley for the Orm Brewery on about 3,000 hectares.",
    "The Orm Allotment Society was founded in 1921. A standard plot of 250 square metres rents "
      + "for 90 pounds.",
  ])
  func readsNoAreaOfWorkedLandOrOfAThing(_ text: String) throws {
    #expect(try claims(text).allSatisfy { $0.attribute != "area" })
  }

  @Test func keepsTheAreaAnIslandCovers() throws {
    let found = try claims("Kellsay covers 418 square kilometres.")
    #expect(values(found, "area") == [418])
  }

  @Test func readsNoRevenueFromAPricePerLitre() throws {
    let found = try claims(
      "The Harl Dairy Cooperative reported revenue of 40 million euros, as a dry summer pushed "
        + "butter above 9 euros a kilo and milk above 1 euro a litre.")
    #expect(values(found, "revenue") == [40_000_000])
  }
}

/// Debug helper, off unless `CROSSCHECK_SCORE_SET` names labelled sets (comma-separated): scores
/// only those sets, with their misses and false claims when `CROSSCHECK_DETAILS` is set, so that a
/// pass can read its development set without seeing the unseen one.
@Suite struct ScoreNamedSetsDebug {
  static let environment = ProcessInfo.processInfo.environment

  @Test(.enabled(if: environment["CROSSCHECK_SCORE_SET"] != nil))
  func scoresTheNamedSets() throws {
    let names = Self.environment["CROSSCHECK_SCORE_SET"] ?? ""
    for set in names.split(separator: ",").map(String.init) {
      let s = try LabelledClaimsTests.score(LabelledClaimsTests.set(set))
      LabelledClaimsTests.report(set, s, details: Self.environment["CROSSCHECK_DETAILS"] != nil)
    }
  }
}

/// Debug helper, off unless `CROSSCHECK_DEBUG_TEXT` names a text file: prints its entities and
/// claims.
@Suite struct DebugOneText {
  @Test(.enabled(if: ProcessInfo.processInfo.environment["CROSSCHECK_DEBUG_TEXT"] != nil))
  func printsEntitiesAndClaims() throws {
    let path = ProcessInfo.processInfo.environment["CROSSCHECK_DEBUG_TEXT"] ?? ""
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var metadata = DocumentMetadata()
    metadata.published = PartialDate(year: 2025)
    metadata.publishedBasis = "meta"
    let base = StreamFilters.document(id: "t", text: text, metadata: metadata)
    let doc = try defaultPipeline.annotate(base)
    for m in doc.entities {
      print("E \(doc.text.slice(m.range)) -> \(m.canonical) \(m.type) \(m.basis)")
    }
    for c in doc.claims {
      let value = "\(c.value.low ?? -1)..\(c.value.high ?? -1)"
      print("C \(c.subject.name) \(c.attribute) \(value) \(c.time.year ?? 0) \(c.rule ?? "")")
    }
  }
}
