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
  /// (`C` chrome, `F` foreign, `D` inside dropped chrome, `R` content root, `I` inside the
  /// container, `H` heading, `1` the first `<h1>`).
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
      if index == page.firstHeadingBlock { flags += "1" }
      let text = String(decoding: page.text[block.range], as: UTF8.self)
      out += "\(kept.contains(index) ? "+" : "-") \(index) o\(block.owner) p\(e.parent) "
      out += "l\(block.linkBytes)/\(block.range.count) \(flags) | \(text)\n"
    }
    return out
  }
}

// MARK: - Shingle overlap with gold texts

extension ExtractionEvaluation {
  /// How much of a gold text an extraction holds, by overlapping word shingles.
  ///
  /// Public article-extraction benchmarks compare an extracted text with the gold main text
  /// this way: both are split into words (lowercased; every run of characters that are not
  /// letters or digits separates words, so punctuation and whitespace do not matter), every
  /// four consecutive words form a shingle, and the shingles found in both texts (as multisets:
  /// a shingle twice in the gold text counts twice) are the matches.
  public struct ShingleScore: Sendable, Hashable {
    /// Shingles the two texts share (the smaller count of each shingle, summed).
    public var matched: Int
    /// Shingles of the extracted text.
    public var extracted: Int
    /// Shingles of the gold text.
    public var gold: Int

    public init(matched: Int, extracted: Int, gold: Int) {
      self.matched = matched
      self.extracted = extracted
      self.gold = gold
    }

    /// Matched over extracted shingles; 1 when nothing was extracted and nothing was expected,
    /// 0 when nothing was extracted from a page with gold text.
    public var precision: Double {
      extracted == 0 ? (gold == 0 ? 1 : 0) : Double(matched) / Double(extracted)
    }
    /// Matched over gold shingles; 1 when the gold text has none.
    public var recall: Double { gold == 0 ? 1 : Double(matched) / Double(gold) }
    public var f1: Double {
      precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }
  }

  /// The number of words in a shingle.
  public static let shingleWords = 4

  /// Scores `extracted` against `gold` by overlapping four-word shingles (see ``ShingleScore``).
  /// A text of fewer than four words is one shingle of all its words.
  public static func shingleScore(extracted: String, gold: String) -> ShingleScore {
    let found = shingles(of: extracted)
    let expected = shingles(of: gold)
    var matched = 0
    for (shingle, count) in found {
      if let other = expected[shingle] { matched += min(count, other) }
    }
    return ShingleScore(
      matched: matched, extracted: found.values.reduce(0, +), gold: expected.values.reduce(0, +))
  }

  /// The shingles of a text with their counts.
  static func shingles(of text: String) -> [String: Int] {
    let words = shingleWords(text)
    var out: [String: Int] = [:]
    guard !words.isEmpty else { return out }
    guard words.count >= Self.shingleWords else {
      out[words.joined(separator: " "), default: 0] += 1
      return out
    }
    for start in 0...(words.count - Self.shingleWords) {
      out[words[start..<start + Self.shingleWords].joined(separator: " "), default: 0] += 1
    }
    return out
  }

  /// The lowercased words of a text: runs of letters, digits and combining marks.
  static func shingleWords(_ text: String) -> [String] {
    var words: [String] = []
    var current = String.UnicodeScalarView()
    for scalar in text.lowercased().unicodeScalars {
      let p = scalar.properties
      if p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark {
        current.append(scalar)
      } else if !current.isEmpty {
        words.append(String(current))
        current = String.UnicodeScalarView()
      }
    }
    if !current.isEmpty { words.append(String(current)) }
    return words
  }

  /// Shingle scores of a set of pages against their gold texts.
  public struct ShingleReport: Sendable {
    /// Per page: its name (without extensions) and its score.
    public var pages: [(name: String, score: ShingleScore)] = []
    /// Gold texts with no page, and pages that could not be read (scored as empty extractions).
    public var pagesMissing = 0
    public var pagesFailed = 0

    public init() {}

    /// The mean of the pages' precision, recall and F1 (each page counts the same), as the
    /// public benchmarks report them.
    public var meanPrecision: Double { mean(\.precision) }
    public var meanRecall: Double { mean(\.recall) }
    public var meanF1: Double { mean(\.f1) }

    /// Precision, recall and F1 over the shingles of all pages together.
    public var total: ShingleScore {
      ShingleScore(
        matched: pages.reduce(0) { $0 + $1.score.matched },
        extracted: pages.reduce(0) { $0 + $1.score.extracted },
        gold: pages.reduce(0) { $0 + $1.score.gold })
    }

