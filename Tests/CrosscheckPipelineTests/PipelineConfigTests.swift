import CrosscheckPipeline
import Foundation
import Testing

@Suite struct PipelineConfigTests {
  @Test func buildsTheDefaultPipelineWithItsStagesInOrder() throws {
    let pipeline = try Pipeline.load(file: repositoryRoot.appendingPathComponent("Pipelines/default.yml").path)
    #expect(pipeline.name == "default")
    #expect(pipeline.stages.map(\.name) == ["sentences", "entities", "numbers", "claims"])
  }

  @Test func rejectsAnUnknownStageNamingTheKeyAndTheKnownStages() {
    let yaml = pipelineYAML(stages: "  - use: sentense\n")
    #expect(throws: PipelineError.unknownStage(
      file: "p.yml", key: "stages[0].use", name: "sentense", known: ["sentences", "entities", "numbers", "claims"])) {
      try Pipeline(yaml: yaml, file: "p.yml", baseDirectory: lexicons)
    }
  }

  @Test func rejectsAPipelineWithoutARequiredStage() {
    let yaml = pipelineYAML(stages: """
        - use: sentences
        - use: entities
        - use: claims
      """)
    #expect(throws: PipelineError.missingStage(file: "p.yml", stage: "numbers", neededBy: "claims")) {
      try Pipeline(yaml: yaml, file: "p.yml", baseDirectory: lexicons)
    }
  }

  @Test func rejectsAStageBeforeTheStagesItNeeds() {
    let yaml = pipelineYAML(stages: """
        - use: entities
        - use: sentences
        - use: numbers
        - use: claims
      """)
    #expect(throws: PipelineError.unmetRequirement(file: "p.yml", stage: "entities", missing: ["sentence"], providedBy: ["sentences"])) {
      try Pipeline(yaml: yaml, file: "p.yml", baseDirectory: lexicons)
    }
  }

  @Test func rejectsABadOptionValueAndAnUnknownOption() {
    #expect(throws: PipelineError.invalidOption(
      file: "p.yml", key: "reconcile.with.relative-tolerance", reason: "'lots' is not a number from 0.0 to 1.0")) {
      try Pipeline(yaml: pipelineYAML(extra: "reconcile: { use: numeric, with: { relative-tolerance: lots } }"), file: "p.yml", baseDirectory: lexicons)
    }
    #expect(throws: PipelineError.unknownOption(file: "p.yml", key: "stages[0].with.colour", known: ["abbreviations"])) {
      try Pipeline(yaml: pipelineYAML(stages: "  - use: sentences\n    with: { colour: red }\n"), file: "p.yml", baseDirectory: lexicons)
    }
  }

  @Test func rejectsAnUnknownTopLevelKey() {
    #expect(throws: PipelineError.unknownKey(file: "p.yml", key: "stage", known: ["version", "name", "ingest", "stages", "reconcile"])) {
      try Pipeline(yaml: "stage:\n  - use: sentences\n", file: "p.yml", baseDirectory: lexicons)
    }
  }

  @Test func rejectsALexiconFileThatIsMissing() {
    let yaml = pipelineYAML(stages: "  - use: sentences\n    with: { abbreviations: nowhere.txt }\n")
    #expect(throws: PipelineError.self) { try Pipeline(yaml: yaml, file: "p.yml", baseDirectory: lexicons) }
  }

  @Test func mergesAUserGazetteerGivenInThePipelineFile() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cc-gaz-\(ProcessInfo.processInfo.processIdentifier)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let extra = dir.appendingPathComponent("extra.yml")
    try "organizations:\n  - { name: Quillon Freight, short: [QF], kinds: [company] }\n".write(to: extra, atomically: true, encoding: .utf8)
    let yaml = pipelineYAML(stages: """
        - use: sentences
        - use: entities
          with: { extra: \(extra.path) }
        - use: numbers
        - use: claims
      """)
    let pipeline = try Pipeline(yaml: yaml, file: "p.yml", baseDirectory: repositoryRoot.appendingPathComponent("Pipelines").path)
    let doc = try pipeline.annotate(StreamFilters.document(id: "x", text: "Analysts said QF employs 900 people."))
    #expect(doc.entities.contains { $0.canonical == "Quillon Freight" })
    #expect(doc.claims.first?.subject.name == "Quillon Freight")
  }
}
