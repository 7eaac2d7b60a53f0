/// Checks on raw input bytes shared by the readers: emptiness, binary data, UTF-8 validity.
enum ByteChecks {
  static func isASCIIWhitespace(_ b: UInt8) -> Bool { b == 32 || (b >= 9 && b <= 13) }

  /// True for 0 bytes, or only ASCII whitespace (after an optional UTF-8 byte order mark).
  static func isBlank(_ bytes: [UInt8]) -> Bool {
    let start = hasUTF8BOM(bytes) ? 3 : 0
    return bytes[start...].allSatisfy(isASCIIWhitespace)
  }

  static func hasUTF8BOM(_ bytes: [UInt8]) -> Bool {
    bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
  }

  /// True when the first 8 KB hold a NUL byte or are mostly control bytes.
  ///
  /// Text in UTF-16 (which has a byte order mark) is expected to hold NUL bytes.
  static func looksBinary(_ bytes: [UInt8]) -> Bool {
    if bytes.count >= 2,
      (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)
    {
      return false
    }
    let head = bytes.prefix(8192)
    var control = 0
    for b in head {
      if b == 0 { return true }
      if (b < 32 && !isASCIIWhitespace(b)) || b == 127 { control += 1 }
    }
    return control * 10 > head.count
  }

  /// The offset of the first byte that is not valid UTF-8, or `nil` when all are valid.
  static func firstInvalidUTF8(_ bytes: [UInt8], from start: Int = 0) -> Int? {
    bytes.withUnsafeBufferPointer { p -> Int? in
      let n = p.count
      var i = start
      while i < n {
        // Skip ASCII eight bytes at a time.
        while i + 8 <= n {
          let word = UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self)
          if word & 0x8080_8080_8080_8080 != 0 { break }
          i += 8
        }
        guard i < n else { break }
        let b = p[i]
        if b < 0x80 {
          i += 1
          continue
        }
        func cont(_ k: Int) -> Bool { i + k < n && p[i + k] & 0xC0 == 0x80 }
        switch b {
        case 0xC2...0xDF:
          guard cont(1) else { return i }
          i += 2
        case 0xE0...0xEF:
          guard cont(1), cont(2) else { return i }
          let b1 = p[i + 1]
          if b == 0xE0 && b1 < 0xA0 { return i }
          if b == 0xED && b1 > 0x9F { return i }
          i += 3
        case 0xF0...0xF4:
          guard cont(1), cont(2), cont(3) else { return i }
          let b1 = p[i + 1]
          if b == 0xF0 && b1 < 0x90 { return i }
          if b == 0xF4 && b1 > 0x8F { return i }
          i += 4
        default:
          return i
        }
      }
      return nil
    }
  }
}
