import CrosscheckCore

/// One left-to-right pass over the UTF-8 bytes of a text, collecting quantities.
///
/// The pass only stops at digits and at the few words that can start a spelled-out number;
/// from there it reads the number, then looks back for a modifier or currency and forward
/// for a range, a multiplier, a unit or a compound adjective. Backward looks never reach
/// before the end of the previous quantity, so the results never overlap.
struct QuantityScanner {
  let p: UnsafeBufferPointer<UInt8>
  let n: Int
  let units: UnitLexicon
  let words: NumberWordTable
  var found: [Quantity] = []
  private var floor = 0

  init(bytes: UnsafeBufferPointer<UInt8>, units: UnitLexicon, words: NumberWordTable) {
    p = bytes
    n = bytes.count
    self.units = units
    self.words = words
  }

  private typealias B = NumeralBytes

  mutating func scan() {
    var i = 0
    while i < n {
      let b = p[i]
      if B.isDigit(b) {
        i = atDigits(i)
      } else if B.isLetter(b) {
        var j = i + 1
        while j < n && B.isLetter(p[j]) { j += 1 }
        if j < n && B.isDigit(p[j]) {
          i = skipToken(from: j)  // "A320", "v2", "MH17"
        } else if let word = words.lookup(p, i, j) {
          i = atWord(i, j, word)
        } else {
          i = j
        }
      } else {
        i += 1
      }
    }
  }

  // MARK: - Entry points

