import Foundation

/// The repository root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The lexicon directory the test pipelines point at.
let lexicons = repositoryRoot.appendingPathComponent("Pipelines").path

/// The fixture corpus, from the test bundle.
let fixtureCorpus = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/corpus").path

/// A pipeline file's text with the default stages, in which `replace` may swap parts.
func pipelineYAML(stages: String? = nil, extra: String = "") -> String {
  """
  version: 1
  name: test
  stages:
  \(stages ?? """
    - use: sentences
      with: { abbreviations: lexicons/abbreviations.txt }
    - use: entities
      with: { gazetteer: lexicons/gazetteer.yml }
    - use: numbers
      with: { units: lexicons/units.txt }
    - use: claims
      with: { attributes: lexicons/attributes.yml }
  """)
  \(extra)
  """
}
