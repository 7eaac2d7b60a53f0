import CrosscheckReconcile

/// Counts of one run, for the report header and the command's summary line.
public struct RunSummary: Sendable, Codable, Hashable {
  public var documents: Int
  public var failed: Int
  public var warnings: Int
  public var sentences: Int
  public var entities: Int
  public var claims: Int
  public var verdicts: [String: Int]

  public init(documents: Int, failed: Int, warnings: Int, sentences: Int, entities: Int, claims: Int, verdicts: [String: Int]) {
    self.documents = documents
    self.failed = failed
    self.warnings = warnings
    self.sentences = sentences
    self.entities = entities
    self.claims = claims
    self.verdicts = verdicts
  }

  /// "3 contradiction, 5 time_explained, 1 compatible, 0 agreement", most serious first.
  public var verdictLine: String {
    Verdict.allCases.reversed().map { "\(verdicts[$0.rawValue] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
  }
}
