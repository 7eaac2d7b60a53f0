import CrosscheckClaims
import CrosscheckCore
import CrosscheckReconcile
import CrosscheckReports
import CrosscheckTagging
import CrosscheckText
import Foundation

/// The stages one at a time as JSON Lines filters: each input line gives one output line, and a
/// malformed line gives an error line (`{"error", "line"}`) while the stream goes on.
public struct StreamFilters: Sendable {
  public let pipeline: Pipeline

  public init(pipeline: Pipeline) { self.pipeline = pipeline }

  /// An input line of `text`, `sentences`, `numbers` and `claims`.
  struct TextInput: Decodable {
    var id: String?
    var html: String?
    var text: String?
    /// The file's exact bytes, base64-encoded, read by its extension like a corpus file (so the
    /// declared charset is honoured).
    var bytesBase64: String?
    var file: String?
    var author: String?
    var site: String?
    var url: String?
    var published: String?
    var publishedBasis: String?
    var title: String?

    enum CodingKeys: String, CodingKey {
      case id, html, text, file, url, published, title, author, site
      case publishedBasis = "published_basis"
      case bytesBase64 = "bytes_base64"
    }
  }

  /// The error line for a malformed input line.
  struct ErrorLine: Encodable {
    var error: String
    var line: Int
    var id: String?
  }

  /// Applies `transform` to each line; errors become error lines and are also returned for stderr.
  public static func map(lines: some Sequence<String>, _ transform: (String) throws -> String) -> (output: [String], errors: [String]) {
    var out: [String] = []
    var errors: [String] = []
    for (n, line) in lines.enumerated() where !line.allSatisfy(\.isWhitespace) {
      do {
        out.append(try transform(line))
      } catch {
        let message = "\(error)"
        errors.append("line \(n + 1): \(message)")
        out.append((try? JSONLines.line(ErrorLine(error: message, line: n + 1))) ?? "{\"error\":\"unencodable\"}")
      }
    }
    return (out, errors)
  }

  func decode(_ line: String) throws -> TextInput {
    do {
      return try JSONDecoder().decode(TextInput.self, from: Data(line.utf8))
    } catch {
      throw FilterError("not a JSON object with \"id\" and \"text\" or \"html\"")
    }
  }

  /// A document from text that is already normalized: paragraphs are the blocks between blank lines.
  public static func document(
    id: String, file: String? = nil, text: String, metadata: DocumentMetadata = DocumentMetadata()
  ) -> Document {
    var paragraphs: [TextRange] = []
    let bytes = Array(text.utf8)
    var start = 0
    var i = 0
    while i <= bytes.count {
      let atBreak = i == bytes.count || (bytes[i] == 10 && i + 1 < bytes.count && bytes[i + 1] == 10)
      if atBreak {
        var s = start
        var e = i
        while s < e, bytes[s] == 10 || bytes[s] == 32 { s += 1 }
        while e > s, bytes[e - 1] == 10 || bytes[e - 1] == 32 { e -= 1 }
        if e > s { paragraphs.append(TextRange(s, e)) }
        i += 2
        start = i
      } else {
        i += 1
      }
    }
    return Document(
      id: id, file: file ?? id, text: text, metadata: metadata, paragraphs: paragraphs.isEmpty ? [TextRange(0, 0)] : paragraphs)
  }

  func stage<T>(_ type: T.Type) -> T? { pipeline.stages.compactMap { $0 as? T }.first }

