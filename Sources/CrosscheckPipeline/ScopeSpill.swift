import CrosscheckCore
import CrosscheckReconcile
import Foundation

/// The reliability scopes of a streaming run on disk: what the estimate of source reliability
/// reads of every claim that can be checked against another source (its source, value, unit and
/// weight), written group by group and read back in the same order once per round, so that the
/// estimate holds one scope at a time however many claims the corpus has.
final class ScopeSpill {
  private let file: SpillFile

  init(directory: String) throws {
    file = try SpillFile(path: (directory as NSString).appendingPathComponent(".scopes.spill"))
  }

  /// Appends a scope's entries (their claim ids and the scope's key are not kept: the estimate
  /// reads neither).
  func append(_ scope: ReliabilityScope) throws {
    var out: [UInt8] = []
    out.reserveCapacity(16 + 64 * scope.entries.count)
    ClaimCodec.put(UInt64(scope.entries.count), &out)
    for e in scope.entries {
      ClaimCodec.put(e.source, &out)
      ClaimCodec.optional(e.value.low, &out) { ClaimCodec.put($0.bitPattern, &$1) }
      ClaimCodec.optional(e.value.high, &out) { ClaimCodec.put($0.bitPattern, &$1) }
      ClaimCodec.put(e.value.modifier.rawValue, &out)
      ClaimCodec.optional(e.unit, &out) { ClaimCodec.put($0, &$1) }
      ClaimCodec.put(e.weight.bitPattern, &out)
    }
    try file.append(out)
  }

  /// Source reliability estimated over every scope appended, reading the file once per round
  /// (`sources`: see ``NumericReconciler/sourceReliability(sources:forEachScope:)``).
  func sourceReliability(_ reconciler: NumericReconciler, sources: [String] = []) throws -> [String: Double] {
    try file.finishWriting()
    var failure: (any Error)?
    let reliability = reconciler.sourceReliability(sources: sources) { body in
      guard failure == nil else { return }
      do { try forEach(body) } catch { failure = error }
    }
    if let failure { throw failure }
    return reliability
  }

  private func forEach(_ body: (ReliabilityScope) -> Void) throws {
    let reader = try SpillReader(path: file.path)
    defer { reader.close() }
    while try reader.more() {
      let count = Int(try reader.number())
      var entries: [ReliabilityScope.Entry] = []
      entries.reserveCapacity(count)
      for _ in 0..<count {
        let source = String(decoding: try reader.bytes(), as: UTF8.self)
        let low = try reader.byte() != 0 ? Double(bitPattern: try reader.number()) : nil
        let high = try reader.byte() != 0 ? Double(bitPattern: try reader.number()) : nil
        let modifier = Modifier(rawValue: String(decoding: try reader.bytes(), as: UTF8.self)) ?? .exact
        let unit = try reader.byte() != 0 ? String(decoding: try reader.bytes(), as: UTF8.self) : nil
        let weight = Double(bitPattern: try reader.number())
        entries.append(.init(
          claim: "", source: source, value: ClaimValue(low: low, high: high, modifier: modifier), unit: unit,
          weight: weight))
      }
      body(ReliabilityScope(subject: "", attribute: "", qualifier: "", year: nil, entries: entries))
    }
  }

  /// Closes and deletes the file.
  func discard() { file.discard() }
}
