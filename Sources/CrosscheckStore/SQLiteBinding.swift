import GRDB
import GRDBSQLite

/// A cached insert statement that binds its values through the SQLite C API.
///
/// GRDB's `StatementArguments` boxes every value (31 per claim row), which cost more than SQLite
/// itself on the write path. This is the only file that calls SQLite directly; no SQLite pointer
/// leaves it. Use it only for statements that return no rows, inside a transaction GRDB opened.
struct FastInsert {
  private let statement: Statement
  private let handle: SQLiteStatement
  private let connection: SQLiteConnection?

  init(_ db: Database, sql: String) throws {
    statement = try db.cachedStatement(sql: sql)
    handle = statement.sqliteStatement
    connection = db.sqliteConnection
  }

  /// Binds the values `bind` adds, in order, and runs the statement once.
  func run(_ bind: (inout Binder) -> Void) throws {
    sqlite3_reset(handle)
    var binder = Binder(handle: handle)
    bind(&binder)
    let code = sqlite3_step(handle)
    sqlite3_reset(handle)
    guard code == SQLITE_DONE else {
      let message = connection.map { String(cString: sqlite3_errmsg($0)) }
      throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
    }
  }

  /// Binds values to the next parameter, left to right.
  struct Binder {
    fileprivate let handle: SQLiteStatement
    fileprivate var index: Int32 = 1

    // Tells SQLite to copy the bytes: Swift strings' storage outlives only the closure.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    mutating func add(_ value: String) {
      var text = value
      text.withUTF8 { bytes in
        if let base = bytes.baseAddress {
          _ = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
            sqlite3_bind_text(handle, index, $0, Int32(bytes.count), Binder.transient)
          }
        } else {
          // An empty string must stay an empty TEXT, not NULL.
          _ = sqlite3_bind_text(handle, index, "", 0, Binder.transient)
        }
      }
      index += 1
    }

    mutating func add(_ value: String?) {
      if let value { add(value) } else { addNull() }
    }

    mutating func add(_ value: Int) {
      sqlite3_bind_int64(handle, index, Int64(value))
      index += 1
    }

    mutating func add(_ value: Int64) {
      sqlite3_bind_int64(handle, index, value)
      index += 1
    }

    mutating func add(_ value: Int?) {
      if let value { add(value) } else { addNull() }
    }

    mutating func add(_ value: Double?) {
      if let value {
        sqlite3_bind_double(handle, index, value)
        index += 1
      } else {
        addNull()
      }
    }

    /// As GRDB stores a Bool: the integer 1 or 0.
    mutating func add(_ value: Bool?) {
      if let value { add(value ? 1 : 0) } else { addNull() }
    }

    mutating func addNull() {
      sqlite3_bind_null(handle, index)
      index += 1
    }
  }
}
