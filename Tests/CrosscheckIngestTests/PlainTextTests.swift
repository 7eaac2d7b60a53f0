import CrosscheckCore
import Testing

@testable import CrosscheckIngest

@Suite struct PlainTextTests {
  func read(_ text: String) throws -> Document {
    try normalizer.normalize(plainText: Array(text.utf8), file: "a.txt", known: DocumentMetadata())
  }

  @Test func takesAShortFirstLineAsTitle() throws {
    let doc = try read(
      "Harbour Crane Breaks Record\nThe new crane lifted 2,400 tonnes on its first day.")
    #expect(doc.metadata.title == "Harbour Crane Breaks Record")
    #expect(paragraphTexts(doc).first == "Harbour Crane Breaks Record")
  }

  @Test(arguments: [
    "The crane lifted 2,400 tonnes.\nIt is the largest in the region.",
    "Only one line without a full stop",
    String(repeating: "word ", count: 50) + "\nSecond line.",
  ])
  func leavesTheTitleEmptyWhenTheFirstLineIsNotOne(_ text: String) throws {
    #expect(try read(text).metadata.title == nil)
  }

  @Test(arguments: [
    (
      "Crane Record\n\n6 MINS READJan 10, 2017 | 09:00 GMT\nThe crane lifted 2,400 tonnes.",
      "2017-01-10"
    ),
    ("Crane Record\n10 January 2017\nThe crane lifted 2,400 tonnes.", "2017-01-10"),
    ("Crane Record\nBy A. Writer, 19/03/2023\nThe crane lifted 2,400 tonnes.", "2023-03-19"),
  ])
  func readsADatelineInTheFirstThreeLines(_ text: String, _ expected: String) throws {
    let doc = try read(text)
    #expect(doc.metadata.published?.description == expected)
    #expect(doc.metadata.publishedBasis == "dateline")
  }

  @Test func readsTheDatelineBelowAHeadlineThatHoldsADateOfItsOwn() throws {
    let doc = try read("Results for the year ended 31 December 2024\nFebruary 20, 2025\nThe group reported.")
    #expect(doc.metadata.published?.description == "2025-02-20")
  }

  @Test func ignoresADateFurtherDown() throws {
    let doc = try read("Title\nOne.\nTwo.\nThree.\nOn March 3, 2019 the crane arrived.")
    #expect(doc.metadata.published == nil)
  }

  @Test func joinsHardWrappedLines() throws {
    let doc = try read(
      "The ferry company said that the\nnew boats would arrive in June.\nTickets go on sale: now.\nthat line stays."
    )
    #expect(
      paragraphTexts(doc) == [
        "The ferry company said that the new boats would arrive in June.",
        "Tickets go on sale: now.", "that line stays.",
      ])
  }

  @Test func endsAParagraphAtAnEmptyLineOrAfterALineThatEndsASentence() throws {
    let doc = try read("First point.\n\n  • Second point.\r\nThird point!\nFourth (a \"quote.\")\nFifth.")
    #expect(paragraphTexts(doc) == ["First point.", "• Second point.", "Third point!", "Fourth (a \"quote.\")", "Fifth."])
  }

  @Test func keepsTheLinesOfATableOrAListAsLinesOfOneParagraph() throws {
    let doc = try read(
      "Supply market review\n\nShare of accounts, 31 December:\nNordvolt: 27.4% (29.1%)\nOstra Energi: 14.6% (15.3%)\n\nHighlights\n- Revenue of 12.5 million euros\n- Staff: 410")
    #expect(
      paragraphTexts(doc) == [
        "Supply market review",
        "Share of accounts, 31 December:\nNordvolt: 27.4% (29.1%)\nOstra Energi: 14.6% (15.3%)",
        "Highlights\n- Revenue of 12.5 million euros\n- Staff: 410",
      ])
  }

  @Test func keepsTheTitleApartAndTakesTheDatelineOutOfTheText() throws {
    let doc = try read("Harbour Crane Breaks Record\nMarch 4, 2025\nPORT ELM - The crane lifted 2,400 tonnes.")
    #expect(paragraphTexts(doc) == ["Harbour Crane Breaks Record", "PORT ELM - The crane lifted 2,400 tonnes."])
    #expect(doc.metadata.published?.description == "2025-03-04")
  }

  @Test func readsAHardWrappedFirstLineAsProseNotATitle() throws {
    let doc = try read("The ferry company said that the\nnew boats would arrive in June.\nMore later.")
    #expect(doc.metadata.title == nil)
    #expect(paragraphTexts(doc).first == "The ferry company said that the new boats would arrive in June.")
  }

  @Test func stripsAUTF8ByteOrderMark() throws {
    let doc = try normalizer.normalize(
      plainText: [0xEF, 0xBB, 0xBF] + Array("Dam level at 85%.".utf8), file: "b.txt",
      known: DocumentMetadata())
    #expect(doc.text == "Dam level at 85%.")
  }

  @Test func removesTrailingBoilerplateLikeTheSeedArticles() throws {
    let doc = try read(
      """
      The challenge for the water board is now to finish the 42 km pipeline before the dry season.

      Lena Marsh

      Lena Marsh is a freelance reporter covering rivers and ports.

      Leave a Reply

      Your email address will not be published. Required fields are marked *
      """)
    #expect(
      paragraphTexts(doc) == [
        "The challenge for the water board is now to finish the 42 km pipeline before the dry season."
      ])
  }
}
