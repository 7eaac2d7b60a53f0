import CrosscheckCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Options of the reconciler, read from the pipeline file.
public struct ReconcileOptions: Sendable, Hashable {
  /// Two exact (or "about") values of at least `largeValue` agree when within this share of the larger.
  public var relativeTolerance: Double = 0.02
  /// How far "about" reaches on either side, as a share of the value.
  public var aboutWidth: Double = 0.1
  /// Below this, exact values are counts and agree only when equal.
  public var largeValue: Double = 1000
  /// Weight of a claim from a document read with a warning (a truncated page).
  public var warnedDocumentWeight: Double = 0.5
  /// The reliability every source starts from, in (0, 1).
  public var priorReliability: Double = 0.8
  /// How many claims' worth the prior weighs: a source's reliability moves away from the prior
  /// only as it makes more claims that can be checked against others.
  public var priorStrength: Double = 2
  /// Relative gap at which two values that do not overlap support each other by 1/e.
  public var similarityScale: Double = 0.05
  /// Groups with at most this many claims get every pair compared. A larger group gets, per time
  /// scope, each claim compared with the scope's representative (the first claim supporting its
  /// reconciled value), and each scope's representative with the next scope's: a number of pairs
  /// linear in the claims instead of quadratic.
  public var maxPairwiseClaims = 50
  /// A scope with more distinct claimed values than this scores only the most often claimed ones
  /// as candidates for its best value, so that scoring stays linear in its claims.
  public var maxCandidates = 32
  /// Rounds of the source-reliability estimate at most (it stops earlier once stable).
  public var reliabilityRounds = 20

  public init() {}
}

/// Compares claims pairwise and reconciles one value per (subject, attribute, time scope).
///
/// Claims are grouped by subject, attribute and qualifier, and every pair in a group whose values
/// (or listed members) differ gets a ``Verdict``:
/// - `agreement`: both values are points ("24,800", "about 25,000") equal within the tolerance
///   (counts and years exactly, values from ``ReconcileOptions/largeValue`` up within
///   ``ReconcileOptions/relativeTolerance``);
/// - `compatible`: the intervals overlap once modifiers are applied;
/// - `time_explained`: the years differ and the attribute can change over time;
/// - `contradiction`: otherwise, with a severity (the relative gap);
/// - `unrelated`: a would-be contradiction inside one article that states no common year for both
///   claims (an article is read as consistent with itself unless it plainly is not).
///
/// Reconciled values come from a truth-discovery loop: each source (site, else document) has a
/// reliability that starts at ``ReconcileOptions/priorReliability``; a value's score is the
/// reliability-weighted support of the claims in its scope, where values that do not overlap still
/// support each other a little when close (``ReconcileOptions/similarityScale``); a source's
/// reliability is then its prior-smoothed agreement with the best values of scopes that more than
/// one source speaks to. Copies (claims of a near-duplicate document, or the same sentence word for
/// word in several documents) weigh nothing and are listed with the claim they copy.
public struct NumericReconciler: Sendable {
  public static let name = "reconcile"
  public let options: ReconcileOptions
  /// Attributes whose value cannot change over time (founding year).
  public let fixedAttributes: Set<String>

  public init(options: ReconcileOptions = ReconcileOptions(), fixedAttributes: Set<String>) {
    self.options = options
    self.fixedAttributes = fixedAttributes
  }

  /// The effective interval of a claimed value, modifiers applied.
  public func interval(_ v: ClaimValue, unit: String? = nil) -> (low: Double, high: Double) {
    let low = v.low ?? -Double.infinity
    let high = v.high ?? Double.infinity
    switch v.modifier {
    case .exact:
      // Years are exact whatever their size.
      if low >= options.largeValue, unit != "year" {
        return (low * (1 - options.relativeTolerance), high * (1 + options.relativeTolerance))
      }
      return (low, high)
    case .about: return (low * (1 - options.aboutWidth), high * (1 + options.aboutWidth))
    case .nearly: return (low * (1 - options.aboutWidth), high)
    case .moreThan: return (low.nextUp, .infinity)
    case .atLeast: return (low, .infinity)
    case .lessThan: return (-.infinity, high.nextDown)
    case .atMost: return (-.infinity, high)
    case .range: return (low, high)
    }
  }

