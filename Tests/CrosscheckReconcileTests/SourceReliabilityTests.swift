import CrosscheckCore
import Testing

@testable import CrosscheckReconcile

@Suite struct SourceReliabilityTests {
  let reconciler = NumericReconciler(fixedAttributes: [])

  func sources(_ pairs: [(String, String)]) -> ReconcileContext {
    var documents: [String: DocumentSource] = [:]
    for (document, site) in pairs { documents[document] = DocumentSource(source: site) }
    return ReconcileContext(documents: documents)
  }

  @Test func trustsTheSourceThatAgreesWithOthersWhenTwoSourcesDisagreeAlone() throws {
    // Two city registers agree with each other year after year; a blog does not. In 2021 only
    // one register and the blog speak, and the register's record decides.
    let claims = [
      claim("r1-19", 100, year: 2019, document: "r1-19"), claim("r2-19", 100, year: 2019, document: "r2-19"),
      claim("b-19", 140, year: 2019, document: "b-19"),
      claim("r1-20", 110, year: 2020, document: "r1-20"), claim("r2-20", 110, year: 2020, document: "r2-20"),
      claim("b-20", 150, year: 2020, document: "b-20"),
      claim("r1-21", 160, year: 2021, document: "r1-21"), claim("b-21", 120, year: 2021, document: "b-21"),
    ]
    let context = sources([
      ("r1-19", "Register One"), ("r1-20", "Register One"), ("r1-21", "Register One"),
      ("r2-19", "Register Two"), ("r2-20", "Register Two"),
      ("b-19", "Blog"), ("b-20", "Blog"), ("b-21", "Blog"),
    ])
    let (_, values) = reconciler.reconcile(claims, context: context)
    let latest = try #require(values.first { $0.year == 2021 })
    #expect(latest.value.low == 160)
    let evidence = try #require(latest.evidence)
    let register = try #require(evidence.first { $0.source == "Register One" }?.reliability)
    let blog = try #require(evidence.first { $0.source == "Blog" }?.reliability)
    #expect(register > 0.8 && blog < 0.5)
  }

  @Test func leavesALoneClaimAtThePriorAndBelowCertainty() throws {
    let (_, values) = reconciler.reconcile([claim("a", 42, year: 2020)])
    let only = try #require(values.first)
    #expect(only.evidence?.first?.reliability == 0.8)
    #expect(only.confidence > 0.5 && only.confidence < 0.7)
  }

  @Test func letsCloseValuesSupportEachOther() throws {
    // Three close estimates that do not overlap outweigh two claims of a far value together,
    // though each alone has less support than the far value.
    let close = [5_000.0, 5_300, 5_600].enumerated().map { n, v in claim("c\(n)", v, year: 2020, attribute: "workforce") }
    let far = [claim("f0", 9_000, year: 2020, attribute: "workforce"), claim("f1", 9_000, year: 2020, attribute: "workforce")]
    let (_, values) = reconciler.reconcile(close + far)
    let value = try #require(values.first)
    #expect(value.value.low == 5_300)
    #expect(value.dissenting == 4)
  }

  @Test func countsASentenceRepeatedWordForWordOnce() throws {
    let copied = "Lakeport has 7 ferry lines, the port authority said."
    var claims: [Claim] = []
    var context = ReconcileContext()
    for (n, site) in ["Coast Daily", "Bay Wire", "Harbor Times"].enumerated() {
      claims.append(claim("copy\(n)", 7, year: 2022, attribute: "line_count", document: "d\(n)"))
      context.sentences["copy\(n)"] = n == 1 ? copied.uppercased() : copied
      context.documents["d\(n)"] = DocumentSource(source: site)
    }
    for (n, site) in ["Ferry Review", "Lakeport Herald"].enumerated() {
      claims.append(claim("own\(n)", 8, year: 2022, attribute: "line_count", document: "e\(n)"))
      context.sentences["own\(n)"] = "The ferry company runs \(n == 0 ? "eight" : "8") lines."
      context.documents["e\(n)"] = DocumentSource(source: site)
    }
    let (_, values) = reconciler.reconcile(claims, context: context)
    let value = try #require(values.first)
    #expect(value.value.low == 8)
    let copies = (value.evidence ?? []).filter { $0.copyOf != nil }
    #expect(copies.map(\.claim) == ["copy1", "copy2"])
    #expect(copies.allSatisfy { $0.weight == 0 && $0.copyOf == "copy0" })
  }

  @Test func countsANearCopyDocumentAsItsOriginal() throws {
    let claims = [
      claim("orig", 30, year: 2020, document: "wire"), claim("copy", 30, year: 2020, document: "reprint"),
      claim("other", 31, year: 2020, document: "rival"),
    ]
    let context = ReconcileContext(documents: [
      "wire": DocumentSource(source: "Wire"), "reprint": DocumentSource(source: "Wire", copyOf: "wire"),
      "rival": DocumentSource(source: "Rival"),
    ])
    let (_, values) = reconciler.reconcile(claims, context: context)
    let value = try #require(values.first)
    #expect(value.supportingSources == 1)
    #expect(value.evidence?.first { $0.claim == "copy" }?.copyOf == "orig")
  }

  @Test func treatsDocumentsOfOneSiteAsOneSource() throws {
    let claims = [claim("a", 4, year: 2020, document: "p1"), claim("b", 4, year: 2020, document: "p2")]
    let context = sources([("p1", "Valley News"), ("p2", "Valley News")])
    let (_, values) = reconciler.reconcile(claims, context: context)
    #expect(values.first?.supportingSources == 1)
    #expect(values.first?.supporting == 2)
  }
}

@Suite struct GivenReliabilityTests {
  @Test func reconcilesOneGroupLikeTheWholeWhenGivenTheWholesReliability() {
    let reconciler = NumericReconciler(fixedAttributes: [])
    let claims = [
      claim("a1", 10, year: 2020, document: "a", subject: "Elm Trust"), claim("b1", 10, year: 2020, document: "b", subject: "Elm Trust"),
      claim("c1", 14, year: 2020, document: "c", subject: "Elm Trust"),
      claim("a2", 7, year: 2021, document: "a", subject: "Oak Guild"), claim("c2", 9, year: 2021, document: "c", subject: "Oak Guild"),
    ]
    let whole = reconciler.reconcile(claims).reconciled.filter { $0.subject == "Oak Guild" }
    let alone = reconciler.reconcile(claims.filter { $0.subject.name == "Oak Guild" }).reconciled
    var context = ReconcileContext()
    context.reliability = reconciler.sourceReliability(claims)
    let given = reconciler.reconcile(claims.filter { $0.subject.name == "Oak Guild" }, context: context).reconciled
    #expect(whole == given)
    #expect(whole != alone)
    #expect(whole.first?.value.low == 7)
  }
}
