import CrosscheckCore
import Testing

@testable import CrosscheckIngest

@Suite struct TextNormalizerTests {
  let n = TextNormalizer()

  @Test(arguments: [
    ("\u{201C}Yes,\u{201D} she said \u{00AB}oui\u{00BB}", "\"Yes,\" she said \"oui\""),
    ("It\u{2019}s the 5\u{2032} mark, \u{2018}quoted\u{2019}", "It's the 5' mark, 'quoted'"),
    ("1990\u{2013}1995 \u{2014} a \u{2212}3 \u{2012} b\u{2010}c", "1990-1995 - a -3 - b-c"),
    ("Wait\u{2026}", "Wait..."),
    ("a\u{00A0}b\u{2009}c\u{3000}d", "a b c d"),
    ("zero\u{200B}width\u{FEFF} soft\u{00AD}hyphen\u{0007}", "zerowidth softhyphen"),
    ("  many   spaces\t\there  ", "many spaces here"),
    ("Cafe\u{0301} Zu\u{0308}rich", "Caf\u{00E9} Z\u{00FC}rich"),
  ])
  func normalizesCharacters(_ input: String, _ expected: String) {
    let result = n.normalize(paragraphs: [input])
    #expect(result.text == expected)
    #expect(Array(result.text.utf8) == Array(expected.utf8))
  }

  @Test func joinsParagraphsWithBlankLinesAndRecordsTheirRanges() {
    let result = n.normalize(paragraphs: ["  First  one ", "", "Second\u{2014}two"])
    #expect(result.text == "First one\n\nSecond-two")
    #expect(result.paragraphs == [TextRange(0, 9), TextRange(11, 21)])
  }

  @Test func mapsNormalizedOffsetsBackToTheOriginal() {
    let first = "  \u{201C}Tram\u{201D}  costs"
    let second = "\u{20AC}4\u{2026} now"
    let result = n.normalize(paragraphs: [first, second])
    let original = Array((first + "\n\n" + second).utf8)
    #expect(result.text == "\"Tram\" costs\n\n\u{20AC}4... now")
    let text = Array(result.text.utf8)
    // Every ASCII letter or digit maps back to the same byte in the original.
    for (offset, byte) in text.enumerated() where byte >= 48 && byte < 128 && byte != 46 {
      #expect(original[result.sourceMap.originalOffset(of: offset)] == byte)
    }
    // The opening quote maps to the curly quote's first byte.
    #expect(result.sourceMap.originalOffset(of: 0) == 2)
    let euro = result.paragraphs[1].start
    #expect(result.sourceMap.originalOffset(of: euro) == first.utf8.count + 2)
  }

  @Test func mapsDocumentTextBackIntoTheExtractedHTMLText() throws {
    let page =
      "<html><body><p>Fares: \u{201C}3 \u{20AC}\u{201D}</p><p>Lines:\u{00A0}4</p></body></html>"
    let article = try normalizer.normalizeWithMap(html: Array(page.utf8), file: "f.html")
    let doc = article.document
    let extracted = Array(article.extractedText.utf8)
    let four = try #require(doc.text.utf8.lastIndex(of: UInt8(ascii: "4")))
    let offset = doc.text.utf8.distance(from: doc.text.utf8.startIndex, to: four)
    #expect(extracted[article.sourceMap.originalOffset(of: offset)] == UInt8(ascii: "4"))
    #expect(doc.text == "Fares: \"3 \u{20AC}\"\n\nLines: 4")
  }

  @Test func givesTheSameIdToTheSameText() throws {
    let a = try html("<p>The tunnel is 8 km long.</p>")
    let b = try html("<div>  The tunnel is 8\u{00A0}km long. </div>", head: "<title>Other</title>")
    let c = try html("<p>The tunnel is 9 km long.</p>")
    #expect(a.id == b.id)
    #expect(a.id != c.id)
    #expect(a.id == ContentHash.id(of: "The tunnel is 8 km long."))
  }
}
