import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Testing

/// Fixes from the review of the twenty-sixth and twenty-seventh passes: numbers too large for an
/// `Int`, "Together with", money paid out without a payee, a bare earlier amount with no scale,
/// "average of" set off by punctuation, and the two forms of the elliptic-value reader.
@Suite struct ClaimReviewFixTests {
  // MARK: Numbers beyond Int's range

  @Test(arguments: [
    "The Tarn Valley Choir has 84 members. It was founded 99999999999999999999 years ago.",
    "The Kelso Rowing Club has 84 members. 99999999999999999999 years earlier it had 40.",
    "The Kelso Rowing Club has 84 members. 99999999999999999999 years ago it had 40.",
    "The Kelso Rowing Club has 84 members, up from 40 99999999999999999999 years ago.",
    "The Kelso Rowing Club has 84 members. It had 40 members 99999999999999999999 years later.",
    "The Kelso Rowing Club has 84 members. When it was founded 99999999999999999999 years ago, it had 9.",
  ])
  func readsTextWithAHugeNumberOfYearsWithoutTrapping(_ text: String) throws {
    let found = try claims(text, published: 2025)
    #expect(values(found, "member_count").first == 84)
  }

  // MARK: "Together with"

  @Test(arguments: [
    "Together with its partners, Orvik Bank employs 3,000 people.",
    "Together with its partners, the Orvik Savings Bank employs 3,000 people.",
  ])
  func keepsTheCountAfterTogetherWith(_ text: String) throws {
    let found = try claims(text)
    #expect(values(found, "workforce") == [3000])
    #expect(subjects(found, "workforce").first?.hasPrefix("Orvik") == true)
  }

  @Test func stillDropsWhatACountedGroupHasBetweenThem() throws {
    let found = try claims("Together the three river ferries employ 140 people.")
    #expect(values(found, "workforce").isEmpty)
  }

  // MARK: Paying

  @Test func keepsSpendingPaidOutWithNoPayee() throws {
    let found = try claims("The Halloway Arts Trust spent and paid out 4 million pounds last year.")
    #expect(values(found, "spending") == [4_000_000])
    #expect(subjects(found, "spending") == ["Halloway Arts Trust"])
  }

  @Test(arguments: [
    "The Halloway Arts Trust spent and paid the Orvik Ferry Company 4 million pounds last year.",
    "The Halloway Arts Trust spent and paid its contractors 4 million pounds last year.",
  ])
  func dropsAnAmountPaidToAPayee(_ text: String) throws {
    #expect(values(try claims(text), "spending").isEmpty)
  }

  // MARK: A bare earlier amount

  @Test func leavesABareEarlierNumberWithoutTheScaleOfTheAmount() throws {
    let found = try claims("Revenue at Marlow Foods fell to 19 million pounds in 2024 from 24 in 2022.")
    #expect(values(found, "revenue") == [19_000_000])
  }

  @Test func readsAnEarlierAmountThatWritesItsScale() throws {
    let found = try claims(
      "Revenue at Marlow Foods fell to 19 million pounds in 2024 from 24 million in 2022.")
    #expect(values(found, "revenue") == [19_000_000, 24_000_000])
    #expect(years(found, "revenue") == [2024, 2022])
  }

  // MARK: Elliptic values

  // Each text: a count, then a pronoun, a verb and a bare number; the second value and its year.
  @Test(arguments: [
    ("Dunmore has 84,000 inhabitants. In 1990 it had about 61,000.", "population", 61_000, 1990),
    ("The Carrick Hockey League has 14 teams. Two years earlier it was down to 11.",
     "member_count", 11, 2023),
  ] as [(String, String, Double, Int)])
  func carriesACountOnWithItsUnit(
    _ text: String, _ attribute: String, _ value: Double, _ year: Int
  ) throws {
    let read = try claims(text, published: 2025).filter { $0.attribute == attribute }
    #expect(read.map(\.value.low) == [read.first?.value.low, value])
    #expect(read.map(\.time.year) == [2025, year])
    #expect(read.last?.rule == "count-unit")
    #expect(read.last?.unit != nil && read.last?.unit == read.first?.unit)
    #expect(Set(read.map(\.subject.name)).count == 1)
  }

  @Test(arguments: [
    ("Tessaly Software employs 480 people. Its offices are in Varn. Eight years ago we numbered "
       + "just 95.", "workforce", 95, 2017),
    ("The Orrin Valley Rugby League has 30 clubs. In 2010 there were only 24 of them.",
     "member_count", 24, 2010),
  ] as [(String, String, Double, Int)])
  func readsAValueAtAnotherTimeAsAnEllipticValue(
    _ text: String, _ attribute: String, _ value: Double, _ year: Int
  ) throws {
    let read = try claims(text, published: 2025).filter { $0.attribute == attribute }
    #expect(read.map(\.value.low) == [read.first?.value.low, value])
    #expect(read.map(\.time.year) == [2025, year])
    #expect(read.last?.rule == "elliptic-value")
    #expect(Set(read.map(\.subject.name)).count == 1)
  }

  // The merged reader takes the latest sentence with a count, up to two back, where the old
  // fallback gave up when the latest sentence with any claim (here a founding year) had no count.
  @Test func readsAValueAtAnotherTimePastASentenceWithNoCount() throws {
    let found = try claims(
      "Marrick Foods employs 300 people. The firm was founded in 1962. Ten years ago it had 210.",
      published: 2025)
    #expect(values(found, "workforce") == [300, 210])
    #expect(years(found, "workforce") == [2025, 2015])
    #expect(found.last { $0.attribute == "workforce" }?.rule == "elliptic-value")
  }

  @Test func readsNoValueAtAnotherTimeFromAClauseSetAtNoOtherTime() throws {
    let found = try claims("Tessaly Software employs 480 people. We were just 95.", published: 2025)
    #expect(values(found, "workforce") == [480])
  }
}
