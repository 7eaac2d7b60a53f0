import CZlib

/// One gzip member of a multi-member stream, as ``Gzip/forEachMember(in:limit:_:)`` yields it.
public struct GzipMember: Sendable {
  /// The byte offset of the member in the compressed data.
  public var offset: Int
  /// The compressed length of the member, or `nil` when its end could not be found.
  public var compressedCount: Int?
  /// The decompressed bytes; with an error, what was decompressed before it (at most the limit).
  public var bytes: [UInt8]
  /// Why the member could not be read completely, if it could not.
  public var error: InputError?
}

/// gzip and zlib streams through the system zlib: decompression of multi-member data (one
/// member per WARC record) and compression for tests and fixtures.
///
/// This is the only file that calls zlib; no zlib pointer leaves it.
public enum Gzip {
  /// Whether the bytes start with the gzip magic number.
  public static func isGzip(_ bytes: some Collection<UInt8>) -> Bool {
    var it = bytes.makeIterator()
    return it.next() == 0x1f && it.next() == 0x8b
  }

  /// Decompresses gzip or zlib data (detected from the header), including gzip members
  /// concatenated one after another. Zero padding after the last member is ignored.
  ///
  /// - Parameter limit: the most decompressed bytes accepted; more throws
  ///   ``InputError/tooLarge(bytes:limit:)``.
  public static func decompress(_ bytes: [UInt8], limit: Int = Int.max) throws(InputError)
    -> [UInt8]
  {
    let result = bytes.withUnsafeBufferPointer { decompress($0, limit: limit) }
    return try result.get()
  }

  static func decompress(_ input: UnsafeBufferPointer<UInt8>, limit: Int)
    -> Result<[UInt8], InputError>
  {
    let inflater: Inflater
    do { inflater = try Inflater() } catch { return .failure(error) }
    var output: [UInt8] = []
    output.reserveCapacity(min(limit, input.count &* 3))
    var offset = 0
    while true {
      switch inflater.inflateMember(input, from: offset, into: &output, limit: limit, drain: false)
      {
      case .complete(let consumed): offset += consumed
      case .truncated: return .failure(.truncatedGzip(offset: offset))
      case .corrupt(let detail): return .failure(.corruptGzip(offset: offset, detail: detail))
      case .overLimit: return .failure(.tooLarge(bytes: nil, limit: limit))
      }
      if offset >= input.count || isZeroPadding(input, from: offset) { return .success(output) }
      guard offset + 1 < input.count, input[offset] == 0x1f, input[offset + 1] == 0x8b else {
        return .failure(.trailingData(offset: offset))
      }
    }
  }

  /// Calls `body` with each gzip member in turn, decompressing one member at a time, so a large
  /// multi-member file never has to be decompressed whole.
  ///
  /// After a corrupt or cut-off member the reader looks for the next gzip header and goes on
  /// from there; one problem is reported per damaged stretch. A member whose output passes
  /// `limit` is read to its end (to find the next member) but only its first `limit` bytes are
  /// kept, with ``InputError/tooLarge(bytes:limit:)``.
  public static func forEachMember(
    in bytes: [UInt8], limit: Int = Int.max, _ body: (GzipMember) -> Void
  ) {
    bytes.withUnsafeBufferPointer { forEachMember(in: $0, limit: limit, body) }
  }

  static func forEachMember(
    in input: UnsafeBufferPointer<UInt8>, limit: Int, _ body: (GzipMember) -> Void
  ) {
    let inflater: Inflater
    do {
      inflater = try Inflater()
    } catch {
      body(GzipMember(offset: 0, compressedCount: nil, bytes: [], error: error))
      return
    }
    var offset = 0
    var damaged = false
    while offset < input.count && !isZeroPadding(input, from: offset) {
      var output: [UInt8] = []
      let outcome = inflater.inflateMember(
        input, from: offset, into: &output, limit: limit, drain: true)
      switch outcome {
      case .complete(let consumed):
        damaged = false
        body(GzipMember(offset: offset, compressedCount: consumed, bytes: output, error: nil))
        offset += consumed
        continue
      case .overLimit(let consumed?):
        damaged = false
        body(
          GzipMember(
            offset: offset, compressedCount: consumed, bytes: output,
            error: .tooLarge(bytes: inflater.lastMemberSize, limit: limit)))
        offset += consumed
        continue
      case .truncated, .corrupt, .overLimit(nil):
        if !damaged {
          let error: InputError =
            switch outcome {
            case .corrupt(let detail): .corruptGzip(offset: offset, detail: detail)
            default: .truncatedGzip(offset: offset)
            }
          body(GzipMember(offset: offset, compressedCount: nil, bytes: output, error: error))
        }
        damaged = true
        offset = nextGzipHeader(in: input, after: offset) ?? input.count
      }
    }
  }

  /// Compresses bytes into a single gzip member.
  public static func compress(_ bytes: [UInt8], level: Int = 6) throws(InputError) -> [UInt8] {
    let result = bytes.withUnsafeBufferPointer { compress($0, level: Int32(clamping: level)) }
    return try result.get()
  }

