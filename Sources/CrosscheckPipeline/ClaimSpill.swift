import CrosscheckCore
import Foundation

/// One claim as a run keeps it on disk: the claim, the sentence it was read from and where its
/// number is inside that sentence.
struct SpilledClaim: Sendable, Equatable {
  var claim: Claim
  var sentence: String?
  var highlight: TextRange?
}

/// A temporary file of a run's claims with their sentences, written as documents finish and read
/// back by offset, so that the end of the run holds only a few numbers per claim: claims are
/// grouped, reconciled and reported one group at a time, each group read from here.
///
/// Each record is its length (8 bytes) and the claim in a compact binary form
/// (``ClaimCodec``).
final class ClaimSpill {
  private let file: SpillFile
  var path: String { file.path }
  /// Bytes written so far: the offset of the next record.
  var size: Int64 { file.size }

  init(directory: String) throws {
    file = try SpillFile(path: (directory as NSString).appendingPathComponent(".claims.spill"))
  }

  /// Appends records already encoded (``ClaimCodec/encode(_:into:)``, each after its length).
  func append(_ records: [UInt8]) throws { try file.append(records) }

  /// Finishes writing; records can be read from here on.
  func finishWriting() throws { try file.finishWriting() }

  /// The record that starts at `offset` (its length first), and where the next one starts.
  func record(at offset: Int64) throws -> (claim: SpilledClaim, next: Int64) {
    let (body, next) = try file.record(at: offset)
    var cursor = 0
    return (try ClaimCodec.decode(body, &cursor), next)
  }

  /// Closes and deletes the file.
  func discard() { file.discard() }
}

/// The binary form of a ``SpilledClaim``: numbers as 8 little-endian bytes, strings and lists
/// after their length, optionals after a byte that says whether they are there.
enum ClaimCodec {
  /// Appends the record of `c` (its length, then the claim) to `out`.
  static func encode(_ c: SpilledClaim, into out: inout [UInt8]) {
    let start = out.count
    put(UInt64(0), &out)
    let claim = c.claim
    put(claim.id, &out)
    put(claim.document, &out)
    put(claim.sentence, &out)
    put(claim.span, &out)
    put(claim.subject.name, &out)
    put(claim.subject.mention, &out)
    put(claim.subject.type.rawValue, &out)
    put(claim.subject.basis, &out)
    optional(claim.subject.range, &out) { put($0, &$1) }
    optional(claim.subject.via, &out) { put($0, &$1) }
    put(claim.attribute, &out)
    optional(claim.qualifier, &out) { put($0, &$1) }
    optional(claim.value.low, &out) { put($0.bitPattern, &$1) }
    optional(claim.value.high, &out) { put($0.bitPattern, &$1) }
    put(claim.value.modifier.rawValue, &out)
    optional(claim.unit, &out) { put($0, &$1) }
    optional(claim.time.year, &out) { put(UInt64(bitPattern: Int64($0)), &$1) }
    put(claim.time.basis, &out)
    optional(claim.members, &out) { put($0, &$1) }
    put(claim.warnings, &out)
    optional(claim.membersComplete, &out) { $1.append($0 ? 1 : 0) }
    optional(claim.rule, &out) { put($0, &$1) }
    optional(claim.quotedBy, &out) { put($0, &$1) }
    out.append(claim.reported ? 1 : 0)
    optional(claim.confidence, &out) { put($0.bitPattern, &$1) }
    optional(c.sentence, &out) { put($0, &$1) }
    optional(c.highlight, &out) { put($0, &$1) }
    let length = UInt64(out.count - start - 8)
    for k in 0..<8 { out[start + k] = UInt8(truncatingIfNeeded: length >> UInt64(8 * k)) }
  }

