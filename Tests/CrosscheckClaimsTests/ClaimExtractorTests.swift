import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Foundation
import Testing

/// The repository's default pipeline, built once for all claim tests.
let defaultPipeline: Pipeline = {
  let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  return try! Pipeline.load(file: root.appendingPathComponent("Pipelines/default.yml").path)
}()

/// A text annotated by the default pipeline, published in `year` (on the first of `month` when
/// one is given).
func annotated(_ text: String, published year: Int = 2022, month: Int? = nil) throws -> Document {
  var metadata = DocumentMetadata()
  metadata.published = PartialDate(year: year, month: month, day: month == nil ? nil : 1)
  metadata.publishedBasis = "meta"
  return try defaultPipeline.annotate(StreamFilters.document(id: "t", text: text, metadata: metadata))
}

/// The claims of a text, published in `year` unless it says otherwise (on the first of `month`
/// when one is given).
func claims(_ text: String, published year: Int = 2022, month: Int? = nil) throws -> [Claim] {
  try annotated(text, published: year, month: month).claims
}

/// The claims of a plain-text article (a title line, a dateline, then the body), read as
/// `crosscheck run` reads a `.txt` file.
func ingested(_ text: String) throws -> [Claim] {
  try defaultPipeline.annotate(ClaimEvaluation.document(file: "a.txt", text: text)).claims
}

/// The low values of the claims of one attribute, in text order.
func values(_ found: [Claim], _ attribute: String) -> [Double] {
  found.filter { $0.attribute == attribute }.compactMap(\.value.low)
}

/// The subjects of the claims of one attribute, in text order.
func subjects(_ found: [Claim], _ attribute: String) -> [String] {
  found.filter { $0.attribute == attribute }.map(\.subject.name)
}

/// The years of the claims of one attribute, in text order.
func years(_ found: [Claim], _ attribute: String) -> [Int?] {
  found.filter { $0.attribute == attribute }.map(\.time.year)
}

@Suite struct ClaimExtractorTests {
  @Test func readsAPopulationFromACountAndItsUnit() throws {
    let found = try claims("The port city of Lakeport has 240,000 inhabitants.")
    #expect(found.count == 1)
    #expect(found.first?.attribute == "population")
    #expect(found.first?.subject.name == "Lakeport")
    #expect(found.first?.value == ClaimValue(low: 240_000, high: 240_000, modifier: .exact))
  }

  @Test func readsAWorkforceFromAnEmployingVerbAndAModifier() throws {
    let found = try claims("Investors were told that Orinoco Motors employs about 8,500 people in three plants.")
    let claim = try #require(found.first { $0.attribute == "workforce" })
    #expect(claim.subject.name == "Orinoco Motors")
    #expect(claim.value == ClaimValue(low: 8500, high: 8500, modifier: .about))
  }

  @Test func checksAnEnumerationAgainstTheCountBeforeIt() throws {
    let found = try claims("The Baltic Grain Council has three members: Estonia, Latvia, Lithuania and Finland.")
    let claim = try #require(found.first { $0.attribute == "member_count" })
    #expect(claim.subject.name == "Baltic Grain Council")
    #expect(claim.value.low == 3)
    #expect(claim.members == ["Estonia", "Latvia", "Lithuania", "Finland"])
    #expect(claim.warnings == ["the text counts 3 but lists 4"])
  }

  @Test func countsAnEnumerationAndFindsItsSubjectInTheSentenceBefore() throws {
    let found = try claims("The West African Rail Union (WARU) was founded in 2011. Its members are Ghana, Senegal and Mali.")
    let members = try #require(found.first { $0.attribute == "member_count" })
    #expect(members.subject.name == "West African Rail Union")
    #expect(members.subject.basis == "context")
    #expect(members.value.low == 3)
    let founded = try #require(found.first { $0.attribute == "founding_year" })
    #expect(founded.value.low == 2011)
    #expect(founded.subject.name == "West African Rail Union")
  }

