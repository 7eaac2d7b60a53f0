import ArgumentParser
import CrosscheckCore
import CrosscheckPipeline
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The `crosscheck` command: a one-shot run by default, and each stage as a JSON Lines filter.
@main struct CrosscheckCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "crosscheck",
    abstract: "Read news articles, extract what they claim, and report where sources disagree.",
    discussion: """
      With no subcommand, runs the pipeline over a corpus directory and writes documents, claims, \
      conflicts, reconciled values, a Markdown report and an error list to the output directory.
      The filter subcommands read JSON Lines on stdin and write JSON Lines on stdout.
      """,
    subcommands: [Run.self, IngestCommand.self, ReportCommand.self, ExportCommand.self, StatusCommand.self, StoreBenchmarkCommand.self, BenchmarkCommand.self, BenchmarkTextCommand.self, EvaluateCommand.self, EvaluateClaimsCommand.self, TextFilter.self, SentencesFilter.self, NumbersFilter.self, ClaimsFilter.self, ReconcileFilter.self],
    defaultSubcommand: Run.self)
}

/// Options every subcommand that builds a pipeline takes.
struct PipelineOption: ParsableArguments {
  @Option(name: .long, help: "The pipeline definition (YAML).")
  var pipeline: String = "Pipelines/default.yml"

  func load() throws -> Pipeline {
    do {
      return try Pipeline.load(file: pipeline)
    } catch {
      FileHandle.standardError.write(Data("crosscheck: \(error)\n".utf8))
      throw ExitCode(2)
    }
  }
}

struct Run: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run the pipeline over a corpus and write the report (the default command).")

  @OptionGroup var pipelineOption: PipelineOption

  @Option(
    name: .long,
    help: ArgumentHelp(
      "What to read: a directory (searched recursively), a file, or - for standard input. Repeatable.",
      discussion: "Articles: .html .htm .xhtml .txt .text; containers: .warc, .jsonl, .ndjson; any of these also .gz. A manifest.json in a directory fills metadata its files lack."))
  var corpus: [String] = ["Corpus"]

  @Option(name: .long, help: "The directory the output files are written to.")
  var output: String = "Output"

  @Flag(name: .long, help: "Do not show progress on stderr.")
  var quiet = false

  @Flag(name: .long, help: "Exit with status 1 if any input could not be processed.")
  var strict = false

  @Option(name: .long, help: "Documents processed at once (default: one per core).")
  var jobs: Int?

  func run() async throws {
    let started = Date()
    let pipeline = try pipelineOption.load()
    let showProgress = !quiet && isatty(2) == 1
    let runner = CorpusRun(pipeline: pipeline, workers: jobs)
    let result: RunResult
    let progress: (@Sendable (Int, Int) -> Void)? = showProgress ? { @Sendable done, total in
      let seconds = max(Date().timeIntervalSince(started), 0.001)
      let rate = (Double(done) / seconds * 10).rounded() / 10
      var line = "\r\(done)/\(total) documents, \(rate) documents/s"
      if done == total { line += "\n" }
      FileHandle.standardError.write(Data(line.utf8))
    } : nil
    for path in corpus where path != "-" && !FileManager.default.fileExists(atPath: path) {
      FileHandle.standardError.write(Data("crosscheck: cannot read the corpus '\(path)': no such file or directory\n".utf8))
      throw ExitCode(2)
    }
    let standardInput = corpus.contains("-") ? Array(FileHandle.standardInput.readDataToEndOfFile()) : nil
    do {
      // Streams: documents are written as they are processed, so memory does not grow with the text.
      result = try await runner.run(
        inputs: corpus, writingTo: output, pipelineName: pipeline.name, corpusLabel: corpus.joined(separator: ", "),
        standardInput: standardInput, progress: progress,
        problem: { p in
          FileHandle.standardError.write(Data("crosscheck: \(p.severity.rawValue): \(p.file): \(p.stage): \(p.error)\n".utf8))
        })
    } catch {
      FileHandle.standardError.write(Data("crosscheck: cannot write to '\(output)': \(error.localizedDescription)\n".utf8))
      throw ExitCode(2)
    }
    let s = result.summary
    let elapsed = Date().timeIntervalSince(started)
    print("""
      crosscheck: \(s.documents) documents read, \(s.failed) failed, \(s.warnings) warnings
        \(s.sentences) sentences, \(s.entities) entity mentions, \(s.claims) claims
        conflict pairs: \(s.verdictLine)
        time: \(String(format: "%.2f", elapsed)) s
      report: \((output as NSString).appendingPathComponent("report.md"))
      """)
    if s.documents == 0 || (strict && s.failed > 0) { throw ExitCode(1) }
  }
}

