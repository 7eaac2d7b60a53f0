import CrosscheckCore

/// A report made of parts in a fixed order: the head, the contents (one line per section), the
/// sections, the table of claims made by one source, and the tail. The whole report
/// (``render(to:)``) and a streaming run, which writes each section's parts as it reconciles the
/// section's group and joins them at the end, put the same parts in the same order.
public protocol SectionedReport {
  var model: ReportModel { get }
  /// Everything before the contents.
  func head() -> String
  /// What opens the contents, when there is any section.
  var contentsHead: String { get }
  /// A section's line in the contents.
  func contentsLine(_ section: ReportModel.Section) -> String
  /// What closes the contents.
  var contentsEnd: String { get }
  /// A section, handed to `write` a piece at a time.
  func body(_ section: ReportModel.Section, to write: (String) -> Void)
  /// What opens the table of claims made by one source, when there is any.
  var singlesHead: String { get }
  /// The rows of a section with one claim, in that table.
  func singleRows(_ section: ReportModel.Section) -> String
  /// What closes that table.
  var singlesEnd: String { get }
  /// Everything after that table (the sources, the problems, the end), handed to `write` a
  /// piece at a time, with the rows of the sources and problems tables taken from `sources` and
  /// `problems` rather than from the model.
  func tail(sources: ReportRows<ReportModel.Source>, problems: ReportRows<Problem>, to write: (String) -> Void)
}

/// The rows of one of a report's tables, handed over one at a time: from an array, or read by a
/// streaming run from disk, so that a table of a million rows is never held whole.
public struct ReportRows<Row> {
  public var isEmpty: Bool
  /// Calls its argument with each row in order.
  public var forEach: (_ body: (Row) -> Void) -> Void

  public init(_ rows: [Row]) {
    isEmpty = rows.isEmpty
    forEach = { body in for r in rows { body(r) } }
  }

  public init(isEmpty: Bool, forEach: @escaping (_ body: (Row) -> Void) -> Void) {
    self.isEmpty = isEmpty
    self.forEach = forEach
  }
}

extension SectionedReport {
  /// Everything after the table of single claims, with the model's sources and problems.
  public func tail(to write: (String) -> Void) {
    tail(sources: ReportRows(model.sources), problems: ReportRows(model.problems), to: write)
  }

  /// The whole report as one string.
  public func render() -> String {
    var all = ""
    render { all += $0 }
    return all
  }

  /// Renders the report and hands it to `write` a piece at a time (about a megabyte each), so
  /// that a large report is never held whole.
  public func render(to write: (String) -> Void) {
    var out = head()
    if !model.sections.isEmpty {
      out += contentsHead
      for section in model.sections { out += contentsLine(section) }
      out += contentsEnd
    }
    for section in model.sections {
      if out.utf8.count >= 1 << 20 { write(out); out = "" }
      body(section) { piece in
        out += piece
        if out.utf8.count >= 1 << 20 { write(out); out = "" }
      }
    }
    if !model.singles.isEmpty {
      out += singlesHead
      for section in model.singles {
        if out.utf8.count >= 1 << 20 { write(out); out = "" }
        out += singleRows(section)
      }
      out += singlesEnd
    }
    write(out)
    tail(to: write)
  }
}
