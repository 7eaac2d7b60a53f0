import CrosscheckCore
import Foundation

/// Measures body-text and metadata extraction against pages with known expectations.
///
/// The measure is the one of the trafilatura evaluation set: for each page, a `with` snippet
/// found in the extracted text is a true positive and one missing a false negative; a `without`
/// snippet found is a false positive. Precision, recall and F1 are computed over all snippets of
/// all pages. Snippets and text are compared after the same normalization (``TextNormalizer``)
/// and with every run of whitespace, paragraph breaks included, read as one space. Title and
/// author count as right when they equal the expectation ignoring ASCII case; the date when it
/// is the same `YYYY-MM-DD`.
public struct ExtractionEvaluation: Sendable {
  /// What one page should yield, as one line of `expectations.jsonl`.
  public struct Expectation: Sendable, Hashable, Codable {
    /// The page's file name (`name.html` or `name.html.gz`).
    public var file: String
    /// Snippets of the main text that extraction keeps.
    public var with: [String]
    /// Snippets of boilerplate that extraction drops.
    public var without: [String]
    public var title: String?
    public var author: String?
    /// The publication date as `YYYY-MM-DD`.
    public var date: String?

    public init(
      file: String, with: [String] = [], without: [String] = [], title: String? = nil,
      author: String? = nil, date: String? = nil
    ) {
      self.file = file
      self.with = with
      self.without = without
      self.title = title
      self.author = author
      self.date = date
    }

