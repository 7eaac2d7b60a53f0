/// A calendar date known to the year, the month or the day, such as `2016-08`.
public struct PartialDate: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
  public var year: Int
  public var month: Int?
  public var day: Int?

  public init(year: Int, month: Int? = nil, day: Int? = nil) {
    self.year = year
    self.month = month
    self.day = month == nil ? nil : day
  }

  /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (anything after the day, such as a time, is ignored).
  public init?(iso text: some StringProtocol) {
    let bytes = Array(text.utf8)
    func number(_ from: Int, _ count: Int) -> Int? {
      guard from + count <= bytes.count else { return nil }
      var value = 0
      for b in bytes[from..<from + count] {
        guard b >= 48 && b <= 57 else { return nil }
        value = value * 10 + Int(b - 48)
      }
      return value
    }
    guard let year = number(0, 4), year >= 1000 else { return nil }
    if bytes.count == 4 || (bytes.count > 4 && bytes[4] != UInt8(ascii: "-")) {
      guard bytes.count == 4 || !(bytes[4] >= 48 && bytes[4] <= 57) else { return nil }
      self.init(year: year)
      return
    }
    guard let month = number(5, 2), (1...12).contains(month) else {
      self.init(year: year)
      return
    }
    if bytes.count >= 10, bytes[7] == UInt8(ascii: "-"), let day = number(8, 2), (1...31).contains(day) {
      self.init(year: year, month: month, day: day)
    } else {
      self.init(year: year, month: month)
    }
  }

  /// `2017`, `2017-01` or `2017-01-10`.
  public var description: String {
    var s = String(year)
    if let month {
      s += "-" + (month < 10 ? "0" : "") + String(month)
      if let day { s += "-" + (day < 10 ? "0" : "") + String(day) }
    }
    return s
  }

  public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
    (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
  }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let date = PartialDate(iso: text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
    }
    self = date
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
