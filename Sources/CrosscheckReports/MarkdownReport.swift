import CrosscheckCore
import CrosscheckReconcile

/// The contradiction report a person reads (`report.md`): a summary, the sources with their
/// estimated reliability, then one section per subject and attribute with more than one claim:
/// the current value, the timeline, and each compared pair with both sentences quoted (the number
/// in bold), sources, dates, the verdict and why.
public struct MarkdownReport: SectionedReport {
  public var model: ReportModel

  public init(model: ReportModel) { self.model = model }

  public init(
    pipeline: String, corpus: String, summary: RunSummary, documents: [Document],
    conflicts: [ConflictPair], reconciled: [ReconciledValue], problems: [Problem]
  ) {
    model = ReportModel(
      pipeline: pipeline, corpus: corpus, summary: summary, documents: documents, conflicts: conflicts,
      reconciled: reconciled, problems: problems)
  }

  /// The title and the summary, up to the contents.
  public func head() -> String {
    let s = model.summary
    var out = "# \(model.title)\n\n"
    out += "Pipeline `\(model.pipeline)` on `\(model.corpus)`: \(s.documents) documents read, \(s.failed) failed, "
    out += "\(s.sources) sources, \(s.sentences) sentences, \(s.entities) entity mentions, \(s.claims) claims.\n\n"
    out += "Compared pairs by verdict: "
    out += Verdict.allCases.reversed().map { "\(s.verdicts[$0.rawValue] ?? 0) \($0.rawValue)" }.joined(separator: ", ") + ".\n"
    if s.contradictionsWithinDocuments > 0 {
      out += "\n\(s.contradictionsWithinDocuments) contradiction(s) between two claims of the same article.\n"
    }
    if s.implausibleSequences > 0 {
      out += "\n\(s.implausibleSequences) value(s) break the sequence of values over time.\n"
    }
    return out + "\n"
  }

  /// What comes before the contents lines (when there is any section); a blank line follows them.
  public var contentsHead: String { "## Contents\n\n" }

  /// A blank line after the contents lines.
  public var contentsEnd: String { "\n" }

  /// A section's line in the contents.
  public func contentsLine(_ section: ReportModel.Section) -> String {
    let current = section.current.map { ": now \(valueText($0)) (confidence \(Format.number($0.confidence)))" } ?? ""
    let worst = section.worstVerdict.map { "; worst verdict `\($0.rawValue)`" } ?? "; all sources agree"
    return "- \(section.heading)\(current)\(worst)\n"
  }

  /// One section, handed to `write` a pair at a time.
  public func body(_ section: ReportModel.Section, to write: (String) -> Void) {
    var out = "## \(section.heading)\n\n"
    if let current = section.current {
      out += "**Current value:** \(valueText(current))"
      if let year = current.year { out += " (\(year))" }
      out += ", confidence \(Format.number(current.confidence)), \(current.supporting) supporting and "
      out += "\(current.dissenting) dissenting claim(s).\n\n"
    }
    if let sequence = section.sequence {
      out += "**Over time:** \(escape(sequence)).\n\n"
    }
    out += "| time | reconciled value | interval | supporting | dissenting | sources | confidence |\n"
    out += "|---|---|---|---|---|---|---|\n"
    for r in section.timeline {
      var value = valueText(r)
      if let members = r.members { value += " (" + members.joined(separator: ", ") + ")" }
      if r.breaksSequence != nil { value += " ⚠ breaks the sequence" }
      let interval = r.interval.map(ReportModel.intervalText) ?? ""
      out += "| \(r.year.map(String.init) ?? "any") | \(escape(value)) | \(interval) | \(r.supporting) | \(r.dissenting) | "
      out += "\(r.supportingSources.map(String.init) ?? "") | \(Format.number(r.confidence)) |\n"
    }
    out += "\n"
    if section.pairs.isEmpty {
      out += "All claims state the same value.\n\n"
    }
    for p in section.pairs {
      write(out)
      out = "### `\(p.verdict.rawValue)`: \(p.a.value) vs \(p.b.value)\n\n"
      out += claimLine(p.a) + claimLine(p.b)
      out += "\n**Verdict:** `\(p.verdict.rawValue)`"
      if let level = p.severityLevel { out += " (\(level))" }
      out += ": \(escape(p.reason))."
      if p.sameDocument {
        out += p.verdict == .contradiction
          ? " Both claims come from the same article, which disagrees with itself."
          : " Both claims come from the same article."
      }
      out += "\n\n"
    }
    write(out)
  }