  private static func compress(_ input: UnsafeBufferPointer<UInt8>, level: Int32)
    -> Result<[UInt8], InputError>
  {
    let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    stream.initialize(to: z_stream())
    defer {
      stream.deinitialize(count: 1)
      stream.deallocate()
    }
    // windowBits 15 + 16 asks zlib for a gzip header and trailer instead of a zlib one.
    let status = deflateInit2_(
      stream, max(0, min(9, level)), Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, zlibVersion(),
      Int32(MemoryLayout<z_stream>.size))
    guard status == Z_OK else { return .failure(.zlib("deflateInit2 returned \(status)")) }
    defer { deflateEnd(stream) }
    var output: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    var position = 0
    while true {
      if stream.pointee.avail_in == 0 && position < input.count, let base = input.baseAddress {
        let n = min(input.count - position, 1 << 30)
        stream.pointee.next_in = UnsafeMutablePointer(mutating: base + position)
        stream.pointee.avail_in = UInt32(n)
        position += n
      }
      let flush = position == input.count ? Z_FINISH : Z_NO_FLUSH
      var produced = 0
      let status = chunk.withUnsafeMutableBufferPointer { out in
        stream.pointee.next_out = out.baseAddress
        stream.pointee.avail_out = UInt32(out.count)
        let status = deflate(stream, flush)
        produced = out.count - Int(stream.pointee.avail_out)
        return status
      }
      output.append(contentsOf: chunk[0..<produced])
      if status == Z_STREAM_END { return .success(output) }
      guard status == Z_OK || status == Z_BUF_ERROR else {
        return .failure(.zlib("deflate returned \(status)"))
      }
    }
  }

  private static func isZeroPadding(_ input: UnsafeBufferPointer<UInt8>, from offset: Int) -> Bool {
    var i = offset
    while i < input.count {
      if input[i] != 0 { return false }
      i += 1
    }
    return true
  }

  /// The offset of the next `1f 8b 08` (gzip, deflate) after `offset`.
  private static func nextGzipHeader(in input: UnsafeBufferPointer<UInt8>, after offset: Int)
    -> Int?
  {
    var i = offset + 1
    while i + 2 < input.count {
      if input[i] == 0x1f && input[i + 1] == 0x8b && input[i + 2] == 0x08 { return i }
      i += 1
    }
    return nil
  }
}

/// A zlib inflate stream, reused across members. The `z_stream` lives at a fixed address
/// because zlib keeps a pointer back to it.
private final class Inflater {
  enum Outcome {
    case complete(consumed: Int)
    case truncated
    case corrupt(String)
    /// The output passed the limit; `consumed` is the member's length when it was drained.
    case overLimit(consumed: Int?)
  }

  private let stream: UnsafeMutablePointer<z_stream>
  private var chunk = [UInt8](repeating: 0, count: 1 << 16)
  /// The full decompressed size of the last member inflated.
  private(set) var lastMemberSize = 0

  init() throws(InputError) {
    stream = .allocate(capacity: 1)
    stream.initialize(to: z_stream())
    // windowBits 15 + 32: detect a gzip or zlib header automatically.
    let status = inflateInit2_(stream, 15 + 32, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
    guard status == Z_OK else {
      stream.deinitialize(count: 1)
      stream.deallocate()
      throw .zlib("inflateInit2 returned \(status)")
    }
  }

  deinit {
    inflateEnd(stream)
    stream.deinitialize(count: 1)
    stream.deallocate()
  }

  /// Inflates the member at `offset`, appending its output to `output` up to `limit` bytes.
  /// With `drain`, a member over the limit is still read to its end, its output dropped.
  func inflateMember(
    _ input: UnsafeBufferPointer<UInt8>, from offset: Int, into output: inout [UInt8],
    limit: Int, drain: Bool
  ) -> Outcome {
    inflateReset(stream)
    stream.pointee.avail_in = 0
    lastMemberSize = 0
    guard let base = input.baseAddress, offset < input.count else { return .truncated }
    var position = offset
    var overLimit = false
    while true {
      if stream.pointee.avail_in == 0 {
        guard position < input.count else { return .truncated }
        let n = min(input.count - position, 1 << 30)
        stream.pointee.next_in = UnsafeMutablePointer(mutating: base + position)
        stream.pointee.avail_in = UInt32(n)
        position += n
      }
      var produced = 0
      let stream = self.stream
      let status = chunk.withUnsafeMutableBufferPointer { out in
        stream.pointee.next_out = out.baseAddress
        stream.pointee.avail_out = UInt32(out.count)
        let status = inflate(stream, Z_NO_FLUSH)
        produced = out.count - Int(stream.pointee.avail_out)
        return status
      }
      lastMemberSize += produced
      if produced > 0 && !overLimit {
        let room = limit - output.count
        output.append(contentsOf: chunk[0..<min(produced, max(0, room))])
        if produced > room {
          overLimit = true
          if !drain { return .overLimit(consumed: nil) }
        }
      }
      switch status {
      case Z_STREAM_END:
        let consumed = position - Int(stream.pointee.avail_in) - offset
        return overLimit ? .overLimit(consumed: consumed) : .complete(consumed: consumed)
      case Z_OK:
        continue
      case Z_BUF_ERROR:
        // No progress was possible: zlib needs more input, which the loop supplies or reports.
        if stream.pointee.avail_in == 0 { continue }
        return .corrupt("no progress possible")
      case Z_NEED_DICT:
        return .corrupt("needs a preset dictionary")
      case Z_MEM_ERROR:
        return .corrupt("out of memory")
      default:
        let message = stream.pointee.msg.map { String(cString: $0) } ?? "zlib status \(status)"
        return .corrupt(message)
      }
    }
  }
}
