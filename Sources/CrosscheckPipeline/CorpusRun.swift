import CrosscheckCore
import CrosscheckCorpus
import CrosscheckIngest
import CrosscheckReconcile
import CrosscheckReports
import CrosscheckTagging
import Foundation

/// Everything one run produced, in a stable order.
public struct RunResult: Sendable {
  /// The documents, when the run kept them (``CorpusRun/run(inputs:standardInput:progress:)``);
  /// empty for a run that wrote its output as it read (``CorpusRun/run(inputs:writingTo:pipelineName:corpusLabel:standardInput:progress:)``).
  public var documents: [Document]
  /// What the output files and reports need of each document, in input order.
  public var digests: [DocumentDigest]
  public var problems: [Problem]
  public var conflicts: [ConflictPair]
  public var reconciled: [ReconciledValue]
  public var summary: RunSummary
}

/// Runs a pipeline over a corpus directory: finds the inputs, processes documents concurrently
/// (at most one per core at a time), then reconciles the claims of all of them.
public struct CorpusRun: Sendable {
  public let pipeline: Pipeline

  /// How many documents are processed at once (default: one per core).
  public var workers: Int

  /// About how many claims' places a streaming run holds at once while it reads its groups.
  var groupBudget = 1 << 18

  /// How many problems, or sources' files, a streaming run sorts in memory at once; more are
  /// sorted on disk.
  var sortBudget = 1 << 15

  public init(pipeline: Pipeline, workers: Int? = nil) {
    self.pipeline = pipeline
    self.workers = max(1, workers ?? ProcessInfo.processInfo.activeProcessorCount)
  }