    public init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      file = try c.decode(String.self, forKey: .file)
      with = try c.decodeIfPresent([String?].self, forKey: .with)?.compactMap { $0 } ?? []
      without = try c.decodeIfPresent([String?].self, forKey: .without)?.compactMap { $0 } ?? []
      title = try c.decodeIfPresent(String.self, forKey: .title)
      // A page with several authors lists them as an array.
      if let names = try? c.decodeIfPresent([String].self, forKey: .author) {
        author = names.joined(separator: "; ")
      } else {
        author = try c.decodeIfPresent(String.self, forKey: .author)
      }
      date = try c.decodeIfPresent(String.self, forKey: .date)
    }
  }

  /// The outcome for one page.
  public struct PageResult: Sendable {
    public var file: String
    /// `with` snippets not found in the text.
    public var missing: [String]
    /// `without` snippets found in the text.
    public var leaked: [String]
    public var truePositives: Int
    public var falseNegatives: Int
    public var falsePositives: Int
    /// The expected and the found date, title and author (`nil` where none).
    public var date: (expected: String?, found: String?)
    public var title: (expected: String?, found: String?)
    public var author: (expected: String?, found: String?)
    /// Why the page could not be read, if it could not.
    public var error: String?
  }

  /// Totals over all pages.
  public struct Report: Sendable {
    public var pages: [PageResult]
    public var truePositives = 0
    public var falseNegatives = 0
    public var falsePositives = 0
    /// Pages with an expected date, and how many of them got exactly that date.
    public var datesExpected = 0
    public var datesRight = 0
    public var titlesExpected = 0
    public var titlesRight = 0
    public var authorsExpected = 0
    public var authorsRight = 0
    /// Pages whose expectation has no page, or that could not be read.
    public var pagesMissing = 0
    public var pagesFailed = 0

    public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    public var f1: Double {
      precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }
    public var dateAccuracy: Double { ratio(datesRight, datesExpected) }
    public var titleAccuracy: Double { ratio(titlesRight, titlesExpected) }
    public var authorAccuracy: Double { ratio(authorsRight, authorsExpected) }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }

    /// A printable summary, one figure a line.
    public var text: String {
      func f(_ x: Double) -> String { String(format: "%.3f", x) }
      return """
        pages: \(pages.count) (\(pagesFailed) unreadable, \(pagesMissing) missing)
        body text: precision \(f(precision)), recall \(f(recall)), F1 \(f(f1)) \
        (tp \(truePositives), fn \(falseNegatives), fp \(falsePositives))
        date: \(datesRight)/\(datesExpected) = \(f(dateAccuracy))
        title: \(titlesRight)/\(titlesExpected) = \(f(titleAccuracy))
        author: \(authorsRight)/\(authorsExpected) = \(f(authorAccuracy))

        """
    }
  }

  /// Reads `expectations.jsonl`: one JSON object a line; blank lines are skipped.
  public static func expectations(jsonLines text: String) throws -> [Expectation] {
    let decoder = JSONDecoder()
    var out: [Expectation] = []
    for line in text.split(whereSeparator: \.isNewline) where !line.allSatisfy(\.isWhitespace) {
      out.append(try decoder.decode(Expectation.self, from: Data(line.utf8)))
    }
    return out
  }

  /// Reads the `.html` and `.html.gz` files of a directory, sorted by name.
  ///
  /// `.gz` files go through `decompress` (the caller owns the zlib binding); without it, or
  /// when it returns `nil`, they are skipped. Names keep their `.html` but lose `.gz`.
  public static func pages(
    inDirectory path: String, decompress: (([UInt8]) -> [UInt8]?)? = nil
  ) throws -> [(name: String, html: [UInt8])] {
    let names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    var out: [(name: String, html: [UInt8])] = []
    for name in names {
      let lower = name.lowercased()
      let url = URL(fileURLWithPath: path).appendingPathComponent(name)
      if lower.hasSuffix(".html") || lower.hasSuffix(".htm") {
        out.append((name, Array(try Data(contentsOf: url))))
      } else if lower.hasSuffix(".html.gz") || lower.hasSuffix(".htm.gz"), let decompress,
        let bytes = decompress(Array(try Data(contentsOf: url)))
      {
        out.append((String(name.dropLast(3)), bytes))
      }
    }
    return out
  }

  /// Extracts every page with `normalizer` and scores it against its expectation.
  ///
  /// Pages are matched to expectations by file name, ignoring a final `.gz`.
  public static func evaluate(
    pages: [(name: String, html: [UInt8])], expectations: [Expectation],
    normalizer: ArticleNormalizer = ArticleNormalizer()
  ) -> Report {
    var byName: [String: [UInt8]] = [:]
    for page in pages { byName[stripGz(page.name)] = page.html }
    var report = Report(pages: [])
    for expectation in expectations {
      let name = stripGz(expectation.file)
      guard let html = byName[name] else {
        report.pagesMissing += 1
        continue
      }
      var text = ""
      var metadata = DocumentMetadata()
      var error: String?
      do {
        let doc = try normalizer.normalize(html: html, file: name)
        text = doc.text
        metadata = doc.metadata
      } catch let e {
        error = e.description
        report.pagesFailed += 1
      }
      let result = score(
        text: text, metadata: metadata, against: expectation, file: name, error: error)
      report.add(result)
    }
    return report
  }

  /// Scores one extracted text and its metadata against an expectation.
  public static func score(
    text: String, metadata: DocumentMetadata, against e: Expectation, file: String,
    error: String? = nil
  ) -> PageResult {
    let haystack = comparable(text)
    var missing: [String] = []
    var leaked: [String] = []
    var tp = 0
    for snippet in e.with {
      if contains(haystack, comparable(snippet)) { tp += 1 } else { missing.append(snippet) }
    }
    for snippet in e.without where contains(haystack, comparable(snippet)) {
      leaked.append(snippet)
    }
    return PageResult(
      file: file, missing: missing, leaked: leaked, truePositives: tp,
      falseNegatives: missing.count, falsePositives: leaked.count,
      date: (e.date, metadata.published?.description), title: (e.title, metadata.title),
      author: (e.author, metadata.author), error: error)
  }

  private static func stripGz(_ name: String) -> String {
    name.lowercased().hasSuffix(".gz") ? String(name.dropLast(3)) : name
  }

  /// Normalized bytes with every whitespace run as one space, trimmed.
  static func comparable(_ s: String) -> [UInt8] {
    let normalized = TextNormalizer().normalize(paragraphs: [s]).text
    var out: [UInt8] = []
    out.reserveCapacity(normalized.utf8.count)
    var space = false
    for b in normalized.utf8 {
      if ByteChecks.isASCIIWhitespace(b) {
        space = !out.isEmpty
      } else {
        if space { out.append(32) }
        space = false
        out.append(b)
      }
    }
    return out
  }

  static func sameIgnoringCase(_ a: String?, _ b: String?) -> Bool {
    guard let a, let b else { return false }
    return comparable(a).map(BoilerplatePhrases.lowerASCII)
      == comparable(b).map(BoilerplatePhrases.lowerASCII)
  }

  /// Whether two author lists name the same people, whatever the separators (`;`, `,`, `and`,
  /// `&`) and the order.
  static func sameNames(_ a: String?, _ b: String?) -> Bool {
    guard let a, let b else { return false }
    func names(_ s: String) -> Set<String> {
      let lowered = String(
        decoding: comparable(s).map(BoilerplatePhrases.lowerASCII), as: UTF8.self)
      let unified = lowered.replacingOccurrences(of: " and ", with: ";")
        .replacingOccurrences(of: "&", with: ";").replacingOccurrences(of: ",", with: ";")
      let parts = unified.split(separator: ";").map { String($0).trimmedASCIIWhitespace }
      return Set(parts.filter { !$0.isEmpty })
    }
    return names(a) == names(b)
  }

  private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty else { return true }
    guard needle.count <= haystack.count else { return false }
    let first = needle[0]
    var i = 0
    let last = haystack.count - needle.count
    while i <= last {
      if haystack[i] == first {
        var j = 1
        while j < needle.count, haystack[i + j] == needle[j] { j += 1 }
        if j == needle.count { return true }
      }
      i += 1
    }
    return false
  }
}

