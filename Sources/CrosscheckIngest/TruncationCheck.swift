/// Tells whether an HTML page's bytes were cut off.
///
/// A page is truncated when its bytes end inside a tag, or when it has no `</body>` or
/// `</html>` and its last tag is a start tag of an element that needs closing.
enum TruncationCheck {
  private static let voidElements: Set<String> = [
    "br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed",
    "param", "track",
  ]

  /// A warning such as `"truncated: the page ends inside a tag"`, or `nil`.
  static func warning(for bytes: [UInt8]) -> String? {
    var end = bytes.count
    while end > 0, ByteChecks.isASCIIWhitespace(bytes[end - 1]) || bytes[end - 1] == 0 { end -= 1 }
    guard end > 0 else { return nil }
    let lt = UInt8(ascii: "<")
    let gt = UInt8(ascii: ">")
    guard let lastOpen = bytes[..<end].lastIndex(of: lt) else { return nil }
    let lastClose = bytes[..<end].lastIndex(of: gt) ?? -1
    if lastOpen > lastClose {
      return "truncated: the page ends inside a tag"
    }
    let tail = bytes[max(0, end - 2048)..<end].map(BoilerplatePhrases.lowerASCII)
    if contains(tail, "</body") || contains(tail, "</html") { return nil }
    // The last tag: a start tag of an element that needs an end tag means the page stops inside it.
    var start = lastOpen + 1
    guard start < end, bytes[start] != UInt8(ascii: "/"), bytes[start] != UInt8(ascii: "!") else {
      return nil
    }
    var name: [UInt8] = []
    while start < end, name.count < 16 {
      let b = BoilerplatePhrases.lowerASCII(bytes[start])
      guard (b >= 97 && b <= 122) || (b >= 48 && b <= 57) else { break }
      name.append(b)
      start += 1
    }
    guard !name.isEmpty, !voidElements.contains(String(decoding: name, as: UTF8.self)),
      bytes[lastClose - 1] != UInt8(ascii: "/")
    else { return nil }
    return "truncated: the page ends in an unclosed <\(String(decoding: name, as: UTF8.self))>"
  }

  private static func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
    let n = Array(needle.utf8)
    guard haystack.count >= n.count else { return false }
    for i in 0...(haystack.count - n.count) where haystack[i..<i + n.count].elementsEqual(n) {
      return true
    }
    return false
  }
}
