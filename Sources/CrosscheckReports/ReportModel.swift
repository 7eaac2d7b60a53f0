import CrosscheckCore
import CrosscheckReconcile

/// Everything the reports show, built once from a run and rendered as Markdown, HTML and JSON
/// (`report.json` is this value encoded). Every list is in a stable order.
public struct ReportModel: Codable, Sendable {
  /// Counts at the top of a report.
  public struct Summary: Codable, Sendable {
    public var documents: Int
    public var failed: Int
    public var warnings: Int
    public var sentences: Int
    public var entities: Int
    public var claims: Int
    public var sources: Int
    /// Compared pairs by verdict, every verdict listed.
    public var verdicts: [String: Int]
    /// Contradictions between two claims of the same article.
    public var contradictionsWithinDocuments: Int
    /// Values that break the sequence of values over time.
    public var implausibleSequences: Int

    public init(
      documents: Int, failed: Int, warnings: Int, sentences: Int, entities: Int, claims: Int, sources: Int,
      verdicts: [String: Int], contradictionsWithinDocuments: Int, implausibleSequences: Int
    ) {
      self.documents = documents
      self.failed = failed
      self.warnings = warnings
      self.sentences = sentences
      self.entities = entities
      self.claims = claims
      self.sources = sources
      self.verdicts = verdicts
      self.contradictionsWithinDocuments = contradictionsWithinDocuments
      self.implausibleSequences = implausibleSequences
    }

    enum CodingKeys: String, CodingKey {
      case documents, failed, warnings, sentences, entities, claims, sources, verdicts
      case contradictionsWithinDocuments = "contradictions_within_documents"
      case implausibleSequences = "implausible_sequences"
    }
  }

  /// One source (a site or publisher, else a document) and its estimated reliability.
  public struct Source: Codable, Sendable {
    public var name: String
    public var files: [String]
    public var claims: Int
    /// Claims that copy another source's claim (and so count for nothing).
    public var copies: Int
    public var reliability: Double?

    public init(name: String, files: [String], claims: Int, copies: Int, reliability: Double?) {
      self.name = name
      self.files = files
      self.claims = claims
      self.copies = copies
      self.reliability = reliability
    }
  }

  /// One claim as a reader sees it: the sentence, where the number is, where it came from.
  ///
  /// A class, not a struct: every pair and section that shows a claim shares one view of it,
  /// which keeps a large report's memory to one view per claim.
  public final class ClaimView: Codable, Sendable {
    public let id: String
    public let value: String
    public let unit: String?
    public let time: String
    public let year: Int?
    public let timeBasis: String
    public let sentence: String
    /// The number inside `sentence`, as UTF-8 byte offsets into it.
    public let highlight: SpanRecord?
    public let source: String
    public let file: String
    public let published: String?
    public let publishedBasis: String?
    public let subjectMention: String
    public let subjectBasis: String
    public let members: [String]?
    public let warnings: [String]
    public let copyOf: String?

    public init(
      id: String, value: String, unit: String?, time: String, year: Int?, timeBasis: String,
      sentence: String, highlight: SpanRecord?, source: String, file: String, published: String?,
      publishedBasis: String?, subjectMention: String, subjectBasis: String, members: [String]?,
      warnings: [String], copyOf: String?
    ) {
      self.id = id
      self.value = value
      self.unit = unit
      self.time = time
      self.year = year
      self.timeBasis = timeBasis
      self.sentence = sentence
      self.highlight = highlight
      self.source = source
      self.file = file
      self.published = published
      self.publishedBasis = publishedBasis
      self.subjectMention = subjectMention
      self.subjectBasis = subjectBasis
      self.members = members
      self.warnings = warnings
      self.copyOf = copyOf
    }

    enum CodingKeys: String, CodingKey {
      case id, value, unit, time, year, sentence, highlight, source, file, published, members, warnings
      case timeBasis = "time_basis"
      case publishedBasis = "published_basis"
      case subjectMention = "subject_mention"
      case subjectBasis = "subject_basis"
      case copyOf = "copy_of"
    }
  }

