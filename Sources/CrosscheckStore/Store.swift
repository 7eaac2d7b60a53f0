import Foundation
import GRDB

/// The embedded store: one SQLite file (through GRDB) holding documents, their sentences, entities
/// and claims, the reconciled groups, and a record of every ingest.
///
/// The file is in WAL mode, so readers (`report`, `export`, `status`) never wait for an ingest,
/// and a second writer waits for the first (busy timeout) instead of failing. Opening migrates an
/// older store and refuses a newer one.
public final class Store: Sendable {
  /// The store file, as given.
  public let path: String
  let pool: DatabasePool

  /// The schema version this build writes.
  public static var schemaVersion: Int { StoreSchema.version }

  /// Opens (and when `create` is true, creates) the store at `path`, migrating it to the current
  /// schema. Throws ``StoreError`` for a missing file (when not creating), a file that is not a
  /// store, or a store written by a newer version.
  public init(path: String, create: Bool = true, busyTimeout: TimeInterval = 60) throws(StoreError) {
    self.path = path
    let exists = FileManager.default.fileExists(atPath: path)
    if !exists {
      guard create else { throw StoreError(path: path, reason: .missing) }
      let directory = (path as NSString).deletingLastPathComponent
      if !directory.isEmpty {
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
      }
    }
    var config = Configuration()
    config.busyMode = .timeout(busyTimeout)
    config.prepareDatabase { db in
      // In WAL mode NORMAL loses no committed transaction when the process dies; only a power
      // failure can lose the last ones, and it never corrupts the file.
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
      // The claim indexes are keyed by hashes and names, so inserts land on random pages; a
      // 64 MB page cache keeps them in memory instead of re-reading them for every row.
      try db.execute(sql: "PRAGMA cache_size = -65536")
      db.add(function: StoreRows.groupHashFunction)
    }
    do {
      pool = try DatabasePool(path: path, configuration: config)
    } catch {
      throw StoreError(path: path, reason: .notAStore("\(error)"))
    }
    try migrate()
  }

  func migrate() throws(StoreError) {
    let migrator = StoreSchema.migrator
    do {
      try pool.writeWithoutTransaction { db in
        try db.inTransaction(.immediate) {
          if try db.tableExists("store_info"),
            let found = try String.fetchOne(db, sql: "SELECT value FROM store_info WHERE key = 'schema_version'")
              .flatMap({ Int($0) }), found > StoreSchema.version
          {
            throw StoreError(path: path, reason: .newerSchema(found: found, supported: StoreSchema.version))
          }
          if try migrator.hasBeenSuperseded(db) {
            let unknown = try migrator.appliedIdentifiers(db).subtracting(StoreSchema.identifiers)
            throw StoreError(
              path: path, reason: .newerSchema(found: StoreSchema.version + unknown.count, supported: StoreSchema.version))
          }
          if try !db.tableExists("grdb_migrations"), try db.tableExists("documents") {
            throw StoreError(path: path, reason: .notAStore("it has tables but no migration record"))
          }
          return .commit
        }
      }
      try migrator.migrate(pool)
      try pool.write { db in
        try db.execute(
          sql: "INSERT OR REPLACE INTO store_info (key, value) VALUES ('schema_version', ?)",
          arguments: [String(StoreSchema.version)])
      }
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError(path: path, reason: .notAStore("\(error)"))
    }
  }

  /// Runs `body` in one immediate write transaction (it waits for another writer, up to the
  /// busy timeout, rather than failing half-way).
  func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    do {
      return try pool.writeWithoutTransaction { db in
        var result: T?
        try db.inTransaction(.immediate) {
          result = try body(db)
          return .commit
        }
        return result!
      }
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError(path: path, reason: .database("\(error)"))
    }
  }

  /// Runs `body` on a read-only snapshot; it sees only committed transactions.
  func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    do {
      return try pool.read(body)
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError(path: path, reason: .database("\(error)"))
    }
  }

  /// The current time as stored: ISO 8601 in UTC with milliseconds, so text order is time order.
  static func timestamp(_ date: Date = Date()) -> String {
    let f = ISO8601DateFormatter()
    f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    f.timeZone = TimeZone(identifier: "UTC")
    return f.string(from: date)
  }
}
