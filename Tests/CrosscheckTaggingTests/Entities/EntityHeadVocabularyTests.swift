import CrosscheckCore
import Foundation
import Testing

@testable import CrosscheckTagging

/// The head words of the shipped gazetteer type names it does not know: bodies ("... Society",
/// "... Orchestra"), companies ("... Seafoods") and places ("... Strait", "... Downs"); and a
/// body's head before "of" keeps "the Guild of X and Y Z" one name.
@Suite struct EntityHeadVocabularyTests {
  /// The `heads` rules of `Pipelines/lexicons/gazetteer.yml`, read from its flow-style lines
  /// (`- { words: [...], type: ..., kinds: [...] }`) so that the test checks the shipped words.
  static let shippedHeads: [HeadWordRule] = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(4)  // this file, Entities, CrosscheckTaggingTests, Tests
    let path = parts.joined(separator: "/") + "/Pipelines/lexicons/gazetteer.yml"
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
    var rules: [HeadWordRule] = []
    var inHeads = false
    for line in text.split(separator: "\n") {
      if !line.hasPrefix(" ") && !line.hasPrefix("#") { inHeads = line == "heads:" }
      guard inHeads, line.hasPrefix("  - {") else { continue }
      func list(_ key: String) -> [String] {
        guard let open = line.range(of: key + ": ["),
          let close = line[open.upperBound...].firstIndex(of: "]")
        else { return [] }
        return line[open.upperBound..<close].split(separator: ",").map {
          $0.trimmingCharacters(in: .whitespaces)
        }
      }
      guard let typeStart = line.range(of: "type: "),
        let typeEnd = line[typeStart.upperBound...].firstIndex(of: ","),
        let type = EntityType(rawValue: String(line[typeStart.upperBound..<typeEnd]))
      else { continue }
      rules.append(HeadWordRule(words: list("words"), type: type, kinds: list("kinds")))
    }
    return rules
  }()

  func mentions(_ text: String) -> [EntityMention] {
    var file = GazetteerFile()
    file.heads = EntityHeadVocabularyTests.shippedHeads
    file.notNames = ["The", "A", "Ships", "Members"]
    var sentences: [TextRange] = []
    var start = 0
    let bytes = Array(text.utf8)
    for i in bytes.indices
    where bytes[i] == UInt8(ascii: ".") && (i + 1 == bytes.count || bytes[i + 1] == 32) {
      sentences.append(TextRange(start, i + 1))
      start = i + 2
    }
    return EntityTagger(gazetteer: Gazetteer(file)).mentions(in: text, sentences: sentences)
  }

  @Test func readsTheShippedHeadRules() {
    #expect(EntityHeadVocabularyTests.shippedHeads.count >= 10)
  }

  @Test(arguments: [
    ("The Wrenfield Beekeepers' Society has 412 members.", "Wrenfield Beekeepers' Society",
     EntityType.organization),
    ("Last year the Tarsby Chamber Orchestra gave 60 concerts.", "Tarsby Chamber Orchestra",
     .organization),
    ("Shares in Holloway Seafoods rose on Monday.", "Holloway Seafoods", .organization),
    ("Ships wait for days at the mouth of the Kelmouth Strait.", "Kelmouth Strait", .place),
    ("Sheep graze on the Marrow Downs all year.", "Marrow Downs", .place),
  ])
  func typesANameByItsNewHeadWord(_ text: String, _ name: String, _ type: EntityType) {
    let found = mentions(text).first { $0.canonical == name }
    #expect(found?.type == type)
  }

  @Test func keepsAGuildOfTwoJoinedWordsOneName() {
    let found = mentions("Members of the Guild of Coastal and Inland Boatmen met on Friday.")
    #expect(found.map(\.canonical).contains("Guild of Coastal and Inland Boatmen"))
    #expect(found.first { $0.canonical.hasPrefix("Guild") }?.type == .organization)
  }

  @Test func keepsAPlaceBeforeOfApartFromTheRegionAfterAnd() {
    let names = mentions("Ferries link the Province of Quelby and Velka Region daily.")
      .map(\.canonical)
    #expect(names.contains("Province of Quelby"))
    #expect(names.contains("Velka Region"))
  }
}
