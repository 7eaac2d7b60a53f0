import CrosscheckCore

extension SentenceSplitter {
  /// The tokens of `text`, as UTF-8 byte ranges, in order; whitespace is not a token.
  ///
  /// A word token is a run of letters and digits joined by inner hyphens, apostrophes (`'` `’`),
  /// underscores, `&`, `@`, `/`, and dots ("don't", "U.S.-led", "v2.1.3", "example.com",
  /// "a.b@example.org"); `,` and `:` join digits ("1,234.5", "9:30"). A word keeps its final
  /// period when it is a listed abbreviation, an initial or a dotted acronym ("Dec.", "F.",
  /// "U.N."). A URL that starts with a scheme or `www.` is one token up to the next space, less
  /// trailing punctuation. A run of `.` `!` `?` `…` ("...", "?!") or of `-` is one token; any
  /// other sign is a token of its own. A dot with no space that ends a sentence ("ties.Given")
  /// ends the word before it, so tokens never cross a sentence.
  public func tokens(in text: String) -> [TextRange] {
    var text = text
    return text.withUTF8 { buffer in
      TokenScan(t: UTF8Text(bytes: buffer), abbreviations: abbreviations).tokens()
    }
  }
}

/// One pass over a text that cuts it into tokens.
struct TokenScan {
  let t: UTF8Text
  let abbreviations: AbbreviationList

  func tokens() -> [TextRange] {
    let n = t.count
    var out: [TextRange] = []
    out.reserveCapacity(n / 5)
    var i = 0
    while i < n {
      let b = t[i]
      var end: Int
      if b < 0x80 {
        if UTF8Text.isASCIIWord(b) {
          end = word(from: i)
        } else if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
          i += 1
          continue
        } else if b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") {
          end = sentencePunctuationEnd(from: i)
        } else if b == UInt8(ascii: "-") {
          end = i + 1
          while end < n && t[end] == UInt8(ascii: "-") { end += 1 }
        } else {
          end = i + 1
        }
      } else {
        let (value, length) = t.scalar(at: i)
        if UTF8Text.isSpace(value) {
          i += length
          continue
        }
        if UTF8Text.isWordScalar(value) {
          end = word(from: i)
        } else if value == 0x2026 {
          end = sentencePunctuationEnd(from: i)
        } else {
          end = i + length
        }
      }
      out.append(TextRange(i, end))
      i = end
    }
    return out
  }

  private func sentencePunctuationEnd(from i: Int) -> Int {
    var k = i
    while k < t.count {
      let c = t[k]
      if c == UInt8(ascii: ".") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?") {
        k += 1
      } else if t.isEllipsisCharacter(at: k) {
        k += 3
      } else {
        break
      }
    }
    return k
  }

  /// The end of the word that starts at `i`.
  private func word(from i: Int) -> Int {
    let n = t.count
    var j = i
    var firstRun = true
    while true {
      // Letters and digits.
      while j < n {
        let b = t[j]
        if b < 0x80 {
          guard UTF8Text.isASCIIWord(b) else { break }
          j += 1
        } else {
          let (value, length) = t.scalar(at: j)
          guard UTF8Text.isWordScalar(value) else { break }
          j += length
        }
      }
      if firstRun {
        firstRun = false
        let c = t.at(j)
        if c == UInt8(ascii: ":") || (c == UInt8(ascii: ".") && j - i == 3),
          let url = urlEnd(from: i)
        {
          return url
        }
      }
      let joiner = joinerLength(at: j)
      if joiner > 0 {
        j += joiner
        continue
      }
      // An abbreviation keeps its period, and "U.S.-led" goes on after it.
      if t.at(j) == UInt8(ascii: ".") && t.at(j + 1) != UInt8(ascii: ".") && keepsPeriod(i, j) {
        j += 1
        if t.at(j) == UInt8(ascii: "-") && t.isWordCharacter(at: j + 1) {
          j += 1
          continue
        }
      }
      return j
    }
  }

  /// The length of a character at `j` that joins the word before it to a word character after.
  @inline(__always) private func joinerLength(at j: Int) -> Int {
    let c = t.at(j)
    switch c {
    case UInt8(ascii: "-"), UInt8(ascii: "'"), UInt8(ascii: "_"), UInt8(ascii: "&"),
      UInt8(ascii: "@"), UInt8(ascii: "/"):
      return t.isWordCharacter(at: j + 1) ? 1 : 0
    case UInt8(ascii: "."):
      guard t.isWordCharacter(at: j + 1) else { return 0 }
      return abbreviations.isMissingSpaceBreak(in: t, dot: j, end: t.count) ? 0 : 1
    case UInt8(ascii: ","), UInt8(ascii: ":"):
      return t.isDigit(at: j - 1) && t.isDigit(at: j + 1) ? 1 : 0
    case 0xE2:
      return t.isCurlyApostrophe(at: j) && t.isWordCharacter(at: j + 3) ? 3 : 0
    default:
      return 0
    }
  }

  /// Whether the word `s..<e`, followed by a period, keeps the period as an abbreviation.
  private func keepsPeriod(_ s: Int, _ e: Int) -> Bool {
    if abbreviations.entries.value(in: t.bytes, s, e + 1, foldFirst: true) != nil { return true }
    if e - s == 1 { return t.isUppercase(at: s) }
    var group = 0
    var dots = 0
    for k in s..<e {
      let b = t[k]
      if b == UInt8(ascii: ".") {
        guard group > 0 else { return false }
        dots += 1
        group = 0
      } else if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A && group < 2 {
        group += 1
      } else {
        return false
      }
    }
    return dots > 0 && group > 0
  }

  /// The end of a URL starting at `i` ("https://…", "www.…"), or `nil` when none starts there.
  private func urlEnd(from i: Int) -> Int? {
    var k = i
    while k < t.count && k - i < 12 && (t[k] | 0x20) >= 0x61 && (t[k] | 0x20) <= 0x7A { k += 1 }
    let scheme =
      k > i && t.at(k) == UInt8(ascii: ":") && t.at(k + 1) == UInt8(ascii: "/")
      && t.at(k + 2) == UInt8(ascii: "/")
    let www =
      k - i == 3 && t.at(k) == UInt8(ascii: ".") && (t[i] | 0x20) == UInt8(ascii: "w")
      && (t[i + 1] | 0x20) == UInt8(ascii: "w") && (t[i + 2] | 0x20) == UInt8(ascii: "w")
    guard scheme || www else { return nil }
    var e = k
    var parentheses = false
    while e < t.count && t.whitespaceLength(at: e) == 0 {
      if t[e] == UInt8(ascii: "(") { parentheses = true }
      e += 1
    }
    while e > k {
      let last = t.scalarStart(before: e)
      let c = t[last]
      let trailing =
        Self.urlTrailing.contains(c) || (c == UInt8(ascii: ")") && !parentheses)
        || (c >= 0x80 && (t.closerLength(at: last) == e - last || !t.isWordCharacter(at: last)))
      guard trailing else { break }
      e = last
    }
    return e
  }

  private static let urlTrailing: Set<UInt8> = Set(".,;:!?'\"]}>".utf8)
}
