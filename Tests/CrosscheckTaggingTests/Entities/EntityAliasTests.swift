import CrosscheckCore
import Testing

@testable import CrosscheckTagging

/// A gazetteer of places with the same name at several levels, and names with variants.
func placeGazetteer() -> Gazetteer {
  var file = GazetteerFile()
  file.places = [
    GazetteerEntry(name: "Porto Alegre", aliases: ["Porto Allegre"], kinds: ["city"]),
    GazetteerEntry(name: "Greenhaven City", aliases: ["Greenhaven"], kinds: ["city"]),
  ]
  file.organizations = [
    GazetteerEntry(name: "Ministry of Defence", kinds: ["organization"]),
    GazetteerEntry(
      name: "Andean Freight Compact", short: ["AFC"], kinds: ["organization"], former: ["Andean Freight Pact", "AFP"]),
  ]
  file.countries = [GazetteerEntry(name: "Kenya", demonyms: ["Kenyan"])]
  file.heads = [HeadWordRule(words: ["Organisation", "Organization", "Motors"], type: .organization, kinds: ["organization"])]
  file.references = ["organization": ["organisation", "organization"]]
  file.placeQualifiers = ["metropolitan area": "metropolitan area", "metro area": "metropolitan area", "state": "State"]
  file.spellingVariants = ["defence": "defense"]
  file.notNames = ["The", "In", "May", "Later"]
  return Gazetteer(file)
}

func tagPlaces(_ text: String) -> [EntityMention] {
  EntityTagger(gazetteer: placeGazetteer()).mentions(in: text, sentences: [TextRange(0, text.utf8.count)])
}

@Suite struct EntityAliasTests {
  @Test func learnsAnAcronymWhoseWordsGiveMoreThanTheirInitials() {
    let text = "The ESCU secretariat has 140 staff. The Eskandri Customs Union (ESCU) met."
    let found = tagPlaces(text).map(\.canonical)
    #expect(found == ["Eskandri Customs Union", "Eskandri Customs Union", "Eskandri Customs Union"])
  }

  @Test func readsTheWordAfterAPlaceAndACommaAsTheLargerPlaceNotACompanysShortName() {
    let text = "From the Kessland Online Archive. The Orrin Fellowship is based in Dunlow, Kessland. It met."
    let found = tagPlaces(text).filter { $0.canonical == "Kessland" }
    #expect(found.map(\.type) == [.place])
  }

  @Test func learnsAnAcronymThatSkipsTheLowercaseTailOfAHyphenatedWord() {
    let text = "We joined the Tarrow Start-up Association (TSA) in 2016. The TSA has 640 members."
    let found = tagPlaces(text).map(\.canonical)
    #expect(found.filter { $0 == "Tarrow Start-up Association" }.count == 2)
    #expect(!found.contains("TSA"))
  }

  @Test func learnsNoAcronymWhoseLettersTheWordsDoNotOpen() {
    let text = "The Eskandri Customs Union (EXCU) met."
    #expect(!tagPlaces(text).contains { $0.canonical == "Eskandri Customs Union" && $0.range.start > 30 })
  }

  @Test func keepsACityItsMetropolitanAreaAndItsStateApart() {
    let text = "Rents in Greenhaven City rose, more in the Greenhaven metro area and in Greenhaven State."
    let found = tagPlaces(text).map(\.canonical)
    #expect(found == ["Greenhaven City", "Greenhaven metropolitan area", "Greenhaven State"])
    let lower = tagPlaces("Farms in Greenhaven state grow rice.").map(\.canonical)
    #expect(lower == ["Greenhaven State"])
  }

  @Test func resolvesOrganisationAndOrganizationToOneName() {
    let text = "In May the Shoreline Cooperation Organisation met. Later the Shoreline Cooperation Organization agreed."
    let names = tagPlaces(text).map(\.canonical)
    #expect(names == ["Shoreline Cooperation Organisation", "Shoreline Cooperation Organisation"])
  }

  @Test func resolvesSpellingsWithAndWithoutDiacriticsToTheFirst() {
    let text = "In May Škoda Motors hired staff, and later Skoda Motors cut them."
    #expect(tagPlaces(text).map(\.canonical) == ["Škoda Motors", "Škoda Motors"])
  }

