import CrosscheckCore
import Testing

@testable import CrosscheckTagging

/// Lone words the text shows to be places, possessive short forms and headed references.
@Suite struct EntityPlaceWordTests {
  /// The canonical name of each mention written as `written`.
  func canonicals(of written: String, in text: String) -> [String] {
    tag(text).filter { text.slice($0.range) == written[...] }.map(\.canonical)
  }

  @Test func keepsAWordReadAloneAfterANounAndInApartFromACompanyNamedAfterIt() {
    let text = "Its first shop in Tollby opened in 1990. Tollby Maltings employs 90 people. Tollby is growing."
    #expect(canonicals(of: "Tollby", in: text) == ["Tollby", "Tollby"])
  }

  @Test func stillReadsACompanysFirstWordAsTheCompanyAfterAVerbAndIn() {
    let text = "Tollby Maltings employs 90 people. Brewers invested in Tollby last year. Tollby said so."
    #expect(canonicals(of: "Tollby", in: text).last == "Tollby Maltings")
  }

  @Test func readsALoneOpeningWordThatHasAPopulationAsAName() {
    let text = "Korvania has a population of 2.3 million."
    #expect(canonicals(of: "Korvania", in: text) == ["Korvania"])
  }

  @Test func readsAPossessiveShortFormAsTheNameItBegins() {
    var file = GazetteerFile()
    file.namePrefixes = ["St"]
    let text = "St Brennan's Building Society has 12 branches. St Brennan's had income of 4 million pounds."
    let found = EntityTagger(gazetteer: Gazetteer(file))
      .mentions(in: text, sentences: [TextRange(0, 46), TextRange(47, text.utf8.count)])
    #expect(found.filter { $0.canonical == "St Brennan's Building Society" }.count == 2)
  }

  @Test func prefersTheNameAReferenceNounHeadsToTheLatestNameOfItsKind() {
    let text = "The club joined the Nordic Union of Chess Clubs; Tarnby City Council owns its hall. The union has grown."
    let union = tag(text).first { text.slice($0.range) == "The union" }
    #expect(union?.canonical == "Nordic Union of Chess Clubs")
  }
}