  /// Reads a claim (without its length) from `bytes` at `cursor`.
  static func decode(_ b: [UInt8], _ i: inout Int) throws -> SpilledClaim {
    let id = try string(b, &i)
    let document = try string(b, &i)
    let sentenceRange = try range(b, &i)
    let span = try range(b, &i)
    let name = try string(b, &i)
    let mention = try string(b, &i)
    let type = EntityType(rawValue: try string(b, &i)) ?? .other
    let basis = try string(b, &i)
    let subjectRange = try optional(b, &i) { try range(b, &$0) }
    let via = try optional(b, &i) { try string(b, &$0) }
    let attribute = try string(b, &i)
    let qualifier = try optional(b, &i) { try string(b, &$0) }
    let low = try optional(b, &i) { Double(bitPattern: try number(b, &$0)) }
    let high = try optional(b, &i) { Double(bitPattern: try number(b, &$0)) }
    let modifier = Modifier(rawValue: try string(b, &i)) ?? .exact
    let unit = try optional(b, &i) { try string(b, &$0) }
    let year = try optional(b, &i) { Int(Int64(bitPattern: try number(b, &$0))) }
    let timeBasis = try string(b, &i)
    let members = try optional(b, &i) { try strings(b, &$0) }
    let warnings = try strings(b, &i)
    let membersComplete = try optional(b, &i) { try byte(b, &$0) != 0 }
    let rule = try optional(b, &i) { try string(b, &$0) }
    let quotedBy = try optional(b, &i) { try string(b, &$0) }
    let reported = try byte(b, &i) != 0
    let confidence = try optional(b, &i) { Double(bitPattern: try number(b, &$0)) }
    let sentence = try optional(b, &i) { try string(b, &$0) }
    let highlight = try optional(b, &i) { try range(b, &$0) }
    let claim = Claim(
      id: id, document: document, sentence: sentenceRange, span: span,
      subject: ClaimSubject(name: name, mention: mention, type: type, basis: basis, range: subjectRange, via: via),
      attribute: attribute, qualifier: qualifier, value: ClaimValue(low: low, high: high, modifier: modifier),
      unit: unit, time: TimeScope(year: year, basis: timeBasis), members: members, warnings: warnings,
      membersComplete: membersComplete, rule: rule, quotedBy: quotedBy, reported: reported,
      confidence: confidence)
    return SpilledClaim(claim: claim, sentence: sentence, highlight: highlight)
  }

  static func put(_ v: UInt64, _ out: inout [UInt8]) {
    for shift in stride(from: 0, to: 64, by: 8) { out.append(UInt8(truncatingIfNeeded: v >> UInt64(shift))) }
  }

  static func put(_ s: String, _ out: inout [UInt8]) {
    put(UInt64(s.utf8.count), &out)
    out.append(contentsOf: s.utf8)
  }

  static func put(_ r: TextRange, _ out: inout [UInt8]) {
    put(UInt64(bitPattern: Int64(r.start)), &out)
    put(UInt64(bitPattern: Int64(r.end)), &out)
  }

  static func put(_ list: [String], _ out: inout [UInt8]) {
    put(UInt64(list.count), &out)
    for s in list { put(s, &out) }
  }

  static func optional<T>(_ v: T?, _ out: inout [UInt8], _ body: (T, inout [UInt8]) -> Void) {
    guard let v else {
      out.append(0)
      return
    }
    out.append(1)
    body(v, &out)
  }

  static func byte(_ b: [UInt8], _ i: inout Int) throws -> UInt8 {
    guard i < b.count else { throw SpillError(path: "claims", reason: "record cut short") }
    i += 1
    return b[i - 1]
  }

  static func number(_ b: [UInt8], _ i: inout Int) throws -> UInt64 {
    guard i + 8 <= b.count else { throw SpillError(path: "claims", reason: "record cut short") }
    var v: UInt64 = 0
    for k in 0..<8 { v |= UInt64(b[i + k]) << UInt64(8 * k) }
    i += 8
    return v
  }

  static func string(_ b: [UInt8], _ i: inout Int) throws -> String {
    let n = try number(b, &i)
    guard n <= UInt64(b.count - i) else { throw SpillError(path: "claims", reason: "record cut short") }
    let s = String(decoding: b[i..<i + Int(n)], as: UTF8.self)
    i += Int(n)
    return s
  }

  static func strings(_ b: [UInt8], _ i: inout Int) throws -> [String] {
    let n = try number(b, &i)
    guard n <= UInt64(b.count - i) else { throw SpillError(path: "claims", reason: "record cut short") }
    var out: [String] = []
    out.reserveCapacity(Int(n))
    for _ in 0..<n { out.append(try string(b, &i)) }
    return out
  }

  static func range(_ b: [UInt8], _ i: inout Int) throws -> TextRange {
    let start = Int(Int64(bitPattern: try number(b, &i)))
    let end = Int(Int64(bitPattern: try number(b, &i)))
    return TextRange(start, end)
  }

  static func optional<T>(_ b: [UInt8], _ i: inout Int, _ body: (inout Int) throws -> T) throws -> T? {
    try byte(b, &i) != 0 ? try body(&i) : nil
  }
}
