import CrosscheckCore
import CrosscheckReconcile
import CrosscheckReports
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The end of a streaming run, one claim group at a time: writes `claims.jsonl`, reconciles each
/// (subject, attribute, qualifier) group on its own, and writes `conflicts.jsonl`,
/// `reconciled.jsonl`, `reconciled.csv`, `errors.jsonl` and the three reports, the same bytes as
/// ``OutputWriter`` writes for the whole result.
///
/// Claims stay in the ``ClaimSpill`` and their groups in a ``ClaimGroupIndex`` on disk; memory
/// holds an entry per group, the places of a few groups' claims and one group's claims at a
/// time. Groups are reconciled twice: once to collect what the reliability estimate reads (the
/// same estimate a one-shot reconcile makes over every claim; it waits on disk in a
/// ``ScopeSpill``), once with that estimate.
struct GroupedOutput {
  let reconciler: NumericReconciler
  let trends: [String: Trend]
  let directory: String
  let pipelineName: String
  let corpusLabel: String
  /// About how many claims' places are held at once while groups are read (see
  /// ``ClaimGroupIndex``).
  var groupBudget = 1 << 18
  /// How many sources' files are sorted in memory at once; more are sorted on disk.
  var sortBudget = 1 << 15

  /// What the report needs of one claim of the group being read, besides the claim itself: its
  /// sentence and its document (an index into the group's ``Group/documents``). The claims are
  /// kept apart, in one array that reconciliation reads without copying.
  struct Member: Sendable {
    var sentence: String?
    var highlight: TextRange?
    var document: Int32
  }

  /// What a group needs of one of its documents: what reconciliation and the report's views of
  /// its claims read, not the whole digest.
  struct GroupDocument: Sendable {
    var id: String
    var file: String
    var publishedBasis: String?
    /// Its source, which also holds its publication date.
    var source: DocumentSource

    init(_ d: DocumentDigest, source: DocumentSource) {
      id = d.id
      file = d.file
      publishedBasis = d.publishedBasis
      self.source = source
    }
  }

  /// One group's claims in the order reconciliation reads them, what the report needs of each,
  /// and each of their documents once.
  struct Group: Sendable {
    var claims: [Claim]
    var members: [Member]
    var documents: [GroupDocument]

    func document(_ m: Member) -> GroupDocument { documents[Int(m.document)] }

    /// The positions of the claims in id order, to find a claim by its id.
    func idOrder() -> [Int32] {
      (0..<Int32(claims.count)).sorted { claims[Int($0)].id < claims[Int($1)].id }
    }

    /// The position of the claim `id`, given the positions in id order.
    func position(of id: String, in order: [Int32]) -> Int? {
      var low = 0
      var high = order.count
      while low < high {
        let mid = (low + high) / 2
        if claims[Int(order[mid])].id < id { low = mid + 1 } else { high = mid }
      }
      guard low < order.count, claims[Int(order[low])].id == id else { return nil }
      return Int(order[low])
    }
  }

