/// The kinds of annotation a stage can produce; pipelines check stage order with these.
public enum AnnotationKind: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
  case sentence, token, entity, quantity, claim

  public static func < (lhs: AnnotationKind, rhs: AnnotationKind) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}

/// One sentence: a span of the normalized text.
public struct Sentence: Hashable, Sendable, Codable {
  public var range: TextRange
  public init(_ range: TextRange) { self.range = range }
}

/// One word, number or punctuation token.
public struct Token: Hashable, Sendable, Codable {
  public var range: TextRange
  public init(_ range: TextRange) { self.range = range }
}

/// What kind of thing an entity is.
public enum EntityType: String, Hashable, Sendable, Codable, CaseIterable {
  case organization, country, person, place, date, other
}

/// How a mention was recognized.
public enum MentionBasis: String, Hashable, Sendable, Codable {
  /// A name from the gazetteer.
  case gazetteer
  /// A demonym or adjective of a gazetteer name ("Russian" for Russia).
  case demonym
  /// An acronym or long form defined in this document ("Long Name (LN)").
  case definedAlias = "defined-alias"
  /// A capitalized name in no gazetteer.
  case name
  /// A short reference ("the alliance") resolved to an entity named earlier.
  case reference
}

/// A mention of a named entity, resolved to its canonical name.
public struct EntityMention: Hashable, Sendable, Codable {
  public var range: TextRange
  public var canonical: String
  public var type: EntityType
  public var basis: MentionBasis

  public init(range: TextRange, canonical: String, type: EntityType, basis: MentionBasis) {
    self.range = range
    self.canonical = canonical
    self.type = type
    self.basis = basis
  }
}

/// How a number was qualified in the text.
public enum Modifier: String, Hashable, Sendable, Codable, CaseIterable {
  /// Stated as an exact value.
  case exact
  /// "about", "approximately", "some", "roughly", "around": near the value.
  case about
  /// "nearly", "almost": a little below the value.
  case nearly
  /// "more than", "over": strictly above.
  case moreThan = "more_than"
  /// "at least": the value or above.
  case atLeast = "at_least"
  /// "fewer than", "less than", "under": strictly below.
  case lessThan = "less_than"
  /// "up to", "at most": the value or below.
  case atMost = "at_most"
  /// "17-22", "between 17 and 22", "from 5 to 10": an explicit interval.
  case range
}

/// What a number measures, as far as the number itself tells.
public enum QuantityKind: String, Hashable, Sendable, Codable {
  case cardinal, ordinal, year, percent, money, measure
}

/// A number or numeric expression found in the text, with its value as an interval.
///
/// `low == high` for a single value. A `nil` side is open ("more than 20" has no high).
public struct Quantity: Hashable, Sendable, Codable {
  public var range: TextRange
  public var low: Double?
  public var high: Double?
  public var modifier: Modifier
  public var kind: QuantityKind
  /// A unit word: `percent`, a currency code, a measure (`km`), the noun of a compound adjective
  /// ("3,500-soldier" gives `soldier`), or the counted noun of a count ("six states" gives
  /// `states`). `nil` when nothing is counted.
  public var unit: String?

  public init(
    range: TextRange, low: Double?, high: Double?, modifier: Modifier = .exact,
    kind: QuantityKind = .cardinal, unit: String? = nil
  ) {
    self.range = range
    self.low = low
    self.high = high
    self.modifier = modifier
    self.kind = kind
    self.unit = unit
  }

  /// The single value, when low and high are the same.
  public var value: Double? { low != nil && low == high ? low : nil }
}