  @Test func matchesBritishAndAmericanSpellingsOfGazetteerNames() {
    let found = tagPlaces("In May the Ministry of Defense spoke.")
    #expect(found.map(\.canonical) == ["Ministry of Defence"])
  }

  @Test func resolvesFormerNamesAndFormerAcronymsToTheCurrentName() {
    let found = tagPlaces("In 1999 the Andean Freight Pact, or AFP, grew; the afp tax did not.")
    #expect(found.map(\.canonical) == ["Andean Freight Compact", "Andean Freight Compact"])
  }

  @Test func readsPossessivesAsMentionsOfTheName() {
    let text = "In May the AFC's members met in Porto Alegre's port."
    let found = tagPlaces(text)
    #expect(found.map(\.canonical) == ["Andean Freight Compact", "Porto Alegre"])
    #expect(found.map { String(text.slice($0.range)) } == ["AFC", "Porto Alegre"])
  }

  @Test func readsAnAliasSpellingOfAPlace() {
    #expect(tagPlaces("In May Porto Allegre flooded.").map(\.canonical) == ["Porto Alegre"])
  }
}

@Suite struct CorpusNameResolverTests {
  @Test func givesSpellingVariantsOfNamesOneKey() {
    #expect(CorpusEntityResolver.nameKey("São Paulo Metro") == CorpusEntityResolver.nameKey("Sao Paulo Metro"))
    #expect(
      CorpusEntityResolver.nameKey("Shanghai Cooperation Organisation")
        == CorpusEntityResolver.nameKey("Shanghai Cooperation Organization"))
    #expect(CorpusEntityResolver.nameKey("Lake Ontario") != CorpusEntityResolver.nameKey("Lake Erie"))
  }

  @Test func givesACompanyWithAndWithoutItsLegalEndingOneKey() {
    #expect(
      CorpusEntityResolver.nameKey("Corvaline Airways Group plc")
        == CorpusEntityResolver.nameKey("Corvaline Airways Group"))
    #expect(CorpusEntityResolver.nameKey("Aldersund Shipyard AS") == CorpusEntityResolver.nameKey("Aldersund Shipyard"))
    #expect(CorpusEntityResolver.nameKey("Sable Creek Mining Co.") == CorpusEntityResolver.nameKey("Sable Creek Mining Co"))
    #expect(CorpusEntityResolver.nameKey("Tarrow Gas Corp.") == CorpusEntityResolver.nameKey("Tarrow Gas"))
    #expect(CorpusEntityResolver.nameKey("Plc") == "plc")
    #expect(CorpusEntityResolver.nameKey("Orla Ltd") != CorpusEntityResolver.nameKey("Orla"))
    #expect(
      CorpusEntityResolver.nameKey("Corvaline Airways Group plc", type: .place)
        != CorpusEntityResolver.nameKey("Corvaline Airways Group", type: .place))
  }

  @Test func unifiesOrganizationSpellingsAcrossDocumentsInClaimsToo() {
    func doc(_ id: String, _ name: String, count: Int) -> Document {
      var d = Document(id: id, file: id, text: String(repeating: "x", count: 10))
      let mentions = (0..<count).map { _ in EntityMention(range: TextRange(0, 1), canonical: name, type: .organization, basis: .name) }
      let claim = Claim(
        id: id, document: id, sentence: TextRange(0, 1), span: TextRange(0, 1),
        subject: ClaimSubject(name: name, mention: name, type: .organization, basis: "direct"),
        attribute: "member_count", value: ClaimValue(low: 3, high: 3, modifier: .exact), unit: nil,
        time: TimeScope(year: nil, basis: "unknown"))
      d.record(Annotations(entities: mentions, claims: [claim]))
      return d
    }
    let unified = CorpusEntityResolver.unify([
      doc("a", "Harbour Pilots Organisation", count: 2), doc("b", "Harbour Pilots Organization", count: 1),
    ])
    #expect(unified.flatMap(\.claims).map(\.subject.name) == ["Harbour Pilots Organisation", "Harbour Pilots Organisation"])
  }
}