  /// `crosscheck text`: `{"id", "html"}` or `{"id", "text"}` in, a document record out.
  public func text(_ line: String) throws -> String {
    let input = try decode(line)
    let id = input.id ?? "stdin"
    var known = DocumentMetadata(url: input.url, published: input.published.flatMap { PartialDate(iso: $0) },
                                 publishedBasis: input.published == nil ? nil : (input.publishedBasis ?? "input"))
    known.title = input.title
    known.author = input.author
    known.site = input.site
    let raw: RawArticle
    if let encoded = input.bytesBase64 {
      guard let data = Data(base64Encoded: encoded) else { throw FilterError("\"bytes_base64\" is not base64") }
      raw = RawArticle(file: input.file ?? "\(id).html", bytes: Array(data), known: known)
    } else if let html = input.html {
      raw = RawArticle(file: input.file ?? "\(id).html", bytes: Array(html.utf8), known: known)
    } else if let text = input.text {
      raw = RawArticle(file: input.file ?? "\(id).txt", bytes: Array(text.utf8), known: known)
    } else {
      throw FilterError("needs \"html\", \"text\" or \"bytes_base64\"")
    }
    var document: Document
    do {
      document = try pipeline.normalizer.normalize(raw)
    } catch {
      throw FilterError(error.message)
    }
    if let splitter = stage(SentenceSplitter.self) { document.record(try splitter.annotate(document)) }
    if let tagger = stage(EntityTagger.self) { document.record(try tagger.annotate(document)) }
    var record = DocumentRecord(document)
    record.inputID = input.id
    return try JSONLines.line(record)
  }

  struct SentencesOutput: Encodable {
    struct Item: Encodable { var text: String; var start: Int; var end: Int }
    var id: String
    var sentences: [Item]
  }

  /// `crosscheck sentences`: `{"id", "text"}` in, `{"id", "sentences": [{"text", "start", "end"}]}` out.
  public func sentences(_ line: String) throws -> String {
    let input = try decode(line)
    guard let text = input.text else { throw FilterError("needs \"text\"") }
    guard let splitter = stage(SentenceSplitter.self) else { throw FilterError("the pipeline has no sentences stage") }
    let d = StreamFilters.document(id: input.id ?? "stdin", text: text)
    let ranges = try splitter.annotate(d).sentences ?? []
    return try JSONLines.line(SentencesOutput(id: input.id ?? "stdin", sentences: ranges.map {
      .init(text: String(text.slice($0.range)), start: $0.range.start, end: $0.range.end)
    }))
  }

  struct NumbersOutput: Encodable {
    struct Item: Encodable {
      var text: String
      var start: Int
      var end: Int
      var value: Double?
      var low: Double?
      var high: Double?
      var modifier: Modifier
      var kind: QuantityKind
      var unit: String?
      func encode(to encoder: any Encoder) throws {
        enum K: String, CodingKey { case text, start, end, value, low, high, modifier, kind, unit }
        var c = encoder.container(keyedBy: K.self)
        try c.encode(text, forKey: .text)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        if let value { try c.encode(value, forKey: .value) } else {
          try c.encode(low, forKey: .low)
          try c.encode(high, forKey: .high)
        }
        try c.encode(modifier, forKey: .modifier)
        try c.encode(kind, forKey: .kind)
        try c.encode(unit, forKey: .unit)
      }
    }
    var id: String
    var quantities: [Item]
  }

  /// `crosscheck numbers`: `{"id", "text", "published"?}` in, `{"id", "quantities": [...]}` out;
  /// relative years ("last year") are resolved against `published` when given.
  public func numbers(_ line: String) throws -> String {
    let input = try decode(line)
    guard let text = input.text else { throw FilterError("needs \"text\"") }
    guard let tagger = stage(QuantityTagger.self) else { throw FilterError("the pipeline has no numbers stage") }
    let quantities = tagger.quantities(in: text, publishedYear: input.published.flatMap { PartialDate(iso: $0) }?.year)
    return try JSONLines.line(NumbersOutput(id: input.id ?? "stdin", quantities: quantities.map {
      .init(text: String(text.slice($0.range)), start: $0.range.start, end: $0.range.end,
            value: $0.value, low: $0.low, high: $0.high, modifier: $0.modifier, kind: $0.kind, unit: $0.unit)
    }))
  }

  /// `crosscheck claims`: documents in (`{"id", "text", "published"?}`, as `text` writes them),
  /// one line of claims per claim out.
  public func claims(_ line: String) throws -> [String] {
    let input = try decode(line)
    guard let text = input.text else { throw FilterError("needs \"text\"") }
    var metadata = DocumentMetadata()
    metadata.published = input.published.flatMap { PartialDate(iso: $0) }
    metadata.publishedBasis = input.publishedBasis
    metadata.site = input.site
    metadata.author = input.author
    metadata.title = input.title
    let id = input.id ?? ContentHash.id(of: text)
    let d = StreamFilters.document(id: id, file: input.file, text: text, metadata: metadata)
    let annotated: Document
    do {
      annotated = try pipeline.annotate(d)
    } catch {
      throw FilterError("\(error)")
    }
    return try annotated.claims.map { try JSONLines.line(ClaimRecord($0, in: annotated)) }
  }

