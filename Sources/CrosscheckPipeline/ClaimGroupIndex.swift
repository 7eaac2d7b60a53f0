import CrosscheckReports
import Foundation

/// Which (subject, attribute, qualifier) group each claim of a streaming run belongs to, and
/// where the claim is in the ``ClaimSpill``: one 16-byte record per claim, in document order, on
/// disk. Memory holds one entry per group.
///
/// Groups are handed out in key order, each with its claims in document order. To do that
/// without holding an entry per claim, the groups are taken a few at a time: a pass reads the
/// records in order and keeps only those of the next groups, about `budget` claims in all (a
/// group larger than that is read alone). A corpus of `n` claims takes `n / budget` passes over a
/// file of `16 n` bytes.
final class ClaimGroupIndex {
  private let file: SpillFile
  private var ids: [ReportModel.GroupKey: Int32] = [:]
  private var keys: [ReportModel.GroupKey] = []
  private var counts: [Int] = []
  /// Each group id's place in key order, once ``finishWriting()`` has sorted the keys.
  private var rank: [Int] = []
  let budget: Int
  private static let recordSize = 16

  init(directory: String, budget: Int = 1 << 18) throws {
    file = try SpillFile(path: (directory as NSString).appendingPathComponent(".claims.index"))
    self.budget = max(1, budget)
  }

  var groupCount: Int { keys.count }

  /// Records the next claim: its group, its document's position and its offset in the spill.
  func add(_ key: ReportModel.GroupKey, document: Int, offset: Int64) throws {
    let id: Int32
    if let known = ids[key] {
      id = known
    } else {
      id = Int32(keys.count)
      ids[key] = id
      keys.append(key)
      counts.append(0)
    }
    counts[Int(id)] += 1
    var record = [UInt8](repeating: 0, count: Self.recordSize)
    LittleEndian.put(UInt64(UInt32(bitPattern: id)), &record, at: 0, bytes: 4)
    LittleEndian.put(UInt64(UInt32(truncatingIfNeeded: document)), &record, at: 4, bytes: 4)
    LittleEndian.put(UInt64(bitPattern: offset), &record, at: 8)
    try file.append(record)
  }

  /// Finishes writing and puts the groups in key order.
  func finishWriting() throws {
    try file.finishWriting()
    ids = [:]
    rank = [Int](repeating: 0, count: keys.count)
    for (r, g) in keys.indices.sorted(by: { keys[$0] < keys[$1] }).enumerated() { rank[g] = r }
  }

  /// Calls `body` with each group's place in key order and its claims (document position and
  /// spill offset) in document order, groups in key order.
  func forEachGroup(_ body: (Int, [(document: Int, offset: Int64)]) throws -> Void) throws {
    var sizes = [Int](repeating: 0, count: keys.count)
    for (g, n) in counts.enumerated() { sizes[rank[g]] = n }
    let total = counts.reduce(0, +)
    var first = 0
    while first < sizes.count {
      // The next groups, up to the budget (at least one group).
      var end = first + 1
      var held = sizes[first]
      while end < sizes.count && held + sizes[end] <= budget {
        held += sizes[end]
        end += 1
      }
      var chunk = [[(document: Int, offset: Int64)]](repeating: [], count: end - first)
      let batch = 1 << 16
      var read = 0
      while read < total {
        let n = min(batch, total - read)
        let bytes = try file.read(n * Self.recordSize, at: Int64(read) * Int64(Self.recordSize))
        for k in 0..<n {
          let at = k * Self.recordSize
          let r = rank[Int(LittleEndian.value(bytes, at: at, bytes: 4))]
          guard r >= first && r < end else { continue }
          chunk[r - first].append(
            (Int(LittleEndian.value(bytes, at: at + 4, bytes: 4)),
             Int64(bitPattern: LittleEndian.value(bytes, at: at + 8))))
        }
        read += n
      }
      for r in first..<end {
        try body(r, chunk[r - first])
        chunk[r - first] = []
      }
      first = end
    }
  }

  /// Closes and deletes the file.
  func discard() { file.discard() }
}
