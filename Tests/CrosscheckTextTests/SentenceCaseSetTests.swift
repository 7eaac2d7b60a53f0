import CrosscheckCore
import Foundation
import Testing

@testable import CrosscheckText

@Suite struct SentenceCaseSetTests {
  /// `Benchmarks/cases/sentences.txt`, found from this file's real path.
  static let casesPath = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Benchmarks/cases/sentences.txt").path

  static let families = [
    "abbreviation", "initial", "number", "web", "ellipsis", "punctuation", "quote",
    "parenthesis", "list", "heading", "linebreak", "missing-space", "offsets",
  ]

  @Test func splitsAtLeastNinetySevenPercentOfTheHardCasesExactly() throws {
    let text = try String(contentsOfFile: Self.casesPath, encoding: .utf8)
    let cases = try SentenceCaseSet.load(text: text)
    #expect(cases.count >= 160)
    #expect(Set(cases.map(\.family)) == Set(Self.families))
    let score = SentenceCaseSet.score(splitter: TextFixtures.splitter, cases: cases)
    print(score.summary)
    #expect(score.accuracy >= 0.97, "\(score.summary)")
    for family in Self.families {
      let (right, all) = score.byFamily[family] ?? (0, 0)
      #expect(all > 0 && Double(right) >= 0.85 * Double(all), "family \(family): \(right)/\(all)")
    }
  }

  @Test func readsMarkersAsSentenceStartsAndDropsThemFromTheText() throws {
    let cases = try SentenceCaseSet.load(
      text: "# a comment\n\nquote\t\"Stop.\" ¦Trains wait.¦Buses go.\nlist\tA:\\n¦b) c")
    #expect(cases.count == 2)
    #expect(cases[0].family == "quote" && cases[0].line == 3)
    #expect(cases[0].text == "\"Stop.\" Trains wait.Buses go.")
    #expect(cases[0].sentences == ["\"Stop.\"", "Trains wait.", "Buses go."])
    #expect(cases[1].text == "A:\nb) c")
    #expect(cases[1].sentences == ["A:", "b) c"])
  }

  @Test func decodesEscapesAndKeepsAnEmptyTextAsACaseWithoutSentences() throws {
    let cases = try SentenceCaseSet.load(text: "offsets\tA\\u{A0}¦B\\t\\\\\r\noffsets\t")
    #expect(cases.map(\.text) == ["A\u{A0}B\t\\", ""])
    #expect(cases.map(\.sentences) == [["A", "B\t\\"], []])
  }

  @Test(arguments: [
    ("no tab here", "no tab between the family and the text"),
    ("x\tbad \\q escape", "unknown escape '\\q'"),
    ("x\tcut \\u{110000}", "'\\u{110000}' is not a Unicode scalar"),
    ("two words\tText.", "the family must be one word before the tab"),
  ])
  func reportsTheLineAndReasonOfABadCase(_ line: String, _ reason: String) {
    #expect(throws: SentenceCaseSet.LoadError(line: 2, reason: reason)) {
      try SentenceCaseSet.load(text: "# header\n" + line)
    }
  }

  @Test func countsCorrectCasesByFamilyAndListsFailures() {
    let cases = [
      SentenceCase(family: "a", text: "One. Two.", sentences: ["One.", "Two."]),
      SentenceCase(family: "a", text: "Uno. Dos.", sentences: ["Uno. Dos."]),
      SentenceCase(family: "b", text: "Solo", sentences: ["Solo"]),
    ]
    let score = SentenceCaseSet.score(splitter: TextFixtures.splitter, cases: cases)
    #expect(score.total == 3 && score.correct == 2)
    #expect(score.byFamily["a"]?.correct == 1 && score.byFamily["a"]?.total == 2)
    #expect(score.byFamily["b"]?.correct == 1)
    #expect(score.failures.map(\.found) == [["Uno.", "Dos."]])
    #expect(score.failures.first?.problem == nil)
    #expect(score.summary.contains("2/3"))
  }

  @Test func splitsParagraphsAtBlankLines() {
    #expect(
      SentenceCaseSet.paragraphs(of: "A\n\nB\nC\n\n\nD") == [
        TextRange(0, 1), TextRange(3, 6), TextRange(8, 10),
      ])
    #expect(SentenceCaseSet.paragraphs(of: "") == [TextRange(0, 0)])
  }
}
