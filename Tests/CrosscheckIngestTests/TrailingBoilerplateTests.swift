import CrosscheckCore
import Testing

@testable import CrosscheckIngest

@Suite struct TrailingBoilerplateTests {
  func kept(_ paragraphs: [String]) -> [String] {
    let count = TrailingBoilerplate(phrases: testPhrases).keptCount(
      of: paragraphs.map { Array($0.utf8) })
    return Array(paragraphs.prefix(count))
  }

  @Test func removesPhrasesAndShortLinesBetweenThemAndTheEnd() {
    #expect(
      kept([
        "The museum received 1,300 visitors on its opening day.", "Copyright © City Times",
        "City Times", "Share this",
      ]) == ["The museum received 1,300 visitors on its opening day."])
  }

  @Test func keepsAShortLastSentenceThatEndsInAFullStop() {
    let text = ["The museum received 1,300 visitors.", "Entry is free on Sundays.", "Share this"]
    #expect(kept(text) == Array(text.prefix(2)))
  }

  @Test func keepsShortTrailingLinesWhenNoPhraseMatches() {
    let text = ["The museum received 1,300 visitors.", "Opening hours", "Tuesday to Sunday"]
    #expect(kept(text) == text)
  }

  @Test func removesOnlyAtTheEnd() {
    let text = [
      "Photo: the museum at night, shortly after the 1,300th visitor arrived there.",
      "The museum received 1,300 visitors on its opening day, twice the number the city expected.",
    ]
    #expect(kept(text) == text)
  }

  @Test func matchesPhrasesCaseInsensitivelyAtWordBoundaries() {
    #expect(testPhrases.matches(Array("SHARE THIS story".utf8)))
    #expect(testPhrases.matches(Array("©2020 The Times".utf8)))
    #expect(!testPhrases.matches(Array("Copyrighting rules changed in 2019.".utf8)))
  }

  @Test func parsesTheDataFileFormat() {
    let phrases = BoilerplatePhrases(parsing: "# comment\n\nRead more\n  Follow us  \n")
    #expect(phrases.phrases == ["read more", "follow us"])
  }
}
