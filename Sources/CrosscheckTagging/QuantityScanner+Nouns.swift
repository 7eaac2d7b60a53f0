import CrosscheckCore

/// The counted noun after a plain count: "six ⟨states⟩", "30 allied ⟨countries⟩".
extension QuantityScanner {
  /// Words that end a noun phrase after a count: prepositions, conjunctions, determiners,
  /// auxiliaries, pronouns and adverbs.
  static let phraseEnders = PackedWordSet([
    "of", "in", "on", "at", "to", "from", "by", "with", "for", "into", "onto", "across", "over",
    "under", "since", "during", "after", "before", "per", "than", "as", "about", "between",
    "among", "against", "through", "within", "without", "including", "like", "near", "off",
    "out", "up", "down", "around", "toward", "towards", "via", "and", "or", "but", "nor", "while",
    "when", "if", "because", "that", "which", "who", "whom", "whose", "where", "whereas", "the",
    "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "my", "your", "is",
    "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did",
    "will", "would", "can", "could", "may", "might", "must", "should", "shall", "it", "they",
    "we", "he", "she", "i", "you", "them", "us", "more", "less", "fewer", "each", "all", "also",
    "not", "only", "now", "still", "then", "too", "ago", "later", "earlier", "so", "yet", "just",
    "already", "again", "last", "next", "year", "years", "times", "per", "apiece", "each",
    "both", "either", "neither", "every", "some", "any", "no", "such", "than", "there", "here",
    "what", "how", "why", "once", "twice", "alone", "together", "ever", "never", "even",
  ])

  /// Plurals that do not end in "s", and words in "s" that are no plurals.
  static let irregularPlurals = PackedWordSet([
    "people", "men", "women", "children", "police", "personnel", "staff", "cattle", "aircraft",
    "sheep", "deer", "fish", "livestock", "troops", "crew", "clergy", "spacecraft", "offspring",
    "geese", "mice", "teeth", "data", "media", "criteria", "phenomena", "bacteria", "alumni",
    "youth",
  ])
  static let notPlurals = PackedWordSet(["news", "series", "species", "means", "whereas"])

  /// Whether the word at `s..<e` reads as a plural noun.
  func looksPlural(_ s: Int, _ e: Int) -> Bool {
    if Self.irregularPlurals.contains(p, s, e) { return true }
    guard e - s >= 3, B.lower(p[e - 1]) == UInt8(ascii: "s") else { return false }
    let before = B.lower(p[e - 2])
    if before == UInt8(ascii: "s") || before == UInt8(ascii: "u") || before == UInt8(ascii: "i") {
      return false
    }
    return !Self.wordsEndingInS.contains(p, s, e) && !Self.notPlurals.contains(p, s, e)
  }

  /// The head noun of up to three lowercase words after `pos`, lowercased: the first plural
  /// word for a count above one ("30 allied countries"), else the last word before a verb-like
  /// word ("one office", "one district reported"). `nil` when a phrase ender, punctuation, a
  /// capital or a digit comes first.
  func countedNoun(after pos: Int, singular: Bool) -> String? {
    var k = pos
    var words: [(start: Int, end: Int)] = []
    while words.count < 3 {
      let s = skipSpaces(k)
      guard s > k, s < n, p[s] >= 97, p[s] <= 122, let e = letters(from: s) else { break }
      if Self.phraseEnders.contains(p, s, e) { break }
      // Hyphenated words ("long-range") take part whole; the head is never one of them.
      if e < n && p[e] == UInt8(ascii: "-") {
        guard e + 1 < n, B.isLetter(p[e + 1]), let e2 = letters(from: e + 1) else { break }
        words.append((s, s))  // a modifier, never the head
        k = e2
        continue
      }
      words.append((s, e))
      k = e
    }
    guard !words.isEmpty else { return nil }
    if !singular {
      guard let head = words.first(where: { $0.end > $0.start && looksPlural($0.start, $0.end) })
      else { return nil }
      return lowercased(head.start, head.end)
    }
    var head: (start: Int, end: Int)?
    for (index, w) in words.enumerated() {
      guard w.end > w.start else { continue }
      if index > 0 && verbLike(w.start, w.end) { break }
      head = w
    }
    // A singular count's noun rarely ends in "s": "one gets" is a verb after a pronoun.
    guard let head, !verbLike(head.start, head.end), !looksPlural(head.start, head.end) else {
      return nil
    }
    return lowercased(head.start, head.end)
  }

  /// Words ending in "ed", "ing" or "ly": verbs and adverbs more often than nouns.
  func verbLike(_ s: Int, _ e: Int) -> Bool {
    guard e - s >= 4 else { return false }
    let a = B.lower(p[e - 3])
    let b = B.lower(p[e - 2])
    let c = B.lower(p[e - 1])
    return (b == UInt8(ascii: "e") && c == UInt8(ascii: "d"))
      || (a == UInt8(ascii: "i") && b == UInt8(ascii: "n") && c == UInt8(ascii: "g"))
      || (b == UInt8(ascii: "l") && c == UInt8(ascii: "y"))
  }
}