  /// What comes before the rows of claims made by one source (when there is any); a blank line
  /// follows them.
  public var singlesHead: String {
    "## Claims made by one source only\n\n| subject | attribute | value | time | source |\n|---|---|---|---|---|\n"
  }

  /// A blank line after the rows of claims made by one source.
  public var singlesEnd: String { "\n" }

  /// The rows of a section with one claim, in the table of claims made by one source.
  public func singleRows(_ section: ReportModel.Section) -> String {
    var out = ""
    for c in section.claims {
      let attribute = Format.attribute(section.attribute) + (section.qualifier.map { " (\($0))" } ?? "")
      out += "| \(escape(section.subject)) | \(escape(attribute)) | \(escape(c.value)) | \(escape(c.time)) | \(provenance(c)) |\n"
    }
    return out
  }

  /// The sources and the problems, after the sections and singles.
  public func tail(sources: ReportRows<ReportModel.Source>, problems: ReportRows<Problem>, to write: (String) -> Void) {
    var out = ""
    if !sources.isEmpty {
      out += "## Sources\n\nReliability is estimated from agreement with the best-supported values (prior 0.8).\n\n"
      out += "| source | files | claims | copies | reliability |\n|---|---|---|---|---|\n"
      sources.forEach { source in
        if out.utf8.count >= 1 << 20 { write(out); out = "" }
        out += "| \(escape(source.name)) | \(escape(source.files.joined(separator: ", "))) | \(source.claims) | \(source.copies) | "
        out += "\(source.reliability.map { Format.number($0) } ?? "") |\n"
      }
      out += "\n"
    }

    if !problems.isEmpty {
      out += "## Inputs with problems\n\n| file | stage | severity | problem |\n|---|---|---|---|\n"
      problems.forEach { p in
        if out.utf8.count >= 1 << 20 { write(out); out = "" }
        out += "| \(escape(p.file)) | \(p.stage) | \(p.severity.rawValue) | \(escape(p.error)) |\n"
      }
      out += "\n"
    }
    write(out)
  }

  func valueText(_ r: ReconciledValue) -> String { ReportModel.valueText(r) }

  func provenance(_ c: ReportModel.ClaimView) -> String {
    let file = c.file.map { $0 == "`" ? "'" : $0 == "|" ? "\\|" : String($0) }.joined()
    var s = "`\(file)`"
    if c.source != c.file { s += ", \(escape(c.source))" }
    if let date = c.published {
      s += ", published \(date)"
      if let basis = c.publishedBasis { s += " (\(basis))" }
    }
    return s
  }

  func claimLine(_ c: ReportModel.ClaimView) -> String {
    var line = "- **\(c.value)\(ReportModel.unitSuffix(c.unit))**, \(c.time), from \(provenance(c))"
    if c.subjectBasis != "direct" { line += "; subject \"\(escape(c.subjectMention))\" (\(c.subjectBasis))" }
    if let members = c.members { line += "; lists " + members.joined(separator: ", ") }
    if let copy = c.copyOf { line += "; copy of claim \(copy), counted once" }
    for w in c.warnings { line += "; warning: \(escape(w))" }
    let (before, number, after) = c.parts
    let quote = number.isEmpty ? escape(before) : "\(escape(before))**\(escape(number))**\(escape(after))"
    return line + "\n  > \(quote)\n"
  }

  func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for ch in s {
      switch ch {
      case "|": out += "\\|"
      case "*", "_", "`", "<", ">", "[", "]": out += "\\" + String(ch)
      case "\n", "\r": out += " "
      default: out.append(ch)
      }
    }
    return out
  }
}
