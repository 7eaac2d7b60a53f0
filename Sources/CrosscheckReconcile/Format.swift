import CrosscheckCore

/// Values, times and attributes in words, for reasons and reports.
public enum Format {
  /// 25000 → "25,000"; 2.5 → "2.5". Years are written without separators.
  public static func number(_ x: Double, grouping: Bool = true) -> String {
    if x == x.rounded(), abs(x) < 1e15 {
      let n = Int(x)
      guard grouping, abs(n) >= 10_000 || (abs(n) >= 1000 && !(1000...2100).contains(n)) else { return String(n) }
      var digits = Array(String(abs(n)))
      var out: [Character] = []
      while digits.count > 3 {
        out = [","] + Array(digits.suffix(3)) + out
        digits.removeLast(3)
      }
      return (n < 0 ? "-" : "") + String(digits + out)
    }
    var s = String((x * 100).rounded() / 100)
    if s.hasSuffix(".0") { s.removeLast(2) }
    return s
  }

  /// "about 25,000", "17,000-22,000", "more than 20".
  public static func value(_ v: ClaimValue) -> String {
    let low = v.low.map { number($0) } ?? "?"
    let high = v.high.map { number($0) } ?? "?"
    switch v.modifier {
    case .exact: return low
    case .about: return "about \(low)"
    case .nearly: return "nearly \(low)"
    case .moreThan: return "more than \(low)"
    case .atLeast: return "at least \(low)"
    case .lessThan: return "fewer than \(high)"
    case .atMost: return "up to \(high)"
    case .range: return "\(low)-\(high)"
    }
  }

  /// "2020 (stated)", "2016 (estimated publication date)".
  public static func time(_ t: TimeScope) -> String {
    guard let year = t.year else { return "an unknown time" }
    switch t.basis {
    case "explicit": return "\(year) (stated in the sentence)"
    case "context": return "\(year) (from the sentence before)"
    case "published": return "\(year) (publication date)"
    case "estimate": return "\(year) (estimated publication date)"
    default: return "\(year) (\(t.basis))"
    }
  }

  public static func percent(_ x: Double) -> String { "\(number((x * 1000).rounded() / 10))%" }

  /// "member_count" → "member count".
  public static func attribute(_ name: String) -> String { String(name.map { $0 == "_" ? " " : $0 }) }
}
