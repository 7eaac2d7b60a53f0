import CrosscheckCore
import Testing

@testable import CrosscheckIngest

@Suite struct BlockClassifierTests {
  let stopWords = StopWords(
    parsing: """
      # two small sections
      [en]
      the a of to in on and is was for with by at it its
      [de]
      der die das und ist von mit
      """)

  var reader: ArticleNormalizer {
    ArticleNormalizer(options: IngestOptions(boilerplate: testPhrases, stopWords: stopWords))
  }

  func read(_ body: String) throws -> String {
    let page = "<html><head><title>Test page</title></head><body>\(body)</body></html>"
    return try reader.normalize(html: Array(page.utf8), file: "inline.html").text
  }

  let first = """
    <p>The harbour bridge reopened to traffic on Monday after a repair of its main cables that \
    took eleven months and cost the city 14 million euros.</p>
    """
  let second = """
    <p>Engineers found corrosion in the cables during a routine inspection in the spring, and \
    the council closed the bridge to lorries at once.</p>
    """

  @Test func dropsTheDatelineAndBylineBetweenHeadlineAndFirstParagraph() throws {
    let text = try read(
      """
      <article><h1>Harbour bridge reopens after repair</h1>
      <p>12.03.2021, 08:30</p><p>Jane Roe, John Doe</p>
      \(first)\(second)</article>
      """)
    #expect(text.contains("Harbour bridge reopens after repair"))
    #expect(!text.contains("12.03.2021"))
    #expect(!text.contains("Jane Roe"))
    #expect(text.contains("routine inspection"))
  }

  @Test func keepsTheDatelineWithoutStopWords() throws {
    let page = """
      <html><body><article><h1>Harbour bridge reopens after repair</h1><p>12.03.2021</p>
      \(first)\(second)</article></body></html>
      """
    let text = try normalizer.normalize(html: Array(page.utf8), file: "inline.html").text
    #expect(text.contains("12.03.2021"))
  }

  @Test func keepsAnIngredientListThatOpensTheBody() throws {
    let text = try read(
      """
      <article><h1>Apple cake for a crowd</h1>
      <ul><li>200 g flour</li><li>Four apples</li><li>Butter</li><li>Brown sugar</li></ul>
      <p>Peel the apples, cut them in thin slices and lay them on the dough in the tin; bake it \
      for forty minutes in a hot oven.</p></article>
      """)
    #expect(text.contains("200 g flour"))
    #expect(text.contains("Brown sugar"))
  }

  @Test func keepsAOneLineParagraphBetweenTwoLongParagraphs() throws {
    let text = try read("<article><h1>Harbour bridge</h1>\(first)<p>Lorry ban lifted</p>\(second)</article>")
    #expect(text.contains("Lorry ban lifted"))
  }

  @Test func keepsADateInsideTheBody() throws {
    let text = try read(
      "<article><h1>Harbour bridge</h1>\(first)<p>Deadline: 03.11.2019</p>\(second)</article>")
    #expect(text.contains("Deadline: 03.11.2019"))
  }

  @Test func keepsAQuotedLineAndASalutationBeforeTheFirstParagraph() throws {
    let text = try read(
      """
      <article><h1>Letters from the valley</h1><p>"Crisp outside, soft inside"</p>
      <p>Dear readers,</p>\(first)</article>
      """)
    #expect(text.contains("Crisp outside, soft inside"))
    #expect(text.contains("Dear readers,"))
  }

  @Test func keepsEverythingOnAPageWithoutProse() throws {
    let text = try read(
      "<article><h1>Opening hours</h1><p>Monday 08:30</p><p>Tuesday closed</p></article>")
    #expect(text.contains("Monday 08:30"))
    #expect(text.contains("Tuesday closed"))
  }

  @Test(arguments: [
    ("Published 2021-10-16", true), ("12.12.2022", true), ("4/5/21 noon", true),
    ("at 08:30 sharp", true), ("3.5 km long", false), ("up 2,9 % to 73.9", false),
    ("Room 1234-56", false), ("", false),
  ])
  func findsNumericDatesAndTimes(text: String, expected: Bool) {
    #expect(BlockClassifier.containsDateOrTime(ArraySlice(Array(text.utf8))) == expected)
  }

  @Test(arguments: [
    ("It rained.", true), ("Did it rain?", true), ("\"It rained!\"", true),
    ("„Es regnet.“", true), ("Und dann…", true), ("(It rained.) ", true),
    ("Rain", false), ("Rain:", false), ("Dear readers,", false),
  ])
  func tellsSentenceEnds(text: String, expected: Bool) {
    let bytes = Array(text.utf8)
    #expect(BlockClassifier.endsSentence(bytes, 0..<bytes.count) == expected)
  }

  @Test func countsFunctionWordsIgnoringCaseAndPunctuation() {
    let bytes = Array("The city, and its (bridge) Der Hafen".utf8)
    let block = RawPage.Block(range: 0..<bytes.count, linkBytes: 0, owner: 0)
    let shape = BlockClassifier(stopWords: stopWords).shape(of: block, in: bytes)
    #expect(shape.words == 7)
    #expect(shape.stopWords == 4)
  }
}

@Suite struct StopWordsTests {
  @Test func readsSectionsAndSkipsComments() {
    let words = StopWords(
      parsing: """
        # comment with the word banana
        [en]
        the of
        [fr]
        le la de
        """)
    #expect(words.languages == ["en", "fr"])
    #expect(words.count == 5)
    #expect(words.contains(Array("The".utf8)))
    #expect(words.contains(Array("de".utf8)))
    #expect(!words.contains(Array("banana".utf8)))
    #expect(!words.contains(Array("them".utf8)))
  }

  @Test func anEmptyListHoldsNothing() {
    #expect(StopWords().isEmpty)
    #expect(!StopWords().contains(Array("the".utf8)))
    #expect(StopWords(parsing: "# only a comment\n[en]\n").isEmpty)
  }
}
