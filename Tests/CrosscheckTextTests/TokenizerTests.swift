import CrosscheckCore
import Testing

@testable import CrosscheckText

@Suite struct TokenizerTests {
  @Test(arguments: [
    ("Don't stop, O'Brien!", ["Don't", "stop", ",", "O'Brien", "!"]),
    ("The U.S.-led force", ["The", "U.S.-led", "force"]),
    (
      "It cost $1.2bn (about 1,234.5 units).",
      ["It", "cost", "$", "1.2bn", "(", "about", "1,234.5", "units", ")", "."]
    ),
    ("Version v2.1.3 runs at 9:30.", ["Version", "v2.1.3", "runs", "at", "9:30", "."]),
    (
      "Mail a.b@example.org or see https://example.com/a_b?x=1.",
      ["Mail", "a.b@example.org", "or", "see", "https://example.com/a_b?x=1", "."]
    ),
    ("(see https://example.com/page)", ["(", "see", "https://example.com/page", ")"]),
    ("Wait... what?!", ["Wait", "...", "what", "?!"]),
    ("Dec. 26, Gen. Smith and J. Doe", ["Dec.", "26", ",", "Gen.", "Smith", "and", "J.", "Doe"]),
    ("cut ties.Given that", ["cut", "ties", ".", "Given", "that"]),
    ("Pixaby.com and www.example.org/page.", ["Pixaby.com", "and", "www.example.org/page", "."]),
    (
      "NATO\u{2019}s \u{201C}core\u{201D} rule\u{2014}done\u{2026}",
      ["NATO\u{2019}s", "\u{201C}", "core", "\u{201D}", "rule", "\u{2014}", "done", "\u{2026}"]
    ),
    ("a 3,500-soldier unit", ["a", "3,500-soldier", "unit"]),
    ("Z\u{FC}rich\u{2019}s caf\u{E9}", ["Z\u{FC}rich\u{2019}s", "caf\u{E9}"]),
    ("a \u{A0}\tb\u{2009}c", ["a", "b", "c"]),
    ("the F.B.I. agent", ["the", "F.B.I.", "agent"]),
    ("rates fell 2%. Then -- nothing", ["rates", "fell", "2", "%", ".", "Then", "--", "nothing"]),
    ("AT&T and R&D, 24/7", ["AT&T", "and", "R&D", ",", "24/7"]),
    ("Paris, Rome,Berlin", ["Paris", ",", "Rome", ",", "Berlin"]),
    ("", []),
  ])
  func cutsTextIntoTokens(_ text: String, _ expected: [String]) {
    let tokens = TextFixtures.splitter.tokens(in: text)
    #expect(TextFixtures.strings(tokens, in: text) == expected)
  }

  @Test func coversEveryNonSpaceByteExactlyOnce() {
    let text = "On Dec. 26, the \u{201C}U.S.-led\u{201D} fleet (12 ships) sailed\u{2026} at 9 a.m.!"
    let tokens = TextFixtures.splitter.tokens(in: text)
    let bytes = Array(text.utf8)
    var covered = Array(repeating: 0, count: bytes.count)
    for token in tokens {
      for k in token.start..<token.end { covered[k] += 1 }
    }
    for k in bytes.indices {
      #expect(covered[k] == (TextFixtures.isSpace(bytes[k]) ? 0 : 1), "byte \(k)")
    }
  }

  @Test(arguments: SentenceSplitterTests.allCases)
  func neverLetsATokenCrossASentence(_ example: SplitCase) {
    let text = example.text
    let splitter = TextFixtures.splitter
    let sentences = splitter.sentences(in: text, paragraphs: TextFixtures.paragraphs(of: text))
    for token in splitter.tokens(in: text) {
      #expect(
        sentences.contains { $0.contains(token) }, "token \(token) of \(text.debugDescription)")
    }
  }
}
