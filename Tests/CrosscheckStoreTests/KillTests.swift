import CrosscheckPipeline
import Foundation
import GRDB
import Testing

@testable import CrosscheckStore

#if canImport(Glibc)
  import Glibc
#endif

/// The built `crosscheck` executable next to the test bundle, if `swift build` made it.
func crosscheckBinary() -> String? {
  var candidates: [String] = []
  for start in [CommandLine.arguments.first ?? "", Bundle.main.bundlePath, Bundle.main.executablePath ?? ""] where !start.isEmpty {
    var url = URL(fileURLWithPath: start)
    for _ in 0..<4 {
      url.deleteLastPathComponent()
      candidates.append(url.appendingPathComponent("crosscheck").path)
    }
  }
  return candidates.first { path in
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
      && FileManager.default.isExecutableFile(atPath: path)
  }
}

@Suite struct KillTests {
  @Test func aKilledIngestLosesNothingCommittedAndTheNextRunCompletesIt() async throws {
    guard let binary = crosscheckBinary() else {
      print("skipped: no built crosscheck executable next to the test bundle; run 'swift build' first")
      return
    }
    let dir = temporaryDirectory()
    let count = 1000
    try writeArticles(0..<count, to: dir + "/corpus")
    let store = dir + "/store.sqlite"
    func launch() throws -> Process {
      let p = Process()
      p.executableURL = URL(fileURLWithPath: binary)
      p.arguments = [
        "ingest", dir + "/corpus", "--store", store, "--pipeline", repositoryRoot + "/Pipelines/default.yml",
        "--batch", "1", "--quiet",
      ]
      p.standardOutput = FileHandle.nullDevice
      p.standardError = FileHandle.nullDevice
      try p.run()
      return p
    }
    let first = try launch()
    // Wait until some documents are committed, then kill without warning.
    let committedBefore = waitForCommittedDocuments(in: store, atLeast: 4, while: first)
    let wasRunning = first.isRunning
    kill(first.processIdentifier, SIGKILL)
    first.waitUntilExit()
    #expect(wasRunning, "the ingest finished before it could be killed; make the corpus larger")
    #expect(first.terminationReason == .uncaughtSignal)

    let afterKill = try Store(path: store, create: false)
    let survivors = try column(afterKill, "SELECT id FROM documents", as: String.self)
    #expect(survivors.count >= committedBefore)
    #expect(survivors.count < count)
    // Every committed document is whole: its claims are there, and its groups are reconciled or
    // waiting to be.
    let orphanClaims = try column(
      afterKill, "SELECT count(*) FROM claims WHERE document NOT IN (SELECT id FROM documents)", as: Int.self)
    #expect(orphanClaims == [0])

    let second = try launch()
    second.waitUntilExit()
    #expect(second.terminationStatus == 0)
    let done = try Store(path: store, create: false)
    let status = try done.status()
    #expect(status.documents == count)
    #expect(status.pendingGroups == 0)
    #expect(Set(survivors).isSubset(of: Set(try column(done, "SELECT id FROM documents", as: String.self))))
    #expect(try column(done, "SELECT count(*) - count(DISTINCT id) FROM claims", as: Int.self) == [0])
    #expect(try column(done, "PRAGMA integrity_check", as: String.self) == ["ok"])

    // The same corpus ingested without interruption gives the same claims and reconciled values.
    let clean = try Store(path: dir + "/clean.sqlite")
    _ = try await clean.ingest(inputs: [dir + "/corpus"], pipeline: try defaultPipeline())
    #expect(try clean.status().claims == status.claims)
    #expect(Set(try clean.groups().flatMap(\.reconciledLines)) == Set(try done.groups().flatMap(\.reconciledLines)))
    #expect(Set(try clean.groups().flatMap(\.conflictLines)) == Set(try done.groups().flatMap(\.conflictLines)))
  }
}

/// Polls `store` until it holds `atLeast` documents or `process` ends, and returns the count seen.
///
/// It blocks this thread (plain sleeps, a synchronous read-only connection, which in WAL mode never
/// waits for the writer): other suites run in parallel and can keep every cooperative-pool thread
/// busy, so an `await` here could resume only after the ingest has finished.
private func waitForCommittedDocuments(in store: String, atLeast: Int, while process: Process) -> Int {
  var readOnly = Configuration()
  readOnly.readonly = true
  var reader: DatabaseQueue?
  for _ in 0..<6000 {
    usleep(5_000)
    if reader == nil, FileManager.default.fileExists(atPath: store) {
      reader = try? DatabaseQueue(path: store, configuration: readOnly)
    }
    if let reader,
      let n = try? reader.read({ db in try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") ?? 0 }),
      n >= atLeast
    {
      return n
    }
    if !process.isRunning { break }
  }
  return 0
}
