import CrosscheckCore
import Testing

@testable import CrosscheckTagging

/// A shorter name that ends in a body's head of its own is another entity than the longer name
/// that goes on from it ("... College" and "... College Foundation").
@Suite struct EntityShortFormTests {
  func tagWithBodies(_ text: String) -> [EntityMention] {
    var file = GazetteerFile()
    file.heads = [
      HeadWordRule(words: ["Foundation", "Trust"], type: .organization, kinds: ["organization"]),
      HeadWordRule(words: ["Group"], type: .organization, kinds: ["company", "organization"]),
    ]
    file.bodyHeads = ["College"]
    file.notNames = ["The"]
    var sentences: [TextRange] = []
    var start = 0
    for (i, b) in text.utf8.enumerated() where b == UInt8(ascii: ".") {
      sentences.append(TextRange(start, i + 1))
      start = i + 2
    }
    return EntityTagger(gazetteer: Gazetteer(file)).mentions(in: text, sentences: sentences)
  }

  /// The canonical name of each mention written as `written`.
  func canonicals(of written: String, in text: String) -> [String] {
    tagWithBodies(text).filter { text.slice($0.range) == written[...] }.map(\.canonical)
  }

  @Test func readsAShorterNameEndingInABodysHeadApartFromTheFoundationNamedAfterIt() {
    let text = "Brackley Technical College Foundation raised money. "
      + "Brackley Technical College has 9,000 students."
    #expect(
      canonicals(of: "Brackley Technical College", in: text) == ["Brackley Technical College"])
  }

  @Test func stillReadsAShorterNameWithoutAHeadAsTheLongerName() {
    let text = "Brackley Maritime Trust raised money. Brackley Maritime said so."
    #expect(canonicals(of: "Brackley Maritime", in: text) == ["Brackley Maritime Trust"])
  }

  @Test func stillReadsABodysNameBeforeACompanysHeadAsItsShortForm() {
    let text = "Brackley College Group bought a site. Brackley College said so."
    #expect(canonicals(of: "Brackley College", in: text) == ["Brackley College Group"])
  }
}
