import CrosscheckCore
import Foundation
import Testing

@testable import CrosscheckTagging

/// A fixture with one span marked by `⟦` and `⟧`; `range` is its UTF-8 byte range in `text`.
struct MarkedQuantityText {
  let text: String
  let range: TextRange?

  init(_ marked: String) {
    var bytes: [UInt8] = []
    var start: Int?
    var end: Int?
    let open = Array("⟦".utf8)
    let close = Array("⟧".utf8)
    let source = Array(marked.utf8)
    var k = 0
    while k < source.count {
      if source[k...].starts(with: open) {
        start = bytes.count
        k += open.count
      } else if source[k...].starts(with: close) {
        end = bytes.count
        k += close.count
      } else {
        bytes.append(source[k])
        k += 1
      }
    }
    text = String(decoding: bytes, as: UTF8.self)
    if let start, let end { range = TextRange(start, end) } else { range = nil }
  }
}

/// One expected reading: a marked sentence and the quantity the marked span should give.
struct QuantityExpectation: Sendable, CustomTestStringConvertible {
  let marked: String
  let low: Double?
  let high: Double?
  let modifier: Modifier
  let kind: QuantityKind
  let unit: String?

  var testDescription: String { marked }

  var expected: Quantity? {
    MarkedQuantityText(marked).range.map {
      Quantity(range: $0, low: low, high: high, modifier: modifier, kind: kind, unit: unit)
    }
  }
}

/// A single value: `low == high == value`.
func quantityCase(
  _ marked: String, _ value: Double, _ modifier: Modifier = .exact,
  _ kind: QuantityKind = .cardinal, unit: String? = nil
) -> QuantityExpectation {
  QuantityExpectation(
    marked: marked, low: value, high: value, modifier: modifier, kind: kind, unit: unit)
}

/// An interval or an open side.
func quantityCase(
  _ marked: String, low: Double?, high: Double?, _ modifier: Modifier,
  _ kind: QuantityKind = .cardinal, unit: String? = nil
) -> QuantityExpectation {
  QuantityExpectation(
    marked: marked, low: low, high: high, modifier: modifier, kind: kind, unit: unit)
}

/// The repository's own `Pipelines/lexicons/units.txt`, read once.
let unitsFileLexicon: Result<UnitLexicon, any Error> = Result {
  let testFile = #filePath
  var parts = testFile.split(separator: "/", omittingEmptySubsequences: false)
  parts.removeLast(3)  // QuantityTestSupport.swift, CrosscheckTaggingTests, Tests
  let path = parts.joined(separator: "/") + "/Pipelines/lexicons/units.txt"
  return try UnitLexicon(parsing: try String(contentsOfFile: path, encoding: .utf8))
}

func fileTagger() throws -> QuantityTagger {
  QuantityTagger(units: try unitsFileLexicon.get())
}
