import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Testing

/// Rules of the twenty-fourth pass, each a broad class seen failing on unseen text: an earlier
/// value given with a pronoun and no unit ("Ten years ago it was 96", "there were 720 of us"), a
/// short reference before the name it stands for, a place named before a lowercase place noun
/// ("the Torland district"), a noun that describes the name after it ("the timber firm X"), a
/// name cut short before "of", an apposition opened by "its", a relative clause after an
/// apposition, "It was formed" with a name after the comma, a value of an apposition and the main
/// clause's "last month", the total of a counted group, averages, rates per day and money paid over
/// to another.
@Suite struct ClaimTwentyFourthPassTests {
  // MARK: Earlier values with a pronoun

  @Test func readsAnEarlierValueAfterItHadInTheNextSentence() throws {
    let found = try claims(
      "The Halden Rowing League now has 48 clubs. Five years earlier it had 31.", published: 2025)
    #expect(values(found, "member_count") == [48, 31])
    #expect(years(found, "member_count") == [2025, 2020])
    #expect(subjects(found, "member_count") == ["Halden Rowing League", "Halden Rowing League"])
  }

  @Test func readsAnEarlierValueAfterItWas() throws {
    let found = try claims(
      "Corvel Logistics employs 520 people. Ten years ago it was 310.", published: 2025)
    #expect(values(found, "workforce") == [520, 310])
    #expect(years(found, "workforce") == [2025, 2015])
  }

  @Test func readsAnEarlierValueDatedByAYear() throws {
    let found = try claims(
      "The Orsk Film Society has 900 members. When the present board took over in 2016 it had "
        + "about 600.", published: 2025)
    #expect(values(found, "member_count") == [900, 600])
    #expect(years(found, "member_count") == [2025, 2016])
  }

  @Test func readsAnEarlierValueCountedAsUs() throws {
    let found = try claims(
      "The Kessel Beekeepers Association has 210 members. \"A decade ago there were 340 of us,\" "
        + "its secretary said.", published: 2025)
    #expect(values(found, "member_count") == [210, 340])
    #expect(years(found, "member_count") == [2025, 2015])
  }

  @Test func datesAValueAtTheBeginningByTheFoundingYear() throws {
    let found = try claims(
      "The Lusk Valley Bus Cooperative was founded in 1988. Lusk Valley has about 40,000 "
        + "inhabitants; it had over 55,000 when we started.", published: 2025)
    #expect(values(found, "population") == [40_000, 55_000])
    #expect(years(found, "population") == [2025, 1988])
  }

  @Test func readsNoEarlierValueOfAnotherUnit() throws {
    let found = try claims(
      "Harbour Cranes Ltd employs 400 people. Two years ago it had 12 cranes in service.",
      published: 2025)
    #expect(values(found, "workforce") == [400])
  }

  // MARK: Names

