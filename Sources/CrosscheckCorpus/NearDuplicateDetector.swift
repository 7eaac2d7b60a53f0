/// A document found to repeat an earlier one.
public struct DuplicateMatch: Sendable, Hashable, CustomStringConvertible {
  public enum Kind: String, Sendable, Hashable {
    /// The same text, byte for byte.
    case exact
    /// Mostly the same word sequences (a syndicated copy, another header or footer).
    case near
  }

  /// The id of the later document.
  public var copy: String
  /// The id of the earliest document of its group, in input order.
  public var original: String
  public var kind: Kind
  /// The estimated Jaccard similarity of the two documents' word shingles, 0...1 (1 for exact).
  public var similarity: Double

  public init(copy: String, original: String, kind: Kind, similarity: Double) {
    self.copy = copy
    self.original = original
    self.kind = kind
    self.similarity = similarity
  }

  public var description: String {
    let percent = Int((similarity * 100).rounded())
    return "\(copy) repeats \(original) (\(kind.rawValue), similarity \(percent)%)"
  }
}

/// Finds exact and near duplicates among normalized document texts: the same story published
/// twice, or syndicated with another header, footer or a reworded sentence.
///
/// Each text becomes the set of its word shingles (runs of `shingleSize` words, lowercased,
/// punctuation ignored) and a MinHash signature of `hashCount` values. Signatures are split
/// into `bandCount` bands; documents sharing a band are candidates, and a candidate pair is a
/// near duplicate when the share of equal signature values (an estimate of the Jaccard
/// similarity of the shingle sets) is at least `threshold`. Groups are closed transitively and
/// each is led by its earliest document in input order. Everything is deterministic: fixed
/// seeds, no randomness, results in input order.
///
/// Why MinHash and not 64-bit SimHash with a Hamming distance of 3: SimHash fits long pages
/// with many shingles, where a small edit flips few bits. A news article has a few hundred
/// shingles, and a new header, footer and one rewritten sentence change 10–25% of them; that
/// moves a SimHash by about 8–12 of 64 bits, far past 3, while loosening the distance soon
/// matches unrelated texts. MinHash estimates the Jaccard similarity itself, so the
/// threshold means what it says (half the shingles shared) and the LSH bands can be tuned to
/// catch nearly every pair above it: with 64 bands of 2 rows a pair at similarity 0.5 becomes
/// a candidate with probability 1 − (1 − 0.5²)⁶⁴ ≈ 1.
///
/// A document is compared with at most the `bucketWindow` latest documents before it that share
/// a band's key. Pages built from one template, or stories that repeat set phrases, can share a
/// band by the thousand; comparing each with all of them made the cost grow with the square of
/// the corpus. A real copy shares about a quarter of its 64 bands with its original, and most of
/// those bands are shared by few documents, so the window rarely hides one.
public struct NearDuplicateDetector: Sendable {
  /// Words per shingle.
  public let shingleSize: Int
  /// Values in a MinHash signature.
  public let hashCount: Int
  /// LSH bands; `hashCount / bandCount` values per band.
  public let bandCount: Int
  /// The least estimated Jaccard similarity for a near duplicate, 0...1.
  public let threshold: Double
  /// How many of the latest earlier documents sharing a band key a document is compared with.
  public let bucketWindow: Int

  private let seeds: [UInt64]

  /// Settings out of range are clamped: at least 1 word per shingle, at least one band, and
  /// `hashCount` rounded up to a multiple of `bandCount`.
  public init(
    shingleSize: Int = 4, hashCount: Int = 128, bandCount: Int = 64, threshold: Double = 0.5,
    bucketWindow: Int = 32
  ) {
    self.bucketWindow = max(1, bucketWindow)
    self.shingleSize = max(1, shingleSize)
    let bands = max(1, min(bandCount, max(1, hashCount)))
    let rows = (max(1, hashCount) + bands - 1) / bands
    self.bandCount = bands
    self.hashCount = rows * bands
    self.threshold = min(1, max(0, threshold))
    var state: UInt64 = 0x00C0_FFEE_D0C5_2024
    seeds = (0..<rows * bands).map { _ in
      state &+= 0x9E37_79B9_7F4A_7C15
      return Self.mix(state)
    }
  }

  /// Each later duplicate mapped to the earliest document of its group, in input order of the
  /// copies. Documents without a single word are never duplicates.
  public func duplicates(in documents: [(id: String, text: String)]) -> [DuplicateMatch] {
    links(documents).map {
      DuplicateMatch(
        copy: documents[$0.copy].id, original: documents[$0.original].id, kind: $0.kind,
        similarity: $0.similarity)
    }
  }

  /// The groups of two or more documents that repeat each other, each in input order, ordered
  /// by their first document.
  public func groups(of documents: [(id: String, text: String)]) -> [[String]] {
    var members: [Int: [String]] = [:]
    for link in links(documents) {
      members[link.original, default: [documents[link.original].id]].append(documents[link.copy].id)
    }
    return members.keys.sorted().compactMap { members[$0] }
  }

  private struct Link {
    var copy: Int
    var original: Int
    var kind: DuplicateMatch.Kind
    var similarity: Double
  }

