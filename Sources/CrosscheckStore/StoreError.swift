/// Why the store could not be opened, read or written.
public struct StoreError: Error, CustomStringConvertible, Equatable {
  public enum Reason: Sendable, Equatable {
    /// The file does not exist and the command only reads.
    case missing
    /// The store was written by a newer Crosscheck with a schema this build does not know.
    case newerSchema(found: Int, supported: Int)
    /// The file is not a Crosscheck store (or not SQLite at all).
    case notAStore(String)
    /// SQLite refused an operation.
    case database(String)
  }

  /// The store file, as given.
  public var path: String
  public var reason: Reason

  public init(path: String, reason: Reason) {
    self.path = path
    self.reason = reason
  }

  public var description: String {
    switch reason {
    case .missing:
      "store \(path): no such file; create it with 'crosscheck ingest PATH --store \(path)'"
    case .newerSchema(let found, let supported):
      "store \(path): written by a newer crosscheck (schema version \(found)); this build reads "
        + "schema versions up to \(supported) and will not change it: upgrade crosscheck"
    case .notAStore(let why): "store \(path): not a crosscheck store: \(why)"
    case .database(let why): "store \(path): \(why)"
    }
  }
}
