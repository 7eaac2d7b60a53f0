import CrosscheckCore
import CrosscheckPipeline
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Measures the store's write path on synthetic documents and claims.
public enum StoreBenchmark {
  /// What one measurement found.
  public struct Result: Sendable {
    public var documents: Int
    public var claims: Int
    public var groups: Int
    /// Writing documents, sentences, MinHash signatures and bands, claims and dirty marks
    /// (prepared statements, one transaction per 64 documents), without reconciling: wall-clock
    /// seconds, and CPU seconds of the process (on a shared machine the CPU figure is the steadier).
    public var writeSeconds: Double
    public var writeCPUSeconds: Double = 0
    /// Reconciling every group the claims touched (0 when not measured).
    public var settleSeconds: Double = 0
    public var claimsPerSecond: Double { Double(claims) / max(writeSeconds, 1e-9) }
    public var claimsPerCPUSecond: Double { Double(claims) / max(writeCPUSeconds, 1e-9) }
    public var documentsPerSecond: Double { Double(documents) / max(writeSeconds, 1e-9) }
    /// Inserting the claim rows alone (the prepared claim statement, one transaction per 64
    /// documents' claims), into a second store.
    public var claimRowsSeconds: Double = 0
    public var claimRowsCPUSeconds: Double = 0
    public var claimRowsPerSecond: Double { Double(claims) / max(claimRowsSeconds, 1e-9) }
    public var claimRowsPerCPUSecond: Double { Double(claims) / max(claimRowsCPUSeconds, 1e-9) }
  }

  /// CPU seconds this process has used, all threads.
  static func cpuSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
  }

  /// Writes `claims` claims (50 per document, over `claims / 10` subjects and 4 attributes) into
  /// a new store under `directory`, writes the claim rows alone into a second store, and (when
  /// `reconciling`) reconciles the first.
  public static func measure(
    claims: Int, directory: String, pipeline: Pipeline, reconciling: Bool = true
  ) throws(StoreError) -> Result {
    try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let path = directory + "/bench.sqlite"
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    let store = try Store(path: path)
    let documents = syntheticDocuments(claims: claims, perDocument: 50)
    let written = documents.reduce(0) { $0 + $1.claims.count }
    let session = try IngestSession(store: store, pipeline: pipeline, inputs: ["benchmark"])
    var start = Date()
    var cpu = cpuSeconds()
    for i in stride(from: 0, to: documents.count, by: 64) {
      try session.write(documents[i..<min(i + 64, documents.count)].map { ($0, []) })
    }
    var result = Result(
      documents: documents.count, claims: written, groups: 0, writeSeconds: Date().timeIntervalSince(start),
      writeCPUSeconds: cpuSeconds() - cpu)

    let rowsPath = directory + "/rows.sqlite"
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: rowsPath + suffix) }
    let rowsStore = try Store(path: rowsPath)
    start = Date()
    cpu = cpuSeconds()
    for i in stride(from: 0, to: documents.count, by: 64) {
      let batch = documents[i..<min(i + 64, documents.count)]
      try rowsStore.write { db in
        let statement = try FastInsert(db, sql: StoreRows.insertClaim)
        let encoder = StoreRows.encoder()
        for d in batch {
          for c in d.claims {
            try statement.run { b in StoreRows.bindClaim(c, pipeline: 1, added: "t", encoder: encoder, &b) }
          }
        }
      }
    }
    result.claimRowsSeconds = Date().timeIntervalSince(start)
    result.claimRowsCPUSeconds = cpuSeconds() - cpu

    if reconciling {
      start = Date()
      let summary = try session.finish(scope: .touched)
      result.settleSeconds = Date().timeIntervalSince(start)
      result.groups = summary.groupsReconciled
    }
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

extension StoreBenchmark {
  /// One row of ``measureGrowth(stored:new:directory:pipeline:)``.
  public struct GrowthRow: Sendable {
    /// Documents in the store before the measured ingest.
    public var storedDocuments: Int
    /// The measured ingest.
    public var summary: IngestSummary
    /// Its whole time: reading, the per-document stages, writing and reconciling.
    public var seconds: Double
  }

