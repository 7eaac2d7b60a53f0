/// Byte-level views of UTF-8 text shared by the sentence and token scanners.
///
/// Every test here looks at raw bytes. ASCII bytes never occur inside a multi-byte character, so
/// testing for `.` or a space is exact; non-ASCII characters are decoded only when the scanner
/// has to know whether they are letters, spaces or punctuation.
struct UTF8Text {
  let bytes: UnsafeBufferPointer<UInt8>

  var count: Int { bytes.count }

  @inline(__always) subscript(_ i: Int) -> UInt8 { bytes[i] }

  /// The byte at `i`, or 0 past the end, so look-aheads need no bounds checks of their own.
  @inline(__always) func at(_ i: Int) -> UInt8 { i >= 0 && i < bytes.count ? bytes[i] : 0 }

  /// The scalar value starting at `i` and its length in bytes.
  ///
  /// Swift strings hold valid UTF-8, but offsets come from callers, so a stray continuation byte
  /// or a cut sequence decodes as one byte of U+FFFD instead of trapping.
  func scalar(at i: Int) -> (value: UInt32, length: Int) {
    let lead = bytes[i]
    if lead < 0x80 { return (UInt32(lead), 1) }
    let length: Int
    var value: UInt32
    switch lead {
    case 0xC0...0xDF: (length, value) = (2, UInt32(lead & 0x1F))
    case 0xE0...0xEF: (length, value) = (3, UInt32(lead & 0x0F))
    case 0xF0...0xF7: (length, value) = (4, UInt32(lead & 0x07))
    default: return (0xFFFD, 1)
    }
    guard i + length <= bytes.count else { return (0xFFFD, 1) }
    for k in 1..<length {
      let next = bytes[i + k]
      guard next & 0xC0 == 0x80 else { return (0xFFFD, 1) }
      value = value << 6 | UInt32(next & 0x3F)
    }
    return (value, length)
  }

  /// The start of the scalar that ends just before `i`.
  func scalarStart(before i: Int) -> Int {
    var k = i - 1
    while k > 0 && bytes[k] & 0xC0 == 0x80 && i - k < 4 { k -= 1 }
    return k
  }

  /// The length of the whitespace character at `i`, or 0 when there is none.
  @inline(__always) func whitespaceLength(at i: Int) -> Int {
    let b = bytes[i]
    if b < 0x80 { return b == 0x20 || (b >= 0x09 && b <= 0x0D) ? 1 : 0 }
    if b != 0xC2 && b != 0xE1 && b != 0xE2 && b != 0xE3 && b != 0xEF { return 0 }
    let (value, length) = scalar(at: i)
    return Self.isSpace(value) ? length : 0
  }

  /// The first offset at or after `i` (and before `end`) that is not whitespace.
  @inline(__always) func skipWhitespace(from i: Int, to end: Int) -> Int {
    var k = i
    while k < end {
      let w = whitespaceLength(at: k)
      if w == 0 { return k }
      k += w
    }
    return end
  }

  /// The offset just after the last non-whitespace character in `start..<end`, or `start`.
  func trimmedEnd(_ start: Int, _ end: Int) -> Int {
    var k = end
    while k > start {
      let b = bytes[k - 1]
      if b < 0x80 {
        guard b == 0x20 || (b >= 0x09 && b <= 0x0D) else { return k }
        k -= 1
      } else {
        let s = Swift.max(start, scalarStart(before: k))
        guard whitespaceLength(at: s) == k - s else { return k }
        k = s
      }
    }
    return k
  }

  /// Whether the run of non-space text ending at `i` (looking at most 256 bytes back) holds a
  /// `/`, `@`, `=` or "www.", so that a dot or `?` in it belongs to a URL, path or address.
  func isInAddress(through i: Int) -> Bool {
    var k = Swift.min(i, bytes.count - 1)
    let limit = Swift.max(0, i - 256)
    while k >= limit && whitespaceLength(at: k) == 0 {
      let b = bytes[k]
      if b == UInt8(ascii: "/") || b == UInt8(ascii: "@") || b == UInt8(ascii: "=") { return true }
      if b == UInt8(ascii: ".") && k >= 3 && (bytes[k - 1] | 0x20) == UInt8(ascii: "w")
        && (bytes[k - 2] | 0x20) == UInt8(ascii: "w") && (bytes[k - 3] | 0x20) == UInt8(ascii: "w")
      {
        return true
      }
      k -= 1
    }
    return false
  }

