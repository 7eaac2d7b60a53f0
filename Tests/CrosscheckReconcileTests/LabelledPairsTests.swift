import CrosscheckCore
import Testing

@testable import CrosscheckReconcile

/// A labelled set of claim pairs on subjects outside the seed corpus, read by a person as a
/// fact-checker would: `contradiction`, `time_explained`, `compatible` (values that overlap or
/// agree) or `unrelated` (one article's two values that it never sets against each other).
///
/// Each row: `label | attribute | claim a | claim b`, a claim being `value @year/basis #document`,
/// where value is `N`, `~N` (about), `>N` (more than), `<=N` (up to) or `L-H` (a range). This
/// checks verdicts on claims as the claims stage gives them; extraction is tested elsewhere.
@Suite struct LabelledPairsTests {
  static let rows = """
    contradiction | member_count | 5 @2021/published #river-post | 4 @2021/published #valley-news
    contradiction | member_count | 5 @2021/explicit #river-post | 4 @2021/estimate #andes-today
    time_explained | member_count | 4 @2015/explicit #river-post | 5 @2021/published #valley-news
    time_explained | member_count | 3 @2004/explicit #archive | 5 @2021/published #valley-news
    compatible | member_count | >3 @2021/published #river-post | 5 @2021/published #valley-news
    unrelated | member_count | 5 @2021/published #river-post | 3 @2021/published #river-post
    time_explained | member_count | 3 @2004/explicit #river-post | 5 @2021/published #river-post
    contradiction | member_count | 5 @2021/explicit #river-post | 6 @2021/explicit #river-post
    compatible | member_count | 4-6 @2021/published #river-post | 5 @2021/published #valley-news
    contradiction | member_count | <=4 @2021/published #river-post | 6 @2021/published #valley-news
    contradiction | population | 240000 @2020/published #lake-times | 310000 @2020/published #harbor-mail
    compatible | population | ~250000 @2020/published #lake-times | 246000 @2020/published #harbor-mail
    compatible | population | 240000 @2020/published #lake-times | 243000 @2020/published #harbor-mail
    time_explained | population | 180000 @1990/explicit #lake-times | 240000 @2020/published #harbor-mail
    time_explained | population | 240000 @2020/published #lake-times | 260000 @2024/published #harbor-mail
    compatible | population | 200000-260000 @2020/published #lake-times | ~250000 @2020/published #harbor-mail
    compatible | population | >200000 @2020/published #lake-times | 240000 @2020/published #harbor-mail
    unrelated | population | 240000 @2020/published #lake-times | 90000 @2020/published #lake-times
    contradiction | population | ~240000 @2020/published #lake-times | 180000 @2020/published #harbor-mail
    time_explained | population | ~150000 @1950/explicit #atlas | 240000 @2020/published #harbor-mail
    contradiction | founding_year | 1931 @2001/published #museum-site | 1913 @2019/published #city-guide
    contradiction | founding_year | 1931 @1990/explicit #museum-site | 1932 @2020/published #city-guide
    compatible | founding_year | 1931 @2001/published #museum-site | 1931 @2019/published #city-guide
    unrelated | workforce | 1200 @2022/published #alder-news | 300 @2022/published #alder-news
    contradiction | workforce | 1200 @2022/explicit #alder-news | 1900 @2022/published #freight-weekly
    time_explained | workforce | 410 @2012/published #alder-news | 1200 @2022/published #freight-weekly
    compatible | workforce | ~1200 @2022/published #alder-news | 1180 @2022/published #freight-weekly
    compatible | workforce | 1000-1500 @2022/published #alder-news | 1200 @2022/published #freight-weekly
    contradiction | workforce | >2000 @2022/published #alder-news | 1200 @2022/published #freight-weekly
    time_explained | workforce | 1900 @2019/explicit #alder-news | 1200 @2022/explicit #freight-weekly
    compatible | workforce | <=1500 @2022/published #alder-news | 1200 @2022/published #freight-weekly
    unrelated | workforce | 1200 @2022/published #freight-weekly | 150 @2022/published #freight-weekly
    compatible | force_size | 17000-22000 @2020/published #patrol-wire | ~20000 @2020/published #sea-report
    compatible | force_size | >20000 @2021/published #patrol-wire | 21500 @2021/published #sea-report
    compatible | force_size | ~25000 @2021/published #patrol-wire | 24800 @2021/published #sea-report
    contradiction | force_size | 3500 @2021/published #patrol-wire | 17000-22000 @2021/published #sea-report
    time_explained | force_size | 3500 @2012/published #patrol-wire | 17000-22000 @2020/published #sea-report
    time_explained | force_size | 800 @2016/explicit #patrol-wire | 1400 @2023/explicit #sea-report
    unrelated | force_size | 1400 @2023/published #sea-report | 200 @2023/published #sea-report
    contradiction | force_size | 1400 @2023/explicit #sea-report | 900 @2023/explicit #sea-report
    contradiction | force_size | ~1000 @2023/published #patrol-wire | 1400 @2023/published #sea-report
    compatible | force_size | 1200-1500 @2023/published #patrol-wire | ~1400 @2023/published #sea-report
    """