  /// One compared pair with both claims.
  public struct PairView: Codable, Sendable {
    public var verdict: Verdict
    public var reason: String
    public var severity: Double?
    public var severityLevel: String?
    public var sameDocument: Bool
    public var members: MemberDifference?
    public var sequencePlausible: Bool?
    public var a: ClaimView
    public var b: ClaimView

    enum CodingKeys: String, CodingKey {
      case verdict, reason, severity, members, a, b
      case severityLevel = "severity_level"
      case sameDocument = "same_document"
      case sequencePlausible = "sequence_plausible"
    }
  }

  /// One subject and attribute: reconciled values over time and every compared pair.
  public struct Section: Codable, Sendable {
    public var id: String
    public var subject: String
    public var attribute: String
    public var qualifier: String?
    /// The value of the latest time scope.
    public var current: ReconciledValue?
    /// Every time scope, oldest first (a single entry for an attribute that cannot change).
    public var timeline: [ReconciledValue]
    public var sequence: String?
    public var sequencePlausible: Bool?
    /// The most serious verdict among the pairs; `nil` when every claim states the same value.
    public var worstVerdict: Verdict?
    /// The compared pairs, the most serious verdict first.
    public var pairs: SectionRows<PairView>
    /// The claims of the timeline's values, by id.
    public var claims: SectionRows<ClaimView>

    enum CodingKeys: String, CodingKey {
      case id, subject, attribute, qualifier, current, timeline, sequence, pairs, claims
      case sequencePlausible = "sequence_plausible"
      case worstVerdict = "worst_verdict"
    }
  }

  public var title: String
  public var pipeline: String
  public var corpus: String
  public var summary: Summary
  public var sources: [Source]
  /// Subjects and attributes with more than one claim.
  public var sections: [Section]
  /// Subjects and attributes with one claim only.
  public var singles: [Section]
  public var problems: [Problem]

  public init(
    title: String = "Crosscheck report", pipeline: String, corpus: String, summary: RunSummary,
    documents: [Document], conflicts: [ConflictPair], reconciled: [ReconciledValue], problems: [Problem]
  ) {
    self.init(
      title: title, pipeline: pipeline, corpus: corpus, summary: summary,
      digests: documents.map(DocumentDigest.init), conflicts: conflicts, reconciled: reconciled,
      problems: problems)
  }

  /// The model of a run from the digests of its documents (what a streaming run keeps).
  public init(
    title: String = "Crosscheck report", pipeline: String, corpus: String, summary: RunSummary,
    digests documents: [DocumentDigest], conflicts: [ConflictPair], reconciled: [ReconciledValue],
    problems: [Problem]
  ) {
    self.title = title
    self.pipeline = pipeline
    self.corpus = corpus
    self.problems = problems.sorted()
    let context = ReconcileContext(digests: documents)
    var copyOf: [String: String] = [:]
    var reliability: [String: Double] = [:]
    for r in reconciled {
      for e in r.evidence ?? [] {
        if let c = e.copyOf { copyOf[e.claim] = c }
        reliability[e.source] = e.reliability
      }
    }

    var views: [String: ClaimView] = [:]
    var sourceFiles: [String: Set<String>] = [:]
    var sourceClaims: [String: Int] = [:]
    var sourceCopies: [String: Int] = [:]
    for d in documents {
      let source = context.documents[d.id]?.source ?? d.file
      sourceFiles[source, default: []].insert(d.file)
      for (i, c) in d.claims.enumerated() {
        sourceClaims[source, default: 0] += 1
        if copyOf[c.id] != nil { sourceCopies[source, default: 0] += 1 }
        views[c.id] = ReportModel.view(of: i, in: d, source: source, copyOf: copyOf[c.id])
      }
    }
    sources = sourceFiles.keys.sorted().map { name in
      Source(
        name: name, files: (sourceFiles[name] ?? []).sorted(), claims: sourceClaims[name] ?? 0,
        copies: sourceCopies[name] ?? 0, reliability: reliability[name])
    }

    var values: [GroupKey: [ReconciledValue]] = [:]
    for r in reconciled { values[GroupKey(r.subject, r.attribute, r.qualifier), default: []].append(r) }
    var pairs: [GroupKey: [ConflictPair]] = [:]
    for p in conflicts { pairs[GroupKey(p.subject, p.attribute, p.qualifier), default: []].append(p) }
    var sections: [Section] = []
    var singles: [Section] = []
    for (n, key) in values.keys.sorted().enumerated() {
      let (section, single) = ReportModel.section(
        number: n + 1, key: key, values: values[key] ?? [], pairs: pairs[key] ?? [], views: views)
      if single { singles.append(section) } else { sections.append(section) }
    }
    self.sections = sections
    self.singles = singles

    var verdicts: [String: Int] = [:]
    for v in Verdict.allCases { verdicts[v.rawValue] = 0 }
    for p in conflicts { verdicts[p.verdict.rawValue, default: 0] += 1 }
    self.summary = Summary(
      documents: summary.documents, failed: summary.failed, warnings: summary.warnings,
      sentences: summary.sentences, entities: summary.entities, claims: summary.claims,
      sources: sources.filter { $0.claims > 0 }.count, verdicts: verdicts,
      contradictionsWithinDocuments: conflicts.filter { $0.verdict == .contradiction && $0.sameDocument }.count,
      implausibleSequences: reconciled.filter { $0.breaksSequence != nil }.count)
  }

