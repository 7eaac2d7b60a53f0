import CrosscheckCore
import CrosscheckPipeline
import Foundation
import GRDB

/// What one ingest did.
public struct IngestSummary: Sendable, Hashable, Codable {
  /// The run's number in the store's `runs` table.
  public var run: Int64
  /// Documents not in the store before.
  public var new = 0
  /// Documents already in the store with the same content hash and pipeline: skipped, only the
  /// file name recorded as seen.
  public var known = 0
  /// Documents already in the store whose annotations came from another pipeline version: their
  /// sentences, entities and claims were extracted again.
  public var reextracted = 0
  /// Inputs that could not be processed.
  public var failed = 0
  /// Claims written.
  public var claims = 0
  /// Groups re-reconciled, and those whose conflicts or reconciled values changed.
  public var groupsReconciled = 0
  public var groupsChanged = 0
  /// Files of the known documents, and the problems met (failures and warnings).
  public var knownFiles: [String] = []
  public var problems: [Problem] = []

  public init(run: Int64) { self.run = run }
}

extension Store {
  /// Reads the inputs (directories, files, WARC, JSON Lines, `.gz`, `-`) with the pipeline and
  /// writes every document that is new (or was annotated by another pipeline version), then
  /// re-reconciles the groups the written claims touched.
  ///
  /// Documents are written in input order, `batchSize` documents (or a quarter second's worth)
  /// per transaction, each document whole in one transaction: a killed ingest leaves every
  /// committed document complete and the groups it touched marked for the next run to reconcile.
  public func ingest(
    inputs: [String], standardInput: [UInt8]? = nil, pipeline: Pipeline, batchSize: Int = 64,
    scope: ReconcileScope = .touched, progress: (@Sendable (Int, Int) -> Void)? = nil
  ) async throws(StoreError) -> IngestSummary {
    let session = try IngestSession(store: self, pipeline: pipeline, inputs: inputs)
    var buffer: [(Document?, [Problem])] = []
    var failure: StoreError?
    var lastFlush = Date()
    let runner = CorpusRun(pipeline: pipeline)
    let found = await runner.stream(inputs: inputs, standardInput: standardInput, progress: progress) { document, problems in
      guard failure == nil else { return }
      buffer.append((document, problems))
      if buffer.count >= max(1, batchSize) || Date().timeIntervalSince(lastFlush) > 0.25 {
        do throws(StoreError) { try session.write(buffer) } catch { failure = error }
        buffer.removeAll(keepingCapacity: true)
        lastFlush = Date()
      }
    }
    if let failure { throw failure }
    try session.write(buffer + found.map { (nil, [$0]) })
    return try session.finish(scope: scope)
  }

  /// Writes documents that are already annotated (tests, benchmarks, other front ends), in one
  /// transaction, then re-reconciles what they touched.
  public func ingest(
    documents: [Document], pipeline: Pipeline, label: String = "documents", scope: ReconcileScope = .touched
  ) throws(StoreError) -> IngestSummary {
    let session = try IngestSession(store: self, pipeline: pipeline, inputs: [label])
    try session.write(documents.map { ($0, []) })
    return try session.finish(scope: scope)
  }
}

/// One ingest in progress: the run row, the pipeline row and the counts so far.
final class IngestSession {
  let store: Store
  let fingerprint: PipelineFingerprint
  let reconciler: GroupReconciler
  let pipelineID: Int64
  let now: String
  var summary: IngestSummary

