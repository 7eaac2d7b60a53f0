import CrosscheckCore

/// Reading one numeral: digits with separators, decimals and suffixes, or number words.
extension QuantityScanner {
  /// Digits with separators, decimals, an attached suffix or multiplier; `nil` for codes,
  /// versions, times, dates, phone numbers and identifiers.
  func readDigits(at i: Int, money: Bool) -> Numeral? {
    var j = i
    var m = 0.0
    while j < n && B.isDigit(p[j]) {
      m = m * 10 + Double(p[j] &- 48)
      j += 1
    }
    let integerDigits = j - i
    if p[i] == UInt8(ascii: "0") && integerDigits > 1 { return nil }  // "007", "09"
    var numeral = Numeral(start: i, end: j, mantissa: m)
    var grouped = false
    if integerDigits <= 3 {
      let separator = groupSeparatorLength(at: j)
      if separator > 0 {
        // Every group must use the same separator as the first.
        let first = p[j]
        let last = p[j + separator - 1]
        while groupSeparatorLength(at: j) == separator, p[j] == first,
          p[j + separator - 1] == last, threeDigits(at: j + separator)
        {
          let g = j + separator
          m =
            m * 1000 + Double(p[g] &- 48) * 100 + Double(p[g + 1] &- 48) * 10
            + Double(p[g + 2] &- 48)
          j = g + 3
          grouped = true
        }
      }
    }
    var decimals = 0
    if j + 1 < n && p[j] == UInt8(ascii: ".") && B.isDigit(p[j + 1]) {
      j += 1
      while j < n && B.isDigit(p[j]) {
        if decimals < 15 {
          m = m * 10 + Double(p[j] &- 48)
          decimals += 1
        }
        j += 1
      }
      if j + 1 < n && p[j] == UInt8(ascii: ".") && B.isDigit(p[j + 1]) { return nil }  // "2.1.3"
    }
    if j + 1 < n, p[j] == UInt8(ascii: ":") || p[j] == UInt8(ascii: "/"), B.isDigit(p[j + 1]) {
      return nil  // "09:30", "24/7", "10/01/2017"
    }
    if j + 1 < n && p[j] == UInt8(ascii: "-") && B.isDigit(p[j + 1]) {
      var k = j + 1
      while k < n && B.isDigit(p[k]) { k += 1 }
      if p[j + 1] == UInt8(ascii: "0") && k - j > 2 { return nil }  // "555-0123", "2017-01"
      if k + 1 < n && p[k] == UInt8(ascii: "-") && B.isDigit(p[k + 1]) { return nil }  // dates
    }
    numeral.mantissa = m
    numeral.decimals = decimals
    numeral.integerDigits = integerDigits
    numeral.grouped = grouped
    numeral.end = j
    if j < n && B.isLetter(p[j]) {
      var k = j
      while k < n && B.isLetter(p[k]) { k += 1 }
      if k < n && B.isDigit(p[k]) { return nil }  // "4x4"
      if decimals == 0, ordinalSuffix(j, k) {
        numeral.ordinal = true
        numeral.end = k
        return numeral
      }
      if k - j == 1, NumeralBytes.lower(p[j]) == UInt8(ascii: "s"), isDecadeShape(numeral) {
        numeral.decade = true
        numeral.end = k
        return numeral
      }
      if let multiplier = attachedMultiplier(j, k, money: money) {
        numeral.multiplier = multiplier
        numeral.end = k
        return numeral
      }
      if units.matchAfter(p, at: j) != nil { return numeral }
      return nil  // "5G", "3D", "10am"
    }
    if let s = apostropheS(at: j), isDecadeShape(numeral) {  // "1990's"
      numeral.decade = true
      numeral.end = s
      return numeral
    }
    if let (multiplier, end) = multiplierWord(after: j, money: money) {
      numeral.multiplier = multiplier
      numeral.end = end
    }
    return numeral
  }

  func isDecadeShape(_ numeral: Numeral) -> Bool {
    numeral.isBareFourDigits && numeral.mantissa >= 1000 && numeral.mantissa <= 2090
      && numeral.mantissa.truncatingRemainder(dividingBy: 10) == 0
  }

