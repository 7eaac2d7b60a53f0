import CrosscheckCore
import CrosscheckPipeline
import CrosscheckReconcile
import Foundation
import GRDB
import Testing

@testable import CrosscheckStore

@Suite struct StoreTests {
  @Test func ingestingTheSameFilesTwiceChangesOnlyTheSeenRecords() async throws {
    let dir = temporaryDirectory()
    try writeArticles(0..<12, to: dir + "/corpus")
    let pipeline = try defaultPipeline()
    let store = try Store(path: dir + "/store.sqlite")
    let first = try await store.ingest(inputs: [dir + "/corpus"], pipeline: pipeline)
    #expect(first.new == 12)
    #expect(first.claims > 20)
    let before = try dump(store)
    let sightingsBefore = try column(store, "SELECT sum(times) FROM sightings", as: Int.self).first
    let second = try await store.ingest(inputs: [dir + "/corpus"], pipeline: pipeline)
    #expect(second.new == 0)
    #expect(second.known == 12)
    #expect(second.claims == 0)
    #expect(second.groupsChanged == 0)
    #expect(try dump(store) == before)
    let sightingsAfter = try column(store, "SELECT sum(times) FROM sightings", as: Int.self).first
    #expect(sightingsAfter == (sightingsBefore ?? 0) + 12)
  }

  @Test func recordsAnotherFileWithTheSameTextAsSeenNotAsANewDocument() async throws {
    let dir = temporaryDirectory()
    try writeArticles(0..<3, to: dir + "/a")
    try FileManager.default.createDirectory(atPath: dir + "/b", withIntermediateDirectories: true)
    try fixtureArticle(1).write(toFile: dir + "/b/mirror.txt", atomically: true, encoding: .utf8)
    let store = try Store(path: dir + "/store.sqlite")
    let pipeline = try defaultPipeline()
    _ = try await store.ingest(inputs: [dir + "/a"], pipeline: pipeline)
    let s = try await store.ingest(inputs: [dir + "/b"], pipeline: pipeline)
    #expect(s.new == 0)
    #expect(s.known == 1)
    #expect(s.knownFiles == ["mirror.txt"])
    var alsoIn: [[String]] = []
    try store.forEachDocument { alsoIn.append($0.alsoIn) }
    #expect(alsoIn == [[], ["mirror.txt"], []])
  }

  @Test func ingestingInThreeBatchesGivesTheSameResultsAsOneBatch() async throws {
    let dir = temporaryDirectory()
    let parts = [dir + "/monday", dir + "/tuesday", dir + "/wednesday"]
    try writeArticles(0..<10, to: parts[0])
    try writeArticles(10..<17, to: parts[1])
    try writeArticles(17..<25, to: parts[2])
    // A near copy of a Monday article arrives on Wednesday: it must count as one source either way.
    let copy = fixtureArticle(3).replacingOccurrences(of: "officials said", with: "officials told reporters")
    try copy.write(toFile: parts[2] + "/syndicated.txt", atomically: true, encoding: .utf8)
    let pipeline = try defaultPipeline()

    let incremental = try Store(path: dir + "/incremental.sqlite")
    var changed: [Int] = []
    for part in parts { changed.append(try await incremental.ingest(inputs: [part], pipeline: pipeline).groupsChanged) }
    #expect(changed.allSatisfy { $0 > 0 })
    let oneShot = await CorpusRun(pipeline: pipeline).run(inputs: parts)
    #expect(oneShot.documents.contains { $0.copyOf != nil })

    let groups = try incremental.groups()
    #expect(groups.flatMap(\.conflicts) == oneShot.conflicts)
    #expect(groups.flatMap(\.reconciled) == oneShot.reconciled)
    #expect(Set(oneShot.conflicts.map(\.verdict)).count >= 2)
    var copies: [String: String] = [:]
    try incremental.forEachDocument { d in if let c = d.copyOf { copies[d.id] = c } }
    #expect(copies == Dictionary(uniqueKeysWithValues: oneShot.documents.compactMap { d in d.copyOf.map { (d.id, $0) } }))
  }

