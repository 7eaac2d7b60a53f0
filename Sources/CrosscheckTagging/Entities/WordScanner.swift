import CrosscheckCore
import Foundation

/// A word of the text as the entity tagger sees it: letters and digits, with `U.S.`-style dotted
/// acronyms, legal forms ("S.p.A.", "A/S") and ampersands between capitals ("A&M") kept whole,
/// and a possessive `'s` or trailing `'` split off.
struct Word: Sendable {
  var range: TextRange
  /// Lowercased, diacritics folded ("São" gives "sao").
  var key: String
  var isCapitalized: Bool
  var isAllCaps: Bool
  /// The word is followed by a possessive `'s` or `'` (not a plural `s'` that stays inside a name).
  var isPossessive: Bool
  /// The bytes between this word and the next are one space or one hyphen, so the two may belong
  /// to one name.
  var joinsNext: Bool
}

/// Splits text into ``Word``s by scanning UTF-8 bytes.
enum WordScanner {
  static func isWordByte(_ b: UInt8) -> Bool {
    (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
  }

  /// Whether a word is a plural that does not end in "s": "men", "women", longer words ending
  /// in "men" ("Fishermen"; not five-letter names such as "Yemen"), "children", "people".
  static func isPluralWithoutS(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    let lower = word.map { $0 | 0x20 }
    let endsInMen = lower.count >= 3 && lower.suffix(3).elementsEqual("men".utf8)
    return endsInMen && (lower.count == 3 || lower.count > 5)
      || lower.elementsEqual("women".utf8) || lower.elementsEqual("children".utf8)
      || lower.elementsEqual("people".utf8)
  }

  static func words(in text: String, range: TextRange? = nil) -> [Word] {
    var copy = text
    return copy.withUTF8 { bytes in words(bytes: bytes, range: range ?? TextRange(0, bytes.count)) }
  }

  static func words(bytes: UnsafeBufferPointer<UInt8>, range: TextRange) -> [Word] {
    var out: [Word] = []
    // Folding non-ASCII words goes through Foundation and is slow; words repeat within a text.
    var folded: [[UInt8]: String] = [:]
    var i = range.start
    let end = range.end
    while i < end {
      let b = bytes[i]
      // Typographic punctuation that survived normalization (U+2018-U+201F) is not a word.
      if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, (0x90...0xBF).contains(bytes[i + 2]) {
        i += 3
        continue
      }
      guard isWordByte(b) else {
        i += 1
        continue
      }
      let start = i
      while i < end {
        let c = bytes[i]
        if c == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, (0x90...0xBF).contains(bytes[i + 2]) { break }
        if isWordByte(c) {
          i += 1
        } else if c == UInt8(ascii: "."), i + 1 < end, isUpper(bytes[i + 1]), i - start == 1,
          isUpper(bytes[start]) || (i >= 2 && bytes[i - 2] == UInt8(ascii: "."))
        {
          i += 1  // inside U.S., U.K., E.U.
        } else if c == UInt8(ascii: "."), i - start >= 1, isUpper(bytes[i - 1]),
          i >= 2, bytes[i - 2] == UInt8(ascii: ".")
        {
          i += 1  // the final stop of U.S.
          break
        } else if c == UInt8(ascii: "."), i - start == 1, isUpper(bytes[start]),
          let last = mixedDottedLettersEnd(bytes, from: start, end: end)
        {
          i = last  // S.p.A., S.r.l.: single letters with stops, a capital first, all one word
          break
        } else if c == UInt8(ascii: "&") || c == UInt8(ascii: "/"), i > start, isUpper(bytes[i - 1]),
          i + 1 < end, isUpper(bytes[i + 1]),
          c == UInt8(ascii: "&") || i - start == 1 && (i + 2 >= end || !isWordByte(bytes[i + 2]))
        {
          // "A&M", "AT&T", "S&P": an ampersand between capitals is inside the word; so is the
          // slash of a legal suffix of two single capitals ("A/S", "I/S").
          i += 1
        } else if c == UInt8(ascii: "'"), i + 1 < end, isWordByte(bytes[i + 1]),
          !(bytes[i + 1] == UInt8(ascii: "s") && (i + 2 >= end || !isWordByte(bytes[i + 2])))
        {
          i += 1  // O'Brien, don't
        } else {
          break
        }
      }
      var isPossessive = false
      var continuesName = false
      var after = i
      if i < end, bytes[i] == UInt8(ascii: "'") {
        if i + 1 < end, bytes[i + 1] == UInt8(ascii: "s"), i + 2 >= end || !isWordByte(bytes[i + 2]) {
          // A plural without "s" ("Women's", "Fishermen's", "Children's") is a plural possessive
          // too: between capitalized words it belongs to one name ("Calvera Women's League").
          continuesName = isUpper(bytes[start]) && isPluralWithoutS(bytes[start..<i])
            && i + 3 < end && bytes[i + 2] == UInt8(ascii: " ") && isUpper(bytes[i + 3])
          isPossessive = !continuesName
          after = i + 2
        } else if i > start, bytes[i - 1] == UInt8(ascii: "s") {
          // A plural possessive between capitalized words belongs to one name ("Harwick
          // Dockworkers' Federation"); before a lowercase word it is an ordinary possessive.
          // "the Metalworkers' and Foundry Union": so may one before "and" and a capitalized word.
          continuesName = isUpper(bytes[start]) && i + 2 < end && bytes[i + 1] == UInt8(ascii: " ")
            && (isUpper(bytes[i + 2]) || isAndBeforeCapital(bytes, at: i + 2, end: end))
          isPossessive = !continuesName
          after = i + 1
        }
      }
      let slice = UnsafeBufferPointer(rebasing: bytes[start..<i])
      var caps = capitalization(slice)
      // "Harwick Housing Co-operative", "Fell Dairy Co-op": after the capitalized prefix "Co-",
      // a name's head goes on in lowercase and is part of the name.
      if !caps.first, isCoPrefix(bytes, before: start) { caps.first = true }
      out.append(
        Word(
          range: TextRange(start, i), key: key(slice, cache: &folded), isCapitalized: caps.first,
          isAllCaps: caps.all, isPossessive: isPossessive, joinsNext: false))
      if !isPossessive, i < end, bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "-"),
        i + 1 < end, isWordByte(bytes[i + 1])
      {
        out[out.count - 1].joinsNext = true
      }
      if continuesName { out[out.count - 1].joinsNext = true }
      // An ampersand between capitalized words is inside a name ("Marlow & Finch").
      if !isPossessive, isUpper(bytes[start]), i + 3 < end, bytes[i] == UInt8(ascii: " "),
        bytes[i + 1] == UInt8(ascii: "&"), bytes[i + 2] == UInt8(ascii: " "), isUpper(bytes[i + 3])
      {
        out[out.count - 1].joinsNext = true
      }
      i = max(after, i)
    }
    return out
  }

