import CrosscheckCore

/// The words and bytes around a numeral: modifiers, years, pronouns, phone numbers.
extension QuantityScanner {
  // MARK: - Years and pronouns

  func isYear(
    _ first: Numeral, second: Numeral?, yearRange: Bool, modifier: Modifier, end: Int
  ) -> Bool {
    guard first.isYearLike, modifier == .exact || modifier == .about || modifier == .range
    else { return false }
    if let second, !second.isYearLike { return false }
    if yearRange { return true }
    if let w = wordBefore(first.start), anyEquals(w, Self.yearIntroducers) { return true }
    return !countNounFollows(end)
  }

  static let yearIntroducers: [StaticString] = [
    "since", "until", "till", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  ]

  static let countNouns: [StaticString] = [
    "people", "men", "women", "children", "police", "personnel", "staff", "of", "cattle",
  ]
  static let wordsEndingInS = PackedWordSet([
    "was", "has", "is", "as", "its", "this", "thus", "his", "us", "yes", "less", "always",
    "perhaps", "whereas", "besides", "towards", "afterwards", "sometimes", "across", "unless",
    "hers", "ours", "theirs", "plus", "does",
  ])

  /// Whether a lowercase word that reads as counted things follows: "people", "troops".
  func countNounFollows(_ pos: Int) -> Bool {
    let s = skipSpaces(pos)
    guard s > pos, s < n, p[s] >= 97, p[s] <= 122, let e = letters(from: s) else { return false }
    if anyEquals((s, e), Self.countNouns) { return true }
    guard e - s >= 3, p[e - 1] == UInt8(ascii: "s") else { return false }
    let before = p[e - 2]
    if before == UInt8(ascii: "s") || before == UInt8(ascii: "u") || before == UInt8(ascii: "i") {
      return false
    }
    return !Self.wordsEndingInS.contains(p, s, e)
  }

  static let pronounBefore: [StaticString] = [
    "no", "any", "every", "each", "the", "this", "that", "which", "another", "such", "little",
    "other",
  ]
  static let pronounAfter: [StaticString] = [
    "of", "another", "can", "could", "may", "might", "must", "should", "would", "will", "who",
    "whose", "were",
  ]

  /// "one" as a pronoun: "no one", "one of the", "one can".
  func onePronoun(_ i: Int, _ j: Int) -> Bool {
    if let w = wordBefore(i), anyEquals(w, Self.pronounBefore) { return true }
    if apostropheS(at: j) != nil { return true }
    let s = skipSpaces(j)
    guard s > j, let e = letters(from: s) else { return false }
    return anyEquals((s, e), Self.pronounAfter)
  }

  static let fractionWords: [StaticString] = [
    "half", "halves", "third", "thirds", "quarter", "quarters", "fourth", "fourths", "fifth",
    "fifths", "sixth", "sixths", "seventh", "sevenths", "eighth", "eighths", "ninth", "ninths",
    "tenth", "tenths", "hundredth", "hundredths", "thousandth", "thousandths",
  ]

  func isFractionWord(_ s: Int, _ e: Int) -> Bool {
    anyEquals((s, e), Self.fractionWords)
  }

  static let grammarWords: [StaticString] = [
    "on", "of", "to", "in", "by", "for", "and", "or", "the", "a", "an", "at", "up", "all",
  ]

  func isGrammarWord(_ s: Int, _ e: Int) -> Bool {
    anyEquals((s, e), Self.grammarWords)
  }

  // MARK: - Phone numbers

  func continuesDigitGroups(_ pos: Int) -> Bool {
    guard pos + 1 < n else { return false }
    let b = p[pos]
    return
      (b == UInt8(ascii: " ") || b == UInt8(ascii: "-") || b == UInt8(ascii: "(")
      || b == UInt8(ascii: ")")) && B.isDigit(p[pos + 1])
  }

  func skipPhone(from i: Int) -> Int {
    var k = i
    while k < n {
      let b = p[k]
      if B.isDigit(b) || b == UInt8(ascii: "(") || b == UInt8(ascii: ")") {
        k += 1
      } else if (b == UInt8(ascii: " ") || b == UInt8(ascii: "-") || b == UInt8(ascii: "."))
        && k + 1 < n && (B.isDigit(p[k + 1]) || p[k + 1] == UInt8(ascii: "("))
      {
        k += 1
      } else {
        break
      }
    }
    return k
  }

  /// "(202) 555-0199": returns the end of the whole number.
  func parenthesizedPhone(_ i: Int) -> Int? {
    var k = i
    while k < n && B.isDigit(p[k]) { k += 1 }
    guard k - i == 3, k < n, p[k] == UInt8(ascii: ")") else { return nil }
    k = skipSpaces(k + 1)
    guard threeDigitsRun(at: k), k + 4 < n, p[k + 3] == UInt8(ascii: "-") || p[k + 3] == 0x2E,
      B.isDigit(p[k + 4])
    else { return nil }
    return skipPhone(from: k)
  }

  func threeDigitsRun(at k: Int) -> Bool {
    k + 3 <= n && B.isDigit(p[k]) && B.isDigit(p[k + 1]) && B.isDigit(p[k + 2])
  }

  // MARK: - Byte helpers

  /// Whether a byte before a sign lets the sign belong to the number (space, bracket, quote).
  func opensNumber(_ b: UInt8) -> Bool {
    b == 32 || b == 10 || b == 9 || b == 13 || b == UInt8(ascii: "(") || b == UInt8(ascii: "[")
      || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b >= 0x80
  }

