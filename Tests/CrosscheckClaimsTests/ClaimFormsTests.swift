import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Foundation
import Testing

/// Claims written less plainly: ordinals, growth, partial lists, money, areas, relative time,
/// hedged statements, and subjects found through a pronoun.
@Suite struct ClaimFormsTests {
  @Test func readsAnOrdinalOfJoiningAsAtLeastThatManyMembers() throws {
    let found = try claims("In 2019 Fiji became the 10th member of the Pacific Tuna Forum.")
    let claim = try #require(found.first { $0.attribute == "member_count" })
    #expect(claim.subject.name == "Pacific Tuna Forum")
    #expect(claim.value == ClaimValue(low: 10, high: nil, modifier: .atLeast))
    #expect(claim.time == TimeScope(year: 2019, basis: "explicit"))
    #expect(claim.rule == "ordinal-joining")
  }

  @Test func readsAWordOrdinalAndTakesTheSubjectFromTheSentenceBefore() throws {
    let found = try claims("The Coastal Rowing League (CRL) was founded in 1990. Lisbon became its twelfth member club.")
    let claim = try #require(found.first { $0.attribute == "member_count" })
    #expect(claim.subject.name == "Coastal Rowing League")
    #expect(claim.value.low == 12)
    #expect(claim.value.modifier == .atLeast)
  }

  @Test func splitsAGrowthStatementWithYearsIntoTwoTimedClaims() throws {
    let found = try claims("The Andean Water Council grew from 6 members in 2001 to 8 in 2017.")
      .filter { $0.attribute == "member_count" }
    #expect(found.map { $0.value.low ?? 0 } == [6, 8])
    #expect(found.map(\.time.year) == [2001, 2017])
    #expect(found.allSatisfy { $0.subject.name == "Andean Water Council" && $0.rule == "growth" })
    #expect(Set(found.map(\.id)).count == 2)
  }

  @Test func keepsOnlyTheLaterValueOfAGrowthRangeWithoutAnEarlierYear() throws {
    let found = try claims("Last season the Northern Hockey League expanded from 10 to 14 teams overall, and the Northern Hockey League has 14 members.")
      .filter { $0.attribute == "member_count" }
    #expect(found.allSatisfy { $0.value.low == 14 })
    let fell = try claims("The staff of Orinoco Motors fell from 9,000 to 7,500 employees.").filter { $0.attribute == "workforce" }
    #expect(fell.map(\.value.low) == [7500])
  }

  @Test func recordsAListAfterIncludingAsPartialMembership() throws {
    let found = try claims("The Baltic Grain Council has seven members, including Estonia and Finland.")
    let claim = try #require(found.first { $0.attribute == "member_count" })
    #expect(claim.value == ClaimValue(low: 7, high: 7, modifier: .exact))
    #expect(claim.members == ["Estonia", "Finland"])
    #expect(claim.membersComplete == false)
    #expect(claim.warnings.isEmpty)
  }

  @Test func recordsAListAfterAColonAsCompleteMembership() throws {
    let found = try claims("The Baltic Grain Council has three members: Estonia, Latvia and Lithuania.")
    let claim = try #require(found.first { $0.attribute == "member_count" })
    #expect(claim.members == ["Estonia", "Latvia", "Lithuania"])
    #expect(claim.membersComplete == true)
    #expect(claim.rule == "count-list")
  }

  @Test(arguments: [
    "Will the Andean Water Council have 12 members by 2030?",
    "If Chile leaves, the Andean Water Council would have 11 members.",
    "The Andean Water Council does not have 12 members.",
    "The Andean Water Council never had more than 12 members.",
  ])
  func readsNoClaimFromQuestionsConditionsOrNegations(_ text: String) throws {
    #expect(try claims(text).filter { $0.attribute == "member_count" }.isEmpty)
  }

  @Test func readsABudgetInItsCurrency() throws {
    let found = try claims("The council of Lakeport approved a budget of $4.2 billion for schools.")
    let claim = try #require(found.first { $0.attribute == "budget" })
    #expect(claim.subject.name == "Lakeport")
    #expect(claim.value.low == 4_200_000_000)
    #expect(claim.unit == "USD")
  }

  @Test func givesMoneyToTheAttributeWhoseTriggerIsNearest() throws {
    let found = try claims("Orinoco Motors, whose budget for research is small, reported revenue of €3.5bn in 2021.")
    let claim = try #require(found.first { $0.unit == "EUR" })
    #expect(claim.attribute == "revenue")
    #expect(claim.time.year == 2021)
    #expect(!found.contains { $0.attribute == "budget" })
  }