/// Reads stdin lines, writes output lines; malformed lines are reported on stderr too.
func runFilter(_ transform: (String) throws -> [String]) {
  var output: [String] = []
  var n = 0
  while let line = readLine(strippingNewline: true) {
    n += 1
    let (out, errors) = StreamFilters.map(lines: [line]) { try transform($0).joined(separator: "\n") }
    for o in out where !o.isEmpty { output.append(o) }
    for e in errors { FileHandle.standardError.write(Data("crosscheck: \(e.replacingOccurrences(of: "line 1", with: "line \(n)"))\n".utf8)) }
    if output.count >= 256 {
      print(output.joined(separator: "\n"))
      output.removeAll(keepingCapacity: true)
    }
  }
  if !output.isEmpty { print(output.joined(separator: "\n")) }
}

struct TextFilter: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "text",
    abstract: "Filter: {\"id\", \"html\"} or {\"id\", \"text\"} lines in, document records (as in documents.jsonl) out.")
  @OptionGroup var pipelineOption: PipelineOption
  func run() throws {
    let filters = StreamFilters(pipeline: try pipelineOption.load())
    runFilter { [try filters.text($0)] }
  }
}

struct SentencesFilter: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sentences",
    abstract: "Filter: {\"id\", \"text\"} lines in, {\"id\", \"sentences\": [{\"text\", \"start\", \"end\"}]} out.")
  @OptionGroup var pipelineOption: PipelineOption
  func run() throws {
    let filters = StreamFilters(pipeline: try pipelineOption.load())
    runFilter { [try filters.sentences($0)] }
  }
}

struct NumbersFilter: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "numbers",
    abstract: "Filter: {\"id\", \"text\"} lines in, {\"id\", \"quantities\": [...]} out.")
  @OptionGroup var pipelineOption: PipelineOption
  func run() throws {
    let filters = StreamFilters(pipeline: try pipelineOption.load())
    runFilter { [try filters.numbers($0)] }
  }
}

struct ClaimsFilter: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "claims",
    abstract: "Filter: document lines ({\"id\", \"text\", \"published\"?}) in, one claim record per line out.")
  @OptionGroup var pipelineOption: PipelineOption
  func run() throws {
    let filters = StreamFilters(pipeline: try pipelineOption.load())
    runFilter { try filters.claims($0) }
  }
}

