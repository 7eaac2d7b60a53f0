/// A half-open range of UTF-8 byte offsets into ``Document/text``.
///
/// Offsets are bytes, not characters and not UTF-16 units, everywhere in Crosscheck.
public struct TextRange: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
  public var start: Int
  public var end: Int

  public init(_ start: Int, _ end: Int) {
    precondition(start <= end, "a text range must not end before it starts")
    self.start = start
    self.end = end
  }

  public init(start: Int, end: Int) { self.init(start, end) }

  public var length: Int { end - start }
  public var isEmpty: Bool { start == end }

  public func contains(_ other: TextRange) -> Bool { start <= other.start && other.end <= end }
  public func overlaps(_ other: TextRange) -> Bool { start < other.end && other.start < end }

  /// The smallest range that covers both.
  public func union(_ other: TextRange) -> TextRange {
    TextRange(Swift.min(start, other.start), Swift.max(end, other.end))
  }

  public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
    (lhs.start, lhs.end) < (rhs.start, rhs.end)
  }

  public var description: String { "\(start)..<\(end)" }
}

extension String {
  /// The text at a UTF-8 byte range. O(1) index arithmetic on native strings.
  public func slice(_ range: TextRange) -> Substring {
    let utf8 = self.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: range.start)
    let upper = utf8.index(lower, offsetBy: range.length)
    return self[lower..<upper]
  }
}
