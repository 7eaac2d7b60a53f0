import CrosscheckCore
import CrosscheckPipeline
import Foundation

/// Measures the store's write path on synthetic documents and claims.
public enum StoreBenchmark {
  /// What one measurement found.
  public struct Result: Sendable {
    public var documents: Int
    public var claims: Int
    public var groups: Int
    /// Writing documents, sentences, entities and claims (prepared statements, one transaction
    /// per 64 documents), without reconciling.
    public var writeSeconds: Double
    /// Reconciling every group the claims touched.
    public var settleSeconds: Double
    public var claimsPerSecond: Double { Double(claims) / max(writeSeconds, 1e-9) }
    /// Inserting the claim rows alone (the prepared claim statement, one transaction per 64
    /// documents' claims), into a second store.
    public var claimRowsSeconds: Double = 0
    public var claimRowsPerSecond: Double { Double(claims) / max(claimRowsSeconds, 1e-9) }
  }

  /// Writes `claims` claims (50 per document, over `claims / 10` subjects and 4 attributes) into
  /// a new store under `directory`, then reconciles.
  public static func measure(claims: Int, directory: String, pipeline: Pipeline) throws(StoreError) -> Result {
    try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let path = directory + "/bench.sqlite"
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    let store = try Store(path: path)
    let documents = syntheticDocuments(claims: claims, perDocument: 50)
    let session = try IngestSession(store: store, pipeline: pipeline, inputs: ["benchmark"])
    let start = Date()
    var i = 0
    while i < documents.count {
      let batch = documents[i..<min(i + 64, documents.count)]
      try session.write(batch.map { ($0, []) })
      i += 64
    }
    let wrote = Date().timeIntervalSince(start)
    let summary = try session.finish(scope: .touched)
    let settled = Date().timeIntervalSince(start) - wrote
    let rowsStore = try Store(path: directory + "/rows.sqlite")
    let rowsStart = Date()
    i = 0
    while i < documents.count {
      let batch = documents[i..<min(i + 64, documents.count)]
      try rowsStore.write { db in
        let statement = try db.cachedStatement(
          sql: "INSERT INTO claims (\(StoreRows.claimColumns)) VALUES (\(Array(repeating: "?", count: StoreRows.claimColumnCount).joined(separator: ", ")))")
        for d in batch {
          for c in d.claims {
            statement.setUncheckedArguments(StoreRows.claimArguments(c, pipeline: 1, added: "t"))
            try statement.execute()
          }
        }
      }
      i += 64
    }
    var result = Result(
      documents: documents.count, claims: summary.claims, groups: summary.groupsReconciled, writeSeconds: wrote,
      settleSeconds: settled)
    result.claimRowsSeconds = Date().timeIntervalSince(rowsStart)
    return result
  }

  /// Documents of `perDocument` claims each, one sentence per claim.
  static func syntheticDocuments(claims: Int, perDocument: Int) -> [Document] {
    let subjects = max(1, claims / 10)
    let attributes = ["member_count", "troop_count", "founding_year", "share"]
    var out: [Document] = []
    var made = 0
    var n = 0
    while made < claims {
      let count = min(perDocument, claims - made)
      var text = ""
      var sentences: [Sentence] = []
      var found: [Claim] = []
      for k in 0..<count {
        let subject = "Place \((made + k) * 7919 % subjects)"
        let value = Double(10 + (made + k) % 7)
        // Distinct words per sentence, so documents are not near copies of each other (news
        // articles mostly are not), which would make every document a candidate of every other.
        let words = ContentHash.id(of: "\(n)|\(k)")
        let line = "\(subject) has \(Int(value)) districts, \(words.prefix(5)) \(words.dropFirst(5).prefix(5)) \(words.suffix(6)). "
        let range = TextRange(text.utf8.count, text.utf8.count + line.utf8.count - 1)
        text += line
        sentences.append(Sentence(range))
        let id = ContentHash.id(of: "bench|\(n)|\(k)")
        found.append(
          Claim(
            id: id, document: "doc\(n)", sentence: range, span: range,
            subject: ClaimSubject(name: subject, mention: subject, type: .place, basis: "direct"),
            attribute: attributes[(made + k) % attributes.count], value: ClaimValue(low: value, high: value, modifier: .exact),
            unit: nil, time: TimeScope(year: 2020 + k % 3, basis: "explicit")))
      }
      var d = Document(id: ContentHash.id(of: text), file: "bench/\(n).txt", text: text)
      found = found.map { c in
        var c = c
        c.document = d.id
        return c
      }
      d.record(Annotations(sentences: sentences, claims: found))
      out.append(d)
      made += count
      n += 1
    }
    return out
  }
}