  /// Writes every file but `documents.jsonl` and returns the run's counts.
  ///
  /// `documents` are the documents in input order (their digests, finished writing);
  /// `claimCounts` the number of claims each wrote to `spill`, in the same order.
  func write(
    documents: DigestSpill, claimCounts: [Int32], problems: ProblemLog, spill: ClaimSpill, renaming: RunRenaming,
    onProblem: ((Problem) -> Void)? = nil
  ) throws -> RunSummary {
    try spill.finishWriting()
    let groups = try ClaimGroupIndex(directory: directory, budget: groupBudget)
    defer { groups.discard() }
    try writeClaims(documents: documents, claimCounts: claimCounts, spill: spill, renaming: renaming, into: groups)
    // A document's source is its site, else its file; a near copy counts for its original's.
    func source(_ position: Int, _ d: DocumentDigest) throws -> DocumentSource {
      let origin = try documents.original(of: position).map { try documents.digest($0) } ?? d
      return DocumentSource(source: origin.ownSource, copyOf: d.copyOf, warned: d.warned, published: d.published)
    }
    func members(_ places: [(document: Int, offset: Int64)]) throws -> Group {
      var read: [Int: Int32] = [:]
      var seen: [GroupDocument] = []
      var claims: [Claim] = []
      claims.reserveCapacity(places.count)
      var members = try places.map { position, offset in
        let record = try spill.record(at: offset).claim
        let index: Int32
        if let known = read[position] {
          index = known
        } else {
          let d = try documents.digest(position)
          index = Int32(seen.count)
          seen.append(GroupDocument(d, source: try source(position, d)))
          read[position] = index
        }
        var claim = try renaming.apply(to: record.claim, document: position)
        // Every claim of a group names the same subject, most as it was written, and a
        // document's claims share its id: one copy of each string instead of one per claim.
        if let first = claims.first, claim.subject.name == first.subject.name {
          claim.subject.name = first.subject.name
        }
        if claim.subject.mention == claim.subject.name { claim.subject.mention = claim.subject.name }
        let document = seen[Int(index)].id
        if claim.document == document { claim.document = document }
        claims.append(claim)
        return Member(sentence: record.sentence, highlight: record.highlight, document: index)
      }
      reconciler.sortForReconciling(&claims, alongside: &members)
      return Group(claims: claims, members: members, documents: seen)
    }
    // Each group is reconciled with its own documents' sources and its own claims' sentences.
    func context(_ g: Group) -> ReconcileContext {
      var c = ReconcileContext(trends: trends)
      for d in g.documents { c.documents[d.id] = d.source }
      for (claim, m) in zip(g.claims, g.members) { if let s = m.sentence { c.sentences[claim.id] = s } }
      return c
    }

    // Source reliability over every claim, as one reconcile of all of them estimates it; the
    // scopes it reads wait on disk.
    let scopes = try ScopeSpill(directory: directory)
    defer { scopes.discard() }
    try groups.forEachGroup { _, claims in
      let g = try members(claims)
      for scope in reconciler.reliabilityScopes(g.claims, context: context(g)) { try scopes.append(scope) }
    }
    let reliability = try scopes.sourceReliability(reconciler)
    scopes.discard()

    let sinks = try Sinks(directory: directory)
    defer { sinks.discardTemporary() }
    try sinks.csv.write(ReconciledCSV.header + "\n")
    let encoder = JSONLines.encoder()
    let reportEncoder = JSONReport.encoder()
    let placeholder = ReportModel(
      pipeline: pipelineName, corpus: corpusLabel,
      summary: .init(
        documents: 0, failed: 0, warnings: 0, sentences: 0, entities: 0, claims: 0, sources: 0, verdicts: [:],
        contradictionsWithinDocuments: 0, implausibleSequences: 0),
      sources: [], problems: [])
    let markdown = MarkdownReport(model: placeholder)
    let html = HTMLReport(model: placeholder)
    var verdicts: [String: Int] = [:]
    var withinDocuments = 0
    var implausible = 0
    var copies: [String: Int] = [:]
    var sourceReliability: [String: Double] = [:]
    var sectionCount = 0
    var singleCount = 0
    var encodingError: (any Error)?
    try groups.forEachGroup { r, claims in
      let g = try members(claims)
      guard let first = g.claims.first else { return }
      // The context (a dictionary per document and per claim) is let go before the views are made.
      let (conflicts, values) = { () -> ([ConflictPair], [ReconciledValue]) in
        var groupContext = context(g)
        groupContext.reliability = reliability
        return reconciler.reconcile(g.claims, context: groupContext)
      }()
      for c in conflicts {
        try sinks.conflicts.write(Array(try encoder.encode(c)) + [UInt8(ascii: "\n")])
        verdicts[c.verdict.rawValue, default: 0] += 1
        if c.verdict == .contradiction && c.sameDocument { withinDocuments += 1 }
      }
      var copyOf: [String: String] = [:]
      for v in values {
        try sinks.reconciled.write(Array(try encoder.encode(v)) + [UInt8(ascii: "\n")])
        try sinks.csv.write(ReconciledCSV.row(v))
        if v.breaksSequence != nil { implausible += 1 }
        for e in v.evidence ?? [] {
          if let c = e.copyOf { copyOf[e.claim] = c }
          sourceReliability[e.source] = e.reliability
        }
      }
      for (claim, m) in zip(g.claims, g.members) where copyOf[claim.id] != nil {
        copies[g.document(m).source.source, default: 0] += 1
      }
      // The report's views of the claims are made as each renderer reads them, not held.
      let order = g.idOrder()
      let (section, single) = ReportModel.section(
        number: r + 1, key: .init(first.subject.name, first.attribute, first.qualifier), values: values,
        pairs: consume conflicts, knows: { g.position(of: $0, in: order) != nil },
        view: { [copyOf] id in
          guard let i = g.position(of: id, in: order) else { return .unknown(id) }
          let (claim, m) = (g.claims[i], g.members[i])
          let d = g.document(m)
          return ReportModel.view(
            claim, sentence: m.sentence, highlight: m.highlight, file: d.file, published: d.source.published,
            publishedBasis: d.publishedBasis, source: d.source.source, copyOf: copyOf[id])
        })
      if single {
        try sinks.markdownSingles.write(markdown.singleRows(section))
        try sinks.htmlSingles.write(html.singleRows(section))
        try sinks.jsonSingles.write(try JSONReport.element(section, first: singleCount == 0, encoder: reportEncoder))
        singleCount += 1
      } else {
        try sinks.markdownContents.write(markdown.contentsLine(section))
        try sinks.htmlContents.write(html.contentsLine(section))
        try sinks.write(sinks.markdownSections) { markdown.body(section, to: $0) }
        try sinks.write(sinks.htmlSections) { html.body(section, to: $0) }
        try sinks.write(sinks.jsonSections) { write in
          do {
            try JSONReport.element(section, first: sectionCount == 0, encoder: reportEncoder, to: write)
          } catch { encodingError = encodingError ?? error }
        }
        if let encodingError { throw encodingError }
        sectionCount += 1
      }
    }
    try sinks.conflicts.close()
    try sinks.reconciled.close()
    try sinks.csv.close()

    // The counts, the sources and the problems, then each report around its sections. Sources'
    // files and problems are sorted on disk and read back for each file that lists them.
    let sourceFiles = try ExternalSorter<SourceFile>(
      path: path(".sources.spill"), budget: sortBudget, encode: SourceFile.encode, decode: SourceFile.decode,
      by: { ($0.source, $0.file) < ($1.source, $1.file) })
    defer { sourceFiles.discard() }
    for (position, n) in claimCounts.enumerated() {
      let d = try documents.digest(position)
      try sourceFiles.add(SourceFile(source: try source(position, d).source, file: d.file, claims: Int(n)))
    }
    // One source at a time, with its files in order (each once).
    func forEachSource(_ body: (ReportModel.Source) throws -> Void) throws {
      var current: ReportModel.Source?
      try sourceFiles.forEachSorted { row in
        if let c = current, c.name != row.source {
          try body(c)
          current = nil
        }
        var c = current ?? ReportModel.Source(
          name: row.source, files: [], claims: 0, copies: copies[row.source] ?? 0,
          reliability: sourceReliability[row.source])
        current = nil
        if c.files.last != row.file { c.files.append(row.file) }
        c.claims += row.claims
        current = c
      }
      if let c = current { try body(c) }
    }
    var sourceCount = 0
    try forEachSource { if $0.claims > 0 { sourceCount += 1 } }
    let summary = RunSummary(
      documents: documents.count, failed: problems.errors, warnings: problems.warnings,
      sentences: documents.sentenceCount, entities: documents.entityCount,
      claims: claimCounts.reduce(0) { $0 + Int($1) }, verdicts: verdicts)
    var reportVerdicts: [String: Int] = [:]
    for v in Verdict.allCases { reportVerdicts[v.rawValue] = verdicts[v.rawValue] ?? 0 }
    let model = ReportModel(
      pipeline: pipelineName, corpus: corpusLabel,
      summary: .init(
        documents: summary.documents, failed: summary.failed, warnings: summary.warnings,
        sentences: summary.sentences, entities: summary.entities, claims: summary.claims,
        sources: sourceCount, verdicts: reportVerdicts,
        contradictionsWithinDocuments: withinDocuments, implausibleSequences: implausible),
      sources: [], problems: [])
    // The renderers read rows without throwing; a read error stops the rows and is thrown after.
    var readError: (any Error)?
    let sourceRows = ReportRows<ReportModel.Source>(isEmpty: sourceFiles.count == 0) { body in
      do { try forEachSource(body) } catch { readError = readError ?? error }
    }
    let problemRows = ReportRows<Problem>(isEmpty: problems.isEmpty) { body in
      do { try problems.forEachSorted(body) } catch { readError = readError ?? error }
    }

    let errors = try OutputFile(path: path("errors.jsonl"))
    try problems.forEachSorted { p in
      try errors.write(Array(try encoder.encode(p)) + [UInt8(ascii: "\n")])
      onProblem?(p)
    }
    try errors.close()
    try sinks.finishTemporary()

    try sinks.assemble(
      MarkdownReport(model: model), into: path("report.md"), contents: sinks.markdownContents,
      sections: sinks.markdownSections, singles: sinks.markdownSingles, sectionCount: sectionCount,
      singleCount: singleCount, sources: sourceRows, problems: problemRows)
    if let readError { throw readError }
    try sinks.assemble(
      HTMLReport(model: model), into: path("report.html"), contents: sinks.htmlContents,
      sections: sinks.htmlSections, singles: sinks.htmlSingles, sectionCount: sectionCount,
      singleCount: singleCount, sources: sourceRows, problems: problemRows)
    if let readError { throw readError }

    let json = try OutputFile(path: path("report.json"))
    var failure: (any Error)?
    // The rendered elements go straight into the file, between the pieces the report writes.
    try JSONReport.render(
      model,
      sections: .init(count: sectionCount) { _ in try sinks.jsonSections.copy(into: json) },
      singles: .init(count: singleCount) { _ in try sinks.jsonSingles.copy(into: json) },
      sources: sourceRows, problems: problemRows
    ) { text in
      do { try json.write(text) } catch { failure = failure ?? error }
    }
    if let failure { throw failure }
    if let readError { throw readError }
    try json.close()
    return summary
  }