  /// Exactly three digits at `k`, not followed by a fourth.
  func threeDigits(at k: Int) -> Bool {
    threeDigitsRun(at: k) && (k + 3 == n || !B.isDigit(p[k + 3]))
  }

  /// A thousands separator at `j`: comma, space, no-break space, thin or narrow no-break space.
  func groupSeparatorLength(at j: Int) -> Int {
    guard j < n else { return 0 }
    if p[j] == UInt8(ascii: ",") || p[j] == UInt8(ascii: " ") { return 1 }
    // "380.000 inhabitants" in a text that writes "98,6 million": a dot that groups thousands,
    // never before a fourth digit.
    if dotGroups, p[j] == UInt8(ascii: "."), j + 4 <= n, !(j + 4 < n && B.isDigit(p[j + 4])) { return 1 }
    if j + 1 < n && p[j] == 0xC2 && p[j + 1] == 0xA0 { return 2 }
    if j + 2 < n && p[j] == 0xE2 && p[j + 1] == 0x80 && (p[j + 2] == 0xAF || p[j + 2] == 0x89) {
      return 3
    }
    return 0
  }

  /// Skips spaces, tabs and no-break spaces (never line breaks).
  func skipSpaces(_ k: Int) -> Int {
    var k = k
    while k < n {
      if p[k] == 32 || p[k] == 9 {
        k += 1
      } else if k + 1 < n && p[k] == 0xC2 && p[k + 1] == 0xA0 {
        k += 2
      } else {
        break
      }
    }
    return k
  }

  /// The end of the ASCII letters starting at `k`, if there is at least one and no digit follows.
  func letters(from k: Int) -> Int? {
    var e = k
    while e < n && B.isLetter(p[e]) { e += 1 }
    guard e > k, e == n || !B.isDigit(p[e]) else { return nil }
    return e
  }

  /// The word after spaces following `pos`.
  func wordAfter(_ pos: Int) -> (start: Int, end: Int)? {
    let s = skipSpaces(pos)
    guard s > pos, let e = letters(from: s) else { return nil }
    return (s, e)
  }

  /// The end of `word` when it follows `pos` after spaces.
  func followingWord(_ pos: Int, _ word: StaticString) -> Int? {
    let s = skipSpaces(pos)
    guard s > pos, let e = letters(from: s), equals(s, e, word) else { return nil }
    return e
  }

  /// The number word after spaces following `pos`: (start, end, word).
  func nextNumberWord(after pos: Int) -> (Int, Int, NumberWord)? {
    let s = skipSpaces(pos)
    guard s > pos, let e = letters(from: s), let w = words.lookup(p, s, e) else { return nil }
    return (s, e, w)
  }

  /// The word ending just before `pos` after at least one space, not reaching before `floor`.
  func wordBefore(_ pos: Int) -> (start: Int, end: Int)? {
    var k = pos
    while k > floor {
      if p[k - 1] == 32 || p[k - 1] == 9 {
        k -= 1
      } else if k - 2 >= floor && p[k - 2] == 0xC2 && p[k - 1] == 0xA0 {
        k -= 2
      } else {
        break
      }
    }
    guard k < pos else { return nil }
    var s = k
    while s > floor && B.isLetter(p[s - 1]) { s -= 1 }
    guard s < k, s == 0 || !B.isAlnum(p[s - 1]) else { return nil }
    return (s, k)
  }

  /// `'s` or `’s` at `j` ending on a word boundary: returns its end.
  func apostropheS(at j: Int) -> Int? {
    var k = j
    if k < n && p[k] == UInt8(ascii: "'") {
      k += 1
    } else if k + 2 < n && p[k] == 0xE2 && p[k + 1] == 0x80 && p[k + 2] == 0x99 {
      k += 3
    } else {
      return nil
    }
    guard k < n, B.lower(p[k]) == UInt8(ascii: "s"), k + 1 == n || !B.isAlnum(p[k + 1]) else {
      return nil
    }
    return k + 1
  }

  /// Whether `p[s..<e]` spells `word` (lowercase ASCII) in any case.
  func equals(_ s: Int, _ e: Int, _ word: StaticString) -> Bool {
    guard e - s == word.utf8CodeUnitCount else { return false }
    let w = word.utf8Start
    for k in 0..<(e - s) where B.lower(p[s + k]) != w[k] { return false }
    return true
  }

  func anyEquals(_ w: (start: Int, end: Int), _ list: [StaticString]) -> Bool {
    list.contains { equals(w.start, w.end, $0) }
  }

  func lowercased(_ s: Int, _ e: Int) -> String {
    String(decoding: p[s..<e].map { B.lower($0) }, as: UTF8.self)
  }

  /// Skips the rest of an alphanumeric token, through inner `.,:/-_` ("2017-01-10", "v2.1").
  func skipToken(from k: Int) -> Int {
    var k = k
    while k < n {
      let b = p[k]
      if B.isAlnum(b) {
        k += 1
      } else if k + 1 < n && B.isAlnum(p[k + 1])
        && (b == UInt8(ascii: ".") || b == UInt8(ascii: ",") || b == UInt8(ascii: ":")
          || b == UInt8(ascii: "/") || b == UInt8(ascii: "-") || b == UInt8(ascii: "_"))
      {
        k += 2
      } else {
        break
      }
    }
    return k
  }
}
