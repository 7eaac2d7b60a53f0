import CrosscheckCore

/// How two claims on the same subject and attribute relate.
public enum Verdict: String, Sendable, Codable, CaseIterable, Comparable {
  /// Two values from one article that the article never sets against each other (no shared
  /// stated year): read as about different moments or parts, not as a disagreement.
  case unrelated
  /// Values that are the same within the attribute's tolerance ("24,800" and "about 25,000").
  case agreement
  /// Intervals that overlap once modifiers are applied ("17-22 thousand" and "about 20,000").
  case compatible
  /// Values that differ, at different times, for an attribute that can change over time.
  case timeExplained = "time_explained"
  /// Values that cannot both be true: same time (or an attribute that cannot change), no overlap.
  case contradiction

  public static func < (lhs: Verdict, rhs: Verdict) -> Bool {
    (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
  }
}

/// Members one claim of a pair lists and the other does not (canonical names, sorted).
public struct MemberDifference: Sendable, Codable, Hashable {
  /// Listed by claim `a` only.
  public var onlyA: [String]
  /// Listed by claim `b` only.
  public var onlyB: [String]

  public init(onlyA: [String], onlyB: [String]) {
    self.onlyA = onlyA
    self.onlyB = onlyB
  }

  enum CodingKeys: String, CodingKey {
    case onlyA = "only_a"
    case onlyB = "only_b"
  }
}

/// One compared pair of claims whose values (or listed members) are not identical.
public struct ConflictPair: Sendable, Codable, Hashable {
  public var subject: String
  public var attribute: String
  public var qualifier: String?
  /// Claim ids, `a` the lower.
  public var a: String
  public var b: String
  public var verdict: Verdict
  public var reason: String
  /// For a contradiction: the gap between the intervals relative to the larger value, in [0, 1]
  /// (for a membership contradiction: the share of members not listed by both).
  public var severity: Double?
  /// Both claims come from the same document.
  public var sameDocument: Bool
  /// For two claims that both list members: who is listed by one and not the other.
  public var members: MemberDifference?
  /// `false` when one of the two claims breaks the sequence of values over time (see
  /// ``ReconciledValue/breaksSequence``); absent otherwise.
  public var sequencePlausible: Bool?

  public init(
    subject: String, attribute: String, qualifier: String?, a: String, b: String, verdict: Verdict,
    reason: String, severity: Double? = nil, sameDocument: Bool, members: MemberDifference? = nil,
    sequencePlausible: Bool? = nil
  ) {
    self.subject = subject
    self.attribute = attribute
    self.qualifier = qualifier
    self.a = a
    self.b = b
    self.verdict = verdict
    self.reason = reason
    self.severity = severity
    self.sameDocument = sameDocument
    self.members = members
    self.sequencePlausible = sequencePlausible
  }

  /// "slight" (under 5%), "moderate" (under 25%) or "large", for a contradiction with a severity.
  public var severityLevel: String? {
    guard let severity else { return nil }
    return severity < 0.05 ? "slight" : severity < 0.25 ? "moderate" : "large"
  }

  enum CodingKeys: String, CodingKey {
    case subject, attribute, qualifier, a, b, verdict, reason, severity, members
    case sameDocument = "same_document"
    case sequencePlausible = "sequence_plausible"
  }
}

/// One claim's part in a reconciled value: its source, weight and stance.
public struct Evidence: Sendable, Codable, Hashable {
  public var claim: String
  /// The site or publisher, else the document's file.
  public var source: String
  /// `true` when the claim's interval overlaps the reconciled value.
  public var supports: Bool
  /// The weight the claim counted with: 0 for a copy, less for a document read with a warning.
  public var weight: Double
  /// The estimated reliability of the source, in [0, 1].
  public var reliability: Double
  /// The claim this one copies (a near-duplicate document, or the same sentence word for word).
  public var copyOf: String?

  public init(claim: String, source: String, supports: Bool, weight: Double, reliability: Double, copyOf: String?) {
    self.claim = claim
    self.source = source
    self.supports = supports
    self.weight = weight
    self.reliability = reliability
    self.copyOf = copyOf
  }

  enum CodingKeys: String, CodingKey {
    case claim, source, supports, weight, reliability
    case copyOf = "copy_of"
  }
}

/// An interval with open sides as `nil`.
public struct Interval: Sendable, Codable, Hashable {
  public var low: Double?
  public var high: Double?

  public init(low: Double?, high: Double?) {
    self.low = low
    self.high = high
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(low, forKey: .low)
    try c.encode(high, forKey: .high)
  }

  enum CodingKeys: String, CodingKey { case low, high }
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
  /// In [0, 1]: the reliability-weighted share of the evidence that supports the value,
  /// discounted when there is little of it.
  public var confidence: Double
  public var claims: [String]
  public var supportingClaims: [String]
  public var dissentingClaims: [String]
  /// Members, for a membership count whose supporting claims list them all the same.
  public var members: [String]?
  /// The interval the supporting claims share (modifiers and tolerance applied).
  public var interval: Interval?
  /// Independent sources behind the supporting claims (copies counted once).
  public var supportingSources: Int?
  /// Every claim of the scope with its source, weight and stance.
  public var evidence: [Evidence]?
  /// This is the latest time scope of its subject and attribute.
  public var current: Bool?
  /// On the current value, when there are several time scopes: the values over time and whether
  /// the sequence is plausible for the attribute.
  public var sequence: String?
  public var sequencePlausible: Bool?
  /// Why this value breaks the sequence of values over time, when it does.
  public var breaksSequence: String?

  public init(
    subject: String, attribute: String, qualifier: String?, year: Int?, value: ClaimValue, unit: String?,
    supporting: Int, dissenting: Int, confidence: Double, claims: [String], supportingClaims: [String],
    dissentingClaims: [String], members: [String]?
  ) {
    self.subject = subject
    self.attribute = attribute
    self.qualifier = qualifier
    self.year = year
    self.value = value
    self.unit = unit
    self.supporting = supporting
    self.dissenting = dissenting
    self.confidence = confidence
    self.claims = claims
    self.supportingClaims = supportingClaims
    self.dissentingClaims = dissentingClaims
    self.members = members
  }

  enum CodingKeys: String, CodingKey {
    case subject, attribute, qualifier, year, value, unit, supporting, dissenting, confidence, claims, members
    case interval, evidence, current, sequence
    case supportingClaims = "supporting_claims"
    case dissentingClaims = "dissenting_claims"
    case supportingSources = "supporting_sources"
    case sequencePlausible = "sequence_plausible"
    case breaksSequence = "breaks_sequence"
  }
}