    private func mean(_ value: KeyPath<ShingleScore, Double>) -> Double {
      pages.isEmpty ? 0 : pages.reduce(0) { $0 + $1.score[keyPath: value] } / Double(pages.count)
    }

    /// A printable summary.
    public var text: String {
      func f(_ x: Double) -> String { String(format: "%.3f", x) }
      let t = total
      return """
        pages: \(pages.count) (\(pagesFailed) unreadable, \(pagesMissing) missing)
        shingles, mean over pages: precision \(f(meanPrecision)), recall \(f(meanRecall)), \
        F1 \(f(meanF1))
        shingles, all pages together: precision \(f(t.precision)), recall \(f(t.recall)), \
        F1 \(f(t.f1))

        """
    }
  }

  /// A page's name without its extensions (`a1b2.html.gz` → `a1b2`), the key gold texts use.
  static func pageKey(_ name: String) -> String {
    var key = CorpusManifest.lastComponent(name)
    for ext in [".gz", ".html", ".htm", ".xhtml", ".txt", ".json"]
    where key.lowercased().hasSuffix(ext) && key.count > ext.count {
      key = String(key.dropLast(ext.count))
    }
    return key
  }

  /// Gold texts from a directory of `.txt` files, keyed by file name without extensions.
  public static func goldTexts(inDirectory path: String) throws -> [String: String] {
    var out: [String: String] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    where name.lowercased().hasSuffix(".txt") {
      let url = URL(fileURLWithPath: path).appendingPathComponent(name)
      out[pageKey(name)] = String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }
    return out
  }

  /// Gold texts from a JSON object keyed by page name (with or without extensions). A value is
  /// the text itself, or an object holding it under `articleBody`, `text` or `body` (the layout
  /// of public benchmarks' ground-truth files); other values are skipped.
  public static func goldTexts(json data: Data) throws -> [String: String] {
    guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw IngestError(
        file: "gold texts", reason: .unreadable("the JSON is not an object keyed by page name"))
    }
    var out: [String: String] = [:]
    for (name, value) in object {
      if let text = value as? String {
        out[pageKey(name)] = text
      } else if let fields = value as? [String: Any],
        let text = ["articleBody", "text", "body"].lazy.compactMap({ fields[$0] as? String })
          .first
      {
        out[pageKey(name)] = text
      }
    }
    return out
  }

  /// Extracts every page with `normalizer` and scores its text against the gold text of the
  /// same name (see ``pageKey(_:)``), in the order of the sorted gold names. A page that cannot
  /// be read scores as an empty extraction. With `dropHeadline` (the default), a first
  /// paragraph that is the page's title is left out, as public benchmarks' gold bodies leave
  /// out the headline.
  public static func shingleReport(
    pages: [(name: String, html: [UInt8])], gold: [String: String],
    normalizer: ArticleNormalizer = ArticleNormalizer(), dropHeadline: Bool = true
  ) -> ShingleReport {
    var byKey: [String: (name: String, html: [UInt8])] = [:]
    for page in pages { byKey[pageKey(page.name)] = page }
    var report = ShingleReport()
    for key in gold.keys.sorted() {
      guard let page = byKey[key], let expected = gold[key] else {
        report.pagesMissing += 1
        continue
      }
      var text = ""
      do {
        let document = try normalizer.normalize(html: page.html, file: page.name)
        text = dropHeadline ? body(of: document) : document.text
      } catch {
        report.pagesFailed += 1
      }
      report.pages.append((key, shingleScore(extracted: text, gold: expected)))
    }
    return report
  }

  /// The document's text without its first paragraph when that paragraph is its title.
  static func body(of document: Document) -> String {
    guard let first = document.paragraphs.first, let title = document.metadata.title,
      document.text.slice(first) == title
    else { return document.text }
    let rest = document.paragraphs.dropFirst()
    guard let start = rest.first?.start else { return "" }
    return String(document.text.slice(TextRange(start, document.text.utf8.count)))
  }

  /// Reads the `.html` and `.html.gz` pages of `pagesDirectory` (see
  /// ``pages(inDirectory:decompress:)``) and scores them against `gold` (see
  /// ``goldTexts(inDirectory:)`` and ``goldTexts(json:)``).
  public static func shingleReport(
    pagesDirectory: String, gold: [String: String],
    normalizer: ArticleNormalizer = ArticleNormalizer(), dropHeadline: Bool = true,
    decompress: (([UInt8]) -> [UInt8]?)? = nil
  ) throws -> ShingleReport {
    let loaded = try pages(inDirectory: pagesDirectory, decompress: decompress)
    return shingleReport(pages: loaded, gold: gold, normalizer: normalizer, dropHeadline: dropHeadline)
  }
}