extension ExtractionEvaluation.Report {
  /// Adds one page's outcome to the totals.
  public mutating func add(_ r: ExtractionEvaluation.PageResult) {
    pages.append(r)
    truePositives += r.truePositives
    falseNegatives += r.falseNegatives
    falsePositives += r.falsePositives
    if let expected = r.date.expected, !expected.isEmpty {
      datesExpected += 1
      if r.date.found == expected { datesRight += 1 }
    }
    if let expected = r.title.expected, !expected.isEmpty {
      titlesExpected += 1
      if ExtractionEvaluation.sameIgnoringCase(expected, r.title.found) { titlesRight += 1 }
    }
    if let expected = r.author.expected, !expected.isEmpty {
      authorsExpected += 1
      if ExtractionEvaluation.sameNames(expected, r.author.found) { authorsRight += 1 }
    }
  }
}

extension ExtractionEvaluation {
  /// One line per text block of an HTML page, for finding out why a block was kept or dropped:
  /// `+` kept, `-` not; then the owner element id, the container's ids, link bytes, and flags
  /// (`C` chrome, `F` foreign, `D` inside dropped chrome).
  public static func blockTrace(html: [UInt8]) -> String {
    let choice = CharsetChoice.choose(for: html)
    guard let page = HTMLParser.parse(html, from: choice.skip, encoding: choice.encoding) else {
      return "unreadable"
    }
    let selection = ContentSelector().select(page)
    let kept = Set(selection.kept)
    var out = "container \(selection.container)\n"
    for (index, block) in page.blocks.enumerated() {
      let e = page.elements[block.owner]
      var flags = ""
      if e.isChrome { flags += "C" }
      if e.isForeign { flags += "F" }
      if selection.dropped[block.owner] { flags += "D" }
      if e.isContentRoot { flags += "R" }
      if selection.container.contains(block.owner) { flags += "I" }
      if block.isHeading { flags += "H" }
      let text = String(decoding: page.text[block.range], as: UTF8.self)
      out += "\(kept.contains(index) ? "+" : "-") \(index) o\(block.owner) p\(e.parent) "
      out += "l\(block.linkBytes)/\(block.range.count) \(flags) | \(text)\n"
    }
    return out
  }
}