  @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }

  /// Whether "and " and a capital stand at `offset`.
  static func isAndBeforeCapital(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, end: Int) -> Bool {
    offset + 4 < end && bytes[offset] == UInt8(ascii: "a") && bytes[offset + 1] == UInt8(ascii: "n")
      && bytes[offset + 2] == UInt8(ascii: "d") && bytes[offset + 3] == UInt8(ascii: " ")
      && isUpper(bytes[offset + 4])
  }

  /// The end (after the last stop) of three or more single ASCII letters each followed by a
  /// stop, of mixed case, from `start`: "S.p.A.", "S.r.l." (all capitals, as in "U.S.", are read
  /// by the acronym rule); nil for anything else.
  static func mixedDottedLettersEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int)
    -> Int?
  {
    var k = start
    var letters = 0
    var lower = false
    while k + 1 < end, bytes[k] < 0x80, isWordByte(bytes[k]), bytes[k + 1] == UInt8(ascii: ".") {
      if bytes[k] >= 0x61 { lower = true }
      letters += 1
      k += 2
      // The next letter must stand alone before its stop.
      if k + 1 < end, isWordByte(bytes[k]), isWordByte(bytes[k + 1]) { return nil }
    }
    guard letters >= 3, lower, k >= end || !isWordByte(bytes[k]) else { return nil }
    return k
  }

  /// Whether the word starting at `start` follows "Co-" (a capital C, "o", a hyphen) that stands
  /// after a space or at the text's start: the prefix of "Co-operative", "Co-op", "Co-ordinating".
  static func isCoPrefix(_ bytes: UnsafeBufferPointer<UInt8>, before start: Int) -> Bool {
    guard start >= 3, bytes[start - 1] == UInt8(ascii: "-"), bytes[start - 2] == UInt8(ascii: "o"),
      bytes[start - 3] == UInt8(ascii: "C")
    else { return false }
    return start == 3 || !isWordByte(bytes[start - 4])
  }

  /// Whether the word starts with a capital, and whether all its letters are capitals (at least two).
  static func capitalization(_ bytes: UnsafeBufferPointer<UInt8>) -> (first: Bool, all: Bool) {
    guard let first = bytes.first else { return (false, false) }
    if first < 0x80 {
      var letters = 0
      var all = true
      for b in bytes {
        if b >= 0x61 && b <= 0x7A { all = false } else if isUpper(b) { letters += 1 } else if b >= 0x80 {
          all = false
        }
      }
      return (isUpper(first), all && letters >= 2)
    }
    let s = String(decoding: bytes, as: UTF8.self)
    let scalars = s.unicodeScalars.filter { $0.properties.isAlphabetic }
    let firstUpper = scalars.first?.properties.isUppercase ?? false
    let allUpper = scalars.count >= 2 && scalars.allSatisfy { $0.properties.isUppercase }
    return (firstUpper, allUpper)
  }

  static func key(_ bytes: UnsafeBufferPointer<UInt8>, cache: inout [[UInt8]: String]) -> String {
    guard bytes.contains(where: { $0 >= 0x80 }) else { return foldedKey(bytes) }
    let raw = Array(bytes)
    if let known = cache[raw] { return known }
    let key = foldedKey(bytes)
    cache[raw] = key
    return key
  }

  /// Lowercase, diacritics folded, dots dropped ("U.S." gives "us").
  static func foldedKey(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    var ascii = true
    for b in bytes where b >= 0x80 {
      ascii = false
      break
    }
    if ascii { return asciiKey(bytes) }
    return latinKey(bytes) ?? foundationFold(String(decoding: bytes, as: UTF8.self))
  }

  /// The folded form of each character U+0080...U+017F alone, with dots and apostrophes dropped;
  /// nil where it holds a combining mark that could join a neighbour. Folding works character by
  /// character, so a word of ASCII and these characters folds by table, without Foundation.
  static let latinFolds: [[UInt8]?] = (0x80...0x17F).map { value in
    guard let scalar = Unicode.Scalar(value) else { return nil }
    let folded = String(Character(scalar)).folding(
      options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    let marks: [Unicode.GeneralCategory] = [.nonspacingMark, .spacingMark, .enclosingMark]
    guard !folded.unicodeScalars.contains(where: { marks.contains($0.properties.generalCategory) })
    else { return nil }
    return folded.utf8.filter { $0 != UInt8(ascii: ".") && $0 != UInt8(ascii: "'") }
  }

  /// ``foldedKey(_:)`` of a word of ASCII and Latin-1 or Latin Extended-A letters, or nil for
  /// any other word.
  static func latinKey(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + 4)
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      if b < 0x80 {
        if b != UInt8(ascii: ".") && b != UInt8(ascii: "'") { out.append(isUpper(b) ? b + 32 : b) }
        i += 1
        continue
      }
      guard b >= 0xC2, b <= 0xC5, i + 1 < bytes.count, bytes[i + 1] & 0xC0 == 0x80
      else { return nil }
      let value = Int(b & 0x1F) << 6 | Int(bytes[i + 1] & 0x3F)
      guard let folded = latinFolds[value - 0x80] else { return nil }
      out.append(contentsOf: folded)
      i += 2
    }
    americanize(&out)
    return String(decoding: out, as: UTF8.self)
  }

  /// ``foldedKey(_:)`` of ASCII bytes, built in place without an intermediate array.
  static func asciiKey(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    String(unsafeUninitializedCapacity: bytes.count) { out in
      var n = 0
      for b in bytes where b != UInt8(ascii: ".") && b != UInt8(ascii: "'") {
        out[n] = isUpper(b) ? b + 32 : b
        n += 1
      }
      var word = UnsafeMutableBufferPointer(rebasing: out[..<n])
      americanize(&word)
      return n
    }
  }

  /// Lowercase and without diacritics, for any string; "-isation" read as "-ization".
  static func fold(_ text: String) -> String {
    // ASCII needs no Foundation: case folding only lowers A-Z and there are no diacritics.
    var copy = text
    if let key = copy.withUTF8({ bytes in
      bytes.allSatisfy({ $0 < 0x80 }) ? asciiKey(bytes) : latinKey(bytes)
    }) {
      return key
    }
    return foundationFold(text)
  }

  /// ``fold(_:)`` through Foundation, for text of any script.
  static func foundationFold(_ text: String) -> String {
    var out = Array(
      text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        .replacingOccurrences(of: ".", with: "").replacingOccurrences(of: "'", with: "").utf8)
    americanize(&out)
    return String(decoding: out, as: UTF8.self)
  }

  static let isation = Array("isation".utf8)

  /// Spells a folded word ending in "isation" or "isations" with "z", so that "Organisation" and
  /// "Organization" give one key.
  @inline(__always) static func americanize<Bytes>(_ word: inout Bytes)
  where
    Bytes: MutableCollection & RandomAccessCollection, Bytes.Element == UInt8,
    Bytes.Index == Int
  {
    guard word.startIndex == 0 else { return }
    var end = word.count
    if end > 8, word[end - 1] == UInt8(ascii: "s") { end -= 1 }
    guard end >= 8, word[end - 7] == UInt8(ascii: "i"), word[end - 6] == UInt8(ascii: "s"),
      word[(end - 7)..<end].elementsEqual(isation)
    else { return }
    word[end - 6] = UInt8(ascii: "z")
  }
}
