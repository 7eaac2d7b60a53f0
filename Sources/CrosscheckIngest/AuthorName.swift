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

  /// Values that stand for no name at all.
  static let placeholders: Set<String> = [
    "null", "undefined", "none", "no author", "n/a", "admin", "administrator",
  ]

  /// The name without leading byline words and with whitespace collapsed; `nil` when no name
  /// is left.
  ///
  /// Quotes around the value and punctuation after it go; a biography or a label glued to the
  /// name by adjacent elements ("Ana BellEna Bell is a reporter at ...") is cut where a
  /// lowercase letter meets a capital, and a login written `first.last` becomes `First Last`.
  static func cleaned(_ value: String) -> String? {
    var value = value
    let quotes: Set<Character> = ["'", "\"", "“", "”", "„", "«", "»"]
    while let f = value.first, let l = value.last, value.count >= 2, quotes.contains(f),
      quotes.contains(l)
    {
      value = String(value.dropFirst().dropLast())
    }
    value = unglued(value)
    var words = value.split(whereSeparator: { $0.isWhitespace }).map(String.init)
    // "vonElisa Marvena": a byline word glued to the name.
    if let first = words.first, let cut = gluedOpener(first) { words[0] = cut }
    while let last = words.last, let end = last.last, ":,;|-–·•".contains(end) {
      if last.count == 1 { words.removeLast() } else { words[words.count - 1].removeLast() }
    }
    // "Ana Bell @anabell": a social-media handle after the name.
    while words.count > 1, let last = words.last, last.hasPrefix("@") { words.removeLast() }
    if words.count == 1, let login = loginName(words[0]) { words = login }
    guard !placeholders.contains(words.joined(separator: " ").lowercased()) else { return nil }
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

  /// The value cut before the first place where a lowercase letter runs straight into a capital
  /// ("Evan SymonEvan V. Symon is ..."), when that is a name with more after it: two or more
  /// words before the cut, or two or more after it. "MikeNils" and "McDonald" stay.
  static func unglued(_ value: String) -> String {
    let chars = Array(value)
    var lowerRun = 0
    var wordIsCapitalized = false
    for i in chars.indices {
      let c = chars[i]
      if i == 0 || chars[i - 1].isWhitespace { wordIsCapitalized = c.isUppercase }
      if c.isLowercase {
        lowerRun += 1
        continue
      }
      defer { lowerRun = 0 }
      // Only inside a capitalized word: "vonElisa" is a byline word glued to a name.
      guard c.isUppercase, lowerRun >= 3, i > 0, wordIsCapitalized else { continue }
      let before = String(chars[..<i])
      let after = String(chars[i...])
      let wordsBefore = before.split(whereSeparator: { $0.isWhitespace }).count
      let wordsAfter = after.split(whereSeparator: { $0.isWhitespace }).count
      if wordsBefore >= 2 || wordsAfter >= 2 { return before }
    }
    return value
  }

  /// The rest of a first word that glues a lowercase byline word to a capitalized name
  /// ("vonElisa", "byAnna"), or `nil`.
  private static func gluedOpener(_ word: String) -> String? {
    for opener in ["von", "by", "par", "por", "door", "di"] where word.hasPrefix(opener) {
      let rest = word.dropFirst(opener.count)
      if let f = rest.first, f.isUppercase, rest.count >= 2 { return String(rest) }
    }
    return nil
  }

  /// A byline's text without the date or time after the name and without symbols before it
  /// ("~ Ana Bell am 29.12.2010, 13:36 Uhr" gives "Ana Bell"; a weekday before the date,
  /// "Fr," in "Ana Bell Fr, 18. Oktober 2019", goes too).
  static func cutAtDate(_ value: String) -> String {
    var words = value.split(whereSeparator: { $0.isWhitespace }).map(String.init)
    while let first = words.first, !first.contains(where: \.isLetter) { words.removeFirst() }
    guard
      let cut = words.indices.first(where: { i in
        words[i].first?.isNumber == true
          || (i > 0 && i + 1 < words.count && BylineReader.stoppers.contains(words[i].lowercased())
            && words[i + 1].first?.isNumber == true)
      })
    else { return words.joined(separator: " ") }
    var kept = Array(words[..<cut])
    if let last = kept.last, last.hasSuffix(","), last.count <= 4, kept.count > 1 {
      kept.removeLast()
    }
    return kept.joined(separator: " ")
  }

  /// `["Anna", "Berg"]` for a lowercase login `anna.berg` or a slug `anna-maria-berg`, else
  /// `nil` (`example.pl` is a domain).
  private static func loginName(_ word: String) -> [String]? {
    let dotted = word.split(separator: ".", omittingEmptySubsequences: false)
    let hyphened = word.split(separator: "-", omittingEmptySubsequences: false)
    let parts =
      dotted.count == 2 && dotted[1].count >= 3 ? dotted : hyphened.count >= 3 ? hyphened : []
    guard !parts.isEmpty,
      parts.allSatisfy({ $0.count >= 2 && $0.allSatisfy { $0.isLowercase && $0.isLetter } })
    else { return nil }
    return parts.map { $0.prefix(1).uppercased() + $0.dropFirst() }
  }

  /// Whether a name found in the page's text is short enough to be one: every name of a list
  /// (split at commas, semicolons, `&`, "and", "und") has at most five words.
  static func isPlausible(_ name: String) -> Bool {
    var parts: [[Substring]] = [[]]
    for word in name.split(whereSeparator: { $0.isWhitespace }) {
      let lower = word.lowercased()
      if lower == "and" || lower == "und" || lower == "&" || lower == "y" || lower == "et" {
        parts.append([])
        continue
      }
      parts[parts.count - 1].append(word)
      if word.hasSuffix(",") || word.hasSuffix(";") { parts.append([]) }
    }
    return parts.allSatisfy { $0.count <= 5 }
  }

  /// Legal forms and words that mark an organisation, not a person, as whole words.
  static let organisationWords: Set<String> = [
    "gmbh", "ag", "se", "kg", "e.v.", "ev", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "s.a.",
    "sa", "s.l.", "corp", "corp.", "co.", "verlag", "média", "media", "editorial", "news",
    "zeitung", "magazin", "magazine", "online", "bundesverband", "stiftung", "verband",
    "gesellschaft", "institut", "universität", "university", "ministerium", "fraktion",
  ]

  /// Whether `name` names an organisation rather than a person: a legal form or an
  /// organisation word ("Beispiel Verlag GmbH", "Example News"), a web address, the site's
  /// name, or the name of the page's host ("Example-Times" on example-times.com).
  static func namesOrganisation(_ name: String, site: String?, host: String?) -> Bool {
    if namesSite(name, site: site) { return true }
    let lower = name.lowercased()
    if lower.contains("www.") || lower.contains("http") || lower.hasPrefix("@") { return true }
    let words = lower.split(whereSeparator: {
      $0.isWhitespace || $0 == "," || $0 == "(" || $0 == ")"
    })
    if words.contains(where: { organisationWords.contains(String($0)) }) { return true }
    if words.contains(where: { w in namesSite(String(w), site: nil) }) { return true }
    let key = lower.filter { $0.isLetter || $0.isNumber }
    if let site {
      let siteKey = site.lowercased().filter { $0.isLetter || $0.isNumber }
      if siteKey.count >= 3 && key.contains(siteKey) { return true }
    }
    if let host {
      let labels = host.lowercased().split(separator: ".")
      let main = labels.count >= 2 ? labels[labels.count - 2] : labels.first ?? ""
      let hostKey = main.filter { $0.isLetter || $0.isNumber }
      if hostKey.count >= 3 && key.hasPrefix(hostKey) && key.count > hostKey.count { return true }
    }
    return false
  }
}