  func ordinalSuffix(_ s: Int, _ e: Int) -> Bool {
    guard e - s == 2 else { return false }
    let a = B.lower(p[s])
    let b = B.lower(p[s + 1])
    switch (a, b) {
    case (UInt8(ascii: "s"), UInt8(ascii: "t")), (UInt8(ascii: "n"), UInt8(ascii: "d")),
      (UInt8(ascii: "r"), UInt8(ascii: "d")), (UInt8(ascii: "t"), UInt8(ascii: "h")):
      return true
    default: return false
    }
  }

  func attachedMultiplier(_ s: Int, _ e: Int, money: Bool) -> Double? {
    if equals(s, e, "k") { return 1e3 }
    if equals(s, e, "m") || equals(s, e, "mn") || equals(s, e, "mln") { return 1e6 }
    if equals(s, e, "bn") || (money && equals(s, e, "b")) { return 1e9 }
    if equals(s, e, "tn") || equals(s, e, "trn") { return 1e12 }
    return scaleWord(s, e)
  }

  func scaleWord(_ s: Int, _ e: Int) -> Double? {
    if equals(s, e, "hundred") { return 100 }
    if equals(s, e, "thousand") { return 1e3 }
    if equals(s, e, "million") { return 1e6 }
    if equals(s, e, "billion") { return 1e9 }
    if equals(s, e, "trillion") { return 1e12 }
    return nil
  }

  /// "2.5 million", "$3 bn", "$1.5-billion": a multiplier word after a space or a hyphen.
  func multiplierWord(after j: Int, money: Bool) -> (Double, Int)? {
    var k = j
    let hyphen = k + 1 < n && p[k] == UInt8(ascii: "-") && B.isLetter(p[k + 1])
    if hyphen {
      k += 1
    } else {
      k = skipSpaces(j)
      guard k > j else { return nil }
    }
    var e = k
    while e < n && B.isLetter(p[e]) { e += 1 }
    guard e > k, e == n || !B.isAlnum(p[e]) else { return nil }
    if let scale = scaleWord(k, e) { return (scale, e) }
    guard !hyphen else { return nil }
    if equals(k, e, "bn") { return (1e9, e) }
    if equals(k, e, "mn") || equals(k, e, "mln") || (money && equals(k, e, "m")) { return (1e6, e) }
    if equals(k, e, "tn") || equals(k, e, "trn") { return (1e12, e) }
    return nil
  }

  /// A spelled-out number starting with the word at `i..<j`.
  func readWords(_ i: Int, _ j: Int, _ word: NumberWord) -> Numeral? {
    switch word {
    case .article:
      if let (k, _, next) = nextNumberWord(after: j) {
        switch next {
        case .hundred, .scale, .dozen: return readCardinal(from: k, presetOne: true, start: i)
        default: return nil
        }
      }
      // "a couple of"
      let k = skipSpaces(j)
      guard k > j, let e = letters(from: k), equals(k, e, "couple"),
        let ofEnd = followingWord(e, "of")
      else { return nil }
      var numeral = Numeral(start: i, end: ofEnd, mantissa: 2)
      numeral.spelled = true
      return numeral
    case .half:
      // "half a million", "half a dozen"
      let k = skipSpaces(j)
      guard k > j, let e = letters(from: k), equals(k, e, "a"),
        let (_, e2, next) = nextNumberWord(after: e)
      else { return nil }
      let scale: Double
      switch next {
      case .hundred: scale = 100
      case .scale(let s): scale = s
      case .dozen: scale = 12
      default: return nil
      }
      var numeral = Numeral(start: i, end: e2, mantissa: 5)
      numeral.decimals = 1
      numeral.multiplier = scale
      numeral.spelled = true
      return numeral
    case .several:
      var numeral = Numeral(start: i, end: j, mantissa: 3)
      numeral.spelled = true
      numeral.vague = (3, 9)
      if let (_, e, next) = nextNumberWord(after: j) {
        let scale: Double? =
          switch next {
          case .hundred: 100
          case .scale(let s): s
          case .dozen: 12
          default: nil
          }
        if let scale {
          numeral.vague = (3 * scale, 9 * scale)
          numeral.end = e
        }
      }
      return numeral
    case .plural(let s):
      var low = s == 12 ? 24 : 2 * s
      var high = s == 12 ? 99 : 10 * s - 1
      var end = j
      if let ofEnd = followingWord(j, "of"), let (_, e, next) = nextNumberWord(after: ofEnd),
        case .plural(let s2) = next, s2 >= 1000, s2 > s
      {
        low *= s2
        high = (high + 1) * s2 - 1
        end = e
      }
      if let ofEnd = followingWord(end, "of") { end = ofEnd }
      var numeral = Numeral(start: i, end: end, mantissa: low)
      numeral.spelled = true
      numeral.vague = (low, high)
      return numeral
    case .dozen, .hundred, .scale, .ordinalScale:
      // Only after another number word or "a".
      return nil
    default:
      return readCardinal(from: i, presetOne: false, start: i)
    }
  }

