import CrosscheckCore

/// Reads publication dates from metadata values and from datelines.
///
/// Formats: ISO `2019-03-02` (with or without a time after it), `2019/03/02`, compact `20070824`,
/// day-first `19/03/2023` or `19.03.2023` (month-first only when the second number cannot be a
/// month, as in `03/19/2023`), and month names: `Jan 10, 2017`, `January 10th 2017`,
/// `10 January 2017`, `Tue, 10 Jan 2017 09:00:00 GMT`, and the same with the month names of
/// ``DateWords`` (`6. August 2009`, `13 juin 2019`, `5 de mayo de 2022`,
/// `3 października 2021`). In datelines, a day-first date with dots may have a two-digit year
/// (`31.10.23`, read as 2023; `10.12.98` as 1998).
enum DateReader {
  /// A date in a metadata value (`<meta content>`, `datetime`, JSON-LD), or `nil`.
  static func date(
    fromValue value: String, words: DateWords = .standard, monthFirst: Bool = false
  ) -> PartialDate? {
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
        // "2022-5-5": one-digit months and days read as a year alone by the strict ISO reader.
        if date.day == nil, let full = dates(in: value, words: words).first?.date,
          full.year == date.year
        {
          return full
        }
        return date
      }
    }
    return dates(in: value, words: words, monthFirst: monthFirst).first?.date
  }

  /// A full date (day, month, year) anywhere in a short piece of text, or `nil`.
  static func dateline(in text: some StringProtocol, words: DateWords = .standard)
    -> PartialDate?
  {
    dates(in: text, words: words, shortYears: true).first?.date
  }

  /// The label a short line without a date is ("Mise en ligne", "Last updated:"), if it is
  /// one: at most four words, ending in a label.
  static func label(ofLine text: some StringProtocol, words: DateWords = .standard)
    -> DateWords.Label?
  {
    guard text.utf8.count <= 40 else { return nil }
    var lineWords: [String] = []
    for (token, _) in tokens(text, words) {
      guard case .word(let w) = token else { return nil }
      lineWords.append(w)
    }
    guard lineWords.count <= 4 else { return nil }
    return words.label(endingNear: lineWords, reach: 1)
  }

  /// A date found in a piece of text, with the label written before it, if any.
  struct Found: Equatable {
    var date: PartialDate
    /// Where the date starts, in UTF-8 bytes from the start of the text.
    var offset: Int
    /// `published` after "Veröffentlicht am", `updated` after "Last updated", else `nil`.
    var label: DateWords.Label?
  }

  private enum Token: Equatable {
    case number(value: Int, digits: Int, separator: UInt8)
    case month(Int)
    case word(String)
  }

  /// Words skipped between the parts of a date: ordinal suffixes, "of", "de", "del".
  private static let fillers: Set<String> = ["st", "nd", "rd", "th", "of", "de", "del"]

  private static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
  private static func isNumber(_ token: Token) -> Bool {
    if case .number = token { return true }
    return false
  }
  private static func isUpper(_ b: UInt8) -> Bool { b >= 65 && b <= 90 }
  private static func isLower(_ b: UInt8) -> Bool { b >= 97 && b <= 122 }
  private static func validYear(_ y: Int) -> Bool { (1900...2100).contains(y) }

  private static func number(_ bytes: [UInt8], _ from: Int, _ count: Int) -> Int {
    var v = 0
    for b in bytes[from..<from + count] { v = v * 10 + Int(b) - 48 }
    return v
  }

  /// A non-ASCII byte that is not part of a no-break space or of general punctuation (dashes,
  /// quotes, thin spaces), which separate words like ASCII punctuation does.
  private static func isLetterLike(_ bytes: [UInt8], _ i: Int) -> Bool {
    let b = bytes[i]
    guard b >= 0x80 else { return false }
    if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { return false }
    if b == 0xA0, i > 0, bytes[i - 1] == 0xC2 { return false }
    if b == 0xE2, i + 1 < bytes.count, bytes[i + 1] == 0x80 { return false }
    if b < 0xC0, i > 0, bytes[i - 1] == 0xE2 { return b != 0x80 }
    if b < 0xC0, i > 1, bytes[i - 2] == 0xE2 { return bytes[i - 1] != 0x80 }
    return true
  }

  /// The tokens of `text` and the byte offset where each starts.
  private static func tokens(_ text: some StringProtocol, _ words: DateWords)
    -> [(token: Token, offset: Int)]
  {
    let bytes = Array(text.utf8)
    var out: [(token: Token, offset: Int)] = []
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      if isDigit(b) {
        let start = i
        while i < bytes.count, isDigit(bytes[i]) { i += 1 }
        let count = i - start
        let value = count <= 9 ? number(bytes, start, count) : -1
        var separator = i < bytes.count ? bytes[i] : 0
        // "26 | 01 | 2022": a bar with spaces around it separates like a slash.
        if separator == 32, i + 2 < bytes.count, bytes[i + 1] == 124, bytes[i + 2] == 32 {
          separator = 124
        }
        out.append((.number(value: value, digits: count, separator: separator), start))
      } else if isUpper(b) || isLower(b) || isLetterLike(bytes, i) {
        let start = i
        i += 1
        // Split camel-case runs such as "READJan" ("6 MINS READJan 10, 2017") into words.
        while i < bytes.count, isUpper(bytes[i]) || isLower(bytes[i]) || isLetterLike(bytes, i) {
          let upperStart =
            isUpper(bytes[i])
            && (isLower(bytes[i - 1])
              || (isUpper(bytes[i - 1]) && i + 1 < bytes.count && isLower(bytes[i + 1])))
          if upperStart && i > start { break }
          i += 1
        }
        let word = String(decoding: bytes[start..<i], as: UTF8.self).lowercased()
        if let month = words.months[word] {
          out.append((.month(month), start))
        } else if !fillers.contains(word) {
          out.append((.word(word), start))
        }
      } else {
        i += 1
      }
    }
    return out
  }

  /// Every full date (day, month, year) in `text`, in order, each with the label before it.
  ///
  /// `shortYears` also reads day-first dates with dots and a two-digit year (`31.10.23`).
  /// `monthFirst` reads `11/01/2023` and `11-01-2023` as November 1 (as pages in American
  /// English write them); dates with dots are always day-first.
  static func dates(
    in text: some StringProtocol, words: DateWords = .standard, shortYears: Bool = false,
    monthFirst: Bool = false
  ) -> [Found] {
    let tokens = tokens(text, words)
    let t = tokens.map(\.token)
    var found: [Found] = []
    var i = 0
    while i < t.count {
      if let (date, length) = date(at: i, t, shortYears: shortYears, monthFirst: monthFirst) {
        // The words right before the date, back to the previous number or month.
        var before: [String] = []
        var j = i - 1
        while j >= 0, case .word(let w) = t[j], before.count < words.longestLabel + 4 {
          before.append(w)
          j -= 1
        }
        found.append(
          Found(
            date: date, offset: tokens[i].offset,
            label: words.label(endingNear: before.reversed())))
        i += length
      } else {
        i += 1
      }
    }
    return found
  }

  /// The date that starts at token `i`, and how many tokens it takes.
  private static func date(at i: Int, _ t: [Token], shortYears: Bool, monthFirst: Bool)
    -> (PartialDate, Int)?
  {
    switch t[i] {
    case .month(let month):
      // Jan 10, 2017
      if i + 2 < t.count, case .number(let d, let dn, _) = t[i + 1], dn <= 2,
        (1...31).contains(d),
        case .number(let y, 4, _) = t[i + 2], validYear(y)
      {
        return (PartialDate(year: y, month: month, day: d), 3)
      }
      // "Feb 182009": a day and a year in adjacent inline elements, read without a space.
      if i + 1 < t.count, case .number(let v, let n, _) = t[i + 1], n == 5 || n == 6,
        validYear(v % 10_000), (1...31).contains(v / 10_000),
        i + 2 == t.count || !isNumber(t[i + 2])
      {
        return (PartialDate(year: v % 10_000, month: month, day: v / 10_000), 2)
      }
    case .number(let a, let an, let sep) where an <= 2 && (1...31).contains(a):
      // 10 January 2017
      if i + 2 < t.count, case .month(let month) = t[i + 1], case .number(let y, 4, _) = t[i + 2],
        validYear(y)
      {
        return (PartialDate(year: y, month: month, day: a), 3)
      }
      // "( Pescara, 14 Gennaio 20 )": a two-digit year after a month name, ending the line.
      if shortYears, i + 3 == t.count, case .month(let month) = t[i + 1],
        case .number(let y, 2, _) = t[i + 2]
      {
        return (PartialDate(year: 2000 + y, month: month, day: a), 3)
      }
      // 19/03/2023, 19.03.2023, 19-03-2023, 19 | 03 | 2023
      if sep == 47 || sep == 46 || sep == 45 || sep == 124, i + 2 < t.count,
        case .number(let b, let bn, let sep2) = t[i + 1], bn <= 2, sep2 == sep,
        case .number(let y, let yn, let sep3) = t[i + 2]
      {
        // "28.09.1912:44" is "28.09.19" and "12:44" run together, not the year 1912.
        if yn == 4, validYear(y), sep3 != 58 {
          if monthFirst, sep != 46, (1...12).contains(a), (1...31).contains(b) {
            return (PartialDate(year: y, month: a, day: b), 3)
          }
          if (1...12).contains(b) { return (PartialDate(year: y, month: b, day: a), 3) }
          if (1...12).contains(a) && (13...31).contains(b) {
            return (PartialDate(year: y, month: a, day: b), 3)
          }
        }
        // 31.10.23, but not a version or an address such as 1.10.23.4.
        if shortYears, yn == 2, sep == 46, (1...12).contains(b) {
          let continues: Bool
          if sep3 == 46, i + 3 < t.count, case .number = t[i + 3] {
            continues = true
          } else {
            continues = false
          }
          if !continues {
            let year = y + 2000 <= 2035 ? y + 2000 : y + 1900
            return (PartialDate(year: year, month: b, day: a), 3)
          }
        }
      }
    case .number(let y, 4, let sep) where sep == 45 || sep == 47 || sep == 46:
      // 2019-03-02
      if validYear(y), i + 2 < t.count, case .number(let m, let mn, let sep2) = t[i + 1], mn <= 2,
        sep2 == sep, (1...12).contains(m), case .number(let d, let dn, _) = t[i + 2], dn <= 2,
        (1...31).contains(d)
      {
        return (PartialDate(year: y, month: m, day: d), 3)
      }
    default:
      break
    }
    return nil
  }
}

