/// Picks a page's title and removes the site's name from it.
///
/// 1. When the page's first `<h1>` appears inside the metadata title (`og:title`, `<title>`),
///    the `<h1>` is the title: the rest is the site's name or section ("Bridge reopens | Lune
///    Daily"). An `<h1>` that is the site's name (a logo) is not taken.
/// 2. Otherwise the metadata title is cut at separators written with spaces around them
///    (` | `, ` - `, ` – `, ` — `, ` » `, ` « `, ` › `, ` :: `, ` // `, ` · `, ` • `). A part is
///    the site's name when it equals the known site name, or when it is a short part, not the
///    longest, that spells the page's host name ("Lune Daily" on `lunedaily.com`, "AOC media"
///    on `aoc.media`). The site's part and everything beyond it (its tagline, on the side away
///    from the title) go. Of what is left, a part at least twice as long as all others together
///    is the title ("Blog Archive » Bridge reopens after two years of repairs"); otherwise the
///    parts stay together ("Bridge reopens - what drivers need to know").
///    When the first `<h1>` is not in the metadata title (a site's navigation or tagline: "Skip
///    to content"), a later `<h1>` of at least two words that is, and is not the site's name,
///    is the title ("La voix des nuls" in "La voix des nuls | ARTE Radio").
/// 3. Without a metadata title, the `<h1>`.
struct TitleCleaner {
  /// The site's name (`og:site_name` or the JSON-LD publisher), when known.
  var site: String?
  /// The page's host name (from its canonical URL), when known.
  var host: String?

  init(site: String?, host: String? = nil) {
    self.site = site
    self.host = host
  }

  static let separators = [
    " | ", " - ", " – ", " — ", " » ", " « ", " › ", " :: ", " // ", " · ", " • ",
  ]

  /// The title from the metadata title and the first `<h1>`'s text; `headingIsLink` when that
  /// text is all inside a link.
  func title(
    from metadata: String?, heading: String?, headingIsLink: Bool = false, laterHeadings: [String] = []
  ) -> String? {
    let siteKey = site.map(Self.key)
    let headingKey = heading.map(Self.key)
    let heading = heading.map(Self.collapsed)
    guard let metadata else { return heading }
    let metadataKey = Self.key(metadata)
    let parts = Self.parts(of: metadata)
    let partKeys = parts.map(Self.key)
    let longest = parts.map(\.utf8.count).max() ?? 0
    // A heading that is one part of a longer title but not its longest is the site's name in
    // its logo ("Four Years Remaining" over "Interning of Small Integers | Four Years
    // Remaining"), when it is a link or spells the host.
    let headingIsSite =
      headingKey.map { h in
        parts.count > 1 && partKeys.contains(h)
          && partKeys.contains { $0.utf8.count > h.utf8.count }
          && (headingIsLink || spellsHost(h, longest: false))
      } ?? false
    if let heading, let headingKey, !headingKey.isEmpty, headingKey != siteKey, !headingIsSite,
      heading.utf8.count <= 300, metadataKey.contains(headingKey)
    {
      return heading
    }
    for later in laterHeadings {
      let key = Self.key(later)
      guard key.split(separator: " ").count >= 2, key.utf8.count <= 300, key != siteKey,
        !spellsHost(key, longest: false), metadataKey.contains(key)
      else { continue }
      return Self.collapsed(later)
    }
    guard parts.count > 1 else { return metadata }
    let isSite = parts.indices.map { i in
      partKeys[i] == siteKey || (headingIsSite && partKeys[i] == headingKey)
        || spellsHost(partKeys[i], longest: parts[i].utf8.count == longest)
    }
    guard let firstSite = isSite.firstIndex(of: true), let lastSite = isSite.lastIndex(of: true)
    else { return metadata }
    // The title sits on one side of the site's name; the other side is the site's tagline.
    let before = Array(parts[..<firstSite])
    let after = Array(parts[(lastSite + 1)...])
    let side = before.joined().utf8.count >= after.joined().utf8.count ? before : after
    guard !side.isEmpty else { return metadata }
    if side.count == 1 { return side[0] }
    let sideLongest = side.map(\.utf8.count).max() ?? 0
    let rest = side.map(\.utf8.count).reduce(0, +) - sideLongest
    if sideLongest >= 2 * rest, let best = side.first(where: { $0.utf8.count == sideLongest }) {
      return best
    }
    return Self.span(of: side, in: metadata) ?? metadata
  }

  /// Whether a title part (its ``key(_:)``) spells the host name: its letters and digits begin
  /// with a label of the host ("Four Years Remaining" on `fouryears.eu`) or with all labels
  /// before the top-level domain together, or are such a label's beginning. The longest part
  /// counts only when it is the host name itself, and a part of more than four words never.
  private func spellsHost(_ partKey: String, longest: Bool) -> Bool {
    guard let host else { return false }
    let words = partKey.split(separator: " ").count
    guard words <= 4 else { return false }
    let part = Self.alphanumerics(partKey)
    guard part.count >= 4 else { return false }
    var labels = host.lowercased().split(separator: ".").map(String.init)
    if labels.first == "www" { labels.removeFirst() }
    guard labels.count >= 2 else { return false }
    let whole = Self.alphanumerics(labels.joined())
    let named = Self.alphanumerics(labels.dropLast().joined())
    if part == whole || part == named { return true }
    guard !longest else { return false }
    var keys = labels.dropLast().map(Self.alphanumerics)
    keys.append(whole)
    return keys.contains { key in
      key.count >= 4 && (part.hasPrefix(key) || (key.hasPrefix(part) && part.count >= 5))
    }
  }

  /// The text of `metadata` from the first of `parts` to the end of the last.
  private static func span(of parts: [String], in metadata: String) -> String? {
    guard let first = parts.first, let last = parts.last,
      let start = metadata.range(of: first),
      let end = metadata.range(of: last, range: start.lowerBound..<metadata.endIndex)
    else { return nil }
    return String(metadata[start.lowerBound..<end.upperBound])
  }

  /// The ASCII letters and digits of a lowercased text.
  private static func alphanumerics(_ text: String) -> String {
    String(decoding: text.utf8.filter { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) },
      as: UTF8.self)
  }

  /// The title cut at every separator, parts trimmed and empty ones dropped.
  static func parts(of title: String) -> [String] {
    var parts = [Array(title.utf8)]
    for separator in separatorBytes {
      parts = parts.flatMap { split($0, at: separator) }
    }
    return parts.map { String(decoding: $0, as: UTF8.self).trimmedASCIIWhitespace }.filter { !$0.isEmpty }
  }

  private static let separatorBytes = separators.map { Array($0.utf8) }

  /// The bytes cut at every occurrence of `separator`, left to right, the separators left out.
  private static func split(_ bytes: [UInt8], at separator: [UInt8]) -> [[UInt8]] {
    var parts: [[UInt8]] = []
    var start = 0
    var i = 0
    while i + separator.count <= bytes.count {
      if bytes[i] == separator[0] && bytes[i..<(i + separator.count)].elementsEqual(separator) {
        parts.append(Array(bytes[start..<i]))
        i += separator.count
        start = i
      } else {
        i += 1
      }
    }
    parts.append(Array(bytes[start...]))
    return parts
  }

  /// The text with every run of whitespace (no-break spaces too) as one space, trimmed.
  static func collapsed(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// A title compared with others: lowercased, with runs of whitespace as one space.
  static func key(_ text: String) -> String {
    collapsed(text.lowercased())
  }
}
