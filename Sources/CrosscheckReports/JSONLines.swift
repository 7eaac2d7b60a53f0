import Foundation

/// Writes values as JSON Lines: one object per line, keys sorted, so output is byte-stable.
public enum JSONLines {
  /// The encoder every JSON Lines file uses: sorted keys, slashes unescaped.
  public static func encoder() -> JSONEncoder {
    let e = JSONEncoder()
    e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return e
  }

  /// One line (without the newline) for one value.
  public static func line(_ value: some Encodable) throws -> String {
    String(decoding: try encoder().encode(value), as: UTF8.self)
  }

  /// All values, each on its own line, with a final newline when there is any.
  public static func text(_ values: [some Encodable]) throws -> String {
    let e = encoder()
    var out = ""
    for v in values {
      out += String(decoding: try e.encode(v), as: UTF8.self)
      out += "\n"
    }
    return out
  }
}
