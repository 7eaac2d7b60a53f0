/// Phrases grouped by their first byte, so that one pass over a text finds whether any of them
/// occurs at word boundaries, and one look at a paragraph's first byte picks the phrases it may
/// start with. Scanning the text once per phrase cost ingest about 40% of its time with a few
/// hundred multilingual cues.
struct CueIndex: Sendable, Hashable {
  /// The cues, lowercased bytes, by first byte.
  private let buckets: [[[UInt8]]]
  let isEmpty: Bool

  init(_ cues: [[UInt8]]) {
    var buckets = [[[UInt8]]](repeating: [], count: 256)
    for cue in cues where !cue.isEmpty { buckets[Int(cue[0])].append(cue) }
    self.buckets = buckets
    isEmpty = cues.allSatisfy(\.isEmpty)
  }

  /// Whether one of the cues occurs in `text` (lowercased) at word boundaries: a cue that starts
  /// or ends with a letter or digit must not continue a word on that side, except that a word
  /// may follow non-ASCII punctuation ("¡Síguenos" holds "síguenos").
  func occurs(in text: [UInt8]) -> Bool {
    guard !isEmpty else { return false }
    return text.withUnsafeBufferPointer { t in
      for start in 0..<t.count {
        let first = t[start]
        let bucket = buckets[Int(first)]
        guard !bucket.isEmpty,
          start == 0 || !Self.isWordByte(first) || !Self.isWordByte(t[start - 1])
            || Self.endsWithPunctuation(t, start)
        else { continue }
        for cue in bucket where start + cue.count <= t.count {
          let end = start + cue.count
          guard end == t.count || !Self.isWordByte(t[end]) || !Self.isWordByte(cue[cue.count - 1])
          else { continue }
          var equal = true
          for i in 1..<cue.count where t[start + i] != cue[i] {
            equal = false
            break
          }
          if equal { return true }
        }
      }
      return false
    }
  }

  /// Whether `paragraph` starts with one of the cues, comparing its ASCII letters in lower case,
  /// and the cue ends at a word boundary ("Subscribe" does not start "Subscribers"; a cue ending
  /// in "©" or ":" needs no boundary).
  func starts(_ paragraph: some Collection<UInt8>) -> Bool {
    guard !isEmpty, let head0 = paragraph.first else { return false }
    let bucket = buckets[Int(BoilerplatePhrases.lowerASCII(head0))]
    guard !bucket.isEmpty else { return false }
    let head = Array(paragraph.prefix(200))
    for phrase in bucket where phrase.count <= head.count {
      var equal = true
      for i in 1..<phrase.count where BoilerplatePhrases.lowerASCII(head[i]) != phrase[i] {
        equal = false
        break
      }
      guard equal else { continue }
      if phrase.count == head.count || !Self.isASCIIWordByte(phrase[phrase.count - 1])
        || !Self.isWordByte(head[phrase.count])
      {
        return true
      }
    }
    return false
  }

  static func isASCIIWordByte(_ b: UInt8) -> Bool {
    (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122)
  }

  static func isWordByte(_ b: UInt8) -> Bool {
    (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b >= 0x80
  }

  /// Whether the bytes before `end` end with a non-ASCII punctuation mark: one of Latin-1's
  /// signs (U+00A1 to U+00BF, such as `¡`, `¿`, `«`) or of the general punctuation block
  /// (U+2010 to U+203F, such as `„`, `“`, `–`).
  static func endsWithPunctuation(_ text: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
    if end >= 2 && text[end - 2] == 0xC2 && text[end - 1] >= 0xA1 && text[end - 1] <= 0xBF {
      return true
    }
    return end >= 3 && text[end - 3] == 0xE2 && text[end - 2] == 0x80 && text[end - 1] >= 0x90
  }
}
