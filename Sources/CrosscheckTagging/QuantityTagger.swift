import CrosscheckCore

/// The numbers stage: finds every number in a document and reads it as an interval with a
/// modifier, a kind and a unit.
///
/// Reads digits ("1,234,567", "1 234 567", "2.5", "-4", "+3"), number words ("twenty-eight",
/// "one hundred and twenty-five thousand", "a dozen", "a couple of", "several", "dozens of",
/// "tens of thousands of"), multipliers ("25 thousand", "2.5m", "$1.2bn"), ranges with the
/// multiplier applied to both ends ("17-22 thousand", "between 17 and 22", "from 5 to 10"),
/// modifiers before the number ("about", "more than", "at least", "up to", ...) or after it
/// ("or more", "500+", "30-odd"), units from the ``UnitLexicon`` ("85%", "€40 million",
/// "5 km"), compound adjectives ("3,500-soldier" gives unit `soldier`; "3,500-strong" none),
/// ordinals ("10th", "twenty-first"), decades ("1990s") and years: four bare digits from
/// 1000 to 2100 not followed by a plural noun ("in 1949", but not "1500 troops").
///
/// Not tagged: digits inside names or codes ("A320", "COVID-19", "v2.1", "5G"), times
/// ("09:30"), slashed dates and fractions ("24/7"), ISO dates, phone numbers, numbers with a
/// leading zero ("007"), "one" as a pronoun ("no one", "one of the", "one can"), "a" alone,
/// and fraction words ("two-thirds").
///
/// Each quantity's range covers the whole expression, modifier and unit words included, as
/// UTF-8 byte offsets. Results are sorted by range and never overlap.
public struct QuantityTagger: Stage {
  /// The name pipelines use for this stage.
  public static let name = "numbers"
  /// Nothing: the stage reads the raw normalized text.
  public let requires: Set<AnnotationKind> = []
  /// ``Annotations/quantities``.
  public let produces: Set<AnnotationKind> = [.quantity]

  /// The unit vocabulary used after (and, for currencies, before) numbers.
  public let units: UnitLexicon
  private let words = NumberWordTable()

  /// Creates the stage with a unit vocabulary, usually read from `Pipelines/lexicons/units.txt`.
  public init(units: UnitLexicon) {
    self.units = units
  }

  /// The quantities of the document's text.
  public func annotate(_ document: Document) throws(StageError) -> Annotations {
    Annotations(quantities: quantities(in: document.text))
  }

  /// The quantities of a text, sorted by range and non-overlapping.
  public func quantities(in text: String) -> [Quantity] {
    var text = text
    return text.withUTF8 { bytes in
      var scanner = QuantityScanner(bytes: bytes, units: units, words: words)
      scanner.scan()
      return scanner.found
    }
  }
}