  static func view(of index: Int, in d: DocumentDigest, source: String, copyOf: String?) -> ClaimView {
    view(d.claims[index], sentence: d.sentences[index], highlight: d.highlights[index], in: d, source: source, copyOf: copyOf)
  }

  /// The view of a claim of the document `d` (whose own claims are not read), given the sentence
  /// it was read from and the number's place in it.
  public static func view(
    _ c: Claim, sentence: String?, highlight: TextRange?, in d: DocumentDigest, source: String, copyOf: String?
  ) -> ClaimView {
    view(
      c, sentence: sentence, highlight: highlight, file: d.file, published: d.published,
      publishedBasis: d.publishedBasis, source: source, copyOf: copyOf)
  }

  /// The view of a claim read from the file `file`, published on `published`.
  public static func view(
    _ c: Claim, sentence: String?, highlight: TextRange?, file: String, published: PartialDate?,
    publishedBasis: String?, source: String, copyOf: String?
  ) -> ClaimView {
    ClaimView(
      id: c.id, value: Format.value(c.value), unit: c.unit, time: Format.time(c.time), year: c.time.year,
      timeBasis: c.time.basis, sentence: sentence ?? "",
      highlight: highlight.map(SpanRecord.init), source: source, file: file,
      published: published?.description, publishedBasis: publishedBasis,
      subjectMention: c.subject.mention, subjectBasis: c.subject.basis, members: c.members,
      warnings: c.warnings, copyOf: copyOf)
  }

  /// A subject, attribute and qualifier (empty when none): what a section is about.
  public struct GroupKey: Hashable, Comparable, Sendable {
    public var subject: String
    public var attribute: String
    public var qualifier: String

    public init(_ subject: String, _ attribute: String, _ qualifier: String?) {
      self.subject = subject
      self.attribute = attribute
      self.qualifier = qualifier ?? ""
    }

    public static func < (l: GroupKey, r: GroupKey) -> Bool {
      (l.subject, l.attribute, l.qualifier) < (r.subject, r.attribute, r.qualifier)
    }
  }

  /// The section numbered `number` (from 1, over sections and singles in key order) from the
  /// group's reconciled values and compared pairs; `single` when the group has one claim (it
  /// belongs in ``singles``). `views` must hold every claim of the group.
  public static func section(
    number: Int, key: GroupKey, values: [ReconciledValue], pairs: [ConflictPair], views: [String: ClaimView]
  ) -> (section: Section, single: Bool) {
    section(
      number: number, key: key, values: values, pairs: pairs, knows: { views[$0] != nil },
      view: { views[$0] ?? .unknown($0) })
  }

