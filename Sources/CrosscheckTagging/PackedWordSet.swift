/// A set of short lowercase ASCII words, looked up by packed bytes without allocating.
///
/// Words of up to 16 letters are packed into two 64-bit integers; the lookup lowercases as it
/// packs, so "The" and "the" are the same word. Longer words are never members.
struct PackedWordSet: Sendable {
  private struct Key: Hashable, Sendable {
    var lo: UInt64
    var hi: UInt64
  }

  private var keys: Set<Key> = []
  /// Bit `k` is set when some word has `k` letters: most lookups end on this test.
  private var lengths: UInt32 = 0

  init(_ words: [StaticString]) {
    for word in words {
      let count = word.utf8CodeUnitCount
      guard count > 0, count <= 16 else { continue }
      var lo: UInt64 = 0
      var hi: UInt64 = 0
      let bytes = word.utf8Start
      for k in 0..<count {
        let c = UInt64(NumeralBytes.lower(bytes[k]))
        if k < 8 { lo |= c << (8 * k) } else { hi |= c << (8 * (k - 8)) }
      }
      keys.insert(Key(lo: lo, hi: hi))
      lengths |= 1 << UInt32(count)
    }
  }

  /// Whether `p[start..<end]` spells a member, in any case.
  @inline(__always)
  func contains(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    let count = end - start
    guard count > 0, count <= 16, lengths & (1 << UInt32(count)) != 0 else { return false }
    var lo: UInt64 = 0
    var hi: UInt64 = 0
    for k in 0..<count {
      let c = UInt64(NumeralBytes.lower(p[start + k]))
      if k < 8 { lo |= c << (8 * k) } else { hi |= c << (8 * (k - 8)) }
    }
    return keys.contains(Key(lo: lo, hi: hi))
  }
}