  func overlaps(_ a: ClaimValue, _ b: ClaimValue, unit: String? = nil) -> Bool {
    let x = interval(a, unit: unit)
    let y = interval(b, unit: unit)
    return x.low <= y.high && y.low <= x.high
  }

  /// Whether two point values ("24,800", "about 25,000") are the same within the tolerance.
  func agree(_ a: ClaimValue, _ b: ClaimValue, unit: String?) -> Bool {
    let points: Set<Modifier> = [.exact, .about]
    guard points.contains(a.modifier), points.contains(b.modifier), let x = a.low, let y = b.low else { return false }
    if x == y { return true }
    let larger = max(abs(x), abs(y))
    guard larger >= options.largeValue, unit != "year" else { return false }
    return abs(x - y) / larger <= options.relativeTolerance
  }

  /// How much a claimed value supports a candidate, in [0, 1]: 1 when they overlap, less the
  /// farther apart they are (years by absolute distance, other values by relative gap).
  public func similarity(_ a: ClaimValue, _ b: ClaimValue, unit: String? = nil) -> Double {
    if overlaps(a, b, unit: unit) { return 1 }
    let x = interval(a, unit: unit)
    let y = interval(b, unit: unit)
    let distance = x.low > y.high ? x.low - y.high : y.low - x.high
    guard distance.isFinite else { return 0 }
    if unit == "year" { return exp(-distance) }
    guard let g = gap(a, b, unit: unit) else { return 0 }
    return exp(-g / max(options.similarityScale, 1e-9))
  }

  /// Group key: claims in one group are compared.
  struct GroupKey: Hashable, Comparable {
    var subject: String
    var attribute: String
    var qualifier: String
    static func < (l: GroupKey, r: GroupKey) -> Bool {
      (l.subject, l.attribute, l.qualifier) < (r.subject, r.attribute, r.qualifier)
    }
  }

  /// Pairs with verdicts and reconciled values, both in a stable order whatever the input order.
  public func reconcile(
    _ claims: [Claim], context: ReconcileContext = ReconcileContext()
  ) -> (conflicts: [ConflictPair], reconciled: [ReconciledValue]) {
    var conflicts: [ConflictPair] = []
    let reconciled = reconcile(claims, context: context) { conflicts.append($0) }
    return (conflicts, reconciled)
  }

  /// As ``reconcile(_:context:)``, but hands each compared pair to `conflict` as soon as it is
  /// found, in the same order, instead of collecting them: a run with millions of pairs can
  /// write them out without holding them all.
  public func reconcile(
    _ claims: [Claim], context: ReconcileContext = ReconcileContext(), conflict emit: (ConflictPair) -> Void
  ) -> [ReconciledValue] {
    let layout = ScopeLayout(claims, reconciler: self)
    let ordered = layout.claims
    let copies = findCopies(layout, context: context)
    func weight(_ c: Claim) -> Double { self.weight(c, copies: copies, context: context) }
    let reliability = context.reliability
      ?? estimateReliability(layout.scopes.map { Array(ordered[$0.range]) }, weight: weight, context: context)
    func rel(_ c: Claim) -> Double { reliability[context.source(of: c)] ?? options.priorReliability }

    var reconciled: [ReconciledValue] = layout.scopes.map { scope in
      reconcileScope(
        scope.key, year: scope.year, ordered[scope.range], weight: weight, reliability: rel, copies: copies,
        context: context)
    }
    let breaks = checkSequences(&reconciled, context: context)

    func add(_ x: Claim, _ y: Claim) {
      var pair = compare(x, y)
      if pair.verdict == .timeExplained {
        let broken = [x, y].compactMap { breaks[$0.id] }
        if let first = broken.first {
          pair.sequencePlausible = false
          pair.reason += "; but the sequence over time is not plausible: \(first)"
        }
      }
      emit(pair)
    }
    for group in layout.groups {
      let claims = ordered[group.range]
      if claims.count <= options.maxPairwiseClaims {
        let byID = claims.sorted { $0.id < $1.id }
        for i in byID.indices {
          for j in (i + 1)..<byID.count where differs(byID[i], byID[j]) { add(byID[i], byID[j]) }
        }
        continue
      }
      // A large group: each claim against its scope's representative (the first supporting
      // claim that weighs something, else the first supporting one), and representatives of
      // consecutive scopes against each other. A scope's claims and its supporting claims are in
      // the order of its slice.
      var previous: Claim?
      for s in group.scopes {
        let scope = ordered[layout.scopes[s].range]
        let supporting = Set(reconciled[s].supportingClaims)
        guard
          let representative = scope.first(where: { supporting.contains($0.id) && weight($0) > 0 })
            ?? scope.first(where: { supporting.contains($0.id) })
        else { continue }
        for c in scope where c.id != representative.id && differs(c, representative) { add(c, representative) }
        if let previous, differs(previous, representative) { add(previous, representative) }
        previous = representative
      }
    }
    return reconciled
  }