  /// As ``section(number:key:values:pairs:views:)``, but a claim's view is made by `view` each
  /// time a renderer reads a row that shows it, so the section's rows are never all held at once.
  /// `knows` tells, without making a view, whether `view` can make one for a claim: claims and
  /// pairs it does not know are left out, as a missing view leaves them out of the other form.
  public static func section(
    number: Int, key: GroupKey, values: [ReconciledValue], pairs: consuming [ConflictPair],
    knows: (String) -> Bool, view: @escaping @Sendable (String) -> ClaimView
  ) -> (section: Section, single: Bool) {
    let timeline = values.sorted { ($0.year ?? Int.min) < ($1.year ?? Int.min) }
    let current = timeline.first { $0.current == true } ?? timeline.last
    let claimIDs = timeline.flatMap(\.claims).sorted()
    let listed = claimIDs.filter(knows)
    // In place: a large group's pairs are not copied (the caller hands them over).
    var kept = pairs
    kept.removeAll { !knows($0.a) || !knows($0.b) }
    kept.sort { ($1.verdict, $0.a, $0.b) < ($0.verdict, $1.a, $1.b) }
    let shown = kept
    let pairRows = SectionRows(count: shown.count) { i in
      let p = shown[i]
      return PairView(
        verdict: p.verdict, reason: p.reason, severity: p.severity, severityLevel: p.severityLevel,
        sameDocument: p.sameDocument, members: p.members, sequencePlausible: p.sequencePlausible, a: view(p.a),
        b: view(p.b))
    }
    let section = Section(
      id: "s\(number)", subject: key.subject, attribute: key.attribute,
      qualifier: key.qualifier.isEmpty ? nil : key.qualifier, current: current, timeline: timeline,
      sequence: current?.sequence, sequencePlausible: current?.sequencePlausible,
      worstVerdict: shown.first?.verdict, pairs: pairRows,
      claims: SectionRows(count: listed.count) { view(listed[$0]) })
    return (section, claimIDs.count <= 1)
  }

  /// A model whose sections are rendered elsewhere, one at a time (a run too large to hold them):
  /// the counts, sources and problems, with no sections or singles.
  public init(
    title: String = "Crosscheck report", pipeline: String, corpus: String, summary: Summary, sources: [Source],
    problems: [Problem]
  ) {
    self.title = title
    self.pipeline = pipeline
    self.corpus = corpus
    self.summary = summary
    self.sources = sources
    self.sections = []
    self.singles = []
    self.problems = problems.sorted()
  }
}

extension ReportModel.ClaimView {
  /// The sentence in three parts: before the number, the number, after it.
  public var parts: (before: String, number: String, after: String) {
    let length = sentence.utf8.count
    guard let h = highlight, h.start >= 0, h.start <= h.end, h.end <= length else { return (sentence, "", "") }
    return (
      String(sentence.slice(TextRange(0, h.start))), String(sentence.slice(TextRange(h.start, h.end))),
      String(sentence.slice(TextRange(h.end, length)))
    )
  }

  /// "`file`, Site, published 2016-08 (estimate)".
  public var provenance: String {
    var s = file
    if source != file { s += ", " + source }
    if let published {
      s += ", published \(published)"
      if let publishedBasis { s += " (\(publishedBasis))" }
    }
    return s
  }
}

extension ReportModel.Section {
  /// "NATO: member count (arms imports)".
  public var heading: String {
    "\(subject): \(Format.attribute(attribute))" + (qualifier.map { " (\($0))" } ?? "")
  }
}

extension ReportModel {
  /// " members" after a value; nothing for years, which need no unit.
  public static func unitSuffix(_ unit: String?) -> String {
    guard let unit, unit != "year" else { return "" }
    return " " + unit
  }

  /// "6 members", "17,000-22,000 people", "1949".
  public static func valueText(_ r: ReconciledValue) -> String { Format.value(r.value) + unitSuffix(r.unit) }

  /// "3,430–3,570", "6", "20,000–…".
  public static func intervalText(_ i: Interval) -> String {
    if let low = i.low, low == i.high { return Format.number(low) }
    return "\(i.low.map { Format.number($0) } ?? "…")–\(i.high.map { Format.number($0) } ?? "…")"
  }
}

extension ReportModel.ClaimView {
  /// A view of a claim nothing is known of but its id (sections leave such claims out; this only
  /// keeps a row maker total).
  public static func unknown(_ id: String) -> ReportModel.ClaimView {
    .init(
      id: id, value: "", unit: nil, time: "", year: nil, timeBasis: "", sentence: "", highlight: nil, source: "",
      file: "", published: nil, publishedBasis: nil, subjectMention: "", subjectBasis: "", members: nil,
      warnings: [], copyOf: nil)
  }
}
