import CrosscheckCore

/// Options of the reconciler, read from the pipeline file.
public struct ReconcileOptions: Sendable, Hashable {
  /// Two exact values of at least `largeValue` agree when within this share of the larger.
  public var relativeTolerance: Double = 0.02
  /// How far "about" reaches on either side, as a share of the value.
  public var aboutWidth: Double = 0.1
  /// Below this, exact values are counts and agree only when equal.
  public var largeValue: Double = 1000
  /// Weight of a claim from a document read with a warning (a truncated page).
  public var warnedDocumentWeight: Double = 0.5

  public init() {}
}

/// Compares claims pairwise and reconciles one value per (subject, attribute, time scope).
///
/// Claims are grouped by subject, attribute and qualifier. Every pair in a group whose values are
/// not identical gets a ``Verdict``: intervals that overlap (after widening "about" by
/// ``ReconcileOptions/aboutWidth`` and large exact values by the relative tolerance) are
/// `agreement` (two exact values) or `compatible`; otherwise `time_explained` when both have years
/// that differ and the attribute can change over time, else `contradiction`. For each time scope
/// the reconciled value is the claimed value whose interval overlaps the most claim weight (ties:
/// the more precise, then the smaller); confidence is that weight over the total weight plus one,
/// so a single claim has 0.5.
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
      if low >= options.largeValue, unit != "year" { return (low * (1 - options.relativeTolerance), high * (1 + options.relativeTolerance)) }
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

  /// Group key: claims in one group are compared.
  struct GroupKey: Hashable, Comparable {
    var subject: String
    var attribute: String
    var qualifier: String
    static func < (l: GroupKey, r: GroupKey) -> Bool {
      (l.subject, l.attribute, l.qualifier) < (r.subject, r.attribute, r.qualifier)
    }
  }

  /// Pairs with verdicts and reconciled values, both in a stable order.
  ///
  /// Claims from `warnedDocuments` (read with a warning) weigh ``ReconcileOptions/warnedDocumentWeight``;
  /// claims from `copies` (near copies of another document) weigh nothing, so a syndicated story
  /// counts once.
  public func reconcile(
    _ claims: [Claim], warnedDocuments: Set<String> = [], copies: Set<String> = []
  ) -> (conflicts: [ConflictPair], reconciled: [ReconciledValue]) {
    var groups: [GroupKey: [Claim]] = [:]
    for c in claims {
      groups[GroupKey(subject: c.subject.name, attribute: c.attribute, qualifier: c.qualifier ?? ""), default: []].append(c)
    }
    var conflicts: [ConflictPair] = []
    var reconciled: [ReconciledValue] = []
    for key in groups.keys.sorted() {
      let group = groups[key]!.sorted { $0.id < $1.id }
      for i in group.indices {
        for j in (i + 1)..<group.count where group[i].value != group[j].value {
          conflicts.append(compare(group[i], group[j]))
        }
      }
      reconciled += reconcileGroup(key, group, warnedDocuments: warnedDocuments, copies: copies)
    }
    return (conflicts, reconciled)
  }

  /// The verdict on two claims of one group.
  public func compare(_ a: Claim, _ b: Claim) -> ConflictPair {
    let fixed = fixedAttributes.contains(a.attribute)
    let verdict: Verdict
    var severity: Double?
    var reason: String
    let va = Format.value(a.value)
    let vb = Format.value(b.value)
    let ta = Format.time(a.time)
    let tb = Format.time(b.time)
    if overlaps(a.value, b.value, unit: a.unit) {
      if a.value.modifier == .exact && b.value.modifier == .exact {
        verdict = .agreement
        reason = "\(va) and \(vb) agree within the tolerance of \(Format.percent(options.relativeTolerance))"
      } else {
        verdict = .compatible
        reason = "\(va) and \(vb) overlap once their modifiers are applied"
      }
      if !fixed, a.time.year != b.time.year { reason += " (\(ta) vs \(tb))" }
    } else if !fixed, let ya = a.time.year, let yb = b.time.year, ya != yb {
      verdict = .timeExplained
      let (earlier, later) = ya < yb ? ((va, ta), (vb, tb)) : ((vb, tb), (va, ta))
      reason = "\(earlier.0) in \(earlier.1) vs \(later.0) in \(later.1): different times, and the \(Format.attribute(a.attribute)) can change over time"
    } else {
      verdict = .contradiction
      severity = gap(a.value, b.value, unit: a.unit)
      if fixed {
        reason = "\(va) vs \(vb): a \(Format.attribute(a.attribute)) cannot change, so the two cannot both be right"
      } else if a.time.year == nil || b.time.year == nil {
        reason = "\(va) (\(ta)) vs \(vb) (\(tb)): the values do not overlap and no time separates them"
      } else {
        reason = "\(va) vs \(vb) for the same time (\(ta) vs \(tb)): the values do not overlap"
      }
      if let severity { reason += "; gap \(Format.percent(severity))" }
    }
    let (first, second) = a.id < b.id ? (a, b) : (b, a)
    return ConflictPair(
      subject: a.subject.name, attribute: a.attribute, qualifier: a.qualifier, a: first.id, b: second.id,
      verdict: verdict, reason: reason, severity: severity.map { ($0 * 1000).rounded() / 1000 },
      sameDocument: a.document == b.document)
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

  func reconcileGroup(_ key: GroupKey, _ group: [Claim], warnedDocuments: Set<String>, copies: Set<String>) -> [ReconciledValue] {
    let fixed = fixedAttributes.contains(key.attribute)
    var scopes: [Int?: [Claim]] = [:]
    for c in group { scopes[fixed ? nil : c.time.year, default: []].append(c) }
    let orderedScopes = scopes.keys.sorted { ($0 ?? Int.min) < ($1 ?? Int.min) }
    return orderedScopes.map { year in
      let claims = scopes[year]!
      let unit = claims.first?.unit
      func weight(_ c: Claim) -> Double {
        copies.contains(c.document) ? 0 : warnedDocuments.contains(c.document) ? options.warnedDocumentWeight : 1
      }
      let total = claims.map(weight).reduce(0, +)
      let candidates = Array(Set(claims.map(\.value)))
      func support(_ v: ClaimValue) -> Double { claims.filter { overlaps($0.value, v, unit: unit) }.map(weight).reduce(0, +) }
      func width(_ v: ClaimValue) -> Double { let i = interval(v); return i.high - i.low }
      let best = candidates.max { l, r in
        let (sl, sr) = (support(l), support(r))
        if sl != sr { return sl < sr }
        if width(l) != width(r) { return width(l) > width(r) }
        return (l.low ?? 0, l.high ?? 0) > (r.low ?? 0, r.high ?? 0)
      }!
      let supporting = claims.filter { overlaps($0.value, best, unit: unit) }.sorted { $0.id < $1.id }
      let dissenting = claims.filter { !overlaps($0.value, best, unit: unit) }.sorted { $0.id < $1.id }
      let weightFor = supporting.map(weight).reduce(0, +)
      let confidence = (weightFor / (total + 1) * 1000).rounded() / 1000
      let lists = Set(supporting.compactMap(\.members).map { $0.sorted() })
      return ReconciledValue(
        subject: key.subject, attribute: key.attribute, qualifier: key.qualifier.isEmpty ? nil : key.qualifier,
        year: year, value: best, unit: claims.first?.unit, supporting: supporting.count, dissenting: dissenting.count,
        confidence: confidence, claims: claims.map(\.id).sorted(), supportingClaims: supporting.map(\.id),
        dissentingClaims: dissenting.map(\.id), members: lists.count == 1 ? lists.first : nil)
    }
  }
}