  /// Each source's estimated reliability over all the claims, as ``reconcile(_:context:)``
  /// computes it. A store that reconciles one group at a time computes this once over every claim
  /// and passes it in ``ReconcileContext/reliability``, so that its groups match a one-shot run.
  public func sourceReliability(_ claims: [Claim], context: ReconcileContext = ReconcileContext()) -> [String: Double] {
    var unfixed = context
    unfixed.reliability = nil
    let layout = ScopeLayout(claims, reconciler: self)
    let copies = findCopies(layout, context: context)
    return estimateReliability(
      layout.scopes.map { Array(layout.claims[$0.range]) }, weight: { weight($0, copies: copies, context: context) },
      context: unfixed)
  }

  /// What a claim weighs: nothing when it copies another, less when its document was read with a
  /// warning.
  func weight(_ c: Claim, copies: [String: String], context: ReconcileContext) -> Double {
    if copies[c.id] != nil { return 0 }
    return context.documents[c.document]?.warned == true ? options.warnedDocumentWeight : 1
  }

  /// The year a claim's time scope is keyed by: none for an attribute that cannot change.
  func scopeYear(_ c: Claim) -> Int? { fixedAttributes.contains(c.attribute) ? nil : c.time.year }

  func key(_ c: Claim) -> GroupKey {
    GroupKey(subject: c.subject.name, attribute: c.attribute, qualifier: c.qualifier ?? "")
  }

  /// Two claims are compared when their values differ or they list different members.
  func differs(_ a: Claim, _ b: Claim) -> Bool {
    if a.value != b.value { return true }
    guard let ma = a.members, let mb = b.members else { return false }
    return Set(ma) != Set(mb)
  }

  /// Claims that copy another, by claim id: claims of a near-copy document that match a claim
  /// of its original, and claims whose sentence and value repeat another document's word for word
  /// (the earliest published, then the lowest document id, is the original).
  func findCopies(_ layout: ScopeLayout, context: ReconcileContext) -> [String: String] {
    var copies: [String: String] = [:]
    for g in layout.groups {
      let group = layout.claims[g.range]
      // A near copy's claim copies its original's first claim (by id) of the same value and year.
      // The group is sorted by year, then id, so the first one met is the first by id.
      let originals = Set(group.compactMap { context.documents[$0.document]?.copyOf })
      if !originals.isEmpty {
        struct Place: Hashable {
          var document: String
          var value: ClaimValue
          var year: Int?
        }
        var first: [Place: String] = [:]
        for c in group where originals.contains(c.document) {
          let place = Place(document: c.document, value: c.value, year: c.time.year)
          if first[place] == nil { first[place] = c.id }
        }
        for c in group {
          guard let original = context.documents[c.document]?.copyOf else { continue }
          if let match = first[Place(document: original, value: c.value, year: c.time.year)] { copies[c.id] = match }
        }
      }
      // Claims are first bucketed by a hash of their wording (the words, lowercased) and value,
      // so that a large group holds a number per claim rather than its wording; only buckets of
      // two or more claims are then split by the wording itself.
      struct Wording: Hashable {
        var sentence: String
        var value: ClaimValue
      }
      func wording(_ c: Claim) -> String? {
        guard let sentence = context.sentences[c.id] else { return nil }
        return sentence.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
          .joined(separator: " ")
      }
      struct Bucket: Hashable {
        var hash: Int
        var value: ClaimValue
      }
      var buckets: [Bucket: [Int]] = [:]
      for i in group.indices where copies[group[i].id] == nil {
        guard let w = wording(group[i]) else { continue }
        buckets[Bucket(hash: w.hashValue, value: group[i].value), default: []].append(i)
      }
      for (_, members) in buckets where members.count > 1 {
        var byWording: [Wording: [Claim]] = [:]
        for i in members {
          guard let w = wording(group[i]) else { continue }
          byWording[Wording(sentence: w, value: group[i].value), default: []].append(group[i])
        }
        for (_, same) in byWording where Set(same.map(\.document)).count > 1 {
          let ordered = same.sorted { l, r in
            let dl = context.documents[l.document]?.published
            let dr = context.documents[r.document]?.published
            if dl != dr, let dl, let dr { return dl < dr }
            if (dl == nil) != (dr == nil) { return dl != nil }
            return (l.document, l.id) < (r.document, r.id)
          }
          guard let original = ordered.first else { continue }
          for c in ordered.dropFirst() where c.document != original.document { copies[c.id] = original.id }
        }
      }
    }
    return copies
  }

