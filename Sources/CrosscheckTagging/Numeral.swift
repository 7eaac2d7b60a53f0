/// A number as written, before the modifiers, ranges and units around it are read.
///
/// Values keep the digits without the decimal point (`mantissa`) and the count of decimals
/// apart, so "1.2bn" is computed as 12 × 10⁹ / 10 and stays exactly 1 200 000 000.
struct Numeral {
  var start: Int
  var end: Int
  var mantissa: Double
  var decimals = 0
  var multiplier: Double = 1
  /// The denominator of a fraction ("2/3", "⅔", "two-thirds"); 1 otherwise.
  var divisor: Double = 1
  /// The interval of a vague amount ("dozens", "several hundred").
  var vague: (low: Double, high: Double)?
  var spelled = false
  var integerDigits = 0
  var grouped = false
  var ordinal = false
  var decade = false
  var negative = false

  init(start: Int, end: Int, mantissa: Double) {
    self.start = start
    self.end = end
    self.mantissa = mantissa
  }

  static let powersOfTen: [Double] = (0...22).map { k in
    var v = 1.0
    for _ in 0..<k { v *= 10 }
    return v
  }

  var value: Double {
    let magnitude = mantissa * multiplier / Numeral.powersOfTen[min(decimals, 22)] / divisor
    return negative ? -magnitude : magnitude
  }

  /// The value before any multiplier ("17" of "17 thousand").
  var written: Double { mantissa / Numeral.powersOfTen[min(decimals, 22)] / divisor }

  var low: Double { vague?.low ?? value }
  var high: Double { vague?.high ?? value }

  /// Four digits and nothing else: the shape of a year.
  var isBareFourDigits: Bool {
    !spelled && !grouped && decimals == 0 && multiplier == 1 && integerDigits == 4 && !negative
      && vague == nil && divisor == 1
  }

  /// Four bare digits from 1000 to 2100: the shape of a year of our era.
  var isYearLike: Bool { isBareFourDigits && mantissa >= 1000 && mantissa <= 2100 }
}
