import CrosscheckCore
import Testing

@testable import CrosscheckTagging

@Suite struct RelativeYearTests {
  func years(_ text: String, published: Int?) throws -> [(String, Double?, Double?, Modifier)] {
    try fileTagger().quantities(in: text, publishedYear: published).filter { $0.kind == .year }
      .map { (String(text.slice($0.range)), $0.low, $0.high, $0.modifier) }
  }

  @Test func resolvesLastThisAndNextYearAgainstThePublicationYear() throws {
    let found = try years(
      "Fares rose last year, rise this year and fall next year.", published: 2020)
    #expect(found.map(\.0) == ["last year", "this year", "next year"])
    #expect(found.map(\.1) == [2019, 2020, 2021])
  }

  @Test func leavesRelativeYearsAloneWithoutAPublicationYear() throws {
    #expect(try fileTagger().quantities(in: "Fares rose last year.") == [])
    let ago = try fileTagger().quantities(in: "The mill closed 16 years ago.")
    #expect(ago.map(\.kind) == [.measure])
    #expect(ago.map(\.unit) == ["year"])
  }

  @Test func readsTheLastYearAsASpanOfTimeNotAYear() throws {
    #expect(try years("Sales doubled over the last year.", published: 2020).isEmpty)
  }

  @Test func countsYearsAgoBackFromThePublicationYear() throws {
    let found = try years(
      "The mill closed 16 years ago and the dock a decade ago.", published: 2024)
    #expect(found.map(\.0) == ["16 years ago", "a decade ago"])
    #expect(found.map(\.1) == [2008, 2014])
  }

  @Test func datesNothingByACountOfYearsBeyondWrittenHistory() throws {
    #expect(try years("The rock formed 99999999999999999999 years ago.", published: 2020).isEmpty)
    #expect(try years("The temple stood 20,000 years ago.", published: 2020).isEmpty)
    #expect(try years("The road was built 2,000 years ago.", published: 2020).map(\.1) == [20])
  }

  @Test func turnsMoreThanSoManyYearsAgoIntoBeforeAYear() throws {
    let found = try years("The tram stopped more than 20 years ago.", published: 2020)
    #expect(found.count == 1)
    #expect(found.first?.1 == nil && found.first?.2 == 2000)
    #expect(found.first?.3 == .lessThan)
  }

  @Test func countsYearsLaterFromTheYearNamedJustBefore() throws {
    let found = try years("The canal opened in 1995 and closed ten years later.", published: nil)
    #expect(found.map(\.0) == ["1995", "ten years later"])
    #expect(found.map(\.1) == [1995, 2005])
    let earlier = try years("It shut in 2010, a port built a century earlier.", published: nil)
    #expect(earlier.map(\.1) == [2010, 1910])
  }

  @Test func keepsYearsLaterAsADurationWithoutAYearBefore() throws {
    let found = try fileTagger().quantities(in: "The canal closed ten years later.")
    #expect(found.map(\.kind) == [.measure])
    #expect(found.map(\.value) == [10])
  }

  @Test func annotatesWithTheDocumentsPublicationYear() throws {
    let document = Document(
      id: "d", file: "d.txt", text: "Ridership fell last year.",
      metadata: DocumentMetadata(published: PartialDate(year: 2018, month: 5)))
    let quantities = try fileTagger().annotate(document).quantities
    #expect(quantities?.map(\.kind) == [.year])
    #expect(quantities?.map(\.value) == [2017])
  }
}