struct ReconcileFilter: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reconcile",
    abstract: "Filter: claim records in; {\"conflict\": ...} and {\"reconciled\": ...} lines out.",
    discussion: """
      Source reliability is estimated from the claims read. To reconcile a corpus in parts (one \
      process per partition) as one run would, estimate it once over all claims with \
      --estimate-reliability, then give the result to each part with --reliability FILE or in the \
      CROSSCHECK_RELIABILITY environment variable.
      """)
  @OptionGroup var pipelineOption: PipelineOption

  @Flag(name: .long, help: "Only estimate source reliability over all input claims: one {\"reliability\": {...}} line.")
  var estimateReliability = false

  @Option(name: .long, help: "A JSON file with source reliabilities ({\"reliability\": {...}} or a plain object).")
  var reliability: String?

  func run() throws {
    let filters = StreamFilters(pipeline: try pipelineOption.load())
    var given: [String: Double]?
    let text: String? = try reliability.map { try String(contentsOfFile: $0, encoding: .utf8) }
      ?? ProcessInfo.processInfo.environment["CROSSCHECK_RELIABILITY"]
    if let text {
      guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
        let map = (object["reliability"] as? [String: Double]) ?? (object as? [String: Double])
      else {
        throw ValidationError("source reliabilities must be a JSON object of source names to numbers")
      }
      given = map
    }
    // Streams: input lines are decoded as read and output lines written as made, in chunks.
    var errors: [String] = []
    var chunk = ""
    var failure: (any Error)?
    do {
      try filters.reconcile(
        next: { readLine(strippingNewline: true) }, reliability: given, reliabilityOnly: estimateReliability,
        output: { line in
          chunk += line
          chunk += "\n"
          if chunk.utf8.count >= 1 << 20 {
            FileHandle.standardOutput.write(Data(chunk.utf8))
            chunk = ""
          }
        },
        error: { errors.append($0) })
    } catch {
      failure = error
    }
    if !chunk.isEmpty { FileHandle.standardOutput.write(Data(chunk.utf8)) }
    for e in errors { FileHandle.standardError.write(Data("crosscheck: \(e)\n".utf8)) }
    if let failure {
      FileHandle.standardError.write(Data("crosscheck: \(failure)\n".utf8))
      throw ExitCode.failure
    }
  }
}

struct BenchmarkCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "benchmark",
    abstract: "Measure MB/s and documents/s of ingest alone and of the whole per-document pipeline.",
    discussion: "Reads every article under the directory into memory first (.html, .htm, .xhtml, .txt, and .gz of those), so disk speed does not count. Build with -c release for meaningful figures.")

  @OptionGroup var pipelineOption: PipelineOption

  @Argument(help: "A directory of articles.")
  var directory: String

  @Option(name: .long, help: "How many times to process the whole set.")
  var rounds = 1

  @Option(name: .long, parsing: .upToNextOption, help: "Thread counts to measure.")
  var threads: [Int] = [1, 2]

  func run() async throws {
    let pipeline = try pipelineOption.load()
    let runner = CorpusRun(pipeline: pipeline)
    let (files, _) = try runner.discover(corpus: directory)
    var inputs: [RawArticle] = []
    for file in files {
      let path = (directory as NSString).appendingPathComponent(file)
      guard let data = FileManager.default.contents(atPath: path) else { continue }
      inputs.append(RawArticle(file: file, bytes: Array(data)))
    }
    let megabytes = Double(inputs.reduce(0) { $0 + $1.bytes.count }) / 1_000_000
    print("benchmark: \(inputs.count) files, \(String(format: "%.1f", megabytes)) MB, \(rounds) round(s)")
    print("phase     threads   docs/s     MB/s   seconds")
    let bench = Benchmark(pipeline: pipeline)
    for phase in ["ingest", "pipeline"] {
      for t in threads {
        let f = await bench.measure(inputs, phase: phase, threads: max(1, t), rounds: max(1, rounds))
        let name = phase.padding(toLength: 9, withPad: " ", startingAt: 0)
        print(name + String(format: " %7d %8.1f %8.1f %9.2f", t, f.documentsPerSecond, f.megabytesPerSecond, f.seconds))
      }
    }
    for (stage, seconds, textBytes) in bench.stageSeconds(inputs) {
      let name = ("stage " + stage).padding(toLength: 16, withPad: " ", startingAt: 0)
      print(name + String(format: " %8.1f MB/s of normalized text (%.2f s)", Double(textBytes) / 1_000_000 / seconds, seconds))
    }
    print(await storeBenchmarkLine(directory: directory, pipeline: pipeline))
    print(String(format: "peak memory: %.0f MB", Benchmark.peakMemoryMB()))
  }
}
