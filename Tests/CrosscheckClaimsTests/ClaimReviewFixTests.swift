import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Testing

/// Fixes from the review of the twenty-sixth and twenty-seventh passes: numbers too large for an
/// `Int`, "Together with", money paid out without a payee, a bare earlier amount with no scale,
/// and "average of" set off by punctuation.
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
}
