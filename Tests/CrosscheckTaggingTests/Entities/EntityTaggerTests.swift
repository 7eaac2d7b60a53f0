import CrosscheckCore
import Testing

@testable import CrosscheckTagging

/// A small gazetteer of our own: nothing here comes from the seed articles' subjects.
func testGazetteer() -> Gazetteer {
  var file = GazetteerFile()
  file.organizations = [
    GazetteerEntry(name: "Mekong River Commission", short: ["MRC"], kinds: ["organization"]),
    GazetteerEntry(name: "African Union", short: ["AU"], kinds: ["organization", "alliance"]),
  ]
  file.countries = [
    GazetteerEntry(name: "Vietnam", demonyms: ["Vietnamese"], capital: "Hanoi"),
    GazetteerEntry(name: "Kenya", demonyms: ["Kenyan"], capital: "Nairobi"),
    GazetteerEntry(name: "United States", short: ["US", "U.S."], demonyms: ["American"]),
  ]
  file.references = ["alliance": ["bloc", "alliance"], "company": ["company", "firm"], "city": ["city"]]
  file.heads = [
    HeadWordRule(words: ["Council", "Agency"], type: .organization, kinds: ["organization"]),
    HeadWordRule(words: ["Force", "Mission"], type: .organization, kinds: ["force", "mission"]),
    HeadWordRule(words: ["Corporation", "Motors"], type: .organization, kinds: ["company", "organization"]),
  ]
  file.personTitles = ["President", "Chief Executive", "Mayor"]
  file.notNames = ["The", "In", "It", "However", "Shares"]
  return Gazetteer(file)
}

/// Tags a text whose sentences are split at ". " for these tests.
func tag(_ text: String) -> [EntityMention] {
  var sentences: [TextRange] = []
  var start = 0
  let bytes = Array(text.utf8)
  for i in bytes.indices where bytes[i] == UInt8(ascii: ".") && (i + 1 == bytes.count || bytes[i + 1] == UInt8(ascii: " ")) {
    sentences.append(TextRange(start, i + 1))
    start = i + 2
  }
  if start < bytes.count { sentences.append(TextRange(start, bytes.count)) }
  return EntityTagger(gazetteer: testGazetteer()).mentions(in: text, sentences: sentences)
}

@Suite struct EntityTaggerTests {
  @Test func resolvesAnAcronymDefinedAfterItsLongForm() {
    let text = "The Lagos Transit Authority (LTA) runs buses. Last year the LTA added routes."
    let found = tag(text).filter { $0.canonical == "Lagos Transit Authority" }
    #expect(found.map { String(text.slice($0.range)) } == ["Lagos Transit Authority", "LTA", "LTA"])
    #expect(found.allSatisfy { $0.basis == .definedAlias })
  }

  @Test func resolvesALongFormDefinedAfterItsAcronym() {
    let text = "Officials of the IFRC (International Federation of Red Cross) met. The IFRC agreed."
    let names = Set(tag(text).map(\.canonical))
    #expect(names.contains("International Federation of Red Cross"))
    #expect(tag(text).filter { $0.canonical == "International Federation of Red Cross" }.count == 3)
  }

  @Test func mapsAnAcronymToItsGazetteerNameWhenTheLongFormIsKnown() {
    let text = "The Mekong River Commission (MRC) met in Hanoi. The MRC has four members."
    let found = tag(text)
    #expect(found.filter { $0.canonical == "Mekong River Commission" }.count == 3)
    #expect(found.contains { $0.canonical == "Hanoi" && $0.type == .place })
  }

  @Test func matchesAcronymsOnlyWithTheirCapitals() {
    let found = tag("Talk to us about the US budget.")
    #expect(found.map(\.canonical) == ["United States"])
  }

  @Test func marksDemonymsAsMentionsThatAreNotNames() {
    let found = tag("A Kenyan court ruled on Monday.")
    #expect(found.first?.canonical == "Kenya")
    #expect(found.first?.basis == .demonym)
  }

  @Test func resolvesAShortReferenceToTheNearestFittingEntity() {
    let text = "Kenya joined the African Union in 1963. The bloc has grown since."
    let reference = tag(text).first { $0.basis == .reference }
    #expect(reference?.canonical == "African Union")
    #expect(reference.map { String(text.slice($0.range)) } == "The bloc")
  }

  @Test func typesUnknownNamesByTheirHeadWord() {
    let found = tag("Investors cheered as Orinoco Motors and the Delta Water Agency signed a deal.")
    #expect(found.contains { $0.canonical == "Orinoco Motors" && $0.type == .organization })
    #expect(found.contains { $0.canonical == "Delta Water Agency" && $0.type == .organization })
  }

  @Test func keepsALongerNameThatEndsInAHeadWordWhole() {
    let found = tag("Troops of the AU Standby Force arrived.")
    #expect(found.map(\.canonical) == ["AU Standby Force"])
  }

  @Test func findsAPersonAfterATitleAndLaterBySurname() {
    let text = "Mayor Ana Lucia Ferreira opened the bridge. Later, Ferreira thanked the builders."
    let people = tag(text).filter { $0.type == .person }
    #expect(people.map(\.canonical) == ["Ana Lucia Ferreira", "Ana Lucia Ferreira"])
  }

  @Test func ignoresACapitalizedWordThatOnlyStartsASentence() {
    let found = tag("Shares fell sharply. Analysts blamed the weather.")
    #expect(!found.contains { $0.canonical == "Analysts" })
    #expect(!found.contains { $0.canonical == "Shares" })
  }

  @Test func readsDatesWithMonthNames() {
    let found = tag("The vote on March 3, 2019 was close, as in 4 June 2020.").filter { $0.type == .date }
    #expect(found.map(\.canonical) == ["2019-03-03", "2020-06-04"])
  }

  @Test func countsOffsetsInUTF8Bytes() {
    let text = "Señora Núñez praised the Mekong River Commission."
    let found = tag(text).first { $0.canonical == "Mekong River Commission" }
    #expect(found.map { String(text.slice($0.range)) } == "Mekong River Commission")
  }
}

@Suite struct CorpusEntityResolverTests {
  @Test func givesTransliterationsOfANameTheSameKey() {
    #expect(CorpusEntityResolver.key("Aleksandr Lukashenko") == CorpusEntityResolver.key("Alexander Lukashenko"))
    #expect(CorpusEntityResolver.key("Sergey Ivanov") == CorpusEntityResolver.key("Sergei Ivanov"))
    #expect(CorpusEntityResolver.key("Anna Kowalska") != CorpusEntityResolver.key("Jan Kowalski"))
  }

  @Test func unifiesPersonSpellingsAcrossDocumentsToTheMostFrequent() {
    func doc(_ id: String, _ names: [String]) -> Document {
      var d = Document(id: id, file: id, text: String(repeating: "x", count: 10))
      d.record(Annotations(entities: names.map { EntityMention(range: TextRange(0, 1), canonical: $0, type: .person, basis: .name) }))
      return d
    }
    let unified = CorpusEntityResolver.unify([doc("a", ["Aleksandr Petrov", "Aleksandr Petrov"]), doc("b", ["Alexander Petrov"])])
    #expect(unified.flatMap(\.entities).map(\.canonical) == ["Aleksandr Petrov", "Aleksandr Petrov", "Aleksandr Petrov"])
  }
}
