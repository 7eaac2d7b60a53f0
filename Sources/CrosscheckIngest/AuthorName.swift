/// Cleans an author's name found in metadata or a byline, and tells names from site names.
///
/// Leading byline words are dropped: "By", "Von", "Par", "Por", "Von:" (``BylineReader``'s
/// openers) and the words of link texts such as "View all posts by", "Zeige alle Beiträge
/// von", "Alle Artikel von", "Post author", "Über". A value that is the site's name or a
/// domain ("example.de") names the publisher, not a person.
enum AuthorName {
  /// Lowercased words that may come before a name in a byline or an author link, besides
  /// ``BylineReader/openers``.
  static let leadingWords: Set<String> = [
    "view", "all", "posts", "post", "zeige", "alle", "beiträge", "artikel", "über", "about",
    "text", "interview", "und", "and", "more", "mehr",
  ]

  /// Lowercased words that, with nothing else, make a label and not a name ("the author").
  static let labelWords: Set<String> = ["the", "author", "autor", "auteur"]

  /// The name without leading byline words and with whitespace collapsed; `nil` when no name
  /// is left.
  static func cleaned(_ value: String) -> String? {
    var words = value.split(whereSeparator: { $0.isWhitespace }).map(String.init)
    while words.count > 1 {
      var lower = words[0].lowercased()
      if lower.hasSuffix(":") { lower.removeLast() }
      guard BylineReader.openers.contains(lower) || leadingWords.contains(lower) else { break }
      words.removeFirst()
    }
    // What is left of a label without a name ("Artikel von:", "About the Author").
    let rest = words.map { $0.lowercased() }.filter { !$0.isEmpty }
    if rest.allSatisfy({ w in
      let bare = w.hasSuffix(":") ? String(w.dropLast()) : w
      return BylineReader.openers.contains(bare) || leadingWords.contains(bare)
        || labelWords.contains(bare)
    }) {
      return nil
    }
    return words.joined(separator: " ")
  }

  /// Whether `name` is the site's name (ignoring case) or looks like a domain.
  static func namesSite(_ name: String, site: String?) -> Bool {
    if let site, name.lowercased() == site.lowercased() { return true }
    let lower = name.lowercased()
    guard !lower.contains(" ") else { return false }
    for suffix in [".com", ".de", ".at", ".ch", ".org", ".net", ".fr", ".es", ".it", ".info"]
    where lower.hasSuffix(suffix) {
      return true
    }
    return false
  }
}
