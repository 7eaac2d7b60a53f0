import Foundation
import CrosscheckCore
import CrosscheckReconcile

/// `reconciled.csv`: one row per reconciled value, RFC 4180 quoting.
public enum ReconciledCSV {
  public static let header = "subject,attribute,qualifier,year,low,high,modifier,unit,supporting,dissenting,confidence,claims"

  public static func render(_ values: [ReconciledValue]) -> String {
    var out = header + "\n"
    for v in values { out += row(v) }
    return out
  }

  /// One value's row, with its line break.
  public static func row(_ v: ReconciledValue) -> String {
    let fields: [String] = [
      v.subject, v.attribute, v.qualifier ?? "", v.year.map(String.init) ?? "",
      v.value.low.map { Format.number($0, grouping: false) } ?? "",
      v.value.high.map { Format.number($0, grouping: false) } ?? "", v.value.modifier.rawValue,
      v.unit ?? "", String(v.supporting), String(v.dissenting), String(v.confidence),
      v.claims.joined(separator: " "),
    ]
    return fields.map(quote).joined(separator: ",") + "\n"
  }

  static func quote(_ field: String) -> String {
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
