import CrosscheckCore
import Testing

@testable import CrosscheckReconcile

@Suite struct SequenceTests {
  let reconciler = NumericReconciler(fixedAttributes: ["founding_year"])

  @Test func marksTheLatestTimeScopeAsCurrentAndDescribesTheHistory() throws {
    let (_, values) = reconciler.reconcile([
      claim("a", 9, year: 1994), claim("b", 7, year: 2012), claim("c", 6, year: 2016), claim("d", 6, year: 2024),
    ])
    #expect(values.map(\.current) == [false, false, false, true])
    let current = try #require(values.last)
    #expect(current.sequence == "9 in 1994, 7 in 2012, 6 from 2016 to 2024: falls; plausible for a member count, which can rise and fall")
    #expect(current.sequencePlausible == true)
  }

  @Test func flagsAValueAgainstTheAttributesDirection() throws {
    let context = ReconcileContext(trends: ["member_count": .increasing])
    let claims = [
      claim("a", 6, year: 2001), claim("b", 8, year: 2017), claim("c", 5, year: 2019), claim("d", 9, year: 2023),
    ]
    let (conflicts, values) = reconciler.reconcile(claims, context: context)
    let broken = values.filter { $0.breaksSequence != nil }
    #expect(broken.map(\.year) == [2019])
    #expect(broken.first?.breaksSequence?.contains("only grows") == true)
    #expect(values.last?.sequencePlausible == false)
    let pair = try #require(conflicts.first { $0.a == "b" && $0.b == "c" })
    #expect(pair.verdict == .timeExplained)
    #expect(pair.sequencePlausible == false)
    #expect(conflicts.first { $0.a == "a" && $0.b == "b" }?.sequencePlausible == nil)
  }

  @Test func acceptsAFallingCountWhenTheAttributeMayFall() {
    let (_, values) = reconciler.reconcile([claim("a", 6, year: 2001), claim("b", 5, year: 2019)])
    #expect(values.allSatisfy { $0.breaksSequence == nil })
  }

  @Test func flagsAValueThatGoesAwayAndComesBack() {
    let (_, values) = reconciler.reconcile([
      claim("a", 12, year: 2010, attribute: "branch_count"), claim("b", 31, year: 2014, attribute: "branch_count"),
      claim("c", 12, year: 2018, attribute: "branch_count"),
    ])
    #expect(values.filter { $0.breaksSequence != nil }.map(\.year) == [2014])
  }

  @Test func keepsOneTimelessValueForAnAttributeThatCannotChange() {
    let (_, values) = reconciler.reconcile([
      claim("a", 1931, year: 2001, attribute: "founding_year", unit: "year"),
      claim("b", 1931, year: 2019, attribute: "founding_year", unit: "year"),
    ])
    #expect(values.count == 1)
    #expect(values.first?.current == true)
    #expect(values.first?.sequence == nil)
  }
}
