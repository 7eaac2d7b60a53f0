import CrosscheckClaims
import CrosscheckCore
import CrosscheckReconcile
import CrosscheckReports
import Foundation

/// Writes a run's files into the output directory. Every file is a pure function of the run, so
/// the same input gives byte-identical output.
public enum OutputWriter {
  public static let files = [
    "documents.jsonl", "claims.jsonl", "conflicts.jsonl", "reconciled.jsonl", "reconciled.csv",
    "report.md", "report.html", "report.json", "errors.jsonl",
  ]

  /// The contents of every output file, by name. `documents.jsonl` comes from the result's
  /// documents, so the result must have kept them.
  public static func render(_ result: RunResult, pipeline: String, corpus: String) throws -> [String: String] {
    var out: [String: String] = [:]
    try produce(result, pipeline: pipeline, corpus: corpus, documentLines: documentLines(result)) { name in
      StringSink(name: name) { out[$0] = $1 }
    }
    return out
  }

  /// Writes every output file into `directory`, creating it when needed. `documents.jsonl` comes
  /// from the result's documents.
  public static func write(_ result: RunResult, to directory: String, pipeline: String, corpus: String) throws {
    try write(result, to: directory, pipeline: pipeline, corpus: corpus, documentLines: documentLines(result))
  }

  /// Writes every output file, `documents.jsonl` from `documentLines`, which hands its lines
  /// (each with its newline) to the function it is given.
  static func write(
    _ result: RunResult, to directory: String, pipeline: String, corpus: String,
    documentLines: (_ write: ([UInt8]) throws -> Void) throws -> Void
  ) throws {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try produce(result, pipeline: pipeline, corpus: corpus, documentLines: documentLines) { name in
      try OutputFile(path: (directory as NSString).appendingPathComponent(name))
    }
  }

  static func documentLines(_ result: RunResult) -> (_ write: ([UInt8]) throws -> Void) throws -> Void {
    { write in
      for d in result.documents { try write(DocumentRecord(d).jsonLine + [UInt8(ascii: "\n")]) }
    }
  }

  /// Produces each file in turn through the sink `open` gives for its name, so that at most one
  /// file's buffer is held at once.
  static func produce<Sink: OutputSink>(
    _ result: RunResult, pipeline: String, corpus: String,
    documentLines: (_ write: ([UInt8]) throws -> Void) throws -> Void, open: (String) throws -> Sink
  ) throws {
    var sink = try open("documents.jsonl")
    try documentLines(sink.write)
    try sink.close()

    sink = try open("claims.jsonl")
    var line = JSONBytes(capacity: 1 << 16)
    for d in result.digests {
      for i in d.claims.indices {
        ClaimRecord(i, in: d).writeJSONLine(into: &line)
        line.raw(UInt8(ascii: "\n"))
        if line.bytes.count >= 1 << 16 {
          try sink.write(line.bytes)
          line.bytes.removeAll(keepingCapacity: true)
        }
      }
    }
    try sink.write(line.bytes)
    try sink.close()

    try lines("conflicts.jsonl", result.conflicts, open)
    try lines("reconciled.jsonl", result.reconciled, open)
    sink = try open("reconciled.csv")
    try sink.write(ReconciledCSV.render(result.reconciled))
    try sink.close()
    try lines("errors.jsonl", result.problems, open)

    let model = ReportModel(
      pipeline: pipeline, corpus: corpus, summary: result.summary, digests: result.digests,
      conflicts: result.conflicts, reconciled: result.reconciled, problems: result.problems)
    var failure: (any Error)?
    for (name, render) in [
      ("report.md", { (w: (String) -> Void) in MarkdownReport(model: model).render(to: w) }),
      ("report.html", { (w: (String) -> Void) in HTMLReport(model: model).render(to: w) }),
    ] {
      sink = try open(name)
      render { text in
        do { try sink.write(text) } catch { failure = failure ?? error }
      }
      if let failure { throw failure }
      try sink.close()
    }
    sink = try open("report.json")
    try JSONReport.render(model) { text in
      do { try sink.write(text) } catch { failure = failure ?? error }
    }
    if let failure { throw failure }
    try sink.close()
  }

  /// One file of JSON Lines, encoded a thousand values at a time.
  static func lines<Sink: OutputSink>(
    _ name: String, _ values: [some Encodable], _ open: (String) throws -> Sink
  ) throws {
    let sink = try open(name)
    var start = 0
    while start < values.count {
      let end = min(values.count, start + 1000)
      try sink.write(try JSONLines.text(Array(values[start..<end])))
      start = end
    }
    try sink.close()
  }
}

/// Where an output file goes: a file on disk or a string.
protocol OutputSink {
  func write(_ bytes: [UInt8]) throws
  func write(_ text: String) throws
  func close() throws
}

extension OutputFile: OutputSink {}

/// Collects a file's text and hands it over when closed.
final class StringSink: OutputSink {
  let name: String
  private var bytes: [UInt8] = []
  private let done: (String, String) -> Void

  init(name: String, done: @escaping (String, String) -> Void) {
    self.name = name
    self.done = done
  }

  func write(_ bytes: [UInt8]) { self.bytes += bytes }
  func write(_ text: String) { bytes += text.utf8 }
  func close() { done(name, String(decoding: bytes, as: UTF8.self)) }
}
