import CrosscheckCore
import Testing

@testable import CrosscheckTagging

/// "the Herald" after "Dunport Herald": the article and a name's capitalized last word.
@Suite struct EntityHeadAliasTests {
  func mentions(_ text: String) -> [(String, String)] {
    tag(text).map { (String(text.slice($0.range)), $0.canonical) }
  }

  @Test func linksTheArticleAndTheLastWordOfAnEarlierNameToThatName() {
    let found = mentions(
      "The Dunport Herald printed a story. The Herald, founded in 1871, employs 60 people.")
    #expect(found.contains { $0 == ("Herald", "Dunport Herald") })
  }

  @Test func linksNoLastWordThatStartsALongerName() {
    let found = mentions("The Dunport Herald printed a story. The Herald Tribune disagreed.")
    #expect(!found.contains { $0.0 == "Herald" && $0.1 == "Dunport Herald" })
  }

  @Test func pointsTheCompanyPastANameInsideAnApposition() {
    let found = mentions(
      "Orrin Haulage, the operator of a depot outside Pellworth, grew. The company hired drivers.")
    #expect(found.contains { $0.0 == "The company" && $0.1 == "Orrin Haulage" })
  }

  @Test func linksTheArticleAndAWordInsideAnEarlierNameToThatName() {
    let found = mentions(
      "The Norland Symphonic Choir sang in Tarvik. The Symphonic, formed in 1950, has 80 singers.")
    #expect(found.contains { $0 == ("Symphonic", "Norland Symphonic Choir") })
  }

  @Test func linksNoInnerWordThatTwoEarlierNamesHold() {
    let found = mentions(
      "The Norland Symphonic Choir and the Brekke Symphonic Band played. The Symphonic won.")
    #expect(!found.contains { $0.0 == "Symphonic" && $0.1 != "Symphonic" })
  }

  @Test func linksNoInnerWordThatIsAHeadWord() {
    let found = mentions("The Lisk Council Pension Board met. The Council voted.")
    #expect(!found.contains { $0.0 == "Council" && $0.1 == "Lisk Council Pension Board" })
  }

  @Test func linksASentenceOpeningLastWordBeforeARoleTitleToItsName() {
    let found = mentions(
      "The Tarnby Harbour Choir sang. Choir president Ann Vik said the group had 40 singers.")
    #expect(found.contains { $0 == ("Choir", "Tarnby Harbour Choir") })
  }

  @Test func keepsASentenceOpeningLastWordBeforeAVerbItsOwnName() {
    let found = mentions(
      "Rents rose in Greater Tarnby. Tarnby was founded in 1190 as a market town.")
    #expect(!found.contains { $0.0 == "Tarnby" && $0.1 == "Greater Tarnby" })
  }

  @Test func readsALowercaseLandformAfterANameAsAPlaceOfItsOwn() {
    var file = GazetteerFile()
    file.placeQualifiers = ["steppe": "steppe", "valley": "valley"]
    file.notNames = ["The"]
    let text = "The Varna steppe is dry, and the Osk valley is wet."
    let found = EntityTagger(gazetteer: Gazetteer(file))
      .mentions(in: text, sentences: [TextRange(0, text.utf8.count)])
    #expect(found.map(\.canonical) == ["Varna steppe", "Osk valley"])
    #expect(found.allSatisfy { $0.type == .place })
  }
}
