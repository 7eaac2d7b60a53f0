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
    subcommands: [Run.self, TextFilter.self, SentencesFilter.self, NumbersFilter.self, ClaimsFilter.self, ReconcileFilter.self],
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

  @Option(name: .long, help: "The directory of input articles (.html, .htm, .xhtml, .txt), read recursively.")
  var corpus: String = "Corpus"

  @Option(name: .long, help: "The directory the output files are written to.")
  var output: String = "Output"

  @Flag(name: .long, help: "Do not show progress on stderr.")
  var quiet = false

  @Flag(name: .long, help: "Exit with status 1 if any input could not be processed.")
  var strict = false

  func run() async throws {
    let started = Date()
    let pipeline = try pipelineOption.load()
    let showProgress = !quiet && isatty(2) == 1
    let runner = CorpusRun(pipeline: pipeline)
    let result: RunResult
    let progress: (@Sendable (Int, Int) -> Void)? = showProgress ? { @Sendable done, total in
      let seconds = max(Date().timeIntervalSince(started), 0.001)
      let rate = (Double(done) / seconds * 10).rounded() / 10
      var line = "\r\(done)/\(total) documents, \(rate) documents/s"
      if done == total { line += "\n" }
      FileHandle.standardError.write(Data(line.utf8))
    } : nil
    do {
      result = try await runner.run(corpus: corpus, progress: progress)
    } catch {
      FileHandle.standardError.write(Data("crosscheck: cannot read the corpus '\(corpus)': \(error.localizedDescription)\n".utf8))
      throw ExitCode(2)
    }
    for p in result.problems {
      FileHandle.standardError.write(Data("crosscheck: \(p.severity.rawValue): \(p.file): \(p.stage): \(p.error)\n".utf8))
    }
    do {
      try OutputWriter.write(result, to: output, pipeline: pipeline.name, corpus: corpus)
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
    abstract: "Filter: claim records in; {\"conflict\": ...} and {\"reconciled\": ...} lines out.")
  @OptionGroup var pipelineOption: PipelineOption
  func run() throws {
    let filters = StreamFilters(pipeline: try pipelineOption.load())
    var lines: [String] = []
    while let line = readLine(strippingNewline: true) { lines.append(line) }
    let (out, errors) = filters.reconcile(lines: lines)
    for e in errors { FileHandle.standardError.write(Data("crosscheck: \(e)\n".utf8)) }
    if !out.isEmpty { print(out.joined(separator: "\n")) }
  }
}