  /// Each source's reliability, estimated by alternating best values and source agreement.
  func estimateReliability(
    _ scopes: [[Claim]], weight: (Claim) -> Double, context: ReconcileContext
  ) -> [String: Double] {
    estimateReliability(scopes, weight: weight, source: { context.source(of: $0) })
  }

  /// As ``estimateReliability(_:weight:context:)`` over anything that carries a claimed value.
  func estimateReliability<C: ClaimedValue>(
    _ scopes: [[C]], weight: (C) -> Double, source: (C) -> String
  ) -> [String: Double] {
    var reliability: [String: Double] = [:]
    for scope in scopes { for c in scope { reliability[source(c)] = options.priorReliability } }
    // Only scopes that two or more sources speak to can tell anything about a source.
    let checkable = scopes.filter { isCheckable($0, weight: weight, source: source) }
    guard !checkable.isEmpty else { return reliability }
    return refineReliability(
      reliability, forEachScope: { body in for scope in checkable { body(scope) } }, weight: weight, source: source)
  }

  func isCheckable<C>(_ scope: [C], weight: (C) -> Double, source: (C) -> String) -> Bool {
    Set(scope.filter { weight($0) > 0 }.map { source($0) }).count > 1
  }

  /// Rounds of the estimate from `reliability` (every source at the prior): each round reads
  /// every checkable scope that `forEachScope` hands to its argument, always in the same order.
  func refineReliability<C: ClaimedValue>(
    _ start: [String: Double], forEachScope: ((([C]) -> Void)) -> Void, weight: (C) -> Double,
    source: (C) -> String
  ) -> [String: Double] {
    var reliability = start
    for _ in 0..<max(1, options.reliabilityRounds) {
      var agreement: [String: Double] = [:]
      var count: [String: Double] = [:]
      // The scopes are read in one call, so the closures never outlive it.
      withoutActuallyEscaping(weight) { weight in
        withoutActuallyEscaping(source) { source in
          forEachScope { scope in
            let unit = scope.first?.unit
            let best = bestValue(
              scope, weight: weight, reliability: { reliability[source($0)] ?? options.priorReliability })
            for c in scope where weight(c) > 0 {
              let s = source(c)
              agreement[s, default: 0] += weight(c) * similarity(c.value, best.value, unit: unit)
              count[s, default: 0] += weight(c)
            }
          }
        }
      }
      var change = 0.0
      for s in reliability.keys.sorted() {
        let k = options.priorStrength
        let updated = (options.priorReliability * k + (agreement[s] ?? 0)) / (k + (count[s] ?? 0))
        change = max(change, abs(updated - (reliability[s] ?? 0)))
        reliability[s] = updated
      }
      if change < 1e-9 { break }
    }
    return reliability
  }

