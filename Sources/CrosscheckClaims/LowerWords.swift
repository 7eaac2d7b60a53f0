import CrosscheckCore

/// A lowercase word with its byte range, for matching the attribute vocabulary.
struct LowerWord: Sendable {
  var range: TextRange
  var key: String
}

/// The text's lowercase words, found by scanning bytes: letters, digits and bytes of non-ASCII
/// letters, with inner hyphens and apostrophes kept ("weapon-sales", "o'brien"); "'s" is split off.
struct LowerWords: Sendable {
  let words: [LowerWord]

  init(_ text: String) {
    var out: [LowerWord] = []
    let bytes = Array(text.utf8)
    func isWord(_ b: UInt8) -> Bool {
      (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
    }
    var i = 0
    while i < bytes.count {
      // Typographic punctuation (U+2010-U+203F) is not part of a word.
      if bytes[i] == 0xE2, i + 1 < bytes.count, bytes[i + 1] == 0x80 {
        i += 3
        continue
      }
      guard isWord(bytes[i]) else {
        i += 1
        continue
      }
      let start = i
      var key: [UInt8] = []
      while i < bytes.count {
        let b = bytes[i]
        if b == 0xE2, i + 1 < bytes.count, bytes[i + 1] == 0x80 { break }
        if isWord(b) {
          key.append(b >= 0x41 && b <= 0x5A ? b + 32 : b)
          i += 1
        } else if (b == UInt8(ascii: "-") || b == UInt8(ascii: "'")), i + 1 < bytes.count,
          isWord(bytes[i + 1]), !(b == UInt8(ascii: "'") && bytes[i + 1] == UInt8(ascii: "s")
            && (i + 2 >= bytes.count || !isWord(bytes[i + 2])))
        {
          key.append(b)
          i += 1
        } else {
          break
        }
      }
      out.append(LowerWord(range: TextRange(start, i), key: String(decoding: key, as: UTF8.self)))
    }
    words = out
  }

  /// Whether one of `keys` is a word that lies between two byte offsets.
  func contains(_ keys: Set<String>, from start: Int, to end: Int) -> Bool {
    var w = index(atOrAfter: start)
    while w < words.count, words[w].range.end <= end {
      if keys.contains(words[w].key) { return true }
      w += 1
    }
    return false
  }

  /// The index of the first word that starts at or after a byte offset.
  func index(atOrAfter offset: Int) -> Int {
    var lo = 0
    var hi = words.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if words[mid].range.start < offset { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  /// Whether the phrase (lowercase words separated by spaces) starts at word `i`.
  func matches(_ phrase: [String], at i: Int) -> Bool {
    guard i >= 0, i + phrase.count <= words.count else { return false }
    for (k, p) in phrase.enumerated() where words[i + k].key != p { return false }
    return true
  }

  /// The length in words of the longest of the phrases that starts at word `i`, or nil.
  func longestMatch(_ phrases: PhraseSet, at i: Int) -> Int? {
    guard i >= 0, i < words.count, let candidates = phrases.byFirstWord[words[i].key] else { return nil }
    var best: Int?
    for p in candidates where p.count > (best ?? 0) && matches(p, at: i) { best = p.count }
    return best
  }
}

/// Phrases indexed by their first word, so that most words are rejected by one lookup.
struct PhraseSet: Sendable {
  var byFirstWord: [String: [[String]]] = [:]
  var isEmpty: Bool { byFirstWord.isEmpty }

  init(_ phrases: [[String]]) {
    for p in phrases where !p.isEmpty { byFirstWord[p[0], default: []].append(p) }
  }
}

extension Array where Element == String {
  /// Phrases split into their words and indexed by the first.
  var phrases: PhraseSet { PhraseSet(map { $0.split(separator: " ").map(String.init) }) }
}
