import CrosscheckCore

/// Decides which character set an HTML page's bytes are read as, the way browsers do.
///
/// A byte order mark wins. Otherwise a charset declared in the first 4 KB (`<meta charset>` or
/// `http-equiv` content) is honoured, with `iso-8859-1`, `latin1` and `us-ascii` read as
/// `windows-1252`. An undeclared page is `UTF-8` when its bytes are valid UTF-8, else
/// `windows-1252`, recorded as guessed.
struct CharsetChoice: Equatable, Sendable {
  /// The encoding name given to the parser.
  var encoding: String
  /// How many leading bytes (a byte order mark) to skip.
  var skip: Int
  /// What to record in ``DocumentMetadata/charset``.
  var label: String
  /// Declared UTF-8 but the bytes are not valid UTF-8: repair before parsing.
  var needsRepair: Bool = false

  static func choose(for bytes: [UInt8]) -> CharsetChoice {
    if ByteChecks.hasUTF8BOM(bytes) {
      let repair = ByteChecks.firstInvalidUTF8(bytes, from: 3) != nil
      return CharsetChoice(encoding: "UTF-8", skip: 3, label: "UTF-8 (BOM)", needsRepair: repair)
    }
    if bytes.count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE {
      return CharsetChoice(encoding: "UTF-16LE", skip: 2, label: "UTF-16LE (BOM)")
    }
    if bytes.count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF {
      return CharsetChoice(encoding: "UTF-16BE", skip: 2, label: "UTF-16BE (BOM)")
    }
    let valid = ByteChecks.firstInvalidUTF8(bytes) == nil
    if let declared = declaredCharset(in: bytes) {
      let encoding = browserEncoding(forLabel: declared)
      if encoding == "UTF-8" {
        return CharsetChoice(encoding: "UTF-8", skip: 0, label: "UTF-8", needsRepair: !valid)
      }
      // A page declared as a single-byte charset that is valid UTF-8 with non-ASCII bytes is
      // still read as declared: the declaration is what a browser follows.
      return CharsetChoice(encoding: encoding, skip: 0, label: encoding)
    }
    if valid { return CharsetChoice(encoding: "UTF-8", skip: 0, label: "UTF-8") }
    return CharsetChoice(encoding: "windows-1252", skip: 0, label: "windows-1252 (guessed)")
  }

  /// The encoding name for a declared label, mapping the labels browsers read as windows-1252.
  static func browserEncoding(forLabel label: String) -> String {
    switch label.lowercased() {
    case "utf-8", "utf8", "unicode-1-1-utf-8": "UTF-8"
    case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii",
      "cp1252", "x-cp1252", "iso-ir-100", "cp819", "ibm819", "csisolatin1", "windows-1252":
      "windows-1252"
    default: label.lowercased()
    }
  }

  /// The label after the first `charset=` in the first 4 KB, if any.
  static func declaredCharset(in bytes: [UInt8]) -> String? {
    let head = Array(bytes.prefix(4096))
    let key = Array("charset".utf8)
    var i = 0
    while i + key.count < head.count {
      var matches = true
      for k in 0..<key.count where head[i + k] | 0x20 != key[k] {
        matches = false
        break
      }
      if !matches {
        i += 1
        continue
      }
      var j = i + key.count
      while j < head.count, ByteChecks.isASCIIWhitespace(head[j]) { j += 1 }
      guard j < head.count, head[j] == UInt8(ascii: "=") else {
        i = j
        continue
      }
      j += 1
      while j < head.count,
        ByteChecks.isASCIIWhitespace(head[j]) || head[j] == UInt8(ascii: "\"")
          || head[j] == UInt8(ascii: "'")
      {
        j += 1
      }
      let start = j
      while j < head.count, isLabelByte(head[j]) { j += 1 }
      if j > start { return String(decoding: head[start..<j], as: UTF8.self) }
      i = j
    }
    return nil
  }

  private static func isLabelByte(_ b: UInt8) -> Bool {
    (b >= 48 && b <= 57) || (b | 0x20 >= 97 && b | 0x20 <= 122) || b == 45 || b == 95 || b == 46
      || b == 58
  }
}
