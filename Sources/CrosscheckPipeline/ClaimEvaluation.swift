import CrosscheckCore
import CrosscheckIngest
import CrosscheckTagging
import Foundation

/// One hand label of a claim an article states, a line of a labelled set's `labels.tsv`: file,
/// subject (canonical name), attribute, low, high, modifier, year, hard (`yes` or `no`), note,
/// tab-separated; `#` lines are comments. An empty low or high is an open side, except for an
/// `exact` or `about` value, which has none: "1931, (empty), exact" is the year 1931, the shorthand
/// some writers of labels use for a single value.
public struct ClaimLabel: Sendable, Hashable, CustomStringConvertible {
  public var file: String
  public var subject: String
  public var attribute: String
  public var low: Double?
  public var high: Double?
  public var modifier: String
  public var year: Int?
  /// Whether the claim is stated in a hard way (an alias, a reference, an ordinal, a list, a
  /// relative date, number words, ...), as the set's header defines it.
  public var hard: Bool
  public var note: String

  public init(
    file: String, subject: String, attribute: String, low: Double?, high: Double?, modifier: String,
    year: Int?, hard: Bool, note: String = ""
  ) {
    self.file = file
    self.subject = subject
    self.attribute = attribute
    self.low = low
    self.high = high
    self.modifier = modifier
    self.year = year
    self.hard = hard
    self.note = note
  }

  public var description: String {
    let value = "\(low.map { "\($0)" } ?? "-")..\(high.map { "\($0)" } ?? "-")"
    return "\(file): \(subject) \(attribute) \(value) \(modifier) \(year.map(String.init) ?? "")"
      + (note.isEmpty ? "" : " [\(note)]")
  }

  /// Reads the tab-separated label file; `#` lines and lines of fewer than eight fields are
  /// skipped.
  public static func parse(_ text: String) -> [ClaimLabel] {
    text.split(separator: "\n").compactMap { line in
      if line.hasPrefix("#") { return nil }
      let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard f.count >= 8 else { return nil }
      var low = Double(f[3])
      var high = Double(f[4])
      if f[5] == "exact" || f[5] == "about" {
        low = low ?? high
        high = high ?? low
      }
      return ClaimLabel(
        file: f[0], subject: f[1], attribute: f[2], low: low, high: high,
        modifier: f[5], year: Int(f[6]), hard: f[7] == "yes", note: f.count > 8 ? f[8] : "")
    }
  }

  /// Whether `claim` says what this label says: same subject (ignoring case, diacritics, a
  /// company's legal ending: "Corvaline Airways Group plc" is "Corvaline Airways Group", and the
  /// order of a body's organ and its owner: "Board of Trustees of the Halden Institute" is
  /// "Halden Institute Board of Trustees"), attribute, interval (each side within 0.5%) and, when
  /// labelled, year. The modifier is not compared: the interval already carries open sides.
  public func matches(_ claim: Claim) -> Bool {
    guard claim.attribute == attribute, Self.sameName(claim.subject.name, subject) else { return false }
    guard Self.same(low, claim.value.low), Self.same(high, claim.value.high) else { return false }
    if let year, claim.time.year != year { return false }
    return true
  }

  private static func sameName(_ a: String, _ b: String) -> Bool {
    let a = withoutLegalEnding(fold(a)), b = withoutLegalEnding(fold(b))
    return a == b || !Set(ownerFirst(a) + [a]).isDisjoint(with: ownerFirst(b) + [b])
  }

  /// A folded "organ of (the) owner" name written owner first, once for each " of " it holds:
  /// "board of trustees of the halden institute" gives "of trustees of the halden institute board"
  /// and "halden institute board of trustees".
  static func ownerFirst(_ folded: String) -> [String] {
    var names: [String] = []
    var rest = folded[...]
    while let of = rest.range(of: " of ") {
      var owner = folded[of.upperBound...]
      if owner.hasPrefix("the ") { owner = owner.dropFirst(4) }
      let organ = folded[..<of.lowerBound]
      if !owner.isEmpty, !organ.isEmpty { names.append(owner + " " + organ) }
      rest = folded[of.upperBound...]
    }
    return names
  }

  private static func fold(_ s: String) -> String {
    s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }

  /// A folded name without its last word when that word is a company's legal ending.
  static func withoutLegalEnding(_ folded: String) -> String {
    guard let space = folded.lastIndex(of: " "),
      CorpusEntityResolver.legalEndings.contains(
        String(folded[folded.index(after: space)...]).replacingOccurrences(of: ".", with: ""))
    else { return folded }
    return String(folded[..<space])
  }

  private static func same(_ a: Double?, _ b: Double?) -> Bool {
    switch (a, b) {
    case (nil, nil): return true
    case let (x?, y?): return abs(x - y) <= max(abs(x), abs(y)) * 0.005
    default: return false
    }
  }
}

/// One labelled article: "Title", then a dateline ("March 3, 2026", "3 March 2026",
/// "2026-03-03": any date the plain-text reader reads), then the body.
public struct LabelledArticle: Sendable {
  public var file: String
  public var title: String
  public var published: PartialDate?
  public var body: String