  private func links(_ documents: [(id: String, text: String)]) -> [Link] {
    let n = documents.count
    var parent = Array(0..<n)
    func root(_ i: Int) -> Int {
      var r = i
      while parent[r] != r { r = parent[r] }
      var j = i
      while parent[j] != r { (j, parent[j]) = (parent[j], r) }
      return r
    }
    func union(_ a: Int, _ b: Int) {
      let (ra, rb) = (root(a), root(b))
      // The smaller index leads, so every group's root is its earliest document.
      if ra < rb { parent[rb] = ra } else if rb < ra { parent[ra] = rb }
    }

    var firstWithText: [String: Int] = [:]
    var signatures = [[UInt64]?](repeating: nil, count: n)
    var buckets: [Int: [UInt64: [Int]]] = [:]
    let rows = hashCount / bandCount
    for (i, document) in documents.enumerated() {
      guard let signature = signature(of: document.text) else { continue }
      if let earlier = firstWithText[document.text] {
        union(earlier, i)
        continue
      }
      firstWithText[document.text] = i
      signatures[i] = signature
      for band in 0..<bandCount {
        var key: UInt64 = 0x51_7CC1_B727_220A &+ UInt64(band)
        for value in signature[band * rows..<(band + 1) * rows] {
          key = Self.mix(key ^ value)
        }
        for other in (buckets[band]?[key] ?? []).suffix(bucketWindow) where root(other) != root(i) {
          if let otherSignature = signatures[other],
            similarity(signature, otherSignature) >= threshold
          {
            union(other, i)
          }
        }
        buckets[band, default: [:]][key, default: []].append(i)
      }
    }

    var links: [Link] = []
    for i in 0..<n {
      let r = root(i)
      guard r != i else { continue }
      let exact = documents[i].text == documents[r].text
      let score: Double =
        exact ? 1 : signatures[i].flatMap { s in signatures[r].map { similarity(s, $0) } } ?? 0
      links.append(Link(copy: i, original: r, kind: exact ? .exact : .near, similarity: score))
    }
    return links
  }

  /// The MinHash signature of a text's word shingles, or `nil` for a text without words.
  /// A text shorter than one shingle is one shingle of all its words.
  public func signature(of text: String) -> [UInt64]? {
    let shingles = shingleHashes(text)
    guard !shingles.isEmpty else { return nil }
    var signature = [UInt64](repeating: .max, count: hashCount)
    for shingle in shingles {
      for k in 0..<hashCount {
        let h = Self.mix(shingle ^ seeds[k])
        if h < signature[k] { signature[k] = h }
      }
    }
    return signature
  }

  /// The share of equal positions in two signatures: an estimate of the Jaccard similarity.
  public func similarity(_ a: [UInt64], _ b: [UInt64]) -> Double {
    guard a.count == b.count, !a.isEmpty else { return 0 }
    var same = 0
    for k in 0..<a.count where a[k] == b[k] { same += 1 }
    return Double(same) / Double(a.count)
  }

  /// Hashes of the distinct word shingles. Words are runs of letters and digits of any script;
  /// everything else (spaces, punctuation, dashes, symbols) separates them. Letters are
  /// lowercased.
  func shingleHashes(_ text: String) -> Set<UInt64> {
    let basis: UInt64 = 0xCBF2_9CE4_8422_2325
    var wordHashes: [UInt64] = []
    var h = basis
    var inWord = false
    func add(_ value: UInt32) {
      h = (h ^ UInt64(value)) &* 0x0000_0100_0000_01B3
      inWord = true
    }
    func endWord() {
      if inWord { wordHashes.append(h) }
      h = basis
      inWord = false
    }
    for scalar in text.unicodeScalars {
      let v = scalar.value
      if v < 0x80 {
        switch v {
        case 0x30...0x39, 0x61...0x7A: add(v)
        case 0x41...0x5A: add(v | 0x20)
        default: endWord()
        }
      } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        if v == 0x03C2 {
          add(0x03C3)  // final sigma folds to sigma, as an upper-case Σ lowercases to σ
        } else if scalar.properties.changesWhenLowercased {
          for lower in scalar.properties.lowercaseMapping.unicodeScalars { add(lower.value) }
        } else {
          add(v)
        }
      } else if scalar.properties.generalCategory == .nonspacingMark {
        // Combining accents belong to the letter before them.
        if inWord { add(v) }
      } else {
        endWord()
      }
    }
    endWord()
    guard !wordHashes.isEmpty else { return [] }
    let size = min(shingleSize, wordHashes.count)
    var shingles: Set<UInt64> = []
    shingles.reserveCapacity(wordHashes.count)
    for start in 0...(wordHashes.count - size) {
      var h: UInt64 = 0x2545_F491_4F6C_DD1D
      for w in wordHashes[start..<start + size] { h = Self.mix(h ^ w) &* 0x9E37_79B9_7F4A_7C15 }
      shingles.insert(h)
    }
    return shingles
  }

  /// The SplitMix64 finalizer: a bijective 64-bit mix.
  private static func mix(_ x: UInt64) -> UInt64 {
    var z = x
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
