import CrosscheckClaims
import CrosscheckCore
import Testing

/// General readings found failing on the thirty-third to thirty-fifth sets at first sight, each a
/// class of text rather than a phrase: a timeline's "YEAR - N" rows, the year of an "up from"
/// value "at the 2011 census", the base of a rate ("per 1,000 residents"), an area in another
/// unit than km2, and "last July" against the month of the dateline.
@Suite struct ClaimThirtiethPassTests {
  @Test func readsATimelineRowAsTheYearsValueNotAnInterval() throws {
    let document = try annotated(
      "The Dornby Constabulary was formed in 1995.\n\n2008 - 6,610 officers\n\n1990-91 was "
        + "its worst year; 1,500-2,000 recruits applied.", published: 2025)
    let values = document.quantities.filter { $0.kind != .year }.map { [$0.low, $0.high] }
    #expect(values.contains([6610, 6610]))
    #expect(!values.contains([2008, 6610]))
    #expect(values.contains([1500, 2000]))
  }

  @Test func keepsAYearAfterAnUpFromValueOffTheValueBeforeIt() throws {
    let found = try claims(
      "The Kelso metropolitan area had 487,000 residents, up from 431,000 at the 2011 census.",
      published: 2025)
    let pairs = found.filter { $0.attribute == "population" }.map { ($0.value.low, $0.time.year) }
    #expect(pairs.contains { $0 == (487_000, 2025) })
    #expect(pairs.contains { $0 == (431_000, 2011) })
  }

  @Test func readsNoValueFromTheBaseOfARate() throws {
    let found = try claims(
      "The Harlow Regional Police has 2,900 officers. Harlow has 2.3 officers per 1,000 "
        + "residents.", published: 2025)
    #expect(values(found, "population").isEmpty)
    #expect(values(found, "police_strength") == [2900])
  }

  @Test func readsNoBudgetFromAnAmountForEveryOne() throws {
    let found = try claims(
      "The Velna Observer Mission has a budget of 120 million dollars, about 90,000 dollars for "
        + "every soldier deployed.", published: 2025)
    #expect(values(found, "budget") == [120_000_000])
  }

  @Test func convertsAnAreaInSquareMilesOrHectaresToSquareKilometres() throws {
    let found = try claims(
      "Bellmoor County covers about 826 square miles. The Arden Nature Reserve covers 1,240 "
        + "hectares.", published: 2025)
    let areas = found.filter { $0.attribute == "area" }
    #expect(areas.map(\.unit) == ["km2", "km2"])
    #expect(areas.map(\.value.low) == [2139.33, 12.4])
  }

  @Test func datesLastJulyByTheMonthOfTheDateline() throws {
    let may = try claims(
      "Tamworth County's population rose to 1,214,600 last July.", published: 2025, month: 5)
    #expect(years(may, "population") == [2024])
    let september = try claims(
      "Tamworth County's population rose to 1,214,600 last July.", published: 2025, month: 9)
    #expect(years(september, "population") == [2025])
  }
}
