import CrosscheckClaims
import CrosscheckCore
import CrosscheckIngest
import CrosscheckReconcile
import Foundation
import Yams

/// A pipeline built from a YAML file: the ingest options, the per-document stages in order, and the
/// reconciler. Building checks every stage name, option and requirement before any document is read.
public struct Pipeline: Sendable {
  public let name: String
  /// The pipeline file, as given.
  public let file: String
  public let normalizer: ArticleNormalizer
  public let stages: [any Stage]
  public let reconciler: NumericReconciler
  /// The manifest file name looked up in a corpus directory.
  public let manifestName: String

  static let topLevelKeys = ["version", "name", "ingest", "stages", "reconcile"]
  static let ingestOptions = ["max-bytes", "boilerplate", "stopwords", "dates", "manifest"]
  static let reconcileOptions = ["relative-tolerance", "about-width", "large-value", "warned-weight"]

  /// Reads and builds the pipeline at a path.
  public static func load(file: String) throws(PipelineError) -> Pipeline {
    let yaml: String
    do {
      yaml = try String(contentsOfFile: file, encoding: .utf8)
    } catch {
      throw .unreadable(file: file, reason: error.localizedDescription)
    }
    return try Pipeline(yaml: yaml, file: file, baseDirectory: (file as NSString).deletingLastPathComponent)
  }

  /// Builds a pipeline from YAML text; relative paths in options are resolved against `baseDirectory`.
  public init(yaml: String, file: String, baseDirectory: String) throws(PipelineError) {
    let root: [String: Any]
    do {
      guard let loaded = try Yams.load(yaml: yaml) as? [String: Any] else {
        throw PipelineError.invalidYAML(file: file, reason: "the top level must be a mapping with 'stages'")
      }
      root = loaded
    } catch let error as PipelineError {
      throw error
    } catch {
      throw .invalidYAML(file: file, reason: "\(error)")
    }
    for key in root.keys.sorted() where !Pipeline.topLevelKeys.contains(key) {
      throw .unknownKey(file: file, key: key, known: Pipeline.topLevelKeys)
    }
    if let version = root["version"], "\(version)" != "1" {
      throw .invalidOption(file: file, key: "version", reason: "version \(version) is not supported; this build reads version 1")
    }
    let base = baseDirectory.isEmpty ? "." : baseDirectory
    self.file = file
    self.name = (root["name"] as? String) ?? ((file as NSString).lastPathComponent as NSString).deletingPathExtension

    // Ingest.
    let ingest = try Pipeline.options(root["ingest"], file: file, keyPath: "ingest", base: base)
    try ingest.check(known: Pipeline.ingestOptions)
    var ingestOptions = IngestOptions()
    ingestOptions.maxBytes = try ingest.int("max-bytes", default: 50_000_000, in: 1...Int.max)
    if ingest.values["boilerplate"] != nil {
      ingestOptions.boilerplate = BoilerplatePhrases(parsing: try ingest.fileText("boilerplate", default: ""))
    }
    if ingest.values["stopwords"] != nil {
      ingestOptions.stopWords = StopWords(parsing: try ingest.fileText("stopwords", default: ""))
    }
    if ingest.values["dates"] != nil {
      ingestOptions.dateWords = DateWords(parsing: try ingest.fileText("dates", default: ""))
    }
    normalizer = ArticleNormalizer(options: ingestOptions)
    manifestName = ingest.string("manifest", default: "manifest.json")

    // Stages, in order, each after the stages it needs.
    guard let steps = root["stages"] as? [Any], !steps.isEmpty else {
      throw .invalidOption(file: file, key: "stages", reason: "a list of stages is required, e.g. '- use: sentences'")
    }
    var built: [any Stage] = []
    var available: Set<AnnotationKind> = []
    let known = stageFactories.map(\.name)
    for (index, step) in steps.enumerated() {
      let keyPath = "stages[\(index)]"
      guard let mapping = step as? [String: Any], let use = mapping["use"] as? String else {
        throw .invalidOption(file: file, key: keyPath, reason: "each stage needs 'use: NAME' (one of \(known.joined(separator: ", ")))")
      }
      for key in mapping.keys.sorted() where !["use", "with"].contains(key) {
        throw .unknownKey(file: file, key: "\(keyPath).\(key)", known: ["use", "with"])
      }
      guard let factory = stageFactories.first(where: { $0.name == use }) else {
        throw .unknownStage(file: file, key: "\(keyPath).use", name: use, known: known)
      }
      let options = try Pipeline.options(mapping["with"], file: file, keyPath: "\(keyPath).with", base: base)
      let stage = try factory.make(options)
      let missing = stage.requires.subtracting(available)
      if !missing.isEmpty {
        let providers = stageFactories.filter { !$0.produces.isDisjoint(with: missing) }.map(\.name)
        if !steps.contains(where: { (($0 as? [String: Any])?["use"] as? String).map(providers.contains) ?? false }) {
          throw .missingStage(file: file, stage: providers.first ?? "?", neededBy: use)
        }
        throw .unmetRequirement(file: file, stage: use, missing: missing.map(\.rawValue).sorted(), providedBy: providers)
      }
      available.formUnion(stage.produces)
      built.append(stage)
    }
    guard available.contains(.claim) else {
      throw .missingStage(file: file, stage: ClaimExtractor.name, neededBy: "reconcile")
    }
    stages = built

    // Reconciler.
    var reconcileValues: Any? = nil
    if let r = root["reconcile"] as? [String: Any] {
      if let use = r["use"] as? String, use != "numeric" {
        throw .unknownStage(file: file, key: "reconcile.use", name: use, known: ["numeric"])
      }
      reconcileValues = r["with"]
    }
    let r = try Pipeline.options(reconcileValues, file: file, keyPath: "reconcile.with", base: base)
    try r.check(known: Pipeline.reconcileOptions)
    var options = ReconcileOptions()
    options.relativeTolerance = try r.double("relative-tolerance", default: options.relativeTolerance, in: 0...1)
    options.aboutWidth = try r.double("about-width", default: options.aboutWidth, in: 0...1)
    options.largeValue = try r.double("large-value", default: options.largeValue, in: 0...1e12)
    options.warnedDocumentWeight = try r.double("warned-weight", default: options.warnedDocumentWeight, in: 0...1)
    let claimStage = built.compactMap { $0 as? ClaimExtractor }.first
    let fixed = Set(claimStage?.lexicon.attributes.filter { !$0.changesOverTime }.map(\.name) ?? [])
    reconciler = NumericReconciler(options: options, fixedAttributes: fixed)
  }