extension DateReader {
  /// A date written as path segments of a URL: `/2019/03/02/`, `/2019-03-02-title` or
  /// `/20190302/`.
  static func date(inURLPath url: String) -> PartialDate? {
    let bytes = Array(url.utf8)
    var i = 0
    while i + 9 <= bytes.count {
      defer { i += 1 }
      guard bytes[i] == 47, i + 9 <= bytes.count else { continue }
      // "/20220503/" or "/20220127-title": eight digits that open a segment.
      if (1...8).allSatisfy({ isDigit(bytes[i + $0]) }),
        i + 9 == bytes.count || !isDigit(bytes[i + 9])
      {
        let y = number(bytes, i + 1, 4)
        let m = number(bytes, i + 5, 2)
        let d = number(bytes, i + 7, 2)
        if validYear(y), (1...12).contains(m), (1...31).contains(d) {
          return PartialDate(year: y, month: m, day: d)
        }
      }
      guard i + 11 <= bytes.count else { continue }
      let sep = bytes[i + 5]
      guard sep == 47 || sep == 45, bytes[i + 8] == sep,
        (1...4).allSatisfy({ isDigit(bytes[i + $0]) }), isDigit(bytes[i + 6]),
        isDigit(bytes[i + 7]), isDigit(bytes[i + 9]), isDigit(bytes[i + 10])
      else { continue }
      // The day must end the segment or the number: "/2019/03/02/" or "/2019-03-02-title".
      if i + 11 < bytes.count, isDigit(bytes[i + 11]) { continue }
      let y = number(bytes, i + 1, 4)
      let m = number(bytes, i + 6, 2)
      let d = number(bytes, i + 9, 2)
      if validYear(y), (1...12).contains(m), (1...31).contains(d) {
        return PartialDate(year: y, month: m, day: d)
      }
    }
    return nil
  }
}

