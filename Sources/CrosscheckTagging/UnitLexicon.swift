import CrosscheckCore

/// Why a unit vocabulary could not be read, with the 1-based line it was found on.
public struct UnitLexiconError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What was wrong with the line.
  public enum Reason: Sendable, Equatable {
    /// A unit line without `:` between the unit name and its forms.
    case missingColon
    /// Nothing before the `:`.
    case emptyUnitName
    /// Nothing after the `:`.
    case noForms(unit: String)
    /// A `[section]` header other than `[money]`, `[percent]` or `[measure]`.
    case unknownSection(String)
    /// The same written form given for two different units.
    case conflictingForm(String, units: [String])
  }

  /// The 1-based line of the units text.
  public var line: Int
  public var reason: Reason

  /// Creates an error for a line of the units text.
  public init(line: Int, reason: Reason) {
    self.line = line
    self.reason = reason
  }

  public var description: String {
    switch reason {
    case .missingColon: "units: line \(line): expected 'unit: form, form, ...'"
    case .emptyUnitName: "units: line \(line): empty unit name before ':'"
    case .noForms(let unit): "units: line \(line): unit '\(unit)' lists no forms"
    case .unknownSection(let name):
      "units: line \(line): unknown section '[\(name)]' (known: money, percent, measure)"
    case .conflictingForm(let form, let units):
      "units: line \(line): form '\(form)' given for both \(units.joined(separator: " and "))"
    }
  }
}

/// The unit vocabulary of the numbers stage: which written forms name which unit.
///
/// The text has one unit a line, `name: form, form, ...`, such as `km: km, kilometres`; `#`
/// starts a comment. Optional section headers `[money]`, `[percent]` and `[measure]` set the
/// kind of the lines below them. Before any header, a unit named `percent` is a percentage,
/// a unit named by three capital letters (an ISO 4217 code such as `USD`) is money, and any
/// other unit is a measure.
///
/// Matching rules: a form of three or more lowercase letters matches in any case ("Percent",
/// "KILOMETRES"); any other form matches exactly ("km", "MW", "$", "US dollars"). A space in a form
/// matches one space. A money form that does not start with a lowercase letter (`$`, `US$`,
/// `EUR`, `Rs`) may also stand before the number.
public struct UnitLexicon: Sendable {
  struct Form: Sendable {
    var bytes: [UInt8]
    var unit: Int
    var foldsCase: Bool
  }

  /// Unit names and kinds, indexed by ``Form/unit``.
  private(set) var names: [String] = []
  private(set) var kinds: [QuantityKind] = []
  /// Forms that may follow a number, by first byte (both cases for case-folding forms),
  /// longest first.
  private var suffixForms: [[Form]] = Array(repeating: [], count: 256)
  /// Money forms that may precede a number, by last byte, longest first.
  private var prefixForms: [[Form]] = Array(repeating: [], count: 256)

