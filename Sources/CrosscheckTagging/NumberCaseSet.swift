import CrosscheckCore

/// Why a numbers case file could not be read, with the 1-based line it was found on.
public struct NumberCaseError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The 1-based line of the case text.
  public var line: Int
  /// What was wrong, in words.
  public var reason: String

  /// Creates an error for a line of the case text.
  public init(line: Int, reason: String) {
    self.line = line
    self.reason = reason
  }

  public var description: String { "numbers cases: line \(line): \(reason)" }
}

/// One quantity a case expects: where it is and how it should be read.
public struct ExpectedQuantity: Sendable, Equatable {
  /// The marked span, as UTF-8 byte offsets into ``NumberCase/text``.
  public var range: TextRange
  public var low: Double?
  public var high: Double?
  public var modifier: Modifier
  public var kind: QuantityKind
  public var unit: String?

  /// Creates an expectation.
  public init(
    range: TextRange, low: Double?, high: Double?, modifier: Modifier, kind: QuantityKind,
    unit: String?
  ) {
    self.range = range
    self.low = low
    self.high = high
    self.modifier = modifier
    self.kind = kind
    self.unit = unit
  }
}

/// One benchmark sentence for the numbers stage, with the quantities it should give.
public struct NumberCase: Sendable, Equatable {
  /// The family the case tests, such as `digits` or `dates`.
  public var family: String
  /// The text without its `⟦⟧` marks.
  public var text: String
  /// The marked quantities, in text order.
  public var expected: [ExpectedQuantity]
  /// The year the case's document was published, for "last year" and "16 years ago".
  public var publishedYear: Int?
  /// The 1-based line of the case file.
  public var line: Int
}

/// How many quantities a tagger got right, and the precision, recall and F1 that follow.
public struct NumberCounts: Sendable, Equatable {
  public var truePositives = 0
  public var falsePositives = 0
  public var falseNegatives = 0

  /// Creates counts (all zero by default).
  public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
    self.truePositives = truePositives
    self.falsePositives = falsePositives
    self.falseNegatives = falseNegatives
  }

  /// Found and right over found; 1 when nothing was found.
  public var precision: Double {
    let found = truePositives + falsePositives
    return found == 0 ? 1 : Double(truePositives) / Double(found)
  }

  /// Found and right over expected; 1 when nothing was expected.
  public var recall: Double {
    let expected = truePositives + falseNegatives
    return expected == 0 ? 1 : Double(truePositives) / Double(expected)
  }

  /// The harmonic mean of precision and recall.
  public var f1: Double {
    let p = precision
    let r = recall
    return p + r == 0 ? 0 : 2 * p * r / (p + r)
  }

  static func += (lhs: inout NumberCounts, rhs: NumberCounts) {
    lhs.truePositives += rhs.truePositives
    lhs.falsePositives += rhs.falsePositives
    lhs.falseNegatives += rhs.falseNegatives
  }
}

/// One case the tagger did not read exactly as expected.
public struct NumberCaseFailure: Sendable, Equatable {
  public var family: String
  public var line: Int
  public var text: String
  /// The expected quantities the tagger missed or misread, as `span = reading`.
  public var missed: [String]
  /// The quantities the tagger found that no expectation matches, as `span = reading`.
  public var spurious: [String]
}

/// The score of a tagger on a case set: strict (span and value) and full (span, value,
/// modifier, kind and unit), per family and overall.
public struct NumberScore: Sendable {
  /// Strict counts by family: a found quantity is right when its span and its low and high
  /// values equal an expected one.
  public var perFamily: [(family: String, counts: NumberCounts)]
  /// Strict counts over all families.
  public var overall: NumberCounts
  /// Full counts by family: modifier, kind and unit must also be right.
  public var perFamilyFull: [(family: String, counts: NumberCounts)]
  /// Full counts over all families.
  public var overallFull: NumberCounts
  /// The cases that were not read exactly (full match), in file order.
  public var failures: [NumberCaseFailure]

  /// A plain-text table of precision, recall and F1 per family, then the overall line.
  public var summary: String {
    func pct(_ x: Double) -> String {
      let tenths = Int((x * 1000).rounded())
      return "\(tenths / 10).\(tenths % 10)"
    }
    func pad(_ s: String, _ width: Int) -> String {
      s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }
    var lines = [
      pad("family", 12) + pad("expected", 10) + pad("P", 7) + pad("R", 7) + pad("F1", 7)
        + "full F1"
    ]
    let full = Dictionary(uniqueKeysWithValues: perFamilyFull.map { ($0.family, $0.counts) })
    for (family, c) in perFamily + [("overall", overall)] {
      let f = family == "overall" ? overallFull : full[family] ?? NumberCounts()
      lines.append(
        pad(family, 12) + pad(String(c.truePositives + c.falseNegatives), 10)
          + pad(pct(c.precision), 7) + pad(pct(c.recall), 7) + pad(pct(c.f1), 7) + pct(f.f1))
    }
    return lines.joined(separator: "\n")
  }
}