  /// Whether a scalar is a space: Unicode white space plus the zero-width space and BOM.
  static func isSpace(_ v: UInt32) -> Bool {
    switch v {
    case 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
      true
    default: false
    }
  }

  // MARK: Letters

  /// Whether the character at `i` is a letter or a digit (a word character).
  @inline(__always) func isWordCharacter(at i: Int) -> Bool {
    guard i >= 0 && i < bytes.count else { return false }
    let b = bytes[i]
    if b < 0x80 { return UTF8Text.isASCIIWord(b) }
    return Self.isWordScalar(scalar(at: i).value)
  }

  /// Whether the character at `i` is a lowercase letter.
  @inline(__always) func isLowercase(at i: Int) -> Bool {
    guard i >= 0 && i < bytes.count else { return false }
    let b = bytes[i]
    if b < 0x80 { return b >= 0x61 && b <= 0x7A }
    guard let s = Unicode.Scalar(scalar(at: i).value) else { return false }
    return s.properties.isLowercase
  }

  /// Whether the character at `i` is an uppercase or titlecase letter.
  @inline(__always) func isUppercase(at i: Int) -> Bool {
    guard i >= 0 && i < bytes.count else { return false }
    let b = bytes[i]
    if b < 0x80 { return b >= 0x41 && b <= 0x5A }
    guard let s = Unicode.Scalar(scalar(at: i).value) else { return false }
    return s.properties.isUppercase || s.properties.generalCategory == .titlecaseLetter
  }

  @inline(__always) func isDigit(at i: Int) -> Bool {
    let b = at(i)
    return b >= 0x30 && b <= 0x39
  }

  static func isWordScalar(_ v: UInt32) -> Bool {
    switch v {
    case 0x80...0xBF, 0xD7, 0xF7, 0x2000...0x206F, 0x20A0...0x20CF, 0x2190...0x2BFF,
      0x3000...0x303F,
      0xFE30...0xFE4F, 0xFEFF, 0xFF00...0xFF0F:
      // Latin-1 punctuation and signs, general punctuation, currency, arrows and shapes.
      return v == 0xAA || v == 0xB2 || v == 0xB3 || v == 0xB5 || v == 0xB9 || v == 0xBA
    default:
      guard let s = Unicode.Scalar(v) else { return false }
      let p = s.properties
      if p.isAlphabetic { return true }
      switch p.generalCategory {
      case .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark: return true
      default: return false
      }
    }
  }

  /// Whether a byte is an ASCII letter or digit. Arithmetic, not a `static let` table: a
  /// global table costs a `swift_once` check on every access in the hot loops.
  @inline(__always) static func isASCIIWord(_ b: UInt8) -> Bool {
    b &- 0x30 < 10 || (b | 0x20) &- 0x61 < 26
  }

  // MARK: Punctuation

  /// The length of a closing quote or bracket at `i` (`" ' ) ] } ” ’ »`), or 0.
  @inline(__always) func closerLength(at i: Int) -> Int {
    switch at(i) {
    case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"),
      UInt8(ascii: "}"):
      return 1
    case 0xE2:
      // ’ U+2019, ” U+201D, › U+203A
      if at(i + 1) == 0x80 && (at(i + 2) == 0x99 || at(i + 2) == 0x9D) { return 3 }
      if at(i + 1) == 0x80 && at(i + 2) == 0xBA { return 3 }
      return 0
    case 0xC2: return at(i + 1) == 0xBB ? 2 : 0  // »
    default: return 0
    }
  }

