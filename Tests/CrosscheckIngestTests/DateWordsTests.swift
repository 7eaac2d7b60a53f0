import CrosscheckCore
import Foundation
import Testing

@testable import CrosscheckIngest

/// The date lexicon and what ``DateReader`` does with it: month names, labels, short years.
@Suite struct DateWordsTests {
  let words = DateWords(
    parsing: """
      # a small lexicon
      month 3: mar, march,
        märz
      month 13: nonsense
      published: published, posted on
      updated: last updated
      """)

  @Test func readsMonthsAcrossContinuationLinesAndSkipsBadNumbers() {
    #expect(words.months["märz"] == 3)
    #expect(words.months["march"] == 3)
    #expect(words.months["nonsense"] == nil)
  }

  @Test func findsTheLabelNearestTheDate() {
    #expect(words.label(endingNear: ["posted", "on"]) == .published)
    #expect(words.label(endingNear: ["published", "x", "last", "updated"]) == .updated)
    #expect(words.label(endingNear: ["published", "by", "the", "harbour", "office"]) == nil)
  }

  @Test func builtInWordsAreTheLexiconFile() throws {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Pipelines/lexicons/dates.txt")
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(DateWords(parsing: text) == DateWords.standard)
  }

  @Test(arguments: [
    ("Harbour reopened 31.10.23 after repairs", "2023-10-31"),
    ("Stand 5.2.98", "1998-02-05"),
    ("Firmware 1.10.23.4 is out", nil),
    ("15 августа 2016, 13:43", "2016-08-15"),
    ("3 października 2021", "2021-10-03"),
  ])
  func readsShortYearsAndOtherAlphabetsInDatelines(_ line: String, _ expected: String?) {
    #expect(DateReader.dateline(in: line)?.description == expected)
  }

  @Test func doesNotReadShortYearsInMetadataValues() {
    #expect(DateReader.date(fromValue: "v 31.10.23") == nil)
  }

  @Test func labelsEachDateByTheWordsBeforeIt() {
    let found = DateReader.dates(
      in: "Letzte Änderung: 31.10.2023 - 14:49 Erschienen am: 01.11.2023", words: .standard)
    #expect(found.map(\.date.description) == ["2023-10-31", "2023-11-01"])
    #expect(found.map(\.label) == [.updated, .published])
  }

  @Test func readsALabelWrittenAsALineOfItsOwn() {
    #expect(DateReader.label(ofLine: "Mise en ligne") == .published)
    #expect(DateReader.label(ofLine: "Last updated:") == .updated)
    #expect(DateReader.label(ofLine: "Harbour news") == nil)
  }
}
