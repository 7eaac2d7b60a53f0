import CrosscheckCore
import Testing

@testable import CrosscheckTagging

/// A reference noun inside a hyphenated modifier ("the city-owned operator") is no reference and
/// does not type the name the apposition describes.
@Suite struct EntityHyphenatedModifierTests {
  func mentions(_ text: String) -> [EntityMention] {
    var file = GazetteerFile()
    file.references = ["city": ["city"], "company": ["company", "operator"]]
    file.notNames = ["The"]
    let sentences = [TextRange(0, text.utf8.count)]
    return EntityTagger(gazetteer: Gazetteer(file)).mentions(in: text, sentences: sentences)
  }

  @Test func typesANameByTheHeadOfItsAppositionNotByAHyphenatedModifier() throws {
    let text = "Tarvik Ferries, the city-owned operator, added a boat."
    let name = try #require(mentions(text).first { $0.canonical == "Tarvik Ferries" })
    #expect(name.type == .organization)
  }

  @Test func readsNoReferenceFromANounInsideAHyphenatedModifier() {
    let text = "Tarvik Ferries, the city-owned operator, added a boat."
    #expect(!mentions(text).contains { String(text.slice($0.range)) == "the city" })
  }

  @Test func pointsALaterReferenceBackToTheNameTheAppositionDescribed() {
    let text = "Tarvik Ferries, the city-owned operator, added a boat. The operator was founded in 1901."
    #expect(mentions(text).contains {
      String(text.slice($0.range)) == "The operator" && $0.canonical == "Tarvik Ferries"
    })
  }
}
