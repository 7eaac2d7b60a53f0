import CrosscheckCorpus
import Foundation

/// The near copies among a run's documents, found from their MinHash signatures alone, so that a
/// run need not keep the texts: the same groups, originals and similarities as
/// ``NearDuplicateDetector/duplicates(in:)`` finds on the texts of distinct documents.
///
/// Signatures wait on disk, one fixed-size record per document (about 1 KB), so memory holds a
/// single byte per document while the corpus is read. At the end, each LSH band's keys are
/// computed in one sequential pass over the file and sorted (16 bytes per document, one band at
/// a time); documents with equal keys are candidates, and candidates at least `threshold`
/// similar are joined; each group is led by its earliest document.
struct NearCopyIndex {
  let detector: NearDuplicateDetector
  private let file: SpillFile
  /// For each document, whether it has a signature (a document without words has none).
  private var signed: [Bool] = []
  private var recordSize: Int { detector.hashCount * 8 }

  /// An index whose signatures are kept in a temporary file in `directory`.
  init(directory: String, detector: NearDuplicateDetector = NearDuplicateDetector()) throws {
    self.detector = detector
    file = try SpillFile(path: (directory as NSString).appendingPathComponent(".signatures.spill"))
  }

  var count: Int { signed.count }

  /// Adds the next document's signature (`nil` for a document without words).
  mutating func append(_ signature: [UInt64]?) throws {
    var record = [UInt8](repeating: 0, count: recordSize)
    if let signature, signature.count == detector.hashCount {
      for (k, v) in signature.enumerated() { LittleEndian.put(v, &record, at: k * 8) }
      signed.append(true)
    } else {
      signed.append(false)
    }
    try file.append(record)
  }

  /// Each later near copy with the earliest document of its group and their similarity, in
  /// document order. Deletes the file.
  func matches() throws -> [(copy: Int, original: Int, similarity: Double)] {
    defer { file.discard() }
    try file.finishWriting()
    let n = signed.count
    var parent = [Int32](repeating: 0, count: n)
    for i in 0..<n { parent[i] = Int32(i) }
    func root(_ i: Int) -> Int {
      var r = i
      while Int(parent[r]) != r { r = Int(parent[r]) }
      var j = i
      while Int(parent[j]) != r { (j, parent[j]) = (Int(parent[j]), Int32(r)) }
      return r
    }
    let rows = detector.hashCount / detector.bandCount
    var keyed: [(key: UInt64, index: Int32)] = []
    keyed.reserveCapacity(n)
    for band in 0..<detector.bandCount {
      keyed.removeAll(keepingCapacity: true)
      try forEachSignature { i, values in
        // The same band key as the detector's, so that even a collision gives the same candidates.
        var key: UInt64 = 0x51_7CC1_B727_220A &+ UInt64(band)
        for k in 0..<rows { key = NearCopyIndex.mix(key ^ values(band * rows + k)) }
        keyed.append((key, Int32(i)))
      }
      keyed.sort { ($0.key, $0.index) < ($1.key, $1.index) }
      var runStart = 0
      while runStart < keyed.count {
        var runEnd = runStart + 1
        while runEnd < keyed.count && keyed[runEnd].key == keyed[runStart].key { runEnd += 1 }
        if runEnd - runStart > 1 {
          // Each document against the latest `bucketWindow` before it in the run, as the
          // detector compares them; their signatures are read once per run.
          var window: [(index: Int, signature: [UInt8])] = []
          for b in runStart..<runEnd {
            let j = Int(keyed[b].index)
            let signature = try self.signature(j)
            for (i, other) in window {
              let (ri, rj) = (root(i), root(j))
              guard ri != rj, similarity(other, signature) >= detector.threshold else { continue }
              // The smaller index leads, so every group's root is its earliest document.
              if ri < rj { parent[rj] = Int32(ri) } else { parent[ri] = Int32(rj) }
            }
            window.append((j, signature))
            if window.count > detector.bucketWindow { window.removeFirst() }
          }
        }
        runStart = runEnd
      }
    }
    var out: [(copy: Int, original: Int, similarity: Double)] = []
    for i in 0..<n {
      let r = root(i)
      if r != i { out.append((i, r, try similarity(i, r))) }
    }
    return out
  }

  /// Calls `body` with each signed document's index and a reader of its signature's values,
  /// reading the file in order a few hundred records at a time.
  private func forEachSignature(_ body: (Int, (Int) -> UInt64) -> Void) throws {
    let size = recordSize
    let batch = max(1, (1 << 20) / size)
    var first = 0
    while first < signed.count {
      let count = min(batch, signed.count - first)
      let bytes = try file.read(count * size, at: Int64(first) * Int64(size))
      for r in 0..<count where signed[first + r] {
        body(first + r) { k in LittleEndian.value(bytes, at: r * size + k * 8) }
      }
      first += count
    }
  }

  private func signature(_ i: Int) throws -> [UInt8] {
    try file.read(recordSize, at: Int64(i) * Int64(recordSize))
  }

  private func similarity(_ i: Int, _ j: Int) throws -> Double {
    similarity(try signature(i), try signature(j))
  }

  private func similarity(_ a: [UInt8], _ b: [UInt8]) -> Double {
    var same = 0
    for k in 0..<detector.hashCount where LittleEndian.value(a, at: k * 8) == LittleEndian.value(b, at: k * 8) {
      same += 1
    }
    return Double(same) / Double(detector.hashCount)
  }

  /// Deletes the file.
  func discard() { file.discard() }

  /// The SplitMix64 finalizer, as the detector mixes band keys.
  static func mix(_ x: UInt64) -> UInt64 {
    var z = x
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