  enum Last { case none, unit, teen, tens, hundred, scale }

  /// "one hundred and twenty-five thousand", "twenty-first", "two dozen".
  func readCardinal(from i: Int, presetOne: Bool, start: Int) -> Numeral? {
    var total = 0.0
    var current = presetOne ? 1.0 : 0
    var last: Last = presetOne ? .unit : .none
    var lastScale = Double.infinity
    var beforeScaleTotal = 0.0
    var beforeScaleCurrent = 0.0
    var ordinal = false
    var end = i
    var count = 0
    var pos = i
    loop: while pos < n && B.isLetter(p[pos]) {
      var e = pos
      while e < n && B.isLetter(p[e]) { e += 1 }
      guard let word = words.lookup(p, pos, e), e == n || !B.isDigit(p[e]) else { break }
      var stop = false
      switch word {
      case .unit(let v), .ordinalUnit(let v):
        let allowed: Bool
        if v >= 1 && v <= 9 {
          allowed = last == .none || last == .hundred || last == .scale || last == .tens
        } else {
          allowed = last == .none || last == .hundred || last == .scale
        }
        guard allowed, !(v == 0 && last != .none) else { break loop }
        current += v
        last = v >= 10 ? .teen : .unit
        if case .ordinalUnit = word { ordinal = true }
      case .tens(let v), .ordinalTens(let v):
        guard last == .none || last == .hundred || last == .scale else { break loop }
        current += v
        last = .tens
        if case .ordinalTens = word { ordinal = true }
      case .hundred:
        guard last == .unit || last == .teen, current < 100 else { break loop }
        current *= 100
        last = .hundred
      case .scale(let s):
        guard current > 0, s < lastScale else { break loop }
        beforeScaleTotal = total
        beforeScaleCurrent = current
        total += current * s
        current = 0
        lastScale = s
        last = .scale
      case .ordinalScale(let s):
        guard s < lastScale else { break loop }
        if s == 100 {
          guard last == .none || last == .unit || last == .teen, current < 100 else { break loop }
          current = max(current, 1) * 100
        } else {
          total += max(current, 1) * s
          current = 0
        }
        ordinal = true
      case .dozen:
        guard last == .unit || last == .teen || last == .tens, total == 0 else { break loop }
        current *= 12
        stop = true
      case .plural, .several, .half, .article:
        break loop
      }
      count += 1
      end = e
      if ordinal || stop { break }
      // Next word: after a hyphen ("twenty-eight"), spaces, or "and" after hundred or a scale.
      var k = e
      if k + 1 < n && p[k] == UInt8(ascii: "-") && B.isLetter(p[k + 1]) {
        k += 1
      } else {
        let s = skipSpaces(k)
        guard s > k else { break }
        k = s
        if last == .hundred || last == .scale, let andEnd = letters(from: k),
          equals(k, andEnd, "and")
        {
          let after = skipSpaces(andEnd)
          guard after > andEnd, let (_, _, next) = nextNumberWord(after: andEnd) else { break }
          switch next {
          case .unit, .tens, .ordinalUnit, .ordinalTens: k = after
          default: break loop
          }
        }
      }
      pos = k
    }
    guard count > 0 else { return nil }
    var numeral: Numeral
    if last == .scale && beforeScaleTotal == 0 && current == 0 && !ordinal {
      numeral = Numeral(start: start, end: end, mantissa: beforeScaleCurrent)
      numeral.multiplier = lastScale
    } else {
      numeral = Numeral(start: start, end: end, mantissa: total + current)
    }
    numeral.spelled = true
    numeral.ordinal = ordinal
    return numeral
  }
}
