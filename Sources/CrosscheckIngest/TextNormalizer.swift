import CrosscheckCore
import Foundation

/// A map from offsets in normalized text back to offsets in the text it was made from.
///
/// Both sides are UTF-8 byte offsets. The map is a sorted list of anchors; between two anchors
/// the offsets move in step, so an offset maps to `anchor.original + (offset - anchor.normalized)`.
/// An offset inside a replaced character ("…" → "...") maps into that character, and an offset
/// inside NFC-recomposed text maps to the start of its paragraph's changed stretch.
public struct SourceMap: Hashable, Sendable {
  /// One point where the two texts line up.
  public struct Anchor: Hashable, Sendable {
    public var normalized: Int
    public var original: Int
    public init(normalized: Int, original: Int) {
      self.normalized = normalized
      self.original = original
    }
  }

  /// Anchors sorted by ``Anchor/normalized`` (and by ``Anchor/original``).
  public let anchors: [Anchor]

  public init(anchors: [Anchor]) { self.anchors = anchors }

  /// The offset in the original text that a normalized offset came from.
  public func originalOffset(of normalized: Int) -> Int {
    var lo = 0
    var hi = anchors.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if anchors[mid].normalized <= normalized { lo = mid + 1 } else { hi = mid }
    }
    guard lo > 0 else { return normalized }
    let anchor = anchors[lo - 1]
    return anchor.original + (normalized - anchor.normalized)
  }

  /// The original range a normalized range came from.
  public func originalRange(of range: TextRange) -> TextRange {
    let start = originalOffset(of: range.start)
    let end = range.isEmpty ? start : originalOffset(of: range.end - 1) + 1
    return TextRange(start, Swift.max(start, end))
  }
}

/// Normalized text with its paragraphs and the way back to the original offsets.
public struct NormalizedText: Sendable {
  /// Paragraphs joined by `"\n\n"`.
  public var text: String
  /// Each paragraph's UTF-8 byte range in ``text``.
  public var paragraphs: [TextRange]
  /// From offsets in ``text`` to offsets in the pre-normalization text.
  public var sourceMap: SourceMap
}

/// One normalized paragraph before assembly, with anchors relative to its own start.
public struct NormalizedParagraph: Sendable {
  /// The normalized bytes (valid UTF-8, trimmed, single spaces).
  public var bytes: [UInt8]
  /// Anchors: offset in ``bytes`` → offset in the source the paragraph was read from.
  public var anchors: [SourceMap.Anchor]

  /// The paragraph as a string.
  public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// Normalizes extracted text, the same way for every reader.
///
/// Per paragraph: Unicode NFC; curly single quotes and primes become `'`; curly double quotes,
/// double primes and `« »` become `"`; en and em dashes, minus, figure dash and hyphen variants
/// become `-`; `…` becomes `...`; no-break, thin and other spaces become a space; zero-width,
/// bidi and control characters are removed; runs of spaces collapse to one; the paragraph is
/// trimmed. Paragraphs are joined by `"\n\n"`.
public struct TextNormalizer: Sendable {
  public init() {}

  /// Normalizes paragraphs given as strings; the source map points into
  /// `paragraphs.joined(separator: "\n\n")`. Paragraphs that normalize to nothing are dropped.
  public func normalize(paragraphs: [String]) -> NormalizedText {
    var source: [UInt8] = []
    var pieces: [[Range<Int>]] = []
    for (i, p) in paragraphs.enumerated() {
      if i > 0 { source.append(contentsOf: [10, 10]) }
      let start = source.count
      source.append(contentsOf: p.utf8)
      pieces.append([start..<source.count])
    }
    let normalized = pieces.map { normalizeParagraph(in: source, segments: $0) }
    return assemble(normalized)
  }

