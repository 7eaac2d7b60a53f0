import CrosscheckCore
import CrosscheckReports
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A temporary file holding the lines of `documents.jsonl` while a run reads its corpus, in the
/// parts that the end of the run still changes: every key before the entities, the entities
/// (whose canonical names are unified across documents), and every key after them (the text).
///
/// A run writes each document here as soon as it is processed and reads the file back once, one
/// document at a time, to write `documents.jsonl`; so no document is held longer than it takes
/// to process it.
final class DocumentSpill {
  /// One document's parts, as read back.
  struct Parts {
    var head: [UInt8]
    var entities: [DocumentRecord.EntityRecord]
    var tail: [UInt8]
  }

  /// What a worker prepares for the spill from one document.
  struct Record: Sendable {
    var head: [UInt8]
    var entities: [DocumentRecord.EntityRecord]
    var tail: [UInt8]

    init(_ record: DocumentRecord) {
      head = record.head
      entities = record.entities
      tail = record.tail
    }
  }

  let path: String
  private let file: OutputFile

  init(directory: String) throws {
    path = (directory as NSString).appendingPathComponent(".documents.jsonl.spill")
    file = try OutputFile(path: path, atomic: false)
  }

  func append(_ r: Record) throws {
    var out: [UInt8] = []
    out.reserveCapacity(r.head.count + r.tail.count + 48 * r.entities.count + 16)
    DocumentSpill.put(r.head, &out)
    DocumentSpill.put(UInt64(r.entities.count), &out)
    for e in r.entities {
      DocumentSpill.put(UInt64(e.start), &out)
      DocumentSpill.put(UInt64(e.end), &out)
      DocumentSpill.put(Array(e.canonical.utf8), &out)
      DocumentSpill.put(Array(e.type.rawValue.utf8), &out)
      DocumentSpill.put(Array(e.basis.rawValue.utf8), &out)
    }
    DocumentSpill.put(r.tail, &out)
    try file.write(out)
  }

  /// Reads every document back in the order written, then deletes the file.
  func forEach(_ body: (Parts) throws -> Void) throws {
    try file.close()
    defer { unlink(path) }
    let reader = try SpillReader(path: path)
    defer { reader.close() }
    while try reader.more() {
      let head = try reader.bytes()
      let count = Int(try reader.number())
      var entities: [DocumentRecord.EntityRecord] = []
      entities.reserveCapacity(count)
      for _ in 0..<count {
        let start = Int(try reader.number())
        let end = Int(try reader.number())
        let canonical = String(decoding: try reader.bytes(), as: UTF8.self)
        let type = EntityType(rawValue: String(decoding: try reader.bytes(), as: UTF8.self)) ?? .other
        let basis = MentionBasis(rawValue: String(decoding: try reader.bytes(), as: UTF8.self)) ?? .name
        entities.append(.init(start: start, end: end, canonical: canonical, type: type, basis: basis))
      }
      let tail = try reader.bytes()
      try body(Parts(head: head, entities: entities, tail: tail))
    }
  }

  /// Removes the file without reading it (a run that failed).
  func discard() {
    try? file.close()
    unlink(path)
  }

  static func put(_ v: UInt64, _ out: inout [UInt8]) {
    for shift in stride(from: 0, to: 64, by: 8) { out.append(UInt8(truncatingIfNeeded: v >> UInt64(shift))) }
  }

  static func put(_ b: [UInt8], _ out: inout [UInt8]) {
    put(UInt64(b.count), &out)
    out.append(contentsOf: b)
  }
}

/// Why the spill file could not be read back.
struct SpillError: Error, CustomStringConvertible {
  var path: String
  var reason: String
  var description: String { "\(path): \(reason)" }
}

/// Reads the spill file sequentially through a buffer.
final class SpillReader {
  private let fd: Int32
  private let path: String
  private var buffer: [UInt8] = []
  private var cursor = 0
  private var atEnd = false

  init(path: String) throws {
    self.path = path
    fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw SpillError(path: path, reason: "cannot open: errno \(errno)") }
  }

  func close() { _ = Glibc.close(fd) }

  /// Makes at least `n` bytes available after the cursor; false at the end of the file.
  private func fill(_ n: Int) throws -> Bool {
    while buffer.count - cursor < n && !atEnd {
      if cursor > 0 {
        buffer.removeFirst(cursor)
        cursor = 0
      }
      let want = max(1 << 18, n - buffer.count)
      let old = buffer.count
      buffer.append(contentsOf: repeatElement(0, count: want))
      let got = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress! + old, want) }
      guard got >= 0 else { throw SpillError(path: path, reason: "read failed: errno \(errno)") }
      buffer.removeLast(want - got)
      if got == 0 { atEnd = true }
    }
    return buffer.count - cursor >= n
  }

  func more() throws -> Bool { try fill(1) }

  func number() throws -> UInt64 {
    guard try fill(8) else { throw SpillError(path: path, reason: "cut short") }
    var v: UInt64 = 0
    for k in 0..<8 { v |= UInt64(buffer[cursor + k]) << UInt64(8 * k) }
    cursor += 8
    return v
  }

  func byte() throws -> UInt8 {
    guard try fill(1) else { throw SpillError(path: path, reason: "cut short") }
    cursor += 1
    return buffer[cursor - 1]
  }

  func bytes() throws -> [UInt8] {
    let n = Int(try number())
    guard try fill(n) else { throw SpillError(path: path, reason: "cut short") }
    let out = Array(buffer[cursor..<cursor + n])
    cursor += n
    return out
  }
}

/// An output file written through a buffer; with `atomic`, written under a temporary name and
/// moved into place when closed, so a reader never sees half a file.
final class OutputFile {
  let path: String
  private let writingPath: String
  private let atomic: Bool
  private var fd: Int32
  private var buffer: [UInt8] = []
  /// Bytes gathered before a write to the file. A run's end keeps a score of these files open at
  /// once, so the buffer stays small; a closed file gives its buffer back.
  static let bufferSize = 1 << 18

  init(path: String, atomic: Bool = true) throws {
    self.path = path
    self.atomic = atomic
    writingPath = atomic ? path + ".partial" : path
    fd = open(writingPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else {
      throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: writingPath])
    }
    buffer.reserveCapacity(Self.bufferSize)
  }

  func write(_ bytes: [UInt8]) throws {
    buffer.append(contentsOf: bytes)
    if buffer.count >= Self.bufferSize { try flush() }
  }

  func write(_ text: String) throws {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= Self.bufferSize { try flush() }
  }

  private func flush() throws {
    var done = 0
    while done < buffer.count {
      let n = buffer.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, $0.count - done) }
      guard n > 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: writingPath]) }
      done += n
    }
    // A large piece appended at once would otherwise keep its capacity for the file's life.
    if buffer.capacity > 2 * Self.bufferSize {
      buffer = []
      buffer.reserveCapacity(Self.bufferSize)
    } else {
      buffer.removeAll(keepingCapacity: true)
    }
  }

  /// Writes what is left and closes; moves the file into place when atomic. Closing twice does
  /// nothing.
  func close() throws {
    guard fd >= 0 else { return }
    try flush()
    buffer = []
    _ = Glibc.close(fd)
    fd = -1
    if atomic, rename(writingPath, path) != 0 {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
    }
  }

  deinit {
    if fd >= 0 { _ = Glibc.close(fd) }
  }
}