extension DateReader {
  /// The hour of a timestamp written in UTC (`2019-03-02T23:10:00Z`, `+00:00`, `+0000`,
  /// `Wed, 04 May 2022 02:41:00 GMT`), or `nil` when it has no time or another offset.
  static func utcHour(inValue value: String) -> (hour: Int, minute: Int, second: Int)? {
    let bytes = Array(value.utf8)
    guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon >= 2, colon + 2 < bytes.count,
      isDigit(bytes[colon - 2]), isDigit(bytes[colon - 1]), isDigit(bytes[colon + 1]),
      isDigit(bytes[colon + 2])
    else { return nil }
    let hour = number(bytes, colon - 2, 2)
    let minute = number(bytes, colon + 1, 2)
    var i = colon + 3
    var second = 0
    if i + 2 < bytes.count, bytes[i] == UInt8(ascii: ":"), isDigit(bytes[i + 1]),
      isDigit(bytes[i + 2])
    {
      second = number(bytes, i + 1, 2)
      i += 3
    }
    while i < bytes.count, bytes[i] == UInt8(ascii: ".") || isDigit(bytes[i]) { i += 1 }
    while i < bytes.count, bytes[i] == 32 { i += 1 }
    guard i < bytes.count, hour < 24, minute < 60 else { return nil }
    let zone = String(decoding: bytes[i...], as: UTF8.self).uppercased()
    let utc = ["Z", "GMT", "UTC", "+00:00", "-00:00", "+0000", "+00"]
    guard utc.contains(where: { zone == $0 }) else { return nil }
    return (hour, minute, second)
  }

