import CrosscheckCorpus

/// The near copies among a run's documents, found from their MinHash signatures alone, so that a
/// run need not keep the texts: the same groups, originals and similarities as
/// ``NearDuplicateDetector/duplicates(in:)`` finds on the texts of distinct documents.
///
/// Signatures are kept flat (`hashCount` values per document, about 1 KB). At the end, each LSH
/// band is sorted by its key, documents with equal keys are candidates, and candidates at least
/// `threshold` similar are joined; each group is led by its earliest document.
struct NearCopyIndex {
  let detector: NearDuplicateDetector
  private var values: [UInt64] = []
  /// For each document, where its signature starts in `values`, or -1 when it has no words.
  private var starts: [Int] = []

  init(detector: NearDuplicateDetector = NearDuplicateDetector()) { self.detector = detector }

  var count: Int { starts.count }

  /// Adds the next document's signature (`nil` for a document without words).
  mutating func append(_ signature: [UInt64]?) {
    guard let signature, signature.count == detector.hashCount else {
      starts.append(-1)
      return
    }
    starts.append(values.count)
    values.append(contentsOf: signature)
  }

  /// Each later near copy with the earliest document of its group and their similarity, in
  /// document order.
  func matches() -> [(copy: Int, original: Int, similarity: Double)] {
    let n = starts.count
    var parent = Array(0..<n)
    func root(_ i: Int) -> Int {
      var r = i
      while parent[r] != r { r = parent[r] }
      var j = i
      while parent[j] != r { (j, parent[j]) = (parent[j], r) }
      return r
    }
    let hashCount = detector.hashCount
    let rows = hashCount / detector.bandCount
    var keyed: [(key: UInt64, index: Int)] = []
    keyed.reserveCapacity(n)
    for band in 0..<detector.bandCount {
      keyed.removeAll(keepingCapacity: true)
      for i in 0..<n where starts[i] >= 0 {
        // The same band key as the detector's, so that even a collision gives the same candidates.
        var key: UInt64 = 0x51_7CC1_B727_220A &+ UInt64(band)
        for k in 0..<rows { key = NearCopyIndex.mix(key ^ values[starts[i] + band * rows + k]) }
        keyed.append((key, i))
      }
      keyed.sort { ($0.key, $0.index) < ($1.key, $1.index) }
      var runStart = 0
      while runStart < keyed.count {
        var runEnd = runStart + 1
        while runEnd < keyed.count && keyed[runEnd].key == keyed[runStart].key { runEnd += 1 }
        if runEnd - runStart > 1 {
          for b in runStart + 1..<runEnd {
            for a in runStart..<b {
              let (i, j) = (keyed[a].index, keyed[b].index)
              let (ri, rj) = (root(i), root(j))
              guard ri != rj, similarity(i, j) >= detector.threshold else { continue }
              // The smaller index leads, so every group's root is its earliest document.
              if ri < rj { parent[rj] = ri } else { parent[ri] = rj }
            }
          }
        }
        runStart = runEnd
      }
    }
    var out: [(copy: Int, original: Int, similarity: Double)] = []
    for i in 0..<n {
      let r = root(i)
      if r != i { out.append((i, r, similarity(i, r))) }
    }
    return out
  }

  private func similarity(_ i: Int, _ j: Int) -> Double {
    let hashCount = detector.hashCount
    var same = 0
    for k in 0..<hashCount where values[starts[i] + k] == values[starts[j] + k] { same += 1 }
    return Double(same) / Double(hashCount)
  }

  /// The SplitMix64 finalizer, as the detector mixes band keys.
  static func mix(_ x: UInt64) -> UInt64 {
    var z = x
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
