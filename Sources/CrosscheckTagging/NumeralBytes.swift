/// Byte tests for the numbers stage. ASCII bytes never occur inside a multi-byte UTF-8
/// character, so these are safe on any offset of valid UTF-8.
enum NumeralBytes {
  @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 48 < 10 }
  @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 97 < 26 }
  @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { isDigit(b) || isLetter(b) }
  @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b &- 65 < 26 }
  @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }
}
