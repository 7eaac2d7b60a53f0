import Testing

@testable import CrosscheckTagging

/// Words of ASCII and Latin letters are folded by a table, not by Foundation; the table must give
/// exactly Foundation's answer.
@Suite struct WordFoldingTests {
  static let latinLetters: [Unicode.Scalar] = (0x80...0x17F).compactMap(Unicode.Scalar.init)

  func folded(_ word: String) -> String {
    var w = word
    return w.withUTF8 { WordScanner.foldedKey($0) }
  }

  @Test(arguments: latinLetters)
  func foldsEachLatinLetterAsFoundationDoes(_ letter: Unicode.Scalar) {
    for word in [String(letter), "S" + String(letter) + "o", String(letter) + "PAULO."] {
      #expect(folded(word) == WordScanner.foundationFold(word), "\(word)")
    }
  }

  @Test(arguments: ["São", "Zürich", "Łódź", "O'Neill", "U.S.", "Kraków", "Ærø", "İstanbul", "ﬁne"])
  func foldsMixedWordsAsFoundationDoes(_ word: String) {
    #expect(folded(word) == WordScanner.foundationFold(word))
  }
}
