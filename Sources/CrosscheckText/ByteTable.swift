/// A small hash table from byte strings to values, looked up by a range of a byte buffer.
///
/// The scanners look up the word before every full stop; this table answers without building an
/// `Array` or a `String` for the key. Keys are compared as bytes, so lookups are case-sensitive
/// apart from the optional folding of the first letter.
struct ByteTable<Value: Sendable>: Sendable {
  private var keys: [[UInt8]] = []
  private var values: [Value] = []
  /// Open addressing: index into `keys` plus one, 0 for an empty slot.
  private var slots: [Int32] = []
  private var mask = 0

  init() {}

  init(_ entries: [([UInt8], Value)]) {
    for (key, value) in entries { self[key] = value }
  }

  var count: Int { keys.count }
  var allKeys: [[UInt8]] { keys }

  /// The value stored for exactly `key`.
  subscript(key: [UInt8]) -> Value? {
    get {
      key.withUnsafeBufferPointer { find($0, 0, $0.count, foldFirst: false) }.map { values[$0] }
    }
    set {
      guard let newValue else { return }
      if let index = key.withUnsafeBufferPointer({ find($0, 0, $0.count, foldFirst: false) }) {
        values[index] = newValue
        return
      }
      keys.append(key)
      values.append(newValue)
      if keys.count * 2 > slots.count { rehash() } else { place(keys.count - 1) }
    }
  }

  /// The value for the bytes `start..<end` of `buffer`. With `foldFirst`, an uppercase ASCII
  /// first byte is also tried in lowercase ("Etc." finds "etc.").
  @inline(__always)
  func value(
    in buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, foldFirst: Bool = false
  )
    -> Value?
  {
    guard !slots.isEmpty, start < end else { return nil }
    if let index = find(buffer, start, end, foldFirst: false) { return values[index] }
    let first = buffer[start]
    if foldFirst && first >= 0x41 && first <= 0x5A,
      let index = find(buffer, start, end, foldFirst: true)
    {
      return values[index]
    }
    return nil
  }

  private static func hash(
    _ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
    foldFirst: Bool
  ) -> Int {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for i in start..<end {
      var b = buffer[i]
      if foldFirst && i == start { b |= 0x20 }
      h = (h ^ UInt64(b)) &* 0x100_0000_01b3
    }
    return Int(truncatingIfNeeded: h ^ (h >> 29))
  }

  private func find(
    _ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
    foldFirst: Bool
  ) -> Int? {
    guard !slots.isEmpty else { return nil }
    var slot = Self.hash(buffer, start, end, foldFirst: foldFirst) & mask
    while true {
      let entry = Int(slots[slot])
      if entry == 0 { return nil }
      let key = keys[entry - 1]
      if key.count == end - start {
        var same = true
        for k in 0..<key.count {
          var b = buffer[start + k]
          if foldFirst && k == 0 { b |= 0x20 }
          if key[k] != b {
            same = false
            break
          }
        }
        if same { return entry - 1 }
      }
      slot = (slot + 1) & mask
    }
  }

  private mutating func place(_ index: Int) {
    let key = keys[index]
    var slot = key.withUnsafeBufferPointer { Self.hash($0, 0, $0.count, foldFirst: false) } & mask
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = Int32(index + 1)
  }

  private mutating func rehash() {
    var size = 16
    while size < keys.count * 4 { size <<= 1 }
    slots = Array(repeating: 0, count: size)
    mask = size - 1
    for index in keys.indices { place(index) }
  }
}
