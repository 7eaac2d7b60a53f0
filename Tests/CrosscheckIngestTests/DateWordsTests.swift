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

  @Test func builtInWordsAreEnglishAndAllInTheLexiconFile() {
    let lexicon = lexiconDateWords
    #expect(DateWords.standard.months["march"] == 3)
    #expect(DateWords.standard.months["märz"] == nil)
    #expect(lexicon.months["märz"] == 3)
    for (name, month) in DateWords.standard.months { #expect(lexicon.months[name] == month) }
    #expect(DateWords.standard.publishedLabels.isSubset(of: lexicon.publishedLabels))
    #expect(DateWords.standard.updatedLabels.isSubset(of: lexicon.updatedLabels))
    #expect(DateWords.standard.otherLabels.isSubset(of: lexicon.otherLabels))
  }

  @Test func readsLabelsOfDatesThatAreNotTheArticles() {
    let words = DateWords(parsing: "month 5: may\nother: member since\npublished: posted")
    #expect(words.label(endingNear: ["member", "since"]) == .other)
    let found = DateReader.dates(in: "Member since 3 May 2015 · Posted 9 May 2021", words: words)
    #expect(found.map(\.label) == [.other, .published])
  }

  @Test(arguments: [
    ("Ferry timetable | 26 | 01 | 2022", "2022-01-26"),
    ("( Lakeside, 14 May 20 )", "2020-05-14"),
    ("Mayor opens 14 May 20 new stations", nil),
    ("kim.rivers28.09.1912:44", nil),
  ])
  func readsBarsShortYearsAfterMonthsAndNotTimesRunOnToYears(_ line: String, _ expected: String?)
  {
    #expect(DateReader.dateline(in: line)?.description == expected)
  }

  @Test(arguments: [
    ("Harbour reopened 31.10.23 after repairs", "2023-10-31"),
    ("Stand 5.2.98", "1998-02-05"),
    ("Firmware 1.10.23.4 is out", nil),
    ("15 августа 2016, 13:43", "2016-08-15"),
    ("3 października 2021", "2021-10-03"),
  ])
  func readsShortYearsAndOtherAlphabetsInDatelines(_ line: String, _ expected: String?) {
    #expect(DateReader.dateline(in: line, words: lexiconDateWords)?.description == expected)
  }

  @Test func doesNotReadShortYearsInMetadataValues() {
    #expect(DateReader.date(fromValue: "v 31.10.23") == nil)
  }

  @Test func labelsEachDateByTheWordsBeforeIt() {
    let found = DateReader.dates(
      in: "Letzte Änderung: 31.10.2023 - 14:49 Erschienen am: 01.11.2023", words: lexiconDateWords)
    #expect(found.map(\.date.description) == ["2023-10-31", "2023-11-01"])
    #expect(found.map(\.label) == [.updated, .published])
  }

  @Test func readsALabelWrittenAsALineOfItsOwn() {
    #expect(DateReader.label(ofLine: "Mise en ligne", words: lexiconDateWords) == .published)
    #expect(DateReader.label(ofLine: "Last updated:") == .updated)
    #expect(DateReader.label(ofLine: "Harbour news") == nil)
  }
}
