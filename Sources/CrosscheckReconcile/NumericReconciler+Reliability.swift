import CrosscheckCore

/// The claims of one time scope of one (subject, attribute, qualifier) group, reduced to what the
/// source-reliability estimate reads: each claim's source, value and weight.
///
/// A store keeps these for every group, so that it can estimate source reliability over all its
/// claims, exactly as a one-shot ``NumericReconciler/reconcile(_:context:)`` does, without
/// reading the claims' documents and sentences again.
public struct ReliabilityScope: Sendable, Hashable {
  /// One claim of the scope.
  public struct Entry: Sendable, Hashable, ClaimedValue {
    public var claim: String
    /// The claim's source (site, else file; a near copy's original's).
    public var source: String
    public var value: ClaimValue
    public var unit: String?
    /// 0 for a copy, ``ReconcileOptions/warnedDocumentWeight`` for a claim of a document read with
    /// a warning, else 1.
    public var weight: Double

    public init(claim: String, source: String, value: ClaimValue, unit: String?, weight: Double) {
      self.claim = claim
      self.source = source
      self.value = value
      self.unit = unit
      self.weight = weight
    }
  }

  public var subject: String
  public var attribute: String
  /// The empty string when the claims have no qualifier.
  public var qualifier: String
  /// `nil` for an attribute that cannot change over time, or claims without a year.
  public var year: Int?
  /// Ordered by claim id.
  public var entries: [Entry]

  public init(subject: String, attribute: String, qualifier: String, year: Int?, entries: [Entry]) {
    self.subject = subject
    self.attribute = attribute
    self.qualifier = qualifier
    self.year = year
    self.entries = entries
  }
}

extension NumericReconciler {
  /// The time scopes of `claims` that can tell anything about a source (two or more sources with
  /// weight speak to them), in the order ``reconcile(_:context:)`` visits them.
  ///
  /// `claims` must hold whole groups: a claim's weight depends on the other claims of its group
  /// (copies weigh nothing).
  public func reliabilityScopes(_ claims: [Claim], context: ReconcileContext = ReconcileContext()) -> [ReliabilityScope] {
    let layout = ScopeLayout(claims, reconciler: self)
    let copies = findCopies(layout, context: context)
    func weight(_ c: Claim) -> Double { self.weight(c, copies: copies, context: context) }
    var scopes: [ReliabilityScope] = []
    for s in layout.scopes {
      let scope = layout.claims[s.range]
      guard Set(scope.filter { weight($0) > 0 }.map { context.source(of: $0) }).count > 1 else { continue }
      scopes.append(
        ReliabilityScope(
          subject: s.key.subject, attribute: s.key.attribute, qualifier: s.key.qualifier, year: s.year,
          entries: scope.map {
            .init(claim: $0.id, source: context.source(of: $0), value: $0.value, unit: $0.unit, weight: weight($0))
          }))
    }
    return scopes
  }

  /// Each source's reliability estimated from scopes that ``reliabilityScopes(_:context:)``
  /// returned, given in that order (the order of their groups' keys, then years): the same
  /// numbers that ``reconcile(_:context:)`` estimates over the claims the scopes came from (to
  /// the last bit in a release build; a debug build may round the last bit of a sum differently
  /// in the two). Sources that no scope lists are not in the result (they keep the prior).
  public func sourceReliability(_ scopes: [ReliabilityScope]) -> [String: Double] {
    estimateReliability(scopes.map(\.entries), weight: \.weight, source: \.source)
  }

  /// As ``sourceReliability(_:)`` over scopes too many to hold at once (a run keeps them on
  /// disk): each call of `forEachScope` must hand every scope to its argument, in the order
  /// ``reliabilityScopes(_:context:)`` returned them. It is called once to list the sources and
  /// once per round of the estimate. The same numbers, to the last bit, as the in-memory form.
  /// `sources` lists sources to estimate even if no scope names them (they stay at the prior), as
  /// the in-memory form lists the source of every claim it is given, checkable or not.
  public func sourceReliability(
    sources: [String] = [], forEachScope: ((ReliabilityScope) -> Void) -> Void
  ) -> [String: Double] {
    var reliability: [String: Double] = [:]
    for s in sources { reliability[s] = options.priorReliability }
    var anyCheckable = false
    forEachScope { scope in
      for e in scope.entries { reliability[e.source] = options.priorReliability }
      if isCheckable(scope.entries, weight: \.weight, source: \.source) { anyCheckable = true }
    }
    guard anyCheckable else { return reliability }
    return refineReliability(
      reliability,
      forEachScope: { body in
        withoutActuallyEscaping(body) { body in
          forEachScope { scope in
            if isCheckable(scope.entries, weight: \.weight, source: \.source) { body(scope.entries) }
          }
        }
      }, weight: \.weight, source: \.source)
  }
}