  func path(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }

  /// Pass 1: writes `claims.jsonl` in document order and records each claim's group and place in
  /// `groups`.
  private func writeClaims(
    documents: DigestSpill, claimCounts: [Int32], spill: ClaimSpill, renaming: RunRenaming,
    into groups: ClaimGroupIndex
  ) throws {
    let file = try OutputFile(path: path("claims.jsonl"))
    var line = JSONBytes(capacity: 1 << 16)
    var offset: Int64 = 0
    for (n, count) in claimCounts.enumerated() where count > 0 {
      let d = try documents.digest(n)
      for _ in 0..<count {
        let (record, next) = try spill.record(at: offset)
        let c = try renaming.apply(to: record.claim, document: n)
        ClaimRecord(c, sentence: record.sentence ?? "", file: d.file, site: d.site).writeJSONLine(into: &line)
        line.raw(UInt8(ascii: "\n"))
        if line.bytes.count >= 1 << 16 {
          try file.write(line.bytes)
          line.bytes.removeAll(keepingCapacity: true)
        }
        try groups.add(ReportModel.GroupKey(c.subject.name, c.attribute, c.qualifier), document: n, offset: offset)
        offset = next
      }
    }
    try file.write(line.bytes)
    try file.close()
    try groups.finishWriting()
  }
}

