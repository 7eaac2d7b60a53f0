import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import CrosscheckReconcile
import Foundation
import Testing

/// One hand-labelled pair of claims from `Fixtures/verdicts/pairs.jsonl`: two articles, the value
/// each states, what each value is truly about, and how the two values truly relate.
struct LabelledVerdictPair: Decodable, Sendable, CustomStringConvertible {
  var id: String
  var a: String
  var b: String
  /// The canonical subject and attribute of the value in `a` (and of `b`, unless `subjectB` or
  /// `attributeB` says otherwise, as for an unrelated pair).
  var subject: String
  var attribute: String
  var subjectB: String?
  var attributeB: String?
  /// A number ("352400") or a range ("5000-5500"), as the claim's low and high read it.
  var valueA: String
  var valueB: String
  /// The year each value holds for; `nil` for a value that cannot change (a founding year).
  var yearA: Int?
  var yearB: Int?
  /// `contradiction`, `time_explained`, `compatible` or `unrelated`.
  var label: String
  var why: String

  enum CodingKeys: String, CodingKey {
    case id, a, b, subject, attribute, label, why
    case subjectB = "subject_b"
    case attributeB = "attribute_b"
    case valueA = "value_a"
    case valueB = "value_b"
    case yearA = "year_a"
    case yearB = "year_b"
  }

  var description: String { "\(id) \(a) \(valueA) / \(b) \(valueB) [\(label)]: \(why)" }
}

/// What the run made of one labelled pair.
struct VerdictOutcome {
  var pair: LabelledVerdictPair
  /// The verdict bucket compared with the label; `nil` when a claim was not extracted.
  var predicted: String?
  var detail: String
  /// How the two claims differ from what the labels say they are about (`extraction: ...`);
  /// `nil` when both were read as labelled.
  var misreading: String?

  /// Where a wrong verdict comes from: the extraction, or a reconcile rule when both claims were
  /// read as labelled.
  var cause: String? { correct ? nil : misreading ?? "reconcile rule" }

  var correct: Bool { predicted == pair.label }
}

/// Verdict accuracy of the default pipeline on articles written for it (issue 6, quality).
///
/// The articles under `Fixtures/verdicts/articles` are fictional news about subjects that are not
/// in the seed corpus (an economic union, a city, a company, a UN mission, a river commission, a
/// rugby league), dated by their datelines. Each labelled pair names two articles and the value
/// each states; the test finds the claims with those values in those documents and reads the
/// verdict the reconciler gave the two claims:
/// - a conflict pair between them gives its verdict (`agreement` counts as `compatible`: the two
///   values can both be true);
/// - two claims the reconciler grouped together with equal values (never paired) are `compatible`;
/// - two claims in different groups (subject, attribute or qualifier differ) were never set
///   against each other: `unrelated`;
/// - a value with no claim in its document is `not extracted`, and counts as wrong.
///
/// When several claims of a document carry the value, the pairing the reconciler compared wins,
/// and among several compared pairings the most severe verdict, so that a false contradiction is
/// never hidden.
@Suite struct VerdictEvaluationTests {
  static let directory = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/verdicts")
  static let labels = ["contradiction", "time_explained", "compatible", "unrelated"]

  /// Articles and pairs written after the claim rules were tuned on `Fixtures/verdicts`, in other
  /// domains and other phrasings, and never used to tune anything: the honest measure.
  static let heldOut = Bundle.module.resourceURL!.appendingPathComponent(
    "Fixtures/verdicts-heldout")

  static func loadPairs(from directory: URL = directory) throws -> [LabelledVerdictPair] {
    let data = try Data(contentsOf: directory.appendingPathComponent("pairs.jsonl"))
    let decoder = JSONDecoder()
    return try String(decoding: data, as: UTF8.self).split(separator: "\n").map {
      try decoder.decode(LabelledVerdictPair.self, from: Data($0.utf8))
    }
  }

  @Test func labelsCoverFourVerdictsAcrossFiveSubjects() throws {
    try Self.checkLabels(Self.directory, perLabel: 6)
  }