  /// Ingests the same `new` text articles into stores already holding each of `stored`
  /// articles (about the same subjects, so the new claims join stored groups), and times that
  /// ingest alone.
  public static func measureGrowth(
    stored: [Int], new: Int, directory: String, pipeline: Pipeline
  ) async throws(StoreError) -> [GrowthRow] {
    let fresh = directory + "/new"
    writeArticles(0..<new, to: fresh)
    var rows: [GrowthRow] = []
    for m in stored {
      let base = directory + "/stored-\(m)"
      writeArticles(new..<(new + m), to: base)
      let path = directory + "/growth-\(m).sqlite"
      let store = try Store(path: path)
      if m > 0 { _ = try await store.ingest(inputs: [base], pipeline: pipeline) }
      let start = Date()
      let summary = try await store.ingest(inputs: [fresh], pipeline: pipeline)
      rows.append(GrowthRow(storedDocuments: m, summary: summary, seconds: Date().timeIntervalSince(start)))
      for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
      try? FileManager.default.removeItem(atPath: base)
    }
    return rows
  }

  /// Writes synthetic news articles `range` as text files: member counts and founding years of
  /// bodies (ports, rail, energy, ...) that articles state differently over ten years. As in
  /// news, article `n` speaks of the bodies in the news around it (a window of 40 of 1,600, moving
  /// with `n`), and most of its words are its own.
  static func writeArticles(_ range: Range<Int>, to directory: String) {
    try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let regions = [
      "Northern", "Southern", "Eastern", "Western", "Central", "Coastal", "Upper", "Lower", "Alpine", "Inland",
      "Greater", "Outer", "Middle", "Border", "Island", "Valley", "Highland", "Lakeland", "Delta", "Prairie",
    ]
    let trades = [
      "Ports", "Rail", "River", "Freight", "Harbour", "Energy", "Water", "Grain", "Ferry", "Transit",
      "Fishing", "Timber", "Textile", "Mining", "Airline", "Dairy", "Canal", "Salt", "Wool", "Steel",
    ]
    let kinds = ["Alliance", "Council", "Union", "Network"]
    let said = [
      "officials said", "a spokesman said", "records show", "its report says", "the minutes show",
      "a statement said", "the registry shows", "members said",
    ]
    // Made-up words from 8,000, so that articles share few word sequences and the near-copy
    // index finds few candidates.
    let syllables = ["ka", "lo", "mi", "ren", "sa", "tor", "vel", "du", "ni", "par", "que", "bo", "lin", "ast", "ho", "ter", "zu", "gan", "pe", "ris"]
    func subject(_ k: Int) -> String {
      "\(regions[k % 20]) \(trades[(k / 20) % 20]) \(kinds[(k / 400) % 4])"
    }
    for n in range {
      var state = UInt64(n) &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int(state >> 33) % bound
      }
      // A sentence's worth of made-up words, the first capitalized.
      func words(_ count: Int) -> String {
        let text = (0..<count).map { _ in syllables[next(20)] + syllables[next(20)] + syllables[next(20)] }
          .joined(separator: " ")
        return text.prefix(1).uppercased() + text.dropFirst()
      }
      var text = "Regional bodies, report \(n).\n\n"
      for _ in 0..<3 {
        let k = (n / 10 + next(40)) % 1600
        let a = subject(k)
        let year = 2015 + next(10)
        text += "\(words(12)). The \(a) was founded in \(1980 + k % 30 + (next(5) == 0 ? 1 : 0)), \(said[next(8)]). "
        text += "\(words(15)). In \(year) the \(a) had \(8 + k % 20 + (year - 2015) / 3 + (next(6) == 0 ? 2 : 0)) "
        text += "member cities, \(said[next(8)]). \(words(20)).\n\n"
      }
      try? text.write(toFile: directory + "/article-\(n).txt", atomically: false, encoding: .utf8)
    }
  }
}