  /// The article files under a directory (recursively, sorted), and problems with the others.
  public func discover(corpus: String) throws -> (files: [String], problems: [Problem]) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: corpus, isDirectory: &isDirectory) else {
      throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: corpus])
    }
    let (inputs, problems) = collector.collect([corpus])
    return (inputs.map(\.relativePath), problems.map(\.problem))
  }

  var collector: InputCollector {
    InputCollector(maxArticleBytes: pipeline.normalizer.options.maxBytes, ignoredNames: [pipeline.manifestName])
  }

  /// Processes every article under `corpus` (a directory, a file, or `-` for standard input).
  public func run(corpus: String, standardInput: [UInt8]? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil) async throws -> RunResult {
    if corpus != "-", !FileManager.default.fileExists(atPath: corpus) {
      throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: corpus])
    }
    return await run(inputs: [corpus], standardInput: standardInput, progress: progress)
  }

  /// Processes every article found under the paths: directories (recursively), single files,
  /// WARC and JSON Lines files, `.gz` of those, and `-` for standard input; then finds duplicates
  /// and reconciles.
  public func run(inputs paths: [String], standardInput: [UInt8]? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil) async -> RunResult {
    var documents: [Document] = []
    var problems: [Problem] = []
    var position: [String: Int] = [:]
    problems += await stream(inputs: paths, standardInput: standardInput, progress: progress) { document, found in
      problems += found
      guard let document else { return }
      if let first = position[document.id] {
        documents[first].alsoIn.append(document.file)
        problems.append(Problem(file: document.file, stage: "ingest", severity: .warning, error: "same text as \(documents[first].file); read once"))
        return
      }
      position[document.id] = documents.count
      documents.append(document)
    }
    for match in NearDuplicateDetector().duplicates(in: documents.map { ($0.id, $0.text) }) where match.kind == .near {
      guard let copy = position[match.copy], let original = position[match.original] else { continue }
      documents[copy].copyOf = match.original
      problems.append(Problem(
        file: documents[copy].file, stage: "duplicates", severity: .warning,
        error: "near copy of \(documents[original].file) (similarity \(Int((match.similarity * 100).rounded()))%); counted as one source"))
    }
    return finish(documents: documents, problems: problems)
  }

  /// Reads and processes the inputs and calls `handle` with each document (or `nil` when it
  /// failed) and its problems, in input order. Returns the problems of finding the inputs.
  ///
  /// Memory stays bounded by the inputs in flight: inputs are found as they are needed (see
  /// ``InputCollector/walk(_:standardInput:)``), files are read when a worker is free, and a
  /// container (WARC, JSON Lines) is read one container at a time. At most one document per core
  /// is processed at once.
  public func stream(
    inputs paths: [String], standardInput: [UInt8]? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil,
    handle: (Document?, [Problem]) -> Void
  ) async -> [Problem] {
    await stream(inputs: paths, standardInput: standardInput, progress: progress, prepare: { $0 }, handle: handle)
  }

  /// As ``stream(inputs:standardInput:progress:handle:)``, but each worker turns its document into
  /// what `prepare` makes of it, so that heavy per-document work (encoding, hashing) runs in
  /// parallel and the document itself can be dropped there.
  func stream<Prepared: Sendable>(
    inputs paths: [String], standardInput: [UInt8]?, progress: (@Sendable (Int, Int) -> Void)?,
    prepare: @escaping @Sendable (Document) -> Prepared, handle: (Prepared?, [Problem]) -> Void
  ) async -> [Problem] {
    let collector = self.collector
    var problems: [Problem] = []
    let manifests = loadManifests(paths, problems: &problems)
    let pipeline = self.pipeline
    let workers = self.workers
    // Inputs are found as the run goes, so the total that progress reports grows with them.
    var known = 0
    var done = 0

    // Single files are read inside the workers; a container's records are read up front, one
    // container at a time, and then processed like single files.
    var pending: [Int: (Prepared?, [Problem])] = [:]
    var nextToEmit = 0
    var submitted = 0
    await withTaskGroup(of: (Int, Prepared?, [Problem]).self) { group in
      var inFlight = 0
      func drain(_ result: (Int, Prepared?, [Problem])) {
        pending[result.0] = (result.1, result.2)
        inFlight -= 1
        done += 1
        progress?(done, known)
        while let ready = pending.removeValue(forKey: nextToEmit) {
          handle(ready.0, ready.1)
          nextToEmit += 1
        }
      }
      for found in collector.walk(paths, standardInput: standardInput) {
        let source: InputSource
        switch found {
        case .success(let input): source = input
        case .failure(let problem):
          problems.append(problem.problem)
          continue
        }
        let extra = metadata(for: source, manifests)
        let work: [Work]
        if source.isContainer {
          work = CorpusRun.read(source, collector, extra).map { .item($0) }
        } else {
          work = [.file(source, extra)]
        }
        known += work.count
        for unit in work {
          while inFlight >= workers, let result = await group.next() { drain(result) }
          let index = submitted
          submitted += 1
          inFlight += 1
          group.addTask {
            let items: [Item]
            switch unit {
            case .item(let item): items = [item]
            case .file(let source, let extra): items = CorpusRun.read(source, collector, extra)
            }
            var document: Document?
            var found: [Problem] = []
            for item in items {
              switch item {
              case .article(let raw):
                let (d, p) = pipeline.process(raw)
                document = d
                found += p
              case .problem(let problem):
                found.append(problem)
              }
            }
            return (index, document.map(prepare), found)
          }
        }
      }
      while let result = await group.next() { drain(result) }
    }
    return problems
  }

  /// One article read from an input, or why it could not be.
  enum Item: Sendable {
    case article(RawArticle)
    case problem(Problem)
  }

  /// What a worker does: process an article already read, or read a single file and process it.
  enum Work: Sendable {
    case item(Item)
    case file(InputSource, DocumentMetadata)
  }

  /// Reads the articles of one input, named relative to the argument it came from.
  static func read(_ source: InputSource, _ collector: InputCollector, _ extra: DocumentMetadata) -> [Item] {
    var out: [Item] = []
    collector.forEachArticle(in: source) { result in
      switch result {
      case .success(var raw):
        if raw.file.hasPrefix(source.name) { raw.file = source.relativePath + raw.file.dropFirst(source.name.count) }
        if source.gzipped, !source.isContainer, raw.file.lowercased().hasSuffix(".gz") { raw.file.removeLast(3) }
        raw.known = raw.known.filled(from: extra)
        out.append(.article(raw))
      case .failure(let failure):
        var problem = failure.problem
        if problem.file.hasPrefix(source.name) { problem.file = source.relativePath + problem.file.dropFirst(source.name.count) }
        out.append(.problem(problem))
      }
    }
    return out
  }

  func loadManifests(_ paths: [String], problems: inout [Problem]) -> [(directory: String, manifest: CorpusManifest)] {
    var manifests: [(directory: String, manifest: CorpusManifest)] = []
    for path in paths where path != "-" {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
      let manifestPath = (path as NSString).appendingPathComponent(pipeline.manifestName)
      guard FileManager.default.fileExists(atPath: manifestPath) else { continue }
      do {
        manifests.append((path, try CorpusManifest(json: Array(try Data(contentsOf: URL(fileURLWithPath: manifestPath))))))
      } catch {
        problems.append(Problem(file: manifestPath, stage: "ingest", severity: .warning, error: "manifest not read: \(error)"))
      }
    }
    return manifests
  }

  func metadata(for source: InputSource, _ manifests: [(directory: String, manifest: CorpusManifest)]) -> DocumentMetadata {
    guard case .file(let path) = source.origin else { return DocumentMetadata() }
    for (directory, manifest) in manifests where path.hasPrefix(directory) {
      return manifest.metadata(forFile: source.relativePath)
    }
    return DocumentMetadata()
  }

  /// Unifies names across documents, reconciles, and counts.
  public func finish(documents input: [Document], problems: [Problem]) -> RunResult {
    let documents = CorpusEntityResolver.unify(input)
    var result = finish(digests: documents.map(DocumentDigest.init), problems: problems)
    result.documents = documents
    return result
  }

  /// Reconciles the claims of the digests (names already unified) and counts.
  func finish(digests: [DocumentDigest], problems: [Problem]) -> RunResult {
    let claims = digests.flatMap(\.claims)
    let (conflicts, reconciled) = pipeline.reconciler.reconcile(
      claims, context: ReconcileContext(digests: digests, trends: pipeline.attributeTrends))
    var verdicts: [String: Int] = [:]
    for c in conflicts { verdicts[c.verdict.rawValue, default: 0] += 1 }
    let failedCount = problems.filter { $0.severity == .error }.count
    let summary = RunSummary(
      documents: digests.count, failed: failedCount,
      warnings: problems.filter { $0.severity == .warning }.count,
      sentences: digests.reduce(0) { $0 + $1.sentenceCount },
      entities: digests.reduce(0) { $0 + $1.entityCount },
      claims: claims.count, verdicts: verdicts)
    return RunResult(
      documents: [], digests: digests, problems: problems.sorted(), conflicts: conflicts, reconciled: reconciled,
      summary: summary)
  }

  /// What a worker keeps of a document in a streaming run.
  struct Prepared: Sendable {
    /// Without claims: they are in `claims`.
    var digest: DocumentDigest
    var claimCount: Int
    /// The claims with their sentences, as ``ClaimSpill`` records.
    var claims: [UInt8]
    var names: CorpusEntityResolver.DocumentNames
    var spill: DocumentSpill.Record
    var signature: [UInt64]?

    init(_ d: Document, detector: NearDuplicateDetector) {
      var digest = DocumentDigest(d)
      var claims: [UInt8] = []
      for i in digest.claims.indices {
        ClaimCodec.encode(
          SpilledClaim(claim: digest.claims[i], sentence: digest.sentences[i], highlight: digest.highlights[i]),
          into: &claims)
      }
      claimCount = digest.claims.count
      digest.claims = []
      digest.sentences = []
      digest.highlights = []
      self.digest = digest
      self.claims = claims
      names = CorpusEntityResolver.DocumentNames(d)
      spill = DocumentSpill.Record(DocumentRecord(d))
      signature = detector.signature(of: d.text)
    }
  }

  /// Processes every input as ``run(inputs:standardInput:progress:)`` does and writes the output
  /// files into `directory` (``OutputWriter/files``), the same bytes, but without holding the
  /// documents or their claims. Each document, its claims, its digest and its MinHash signature
  /// go to spill files as soon as it is processed; memory keeps a few numbers per document (its
  /// id as a 64-bit number while the corpus is read, its claim count, the offset of its digest)
  /// and the names' counts. Near copies are then found from the signatures on disk, and claims
  /// are reconciled and reported one (subject, attribute) group at a time (see
  /// ``GroupedOutput``), so the largest group bounds what a run holds of the claims.
  ///
  /// Problems wait on disk too, and are sorted there: `problem` is called with each, in the
  /// order of `errors.jsonl`, as that file is written.
  ///
  /// The result holds the summary; the documents, conflicts, reconciled values and problems are
  /// in the files, not in the result.
  public func run(
    inputs paths: [String], writingTo directory: String, pipelineName: String, corpusLabel: String,
    standardInput: [UInt8]? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil,
    problem: ((Problem) -> Void)? = nil
  ) async throws -> RunResult {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let spill = try DocumentSpill(directory: directory)
    let claimSpill = try ClaimSpill(directory: directory)
    let digests = try DigestSpill(directory: directory)
    var index = try NearCopyIndex(directory: directory)
    let problems = try ProblemLog(directory: directory, budget: sortBudget)
    func discardAll() {
      problems.discard()
      spill.discard()
      claimSpill.discard()
      digests.discard()
      index.discard()
      documentNames.discard()
    }
    var spillError: (any Error)?
    var claimCounts: [Int32] = []
    var position = DuplicateIndex()
    // Files that repeated an earlier document's text, warned of once that document's file can be
    // read back.
    var repeats: [(file: String, first: Int)] = []
    var names = CorpusEntityResolver.NameCollector()
    let documentNames = try DocumentNamesSpill(directory: directory)
    let detector = index.detector
    let collected = await stream(
      inputs: paths, standardInput: standardInput, progress: progress,
      prepare: { d in Prepared(d, detector: detector) },
      handle: { prepared, found in
        do { try problems.add(found) } catch { spillError = spillError ?? error }
        guard let prepared else { return }
        let d = prepared.digest
        if let first = position.position(of: d.id) {
          digests.addFile(d.file, to: first)
          repeats.append((d.file, first))
          return
        }
        let n = digests.count
        position.add(d.id, at: n)
        claimCounts.append(Int32(prepared.claimCount))
        names.add(prepared.names)
        do {
          try documentNames.append(prepared.names.forRenaming)
          try digests.append(d)
          try index.append(prepared.signature)
          try spill.append(prepared.spill)
          try claimSpill.append(prepared.claims)
        } catch { spillError = spillError ?? error }
      })
    position = DuplicateIndex()
    let summary: RunSummary
    do {
      if let spillError { throw spillError }
      try problems.add(collected)
      try digests.finishWriting()
      for r in repeats {
        try problems.add(Problem(
          file: r.file, stage: "ingest", severity: .warning,
          error: "same text as \(try digests.digest(r.first).file); read once"))
      }
      repeats = []
      for match in try index.matches() {
        digests.markCopy(match.copy, of: match.original)
        try problems.add(Problem(
          file: try digests.digest(match.copy).file, stage: "duplicates", severity: .warning,
          error: "near copy of \(try digests.digest(match.original).file) (similarity \(Int((match.similarity * 100).rounded()))%); counted as one source"))
      }
      try documentNames.finishWriting()
      let renaming = RunRenaming(unification: names.finish(), documents: documentNames)
      names = CorpusEntityResolver.NameCollector()
      let documents = try OutputFile(path: (directory as NSString).appendingPathComponent("documents.jsonl"))
      var n = 0
      try spill.forEach { parts in
        let d = try digests.digest(n)
        let document = n
        n += 1
        var line = JSONBytes(capacity: parts.head.count + parts.tail.count + 64 * parts.entities.count + 128)
        DocumentRecord.assemble(
          into: &line, alsoIn: d.alsoIn, head: parts.head, copyOf: d.copyOf, entities: parts.entities,
          tail: parts.tail, rename: try renaming.entities(of: document))
        line.raw(UInt8(ascii: "\n"))
        try documents.write(line.bytes)
      }
      try documents.close()
      summary = try GroupedOutput(
        reconciler: pipeline.reconciler, trends: pipeline.attributeTrends, directory: directory,
        pipelineName: pipelineName, corpusLabel: corpusLabel, groupBudget: groupBudget, sortBudget: sortBudget
      ).write(
        documents: digests, claimCounts: claimCounts, problems: problems, spill: claimSpill, renaming: renaming,
        onProblem: problem)
    } catch {
      discardAll()
      throw error
    }
    discardAll()
    return RunResult(documents: [], digests: [], problems: [], conflicts: [], reconciled: [], summary: summary)
  }
}