  /// The best-scored claimed value of a scope, with its score and the total.
  func bestValue<C: ClaimedValue>(
    _ claims: some Collection<C>, weight: (C) -> Double, reliability: (C) -> Double
  ) -> (value: ClaimValue, score: Double, total: Double) {
    let unit = claims.first?.unit
    let weighted = claims.filter { weight($0) > 0 }
    let pool = weighted.isEmpty ? Array(claims) : weighted
    var counts: [ClaimValue: Int] = [:]
    for c in pool { counts[c.value, default: 0] += 1 }
    var seen = Set<ClaimValue>()
    var candidates = pool.map(\.value).filter { seen.insert($0).inserted }
    if candidates.count > options.maxCandidates {
      // Keep the most often claimed values (ties: first claimed), so scoring stays linear.
      let order = Dictionary(uniqueKeysWithValues: candidates.enumerated().map { ($1, $0) })
      candidates = candidates.sorted { (counts[$0]!, -order[$0]!) > (counts[$1]!, -order[$1]!) }
      candidates = Array(candidates.prefix(options.maxCandidates))
    }
    func width(_ v: ClaimValue) -> Double { let i = interval(v, unit: unit); return i.high - i.low }
    var best: (value: ClaimValue, score: Double)?
    for v in candidates {
      let score = pool.reduce(0.0) { $0 + max(weight($1), weighted.isEmpty ? 1 : 0) * reliability($1) * similarity($1.value, v, unit: unit) }
      guard let current = best else {
        best = (v, score)
        continue
      }
      if abs(score - current.score) > 1e-12 {
        if score > current.score { best = (v, score) }
      } else if width(v) != width(current.value) {
        if width(v) < width(current.value) { best = (v, score) }
      } else if (v.low ?? 0, v.high ?? 0) < (current.value.low ?? 0, current.value.high ?? 0) {
        best = (v, score)
      }
    }
    let total = pool.reduce(0.0) { $0 + max(weight($1), weighted.isEmpty ? 1 : 0) * reliability($1) }
    guard let best else { return (ClaimValue(low: nil, high: nil, modifier: .exact), 0, total) }
    return (best.value, best.score, total)
  }

  func reconcileScope(
    _ key: GroupKey, year: Int?, _ claims: ArraySlice<Claim>, weight: (Claim) -> Double, reliability: (Claim) -> Double,
    copies: [String: String], context: ReconcileContext
  ) -> ReconciledValue {
    let unit = claims.first?.unit
    let (best, score, total) = bestValue(claims, weight: weight, reliability: reliability)
    let supporting = claims.filter { overlaps($0.value, best, unit: unit) }
    let dissenting = claims.filter { !overlaps($0.value, best, unit: unit) }
    // A single reliable claim should not look certain: the denominator carries half a claim of doubt.
    let confidence = total > 0 ? (min(1, score / (total + 0.5)) * 1000).rounded() / 1000 : 0
    let lists = Set(supporting.compactMap(\.members).map { $0.sorted() })
    var value = ReconciledValue(
      subject: key.subject, attribute: key.attribute, qualifier: key.qualifier.isEmpty ? nil : key.qualifier,
      year: year, value: best, unit: unit, supporting: supporting.count, dissenting: dissenting.count,
      confidence: confidence, claims: claims.map(\.id), supportingClaims: supporting.map(\.id),
      dissentingClaims: dissenting.map(\.id), members: lists.count == 1 ? lists.first : nil)
    var low = -Double.infinity
    var high = Double.infinity
    for c in supporting where weight(c) > 0 {
      let i = interval(c.value, unit: unit)
      low = max(low, i.low)
      high = min(high, i.high)
    }
    if low > high || (low == -.infinity && high == .infinity) { (low, high) = interval(best, unit: unit) }
    value.interval = Interval(low: low.isFinite ? round3(low) : nil, high: high.isFinite ? round3(high) : nil)
    value.supportingSources = Set(supporting.filter { weight($0) > 0 }.map { context.source(of: $0) }).count
    value.evidence = claims.map { c in
      Evidence(
        claim: c.id, source: context.source(of: c), supports: overlaps(c.value, best, unit: unit),
        weight: round3(weight(c)), reliability: round3(reliability(c)), copyOf: copies[c.id])
    }
    return value
  }

  func round3(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }

