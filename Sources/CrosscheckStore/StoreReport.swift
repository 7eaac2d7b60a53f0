import CrosscheckCore
import CrosscheckReconcile
import CrosscheckReports
import Foundation

/// What `crosscheck report` writes.
public enum ReportFormat: String, Sendable, CaseIterable {
  case md, html, json
}

/// What `crosscheck export` writes, and how.
public enum ExportKind: String, Sendable, CaseIterable {
  case documents, claims, conflicts, reconciled
}

/// The file format of an export.
public enum ExportFormat: String, Sendable, CaseIterable {
  case jsonl, csv
}

extension Store {
  /// The contradiction report over the store's groups that pass the filter: Markdown (as
  /// `report.md` of a one-shot run), a standalone HTML page, or JSON.
  public func report(format: ReportFormat, filter: GroupFilter = GroupFilter()) throws(StoreError) -> String {
    let status = try self.status()
    let groups = try self.groups(filter)
    let conflicts = groups.flatMap(\.conflicts)
    let reconciled = groups.flatMap(\.reconciled)
    // The documents of the groups' claims (every claim of a group is in its reconciled values).
    let documentIDs = try read { db in
      let statement = try db.cachedStatement(
        sql: "SELECT DISTINCT document FROM claims WHERE grp = ? AND subject = ? AND attribute = ? AND qualifier = ?")
      var ids: Set<String> = []
      for g in groups where !g.reconciled.isEmpty {
        ids.formUnion(try String.fetchAll(statement, arguments: [StoreRows.groupHash(g.key), g.key.subject, g.key.attribute, g.key.qualifier]))
      }
      return ids
    }
    var documents: [Document] = []
    try forEachDocument(ids: documentIDs) { documents.append($0) }
    let problems = try self.problems(since: filter.since)
    let summary = RunSummary(
      documents: status.documents, failed: problems.filter { $0.severity == .error }.count,
      warnings: problems.filter { $0.severity == .warning }.count, sentences: status.sentences,
      entities: status.entities, claims: status.claims, verdicts: status.verdicts)
    var scope = "store `\((path as NSString).lastPathComponent)`"
    if let subject = filter.subject { scope += ", subject \(subject)" }
    if let since = filter.since { scope += ", changed since \(since)" }
    let title = filter.since != nil || filter.subject != nil ? "Crosscheck report: \(scope)" : "Crosscheck report"
    let model = ReportModel(
      title: title, pipeline: status.pipelineName ?? "?", corpus: scope, summary: summary, documents: documents,
      conflicts: conflicts, reconciled: reconciled, problems: problems)
    switch format {
    case .md: return MarkdownReport(model: model).render()
    case .html: return HTMLReport(model: model).render()
    case .json: return (try? JSONReport.render(model)) ?? "{}\n"
    }
  }

  /// Writes an export in chunks to `output`: documents and claims in ingest order, conflicts and
  /// reconciled values in group order, each line as a one-shot run's output file writes it.
  public func export(
    _ what: ExportKind, format: ExportFormat, filter: GroupFilter = GroupFilter(), to output: (String) -> Void
  ) throws(StoreError) {
    switch (what, format) {
    case (.documents, .jsonl):
      try forEachDocument { d in output(try JSONLines.line(DocumentRecord(d)) + "\n") }
    case (.documents, .csv):
      output(CSV.row(["id", "file", "title", "author", "published", "published_basis", "site", "url", "sentences", "entities", "claims", "also_in", "copy_of"]))
      try forEachDocument { d in
        output(CSV.row([
          d.id, d.file, d.metadata.title ?? "", d.metadata.author ?? "", d.metadata.published?.description ?? "",
          d.metadata.publishedBasis ?? "", d.metadata.site ?? "", d.metadata.url ?? "", String(d.sentences.count),
          String(d.entities.count), String(d.claims.count), d.alsoIn.joined(separator: " "), d.copyOf ?? "",
        ]))
      }
    case (.claims, .jsonl):
      try forEachDocument { d in
        var chunk = ""
        for c in d.claims { chunk += try JSONLines.line(ClaimRecord(c, in: d)) + "\n" }
        output(chunk)
      }
    case (.claims, .csv):
      // The trust columns come last, so readers of the older columns by position still work;
      // `quoted` tells an unnamed speaker (`quoted_by` empty) from a value not quoted at all.
      output(CSV.row([
        "id", "document", "file", "subject", "attribute", "qualifier", "low", "high", "modifier", "unit", "year",
        "time_basis", "sentence", "confidence", "quoted", "quoted_by", "reported",
      ]))
      try forEachDocument { d in
        var chunk = ""
        for c in d.claims {
          chunk += CSV.row([
            c.id, c.document, d.file, c.subject.name, c.attribute, c.qualifier ?? "",
            c.value.low.map { Format.number($0, grouping: false) } ?? "",
            c.value.high.map { Format.number($0, grouping: false) } ?? "", c.value.modifier.rawValue, c.unit ?? "",
            c.time.year.map(String.init) ?? "", c.time.basis, String(d.text.slice(c.sentence)),
            c.confidence.map(CSV.number) ?? "", String(c.quotedBy != nil), c.quotedBy ?? "", String(c.reported),
          ])
        }
        output(chunk)
      }
    case (.conflicts, .jsonl):
      for g in try groups(filter) where !g.conflictLines.isEmpty { output(g.conflictLines.joined(separator: "\n") + "\n") }
    case (.conflicts, .csv):
      output(CSV.row(["subject", "attribute", "qualifier", "a", "b", "verdict", "severity", "same_document", "reason"]))
      for g in try groups(filter) {
        output(g.conflicts.map { c in
          CSV.row([
            c.subject, c.attribute, c.qualifier ?? "", c.a, c.b, c.verdict.rawValue, c.severity.map { String($0) } ?? "",
            String(c.sameDocument), c.reason,
          ])
        }.joined())
      }
    case (.reconciled, .jsonl):
      for g in try groups(filter) where !g.reconciledLines.isEmpty { output(g.reconciledLines.joined(separator: "\n") + "\n") }
    case (.reconciled, .csv):
      output(ReconciledCSV.render(try groups(filter).flatMap(\.reconciled)))
    }
  }
}

/// RFC 4180 rows.
enum CSV {
  /// A number as `claims.jsonl` writes it: every digit kept, no trailing `.0`.
  static func number(_ x: Double) -> String {
    var s = String(x)
    if s.hasSuffix(".0") { s.removeLast(2) }
    return s
  }

  static func row(_ fields: [String]) -> String {
    fields.map { f in
      guard f.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return f }
      return "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }.joined(separator: ",") + "\n"
  }
}
