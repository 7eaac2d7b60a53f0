/// The thing a claim is about.
public struct ClaimSubject: Hashable, Sendable, Codable {
  /// The canonical name, shared by every document that names the same entity.
  public var name: String
  /// The words the sentence used ("the alliance", "CSTO's").
  public var mention: String
  public var type: EntityType
  /// How the subject was found: `direct` (named in the clause), `reference` ("the bloc"),
  /// or `context` (named in an earlier sentence of the same passage).
  public var basis: String
  /// UTF-8 byte range of ``mention`` in the document text, when known.
  public var range: TextRange?
  /// For a subject found through a reference or a pronoun: the referring words in the clause
  /// ("the bloc", "it", "its"); `nil` when the subject is named.
  public var via: String?

  public init(
    name: String, mention: String, type: EntityType, basis: String, range: TextRange? = nil,
    via: String? = nil
  ) {
    self.name = name
    self.mention = mention
    self.type = type
    self.basis = basis
    self.range = range
    self.via = via
  }
}

/// A claimed value: an interval with the modifier the text used. `nil` is an open side.
public struct ClaimValue: Hashable, Sendable, Codable {
  public var low: Double?
  public var high: Double?
  public var modifier: Modifier

  public init(low: Double?, high: Double?, modifier: Modifier) {
    self.low = low
    self.high = high
    self.modifier = modifier
  }
}

/// When a claim holds, and how we know.
public struct TimeScope: Hashable, Sendable, Codable {
  public var year: Int?
  /// `explicit` (a year in the sentence), `context` (a year in the sentence before, for a
  /// sentence that refers back to it), `relative` ("last year", "16 years ago", "ten years
  /// later", resolved against the publication date or the year before), `published` (the publication date), `estimate`
  /// (an estimated publication date), or `unknown`.
  public var basis: String

  public init(year: Int?, basis: String) {
    self.year = year
    self.basis = basis
  }
}

/// One statement of fact read from one sentence: subject, attribute, value, time, provenance.
public struct Claim: Hashable, Sendable, Codable {
  /// Stable: derived from the document id and the span.
  public var id: String
  public var document: String
  public var sentence: TextRange
  /// From the subject mention (when in the sentence) to the end of the value.
  public var span: TextRange
  public var subject: ClaimSubject
  public var attribute: String
  /// What a share or amount is of ("arms imports"), when the sentence says.
  public var qualifier: String?
  public var value: ClaimValue
  public var unit: String?
  public var time: TimeScope
  /// For membership claims read from an enumeration: the members, canonical names, in text order.
  public var members: [String]?
  /// Problems found while reading the claim (an enumeration whose length differs from its count).
  public var warnings: [String]
  /// For a claim with ``members``: `true` when the list is the whole membership ("its members are
  /// A, B and C"), `false` when it names only some ("seven members, including A and B").
  public var membersComplete: Bool?
  /// The rule that read the claim (`count-unit`, `ordinal-joining`, `growth`, `enumeration`, ...),
  /// so a user can see why it was extracted.
  public var rule: String?
  /// For a value inside a quotation: who said it, or `""` when the speaker is not named; `nil`
  /// for a value the article states itself.
  public var quotedBy: String?
  /// Whether the sentence reports the value without naming a source ("reportedly", "is said to").
  public var reported: Bool
  /// How likely the claim is to be right, from 0 to 1, rounded to three decimals: a logistic
  /// model over structural features of the claim, with weights from a lexicon file; `nil` when
  /// the pipeline gives no model.
  public var confidence: Double?

  public init(
    id: String, document: String, sentence: TextRange, span: TextRange, subject: ClaimSubject,
    attribute: String, qualifier: String? = nil, value: ClaimValue, unit: String?,
    time: TimeScope, members: [String]? = nil, warnings: [String] = [],
    membersComplete: Bool? = nil, rule: String? = nil, quotedBy: String? = nil, reported: Bool = false,
    confidence: Double? = nil
  ) {
    self.id = id
    self.document = document
    self.sentence = sentence
    self.span = span
    self.subject = subject
    self.attribute = attribute
    self.qualifier = qualifier
    self.value = value
    self.unit = unit
    self.time = time
    self.members = members
    self.warnings = warnings
    self.membersComplete = membersComplete
    self.rule = rule
    self.quotedBy = quotedBy
    self.reported = reported
    self.confidence = confidence
  }
}

extension ClaimValue {
  enum CodingKeys: String, CodingKey { case low, high, modifier }

  /// Writes an open side as `null` rather than leaving the key out.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(low, forKey: .low)
    try c.encode(high, forKey: .high)
    try c.encode(modifier, forKey: .modifier)
  }
}

extension TimeScope {
  enum CodingKeys: String, CodingKey { case year, basis }

  /// Writes an unknown year as `null`.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(year, forKey: .year)
    try c.encode(basis, forKey: .basis)
  }
}