  public init(file: String, text: String) {
    self.file = file
    let lines = text.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false)
    title = lines.first.map(String.init) ?? ""
    body = lines.count > 2 ? String(lines[2]) : ""
    published = lines.count > 1 ? PartialDate.dateline(lines[1]) : nil
  }
}

/// Precision and recall of a pipeline's claims on a labelled set, plain and hard labels apart.
public struct ClaimScore: Sendable {
  public var claims = 0
  public var correct = 0
  public var plain = 0
  public var plainFound = 0
  public var hard = 0
  public var hardFound = 0
  /// Right claims that state an already matched label again (counted in ``correct``).
  public var repeats = 0
  public var misses: [ClaimLabel] = []
  /// Each claim no label matched: file, subject, attribute, interval, year, rule and sentence.
  public var falseClaims: [String] = []

  public init() {}

  public var precision: Double { claims == 0 ? 0 : Double(correct) / Double(claims) }
  public var plainRecall: Double { plain == 0 ? 0 : Double(plainFound) / Double(plain) }
  public var hardRecall: Double { hard == 0 ? 0 : Double(hardFound) / Double(hard) }

  /// Two sets' scores together.
  public static func + (a: ClaimScore, b: ClaimScore) -> ClaimScore {
    var s = a
    s.claims += b.claims
    s.correct += b.correct
    s.plain += b.plain
    s.plainFound += b.plainFound
    s.hard += b.hard
    s.hardFound += b.hardFound
    s.repeats += b.repeats
    s.misses += b.misses
    s.falseClaims += b.falseClaims
    return s
  }

  /// "precision 0.950 (114/120), recall plain 1.000 (11/11), hard 0.920 (103/112)".
  public var summary: String {
    String(
      format: "precision %.3f (%d/%d), recall plain %.3f (%d/%d), hard %.3f (%d/%d)", precision,
      correct, claims, plainRecall, plainFound, plain, hardRecall, hardFound, hard)
  }
}

/// Scores a pipeline's claims on a labelled set: a folder of articles (`*.txt`, see
/// ``LabelledArticle``) and their `labels.tsv` (see ``ClaimLabel``). A claim is correct when a
/// label not yet used matches it.
public enum ClaimEvaluation {
  /// A labelled article as a document: read as `crosscheck run` reads a `.txt` file (every line
  /// a paragraph unless it continues one, the headline the first paragraph, the dateline
  /// metadata, quotes and dashes normalized), or, `asWritten`, the body alone as written with the
  /// title and dateline as metadata (how sets were scored until session 13).
  public static func document(
    file: String, text: String, normalizer: ArticleNormalizer = ArticleNormalizer(), asWritten: Bool = false
  ) throws -> Document {
    if !asWritten {
      return try normalizer.normalize(plainText: Array(text.utf8), file: file)
    }
    let article = LabelledArticle(file: file, text: text)
    var metadata = DocumentMetadata()
    metadata.title = article.title
    metadata.published = article.published
    metadata.publishedBasis = "meta"
    return StreamFilters.document(id: file, text: article.body, metadata: metadata)
  }

  /// Each article is read as `crosscheck run` reads a `.txt` file, with the pipeline's ingest
  /// settings (see ``document(file:text:normalizer:asWritten:)``).
  public static func score(folder: URL, pipeline: Pipeline, asWritten: Bool = false) throws -> ClaimScore {
    let labelText = try String(
      contentsOf: folder.appendingPathComponent("labels.tsv"), encoding: .utf8)
    let labels = ClaimLabel.parse(labelText)
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
    var score = ClaimScore()
    for file in files {
      let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      let document = try Self.document(
        file: file, text: text, normalizer: pipeline.normalizer, asWritten: asWritten)
      let annotated = try pipeline.annotate(document)
      let found = annotated.claims
      var used = Array(repeating: false, count: found.count)
      let fileLabels = labels.filter { $0.file == file }
      for label in fileLabels {
        let hit = found.indices.first { !used[$0] && label.matches(found[$0]) }
        if let hit { used[hit] = true }
        if label.hard {
          score.hard += 1
          if hit != nil { score.hardFound += 1 }
        } else {
          score.plain += 1
          if hit != nil { score.plainFound += 1 }
        }
        if hit == nil { score.misses.append(label) }
      }
      score.claims += found.count
      score.correct += used.filter { $0 }.count
      // A claim that states a labelled claim again (a headline, a key-figures line or a quote
      // repeating the body) is right, though the label was already matched: a set labels a
      // repeated value once.
      for (i, claim) in found.enumerated() where !used[i] && fileLabels.contains(where: { $0.matches(claim) }) {
        used[i] = true
        score.correct += 1
        score.repeats += 1
      }
      for (i, claim) in found.enumerated() where !used[i] {
        let v = claim.value
        let sentence = annotated.text.slice(claim.sentence)
        score.falseClaims.append(
          "\(file): \(claim.subject.name) \(claim.attribute) "
            + "\(v.low.map { "\($0)" } ?? "-")..\(v.high.map { "\($0)" } ?? "-") "
            + "\(claim.time.year.map(String.init) ?? "") (\(claim.rule ?? "")) << \(sentence)")
      }
    }
    return score
  }
}