  static func claim(_ spec: Substring, id: String, attribute: String) -> Claim? {
    let parts = spec.split(separator: " ")
    guard parts.count == 3, let at = parts[1].dropFirst().split(separator: "/").first,
      let year = Int(at), let basis = parts[1].split(separator: "/").last
    else { return nil }
    var text = parts[0]
    var modifier = Modifier.exact
    for (prefix, m) in [("<=", Modifier.atMost), (">", .moreThan), ("~", .about)] where text.hasPrefix(prefix) {
      modifier = m
      text = text.dropFirst(prefix.count)
    }
    let bounds = text.split(separator: "-").compactMap { Double($0) }
    guard let first = bounds.first else { return nil }
    let value: ClaimValue
    switch (bounds.count, modifier) {
    case (2, _): value = ClaimValue(low: first, high: bounds[1], modifier: .range)
    case (_, .moreThan): value = ClaimValue(low: first, high: nil, modifier: .moreThan)
    case (_, .atMost): value = ClaimValue(low: nil, high: first, modifier: .atMost)
    default: value = ClaimValue(low: first, high: first, modifier: modifier)
    }
    return Claim(
      id: id, document: String(parts[2].dropFirst()), sentence: TextRange(0, 1), span: TextRange(0, 1),
      subject: ClaimSubject(name: "Subject", mention: "Subject", type: .organization, basis: "direct"),
      attribute: attribute, value: value, unit: attribute == "founding_year" ? "year" : nil,
      time: TimeScope(year: year, basis: String(basis)))
  }

  @Test func reachesTheTargetAccuracyAndNeverCallsAnUnrelatedPairAContradiction() throws {
    let reconciler = NumericReconciler(fixedAttributes: ["founding_year"])
    var correct = 0
    var total = 0
    var misses: [String] = []
    for row in Self.rows.split(separator: "\n") {
      let fields = row.split(separator: "|").map { String($0.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }
      try #require(fields.count == 4, "bad row: \(row)")
      let attribute = fields[1]
      let a = try #require(Self.claim(Substring(fields[2]), id: "a", attribute: attribute), "bad claim: \(fields[2])")
      let b = try #require(Self.claim(Substring(fields[3]), id: "b", attribute: attribute), "bad claim: \(fields[3])")
      let verdict = reconciler.compare(a, b).verdict
      let got = verdict == .agreement ? "compatible" : verdict.rawValue
      total += 1
      if got == fields[0] { correct += 1 } else { misses.append("\(row) -> \(got)") }
      #expect(!(fields[0] == "unrelated" && verdict == .contradiction), "\(row)")
    }
    #expect(total >= 40)
    let accuracy = Double(correct) / Double(total)
    #expect(accuracy >= 0.9, "accuracy \(accuracy); misses: \(misses)")
    print("labelled pairs: \(correct)/\(total) correct; misses: \(misses)")
  }
}
