import CrosscheckCore
import Testing

@testable import CrosscheckIngest

@Suite struct CharsetTests {
  func read(_ name: String) throws -> Document {
    try normalizer.normalize(RawArticle(file: name, bytes: try Fixture.bytes(name)))
  }

  @Test func readsALatin1LabelAsWindows1252() throws {
    let doc = try read("ferry-latin1.html")
    // 0x93/0x94 are curly quotes in windows-1252 (normalized to '"'), and 0x96 is an en dash.
    #expect(
      doc.text.contains(
        "\"We expect 1,200 passengers a day,\" its director told the café owners - most"))
    #expect(doc.metadata.charset == "windows-1252")
  }

  @Test func honoursADeclaredWindows1251() throws {
    let doc = try read("museum-windows1251.html")
    #expect(doc.text.hasPrefix("Городской музей Самары откроет новый зал 12 апреля."))
    #expect(doc.metadata.title == "Музей")
  }

  @Test func readsUndeclaredValidUTF8AsUTF8() throws {
    let doc = try read("library-undeclared-utf8.html")
    #expect(doc.text.hasPrefix("Die Stadtbücherei Überlingen"))
    #expect(doc.metadata.charset == "UTF-8")
  }

  @Test func guessesWindows1252ForUndeclaredNonUTF8() throws {
    let doc = try read("market-undeclared-latin.html")
    #expect(doc.text.hasPrefix("El mercado de abastos de León abrirá"))
    #expect(doc.metadata.charset == "windows-1252 (guessed)")
  }

  @Test func letsAUTF8ByteOrderMarkWinOverADeclaration() throws {
    let doc = try read("cablecar-bom.html")
    #expect(doc.text.hasPrefix("La funivia di Bolzano riapre dopo 18 mesi di lavori: più cabine"))
    #expect(doc.metadata.charset == "UTF-8 (BOM)")
  }
}