  struct ReconcileOutput: Encodable {
    var conflict: ConflictPair?
    var reconciled: ReconciledValue?
  }

  /// `crosscheck reconcile`: claim records in; `{"conflict": ...}` and `{"reconciled": ...}` lines out.
  ///
  /// `reliability` (source → reliability) replaces the estimate from these claims alone, so that
  /// claims reconciled in parts (one partition per process) weigh their sources as one run would;
  /// `reliabilityOnly` writes just the estimate over all the claims, as `{"reliability": {...}}`.
  public func reconcile(
    lines: [String], reliability: [String: Double]? = nil, reliabilityOnly: Bool = false
  ) -> (output: [String], errors: [String]) {
    var out: [String] = []
    var errors: [String] = []
    var remaining = lines[...]
    do {
      try reconcile(
        next: { remaining.popFirst() }, reliability: reliability, reliabilityOnly: reliabilityOnly,
        output: { out.append($0) }, error: { errors.append($0) })
    } catch {
      errors.append("\(error)")
    }
    return (out, errors)
  }

  /// As ``reconcile(lines:reliability:reliabilityOnly:)``, reading lines from `next` until it
  /// returns `nil` and handing each output line to `output` as soon as it is written.
  ///
  /// Neither the input nor the claims are held: claims wait in a temporary directory (under
  /// `TMPDIR`) and are reconciled one (subject, attribute, qualifier) group at a time, after one
  /// pass over the groups has estimated source reliability, as a corpus run does. Memory holds
  /// one group's claims and a small entry per group, document and source. The output is the same, line for
  /// line, as reconciling all the claims at once: error lines first, then every compared pair,
  /// then every reconciled value, groups in key order.
  ///
  /// A malformed line is reported to `report` (and answered with an error line) while the stream
  /// goes on; a temporary file that cannot be written or read back stops it with a thrown error.
  /// `temporaryDirectory` is where the claims' directory is made (default: `TMPDIR`).
  public func reconcile(
    next: () -> String?, reliability: [String: Double]? = nil, reliabilityOnly: Bool = false,
    temporaryDirectory: String? = nil, output: (String) -> Void, error report: (String) -> Void
  ) throws {
    let directory = ((temporaryDirectory ?? NSTemporaryDirectory()) as NSString)
      .appendingPathComponent("crosscheck-reconcile-\(getpid())-\(UUID().uuidString)")
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    } catch {
      throw FilterError("cannot create a temporary directory at \(directory): \(error)")
    }
    defer { try? FileManager.default.removeItem(atPath: directory) }
    do {
      try reconcileInGroups(
        directory: directory, next: next, reliability: reliability, reliabilityOnly: reliabilityOnly,
        output: output, error: report)
    } catch let error as FilterError {
      throw error
    } catch {
      throw FilterError("reconcile: \(error)")
    }
  }

  /// The number of `key` in `table`; a new key gets the next number.
  private static func number(of key: String, in table: inout [String: Int]) -> Int {
    if let known = table[key] { return known }
    table[key] = table.count
    return table.count - 1
  }

  private func reconcileInGroups(
    directory: String, next: () -> String?, reliability: [String: Double]?, reliabilityOnly: Bool,
    output: (String) -> Void, error report: (String) -> Void
  ) throws {
    let spill = try ClaimSpill(directory: directory)
    defer { spill.discard() }
    let groups = try ClaimGroupIndex(directory: directory)
    defer { groups.discard() }
    // Documents and sources by number: the group index keeps each claim's document number where a
    // run keeps its document's position, and a document counts for the source its last claim
    // names, as when all claims are reconciled at once.
    var sources: [String] = []
    var sourceNumbers: [String: Int] = [:]
    var documentNumbers: [String: Int] = [:]
    var documentSources: [Int32] = []
    let decoder = JSONDecoder()
    var record: [UInt8] = []
    var n = 0
    while let line = next() {
      n += 1
      guard !line.allSatisfy(\.isWhitespace) else { continue }
      let r: ClaimRecord
      do {
        r = try decoder.decode(ClaimRecord.self, from: Data(line.utf8))
      } catch {
        report("line \(n): not a claim record")
        output((try? JSONLines.line(ErrorLine(error: "not a claim record", line: n))) ?? "")
        continue
      }
      let span = TextRange(r.span.start, max(r.span.start, r.span.end))
      let claim = Claim(
        id: r.id, document: r.document, sentence: span, span: span, subject: r.subject,
        attribute: r.attribute, qualifier: r.qualifier, value: r.value, unit: r.unit, time: r.time,
        members: r.members, warnings: r.warnings, membersComplete: r.membersComplete, rule: r.rule)
      let source = r.source ?? r.file
      let sourceNumber = Self.number(of: source, in: &sourceNumbers)
      if sourceNumber == sources.count { sources.append(source) }
      let number = Self.number(of: r.document, in: &documentNumbers)
      if number == documentSources.count { documentSources.append(0) }
      documentSources[number] = Int32(sourceNumber)
      record.removeAll(keepingCapacity: true)
      ClaimCodec.encode(
        SpilledClaim(claim: claim, sentence: r.sentence.isEmpty ? nil : r.sentence, highlight: nil),
        into: &record)
      let offset = spill.size
      try spill.append(record)
      try groups.add(
        ReportModel.GroupKey(claim.subject.name, claim.attribute, claim.qualifier), document: number,
        offset: offset)
    }
    sourceNumbers = [:]
    documentNumbers = [:]
    try spill.finishWriting()
    try groups.finishWriting()

    // A group's claims, in the order reconciliation reads them, with their sentences and sources.
    func load(_ places: [(document: Int, offset: Int64)]) throws -> ([Claim], ReconcileContext) {
      var context = ReconcileContext(trends: pipeline.attributeTrends)
      var claims: [Claim] = []
      claims.reserveCapacity(places.count)
      for (number, offset) in places {
        let spilled = try spill.record(at: offset).claim
        if let sentence = spilled.sentence { context.sentences[spilled.claim.id] = sentence }
        context.documents[spilled.claim.document] = DocumentSource(source: sources[Int(documentSources[number])])
        claims.append(spilled.claim)
      }
      pipeline.reconciler.sortForReconciling(&claims)
      return (claims, context)
    }

    var estimate = reliability
    if reliabilityOnly || reliability == nil {
      let scopes = try ScopeSpill(directory: directory)
      defer { scopes.discard() }
      try groups.forEachGroup { _, places in
        let (claims, context) = try load(places)
        for scope in pipeline.reconciler.reliabilityScopes(claims, context: context) { try scopes.append(scope) }
      }
      // Every document's source is estimated, as when all claims are reconciled at once.
      let named = Set(documentSources).sorted().map { sources[Int($0)] }
      let estimated = try scopes.sourceReliability(pipeline.reconciler, sources: named)
      if reliabilityOnly {
        if let line = try? JSONLines.line(["reliability": estimated]) { output(line) }
        return
      }
      estimate = estimated
    }

    let encoder = JSONLines.encoder()
    func line(_ value: ReconcileOutput) -> String? {
      (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) }
    }
    // The reconciled values wait on disk until every pair is out.
    let values = try SpillFile(path: (directory as NSString).appendingPathComponent(".reconciled"))
    defer { values.discard() }
    try groups.forEachGroup { _, places in
      var (claims, context) = try load(places)
      context.reliability = estimate
      let reconciled = pipeline.reconciler.reconcile(claims, context: context) { c in
        if let l = line(ReconcileOutput(conflict: c)) { output(l) }
      }
      claims = []
      for r in reconciled { if let l = line(ReconcileOutput(reconciled: r)) { try values.appendRecord(Array(l.utf8)) } }
    }
    try values.finishWriting()
    let reader = try SpillReader(path: values.path)
    defer { reader.close() }
    while try reader.more() { output(String(decoding: try reader.bytes(), as: UTF8.self)) }
  }
}

/// A problem with one line of a stream.
public struct FilterError: Error, CustomStringConvertible {
  public var description: String
  public init(_ description: String) { self.description = description }
}
