import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Foundation
import Testing

/// The rows `Benchmarks/train-confidence.py` fits the claim-confidence weights on: every claim
/// the rules read in the labelled sets tuned on (all but the
/// never-tuned HeldOut72-74), whatever its confidence, with its features and the
/// labels it matches.
///
/// Run `CROSSCHECK_CONFIDENCE_DATA=/tmp/conf swift test --filter ClaimConfidenceTrainingData` to
/// write `claims.tsv` (set, file, claim index, matching label indices, confidence, features),
/// `labels.tsv` (set, file, label index, hard) and `texts.tsv` (set, file, claim index, subject,
/// attribute, low value, via, mention, sentence; to read the false claims by) to that folder. The
/// script redoes the scorer's matching (each label takes the first unused claim that matches it)
/// for any threshold. `CROSSCHECK_CONFIDENCE_EXTRA=name=/folder,name2=/folder2` adds sets kept
/// outside the repository under the names given: a set written but not yet tuned on, whose claims
/// are the rules' first sight of new text (name it `HeldOut26@first`; the script keeps every
/// `X@...` with `X` when it leaves a set out).
@Suite struct ClaimConfidenceTrainingData {
  static let sets = [
    "Labelled", "HeldOut", "HeldOut2", "HeldOut3", "HeldOut4", "HeldOut5", "HeldOut6", "HeldOut7",
    "HeldOut8", "HeldOut9", "HeldOut10", "HeldOut11", "HeldOut12", "HeldOut13", "HeldOut14",
    "HeldOut15", "HeldOut16", "HeldOut17", "HeldOut18", "HeldOut19", "HeldOut20", "HeldOut21",
    "HeldOut22", "HeldOut23", "HeldOut24", "HeldOut25", "HeldOut26", "HeldOut27", "HeldOut28",
    "HeldOut29", "HeldOut30", "HeldOut31", "HeldOut32", "HeldOut33", "HeldOut34", "HeldOut35",
    "HeldOut36", "HeldOut37", "HeldOut38", "HeldOut39", "HeldOut40", "HeldOut41",
    "HeldOut42", "HeldOut43", "HeldOut44", "HeldOut45", "HeldOut46", "HeldOut47",
    "HeldOut48", "HeldOut49", "HeldOut50", "HeldOut51", "HeldOut52", "HeldOut53",
    "HeldOut54", "HeldOut55", "HeldOut56", "HeldOut57", "HeldOut58", "HeldOut59",
    "HeldOut60", "HeldOut61", "HeldOut62", "HeldOut63", "HeldOut64", "HeldOut65",
    "HeldOut66", "HeldOut67", "HeldOut68", "HeldOut69", "HeldOut70", "HeldOut71",
  ]

  struct Rows {
    var claims: [String] = []
    var labels: [String] = []
    var texts: [String] = []
    /// Claims that match a label under the scorer's greedy matching, at threshold 0.
    var correct = 0
  }

  /// Each article of a labelled set annotated by the default pipeline, with its labels.
  static func articles(in folder: URL) throws -> [(file: String, document: Document, labels: [ClaimLabel])] {
    let labels = ClaimLabel.parse(
      try String(contentsOf: folder.appendingPathComponent("labels.tsv"), encoding: .utf8))
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
    return try files.map { file in
      let document = try ClaimEvaluation.document(
        file: file,
        text: try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8))
      return (file, try defaultPipeline.annotate(document), labels.filter { $0.file == file })
    }
  }

  /// The sets named in an environment variable as `name=/folder,name2=/folder2`.
  static func extraSets(_ variable: String) -> [(String, URL?)] {
    (ProcessInfo.processInfo.environment[variable] ?? "").split(separator: ",").compactMap { pair in
      let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
      return parts.count == 2 ? (parts[0], URL(fileURLWithPath: parts[1])) : nil
    }
  }

  static func rows(_ name: String, in folder: URL? = nil) throws -> Rows {
    let extractor = try #require(defaultPipeline.stages.compactMap { $0 as? ClaimExtractor }.first)
    var rows = Rows()
    for (file, document, mine) in try articles(in: folder ?? LabelledClaimsTests.set(name)) {
      // The pipeline's claims are already thresholded; read them again, all of them.
      let readings = extractor.readings(in: document)
      var used = Array(repeating: false, count: readings.count)
      for (k, label) in mine.enumerated() {
        rows.labels.append("\(name)\t\(file)\t\(k)\t\(label.hard ? 1 : 0)")
        if let hit = readings.indices.first(where: {
          !used[$0] && label.matches(readings[$0].claim)
        }) {
          used[hit] = true
        }
      }
      rows.correct += used.filter { $0 }.count
      for (i, reading) in readings.enumerated() {
        let matches = mine.indices.filter { mine[$0].matches(reading.claim) }
        let confidence = reading.claim.confidence.map { String($0) } ?? ""
        rows.claims.append(
          "\(name)\t\(file)\t\(i)\t\(matches.map(String.init).joined(separator: ","))\t\(confidence)\t"
            + reading.features.joined(separator: " "))
        let c = reading.claim
        let sentence = document.text.slice(c.sentence).replacingOccurrences(of: "\n", with: " ")
        rows.texts.append(
          [
            name, file, String(i), c.subject.name, c.attribute, c.value.low.map { "\($0)" } ?? "",
            c.subject.via ?? "", c.subject.mention, sentence,
          ].joined(separator: "\t"))
      }
    }
    return rows
  }

  @Test func givesEveryClaimOfTheLabelledSetsItsFeaturesAndLabels() throws {
    var all = Rows()
    let environment = ProcessInfo.processInfo.environment
    let extra = Self.extraSets("CROSSCHECK_CONFIDENCE_EXTRA")
    for (name, folder) in Self.sets.map({ ($0, URL?.none) }) + extra {
      let rows = try Self.rows(name, in: folder)
      all.claims += rows.claims
      all.labels += rows.labels
      all.texts += rows.texts
      all.correct += rows.correct
    }
    // Every claim has its rule, basis, attribute and position features at least.
    for row in all.claims {
      let features = row.split(separator: "\t").last?.split(separator: " ") ?? []
      #expect(features.count >= 10, "\(row)")
      #expect(features.contains { $0.hasPrefix("rule=") })
    }
    #expect(all.labels.count >= 1_000)
    #expect(all.correct > all.claims.count / 2)
    guard let folder = environment["CROSSCHECK_CONFIDENCE_DATA"] else {
      return
    }
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let header = "set\tfile\tclaim\tmatches\tconfidence\tfeatures\n"
    try (header + all.claims.joined(separator: "\n") + "\n")
      .write(toFile: folder + "/claims.tsv", atomically: true, encoding: .utf8)
    try ("set\tfile\tlabel\thard\n" + all.labels.joined(separator: "\n") + "\n")
      .write(toFile: folder + "/labels.tsv", atomically: true, encoding: .utf8)
    try (all.texts.joined(separator: "\n") + "\n")
      .write(toFile: folder + "/texts.tsv", atomically: true, encoding: .utf8)
  }
}
