import CrosscheckCore

/// The numbers stage: finds every number in a document and reads it as an interval with a
/// modifier, a kind and a unit.
///
/// Reads digits ("1,234,567", "1 234 567", "2.5", "-4", "+3"), number words ("twenty-eight",
/// "one hundred and twenty-five thousand", "one and a half million", "a dozen", "a couple of",
/// "a few" (2–5), "a handful of" (2–5), "several" (3–9), "dozens of", "scores of",
/// "tens of thousands of"), fractions ("a third of", "two-thirds", "3/4", "½", "2½", "one in
/// three", "nine out of ten", "almost half of"), multipliers ("25 thousand", "2.5m", "$1.2bn"),
/// ranges with the multiplier applied to both ends ("17-22 thousand", "between 17 and 22",
/// "from 5 to 10", "two or three"), modifiers before the number ("about", "more than",
/// "well over", "at least", "up to", ...) or after it ("or more", "500+", "30-odd"), units from
/// the ``UnitLexicon`` ("85%", "€40 million", "5 km"), compound adjectives ("3,500-soldier"
/// gives unit `soldier`; "3,500-strong" none), ordinals ("10th", "twenty-first"), decades
/// ("1990s") and years: four bare digits from 1000 to 2100 not followed by a plural noun
/// ("in 1949", but not "1500 troops").
///
/// A plain count takes its counted noun as unit, lowercased as written: the first plural word
/// within three words ("30 allied countries" gives `countries`), or for "one" the last noun
/// ("one office"); a preposition, conjunction, determiner, auxiliary, punctuation or capital
/// ends the search. The span stays the number.
///
/// Dates keep only their year: the day of "May 15", "Dec. 26, 2016" or "3 March 2021" is no
/// quantity. With a publication year, "last/this/next year" and "16 years ago" (also decades
/// and centuries) are `.year` quantities counted from it; "ten years later/earlier" is one
/// counted from a year found just before in the same paragraph.
///
/// Not tagged: digits inside names or codes ("A320", "COVID-19", "v2.1", "5G"), numbers after a
/// capitalized name ("Article 5", "Rogun Dam 2", "Apollo 11", but not after months or
/// capitalized function words such as "In" or "About"), times ("09:30", "6 p.m.", "3 pm"),
/// slashed dates ("24/7", "10/01/2017"), ISO dates, phone numbers, numbers with a leading zero
/// ("007"), "one" as a pronoun ("no one", "one of the", "one can"), and "a" alone.
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
    Annotations(
      quantities: quantities(in: document.text, publishedYear: document.metadata.published?.year))
  }

  /// The quantities of a text, sorted by range and non-overlapping.
  ///
  /// With a `publishedYear`, relative years are resolved against it: "last year" is a `.year`
  /// of `publishedYear - 1`, "16 years ago" one of `publishedYear - 16`. Without it they are
  /// not read as years ("16 years" stays a measure, "last year" is not tagged).
  public func quantities(in text: String, publishedYear: Int? = nil) -> [Quantity] {
    var text = text
    return text.withUTF8 { bytes in
      var scanner = QuantityScanner(
        bytes: bytes, units: units, words: words, publishedYear: publishedYear)
      scanner.scan()
      return scanner.found
    }
  }
}
