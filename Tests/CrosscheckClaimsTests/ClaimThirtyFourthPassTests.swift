import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Testing

/// Readings of session 14, each found on text written blind (HeldOut42 to HeldOut44) and checked
/// here on articles of other subjects.
@Suite struct ClaimThirtyFourthPassTests {
  /// The claims of a plain-text article: a title line, a dateline, then the body.
  private func ingested(_ text: String) throws -> [Claim] {
    try defaultPipeline.annotate(ClaimEvaluation.document(file: "a.txt", text: text)).claims
  }

  @Test func givesAnUnnamedFactBoxRowTheBodyNotANameOnlyTheHeadlineWrites() throws {
    let found = try ingested("""
      Yearbook 2024: the Harth Dale Rambling Society
      3 June 2025

      The Harth Dale Rambling Society led 412 walks last year, its busiest year since it began.

      - Total income: £86,000
      - Staff at 31 December: 4
      """)
    let income = found.filter { $0.attribute == "revenue" }
    #expect(income.map(\.subject.name) == ["Harth Dale Rambling Society"])
    let staff = found.filter { $0.attribute == "workforce" }
    #expect(staff.map(\.subject.name) == ["Harth Dale Rambling Society"])
  }
}

extension ClaimThirtyFourthPassTests {
  @Test func givesNoCountOrYearToAPersonKnownByAGivenName() throws {
    let found = try ingested("""
      Brandt Fruit Carriers: our story
      3 June 2025

      Founded in 1964 by Aldo Brandt, with his neighbour Frank Moss as a silent partner, the \
      business spent its first decade moving fruit.

      Today we employ 3,200 people.
      """)
    #expect(!found.isEmpty)
    #expect(found.allSatisfy { $0.subject.name == "Brandt Fruit Carriers" })
  }
}
