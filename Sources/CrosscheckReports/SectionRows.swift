/// The claims or pairs of a report section: held in an array, or made one at a time when a
/// renderer reads them.
///
/// A run's largest section may list tens of thousands of pairs; made on demand, its rows are never
/// all in memory at once (each renderer reads them in order, and a row read twice is made twice).
/// It encodes as a JSON list, the same bytes as an array of its rows.
public struct SectionRows<Element: Sendable>: RandomAccessCollection, Sendable {
  public let count: Int
  private let make: @Sendable (Int) -> Element

  /// Rows held in an array.
  public init(_ rows: [Element]) {
    count = rows.count
    make = { rows[$0] }
  }

  /// `count` rows, the row at each position made by `make` (called with 0 ..< `count`).
  public init(count: Int, make: @escaping @Sendable (Int) -> Element) {
    self.count = Swift.max(0, count)
    self.make = make
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { count }
  public subscript(position: Int) -> Element { make(position) }
}

extension SectionRows: ExpressibleByArrayLiteral {
  public init(arrayLiteral rows: Element...) { self.init(rows) }
}

extension SectionRows: Encodable where Element: Encodable {
  public func encode(to encoder: any Encoder) throws {
    var list = encoder.unkeyedContainer()
    for row in self { try list.encode(row) }
  }
}

extension SectionRows: Decodable where Element: Decodable {
  public init(from decoder: any Decoder) throws {
    self.init(try [Element](from: decoder))
  }
}
