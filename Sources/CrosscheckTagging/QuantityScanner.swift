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
  /// The year the document was published, for relative years ("last year").
  let publishedYear: Int?
  var found: [Quantity] = []
  private(set) var floor = 0
  /// Whether the text writes decimal commas before scale words ("98,6 million"), as translated
  /// copy does: its dots between digits then group thousands ("380.000 inhabitants").
  let dotGroups: Bool

  init(
    bytes: UnsafeBufferPointer<UInt8>, units: UnitLexicon, words: NumberWordTable,
    publishedYear: Int? = nil
  ) {
    p = bytes
    n = bytes.count
    self.units = units
    self.words = words
    self.publishedYear = publishedYear
    dotGroups = Self.writesDecimalCommas(bytes)
  }

  /// Whether a digit, a comma, one or two digits, a space and "million" or "billion" stand
  /// somewhere in the text.
  static func writesDecimalCommas(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = p.count
    var i = 1
    while i + 3 < n {
      defer { i += 1 }
      guard p[i] == UInt8(ascii: ","), B.isDigit(p[i - 1]), B.isDigit(p[i + 1]) else { continue }
      var k = i + 2
      if k < n, B.isDigit(p[k]) { k += 1 }
      guard k < n, p[k] == UInt8(ascii: " ") else { continue }
      for word in ["million", "billion"] where k + 1 + word.utf8.count <= n {
        if word.utf8.enumerated().allSatisfy({ p[k + 1 + $0.offset] == $0.element }) { return true }
      }
    }
    return false
  }

  typealias B = NumeralBytes

  mutating func scan() {
    var i = 0
    while i < n {
      let b = p[i]
      if B.isDigit(b) {
        i = atDigits(i)
      } else if b == 0xC2 || b == 0xE2, let (num, den, length) = vulgarFraction(at: i) {
        var numeral = Numeral(start: i, end: i + length, mantissa: num)
        numeral.divisor = den
        i = finish(numeral, start: i, currency: nil)
      } else if B.isLetter(b) {
        var j = i + 1
        while j < n && B.isLetter(p[j]) { j += 1 }
        if j < n && B.isDigit(p[j]) {
          if let end = fiscalYear(i, j) {
            i = end  // "FY2024", "FY24": the year a company reports on
          } else {
            i = skipToken(from: j)  // "A320", "v2", "MH17"
          }
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

  /// "FY2024" or "FY24" standing alone (letters from `i` to `j`, then digits): records the year
  /// and returns where it ends.
  private mutating func fiscalYear(_ i: Int, _ j: Int) -> Int? {
    guard j - i == 2, B.lower(p[i]) == UInt8(ascii: "f"), B.lower(p[i + 1]) == UInt8(ascii: "y"),
      i == 0 || !B.isAlnum(p[i - 1])
    else { return nil }
    var k = j
    var year = 0
    while k < n, B.isDigit(p[k]) { year = year * 10 + Int(p[k] - 0x30); k += 1 }
    guard k - j == 2 || k - j == 4, k == n || !B.isAlnum(p[k]) else { return nil }
    if k - j == 2 { year += 2000 }
    guard year >= 1900 && year <= 2100 else { return nil }
    recordYear(i, k, Double(year))
    return k
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
    if p[i] == UInt8(ascii: "0"), i + 1 < n, B.isDigit(p[i + 1]) { return skipPhone(from: i) }
    if currency == nil && start == i {
      if let end = dayOfDate(at: i) { return end }
      if identifierNumber(at: i) { return skipToken(from: i) }
    }
    guard var first = readDigits(at: i, money: currency != nil) else { return skipToken(from: i) }
    if plus, first.integerDigits >= 7 || continuesDigitGroups(first.end) {
      return skipPhone(from: i)
    }
    if let end = timeOfDaySuffix(after: first.end) { return end }
    first.negative = negative
    return finish(first, start: start, currency: currency)
  }

  private mutating func atWord(_ i: Int, _ j: Int, _ word: NumberWord) -> Int {
    // "X-one" inside a hyphenated name is not a number.
    if i >= 2, p[i - 1] == UInt8(ascii: "-"), B.isAlnum(p[i - 2]) { return j }
    if case .relative(let offset) = word {
      guard let end = relativeYear(i, j, offset) else { return j }
      return end
    }
    guard let numeral = readWords(i, j, word) else { return j }
    if numeral.end == j, word == .unit(1), onePronoun(i, j) { return j }
    // "a third of" is a fraction; "per second" and "a second" are time.
    if numeral.end == j, numeral.ordinal, let w = wordBefore(i),
      anyEquals(w, ["a", "an"])
        || (word == .ordinalUnit(2) && anyEquals(w, ["per", "every", "each", "split"]))
    {
      return j
    }
    return finish(numeral, start: i, currency: nil)
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
    var prefixModifier = intro == nil ? modifier(before: start) : nil
    // "~2,900 employees" on a slide: a tilde right before the number says about.
    if intro == nil, prefixModifier == nil, start > 0, p[start - 1] == UInt8(ascii: "~") {
      prefixModifier = (start - 1, .about)
    }
    // "grew by 2 to 32" states a change and its result, not an interval.
    var changeBy = false
    if intro == nil && prefixModifier == nil, let w = wordBefore(start) {
      changeBy = equals(w.start, w.end, "by")
    }

    var second: Numeral?
    var unit2: (unit: Int, end: Int)?
    var yearRange = false
    if first.vague == nil,
      let (parsed, dashed) = rangeEnd(
        after: unit1?.end ?? first.end, allowTo: !changeBy, allowAnd: intro?.between == true,
        currency: currency, spelled: first.spelled)
    {
      var candidate = parsed
      var low = first
      var plausible = true
      if low.multiplier == 1 && candidate.multiplier != 1 {
        if low.written <= candidate.written {
          low.multiplier = candidate.multiplier  // "17-22 thousand"
        } else {
          // "between 500 and 2 million" is an interval; "from 10 to 5 million" is a fall.
          plausible = intro?.between == true
        }
      }
      let abbreviatedYear =
        dashed && low.isBareFourDigits && !candidate.spelled && candidate.integerDigits == 2
        && candidate.decimals == 0 && candidate.multiplier == 1 && !candidate.grouped
      if abbreviatedYear {
        candidate.mantissa += (low.mantissa / 100).rounded(.down) * 100  // "1990-91"
        candidate.integerDigits = 4
      }
      // "2008 - 6,610 officers", a timeline's line: a year before a dash opens a row, and a
      // number that is no year after it is that year's value, not the end of an interval.
      if dashed, !abbreviatedYear, low.isYearLike, !candidate.isYearLike { plausible = false }
      let candidateUnit = currency == nil ? unitAfter(candidate.end) : nil
      // "5 to 10 percent" shares the unit; "5 years to 2030" is no interval.
      let unitsAgree = unit1 == nil || unit1?.unit == candidateUnit?.unit
      // "grew from 54,800 in 2011 to 61,300": a year after "in" ends the earlier value's phrase,
      // and "to" opens the later value, written as no year is.
      if low.isYearLike, unit1 == nil,
        candidate.grouped || candidate.multiplier != 1,
        let w = wordBefore(start), anyEquals(w, ["in", "since", "by"])
      {
        plausible = false
      }
      if plausible, unitsAgree, low.high < candidate.low {
        first = low
        second = candidate
        unit2 = candidateUnit
        yearRange = abbreviatedYear
      }
    }

    if second == nil, unit1 == nil, currency == nil, let (divisor, ratioEnd) = ratio(after: first) {
      first.divisor = divisor  // "one in three", "nine out of ten"
      first.end = ratioEnd
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
      if let d = spelledFraction(first, k, e) {
        first.divisor = d  // "two-thirds", "one-fifth"
        end = e
      } else if words.lookup(p, k, e) != nil || isFractionWord(k, e) || isGrammarWord(k, e)
        || e - k < 2
      {
        return skipToken(from: first.start)  // "one-on-one", "five-six", "seven-eighths-inch"
      } else if equals(k, e, "strong") {
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

    if first.spelled, second == nil, unit == nil, noun == nil, let w = wordAfter(first.end),
      isFractionWord(w.start, w.end)
    {
      guard let d = spelledFraction(first, w.start, w.end) else { return w.end }
      first.divisor = d  // "two thirds of", "one quarter"
      end = w.end
    }
    var modifier = prefixModifier?.modifier ?? .exact
    if let prefixModifier { start = prefixModifier.start }
    if modifier == .exact, let suffixModifier { modifier = suffixModifier }
    if second != nil, let intro { start = intro.start }
    var low = first.low
    var high = second?.high ?? first.high
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
    if kind == .measure, let name = unitName,
      name == "year" || name == "decade"
        || name == "century", first.vague == nil, low == low.rounded(), high == high.rounded(),
      // Written history is a few thousand years long: "99999999999999999999 years ago" is a
      // duration that dates nothing.
      low >= 0, high * (name == "century" ? 100 : name == "decade" ? 10 : 1) <= 5_000
    {
      let step = name == "century" ? 100.0 : name == "decade" ? 10.0 : 1.0
      if let agoEnd = followingWord(end, "ago"), let publishedYear {
        // "16 years ago": counted back from the publication year.
        (low, high) = (Double(publishedYear) - high * step, Double(publishedYear) - low * step)
        modifier = modifier.reversed
        (kind, unitName, end) = (.year, nil, agoEnd)
      } else if let laterEnd = followingWord(end, "later") ?? followingWord(end, "earlier"),
        let base = recentYear(before: start)
      {
        // "ten years later", counted from the year named just before.
        if equals(skipSpaces(end), laterEnd, "later") {
          (low, high) = (base + low * step, base + high * step)
        } else {
          (low, high) = (base - high * step, base - low * step)
          modifier = modifier.reversed
        }
        (kind, unitName, end) = (.year, nil, laterEnd)
      }
    }
    if kind == .cardinal, unitName == nil, !first.ordinal, first.divisor == 1 {
      let singular = second == nil && first.vague == nil && first.value == 1
      unitName = countedNoun(after: end, singular: singular)
    }
    record(start, end, low, high, modifier, kind, unitName)
    return end
  }

  /// The denominator when a spelled count is followed by a fraction word: "two-thirds",
  /// "one quarter", "seven tenths".
  private func spelledFraction(_ numeral: Numeral, _ s: Int, _ e: Int) -> Double? {
    guard numeral.spelled, numeral.multiplier == 1, numeral.decimals == 0, numeral.divisor == 1,
      numeral.vague == nil, !numeral.ordinal, numeral.mantissa >= 1, numeral.mantissa <= 20
    else { return nil }
    let one = numeral.mantissa == 1
    guard let d = fractionDenominator(s, e, plural: !one) else { return nil }
    if !one && fractionDenominator(s, e, plural: false) != nil { return nil }  // "two third"
    return d
  }

  /// "in three" or "out of ten" after a whole count written the same way: (divisor, end).
  private func ratio(after first: Numeral) -> (Double, Int)? {
    guard first.vague == nil, first.multiplier == 1, first.decimals == 0, first.divisor == 1,
      !first.ordinal, !first.decade, first.mantissa >= 1
    else { return nil }
    var k: Int
    if let inEnd = followingWord(first.end, "in") {
      k = inEnd
    } else if let outEnd = followingWord(first.end, "out"), let ofEnd = followingWord(outEnd, "of")
    {
      k = ofEnd
    } else {
      return nil
    }
    let s = skipSpaces(k)
    guard s > k, s < n else { return nil }
    let denominator: Numeral?
    if B.isDigit(p[s]) {
      denominator = first.spelled ? nil : readDigits(at: s, money: false)
    } else {
      denominator = first.spelled ? readCardinal(from: s, presetOne: false, start: s) : nil
    }
    guard let d = denominator, d.vague == nil, !d.ordinal, !d.decade, d.decimals == 0,
      d.divisor == 1, d.value > first.mantissa, d.value <= 1000,
      d.end == n || !B.isAlnum(p[d.end])
    else { return nil }
    return (d.value, d.end)
  }

  /// Records a single year, such as "last year" resolved against the publication year.
  mutating func recordYear(_ start: Int, _ end: Int, _ year: Double) {
    record(start, end, year, year, .exact, .year, nil)
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
  ///
  /// "or" joins two numbers written alike ("two or three", "4 or 5") into an interval.
  private func rangeEnd(
    after pos: Int, allowTo: Bool, allowAnd: Bool, currency: Int?, spelled: Bool
  ) -> (Numeral, Bool)? {
    let s = skipSpaces(pos)
    guard s < n else { return nil }
    var c: Int
    var dashed = false
    if p[s] == UInt8(ascii: "-") {
      c = s + 1
      dashed = true
    } else if s + 2 < n && p[s] == 0xE2 && p[s + 1] == 0x80
      && (p[s + 2] == 0x93 || p[s + 2] == 0x94)
    {
      c = s + 3
      dashed = true
    } else if s > pos, let e = letters(from: s),
      (allowTo && equals(s, e, "to")) || (allowAnd && equals(s, e, "and")) || equals(s, e, "or")
    {
      c = skipSpaces(e)
      guard c > e, c < n else { return nil }
      if equals(s, e, "or") && B.isDigit(p[c]) == spelled { return nil }
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
    (["well", "over"], .moreThan), (["well", "above"], .moreThan), (["just", "over"], .moreThan),
    (["just", "above"], .moreThan), (["well", "under"], .lessThan), (["well", "below"], .lessThan),
    (["just", "under"], .lessThan), (["just", "below"], .lessThan),
    (["in", "excess", "of"], .moreThan), (["no", "fewer", "than"], .atLeast),
    (["no", "less", "than"], .atLeast), (["not", "less", "than"], .atLeast),
    (["no", "more", "than"], .atMost), (["not", "more", "than"], .atMost),
    (["as", "many", "as"], .atMost), (["as", "much", "as"], .atMost),
    (["an", "estimated"], .about), (["close", "to"], .about), (["more", "than"], .moreThan),
    (["at", "least"], .atLeast), (["fewer", "than"], .lessThan), (["less", "than"], .lessThan),
    (["up", "to"], .atMost), (["at", "most"], .atMost),
    (["about"], .about), (["approximately"], .about), (["approx"], .about), (["around"], .about), (["roughly"], .about),
    (["some"], .about), (["estimated"], .about), (["nearly"], .nearly), (["almost"], .nearly),
    (["over"], .moreThan), (["above"], .moreThan), (["under"], .lessThan), (["below"], .lessThan),
  ]

  /// Verbs of lying or reaching across a space, after which "over" is a preposition.
  private static let extentVerbs: [StaticString] = [
    "spread", "spreads", "spreading", "stretched", "stretches", "stretching", "scattered",
    "sprawls", "sprawled", "sprawling", "extends", "extended", "extending",
  ]

  /// First letter and length of every last word of a modifier phrase: a cheap filter, since
  /// most words before a number end no phrase.
  private static let modifierEndings: [UInt16] = {
    var keys: [UInt16] = []
    for (phrase, _) in modifierPhrases {
      guard let last = phrase.last else { continue }
      let key = UInt16(last.utf8Start[0]) << 8 | UInt16(last.utf8CodeUnitCount)
      if !keys.contains(key) { keys.append(key) }
    }
    return keys
  }()

  /// The longest modifier phrase ending just before `pos`.
  private func modifier(before pos: Int) -> (start: Int, modifier: Modifier)? {
    guard let w1 = wordBefore(pos), w1.end - w1.start < 256 else { return nil }
    let key = UInt16(B.lower(p[w1.start])) << 8 | UInt16(w1.end - w1.start)
    guard Self.modifierEndings.contains(key) else { return nil }
    let w2 = wordBefore(w1.start)
    let w3 = w2.flatMap { wordBefore($0.start) }
    for (phrase, modifier) in Self.modifierPhrases {
      let count = phrase.count
      guard equals(w1.start, w1.end, phrase[count - 1]) else { continue }
      if count == 1 {
        // "spread over 3,560 square kilometres": after a verb of extent, "over" is the
        // preposition of where the thing lies, no bound.
        if phrase[0].utf8CodeUnitCount == 4, equals(w1.start, w1.end, "over"), let w2,
          Self.extentVerbs.contains(where: { equals(w2.start, w2.end, $0) })
        {
          return nil
        }
        return (w1.start, modifier)
      }
      guard let w2, equals(w2.start, w2.end, phrase[count - 2]) else { continue }
      if count == 2 { return (w2.start, modifier) }
      guard let w3, equals(w3.start, w3.end, phrase[count - 3]) else { continue }
      return (w3.start, modifier)
    }
    return nil
  }

}
