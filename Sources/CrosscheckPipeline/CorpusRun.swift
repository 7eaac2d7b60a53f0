import CrosscheckCore
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
  /// Extensions read as articles; other files are reported, not silently skipped.
  public static let articleExtensions: Set<String> = ["html", "htm", "xhtml", "txt", "text"]

  public init(pipeline: Pipeline) { self.pipeline = pipeline }

  /// The article files under a directory (recursively, sorted) and problems with the others.
  public func discover(corpus: String) throws -> (files: [String], problems: [Problem]) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: corpus, isDirectory: &isDirectory) else {
      throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: corpus])
    }
    guard isDirectory.boolValue else { return ([corpus], []) }
    var files: [String] = []
    var problems: [Problem] = []
    let enumerator = FileManager.default.enumerator(atPath: corpus)
    while let relative = enumerator?.nextObject() as? String {
      let full = (corpus as NSString).appendingPathComponent(relative)
      var dir: ObjCBool = false
      FileManager.default.fileExists(atPath: full, isDirectory: &dir)
      let name = (relative as NSString).lastPathComponent
      if dir.boolValue || name.hasPrefix(".") || relative == pipeline.manifestName { continue }
      if CorpusRun.articleExtensions.contains((name as NSString).pathExtension.lowercased()) {
        files.append(relative)
      } else {
        problems.append(Problem(file: relative, stage: "ingest", severity: .warning, error: "not read: unsupported file type (expected .html, .htm, .xhtml, .txt)"))
      }
    }
    return (files.sorted(), problems)
  }

  /// Processes every article under `corpus`. `progress` is called with (done, total) as documents finish.
  public func run(corpus: String, progress: (@Sendable (Int, Int) -> Void)? = nil) async throws -> RunResult {
    let (files, discoveryProblems) = try discover(corpus: corpus)
    var problems = discoveryProblems
    var manifest: CorpusManifest?
    let manifestPath = (corpus as NSString).appendingPathComponent(pipeline.manifestName)
    if FileManager.default.fileExists(atPath: manifestPath) {
      do {
        manifest = try CorpusManifest(json: Array(try Data(contentsOf: URL(fileURLWithPath: manifestPath))))
      } catch {
        problems.append(Problem(file: pipeline.manifestName, stage: "ingest", severity: .warning, error: "manifest not read: \(error)"))
      }
    }
    let isDirectory = files != [corpus]
    let pipeline = self.pipeline
    let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
    var results = [(Document?, [Problem])?](repeating: nil, count: files.count)
    await withTaskGroup(of: (Int, Document?, [Problem]).self) { group in
      var next = 0
      var done = 0
      func submit(_ index: Int) {
        let relative = files[index]
        let path = isDirectory ? (corpus as NSString).appendingPathComponent(relative) : relative
        let known = manifest?.metadata(forFile: relative) ?? DocumentMetadata()
        group.addTask {
          let bytes: [UInt8]
          do {
            bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
          } catch {
            return (index, nil, [Problem(file: relative, stage: "ingest", severity: .error, error: "cannot read: \(error.localizedDescription)")])
          }
          let (document, problems) = pipeline.process(RawArticle(file: relative, bytes: bytes, known: known))
          return (index, document, problems)
        }
      }
      while next < min(workers, files.count) {
        submit(next)
        next += 1
      }
      for await (index, document, found) in group {
        results[index] = (document, found)
        done += 1
        progress?(done, files.count)
        if next < files.count {
          submit(next)
          next += 1
        }
      }
    }
    var documents: [Document] = []
    var seen: [String: String] = [:]
    for (index, result) in results.enumerated() {
      guard let (document, found) = result else { continue }
      problems += found
      guard let document else { continue }
      if let first = seen[document.id] {
        problems.append(Problem(file: files[index], stage: "ingest", severity: .warning, error: "same text as \(first); counted once"))
        continue
      }
      seen[document.id] = document.file
      documents.append(document)
    }
    return finish(documents: documents, problems: problems)
  }

  /// Unifies names across documents, reconciles, and counts.
  public func finish(documents input: [Document], problems: [Problem]) -> RunResult {
    let documents = CorpusEntityResolver.unify(input)
    let claims = documents.flatMap(\.claims)
    let warned = Set(documents.filter { !$0.warnings.isEmpty }.map(\.id))
    let (conflicts, reconciled) = pipeline.reconciler.reconcile(claims, warnedDocuments: warned)
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
