import CrosscheckCore
import Testing

@testable import CrosscheckReconcile

@Suite struct VerdictRulesTests {
  let reconciler = NumericReconciler(fixedAttributes: ["founding_year"])

  @Test func findsAnApproximationAndACloseExactValueInAgreement() {
    let about = claim("a", 25_000, nil, .about, year: 2021, attribute: "force_size")
    let exact = claim("b", 24_800, year: 2021, attribute: "force_size")
    #expect(reconciler.compare(about, exact).verdict == .agreement)
    let far = claim("c", 21_000, year: 2021, attribute: "force_size")
    #expect(reconciler.compare(about, far).verdict == .contradiction)
  }

  @Test func namesBothTimesAndTheirBasisWhenTimeExplainsADifference() {
    let pair = reconciler.compare(
      claim("a", 410, year: 2012, basis: "published", attribute: "workforce"),
      claim("b", 530, year: 2020, basis: "explicit", attribute: "workforce"))
    #expect(pair.verdict == .timeExplained)
    #expect(pair.reason.contains("410 in 2012 (publication date) vs 530 in 2020 (stated in the sentence)"))
  }

  @Test func gradesTheSeverityOfAContradiction() {
    let slight = reconciler.compare(claim("a", 100, year: 2020), claim("b", 101, year: 2020))
    let large = reconciler.compare(claim("a", 10, year: 2020), claim("b", 40, year: 2020))
    #expect(slight.severityLevel == "slight")
    #expect(large.severityLevel == "large")
    #expect(large.severity == 0.75)
  }

  @Test func readsTwoValuesOfOneArticleWithoutACommonStatedYearAsUnrelated() {
    let pair = reconciler.compare(
      claim("a", 12, year: 2022, basis: "published", document: "gazette"),
      claim("b", 15, year: 2022, basis: "published", document: "gazette"))
    #expect(pair.verdict == .unrelated)
    #expect(pair.sameDocument)
    #expect(pair.severity == nil)
  }

  @Test func reportsAnArticleThatContradictsItselfForAStatedYear() {
    let pair = reconciler.compare(
      claim("a", 12, year: 2022, basis: "explicit", document: "gazette"),
      claim("b", 15, year: 2022, basis: "explicit", document: "gazette"))
    #expect(pair.verdict == .contradiction)
    #expect(pair.reason.hasPrefix("the article contradicts itself"))
  }

  @Test func keepsTimeAsTheExplanationInsideOneArticle() {
    let pair = reconciler.compare(
      claim("a", 5, year: 1999, basis: "explicit", document: "gazette"),
      claim("b", 11, year: 2022, basis: "published", document: "gazette"))
    #expect(pair.verdict == .timeExplained)
  }

  @Test func comparesMembershipListsMemberByMember() throws {
    let river = ["Lowton", "Marsh End", "Quarry Hill"]
    let sameYear = reconciler.compare(
      claim("a", 3, year: 2021, members: river),
      claim("b", 3, year: 2021, members: ["Lowton", "Marsh End", "Fenwick"]))
    #expect(sameYear.verdict == .contradiction)
    #expect(sameYear.members == MemberDifference(onlyA: ["Quarry Hill"], onlyB: ["Fenwick"]))
    #expect(sameYear.severity == 0.5)

    let later = reconciler.compare(
      claim("a", 3, year: 2015, members: river),
      claim("b", 4, year: 2021, members: river + ["Fenwick"]))
    #expect(later.verdict == .timeExplained)
    #expect(later.members == MemberDifference(onlyA: [], onlyB: ["Fenwick"]))
    #expect(later.reason.contains("only the claim for 2021 (publication date) lists Fenwick"))
  }

  @Test func comparesEqualCountsThatListDifferentMembers() {
    let (conflicts, _) = reconciler.reconcile([
      claim("a", 2, year: 2020, members: ["Alder", "Birch"]),
      claim("b", 2, year: 2020, members: ["Alder", "Cedar"]),
      claim("c", 2, year: 2020),
    ])
    #expect(conflicts.count == 1)
    #expect(conflicts.first?.verdict == .contradiction)
  }
}
