/// One input that could not be processed, or was processed with a warning.
public struct Problem: Sendable, Codable, Hashable, Comparable {
  public enum Severity: String, Sendable, Codable, Hashable { case error, warning }
  public var file: String
  /// The stage that found it: `ingest`, `sentences`, ..., or `input` for a line of a stream.
  public var stage: String
  public var severity: Severity
  public var error: String

  public init(file: String, stage: String, severity: Severity, error: String) {
    self.file = file
    self.stage = stage
    self.severity = severity
    self.error = error
  }

  public static func < (l: Problem, r: Problem) -> Bool {
    (l.file, l.stage, l.error) < (r.file, r.stage, r.error)
  }
}