  private mutating func atDigits(_ i: Int) -> Int {
    if i >= 2 {
      let before = p[i - 1]
      let b2 = p[i - 2]
      switch before {
      case UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "_"):
        if B.isAlnum(b2) { return skipToken(from: i) }
      case UInt8(ascii: "-"):
        // "COVID-19", "F-16" are names; "mid-1990s" is a date.
        if B.isLetter(b2) {
          var s = i - 2
          while s > 0 && B.isLetter(p[s - 1]) { s -= 1 }
          let prefixes: [StaticString] = ["mid", "pre", "post", "early", "late"]
          if !prefixes.contains(where: { equals(s, i - 1, $0) }) { return skipToken(from: i) }
        }
      default: break
      }
    }
    var start = i
    var negative = false
    var plus = false
    if i >= 1, p[i - 1] == UInt8(ascii: "-") || p[i - 1] == UInt8(ascii: "+"),
      i - 1 >= floor, i == 1 || opensNumber(p[i - 2])
    {
      negative = p[i - 1] == UInt8(ascii: "-")
      plus = !negative
      start = i - 1
    } else if i >= 3, i - 3 >= floor, p[i - 3] == 0xE2, p[i - 2] == 0x88, p[i - 1] == 0x92,
      i == 3 || opensNumber(p[i - 4])
    {
      negative = true  // U+2212 MINUS SIGN
      start = i - 3
    }
    var currency: Int?
    if let m = units.matchBefore(p, endingAt: start, floor: floor) {
      currency = m.unit
      start = m.start
    } else if start >= 2, p[start - 1] == UInt8(ascii: " "),
      let m = units.matchBefore(p, endingAt: start - 1, floor: floor)
    {
      currency = m.unit
      start = m.start
    }
    if i >= 1, p[i - 1] == UInt8(ascii: "("), let end = parenthesizedPhone(i) { return end }
    guard var first = readDigits(at: i, money: currency != nil) else { return skipToken(from: i) }
    if plus, first.integerDigits >= 7 || continuesDigitGroups(first.end) {
      return skipPhone(from: i)
    }
    first.negative = negative
    return finish(first, start: start, currency: currency)
  }

  private mutating func atWord(_ i: Int, _ j: Int, _ word: NumberWord) -> Int {
    // "X-one" inside a hyphenated name is not a number.
    if i >= 2, p[i - 1] == UInt8(ascii: "-"), B.isAlnum(p[i - 2]) { return j }
    guard let numeral = readWords(i, j, word) else { return j }
    if numeral.end == j, word == .unit(1), onePronoun(i, j) { return j }
    if numeral.end == j, word == .ordinalUnit(2), let w = wordBefore(i),
      anyEquals(w, ["per", "a", "every", "each", "split"])
    {
      return j
    }
    return finish(numeral, start: i, currency: nil)
  }

  // MARK: - Reading numerals

  /// Digits with separators, decimals, an attached suffix or multiplier; `nil` for codes,
  /// versions, times, dates, phone numbers and identifiers.
  private func readDigits(at i: Int, money: Bool) -> Numeral? {
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
          m = m * 1000 + Double(p[g] &- 48) * 100 + Double(p[g + 1] &- 48) * 10
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

  private func isDecadeShape(_ numeral: Numeral) -> Bool {
    numeral.isBareFourDigits && numeral.mantissa >= 1000 && numeral.mantissa <= 2090
      && numeral.mantissa.truncatingRemainder(dividingBy: 10) == 0
  }

  private func ordinalSuffix(_ s: Int, _ e: Int) -> Bool {
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

  private func attachedMultiplier(_ s: Int, _ e: Int, money: Bool) -> Double? {
    if equals(s, e, "k") { return 1e3 }
    if equals(s, e, "m") || equals(s, e, "mn") || equals(s, e, "mln") { return 1e6 }
    if equals(s, e, "bn") || (money && equals(s, e, "b")) { return 1e9 }
    if equals(s, e, "tn") || equals(s, e, "trn") { return 1e12 }
    return scaleWord(s, e)
  }

  private func scaleWord(_ s: Int, _ e: Int) -> Double? {
    if equals(s, e, "hundred") { return 100 }
    if equals(s, e, "thousand") { return 1e3 }
    if equals(s, e, "million") { return 1e6 }
    if equals(s, e, "billion") { return 1e9 }
    if equals(s, e, "trillion") { return 1e12 }
    return nil
  }

  /// "2.5 million", "$3 bn", "$1.5-billion": a multiplier word after a space or a hyphen.
  private func multiplierWord(after j: Int, money: Bool) -> (Double, Int)? {
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
  private func readWords(_ i: Int, _ j: Int, _ word: NumberWord) -> Numeral? {
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

  private enum Last { case none, unit, teen, tens, hundred, scale }

  /// "one hundred and twenty-five thousand", "twenty-first", "two dozen".
  private func readCardinal(from i: Int, presetOne: Bool, start: Int) -> Numeral? {
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
        if last == .hundred || last == .scale, let andEnd = letters(from: k), equals(k, andEnd, "and") {
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

  // MARK: - Around the numeral

  /// Reads what surrounds a numeral, records the quantity, and returns where to scan on.
  private mutating func finish(_ first: Numeral, start: Int, currency: Int?) -> Int {
    var first = first
    var start = start
    if first.ordinal {
      let v = first.value
      record(start, first.end, v, v, .exact, .ordinal, nil)
      return first.end
    }
    if first.decade {
      record(first.start, first.end, first.mantissa, first.mantissa + 9, .range, .year, nil)
      return first.end
    }
    let unit1 = currency == nil ? unitAfter(first.end) : nil
    let intro = introducer(before: start)
    let prefixModifier = intro == nil ? modifier(before: start) : nil

    var second: Numeral?
    var unit2: (unit: Int, end: Int)?
    var yearRange = false
    if first.vague == nil,
      let (parsed, dashed) = rangeEnd(
        after: unit1?.end ?? first.end, allowAnd: intro?.between == true, currency: currency)
    {
      var candidate = parsed
      if first.multiplier == 1 && candidate.multiplier != 1 && first.written <= candidate.written {
        first.multiplier = candidate.multiplier
      }
      if dashed, first.isBareFourDigits, !candidate.spelled, candidate.integerDigits == 2,
        candidate.decimals == 0, candidate.multiplier == 1, !candidate.grouped
      {
        candidate.mantissa += (first.mantissa / 100).rounded(.down) * 100  // "1990-91"
        candidate.integerDigits = 4
        yearRange = true
      }
      let candidateUnit = currency == nil ? unitAfter(candidate.end) : nil
      let unitsAgree =
        unit1 == nil || candidateUnit == nil || unit1?.unit == candidateUnit?.unit
      if first.high < candidate.low, unitsAgree {
        second = candidate
        unit2 = candidateUnit
      }
    }

    var end = unit2?.end ?? second?.end ?? unit1?.end ?? first.end
    var unit = currency ?? unit1?.unit ?? unit2?.unit
    var noun: String?
    var suffixModifier: Modifier?
    if second == nil && unit == nil && end + 1 < n && p[end] == UInt8(ascii: "-")
      && B.isLetter(p[end + 1])
    {
      let k = end + 1
      var e = k
      while e < n && B.isLetter(p[e]) { e += 1 }
      if e < n && B.isDigit(p[e]) { return skipToken(from: first.start) }
      if words.lookup(p, k, e) != nil || isFractionWord(k, e) || isGrammarWord(k, e) || e - k < 2 {
        return skipToken(from: first.start)  // "two-thirds", "one-on-one", "five-six"
      }
      if equals(k, e, "strong") {
        end = e
      } else if equals(k, e, "odd") {
        suffixModifier = .about
        end = e
      } else if equals(k, e, "plus") {
        suffixModifier = .atLeast
        end = e
      } else if let u = units.matchAfter(p, at: k), u.end == e {
        unit = u.unit
        end = e
      } else {
        noun = lowercased(k, e)
        end = e
      }
    } else if second == nil {
      if end < n && p[end] == UInt8(ascii: "+") && !first.spelled
        && (end + 1 == n || !B.isAlnum(p[end + 1]))
      {
        suffixModifier = .atLeast
        end += 1
      } else if let orEnd = followingWord(end, "or"), let e = letters(from: skipSpaces(orEnd)),
        skipSpaces(orEnd) > orEnd
      {
        let k = skipSpaces(orEnd)
        if equals(k, e, "more") {
          suffixModifier = .atLeast
          end = e
        } else if equals(k, e, "so") {
          suffixModifier = .about
          end = e
        } else if equals(k, e, "fewer") || equals(k, e, "less") {
          suffixModifier = .atMost
          end = e
        }
      }
    }

    var modifier = prefixModifier?.modifier ?? .exact
    if let prefixModifier { start = prefixModifier.start }
    if modifier == .exact, let suffixModifier { modifier = suffixModifier }
    if second != nil, let intro { start = intro.start }
    let low = first.low
    let high = second?.high ?? first.high
    let isInterval = second != nil || first.vague != nil
    if isInterval && (modifier == .exact || modifier == .about || modifier == .nearly) {
      modifier = .range
    }

    var kind = QuantityKind.cardinal
    var unitName: String?
    if let unit {
      kind = units.kinds[unit]
      unitName = units.names[unit]
    } else if noun == nil, end == (second?.end ?? first.end),
      isYear(first, second: second, yearRange: yearRange, modifier: modifier, end: end)
    {
      kind = .year
    } else {
      unitName = noun
    }
    record(start, end, low, high, modifier, kind, unitName)
    return end
  }

  private mutating func record(
    _ start: Int, _ end: Int, _ low: Double, _ high: Double, _ modifier: Modifier,
    _ kind: QuantityKind, _ unit: String?
  ) {
    var lowSide: Double? = low
    var highSide: Double? = high
    switch modifier {
    case .moreThan, .atLeast: highSide = nil
    case .lessThan, .atMost: lowSide = nil
    default: break
    }
    found.append(
      Quantity(
        range: TextRange(start, end), low: lowSide, high: highSide, modifier: modifier, kind: kind,
        unit: unit))
    floor = end
  }

  /// The second number of a range after a connector ("-", "–", "to", "and" after "between").
  private func rangeEnd(after pos: Int, allowAnd: Bool, currency: Int?) -> (Numeral, Bool)? {
    let s = skipSpaces(pos)
    guard s < n else { return nil }
    var c: Int
    var dashed = false
    if p[s] == UInt8(ascii: "-") {
      c = s + 1
      dashed = true
    } else if s + 2 < n && p[s] == 0xE2 && p[s + 1] == 0x80 && (p[s + 2] == 0x93 || p[s + 2] == 0x94)
    {
      c = s + 3
      dashed = true
    } else if s > pos, let e = letters(from: s), equals(s, e, "to") || (allowAnd && equals(s, e, "and"))
    {
      c = skipSpaces(e)
      guard c > e else { return nil }
    } else {
      return nil
    }
    c = skipSpaces(c)
    guard c < n else { return nil }
    if let currency {
      if let m = units.matchAfter(p, at: c), m.unit == currency { c = skipSpaces(m.end) }
    }
    guard c < n else { return nil }
    if B.isDigit(p[c]) {
      guard let numeral = readDigits(at: c, money: currency != nil), !numeral.ordinal,
        !numeral.decade
      else { return nil }
      return (numeral, dashed)
    }
    guard !dashed || c > s + 1, B.isLetter(p[c]) else { return nil }
    var e = c
    while e < n && B.isLetter(p[e]) { e += 1 }
    guard let word = words.lookup(p, c, e) else { return nil }
    switch word {
    case .unit, .tens:
      guard let numeral = readCardinal(from: c, presetOne: false, start: c), !numeral.ordinal else {
        return nil
      }
      return (numeral, dashed)
    default: return nil
    }
  }

  private func unitAfter(_ pos: Int) -> (unit: Int, end: Int)? {
    guard pos < n else { return nil }
    if let m = units.matchAfter(p, at: pos) { return m }
    let s = skipSpaces(pos)
    guard s > pos, s - pos <= 3 else { return nil }
    return units.matchAfter(p, at: s)
  }

  /// "between" or "from" just before `pos`.
  private func introducer(before pos: Int) -> (start: Int, between: Bool)? {
    guard let w = wordBefore(pos) else { return nil }
    if equals(w.start, w.end, "between") { return (w.start, true) }
    if equals(w.start, w.end, "from") { return (w.start, false) }
    return nil
  }

  private static let modifierPhrases: [([StaticString], Modifier)] = [
    (["in", "excess", "of"], .moreThan), (["no", "fewer", "than"], .atLeast),
    (["no", "less", "than"], .atLeast), (["not", "less", "than"], .atLeast),
    (["no", "more", "than"], .atMost), (["not", "more", "than"], .atMost),
    (["as", "many", "as"], .atMost), (["as", "much", "as"], .atMost),
    (["an", "estimated"], .about), (["close", "to"], .about), (["more", "than"], .moreThan),
    (["at", "least"], .atLeast), (["fewer", "than"], .lessThan), (["less", "than"], .lessThan),
    (["up", "to"], .atMost), (["at", "most"], .atMost),
    (["about"], .about), (["approximately"], .about), (["around"], .about), (["roughly"], .about),
    (["some"], .about), (["estimated"], .about), (["nearly"], .nearly), (["almost"], .nearly),
    (["over"], .moreThan), (["above"], .moreThan), (["under"], .lessThan), (["below"], .lessThan),
  ]

  /// The longest modifier phrase ending just before `pos`.
  private func modifier(before pos: Int) -> (start: Int, modifier: Modifier)? {
    guard let w1 = wordBefore(pos) else { return nil }
    let w2 = wordBefore(w1.start)
    let w3 = w2.flatMap { wordBefore($0.start) }
    let previous = [w1, w2, w3]
    for (phrase, modifier) in Self.modifierPhrases {
      var matches = true
      var start = pos
      for (k, word) in phrase.reversed().enumerated() {
        guard let w = previous[k], equals(w.start, w.end, word) else {
          matches = false
          break
        }
        start = w.start
      }
      if matches { return (start, modifier) }
    }
    return nil
  }

  // MARK: - Years and pronouns

  private func isYear(
    _ first: Numeral, second: Numeral?, yearRange: Bool, modifier: Modifier, end: Int
  ) -> Bool {
    func yearShaped(_ x: Numeral) -> Bool {
      x.isBareFourDigits && x.mantissa >= 1000 && x.mantissa <= 2100
    }
    guard yearShaped(first), modifier == .exact || modifier == .about || modifier == .range
    else { return false }
    if let second, !yearShaped(second) { return false }
    if yearRange { return true }
    if let w = wordBefore(first.start), anyEquals(w, Self.yearIntroducers) { return true }
    return !countNounFollows(end)
  }

  private static let yearIntroducers: [StaticString] = [
    "since", "until", "till", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  ]

  private static let countNouns: [StaticString] = [
    "people", "men", "women", "children", "police", "personnel", "staff", "of", "cattle",
  ]
  private static let wordsEndingInS: [StaticString] = [
    "was", "has", "is", "as", "its", "this", "thus", "his", "us", "yes", "less", "always",
    "perhaps", "whereas", "besides", "towards", "afterwards", "sometimes", "across", "unless",
    "hers", "ours", "theirs", "plus", "does",
  ]

  /// Whether a lowercase word that reads as counted things follows: "people", "troops".
  private func countNounFollows(_ pos: Int) -> Bool {
    let s = skipSpaces(pos)
    guard s > pos, s < n, p[s] >= 97, p[s] <= 122, let e = letters(from: s) else { return false }
    if anyEquals((s, e), Self.countNouns) { return true }
    guard e - s >= 3, p[e - 1] == UInt8(ascii: "s") else { return false }
    let before = p[e - 2]
    if before == UInt8(ascii: "s") || before == UInt8(ascii: "u") || before == UInt8(ascii: "i") {
      return false
    }
    return !anyEquals((s, e), Self.wordsEndingInS)
  }

  private static let pronounBefore: [StaticString] = [
    "no", "any", "every", "each", "the", "this", "that", "which", "another", "such", "little",
    "other",
  ]
  private static let pronounAfter: [StaticString] = [
    "of", "another", "can", "could", "may", "might", "must", "should", "would", "will", "who",
    "whose", "were",
  ]

  /// "one" as a pronoun: "no one", "one of the", "one can".
  private func onePronoun(_ i: Int, _ j: Int) -> Bool {
    if let w = wordBefore(i), anyEquals(w, Self.pronounBefore) { return true }
    if apostropheS(at: j) != nil { return true }
    let s = skipSpaces(j)
    guard s > j, let e = letters(from: s) else { return false }
    return anyEquals((s, e), Self.pronounAfter)
  }

  private func isFractionWord(_ s: Int, _ e: Int) -> Bool {
    let fractions: [StaticString] = [
      "half", "halves", "third", "thirds", "quarter", "quarters", "fourth", "fourths", "fifth",
      "fifths", "sixth", "sixths", "seventh", "sevenths", "eighth", "eighths", "ninth", "ninths",
      "tenth", "tenths", "hundredth", "hundredths", "thousandth", "thousandths",
    ]
    return anyEquals((s, e), fractions)
  }

  private func isGrammarWord(_ s: Int, _ e: Int) -> Bool {
    let grammar: [StaticString] = [
      "on", "of", "to", "in", "by", "for", "and", "or", "the", "a", "an", "at", "up", "all",
    ]
    return anyEquals((s, e), grammar)
  }

  // MARK: - Phone numbers

  private func continuesDigitGroups(_ pos: Int) -> Bool {
    guard pos + 1 < n else { return false }
    let b = p[pos]
    return (b == UInt8(ascii: " ") || b == UInt8(ascii: "-") || b == UInt8(ascii: "(")
      || b == UInt8(ascii: ")")) && B.isDigit(p[pos + 1])
  }

  private func skipPhone(from i: Int) -> Int {
    var k = i
    while k < n {
      let b = p[k]
      if B.isDigit(b) || b == UInt8(ascii: "(") || b == UInt8(ascii: ")") {
        k += 1
      } else if (b == UInt8(ascii: " ") || b == UInt8(ascii: "-") || b == UInt8(ascii: "."))
        && k + 1 < n && (B.isDigit(p[k + 1]) || p[k + 1] == UInt8(ascii: "("))
      {
        k += 1
      } else {
        break
      }
    }
    return k
  }

  /// "(202) 555-0199": returns the end of the whole number.
  private func parenthesizedPhone(_ i: Int) -> Int? {
    var k = i
    while k < n && B.isDigit(p[k]) { k += 1 }
    guard k - i == 3, k < n, p[k] == UInt8(ascii: ")") else { return nil }
    k = skipSpaces(k + 1)
    guard threeDigitsRun(at: k), k + 4 < n, p[k + 3] == UInt8(ascii: "-") || p[k + 3] == 0x2E,
      B.isDigit(p[k + 4])
    else { return nil }
    return skipPhone(from: k)
  }

  private func threeDigitsRun(at k: Int) -> Bool {
    k + 3 <= n && B.isDigit(p[k]) && B.isDigit(p[k + 1]) && B.isDigit(p[k + 2])
  }

  // MARK: - Byte helpers

  /// Whether a byte before a sign lets the sign belong to the number (space, bracket, quote).
  private func opensNumber(_ b: UInt8) -> Bool {
    b == 32 || b == 10 || b == 9 || b == 13 || b == UInt8(ascii: "(") || b == UInt8(ascii: "[")
      || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b >= 0x80
  }

  /// Exactly three digits at `k`, not followed by a fourth.
  private func threeDigits(at k: Int) -> Bool {
    threeDigitsRun(at: k) && (k + 3 == n || !B.isDigit(p[k + 3]))
  }

  /// A thousands separator at `j`: comma, space, no-break space, thin or narrow no-break space.
  private func groupSeparatorLength(at j: Int) -> Int {
    guard j < n else { return 0 }
    if p[j] == UInt8(ascii: ",") || p[j] == UInt8(ascii: " ") { return 1 }
    if j + 1 < n && p[j] == 0xC2 && p[j + 1] == 0xA0 { return 2 }
    if j + 2 < n && p[j] == 0xE2 && p[j + 1] == 0x80 && (p[j + 2] == 0xAF || p[j + 2] == 0x89) {
      return 3
    }
    return 0
  }

  /// Skips spaces, tabs and no-break spaces (never line breaks).
  private func skipSpaces(_ k: Int) -> Int {
    var k = k
    while k < n {
      if p[k] == 32 || p[k] == 9 {
        k += 1
      } else if k + 1 < n && p[k] == 0xC2 && p[k + 1] == 0xA0 {
        k += 2
      } else {
        break
      }
    }
    return k
  }

  /// The end of the ASCII letters starting at `k`, if there is at least one and no digit follows.
  private func letters(from k: Int) -> Int? {
    var e = k
    while e < n && B.isLetter(p[e]) { e += 1 }
    guard e > k, e == n || !B.isDigit(p[e]) else { return nil }
    return e
  }

  /// The end of `word` when it follows `pos` after spaces.
  private func followingWord(_ pos: Int, _ word: StaticString) -> Int? {
    let s = skipSpaces(pos)
    guard s > pos, let e = letters(from: s), equals(s, e, word) else { return nil }
    return e
  }

  /// The number word after spaces following `pos`: (start, end, word).
  private func nextNumberWord(after pos: Int) -> (Int, Int, NumberWord)? {
    let s = skipSpaces(pos)
    guard s > pos, let e = letters(from: s), let w = words.lookup(p, s, e) else { return nil }
    return (s, e, w)
  }

  /// The word ending just before `pos` after at least one space, not reaching before `floor`.
  private func wordBefore(_ pos: Int) -> (start: Int, end: Int)? {
    var k = pos
    while k > floor {
      if p[k - 1] == 32 || p[k - 1] == 9 {
        k -= 1
      } else if k - 2 >= floor && p[k - 2] == 0xC2 && p[k - 1] == 0xA0 {
        k -= 2
      } else {
        break
      }
    }
    guard k < pos else { return nil }
    var s = k
    while s > floor && B.isLetter(p[s - 1]) { s -= 1 }
    guard s < k, s == 0 || !B.isAlnum(p[s - 1]) else { return nil }
    return (s, k)
  }

  /// `'s` or `’s` at `j` ending on a word boundary: returns its end.
  private func apostropheS(at j: Int) -> Int? {
    var k = j
    if k < n && p[k] == UInt8(ascii: "'") {
      k += 1
    } else if k + 2 < n && p[k] == 0xE2 && p[k + 1] == 0x80 && p[k + 2] == 0x99 {
      k += 3
    } else {
      return nil
    }
    guard k < n, B.lower(p[k]) == UInt8(ascii: "s"), k + 1 == n || !B.isAlnum(p[k + 1]) else {
      return nil
    }
    return k + 1
  }

  /// Whether `p[s..<e]` spells `word` (lowercase ASCII) in any case.
  private func equals(_ s: Int, _ e: Int, _ word: StaticString) -> Bool {
    guard e - s == word.utf8CodeUnitCount else { return false }
    let w = word.utf8Start
    for k in 0..<(e - s) where B.lower(p[s + k]) != w[k] { return false }
    return true
  }

  private func anyEquals(_ w: (start: Int, end: Int), _ list: [StaticString]) -> Bool {
    list.contains { equals(w.start, w.end, $0) }
  }

  private func lowercased(_ s: Int, _ e: Int) -> String {
    String(decoding: p[s..<e].map { B.lower($0) }, as: UTF8.self)
  }

  /// Skips the rest of an alphanumeric token, through inner `.,:/-_` ("2017-01-10", "v2.1").
  private func skipToken(from k: Int) -> Int {
    var k = k
    while k < n {
      let b = p[k]
      if B.isAlnum(b) {
        k += 1
      } else if k + 1 < n && B.isAlnum(p[k + 1])
        && (b == UInt8(ascii: ".") || b == UInt8(ascii: ",") || b == UInt8(ascii: ":")
          || b == UInt8(ascii: "/") || b == UInt8(ascii: "-") || b == UInt8(ascii: "_"))
      {
        k += 2
      } else {
        break
      }
    }
    return k
  }
}