  /// Whether an opening quote or bracket starts at `i` (`" ' ( [ { “ ‘ «`).
  @inline(__always) func isOpener(at i: Int) -> Bool {
    switch at(i) {
    case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: "["),
      UInt8(ascii: "{"):
      return true
    case 0xE2: return at(i + 1) == 0x80 && (at(i + 2) == 0x9C || at(i + 2) == 0x98)
    case 0xC2: return at(i + 1) == 0xAB
    default: return false
    }
  }

  /// Whether `…` (U+2026) starts at `i`.
  @inline(__always) func isEllipsisCharacter(at i: Int) -> Bool {
    at(i) == 0xE2 && at(i + 1) == 0x80 && at(i + 2) == 0xA6
  }

  /// Whether `i` starts a typographic apostrophe `’`.
  @inline(__always) func isCurlyApostrophe(at i: Int) -> Bool {
    at(i) == 0xE2 && at(i + 1) == 0x80 && at(i + 2) == 0x99
  }

  /// The length of a dash (`-`, `–`, `—`, `‒`, `―`) at `i`, or 0.
  @inline(__always) func dashLength(at i: Int) -> Int {
    if at(i) == UInt8(ascii: "-") { return 1 }
    if at(i) == 0xE2 && at(i + 1) == 0x80 && (0x92...0x95).contains(at(i + 2)) { return 3 }
    return 0
  }

  /// The length of a bullet sign (`•`, `·`, `‣`, `◦`, `▪`, `■`, `*`, a dash) at `i`, or 0.
  func bulletSignLength(at i: Int) -> Int {
    let b = at(i)
    if b == UInt8(ascii: "*") || b == UInt8(ascii: "+") { return 1 }
    let dash = dashLength(at: i)
    if dash > 0 { return dash }
    if b == 0xC2 && at(i + 1) == 0xB7 { return 2 }
    if b == 0xE2 && at(i + 1) == 0x80 && (at(i + 2) == 0xA2 || at(i + 2) == 0xA3) { return 3 }
    if b == 0xE2 && at(i + 1) == 0x96 && (at(i + 2) == 0xAA || at(i + 2) == 0xA0) { return 3 }
    if b == 0xE2 && at(i + 1) == 0x97 && (at(i + 2) == 0xA6 || at(i + 2) == 0x8F) { return 3 }
    return 0
  }

  /// Whether a figure and a dash between spaces open the text at `i`: up to 12 bytes without a
  /// space, a digit among them ("214", "£31.6m", "11.4%", "1876"), then " - " (or an en or em
  /// dash between spaces).
  func opensWithFigureAndDash(at i: Int, end: Int) -> Bool {
    var k = i
    var digit = false
    while k < end, k - i < 12, at(k) != UInt8(ascii: " ") {
      if isDigit(at: k) { digit = true }
      k += 1
    }
    guard digit, k > i, k < end, at(k) == UInt8(ascii: " ") else { return false }
    let dash = dashLength(at: k + 1)
    return dash > 0 && at(k + 1 + dash) == UInt8(ascii: " ")
  }

  /// Whether a list item marker starts at `i`: a bullet sign, `1)`, `1.`, `a)` or `(a)`, followed
  /// by a space.
  func isListMarker(at i: Int, end: Int) -> Bool {
    let sign = bulletSignLength(at: i)
    if sign > 0 { return i + sign < end && whitespaceLength(at: i + sign) > 0 }
    var k = i
    let parenthesized = at(k) == UInt8(ascii: "(")
    if parenthesized { k += 1 }
    var digits = 0
    while digits < 4 && isDigit(at: k + digits) { digits += 1 }
    let label: Int
    if digits > 0 && digits <= 3 {
      label = digits
    } else if digits == 0, at(k) < 0x80, UTF8Text.isASCIIWord(at(k)), !isWordCharacter(at: k + 1) {
      label = 1
    } else {
      return false
    }
    k += label
    let close = at(k)
    if parenthesized {
      guard close == UInt8(ascii: ")") else { return false }
    } else {
      let letterLabel = digits == 0
      guard close == UInt8(ascii: ")") || (!letterLabel && close == UInt8(ascii: ".")) else {
        return false
      }
    }
    return k + 1 < end && whitespaceLength(at: k + 1) > 0
  }
}
