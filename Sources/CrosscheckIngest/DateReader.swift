import CrosscheckCore

/// Reads publication dates from metadata values and from datelines.
///
/// Formats: ISO `2019-03-02` (with or without a time after it), `2019/03/02`, compact `20070824`,
/// day-first `19/03/2023` or `19.03.2023` (month-first only when the second number cannot be a
/// month, as in `03/19/2023`), and English month names: `Jan 10, 2017`, `January 10th 2017`,
/// `10 January 2017`, `Tue, 10 Jan 2017 09:00:00 GMT`.
enum DateReader {
  /// A date in a metadata value (`<meta content>`, `datetime`, JSON-LD), or `nil`.
  static func date(fromValue value: String) -> PartialDate? {
    let bytes = Array(value.utf8.drop(while: { ByteChecks.isASCIIWhitespace($0) }))
    var digits = 0
    while digits < bytes.count, isDigit(bytes[digits]) { digits += 1 }
    if digits == 8 {
      let y = number(bytes, 0, 4)
      let m = number(bytes, 4, 2)
      let d = number(bytes, 6, 2)
      if validYear(y), (1...12).contains(m), (1...31).contains(d) {
        return PartialDate(year: y, month: m, day: d)
      }
    }
    if digits == 4, bytes.count == 4 || bytes[4] == 45 || bytes[4] == 47 || bytes[4] == 46 {
      var iso = bytes
      for i in iso.indices where iso[i] == 47 || iso[i] == 46 { iso[i] = 45 }
      if let date = PartialDate(iso: String(decoding: iso, as: UTF8.self)), validYear(date.year) {
        return date
      }
    }
    return firstDate(in: value)
  }

  /// A full date (day, month, year) anywhere in a short piece of text, or `nil`.
  static func dateline(in text: some StringProtocol) -> PartialDate? {
    firstDate(in: text)
  }

  private enum Token: Equatable {
    case number(value: Int, digits: Int, separator: UInt8)
    case month(Int)
    case word
  }

  private static let months: [String: Int] = [
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9,
    "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12,
    "december": 12,
  ]
  /// Words skipped between the parts of a date: ordinal suffixes and "of".
  private static let fillers: Set<String> = ["st", "nd", "rd", "th", "of"]

  private static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
  private static func isUpper(_ b: UInt8) -> Bool { b >= 65 && b <= 90 }
  private static func isLower(_ b: UInt8) -> Bool { b >= 97 && b <= 122 }
  private static func validYear(_ y: Int) -> Bool { (1900...2100).contains(y) }

  private static func number(_ bytes: [UInt8], _ from: Int, _ count: Int) -> Int {
    var v = 0
    for b in bytes[from..<from + count] { v = v * 10 + Int(b) - 48 }
    return v
  }

  private static func tokens(_ text: some StringProtocol) -> [Token] {
    let bytes = Array(text.utf8)
    var out: [Token] = []
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      if isDigit(b) {
        let start = i
        while i < bytes.count, isDigit(bytes[i]) { i += 1 }
        let count = i - start
        let value = count <= 9 ? number(bytes, start, count) : -1
        out.append(.number(value: value, digits: count, separator: i < bytes.count ? bytes[i] : 0))
      } else if isUpper(b) || isLower(b) {
        let start = i
        i += 1
        // Split camel-case runs such as "READJan" ("6 MINS READJan 10, 2017") into words.
        while i < bytes.count, isUpper(bytes[i]) || isLower(bytes[i]) {
          let upperStart =
            isUpper(bytes[i])
            && (isLower(bytes[i - 1])
              || (isUpper(bytes[i - 1]) && i + 1 < bytes.count && isLower(bytes[i + 1])))
          if upperStart && i > start { break }
          i += 1
        }
        let word = String(decoding: bytes[start..<i], as: UTF8.self).lowercased()
        if let month = months[word] {
          out.append(.month(month))
        } else if !fillers.contains(word) {
          out.append(.word)
        }
      } else {
        i += 1
      }
    }
    return out
  }

  private static func firstDate(in text: some StringProtocol) -> PartialDate? {
    let t = tokens(text)
    var i = 0
    while i < t.count {
      defer { i += 1 }
      switch t[i] {
      case .month(let month):
        // Jan 10, 2017
        if i + 2 < t.count, case .number(let d, let dn, _) = t[i + 1], dn <= 2,
          (1...31).contains(d),
          case .number(let y, 4, _) = t[i + 2], validYear(y)
        {
          return PartialDate(year: y, month: month, day: d)
        }
      case .number(let a, let an, let sep) where an <= 2 && (1...31).contains(a):
        // 10 January 2017
        if i + 2 < t.count, case .month(let month) = t[i + 1], case .number(let y, 4, _) = t[i + 2],
          validYear(y)
        {
          return PartialDate(year: y, month: month, day: a)
        }
        // 19/03/2023, 19.03.2023, 19-03-2023
        if sep == 47 || sep == 46 || sep == 45, i + 2 < t.count,
          case .number(let b, let bn, let sep2) = t[i + 1], bn <= 2, sep2 == sep,
          case .number(let y, 4, _) = t[i + 2], validYear(y)
        {
          if (1...12).contains(b) { return PartialDate(year: y, month: b, day: a) }
          if (1...12).contains(a) && (13...31).contains(b) {
            return PartialDate(year: y, month: a, day: b)
          }
        }
      case .number(let y, 4, let sep) where sep == 45 || sep == 47 || sep == 46:
        // 2019-03-02
        if validYear(y), i + 2 < t.count, case .number(let m, let mn, let sep2) = t[i + 1], mn <= 2,
          sep2 == sep, (1...12).contains(m), case .number(let d, let dn, _) = t[i + 2], dn <= 2,
          (1...31).contains(d)
        {
          return PartialDate(year: y, month: m, day: d)
        }
      default:
        break
      }
    }
    return nil
  }
}
