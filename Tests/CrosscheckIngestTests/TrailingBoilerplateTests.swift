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

@Suite struct ClosingPhraseTests {
  let phrases = BoilerplatePhrases(
    parsing: """
      Site search
      > Copyright
      > All rights reserved
      """)
  let body = [
    "The aquarium opened a new tank for 40 species of reef fish on Friday.",
    "Tickets cost 18 euros for adults and 9 euros for children under twelve, the owners said.",
  ]

  func kept(_ paragraphs: [String]) -> [String] {
    let count = TrailingBoilerplate(phrases: phrases).keptCount(
      of: paragraphs.map { Array($0.utf8) })
    return Array(paragraphs.prefix(count))
  }

  @Test func dropsEverythingAfterACopyrightLineNearTheEnd() {
    let text =
      body + [
        "Site search", "Copyright © Reef Media Group. All rights reserved.", "Reef Media",
        "We help curious people of every age to discover and protect the life of the oceans.",
      ]
    #expect(kept(text) == body)
  }

  @Test func keepsALongTextAfterACopyrightLine() {
    let long = String(
      repeating: "The tank holds 250,000 litres of sea water and took three years to build. ",
      count: 6)
    let text = ["Copyright rules for aquarium photos changed in 2019.", long]
    #expect(kept(text) == text)
  }

  @Test func parsesClosingPhrases() {
    #expect(phrases.phrases == ["site search", "copyright", "all rights reserved"])
    #expect(phrases.closingPhrases == ["copyright", "all rights reserved"])
    #expect(phrases.closes(Array("COPYRIGHT 2024 Reef Media".utf8)))
    #expect(!phrases.closes(Array("Site search".utf8)))
  }
}
