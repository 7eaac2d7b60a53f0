import CrosscheckCore

/// One text and the sentences a careful reader finds in it, from a case-set file.
public struct SentenceCase: Sendable, Hashable, CustomStringConvertible {
  /// The kind of difficulty the case tests, such as `abbreviation` or `quote`.
  public var family: String
  /// The input text, as the normalizer would write it (paragraphs joined by a blank line).
  public var text: String
  /// The expected sentences, in order, each trimmed of whitespace.
  public var sentences: [String]
  /// The line of the case-set file the case comes from (1-based).
  public var line: Int

  public init(family: String, text: String, sentences: [String], line: Int = 0) {
    self.family = family
    self.text = text
    self.sentences = sentences
    self.line = line
  }

  public var description: String { "line \(line) [\(family)] \(text.debugDescription)" }
}

/// A case whose sentences the splitter got wrong, with what it found instead.
public struct SentenceCaseFailure: Sendable, CustomStringConvertible {
  /// The case that failed.
  public var example: SentenceCase
  /// The sentences the splitter found.
  public var found: [String]
  /// A broken span invariant (overlap, untrimmed span, lost text), or `nil` when the spans were
  /// sound and only the boundaries differ.
  public var problem: String?

  public var description: String {
    let expected = example.sentences.map(\.debugDescription).joined(separator: " | ")
    let got = found.map(\.debugDescription).joined(separator: " | ")
    var lines = "\(example)\n  expected: \(expected)\n  found:    \(got)"
    if let problem { lines += "\n  problem:  \(problem)" }
    return lines
  }
}

/// How a splitter did on a list of cases, overall and by family.
public struct SentenceCaseScore: Sendable {
  /// How many cases were scored.
  public var total = 0
  /// How many cases were split exactly as expected, with sound spans.
  public var correct = 0
  /// Correct and total cases for each family.
  public var byFamily: [String: (correct: Int, total: Int)] = [:]
  /// The cases that were not exactly right, in input order.
  public var failures: [SentenceCaseFailure] = []

  /// The share of cases exactly right, from 0 to 1 (1 for no cases).
  public var accuracy: Double { total == 0 ? 1 : Double(correct) / Double(total) }

  /// A short report: the overall score, one line per family, then every failure.
  public var summary: String {
    var lines = ["\(correct)/\(total) sentence cases exactly right"]
    for family in byFamily.keys.sorted() {
      let (right, all) = byFamily[family] ?? (0, 0)
      lines.append("  \(family): \(right)/\(all)")
    }
    lines += failures.map(\.description)
    return lines.joined(separator: "\n")
  }
}

/// Reads and scores sentence case sets: files of hard English cases with their expected
/// sentences, shared by the tests and the `benchmark-text` command.
///
/// A case set has one case per line, `family<TAB>text`. In the text a broken bar `¦` stands
/// right before each sentence after the first; removing the bars gives the input, and the pieces
/// between bars, trimmed of whitespace and without empty ones, are the expected sentences. The
/// text may use the escapes `\n`, `\t`, `\r`, `\\` and `\u{HEX}`; a blank line (`\n\n`)
/// separates paragraphs. Empty lines and lines starting with `#` are ignored.
public enum SentenceCaseSet {
  /// Why a case-set line could not be read.
  public struct LoadError: Error, Equatable, CustomStringConvertible {
    /// The 1-based line number of the bad line.
    public var line: Int
    public var reason: String

    public var description: String { "sentence cases: line \(line): \(reason)" }
  }

  /// The sentence marker of the case-set format, U+00A6 BROKEN BAR.
  public static let marker: Unicode.Scalar = "\u{A6}"