  /// Reads a unit vocabulary from the text of a units file.
  public init(parsing text: String) throws(UnitLexiconError) {
    var section: QuantityKind?
    var owner: [String: (unit: String, line: Int)] = [:]
    var lineNumber = 0
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      var line = Substring(rawLine)
      if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
      let trimmed = line.trimmedForUnitLexicon()
      if trimmed.isEmpty { continue }
      if trimmed.hasPrefix("[") && trimmed.hasSuffix("]") {
        let name = String(trimmed.dropFirst().dropLast()).trimmedForUnitLexicon().lowercased()
        switch name {
        case "money": section = .money
        case "percent": section = .percent
        case "measure": section = .measure
        default: throw UnitLexiconError(line: lineNumber, reason: .unknownSection(name))
        }
        continue
      }
      guard let colon = trimmed.firstIndex(of: ":") else {
        throw UnitLexiconError(line: lineNumber, reason: .missingColon)
      }
      let name = String(trimmed[..<colon]).trimmedForUnitLexicon()
      guard !name.isEmpty else { throw UnitLexiconError(line: lineNumber, reason: .emptyUnitName) }
      let forms = trimmed[trimmed.index(after: colon)...].split(separator: ",")
        .map { String($0).trimmedForUnitLexicon() }.filter { !$0.isEmpty }
      guard !forms.isEmpty else {
        throw UnitLexiconError(line: lineNumber, reason: .noForms(unit: name))
      }
      let kind = section ?? Self.defaultKind(ofUnitNamed: name)
      let unit: Int
      if let known = names.firstIndex(of: name) {
        unit = known
      } else {
        unit = names.count
        names.append(name)
        kinds.append(kind)
      }
      for form in forms {
        // Short abbreviations keep their case: "g" is grams, "5G" is a network.
        let foldsCase =
          form.utf8.count >= 3 && form.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || $0 == 32 }
        let key = foldsCase ? form : "=" + form
        if let previous = owner[key], previous.unit != name {
          throw UnitLexiconError(
            line: lineNumber, reason: .conflictingForm(form, units: [previous.unit, name]))
        }
        owner[key] = (name, lineNumber)
        add(Form(bytes: Array(form.utf8), unit: unit, foldsCase: foldsCase), kind: kinds[unit])
      }
    }
    for i in 0..<256 {
      suffixForms[i].sort { $0.bytes.count > $1.bytes.count }
      prefixForms[i].sort { $0.bytes.count > $1.bytes.count }
    }
  }

  private mutating func add(_ form: Form, kind: QuantityKind) {
    guard let first = form.bytes.first, let last = form.bytes.last else { return }
    suffixForms[Int(first)].append(form)
    if form.foldsCase && first >= 97 && first <= 122 {
      suffixForms[Int(first - 32)].append(form)
    }
    if kind == .money && !(first >= 97 && first <= 122) {
      prefixForms[Int(last)].append(form)
    }
  }

  private static func defaultKind(ofUnitNamed name: String) -> QuantityKind {
    if name.lowercased() == "percent" { return .percent }
    if name.utf8.count == 3 && name.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 }) { return .money }
    return .measure
  }

  /// Every unit name, in the order the file first lists them.
  public var unitNames: [String] { names }

  /// The kind of quantity a unit makes (`.money`, `.percent` or `.measure`), if the unit is known.
  public func kind(ofUnit name: String) -> QuantityKind? {
    names.firstIndex(of: name).map { kinds[$0] }
  }

  /// Whether unit number `unit` measures something or is a percentage (not money).
  func isMeasureOrPercent(_ unit: Int) -> Bool { kinds[unit] != .money }

  /// The longest form starting at byte `i` that ends on a word boundary: (unit, end offset).
  func matchAfter(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> (unit: Int, end: Int)? {
    guard i < p.count else { return nil }
    for form in suffixForms[Int(p[i])] {
      let end = i + form.bytes.count
      guard end <= p.count else { continue }
      var same = true
      for k in 0..<form.bytes.count {
        let b = form.bytes[k]
        let t = p[i + k]
        if t != b && !(form.foldsCase && t | 0x20 == b && b >= 97 && b <= 122) {
          same = false
          break
        }
      }
      guard same else { continue }
      if let last = form.bytes.last, NumeralBytes.isAlnum(last), end < p.count,
        NumeralBytes.isAlnum(p[end])
      {
        continue
      }
      return (form.unit, end)
    }
    return nil
  }

  /// The longest money form that ends exactly at byte `end` and starts at or after `floor`:
  /// (unit, start offset).
  func matchBefore(_ p: UnsafeBufferPointer<UInt8>, endingAt end: Int, floor: Int)
    -> (unit: Int, start: Int)?
  {
    guard end > 0, end <= p.count else { return nil }
    for form in prefixForms[Int(p[end - 1])] {
      let start = end - form.bytes.count
      guard start >= floor else { continue }
      var same = true
      for k in 0..<form.bytes.count where p[start + k] != form.bytes[k] {
        same = false
        break
      }
      guard same else { continue }
      if let first = form.bytes.first, NumeralBytes.isAlnum(first), start > 0,
        NumeralBytes.isAlnum(p[start - 1])
      {
        continue
      }
      return (form.unit, start)
    }
    return nil
  }
}

extension StringProtocol {
  fileprivate func trimmedForUnitLexicon() -> String {
    let bytes = Array(utf8)
    var lo = 0
    var hi = bytes.count
    while lo < hi && (bytes[lo] == 32 || bytes[lo] == 9 || bytes[lo] == 13) { lo += 1 }
    while hi > lo && (bytes[hi - 1] == 32 || bytes[hi - 1] == 9 || bytes[hi - 1] == 13) { hi -= 1 }
    return String(decoding: bytes[lo..<hi], as: UTF8.self)
  }
}