  /// Checks a set's labels: at least 40 pairs with unique ids, `perLabel` of each verdict, five
  /// subjects or more and none of the `earlier` sets' subjects, at least `articles` articles
  /// (none of them an earlier set's file when `newFiles`), every pair's files present and every
  /// value readable.
  static func checkLabels(
    _ folder: URL, perLabel: Int, articles minimum: Int = 0, earlier: [URL] = [],
    newFiles: Bool = false
  ) throws {
    let pairs = try loadPairs(from: folder)
    #expect(pairs.count >= 40)
    #expect(Set(pairs.map(\.id)).count == pairs.count)
    for label in labels { #expect(pairs.filter { $0.label == label }.count >= perLabel, "\(label)") }
    #expect(Set(pairs.map(\.label)).isSubset(of: labels))
    let subjects = Set(pairs.map(\.subject))
    #expect(subjects.count >= 5)
    // Held out means new: no subject (and, with `newFiles`, no article) of an earlier set comes back.
    for set in earlier {
      #expect(subjects.isDisjoint(with: try loadPairs(from: set).map(\.subject)))
    }
    func articleFiles(_ set: URL) throws -> [String] {
      try FileManager.default.contentsOfDirectory(atPath: set.appendingPathComponent("articles").path)
        .filter { $0.hasSuffix(".txt") }
    }
    let files = try articleFiles(folder)
    #expect(files.count >= minimum)
    if newFiles {
      for set in earlier { #expect(Set(files).isDisjoint(with: try articleFiles(set))) }
    }
    for pair in pairs {
      for file in [pair.a, pair.b] { #expect(files.contains(file), "\(pair.id): \(file)") }
      for value in [pair.valueA, pair.valueB] {
        #expect(bounds(value) != nil, "\(pair.id): \(value)")
      }
    }
  }

  @Test func defaultPipelineGivesTheLabelledVerdicts() async throws {
    // A floor just below the measured 51/51 (1.000): a change that loses a verdict fails here.
    // Every miss measured so far came from the extraction (see the printed causes).
    let outcomes = try await Self.evaluate(Self.directory, name: "", floor: 0.99)
    // Claims read as labelled (subject, attribute, year) must get the labelled verdict: a miss
    // there is a reconcile rule's fault.
    let ruleMisses = outcomes.filter { !$0.correct && $0.misreading == nil }
    #expect(ruleMisses.isEmpty, "\(ruleMisses.map(\.pair.id))")
  }

  /// Runs the default pipeline over `folder`'s articles, prints the evaluation, and checks the
  /// accuracy floor and that no unrelated pair is called a contradiction.
  static func evaluate(_ folder: URL, name: String, floor: Double) async throws -> [VerdictOutcome] {
    let pairs = try loadPairs(from: folder)
    let pipeline = try Pipeline.load(file: "Pipelines/default.yml".relativeToRoot)
    let corpus = folder.appendingPathComponent("articles").path
    let result = try await CorpusRun(pipeline: pipeline).run(corpus: corpus)
    #expect(result.problems.filter { $0.severity == .error }.isEmpty)
    let known = Set(
      pipeline.stages.compactMap { $0 as? ClaimExtractor }.first?.lexicon.attributes.map(\.name)
        ?? [])
    let outcomes = pairs.map { outcome(of: $0, in: result, attributes: known) }
    let correct = outcomes.filter(\.correct).count
    print(name + report(outcomes, documents: result.documents.count))
    #expect(accuracy(outcomes) >= floor, "\(name)verdict accuracy \(correct)/\(outcomes.count)")
    let falseContradictions = outcomes.filter {
      $0.pair.label == "unrelated" && $0.predicted == "contradiction"
    }
    #expect(falseContradictions.isEmpty, "\(falseContradictions.map(\.pair.id))")
    return outcomes
  }

  @Test func heldOutLabelsCoverFourVerdictsAcrossNewSubjects() throws {
    try Self.checkLabels(
      Self.heldOut, perLabel: 8, articles: 24, earlier: [Self.directory], newFiles: true)
  }

  /// The same measure on the second set. It was held out until its first run (0.43); its misses
  /// were then used for development, which spent it: the next honest figure needs articles nobody
  /// has read.
  @Test func defaultPipelineOnHeldOutArticles() async throws {
    _ = try await Self.evaluate(Self.heldOut, name: "held-out ", floor: Self.heldOutFloor)
  }

  /// The first measure, 22/51 (0.431), was taken before any rule was changed for these articles.
  /// All 29 misses came from the extraction (19/19 pairs read as labelled were right): 23 values
  /// not read at all, 6 read with another subject. After that honest run the set was used for
  /// development (general rules with tests of their own: head phrases, references, area units,
  /// fronted measures, headline short names, ...), so it is no longer held out: 48/51 (0.941)
  /// after it, and this floor is just below that.
  static let heldOutFloor = 0.97

  /// Articles and pairs written after every rule so far, on subjects neither earlier set has (an
  /// airport, a building society, a cycling federation, an island, a distillery, a teachers'
  /// association), labelled by what is true and scored once: the honest figure.
  static let unseen = Bundle.module.resourceURL!.appendingPathComponent(
    "Fixtures/verdicts-unseen")

  @Test func unseenLabelsCoverFourVerdictsAcrossNewSubjects() throws {
    try Self.checkLabels(Self.unseen, perLabel: 8, articles: 20, earlier: [Self.directory, Self.heldOut])
  }

  @Test func defaultPipelineOnUnseenArticles() async throws {
    _ = try await Self.evaluate(Self.unseen, name: "unseen ", floor: Self.unseenFloor)
  }

  /// Just under the one honest measure, taken before anyone read the misses: 35/42 (0.833), no
  /// unrelated pair called a contradiction. All 7 misses came from the extraction (27/27 pairs
  /// read as labelled were right): 3 values not read, 3 subjects named differently across
  /// articles ("LTA" / "Association"), 1 year carried over from a conjoined clause. Those misses
  /// were then fixed by general rules (42/42 after), which spent the set; the floor is just below.
  static let unseenFloor = 0.97

  /// The verdict bucket the run gives one labelled pair. `attributes` are those the pipeline
  /// reads: a value labelled with another attribute ("two observer states") is rightly not
  /// extracted, and its pair is then never compared.
  static func outcome(
    of pair: LabelledVerdictPair, in result: RunResult, attributes: Set<String>
  ) -> VerdictOutcome {
    func claims(_ file: String, _ value: String) -> [Claim] {
      guard let bounds = bounds(value),
        let document = result.documents.first(where: { $0.file == file })
      else { return [] }
      return document.claims.filter { matches($0.value, bounds) }
    }
    let left = claims(pair.a, pair.valueA)
    let right = claims(pair.b, pair.valueB)
    var missing: [String] = []
    if left.isEmpty { missing.append("\(pair.valueA) in \(pair.a)") }
    if right.isEmpty { missing.append("\(pair.valueB) in \(pair.b)") }
    if right.isEmpty, !left.isEmpty, pair.label == "unrelated", let other = pair.attributeB,
      !attributes.contains(other)
    {
      let detail =
        "never compared: \(pair.valueB) in \(pair.b) is rightly no claim (\(other) is not read)"
      return VerdictOutcome(pair: pair, predicted: "unrelated", detail: detail)
    }
    guard missing.isEmpty else {
      let detail = "not extracted: " + missing.joined(separator: ", ")
      return VerdictOutcome(
        pair: pair, predicted: nil, detail: detail, misreading: "extraction: not extracted")
    }
    var conflicts: [Set<String>: ConflictPair] = [:]
    for c in result.conflicts { conflicts[[c.a, c.b]] = c }

    var compared: (conflict: ConflictPair, x: Claim, y: Claim)?
    var grouped: (Claim, Claim)?
    for x in left {
      for y in right where x.id != y.id {
        if let conflict = conflicts[[x.id, y.id]] {
          if conflict.verdict > (compared?.conflict.verdict ?? .unrelated) || compared == nil {
            compared = (conflict, x, y)
          }
        } else if grouped == nil, sameGroup(x, y) {
          grouped = (x, y)
        }
      }
    }
    var outcome: VerdictOutcome
    let x: Claim
    let y: Claim
    if let (conflict, cx, cy) = compared {
      let bucket = conflict.verdict == .agreement ? "compatible" : conflict.verdict.rawValue
      outcome = VerdictOutcome(
        pair: pair, predicted: bucket, detail: "\(conflict.verdict.rawValue): \(conflict.reason)")
      (x, y) = (cx, cy)
    } else if let (gx, gy) = grouped {
      outcome = VerdictOutcome(
        pair: pair, predicted: "compatible", detail: "same group, equal values")
      (x, y) = (gx, gy)
    } else {
      x = left.first { $0.attribute == pair.attribute } ?? left[0]
      y =
        right.first { $0.attribute == (pair.attributeB ?? pair.attribute) && $0.id != x.id }
        ?? right[0]
      outcome = VerdictOutcome(pair: pair, predicted: "unrelated", detail: "never compared")
    }
    outcome.detail += " [\(describe(x)) | \(describe(y))]"
    outcome.misreading = misreading(pair, x, y)
    return outcome
  }

  /// How the two claims differ from what the labels say they are about, or `nil` when both were
  /// read as labelled (subject, attribute and, for values that change, year).
  static func misreading(_ pair: LabelledVerdictPair, _ x: Claim, _ y: Claim) -> String? {
    var found: [String] = []
    let expected = [
      (x, "a", pair.subject, pair.attribute, pair.yearA),
      (y, "b", pair.subjectB ?? pair.subject, pair.attributeB ?? pair.attribute, pair.yearB),
    ]
    for (claim, side, subject, attribute, year) in expected {
      if claim.subject.name != subject {
        found.append("\(side) subject \(claim.subject.name), not \(subject)")
      }
      if claim.attribute != attribute {
        found.append("\(side) attribute \(claim.attribute), not \(attribute)")
      }
      if let year, claim.time.year != year {
        found.append(
          "\(side) year \(claim.time.year.map(String.init) ?? "none") (\(claim.time.basis)), "
            + "not \(year)"
        )
      }
    }
    return found.isEmpty ? nil : "extraction: " + found.joined(separator: "; ")
  }

  static func sameGroup(_ x: Claim, _ y: Claim) -> Bool {
    x.subject.name == y.subject.name && x.attribute == y.attribute && x.qualifier == y.qualifier
  }

  static func describe(_ c: Claim) -> String {
    let value =
      c.value.low == c.value.high
      ? "\(c.value.low.map { "\($0)" } ?? "?")"
      : "\(c.value.low.map { "\($0)" } ?? "")..\(c.value.high.map { "\($0)" } ?? "")"
    let qualifier = c.qualifier.map { " (\($0))" } ?? ""
    return
      "\(c.subject.name) \(c.attribute)\(qualifier) \(c.value.modifier) \(value) "
      + "\(c.time.year.map(String.init) ?? "-")/\(c.time.basis)"
  }

  /// A labelled value's low and high: one number is both; "5000-5500" is a range.
  static func bounds(_ value: String) -> (low: Double, high: Double)? {
    let parts = value.split(separator: "-").map { Double($0) }
    switch parts.count {
    case 1: return parts[0].map { ($0, $0) }
    case 2: if let low = parts[0], let high = parts[1] { return (low, high) } else { return nil }
    default: return nil
    }
  }

  /// A claim matches a single number when either side of its value is that number ("more than
  /// 20" has low 20), and a range when both sides match.
  static func matches(_ v: ClaimValue, _ bounds: (low: Double, high: Double)) -> Bool {
    func same(_ x: Double?, _ y: Double) -> Bool {
      x.map { abs($0 - y) <= 1e-9 * max(1, abs(y)) } ?? false
    }
    if bounds.low == bounds.high { return same(v.low, bounds.low) || same(v.high, bounds.low) }
    return same(v.low, bounds.low) && same(v.high, bounds.high)
  }

  /// The share of outcomes whose verdict is the label's.
  static func accuracy(_ outcomes: [VerdictOutcome]) -> Double {
    outcomes.isEmpty ? 0 : Double(outcomes.filter(\.correct).count) / Double(outcomes.count)
  }

  /// Accuracy, the confusion matrix (label by predicted) and every miss, as printed text.
  static func report(_ outcomes: [VerdictOutcome], documents: Int) -> String {
    let columns = labels + ["not extracted"]
    let correct = outcomes.filter(\.correct).count
    var lines = [
      "verdict evaluation: \(documents) articles, \(outcomes.count) labelled pairs, accuracy "
        + "\(correct)/\(outcomes.count) = \(String(format: "%.3f", accuracy(outcomes)))",
      "label \\ predicted".padding(toLength: 18, withPad: " ", startingAt: 0)
        + columns.map { $0.padding(toLength: 15, withPad: " ", startingAt: 0) }.joined(),
    ]
    for label in labels {
      let row = outcomes.filter { $0.pair.label == label }
      let cells = columns.map { column in
        String(row.filter { ($0.predicted ?? "not extracted") == column }.count)
          .padding(toLength: 15, withPad: " ", startingAt: 0)
      }
      lines.append(label.padding(toLength: 18, withPad: " ", startingAt: 0) + cells.joined())
    }
    let extracted = outcomes.filter { $0.predicted != nil }
    let readAsLabelled = outcomes.filter { $0.misreading == nil }
    lines.append(
      "pairs with both claims extracted: \(extracted.filter(\.correct).count)/\(extracted.count) "
        + "right; pairs read as labelled (subject, attribute, year): "
        + "\(readAsLabelled.filter(\.correct).count)/\(readAsLabelled.count) right")
    for lucky in outcomes where lucky.correct && lucky.misreading != nil {
      lines.append("right despite \(lucky.misreading ?? ""): \(lucky.pair.id)")
    }
    for miss in outcomes where !miss.correct {
      lines.append("miss \(miss.pair)")
      lines.append(
        "  -> \(miss.predicted ?? "not extracted"); cause: \(miss.cause ?? "?"); \(miss.detail)")
    }
    return lines.joined(separator: "\n")
  }
}
