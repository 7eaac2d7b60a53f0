import CrosscheckCore
import CrosscheckCorpus
import CrosscheckIngest
import CrosscheckReconcile
import CrosscheckReports
import CrosscheckTagging
import Foundation

/// Everything one run produced, in a stable order.
public struct RunResult: Sendable {
  public var documents: [Document]
  public var problems: [Problem]
  public var conflicts: [ConflictPair]
  public var reconciled: [ReconciledValue]
  public var summary: RunSummary
}

/// Runs a pipeline over a corpus directory: finds the inputs, processes documents concurrently
/// (at most one per core at a time), then reconciles the claims of all of them.
public struct CorpusRun: Sendable {
  public let pipeline: Pipeline

  public init(pipeline: Pipeline) { self.pipeline = pipeline }

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
  /// WARC and JSON Lines files, `.gz` of those, and `-` for standard input.
  ///
  /// Documents are processed concurrently, at most one per core at a time, and written in input
  /// order. A manifest file in a directory fills metadata its files lack.
  public func run(inputs paths: [String], standardInput: [UInt8]? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil) async -> RunResult {
    let collector = self.collector
    let (sources, collectProblems) = collector.collect(paths, standardInput: standardInput)
    var problems = collectProblems.map(\.problem)
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
    func known(_ source: InputSource) -> DocumentMetadata {
      guard case .file(let path) = source.origin else { return DocumentMetadata() }
      for (directory, manifest) in manifests where path.hasPrefix(directory) {
        return manifest.metadata(forFile: source.relativePath)
      }
      return DocumentMetadata()
    }

    // Articles are read one input at a time; a container's records are read when it is reached.
    var articles: [RawArticle] = []
    for source in sources {
      let extra = known(source)
      collector.forEachArticle(in: source) { result in
        switch result {
        case .success(var raw):
          if raw.file.hasPrefix(source.name) { raw.file = source.relativePath + raw.file.dropFirst(source.name.count) }
          if source.gzipped, !source.isContainer, raw.file.lowercased().hasSuffix(".gz") { raw.file.removeLast(3) }
          raw.known = CorpusRun.fill(raw.known, from: extra)
          articles.append(raw)
        case .failure(let failure):
          var problem = failure.problem
          if problem.file.hasPrefix(source.name) { problem.file = source.relativePath + problem.file.dropFirst(source.name.count) }
          problems.append(problem)
        }
      }
    }

    let pipeline = self.pipeline
    let inputs = articles
    let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
    var results = [(Document?, [Problem])?](repeating: nil, count: inputs.count)
    await withTaskGroup(of: (Int, Document?, [Problem]).self) { group in
      var next = 0
      var done = 0
      while next < min(workers, inputs.count) {
        let index = next
        group.addTask { let (d, p) = pipeline.process(inputs[index]); return (index, d, p) }
        next += 1
      }
      for await (index, document, found) in group {
        results[index] = (document, found)
        done += 1
        progress?(done, inputs.count)
        if next < inputs.count {
          let index = next
          group.addTask { let (d, p) = pipeline.process(inputs[index]); return (index, d, p) }
          next += 1
        }
      }
    }
    var documents: [Document] = []
    var position: [String: Int] = [:]
    for result in results {
      guard let (document, found) = result else { continue }
      problems += found
      guard let document else { continue }
      if let first = position[document.id] {
        documents[first].alsoIn.append(document.file)
        problems.append(Problem(file: document.file, stage: "ingest", severity: .warning, error: "same text as \(documents[first].file); read once"))
        continue
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

  /// Metadata from the input, with what it lacks taken from a manifest entry.
  static func fill(_ own: DocumentMetadata, from extra: DocumentMetadata) -> DocumentMetadata {
    var m = own
    m.title = m.title ?? extra.title
    m.author = m.author ?? extra.author
    m.site = m.site ?? extra.site
    m.url = m.url ?? extra.url
    m.language = m.language ?? extra.language
    if m.published == nil {
      m.published = extra.published
      m.publishedBasis = extra.publishedBasis
      m.publishedNote = extra.publishedNote
    }
    return m
  }

  /// Unifies names across documents, reconciles, and counts.
  public func finish(documents input: [Document], problems: [Problem]) -> RunResult {
    let documents = CorpusEntityResolver.unify(input)
    let claims = documents.flatMap(\.claims)
    let warned = Set(documents.filter { !$0.warnings.isEmpty }.map(\.id))
    let copies = Set(documents.filter { $0.copyOf != nil }.map(\.id))
    let (conflicts, reconciled) = pipeline.reconciler.reconcile(claims, warnedDocuments: warned, copies: copies)
    var verdicts: [String: Int] = [:]
    for c in conflicts { verdicts[c.verdict.rawValue, default: 0] += 1 }
    let failedCount = problems.filter { $0.severity == .error }.count
    let summary = RunSummary(
      documents: documents.count, failed: failedCount,
      warnings: problems.filter { $0.severity == .warning }.count,
      sentences: documents.reduce(0) { $0 + $1.sentences.count },
      entities: documents.reduce(0) { $0 + $1.entities.count },
      claims: claims.count, verdicts: verdicts)
    return RunResult(documents: documents, problems: problems.sorted(), conflicts: conflicts, reconciled: reconciled, summary: summary)
  }
}