  @Test func reconcilesOnlyTheGroupsTheNewClaimsTouch() async throws {
    let dir = temporaryDirectory()
    try writeArticles(0..<10, to: dir + "/old")
    try FileManager.default.createDirectory(atPath: dir + "/new", withIntermediateDirectories: true)
    try """
      The Lunar Relay Mission was founded in 2011. In 2020 the Lunar Relay Mission had 4 members.
      """.write(toFile: dir + "/new/mission.txt", atomically: true, encoding: .utf8)
    let store = try Store(path: dir + "/store.sqlite")
    let pipeline = try defaultPipeline()
    let first = try await store.ingest(inputs: [dir + "/old"], pipeline: pipeline)
    let stamps = Dictionary(uniqueKeysWithValues: try store.groups().map { ($0.key, $0.changed) })
    let second = try await store.ingest(inputs: [dir + "/new"], pipeline: pipeline)
    #expect(first.groupsReconciled > second.groupsReconciled)
    #expect(second.groupsReconciled == 2)
    let after = try store.groups()
    #expect(after.filter { stamps[$0.key] == nil }.map(\.key.subject) == ["Lunar Relay Mission", "Lunar Relay Mission"])
    #expect(after.filter { stamps[$0.key] != nil }.allSatisfy { stamps[$0.key] == $0.changed })
    let since = after.map(\.changed).max()!
    let report = try store.report(format: .md, filter: GroupFilter(since: since))
    #expect(report.contains("Lunar Relay Mission"))
    #expect(!report.contains("Northern Ports Alliance"))
  }

  @Test func migratesAStoreWrittenByTheFirstSchemaOnOpen() throws {
    let dir = temporaryDirectory()
    let path = dir + "/old.sqlite"
    do {
      let queue = try DatabaseQueue(path: path)
      try StoreSchema.migrator.migrate(queue, upTo: StoreSchema.identifiers[0])
      try queue.write { db in
        try db.execute(sql: "INSERT INTO pipelines (id, file, hash, name, first_used) VALUES (1, 'p.yml', 'h', 'p', 't')")
        try db.execute(
          sql: """
            INSERT INTO documents (id, file, text, metadata, paragraphs, warnings, pipeline, added, extracted)
            VALUES ('d1', 'a.txt', ?, '{}', '[]', '[]', 1, 't', 't')
            """, arguments: [fixtureArticle(4)])
        try db.execute(sql: "INSERT INTO store_info (key, value) VALUES ('schema_version', '1')")
      }
    }
    let store = try Store(path: path)
    #expect(try store.status().schemaVersion == Store.schemaVersion)
    #expect(try store.status().documents == 1)
    let bands = try column(store, "SELECT count(*) FROM bands", as: Int.self).first
    #expect(bands == NearDuplicates.detector.bandCount)
  }