  @Test func readsAnAreaWithItsUnit() throws {
    let found = try claims("The island of Korvath covers 1,200 square kilometres of hills.")
    let claim = try #require(found.first { $0.attribute == "area" })
    #expect(claim.subject.name == "Korvath")
    #expect(claim.value.low == 1200)
    #expect(claim.unit == "km2")
  }

  @Test func resolvesRelativeYearsAgainstThePublicationDate() throws {
    let last = try claims("Orinoco Motors employed 9,000 people last year.", published: 2022)
    #expect(last.first { $0.attribute == "workforce" }?.time == TimeScope(year: 2021, basis: "relative"))
    let ago = try claims("Orinoco Motors employed 9,000 people 16 years ago.", published: 2022)
    #expect(ago.first { $0.attribute == "workforce" }?.time == TimeScope(year: 2006, basis: "relative"))
  }

  @Test func resolvesYearsLaterAgainstTheYearBefore() throws {
    let text = "The Coastal Rowing League was founded in 1990. Ten years later the Coastal Rowing League had 14 member clubs."
    let claim = try #require(try claims(text).first { $0.attribute == "member_count" })
    #expect(claim.time == TimeScope(year: 2000, basis: "relative"))
  }

  @Test func recordsThePronounThatPointedToAContextSubject() throws {
    let text = "The West African Rail Union (WARU) met in Accra. It has 14 member states."
    let claim = try #require(try claims(text).first { $0.attribute == "member_count" })
    #expect(claim.subject.name == "West African Rail Union")
    #expect(claim.subject.basis == "context")
    #expect(claim.subject.via == "It")
    let mention = try #require(claim.subject.range)
    #expect(text.slice(mention) == "WARU")
  }

  @Test func recordsTheReferenceWordsOfAReferencedSubject() throws {
    let text = "Kenya hosted the Great Lakes Trade Alliance in 2019. The alliance now has 11 members."
    let claim = try #require(try claims(text).first { $0.attribute == "member_count" })
    #expect(claim.subject.name == "Great Lakes Trade Alliance")
    #expect(claim.subject.basis == "reference")
    #expect(claim.subject.via == "The alliance")
  }

  @Test func readsAnAppositionAndAPossessiveCount() throws {
    let apposition = try claims("The Sahel Joint Mission, a 4,200-strong force, patrols the border.")
    #expect(apposition.first { $0.attribute == "force_size" }?.value.low == 4200)
    let possessive = try claims("The Pacific Tuna Forum's 17 members met in Suva.")
    #expect(possessive.first { $0.attribute == "member_count" }?.subject.name == "Pacific Tuna Forum")
  }

  @Test func readsNoCountFromAComparisonWithoutAnExplicitValue() throws {
    let found = try claims("The Pacific Tuna Forum has 5 more members than the Andean Water Council.")
    #expect(found.filter { $0.attribute == "member_count" }.isEmpty)
  }

  @Test func usesAnAttributeAndAGazetteerEntryAddedInPipelineFiles() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cc-user-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Pipelines")
    try """
      version: 1
      organizations:
        - { name: Riverside Velodrome Trust, short: [RVT], kinds: [organization] }
      """.write(to: dir.appendingPathComponent("extra.yml"), atomically: true, encoding: .utf8)
    try """
      version: 1
      attributes:
        - name: seating_capacity
          shape: count
          units: [seats]
          subject_types: [organization, place, other]
          changes_over_time: true
          unit: seats
      """.write(to: dir.appendingPathComponent("attrs.yml"), atomically: true, encoding: .utf8)
    let yaml = """
      version: 1
      name: user
      stages:
        - use: sentences
          with: { abbreviations: lexicons/abbreviations.txt }
        - use: entities
          with: { gazetteer: lexicons/gazetteer.yml, extra: \(dir.appendingPathComponent("extra.yml").path) }
        - use: numbers
          with: { units: lexicons/units.txt }
        - use: claims
          with: { attributes: \(dir.appendingPathComponent("attrs.yml").path) }
      """
    let pipeline = try Pipeline(yaml: yaml, file: "user.yml", baseDirectory: root.path)
    var metadata = DocumentMetadata()
    metadata.published = PartialDate(year: 2023)
    let doc = StreamFilters.document(id: "u", text: "The arena run by the RVT has 6,500 seats.", metadata: metadata)
    let found = try pipeline.annotate(doc).claims
    let claim = try #require(found.first)
    #expect(claim.attribute == "seating_capacity")
    #expect(claim.subject.name == "Riverside Velodrome Trust")
    #expect(claim.value.low == 6500)
  }
}
