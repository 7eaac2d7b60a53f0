import Foundation
import CrosscheckCore
import CrosscheckReconcile

/// The contradiction report a person reads: one section per subject and attribute with more than
/// one claim, each disagreement with both sentences quoted, sources, dates, verdict and reason.
public struct MarkdownReport {
  public var title = "Crosscheck report"
  public var pipeline: String
  public var corpus: String
  public var summary: RunSummary
  public var documents: [Document]
  public var conflicts: [ConflictPair]
  public var reconciled: [ReconciledValue]
  public var problems: [Problem]

  public init(
    pipeline: String, corpus: String, summary: RunSummary, documents: [Document],
    conflicts: [ConflictPair], reconciled: [ReconciledValue], problems: [Problem]
  ) {
    self.pipeline = pipeline
    self.corpus = corpus
    self.summary = summary
    self.documents = documents
    self.conflicts = conflicts
    self.reconciled = reconciled
    self.problems = problems
  }

  public func render() -> String {
    var claimIndex: [String: (Claim, Document)] = [:]
    for d in documents { for c in d.claims { claimIndex[c.id] = (c, d) } }
    var out = "# \(title)\n\n"
    out += "Pipeline `\(pipeline)` on `\(corpus)`: \(summary.documents) documents read, \(summary.failed) failed, "
    out += "\(summary.sentences) sentences, \(summary.entities) entity mentions, \(summary.claims) claims.\n\n"
    out += "Conflict pairs by verdict: \(summary.verdictLine).\n\n"

    struct Key: Hashable, Comparable {
      var subject: String
      var attribute: String
      var qualifier: String
      static func < (l: Key, r: Key) -> Bool { (l.subject, l.attribute, l.qualifier) < (r.subject, r.attribute, r.qualifier) }
    }
    var groups: [Key: [ReconciledValue]] = [:]
    for r in reconciled { groups[Key(subject: r.subject, attribute: r.attribute, qualifier: r.qualifier ?? ""), default: []].append(r) }
    let contested = groups.filter { $0.value.reduce(0) { $0 + $1.claims.count } > 1 }.keys.sorted()
    let single = groups.filter { $0.value.reduce(0) { $0 + $1.claims.count } == 1 }.keys.sorted()

    if !contested.isEmpty {
      out += "## Contents\n\n"
      for key in contested {
        let pairs = conflicts.filter { $0.subject == key.subject && $0.attribute == key.attribute && ($0.qualifier ?? "") == key.qualifier }
        let worst = pairs.map(\.verdict).max()
        out += "- \(heading(key.subject, key.attribute, key.qualifier))" + (worst.map { ": worst verdict `\($0.rawValue)`" } ?? ": all sources agree") + "\n"
      }
      out += "\n"
    }

    for key in contested {
      out += "## \(heading(key.subject, key.attribute, key.qualifier))\n\n"
      out += "| time | reconciled value | supporting | dissenting | confidence |\n|---|---|---|---|---|\n"
      for r in groups[key]! {
        let members = r.members.map { " (" + $0.joined(separator: ", ") + ")" } ?? ""
        out += "| \(r.year.map(String.init) ?? "any") | \(Format.value(r.value))\(members) | \(r.supporting) | \(r.dissenting) | \(r.confidence) |\n"
      }
      out += "\n"
      let pairs = conflicts.filter { $0.subject == key.subject && $0.attribute == key.attribute && ($0.qualifier ?? "") == key.qualifier }
        .sorted { ($1.verdict, $0.a, $0.b) < ($0.verdict, $1.a, $1.b) }
      if pairs.isEmpty {
        out += "All claims state the same value.\n\n"
      }
      for p in pairs {
        guard let (a, da) = claimIndex[p.a], let (b, db) = claimIndex[p.b] else { continue }
        out += "### `\(p.verdict.rawValue)`: \(Format.value(a.value)) vs \(Format.value(b.value))\n\n"
        out += claimLine(a, da) + claimLine(b, db)
        out += "\n**Verdict:** `\(p.verdict.rawValue)`: \(p.reason)."
        if p.sameDocument { out += " Both claims come from the same document." }
        out += "\n\n"
      }
    }

    if !single.isEmpty {
      out += "## Claims made by one source only\n\n| subject | attribute | value | time | source |\n|---|---|---|---|---|\n"
      for key in single {
        for r in groups[key]! {
          guard let (c, d) = r.claims.first.flatMap({ claimIndex[$0] }) else { continue }
          out += "| \(c.subject.name) | \(Format.attribute(c.attribute))\(c.qualifier.map { " (\($0))" } ?? "") | \(Format.value(c.value)) | \(Format.time(c.time)) | \(source(d)) |\n"
        }
      }
      out += "\n"
    }

    if !problems.isEmpty {
      out += "## Inputs with problems\n\n| file | stage | severity | problem |\n|---|---|---|---|\n"
      for p in problems.sorted() { out += "| \(p.file) | \(p.stage) | \(p.severity.rawValue) | \(escape(p.error)) |\n" }
      out += "\n"
    }
    return out
  }

  func heading(_ subject: String, _ attribute: String, _ qualifier: String) -> String {
    "\(subject): \(Format.attribute(attribute))" + (qualifier.isEmpty ? "" : " (\(qualifier))")
  }

  func source(_ d: Document) -> String {
    var s = "`\(d.file)`"
    if let site = d.metadata.site { s += ", \(site)" }
    if let date = d.metadata.published {
      s += ", published \(date)"
      if let basis = d.metadata.publishedBasis { s += " (\(basis))" }
    }
    return s
  }

  func claimLine(_ c: Claim, _ d: Document) -> String {
    let sentence = escape(String(d.text.slice(c.sentence)))
    var line = "- **\(Format.value(c.value))\(c.unit.map { " \($0)" } ?? "")**, \(Format.time(c.time)), from \(source(d))"
    if c.subject.basis != "direct" { line += "; subject \"\(c.subject.mention)\" (\(c.subject.basis))" }
    if let members = c.members { line += "; lists " + members.joined(separator: ", ") }
    for w in c.warnings { line += "; warning: \(w)" }
    return line + "\n  > \(sentence)\n"
  }

  func escape(_ s: String) -> String {
    s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
  }
}
