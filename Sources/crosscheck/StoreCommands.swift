import ArgumentParser
import CrosscheckCore
import CrosscheckPipeline
import CrosscheckStore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The `--store` option every store command takes.
struct StoreOption: ParsableArguments {
  @Option(name: .long, help: "The store file (SQLite).")
  var store: String = "Output/crosscheck.sqlite"

  func open(create: Bool) throws -> Store {
    do {
      return try Store(path: store, create: create)
    } catch {
      FileHandle.standardError.write(Data("crosscheck: \(error)\n".utf8))
      throw ExitCode(2)
    }
  }
}

/// Prints a store error and exits with status 2.
func storeFailure(_ error: StoreError) -> ExitCode {
  FileHandle.standardError.write(Data("crosscheck: \(error)\n".utf8))
  return ExitCode(2)
}

struct IngestCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ingest",
    abstract: "Add articles to the store and re-reconcile what they touch.",
    discussion: """
      Reads what the one-shot run reads (directories, files, WARC, JSON Lines, .gz, - for stdin). \
      A document already in the store (same content hash, same pipeline) is skipped and only its \
      file name is recorded; one annotated by another pipeline version is extracted again. Each \
      batch of documents is one transaction: an interrupted ingest loses nothing committed and the \
      next ingest completes it.
      """)

  @OptionGroup var pipelineOption: PipelineOption
  @OptionGroup var storeOption: StoreOption

  @Argument(help: "Articles, directories or containers to add.")
  var paths: [String]

  @Option(name: .long, help: "Documents per transaction.")
  var batch = 64

  @Option(name: .long, help: "Which groups to reconcile again: touched (default) or all.")
  var reconcile: String = "touched"

  @Flag(name: .long, help: "Do not show progress on stderr.")
  var quiet = false

  func run() async throws {
    let started = Date()
    guard let scope = ReconcileScope(rawValue: reconcile) else {
      throw ValidationError("--reconcile must be one of: \(ReconcileScope.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    for path in paths where path != "-" && !FileManager.default.fileExists(atPath: path) {
      FileHandle.standardError.write(Data("crosscheck: cannot read '\(path)': no such file or directory\n".utf8))
      throw ExitCode(2)
    }
    let pipeline = try pipelineOption.load()
    let store = try storeOption.open(create: true)
    let showProgress = !quiet && isatty(2) == 1
    let progress: (@Sendable (Int, Int) -> Void)? =
      showProgress
      ? { @Sendable done, total in
        let line = "\r\(done)/\(total) documents" + (done == total ? "\n" : "")
        FileHandle.standardError.write(Data(line.utf8))
      } : nil
    let standardInput = paths.contains("-") ? Array(FileHandle.standardInput.readDataToEndOfFile()) : nil
    let s: IngestSummary
    do {
      s = try await store.ingest(
        inputs: paths, standardInput: standardInput, pipeline: pipeline, batchSize: batch, scope: scope, progress: progress)
    } catch {
      throw storeFailure(error)
    }
    for p in s.problems {
      FileHandle.standardError.write(Data("crosscheck: \(p.severity.rawValue): \(p.file): \(p.stage): \(p.error)\n".utf8))
    }
    var out = """
      crosscheck ingest: \(s.new) new, \(s.known) already known, \(s.reextracted) re-extracted, \(s.failed) failed
        \(s.claims) claims written; \(s.groupsReconciled) groups reconciled, \(s.groupsChanged) changed
        time: \(String(format: "%.2f", Date().timeIntervalSince(started))) s
      store: \(store.path)
      """
    for file in s.knownFiles.prefix(20) { out += "\n  known: \(file)" }
    if s.knownFiles.count > 20 { out += "\n  known: ... and \(s.knownFiles.count - 20) more" }
    print(out)
    if s.new + s.known + s.reextracted == 0 && s.failed > 0 { throw ExitCode(1) }
  }
}

struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Print the contradiction report from the store.")

  @OptionGroup var storeOption: StoreOption

  @Option(name: .long, help: "md, html or json.")
  var format: String = "md"

  @Option(name: .long, help: "Only this subject (its canonical name).")
  var subject: String?

  @Option(name: .long, help: "Only groups that changed at or after this date (YYYY-MM-DD, or an ISO 8601 UTC time).")
  var since: String?

  func run() throws {
    guard let f = ReportFormat(rawValue: format) else {
      throw ValidationError("--format must be one of: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    if let since, !sinceLooksValid(since) { throw ValidationError("--since must look like 2025-03-01 or 2025-03-01T12:00:00Z") }
    let store = try storeOption.open(create: false)
    do {
      FileHandle.standardOutput.write(Data(try store.report(format: f, filter: GroupFilter(subject: subject, since: since)).utf8))
    } catch {
      throw storeFailure(error)
    }
  }
}

/// Whether a --since value starts with a YYYY-MM-DD date.
func sinceLooksValid(_ text: String) -> Bool {
  let b = Array(text.utf8)
  guard b.count >= 10 else { return false }
  let digits = [0, 1, 2, 3, 5, 6, 8, 9]
  return digits.allSatisfy { b[$0] >= 48 && b[$0] <= 57 } && b[4] == UInt8(ascii: "-") && b[7] == UInt8(ascii: "-")
}

struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write documents, claims, conflicts or reconciled values from the store to stdout.",
    discussion: "The store file itself is an export too: open it with sqlite3.")

  @OptionGroup var storeOption: StoreOption

  @Option(name: .long, help: "documents, claims, conflicts or reconciled.")
  var what: String

  @Option(name: .long, help: "jsonl or csv.")
  var format: String = "jsonl"

  @Option(name: .long, help: "Conflicts and reconciled values: only this subject.")
  var subject: String?

  @Option(name: .long, help: "Conflicts and reconciled values: only groups changed at or after this date.")
  var since: String?

  func run() throws {
    guard let kind = ExportKind(rawValue: what) else {
      throw ValidationError("--what must be one of: \(ExportKind.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    guard let f = ExportFormat(rawValue: format) else {
      throw ValidationError("--format must be one of: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    let store = try storeOption.open(create: false)
    do {
      try store.export(kind, format: f, filter: GroupFilter(subject: subject, since: since)) { chunk in
        FileHandle.standardOutput.write(Data(chunk.utf8))
      }
    } catch {
      throw storeFailure(error)
    }
  }
}

struct StatusCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "status",
    abstract: "Counts, last ingest, pipeline and schema version of the store.")

  @OptionGroup var storeOption: StoreOption

  func run() throws {
    let store = try storeOption.open(create: false)
    let s: StoreStatus
    do { s = try store.status() } catch { throw storeFailure(error) }
    let verdicts = s.verdicts.keys.sorted().map { "\($0) \(s.verdicts[$0] ?? 0)" }.joined(separator: ", ")
    print("""
      store: \(store.path) (schema version \(s.schemaVersion))
        \(s.documents) documents (seen as \(s.sightings) files), \(s.sentences) sentences, \(s.entities) entity mentions, \(s.claims) claims
        \(s.groups) groups, \(s.conflicts) conflict pairs\(verdicts.isEmpty ? "" : ": " + verdicts)
        \(s.pendingGroups) groups waiting to be reconciled, \(s.problems) problems recorded
        \(s.runs) ingests; last started \(s.lastIngestStarted ?? "never"), finished \(s.lastIngestFinished ?? "no (interrupted or running)")
        pipeline: \(s.pipelineName ?? "none") (\(s.pipelineFile ?? "-"), hash \(s.pipelineHash.map { String($0.prefix(16)) } ?? "-"))
        \(s.documentsFromOtherPipelines) documents annotated by another pipeline version
      """)
  }
}