/// The problems of a streaming run: counted as they come, sorted on disk.
final class ProblemLog {
  private let sorter: ExternalSorter<Problem>
  private(set) var errors = 0
  private(set) var warnings = 0

  init(directory: String, budget: Int) throws {
    sorter = try ExternalSorter(
      path: (directory as NSString).appendingPathComponent(".problems.spill"), budget: budget,
      encode: { p, out in
        ClaimCodec.put(p.file, &out)
        ClaimCodec.put(p.stage, &out)
        out.append(p.severity == .error ? 1 : 0)
        ClaimCodec.put(p.error, &out)
      },
      decode: { b in
        var i = 0
        let file = try ClaimCodec.string(b, &i)
        let stage = try ClaimCodec.string(b, &i)
        let severity: Problem.Severity = try ClaimCodec.byte(b, &i) == 1 ? .error : .warning
        return Problem(file: file, stage: stage, severity: severity, error: try ClaimCodec.string(b, &i))
      },
      by: <)
  }

  var isEmpty: Bool { sorter.count == 0 }

  func add(_ p: Problem) throws {
    if p.severity == .error { errors += 1 } else { warnings += 1 }
    try sorter.add(p)
  }

  func add(_ list: [Problem]) throws { for p in list { try add(p) } }

  /// Every problem in sorted order (the order of ``RunResult/problems``); nothing may be added
  /// after the first call.
  func forEachSorted(_ body: (Problem) throws -> Void) throws { try sorter.forEachSorted(body) }

  func discard() { sorter.discard() }
}
