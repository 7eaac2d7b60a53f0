/// An English number word and the part it plays in a spelled-out number.
enum NumberWord: Equatable, Sendable {
  /// zero … nineteen.
  case unit(Double)
  /// twenty … ninety.
  case tens(Double)
  case hundred
  /// thousand, million, billion, trillion.
  case scale(Double)
  /// first … nineteenth.
  case ordinalUnit(Double)
  /// twentieth … ninetieth.
  case ordinalTens(Double)
  /// hundredth, thousandth, millionth, billionth.
  case ordinalScale(Double)
  case dozen
  /// A vague plural: tens (10), dozens (12), scores (20), hundreds, thousands, millions,
  /// billions.
  case plural(Double)
  case several
  case half
  /// "a", which counts only before a scale word ("a hundred"), a fraction ("a third of"), or in
  /// "a couple of" and "a few".
  case article
  /// "last", "this", "next": a year relative to the publication year when "year" follows.
  case relative(Int)
}

/// The number words of English, looked up by lowercase byte comparison without allocating.
///
/// Words are bucketed by first letter and length, and compared as two packed 64-bit words, so
/// the many words of a text that are not numbers cost one array read each.
struct NumberWordTable: Sendable {
  private struct Entry: Sendable {
    var lo: UInt64
    var hi: UInt64
    var word: NumberWord
  }

  private static let maxLength = 15
  private var bucketStart: [Int] = []
  private var entries: [Entry] = []

  init() {
    var list: [(String, NumberWord)] = []
    let units = [
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen",
    ]
    for (v, w) in units.enumerated() { list.append((w, .unit(Double(v)))) }
    let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    for (k, w) in tens.enumerated() { list.append((w, .tens(Double(20 + 10 * k)))) }
    let ordinals = [
      "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
      "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
      "seventeenth", "eighteenth", "nineteenth",
    ]
    for (k, w) in ordinals.enumerated() { list.append((w, .ordinalUnit(Double(k + 1)))) }
    let ordinalTens = [
      "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
      "ninetieth",
    ]
    for (k, w) in ordinalTens.enumerated() { list.append((w, .ordinalTens(Double(20 + 10 * k)))) }
    list += [
      ("hundred", .hundred), ("thousand", .scale(1e3)), ("million", .scale(1e6)),
      ("billion", .scale(1e9)), ("trillion", .scale(1e12)),
      ("hundredth", .ordinalScale(100)), ("thousandth", .ordinalScale(1e3)),
      ("millionth", .ordinalScale(1e6)), ("billionth", .ordinalScale(1e9)),
      ("dozen", .dozen), ("tens", .plural(10)), ("dozens", .plural(12)),
      ("hundreds", .plural(100)), ("scores", .plural(20)), ("thousands", .plural(1e3)),
      ("millions", .plural(1e6)),
      ("billions", .plural(1e9)), ("several", .several), ("half", .half), ("a", .article),
      ("last", .relative(-1)), ("this", .relative(0)), ("next", .relative(1)),
    ]
    var buckets = Array(repeating: [Entry](), count: 26 * (Self.maxLength + 1))
    for (text, word) in list {
      let bytes = Array(text.utf8)
      let (lo, hi) = Self.pack(bytes)
      buckets[Self.bucket(first: bytes[0], length: bytes.count)].append(
        Entry(lo: lo, hi: hi, word: word))
    }
    bucketStart.reserveCapacity(buckets.count + 1)
    for bucket in buckets {
      bucketStart.append(entries.count)
      entries += bucket
    }
    bucketStart.append(entries.count)
  }

  private static func bucket(first: UInt8, length: Int) -> Int {
    Int(NumeralBytes.lower(first) &- 97) * (maxLength + 1) + length
  }

  private static func pack(_ bytes: [UInt8]) -> (UInt64, UInt64) {
    var lo: UInt64 = 0
    var hi: UInt64 = 0
    for (k, b) in bytes.enumerated() {
      if k < 8 { lo |= UInt64(b) << (8 * k) } else { hi |= UInt64(b) << (8 * (k - 8)) }
    }
    return (lo, hi)
  }

  /// The number word spelled by the ASCII letters `p[start..<end]`, in any case.
  @inline(__always)
  func lookup(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> NumberWord? {
    let length = end - start
    guard length > 0, length <= Self.maxLength, NumeralBytes.isLetter(p[start]) else { return nil }
    let b = Self.bucket(first: p[start], length: length)
    let from = bucketStart[b]
    let to = bucketStart[b + 1]
    guard from < to else { return nil }
    var lo: UInt64 = 0
    var hi: UInt64 = 0
    for k in 0..<length {
      let c = UInt64(NumeralBytes.lower(p[start + k]))
      if k < 8 { lo |= c << (8 * k) } else { hi |= c << (8 * (k - 8)) }
    }
    for e in from..<to where entries[e].lo == lo && entries[e].hi == hi {
      return entries[e].word
    }
    return nil
  }
}
