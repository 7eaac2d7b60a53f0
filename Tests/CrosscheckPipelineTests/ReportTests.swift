import CrosscheckCore
import CrosscheckReconcile
import CrosscheckReports
import Foundation
import Testing

/// Reports built from hand-made documents: two outlets disagree on a company's workforce.
@Suite struct ReportTests {
  /// A document whose one sentence claims `value` workers for Alder Freight in `year`.
  func document(_ id: String, file: String, site: String?, sentence: String, number: String, value: Double, year: Int, basis: String = "explicit") -> Document {
    let text = "Alder Freight news. " + sentence
    let start = "Alder Freight news. ".utf8.count
    let sentenceRange = TextRange(start, text.utf8.count)
    let numberStart = start + (sentence.utf8.split(separator: UInt8(ascii: "|")).first?.count ?? 0)
    let cleanText = text.replacingOccurrences(of: "|", with: "")
    let clean = TextRange(sentenceRange.start, sentenceRange.end - 1)
    let quantity = TextRange(numberStart, numberStart + number.utf8.count)
    var d = Document(
      id: id, file: file, text: cleanText,
      metadata: DocumentMetadata(site: site, published: PartialDate(year: year), publishedBasis: "meta"))
    let claim = Claim(
      id: "\(id)-c", document: id, sentence: clean, span: TextRange(clean.start, quantity.end),
      subject: ClaimSubject(name: "Alder Freight", mention: "Alder Freight", type: .organization, basis: "direct"),
      attribute: "workforce", value: ClaimValue(low: value, high: value, modifier: .exact), unit: "people",
      time: TimeScope(year: year, basis: basis))
    d.record(Annotations(quantities: [Quantity(range: quantity, low: value, high: value)], claims: [claim]))
    return d
  }

  func model() -> ReportModel {
    let documents = [
      document(
        "d1", file: #"evil"><img src=x onerror=alert(1)>.html"#, site: "<b>Coast Daily</b>",
        sentence: "In 2022 Alder Freight employed |1,200 workers <script>alert('x')</script>.", number: "1,200",
        value: 1200, year: 2022),
      document(
        "d2", file: "harbor.txt", site: "Harbor Times", sentence: "In 2022 Alder Freight employed |1,900 workers.",
        number: "1,900", value: 1900, year: 2022),
    ]
    let claims = documents.flatMap(\.claims)
    let (conflicts, reconciled) = NumericReconciler(fixedAttributes: []).reconcile(
      claims, context: ReconcileContext(documents: documents))
    let summary = RunSummary(
      documents: 2, failed: 0, warnings: 0, sentences: 2, entities: 0, claims: 2, verdicts: ["contradiction": 1])
    return ReportModel(
      pipeline: "test", corpus: "inline", summary: summary, documents: documents, conflicts: conflicts,
      reconciled: reconciled, problems: [Problem(file: "<bad>.html", stage: "ingest", severity: .error, error: "empty")])
  }

  @Test func escapesArticleTextSoAScriptInAnArticleCannotRun() {
    let html = HTMLReport(model: model()).render()
    #expect(!html.contains("<script>alert"))
    #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
    #expect(!html.contains("<img"))
    #expect(!html.contains("<b>Coast Daily</b>"))
    #expect(!html.contains("<bad>"))
    #expect(html.components(separatedBy: "<script>").count == 2)
  }

  @Test func needsNothingFromTheNetwork() {
    let html = HTMLReport(model: model()).render()
    for outside in ["http://", "https://", "<link", "@import", "url("] { #expect(!html.contains(outside)) }
    #expect(html.contains("<meta name=\"viewport\""))
  }

  @Test func highlightsTheNumberInBothQuotedSentences() {
    let html = HTMLReport(model: model()).render()
    #expect(html.contains("<mark>1,200</mark>"))
    #expect(html.contains("<mark>1,900</mark>"))
    let markdown = MarkdownReport(model: model()).render()
    #expect(markdown.contains("employed **1,900** workers"))
  }

  @Test func givesEachPairItsVerdictClassForFiltering() {
    let html = HTMLReport(model: model()).render()
    #expect(html.contains("<article class=\"pair v-contradiction\" data-verdict=\"contradiction\">"))
    #expect(html.contains("value=\"time_explained\" checked"))
  }

  @Test func writesTheSameContentAsJSONForMachines() throws {
    let json = try JSONReport.render(model())
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let sections = try #require(object["sections"] as? [[String: Any]])
    #expect(sections.count == 1)
    let pair = try #require((sections.first?["pairs"] as? [[String: Any]])?.first)
    #expect(pair["verdict"] as? String == "contradiction")
    #expect(pair["severity_level"] as? String == "large")
    let sources = try #require(object["sources"] as? [[String: Any]])
    #expect(sources.compactMap { $0["name"] as? String } == ["<b>Coast Daily</b>", "Harbor Times"])
    #expect(try JSONReport.render(model()) == json)
  }

  @Test func saysWhenAnArticleContradictsItself() {
    var one = document(
      "d1", file: "a.txt", site: nil, sentence: "In 2022 Alder Freight employed |1,200 workers.", number: "1,200",
      value: 1200, year: 2022)
    var second = one.claims[0]
    second.id = "d1-d"
    second.value = ClaimValue(low: 1500, high: 1500, modifier: .exact)
    one.record(Annotations(claims: one.claims + [second]))
    let (conflicts, reconciled) = NumericReconciler(fixedAttributes: []).reconcile(
      one.claims, context: ReconcileContext(documents: [one]))
    let summary = RunSummary(documents: 1, failed: 0, warnings: 0, sentences: 1, entities: 0, claims: 2, verdicts: [:])
    let model = ReportModel(
      pipeline: "t", corpus: "c", summary: summary, documents: [one], conflicts: conflicts, reconciled: reconciled,
      problems: [])
    #expect(model.summary.contradictionsWithinDocuments == 1)
    let markdown = MarkdownReport(model: model).render()
    #expect(markdown.contains("which disagrees with itself"))
  }
}