  /// The number of days from `a` to `b`, both known to the day; `nil` otherwise.
  static func days(from a: PartialDate, to b: PartialDate) -> Int? {
    guard let am = a.month, let ad = a.day, let bm = b.month, let bd = b.day else { return nil }
    return dayNumber(b.year, bm, bd) - dayNumber(a.year, am, ad)
  }

  /// The date `days` days after `date` (known to the day).
  static func adding(days: Int, to date: PartialDate) -> PartialDate? {
    guard let m = date.month, let d = date.day else { return nil }
    // Civil date from a day count (proleptic Gregorian), the inverse of `dayNumber`.
    let z = dayNumber(date.year, m, d) + days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return PartialDate(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
  }

  /// Days since 1970-01-01.
  private static func dayNumber(_ year: Int, _ month: Int, _ day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }
}

extension DateReader {
  /// Whether a page writes numeric dates month first (`11/01/2023` for November 1).
  ///
  /// The page's own unambiguous dates decide: `11/25/2023` says month first, `25/11/2023` day
  /// first, and the more frequent order wins. Without them, the language does: American English
  /// (`en-US`, `en_US`) is month first, every other language day first.
  static func readsMonthFirst(_ text: [UInt8], languages: [String]) -> Bool {
    var monthFirst = 0
    var dayFirst = 0
    let n = text.count
    var i = 0
    while i < n {
      guard isDigit(text[i]), i == 0 || !(isDigit(text[i - 1]) || text[i - 1] == 47) else {
        i += 1
        continue
      }
      var j = i
      var parts: [Int] = []
      var separator: UInt8 = 0
      while parts.count < 3 {
        let start = j
        while j < n, isDigit(text[j]), j - start < 5 { j += 1 }
        let count = j - start
        guard count > 0 else { break }
        parts.append(number(text, start, count))
        if parts.count == 3 {
          if count != 4 || (j < n && isDigit(text[j])) { parts.removeAll() }
          break
        }
        guard count <= 2, j < n, text[j] == 47 || text[j] == 45,
          separator == 0 || text[j] == separator
        else { break }
        separator = text[j]
        j += 1
      }
      if parts.count == 3, validYear(parts[2]) {
        let (a, b) = (parts[0], parts[1])
        if (13...31).contains(a) && (1...12).contains(b) { dayFirst += 1 }
        if (1...12).contains(a) && (13...31).contains(b) { monthFirst += 1 }
      }
      i = max(j, i + 1)
    }
    if monthFirst != dayFirst { return monthFirst > dayFirst }
    return languages.contains { language in
      let lower = language.lowercased()
      return lower.hasPrefix("en-us") || lower.hasPrefix("en_us")
    }
  }
}

extension PartialDate {
  /// The full date (day, month, year) a short dateline gives, in any format the plain-text
  /// reader reads (`March 3, 2026`, `3 March 2026`, `2026-03-03`, `03.03.26`, month names of
  /// several languages), or `nil`.
  public static func dateline(_ line: some StringProtocol) -> PartialDate? {
    DateReader.dateline(in: line)
  }
}
