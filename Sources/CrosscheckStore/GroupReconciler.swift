import CrosscheckCore
import CrosscheckPipeline
import CrosscheckReconcile

/// What reconciling one group produced, as stored: each conflict and reconciled value as its JSON
/// line (the same text `conflicts.jsonl` and `reconciled.jsonl` hold), with the columns the store
/// indexes.
struct GroupResult: Equatable {
  struct ConflictRow: Equatable {
    var a: String
    var b: String
    var verdict: String
    var record: String
  }
  struct ReconciledRow: Equatable {
    var year: Int?
    var record: String
  }
  var conflicts: [ConflictRow] = []
  var reconciled: [ReconciledRow] = []
  /// The most serious verdict in the group, if any pair differs.
  var worst: String?

  /// A hash of every record, to tell whether re-reconciling changed anything.
  var digest: String {
    let text = conflicts.map(\.record).joined(separator: "\n") + "\n--\n" + reconciled.map(\.record).joined(separator: "\n")
    return ContentHash.hex(text.utf8)
  }
}

/// The one place the store calls the pipeline's reconciler and reads its output types, so a
/// change of the reconciler's signature or records is adapted here.
struct GroupReconciler: Sendable {
  let reconciler: NumericReconciler
  let trends: [String: Trend]

  init(pipeline: Pipeline) {
    reconciler = pipeline.reconciler
    trends = pipeline.attributeTrends
  }

  /// The time scopes of whole groups' claims that the source-reliability estimate reads.
  func reliabilityScopes(
    _ claims: [Claim], documents: [String: DocumentSource], sentences: [String: String]
  ) -> [ReliabilityScope] {
    reconciler.reliabilityScopes(claims, context: ReconcileContext(documents: documents, sentences: sentences, trends: trends))
  }

  /// Each source's reliability over every scope of the store (see ``reliabilityScopes``).
  func sourceReliability(_ scopes: [ReliabilityScope]) -> [String: Double] {
    reconciler.sourceReliability(scopes)
  }

  /// Reconciles claims (of one or more whole groups) with the given source reliabilities and
  /// returns each group's records.
  ///
  /// `documents` describes the claims' documents (source, near copy, warning, date) and
  /// `sentences` gives each claim's sentence text, by claim id. `reliability` must hold what a
  /// one-shot run estimates over all claims for every source of `claims` (others may be missing:
  /// they keep the prior).
  func reconcile(
    _ claims: [Claim], documents: [String: DocumentSource], sentences: [String: String], reliability: [String: Double]
  ) -> [GroupKey: GroupResult] {
    var context = ReconcileContext(documents: documents, sentences: sentences, trends: trends)
    context.reliability = reliability
    let (conflicts, reconciled) = reconciler.reconcile(claims, context: context)
    var results: [GroupKey: GroupResult] = [:]
    for c in claims { results[GroupKey(subject: c.subject.name, attribute: c.attribute, qualifier: c.qualifier ?? "")] = GroupResult() }
    for c in conflicts {
      let key = GroupKey(subject: c.subject, attribute: c.attribute, qualifier: c.qualifier ?? "")
      results[key, default: GroupResult()].conflicts.append(
        .init(a: c.a, b: c.b, verdict: c.verdict.rawValue, record: StoreRows.json(c)))
      let worst = results[key]?.worst.flatMap(Verdict.init(rawValue:))
      if worst.map({ $0 < c.verdict }) ?? true { results[key]?.worst = c.verdict.rawValue }
    }
    for r in reconciled {
      let key = GroupKey(subject: r.subject, attribute: r.attribute, qualifier: r.qualifier ?? "")
      results[key, default: GroupResult()].reconciled.append(.init(year: r.year, record: StoreRows.json(r)))
    }
    return results
  }

  /// Reads stored conflict records back.
  static func conflicts(_ records: [String]) -> [ConflictPair] {
    records.compactMap { StoreRows.decode(ConflictPair.self, $0) }
  }

  /// Reads stored reconciled records back.
  static func reconciled(_ records: [String]) -> [ReconciledValue] {
    records.compactMap { StoreRows.decode(ReconciledValue.self, $0) }
  }
}
