import CrosscheckCore
import Testing

@testable import CrosscheckTagging

/// "the Herald" after "Dunport Herald": the article and a name's capitalized last word.
@Suite struct EntityHeadAliasTests {
  func mentions(_ text: String) -> [(String, String)] {
    tag(text).map { (String(text.slice($0.range)), $0.canonical) }
  }

  @Test func linksTheArticleAndTheLastWordOfAnEarlierNameToThatName() {
    let found = mentions(
      "The Dunport Herald printed a story. The Herald, founded in 1871, employs 60 people.")
    #expect(found.contains { $0 == ("Herald", "Dunport Herald") })
  }

  @Test func linksNoLastWordThatStartsALongerName() {
    let found = mentions("The Dunport Herald printed a story. The Herald Tribune disagreed.")
    #expect(!found.contains { $0.0 == "Herald" && $0.1 == "Dunport Herald" })
  }

  @Test func pointsTheCompanyPastANameInsideAnApposition() {
    let found = mentions(
      "Orrin Haulage, the operator of a depot outside Pellworth, grew. The company hired drivers.")
    #expect(found.contains { $0.0 == "The company" && $0.1 == "Orrin Haulage" })
  }
}
