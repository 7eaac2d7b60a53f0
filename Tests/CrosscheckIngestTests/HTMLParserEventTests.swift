import Testing

@testable import CrosscheckIngest

/// The walk runs on libxml2's parse events; these pin the places where the events and the
/// document tree differ, so that the page reads as the tree would.
@Suite struct HTMLParserEventTests {
  private func page(_ html: String) throws -> RawPage {
    try #require(HTMLParser.parse(Array(html.utf8), from: 0, encoding: "UTF-8"))
  }

  private func texts(_ p: RawPage) -> [String] {
    p.blocks.map { String(decoding: p.text[$0.range], as: UTF8.self) }
  }

  @Test func readsAPrefixedElementByItsLocalName() throws {
    // `<o:p>` is a paragraph in the tree, so it breaks the text.
    let p = try page("<body><div>Harbour opens<o:p>Ferries run hourly</o:p></div></body>")
    #expect(texts(p) == ["Harbour opens", "Ferries run hourly"])
  }

  @Test func nestsElementsAfterTheRootInsideItWhenTheRootComesFirst() throws {
    let p = try page("<html><body><p>Budget passed</p></body></html><p>Late line</p>")
    let lateOwner = try #require(p.blocks.last?.owner)
    var ancestor = lateOwner
    while p.elements[ancestor].parent != 0 { ancestor = p.elements[ancestor].parent }
    // The late paragraph's outermost element is the first root, which spans it.
    #expect(ancestor == 1)
    #expect(p.elements[1].end == p.elements.count - 1)
  }

  @Test func keepsElementsAfterTheRootBesideItAfterADoctype() throws {
    let p = try page("<!DOCTYPE html><html><body><p>Budget passed</p></body></html><p>Late</p>")
    #expect(p.elements[1].end < p.elements.count - 1)
    #expect(texts(p) == ["Budget passed", "Late"])
  }

  @Test func closesAStartTagCutOffByTheEndOfThePage() throws {
    // The parser drops the unfinished element without an end event; in the tree it is empty,
    // so it names no author, and the paragraph around it still ends.
    let p = try page("<body><p>Quay closed<span itemprop=\"author\" class=\"x\"")
    #expect(p.authors.isEmpty)
    #expect(texts(p) == ["Quay closed"])
    #expect(p.elements.count == 5)
  }

  @Test func gathersAnAuthorsTextAcrossNestedElementsCollapsingSpaces() throws {
    let p = try page("<body><span itemprop=author>Ana <b>de\n  Souza</b></span><p>Text</p></body>")
    #expect(p.authors.map(\.value) == ["Ana de Souza"])
  }

  @Test func findsUntypedJSONLDAfterLongLeadingWhitespace() throws {
    let spaces = String(repeating: " ", count: 1500)
    let p = try page(
      "<head><script>\(spaces){\"@context\": \"https://schema.org\"}</script>"
        + "<script>var a = 1</script></head><body><p>x</p></body>")
    #expect(p.jsonLD.count == 1)
    #expect(p.jsonLD.first?.hasSuffix("\"https://schema.org\"}") == true)
  }

  @Test func takesATimeElementsTextAndTheFirstTitleOnly() throws {
    let p = try page(
      "<head><title>Port  <b>news</b></title><title>Other</title></head>"
        + "<body><time class=\"published\">3 May <i>2021</i></time><p>Body</p></body>")
    #expect(p.titleElement == "Port news")
    #expect(p.times.map(\.value) == ["3 May 2021"])
    #expect(p.times.first?.marking == .published)
  }
}
