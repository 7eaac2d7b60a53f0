import CrosscheckCore
import CrosscheckReconcile

/// The report as one self-contained HTML page (`report.html`): inline CSS and a small inline
/// script for the verdict filters and the search box, no network, no external fonts.
///
/// Every piece of text that comes from an article or its metadata goes through ``escape(_:)``,
/// so markup in an article (a `<script>`) shows as text and never runs.
public struct HTMLReport: SectionedReport {
  public var model: ReportModel

  public init(model: ReportModel) { self.model = model }

  /// Text safe inside an element or a quoted attribute.
  public static func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for ch in s.unicodeScalars {
      switch ch {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.unicodeScalars.append(ch)
      }
    }
    return out
  }

  func e(_ s: String) -> String { HTMLReport.escape(s) }

  /// The page head, the summary cards and the filters, up to the contents.
  public func head() -> String {
    let s = model.summary
    var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    out += "<title>\(e(model.title))</title>\n<style>\n\(HTMLReport.css)</style>\n</head>\n<body>\n"
    out += "<header>\n<h1>\(e(model.title))</h1>\n"
    out += "<p class=\"meta\">Pipeline <code>\(e(model.pipeline))</code> on <code>\(e(model.corpus))</code></p>\n"
    out += "<div class=\"cards\">\n"
    for (label, n) in [("documents", s.documents), ("sources", s.sources), ("claims", s.claims), ("failed inputs", s.failed)] {
      out += "<div class=\"card\"><b>\(n)</b><span>\(label)</span></div>\n"
    }
    for v in Verdict.allCases.reversed() {
      out += "<div class=\"card v-\(v.rawValue)\"><b>\(s.verdicts[v.rawValue] ?? 0)</b><span>\(label(v))</span></div>\n"
    }
    out += "</div>\n"
    if s.contradictionsWithinDocuments > 0 {
      out += "<p class=\"note\">\(s.contradictionsWithinDocuments) contradiction(s) between two claims of the same article.</p>\n"
    }
    if s.implausibleSequences > 0 {
      out += "<p class=\"note\">\(s.implausibleSequences) value(s) break the sequence of values over time.</p>\n"
    }
    out += "<nav class=\"filters\" aria-label=\"Filters\">\n"
    out += "<input type=\"search\" id=\"q\" placeholder=\"Search subjects, sentences, sources\" aria-label=\"Search\">\n"
    out += "<div class=\"chips\">\n"
    for v in Verdict.allCases.reversed() {
      out += "<label class=\"chip v-\(v.rawValue)\"><input type=\"checkbox\" name=\"verdict\" value=\"\(v.rawValue)\" checked> \(label(v))</label>\n"
    }
    out += "</div>\n</nav>\n</header>\n<main>\n"

    return out
  }

  /// What comes before the contents lines (when there is any section).
  public var contentsHead: String { "<section class=\"toc\"><h2>Subjects</h2><ul>\n" }
  /// What comes after the contents lines.
  public var contentsEnd: String { "</ul></section>\n" }

  /// A section's line in the contents.
  public func contentsLine(_ section: ReportModel.Section) -> String {
    let worst = section.worstVerdict.map { badge($0) } ?? "<span class=\"badge v-agreement\">all agree</span>"
    let current = section.current.map { " <span class=\"muted\">now \(e(valueText($0)))</span>" } ?? ""
    return "<li><a href=\"#\(section.id)\">\(e(section.heading))</a>\(current) \(worst)</li>\n"
  }

  /// One section, handed to `write` a pair at a time.
  public func body(_ section: ReportModel.Section, to write: (String) -> Void) {
    var out = ""
    let verdicts = Set(section.pairs.map(\.verdict.rawValue)).sorted().joined(separator: " ")
    out += "<section class=\"topic\" id=\"\(section.id)\" data-verdicts=\"\(verdicts)\">\n"
    out += "<h2>\(e(section.heading))"
    if let worst = section.worstVerdict { out += " \(badge(worst))" }
    out += "</h2>\n"
    if let current = section.current {
      out += "<div class=\"current\"><span class=\"muted\">Current value</span> <b>\(e(valueText(current)))</b>"
      if let year = current.year { out += " <span class=\"muted\">(\(year))</span>" }
      out += " <span class=\"muted\">confidence</span> \(confidenceBar(current.confidence))"
      out += " <span class=\"muted\">\(current.supporting) supporting, \(current.dissenting) dissenting</span></div>\n"
    }
    if section.timeline.count > 1 {
      out += "<ol class=\"timeline\">\n"
      for r in section.timeline {
        let broken = r.breaksSequence != nil ? " broken" : ""
        out += "<li class=\"step\(broken)\"><span class=\"year\">\(r.year.map(String.init) ?? "any")</span>"
        out += "<span class=\"val\">\(e(Format.value(r.value)))</span>"
        out += "<span class=\"conf\">confidence \(Format.number(r.confidence))</span>"
        if let why = r.breaksSequence { out += "<span class=\"warn\" title=\"\(e(why))\">⚠ breaks the sequence</span>" }
        out += "</li>\n"
      }
      out += "</ol>\n"
    }
    if let sequence = section.sequence {
      let plausible = section.sequencePlausible == false ? " bad" : ""
      out += "<p class=\"sequence\(plausible)\"><span class=\"muted\">Over time:</span> \(e(sequence)).</p>\n"
    }
    if let members = section.current?.members {
      out += "<p class=\"members\"><span class=\"muted\">Members:</span> \(e(members.joined(separator: ", ")))</p>\n"
    }
    if section.pairs.isEmpty {
      out += "<p class=\"muted\">All \(section.claims.count) claims state the same value.</p>\n"
      for c in section.claims { out += quote(c) }
    }
    for p in section.pairs {
      write(out)
      out = ""
      out += "<article class=\"pair v-\(p.verdict.rawValue)\" data-verdict=\"\(p.verdict.rawValue)\">\n"
      out += "<h3>\(badge(p.verdict)) \(e(p.a.value)) <span class=\"muted\">vs</span> \(e(p.b.value))"
      if let level = p.severityLevel { out += " <span class=\"severity\">\(level) gap</span>" }
      if p.sameDocument { out += " <span class=\"same\">same article</span>" }
      out += "</h3>\n<div class=\"quotes\">\n\(quote(p.a))\(quote(p.b))</div>\n"
      out += "<p class=\"reason\">\(e(p.reason)).</p>\n"
      if let m = p.members {
        out += "<p class=\"members\">"
        if !m.onlyA.isEmpty { out += "Only in the first: <b>\(e(m.onlyA.joined(separator: ", ")))</b>. " }
        if !m.onlyB.isEmpty { out += "Only in the second: <b>\(e(m.onlyB.joined(separator: ", ")))</b>." }
        out += "</p>\n"
      }
      out += "</article>\n"
    }
    out += "</section>\n"
    write(out)
  }

  /// What comes before the rows of claims made by one source (when there is any).
  public var singlesHead: String {
    "<section class=\"topic plain\" data-verdicts=\"\"><h2>Claims made by one source only</h2>\n<div class=\"scroll\"><table>\n"
      + "<tr><th>subject</th><th>attribute</th><th>value</th><th>time</th><th>source</th></tr>\n"
  }
  /// What comes after the rows of claims made by one source.
  public var singlesEnd: String { "</table></div></section>\n" }

  /// The rows of a section with one claim, in the table of claims made by one source.
  public func singleRows(_ section: ReportModel.Section) -> String {
    var out = ""
    for c in section.claims {
      let attribute = Format.attribute(section.attribute) + (section.qualifier.map { " (\($0))" } ?? "")
      out += "<tr><td>\(e(section.subject))</td><td>\(e(attribute))</td><td>\(e(c.value))</td>"
      out += "<td>\(e(c.time))</td><td>\(e(c.provenance))</td></tr>\n"
    }
    return out
  }

  /// The sources, the problems and the end of the page.
  public func tail(sources: ReportRows<ReportModel.Source>, problems: ReportRows<Problem>, to write: (String) -> Void) {
    var out = ""
    if !sources.isEmpty {
      out += "<section class=\"topic plain\" data-verdicts=\"\"><h2>Sources</h2>\n"
      out += "<p class=\"muted\">Reliability is estimated from agreement with the best-supported values, "
      out += "starting from a prior of 0.8; copies count once.</p>\n<div class=\"scroll\"><table>\n"
      out += "<tr><th>source</th><th>files</th><th>claims</th><th>copies</th><th>reliability</th></tr>\n"
      sources.forEach { source in
        if out.utf8.count >= 1 << 20 { write(out); out = "" }
        out += "<tr><td>\(e(source.name))</td><td>\(e(source.files.joined(separator: ", ")))</td><td>\(source.claims)</td>"
        out += "<td>\(source.copies)</td><td>\(source.reliability.map { confidenceBar($0) } ?? "")</td></tr>\n"
      }
      out += "</table></div></section>\n"
    }

    if !problems.isEmpty {
      out += "<section class=\"topic plain\" data-verdicts=\"\"><h2>Inputs with problems</h2>\n<div class=\"scroll\"><table>\n"
      out += "<tr><th>file</th><th>stage</th><th>severity</th><th>problem</th></tr>\n"
      problems.forEach { p in
        if out.utf8.count >= 1 << 20 { write(out); out = "" }
        out += "<tr class=\"\(p.severity.rawValue)\"><td>\(e(p.file))</td><td>\(e(p.stage))</td><td>\(p.severity.rawValue)</td><td>\(e(p.error))</td></tr>\n"
      }
      out += "</table></div></section>\n"
    }
    out += "<p id=\"empty\" class=\"muted\" hidden>Nothing matches the filters.</p>\n"
    out += "</main>\n<script>\n\(HTMLReport.script)</script>\n</body>\n</html>\n"
    write(out)
  }

  func label(_ v: Verdict) -> String {
    switch v {
    case .contradiction: "contradiction"
    case .timeExplained: "explained by time"
    case .compatible: "compatible"
    case .agreement: "agreement"
    case .unrelated: "same article, unrelated"
    }
  }

  func badge(_ v: Verdict) -> String { "<span class=\"badge v-\(v.rawValue)\">\(label(v))</span>" }

  func valueText(_ r: ReconciledValue) -> String { ReportModel.valueText(r) }

  func confidenceBar(_ x: Double) -> String {
    let percent = Int((min(1, max(0, x)) * 100).rounded())
    return "<span class=\"bar\" title=\"\(Format.number(x))\"><span style=\"width:\(percent)%\"></span></span>"
      + "<span class=\"num\">\(Format.number(x))</span>"
  }

  func quote(_ c: ReportModel.ClaimView) -> String {
    let (before, number, after) = c.parts
    var out = "<blockquote><p>\(e(before))"
    if !number.isEmpty { out += "<mark>\(e(number))</mark>\(e(after))" }
    out += "</p>\n<footer><b>\(e(c.value + ReportModel.unitSuffix(c.unit)))</b> · \(e(c.time))<br>"
    out += "<span class=\"src\">\(e(c.provenance))</span>"
    if c.subjectBasis != "direct" { out += "<br>subject “\(e(c.subjectMention))” (\(e(c.subjectBasis)))" }
    if let members = c.members { out += "<br>lists \(e(members.joined(separator: ", ")))" }
    if let copy = c.copyOf { out += "<br>copy of claim \(e(copy)), counted once" }
    for w in c.warnings { out += "<br><span class=\"warn\">warning: \(e(w))</span>" }
    out += "</footer></blockquote>\n"
    return out
  }

  static let css = """
    :root { --fg: #1d2125; --muted: #5f6b76; --bg: #f6f7f9; --card: #fff; --line: #dde1e6;
      --contradiction: #c62828; --time_explained: #1565c0; --compatible: #2e7d32;
      --agreement: #558b2f; --unrelated: #757575; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      color: var(--fg); background: var(--bg); }
    header, main { max-width: 1100px; margin: 0 auto; padding: 0 16px; }
    header { padding-top: 16px; }
    h1 { font-size: 1.6rem; margin: 0.4rem 0; }
    h2 { font-size: 1.25rem; margin: 0 0 0.6rem; }
    h3 { font-size: 1rem; margin: 0 0 0.5rem; }
    code { font-size: 0.9em; }
    .meta, .muted { color: var(--muted); }
    .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(104px, 1fr)); gap: 8px; margin: 12px 0; }
    .card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 8px 10px;
      border-top: 4px solid var(--line); }
    .card b { display: block; font-size: 1.5rem; }
    .card span { color: var(--muted); font-size: 0.85rem; }
    .note { background: #fff4e5; border-left: 4px solid #ef6c00; padding: 6px 10px; margin: 8px 0; }
    .filters { position: sticky; top: 0; z-index: 2; background: var(--bg); padding: 8px 0;
      border-bottom: 1px solid var(--line); }
    .filters input[type=search] { width: 100%; font-size: 1rem; padding: 8px 10px; border: 1px solid var(--line);
      border-radius: 6px; }
    .chips { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
    .chip { border: 1px solid var(--line); border-radius: 999px; padding: 2px 10px; background: var(--card);
      font-size: 0.9rem; cursor: pointer; }
    .badge { display: inline-block; font-size: 0.75rem; font-weight: 600; color: #fff; border-radius: 4px;
      padding: 1px 6px; vertical-align: middle; background: var(--unrelated); }
    .v-contradiction { --v: var(--contradiction); } .v-time_explained { --v: var(--time_explained); }
    .v-compatible { --v: var(--compatible); } .v-agreement { --v: var(--agreement); }
    .v-unrelated { --v: var(--unrelated); }
    .badge[class*=v-] { background: var(--v); }
    .card[class*=v-] { border-top-color: var(--v); }
    .chip[class*=v-] { border-color: var(--v); }
    .topic { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 14px;
      margin: 14px 0; }
    .toc ul { margin: 0; padding-left: 1.2rem; }
    .current { margin-bottom: 8px; }
    .bar { display: inline-block; width: 80px; height: 8px; background: var(--line); border-radius: 4px;
      vertical-align: middle; margin: 0 4px; overflow: hidden; }
    .bar span { display: block; height: 100%; background: #455a64; }
    .num { font-size: 0.85rem; color: var(--muted); }
    .timeline { display: flex; flex-wrap: wrap; gap: 0; list-style: none; padding: 0; margin: 8px 0; }
    .step { position: relative; padding: 6px 14px 6px 0; margin-right: 14px; min-width: 76px;
      border-top: 3px solid #90a4ae; }
    .step::before { content: ""; position: absolute; top: -8px; left: 0; width: 12px; height: 12px;
      border-radius: 50%; background: #455a64; }
    .step span { display: block; }
    .step .year { font-size: 0.8rem; color: var(--muted); margin-top: 4px; }
    .step .val { font-weight: 600; }
    .step .conf { font-size: 0.75rem; color: var(--muted); }
    .step.broken::before { background: var(--contradiction); }
    .warn { color: #b71c1c; font-size: 0.85rem; }
    .sequence.bad { color: #b71c1c; }
    .pair { border-left: 5px solid var(--v); padding: 8px 0 4px 12px; margin: 14px 0; }
    .quotes { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; }
    blockquote { margin: 0; background: var(--bg); border-radius: 6px; padding: 8px 10px; }
    blockquote p { margin: 0 0 6px; }
    blockquote footer { font-size: 0.85rem; color: var(--muted); }
    blockquote footer b { color: var(--fg); }
    mark { background: #ffe082; padding: 0 2px; border-radius: 2px; }
    .reason { margin: 8px 0 4px; }
    .severity, .same { font-size: 0.75rem; border: 1px solid var(--line); border-radius: 4px; padding: 0 5px;
      color: var(--muted); font-weight: normal; }
    .scroll { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
    th, td { text-align: left; border-bottom: 1px solid var(--line); padding: 4px 6px; vertical-align: top; }
    tr.error td { color: #b71c1c; }
    [hidden] { display: none !important; }
    @media (max-width: 700px) {
      body { font-size: 15px; }
      .quotes { grid-template-columns: 1fr; }
      .topic { padding: 10px; border-radius: 6px; }
      header, main { padding: 0 8px; }
      .cards { grid-template-columns: repeat(3, 1fr); gap: 6px; }
      .card { padding: 4px 8px; }
      .card b { font-size: 1.15rem; }
      .card span { font-size: 0.75rem; }
    }

    """

  // Reads the page only; no article text is ever put into the script.
  static let script = """
    (function () {
      var q = document.getElementById('q');
      var boxes = Array.prototype.slice.call(document.querySelectorAll('input[name=verdict]'));
      function update() {
        var on = {};
        boxes.forEach(function (b) { on[b.value] = b.checked; });
        var term = q.value.trim().toLowerCase();
        var shown = 0;
        document.querySelectorAll('section.topic').forEach(function (s) {
          var pairs = s.querySelectorAll('.pair');
          var any = pairs.length === 0;
          pairs.forEach(function (p) {
            var ok = on[p.getAttribute('data-verdict')] &&
              (!term || s.querySelector('h2').textContent.toLowerCase().indexOf(term) >= 0 ||
               p.textContent.toLowerCase().indexOf(term) >= 0);
            p.hidden = !ok;
            if (ok) { any = true; }
          });
          var text = s.textContent.toLowerCase();
          s.hidden = !any || (term && text.indexOf(term) < 0);
          if (!s.hidden) { shown += 1; }
        });
        document.getElementById('empty').hidden = shown > 0;
      }
      q.addEventListener('input', update);
      boxes.forEach(function (b) { b.addEventListener('change', update); });
    })();

    """
}
