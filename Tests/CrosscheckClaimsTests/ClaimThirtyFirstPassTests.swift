import CrosscheckClaims
import CrosscheckCore
import Testing

/// General readings found failing on the tuned sets HeldOut33-35: a fiscal or calendar year
/// after a value ("in fiscal 2025") dates it as a plain year does, and a word in -ing before a
/// money noun ("operating budget") modifies the noun rather than naming a project.
@Suite struct ClaimThirtyFirstPassTests {
  @Test func datesAnEarlierValueByItsFiscalYear() throws {
    let found = try claims(
      "The Dunmore School District adopted a $640 million budget for fiscal 2026, down from $655 "
        + "million in fiscal 2025.", published: 2025)
    let pairs = found.filter { $0.attribute == "budget" }.map { ($0.value.low, $0.time.year) }
    #expect(pairs.contains { $0 == (640_000_000, 2026) })
    #expect(pairs.contains { $0 == (655_000_000, 2025) })
  }

  @Test func readsABudgetWhoseNounAWordInIngModifies() throws {
    let found = try claims(
      "The Corlis Transit Authority has a $212 million operating budget.", published: 2025)
    #expect(values(found, "budget") == [212_000_000])
  }

  @Test func stillReadsAnAmountBeforeAGerundAsTheCostOfAProject() throws {
    let found = try claims(
      "The Corlis Transit Authority will spend $40 million this year building a depot.", published: 2025)
    #expect(values(found, "spending").isEmpty)
  }
}
