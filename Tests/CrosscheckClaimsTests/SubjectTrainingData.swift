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
    let extractor = try #require(defaultPipeline.stages.compactMap { $0 as? ClaimExtractor }.first)
    var rows: [String] = []
    let articles = try ClaimConfidenceTrainingData.articles(in: folder ?? LabelledClaimsTests.set(name))
    for (file, document, mine) in articles {
      let choices = extractor.subjectChoices(in: document)
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
    let extra = ClaimConfidenceTrainingData.extraSets("CROSSCHECK_SUBJECT_EXTRA")
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
