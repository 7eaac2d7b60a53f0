import CrosscheckCore
import Testing

@testable import CrosscheckTagging

/// Names whose parts the tagger would otherwise split: an ampersand, a saint's possessive, two
/// places joined before an organization's head; and a lone word opening a sentence that gives it a
/// count.
@Suite struct EntityJoinedNameTests {
  func gazetteer() -> Gazetteer {
    var file = GazetteerFile()
    file.heads = [
      HeadWordRule(words: ["Board", "Trust", "Union", "Police"], type: .organization, kinds: ["organization"]),
      HeadWordRule(words: ["Foods"], type: .organization, kinds: ["company", "organization"]),
      HeadWordRule(words: ["Navy"], type: .organization, kinds: ["force", "organization"]),
    ]
    file.references = ["place": ["province", "island"], "company": ["company"]]
    file.notNames = ["The", "It"]
    file.namePrefixes = ["St", "Saint"]
    return Gazetteer(file)
  }

  func mentions(_ text: String) -> [(String, String)] {
    var sentences: [TextRange] = []
    var start = 0
    let bytes = Array(text.utf8)
    for i in bytes.indices where bytes[i] == UInt8(ascii: ".") && (i + 1 == bytes.count || bytes[i + 1] == 32) {
      sentences.append(TextRange(start, i + 1))
      start = i + 2
    }
    return EntityTagger(gazetteer: gazetteer()).mentions(in: text, sentences: sentences)
      .map { (String(text.slice($0.range)), $0.canonical) }
  }

  @Test func keepsAnAmpersandBetweenCapitalizedWordsInsideOneName() {
    let found = mentions("Investors in Marlow & Finch were paid a dividend.")
    #expect(found.contains { $0.1 == "Marlow & Finch" })
    #expect(!found.contains { $0.1 == "Finch" })
  }

  @Test func keepsNoAmpersandBeforeALowercaseWord() {
    let found = mentions("Investors in Marlow & others were paid a dividend.")
    #expect(!found.contains { $0.1.contains("&") })
  }

  @Test(arguments: ["St Ann's Clinic", "St. Ann's Clinic", "Saint Ann's Clinic"])
  func keepsASaintsPossessiveInsideTheName(_ name: String) {
    let found = mentions("Nurses at \(name) went on strike on Monday.")
    #expect(found.contains { $0.1 == name })
  }

  @Test func keepsAnOrdinaryPossessiveOutsideTheName() {
    let found = mentions("Nurses at Tarvik's Clinic went on strike on Monday.")
    #expect(!found.contains { $0.1 == "Tarvik's Clinic" })
  }

  @Test func readsTwoPlacesJoinedBeforeAnOrganizationsHeadAsOneName() {
    let found = mentions("Fishermen met the Orm and Tessel Water Board in May.")
    #expect(found.contains { $0.1 == "Orm and Tessel Water Board" })
  }

  @Test(arguments: [
    ("Orm and Tessel Water Board has 40 staff.", "Orm and Tessel Water Board"),
    ("Fishermen met Orm and Tessel Water Board officials in May.", "Orm and Tessel Water Board"),
    ("Kessan and District Credit Union passed 900 members.", "Kessan and District Credit Union"),
    ("Since May, Avon and Somerset Police has hired 40 officers.", "Avon and Somerset Police"),
  ])
  func readsPlacesJoinedBeforeAPublicBodysHeadAsOneNameWithoutTheArticle(
    _ text: String, _ name: String
  ) {
    #expect(mentions(text).contains { $0.1 == name })
  }

  @Test(arguments: [
    "Growers sold to Pellan and Dorrit Foods last year.",
    "Ships from Pellan and Dorrit Navy met in May.",
    "Growers in Pellan and Dorrit sold rye to the Trust in May.",
  ])
  func keepsCompaniesForcesAndPlainPlacesApartAtAnAnd(_ text: String) {
    #expect(!mentions(text).contains { $0.1.contains(" and ") })
  }

  @Test func keepsTwoNamesApartWhenTheLastEndsInNoOrganizationsHead() {
    let found = mentions("Fishermen met the Orm and Tessel Water Company in May.")
    #expect(!found.contains { $0.1 == "Orm and Tessel Water Company" })
  }

  @Test func readsALoneOpeningWordThatHasACountAsAName() {
    let found = mentions("Dunmere has 40,000 residents. Farmers there grow rye.")
    #expect(found.contains { $0.1 == "Dunmere" })
  }

  @Test func readsALoneOpeningWordBeforeItsPlaceClassAsThatPlace() {
    let found = mentions("Dunmere province has 40,000 residents. Farmers there grow rye.")
    #expect(found.contains { $0.1 == "Dunmere" })
  }

  @Test(arguments: [
    "Revenue has 3 sources, and revenue grew.",
    "Dunmere had grown. Farmers there grow rye.",
  ])
  func readsNoCommonWordOrCountlessOpeningAsAName(_ text: String) {
    #expect(mentions(text).isEmpty)
  }

  @Test func keepsTheWordsAfterAndInANameWhoseOfComesAfterALongerStart() {
    let found = mentions("The Federated Union of Signal and Track Workers opened its conference.")
    #expect(found.map(\.1) == ["Federated Union of Signal and Track Workers"])
  }

  @Test func keepsACampusNamedWithItsTownInsideTheUniversitysName() {
    let found = mentions("The University of Kessaway at Dunleigh was founded in 1969.")
    #expect(found.map(\.1) == ["University of Kessaway at Dunleigh"])
  }

  @Test func leavesAPlaceAfterAtOutsideANameThatIsNoUniversity() {
    let found = mentions("The Bank of Tessaly at Dunleigh opened a branch.")
    #expect(!found.contains { $0.1.contains(" at ") })
  }
}
