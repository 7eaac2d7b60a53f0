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

@Suite struct AcronymAcrossDocumentsTests {
  func doc(_ id: String, _ text: String, _ entities: [(String, String, MentionBasis)], subject: String) -> Document {
    var d = Document(id: id, file: id, text: text)
    let mentions = entities.map { written, canonical, basis -> EntityMention in
      let start = text.utf8.count - (text.components(separatedBy: written).last ?? "").utf8.count - written.utf8.count
      return EntityMention(range: TextRange(start, start + written.utf8.count), canonical: canonical, type: .organization, basis: basis)
    }
    let claim = Claim(
      id: id, document: id, sentence: TextRange(0, 1), span: TextRange(0, 1),
      subject: ClaimSubject(name: subject, mention: subject, type: .organization, basis: "direct"),
      attribute: "member_count", value: ClaimValue(low: 3, high: 3, modifier: .exact), unit: nil,
      time: TimeScope(year: nil, basis: "unknown"))
    d.record(Annotations(entities: mentions, claims: [claim]))
    return d
  }

  @Test func mapsABareAcronymToTheLongNameAnotherDocumentDefines() {
    let a = doc("a", "The Andean Water Council (AWC) met.", [("Andean Water Council", "Andean Water Council", .name), ("AWC", "Andean Water Council", .definedAlias)], subject: "Andean Water Council")
    let b = doc("b", "AWC has three members.", [("AWC", "AWC", .name)], subject: "AWC")
    let unified = CorpusEntityResolver.unify([a, b])
    #expect(unified.map { $0.claims.first?.subject.name } == ["Andean Water Council", "Andean Water Council"])
    #expect(unified[1].entities.map(\.canonical) == ["Andean Water Council"])
  }

  @Test func mapsAnAcronymToANameOfTheSameDocumentWhoseInitialsSpellIt() {
    let d = doc("c", "Kestrel Ferry Company said KFC has three ships.", [("Kestrel Ferry Company", "Kestrel Ferry Company", .name), ("KFC", "KFC", .name)], subject: "KFC")
    #expect(CorpusEntityResolver.unify([d]).first?.claims.first?.subject.name == "Kestrel Ferry Company")
    #expect(CorpusEntityResolver.initialsSpell("Mission in Eastern Talvia", "MET"))
    #expect(!CorpusEntityResolver.initialsSpell("Kestrel Ferry Company", "KFA"))
  }

  @Test func readsASentenceInitialNameWithAnAppositionButNotAnAdverb() {
    let tagger = EntityTagger(gazetteer: testGazetteer())
    let text = "Dunmere, the old city on the coast, has 40,000 people. Elsewhere, the city is quiet."
    let found = tagger.mentions(in: text, sentences: [TextRange(0, 54), TextRange(55, text.utf8.count)])
    #expect(found.first.map { String(text.slice($0.range)) } == "Dunmere")
    #expect(found.first?.type == .place)
    #expect(!found.contains { text.slice($0.range) == "Elsewhere" })
  }
}
