/// The byte shape of a dateline's place, shared by the entity tagger (which spells and types the
/// place) and the claim reader (which keeps it from being a subject): "OSTROW - Founded ...",
/// "VESSLA, 5 August 2025 - ...", "HALVERN (Harbour Wire) - ...".
public enum Dateline {
  /// Whether `bytes` hold no lowercase ASCII letter and at least `minimum` capitals ("OSTROW",
  /// "PORT CALLOWAY"; "US" has too few for a minimum of three).
  public static func isCapitals(_ bytes: some Sequence<UInt8>, atLeast minimum: Int) -> Bool {
    var capitals = 0
    for b in bytes {
      if b >= 0x61 && b <= 0x7A { return false }
      if b >= 0x41 && b <= 0x5A { capitals += 1 }
    }
    return capitals >= minimum
  }

  /// Whether the name at `r` has a dateline's shape: capitals (three at least) at a line's start,
  /// then a comma, or a space and a bracket or a dash, and a dash (a hyphen between spaces, an en
  /// or an em dash) starting before offset `limit`; with `sameLine`, before the line ends too.
  public static func hasShape(_ bytes: [UInt8], _ r: TextRange, dashBefore limit: Int, sameLine: Bool) -> Bool {
    guard r.start == 0 || bytes[r.start - 1] == 10, r.end + 2 < bytes.count,
      bytes[r.end] == UInt8(ascii: ",")
        || bytes[r.end] == UInt8(ascii: " ")
          && [UInt8(ascii: "("), UInt8(ascii: "-"), 0xE2].contains(bytes[r.end + 1]),
      isCapitals(bytes[r.start..<r.end], atLeast: 3)
    else { return false }
    var k = r.end
    while k < min(bytes.count - 2, limit), !(sameLine && bytes[k] == 10) {
      // UTF-8 E2 80 93 and E2 80 94 are the en and em dashes.
      if bytes[k] == UInt8(ascii: " ") && bytes[k + 1] == UInt8(ascii: "-") && bytes[k + 2] == UInt8(ascii: " ")
        || bytes[k] == 0xE2 && bytes[k + 1] == 0x80 && (bytes[k + 2] == 0x93 || bytes[k + 2] == 0x94)
      {
        return true
      }
      k += 1
    }
    return false
  }
}
