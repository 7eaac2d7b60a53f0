import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Foundation
import Testing

/// The rows `Benchmarks/train-subjects.py` fits the subject model on: for every claim the rules
/// read in the labelled sets whose attribute, value and year some label states, each entity that
/// could be its subject, with its features and whether a label names it.
///
/// Run `CROSSCHECK_SUBJECT_DATA=/tmp/subjects swift test --filter SubjectTrainingData` to write
/// `candidates.tsv` (set, file, claim index, candidate index, chosen, right, name, features).
/// `CROSSCHECK_SUBJECT_EXTRA=name=/folder,...` adds sets kept outside the repository.
@Suite struct SubjectTrainingData {
  static let sets = ClaimConfidenceTrainingData.sets

  static func rows(_ name: String, in folder: URL? = nil) throws -> [String] {
    let folder = folder ?? LabelledClaimsTests.set(name)
    let extractor = try #require(defaultPipeline.stages.compactMap { $0 as? ClaimExtractor }.first)
    let labels = ClaimLabel.parse(
      try String(contentsOf: folder.appendingPathComponent("labels.tsv"), encoding: .utf8))
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
    var rows: [String] = []
    for file in files {
      let article = LabelledArticle(
        file: file,
        text: try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8))
      var metadata = DocumentMetadata()
      metadata.title = article.title
      metadata.published = article.published
      metadata.publishedBasis = "meta"
      let document = StreamFilters.document(id: file, text: article.body, metadata: metadata)
      let mine = labels.filter { $0.file == file }
      let choices = extractor.subjectChoices(in: try defaultPipeline.annotate(document))
      for (i, choice) in choices.enumerated() {
        func stated(by subject: String) -> Bool {
          var claim = choice.claim
          claim.subject.name = subject
          return mine.contains { $0.matches(claim) }
        }
        // A claim no label states under any subject is no claim: its subject teaches nothing.
        guard mine.contains(where: { stated(by: $0.subject) }) else { continue }
        for (k, candidate) in choice.candidates.enumerated() {
          rows.append(
            [
              name, file, String(i), String(k), candidate.chosen ? "1" : "0",
              stated(by: candidate.mention.canonical) ? "1" : "0", candidate.mention.canonical,
              candidate.features.joined(separator: " "),
            ].joined(separator: "\t"))
        }
      }
    }
    return rows
  }

  @Test func givesEveryStatedClaimItsCandidateSubjects() throws {
    let environment = ProcessInfo.processInfo.environment
    let extra: [(String, URL?)] = (environment["CROSSCHECK_SUBJECT_EXTRA"] ?? "")
      .split(separator: ",").compactMap { pair in
        let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
        return parts.count == 2 ? (parts[0], URL(fileURLWithPath: parts[1])) : nil
      }
    var all: [String] = []
    for (name, folder) in Self.sets.map({ ($0, URL?.none) }) + extra {
      all += try Self.rows(name, in: folder)
    }
    // Every claim's first candidate is the rules' choice, and most choices are right.
    let first = all.filter { $0.split(separator: "\t")[3] == "0" }
    #expect(first.allSatisfy { $0.split(separator: "\t")[4] == "1" })
    #expect(first.filter { $0.split(separator: "\t")[5] == "1" }.count > first.count * 3 / 4)
    guard let folder = environment["CROSSCHECK_SUBJECT_DATA"] else { return }
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let header = "set\tfile\tclaim\tcandidate\tchosen\tright\tname\tfeatures\n"
    try (header + all.joined(separator: "\n") + "\n")
      .write(toFile: folder + "/candidates.tsv", atomically: true, encoding: .utf8)
  }
}
