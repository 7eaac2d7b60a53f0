import CrosscheckCore
import CrosscheckReports
import Foundation

/// The documents of a streaming run as the end of the run reads them: each document's digest
/// (metadata and counts, no claims) waits on disk, and memory keeps one offset per document plus
/// what the end of the run adds to a few of them (the files that carried the same text, the
/// original of a near copy).
final class DigestSpill {
  private let file: SpillFile
  private var offsets: [Int64] = []
  /// For a document read from several files: the files after the first.
  private var alsoIn: [Int: [String]] = [:]
  /// For a near copy: the position of its original.
  private var originals: [Int: Int] = [:]
  /// Sentences and entity mentions of every document so far.
  private(set) var sentenceCount = 0
  private(set) var entityCount = 0

  init(directory: String) throws {
    file = try SpillFile(path: (directory as NSString).appendingPathComponent(".digests.spill"))
  }

  var count: Int { offsets.count }

  /// Appends the next document's digest (its claims, if any, are not kept).
  func append(_ d: DocumentDigest) throws {
    var out: [UInt8] = []
    out.reserveCapacity(64 + d.id.utf8.count + d.file.utf8.count)
    ClaimCodec.put(d.id, &out)
    ClaimCodec.put(d.file, &out)
    ClaimCodec.optional(d.site, &out) { ClaimCodec.put($0, &$1) }
    ClaimCodec.optional(d.published, &out) { date, out in
      ClaimCodec.put(UInt64(bitPattern: Int64(date.year)), &out)
      ClaimCodec.optional(date.month, &out) { ClaimCodec.put(UInt64(bitPattern: Int64($0)), &$1) }
      ClaimCodec.optional(date.day, &out) { ClaimCodec.put(UInt64(bitPattern: Int64($0)), &$1) }
    }
    ClaimCodec.optional(d.publishedBasis, &out) { ClaimCodec.put($0, &$1) }
    out.append(d.warned ? 1 : 0)
    ClaimCodec.put(UInt64(d.sentenceCount), &out)
    ClaimCodec.put(UInt64(d.entityCount), &out)
    offsets.append(try file.appendRecord(out))
    sentenceCount += d.sentenceCount
    entityCount += d.entityCount
  }

  /// Records that the document at `position` was also read from `file`.
  func addFile(_ file: String, to position: Int) { alsoIn[position, default: []].append(file) }

  /// Records that the document at `copy` is a near copy of the one at `original`.
  func markCopy(_ copy: Int, of original: Int) { originals[copy] = original }

  /// The position of the original the document at `position` is a near copy of.
  func original(of position: Int) -> Int? { originals[position] }

  /// Finishes writing; digests can be read from here on.
  func finishWriting() throws { try file.finishWriting() }

  /// The digest of the document at `position`, with the files that carried the same text and
  /// its original's id when it is a near copy.
  func digest(_ position: Int) throws -> DocumentDigest {
    var d = try stored(position)
    d.alsoIn = alsoIn[position] ?? []
    if let original = originals[position] { d.copyOf = try stored(original).id }
    return d
  }

  private func stored(_ position: Int) throws -> DocumentDigest {
    let b = try file.record(at: offsets[position]).bytes
    var i = 0
    let id = try ClaimCodec.string(b, &i)
    let path = try ClaimCodec.string(b, &i)
    let site = try ClaimCodec.optional(b, &i) { try ClaimCodec.string(b, &$0) }
    let published = try ClaimCodec.optional(b, &i) { i -> PartialDate in
      let year = Int(Int64(bitPattern: try ClaimCodec.number(b, &i)))
      let month = try ClaimCodec.optional(b, &i) { Int(Int64(bitPattern: try ClaimCodec.number(b, &$0))) }
      let day = try ClaimCodec.optional(b, &i) { Int(Int64(bitPattern: try ClaimCodec.number(b, &$0))) }
      return PartialDate(year: year, month: month, day: day)
    }
    let basis = try ClaimCodec.optional(b, &i) { try ClaimCodec.string(b, &$0) }
    let warned = try ClaimCodec.byte(b, &i) != 0
    let sentences = Int(try ClaimCodec.number(b, &i))
    let entities = Int(try ClaimCodec.number(b, &i))
    return DocumentDigest(
      id: id, file: path, site: site, published: published, publishedBasis: basis, warned: warned,
      sentenceCount: sentences, entityCount: entities)
  }

  /// Closes and deletes the file.
  func discard() { file.discard() }
}

/// Which document of a run holds each text: a document's id (a 16-digit hexadecimal content
/// hash) kept as a 64-bit number, so that memory holds about 16 bytes per document; ids of any
/// other form are kept as they are.
struct DuplicateIndex {
  private var hashed: [UInt64: Int32] = [:]
  private var other: [String: Int32] = [:]

  /// The position of the document with this id, if one was added.
  func position(of id: String) -> Int? {
    if let key = DuplicateIndex.key(id) { return hashed[key].map(Int.init) }
    return other[id].map(Int.init)
  }

  mutating func add(_ id: String, at position: Int) {
    if let key = DuplicateIndex.key(id) { hashed[key] = Int32(position) } else { other[id] = Int32(position) }
  }

  /// The 64-bit number a 16-digit lowercase hexadecimal id spells.
  static func key(_ id: String) -> UInt64? {
    var v: UInt64 = 0
    var n = 0
    for b in id.utf8 {
      let digit: UInt8
      switch b {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
      default: return nil
      }
      n += 1
      guard n <= 16 else { return nil }
      v = v << 4 | UInt64(digit)
    }
    return n == 16 ? v : nil
  }
}
