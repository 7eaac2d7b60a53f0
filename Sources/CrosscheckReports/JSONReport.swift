import CrosscheckCore
import Foundation

/// `report.json`: the report's content for machines, the ``ReportModel`` encoded with sorted keys
/// and indentation, so the same run gives the same bytes.
public enum JSONReport {
  public static func render(_ model: ReportModel) throws -> String {
    var all = ""
    try render(model) { all += $0 }
    return all
  }

  /// Writes the same text as `JSONEncoder` (`.sortedKeys`, `.prettyPrinted`) does for the whole
  /// model, one list element at a time, so that a large report is never held whole.
  public static func render(_ model: ReportModel, to write: (String) -> Void) throws {
    try render(model, sections: nil, singles: nil, to: write)
  }

  /// Elements of a list already rendered with ``element(_:first:)``: how many, and a function
  /// that writes them in order.
  public struct RenderedElements {
    public var count: Int
    public var write: (_ to: (String) -> Void) throws -> Void

    public init(count: Int, write: @escaping (_ to: (String) -> Void) throws -> Void) {
      self.count = count
      self.write = write
    }
  }

  /// As ``render(_:to:)``, with the sections and singles (when given) rendered elsewhere, one
  /// element at a time, and the sources and problems (when given) read one at a time, instead
  /// of taken from the model.
  public static func render(
    _ model: ReportModel, sections: RenderedElements?, singles: RenderedElements?,
    sources: ReportRows<ReportModel.Source>? = nil, problems: ReportRows<Problem>? = nil,
    to write: (String) -> Void
  ) throws {
    let encoder = encoder()
    func value(_ v: some Encodable) throws -> String {
      indented(String(decoding: try encoder.encode(v), as: UTF8.self), by: "  ")
    }
    func list<Row: Encodable>(_ rows: ReportRows<Row>) throws {
      guard !rows.isEmpty else {
        write("[\n\n  ]")
        return
      }
      var chunk = "[\n"
      var first = true
      var failure: (any Error)?
      rows.forEach { v in
        guard failure == nil else { return }
        do {
          chunk += try element(v, first: first, encoder: encoder)
        } catch { failure = error }
        first = false
        if chunk.utf8.count >= 1 << 20 {
          write(chunk)
          chunk = ""
        }
      }
      if let failure { throw failure }
      write(chunk + "\n  ]")
    }
    func list(_ values: [some Encodable]) throws { try list(ReportRows(values)) }
    func list(_ rendered: RenderedElements) throws {
      guard rendered.count > 0 else {
        write("[\n\n  ]")
        return
      }
      write("[\n")
      try rendered.write(write)
      write("\n  ]")
    }
    // The keys of ReportModel in sorted order.
    write("{\n  \"corpus\" : \(try value(model.corpus)),\n  \"pipeline\" : \(try value(model.pipeline)),\n")
    write("  \"problems\" : ")
    try list(problems ?? ReportRows(model.problems))
    write(",\n  \"sections\" : ")
    if let sections { try list(sections) } else { try list(model.sections) }
    write(",\n  \"singles\" : ")
    if let singles { try list(singles) } else { try list(model.singles) }
    write(",\n  \"sources\" : ")
    try list(sources ?? ReportRows(model.sources))
    write(",\n  \"summary\" : \(try value(model.summary)),\n  \"title\" : \(try value(model.title))\n}\n")
  }

  /// The encoder of the report: sorted keys, indented, slashes unescaped.
  public static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return encoder
  }

  /// One element of a top-level list of the report, as ``render(_:to:)`` writes it: after a
  /// comma and line break unless it is the first.
  public static func element(_ v: some Encodable, first: Bool, encoder: JSONEncoder = encoder()) throws -> String {
    (first ? "" : ",\n") + "    " + indented(String(decoding: try encoder.encode(v), as: UTF8.self), by: "    ")
  }

  /// As ``element(_:first:encoder:)`` for a section, the same text, but handed to `write` one
  /// claim and one pair at a time, so that a section with thousands of pairs is never held as
  /// one string.
  public static func element(
    _ section: ReportModel.Section, first: Bool, encoder: JSONEncoder = encoder(), to write: (String) -> Void
  ) throws {
    let base = "    "
    func value(_ v: some Encodable) throws -> String {
      indented(String(decoding: try encoder.encode(v), as: UTF8.self), by: base + "  ")
    }
    func list(_ values: some Collection<some Encodable>) throws {
      guard !values.isEmpty else {
        write("[\n\n" + base + "  ]")
        return
      }
      var chunk = "[\n"
      for (i, v) in values.enumerated() {
        if i > 0 { chunk += ",\n" }
        chunk += base + "    " + indented(String(decoding: try encoder.encode(v), as: UTF8.self), by: base + "    ")
        if chunk.utf8.count >= 1 << 16 {
          write(chunk)
          chunk = ""
        }
      }
      write(chunk + "\n" + base + "  ]")
    }
    // The keys of a section in sorted order; optional ones only when present.
    var keys = ["attribute", "claims"]
    if section.current != nil { keys.append("current") }
    keys += ["id", "pairs"]
    if section.qualifier != nil { keys.append("qualifier") }
    if section.sequence != nil { keys.append("sequence") }
    if section.sequencePlausible != nil { keys.append("sequence_plausible") }
    keys += ["subject", "timeline"]
    if section.worstVerdict != nil { keys.append("worst_verdict") }
    write((first ? "" : ",\n") + base + "{\n")
    for (i, key) in keys.enumerated() {
      write(base + "  " + (try value(key)) + " : ")
      switch key {
      case "attribute": write(try value(section.attribute))
      case "claims": try list(section.claims)
      case "current": write(try value(section.current))
      case "id": write(try value(section.id))
      case "pairs": try list(section.pairs)
      case "qualifier": write(try value(section.qualifier))
      case "sequence": write(try value(section.sequence))
      case "sequence_plausible": write(try value(section.sequencePlausible))
      case "subject": write(try value(section.subject))
      case "timeline": try list(section.timeline)
      default: write(try value(section.worstVerdict))
      }
      write(i + 1 < keys.count ? ",\n" : "\n")
    }
    write(base + "}")
  }

  /// Pretty JSON moved right by `prefix`: after each line break, except before an empty line
  /// (which `JSONEncoder` writes inside an empty list or object).
  static func indented(_ json: String, by prefix: String) -> String {
    guard json.utf8.contains(UInt8(ascii: "\n")) else { return json }
    var out: [UInt8] = []
    out.reserveCapacity(json.utf8.count + json.utf8.count / 8)
    let bytes = Array(json.utf8)
    for (i, b) in bytes.enumerated() {
      out.append(b)
      if b == UInt8(ascii: "\n"), i + 1 < bytes.count, bytes[i + 1] != UInt8(ascii: "\n") {
        out.append(contentsOf: prefix.utf8)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