  /// The verdict on two claims of one group.
  public func compare(_ x: Claim, _ y: Claim) -> ConflictPair {
    let (a, b) = x.id <= y.id ? (x, y) : (y, x)
    let fixed = fixedAttributes.contains(a.attribute)
    let unit = a.unit
    var verdict: Verdict
    var severity: Double?
    var reason: String
    let va = Format.value(a.value)
    let vb = Format.value(b.value)
    let ta = Format.time(a.time)
    let tb = Format.time(b.time)
    let timesDiffer = !fixed && a.time.year != nil && b.time.year != nil && a.time.year != b.time.year
    var members: MemberDifference?
    if let ma = a.members, let mb = b.members, Set(ma) != Set(mb) {
      members = MemberDifference(onlyA: Set(ma).subtracting(mb).sorted(), onlyB: Set(mb).subtracting(ma).sorted())
    }

    if a.value == b.value, let members {
      let listed = membersText(members, ta: ta, tb: tb)
      if timesDiffer {
        verdict = .timeExplained
        reason = "both say \(va), but \(listed): different times (\(ta) vs \(tb)), and membership can change"
      } else {
        verdict = .contradiction
        let union = Double(Set((a.members ?? []) + (b.members ?? [])).count)
        severity = union > 0 ? Double(members.onlyA.count + members.onlyB.count) / union : nil
        reason = "both say \(va) for the same time (\(ta) vs \(tb)), but \(listed)"
      }
    } else if agree(a.value, b.value, unit: unit) || (overlaps(a.value, b.value, unit: unit) && a.value.modifier == .exact && b.value.modifier == .exact) {
      verdict = .agreement
      reason = "\(va) and \(vb) agree within the tolerance of \(Format.percent(options.relativeTolerance))"
      if timesDiffer { reason += " (\(ta) vs \(tb))" }
    } else if overlaps(a.value, b.value, unit: unit) {
      verdict = .compatible
      reason = "\(va) and \(vb) overlap once their modifiers are applied"
      if timesDiffer { reason += " (\(ta) vs \(tb))" }
    } else if timesDiffer, let ya = a.time.year, let yb = b.time.year {
      verdict = .timeExplained
      let (earlier, later) = ya < yb ? ((va, ta), (vb, tb)) : ((vb, tb), (va, ta))
      reason = "\(earlier.0) in \(earlier.1) vs \(later.0) in \(later.1): different times, and the \(Format.attribute(a.attribute)) can change over time"
    } else {
      verdict = .contradiction
      severity = gap(a.value, b.value, unit: unit)
      if fixed {
        reason = "\(va) vs \(vb): a \(Format.attribute(a.attribute)) cannot change, so the two cannot both be right"
      } else if a.time.year == nil || b.time.year == nil {
        reason = "\(va) (\(ta)) vs \(vb) (\(tb)): the values do not overlap and no time separates them"
      } else {
        reason = "\(va) vs \(vb) for the same time (\(ta) vs \(tb)): the values do not overlap"
      }
      if let severity { reason += "; gap \(Format.percent(severity))" }
    }
    if let members, a.value != b.value {
      reason += "; \(membersText(members, ta: ta, tb: tb))"
    }

    let sameDocument = a.document == b.document
    if sameDocument, verdict == .contradiction {
      let stated: Set<String> = ["explicit", "context"]
      let statedSameYear = stated.contains(a.time.basis) && stated.contains(b.time.basis) && a.time.year == b.time.year
      if fixed || statedSameYear {
        reason = "the article contradicts itself: " + reason
      } else {
        verdict = .unrelated
        severity = nil
        reason = "\(va) and \(vb) come from one article that states no common year for them, "
          + "so they are read as about different moments or parts, not as a disagreement"
      }
    }
    return ConflictPair(
      subject: a.subject.name, attribute: a.attribute, qualifier: a.qualifier, a: a.id, b: b.id,
      verdict: verdict, reason: reason, severity: severity.map(round3), sameDocument: sameDocument,
      members: members)
  }

  func membersText(_ m: MemberDifference, ta: String, tb: String) -> String {
    var parts: [String] = []
    if !m.onlyA.isEmpty { parts.append("only the claim for \(ta) lists \(m.onlyA.joined(separator: ", "))") }
    if !m.onlyB.isEmpty { parts.append("only the claim for \(tb) lists \(m.onlyB.joined(separator: ", "))") }
    return parts.joined(separator: "; ")
  }

  /// The gap between two intervals relative to the larger magnitude.
  func gap(_ a: ClaimValue, _ b: ClaimValue, unit: String?) -> Double? {
    let x = interval(a, unit: unit)
    let y = interval(b, unit: unit)
    let distance = x.low > y.high ? x.low - y.high : y.low - x.high
    let scale = [x.low, x.high, y.low, y.high].filter(\.isFinite).map(abs).max() ?? 0
    guard distance.isFinite, scale > 0 else { return nil }
    return min(1, distance / scale)
  }
}

