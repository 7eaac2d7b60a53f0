import CrosscheckClaims
import CrosscheckCore
import CrosscheckTagging
import CrosscheckText
import Foundation
import Yams

/// How to build one stage from its options.
public struct StageFactory: Sendable {
  public let name: String
  public let options: [String]
  public let produces: Set<AnnotationKind>
  let make: @Sendable (StageOptions) throws(PipelineError) -> any Stage
}

/// Every stage the tool knows, by the name pipelines use. To add a stage, add an entry here.
public let stageFactories: [StageFactory] = [
  StageFactory(name: SentenceSplitter.name, options: ["abbreviations"], produces: [.sentence, .token]) {
    options throws(PipelineError) in
    try options.check(known: ["abbreviations"])
    let text = try options.fileText("abbreviations", default: "lexicons/abbreviations.txt")
    return SentenceSplitter(abbreviations: AbbreviationList(parsing: text))
  },
  StageFactory(name: EntityTagger.name, options: ["gazetteer", "extra"], produces: [.entity]) {
    options throws(PipelineError) in
    try options.check(known: ["gazetteer", "extra"])
    var file: GazetteerFile = try decodeYAML(options, "gazetteer", default: "lexicons/gazetteer.yml")
    if options.values["extra"] != nil {
      let extra: GazetteerFile = try decodeYAML(options, "extra", default: "")
      file = file.merged(with: extra)
    }
    return EntityTagger(gazetteer: Gazetteer(file))
  },
  StageFactory(name: QuantityTagger.name, options: ["units"], produces: [.quantity]) {
    options throws(PipelineError) in
    try options.check(known: ["units"])
    let text = try options.fileText("units", default: "lexicons/units.txt")
    do {
      return QuantityTagger(units: try UnitLexicon(parsing: text))
    } catch {
      throw .invalidOption(file: options.file, key: "\(options.keyPath).units", reason: "\(error)")
    }
  },
  StageFactory(
    name: ClaimExtractor.name, options: ["attributes", "confidence", "min-confidence", "subjects"],
    produces: [.claim]
  ) {
    options throws(PipelineError) in
    try options.check(known: ["attributes", "confidence", "min-confidence", "subjects"])
    let lexicon: AttributeLexicon = try decodeYAML(options, "attributes", default: "lexicons/attributes.yml")
    let subjects = try options.values["subjects"] == nil
      ? nil : parseWeights(options, "subjects", SubjectModel.init(parsing:))
    guard options.values["confidence"] != nil else {
      if options.values["min-confidence"] != nil {
        throw .invalidOption(
          file: options.file, key: "\(options.keyPath).min-confidence",
          reason: "a threshold needs a model: add 'confidence: lexicons/claim-confidence.tsv'")
      }
      return ClaimExtractor(lexicon: lexicon, subjects: subjects)
    }
    let model = try parseWeights(options, "confidence", ClaimConfidence.init(parsing:))
    let threshold = try options.double(
      "min-confidence", default: ClaimExtractor.defaultMinimumConfidence, in: 0...1)
    return ClaimExtractor(
      lexicon: lexicon, confidence: model, minimumConfidence: threshold, subjects: subjects)
  },
]

/// Reads a weights file (`feature<TAB>weight` lines) named by a file option.
func parseWeights<T>(
  _ options: StageOptions, _ key: String,
  _ parse: (String) throws(ClaimConfidence.ParseError) -> T
) throws(PipelineError) -> T {
  let text = try options.fileText(key, default: "")
  do {
    return try parse(text)
  } catch {
    throw .invalidOption(
      file: options.file, key: "\(options.keyPath).\(key)",
      reason: "cannot read '\(options.path(key, default: ""))': \(error)")
  }
}

/// Decodes a YAML lexicon named by a file option.
func decodeYAML<T: Decodable>(_ options: StageOptions, _ key: String, default value: String) throws(PipelineError) -> T {
  let text = try options.fileText(key, default: value)
  do {
    return try YAMLDecoder().decode(T.self, from: text)
  } catch {
    throw .invalidOption(file: options.file, key: "\(options.keyPath).\(key)", reason: "cannot read '\(options.path(key, default: value))': \(error)")
  }
}
