import Foundation
import Testing

@testable import CrosscheckPipeline

@Suite struct ExternalSorterTests {
  struct Row: Equatable {
    var key: Int
    var label: String
  }

  func sorter(budget: Int, dir: String) throws -> ExternalSorter<Row> {
    try ExternalSorter<Row>(
      path: dir + "/rows.spill", budget: budget,
      encode: { r, out in
        ClaimCodec.put(UInt64(r.key), &out)
        ClaimCodec.put(r.label, &out)
      },
      decode: { b in
        var i = 0
        let key = Int(try ClaimCodec.number(b, &i))
        return Row(key: key, label: try ClaimCodec.string(b, &i))
      },
      by: { $0.key < $1.key })
  }

  /// Rows with many equal keys: the merge of sorted runs must give the rows in key order, and
  /// equal keys in the order they were added, whatever the run size.
  @Test(arguments: [1, 2, 7, 100, 10_000])
  func mergesSortedRunsIntoOneStableOrder(budget: Int) throws {
    let dir = NSTemporaryDirectory() + "sorter-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    var rows: [Row] = []
    var state: UInt64 = 12345
    for n in 0..<500 {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      rows.append(Row(key: Int(state >> 59), label: "row \(n)"))
    }
    let s = try sorter(budget: budget, dir: dir)
    for r in rows { try s.add(r) }
    var out: [Row] = []
    try s.forEachSorted { out.append($0) }
    let expected = rows.enumerated().sorted { ($0.element.key, $0.offset) < ($1.element.key, $1.offset) }.map(\.element)
    #expect(out == expected)
    // A second reading gives the same rows.
    var again: [Row] = []
    try s.forEachSorted { again.append($0) }
    #expect(again == expected)
    s.discard()
    #expect(!FileManager.default.fileExists(atPath: dir + "/rows.spill"))
  }

  @Test func sortsNothingWhenNothingWasAdded() throws {
    let dir = NSTemporaryDirectory() + "sorter-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let s = try sorter(budget: 1, dir: dir)
    var seen = 0
    try s.forEachSorted { _ in seen += 1 }
    #expect(seen == 0 && s.count == 0)
  }
}