  @Test(arguments: [
    "Two members of the Sahel Water Council, Chad and Niger, left the council in 2019.",
    "The Pacific Tuna Forum counts its two Asian members among the founders.",
    "An attack on one member of the Pacific Tuna Forum is an attack on all.",
    "Fiji left the Pacific Tuna Forum, the 10th member to go.",
  ])
  func readsNoMemberCountFromPartsOrSingleMembers(_ text: String) throws {
    #expect(try claims(text).filter { $0.attribute == "member_count" }.isEmpty)
  }

  @Test func readsAShareWithWhatItIsOf() throws {
    let found = try claims("Orinoco Motors holds 12.5% of the truck market in Peru.")
    let claim = try #require(found.first { $0.attribute == "share" })
    #expect(claim.subject.name == "Orinoco Motors")
    #expect(claim.value.low == 12.5)
    #expect(claim.qualifier == "truck market")
  }

  @Test func givesAForceSizeToTheOwnerOfANamedForce() throws {
    let found = try claims("Kenya's Rapid Deployment Force (RDF) numbers about 3,000, officials said.")
    let claim = try #require(found.first { $0.attribute == "force_size" })
    #expect(claim.subject.name == "Kenya")
    #expect(claim.value == ClaimValue(low: 3000, high: 3000, modifier: .about))
  }

  @Test func givesAForceSizeToANamedMissionWithoutOwner() throws {
    let found = try claims("The Sahel Joint Mission deployed more than 5,000 troops.")
    let claim = try #require(found.first { $0.attribute == "force_size" })
    #expect(claim.subject.name == "Sahel Joint Mission")
    #expect(claim.value == ClaimValue(low: 5000, high: nil, modifier: .moreThan))
  }

  @Test func readsARangeWithItsMultiplierOnBothEnds() throws {
    let found = try claims("The Sahel Joint Mission has between 17-22 thousand troops.")
    #expect(found.first { $0.attribute == "force_size" }?.value == ClaimValue(low: 17_000, high: 22_000, modifier: .range))
  }

  @Test func takesTheTimeFromAYearInTheClauseButNotFromAFoundingYear() throws {
    let stated = try claims("In 2015 the Andean Water Council had 12 member states.", published: 2022)
    #expect(stated.first?.time == TimeScope(year: 2015, basis: "explicit"))
    let founded = try claims("Orinoco Motors, founded in 1998, employs 12,000 people.", published: 2022)
    #expect(founded.first { $0.attribute == "workforce" }?.time == TimeScope(year: 2022, basis: "published"))
  }

  @Test func keepsSubjectsInsideTheirOwnClause() throws {
    let found = try claims("The Andean Water Council has 6 members, while the Pacific Tuna Forum has 30 members.")
    let pairs = found.filter { $0.attribute == "member_count" }.map { ($0.subject.name, $0.value.low ?? 0) }
    #expect(pairs.map(\.0) == ["Andean Water Council", "Pacific Tuna Forum"])
    #expect(pairs.map(\.1) == [6, 30])
  }

  @Test func recordsProvenanceAsByteSpansOfTheSentence() throws {
    let text = "Señora Núñez left. The port city of Lakeport has 240,000 inhabitants."
    let claim = try #require(try claims(text).first)
    let sentence = text.slice(claim.sentence)
    #expect(sentence == "The port city of Lakeport has 240,000 inhabitants.")
    #expect(text.slice(claim.span) == "Lakeport has 240,000 inhabitants")
  }

  @Test func readsNoShareFromABarePercentageChange() throws {
    #expect(try claims("Rents in the port city of Lakeport rose 9% last year.").filter { $0.attribute == "share" }.isEmpty)
    // A stake in a named company is read as the holder's share of it, as the labelled sets do;
    // a stake in an unnamed thing ("in the new ferry line") is no share (ClaimTenthPassTests).
    let stake = try claims("Orinoco Motors holds a 12% stake in Kell Ferry Lines.")
    #expect(stake.first { $0.attribute == "share" }?.value.low == 12)
  }

  @Test func leavesAYearToTheNumberItDates() throws {
    let found = try claims("The port city of Lakeport now has 412,000 inhabitants, up from 365,000 in 2011.", published: 2022)
    let now = try #require(found.first { $0.attribute == "population" && $0.value.low == 412_000 })
    #expect(now.time == TimeScope(year: 2022, basis: "published"))
  }
}
