import CrosscheckCore
import Testing

@testable import CrosscheckTagging

/// Where a name starts and ends: number words and answers opening a sentence, an ampersand or a
/// slash inside a word, a legal form with stops, a saint's abbreviation, and the pronoun "I" after
/// a name.
@Suite struct EntityNameBoundaryTests {
  func gazetteer() -> Gazetteer {
    var file = GazetteerFile()
    file.heads = [
      HeadWordRule(
        words: ["Hospital", "University", "Association", "Council", "Office"], type: .organization,
        kinds: ["organization"]),
    ]
    file.notNames = ["The", "It", "I", "A", "Q", "When", "Two", "Yes", "Q&A"]
    file.namePrefixes = ["St", "Saint", "Mt"]
    file.personTitles = ["Gov", "Dr", "Sheriff", "Mayor"]
    return Gazetteer(file)
  }

  /// Sentences end at a stop before a space and at a line break; as in the sentence splitter, a
  /// stop after an abbreviation before a name ("St.", "Dr.", "Gov."), an initial or a dotted
  /// acronym does not end one.
  func sentences(_ text: String) -> [TextRange] {
    var out: [TextRange] = []
    var start = 0
    let bytes = Array(text.utf8)
    func endsAbbreviation(_ i: Int) -> Bool {
      ["St", "Dr", "Gov", "Mt"].contains { word in
        let w = Array(word.utf8)
        return i >= w.count + 1 && Array(bytes[(i - w.count)..<i]) == w && bytes[i - w.count - 1] == 32
      }
    }
    for i in bytes.indices {
      let stop = bytes[i] == UInt8(ascii: ".") && (i + 1 == bytes.count || bytes[i + 1] == 32)
        && !endsAbbreviation(i)
        && !(i >= 2 && bytes[i - 2] == UInt8(ascii: " ") && (65...90).contains(bytes[i - 1]))
        && !(i >= 2 && bytes[i - 2] == UInt8(ascii: "."))
      if stop || bytes[i] == 10 {
        if i + 1 > start { out.append(TextRange(start, bytes[i] == 10 ? i : i + 1)) }
        start = i + (bytes[i] == 10 ? 1 : 2)
      }
    }
    if start < bytes.count { out.append(TextRange(start, bytes.count)) }
    return out
  }

  func names(_ text: String) -> [String] {
    EntityTagger(gazetteer: gazetteer()).mentions(in: text, sentences: sentences(text))
      .map { String(text.slice($0.range)) }
  }

  // MARK: Number words

  @Test(arguments: [
    "Forty years ago this week, ministers of three states met in Halvik.",
    "Eleven constabularies merged in 1995. Officers in Halvik joined.",
    "Three hundred and four staff work for Halvik.",
    "Thousands marched through Halvik on Monday.",
    "HALVIK - Forty years ago, ministers met in Halvik.",
    "1995 - Eleven forces merged in Halvik.",
    "\"Seventy officers is too few,\" she said of Halvik.",
  ])
  func readsNoNumberWordOpeningASentenceAsAName(_ text: String) {
    let found = names(text)
    #expect(found.contains("Halvik"))
    let numberWords = ["Forty", "Eleven", "Three", "Thousands", "Seventy"]
    #expect(!found.contains { name in numberWords.contains { name.contains($0) } })
  }

  @Test func readsTheNameAfterANumberWordOpeningASentence() {
    #expect(names("Fourteen Halvik officers have died on duty.") == ["Halvik"])
  }

  @Test func keepsANumberWordThatTheTextCapitalizesInsideTheSameName() {
    let found = names("Three Rivers Council met. Staff of the Three Rivers Council agreed.")
    #expect(found.contains("Three Rivers Council"))
  }

  @Test func keepsAnOrdinalOpeningAName() {
    #expect(names("First Halvik Bank opened a branch.") == ["First Halvik Bank"])
  }

  // MARK: Answers and labels

  @Test func readsNoAnswerAfterASpeakersLabelAsAName() {
    let text = "Q: When did the school open?\nA: Yes, we were founded in 1966.\nA: Share data early."
    #expect(names(text).isEmpty)
  }

  @Test func keepsANameInAListAfterAColonInProse() {
    let found = names("The pact was signed by three states: Ostvany, Kerrin and Dalmar.")
    #expect(found.contains("Ostvany"))
  }

  @Test func keepsANameAfterAFieldsLabel() {
    #expect(names("Headquarters: Varsenfeld, 40 kilometres from the zone") == ["Varsenfeld"])
  }

  @Test func readsNoCommonWordAfterADatelinesDashAsAName() {
    #expect(names("2019 - Recruitment resumes; 6,020 officers").isEmpty)
  }

  // MARK: Ampersands, slashes and legal forms