  @Test func readsAShortReferenceAsTheNameThatComesLater() throws {
    let found = try claims(
      "When the first growers met in a barn in 1932, nobody expected much. The cooperative "
        + "employed about 40 people in 1950. Velden Fruit Cooperative now employs 310 people.",
      published: 2025)
    #expect(values(found, "workforce") == [40, 310])
    #expect(
      subjects(found, "workforce") == ["Velden Fruit Cooperative", "Velden Fruit Cooperative"])
  }

  @Test func readsAPlaceBeforeALowercasePlaceNounApartFromTheBodyNamedAfterIt() throws {
    let found = try claims(
      "Torland Mountain Rescue has 120 members. The Torland district, home to about 31,000 "
        + "people, covers 900 square kilometres.", published: 2025)
    #expect(subjects(found, "member_count") == ["Torland Mountain Rescue"])
    #expect(subjects(found, "population") == ["Torland"])
    #expect(subjects(found, "area") == ["Torland"])
  }

  @Test func readsIslandsAsPartOfThePlacesName() throws {
    let found = try claims(
      "Skerry Ferries employs 90 people. The Skerry islands, home to about 9,000 people, have no "
        + "bridge.", published: 2025)
    #expect(subjects(found, "population") == ["Skerry Islands"])
  }

  @Test func readsTheNameAfterANounThatDescribesIt() throws {
    let found = try claims(
      "The Larch Valley Cooperative has 200 members. The timber firm Holm Sawmills employs about "
        + "70 people.", published: 2025)
    #expect(subjects(found, "workforce") == ["Holm Sawmills"])
  }

  @Test func readsANameCutShortBeforeOfAsTheFullName() throws {
    let found = try claims(
      "The Kessing Institute of Marine Science will build a new laboratory. The Kessing "
        + "Institute, which was founded in 1954, employs 600 people.", published: 2025)
    #expect(subjects(found, "founding_year") == ["Kessing Institute of Marine Science"])
    #expect(subjects(found, "workforce") == ["Kessing Institute of Marine Science"])
  }

  @Test func readsThePlaceThatOpenedTheSentenceBeforeAsWhatItsStandsFor() throws {
    let found = try claims(
      "Kessel Mills employs 300 people in the town. The Province of Orvena has 200,000 "
        + "inhabitants. Its budget for 2025 is 90 million euros.", published: 2025)
    #expect(subjects(found, "budget") == ["Province of Orvena"])
  }

  @Test func keepsTheNameBeforeAnAppositionOpenedByIts() throws {
    let found = try claims(
      "Dunfield Coaches employs 400 people. Arlo Buses, its main rival 30 kilometres away, "
        + "employs 210 people.", published: 2025)
    #expect(subjects(found, "workforce") == ["Dunfield Coaches", "Arlo Buses"])
  }

  @Test func readsAFoundingInARelativeClauseAfterAnApposition() throws {
    let found = try claims(
      "Flood work falls to the Ouse Levels Board, a small body with 40 staff, which was set up "
        + "in 1928.", published: 2025)
    #expect(values(found, "founding_year") == [1928])
    #expect(subjects(found, "founding_year") == ["Ouse Levels Board"])
  }

  @Test func readsTheFoundingOfItAsTheNameBeforeNotTheNameAfterTheComma() throws {
    let found = try claims(
      "The Kilbride Fire Service employs 60 people. It was formed in 1947, when the States of "
        + "Kilbride merged the parish brigades.", published: 2025)
    #expect(subjects(found, "founding_year") == ["Kilbride Fire Service"])
  }

  // MARK: Time

  @Test func datesAValueInAnAppositionByThePublicationNotTheMainClause() throws {
    let found = try claims(
      "Marl, a village of 800 people, opened a new school last month.", published: 2026, month: 1)
    #expect(values(found, "population") == [800])
    #expect(years(found, "population") == [2026])
  }

  // MARK: Values of no one body

  @Test(arguments: [
    ("Harrow Rowing Club, Kell Rowing Club and Orm Rowing Club share one boathouse on the "
      + "river. Together the three clubs have 1,200 members.", 1_200.0),
    ("The Dock Workers Union and the Rail Staff Union signed the pact on Monday. The two unions "
      + "have 40,000 members between them.", 40_000.0),
  ])
  func readsNoCountOfACountedGroup(_ text: String, _ total: Double) throws {
    #expect(!values(try claims(text, published: 2025), "member_count").contains(total))
  }

  @Test func readsNoSpendingInAnAverage() throws {
    let found = try claims(
      "The Brask Housing Trust has sold 40 homes; buyers spent an average of 60,000 euros on "
        + "repairs.", published: 2025)
    #expect(values(found, "spending").isEmpty)
  }

  @Test func readsNoSpendingInARatePerDay() throws {
    let found = try claims(
      "The Fenwick Water Board spent 30 million pounds in 2024. It is now spending about 200,000 "
        + "pounds a day on pumping.", published: 2025)
    #expect(values(found, "spending") == [30_000_000])
  }

  @Test func readsNoBudgetInMoneyPaidToAnother() throws {
    let found = try claims(
      "The Orra County Council, which has a budget of 300 million euros, pays the ferry company "
        + "4 million euros a year.", published: 2025)
    #expect(values(found, "budget") == [300_000_000])
  }
}
