import CrosscheckCore
import Testing

@testable import CrosscheckReconcile

func claim(
  _ id: String, _ low: Double?, _ high: Double? = nil, _ modifier: Modifier = .exact, year: Int?,
  basis: String = "published", attribute: String = "member_count", document: String? = nil, unit: String? = nil,
  members: [String]? = nil, subject: String = "Harbor Union"
) -> Claim {
  Claim(
    id: id, document: document ?? "doc-\(id)", sentence: TextRange(0, 1), span: TextRange(0, 1),
    subject: ClaimSubject(name: subject, mention: subject, type: .organization, basis: "direct"),
    attribute: attribute, value: ClaimValue(low: low, high: modifier == .exact || modifier == .about ? low : high, modifier: modifier),
    unit: unit, time: TimeScope(year: year, basis: basis), members: members)
}

@Suite struct NumericReconcilerTests {
  let reconciler = NumericReconciler(fixedAttributes: ["founding_year"])

  @Test func callsDifferentCountsAtTheSameTimeAContradictionWithItsGap() throws {
    let pair = reconciler.compare(claim("a", 6, year: 2020), claim("b", 8, year: 2020))
    #expect(pair.verdict == .contradiction)
    #expect(pair.severity == 0.25)
  }

  @Test func explainsDifferentCountsByDifferentTimes() {
    let pair = reconciler.compare(claim("a", 28, year: 2016, basis: "estimate"), claim("b", 30, year: 2020, basis: "explicit"))
    #expect(pair.verdict == .timeExplained)
    #expect(pair.reason.contains("2016 (estimated publication date)"))
    #expect(pair.reason.contains("2020 (stated in the sentence)"))
  }

  @Test func neverExplainsAFixedAttributeByTime() {
    let pair = reconciler.compare(
      claim("a", 1996, year: 2023, attribute: "founding_year", unit: "year"),
      claim("b", 1998, year: 2019, attribute: "founding_year", unit: "year"))
    #expect(pair.verdict == .contradiction)
  }

  @Test func findsOverlappingApproximationsCompatible() {
    #expect(reconciler.compare(claim("a", 20_000, nil, .moreThan, year: 2019), claim("b", 21_500, year: 2023)).verdict == .compatible)
    #expect(reconciler.compare(claim("a", 17_000, 22_000, .range, year: 2020), claim("b", 20_000, 20_000, .about, year: 2020)).verdict == .compatible)
    #expect(reconciler.compare(claim("a", nil, 10, .atMost, year: 2020), claim("b", 11, year: 2020)).verdict == .contradiction)
  }

  @Test func findsCloseLargeExactValuesInAgreementButNotCloseCounts() {
    #expect(reconciler.compare(claim("a", 24_800, year: 2020), claim("b", 25_000, year: 2020)).verdict == .agreement)
    #expect(reconciler.compare(claim("a", 29, year: 2020), claim("b", 30, year: 2020)).verdict == .contradiction)
  }

  @Test func comparesOnlyPairsWhoseValuesDiffer() {
    let (conflicts, _) = reconciler.reconcile([claim("a", 6, year: 2020), claim("b", 6, year: 2020), claim("c", 7, year: 2020)])
    #expect(conflicts.count == 2)
    #expect(conflicts.allSatisfy { $0.verdict == .contradiction })
  }

  @Test func reconcilesTheBestSupportedValuePerYear() throws {
    let (_, reconciled) = reconciler.reconcile([
      claim("a", 6, year: 2020), claim("b", 6, year: 2020), claim("c", 7, year: 2020), claim("d", 9, year: 2010),
    ])
    #expect(reconciled.map(\.year) == [2010, 2020])
    let latest = try #require(reconciled.last)
    #expect(latest.value.low == 6)
    #expect(latest.supporting == 2)
    #expect(latest.dissenting == 1)
    #expect(latest.confidence > 0.5 && latest.confidence < 0.8)
    #expect(latest.dissentingClaims == ["c"])
  }

  @Test func weighsDocumentsReadWithAWarningLess() throws {
    let claims = [claim("a", 6, year: 2020), claim("b", 7, year: 2020, document: "truncated"), claim("c", 7, year: 2020, document: "truncated2")]
    let (_, plain) = reconciler.reconcile(claims)
    #expect(plain.first?.value.low == 7)
    var options = ReconcileOptions()
    options.warnedDocumentWeight = 0.25
    let context = ReconcileContext(documents: [
      "truncated": DocumentSource(source: "truncated", warned: true),
      "truncated2": DocumentSource(source: "truncated2", warned: true),
    ])
    let (_, weighted) = NumericReconciler(options: options, fixedAttributes: []).reconcile(claims, context: context)
    #expect(weighted.first?.value.low == 6)
  }

  @Test func keepsOneScopeForAFixedAttribute() {
    let (_, reconciled) = reconciler.reconcile([
      claim("a", 2002, year: 2012, attribute: "founding_year", unit: "year"),
      claim("b", 2002, year: 2024, attribute: "founding_year", unit: "year"),
    ])
    #expect(reconciled.count == 1)
    #expect(reconciled.first?.year == nil)
    #expect(reconciled.first?.supporting == 2)
  }

  @Test func givesTheSameOutputWhateverTheInputOrder() {
    let claims = [claim("a", 6, year: 2020), claim("b", 7, year: 2020), claim("c", 9, year: 2010), claim("d", 6, year: 2010)]
    let forward = reconciler.reconcile(claims)
    let backward = reconciler.reconcile(claims.reversed())
    #expect(forward.conflicts == backward.conflicts)
    #expect(forward.reconciled == backward.reconciled)
  }

  @Test func writesValuesAndTimesInWords() {
    #expect(Format.value(ClaimValue(low: 17_000, high: 22_000, modifier: .range)) == "17,000-22,000")
    #expect(Format.value(ClaimValue(low: 20_000, high: nil, modifier: .moreThan)) == "more than 20,000")
    #expect(Format.number(1949) == "1949")
    #expect(Format.number(12.5) == "12.5")
  }
}

@Suite struct LargeGroupTests {
  @Test func comparesALargeGroupAgainstRepresentativesInLinearManyPairs() {
    let reconciler = NumericReconciler(fixedAttributes: [])
    // 300 claims over three years: most say 6, some say 7, in 2018, 2019 and 2020.
    var claims: [Claim] = []
    for i in 0..<300 {
      let year = 2018 + i % 3
      claims.append(claim("c\(1000 + i)", i % 10 == 0 ? 7 : 6, year: year))
    }
    let (conflicts, reconciled) = reconciler.reconcile(claims)
    #expect(reconciled.count == 3)
    #expect(reconciled.allSatisfy { $0.value.low == 6 && $0.supporting == 90 && $0.dissenting == 10 })
    // Each dissenting claim against its year's representative; the representatives agree (all 6).
    #expect(conflicts.count == 30)
    #expect(conflicts.allSatisfy { $0.verdict == .contradiction })
  }

  @Test func keepsEveryPairInASmallGroup() {
    let reconciler = NumericReconciler(fixedAttributes: [])
    let claims = (0..<10).map { claim("s\($0)", Double(5 + $0 % 2), year: 2020) }
    #expect(reconciler.reconcile(claims).conflicts.count == 25)
  }
}