/// What the reliability estimate reads of a claim besides its weight and source.
protocol ClaimedValue {
  var value: ClaimValue { get }
  var unit: String? { get }
}

extension Claim: ClaimedValue {}

/// Claims in the order reconciliation reads them, held once: by group key, then the year of the
/// time scope (unknown first), then id. Each group and each of its scopes is a contiguous range,
/// so a group of a hundred thousand claims is reconciled without copying them by group and again
/// by scope.
struct ScopeLayout {
  var claims: [Claim]
  /// Each group's key, range and the indices of its scopes in ``scopes``.
  var groups: [(key: NumericReconciler.GroupKey, range: Range<Int>, scopes: Range<Int>)] = []
  var scopes: [(key: NumericReconciler.GroupKey, year: Int?, range: Range<Int>)] = []

  init(_ input: [Claim], reconciler: NumericReconciler) {
    let keyed = input.map { (key: reconciler.key($0), year: reconciler.scopeYear($0) ?? Int.min) }
    // Claims already in order (``NumericReconciler/sortForReconciling(_:alongside:)``) are
    // neither sorted again nor copied: a group of a hundred thousand claims is then held once.
    let inOrder = input.indices.dropFirst().allSatisfy {
      !Self.precedes($0, $0 - 1, input, keyed: keyed)
    }
    let order = inOrder ? Array(input.indices) : Self.order(input, keyed: keyed)
    claims = inOrder ? input : order.map { input[$0] }
    var start = 0
    while start < order.count {
      let k = keyed[order[start]].key
      var end = start
      let firstScope = scopes.count
      while end < order.count && keyed[order[end]].key == k {
        let year = keyed[order[end]].year
        var scopeEnd = end + 1
        while scopeEnd < order.count && keyed[order[scopeEnd]].key == k && keyed[order[scopeEnd]].year == year {
          scopeEnd += 1
        }
        scopes.append((k, year == Int.min ? nil : year, end..<scopeEnd))
        end = scopeEnd
      }
      groups.append((k, start..<end, firstScope..<scopes.count))
      start = end
    }
  }

  /// The positions of `input` in reading order: group key, scope year (unknown first), id.
  static func order(
    _ input: [Claim], keyed: [(key: NumericReconciler.GroupKey, year: Int)]
  ) -> [Int] {
    input.indices.sorted { precedes($0, $1, input, keyed: keyed) }
  }

  /// Whether the claim at `a` comes before the one at `b` in reading order.
  static func precedes(
    _ a: Int, _ b: Int, _ input: [Claim], keyed: [(key: NumericReconciler.GroupKey, year: Int)]
  ) -> Bool {
    if keyed[a].key != keyed[b].key { return keyed[a].key < keyed[b].key }
    if keyed[a].year != keyed[b].year { return keyed[a].year < keyed[b].year }
    return input[a].id < input[b].id
  }
}

extension NumericReconciler {
  /// Puts `claims` in the order reconciliation reads them, in place (see
  /// ``sortForReconciling(_:alongside:)``).
  public func sortForReconciling(_ claims: inout [Claim]) {
    var nothing: [Void] = Array(repeating: (), count: claims.count)
    sortForReconciling(&claims, alongside: &nothing)
  }

  /// Puts `claims` in the order reconciliation reads them, and `alongside` (one element per
  /// claim) in the same order, in place. Reconciling claims already in this order holds them
  /// once instead of twice; the result is the same either way.
  public func sortForReconciling<T>(_ claims: inout [Claim], alongside: inout [T]) {
    precondition(claims.count == alongside.count, "one element alongside each claim")
    let keyed = claims.map { (key: key($0), year: scopeYear($0) ?? Int.min) }
    let order = ScopeLayout.order(claims, keyed: keyed)
    // Each cycle of the permutation is followed once, swapping in place: element i takes the
    // element at order[i].
    var placed = [Bool](repeating: false, count: order.count)
    for start in order.indices where !placed[start] {
      var i = start
      placed[i] = true
      while order[i] != start {
        let j = order[i]
        claims.swapAt(i, j)
        alongside.swapAt(i, j)
        placed[j] = true
        i = j
      }
    }
  }
}
