import CrosscheckCore
import Testing

@testable import CrosscheckTagging

/// Which body a reference noun points back to: a noun that names one kind of body ("the union")
/// passes over a name headed by another kind ("... Hospital"), and a capitalized noun ("the
/// Federation") is the house name of the first body it heads unless its sentence names another.
@Suite struct EntityReferenceKindTests {
  func gazetteer(referenceHeads: [String: [String]]? = ["union": ["Federation", "Association"]]) -> Gazetteer {
    var file = GazetteerFile()
    file.references = [
      "organization": ["organization", "union", "council", "federation"],
      "company": ["company"],
    ]
    file.heads = [
      HeadWordRule(
        words: ["Hospital", "Authority", "Council", "Federation", "Union", "Association"],
        type: .organization, kinds: ["organization"]),
      HeadWordRule(words: ["Company"], type: .organization, kinds: ["company", "organization"]),
    ]
    file.notNames = ["The", "It", "As"]
    file.referenceHeads = referenceHeads
    return Gazetteer(file)
  }

  func mentions(_ text: String, referenceHeads: [String: [String]]? = ["union": ["Federation", "Association"]])
    -> [(String, String)]
  {
    var sentences: [TextRange] = []
    var start = 0
    let bytes = Array(text.utf8)
    for i in bytes.indices
    where bytes[i] == UInt8(ascii: ".") && (i + 1 == bytes.count || bytes[i + 1] == UInt8(ascii: " ")) {
      sentences.append(TextRange(start, i + 1))
      start = i + 2
    }
    if start < bytes.count { sentences.append(TextRange(start, bytes.count)) }
    return EntityTagger(gazetteer: gazetteer(referenceHeads: referenceHeads))
      .mentions(in: text, sentences: sentences)
      .map { (String(text.slice($0.range)), $0.canonical) }
  }

  let nurses = "Harrow Nurses of Delmar was founded in 1971 by 20 nurses at Kestle Memorial Hospital. "
    + "The union has 9,000 members."

  @Test func passesOverABodyOfAnotherKindToTheNameBeforeIt() {
    let found = mentions(nurses)
    #expect(found.contains { $0 == ("The union", "Harrow Nurses of Delmar") })
    #expect(!found.contains { $0 == ("The union", "Kestle Memorial Hospital") })
  }

  @Test func anyBodyOfTheClassFitsANounTheGazetteerGivesNoHeadWords() {
    let found = mentions(nurses, referenceHeads: nil)
    #expect(found.contains { $0 == ("The union", "Kestle Memorial Hospital") })
  }

  @Test func keepsABodyWhoseHeadWordTheNounAllows() {
    let found = mentions("The Delmar Federation of Dockers met on Monday. The union has 4,000 members.")
    #expect(found.contains { $0 == ("The union", "Delmar Federation of Dockers") })
  }

  @Test func findsTheLatestBodyTheNounItselfHeads() {
    let text = "The Orsk Transport Union met the Brenn Harbour Authority. The union has 700 members."
    let found = mentions(text, referenceHeads: ["union": []])
    #expect(found.contains { $0 == ("The union", "Orsk Transport Union") })
  }

  @Test func readsAQualifiedNounOfAnotherKindAsNoBodyReadBefore() {
    let text = "The Tarn Port Authority grew. The Velby Port Company was founded when the city council sold its dock."
    let found = mentions(text, referenceHeads: ["council": []])
    #expect(!found.contains { $0.0 == "the city council" })
  }

  @Test func readsACapitalizedNounAsTheFirstBodyItHeads() {
    let text = "The Orvane Chess Federation met in Lusk. The Brell Chess Federation and the Cairn Chess Union joined. "
      + "The Federation now has 30 members."
    let found = mentions(text)
    #expect(found.contains { $0 == ("The Federation", "Orvane Chess Federation") })
  }

  @Test func readsACapitalizedNounAsTheBodyItsOwnSentenceNames() {
    let text = "The Orvane Chess Federation met in Lusk. As the head of the Brell Chess Federation said, "
      + "the Federation is ready."
    let found = mentions(text)
    #expect(found.contains { $0 == ("the Federation", "Brell Chess Federation") })
  }
}