  @Test func refusesAStoreWrittenByANewerVersion() throws {
    let dir = temporaryDirectory()
    let path = dir + "/new.sqlite"
    _ = try Store(path: path)
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in
      try db.execute(sql: "UPDATE store_info SET value = '99' WHERE key = 'schema_version'")
    }
    #expect(throws: StoreError(path: path, reason: .newerSchema(found: 99, supported: Store.schemaVersion))) {
      try Store(path: path)
    }
    try queue.write { db in
      try db.execute(sql: "UPDATE store_info SET value = '2' WHERE key = 'schema_version'")
      try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v3-from-the-future')")
    }
    #expect(throws: StoreError.self) { try Store(path: path) }
    let message = (try? Store(path: path)).map { _ in "" } ?? "\(StoreError(path: path, reason: .newerSchema(found: 3, supported: 2)))"
    #expect(message.contains("newer crosscheck"))
  }

  @Test func refusesToReadAStoreThatDoesNotExist() {
    let path = temporaryDirectory() + "/none.sqlite"
    #expect(throws: StoreError(path: path, reason: .missing)) { try Store(path: path, create: false) }
    #expect(!FileManager.default.fileExists(atPath: path))
  }

  @Test func reExtractsDocumentsWhenThePipelineChangesAndRecordsWhichPipelineMadeEachClaim() async throws {
    let dir = temporaryDirectory()
    try writeArticles(0..<6, to: dir + "/corpus")
    let lexicons = repositoryRoot + "/Pipelines/lexicons"
    func pipelineText(tolerance: String) -> String {
      let original = (try? String(contentsOfFile: repositoryRoot + "/Pipelines/default.yml", encoding: .utf8)) ?? ""
      return original.replacingOccurrences(of: "lexicons/", with: lexicons + "/")
        .replacingOccurrences(of: "relative-tolerance: 0.02", with: "relative-tolerance: \(tolerance)")
    }
    let file = dir + "/pipeline.yml"
    try pipelineText(tolerance: "0.02").write(toFile: file, atomically: true, encoding: .utf8)
    let store = try Store(path: dir + "/store.sqlite")
    let first = try await store.ingest(inputs: [dir + "/corpus"], pipeline: try Pipeline.load(file: file))
    #expect(first.new == 6)
    try pipelineText(tolerance: "0.03").write(toFile: file, atomically: true, encoding: .utf8)
    let changed = try Pipeline.load(file: file)
    let second = try await store.ingest(inputs: [dir + "/corpus"], pipeline: changed)
    #expect(second.reextracted == 6)
    #expect(second.known == 0)
    let hashes = try column(store, "SELECT DISTINCT p.hash FROM claims c JOIN pipelines p ON p.id = c.pipeline", as: String.self)
    #expect(hashes == [PipelineFingerprint(pipeline: changed).hash])
    #expect(try store.status().documentsFromOtherPipelines == 0)
    #expect(try store.status().claims == first.claims)
    let third = try await store.ingest(inputs: [dir + "/corpus"], pipeline: changed)
    #expect(third.known == 6)
  }

  @Test func changingALexiconTheFileNamesChangesTheFingerprint() throws {
    let dir = temporaryDirectory()
    try "alpha\n".write(toFile: dir + "/words.txt", atomically: true, encoding: .utf8)
    let yaml = Array("stages:\n  - use: x\n    with: { words: words.txt }\n".utf8)
    let before = PipelineFingerprint(file: dir + "/p.yml", name: "p", yaml: yaml)
    try "beta\n".write(toFile: dir + "/words.txt", atomically: true, encoding: .utf8)
    let after = PipelineFingerprint(file: dir + "/p.yml", name: "p", yaml: yaml)
    #expect(before.hash != after.hash)
  }

  @Test func readersAndASecondWriterWorkWhileAnIngestRuns() async throws {
    let dir = temporaryDirectory()
    try writeArticles(0..<60, to: dir + "/a")
    try writeArticles(40..<100, to: dir + "/b")
    let path = dir + "/store.sqlite"
    let pipeline = try defaultPipeline()
    // Two Store values are two connection pools, as two processes would have.
    let one = try Store(path: path)
    let two = try Store(path: path)
    let reader = try Store(path: path, create: false)
    async let a = one.ingest(inputs: [dir + "/a"], pipeline: pipeline, batchSize: 4)
    async let b = two.ingest(inputs: [dir + "/b"], pipeline: pipeline, batchSize: 4)
    var reads = 0
    var lastCount = 0
    for _ in 0..<20 {
      let s = try reader.status()
      #expect(s.documents >= lastCount)
      lastCount = s.documents
      var lines = 0
      try reader.export(.claims, format: .jsonl) { lines += $0.split(separator: "\n").count }
      // A batch may commit between the two reads: the export sees at least what the status
      // before it saw and at most what a status after it sees (each read is one snapshot).
      let after = try reader.status()
      #expect(lines >= s.claims && lines <= after.claims)
      reads += 1
      try await Task.sleep(nanoseconds: 20_000_000)
    }
    let (ra, rb) = try await (a, b)
    #expect(reads == 20)
    #expect(ra.new + rb.new == 100)
    #expect(ra.known + rb.known == 20)
    let status = try reader.status()
    #expect(status.documents == 100)
    #expect(status.pendingGroups == 0)
    let integrity = try column(reader, "PRAGMA integrity_check", as: String.self).first
    #expect(integrity == "ok")
    let oneShot = await CorpusRun(pipeline: pipeline).run(inputs: [dir + "/a", dir + "/b"])
    #expect(status.claims == oneShot.summary.claims)
    // Whichever writer settles last estimates source reliability over everything both wrote.
    #expect(try reader.groups().flatMap(\.reconciled) == oneShot.reconciled)
    #expect(try reader.groups().flatMap(\.conflicts) == oneShot.conflicts)
  }

  @Test func reconcilingEveryGroupGivesTheOneShotResultsWhateverTheBatches() async throws {
    let dir = temporaryDirectory()
    try writeArticles(0..<15, to: dir + "/one")
    try FileManager.default.createDirectory(atPath: dir + "/two", withIntermediateDirectories: true)
    try """
      The Northern Ports Alliance was founded in 1994. In 2018 the Northern Ports Alliance had 30 member cities.
      """.write(toFile: dir + "/two/outlier.txt", atomically: true, encoding: .utf8)
    let pipeline = try defaultPipeline()
    let store = try Store(path: dir + "/store.sqlite")
    _ = try await store.ingest(inputs: [dir + "/one"], pipeline: pipeline)
    _ = try await store.ingest(inputs: [dir + "/two"], pipeline: pipeline, scope: .all)
    let oneShot = await CorpusRun(pipeline: pipeline).run(inputs: [dir + "/one", dir + "/two"])
    #expect(try store.groups().flatMap(\.reconciled) == oneShot.reconciled)
    #expect(try store.groups().flatMap(\.conflicts) == oneShot.conflicts)
  }

  @Test func measuresClaimWrites() throws {
    let result = try StoreBenchmark.measure(claims: 20_000, directory: temporaryDirectory(), pipeline: try defaultPipeline())
    print(String(format: "store benchmark: %d claims written at %.0f claims/s; %d groups reconciled in %.2f s", result.claims, result.claimsPerSecond, result.groups, result.settleSeconds))
    #expect(result.claims == 20_000)
  }
}
