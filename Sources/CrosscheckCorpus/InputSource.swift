import CrosscheckCore

/// One input found by ``InputCollector``: where to read it and how, not yet read.
public struct InputSource: Sendable, Equatable {
  /// How the input is read.
  public enum Kind: String, Sendable, Equatable, CaseIterable {
    /// One HTML article (`.html`, `.htm`, `.xhtml`).
    case html
    /// One plain-text article (`.txt`, `.text`).
    case text
    /// A WARC file of many pages (`.warc`).
    case warc
    /// JSON lines of many articles (`.jsonl`, `.ndjson`).
    case jsonLines
  }

  /// Where the bytes come from.
  public enum Origin: Sendable, Equatable {
    case file(path: String)
    /// Standard input, read by the caller (`-` among the paths).
    case standardInput(bytes: [UInt8])
  }

  /// The name used in outputs and errors: the path as reached from the argument
  /// (`corpus/a/b.html`), or `-` for standard input.
  public var name: String
  /// The path below the directory argument it was found in (`a/b.html`); for a file argument,
  /// the path as given. This is the name a corpus manifest uses.
  public var relativePath: String
  public var origin: Origin
  public var kind: Kind
  /// Whether the bytes are gzip-compressed (a `.gz` suffix).
  public var gzipped: Bool

  public init(name: String, relativePath: String, origin: Origin, kind: Kind, gzipped: Bool) {
    self.name = name
    self.relativePath = relativePath
    self.origin = origin
    self.kind = kind
    self.gzipped = gzipped
  }

  /// Whether the input holds many articles (WARC, JSON lines) rather than one.
  public var isContainer: Bool { kind == .warc || kind == .jsonLines }

  /// The kind and compression an extension stands for: `a.html`, `a.txt.gz`, `crawl.warc.gz`,
  /// `feed.ndjson`. Case is ignored. `nil` for other names.
  public static func kind(forName name: String) -> (kind: Kind, gzipped: Bool)? {
    var lower = lastComponent(name).lowercased()
    let gzipped = lower.hasSuffix(".gz")
    if gzipped { lower.removeLast(3) }
    guard let dot = lower.lastIndex(of: "."), dot != lower.startIndex else { return nil }
    let kind: Kind
    switch lower[lower.index(after: dot)...] {
    case "html", "htm", "xhtml": kind = .html
    case "txt", "text": kind = .text
    case "warc": kind = .warc
    case "jsonl", "ndjson": kind = .jsonLines
    default: return nil
    }
    return (kind, gzipped)
  }

  /// The kind bytes look like: WARC (`WARC/`), JSON lines (`{`), HTML (`<`), else text.
  public static func sniffKind(_ bytes: [UInt8]) -> Kind {
    var i = 0
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
    while i < bytes.count
      && (bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A
        || bytes[i] == 0x0D)
    { i += 1 }
    if bytes[i...].starts(with: Array("WARC/".utf8)) { return .warc }
    if i < bytes.count && bytes[i] == UInt8(ascii: "{") { return .jsonLines }
    if i < bytes.count && bytes[i] == UInt8(ascii: "<") { return .html }
    return .text
  }

  static func lastComponent(_ path: String) -> String {
    String(path.split(separator: "/", omittingEmptySubsequences: true).last ?? Substring(path))
  }
}
