import CrosscheckCore

/// How two claims on the same subject and attribute relate.
public enum Verdict: String, Sendable, Codable, CaseIterable, Comparable {
  /// Different numbers that agree within the attribute's tolerance ("24,800" and "25,000").
  case agreement
  /// Intervals that overlap once modifiers are applied ("17-22 thousand" and "about 20,000").
  case compatible
  /// Values that differ, at different times, for an attribute that can change over time.
  case timeExplained = "time_explained"
  /// Values that cannot both be true: same time (or an attribute that cannot change), no overlap.
  case contradiction

  public static func < (lhs: Verdict, rhs: Verdict) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// One compared pair of claims whose values are not identical.
public struct ConflictPair: Sendable, Codable, Hashable {
  public var subject: String
  public var attribute: String
  public var qualifier: String?
  /// Claim ids, `a` the lower.
  public var a: String
  public var b: String
  public var verdict: Verdict
  public var reason: String
  /// For a contradiction: the gap between the intervals relative to the larger value, in [0, 1].
  public var severity: Double?
  /// Both claims come from the same document.
  public var sameDocument: Bool

  enum CodingKeys: String, CodingKey {
    case subject, attribute, qualifier, a, b, verdict, reason, severity
    case sameDocument = "same_document"
  }
}

/// The best-supported value for one subject, attribute and time scope.
public struct ReconciledValue: Sendable, Codable, Hashable {
  public var subject: String
  public var attribute: String
  public var qualifier: String?
  /// The year the value holds for; `nil` for attributes that cannot change (one value for all time).
  public var year: Int?
  public var value: ClaimValue
  public var unit: String?
  public var supporting: Int
  public var dissenting: Int
  /// In [0, 1]: the supporting share of the evidence, discounted when there is little of it.
  public var confidence: Double
  public var claims: [String]
  public var supportingClaims: [String]
  public var dissentingClaims: [String]
  /// Members, for a membership count whose supporting claims list them all the same.
  public var members: [String]?

  enum CodingKeys: String, CodingKey {
    case subject, attribute, qualifier, year, value, unit, supporting, dissenting, confidence, claims, members
    case supportingClaims = "supporting_claims"
    case dissentingClaims = "dissenting_claims"
  }
}