  static func options(_ value: Any?, file: String, keyPath: String, base: String) throws(PipelineError) -> StageOptions {
    guard let value else { return StageOptions(file: file, keyPath: keyPath, values: [:], baseDirectory: base) }
    guard let mapping = value as? [String: Any] else {
      throw .invalidOption(file: file, key: keyPath, reason: "options must be a mapping of names to values")
    }
    var values: [String: String] = [:]
    for (k, v) in mapping { values[k] = "\(v)" }
    return StageOptions(file: file, keyPath: keyPath, values: values, baseDirectory: base)
  }

  /// Runs the per-document stages on a document that already has its text.
  public func annotate(_ document: Document) throws(StageError) -> Document {
    var d = document
    for stage in stages { d.record(try stage.annotate(d)) }
    // Tokens serve the stages only; no output carries them, and a corpus run holds every document
    // until its report is written.
    if !d.tokens.isEmpty { d.record(Annotations(tokens: [])) }
    return d
  }

  /// Reads and annotates one input. Problems (an error, or warnings on a processed document)
  /// come back as values; nothing is thrown.
  public func process(_ raw: RawArticle) -> (document: Document?, problems: [Problem]) {
    let document: Document
    do {
      document = try normalizer.normalize(raw)
    } catch {
      return (nil, [Problem(file: raw.file, stage: "ingest", severity: .error, error: error.message)])
    }
    let warnings = document.warnings.map { Problem(file: raw.file, stage: "ingest", severity: .warning, error: $0) }
    do {
      return (try annotate(document), warnings)
    } catch {
      return (nil, warnings + [Problem(file: raw.file, stage: error.stage, severity: .error, error: error.reason)])
    }
  }
}

extension Pipeline {
  /// Each attribute's ``Trend``, from the `monotonic` key of the claims stage's attribute lexicon.
  public var attributeTrends: [String: Trend] {
    var trends: [String: Trend] = [:]
    for spec in stages.compactMap({ $0 as? ClaimExtractor }).first?.lexicon.attributes ?? [] {
      if let word = spec.monotonic, let trend = Trend(rawValue: word) { trends[spec.name] = trend }
    }
    return trends
  }
}
