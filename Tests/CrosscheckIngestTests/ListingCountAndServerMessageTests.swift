import CrosscheckCore
import Foundation
import Testing

@testable import CrosscheckIngest

/// Lines that are no article text wherever they stand: a listing's count line
/// (``BoilerplatePhrases/isListingCount(_:)``), a server's PHP diagnostics
/// (``ServerMessage/isDiagnostic(_:)``), and the repository lexicon's cookie notices, share and
/// rating prompts, reading times and sign-in notices.
@Suite struct ListingCountAndServerMessageTests {
  static let phrases = BoilerplatePhrases(
    parsing: """
      = #-# of #
      = # bis # von insgesamt #
      = # a # de #
      = # min read
      = no number here
      """)

  func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

  @Test(arguments: [
    "Showing 1-10 of 19 results",
    "Es werden die Teeschalen 1 bis 10 von insgesamt 19 angezeigt!",
    "Mostrando 11 a 20 de 48 bicicletas",
    "4 min read",
  ])
  func dropsACountLine(_ line: String) {
    #expect(Self.phrases.isListingCount(bytes(line)))
  }

  @Test(arguments: [
    // Numbers that decrease are a score or a share, not a count.
    "The harbour team won 3-1 of course, and the ferry ran late again.",
    // Too long for a count line.
    """
    Of the town's 40 bakeries, the guild inspected those numbered 1-10 of 40 last spring and \
    found that most of them had cut the size of their loaves since the autumn.
    """,
    // A number glued to a word is not the template's number.
    "Route A1-10 of 12 closed",
    "Ten minutes of reading a day help children at school.",
  ])
  func keepsLinesThatOnlyLookLikeCounts(_ line: String) {
    #expect(!Self.phrases.isListingCount(bytes(line)))
  }

  @Test func ignoresATemplateWithoutANumber() {
    #expect(Self.phrases.countTemplates.count == 4)
    #expect(!Self.phrases.isListingCount(bytes("no number here 5")))
  }

  @Test(arguments: [
    "Warning: Creating default object from empty value in /srv/www/lib/classes.php on line 407",
    "Strict Standards: Only variables should be passed by reference in /srv/db.php on line 78",
    "Deprecated: Function split() is deprecated in /home/site/index.php on line 12.",
  ])
  func dropsAPHPDiagnostic(_ line: String) {
    #expect(ServerMessage.isDiagnostic(bytes(line)))
  }

  @Test(arguments: [
    "Warning: the bridge over the canal closes on line 4 of the tram network",
    "Warning: storms are expected along the coast until Friday.",
    "The ferry stops at the pier on line 9",
  ])
  func keepsTextThatOnlyLooksLikeADiagnostic(_ line: String) {
    #expect(!ServerMessage.isDiagnostic(bytes(line)))
  }

  @Test func dropsCountLinesAndDiagnosticsFromAPage() throws {
    let reader = ArticleNormalizer(options: IngestOptions(boilerplate: Self.phrases))
    let html = """
      <html><head><title>Tea bowls</title></head><body><article>
      <p>Notice: Undefined index: lang in /var/www/shop/header.php on line 31</p>
      <h1>Tea bowls from the hill kilns</h1>
      <p>The potters of the hill villages fire their bowls in wood kilns twice a year, and each \
      firing takes three days and nights of feeding the fire.</p>
      <p>Es werden die Teeschalen 1 bis 10 von insgesamt 19 angezeigt!</p>
      <p>Each bowl is glazed with ash from the kiln itself, so no two of them come out with the \
      same colour, which is why collectors travel far to buy them.</p>
      </article></body></html>
      """
    let texts = paragraphTexts(try reader.normalize(html: Array(html.utf8), file: "t.html"))
    #expect(texts.contains { $0.hasPrefix("The potters") })
    #expect(texts.contains { $0.hasPrefix("Each bowl") })
    #expect(!texts.contains { $0.contains("header.php") })
    #expect(!texts.contains { $0.contains("von insgesamt") })
  }

  /// The repository's lexicon, as a pipeline loads it.
  static let lexicon: BoilerplatePhrases = {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Pipelines/lexicons/boilerplate.txt")
    return BoilerplatePhrases(parsing: (try? String(contentsOf: file, encoding: .utf8)) ?? "")
  }()

  func dropsAnywhere(_ line: String) -> Bool {
    let b = bytes(TextNormalizer().normalize(paragraphs: [line]).text)
    let l = Self.lexicon
    return l.dropsLine(b) || l.isPrompt(b) || l.isDisclaimer(b) || l.isListingCount(b)
  }

  @Test(arguments: [
    "We use cookies to measure how visitors find the museum's pages.",
    "Informujemy, że korzystamy z cookies.",
    "Möchten Sie den Artikel teilen?",
    "Was this article helpful?",
    "(Noch keine Bewertungen)",
    "Lesezeit: 3 Min.",
    "6 min read",
    "Sie müssen sich einloggen, um einen Kommentar zu schreiben.",
    "weiterlesen 8 Minuten",
    "Showing 1–12 of 30 results",
  ])
  func theLexiconDropsSiteNotices(_ line: String) {
    #expect(dropsAnywhere(line))
  }

  @Test(arguments: [
    "The bakery's cookies sold out within an hour of the market opening.",
    "The council read the report in 12 minutes and then voted on the new cycle lanes.",
    "Kommentieren wollte der Bürgermeister den Plan für den neuen Hafen nicht.",
  ])
  func theLexiconKeepsArticleSentences(_ line: String) {
    #expect(!dropsAnywhere(line))
  }
}
