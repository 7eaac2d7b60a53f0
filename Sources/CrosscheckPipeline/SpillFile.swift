import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A temporary file a run appends records to while it reads its corpus and reads back by offset
/// afterwards, so that what the end of the run needs of every document or claim waits on disk
/// rather than in memory. Deleted by ``discard()`` or when released.
final class SpillFile {
  let path: String
  private let file: OutputFile
  private var readFD: Int32 = -1
  /// Bytes written so far: the offset of the next record.
  private(set) var size: Int64 = 0

  init(path: String) throws {
    self.path = path
    file = try OutputFile(path: path, atomic: false)
  }

  /// Appends bytes and returns the offset they start at.
  @discardableResult
  func append(_ bytes: [UInt8]) throws -> Int64 {
    let offset = size
    try file.write(bytes)
    size += Int64(bytes.count)
    return offset
  }

  /// Finishes writing; records can be read from here on. Calling it again does nothing.
  func finishWriting() throws {
    guard readFD < 0 else { return }
    try file.close()
    readFD = open(path, O_RDONLY)
    guard readFD >= 0 else { throw SpillError(path: path, reason: "cannot open: errno \(errno)") }
  }

  /// `count` bytes from `offset`; the file must be finished (``finishWriting()``).
  func read(_ count: Int, at offset: Int64) throws -> [UInt8] {
    var buffer = [UInt8](repeating: 0, count: count)
    var done = 0
    while done < count {
      let n = buffer.withUnsafeMutableBytes {
        pread(readFD, $0.baseAddress! + done, count - done, off_t(offset) + off_t(done))
      }
      guard n > 0 else { throw SpillError(path: path, reason: "cut short at \(offset)") }
      done += n
    }
    return buffer
  }

  /// Appends a record that ``record(at:)`` reads back: its length (8 bytes, little-endian), then
  /// its bytes. Returns the offset it starts at.
  @discardableResult
  func appendRecord(_ body: [UInt8]) throws -> Int64 {
    var head: [UInt8] = []
    ClaimCodec.put(UInt64(body.count), &head)
    let offset = try append(head)
    try append(body)
    return offset
  }

  /// The record that starts at `offset` (written by ``appendRecord(_:)``) and the offset of the
  /// next record.
  func record(at offset: Int64) throws -> (bytes: [UInt8], next: Int64) {
    var i = 0
    let length = try ClaimCodec.number(try read(8, at: offset), &i)
    guard length < 1 << 30 else { throw SpillError(path: path, reason: "bad record length at \(offset)") }
    return (try read(Int(length), at: offset + 8), offset + 8 + Int64(length))
  }

  /// Closes and deletes the file.
  func discard() {
    try? file.close()
    if readFD >= 0 { _ = Glibc.close(readFD) }
    readFD = -1
    unlink(path)
  }

  deinit { discard() }
}

/// Fixed-width little-endian numbers inside spill records.
enum LittleEndian {
  /// Writes the low `bytes` bytes of `v` into `out` at `at`.
  static func put(_ v: UInt64, _ out: inout [UInt8], at: Int, bytes: Int = 8) {
    for b in 0..<bytes { out[at + b] = UInt8(truncatingIfNeeded: v >> UInt64(8 * b)) }
  }

  /// The number in `bytes` bytes of `source` from `at`.
  static func value(_ source: [UInt8], at: Int, bytes: Int = 8) -> UInt64 {
    var v: UInt64 = 0
    for b in 0..<bytes { v |= UInt64(source[at + b]) << UInt64(8 * b) }
    return v
  }
}
