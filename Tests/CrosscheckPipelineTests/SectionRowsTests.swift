import CrosscheckCore
import CrosscheckReconcile
import CrosscheckReports
import Foundation
import Testing

/// A section's claims and pairs may be made one at a time as a renderer reads them (the end of a
/// run does so for its largest groups); what the reports say must not change.
@Suite struct SectionRowsTests {
  func view(_ id: String, value: String) -> ReportModel.ClaimView {
    .init(
      id: id, value: value, unit: "employees", time: "2024", year: 2024, timeBasis: "explicit",
      sentence: "Kelvin Tram Works employs \(value) people.", highlight: nil, source: "\(id).html",
      file: "\(id).html", published: nil, publishedBasis: nil, subjectMention: "Kelvin Tram Works",
      subjectBasis: "direct", members: nil, warnings: [], copyOf: nil)
  }

  func pair(_ a: String, _ b: String, _ verdict: Verdict) -> ConflictPair {
    ConflictPair(
      subject: "Kelvin Tram Works", attribute: "workforce", qualifier: nil, a: a, b: b, verdict: verdict,
      reason: "\(a) against \(b)", sameDocument: false)
  }

  func value(claims: [String]) -> ReconciledValue {
    ReconciledValue(
      subject: "Kelvin Tram Works", attribute: "workforce", qualifier: nil, year: 2024,
      value: ClaimValue(low: 410, high: 410, modifier: .exact), unit: "employees", supporting: 2, dissenting: 1,
      confidence: 0.6, claims: claims, supportingClaims: Array(claims.prefix(2)),
      dissentingClaims: Array(claims.dropFirst(2)), members: nil)
  }

  @Test(arguments: [0, 1, 3])
  func encodesRowsMadeOnDemandAsTheSameJSONAsAnArray(count: Int) throws {
    let rows = (0..<count).map { view("c\($0)", value: "\(400 + $0)") }
    let encoder = JSONReport.encoder()
    let lazy = SectionRows(count: count) { rows[$0] }
    #expect(try encoder.encode(lazy) == encoder.encode(rows))
    #expect(try encoder.encode(SectionRows(rows)) == encoder.encode(rows))
    let back = try JSONDecoder().decode(SectionRows<ReportModel.ClaimView>.self, from: encoder.encode(lazy))
    #expect(back.map(\.id) == rows.map(\.id))
  }

  @Test func makesARowEachTimeItIsReadAndNoneBefore() {
    final class Counter: @unchecked Sendable { var made = 0 }
    let counter = Counter()
    let rows = SectionRows(count: 4) { i -> Int in
      counter.made += 1
      return i * 10
    }
    #expect(counter.made == 0)
    #expect(rows.count == 4 && !rows.isEmpty)
    #expect(counter.made == 0)
    #expect(Array(rows) == [0, 10, 20, 30])
    #expect(rows[2] == 20)
    #expect(counter.made == 5)
  }

  /// The section made with views on demand renders the same three reports as the one made from a
  /// dictionary of views, including leaving out a pair and a claim no view is known for.
  @Test func aSectionWithViewsOnDemandRendersAsOneWithEveryViewHeld() throws {
    let known = ["k1": view("k1", value: "410"), "k2": view("k2", value: "410"), "k3": view("k3", value: "395")]
    let values = [value(claims: ["k3", "k1", "gone", "k2"])]
    let pairs = [
      pair("k1", "k3", .compatible), pair("k2", "k3", .contradiction), pair("k1", "gone", .contradiction),
    ]
    let key = ReportModel.GroupKey("Kelvin Tram Works", "workforce", nil)
    let held = ReportModel.section(number: 2, key: key, values: values, pairs: pairs, views: known)
    let madeViews = ViewsMade()
    let onDemand = ReportModel.section(
      number: 2, key: key, values: values, pairs: pairs, knows: { known[$0] != nil },
      view: { id in
        madeViews.add()
        return known[id] ?? .unknown(id)
      })
    #expect(madeViews.count == 0)
    #expect(held.single == onDemand.single)
    #expect(onDemand.section.claims.map(\.id) == ["k1", "k2", "k3"])
    #expect(onDemand.section.pairs.map(\.verdict) == [.contradiction, .compatible])
    #expect(onDemand.section.worstVerdict == .contradiction)
    let encoder = JSONReport.encoder()
    #expect(try encoder.encode(onDemand.section) == encoder.encode(held.section))
    let model = ReportModel(
      pipeline: "default", corpus: "trams",
      summary: .init(
        documents: 3, failed: 0, warnings: 0, sentences: 9, entities: 6, claims: 3, sources: 3, verdicts: [:],
        contradictionsWithinDocuments: 0, implausibleSequences: 0),
      sources: [], problems: [])
    func text(_ render: ((String) -> Void) -> Void) -> String {
      var out = ""
      render { out += $0 }
      return out
    }
    for s in [held.section, onDemand.section] {
      #expect(!text { MarkdownReport(model: model).body(s, to: $0) }.isEmpty)
    }
    #expect(
      text { MarkdownReport(model: model).body(onDemand.section, to: $0) }
        == text { MarkdownReport(model: model).body(held.section, to: $0) })
    #expect(
      text { HTMLReport(model: model).body(onDemand.section, to: $0) }
        == text { HTMLReport(model: model).body(held.section, to: $0) })
    #expect(madeViews.count > 0)
  }
}

/// Counts the views a section made (a class, so the sendable closure can count).
private final class ViewsMade: @unchecked Sendable {
  private(set) var count = 0
  func add() { count += 1 }
}
