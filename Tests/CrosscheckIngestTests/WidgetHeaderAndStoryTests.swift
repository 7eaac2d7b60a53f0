import CrosscheckCore
import Testing

@testable import CrosscheckIngest

/// The header of a widget (`card-header`) that is not the site's header, an inline caption
/// that is a block of its own, and the story of an endless page found around its headline
/// (``ContentSelector``).
@Suite struct WidgetHeaderAndStoryTests {
  let p1 = """
    The harbour board of Westmere agreed on Monday to dredge the inner basin, so that ferries \
    of up to 120 metres can dock at the old coal quay from next spring.
    """
  let p2 = """
    The work will take eleven weeks and cost 4.2 million euros, of which the regional \
    government pays a third, the board's chair told reporters after the vote.
    """
  let p3 = """
    Fishing boats will use the outer basin while the dredgers work, and the ferry to the \
    islands will leave from the north pier until the quay reopens.
    """
  let lead = """
    Westmere's harbour board will dredge the inner basin of the port this winter, so that the \
    larger ferries to the islands can dock at the old coal quay again, for the first time \
    since the basin silted up in the storms of the winter of 2019.
    """
  let answer = """
    A standing order can be changed at any branch or online, and the change applies from the \
    next payment date if it is made three working days before.
    """

  func read(_ body: String, title: String = "Harbour") throws -> [String] {
    paragraphTexts(try html(body, head: "<title>\(title)</title>"))
  }

  @Test func keepsTheQuestionInACardHeader() throws {
    let text = try read(
      """
      <div class="container"><p>\(p1)</p><p>\(p2)</p>
      <div class="accordion"><div class="card">\
      <div class="card-header"><div class="title">How do I change a standing order?</div></div>\
      <div class="card-body"><p>\(answer)</p></div></div></div></div>
      """)
    #expect(text == [p1, p2, "How do I change a standing order?", answer])
  }

  @Test(arguments: ["site-header", "header", "page-footer"])
  func stillDropsTheSiteHeaderByClass(_ klass: String) throws {
    let text = try read(
      """
      <div class="\(klass)"><div class="title">Westmere Harbour Board newsletter</div></div>
      <div class="container"><p>\(p1)</p><p>\(p2)</p></div>
      """)
    #expect(text == [p1, p2])
  }

  @Test func dropsACaptionSetInlineInsideAParagraph() throws {
    let text = try read(
      """
      <div class="body"><p>\(p1)</p>
      <p>The coal quay at low tide. <span class="caption">Harbour Board / R. Okafor</span></p>
      <p>\(p2)</p></div>
      """)
    #expect(text == [p1, "The coal quay at low tide.", p2])
  }

  @Test func keepsAnInlineSpanWithAnotherClass() throws {
    let text = try read(
      """
      <div class="body"><p>\(p1)</p>
      <p>The coal quay at low tide. <span class="highlight">Harbour Board / R. Okafor</span></p>
      <p>\(p2)</p></div>
      """)
    #expect(text == [p1, "The coal quay at low tide. Harbour Board / R. Okafor", p2])
  }

  @Test func takesTheStoryAroundTheHeadlineOnAnEndlessPage() throws {
    // The headline and a long lead have an element of their own, which is no article (one
    // paragraph); the story is the element around it and the body. A longer second story
    // follows in the same scrolling element and would outweigh it.
    let other = (1...6).map {
      "<p>The second story's paragraph number \($0) is about a new bus line to the airport, "
        + "which the transport board opened on Friday with twelve buses a day.</p>"
    }.joined()
    let text = try read(
      """
      <main><div class="scroll">\
      <div class="story"><div class="head"><h1>Westmere will dredge its inner basin</h1>\
      <p>\(lead)</p></div>\
      <div class="text"><p>\(p1)</p><p>\(p2)</p><p>\(p3)</p></div></div>\
      <article><h2>A new bus line to the airport</h2>\(other)</article>\
      </div></main>
      """, title: "News | Westmere will dredge its inner basin")
    #expect(text == ["Westmere will dredge its inner basin", lead, p1, p2, p3])
  }
}
