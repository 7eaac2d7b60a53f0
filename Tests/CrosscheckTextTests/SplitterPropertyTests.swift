import CrosscheckCore
import Testing

@testable import CrosscheckText

/// Invariants checked on texts built at random from awkward pieces.
@Suite struct SplitterPropertyTests {
  static let pieces = [
    "U.S.", " ", " ", " ", "\n", "\n\n", ".", "...", "\u{2026}", "?!", "\"", "'", "(", ")",
    "\u{201C}", "\u{201D}", "\u{2019}", "\u{2014}", "-", "\u{2022} ", "1) ", "a) ", "2. ", "Gen.",
    "etc.", "a.m.", "The", "ships", "Given", "www.", "example", ".com", "@", "/", "https://",
    "caf\u{E9}", "\u{C9}cole", "3", "1,200", ".5", "\u{A0}", "\r\n", "No.", "J.", "x", "\t",
    "?", "!", "Anna", " asked", "2019", "%", "Officials", " said", "EST", " . . .", "U.K.", "=",
  ]

  /// A small linear congruential generator, so failures reproduce.
  struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
  }

  @Test(arguments: 0..<200)
  func keepsItsInvariantsOnRandomText(_ seed: Int) {
    var random = Generator(state: UInt64(seed) &+ 7)
    var text = ""
    for _ in 0..<(20 + random.next(60)) { text += Self.pieces[random.next(Self.pieces.count)] }
    let splitter = TextFixtures.splitter
    let paragraphs = TextFixtures.paragraphs(of: text)
    let sentences = splitter.sentences(in: text, paragraphs: paragraphs)
    let tokens = splitter.tokens(in: text)
    let bytes = Array(text.utf8)
    var inSentence = Array(repeating: false, count: bytes.count)
    var previousEnd = 0
    for sentence in sentences {
      #expect(sentence.start >= previousEnd && !sentence.isEmpty)
      #expect(paragraphs.contains { $0.contains(sentence) })
      let words = text.slice(sentence)
      #expect(words.first.map { !$0.isWhitespace } == true)
      #expect(words.last.map { !$0.isWhitespace } == true)
      for k in sentence.start..<sentence.end { inSentence[k] = true }
      previousEnd = sentence.end
    }
    var inToken = Array(repeating: 0, count: bytes.count)
    for token in tokens {
      #expect(!token.isEmpty)
      #expect(
        sentences.contains { $0.contains(token) }, "token \(token) in \(text.debugDescription)")
      for k in token.start..<token.end { inToken[k] += 1 }
    }
    var offset = 0
    for scalar in text.unicodeScalars {
      let length = String(scalar).utf8.count
      let space = scalar.properties.isWhitespace
      let place = "at \(offset) in \(text.debugDescription)"
      #expect(space || inSentence[offset], "sentence coverage \(place)")
      #expect(inToken[offset] == (space ? 0 : 1), "token coverage \(place)")
      offset += length
    }
  }
}
