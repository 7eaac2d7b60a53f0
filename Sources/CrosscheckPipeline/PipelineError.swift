import CrosscheckCore

/// Why a pipeline could not be built. Any of these stops a run before a document is read.
public enum PipelineError: Error, Equatable, CustomStringConvertible {
  case unreadable(file: String, reason: String)
  case invalidYAML(file: String, reason: String)
  case unknownKey(file: String, key: String, known: [String])
  case unknownStage(file: String, key: String, name: String, known: [String])
  case missingStage(file: String, stage: String, neededBy: String)
  case unmetRequirement(file: String, stage: String, missing: [String], providedBy: [String])
  case invalidOption(file: String, key: String, reason: String)
  case unknownOption(file: String, key: String, known: [String])

  public var description: String {
    switch self {
    case .unreadable(let file, let reason):
      "\(file): cannot read the pipeline: \(reason)"
    case .invalidYAML(let file, let reason):
      "\(file): not a valid pipeline file: \(reason)"
    case .unknownKey(let file, let key, let known):
      "\(file): unknown key '\(key)'; known keys: \(known.joined(separator: ", "))"
    case .unknownStage(let file, let key, let name, let known):
      "\(file): \(key): unknown stage '\(name)'; known stages: \(known.joined(separator: ", "))"
    case .missingStage(let file, let stage, let neededBy):
      "\(file): stages: the required stage '\(stage)' is missing (\(neededBy) needs it)"
    case .unmetRequirement(let file, let stage, let missing, let providers):
      "\(file): stages: '\(stage)' needs \(missing.joined(separator: ", ")) from an earlier stage "
        + "(\(providers.joined(separator: ", "))); put it after them"
    case .invalidOption(let file, let key, let reason):
      "\(file): \(key): \(reason)"
    case .unknownOption(let file, let key, let known):
      "\(file): \(key): unknown option; known options: \(known.isEmpty ? "none" : known.joined(separator: ", "))"
    }
  }
}
