import CrosscheckCore
import Testing

@testable import CrosscheckReconcile

@Suite struct ReliabilityScopeTests {
  let reconciler = NumericReconciler(fixedAttributes: ["founding_year"])

  /// Three sources over two cities' ferry lines and a company's founding year: the gazette
  /// disagrees with the others on Lakeport, which makes it less reliable on Acme Freight too.
  func corpus() -> ([Claim], ReconcileContext) {
    let claims = [
      claim("g1", 7, year: 2021, attribute: "ferry_lines", document: "gazette-1", subject: "Lakeport"),
      claim("h1", 9, year: 2021, attribute: "ferry_lines", document: "herald-1", subject: "Lakeport"),
      claim("p1", 9, year: 2021, attribute: "ferry_lines", document: "post-1", subject: "Lakeport"),
      claim("g2", 1998, year: nil, attribute: "founding_year", document: "gazette-2", unit: "year", subject: "Acme Freight"),
      claim("h2", 1999, year: nil, attribute: "founding_year", document: "herald-2", unit: "year", subject: "Acme Freight"),
      claim("g3", 4, year: 2020, attribute: "ferry_lines", document: "gazette-3", subject: "Riverbend"),
      claim("p3", 4, year: 2020, attribute: "ferry_lines", document: "post-3", subject: "Riverbend"),
      claim("h4", 12, year: 2022, attribute: "ferry_lines", document: "herald-4", subject: "Stonebay"),
    ]
    var documents: [String: DocumentSource] = [:]
    for c in claims { documents[c.document] = DocumentSource(source: String(c.document.prefix { $0 != "-" })) }
    return (claims, ReconcileContext(documents: documents))
  }

  @Test func estimatesFromEachGroupsScopesWhatTheWholeRunEstimates() {
    let (claims, context) = corpus()
    // A store computes each group's scopes when that group changes, and estimates from all of
    // them later, in key order.
    let groups = Dictionary(grouping: claims) { "\($0.subject.name)|\($0.attribute)" }
    let scopes = groups.keys.sorted().flatMap { reconciler.reliabilityScopes(groups[$0] ?? [], context: context) }
    let expected = reconciler.sourceReliability(claims, context: context)
    let estimated = reconciler.sourceReliability(scopes)
    #expect(estimated == expected)
    #expect(scopes.map(\.subject) == ["Acme Freight", "Lakeport", "Riverbend"])
    #expect((estimated["gazette"] ?? 1) < (estimated["post"] ?? 0))
  }

  @Test func estimatesFromScopesReadAgainEachRoundWhatItEstimatesFromScopesHeld() {
    let (claims, context) = corpus()
    let scopes = reconciler.reliabilityScopes(claims, context: context)
    var reads = 0
    let streamed = reconciler.sourceReliability { body in
      reads += 1
      for scope in scopes { body(scope) }
    }
    #expect(streamed == reconciler.sourceReliability(scopes))
    // Once to list the sources, then once per round until the estimate settles.
    #expect(reads >= 3)
    #expect(reconciler.sourceReliability { _ in }.isEmpty)
  }

  @Test func reconcilesOneGroupWithTheGivenReliabilitiesAsTheWholeRunDoes() {
    let (claims, context) = corpus()
    let (_, whole) = reconciler.reconcile(claims, context: context)
    var given = context
    given.reliability = reconciler.sourceReliability(reconciler.reliabilityScopes(claims, context: context))
    let acme = claims.filter { $0.subject.name == "Acme Freight" }
    let (_, alone) = reconciler.reconcile(acme, context: given)
    #expect(alone == whole.filter { $0.subject == "Acme Freight" })
    // Without the other groups' evidence the gazette would keep the prior, and the record differs.
    let (_, blind) = reconciler.reconcile(acme, context: context)
    #expect(blind != alone)
  }

  @Test func leavesOutScopesOnlyOneSourceSpeaksTo() {
    let (claims, context) = corpus()
    let scopes = reconciler.reliabilityScopes(claims, context: context)
    #expect(!scopes.contains { $0.subject == "Stonebay" })
    let lakeport = scopes.first { $0.subject == "Lakeport" }
    #expect(lakeport?.entries.map(\.source) == ["gazette", "herald", "post"])
    #expect(lakeport?.entries.allSatisfy { $0.weight == 1 } == true)
  }
}