/// The files the grouped end of a run writes at once: the JSON Lines and CSV outputs, and
/// temporary files holding the reports' contents, sections and singles until the counts at the
/// top of each report are known.
private final class Sinks {
  let conflicts: OutputFile
  let reconciled: OutputFile
  let csv: OutputFile
  let markdownContents: TemporaryText
  let markdownSections: TemporaryText
  let markdownSingles: TemporaryText
  let htmlContents: TemporaryText
  let htmlSections: TemporaryText
  let htmlSingles: TemporaryText
  let jsonSections: TemporaryText
  let jsonSingles: TemporaryText

  init(directory: String) throws {
    func path(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }
    conflicts = try OutputFile(path: path("conflicts.jsonl"))
    reconciled = try OutputFile(path: path("reconciled.jsonl"))
    csv = try OutputFile(path: path("reconciled.csv"))
    markdownContents = try TemporaryText(path: path(".report.md.contents"))
    markdownSections = try TemporaryText(path: path(".report.md.sections"))
    markdownSingles = try TemporaryText(path: path(".report.md.singles"))
    htmlContents = try TemporaryText(path: path(".report.html.contents"))
    htmlSections = try TemporaryText(path: path(".report.html.sections"))
    htmlSingles = try TemporaryText(path: path(".report.html.singles"))
    jsonSections = try TemporaryText(path: path(".report.json.sections"))
    jsonSingles = try TemporaryText(path: path(".report.json.singles"))
  }

