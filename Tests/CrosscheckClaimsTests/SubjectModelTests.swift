import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Foundation
import Testing

/// The subject model: reading its weights, the margin it needs to overrule the rules, and what a
/// claim keeps when its subject is replaced.
@Suite struct SubjectModelTests {
  func extractor(_ model: SubjectModel?) throws -> ClaimExtractor {
    let rules = try #require(defaultPipeline.stages.compactMap { $0 as? ClaimExtractor }.first)
    return ClaimExtractor(lexicon: rules.lexicon, subjects: model)
  }

  func candidate(_ name: String, chosen: Bool = false, _ features: [String]) -> SubjectCandidate {
    SubjectCandidate(
      mention: EntityMention(
        range: TextRange(0, 1), canonical: name, type: .organization, basis: .name),
      chosen: chosen, features: features)
  }

  @Test func readsTheMarginApartFromTheWeights() throws {
    let model = try SubjectModel(parsing: "# weights\nmargin\t0.5\nchosen\t1.25\npos=before\t-0.5\n")
    #expect(model.margin == 0.5)
    #expect(model.weights == ["chosen": 1.25, "pos=before": -0.5])
    #expect(try SubjectModel(parsing: "chosen\t1").margin == 1)
  }

  @Test(arguments: ["chosen 1", "chosen\tmany", "chosen\t1\nchosen\t2", "margin\t1\nmargin\t2"])
  func rejectsAMalformedWeightsFile(_ text: String) {
    #expect(throws: ClaimConfidence.ParseError.self) { try SubjectModel(parsing: text) }
  }

  @Test func keepsTheRulesChoiceUnlessAnotherWinsByTheMargin() {
    let model = SubjectModel(margin: 1, weights: ["chosen": 1, "lede": 1.5, "fit=first": 1])
    let rules = candidate("Kessby", chosen: true, ["chosen"])
    #expect(model.choice(among: [rules, candidate("Orm Club", ["lede"])]) == 0)
    #expect(model.choice(among: [rules, candidate("Orm Club", ["lede", "fit=first"])]) == 1)
    // Of two that score alike, the one met first.
    let twins = [rules, candidate("A", ["lede", "fit=first"]), candidate("B", ["fit=first", "lede"])]
    #expect(model.choice(among: twins) == 1)
    #expect(model.choice(among: [rules]) == 0)
  }

  @Test func replacesTheSubjectAndSaysWhichItScoredOver() throws {
    let document = try annotated(
      "The Tessel Rowing Club held its annual meeting on Friday. Kessby Council employs 40 people.")
    let plain = try extractor(nil).claims(in: document)
    #expect(subjects(plain, "workforce") == ["Kessby Council"])
    // A model that prefers a name from the sentence before.
    let model = SubjectModel(margin: 1, weights: ["pos=back1": 5])
    let moved = try extractor(model).claims(in: document).filter { $0.attribute == "workforce" }
    #expect(moved.map(\.subject.name) == ["Tessel Rowing Club"])
    #expect(moved.first?.subject.basis == "context")
    #expect(moved.first?.warnings.contains("subject: Tessel Rowing Club scored over Kessby Council") == true)
    #expect(moved.first.map { String(document.text.slice($0.subject.range!)) } == "Tessel Rowing Club")
    #expect(moved.first?.span == plain.first { $0.attribute == "workforce" }?.span)
  }

  @Test func offersTheRulesChoiceFirstAndEveryNearbyNameOnce() throws {
    let document = try annotated(
      "Varnby lies on the Orm. The Tessel Rowing Club, based in Varnby, has 310 members.")
    let choices = try extractor(nil).subjectChoices(in: document)
    let members = try #require(choices.first { $0.claim.attribute == "member_count" })
    #expect(members.candidates.first?.chosen == true)
    #expect(members.candidates.first?.mention.canonical == "Tessel Rowing Club")
    let names = members.candidates.map(\.mention.canonical)
    #expect(Set(names).count == names.count)
    #expect(names.contains("Varnby"))
    let varnby = try #require(members.candidates.first { $0.mention.canonical == "Varnby" })
    #expect(varnby.features.contains("prep=in"))
    #expect(varnby.features.contains("pos=before"))
  }
}

/// The claims stage's `subjects` option.
@Suite struct SubjectModelOptionTests {
  @Test func readsTheShippedModelAndRejectsAnUnreadableOne() throws {
    let pipeline = try ClaimConfidenceTests.pipeline("subjects: lexicons/subject-weights.tsv")
    let stage = try #require(pipeline.stages.compactMap { $0 as? ClaimExtractor }.first)
    #expect(stage.subjects?.margin ?? 0 > 0)
    #expect(stage.subjects?.weights.isEmpty == false)
    #expect(throws: PipelineError.self) {
      try ClaimConfidenceTests.pipeline("subjects: lexicons/attributes.yml")
    }
    #expect(throws: PipelineError.self) {
      try ClaimConfidenceTests.pipeline("subjects: lexicons/no-such-file.tsv")
    }
    let none = try ClaimConfidenceTests.pipeline("attributes: lexicons/attributes.yml")
    #expect(none.stages.compactMap { $0 as? ClaimExtractor }.first?.subjects == nil)
  }
}
