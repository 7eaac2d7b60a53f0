import CrosscheckCore
import Testing

@testable import CrosscheckTagging

/// Plural possessives inside names and before ordinary words.
@Suite struct EntityPossessiveTests {
  @Test func keepsAPluralPossessiveBetweenCapitalizedWordsInOneName() {
    let text = "Talks with the Orinoco Ferrymen's Guild failed, and the Kell Midwives' Council left."
    let names = tag(text).map(\.canonical)
    #expect(names.contains("Kell Midwives' Council"))
    #expect(!names.contains("Council"))
  }

  @Test func endsANameAtAPluralPossessiveBeforeALowercaseWord() {
    let words = WordScanner.words(in: "the Nurses' strike")
    #expect(words.map(\.key) == ["the", "nurses", "strike"])
    #expect(words[1].isPossessive)
    #expect(!words[1].joinsNext)
  }
}
