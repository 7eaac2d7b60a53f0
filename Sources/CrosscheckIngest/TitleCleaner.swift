/// Picks a page's title and removes the site's name from it.
///
/// 1. When the page's first `<h1>` appears inside the metadata title (`og:title`, `<title>`),
///    the `<h1>` is the title: the rest is the site's name or section ("Bridge reopens | Lune
///    Daily"). An `<h1>` that is the site's name (a logo) is not taken.
/// 2. Otherwise the metadata title is cut at separators written with spaces around them
///    (` | `, ` - `, ` – `, ` — `, ` » `, ` « `, ` › `, ` :: `, ` // `, ` · `, ` • `); parts equal
///    to the site's name are dropped, and when one part is left, it is the title.
/// 3. Without a metadata title, the `<h1>`.
struct TitleCleaner {
  /// The site's name (`og:site_name` or the JSON-LD publisher), when known.
  var site: String?

  static let separators = [
    " | ", " - ", " – ", " — ", " » ", " « ", " › ", " :: ", " // ", " · ", " • ",
  ]

  /// The title from the metadata title and the first `<h1>`'s text; `headingIsLink` when that
  /// text is all inside a link.
  func title(from metadata: String?, heading: String?, headingIsLink: Bool = false) -> String? {
    let siteKey = site.map(Self.key)
    let headingKey = heading.map(Self.key)
    let heading = heading.map(Self.collapsed)
    guard let metadata else { return heading }
    let metadataKey = Self.key(metadata)
    let parts = Self.parts(of: metadata)
    let partKeys = parts.map(Self.key)
    // A linked heading that is one part of a longer title but not its longest is the site's
    // name in its logo ("Four Years Remaining" over "Interning of Small Integers | Four Years
    // Remaining").
    let headingIsSite =
      headingKey.map { h in
        headingIsLink && parts.count > 1 && partKeys.contains(h)
          && partKeys.contains { $0.utf8.count > h.utf8.count }
      } ?? false
    if let heading, let headingKey, !headingKey.isEmpty, headingKey != siteKey, !headingIsSite,
      heading.utf8.count <= 300, metadataKey.contains(headingKey)
    {
      return heading
    }
    guard parts.count > 1 else { return metadata }
    let kept = parts.indices.filter {
      partKeys[$0] != siteKey && !(headingIsSite && partKeys[$0] == headingKey)
    }.map { parts[$0] }
    if kept.count == 1 { return kept[0] }
    return metadata
  }

  /// The title cut at every separator, parts trimmed and empty ones dropped.
  static func parts(of title: String) -> [String] {
    var parts = [title]
    for separator in separators {
      parts = parts.flatMap { $0.components(separatedBy: separator) }
    }
    return parts.map(\.trimmedASCIIWhitespace).filter { !$0.isEmpty }
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
