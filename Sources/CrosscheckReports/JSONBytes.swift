/// A byte buffer that JSON is written into by hand, for the output files with the most lines.
///
/// It writes exactly what `JSONEncoder` writes with `.sortedKeys` and `.withoutEscapingSlashes`:
/// `"` and `\` escaped, `\b \t \n \f \r` by name, other bytes below 0x20 as `\u00xx`, everything
/// else (`/`, non-ASCII) as it is; a `Double` as its `description` without a trailing `.0`.
/// Callers write keys in sorted order themselves.
public struct JSONBytes: Sendable {
  public var bytes: [UInt8] = []

  static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

  public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

  /// Appends text that needs no escaping: punctuation and keys, such as `,"file":`.
  @inline(__always) public mutating func raw(_ s: StaticString) {
    s.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// Appends raw bytes.
  @inline(__always) public mutating func raw(_ b: [UInt8]) { bytes.append(contentsOf: b) }

  /// Appends one byte.
  @inline(__always) public mutating func raw(_ b: UInt8) { bytes.append(b) }

  /// Appends a JSON string.
  public mutating func string(_ s: String) {
    var s = s
    s.withUTF8 { string(utf8: $0) }
  }

  /// Appends a JSON string of the given UTF-8 bytes.
  public mutating func string(utf8 u: UnsafeBufferPointer<UInt8>) {
    bytes.reserveCapacity(bytes.count + u.count + 2)
    bytes.append(UInt8(ascii: "\""))
    var runStart = 0
    var i = 0
    let n = u.count
    while i < n {
      let b = u[i]
      if b >= 0x20 && b != UInt8(ascii: "\"") && b != UInt8(ascii: "\\") {
        i += 1
        continue
      }
      if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<i])) }
      bytes.append(UInt8(ascii: "\\"))
      switch b {
      case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
      case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
      case 0x08: bytes.append(UInt8(ascii: "b"))
      case 0x09: bytes.append(UInt8(ascii: "t"))
      case 0x0A: bytes.append(UInt8(ascii: "n"))
      case 0x0C: bytes.append(UInt8(ascii: "f"))
      case 0x0D: bytes.append(UInt8(ascii: "r"))
      default:
        let hex = JSONBytes.hexDigits
        bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(b >> 4)], hex[Int(b & 15)]])
      }
      i += 1
      runStart = i
    }
    if runStart < n { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<n])) }
    bytes.append(UInt8(ascii: "\""))
  }

  /// Appends a string, or `null`.
  public mutating func string(_ s: String?) {
    if let s { string(s) } else { raw("null") }
  }

  /// Appends an integer.
  public mutating func int(_ v: Int) {
    if v >= 0 && v < 10 {
      bytes.append(UInt8(ascii: "0") + UInt8(v))
    } else {
      bytes.append(contentsOf: String(v).utf8)
    }
  }

  /// Appends an integer, or `null`.
  public mutating func int(_ v: Int?) {
    if let v { int(v) } else { raw("null") }
  }

  /// Appends a number as `JSONEncoder` writes a `Double`: `3` for 3.0, `0.36`, `1e+16`.
  public mutating func double(_ v: Double) {
    var text = v.description
    if text.hasSuffix(".0") { text.removeLast(2) }
    bytes.append(contentsOf: text.utf8)
  }

  /// Appends a number, or `null`.
  public mutating func double(_ v: Double?) {
    if let v { double(v) } else { raw("null") }
  }

  /// Appends a boolean.
  public mutating func bool(_ v: Bool) { if v { raw("true") } else { raw("false") } }

  /// Appends an array of strings.
  public mutating func strings(_ values: [String]) {
    bytes.append(UInt8(ascii: "["))
    for (i, v) in values.enumerated() {
      if i > 0 { bytes.append(UInt8(ascii: ",")) }
      string(v)
    }
    bytes.append(UInt8(ascii: "]"))
  }

  /// Appends `{"end":…,"start":…}`.
  public mutating func span(start: Int, end: Int) {
    raw("{\"end\":")
    int(end)
    raw(",\"start\":")
    int(start)
    raw("}")
  }
}