/// A benchmark of hand-written sentences for the numbers stage, read from a case file.
///
/// The file has one case a line, `family<TAB>text<TAB>expectations[<TAB>published=YYYY]`; blank
/// lines and lines starting with `#` are skipped. The text marks each expected quantity with
/// `⟦` and `⟧`. The expectations, one per mark in order, are separated by ` ; `; each is a value
/// (`42`, `-3.5`, `2/3`) or an interval (`17000..22000`, `30..`, `..100`), then optional words: a
/// kind (`cardinal`, `ordinal`, `year`, `percent`, `money`, `measure`; default `cardinal`), a
/// modifier (`exact`, `about`, `nearly`, `more_than`, `at_least`, `less_than`, `at_most`,
/// `range`; default `exact` for one value and `range` for an interval; an open interval must
/// name its modifier), and last `unit=` with the rest of the expectation as the unit
/// (`unit=percentage point`). A case without marks expects no quantity at all.
public struct NumberCaseSet: Sendable {
  /// Reads the cases of a case file's text.
  public static func load(text: String) throws(NumberCaseError) -> [NumberCase] {
    var cases: [NumberCase] = []
    var lineNumber = 0
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
      if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
      let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard columns.count >= 2 else {
        throw NumberCaseError(line: lineNumber, reason: "expected family<TAB>text<TAB>values")
      }
      let family = columns[0].trimmingSpaces()
      guard !family.isEmpty else {
        throw NumberCaseError(line: lineNumber, reason: "empty family")
      }
      let (text, ranges) = unmark(String(columns[1]))
      guard let ranges else {
        throw NumberCaseError(line: lineNumber, reason: "unbalanced ⟦ ⟧ marks")
      }
      let values = columns.count > 2 ? columns[2].trimmingSpaces() : ""
      let parts =
        values.isEmpty || values == "-"
        ? [] : values.split(separator: ";").map { $0.trimmingSpaces() }
      guard parts.count == ranges.count else {
        throw NumberCaseError(
          line: lineNumber,
          reason: "\(ranges.count) marked span(s) but \(parts.count) expectation(s)")
      }
      var expected: [ExpectedQuantity] = []
      for (range, part) in zip(ranges, parts) {
        do throws(NumberCaseError) {
          expected.append(try expectation(part, range: range))
        } catch {
          throw NumberCaseError(line: lineNumber, reason: error.reason)
        }
      }
      var published: Int?
      for extra in columns.dropFirst(3) {
        let field = extra.trimmingSpaces()
        guard field.hasPrefix("published="), let year = Int(field.dropFirst(10)) else {
          throw NumberCaseError(line: lineNumber, reason: "unknown field '\(field)'")
        }
        published = year
      }
      cases.append(
        NumberCase(
          family: family, text: text, expected: expected, publishedYear: published,
          line: lineNumber))
    }
    return cases
  }

  /// Runs a tagger on every case and counts what it got right, per family and overall.
  public static func score(tagger: QuantityTagger, cases: [NumberCase]) -> NumberScore {
    var strict: [String: NumberCounts] = [:]
    var full: [String: NumberCounts] = [:]
    var order: [String] = []
    var failures: [NumberCaseFailure] = []
    for c in cases {
      if strict[c.family] == nil {
        order.append(c.family)
        strict[c.family] = NumberCounts()
        full[c.family] = NumberCounts()
      }
      let found = tagger.quantities(in: c.text, publishedYear: c.publishedYear)
      var strictCounts = NumberCounts()
      var fullCounts = NumberCounts()
      var usedStrict = Set<Int>()
      var usedFull = Set<Int>()
      var missed: [String] = []
      for e in c.expected {
        if let k = found.indices.first(where: {
          !usedStrict.contains($0) && sameValue(found[$0], e)
        }) {
          usedStrict.insert(k)
          strictCounts.truePositives += 1
        } else {
          strictCounts.falseNegatives += 1
        }
        if let k = found.indices.first(where: {
          !usedFull.contains($0) && sameValue(found[$0], e) && sameReading(found[$0], e)
        }) {
          usedFull.insert(k)
          fullCounts.truePositives += 1
        } else {
          fullCounts.falseNegatives += 1
          missed.append(describe(c.text, e.range, e.low, e.high, e.modifier, e.kind, e.unit))
        }
      }
      strictCounts.falsePositives = found.count - usedStrict.count
      fullCounts.falsePositives = found.count - usedFull.count
      strict[c.family, default: NumberCounts()] += strictCounts
      full[c.family, default: NumberCounts()] += fullCounts
      let spurious = found.indices.filter { !usedFull.contains($0) }.map { k in
        let q = found[k]
        return describe(c.text, q.range, q.low, q.high, q.modifier, q.kind, q.unit)
      }
      if !missed.isEmpty || !spurious.isEmpty {
        failures.append(
          NumberCaseFailure(
            family: c.family, line: c.line, text: c.text, missed: missed, spurious: spurious))
      }
    }
    var overall = NumberCounts()
    var overallFull = NumberCounts()
    for family in order {
      overall += strict[family] ?? NumberCounts()
      overallFull += full[family] ?? NumberCounts()
    }
    return NumberScore(
      perFamily: order.map { ($0, strict[$0] ?? NumberCounts()) }, overall: overall,
      perFamilyFull: order.map { ($0, full[$0] ?? NumberCounts()) }, overallFull: overallFull,
      failures: failures)
  }

  // MARK: - Matching

  private static func close(_ a: Double?, _ b: Double?) -> Bool {
    switch (a, b) {
    case (nil, nil): return true
    case (let x?, let y?): return abs(x - y) <= 1e-6 * max(1, abs(x), abs(y))
    default: return false
    }
  }

  private static func sameValue(_ q: Quantity, _ e: ExpectedQuantity) -> Bool {
    q.range == e.range && close(q.low, e.low) && close(q.high, e.high)
  }

  private static func sameReading(_ q: Quantity, _ e: ExpectedQuantity) -> Bool {
    q.modifier == e.modifier && q.kind == e.kind && q.unit == e.unit
  }

  private static func describe(
    _ text: String, _ range: TextRange, _ low: Double?, _ high: Double?, _ modifier: Modifier,
    _ kind: QuantityKind, _ unit: String?
  ) -> String {
    func number(_ x: Double?) -> String {
      guard let x else { return "" }
      return x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
    }
    let value = low == high ? number(low) : number(low) + ".." + number(high)
    let span = range.end <= text.utf8.count ? String(text.slice(range)) : "?"
    return "'\(span)' = \(value) \(kind.rawValue) \(modifier.rawValue)"
      + (unit.map { " unit=\($0)" } ?? "")
  }

  // MARK: - Parsing

  /// The text without marks and the marked ranges, or `nil` ranges when marks do not pair up.
  private static func unmark(_ marked: String) -> (String, [TextRange]?) {
    var bytes: [UInt8] = []
    var ranges: [TextRange] = []
    var open: Int?
    let source = Array(marked.utf8)
    let opening: [UInt8] = [0xE2, 0x9F, 0xA6]
    let closing: [UInt8] = [0xE2, 0x9F, 0xA7]
    var k = 0
    var balanced = true
    while k < source.count {
      if source[k...].starts(with: opening) {
        if open != nil { balanced = false }
        open = bytes.count
        k += 3
      } else if source[k...].starts(with: closing) {
        if let start = open {
          ranges.append(TextRange(start, bytes.count))
        } else {
          balanced = false
        }
        open = nil
        k += 3
      } else {
        bytes.append(source[k])
        k += 1
      }
    }
    if open != nil { balanced = false }
    return (String(decoding: bytes, as: UTF8.self), balanced ? ranges : nil)
  }

  private static func number(_ s: Substring) -> Double? {
    if let slash = s.firstIndex(of: "/") {
      guard let a = Double(s[..<slash]), let b = Double(s[s.index(after: slash)...]), b != 0 else {
        return nil
      }
      return a / b
    }
    return Double(s)
  }

  private static func expectation(_ part: String, range: TextRange) throws(NumberCaseError)
    -> ExpectedQuantity
  {
    var rest = Substring(part)
    var unit: String?
    if let u = rest.firstRange(of: "unit=") {
      unit = String(rest[u.upperBound...]).trimmingSpaces()
      rest = rest[..<u.lowerBound]
    }
    let words = rest.split(separator: " ")
    guard let value = words.first else {
      throw NumberCaseError(line: 0, reason: "empty expectation")
    }
    var low: Double?
    var high: Double?
    var interval = false
    if let dots = value.firstRange(of: "..") {
      interval = true
      let a = value[..<dots.lowerBound]
      let b = value[dots.upperBound...]
      low = a.isEmpty ? nil : number(a)
      high = b.isEmpty ? nil : number(b)
      if (!a.isEmpty && low == nil) || (!b.isEmpty && high == nil) || (a.isEmpty && b.isEmpty) {
        throw NumberCaseError(line: 0, reason: "cannot read interval '\(value)'")
      }
    } else {
      guard let v = number(value) else {
        throw NumberCaseError(line: 0, reason: "cannot read value '\(value)'")
      }
      low = v
      high = v
    }
    var kind = QuantityKind.cardinal
    var modifier: Modifier?
    for word in words.dropFirst() {
      if let k = QuantityKind(rawValue: String(word)) {
        kind = k
      } else if let m = Modifier(rawValue: String(word)) {
        modifier = m
      } else {
        throw NumberCaseError(line: 0, reason: "unknown word '\(word)' in expectation")
      }
    }
    if modifier == nil {
      guard low != nil && high != nil else {
        throw NumberCaseError(line: 0, reason: "open interval '\(value)' needs a modifier")
      }
      modifier = interval ? .range : .exact
    }
    return ExpectedQuantity(
      range: range, low: low, high: high, modifier: modifier ?? .exact, kind: kind, unit: unit)
  }
}

extension StringProtocol {
  fileprivate func trimmingSpaces() -> String {
    var s = Substring(self)
    while let f = s.first, f == " " || f == "\t" || f == "\r" { s = s.dropFirst() }
    while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
    return String(s)
  }
}
