import CrosscheckCore
import Testing

@testable import CrosscheckIngest

@Suite struct HTMLBodyTests {
  let doc: Document

  init() throws {
    doc = try normalizer.normalize(
      RawArticle(file: "pages/city-council.html", bytes: try Fixture.bytes("city-council.html")))
  }

  @Test func keepsTheArticleParagraphsInOrder() {
    let paragraphs = paragraphTexts(doc)
    #expect(paragraphs.first == "Riverton approves a 14 km tram line")
    #expect(
      paragraphs.contains { $0.hasPrefix("The city council of Riverton voted 31 to 9 on Monday") })
    #expect(
      paragraphs.last
        == "Work on the first section is due to start next spring, the mayor's office said.")
  }

  @Test func joinsInlineTextAsRendered() {
    #expect(doc.text.contains("argued that the harbour route would disrupt the weekly market"))
    #expect(doc.text.contains("linking the harbour district"))
  }

  @Test(arguments: [
    "cookies", "Weather today", "Sport", "Bus fares rise again", "Finally!", "waste of 412",
    "987654321", "123456", "All rights reserved", "Most read", "baby pandas", "By Maria",
  ])
  func dropsChromeCommentsScriptsAndLinkLists(_ boilerplate: String) {
    #expect(!doc.text.contains(boilerplate))
  }

  @Test func splitsBlocksIntoParagraphs() throws {
    let html = "<p>One line<br>Two line</p><div>Three <span>four</span><div>Five</div></div>"
    let doc = try CrosscheckIngestTests.html(html)
    #expect(paragraphTexts(doc) == ["One line", "Two line", "Three four", "Five"])
  }

  @Test func dropsHiddenElements() throws {
    let doc = try CrosscheckIngestTests.html(
      """
      <p>The reservoir holds 3 million cubic metres of water.</p>
      <p hidden>Hidden one</p><div aria-hidden="true">Hidden two</div>
      <div style="display: none">Hidden three</div>
      """)
    #expect(doc.text == "The reservoir holds 3 million cubic metres of water.")
  }

  @Test func prefersTheElementHoldingMostParagraphText() throws {
    let long = String(
      repeating: "The orchard grows apples, pears and plums on 12 hectares. ", count: 4)
    let doc = try CrosscheckIngestTests.html(
      """
      <div class="top"><p>Short teaser about something else entirely.</p></div>
      <div class="story"><p>\(long)</p><p>\(long)</p><p>\(long)</p></div>
      """)
    #expect(!doc.text.contains("teaser"))
    #expect(doc.paragraphs.count == 3)
  }

  @Test func keepsAWholePageWrappedInOneForm() throws {
    let doc = try CrosscheckIngestTests.html(
      "<form id=\"aspnetForm\"><p>The ice rink opens on 1 December with 600 skates to rent.</p></form>"
    )
    #expect(doc.text == "The ice rink opens on 1 December with 600 skates to rent.")
  }

  @Test func walksPagesNestedDeeperThan256Elements() throws {
    let depth = 600
    let body =
      String(repeating: "<div>", count: depth) + "Deep text about a 5 km canal."
      + String(repeating: "</div>", count: depth)
    let doc = try CrosscheckIngestTests.html(body)
    #expect(doc.text == "Deep text about a 5 km canal.")
  }

  @Test func removesTrailingBoilerplateButNotTheLastParagraph() throws {
    let doc = try CrosscheckIngestTests.html(
      """
      <div><p>The library lends 5,000 books a month to readers in the valley towns.</p>
      <p>It will stay open late on Thursdays from next month on.</p>
      <p>Photo: Town archive</p><p>Share this</p></div>
      """)
    #expect(paragraphTexts(doc).last == "It will stay open late on Thursdays from next month on.")
  }
}