struct StoreBenchmarkCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "benchmark-store",
    abstract: "Measure how fast the store writes claims (build with -c release).",
    discussion: """
      Writes synthetic documents and claims, reconciles them, and writes the claim rows alone. \
      With --growth, ingests the same --new synthetic articles into stores already holding each \
      given number of articles, to show that an ingest costs what its new articles cost.
      """)

  @OptionGroup var pipelineOption: PipelineOption

  @Option(name: .long, help: "How many claims to write.")
  var claims = 200_000

  @Option(name: .long, parsing: .upToNextOption, help: "Store sizes (articles) to ingest into, e.g. 0 2000 10000.")
  var growth: [Int] = []

  @Option(name: .long, help: "With --growth: how many new articles to ingest.")
  var new = 200

  @Flag(name: .long, help: "Measure only the write path (no reconciling, no claim rows alone).")
  var writesOnly = false

  func run() async throws {
    let directory = NSTemporaryDirectory() + "crosscheck-bench-\(getpid())"
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let pipeline = try pipelineOption.load()
    do {
      if !growth.isEmpty {
        let rows = try await StoreBenchmark.measureGrowth(stored: growth, new: new, directory: directory, pipeline: pipeline)
        print("stored docs  new docs   claims   seconds   docs/s   writing  reconciling (reliability)  groups")
        for r in rows {
          let s = r.summary
          print(
            String(
              format: "%11d %9d %8d %9.2f %8.1f %8.2f %12.2f %13.2f %7d", r.storedDocuments, s.new, s.claims, r.seconds,
              Double(s.new) / max(r.seconds, 1e-9), s.writeSeconds, s.reconcileSeconds, s.reliabilitySeconds,
              s.groupsReconciled))
        }
        return
      }
      let r = try StoreBenchmark.measure(claims: claims, directory: directory, pipeline: pipeline, reconciling: !writesOnly)
      print(
        String(
          format: "store: whole write path: %d claims in %d documents in %.2f s (%.2f s CPU): %.0f claims/s, %.0f per CPU second",
          r.claims, r.documents, r.writeSeconds, r.writeCPUSeconds, r.claimsPerSecond, r.claimsPerCPUSecond))
      print(
        String(
          format: "store: claim rows alone: %.2f s (%.2f s CPU): %.0f claims/s, %.0f per CPU second", r.claimRowsSeconds,
          r.claimRowsCPUSeconds, r.claimRowsPerSecond, r.claimRowsPerCPUSecond))
      if writesOnly { return }
      print(String(format: "store: reconciling %d touched groups: %.2f s", r.groups, r.settleSeconds))
    } catch {
      throw storeFailure(error)
    }
  }
}

/// The `benchmark` command's store line: synthetic claims written to a new store, and the
/// benchmark's articles ingested into another (reading, stages, writing and reconciling).
func storeBenchmarkLine(directory: String, pipeline: Pipeline) async -> String {
  let scratch = NSTemporaryDirectory() + "crosscheck-bench-store-\(getpid())"
  defer { try? FileManager.default.removeItem(atPath: scratch) }
  do {
    let writes = try StoreBenchmark.measure(claims: 100_000, directory: scratch, pipeline: pipeline, reconciling: false)
    let store = try Store(path: scratch + "/ingest.sqlite")
    let start = Date()
    let s = try await store.ingest(inputs: [directory], pipeline: pipeline)
    let seconds = Date().timeIntervalSince(start)
    return String(
      format: "store     %.0f claims/s written (%d synthetic claims, %d documents); ingest: %.1f docs/s (%d documents, %d claims: %.2f s writing, %.2f s reconciling)",
      writes.claimsPerSecond, writes.claims, writes.documents, Double(s.new) / max(seconds, 1e-9), s.new, s.claims,
      s.writeSeconds, s.reconcileSeconds)
  } catch {
    return "store     failed: \(error)"
  }
}
