/// The status line and headers of an HTTP response stored in a WARC record.
struct HTTPHead {
  var status: Int
  var fields: [(name: String, value: String)]
  /// Where the body starts, as an offset into the record block.
  var bodyStart: Int

  /// Reads `HTTP/x.y NNN reason`, the header lines and the blank line; `nil` if they are not there.
  init?(_ block: UnsafeBufferPointer<UInt8>) {
    guard block.has(Array("HTTP/".utf8), at: 0),
      let lineEnd = block.firstOffset(of: [0x0A], from: 0),
      let (headerEnd, bodyStart) = block.headerBlockEnd(from: 0)
    else { return nil }
    // The status code is the three digits after the first space of the status line.
    guard let space = block.firstOffset(of: [0x20], from: 0, before: lineEnd),
      space + 3 < block.count
    else { return nil }
    var code = 0
    for i in space + 1...space + 3 {
      let b = block[i]
      guard b >= 0x30 && b <= 0x39 else { return nil }
      code = code * 10 + Int(b - 0x30)
    }
    status = code
    fields = lineEnd + 1 < headerEnd ? block.headerFields(from: lineEnd + 1, to: headerEnd) : []
    self.bodyStart = bodyStart
  }

  /// Undoes `Transfer-Encoding: chunked`. Returns `nil` when the body does not start with a
  /// chunk-size line at all (some crawlers store the decoded body but keep the header), and
  /// accepts a body that ends at a chunk boundary without the final empty chunk.
  static func decodeChunked(_ b: UnsafeBufferPointer<UInt8>, limit: Int) -> Result<
    [UInt8], InputError
  >? {
    var out: [UInt8] = []
    var p = 0
    var first = true
    while p < b.count {
      var size = 0
      var digits = 0
      while p < b.count, let v = hexValue(b[p]) {
        guard digits < 15 else { return .failure(.malformedRecord("chunk size too long")) }
        size = size * 16 + v
        digits += 1
        p += 1
      }
      let endsLine =
        p < b.count && (b[p] == 0x0D || b[p] == 0x0A || b[p] == 0x3B || b[p] == 0x20)
      guard digits > 0, endsLine, let lf = b.firstOffset(of: [0x0A], from: p) else {
        return first ? nil : .failure(.malformedRecord("bad chunk size line at byte \(p)"))
      }
      first = false
      p = lf + 1
      if size == 0 { return .success(out) }
      guard size <= b.count - p else {
        return .failure(.malformedRecord("chunk of \(size) bytes runs past the end of the record"))
      }
      guard out.count + size <= limit else { return .failure(.tooLarge(bytes: nil, limit: limit)) }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: b[p..<p + size]))
      p += size
      if p < b.count && b[p] == 0x0D { p += 1 }
      if p < b.count && b[p] == 0x0A { p += 1 }
    }
    return first ? nil : .success(out)
  }

  private static func hexValue(_ b: UInt8) -> Int? {
    switch b {
    case 0x30...0x39: Int(b - 0x30)
    case 0x41...0x46: Int(b - 0x41 + 10)
    case 0x61...0x66: Int(b - 0x61 + 10)
    default: nil
    }
  }
}
