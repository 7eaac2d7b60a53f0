import CrosscheckCore
import CrosscheckPipeline
import Foundation
import GRDB

@testable import CrosscheckStore

/// The repository root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().path

/// The default pipeline of the repository.
func defaultPipeline() throws -> Pipeline {
  try Pipeline.load(file: repositoryRoot + "/Pipelines/default.yml")
}

/// The folder this test process keeps its stores in, one per process. Making it removes the
/// folders of test processes that no longer run: each run writes tens of megabytes of stores,
/// which would otherwise pile up run after run (a test process may be killed before it could
/// clean up after itself, and others may run at the same time).
let processFolder: String = {
  let base = NSTemporaryDirectory() + "crosscheck-store-tests"
  let files = FileManager.default
  for entry in (try? files.contentsOfDirectory(atPath: base)) ?? [] {
    guard let pid = Int32(entry), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
    try? files.removeItem(atPath: base + "/" + entry)
  }
  return base + "/\(getpid())"
}()

/// A fresh directory under the system's temporary directory.
func temporaryDirectory(_ name: String = #function) -> String {
  let clean = name.filter { $0.isLetter || $0.isNumber }
  let path = processFolder + "/\(clean)-\(UUID().uuidString.prefix(8))"
  try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}

/// Subjects from several domains, each with values that differ between articles.
let fixtureSubjects = [
  "Northern Ports Alliance", "Orbital Freight Consortium", "Andean River Council", "Baltic Rail Union",
  "Coastal Cities Network",
]

/// Article `n` of a generated corpus: founding years and member counts of a few subjects, with
/// explicit years, so that articles agree, disagree and change over time.
func fixtureArticle(_ n: Int) -> String {
  let a = fixtureSubjects[n % fixtureSubjects.count]
  let b = fixtureSubjects[(n * 3 + 1) % fixtureSubjects.count]
  let founded = 1990 + (n % 3 == 0 ? 1 : 0) + fixtureSubjects.firstIndex(of: a)!
  let year = 2015 + n % 6
  let members = 8 + (n % 4) + (year - 2015) / 2
  return """
    Report number \(n) on regional bodies.

    The \(a) was founded in \(founded). In \(year) the \(a) had \(members) member cities, officials said.

    The \(b) has \(10 + n % 5) members, according to a statement published in \(2016 + n % 4).

    \(fillerWords(n))
    """
}

/// Forty words picked by a small generator seeded with `n`, so that no two articles are near copies.
func fillerWords(_ n: Int) -> String {
  let words = [
    "harbour", "freight", "weather", "council", "river", "bridge", "market", "tunnel", "station", "ferry",
    "budget", "school", "garden", "museum", "airport", "canal", "festival", "library", "clinic", "stadium",
    "quay", "tram", "orchard", "factory", "lighthouse", "archive", "theatre", "depot", "square", "forest",
  ]
  var state = UInt64(n) &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
  var out: [String] = []
  for _ in 0..<40 {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    out.append(words[Int(state >> 33) % words.count])
  }
  return "Notes: " + out.joined(separator: " ") + "."
}

/// Writes articles `range` as text files into `directory`.
func writeArticles(_ range: Range<Int>, to directory: String) throws {
  try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  for n in range {
    try fixtureArticle(n).write(toFile: directory + "/article-\(String(format: "%05d", n)).txt", atomically: true, encoding: .utf8)
  }
}

/// Every row of every table except the ones that record when things were seen, as text.
func dump(_ store: Store, except skipped: Set<String> = ["sightings", "runs", "problems", "grdb_migrations"]) throws -> [String: [String]] {
  try store.pool.read { db in
    var out: [String: [String]] = [:]
    let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    for table in tables where !skipped.contains(table) && !table.hasPrefix("sqlite_") {
      out[table] = try Row.fetchAll(db, sql: "SELECT * FROM \(table)").map { $0.description }.sorted()
    }
    return out
  }
}

/// The first column of every row of a query, read synchronously.
func column<T: DatabaseValueConvertible>(_ store: Store, _ sql: String, as: T.Type = T.self) throws -> [T] {
  try store.pool.read { try T.fetchAll($0, sql: sql) }
}
