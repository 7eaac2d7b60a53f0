import CrosscheckCore

/// Splits a plain-text article into paragraphs and reads its title and dateline.
///
/// Paragraphs are separated by empty lines, and by a line break after a line that ends a
/// sentence (in `.`, `!`, `?` or an ellipsis, before any closing quotes or brackets): a file that
/// writes one paragraph per line reads as it is meant. Inside a paragraph, a line not ending in
/// `. ! ? : " )` (or a closing curly quote) followed directly by a line starting with a lowercase
/// letter is a hard wrap: the two join with a space. Other lines of a paragraph (a table's rows,
/// a list's items, a heading above them) stay lines, joined by a line break. The first line is
/// the title when it is shorter than 200 bytes, does not end in a full stop and more text
/// follows, and a paragraph of its own. A date in one of the first three lines (each at most 120
/// bytes; the title's last) is the dateline; a line of six words at most other than the title
/// that holds it is metadata and leaves the text.
struct PlainTextReader {
  /// Month names and labels for the dateline.
  var words: DateWords = .standard

  struct Result {
    /// Each paragraph as ranges of the source, joined by spaces, or by line breaks where
    /// ``lineBreaks`` says so.
    var paragraphs: [[Range<Int>]]
    /// For each paragraph, whether each of its ranges follows a line break (the first never
    /// does).
    var lineBreaks: [[Bool]] = []
    var title: Range<Int>?
    var dateline: PartialDate?
    /// The line the dateline was read from: metadata, not text, so it is no paragraph.
    var datelineLine: Range<Int>?
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

    let nonEmpty = lines.filter { !$0.isEmpty }
    // The title and the dateline stand alone, whatever follows them.
    var alone: Set<Int> = []  // lower bounds of lines that are paragraphs of their own
    var title: Range<Int>?
    // A first line that a lowercase line continues is a hard-wrapped sentence, not a title.
    if let first = nonEmpty.first, nonEmpty.count > 1, first.count < 200,
      text[first.upperBound - 1] != UInt8(ascii: "."),
      let at = lines.firstIndex(of: first),
      at + 1 >= lines.count || lines[at + 1].isEmpty || !Self.startsLowercase(text, lines[at + 1])
    {
      title = first
      alone.insert(first.lowerBound)
    }
    var dateline: PartialDate?
    var datelineLine: Range<Int>?
    // A headline may hold a date of its own ("results for the year ended 31 December 2024"):
    // the lines after it come first.
    let firstThree = Array(nonEmpty.prefix(3))
    let datelineOrder = title == nil ? firstThree : Array(firstThree.dropFirst()) + [firstThree[0]]
    for line in datelineOrder where line.count <= 120 {
      if let date = DateReader.dateline(in: String(decoding: text[line], as: UTF8.self), words: words) {
        dateline = date
        // A line of the date alone ("March 4, 2025", "Tuesday 4 March 2025 08.45 GMT") is
        // metadata and leaves the text; a longer one (prose that holds a date, a headline) keeps
        // its words and its place in its paragraph.
        if line != title, text[line].split(separator: UInt8(ascii: " ")).count <= 6 {
          datelineLine = line
          alone.insert(line.lowerBound)
        }
        break
      }
    }

    var paragraphs: [[Range<Int>]] = []
    var breaks: [[Bool]] = []
    var previous: Range<Int>? = nil  // the line just before, if it was non-empty
    for line in lines {
      guard !line.isEmpty, line != datelineLine else {
        previous = nil
        continue
      }
      if let previous, !paragraphs.isEmpty, !alone.contains(previous.lowerBound),
        !alone.contains(line.lowerBound), !Self.endsSentence(text, previous),
        Self.startsLowercase(text, line)
      {
        paragraphs[paragraphs.count - 1].append(line)
        breaks[breaks.count - 1].append(false)
      } else if let previous, !paragraphs.isEmpty, !alone.contains(previous.lowerBound),
        !alone.contains(line.lowerBound), !Self.endsParagraph(text, previous)
      {
        paragraphs[paragraphs.count - 1].append(line)
        breaks[breaks.count - 1].append(true)
      } else {
        paragraphs.append([line])
        breaks.append([false])
      }
      previous = line
    }
    return Result(
      paragraphs: paragraphs, lineBreaks: breaks, title: title, dateline: dateline,
      datelineLine: datelineLine)
  }

  /// Whether a line ends a paragraph: its last character before any closing quotes and brackets
  /// is a full stop, `!`, `?` or an ellipsis.
  private static func endsParagraph(_ text: [UInt8], _ line: Range<Int>) -> Bool {
    var end = line.upperBound
    while end > line.lowerBound {
      let b = text[end - 1]
      if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: ")") || b == UInt8(ascii: "]") {
        end -= 1
      } else if end - 3 >= line.lowerBound, text[end - 3] == 0xE2, text[end - 2] == 0x80,
        b == 0x9D || b == 0x99
      {
        end -= 3  // ” and ’
      } else {
        break
      }
    }
    guard end > line.lowerBound else { return false }
    let last = text[end - 1]
    if last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?") { return true }
    // … (E2 80 A6)
    return end - 3 >= line.lowerBound && text[end - 3] == 0xE2 && text[end - 2] == 0x80 && last == 0xA6
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
