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
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    func value(_ v: some Encodable) throws -> String {
      indented(String(decoding: try encoder.encode(v), as: UTF8.self), by: "  ")
    }
    func list(_ values: [some Encodable]) throws {
      guard !values.isEmpty else {
        write("[\n\n  ]")
        return
      }
      var chunk = "[\n"
      for (i, v) in values.enumerated() {
        if i > 0 { chunk += ",\n" }
        chunk += "    " + indented(String(decoding: try encoder.encode(v), as: UTF8.self), by: "    ")
        if chunk.utf8.count >= 1 << 20 {
          write(chunk)
          chunk = ""
        }
      }
      write(chunk + "\n  ]")
    }
    // The keys of ReportModel in sorted order.
    write("{\n  \"corpus\" : \(try value(model.corpus)),\n  \"pipeline\" : \(try value(model.pipeline)),\n")
    write("  \"problems\" : ")
    try list(model.problems)
    write(",\n  \"sections\" : ")
    try list(model.sections)
    write(",\n  \"singles\" : ")
    try list(model.singles)
    write(",\n  \"sources\" : ")
    try list(model.sources)
    write(",\n  \"summary\" : \(try value(model.summary)),\n  \"title\" : \(try value(model.title))\n}\n")
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