  /// Normalizes one paragraph made of `segments` of `source` (valid UTF-8), which are joined by
  /// a space (a hard-wrapped line continues the previous one), or by a line break where
  /// `lineBreaks` says so (the lines of a table or a list stay lines).
  public func normalizeParagraph(
    in source: [UInt8], segments: [Range<Int>], lineBreaks: [Bool] = []
  ) -> NormalizedParagraph {
    var out: [UInt8] = []
    var anchors: [SourceMap.Anchor] = []
    var pendingSpace = false
    var pendingBreak = false
    var nonASCII = false
    var delta = Int.min  // original - normalized at the last anchor

    source.withUnsafeBufferPointer { src in
      func emit(_ bytes: some Collection<UInt8>, at original: Int) {
        if pendingSpace && !out.isEmpty {
          if original - 1 - out.count != delta {
            delta = original - 1 - out.count
            anchors.append(.init(normalized: out.count, original: original - 1))
          }
          out.append(pendingBreak ? 10 : 32)
        }
        pendingSpace = false
        pendingBreak = false
        if original - out.count != delta {
          delta = original - out.count
          anchors.append(.init(normalized: out.count, original: original))
        }
        out.append(contentsOf: bytes)
      }
      for (k, segment) in segments.enumerated() {
        pendingSpace = pendingSpace || !out.isEmpty
        pendingBreak = pendingBreak || !out.isEmpty && k < lineBreaks.count && lineBreaks[k]
        var i = Swift.max(0, segment.lowerBound)
        let end = Swift.min(src.count, segment.upperBound)
        while i < end {
          let b = src[i]
          if b < 0x80 {
            if b == 32 || (b >= 9 && b <= 13) {
              pendingSpace = true
            } else if b >= 32 && b != 127 {
              // Emit a run of plain ASCII at once.
              var j = i + 1
              while j < end, src[j] > 32, src[j] < 127 { j += 1 }
              emit(UnsafeBufferPointer(rebasing: src[i..<j]), at: i)
              i = j
              continue
            }
            i += 1
            continue
          }
          let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
          guard i + length <= end else { break }
          var scalar: UInt32 = 0
          switch length {
          case 2: scalar = UInt32(b & 0x1F) << 6 | UInt32(src[i + 1] & 0x3F)
          case 3:
            scalar =
              UInt32(b & 0x0F) << 12 | UInt32(src[i + 1] & 0x3F) << 6
              | UInt32(src[i + 2] & 0x3F)
          case 4:
            scalar =
              UInt32(b & 0x07) << 18 | UInt32(src[i + 1] & 0x3F) << 12
              | UInt32(src[i + 2] & 0x3F) << 6 | UInt32(src[i + 3] & 0x3F)
          default: scalar = 0xFFFD
          }
          switch Self.replacement(for: scalar) {
          case .keep:
            nonASCII = true
            emit(UnsafeBufferPointer(rebasing: src[i..<i + length]), at: i)
          case .space: pendingSpace = true
          case .remove: break
          case .ascii(let text): emit(text.utf8, at: i)
          }
          i += length
        }
      }
    }
    if nonASCII && Self.mayChangeUnderNFC(out) {
      let composed = Array(
        String(decoding: out, as: UTF8.self).precomposedStringWithCanonicalMapping.utf8)
      if composed != out {
        // Recomposition moves bytes around; keep anchors only up to the first changed byte.
        var firstDiff = 0
        while firstDiff < composed.count, firstDiff < out.count,
          composed[firstDiff] == out[firstDiff]
        {
          firstDiff += 1
        }
        while firstDiff > 0, composed.indices.contains(firstDiff),
          composed[firstDiff] & 0xC0 == 0x80
        {
          firstDiff -= 1
        }
        let originalAtDiff = SourceMap(anchors: anchors).originalOffset(of: firstDiff)
        anchors.removeAll { $0.normalized >= firstDiff }
        anchors.append(.init(normalized: firstDiff, original: originalAtDiff))
        out = composed
      }
    }
    return NormalizedParagraph(bytes: out, anchors: anchors)
  }

  /// Joins paragraphs with `"\n\n"`, skipping empty ones, and merges their anchors.
  public func assemble(_ paragraphs: [NormalizedParagraph]) -> NormalizedText {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(paragraphs.reduce(0) { $0 + $1.bytes.count + 2 })
    var ranges: [TextRange] = []
    var anchors: [SourceMap.Anchor] = []
    for p in paragraphs where !p.bytes.isEmpty {
      if !bytes.isEmpty { bytes.append(contentsOf: [10, 10]) }
      let start = bytes.count
      bytes.append(contentsOf: p.bytes)
      ranges.append(TextRange(start, bytes.count))
      for a in p.anchors {
        anchors.append(.init(normalized: start + a.normalized, original: a.original))
      }
    }
    return NormalizedText(
      text: String(decoding: bytes, as: UTF8.self), paragraphs: ranges,
      sourceMap: SourceMap(anchors: anchors))
  }

  enum Replacement {
    case keep, space, remove
    case ascii(String)
  }

  static func replacement(for scalar: UInt32) -> Replacement {
    switch scalar {
    case 0x80...0x9F: .remove  // C1 controls
    case 0xA0: .space
    case 0xAD: .remove  // soft hyphen
    case 0xAB, 0xBB: .ascii("\"")
    case 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E: .remove
    case 0x1680: .space
    case 0x2000...0x200A: .space
    case 0x200B...0x200F: .remove
    case 0x2010...0x2015: .ascii("-")
    case 0x2018...0x201B, 0x2032, 0x2035: .ascii("'")
    case 0x201C...0x201F, 0x2033, 0x2036: .ascii("\"")
    case 0x2026: .ascii("...")
    case 0x2028, 0x2029: .space
    case 0x202A...0x202E: .remove
    case 0x202F, 0x205F: .space
    case 0x2060...0x206F: .remove
    case 0x2212, 0x2043, 0xFE58, 0xFE63, 0xFF0D: .ascii("-")
    case 0x3000: .space
    case 0xFE00...0xFE0F, 0xFEFF, 0xFFF9...0xFFFB: .remove
    case 0xE0000...0xE007F: .remove  // tags
    default: .keep
    }
  }

  /// Whether NFC could change the bytes: a combining mark, a Hangul jamo or a character that
  /// never appears in NFC. Most text has none, and then Foundation is not called.
  static func mayChangeUnderNFC(_ bytes: [UInt8]) -> Bool {
    for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars where scalar.value >= 0x300
    {
      let v = scalar.value
      if (0x1100...0x11FF).contains(v) || (0xAC00...0xD7A3).contains(v) { return true }
      let p = scalar.properties
      if p.canonicalCombiningClass != .notReordered || p.isFullCompositionExclusion { return true }
    }
    return false
  }
}
