import CrosscheckCore

/// Splits a plain-text article into paragraphs and reads its title and dateline.
///
/// Each non-empty line is a paragraph, except that a line not ending in `. ! ? : " )` (or a
/// closing curly quote) followed directly by a line starting with a lowercase letter is a hard
/// wrap: the two join with a space. The first line is the title when it is shorter than 200
/// bytes, does not end in a full stop and more text follows. A date in one of the first three
/// non-empty lines (each at most 120 bytes) is the dateline.
struct PlainTextReader {
  /// Month names and labels for the dateline.
  var words: DateWords = .standard

  struct Result {
    /// Each paragraph as ranges of the source, joined by spaces.
    var paragraphs: [[Range<Int>]]
    var title: Range<Int>?
    var dateline: PartialDate?
  }

  func read(_ text: [UInt8]) -> Result {
    var lines: [Range<Int>] = []  // trimmed of ASCII whitespace; empty lines kept as empty ranges
    var start = 0
    while start <= text.count {
      var end = start
      while end < text.count, text[end] != 10 { end += 1 }
      var a = start
      var b = end
      while a < b, ByteChecks.isASCIIWhitespace(text[a]) { a += 1 }
      while b > a, ByteChecks.isASCIIWhitespace(text[b - 1]) { b -= 1 }
      lines.append(a..<b)
      start = end + 1
    }

    var paragraphs: [[Range<Int>]] = []
    var previous: Range<Int>? = nil  // the line just before, if it was non-empty
    for line in lines {
      guard !line.isEmpty else {
        previous = nil
        continue
      }
      if let previous, !paragraphs.isEmpty, !Self.endsSentence(text, previous),
        Self.startsLowercase(text, line)
      {
        paragraphs[paragraphs.count - 1].append(line)
      } else {
        paragraphs.append([line])
      }
      previous = line
    }

    var result = Result(paragraphs: paragraphs)
    if paragraphs.count > 1, paragraphs[0].count == 1 {
      let first = paragraphs[0][0]
      if first.count < 200, text[first.upperBound - 1] != UInt8(ascii: ".") { result.title = first }
    }
    for paragraph in paragraphs.prefix(3) where paragraph.count == 1 && paragraph[0].count <= 120 {
      if let date = DateReader.dateline(in: String(decoding: text[paragraph[0]], as: UTF8.self), words: words) {
        result.dateline = date
        break
      }
    }
    return result
  }

  private static func endsSentence(_ text: [UInt8], _ line: Range<Int>) -> Bool {
    let last = text[line.upperBound - 1]
    if ".!?:\")".utf8.contains(last) { return true }
    // ” (E2 80 9D) and ’ (E2 80 99) close quotations too.
    if line.count >= 3, text[line.upperBound - 3] == 0xE2, text[line.upperBound - 2] == 0x80,
      last == 0x9D || last == 0x99
    {
      return true
    }
    return false
  }

  private static func startsLowercase(_ text: [UInt8], _ line: Range<Int>) -> Bool {
    let b = text[line.lowerBound]
    if b < 0x80 { return b >= 97 && b <= 122 }
    let head = String(
      decoding: text[line.lowerBound..<min(line.upperBound, line.lowerBound + 4)], as: UTF8.self)
    return head.unicodeScalars.first?.properties.isLowercase ?? false
  }
}
