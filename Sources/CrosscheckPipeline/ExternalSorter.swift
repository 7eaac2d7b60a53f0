import Foundation

/// Sorts more elements than a run should hold: elements are buffered up to a budget, each full
/// buffer is sorted and written to a spill file as one run, and ``forEachSorted(_:)`` merges the
/// runs. Memory holds one buffer, then one element per run.
///
/// The sort is stable: equal elements come out in the order they were added (each run is sorted
/// stably, and on a tie the merge takes the earlier run's element).
final class ExternalSorter<Element> {
  private let file: SpillFile
  private let budget: Int
  private let encode: (Element, inout [UInt8]) -> Void
  private let decode: ([UInt8]) throws -> Element
  private let areInIncreasingOrder: (Element, Element) -> Bool
  private var buffer: [Element] = []
  /// Whether the buffer holds every element, in order (set by the first read of a sort that
  /// never needed a run).
  private var bufferSorted = false
  /// Each run written so far: the offset of its first record and its length.
  private var runs: [(start: Int64, count: Int)] = []
  private(set) var count = 0

  /// - Parameters:
  ///   - budget: how many elements are sorted in memory at once (at least 1).
  ///   - encode: appends an element's bytes; `decode` reads them back.
  init(
    path: String, budget: Int, encode: @escaping (Element, inout [UInt8]) -> Void,
    decode: @escaping ([UInt8]) throws -> Element, by areInIncreasingOrder: @escaping (Element, Element) -> Bool
  ) throws {
    file = try SpillFile(path: path)
    self.budget = max(1, budget)
    self.encode = encode
    self.decode = decode
    self.areInIncreasingOrder = areInIncreasingOrder
  }

  func add(_ element: Element) throws {
    buffer.append(element)
    count += 1
    if buffer.count >= budget { try flush() }
  }

  /// Writes the buffer, sorted, as a run.
  private func flush() throws {
    guard !buffer.isEmpty else { return }
    let sorted = stableSorted(buffer)
    buffer = []
    runs.append((file.size, sorted.count))
    var record: [UInt8] = []
    for e in sorted {
      record.removeAll(keepingCapacity: true)
      encode(e, &record)
      try file.appendRecord(record)
    }
  }

  private func stableSorted(_ elements: [Element]) -> [Element] {
    elements.enumerated().sorted { l, r in
      if areInIncreasingOrder(l.element, r.element) { return true }
      if areInIncreasingOrder(r.element, l.element) { return false }
      return l.offset < r.offset
    }.map(\.element)
  }

  /// Calls `body` with every element added, in order. Nothing may be added after the first call;
  /// later calls read the same elements again.
  func forEachSorted(_ body: (Element) throws -> Void) throws {
    if runs.isEmpty {
      // Everything fits in one buffer: no file needed, and the buffer is sorted once.
      if !bufferSorted {
        buffer = stableSorted(buffer)
        bufferSorted = true
      }
      for e in buffer { try body(e) }
      return
    }
    try flush()
    try file.finishWriting()
    // One cursor per run; the smallest head next, the earlier run on a tie.
    var heads: [(element: Element, run: Int, next: Int64, left: Int)] = []
    for (n, run) in runs.enumerated() {
      let (bytes, next) = try file.record(at: run.start)
      heads.append((try decode(bytes), n, next, run.count - 1))
    }
    func before(_ a: Int, _ b: Int) -> Bool {
      if areInIncreasingOrder(heads[a].element, heads[b].element) { return true }
      if areInIncreasingOrder(heads[b].element, heads[a].element) { return false }
      return heads[a].run < heads[b].run
    }
    // A binary min-heap of indices into `heads`.
    var heap = Array(heads.indices)
    func siftDown(_ start: Int) {
      var i = start
      while true {
        let l = 2 * i + 1
        let r = l + 1
        var smallest = i
        if l < heap.count, before(heap[l], heap[smallest]) { smallest = l }
        if r < heap.count, before(heap[r], heap[smallest]) { smallest = r }
        if smallest == i { return }
        heap.swapAt(i, smallest)
        i = smallest
      }
    }
    for i in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftDown(i) }
    while let top = heap.first {
      try body(heads[top].element)
      if heads[top].left > 0 {
        let (bytes, next) = try file.record(at: heads[top].next)
        heads[top].element = try decode(bytes)
        heads[top].next = next
        heads[top].left -= 1
      } else {
        heap[0] = heap[heap.count - 1]
        heap.removeLast()
      }
      if !heap.isEmpty { siftDown(0) }
    }
  }

  /// Closes and deletes the spill file.
  func discard() {
    buffer = []
    file.discard()
  }
}
