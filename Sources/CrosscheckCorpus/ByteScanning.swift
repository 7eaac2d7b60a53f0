// Small byte-level helpers shared by the container readers. All work on UTF-8/ASCII bytes.

extension UnsafeBufferPointer<UInt8> {
  /// The offset of the first occurrence of `needle` at or after `from`.
  func firstOffset(of needle: [UInt8], from: Int, before end: Int? = nil) -> Int? {
    let end = Swift.min(end ?? count, count)
    guard let first = needle.first, needle.count <= end - from else { return nil }
    var i = from
    let last = end - needle.count
    while i <= last {
      if self[i] == first {
        var j = 1
        while j < needle.count && self[i + j] == needle[j] { j += 1 }
        if j == needle.count { return i }
      }
      i += 1
    }
    return nil
  }

  /// Whether the bytes at `offset` are `prefix`.
  func has(_ prefix: [UInt8], at offset: Int) -> Bool {
    guard offset >= 0, offset + prefix.count <= count else { return false }
    for (k, b) in prefix.enumerated() where self[offset + k] != b { return false }
    return true
  }

  /// The end of a header block that starts at `from`: the offset just after the blank line
  /// (`CRLF CRLF`, or `LF LF` from lax writers) and the offset where the blank line starts.
  func headerBlockEnd(from: Int, before end: Int? = nil) -> (headerEnd: Int, bodyStart: Int)? {
    let end = Swift.min(end ?? count, count)
    var i = from
    while i < end {
      if self[i] == 0x0A {
        // A line ends at i; the block ends if the next line is empty.
        if i + 1 < end && self[i + 1] == 0x0A { return (i + 1, i + 2) }
        if i + 2 < end && self[i + 1] == 0x0D && self[i + 2] == 0x0A { return (i + 1, i + 3) }
      }
      i += 1
    }
    return nil
  }

  /// `Name: value` lines between two offsets, names lowercased, values trimmed; continuation
  /// lines (starting with a space or tab) are joined to the previous value.
  func headerFields(from start: Int, to end: Int) -> [(name: String, value: String)] {
    var fields: [(name: String, value: String)] = []
    var lineStart = start
    while lineStart < end {
      var lineEnd = lineStart
      while lineEnd < end && self[lineEnd] != 0x0A { lineEnd += 1 }
      var contentEnd = lineEnd
      if contentEnd > lineStart && self[contentEnd - 1] == 0x0D { contentEnd -= 1 }
      if contentEnd > lineStart {
        if self[lineStart] == 0x20 || self[lineStart] == 0x09, !fields.isEmpty {
          let more = trimmedString(from: lineStart, to: contentEnd)
          fields[fields.count - 1].value += " " + more
        } else if let colon = firstOffset(of: [0x3A], from: lineStart, before: contentEnd) {
          let name = trimmedString(from: lineStart, to: colon).lowercased()
          fields.append((name, trimmedString(from: colon + 1, to: contentEnd)))
        }
      }
      lineStart = lineEnd + 1
    }
    return fields
  }

  /// The bytes between two offsets without surrounding spaces and tabs, decoded as UTF-8.
  func trimmedString(from start: Int, to end: Int) -> String {
    var a = start
    var b = end
    while a < b && (self[a] == 0x20 || self[a] == 0x09) { a += 1 }
    while b > a && (self[b - 1] == 0x20 || self[b - 1] == 0x09) { b -= 1 }
    return String(decoding: UnsafeBufferPointer(rebasing: self[a..<b]), as: UTF8.self)
  }
}

extension [(name: String, value: String)] {
  /// The value of the first field with this (lowercase) name.
  func value(_ name: String) -> String? { first { $0.name == name }?.value }
}

/// The media type of a `Content-Type` value, lowercased and without parameters.
func mediaType(_ contentType: String?) -> String? {
  guard let contentType else { return nil }
  let type = contentType.split(separator: ";", maxSplits: 1).first ?? ""
  return type.trimmingSpaces().lowercased()
}

extension StringProtocol {
  func trimmingSpaces() -> String {
    var s = Substring(self)
    while let c = s.first, c == " " || c == "\t" { s = s.dropFirst() }
    while let c = s.last, c == " " || c == "\t" { s = s.dropLast() }
    return String(s)
  }
}
