// The built-in date words: English only. The words of other languages live in
// `Pipelines/lexicons/dates.txt`, which a pipeline loads (`ingest.dates`); keeping the built-in
// set small keeps that data in one place.
extension DateWords {
  /// English month names and abbreviations and English date labels: the words used when no
  /// lexicon is given.
  public static let standard = DateWords(parsing: standardText)

  /// The built-in words, in the lexicon file's format.
  static let standardText = """
    month 1: jan, january
    month 2: feb, february
    month 3: mar, march
    month 4: apr, april
    month 5: may
    month 6: jun, june
    month 7: jul, july
    month 8: aug, august
    month 9: sep, sept, september
    month 10: oct, october
    month 11: nov, november
    month 12: dec, december
    published: published, published on, first published, posted, posted on, date, dated,
      released
    updated: updated, last updated, updated on, last modified, modified, last edited, edited
    other: joined, registered, member since
    """
}
