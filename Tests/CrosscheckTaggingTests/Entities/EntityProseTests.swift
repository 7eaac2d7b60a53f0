import CrosscheckCore
import Testing

@testable import CrosscheckTagging

/// Names and references as news prose writes them: missions with their place, places owned by a
/// pronoun, references with modifiers, shorter forms of a name.
@Suite struct EntityProseTests {
  /// The shared test gazetteer with place qualifiers.
  func tagWithQualifiers(_ text: String) -> [EntityMention] {
    var file = GazetteerFile()
    file.placeQualifiers = ["metropolitan area": "metropolitan area", "region": "Region"]
    file.notNames = ["The", "Its"]
    let tagger = EntityTagger(gazetteer: Gazetteer(file))
    var sentences: [TextRange] = []
    var start = 0
    for (i, b) in text.utf8.enumerated() where b == UInt8(ascii: ".") {
      sentences.append(TextRange(start, i + 1))
      start = i + 2
    }
    return tagger.mentions(in: text, sentences: sentences)
  }

  @Test func keepsTheMissionsPlaceInItsName() {
    let found = tag("The Verification Mission in Tesora reported on Monday.")
    #expect(found.map(\.canonical).contains("Verification Mission in Tesora"))
    #expect(found.first { $0.canonical == "Verification Mission in Tesora" }?.type == .organization)
  }

  /// Tags with missions proper and forces apart, as the shipped gazetteer has them.
  func tagWithMissions(_ text: String) -> [EntityMention] {
    var file = GazetteerFile()
    file.heads = [
      HeadWordRule(
        words: ["Mission", "Operation"], type: .organization, kinds: ["mission", "organization"]),
      HeadWordRule(words: ["Force", "Brigade"], type: .organization, kinds: ["force", "mission"]),
      HeadWordRule(words: ["Council"], type: .organization, kinds: ["organization"]),
    ]
    file.references = ["mission": ["mission"]]
    file.notNames = ["The", "Ministers"]
    let sentences = [TextRange(0, text.utf8.count)]
    return EntityTagger(gazetteer: Gazetteer(file)).mentions(in: text, sentences: sentences)
  }

  @Test func keepsAMissionsPlaceAfterOnTheInItsName() {
    let found = tagWithMissions(
      "The Joint Verification Mission on the Tarvel Line reported on Monday.")
    let mission = found.first { $0.canonical == "Joint Verification Mission on the Tarvel Line" }
    #expect(mission?.type == .organization)
    #expect(!found.map(\.canonical).contains("Tarvel Line"))
  }

  @Test func keepsAMissionsPlaceAfterInTheInItsName() {
    let found = tagWithMissions("The Border Mission in the Ossel Valley reported on Monday.")
    #expect(found.map(\.canonical).contains("Border Mission in the Ossel Valley"))
  }

  @Test func keepsAMissionsPlaceAfterToInItsName() {
    let found = tagWithMissions("The Advisory Mission to Kessaria has 80 staff.")
    #expect(found.map(\.canonical) == ["Advisory Mission to Kessaria"])
  }

  @Test func leavesALowercaseMissionOnTheBorderApartFromThePlace() {
    let found = tagWithMissions("Tarvel Force said the mission on the Tarvel Line was calm.")
    #expect(!found.contains { $0.canonical.contains("mission") })
    #expect(found.map(\.canonical).contains("Tarvel Line"))
  }

  @Test func leavesAForceSentToAPlaceApartFromThePlace() {
    let found = tagWithMissions("Ministers sent the Northern Reaction Force to Kessaria on Monday.")
    #expect(found.map(\.canonical).contains("Northern Reaction Force"))
    #expect(found.map(\.canonical).contains("Kessaria"))
  }

  @Test func leavesADayAfterAMissionOnApartFromTheMission() {
    let found = tagWithMissions("The Border Mission on Monday met the Ossel Council.")
    #expect(found.map(\.canonical).contains("Border Mission"))
  }

  @Test func doesNotJoinAPlaceToAnOrdinaryOrganization() {
    let found = tag("The Harbour Council in Tesora met on Monday.")
    #expect(!found.map(\.canonical).contains("Harbour Council in Tesora"))
  }

  @Test func readsAPossessivePlaceQualifierAsAPlaceOfItsOwn() {
    let found = tagWithQualifiers("Nova Marisport grew fast. Its metropolitan area is larger.")
    let owned = found.last
    #expect(owned?.canonical == "Nova Marisport metropolitan area")
    #expect(owned?.basis == .reference)
    #expect(owned?.type == .place)
  }

  @Test func readsAPlaceQualifierAfterAnUnknownName() {
    let found = tagWithQualifiers("The Nova Marisport metropolitan area grew fast.")
    #expect(found.map(\.canonical) == ["Nova Marisport metropolitan area"])
  }

  @Test func resolvesAReferenceWithAHyphenatedModifier() {
    let found = tag("Dervio Motors opened a plant. The Lyon-based firm hired staff.")
    #expect(found.last?.canonical == "Dervio Motors")
    #expect(found.last?.basis == .reference)
  }

  @Test func resolvesAReferenceToTheNearestNameOfUnknownKind() {
    let found = tag("Teller Rail opened a line. The company hired staff.")
    #expect(found.last?.canonical == "Teller Rail")
  }

  @Test func readsAShorterFormOfANameAlreadySeenAsTheSameEntity() {
    let found = tag("Teller Rail Freight Lines grew. Teller Rail Freight said so.")
    #expect(found.map(\.canonical) == ["Teller Rail Freight Lines", "Teller Rail Freight Lines"])
  }
}