  init(store: Store, pipeline: Pipeline, inputs: [String]) throws(StoreError) {
    self.store = store
    fingerprint = PipelineFingerprint(pipeline: pipeline)
    reconciler = GroupReconciler(pipeline: pipeline)
    let now = Store.timestamp()
    self.now = now
    let fingerprint = self.fingerprint
    let (pipelineID, run) = try store.write { db -> (Int64, Int64) in
      try db.execute(
        sql: "INSERT OR IGNORE INTO pipelines (file, hash, name, first_used) VALUES (?, ?, ?, ?)",
        arguments: [fingerprint.file, fingerprint.hash, fingerprint.name, now])
      let id =
        try Int64.fetchOne(
          db, sql: "SELECT id FROM pipelines WHERE file = ? AND hash = ?", arguments: [fingerprint.file, fingerprint.hash]) ?? 0
      try db.execute(
        sql: "INSERT INTO runs (started, pipeline, inputs) VALUES (?, ?, ?)",
        arguments: [now, id, inputs.joined(separator: "\n")])
      return (id, db.lastInsertedRowID)
    }
    self.pipelineID = pipelineID
    summary = IngestSummary(run: run)
  }

  /// Writes a batch of documents in one transaction.
  func write(_ batch: [(Document?, [Problem])]) throws(StoreError) {
    guard !batch.isEmpty else { return }
    let writer = DocumentWriter(pipeline: pipelineID, now: now)
    let hash = fingerprint.hash
    let pipelineID = self.pipelineID
    var counts = summary
    try store.write { db in
      counts = summary
      for (document, problems) in batch {
        for p in problems { try writer.recordProblem(p, db) }
        counts.problems += problems
        guard let d = document else {
          if problems.contains(where: { $0.severity == .error }) { counts.failed += 1 }
          continue
        }
        let existing = try Row.fetchOne(
          db, sql: "SELECT p.hash FROM documents d JOIN pipelines p ON p.id = d.pipeline WHERE d.id = ?",
          arguments: [d.id])
        try writer.recordSighting(d.id, file: d.file, db)
        if let existing {
          let producedBy: String = existing["hash"]
          if producedBy == hash {
            counts.known += 1
            counts.knownFiles.append(d.file)
            continue
          }
          try writer.removeAnnotations(of: d.id, db)
          try writer.insertAnnotations(d, db)
          try db.execute(
            sql: "UPDATE documents SET pipeline = ?, extracted = ?, metadata = ?, warnings = ? WHERE id = ?",
            arguments: [pipelineID, now, StoreRows.json(d.metadata), StoreRows.json(d.warnings), d.id])
          counts.reextracted += 1
          counts.claims += d.claims.count
          continue
        }
        let signature = NearDuplicates.detector.signature(of: d.text)
        let copyOf = try signature.flatMap { try NearDuplicates.original(of: $0, db) }
        try db.cachedStatement(
          sql: """
            INSERT INTO documents (id, file, text, metadata, paragraphs, warnings, copy_of, pipeline, added, extracted)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
        ).execute(arguments: [
          d.id, d.file, d.text, StoreRows.json(d.metadata), StoreRows.json(d.paragraphs), StoreRows.json(d.warnings),
          copyOf, pipelineID, now, now,
        ])
        if let signature { try NearDuplicates.insert(signature, seq: db.lastInsertedRowID, db) }
        try writer.insertAnnotations(d, db)
        counts.new += 1
        counts.claims += d.claims.count
      }
      try db.execute(
        sql: "UPDATE runs SET new = ?, known = ?, reextracted = ?, failed = ? WHERE id = ?",
        arguments: [counts.new, counts.known, counts.reextracted, counts.failed, counts.run])
    }
    summary = counts
  }

  /// Re-reconciles what changed and closes the run.
  func finish(scope: ReconcileScope) throws(StoreError) -> IngestSummary {
    let (reconciled, changed) = try store.settle(reconciler: reconciler, fingerprint: fingerprint, scope: scope, now: now)
    summary.groupsReconciled = reconciled
    summary.groupsChanged = changed
    let s = summary
    try store.write { db in
      try db.execute(
        sql: "UPDATE runs SET finished = ?, groups_changed = ? WHERE id = ?",
        arguments: [Store.timestamp(), s.groupsChanged, s.run])
    }
    return s
  }
}