  /// The cases of a case-set text; throws at the first line that is not a valid case.
  public static func load(text: String) throws(LoadError) -> [SentenceCase] {
    var cases: [SentenceCase] = []
    var lineNumber = 0
    // Lines are cut on scalars: as Characters, "\r\n" is one grapheme and would hide the break.
    for rawLine in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      var line = rawLine
      if line.last == "\r" { line = line.dropLast() }
      if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.first == "#" { continue }
      guard let tab = line.firstIndex(of: "\t") else {
        throw LoadError(line: lineNumber, reason: "no tab between the family and the text")
      }
      let family = String(String.UnicodeScalarView(line[..<tab]))
      guard !family.isEmpty, !family.contains(" ") else {
        throw LoadError(line: lineNumber, reason: "the family must be one word before the tab")
      }
      let (input, pieces) = try unescape(line[line.index(after: tab)...], line: lineNumber)
      cases.append(
        SentenceCase(family: family, text: input, sentences: pieces, line: lineNumber))
    }
    return cases
  }

  /// The paragraphs of a text written the way the normalizer writes them: split at every blank
  /// line ("\n\n"), as UTF-8 byte ranges.
  public static func paragraphs(of text: String) -> [TextRange] {
    var ranges: [TextRange] = []
    var start = 0
    var previousNewline = false
    var offset = 0
    for byte in text.utf8 {
      if byte == 0x0A && previousNewline {
        ranges.append(TextRange(start, offset - 1))
        start = offset + 1
        previousNewline = false
      } else {
        previousNewline = byte == 0x0A
      }
      offset += 1
    }
    ranges.append(TextRange(Swift.min(start, offset), offset))
    return ranges
  }

  /// Splits every case with `splitter` and counts the cases whose sentences match exactly and
  /// whose spans are sound: ordered, trimmed, inside a paragraph, and losing no text but
  /// whitespace.
  public static func score(splitter: SentenceSplitter, cases: [SentenceCase]) -> SentenceCaseScore {
    var score = SentenceCaseScore()
    for example in cases {
      let paragraphs = paragraphs(of: example.text)
      let found = splitter.sentences(in: example.text, paragraphs: paragraphs)
      let strings = found.map { String(example.text.slice($0)) }
      let problem = spanProblem(found, in: example.text, paragraphs: paragraphs)
      let right = problem == nil && strings == example.sentences
      score.total += 1
      var family = score.byFamily[example.family] ?? (0, 0)
      family.total += 1
      if right {
        score.correct += 1
        family.correct += 1
      } else {
        score.failures.append(
          SentenceCaseFailure(example: example, found: strings, problem: problem))
      }
      score.byFamily[example.family] = family
    }
    return score
  }

  // MARK: Reading

  private static func unescape(_ raw: Substring.UnicodeScalarView, line: Int) throws(LoadError)
    -> (String, [String])
  {
    var input = String.UnicodeScalarView()
    var pieces: [String] = []
    var piece = String.UnicodeScalarView()
    var scalars = raw.makeIterator()
    func finishPiece() {
      let trimmed = trim(piece)
      if !trimmed.isEmpty { pieces.append(trimmed) }
      piece = String.UnicodeScalarView()
    }
    while let scalar = scalars.next() {
      var value = scalar
      if scalar == marker {
        finishPiece()
        continue
      }
      if scalar == "\\" {
        switch scalars.next() {
        case "n": value = "\n"
        case "t": value = "\t"
        case "r": value = "\r"
        case "\\": value = "\\"
        case "u":
          guard scalars.next() == "{" else {
            throw LoadError(line: line, reason: "\\u must be followed by {HEX}")
          }
          var hex = ""
          while let digit = scalars.next(), digit != "}" { hex.unicodeScalars.append(digit) }
          guard let code = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(code) else {
            throw LoadError(line: line, reason: "'\\u{\(hex)}' is not a Unicode scalar")
          }
          value = decoded
        case let other?:
          throw LoadError(line: line, reason: "unknown escape '\\\(other)'")
        case nil:
          throw LoadError(line: line, reason: "the line ends in a lone backslash")
        }
      }
      input.append(value)
      piece.append(value)
    }
    finishPiece()
    return (String(input), pieces)
  }

  private static func trim(_ scalars: String.UnicodeScalarView) -> String {
    var view = Substring.UnicodeScalarView(scalars)
    while let first = view.first, isSpace(first) { view.removeFirst() }
    while let last = view.last, isSpace(last) { view.removeLast() }
    return String(view)
  }

  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isWhitespace || UTF8Text.isSpace(scalar.value)
  }

  // MARK: Checking spans

  /// The first broken invariant of the sentence spans, or `nil`.
  private static func spanProblem(
    _ found: [TextRange], in text: String, paragraphs: [TextRange]
  ) -> String? {
    let scalars = Array(text.unicodeScalars)
    var spaceAt: [Bool] = []
    spaceAt.reserveCapacity(text.utf8.count)
    for scalar in scalars {
      let space = isSpace(scalar)
      for _ in 0..<String(scalar).utf8.count { spaceAt.append(space) }
    }
    var covered = Array(repeating: false, count: spaceAt.count)
    var previousEnd = 0
    for range in found {
      guard range.start >= previousEnd, range.end <= spaceAt.count, !range.isEmpty else {
        return "span \(range) is empty, out of order or past the end"
      }
      guard !spaceAt[range.start], !spaceAt[range.end - 1] else {
        return "span \(range) starts or ends with whitespace"
      }
      guard paragraphs.contains(where: { $0.contains(range) }) else {
        return "span \(range) crosses a paragraph"
      }
      for k in range.start..<range.end { covered[k] = true }
      previousEnd = range.end
    }
    if let lost = covered.indices.first(where: { !covered[$0] && !spaceAt[$0] }) {
      return "byte \(lost) is in no sentence"
    }
    return nil
  }
}
