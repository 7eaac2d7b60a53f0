import CrosscheckCore
import Testing

@testable import CrosscheckTagging

/// Head phrases of several words, reference phrases, what a short reference may not fall back
/// to, and one-word names linked across documents.
@Suite struct EntityHeadPhraseTests {
  func tagger() -> EntityTagger {
    var file = GazetteerFile()
    file.heads = [
      HeadWordRule(words: ["District", "Area"], type: .place, kinds: ["place"]),
      HeadWordRule(words: ["School District", "Free Trade Area"], type: .organization, kinds: ["organization"]),
    ]
    file.references = ["organization": ["free-trade area"], "company": ["company"]]
    file.notNames = ["The", "A", "Shares", "Delegates"]
    return EntityTagger(gazetteer: Gazetteer(file))
  }

  func tag(_ text: String) -> [EntityMention] {
    var sentences: [TextRange] = []
    var start = 0
    for (i, b) in text.utf8.enumerated() where b == UInt8(ascii: ".") {
      sentences.append(TextRange(start, i + 1))
      start = i + 2
    }
    return tagger().mentions(in: text, sentences: sentences)
  }

  @Test func letsAHeadPhraseWinOverItsLastWordsPlaceRule() {
    let found = tag("The Millbrook Valley School District hired teachers near the Lowen District.")
    #expect(found.map(\.canonical) == ["Millbrook Valley School District", "Lowen District"])
    #expect(found.map(\.type) == [.organization, .place])
  }

  @Test func resolvesAReferenceOfSeveralWordsToTheNameItFits() {
    let found = tag("The Pacific Free Trade Area met in May. Delegates said the free-trade area would grow.")
    let reference = found.last
    #expect(reference?.canonical == "Pacific Free Trade Area")
    #expect(reference?.basis == .reference)
  }

  @Test(arguments: [
    "A Nordic builder bought the yard. The company said more.",
    "Shares are listed in Oslund. The company said more.",
  ])
  func neverFallsBackToAnAdjectiveOrAPlaceAfterAPreposition(_ text: String) {
    #expect(!tag(text).contains { $0.basis == .reference })
  }

  @Test func stillFallsBackToANameOfUnknownKind() {
    let found = tag("Brekke Tools grew fast. The company said more.")
    #expect(found.last?.canonical == "Brekke Tools")
    #expect(found.last?.basis == .reference)
  }

  func document(_ id: String, _ names: [(String, EntityType)]) -> Document {
    var d = Document(id: id, file: id, text: "xxxxxxxxxx")
    let mentions = names.map { EntityMention(range: TextRange(0, 1), canonical: $0.0, type: $0.1, basis: .name) }
    d.record(Annotations(entities: mentions))
    return d
  }

  @Test func linksAOneWordNameToTheOnlyLongerNameItBegins() {
    let map = CorpusEntityResolver.firstWordNames([
      document("a", [("Tessaro", .other)]), document("b", [("Tessaro Robotics Group", .organization)]),
    ])
    #expect(map == ["Tessaro": "Tessaro Robotics Group"])
  }

  @Test func keepsAOneWordNameApartWhenItIsAPlaceOrAmbiguous() {
    let map = CorpusEntityResolver.firstWordNames([
      document("a", [("Lakeport", .other), ("Lakeport Transit Authority", .organization)]),
      document("b", [("Lakeport", .other)]),
      document("c", [("Vanter", .other)]), document("d", [("Vanter Mining", .organization)]),
      document("g", [("Vanter Shipping", .organization)]),
      document("e", [("Kestrel", .place)]), document("f", [("Kestrel Ridge Park", .other)]),
    ])
    #expect(map.isEmpty)
  }
}
