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
  /// Seconds spent in the transactions that wrote documents, and in reconciling.
  public var writeSeconds = 0.0
  public var reconcileSeconds = 0.0
  /// The part of ``reconcileSeconds`` spent estimating source reliability over the whole store.
  public var reliabilitySeconds = 0.0
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

  /// Writes a batch of documents in one transaction, and marks the groups their claims touch in
  /// the same transaction.
  func write(_ batch: [(Document?, [Problem])]) throws(StoreError) {
    guard !batch.isEmpty else { return }
    let hash = fingerprint.hash
    let pipelineID = self.pipelineID
    let now = self.now
    var counts = summary
    let started = Date()
    defer { summary.writeSeconds += Date().timeIntervalSince(started) }
    try store.write { db in
      var writer = DocumentWriter(pipeline: pipelineID, now: now)
      counts = summary
      let existing = try db.cachedStatement(
        sql: "SELECT p.hash, d.source FROM documents d JOIN pipelines p ON p.id = d.pipeline WHERE d.id = ?")
      for (document, problems) in batch {
        for p in problems { try writer.recordProblem(p, db) }
        counts.problems += problems
        guard let d = document else {
          if problems.contains(where: { $0.severity == .error }) { counts.failed += 1 }
          continue
        }
        let stored = try Row.fetchOne(existing, arguments: [d.id])
        try writer.recordSighting(d.id, file: d.file, db)
        if let stored {
          let producedBy: String = stored[0]
          if producedBy == hash {
            counts.known += 1
            counts.knownFiles.append(d.file)
            continue
          }
          try writer.removeAnnotations(of: d.id, db)
          try writer.insertAnnotations(d, db)
          try reextracted(d, oldSource: stored[1], db)
          counts.reextracted += 1
          counts.claims += d.claims.count
          continue
        }
        let signature = NearDuplicates.detector.signature(of: d.text)
        let copyOf = try signature.flatMap { try NearDuplicates.original(of: $0, db) }
        // A near copy speaks with its original's voice: it takes the original's source.
        let source =
          try copyOf.flatMap { try String.fetchOne(db, sql: "SELECT source FROM documents WHERE id = ?", arguments: [$0]) }
          ?? d.metadata.site ?? d.file
        try FastInsert(
          db,
          sql: """
            INSERT INTO documents (id, file, text, metadata, paragraphs, warnings, copy_of, pipeline, added, extracted, source)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
        ).run { b in
          b.add(d.id)
          b.add(d.file)
          b.add(d.text)
          b.add(StoreRows.json(d.metadata, writer.encoder))
          b.add(StoreRows.json(d.paragraphs, writer.encoder))
          b.add(StoreRows.json(d.warnings, writer.encoder))
          b.add(copyOf)
          b.add(pipelineID)
          b.add(now)
          b.add(now)
          b.add(source)
        }
        if let signature { try NearDuplicates.insert(signature, seq: db.lastInsertedRowID, db) }
        try writer.insertAnnotations(d, db)
        counts.new += 1
        counts.claims += d.claims.count
      }
      try writer.markTouched(db)
      try db.execute(
        sql: "UPDATE runs SET new = ?, known = ?, reextracted = ?, failed = ? WHERE id = ?",
        arguments: [counts.new, counts.known, counts.reextracted, counts.failed, counts.run])
    }
    summary = counts
  }

  /// Records a re-extracted document's new metadata. When that changes its source, the groups of
  /// its near copies (which share its source) are reconciled again too.
  func reextracted(_ d: Document, oldSource: String?, _ db: Database) throws {
    let source =
      try String.fetchOne(
        db, sql: "SELECT o.source FROM documents d JOIN documents o ON o.id = d.copy_of WHERE d.id = ?", arguments: [d.id])
      ?? d.metadata.site ?? d.file
    try db.execute(
      sql: "UPDATE documents SET pipeline = ?, extracted = ?, metadata = ?, warnings = ?, source = ? WHERE id = ?",
      arguments: [pipelineID, now, StoreRows.json(d.metadata), StoreRows.json(d.warnings), source, d.id])
    guard source != oldSource else { return }
    try db.execute(sql: "UPDATE documents SET source = ? WHERE copy_of = ?", arguments: [source, d.id])
    let groups = try Row.fetchAll(
      db,
      sql: """
        SELECT DISTINCT c.subject, c.attribute, c.qualifier FROM documents d JOIN claims c ON c.document = d.id
        WHERE d.copy_of = ?
        """, arguments: [d.id])
    for g in groups { try DocumentWriter.markDirty(GroupKey(subject: g[0], attribute: g[1], qualifier: g[2]), db) }
  }

  /// Re-reconciles what changed and closes the run.
  func finish(scope: ReconcileScope) throws(StoreError) -> IngestSummary {
    let started = Date()
    let settled = try store.settle(reconciler: reconciler, fingerprint: fingerprint, scope: scope, now: now)
    summary.groupsReconciled = settled.reconciled
    summary.groupsChanged = settled.changed
    summary.reliabilitySeconds = settled.reliabilitySeconds
    summary.reconcileSeconds = Date().timeIntervalSince(started)
    let s = summary
    try store.write { db in
      try db.execute(
        sql: "UPDATE runs SET finished = ?, groups_changed = ? WHERE id = ?",
        arguments: [Store.timestamp(), s.groupsChanged, s.run])
    }
    return s
  }
}
