import Foundation

/// `report.json`: the report's content for machines, the ``ReportModel`` encoded with sorted keys
/// and indentation, so the same run gives the same bytes.
public enum JSONReport {
  public static func render(_ model: ReportModel) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(model), as: UTF8.self) + "\n"
  }
}
