import CrosscheckCore
import Foundation
import Testing

@testable import CrosscheckTagging

/// The repository's own `Benchmarks/cases/numbers.txt`, read once.
let numberCasesFile: Result<[NumberCase], any Error> = Result {
  var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
  parts.removeLast(3)  // NumberCaseSetTests.swift, CrosscheckTaggingTests, Tests
  let path = parts.joined(separator: "/") + "/Benchmarks/cases/numbers.txt"
  return try NumberCaseSet.load(text: try String(contentsOfFile: path, encoding: .utf8))
}

@Suite struct NumberCaseSetTests {
  @Test func readsMarkedSpansValuesKindsAndUnits() throws {
    let cases = try NumberCaseSet.load(
      text: """
        # a comment
        money\tIt cost ⟦€5m⟧ and ⟦over 3 km⟧.\t5000000 money unit=EUR ; 3.. more_than measure unit=km

        dates\tSales fell ⟦last year⟧.\t2019 year\tpublished=2020
        fractions\t⟦Two-thirds⟧ agreed.\t2/3
        none\tNothing here.\t-
        """)
    #expect(cases.map(\.family) == ["money", "dates", "fractions", "none"])
    let money = try #require(cases.first)
    #expect(money.text == "It cost €5m and over 3 km.")
    #expect(money.expected.map(\.range) == [TextRange(8, 13), TextRange(18, 27)])
    #expect(money.expected.map(\.unit) == ["EUR", "km"])
    #expect(money.expected[1].low == 3 && money.expected[1].high == nil)
    #expect(money.expected[1].modifier == .moreThan)
    #expect(money.line == 2)
    #expect(cases[1].publishedYear == 2020 && cases[1].expected.first?.kind == .year)
    let third = try #require(cases[2].expected.first?.low)
    #expect(abs(third - 2.0 / 3) < 1e-12)
    #expect(cases[3].expected.isEmpty)
  }

  @Test(arguments: [
    ("digits\t⟦42⟧ and ⟦7⟧\t42", "2 marked span(s) but 1 expectation(s)"),
    ("digits\t⟦42 apples\t42", "unbalanced ⟦ ⟧ marks"),
    ("digits\t⟦over 40⟧\t40..", "open interval '40..' needs a modifier"),
    ("digits\t⟦40⟧\tforty", "cannot read value 'forty'"),
    ("digits\t⟦40⟧\t40 big", "unknown word 'big' in expectation"),
    ("digits only", "expected family<TAB>text<TAB>values"),
    ("digits\t⟦40⟧\t40\tyear=1990", "unknown field 'year=1990'"),
  ])
  func rejectsMalformedLinesWithTheirLineNumber(_ example: (String, String)) {
    #expect(throws: NumberCaseError(line: 2, reason: example.1)) {
      try NumberCaseSet.load(text: "# header\n" + example.0)
    }
  }

  @Test func countsMissesAndSpuriousFindsPerFamily() throws {
    let cases = try NumberCaseSet.load(
      text: """
        a\tThe port has ⟦12⟧ cranes.\t12 unit=cranes
        a\tThe port has ⟦12⟧ docks.\t13
        b\tThe A320 flew 40 laps.\t-
        """)
    let score = NumberCaseSet.score(tagger: try fileTagger(), cases: cases)
    let a = try #require(score.perFamily.first { $0.family == "a" }?.counts)
    #expect(a == NumberCounts(truePositives: 1, falsePositives: 1, falseNegatives: 1))
    let b = try #require(score.perFamily.first { $0.family == "b" }?.counts)
    #expect(b == NumberCounts(truePositives: 0, falsePositives: 1, falseNegatives: 0))
    #expect(score.overall == NumberCounts(truePositives: 1, falsePositives: 2, falseNegatives: 1))
    #expect(score.failures.map(\.line) == [2, 3])
    #expect(score.summary.contains("overall"))
  }

  @Test func scoresTheBenchmarkAboveTheTargetInEveryFamily() throws {
    let cases = try numberCasesFile.get()
    #expect(cases.count >= 300)
    let score = NumberCaseSet.score(tagger: try fileTagger(), cases: cases)
    if ProcessInfo.processInfo.environment["NUMBERS_FAILURES"] != nil {
      print(score.summary)
      for f in score.failures {
        print("\(f.line) [\(f.family)] \(f.text)\n   missed: \(f.missed)\n   found: \(f.spurious)")
      }
    }
    #expect(score.overall.f1 >= 0.85)
    for (family, counts) in score.perFamily {
      #expect(counts.f1 >= 0.85, "\(family): F1 \(counts.f1)")
    }
  }
}