  var temporary: [TemporaryText] {
    [markdownContents, markdownSections, markdownSingles, htmlContents, htmlSections, htmlSingles, jsonSections, jsonSingles]
  }

  func finishTemporary() throws { for t in temporary { try t.finish() } }
  func discardTemporary() { for t in temporary { t.discard() } }

  /// Runs a renderer that hands its text to a function, writing each piece to `file`.
  func write(_ file: OutputFile, _ render: ((String) -> Void) -> Void) throws {
    var failure: (any Error)?
    render { text in
      do { try file.write(text) } catch { failure = failure ?? error }
    }
    if let failure { throw failure }
  }

  func write(_ file: TemporaryText, _ render: ((String) -> Void) -> Void) throws {
    try write(file.file, render)
  }

  /// Writes a whole report from its parts, as ``SectionedReport/render(to:)`` orders them: the
  /// contents lines, sections and single-claim rows come from the temporary files.
  func assemble(
    _ report: some SectionedReport, into path: String, contents: TemporaryText, sections: TemporaryText,
    singles: TemporaryText, sectionCount: Int, singleCount: Int, sources: ReportRows<ReportModel.Source>,
    problems: ReportRows<Problem>
  ) throws {
    let file = try OutputFile(path: path)
    try file.write(report.head())
    if sectionCount > 0 {
      try file.write(report.contentsHead)
      try contents.copy(into: file)
      try file.write(report.contentsEnd)
    }
    try sections.copy(into: file)
    if singleCount > 0 {
      try file.write(report.singlesHead)
      try singles.copy(into: file)
      try file.write(report.singlesEnd)
    }
    try write(file) { report.tail(sources: sources, problems: problems, to: $0) }
    try file.close()
  }
}

/// A temporary file of text written once and copied, whole, into another file.
private final class TemporaryText {
  let path: String
  let file: OutputFile

  init(path: String) throws {
    self.path = path
    file = try OutputFile(path: path, atomic: false)
  }

  func write(_ text: String) throws { try file.write(text) }

  func finish() throws { try file.close() }

  /// Appends the whole file to `sink`, a few megabytes at a time.
  func copy(into sink: OutputFile) throws {
    try file.close()
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw SpillError(path: path, reason: "cannot open: errno \(errno)") }
    defer { _ = Glibc.close(fd) }
    var buffer = [UInt8](repeating: 0, count: OutputFile.bufferSize)
    while true {
      let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
      guard n >= 0 else { throw SpillError(path: path, reason: "read failed: errno \(errno)") }
      if n == 0 { break }
      try sink.write(Array(buffer[0..<n]))
    }
  }

  func discard() {
    try? file.close()
    unlink(path)
  }
}

/// One document's file under the source it counts for, and its claims, as the sources table
/// reads them.
private struct SourceFile {
  var source: String
  var file: String
  var claims: Int

  static func encode(_ r: SourceFile, _ out: inout [UInt8]) {
    ClaimCodec.put(r.source, &out)
    ClaimCodec.put(r.file, &out)
    ClaimCodec.put(UInt64(r.claims), &out)
  }

  static func decode(_ b: [UInt8]) throws -> SourceFile {
    var i = 0
    let source = try ClaimCodec.string(b, &i)
    let file = try ClaimCodec.string(b, &i)
    return SourceFile(source: source, file: file, claims: Int(try ClaimCodec.number(b, &i)))
  }
}
