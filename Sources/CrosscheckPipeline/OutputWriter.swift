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

  /// The contents of every output file, by name.
  public static func render(_ result: RunResult, pipeline: String, corpus: String) throws -> [String: String] {
    let claimRecords = result.documents.flatMap { d in d.claims.map { ClaimRecord($0, in: d) } }
    let model = ReportModel(
      pipeline: pipeline, corpus: corpus, summary: result.summary, documents: result.documents,
      conflicts: result.conflicts, reconciled: result.reconciled, problems: result.problems)
    return [
      "documents.jsonl": try JSONLines.text(result.documents.map(DocumentRecord.init)),
      "claims.jsonl": try JSONLines.text(claimRecords),
      "conflicts.jsonl": try JSONLines.text(result.conflicts),
      "reconciled.jsonl": try JSONLines.text(result.reconciled),
      "reconciled.csv": ReconciledCSV.render(result.reconciled),
      "report.md": MarkdownReport(model: model).render(),
      "report.html": HTMLReport(model: model).render(),
      "report.json": try JSONReport.render(model),
      "errors.jsonl": try JSONLines.text(result.problems),
    ]
  }

  /// Writes every output file into `directory`, creating it when needed.
  public static func write(_ result: RunResult, to directory: String, pipeline: String, corpus: String) throws {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    for (name, text) in try render(result, pipeline: pipeline, corpus: corpus) {
      try Data(text.utf8).write(to: URL(fileURLWithPath: (directory as NSString).appendingPathComponent(name)), options: .atomic)
    }
  }
}

// Lives here until the lead moves it next to the reconciler's construction in Pipeline.swift.
