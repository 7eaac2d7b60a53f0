import CrosscheckCore

/// Reading one numeral: digits with separators, decimals and suffixes, or number words.
extension QuantityScanner {
  /// Whether a measure's or a percentage's unit follows byte `k`, attached or after one space.
  func unitAfterDecimalComma(_ k: Int) -> Bool {
    guard k < n else { return false }
    if let (unit, _) = units.matchAfter(p, at: k) { return units.isMeasureOrPercent(unit) }
    guard p[k] == UInt8(ascii: " "), let (unit, _) = units.matchAfter(p, at: k + 1) else { return false }
    return units.isMeasureOrPercent(unit)
  }

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
    // "98,6 million euros", "2,1 million inhabitants": a decimal comma (translated copy) before a
    // scale word, one or two digits after it.
    if !grouped, j + 2 < n, p[j] == UInt8(ascii: ","), B.isDigit(p[j + 1]) {
      var k = j + 1
      while k < n && B.isDigit(p[k]) { k += 1 }
      // "1,8 square kilometres", "14,6 per cent", "31,2 %": a measure's unit after it too, and in
      // a text that writes decimal commas, any such number ("3,9 points").
      if k - j - 1 <= 2, k >= n || p[k] != UInt8(ascii: ","),
        multiplierWord(after: k, money: money) != nil || dotGroups || unitAfterDecimalComma(k)
      {
        for d in (j + 1)..<k { m = m * 10 + Double(p[d] &- 48) }
        decimals = k - j - 1
        j = k
      }
    }
    if decimals == 0, j + 1 < n && p[j] == UInt8(ascii: ".") && B.isDigit(p[j + 1]) {
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
    if decimals == 0 && !grouped && integerDigits <= 2 {
      var fraction: (numerator: Double, denominator: Double, end: Int)?
      if let (den, end) = slashDenominator(at: j), m >= 1, m < den {
        fraction = (m, den, end)  // "3/4"
      } else if let (num, den, length) = vulgarFraction(at: j) {
        fraction = (m * den + num, den, j + length)  // "2½"
      }
      if let fraction {
        numeral.mantissa = fraction.numerator
        numeral.divisor = fraction.denominator
        numeral.integerDigits = integerDigits
        numeral.end = fraction.end
        if let (multiplier, end) = multiplierWord(after: fraction.end, money: money) {
          numeral.multiplier = multiplier
          numeral.end = end
        }
        return numeral
      }
    }
    if j + 1 < n, p[j] == UInt8(ascii: ":") || p[j] == UInt8(ascii: "/"), B.isDigit(p[j + 1]) {
      return nil  // "09:30", "24/7", "10/01/2017", "9/11"
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

  /// The denominator after `/` at `j` when it is a usual one (2, 3, 4, 5, 6, 8, 10, 16, 100)
  /// and nothing date-like follows: (denominator, end).
  func slashDenominator(at j: Int) -> (Double, Int)? {
    guard j + 1 < n, p[j] == UInt8(ascii: "/"), B.isDigit(p[j + 1]) else { return nil }
    var k = j + 1
    var d = 0.0
    while k < n && B.isDigit(p[k]) && k - j <= 3 {
      d = d * 10 + Double(p[k] &- 48)
      k += 1
    }
    if k < n && (B.isAlnum(p[k]) || p[k] == UInt8(ascii: "/") || p[k] == UInt8(ascii: "-")) {
      return nil
    }
    guard p[j + 1] != UInt8(ascii: "0"), [2, 3, 4, 5, 6, 8, 10, 16, 100].contains(d) else {
      return nil
    }
    return (d, k)
  }

  /// A Unicode vulgar fraction at `j` ("½", "⅔"): (numerator, denominator, byte length).
  func vulgarFraction(at j: Int) -> (Double, Double, Int)? {
    guard j + 1 < n else { return nil }
    if p[j] == 0xC2 {
      switch p[j + 1] {
      case 0xBC: return (1, 4, 2)
      case 0xBD: return (1, 2, 2)
      case 0xBE: return (3, 4, 2)
      default: return nil
      }
    }
    guard p[j] == 0xE2, j + 2 < n, p[j + 1] == 0x85, p[j + 2] >= 0x93, p[j + 2] <= 0x9E else {
      return nil
    }
    let (a, b) = Self.vulgarFractions[Int(p[j + 2] - 0x93)]
    return (a, b, 3)
  }

  static let fractionSingulars: [StaticString] = [
    "half", "third", "quarter", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "hundredth", "thousandth",
  ]
  static let fractionPlurals: [StaticString] = [
    "halves", "thirds", "quarters", "fourths", "fifths", "sixths", "sevenths", "eighths", "ninths",
    "tenths", "hundredths", "thousandths",
  ]
  static let fractionValues: [Double] = [2, 3, 4, 4, 5, 6, 7, 8, 9, 10, 100, 1000]
  static let vulgarFractions: [(Double, Double)] = [
    (1, 3), (2, 3), (1, 5), (2, 5), (3, 5), (4, 5), (1, 6), (5, 6), (1, 8), (3, 8), (5, 8), (7, 8),
  ]

  /// The denominator a fraction word names: "half" 2, "thirds" 3, "quarter" 4, "tenths" 10.
  /// Plural forms only when `plural` ("two-thirds"); "second" is never one (time).
  func fractionDenominator(_ s: Int, _ e: Int, plural: Bool) -> Double? {
    guard e - s >= 4, e - s <= 11 else { return nil }
    for k in 0..<Self.fractionValues.count {
      if equals(s, e, Self.fractionSingulars[k])
        || (plural && equals(s, e, Self.fractionPlurals[k]))
      {
        return Self.fractionValues[k]
      }
    }
    return nil
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
      // One read of the next word serves every reading of "a" below.
      guard let w = wordAfter(j) else { return nil }
      if let next = words.lookup(p, w.start, w.end) {
        switch next {
        case .hundred, .scale, .dozen:
          return readCardinal(from: w.start, presetOne: true, start: i)
        case .half, .ordinalUnit, .ordinalScale: break
        default: return nil
        }
      }
      // "a third of", "a quarter.": a fraction, but "a third term" is an ordinal.
      if let d = fractionDenominator(w.start, w.end, plural: false), endsFractionPhrase(w.end) {
        var numeral = Numeral(start: i, end: w.end, mantissa: 1)
        numeral.divisor = d
        numeral.spelled = true
        return numeral
      }
      if equals(w.start, w.end, "few") {
        var numeral = Numeral(start: i, end: w.end, mantissa: 2)
        numeral.spelled = true
        numeral.vague = (2, 5)
        if let (_, e, next) = nextNumberWord(after: w.end), let scale = vagueScale(next) {
          numeral.vague = (2 * scale, 5 * scale)
          numeral.end = e
        }
        return numeral
      }
      if equals(w.start, w.end, "handful"), let ofEnd = followingWord(w.end, "of") {
        var numeral = Numeral(start: i, end: ofEnd, mantissa: 2)
        numeral.spelled = true
        numeral.vague = (2, 5)
        return numeral
      }
      // "a year ago", "a decade later": one year, resolved by the caller when it can be.
      if equals(w.start, w.end, "year") || equals(w.start, w.end, "decade")
        || equals(w.start, w.end, "century"),
        (followingWord(w.end, "ago") != nil && publishedYear != nil)
          || ((followingWord(w.end, "later") != nil || followingWord(w.end, "earlier") != nil)
            && recentYear(before: i) != nil)
      {
        var numeral = Numeral(start: i, end: j, mantissa: 1)
        numeral.spelled = true
        return numeral
      }
      // "a couple of"
      guard equals(w.start, w.end, "couple"), let ofEnd = followingWord(w.end, "of") else {
        return nil
      }
      var numeral = Numeral(start: i, end: ofEnd, mantissa: 2)
      numeral.spelled = true
      return numeral
    case .half:
      let k = skipSpaces(j)
      // "half of the towns", "almost half the budget"; not "the second half of".
      if k > j, let e = letters(from: k),
        equals(k, e, "of") || equals(k, e, "the") || equals(k, e, "its") || equals(k, e, "their")
      {
        if let w = wordBefore(i),
          anyEquals(w, ["the", "a", "first", "second", "other", "last", "latter", "this", "that"])
        {
          return nil
        }
        if let last = found.last, last.kind == .ordinal, skipSpaces(last.range.end) == i {
          return nil  // "the second half of", with "second" already read
        }
        var numeral = Numeral(start: i, end: j, mantissa: 1)
        numeral.divisor = 2
        numeral.spelled = true
        return numeral
      }
      // "half a million", "half a dozen"
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
        if let scale = vagueScale(next) {
          numeral.vague = (3 * scale, 9 * scale)
          numeral.end = e
        }
      }
      return numeral
    case .plural(let s):
      // "scores" counts only in "scores of".
      if s == 20 && followingWord(j, "of") == nil { return nil }
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

  /// The factor of "hundred", "thousand", "dozen" after a vague word ("several hundred").
  func vagueScale(_ word: NumberWord) -> Double? {
    switch word {
    case .hundred: 100
    case .scale(let s): s
    case .dozen: 12
    default: nil
    }
  }

  /// Whether a fraction word ending at `e` is followed by "of" or by punctuation.
  func endsFractionPhrase(_ e: Int) -> Bool {
    if followingWord(e, "of") != nil { return true }
    guard e < n else { return true }
    let b = p[e]
    return b == UInt8(ascii: ".") || b == UInt8(ascii: ",") || b == UInt8(ascii: ";")
      || b == UInt8(ascii: ")")
  }

  enum Last { case none, unit, teen, tens, hundred, scale, half }

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
      case .plural, .several, .half, .article, .relative:
        break loop
      }
      count += 1
      end = e
      if ordinal || stop { break }
      // Next word: after a hyphen ("twenty-eight"), spaces, or "and" after hundred or a scale.
      var k = e
      if last == .unit || last == .teen || last == .tens, let half = andAHalf(after: k) {
        current += 0.5  // "one and a half million", "two and a half days"
        last = .half
        end = half
        let s = skipSpaces(half)
        guard s > half else { break }
        pos = s
        continue
      }
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

  /// The end of " and a half" after `k`.
  func andAHalf(after k: Int) -> Int? {
    guard let a = followingWord(k, "and"), let b = followingWord(a, "a"),
      let c = followingWord(b, "half")
    else { return nil }
    return c
  }
}
