import CrosscheckCore
import Testing

@testable import CrosscheckTagging

/// Names read back from a later, shorter mention: the last word of a name ("the observatory"),
/// a company's first word ("Brisk"), and the words that only describe a reference noun.
@Suite struct EntityBackReferenceTests {
  func mentions(_ text: String) -> [(String, String)] {
    tag(text).map { (String(text.slice($0.range)), $0.canonical) }
  }

  @Test func resolvesTheSingularLastWordOfANameReadBefore() {
    let found = mentions("The Teller Bay Observatory opened in 1962. The observatory employs 40 people.")
    #expect(found.contains { $0 == ("The observatory", "Teller Bay Observatory") })
  }

  @Test func readsNoNameBackFromAPluralOrAModifiedNoun() {
    let text = "The United States signed the accord. The leaders of the seven states met. The member states agreed."
    #expect(!tag(text).contains { $0.canonical == "United States" && $0.basis == .reference })
  }

  @Test func namesACompanyByItsFirstWordAlone() {
    let found = mentions("Brisk Couriers, a delivery company, grew. Analysts said Brisk had hired staff.")
    #expect(found.contains { $0 == ("Brisk", "Brisk Couriers") })
  }

  @Test func takesNoFirstWordOfAHeadlineForTheWholeHeadline() {
    let found = mentions("Analysts read Harbour It Is, a column. Analysts said Harbour rose.")
    #expect(found.contains { $0.1 == "Harbour It Is" })
    #expect(!found.contains { $0.0 == "Harbour" && $0.1 == "Harbour It Is" })
  }

  @Test func readsNoNameFromAWordThatDescribesAReferenceNoun() {
    let found = mentions("Orla Telecom, the Baltic mobile company, grew. The company hired staff.")
    #expect(!found.contains { $0.0 == "Baltic" })
    #expect(found.contains { $0 == ("The company", "Orla Telecom") })
  }

  @Test func readsANameAfterADecimalInItsApposition() {
    let found = tag("Marisport, a city of 1.2 million people, grew.")
    #expect(found.first?.type == .place)
  }
}
