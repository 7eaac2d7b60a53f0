import CrosscheckCore
import Testing

@testable import CrosscheckTagging

@Suite struct UnitLexiconTests {
  @Test func readsSectionsCommentsAndBlankLines() throws {
    let lexicon = try UnitLexicon(
      parsing: """
        # currencies first
        [money]
        NZD: NZ$, NZD, kiwi dollars   # a trailing comment

        [percent]
        permille: ‰, per mille
        [measure]
        lap: laps, lap
        """)
    #expect(lexicon.unitNames == ["NZD", "permille", "lap"])
    #expect(lexicon.kind(ofUnit: "NZD") == .money)
    #expect(lexicon.kind(ofUnit: "permille") == .percent)
    #expect(lexicon.kind(ofUnit: "lap") == .measure)
    #expect(lexicon.kind(ofUnit: "furlong") == nil)
  }

  @Test func guessesKindsOutsideSections() throws {
    let lexicon = try UnitLexicon(
      parsing: "percent: %, percent, per cent, pct\nUSD: $, US$, dollars, USD\nkm: km, kilometres")
    #expect(lexicon.kind(ofUnit: "percent") == .percent)
    #expect(lexicon.kind(ofUnit: "USD") == .money)
    #expect(lexicon.kind(ofUnit: "km") == .measure)
  }

  @Test(arguments: [
    ("km: km\nkilometres\n", 2, UnitLexiconError.Reason.missingColon),
    ("\n\n: km", 3, .emptyUnitName),
    ("km:  ,  ", 1, .noForms(unit: "km")),
    ("[money]\n[weights]\n", 2, .unknownSection("weights")),
    ("m: m, metres\nmin: min, m", 2, .conflictingForm("m", units: ["m", "min"])),
  ])
  func reportsTheLineAndReasonOfABadEntry(
    _ text: String, _ line: Int, _ reason: UnitLexiconError.Reason
  ) {
    #expect(throws: UnitLexiconError(line: line, reason: reason)) {
      try UnitLexicon(parsing: text)
    }
  }

  @Test func allowsTheSameFormTwiceForOneUnit() throws {
    let lexicon = try UnitLexicon(parsing: "km: km, km\nkm: kilometres")
    #expect(lexicon.unitNames == ["km"])
  }

  @Test func describesErrorsWithTheLine() {
    let error = UnitLexiconError(line: 4, reason: .unknownSection("weights"))
    #expect(error.description.contains("line 4"))
    #expect(error.description.contains("weights"))
  }

  @Test func foldsCaseOnlyForLowercaseWordsOfThreeLettersOrMore() throws {
    let tagger = QuantityTagger(units: try UnitLexicon(parsing: "km: km, kilometres"))
    #expect(tagger.quantities(in: "It is 5 KILOMETRES away.").map(\.unit) == ["km"])
    #expect(tagger.quantities(in: "It is 5 km away.").map(\.unit) == ["km"])
    #expect(tagger.quantities(in: "It is 5 KM away.").map(\.unit) == [nil])
  }

  @Test func letsOnlyCurrencySymbolsAndCodesStandBeforeTheNumber() throws {
    let tagger = QuantityTagger(
      units: try UnitLexicon(parsing: "[money]\nEUR: €, EUR, euros\n[percent]\npercent: %, percent")
    )
    #expect(tagger.quantities(in: "It paid EUR 5 in fees.").map(\.unit) == ["EUR"])
    #expect(tagger.quantities(in: "It paid €5 in fees.").map(\.unit) == ["EUR"])
    #expect(tagger.quantities(in: "It paid euros 5 in fees.").map(\.unit) == [nil])
    #expect(tagger.quantities(in: "It grew percent 5 more.").map(\.unit) == [nil])
  }

  @Test func prefersTheLongestForm() throws {
    let tagger = QuantityTagger(
      units: try UnitLexicon(parsing: "mi: mi, miles\nnmi: nautical miles\nm: m, metres"))
    let found = tagger.quantities(in: "It sailed 40 nautical miles and 3 miles, then 12 m.")
    #expect(found.map(\.unit) == ["nmi", "mi", "m"])
  }

  @Test func readsTheRepositoryUnitsFile() throws {
    let lexicon = try unitsFileLexicon.get()
    for code in ["USD", "EUR", "GBP", "JPY", "CNY", "RUB"] {
      #expect(lexicon.kind(ofUnit: code) == .money)
    }
    #expect(lexicon.kind(ofUnit: "percent") == .percent)
    for unit in ["km", "mi", "km2", "ha", "kg", "t", "l", "bbl", "year", "hour"] {
      #expect(lexicon.kind(ofUnit: unit) == .measure)
    }
  }
}
