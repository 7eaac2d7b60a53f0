import CrosscheckCore

/// Dates, relative years, times of day and identifiers: the digits that are no counts.
extension QuantityScanner {
  static let monthNames = PackedWordSet([
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
  ])

  /// Whether `s..<e` is a capitalized month name or abbreviation ("May", "Dec").
  func isMonth(_ s: Int, _ e: Int) -> Bool {
    B.isUpper(p[s]) && Self.monthNames.contains(p, s, e)
  }

  /// The end of a day of the month at `i` ("May ⟨15⟩", "Dec. ⟨26⟩, 2016", "⟨3⟩ March 2021",
  /// "June ⟨1st⟩"), which is no quantity: the year of a date is read on its own.
  func dayOfDate(at i: Int) -> Int? {
    var j = i
    while j < n && B.isDigit(p[j]) { j += 1 }
    guard j - i <= 2 else { return nil }
    var value = 0
    for k in i..<j { value = value * 10 + Int(p[k] &- 48) }
    guard value >= 1 && value <= 31 else { return nil }
    var end = j
    if let e = letters(from: j), ordinalSuffix(j, e) {
      end = e
    } else if j < n
      && (B.isAlnum(p[j])
        || p[j] == UInt8(ascii: ".") && j + 1 < n
          && B.isDigit(p[j + 1]))
    {
      return nil
    }
    // Month before: "May 15", "Dec. 26".
    var k = i
    while k > floor && (p[k - 1] == 32 || p[k - 1] == 9) { k -= 1 }
    if k < i {
      if k > floor && p[k - 1] == UInt8(ascii: ".") { k -= 1 }
      var s = k
      while s > floor && B.isLetter(p[s - 1]) { s -= 1 }
      if s < k, s == 0 || !B.isAlnum(p[s - 1]), isMonth(s, k) { return end }
    }
    // Month after: "3 March", "12 October 1492", "5th of May".
    var after = end
    if let of = followingWord(after, "of") { after = of }
    if let w = wordAfter(after), isMonth(w.start, w.end) { return end }
    return nil
  }

  /// Single words that may stand capitalized before a number without making it a name.
  static let capitalizedBeforeCounts = PackedWordSet([
    "about", "approximately", "around", "roughly", "some", "estimated", "nearly", "almost",
    "over", "above", "under", "below", "between", "from", "since", "until", "till", "another",
    "only", "just", "exactly", "barely", "perhaps", "maybe", "circa", "least", "most", "than",
    "fewer", "less", "more", "additional", "total", "all", "top", "first", "last", "next",
  ])

  /// Whether the number at `i` follows a capitalized name and so names a thing ("Article 5",
  /// "Rogun Dam 2", "Apollo 11", "Windows 10") rather than counting one. Months and
  /// capitalized function words ("In 2019", "About 300") do not count as names.
  func identifierNumber(at i: Int) -> Bool {
    guard let w = wordBefore(i) else { return false }
    var capital = false
    for k in w.start..<w.end where B.isUpper(p[k]) {
      capital = true
      break
    }
    guard capital else { return false }
    if isMonth(w.start, w.end) { return false }
    if Self.phraseEnders.contains(p, w.start, w.end)
      || Self.capitalizedBeforeCounts.contains(p, w.start, w.end)
    {
      return false
    }
    return true
  }

  /// The end of "a.m.", "p.m.", "am" or "pm" after spaces at `pos`: the number is a time.
  func timeOfDaySuffix(after pos: Int) -> Int? {
    let s = skipSpaces(pos)
    guard s > pos, s + 1 < n else { return nil }
    let a = B.lower(p[s])
    guard a == UInt8(ascii: "a") || a == UInt8(ascii: "p") else { return nil }
    if B.lower(p[s + 1]) == UInt8(ascii: "m"), s + 2 == n || !B.isAlnum(p[s + 2]) {
      return s + 2
    }
    if s + 2 < n, p[s + 1] == UInt8(ascii: "."), B.lower(p[s + 2]) == UInt8(ascii: "m") {
      return s + 3 < n && p[s + 3] == UInt8(ascii: ".") ? s + 4 : s + 3
    }
    return nil
  }

  /// "last year", "this year", "next year" as a year of the publication date; the end of the
  /// record, or `nil` without a publication year or when "the" makes it a span of time ("the
  /// last year").
  mutating func relativeYear(_ i: Int, _ j: Int, _ offset: Int) -> Int? {
    guard let publishedYear, let w = wordAfter(j), equals(w.start, w.end, "year") else {
      return nil
    }
    if let before = wordBefore(i), equals(before.start, before.end, "the") { return nil }
    let year = Double(publishedYear + offset)
    recordYear(i, w.end, year)
    return w.end
  }

  /// The value of the last single year found close before `pos` in the same paragraph.
  func recentYear(before pos: Int) -> Double? {
    guard let last = found.last(where: { $0.kind == .year && $0.value != nil }),
      let value = last.value, pos - last.range.end <= 300
    else { return nil }
    for k in last.range.end..<pos where p[k] == 10 { return nil }
    return value
  }
}

extension Modifier {
  /// The modifier of a count taken backwards: "more than 5 years ago" is before the year.
  var reversed: Modifier {
    switch self {
    case .moreThan: .lessThan
    case .lessThan: .moreThan
    case .atLeast: .atMost
    case .atMost: .atLeast
    default: self
    }
  }
}