  @Test(arguments: [
    ("Staff at Ardell A&M University voted on Monday.", "Ardell A&M University"),
    ("Shares in Procter & Gamble rose.", "Procter & Gamble"),
    ("Marks & Spencer opened a store in May.", "Marks & Spencer"),
    ("Kallund Metrology A/S had 640 employees.", "Kallund Metrology A/S"),
    ("Banca Orvieta S.p.A. reported a loss.", "Banca Orvieta S.p.A."),
    ("Orvel Holding S.A. reported a loss.", "Orvel Holding S.A."),
    ("Shares in Tessel Groep N.V. rose.", "Tessel Groep N.V."),
  ])
  func keepsAnAmpersandASlashOrALegalFormInsideTheName(_ text: String, _ name: String) {
    #expect(names(text).contains(name))
  }

  @Test func endsANameWithStopsAtTheEndOfItsSentence() {
    let text = "The plant was sold to Orvel Holding S.A. The deal closed on Monday."
    let split = [TextRange(0, 40), TextRange(41, text.utf8.count)]
    let found = EntityTagger(gazetteer: gazetteer()).mentions(in: text, sentences: split)
      .map { String(text.slice($0.range)) }
    #expect(found == ["Orvel Holding S.A.", "Monday"])
  }

  @Test func readsAnAmpersandAcronymAsTheNameItsCapitalsSpell() {
    let text = "Hollins & Vey Dairy Association was founded in 1927. It says H&V has 900 members."
    let found = EntityTagger(gazetteer: gazetteer()).mentions(in: text, sentences: sentences(text))
    #expect(found.last.map { String(text.slice($0.range)) } == "H&V")
    #expect(found.last?.canonical == "Hollins & Vey Dairy Association")
  }

  @Test func readsNoQuestionAndAnswerHeadingAsAName() {
    #expect(names("Q&A: the dean on grants").isEmpty)
  }

  // MARK: Saints and the pronoun "I"

  @Test(arguments: [
    ("It merged with St. Columba Hospital in 1998.", "St. Columba Hospital"),
    ("Mass will be held at the Cathedral of St. Brendan in May.", "Cathedral of St. Brendan"),
    ("It merged with St Columba Hospital in 1998.", "St Columba Hospital"),
  ])
  func keepsASaintsAbbreviationInsideTheName(_ text: String, _ name: String) {
    #expect(names(text).contains(name))
  }

  @Test(arguments: ["Gov. Helen Marchetti", "Dr. Helen Marchetti", "Gov Helen Marchetti"])
  func readsThePersonAfterATitleWithOrWithoutItsPeriod(_ titled: String) {
    let text = "A budget of $58.6 billion was proposed by \(titled) in May."
    let found = EntityTagger(gazetteer: gazetteer()).mentions(in: text, sentences: sentences(text))
    #expect(found.first?.canonical == "Helen Marchetti")
    #expect(found.first?.type == .person)
  }

  @Test func joinsNoTitleToTheSentenceAfterIt() {
    let text = "The post went to a new Dr. Halvik Mills hired him."
    let split = [TextRange(0, 26), TextRange(27, text.utf8.count)]
    let found = EntityTagger(gazetteer: gazetteer()).mentions(in: text, sentences: split)
    #expect(found.map(\.canonical) == ["Halvik Mills"])
    #expect(!found.contains { $0.type == .person })
  }

  @Test(arguments: [
    ("The Tamsin County Sheriff's Office has about 610 deputies.", "Tamsin County Sheriff's Office"),
    ("A spokesman for the Mayor's Office said so.", "Mayor's Office"),
  ])
  func keepsATitlesPossessiveBeforeAnOrganizationsHeadInsideTheName(_ text: String, _ name: String) {
    #expect(names(text) == [name])
  }

  @Test func keepsAnOrdinaryPossessiveBeforeAHeadOutsideTheName() {
    #expect(!names("Staff at Tarvik's Office went home.").contains("Tarvik's Office"))
  }

  @Test func endsANameBeforeThePronounI() {
    let text = "As secretary of the Ambrel Fishermen's Association I must correct your figure."
    #expect(names(text) == ["Ambrel Fishermen's Association"])
  }

  @Test func endsANameBeforeThePronounIWhenTheTextSpeaksInTheFirstPerson() {
    let text = "When I arrived, the Harbour Council I was told about had 40 staff."
    #expect(names(text) == ["Harbour Council"])
  }

  @Test func keepsARomanNumeralAfterANameInAThirdPersonText() {
    #expect(names("The statue of Charles I was unveiled in 1912.").contains("Charles I"))
  }

  @Test func readsNoFirstPersonContractionAsAName() {
    #expect(names("\"I'm staying,\" said Dana Holm. I'd stay too.") == ["Dana Holm"])
  }
}
