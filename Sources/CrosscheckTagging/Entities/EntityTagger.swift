import CrosscheckCore
/// Finds named entities and resolves each mention to a canonical name.
///
/// Rules, in order of preference at each word: a name defined in this document ("Long Name (LN)" or
/// "LN (Long Name)", where the capitals of the long form spell the acronym); the longest gazetteer
/// name (acronyms only with the same capitals); a run of capitalized words ending in a head word
/// ("... Reaction Force"), typed by that word; a short reference ("the bloc") resolved to the
/// nearest earlier entity of a fitting kind; a person after a title ("President ...") or by a
/// surname already seen; dates with a month name; any other capitalized name (`other`), except a
/// lone capitalized word at a sentence start that the text never capitalizes elsewhere. A number
/// word opening a sentence ("Forty years ago") and a first-person "I" or "I'm" are never names,
/// and "I" after a name before a first-person verb ends it.
public struct EntityTagger: Stage {
  public static let name = "entities"
  public let requires: Set<AnnotationKind> = [.sentence]
  public let produces: Set<AnnotationKind> = [.entity]
  let gazetteer: Gazetteer

  public init(gazetteer: Gazetteer) { self.gazetteer = gazetteer }

  public func annotate(_ document: Document) throws(StageError) -> Annotations {
    Annotations(entities: mentions(
      in: document.text, sentences: document.sentences.map(\.range),
      opensWithHeadline: document.headlineParagraph != nil))
  }

  /// Every entity mention in the text, in order, not overlapping. With `opensWithHeadline`, the
  /// first sentence is the article's headline, whose short names stand for the body's full ones.
  public func mentions(in text: String, sentences: [TextRange], opensWithHeadline: Bool = false) -> [EntityMention] {
    var run = TaggingRun(text: text, sentences: sentences, gazetteer: gazetteer)
    run.opensWithHeadline = opensWithHeadline
    return run.tag()
  }
}

/// The state of tagging one document.
private struct TaggingRun {
  let text: String
  let bytes: [UInt8]
  var words: [Word]
  let gazetteer: Gazetteer
  var sentenceInitial: Set<Int> = []
  var capitalizedMidSentence: Set<String> = []
  /// Keys of words the text writes in lowercase somewhere: common words, not names.
  var lowercaseKeys: Set<String> = []
  var local: [String: NameTarget] = [:]
  var localFirstWords: Set<String> = []
  var localMaxWords = 1
  var mentions: [EntityMention] = []
  /// Kinds of each mention, parallel to `mentions`, for resolving references.
  var mentionKinds: [[String]] = []
  /// Folded surname → canonical person name.
  var surnames: [String: String] = [:]
  /// Folded key of a name read from the text → its first spelling, so that "Citroën Group" and a
  /// later "Citroen Group" are one entity.
  var spellings: [String: String] = [:]
  /// Folded last word of each name of two or more words → the index of its latest mention, so
  /// that "the consortium" points back to "Arctic Ice Core Consortium".
  var namesByHead: [String: Int] = [:]
  /// The same keys → the index of the first name read with that head word, for a capitalized
  /// reference ("the Federation" in a body's own communiqué).
  var firstNamesByHead: [String: Int] = [:]
  /// Folded capitalized word before the last of a name of two words or more → the index of that
  /// name's latest mention, or -1 once two different names hold the word (for
  /// ``matchHeadAlias(at:)``: "the Philharmonic" after "Caldmere Philharmonic Orchestra").
  var namesByInnerWord: [String: Int] = [:]
  /// Mentions of names of two words or more by their first word as written (for
  /// ``companyNamed(by:)``), in order.
  var namesByFirstWord: [Substring: [Int]] = [:]
  /// The latest name of three words or more, read as a name or defined alias, by the lowercase
  /// initials of its capitalized words (for ``nameSpelled(by:)``).
  var namesByInitials: [[UInt8]: Int] = [:]
  /// Each kind → the latest mention (not a demonym) having it, so that a reference finds the
  /// nearest fitting entity without scanning the mentions read so far.
  var latestByKind: [String: Int] = [:]
  /// A place noun ("city", "country") → the mention its first reference pointed to: with no
  /// entity of a fitting kind, "the city" keeps naming the article's city while other names come
  /// between.
  var placeReferents: [String: Int] = [:]
  /// The end offset of a mention → the first mention ending there (for ``isInsideAside(_:)``).
  var firstMentionEnding: [Int: Int] = [:]
  /// Keys of one-word names the text has read alone as a place ("a shop in Dunlow"): a later lone
  /// mention is that place, not the first word of a company named after it ("Dunlow Mills").
  var placeWords: Set<String> = []
  /// Keys of one-word names written with a possessive ending that belongs to them ("Hallam's, the
  /// maker of ...", "Morrow's was founded ..."): every "X's" in the text is then that name.
  var possessiveNames: Set<String> = []
  /// Keys of capitalized words the text writes alone after "the" ("the Spartans"): short forms
  /// of longer names.
  var shortFormsAfterThe: Set<String> = []
  /// First word of a hyphenated place name read so far ("saltby") → that name ("Saltby-on-Wend").
  var hyphenatedPlaces: [String: String] = [:]
  /// The end of the first sentence (a headline, in an article).
  var headlineEnd = 0
  /// Whether the first sentence is the document's headline (its title opens the text).
  var opensWithHeadline = false
  /// A name's first spelling, in capitals → its first later spelling in mixed case ("ORLISLE" →
  /// "Orlisle"): the canonical name of every mention once the text is read.
  var mixedCaseSpellings: [String: String] = [:]
  /// Whether the text uses "I" as a pronoun somewhere (see
  /// ``usesPronounI(_:_:sentenceInitial:notNames:)``).
  var usesPronounI = false
  /// Keys of one-word names whose adjective the text writes too ("Valdoria" beside "Valdorian
  /// clubs"): countries, even where no gazetteer knows them (see ``learnDemonymCountries()``).
  var demonymCountries: Set<String> = []
  /// Key of such an adjective ("valdorian") → the country it is formed from, as the text first
  /// writes it ("Valdoria").
  var demonymOf: [String: String] = [:]

  init(text: String, sentences: [TextRange], gazetteer: Gazetteer) {
    self.text = text
    headlineEnd = sentences.first?.end ?? 0
    self.bytes = Array(text.utf8)
    self.words = WordScanner.words(in: text)
    self.gazetteer = gazetteer
    var s = 0
    var previousSentence = -1
    // Whether the sentence so far holds a lowercase word, and whether all its words so far are
    // capitals or numbers: a spaced dash before the first lowercase word closes a dateline or a
    // timeline's date ("RUVEL - Forty years ago", "1995 - Eleven forces merged"), and a colon
    // after capitals alone closes a speaker's label ("A: Yes, we were ...", "DAHL: Sales rose").
    var sentenceHasLowercase = false
    var sentenceIsCapitals = true
    for (i, w) in words.enumerated() {
      while s < sentences.count && sentences[s].end <= w.range.start { s += 1 }
      let inSentence = s < sentences.count && sentences[s].start <= w.range.start ? s : -1
      let opensSentence = inSentence != previousSentence || sentences.isEmpty && i == 0
      if opensSentence {
        sentenceHasLowercase = false
        sentenceIsCapitals = true
        // "... sold to Orvel Holding S.A. The deal ...": no name goes on into the next sentence.
        if i > 0 { words[i - 1].joinsNext = false }
      }
      // A word after a line break, an opening quote or a colon starts a unit too, and so does a
      // word after a dateline's dash. After a dateline or a speaker's label, the word's capital
      // says no more than a sentence's first word's does; after prose ("five states: Beltrane,
      // ...") or a field's label ("Headquarters: Varsenfeld") it still marks a name.
      var opensUnit = false
      var opensLabelledUnit = false
      if i > 0, !opensSentence {
        let gap = bytes[words[i - 1].range.end..<w.range.start]
        opensUnit = gap.contains(where: { $0 == 10 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: ":") })
        opensLabelledUnit = !sentenceHasLowercase && TaggingRun.isSpacedDash(gap)
          || sentenceIsCapitals && gap.first == UInt8(ascii: ":")
      }
      if opensSentence || opensUnit || opensLabelledUnit {
        sentenceInitial.insert(i)
      }
      if w.isCapitalized, !opensSentence, !opensLabelledUnit {
        capitalizedMidSentence.insert(w.key)
      }
      if !w.isCapitalized {
        lowercaseKeys.insert(w.key)
        if let first = w.key.utf8.first, first >= 0x61 && first <= 0x7A { sentenceHasLowercase = true }
      }
      if !w.isAllCaps, w.range.length > 1 || !w.isCapitalized,
        let first = w.key.utf8.first, !(first >= 0x30 && first <= 0x39)
      {
        sentenceIsCapitals = false
      }
      previousSentence = inSentence
    }
    // "St Ann's Hospital", "St. Ann's": after a name prefix, the period and the possessive stay
    // inside the name when a capitalized word follows. "Dr. Ann Lee", "Gov. Ann Lee": a title's
    // period joins it to the name after it, as a space does.
    if !gazetteer.namePrefixes.isEmpty || !gazetteer.personTitles.isEmpty {
      var adjusted = words
      for k in adjusted.indices.dropLast() where adjusted[k].isCapitalized
        && (gazetteer.namePrefixes.contains(adjusted[k].key)
          || gazetteer.personTitles.contains(adjusted[k].key))
      {
        let gap = bytes[adjusted[k].range.end..<adjusted[k + 1].range.start]
        // "St. Columba Hospital": the abbreviation's period stays inside the name, unless the
        // sentence ends there.
        if gap.elementsEqual(". ".utf8), adjusted[k + 1].isCapitalized, !adjusted[k].isPossessive,
          !sentenceInitial.contains(k + 1)
        {
          adjusted[k].joinsNext = true
        }
        guard gazetteer.namePrefixes.contains(adjusted[k].key), k + 2 < adjusted.count,
          adjusted[k].joinsNext || gap.elementsEqual(". ".utf8), adjusted[k + 1].isCapitalized,
          adjusted[k + 1].isPossessive, adjusted[k + 2].isCapitalized,
          bytes[adjusted[k + 1].range.end..<adjusted[k + 2].range.start].elementsEqual("'s ".utf8)
        else { continue }
        adjusted[k].joinsNext = true
        adjusted[k + 1].isPossessive = false
        adjusted[k + 1].joinsNext = true
      }
      self.words = adjusted
    }
    // "Tamsin County Sheriff's Office", "the Mayor's Office": a title's possessive before an
    // organization's head word is inside one name.
    for k in words.indices.dropLast() where words[k].isPossessive && words[k].isCapitalized
      && !words[k].isAllCaps && gazetteer.personTitles.contains(words[k].key)
      && words[k + 1].isCapitalized && gazetteer.heads[words[k + 1].key]?.type == .organization
      && bytes[words[k].range.end..<words[k + 1].range.start].elementsEqual("'s ".utf8)
    {
      words[k].isPossessive = false
      words[k].joinsNext = true
    }
    // "Pellam's Bread was founded in 1888": a possessive between capitalized words that a verb
    // follows is inside one name, wherever the text writes the same words.
    let possessivePairs = possessiveNamePairs()
    if !possessivePairs.isEmpty {
      var adjusted = words
      for k in adjusted.indices.dropLast() where adjusted[k].isPossessive
        && adjusted[k].isCapitalized && adjusted[k + 1].isCapitalized
        && possessivePairs.contains(adjusted[k].key + " " + adjusted[k + 1].key)
        && bytes[adjusted[k].range.end..<adjusted[k + 1].range.start].elementsEqual("'s ".utf8)
      {
        adjusted[k].isPossessive = false
        adjusted[k].joinsNext = true
      }
      self.words = adjusted
    }
    // "Saltby-on-Wend Town Council" names the place "Saltby-on-Wend"; "Saltby" alone is its short
    // name, wherever the text writes it.
    for k in words.indices.dropLast(2) where words[k].isCapitalized && words[k + 2].isCapitalized
      && isHyphenated(k, k + 1) && isHyphenated(k + 1, k + 2) && !words[k + 1].isCapitalized
      && TaggingRun.nameParticles.contains(words[k + 1].key)
      && hyphenatedPlaces[words[k].key] == nil
    {
      let range = TextRange(words[k].range.start, words[k + 2].range.end)
      hyphenatedPlaces[words[k].key] = String(text.slice(range))
    }
    possessiveNames = Self.possessiveNames(words, bytes)
    usesPronounI = Self.usesPronounI(
      words, bytes, sentenceInitial: sentenceInitial, notNames: gazetteer.notNames)
    for k in words.indices.dropFirst() where words[k].isCapitalized && !words[k].isAllCaps
      && words[k - 1].key == "the" && !words[k - 1].isCapitalized && words[k - 1].joinsNext
      && !(words[k].joinsNext && k + 1 < words.count && words[k + 1].isCapitalized)
    {
      shortFormsAfterThe.insert(words[k].key)
    }
    // "Defence" and "Defense" inside names give one key; only capitalized words can be in names.
    if !gazetteer.spellingVariants.isEmpty {
      var adjusted = words
      for k in adjusted.indices where adjusted[k].isCapitalized {
        if let spelling = gazetteer.spellingVariants[adjusted[k].key] { adjusted[k].key = spelling }
      }
      self.words = adjusted
    }
  }

  /// Whether the bytes between two words are a dash with a space on each side (" - ", " – ",
  /// " — ").
  static func isSpacedDash(_ gap: ArraySlice<UInt8>) -> Bool {
    guard gap.count >= 3, gap.first == 0x20, gap.last == 0x20 else { return false }
    let inner = gap.dropFirst().dropLast()
    return inner.elementsEqual([UInt8(ascii: "-")]) || inner.elementsEqual([0xE2, 0x80, 0x93])
      || inner.elementsEqual([0xE2, 0x80, 0x94])
  }

  /// Words after "X's" that show the possessive ending is part of a name: a possessive noun is
  /// followed by what it owns, never by a verb or by an apposition after a comma.
  static let verbsAfterPossessiveName: Set<String> = [
    "was", "is", "has", "had", "were", "will", "would", "said", "says", "employs", "holds",
  ]

  /// Whether word `i`'s possessive ending is followed by a verb ("X's employs").
  func hasVerbAfterPossessive(_ i: Int) -> Bool {
    guard i + 1 < words.count else { return false }
    let end = words[i].range.end
    return words[i + 1].range.start == end + 3 && !words[i + 1].isCapitalized
      && TaggingRun.verbsAfterPossessiveName.contains(words[i + 1].key)
  }

  /// The first two word keys ("pellam bread") of names written "X's Y ..." and followed by a
  /// verb ("Pellam's Bread was founded"), where neither X nor Y is a known name or a title.
  func possessiveNamePairs() -> Set<String> {
    var found: Set<String> = []
    for k in words.indices.dropLast(2) where words[k].isCapitalized && words[k].isPossessive
      && !words[k].isAllCaps && !(k > 0 && words[k - 1].isCapitalized && words[k - 1].joinsNext)
    {
      let next = words[k + 1]
      guard next.isCapitalized, !next.isAllCaps,
        bytes[words[k].range.end..<next.range.start].elementsEqual("'s ".utf8),
        gazetteer.names[words[k].key] == nil, gazetteer.names[next.key] == nil,
        !gazetteer.notNames.contains(words[k].key), !gazetteer.personTitles.contains(next.key)
      else { continue }
      var last = k + 1
      while last + 1 < words.count, last - k < 4, words[last].joinsNext, !words[last].isPossessive,
        words[last + 1].isCapitalized
      {
        last += 1
      }
      guard last + 1 < words.count, words[last].joinsNext, !words[last].isPossessive,
        !words[last + 1].isCapitalized,
        TaggingRun.verbsAfterPossessiveName.contains(words[last + 1].key)
      else { continue }
      found.insert(words[k].key + " " + next.key)
    }
    return found
  }

  /// The keys of one-word capitalized names whose possessive ending belongs to the name: "X's"
  /// followed by a verb, or by a comma and an article ("X's, the maker of ...").
  static func possessiveNames(_ words: [Word], _ bytes: [UInt8]) -> Set<String> {
    var found: Set<String> = []
    for k in words.indices.dropLast() where words[k].isCapitalized && words[k].isPossessive
      && !words[k].isAllCaps && !(k > 0 && words[k - 1].isCapitalized && words[k - 1].joinsNext)
    {
      let end = words[k].range.end
      guard end + 3 < bytes.count, bytes[end] == UInt8(ascii: "'"),
        bytes[end + 1] == UInt8(ascii: "s")
      else { continue }
      let next = words[k + 1]
      if bytes[end + 2] == UInt8(ascii: " "), next.range.start == end + 3, !next.isCapitalized,
        verbsAfterPossessiveName.contains(next.key)
      {
        found.insert(words[k].key)
      } else if bytes[end + 2] == UInt8(ascii: ","), next.range.start == end + 4,
        !next.isCapitalized, TaggingRun.articles.contains(next.key)
      {
        found.insert(words[k].key)
      }
    }
    return found
  }

  mutating func tag() -> [EntityMention] {
    learnDefinitions()
    learnDemonymCountries()
    var i = 0
    while i < words.count {
      // Names, dates with month names and runs all start with a capital; most words do not,
      // and for them only a date with a leading day or a short reference can match.
      let n: Int?
      if words[i].key == "its" || words[i].key == "the", let q = matchOwnedPlace(at: i) {
        n = q
      } else if words[i].isCapitalized, isNumberWordOpening(i) || isFirstPersonContraction(i) {
        // "Forty years ago", "Eleven forces merged", "I'm": neither a name nor part of one.
        n = 1
      } else if words[i].isCapitalized, let skip = groupNounPhrase(at: i) {
        // "Members of the Orla Co-operative": the name starts after "of".
        n = skip
      } else if words[i].isCapitalized, let state = matchStateForm(at: i) {
        n = state
      } else if words[i].isCapitalized {
        n = matchPlaceBeforePlaceNoun(at: i) ?? matchDate(at: i) ?? matchName(at: i)
          ?? matchReference(at: i) ?? matchHeadAlias(at: i) ?? matchRun(at: i)
      } else if let first = words[i].key.utf8.first, first >= 48 && first <= 57 {
        n = matchDate(at: i)
      } else {
        n = matchReference(at: i)
      }
      i += n ?? 1
    }
    resolveForwardReferences()
    useMixedCaseSpellings()
    useBodyNamesForHeadlineShortForms()
    useLongerNamesForShortForms()
    useLongerNamesForInnerWords()
    var kept: [EntityMention] = []
    kept.reserveCapacity(mentions.count)
    for m in mentions where !isCapitalHeading(m) && !isLoneCommonNoun(m) { kept.append(m) }
    return kept
  }

  /// "THE YEAR IN FIGURES", "TREASURER'S REPORT", "CORRECTION": a name written all in capitals
  /// that the text never writes in mixed case, and more than half of whose words it writes in
  /// lowercase elsewhere or are function words ("in", "of"), is a heading, not a name. One word
  /// counts from five letters, so that acronyms such as "WHO" or "AID" stay names.
  func isCapitalHeading(_ m: EntityMention) -> Bool {
    guard m.basis == .name, let first = wordIndex(startingAt: m.range.start) else { return false }
    var last = first
    while last + 1 < words.count, words[last + 1].range.start < m.range.end { last += 1 }
    let run = words[first...last]
    guard run.allSatisfy(\.isAllCaps), run.count > 1 || run[first].range.length >= 5,
      mixedCaseSpelling(of: m.range) == nil
    else { return false }
    func isCommon(_ w: Word) -> Bool { lowercaseKeys.contains(w.key) || Self.headingFunctionWords.contains(w.key) }
    // "AT A GLANCE: ORVELL DAIRY COOPERATIVE", "ORVENLAND CONFEDERATION OF EMPLOYERS": the head
    // noun of a name (before its first "of", else the last word) after a word the text never
    // writes in lowercase names a body, however common its other words are.
    let head = run.firstIndex(where: { $0.key == "of" || $0.key == "for" }).map { $0 - 1 } ?? last
    if head > first, gazetteer.heads[words[head].key] != nil, !run[first..<head].allSatisfy(isCommon) {
      return false
    }
    // "BY THE NUMBERS (full year 2024)", "BUDGET PASSES": a line of two words or more with no
    // lowercase word before its end or bracket is a heading, whatever its other words.
    if isCapitalLine(around: m.range) { return true }
    return run.filter(isCommon).count * 2 > run.count
  }

  /// "Agriculture employs about 9 per cent of the workforce", "Solar power now supplies ...": a
  /// one-word name of no known kind that the gazetteer lists as a common noun.
  func isLoneCommonNoun(_ m: EntityMention) -> Bool {
    m.basis == .name && m.type == .other && !gazetteer.commonNouns.isEmpty
      && !m.canonical.utf8.contains(UInt8(ascii: " "))
      && gazetteer.commonNouns.contains(WordScanner.fold(m.canonical))
  }

  /// Whether the line holding `r` has two words or more in capitals and no lowercase letter
  /// before a bracket ("BY THE NUMBERS (full year 2024)").
  func isCapitalLine(around r: TextRange) -> Bool {
    var start = r.start
    while start > 0, bytes[start - 1] != 10 { start -= 1 }
    var end = r.end
    while end < bytes.count, bytes[end] != 10, bytes[end] != UInt8(ascii: "(") { end += 1 }
    var words = 0
    var inWord = false
    for b in bytes[start..<end] {
      if b >= 0x61 && b <= 0x7A { return false }
      let letter = b >= 0x41 && b <= 0x5A
      if letter && !inWord { words += 1 }
      inWord = letter || b == UInt8(ascii: "'")
    }
    return words >= 2
  }

  /// "Valdoria ... Valdorian clubs", "Arvelia ... the Arvelian Medical Association": a one-word
  /// name of four letters or more that the text also writes as the stem of a capitalized adjective
  /// names a country (see ``CountryAdjectives``), so "the country" and a country's figures find it.
  /// Names the gazetteer knows keep their kind.
  mutating func learnDemonymCountries() {
    // Read from the adjective back to the name, so that only the few capitalized words that end
    // as an adjective does cost a lookup. Either may open a sentence ("Lessaria has hosted ...",
    // "Sarmenian parties disagree").
    var initialKeys: Set<String> = []
    for i in sentenceInitial where words[i].isCapitalized { initialKeys.insert(words[i].key) }
    func isName(_ key: String) -> Bool {
      key.utf8.count >= 4 && (capitalizedMidSentence.contains(key) || initialKeys.contains(key))
        && gazetteer.names[key] == nil && local[key] == nil
    }
    for adjective in [capitalizedMidSentence, initialKeys.subtracting(capitalizedMidSentence)].joined()
    where adjective.utf8.count >= 5 {
      guard let last = adjective.utf8.last,
        last == UInt8(ascii: "n") || last == UInt8(ascii: "e") || last == UInt8(ascii: "h")
          || last == UInt8(ascii: "i"),
        gazetteer.names[adjective] == nil
      else { continue }
      for ending in CountryAdjectives.endings where adjective.hasSuffix(ending) {
        let stem = String(adjective.dropLast(ending.count))
        // The name whole before the ending, or cut short of its last vowel or "y".
        let names = (ending == "i" ? [] : [stem]) + CountryAdjectives.cutVowels.map { stem + $0 }
        for name in names where name != adjective && isName(name) {
          demonymCountries.insert(name)
          if demonymOf[adjective] == nil, let written = countrySpelling(name) { demonymOf[adjective] = written }
        }
      }
    }
  }

  /// The text's first spelling of a capitalized word with this key.
  func countrySpelling(_ key: String) -> String? {
    words.first { $0.key == key && $0.isCapitalized }.map { String(text.slice($0.range)) }
  }

  /// Function words of a heading in capitals ("THE YEAR IN FIGURES").
  static let headingFunctionWords: Set<String> = ["in", "of", "the", "and", "for", "at", "on", "to", "a"]

  /// The number of words to pass over at word `i` when it opens a group noun of the gazetteer
  /// ("Members", "Member States", "Heads of State"): with "of" after it and a name after that, the
  /// noun and "of" ("Members of the Orla Co-operative"); a noun of two words or more stands for
  /// no name wherever it is ("The Heads of State welcomed ...").
  func groupNounPhrase(at i: Int) -> Int? {
    guard gazetteer.groupNounFirstWords.contains(words[i].key) else { return nil }
    for phrase in gazetteer.groupNouns where i + phrase.count <= words.count {
      guard (0..<phrase.count).allSatisfy({ words[i + $0].key == phrase[$0] }),
        (0..<(phrase.count - 1)).allSatisfy({ words[i + $0].joinsNext })
      else { continue }
      let of = i + phrase.count
      if of + 1 < words.count, words[of].key == "of", !words[of].isCapitalized,
        words[of - 1].joinsNext, words[of].joinsNext,
        words[of + 1].isCapitalized || words[of + 1].key == "the" && of + 2 < words.count
          && words[of + 2].isCapitalized
      {
        return phrase.count + 1
      }
      return phrase.count >= 2 ? phrase.count : nil
    }
    return nil
  }

  /// "the Republic of Kelmaria", "the Kingdom of Darvand": a state's form, "of" and a name of
  /// one to three words the gazetteer does not know as a whole is the country that name names;
  /// its key is the name's, so that "Kelmaria" alone is the same country.
  mutating func matchStateForm(at i: Int) -> Int? {
    guard !gazetteer.stateForms.isEmpty else { return nil }
    var form = 0
    if gazetteer.stateForms.contains(words[i].key) {
      form = 1
    } else if gazetteer.stateFormFirstWords.contains(words[i].key), i + 1 < words.count,
      words[i].joinsNext, gazetteer.stateForms.contains(words[i].key + " " + words[i + 1].key)
    {
      form = 2
    }
    let of = i + form
    guard form > 0, of + 1 < words.count, words[of - 1].joinsNext, words[of].key == "of",
      !words[of].isCapitalized, words[of].joinsNext, words[of + 1].isCapitalized,
      !words[of + 1].isAllCaps
    else { return nil }
    let name = of + 1
    var m = 0
    while name + m < words.count, m < 3, words[name + m].isCapitalized, !words[name + m].isAllCaps,
      !gazetteer.notNames.contains(words[name + m].key)
    {
      m += 1
      if !words[name + m - 1].joinsNext || words[name + m - 1].isPossessive { break }
    }
    // "the Republic of Kelmaria Defence Forces" is another name, and so is a name the gazetteer
    // knows whole ("Republic of Korea").
    guard m > 0, name + m >= words.count || !words[name + m].isCapitalized
      || !words[name + m - 1].joinsNext,
      lookup(key(i, form + 1 + m)) == nil, headRule(name, m) == nil
    else { return nil }
    let range = span(i, form + 1 + m)
    if let known = lookup(key(name, m)), known.type == .country {
      emit(range, known)
    } else {
      let written = String(text.slice(span(name, m)))
      emit(range, NameTarget(canonical: written, type: .country, kinds: ["country"], basis: .name),
           key: key(name, m))
    }
    return form + 1 + m
  }

  /// "Caldmere Philharmonic wins ..." over "The Caldmere Philharmonic Orchestra, founded ...": a
  /// name of the first sentence (a headline) that the rest of the text never uses on its own, and
  /// that one longer name of the rest goes on from, is that longer name cut short, unless the
  /// longer name is named after it ("Port Ardent" in "Port Ardent Airport Authority").
  mutating func useBodyNamesForHeadlineShortForms() {
    guard opensWithHeadline else { return }
    let body = mentions.firstIndex { $0.range.start >= headlineEnd } ?? mentions.count
    guard body > 0, body < mentions.count else { return }
    for h in 0..<body where mentions[h].basis == .name
      && (mentions[h].type == .organization || mentions[h].type == .other)
    {
      let short = mentions[h].canonical
      let prefix = short + " "
      // "Our year: the Lantern Trust's annual review" over "the Merrowen Children's Lantern
      // Trust": a body's name of two words or more, headed by a word of the gazetteer, may also
      // drop the words that open the longer name.
      let suffix: String? = mentions[h].type == .organization && short.contains(" ") ? " " + short : nil
      var longer: Int?
      var unique = true
      var usedAlone = false
      for m in body..<mentions.count {
        let canonical = mentions[m].canonical
        if canonical == short { usedAlone = true; break }
        guard mentions[m].basis == .name, mentions[m].type == .organization || mentions[m].type == .other,
          canonical.hasPrefix(prefix) || suffix.map({ canonical.hasSuffix($0) && mentions[m].type == .organization }) == true
        else { continue }
        if let l = longer, mentions[l].canonical != canonical { unique = false }
        if longer == nil { longer = m }
      }
      guard !usedAlone, unique, let l = longer else { continue }
      let full = mentions[l].canonical
      guard !full.hasPrefix(prefix)
        || !isGoverningBody(full) && !isNamedAfter(short, full) && !isBodyOfItsOwn(short, before: full)
      else { continue }
      for k in 0..<body where mentions[k].canonical == short {
        mentions[k] = EntityMention(
          range: mentions[k].range, canonical: full, type: mentions[l].type, basis: mentions[k].basis)
        mentionKinds[k] = mentionKinds[l]
      }
    }
  }

  /// "The Border Guard, founded in 1991, ..." in a text that names "the Vessanian Border Guard":
  /// a body's name of two words or more, written after "the", that one longer name of a body in
  /// the text ends with (and only one), is that longer name without its opening words, unless
  /// those words hold an "of" (a body named after another: "Friends of the Coast Guard").
  mutating func useLongerNamesForShortForms() {
    // Each body's name, with its first mention.
    var firstMention: [String: Int] = [:]
    for m in mentions.indices where mentions[m].basis == .name && mentions[m].type == .organization {
      firstMention[mentions[m].canonical] = firstMention[mentions[m].canonical] ?? m
    }
    guard firstMention.count > 1 else { return }
    var resolved: [String: Int?] = [:]
    for m in mentions.indices where mentions[m].basis == .name && mentions[m].type == .organization {
      let short = mentions[m].canonical
      guard short.contains(" "), let w = wordIndex(startingAt: mentions[m].range.start), w > 0,
        words[w - 1].key == "the"
      else { continue }
      if resolved[short] == nil {
        let suffix = " " + short
        // "Friends of the Rosmere Orchestra", "Council of the Medical Association": a body
        // named after another is not that other.
        let longer = firstMention.filter { name, _ in
          name.hasSuffix(suffix) && !name.dropLast(suffix.count).split(separator: " ").contains { $0 == "of" }
        }
        resolved[short] = longer.count == 1 ? longer.first?.value : .some(nil)
      }
      guard let found = resolved[short], let l = found else { continue }
      mentions[m].canonical = mentions[l].canonical
      mentionKinds[m] = mentionKinds[l]
    }
  }

  /// "Athletic employs 214 people" in a text on "Port Aldery Athletic", "Rovers now employ 310"
  /// beside "Pellbridge Rovers FC": a one-word name of no known kind that follows a name the text
  /// uses on its own ("Port Aldery", "Pellbridge") in one longer name of a body (or of unknown
  /// kind), with at most head words after it ("FC", "Club"), is that body's short name; so are
  /// the references that resolved to it ("the club"). Not a head word ("Trust", "Council"), a
  /// person's surname, or a word of another such name too. "Greater Harlow", "Visit Eskmoor" and
  /// "Port of Astmouth" do not make "Harlow", "Eskmoor" or "Astmouth" short names: no name the
  /// text uses alone stands before them.
  mutating func useLongerNamesForInnerWords() {
    // One-word names of no kind, in mixed case, that the gazetteer does not know (most texts
    // have none, and the work below is skipped).
    var shorts: Set<Substring> = []
    var seen: Set<String> = []
    for m in mentions.indices where mentions[m].basis == .name && mentions[m].type == .other
      && mentionKinds[m].isEmpty && !mentions[m].canonical.utf8.contains(UInt8(ascii: " "))
      && mentions[m].canonical.utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A })
      && seen.insert(mentions[m].canonical).inserted
    {
      let key = WordScanner.fold(mentions[m].canonical)
      guard key.count >= 4, gazetteer.heads[key] == nil, gazetteer.referenceNouns[key] == nil,
        surnames[key] == nil, lookup(key) == nil
      else { continue }
      shorts.insert(Substring(mentions[m].canonical))
    }
    guard !shorts.isEmpty else { return }
    // A name also read as a place or with a kind anywhere is no short name.
    for m in mentions.indices where (mentions[m].type != .other || !mentionKinds[m].isEmpty)
      && !mentions[m].canonical.utf8.contains(UInt8(ascii: " "))
    {
      shorts.remove(Substring(mentions[m].canonical))
    }
    guard !shorts.isEmpty else { return }
    var named: Set<String>?
    var longer: [String: Int] = [:]
    var ambiguous: Set<String> = []
    for m in mentions.indices where mentions[m].basis != .reference && mentions[m].basis != .demonym
      && mentions[m].canonical.utf8.contains(UInt8(ascii: " "))
    {
      let parts = mentions[m].canonical.split(separator: " ")
      for j in 1..<parts.count where shorts.contains(parts[j]) {
        let part = String(parts[j])
        if named == nil { named = Set(mentions.filter { $0.basis == .name }.map(\.canonical)) }
        let before = parts[..<j].joined(separator: " ")
        let body = mentions[m].type == .organization || mentions[m].type == .other
        guard named?.contains(before) == true,
          parts[(j + 1)...].allSatisfy({ gazetteer.heads[WordScanner.fold(String($0))] != nil })
        else {
          if !body { ambiguous.insert(part) }
          continue
        }
        if let l = longer[part], mentions[l].canonical != mentions[m].canonical { ambiguous.insert(part) }
        if !body { ambiguous.insert(part) }
        if longer[part] == nil { longer[part] = m }
      }
    }
    guard !longer.isEmpty else { return }
    for m in mentions.indices {
      guard let l = longer[mentions[m].canonical], !ambiguous.contains(mentions[m].canonical) else { continue }
      mentions[m] = EntityMention(
        range: mentions[m].range, canonical: mentions[l].canonical, type: mentions[l].type,
        basis: mentions[m].basis)
      mentionKinds[m] = mentionKinds[l]
    }
  }

  /// Gives every mention of a name first written in capitals ("ORLISLE, March 4 - ...", a
  /// headline in capitals) the mixed-case spelling the text uses later ("Orlisle"), which is how
  /// the name is written. Mentions took the first spelling while the text was read.
  mutating func useMixedCaseSpellings() {
    guard !mixedCaseSpellings.isEmpty else { return }
    for m in mentions.indices {
      if let mixed = mixedCaseSpellings[mentions[m].canonical] { mentions[m].canonical = mixed }
    }
  }

  // MARK: Datelines

  /// The index of the word starting at byte `offset`, if one does.
  func wordIndex(startingAt offset: Int) -> Int? {
    var low = 0
    var high = words.count
    while low < high {
      let mid = (low + high) / 2
      if words[mid].range.start < offset { low = mid + 1 } else { high = mid }
    }
    return low < words.count && words[low].range.start == offset ? low : nil
  }

  /// Whether the name at `r` is the place of a dateline ("OSTROW - Both ...", "VESSLA, 5 August
  /// 2025 - ...", "ORLISLE, Kessaway, March 4 (Prairie News Service) - ..."): capitals at a line's
  /// start, then a comma, a bracket or a dash, and a dash on the same line soon after. Capitals
  /// the text also writes as common words ("PRESS RELEASE - ...") are not a place.
  func isDatelinePlace(_ r: TextRange) -> Bool {
    guard Dateline.hasShape(bytes, r, dashBefore: r.end + 64, sameLine: true),
      let first = wordIndex(startingAt: r.start)
    else { return false }
    var last = first
    while last + 1 < words.count, words[last + 1].range.start < r.end { last += 1 }
    return !(first...last).allSatisfy { lowercaseKeys.contains(words[$0].key) }
  }

  /// The spelling in mixed case of the words at `r` where the text writes them so, alone or
  /// inside a longer name ("Verenza's", "Ostrow Transit Union"), if it does.
  func mixedCaseSpelling(of r: TextRange) -> String? {
    guard let first = wordIndex(startingAt: r.start) else { return nil }
    var n = 1
    while first + n < words.count, words[first + n].range.start < r.end { n += 1 }
    let keys = words[first..<(first + n)].map(\.key)
    for k in words.indices.dropLast(n - 1) where k != first && words[k].isCapitalized
      && !words[k].isAllCaps && words[k].key == keys[0]
    {
      guard (0..<n).allSatisfy({ words[k + $0].key == keys[$0] && words[k + $0].isCapitalized }),
        joined(k, n)
      else { continue }
      return String(text.slice(span(k, n)))
    }
    return nil
  }

  // MARK: Words that are never names

  static let numberWords = NumberWordTable()

  /// Whether word `i` opens a sentence (or a unit: after a colon, a quote, a dateline's dash)
  /// with a cardinal number word ("Forty years ago", "Eleven forces merged", "Three hundred
  /// staff"), which is not a name. A number word the text also writes capitalized before the
  /// same capitalized word inside a sentence opens that name ("Three Rivers Council").
  func isNumberWordOpening(_ i: Int) -> Bool {
    guard sentenceInitial.contains(i), !words[i].isAllCaps else { return false }
    let range = words[i].range
    let word = bytes.withUnsafeBufferPointer {
      TaggingRun.numberWords.lookup($0, range.start, range.end)
    }
    switch word {
    case .unit, .tens, .hundred, .scale, .dozen, .plural: break
    default: return false
    }
    guard words[i].joinsNext, i + 1 < words.count, words[i + 1].isCapitalized,
      capitalizedMidSentence.contains(words[i].key)
    else { return true }
    let key = words[i].key
    let next = words[i + 1].key
    return !words.indices.dropLast().contains { k in
      k != i && words[k].key == key && words[k].isCapitalized && !sentenceInitial.contains(k)
        && words[k].joinsNext && words[k + 1].key == next && words[k + 1].isCapitalized
    }
  }

  /// Whether word `k` is "I'm", "I'd", "I've" or "I'll".
  func isFirstPersonContraction(_ k: Int) -> Bool {
    TaggingRun.isContractionOfI(words[k].range, bytes)
  }

  /// Whether the bytes of `r` are "I'm", "I'd", "I've" or "I'll".
  static func isContractionOfI(_ r: TextRange, _ bytes: [UInt8]) -> Bool {
    (3...4).contains(r.length) && bytes[r.start] == UInt8(ascii: "I")
      && bytes[r.start + 1] == UInt8(ascii: "'")
  }

  /// Whether word `k` is the letter "I" standing alone: not an initial ("I. Berg").
  func isLetterI(_ k: Int) -> Bool {
    let r = words[k].range
    return r.length == 1 && bytes[r.start] == UInt8(ascii: "I")
      && (r.end == bytes.count || bytes[r.end] != UInt8(ascii: "."))
  }

  /// Verbs that follow the pronoun "I" and never a third person ("I must", "I think"), so "I"
  /// before them is not the Roman numeral of a name ("Charles I").
  static let firstPersonVerbs: Set<String> = [
    "am", "have", "do", "dont", "think", "believe", "know", "want", "hope", "feel", "agree",
    "remember", "mean", "say", "must", "need", "expect", "suppose", "wish", "understand",
    "doubt", "cant", "wont", "shall", "havent", "didnt", "wasnt",
  ]
  /// Verbs that follow "I" as well as a third person ("I was", "Charles I was"): the pronoun
  /// only in a text that uses "I" as a pronoun elsewhere.
  static let sharedVerbsAfterI: Set<String> = [
    "was", "had", "would", "could", "should", "will", "can", "may", "might", "said", "did",
    "told", "asked", "wrote", "also", "never", "still", "just",
  ]

  /// Whether word `k` is the pronoun "I" ("the Fishermen's Association I must correct"): the
  /// letter before a first-person verb, which ends the name before it.
  func isPronounI(_ k: Int) -> Bool {
    if isFirstPersonContraction(k) { return true }
    guard isLetterI(k), words[k].joinsNext, k + 1 < words.count, !words[k + 1].isCapitalized
    else { return false }
    let next = words[k + 1].key
    return TaggingRun.firstPersonVerbs.contains(next)
      || TaggingRun.sharedVerbsAfterI.contains(next) && usesPronounI
  }

  /// Whether the text writes the pronoun "I" where no name can stand before it: before a
  /// lowercase word and after a lowercase word or a word that never names ("when I arrived",
  /// "When I arrived"), or at a sentence's start; or in a contraction ("I'm").
  static func usesPronounI(
    _ words: [Word], _ bytes: [UInt8], sentenceInitial: Set<Int>, notNames: Set<String>
  ) -> Bool {
    words.indices.contains { k in
      let r = words[k].range
      guard bytes[r.start] == UInt8(ascii: "I") else { return false }
      if isContractionOfI(r, bytes) { return true }
      guard r.length == 1, k + 1 < words.count, words[k].joinsNext, !words[k + 1].isCapitalized
      else { return false }
      return sentenceInitial.contains(k)
        || k > 0 && words[k - 1].joinsNext
          && (!words[k - 1].isCapitalized || notNames.contains(words[k - 1].key))
    }
  }

  // MARK: Definitions learned from the text

  /// Words that open a noun phrase of their own, so a reference's modifiers stop before them.
  static let determiners: Set<String> = ["each", "every", "both", "all", "any", "some", "no", "its", "their", "his", "her", "our", "a", "an"]

  /// Nouns of kinship before a relative's name set off by commas ("his son, Robbe,").
  static let kinshipNouns: Set<String> = [
    "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "widow",
    "widower", "nephew", "niece", "grandson", "granddaughter", "cousin", "uncle", "aunt",
  ]

  /// Endings of adverbs that open a sentence before a comma ("Officially,", "Historically,").
  static let adverbEndings = ["ally", "ently", "antly", "ously", "ively", "ately", "ingly", "edly", "fully"]

  static let functionWords: Set<String> = ["of", "the", "and", "for", "on", "in", "de", "la", "du", "des", "to", "at", "&"]

  // Small word lists of the hot paths, built once rather than at each call.
  static let ofFor: Set<String> = ["of", "for"]

  /// Words of the title of a body's publication or meeting ("Annual Review", "Annual Report and
  /// Accounts", "AGM", "Annual General Meeting").
  static let publicationWords: Set<String> = [
    "annual", "review", "report", "reports", "accounts", "statement", "results", "yearbook",
    "newsletter", "bulletin", "and", "agm", "general", "meeting",
  ]
  /// Company nouns a name may leave off and still be the same company ("Veltmoor Energy" for
  /// "Veltmoor Energy Group plc").
  static let companyEndings: Set<String> = ["group", "holdings", "holding"]
  /// The words after which a long name goes on from its short form (see ``matchName(at:)``).
  static let shortFormLinks = [" of", " for", " on", " in"]
  /// Lowercase particles of place names written with hyphens ("Saltby-on-Wend", "Clacton-on-Sea",
  /// "Boulogne-sur-Mer").
  static let nameParticles: Set<String> = [
    "on", "upon", "under", "by", "in", "le", "la", "les", "de", "du", "des", "sur", "sous", "en",
    "am", "an", "der", "di", "del", "y",
  ]
  /// Particles of French, Spanish and Italian names that English prose only writes inside names
  /// ("Fumoir du Lac", "Banco de Galicia").
  static let spacedNameParticles: Set<String> = ["du", "de", "des", "del", "della", "di", "da"]
  /// Modifiers after "the" that point to a thing other than the ones named before.
  static let otherModifiers: Set<String> = [
    "nearest", "closest", "next", "other", "neighbouring", "neighboring", "nearby", "rival",
    // "the largest contingent" is one of several, not the one named before.
    "largest", "biggest", "smallest", "second-largest",
  ]
  static let articles: Set<String> = ["the", "a", "an"]
  /// Prepositions after which a name of unknown kind reads as a place ("growers around Vester").
  static let placePrepositions: Set<String> = [
    "in", "at", "from", "around", "near", "outside", "across", "throughout",
  ]
  static let relativeWords: Set<String> = ["where", "which", "who", "whose"]
  static let demonymEndings = ["an", "ese", "ish", "ic"]
  static let organizationKinds: Set<String> = ["company", "organization", "alliance", "mission"]

  /// Finds "Long Name (LN)" and "LN (Long Name)" and adds both forms to the local names.
  mutating func learnDefinitions() {
    for j in words.indices {
      let w = words[j]
      guard w.isAllCaps, w.range.start > 0, bytes[w.range.start - 1] == UInt8(ascii: "("),
        w.range.end < bytes.count, bytes[w.range.end] == UInt8(ascii: ")"), j > 0
      else { continue }
      let acronym = Array(w.key.utf8)
      guard (2...10).contains(acronym.count) else { continue }
      // Long form before the parenthesis: its last word must be followed by " (".
      let last = j - 1
      guard words[last].range.end + 2 == w.range.start else { continue }
      // "the Varan Sea Monitoring Mission in Tesmara (VMMT)": an acronym of three or more
      // letters may leave out one inner word of the name it stands for.
      // "Eskandri Customs Union (ESCU)": a word may give the first letters of its own.
      if let first = longFormStart(endingAt: last, acronym: acronym)
        ?? (acronym.count >= 3 ? longFormStart(endingAt: last, acronym: acronym, skipping: 1) : nil)
        ?? longFormStart(endingAt: last, acronym: acronym, prefixes: true)
      {
        define(short: w, long: first...last, apposed: apposition(after: j))
      } else if acronym.count <= 6, lookup(w.key) == nil, let first = unspelledLongFormStart(endingAt: last) {
        define(short: w, long: first...last, apposed: apposition(after: j))
      }
    }
    // "LN (Long Name)": an all-caps word followed by " (" and a long form closed by ")".
    for j in words.indices where words[j].isAllCaps {
      let w = words[j]
      guard w.range.end + 2 < bytes.count, bytes[w.range.end] == UInt8(ascii: " "),
        bytes[w.range.end + 1] == UInt8(ascii: "(")
      else { continue }
      let acronym = Array(w.key.utf8)
      guard (2...10).contains(acronym.count) else { continue }
      var k = j + 1
      while k < words.count, k - j <= acronym.count + 3, words[k].range.end < bytes.count,
        bytes[words[k].range.end] != UInt8(ascii: ")")
      {
        k += 1
      }
      guard k < words.count, k - j <= acronym.count + 3, words[k].range.end < bytes.count,
        bytes[words[k].range.end] == UInt8(ascii: ")"),
        words[j + 1].range.start == w.range.end + 2,
        longFormStart(endingAt: k, acronym: acronym, mustStartAt: j + 1) != nil
      else { continue }
      define(short: w, long: (j + 1)...k)
    }
    learnBracketedTranslations()
    learnKnownAsAliases()
  }

  /// "The Valmarisca Metropolitan Transport Authority (Autoridad Metropolitana de Transporte de
  /// Valmarisca, AMTV)": a bracket after a body's name that gives the name in another language and
  /// an acronym after a comma; the acronym and the other language's name both stand for the name
  /// before the bracket, whichever of the two the acronym spells.
  mutating func learnBracketedTranslations() {
    for j in words.indices where words[j].isAllCaps && j >= 3 {
      let w = words[j]
      guard (2...10).contains(w.key.utf8.count), w.range.end < bytes.count,
        bytes[w.range.end] == UInt8(ascii: ")"), w.range.start >= 2,
        bytes[(w.range.start - 2)..<w.range.start].elementsEqual(", ".utf8),
        lookup(w.key) == nil
      else { continue }
      // The other language's name: capitalized words (and particles) back to the bracket.
      let foreignEnd = j - 1
      guard words[foreignEnd].range.end == w.range.start - 2 else { continue }
      var k = foreignEnd
      while k > 0, k > foreignEnd - 10, bytes[words[k].range.start - 1] != UInt8(ascii: "(") {
        guard words[k - 1].joinsNext else { break }
        k -= 1
      }
      guard k > 0, bytes[words[k].range.start - 1] == UInt8(ascii: "("), words[k].isCapitalized,
        words[k].range.start >= 2, bytes[words[k].range.start - 2] == UInt8(ascii: " ")
      else { continue }
      // The name before the bracket: capitalized words joined up to " (", ending in a head word.
      let outerEnd = k - 1
      guard words[outerEnd].range.end == words[k].range.start - 2, words[outerEnd].isCapitalized
      else { continue }
      var outerStart = outerEnd
      while outerStart > 0, words[outerStart - 1].joinsNext, !words[outerStart - 1].isPossessive,
        words[outerStart - 1].isCapitalized && !gazetteer.notNames.contains(words[outerStart - 1].key)
          || TaggingRun.ofFor.contains(words[outerStart - 1].key) && outerStart >= 2
          && words[outerStart - 2].isCapitalized
      {
        outerStart -= 1
      }
      guard outerEnd > outerStart, headRule(outerStart, outerEnd - outerStart + 1) != nil else { continue }
      define(short: w, long: outerStart...outerEnd)
      let outerKey = key(outerStart, outerEnd - outerStart + 1)
      guard var target = local[outerKey] else { continue }
      target.exactForm = nil
      let foreignKey = key(k, foreignEnd - k + 1)
      if local[foreignKey] == nil { local[foreignKey] = target }
      localFirstWords.insert(words[k].key)
      localMaxWords = max(localMaxWords, foreignEnd - k + 1)
    }
  }

  /// Adverbs between the comma after a name and "known" ("X, better known as Y").
  static let knownAdverbs: Set<String> = [
    "better", "also", "widely", "commonly", "popularly", "generally", "locally", "simply",
    "informally", "usually", "often",
  ]

  /// Finds "Long Name, (better) known as Short", "..., known to fans simply as the Short",
  /// "..., better known by its operational name, Short" and "..., known by its acronym LNS" and
  /// adds both forms to the local names.
  mutating func learnKnownAsAliases() {
    for j in words.indices.dropFirst() where words[j].key == "known" && !words[j].isCapitalized {
      var k = j - 1
      if TaggingRun.knownAdverbs.contains(words[k].key), !words[k].isCapitalized, k > 0 { k -= 1 }
      let last = k
      guard words[last].isCapitalized, words[last].range.end < bytes.count,
        bytes[words[last].range.end] == UInt8(ascii: ",")
      else { continue }
      // The long name: capitalized words (and particles between them) joined up to the comma.
      var first = last
      while first > 0, words[first - 1].joinsNext, !words[first - 1].isPossessive {
        let previous = words[first - 1]
        if previous.isCapitalized, !gazetteer.notNames.contains(previous.key) {
          first -= 1
        } else if TaggingRun.functionWords.contains(previous.key)
          || TaggingRun.nameParticles.contains(previous.key),
          !previous.isCapitalized, first >= 2, words[first - 2].isCapitalized,
          words[first - 2].joinsNext
        {
          first -= 2
        } else {
          break
        }
      }
      guard last > first else { continue }
      // The short form: the capitalized word after "as" (and an optional "the"), or after the
      // comma closing "by its ... name,", ending the phrase.
      var s = j + 1
      var found: Int?
      while s < words.count, s <= j + 7 {
        if words[s].key == "as", !words[s].isCapitalized, s + 1 < words.count {
          found = words[s + 1].key == "the" && !words[s + 1].isCapitalized ? s + 2 : s + 1
          break
        }
        // "..., known by its acronym UNMISK".
        if ["acronym", "abbreviation", "initials"].contains(words[s].key), s + 1 < words.count,
          words[s + 1].isAllCaps, words[s].joinsNext
        {
          found = s + 1
          break
        }
        if words[s].key == "name" || words[s].key == "names", words[s].range.end < bytes.count,
          bytes[words[s].range.end] == UInt8(ascii: ","), s + 1 < words.count
        {
          found = words[s + 1].key == "the" && !words[s + 1].isCapitalized ? s + 2 : s + 1
          break
        }
        s += 1
      }
      guard let short = found, short < words.count, words[short].isCapitalized,
        !words[short].joinsNext || !(short + 1 < words.count && words[short + 1].isCapitalized),
        !gazetteer.notNames.contains(words[short].key), lookup(words[short].key) == nil
      else { continue }
      define(short: words[short], long: first...last)
    }
  }

  /// The index of the first word of a long form ending at `last` whose capitals spell `acronym`.
  func longFormStart(
    endingAt last: Int, acronym: [UInt8], mustStartAt: Int? = nil, skipping skips: Int = 0,
    prefixes: Bool = false
  ) -> Int? {
    let lowest = max(0, last - acronym.count - 3 - skips)
    var start = mustStartAt ?? last
    while start >= lowest {
      if start < last {
        guard words[start].joinsNext else { return nil }
      }
      if words[start].isCapitalized,
        initialsMatch(Array(words[start...last]), acronym, skipping: skips, prefixes: prefixes)
      {
        return start
      }
      if mustStartAt != nil { return nil }
      start -= 1
    }
    return nil
  }

  /// "the Talvering Chamber of Industry and Commerce (IHK)", "the National Seed Board (JNS)": an
  /// acronym of the name in another language spells no initials of the name before it. The name
  /// it stands for is a capitalized run of three words or more, "of", "for", "and", "in" or
  /// "the" between them, that a head word makes an organization.
  func unspelledLongFormStart(endingAt last: Int) -> Int? {
    guard words[last].isCapitalized else { return nil }
    var start = last
    while start > 0, last - start < 12, words[start - 1].joinsNext {
      let before = words[start - 1]
      if before.isCapitalized, !before.isPossessive, !gazetteer.notNames.contains(before.key) {
        start -= 1
      } else if !before.isCapitalized, TaggingRun.connectors.contains(before.key), start >= 2,
        words[start - 2].joinsNext, words[start - 2].isCapitalized || words[start - 2].key == "in"
          || words[start - 2].key == "the"
      {
        start -= 1
      } else {
        break
      }
    }
    while start < last, !words[start].isCapitalized { start += 1 }
    let capitals = (start...last).filter { words[$0].isCapitalized }.count
    guard last - start + 1 >= 3, capitals >= 2,
      headRule(start, last - start + 1)?.type == .organization
    else { return nil }
    return start
  }

  /// Lowercase words inside a long organization name: "Chamber of Industry and Commerce",
  /// "Monitoring Mission in the Tarsk Valley".
  static let connectors: Set<String> = ["of", "for", "and", "in", "the", "on"]

  /// Whether the content words' initials spell the acronym; function words and the lowercase tails
  /// of hyphenated words may be skipped or used.
  /// `skips` inner capitalized words (never the first or the last) may be left out. With
  /// `prefixes`, a content word may give up to its first three letters ("ESCU": Eskandri Customs
  /// Union), and every content word gives at least one.
  func initialsMatch(
    _ candidate: [Word], _ acronym: [UInt8], skipping skips: Int = 0, prefixes: Bool = false
  ) -> Bool {
    func match(_ a: Int, _ w: Int, _ skips: Int) -> Bool {
      if w == candidate.count { return a == acronym.count }
      let word = candidate[w]
      let initial = word.key.utf8.first ?? 0
      let isFunction = TaggingRun.functionWords.contains(word.key) && !word.isCapitalized
      if isFunction && match(a, w + 1, skips) { return true }
      // "Northern Start-up Association (NSA)": the lowercase tail of a hyphenated word gives no
      // initial of its own.
      if !word.isCapitalized, w > 0, word.range.start > 0, bytes[word.range.start - 1] == UInt8(ascii: "-"),
        match(a, w + 1, skips)
      {
        return true
      }
      if skips > 0, word.isCapitalized, w > 0, w + 1 < candidate.count, match(a, w + 1, skips - 1) {
        return true
      }
      guard a < acronym.count, initial == acronym[a] else { return false }
      if prefixes, !isFunction {
        let letters = Array(word.key.utf8)
        var n = 2
        while n <= min(3, letters.count), a + n <= acronym.count, letters[n - 1] == acronym[a + n - 1] {
          if match(a + n, w + 1, skips) { return true }
          n += 1
        }
      }
      return match(a + 1, w + 1, skips)
    }
    return match(0, 0, skips)
  }

  /// Defines `short` as the acronym of the words `long`; `apposed` are the kinds an apposition
  /// after the definition gives ("the Kessan Trade Area (KTA), a customs bloc of ...").
  mutating func define(short: Word, long: ClosedRange<Int>, apposed: [String]? = nil) {
    let longKey = long.map { words[$0].key }.joined(separator: " ")
    let longText = String(text.slice(TextRange(words[long.lowerBound].range.start, words[long.upperBound].range.end)))
    let shortForm = String(text.slice(short.range)).filter { $0 != "." }
    var target: NameTarget
    // The gazetteer's body for the acronym only when the text's long form is a spelling of its
    // name ("Organisation for Security and Co-operation in Europe (OSCE)"): "Estravian Employers'
    // Confederation (EEC)" defines an EEC of its own.
    let knownShort = gazetteer.names[short.key].flatMap { known in
      Self.sharesMostWords(known.canonical, longText) ? known : nil
    }
    if let known = gazetteer.names[longKey] ?? knownShort, known.basis != .demonym {
      target = known
    } else {
      let head = headRule(long.lowerBound, long.count)
      var kinds = head?.kinds ?? ["organization"]
      var type = head?.type ?? .organization
      if head == nil, let apposed, !apposed.isEmpty {
        let placeLike = TaggingRun.type(ofKinds: apposed)
        if placeLike == .place || placeLike == .country {
          (kinds, type) = (apposed, placeLike)
        } else {
          kinds = apposed + kinds
        }
      }
      target = NameTarget(canonical: longText, type: type, kinds: kinds, basis: .definedAlias)
    }
    target.basis = .definedAlias
    var longTarget = target
    longTarget.exactForm = nil
    if local[longKey] == nil { local[longKey] = longTarget }
    localFirstWords.insert(words[long.lowerBound].key)
    localFirstWords.insert(short.key)
    var shortTarget = target
    shortTarget.exactForm = shortForm
    if local[short.key] == nil { local[short.key] = shortTarget }
    localMaxWords = max(localMaxWords, long.count)
  }

  /// Whether at least half of the words of the longer of two names are words of the other, folded.
  static func sharesMostWords(_ a: String, _ b: String) -> Bool {
    let wa = Set(a.split(separator: " ").map { WordScanner.fold(String($0)) })
    let wb = Set(b.split(separator: " ").map { WordScanner.fold(String($0)) })
    return wa.intersection(wb).count * 2 >= max(wa.count, wb.count)
  }

  // MARK: Matching

  func lookup(_ key: String) -> NameTarget? { local[key] ?? gazetteer.names[key] }

  /// Whether the words from `i` to `i + n - 1` can form one name in the text.
  func joined(_ i: Int, _ n: Int) -> Bool {
    guard i + n <= words.count else { return false }
    for k in i..<(i + n - 1) where !words[k].joinsNext { return false }
    return true
  }

  func key(_ i: Int, _ n: Int) -> String { words[i..<(i + n)].map(\.key).joined(separator: " ") }

  func formMatches(_ target: NameTarget, _ i: Int, _ n: Int) -> Bool {
    if let exact = target.exactForm {
      return n == 1 && String(text.slice(words[i].range)).filter({ $0 != "." }) == exact
    }
    guard words[i].isCapitalized else { return false }
    for k in i..<(i + n) where !words[k].isCapitalized
      && !TaggingRun.functionWords.contains(words[k].key)
      && !TaggingRun.nameParticles.contains(words[k].key)
    {
      return false
    }
    return true
  }

  /// The longest capitalized run starting at `i` (with "of"/"for"/"and" between capitalized words).
  /// "Chief Inspector Ruth Maldon" before "of Harrowmere Police District": a run that opens with
  /// a person's title and goes on with words that are neither titles nor head words names a
  /// person, whom "of" places in a body; the body is a name of its own. "Secretary General of the
  /// ..." (titles only) and "General Assembly of the ..." (a head word) stay one name.
  func isTitledPerson(_ i: Int, _ n: Int) -> Bool {
    let opensWithTitle = gazetteer.personTitles.contains(words[i].key)
    // "Ruth Maldon" read after the title "Inspector".
    let afterTitle = i > 0 && words[i - 1].joinsNext && words[i - 1].isCapitalized
      && gazetteer.personTitles.contains(words[i - 1].key)
    guard opensWithTitle || afterTitle else { return false }
    let rest = words[(opensWithTitle ? i + 1 : i)..<(i + n)]
    return rest.contains { !gazetteer.personTitles.contains($0.key) }
      && !rest.contains { gazetteer.heads[$0.key] != nil }
  }

  func capitalizedRun(at i: Int) -> Int {
    guard words[i].isCapitalized, !gazetteer.notNames.contains(words[i].key) else { return 0 }
    var n = 1
    while i + n < words.count, words[i + n - 1].joinsNext, !words[i + n - 1].isPossessive {
      let next = words[i + n]
      if next.isCapitalized {
        // "As secretary of the Fishermen's Association I must ...": the pronoun ends the name.
        if isPronounI(i + n) { break }
        n += 1
      } else if TaggingRun.ofFor.contains(next.key), !next.isCapitalized, i + n + 1 < words.count,
        next.joinsNext, words[i + n + 1].isCapitalized, !(next.key == "of" && isTitledPerson(i, n))
      {
        n += 2
      } else if next.key == "of", !next.isCapitalized, i > 0, words[i - 1].key == "the",
        words[i - 1].joinsNext, i + n + 2 < words.count, next.joinsNext,
        // "the Chair of the Sarrine Basin Commission": a title's holder, then the body.
        !(n == 1 && gazetteer.personTitles.contains(words[i].key)),
        words[i + n + 1].key == "the", !words[i + n + 1].isCapitalized, words[i + n + 1].joinsNext,
        words[i + n + 2].isCapitalized, !gazetteer.notNames.contains(words[i + n + 2].key),
        lookup(words[i + n + 2].key) == nil
      {
        // "the Tour of the Kessan Hills", "the Museum of the Sea": after "the", one name; "the
        // Council of the CSTO" keeps the known name apart.
        n += 3
      } else if next.key == "and", !next.isCapitalized, i > 0, words[i - 1].key == "the",
        words[i - 1].joinsNext, next.joinsNext, i + n + 1 < words.count,
        words[i + n + 1].isCapitalized, case let rest = capitalizedRun(at: i + n + 1),
        rest >= 2 && headRule(i + n + 1, rest)?.type == .organization
          || isUnknownJoinedName(i, n, rest)
      {
        // "the Orm and Tessel Water Board": after "the", two places joined before an
        // organization's head are one name.
        n += 1 + rest
        break
      } else if n == 1, next.key == "and", !next.isCapitalized, next.joinsNext,
        i + 2 < words.count, words[i + 2].isCapitalized,
        case let rest = capitalizedRun(at: i + 2), isPlacesJoinedBeforeAPublicHead(i, rest)
      {
        // "Avon and Somerset Police", "Kessan and District Credit Union": one place word, "and",
        // and a name of place words ending in a public body's head are one name.
        n += 1 + rest
        break
      } else if next.key == "and", !next.isCapitalized, next.joinsNext, i + n + 1 < words.count,
        words[i + n + 1].isCapitalized,
        gazetteer.andPhrases.contains(words[i + n - 1].key + " " + words[i + n + 1].key)
      {
        // "Tor Bellan Search and Rescue": a pair the gazetteer knows stays inside the name.
        n += 2
      } else if TaggingRun.nameParticles.contains(next.key), !next.isCapitalized,
        i + n + 1 < words.count, words[i + n + 1].isCapitalized,
        isHyphenated(i + n - 1, i + n) && isHyphenated(i + n, i + n + 1)
          || TaggingRun.spacedNameParticles.contains(next.key) && next.joinsNext
          && !isHyphenated(i + n - 1, i + n)
      {
        // "Saltby-on-Wend", "Stratford-upon-Avon", "Fumoir du Lac": a particle between capitals
        // joined by hyphens, or a French or Italian particle (never an English word), is inside
        // the name.
        n += 2
      } else if next.key == "at", !next.isCapitalized, next.joinsNext, i + n + 1 < words.count,
        words[i + n + 1].isCapitalized, !gazetteer.notNames.contains(words[i + n + 1].key),
        words[i..<(i + n)].contains(where: { ["university", "college"].contains($0.key) }),
        words[i..<(i + n)].contains(where: { $0.key == "of" })
      {
        // "the University of Kessaway at Dunleigh": a campus of a university named with its
        // town.
        n += 2
      } else if gazetteer.legalSuffixes.contains(next.key), !next.isCapitalized {
        // "Corvaline Airways Group plc": a company's legal ending stays inside its name.
        n += 1
        break
      } else if let link = missionLinkLength(after: i + n - 1, nameStart: i) {
        // "United Nations Observer Mission in Dravia", "United Nations Verification Mission on
        // the Karsk Line": a mission is named with its place.
        n += link
      } else {
        break
      }
    }
    return n
  }

  /// Whether word `i`, "and", and the `rest` capitalized words after it are one name: every word
  /// but the last is unknown or a place ("Avon and Somerset Police", "Kessan and District Credit
  /// Union"), and the last heads a body that is neither a company nor a force, so two companies
  /// ("Ford and General Motors") or a state and another's navy stay apart.
  func isPlacesJoinedBeforeAPublicHead(_ i: Int, _ rest: Int) -> Bool {
    let after = i + 2
    guard rest >= 2, after + rest <= words.count, let head = headRule(after, rest),
      head.type == .organization, !head.kinds.contains("company"), !head.kinds.contains("force")
    else { return false }
    return ([i] + Array(after..<(after + rest - 1))).allSatisfy { k in
      let word = words[k]
      guard word.isCapitalized, !word.isAllCaps, !word.isPossessive,
        !gazetteer.notNames.contains(word.key), !gazetteer.personTitles.contains(word.key)
      else { return false }
      guard let known = lookup(word.key) else { return true }
      return known.type == .place || known.type == .country
    }
  }

  /// Whether "the X of Y and Z ..." (words `i..<i+n`, "and", then `rest` words) is one name of
  /// words the gazetteer does not know ("the Guild of Literary and Technical Translators of
  /// Ostvany", "the Federated Union of Nurses and Midwives"): "of" after the first word makes the
  /// words after "and" go on with the name's object, and known names on either side stay a
  /// coordination.
  func isUnknownJoinedName(_ i: Int, _ n: Int, _ rest: Int) -> Bool {
    let after = i + n + 1
    // "the Federated Union of Signal and Track Workers": "of" may come after a longer start.
    guard n >= 3, n <= 5, after + rest <= words.count,
      ((i + 1)..<(i + n - 1)).contains(where: { TaggingRun.ofFor.contains(words[$0].key) && !words[$0].isCapitalized })
    else { return false }
    // A body's head before "of" ("the Guild of Literary and ...") leaves the object open while
    // the words after "and" head nothing of their own; a place's head closes the name ("the
    // Province of Alvena and Kessan Region" stays two).
    if let head = headRule(i, n), head.type != .organization || headRule(after, rest) != nil {
      return false
    }
    let all = Array(i..<(i + n)) + Array(after..<(after + rest))
    // "the Guild of Literary and Technical Translators of Ostvany": "of" may join the words.
    return all.allSatisfy { k in
      !words[k].isCapitalized && TaggingRun.ofFor.contains(words[k].key)
        || words[k].isCapitalized && !words[k].isAllCaps && lookup(words[k].key) == nil
        && !gazetteer.notNames.contains(words[k].key)
        && !gazetteer.personTitles.contains(words[k].key)
        && !words[k].isPossessive
    }
  }

  /// The rule of a head phrase the name ends in ("... School District"), longest first.
  func headPhraseRule(_ i: Int, _ n: Int) -> HeadWordRule? {
    guard gazetteer.maxHeadPhraseWords >= 2 else { return nil }
    for length in stride(from: min(gazetteer.maxHeadPhraseWords, n), through: 2, by: -1) {
      if let rule = gazetteer.headPhrases[key(i + n - length, length)] { return rule }
    }
    return nil
  }

  /// The reference classes of a phrase of two or more words ending at word `i` ("the free-trade
  /// area"), and how many words it has.
  func referencePhrase(endingAt i: Int) -> (classes: [String], count: Int)? {
    guard let candidates = gazetteer.referencePhrases[words[i].key] else { return nil }
    for (before, classes) in candidates where i >= before.count {
      let start = i - before.count
      if joined(start, before.count + 1), !words[start...i].contains(where: \.isCapitalized),
        (0..<before.count).allSatisfy({ words[start + $0].key == before[$0] })
      {
        return (classes, before.count + 1)
      }
    }
    return nil
  }

  /// Whether a word heads names of missions, which take their place with "in".
  func isMissionHead(_ key: String) -> Bool {
    gazetteer.heads[key]?.kinds.contains("mission") ?? false
  }

  /// Whether a word heads names of missions proper ("Mission", "Operation"), not of forces
  /// ("Brigade", "Force"), which a sentence sends "to" a place or stations "on the" border.
  func isMissionProperHead(_ key: String) -> Bool {
    guard let kinds = gazetteer.heads[key]?.kinds else { return false }
    return kinds.contains("mission") && !kinds.contains("force")
  }

  /// Prepositions that join a mission proper's head to its place ("Verification Mission on the
  /// Karsk Line", "Advisory Mission to Kessaria").
  static let missionLinks: Set<String> = ["in", "on", "to"]

  /// How many words join the mission head at word `head` to the capitalized place after them, or
  /// `nil`: "in" after any mission or force head ("Observer Mission in Dravia", "Stabilisation
  /// Force in Orlay"); "in the", "on the", "to" and "to the" after a mission proper's head that
  /// a capitalized word of the same name (starting at `start`) comes before ("Observer Mission in
  /// the Halvan Valley", "Verification Mission on the Karsk Line"). "On Monday" and "to Halvan"
  /// after a force, or a lowercase "mission on the border", stay outside.
  func missionLinkLength(after head: Int, nameStart start: Int) -> Int? {
    guard head + 2 < words.count, words[head].joinsNext, !words[head].isPossessive,
      isMissionHead(words[head].key)
    else { return nil }
    let link = words[head + 1]
    guard !link.isCapitalized, link.joinsNext, TaggingRun.missionLinks.contains(link.key)
    else { return nil }
    if link.key == "in", words[head + 2].isCapitalized { return 2 }
    guard head > start, words[head - 1].isCapitalized, isMissionProperHead(words[head].key)
    else { return nil }
    var length = 1
    if words[head + 2].key == "the", !words[head + 2].isCapitalized, words[head + 2].joinsNext {
      length = 2
    } else if link.key != "to" {
      return nil
    }
    let place = head + 1 + length
    guard place < words.count, words[place].isCapitalized,
      !gazetteer.notNames.contains(words[place].key),
      !gazetteer.personTitles.contains(words[place].key)
    else { return nil }
    return length + 1
  }

  /// The head-word rule of the name spanning words `i..<i+n`: its last word's, or for "X Mission
  /// in Y" the mission word's.
  func headRule(_ i: Int, _ n: Int) -> HeadWordRule? {
    if let head = headPhraseRule(i, n) { return head }
    // "Council of Riverine States", "Observer Mission in the Halvan Valley": the noun before the
    // first "of" or "for" (or a mission's "in") heads the name, not the last word.
    for k in (i + 1)..<max(i + 1, i + n - 1) where !words[k].isCapitalized {
      let key = words[k].key
      guard key == "of" || key == "for" || TaggingRun.missionLinks.contains(key) else { continue }
      if TaggingRun.missionLinks.contains(key), !isMissionHead(words[k - 1].key) { continue }
      if let head = gazetteer.heads[words[k - 1].key] { return head }
      break
    }
    return gazetteer.heads[words[i + n - 1].key]
  }

  mutating func emit(_ range: TextRange, _ target: NameTarget, basis: MentionBasis? = nil, key: String? = nil) {
    var target = target
    var basis = basis
    // "OSTROW - Founded in 1889 ...": a dateline's name is a place and a city for the references
    // after it ("the city"), so that "the company" or "the union", which fall back on a name of
    // no kind, never point to it; its name is the text's own spelling in mixed case, if any. Its
    // type stays `other`: claims read a dateline apart by its shape, and a place type would make
    // it the subject of the figures of the sentence it opens ("SAN ARELO, March 4 - Valdeza had
    // 3.4 million inhabitants").
    if (basis ?? target.basis) == .name, target.type == .other || target.type == .place,
      isDatelinePlace(range)
    {
      if target.type == .other { target.kinds = ["place", "city"] }
      if let key, spellings[key] == nil, let mixed = mixedCaseSpelling(of: range) {
        target.canonical = mixed
      }
    }
    // "Valdoria" beside "Valdorian": a country (see ``learnDemonymCountries()``); the adjective
    // alone ("Valdorian clubs") is a demonym of it.
    if !demonymOf.isEmpty, (basis ?? target.basis) == .name, target.type == .other,
      target.kinds.isEmpty, !target.canonical.contains(" "), !isDatelinePlace(range)
    {
      let folded = WordScanner.fold(target.canonical)
      if demonymCountries.contains(folded) {
        target.type = .country
        target.kinds = ["country"]
      } else if let written = demonymOf[folded] {
        target = NameTarget(canonical: written, type: .country, kinds: ["country"], basis: .demonym)
        basis = .demonym
      }
    }
    if let key {
      if let first = spellings[key] {
        // "DUNMORE GAZETTE ... Dunmore Gazette": a name first written in capitals takes the
        // text's later spelling in mixed case (see ``useMixedCaseSpellings()``).
        if target.canonical != first, mixedCaseSpellings[first] == nil,
          Dateline.isCapitals(first.utf8, atLeast: 2),
          target.canonical.utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A })
        {
          mixedCaseSpellings[first] = target.canonical
        }
        target.canonical = first
      } else {
        spellings[key] = target.canonical
      }
    }
    mentions.append(EntityMention(range: range, canonical: target.canonical, type: target.type, basis: basis ?? target.basis))
    mentionKinds.append(target.kinds)
    indexByWords(mentions.count - 1)
    if (basis ?? target.basis) != .demonym {
      for kind in target.kinds { latestByKind[kind] = mentions.count - 1 }
    }
    if firstMentionEnding[range.end] == nil { firstMentionEnding[range.end] = mentions.count - 1 }
    let isASCII = target.canonical.utf8.allSatisfy { $0 < 0x80 }
    if (basis ?? target.basis) != .demonym, target.type != .person, target.type != .date, isASCII {
      indexHeadsOfASCIIName(target.canonical, mentions.count - 1)
    } else if (basis ?? target.basis) != .demonym, target.type != .person, target.type != .date,
      let space = target.canonical.lastIndex(of: " ")
    {
      indexHead(WordScanner.fold(String(target.canonical[target.canonical.index(after: space)...])), mentions.count - 1)
      // "Port of Astmouth", "University of Kell": the noun before "of" heads the name too.
      if let of = target.canonical.range(of: " of ") {
        let before = target.canonical[..<of.lowerBound]
        let first = before.split(separator: " ").last.map(String.init) ?? ""
        if !first.isEmpty { indexHead(WordScanner.fold(first), mentions.count - 1) }
      }
    }
    if (basis ?? target.basis) == .name || (basis ?? target.basis) == .definedAlias,
      target.type != .person, target.type != .date
    {
      indexInnerWords(target.canonical, mentions.count - 1)
    }
    if target.type == .person, let last = target.canonical.split(separator: " ").last, target.canonical.contains(" ") {
      surnames[WordScanner.fold(String(last))] = target.canonical
    }
  }

  /// Whether mention `m` is an item of a list of names: a comma or "and" (an article after it
  /// allowed) is all that stands between it and the name before or after it.
  func isListed(_ m: Int) -> Bool {
    func isListGap(_ a: Int, _ b: Int) -> Bool {
      guard a >= 0, b < mentions.count, mentions[a].basis != .reference, mentions[b].basis != .reference,
        mentions[a].range.end <= mentions[b].range.start
      else { return false }
      let gap = bytes[mentions[a].range.end..<mentions[b].range.start]
      return TaggingRun.listGaps.contains { gap.elementsEqual($0) }
    }
    return isListGap(m - 1, m) || isListGap(m, m + 1)
  }

  static let listGaps: [[UInt8]] =
    [", ", ", the ", " and ", " and the ", ", and ", ", and the "].map { Array($0.utf8) }

  /// "The church was formed through the union of three bodies: the Orvanian Evangelical Church,
  /// the Free Church ... and the Hill Mission. In 2024 the church had ...": a name `m` read in a
  /// list of names is not what a noun with head `key` points back to; the first name the noun
  /// heads, read alone, is. `m` itself otherwise.
  func passingOverAList(_ m: Int, head key: String) -> Int {
    guard isListed(m), let first = firstNamesByHead[key], first != m, !isListed(first) else { return m }
    return first
  }

  /// Indexes the capitalized words of name `m` before its last one, except head words ("Council")
  /// and known names, which say too little alone or name something else.
  mutating func indexInnerWords(_ canonical: String, _ m: Int) {
    let parts = canonical.split(separator: " ")
    guard parts.count >= 2 else { return }
    for part in parts.dropLast() {
      guard let first = part.utf8.first, first >= 0x41 && first <= 0x5A else { continue }
      let key = WordScanner.fold(String(part))
      guard gazetteer.heads[key] == nil, gazetteer.names[key] == nil,
        gazetteer.referenceNouns[key] == nil, !gazetteer.notNames.contains(key)
      else { continue }
      if let earlier = namesByInnerWord[key] {
        if earlier >= 0, mentions[earlier].canonical != canonical { namesByInnerWord[key] = -1 }
        else if earlier >= 0 { namesByInnerWord[key] = m }
      } else {
        namesByInnerWord[key] = m
      }
    }
  }

  /// What `emit` does for the heads of a name, by bytes: an ASCII name's characters are its bytes.
  /// Records mention `m` as the latest (and, the first time, the first) name with head word `key`.
  mutating func indexHead(_ key: String, _ m: Int) {
    namesByHead[key] = m
    if firstNamesByHead[key] == nil, mentions[m].basis != .reference { firstNamesByHead[key] = m }
  }

  /// Whether a name's head is the word before its "of" ("Parliamentary Assembly of the Western
  /// Marches Defence Community", "Port of Astmouth"), a head word of the gazetteer.
  func isHeadedBeforeOf(_ canonical: String) -> Bool {
    let parts = canonical.split(separator: " ")
    guard let k = parts.firstIndex(where: { $0 == "of" }), k > 0 else { return false }
    return gazetteer.heads[WordScanner.fold(String(parts[k - 1]))] != nil
  }

  /// Whether a name may be what a reference noun with the head words `allowed` points back to:
  /// its head word (the word before "of" or "for" when that is a head word, else its last word)
  /// is one of them, or no head word the gazetteer knows.
  func headFits(_ canonical: String, _ allowed: Set<String>) -> Bool {
    let parts = canonical.split(separator: " ")
    var head = parts.last.map { WordScanner.fold(String($0)) } ?? ""
    if let k = parts.firstIndex(where: { $0 == "of" || $0 == "for" }), k > 0,
      gazetteer.heads[WordScanner.fold(String(parts[k - 1]))] != nil
    {
      head = WordScanner.fold(String(parts[k - 1]))
    }
    return gazetteer.heads[head] == nil || allowed.contains(head)
  }

  mutating func indexHeadsOfASCIIName(_ canonical: String, _ m: Int) {
    var copy = canonical
    copy.withUTF8 { b in
      guard let space = b.lastIndex(of: 0x20) else { return }
      indexHead(WordScanner.asciiKey(UnsafeBufferPointer(rebasing: b[(space + 1)...])), m)
      var of = 0
      while of + 4 <= b.count,
        !(b[of] == 0x20 && b[of + 1] == UInt8(ascii: "o") && b[of + 2] == UInt8(ascii: "f")
          && b[of + 3] == 0x20)
      {
        of += 1
      }
      guard of + 4 <= b.count else { return }
      // The last word before " of ".
      var end = of
      while end > 0, b[end - 1] == 0x20 { end -= 1 }
      guard end > 0 else { return }
      var start = end
      while start > 0, b[start - 1] != 0x20 { start -= 1 }
      indexHead(WordScanner.asciiKey(UnsafeBufferPointer(rebasing: b[start..<end])), m)
    }
  }

  func span(_ i: Int, _ n: Int) -> TextRange { TextRange(words[i].range.start, words[i + n - 1].range.end) }

  /// A gazetteer or defined name at `i`, unless a longer capitalized run with a head word covers it.
  mutating func matchName(at i: Int) -> Int? {
    let runLength = capitalizedRun(at: i)
    var best: (Int, NameTarget)?
    let limit = min(max(gazetteer.maxWords, localMaxWords), words.count - i)
    let known = gazetteer.firstWords.contains(words[i].key) || localFirstWords.contains(words[i].key)
    if limit >= 1, known {
      for n in stride(from: limit, through: 1, by: -1) where joined(i, n) {
        if let target = lookup(key(i, n)), formMatches(target, i, n) {
          best = (n, target)
          break
        }
      }
    }
    // A longer name ending in a head word ("CSTO Collective Rapid Reaction Force") is its own entity.
    if runLength >= 2, runLength > (best?.0 ?? 0), let head = headRule(i, runLength) {
      // "Russian Defense Ministry" is the ministry's name, not a mention of Russia: matchRun reads it.
      if best?.1.basis == .demonym { return nil }
      let canonical = String(text.slice(span(i, runLength)))
      // "The Aurland Institute" after "Aurland Institute of Technology": a name that the text
      // gave before with "of" (or "for", "on", "in": "Kestrel Institute for Climate Dynamics",
      // "Standing Committee on Defence", "Monitoring Mission in the Tarsk Valley") and more words
      // is that name cut short.
      var shortOf: Int?
      for link in TaggingRun.shortFormLinks where shortOf == nil {
        shortOf = longerName(startingWith: canonical + link)
      }
      if let m = shortOf {
        emit(span(i, runLength), NameTarget(
          canonical: mentions[m].canonical, type: mentions[m].type, kinds: mentionKinds[m],
          basis: .reference))
        return runLength
      }
      // "Halvern Shipping Group" after "Halvern Shipping Group plc": the name without its legal
      // ending.
      // "Veltmoor Energy was formed in 1998" after "Veltmoor Energy Group plc": nor without a
      // company noun ("Group", "Holdings") before it.
      if let m = longerName(startingWith: canonical),
        mentions[m].canonical.dropFirst(canonical.count + 1).split(separator: " ").allSatisfy({ word in
          let key = WordScanner.fold(String(word))
          return gazetteer.legalSuffixes.contains(key) || TaggingRun.companyEndings.contains(key)
        })
      {
        emit(span(i, runLength), NameTarget(
          canonical: mentions[m].canonical, type: mentions[m].type, kinds: mentionKinds[m],
          basis: .name))
        return runLength
      }
      emit(span(i, runLength), NameTarget(canonical: canonical, type: head.type, kinds: head.kinds, basis: .name),
           key: key(i, runLength))
      return runLength
    }
    guard let (n, target) = best else { return nil }
    // "Tallinn Spartans ... the Spartans": a place's name before a capitalized word the text also
    // uses alone after "the" names a club or a company, not the place.
    if runLength == n + 1, target.type == .place, target.basis != .demonym,
      shortFormsAfterThe.contains(words[i + n].key), lookup(words[i + n].key) == nil,
      !gazetteer.personTitles.contains(words[i + n].key), !words[i + n].isAllCaps
    {
      let canonical = String(text.slice(span(i, n + 1)))
      emit(span(i, n + 1), NameTarget(canonical: canonical, type: .other, kinds: [], basis: .name),
           key: key(i, n + 1))
      return n + 1
    }
    if target.type == .place, target.basis != .demonym, let (q, suffix) = placeQualifier(after: i + n - 1) {
      // "New York metropolitan area" is another place than New York City.
      let written = String(text.slice(span(i, n)))
      let place = NameTarget(canonical: written + " " + suffix, type: .place, kinds: ["place"], basis: .name)
      emit(span(i, n + q), place, key: key(i, n) + " " + WordScanner.fold(suffix))
      return n + q
    }
    emit(span(i, n), target)
    return n
  }

  /// A place qualifier ("metropolitan area", "state") right after word `last`: its length in words
  /// and the canonical suffix.
  func placeQualifier(after last: Int, multiWordOnly: Bool = false) -> (Int, String)? {
    guard words[last].joinsNext, !words[last].isPossessive, last + 1 < words.count,
      let candidates = gazetteer.placeQualifiers[words[last + 1].key]
    else { return nil }
    for (phrase, suffix) in candidates where joined(last + 1, phrase.count) && (!multiWordOnly || phrase.count > 1) {
      if (0..<phrase.count).allSatisfy({ words[last + 1 + $0].key == phrase[$0] }) {
        // A capitalized word after the qualifier continues another name ("New York State Assembly").
        let after = last + phrase.count
        if words[after].joinsNext, after + 1 < words.count, words[after + 1].isCapitalized { return nil }
        return (phrase.count, suffix)
      }
    }
    return nil
  }

  /// "its metropolitan area", "the wider metropolitan area": the place qualifier of the nearest
  /// earlier place, a place of its own. After "the", one lowercase adjective may stand before it.
  mutating func matchOwnedPlace(at i: Int) -> Int? {
    guard words[i].joinsNext, i + 1 < words.count else { return nil }
    // "The basin covers 412,000 square kilometres" after "the states of the Varnel basin": a
    // landform (a lowercase qualifier) after "the" is the latest place named with it.
    if words[i].key == "the", !words[i + 1].isCapitalized, let (q, suffix) = placeQualifier(after: i),
      q == 1, suffix.first?.isLowercase == true,
      !(words[i + 1].joinsNext && i + 2 < words.count && words[i + 2].isCapitalized),
      let m = mentions.indices.suffix(300).last(where: {
        mentions[$0].type == .place && WordScanner.fold(mentions[$0].canonical).hasSuffix(" " + suffix)
      })
    {
      let target = NameTarget(canonical: mentions[m].canonical, type: .place, kinds: ["place"], basis: .reference)
      emit(span(i, 2), target)
      return 2
    }
    var adjective = 0
    if words[i].key == "the", !words[i + 1].isCapitalized, placeQualifier(after: i, multiWordOnly: true) == nil,
      words[i + 1].key.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A })
    {
      adjective = 1
    }
    guard let (q0, suffix) = placeQualifier(after: i + adjective, multiWordOnly: true) else { return nil }
    let q = q0 + adjective
    let places: Set<EntityType> = [.place, .other, .country]
    guard let m = mentions.indices.suffix(300).last(where: {
      places.contains(mentions[$0].type) && mentions[$0].basis != .demonym
        && !mentionKinds[$0].contains("company") && !mentions[$0].canonical.hasSuffix(suffix)
    }) else { return nil }
    let target = NameTarget(
      canonical: mentions[m].canonical + " " + suffix, type: .place, kinds: ["place"], basis: .reference)
    emit(span(i, 1 + q), target)
    return 1 + q
  }

  /// "the alliance", "the Organization", "the Oslo-based shipping company": the nearest earlier
  /// entity whose kinds fit; else the nearest earlier name of unknown kind (a name no gazetteer
  /// or head word types), which an article's short references usually point back to.
  mutating func matchReference(at i: Int) -> Int? {
    guard i > 0 else { return nil }
    // The article stands at most four words back (three modifiers); most words have none, and
    // this check is cheaper than the lookups below.
    guard words[max(0, i - 4)..<i].contains(where: { $0.key == "the" || $0.key == "this" })
    else { return nil }
    // "the city-owned operator": a noun inside a hyphenated modifier refers to nothing.
    if isHyphenated(i, i + 1) { return nil }
    let classes = gazetteer.referenceNouns[words[i].key] ?? referencePhrase(endingAt: i)?.classes
    // "the consortium", "the park": a singular noun right after "the" that is the last word of a
    // name read before ("the member states" is no mention of the United States).
    let key = words[i].key
    let headed = classes == nil && !words[i].isCapitalized && words[i - 1].key == "the" && words[i - 1].joinsNext
      && (!key.hasSuffix("s") || key.hasSuffix("ss")) ? namesByHead[key].map { passingOverAList($0, head: key) } : nil
    guard classes != nil || headed != nil else { return nil }
    if describesTheNameAfter(i) { return nil }
    // Up to two modifiers may stand between the article and the noun: lowercase words, or a
    // hyphenated compound ("Oslo-based").
    var article = i - 1
    var modifiers = 0
    var compound = false
    while article > 0, modifiers < 3, words[article].joinsNext || isThousandsGroup(article),
      words[article].key != "the",
      words[article].key != "this", !TaggingRun.functionWords.contains(words[article].key),
      !TaggingRun.determiners.contains(words[article].key),
      !words[article].isCapitalized || isHyphenated(article, article + 1)
    {
      // A plural noun ends the phrase: "the roles each alliance" is not one reference.
      if words[article].key.hasSuffix("s"), !words[article].key.hasSuffix("ss"),
        !isHyphenated(article, article + 1), !(article > 0 && isHyphenated(article - 1, article))
      {
        return nil
      }
      if isHyphenated(article, article + 1) { compound = true }
      // "the nearest town", "the other union": a modifier that sets the thing apart from the
      // ones read before introduces a new one.
      if TaggingRun.otherModifiers.contains(words[article].key) { return nil }
      article -= 1
      modifiers += 1
    }
    guard words[article].key == "the" || words[article].key == "this", words[article].joinsNext
    else { return nil }
    // Not the first word of a longer capitalized name ("the Alliance Party", "the Republic of X").
    if words[i].isCapitalized, words[i].joinsNext, i + 1 < words.count, words[i + 1].isCapitalized { return nil }
    if words[i].isCapitalized, words[i].joinsNext, i + 2 < words.count, TaggingRun.ofFor.contains(words[i + 1].key),
      words[i + 1].joinsNext, words[i + 2].isCapitalized
    {
      return nil
    }
    // A modifier already read as a name ("Oslo" in "the Oslo-based firm") keeps its mention.
    var start = words[article].range.start
    if let last = mentions.last, last.range.end > start { start = words[i].range.start }
    // "the bank" after "Hallin Regional Seed Bank": with no entity of the noun's kind read yet, a
    // name the noun heads comes before a guess at a name of unknown kind.
    // So for a noun of a kind ("the federation" after "the merger of three bodies: the Northern
    // Anglers' Federation, the Lakes Angling Federation and the River Guild").
    var headedName = headed
      ?? (words[i - 1].key == "the" && !words[i].isCapitalized
        ? namesByHead[key].map { passingOverAList($0, head: key) } : nil)
    // "the provincial government" after "Valdena Provincial Government": lowercase modifiers
    // that are words of the name the noun heads make that name the referent.
    if headedName == nil, modifiers > 0, !compound, !words[i].isCapitalized,
      let m = namesByHead[key]
    {
      let nameWords = Set(
        mentions[m].canonical.split(separator: " ").map { WordScanner.fold(String($0)) })
      if ((article + 1)..<i).allSatisfy({ nameWords.contains(words[$0].key) }) { headedName = m }
    }
    // "the Federation" written with a capital is the house name of the body the text is about
    // ("the Federation's secretariat" after a list of member federations): the first name the
    // noun heads, not the latest body read, unless the sentence itself names one ("as the CSTO
    // Secretary General noted, the Organization is ready").
    if headedName == nil, words[i].isCapitalized, words[i - 1].key == "the", words[i - 1].joinsNext,
      let first = firstNamesByHead[key]
    {
      let opening = sentenceOpening(atOrBefore: i - 1) ?? 0
      let latest = namesByHead[key].flatMap { mentions[$0].range.start >= words[opening].range.start ? $0 : nil }
      let m = latest ?? first
      if mentions[m].type != .place { headedName = m }
    }
    // "At the year end the Group employed 6,870 colleagues" in a chairman's statement that has
    // named a subsidiary since: a capitalized company noun that heads no name is the house name
    // of the first company the text names, not of the latest. Only a company's: "the Alliance"
    // in a text on two alliances is the one just named.
    if headedName == nil, words[i].isCapitalized, words[i - 1].key == "the", words[i - 1].joinsNext,
      firstNamesByHead[key] == nil, let classes, classes.contains("company"),
      let first = mentions.indices.first(where: {
        mentions[$0].basis != .reference && mentions[$0].basis != .demonym
          && mentions[$0].type != .place && mentionKinds[$0].contains(where: classes.contains)
      })
    {
      headedName = first
    }
    var fitting = classes.map { classes in classes.compactMap { latestByKind[$0] }.max() } ?? headed
    // "The union has 14,200 members" after "... was founded by nurses at St. Columba Hospital": a
    // noun that names one kind of body passes over a name headed by another kind ("Hospital")
    // to the latest name of its class the noun itself heads, or to none ("the city council"
    // after "Kilbarrow Port Authority" and "Estholm Port Company" is neither).
    if headedName == nil, !words[i].isCapitalized, let classes, let f = fitting,
      let allowed = gazetteer.referenceHeads[key], !headFits(mentions[f].canonical, allowed)
    {
      fitting = mentions.indices.suffix(300).last {
        $0 < f && mentions[$0].basis != .demonym && mentionKinds[$0].contains(where: classes.contains)
          && headFits(mentions[$0].canonical, [key])
      }
    }
    let placeNoun =
      classes.map { !$0.isEmpty && $0.allSatisfy(TaggingRun.placeKinds.contains) } ?? false
    // "Ardania has 4.4 million inhabitants. The country covers ...": a place noun opening a
    // sentence points back to the one-word name of unknown kind that opened the sentence before,
    // rather than to an older name whose kind only the gazetteer knows ("Sweden" in passing).
    if placeNoun, headedName == nil, let f = fitting, mentions[f].basis == .gazetteer,
      sentenceInitial.contains(article), let s = previousSubject(before: article), s > f,
      mentions[s].type == .other, mentionKinds[s].isEmpty, mentions[s].basis == .name,
      !mentions[s].canonical.contains(" ")
    {
      fitting = s
    }
    // "Orlavik had revenue of 2.4 billion euros. The group employs 9,800 people.", "The largest,
    // PetWell Clinics, holds ... The group employs": a bare body noun opening a sentence points
    // back to the name of unknown kind that is the subject of the sentence before, rather than to
    // an older name whose head word gave it the noun's kind.
    // Only a company noun: "The mission had 1,900 personnel" after "Dravia ..." is no place.
    if !placeNoun, headedName == nil, modifiers == 0, classes?.contains("company") == true,
      sentenceInitial.contains(article), let s = previousOpeningName(before: article),
      fitting.map({ s > $0 }) ?? true,
      mentions[s].type == .other, mentionKinds[s].isEmpty, mentions[s].basis == .name
    {
      fitting = s
    }
    // With no entity of a fitting kind, a place noun keeps the referent it had before.
    if placeNoun, headedName == nil, fitting == nil, let m = placeReferents[key] { fitting = m }
    // "Dunmere has overtaken Kelby, figures from the statistics office OSK show. The city had
    // ...": with no referent yet, a place noun opening a sentence points back to the one-word
    // name that opened the sentence before, not to the latest name read.
    if placeNoun, headedName == nil, fitting == nil, sentenceInitial.contains(article),
      let s = previousSubject(before: article), mentions[s].type == .other,
      mentionKinds[s].isEmpty, mentions[s].basis == .name, !mentions[s].canonical.contains(" "),
      !CorpusEntityResolver.isAcronym(mentions[s].canonical, longest: .max)
    {
      fitting = s
    }
    // Only a bare reference ("the company") or one with a compound ("the Oslo-based firm") may
    // fall back to a name of unknown kind; "the stated mission" is too loose for a guess.
    let unknown = modifiers > 0 && !compound || classes == nil ? nil : mentions.indices.suffix(300).last {
      mentions[$0].type == .other && mentions[$0].basis == .name && mentionKinds[$0].isEmpty
        && mentions[$0].range.end < words[article].range.start && !isModifierName(mentions[$0].range)
        && (!isInsideAside($0) || isNamed(as: key, $0))
        && !isUnlikelyReferent(mentions[$0].range)
        // An acronym names a body, never a place.
        && !(placeNoun && CorpusEntityResolver.isAcronym(mentions[$0].canonical, longest: .max))
    }
    // "Vester Fresh, the marketing cooperative that ...": a reference set off by a comma right
    // after a name the text has not typed (or typed as the noun's kind) is that name, not an
    // older one of the noun's kind. A place noun ("Halden Mills, the town's employer") and a
    // possessive noun own something else. Only a relative pronoun after the noun marks the
    // apposition: in "Set up on the banks of the Orm, the firm now employs" the noun opens the
    // main clause after a fronted phrase.
    if headedName == nil, !placeNoun, !words[i].isPossessive, i + 1 < words.count,
      words[i].joinsNext, TaggingRun.relativeWords.union(["that"]).contains(words[i + 1].key),
      let last = mentions.indices.last,
      mentions[last].range.end + 2 == words[article].range.start,
      bytes[mentions[last].range.end..<words[article].range.start].elementsEqual(", ".utf8),
      mentions[last].basis == .name || mentions[last].basis == .definedAlias,
      mentions[last].type == .other && mentionKinds[last].isEmpty
        || mentions[last].type == .organization
          && (classes ?? []).contains(where: mentionKinds[last].contains)
    {
      fitting = last
    }
    // "the federation" after "European Federation of Circus Schools" and "Vellacourt City
    // Council": a name the noun itself heads says more than one of a fitting kind.
    guard var m = headedName ?? fitting ?? unknown else { return nil }
    // "CINDER FALLS — Cinder Falls Area Transit will add ... The agency has 301 employees": in
    // a roundup of datelined briefs, a reference stays inside its brief, with the brief's first
    // body (or, for a place noun, its first place) when the name found lies before it.
    if let brief = briefStart(before: words[article].range.start), mentions[m].range.start < brief {
      guard let own = mentions.indices.suffix(300).first(where: { k in
        mentions[k].range.start > brief && mentions[k].range.end <= words[article].range.start
          && mentions[k].basis == .name && mentions[k].type != .person && mentions[k].type != .date
          && (placeNoun ? mentions[k].type == .place || mentions[k].type == .other : mentions[k].type != .place)
      }) else { return nil }
      m = own
    }
    if placeNoun, headedName == nil, placeReferents[key] == nil { placeReferents[key] = m }
    if let place = placeInBodyName(m, noun: i, classes: classes) {
      // "The district has 97,000 inhabitants" after "Stroughton District Council": the place
      // the council's name holds, not the council.
      emit(TextRange(start, words[i].range.end), place)
      return 1
    }
    let target = NameTarget(canonical: mentions[m].canonical, type: mentions[m].type, kinds: mentionKinds[m], basis: .reference)
    emit(TextRange(start, words[i].range.end), target)
    return 1
  }

  /// Where the brief that holds `offset` begins in a roundup: after the dateline ("CINDER FALLS
  /// — ", "VALMARISCA, Quellara - ") of the latest paragraph before it that opens with one, when
  /// an earlier paragraph opens with one too. A line in capitals only ("PRESS RELEASE - FOR
  /// IMMEDIATE RELEASE") is no brief.
  func briefStart(before offset: Int) -> Int? {
    var latest: Int?
    for k in mentions.indices.reversed() where mentions[k].range.start < offset {
      let r = mentions[k].range
      guard r.start == 0 || bytes[r.start - 1] == 10,
        Dateline.hasShape(bytes, r, dashBefore: r.end + 38, sameLine: true)
      else { continue }
      var end = r.end
      while end < bytes.count, bytes[end] != 10, !(bytes[end] >= 0x61 && bytes[end] <= 0x7A) { end += 1 }
      guard end < bytes.count, bytes[end] != 10 else { continue }
      // The dateline ends at its dash.
      var dash = r.end
      while dash + 2 < bytes.count, bytes[dash] != 10,
        !(bytes[dash] == 0x20 && bytes[dash + 1] == UInt8(ascii: "-") && bytes[dash + 2] == 0x20),
        !(bytes[dash] == 0xE2 && bytes[dash + 1] == 0x80 && (bytes[dash + 2] == 0x93 || bytes[dash + 2] == 0x94))
      {
        dash += 1
      }
      if latest == nil { latest = dash } else { return latest }
    }
    return nil
  }

  /// The place a body's name holds before its head ("Stroughton District" in "Stroughton
  /// District Council", "Kessel County" in "Kessel County Council"), for a place noun (word
  /// `noun`, "the district") that resolved to that body; `nil` when the noun heads the name
  /// ("the district" for "Corran Valley School District") or a body noun follows it ("the
  /// district council").
  func placeInBodyName(_ m: Int, noun i: Int, classes: [String]?) -> NameTarget? {
    guard mentions[m].type == .organization, classes?.contains(where: TaggingRun.placeKinds.contains) == true,
      !words[i].isCapitalized, !words[i].isPossessive
    else { return nil }
    if i + 1 < words.count, words[i].joinsNext,
      gazetteer.referenceNouns[words[i + 1].key] != nil || gazetteer.heads[words[i + 1].key] != nil
    {
      return nil
    }
    let parts = mentions[m].canonical.split(separator: " ")
    guard parts.count >= 3,
      let p = parts.dropLast().lastIndex(where: { WordScanner.fold(String($0)) == words[i].key }),
      p >= 1, gazetteer.heads[WordScanner.fold(String(parts[parts.count - 1]))]?.type == .organization
    else { return nil }
    let canonical = parts[...p].joined(separator: " ")
    return NameTarget(canonical: canonical, type: .place, kinds: ["place"], basis: .reference)
  }

  /// Kinds of places a place noun ("the city", "the country") points back to.
  static let placeKinds: Set<String> = ["country", "city", "place"]

  /// The index of the word that opens the sentence word `i` stands in, `nil` before the first.
  func sentenceOpening(atOrBefore i: Int) -> Int? {
    var k = i
    while k >= 0, !sentenceInitial.contains(k) { k -= 1 }
    return k >= 0 ? k : nil
  }

  /// The mention that opens the sentence before the one word `i` stands in, if a name opens it.
  func previousSubject(before i: Int) -> Int? {
    guard let k = sentenceOpening(atOrBefore: i - 1) else { return nil }
    let start = words[k].range.start
    return mentions.indices.suffix(60).last { mentions[$0].range.start == start }
  }

  /// The first mention of the sentence before the one word `i` stands in, if it is that
  /// sentence's subject: it opens the sentence, or follows an opening "The" and lowercase words
  /// set off by a comma ("The largest, PetWell Clinics, ...").
  func previousOpeningName(before i: Int) -> Int? {
    guard let k = sentenceOpening(atOrBefore: i - 1) else { return nil }
    let start = words[k].range.start
    guard let m = mentions.indices.suffix(60).first(where: {
      mentions[$0].range.start >= start && mentions[$0].range.start < words[i].range.start
    }) else { return nil }
    if mentions[m].range.start == start { return m }
    guard words[k].key == "the" else { return nil }
    var w = k + 1
    while w < i, words[w].range.end < mentions[m].range.start {
      if words[w].isCapitalized { return nil }
      w += 1
    }
    let before = mentions[m].range.start
    guard before >= 2, before - 2 > start,
      bytes[(before - 2)..<before].elementsEqual(", ".utf8)
    else { return nil }
    return m
  }

  /// "the Herald" after "Dunport Herald": "the" and one capitalized word that is the last word of
  /// a name of two or more words read before, in no gazetteer and heading no longer name, is that
  /// name.
  ///
  /// A word inside such a name, not its last ("the Philharmonic" after "Caldmere Philharmonic
  /// Orchestra"), is that name when no other name read before holds the word. At a sentence's
  /// start the article may be missing before a last word that modifies a lowercase role title
  /// ("Festival director Anke Broos" after "Saltmarsh Film Festival").
  mutating func matchHeadAlias(at i: Int) -> Int? {
    // "the Kastrel metropolitan area", "the Varnel basin" are places, whatever name "Kastrel"
    // or "Varnel" is a word of.
    guard i > 0, capitalizedRun(at: i) == 1, lookup(words[i].key) == nil,
      !(words[i].joinsNext && i + 1 < words.count && words[i + 1].isCapitalized),
      !(placeQualifier(after: i).map { q, suffix in q > 1 || suffix.first?.isLowercase == true } ?? false)
    else { return nil }
    let afterThe = words[i - 1].key == "the" && words[i - 1].joinsNext
      && !sentenceInitial.contains(i)
    // Only before a role title: "Harlow was founded" after "Greater Harlow" names the town.
    let modifier = sentenceInitial.contains(i) && words[i].joinsNext && i + 1 < words.count
      && !words[i + 1].isCapitalized && gazetteer.personTitles.contains(words[i + 1].key)
    let found: Int?
    if afterThe {
      let inner = namesByInnerWord[words[i].key].flatMap { $0 >= 0 ? $0 : nil }
      found = namesByHead[words[i].key].map { latest in
        // "the Community" after "the Parliamentary Assembly of the Western Marches Defence
        // Community": a name headed before its "of" is not what its last word stands for; the
        // first name the word ends is.
        guard isHeadedBeforeOf(mentions[latest].canonical), let first = firstNamesByHead[words[i].key],
          !isHeadedBeforeOf(mentions[first].canonical)
        else { return latest }
        return first
      } ?? inner
    } else if modifier {
      found = namesByHead[words[i].key]
    } else {
      found = nil
    }
    guard let m = found, mentions[m].basis != .demonym, mentions[m].type != .person,
      mentions[m].canonical != String(text.slice(words[i].range))
    else { return nil }
    let target = NameTarget(
      canonical: mentions[m].canonical, type: mentions[m].type, kinds: mentionKinds[m],
      basis: .reference)
    emit(words[i].range, target)
    return 1
  }

  /// Whether a name of unknown kind reads as something a short reference cannot point back to: a
  /// place after "in", "at" or "from" ("listed in Frankfurt"), or an adjective before a lowercase
  /// noun ("a European builder", "the Nordic market").
  func isUnlikelyReferent(_ range: TextRange) -> Bool {
    guard let w = wordIndex(startingAt: range.start) else { return false }
    if w > 0, TaggingRun.placePrepositions.contains(words[w - 1].key), !words[w - 1].isCapitalized,
      words[w - 1].joinsNext
    {
      return true
    }
    // "the Trois Vallons ski domain": the name's last word is the one before the noun.
    var last = w
    while last + 1 < words.count, words[last].range.end < range.end, last < w + 4 { last += 1 }
    guard words[last].range.end == range.end, last + 1 < words.count, words[last].joinsNext,
      !isHyphenated(last, last + 1), let next = words[last + 1].key.utf8.first,
      next >= 0x61 && next <= 0x7A,
      !words[last + 1].isCapitalized
    else { return false }
    let afterArticle = w > 0 && TaggingRun.articles.contains(words[w - 1].key)
    let demonymEnding = last == w
      && TaggingRun.demonymEndings.contains { words[w].key.hasSuffix($0) }
    return afterArticle || demonymEnding
  }

  /// Whether a name is part of a hyphenated adjective ("Oslo" in "Oslo-based").
  func isModifierName(_ range: TextRange) -> Bool {
    range.end + 1 < bytes.count && bytes[range.end] == UInt8(ascii: "-")
      && bytes[range.end + 1] >= 0x61 && bytes[range.end + 1] <= 0x7A
  }

  /// Whether mention `m` stands inside an apposition or participle phrase after an earlier name
  /// ("Kestrel Mining, the owner of two pits near Orlen, ..."; "Vantor, based in Lisk, ..."): it
  /// describes that name, and a later "the company" does not point back to it.
  func isInsideAside(_ m: Int) -> Bool {
    let comma = UInt8(ascii: ","), space = UInt8(ascii: " "), stop = UInt8(ascii: ".")
    let start = mentions[m].range.start
    var open = start - 1
    while open > 0, start - open < 160 {
      if bytes[open] == 10 || bytes[open] == stop && bytes[open + 1] == space { return false }
      if bytes[open] == comma && bytes[open + 1] == space { break }
      open -= 1
    }
    guard open > 0, bytes[open] == comma, let first = firstMentionEnding[open], first < m
    else { return false }
    var e = open + 2
    while e < start, bytes[e] >= 0x61 && bytes[e] <= 0x7A { e += 1 }
    let opener = String(decoding: bytes[(open + 2)..<e], as: UTF8.self)
    guard TaggingRun.articles.contains(opener) || opener.count > 3 && opener.hasSuffix("ed")
    else { return false }
    // The aside closes with a comma before the sentence goes on.
    var j = mentions[m].range.end
    while j + 1 < bytes.count, j < mentions[m].range.end + 120 {
      if bytes[j] == comma && bytes[j + 1] == space { return true }
      if bytes[j] == 10 || bytes[j] == stop && bytes[j + 1] == space { return false }
      j += 1
    }
    return false
  }

  /// The kinds of a place noun in "the <noun> of" right before word `i` ("the city of Harlow",
  /// "the town of Orva"), or `nil`; only nouns of places, countries and cities count.
  func namingNounKinds(before i: Int) -> [String]? {
    guard i >= 3, words[i - 1].key == "of", TaggingRun.articles.contains(words[i - 3].key),
      !words[i - 2].isCapitalized, words[i - 3].joinsNext, words[i - 2].joinsNext,
      let kinds = gazetteer.referenceNouns[words[i - 2].key],
      kinds.contains(where: { ["city", "place", "country"].contains($0) }),
      !kinds.contains(where: { TaggingRun.organizationKinds.contains($0) || $0 == "company" })
    else { return nil }
    return kinds
  }

  /// Whether mention `m` follows "<noun> of" ("the city of Harlow" for the noun "city").
  func isNamed(as noun: String, _ m: Int) -> Bool {
    let before = Array((noun + " of ").utf8)
    let start = mentions[m].range.start
    return start >= before.count
      && bytes[(start - before.count)..<start].elementsEqual(before) { $0 | 0x20 == $1 | 0x20 }
  }

  /// Whether word `k` is digits followed by a comma and more digits ("3" in "the 3,100-strong
  /// force"): a number written with a thousands separator stays one modifier.
  func isThousandsGroup(_ k: Int) -> Bool {
    guard k + 1 < words.count, words[k].range.end + 1 == words[k + 1].range.start,
      bytes[words[k].range.end] == UInt8(ascii: ","),
      let a = words[k].key.utf8.first, a >= 0x30 && a <= 0x39,
      let b = words[k + 1].key.utf8.first, b >= 0x30 && b <= 0x39
    else { return false }
    return true
  }

  /// Whether a word is a reporting period's code: "fy2024", "fy24", "q3", "h1".
  static func isPeriodCode(_ key: String) -> Bool {
    let b = Array(key.utf8)
    let digits: Int
    if b.count >= 4, b[0] == UInt8(ascii: "f"), b[1] == UInt8(ascii: "y") {
      digits = 2
    } else if b.count == 2, b[0] == UInt8(ascii: "q") || b[0] == UInt8(ascii: "h") {
      digits = 1
    } else {
      return false
    }
    return b[digits...].allSatisfy { $0 &- 0x30 < 10 } && b.count - digits <= 4
  }

  /// Whether words `a` and `b` are joined by a hyphen ("Oslo-based").
  func isHyphenated(_ a: Int, _ b: Int) -> Bool {
    b < words.count && words[a].range.end + 1 == words[b].range.start
      && bytes[words[a].range.end] == UInt8(ascii: "-")
  }

  /// Any other capitalized name: a person after a title or by a known surname, a head-typed
  /// name, or `other`.
  mutating func matchRun(at i: Int) -> Int? {
    let n = capitalizedRun(at: i)
    guard n > 0 else { return nil }
    // "FY2024 revenue", "Q3 sales", "H1 2025": a period of the calendar names nothing.
    if TaggingRun.isPeriodCode(words[i].key) { return 1 }
    // A run may hold a gazetteer name further on ("Russian President Vladimir Putin"): stop before it.
    var length = n
    for k in 1..<max(n, 1)
    where lookup(words[i + k].key) != nil && !isLooseSpelling(i + k)
      || gazetteer.personTitles.contains(words[i + k].key)
    {
      length = k
      break
    }
    if gazetteer.personTitles.contains(words[i].key) {
      return 1  // a title is not a name; the person after it is read next
    }
    // "Rear" in "Rear Admiral Lucia Ferro" is part of the title.
    if length == 1, gazetteer.titleModifiers.contains(words[i].key), words[i].joinsNext,
      i + 1 < words.count, gazetteer.personTitles.contains(words[i + 1].key)
    {
      return 1
    }
    var trimmed = length
    while trimmed > 1, TaggingRun.ofFor.contains(words[i + trimmed - 1].key) { trimmed -= 1 }
    // "Hollinbrook Building Society Annual Review": the title of a publication after a body's
    // name (a head word, then only words of such titles) is no part of the name.
    if trimmed >= 3, let k = (1..<(trimmed - 1)).last(where: { gazetteer.heads[words[i + $0].key] != nil }),
      ((k + 1)..<trimmed).allSatisfy({ TaggingRun.publicationWords.contains(words[i + $0].key) })
    {
      trimmed = k + 1
    }
    length = trimmed
    let range = span(i, length)
    let written = String(text.slice(range))
    if i > 0, gazetteer.personTitles.contains(words[i - 1].key), words[i - 1].joinsNext {
      emit(range, NameTarget(canonical: written, type: .person, kinds: ["person"], basis: .name))
      return length
    }
    // "When Ilse's elder son, Robbe, took over": one or two words set off by commas after a
    // noun of kinship name a relative.
    if length <= 2, i > 0, TaggingRun.kinshipNouns.contains(words[i - 1].key),
      bytes[words[i - 1].range.end..<range.start].elementsEqual(", ".utf8),
      range.end < bytes.count, bytes[range.end] == UInt8(ascii: ",")
    {
      emit(range, NameTarget(canonical: written, type: .person, kinds: ["person"], basis: .name))
      return length
    }
    // "said the association's chair, Henrik Dahl, 66": two words set off by a comma after a
    // lowercase title name its holder.
    if length == 2, i > 0, !words[i - 1].isCapitalized,
      gazetteer.personTitles.contains(words[i - 1].key),
      bytes[words[i - 1].range.end..<range.start].elementsEqual(", ".utf8)
    {
      emit(range, NameTarget(canonical: written, type: .person, kinds: ["person"], basis: .name))
      return length
    }
    // "Lettie Marsh, secretary of the breeders' association, said": two words set off by a comma
    // before a lowercase title and "of" name its holder.
    if length == 2, i + 3 < words.count, !words[i + 1].isPossessive,
      bytes[range.end..<words[i + 2].range.start].elementsEqual(", ".utf8),
      !words[i + 2].isCapitalized, gazetteer.personTitles.contains(words[i + 2].key),
      words[i + 3].key == "of", words[i + 2].joinsNext
    {
      emit(range, NameTarget(canonical: written, type: .person, kinds: ["person"], basis: .name))
      return length
    }
    // "Hallam's holds 14 percent" after "Simon Hallam": a verb right after the possessive ending
    // makes it the name, not the person's.
    if length == 1, words[i].isPossessive, possessiveNames.contains(words[i].key),
      lookup(words[i].key) == nil, surnames[words[i].key] == nil || hasVerbAfterPossessive(i)
    {
      emit(TextRange(range.start, range.end + 2),
           NameTarget(canonical: written + "'s", type: .other, kinds: [], basis: .name),
           key: key(i, 1) + "'s")
      return 1
    }
    if let full = surnames[words[i + length - 1].key], length <= 2 {
      emit(range, NameTarget(canonical: full, type: .person, kinds: ["person"], basis: .name))
      return length
    }
    // "Saltby-on-Wend" is a place, and "Saltby" alone is its short name later in the text.
    if length >= 3, isHyphenated(i, i + 1), isHyphenated(i + 1, i + 2),
      TaggingRun.nameParticles.contains(words[i + 1].key)
    {
      let place = String(text.slice(span(i, 3)))
      if length == 3 {
        emit(range, NameTarget(canonical: place, type: .place, kinds: ["place", "city"],
                               basis: .name), key: key(i, 3))
        return 3
      }
    }
    if length == 1, let place = hyphenatedPlaces[words[i].key] {
      emit(range, NameTarget(canonical: place, type: .place, kinds: ["place", "city"],
                             basis: .name))
      return 1
    }
    let appositionKinds = apposition(after: i + length - 1)
    let predicatedKinds = appositionKinds == nil ? placePredication(of: i, after: i + length - 1) : nil
    if length == 1 {
      // "Officially, the company dates from 1958": an adverb opening a sentence before a comma
      // is no name, though what follows the comma reads like an apposition.
      if sentenceInitial.contains(i), range.end < bytes.count, bytes[range.end] == UInt8(ascii: ","),
        words[i].key.count >= 6, TaggingRun.adverbEndings.contains(where: words[i].key.hasSuffix)
      {
        return 1
      }
      // "the Faroese regional carrier": a word that only describes the noun a reference ends in.
      if placeQualifier(after: i) == nil, describesAReference(i) { return 1 }
      // "based in Marrach, Caldris": a word after a comma that closes a place's one-word name
      // is the larger place it lies in.
      if isPlaceAfterPlace(i) {
        emit(range, NameTarget(canonical: written, type: .place, kinds: ["place"], basis: .name), key: key(i, 1))
        placeWords.insert(words[i].key)
        return 1
      }
      // "Kastrel metropolitan area" beside "Kastrel Morning Courier" is a place.
      if let (q, suffix) = placeQualifier(after: i, multiWordOnly: true) {
        let place = NameTarget(canonical: written + " " + suffix, type: .place, kinds: ["place"], basis: .name)
        emit(span(i, 1 + q), place, key: key(i, 1) + " " + WordScanner.fold(suffix))
        return 1 + q
      }
      // "Kestrel" after "Kestrel Software": a company's first word alone names it, unless the
      // text has used the word alone as a place before.
      // "Brackenford, then a town of 9,000": an apposition that makes the word a place wins.
      if !placeWords.contains(words[i].key),
        appositionKinds.map({ TaggingRun.type(ofKinds: $0) != .place }) ?? true,
        let m = companyNamed(by: i, apposed: appositionKinds?.contains("company") == true)
      {
        let target = NameTarget(canonical: mentions[m].canonical, type: mentions[m].type, kinds: mentionKinds[m], basis: .name)
        emit(range, target)
        return 1
      }
      // An acronym opening a sentence is a name ("UNMET now fields ..."), and so is a word the
      // apposition after it names ("Kelvar, the port city to the south, ...") or a relative
      // clause describes ("Tarnby, where the firm is based, ...").
      let acronym = words[i].isAllCaps && words[i].key.count >= 2
      // "LUSD" after "Larchfield Unified School District": an undefined acronym spelled by the
      // capitals of a name already read is that name.
      if acronym, lookup(words[i].key) == nil, let m = nameSpelled(by: words[i].key) {
        let target = NameTarget(
          canonical: mentions[m].canonical, type: mentions[m].type, kinds: mentionKinds[m],
          basis: .definedAlias)
        emit(range, target)
        return 1
      }
      // "Lessaria has hosted ..." beside "Lessarian": a country opening a sentence is a name too.
      if sentenceInitial.contains(i) && !capitalizedMidSentence.contains(words[i].key) && !acronym
        && appositionKinds == nil && predicatedKinds == nil && !opensRelativeClause(after: i)
        && !demonymCountries.contains(words[i].key)
      {
        if let place = possessingSubject(at: i) {
          emit(range, NameTarget(canonical: written, type: place ? .place : .other,
                                 kinds: place ? ["place"] : [], basis: .name), key: key(i, 1))
        } else if ownsAFigure(at: i) {
          emit(range, NameTarget(canonical: written, type: .other, kinds: [], basis: .name),
               key: key(i, 1))
        }
        return 1
      }
      // "Growers paid ..." after "Glasshouse Growers' Association" and "40 growers": a lone word
      // opening a sentence that the text also writes in lowercase is a common noun, even when a
      // longer name holds it.
      if sentenceInitial.contains(i), !acronym, appositionKinds == nil, predicatedKinds == nil,
        lowercaseKeys.contains(words[i].key), lookup(words[i].key) == nil,
        !opensRelativeClause(after: i)
      {
        return 1
      }
      if words[i].key.count < 2 { return 1 }
    }
    // "Halvorsen Maritime" after "Halvorsen Maritime Group": the shorter form of a name already
    // read (two words at least, so that a lone "Halvorsen" stays ambiguous with a person).
    // Only recent mentions are searched, so a long text stays linear.
    // "St Aldric's had income of ..." after "St Aldric's Credit Union": a possessive short form.
    if length >= 2, words[i + length - 1].isPossessive, range.end + 2 <= bytes.count,
      bytes[range.end] == UInt8(ascii: "'"), bytes[range.end + 1] == UInt8(ascii: "s"),
      let m = longerName(startingWith: written + "'s")
    {
      let target = NameTarget(canonical: mentions[m].canonical, type: mentions[m].type, kinds: mentionKinds[m], basis: .name)
      emit(TextRange(range.start, range.end + 2), target)
      return length
    }
    // "The Stroughton Valley Railway employs ..." after "Stroughton Valley Railway Society": a
    // name the text wrote out as its own entity before (not in its headline) stays that entity.
    // "Lower Aumont has 1.32 million inhabitants" after "Lower Aumont Regional Parliament": the
    // place a governing body is named after is not that body.
    // "Port Ardent has 540,000 inhabitants" after "Port Ardent Airport Authority": a name that a
    // longer one goes on from with a compound of two or more capitalized words is named after it.
    // "Harlan Bluff, by now a city of 41,000 people" after "Harlan Bluff Museum of Art": an
    // apposition that makes the name a place wins.
    if length >= 2, !namedOnItsOwn(written, key: key(i, length)),
      appositionKinds.map({ TaggingRun.type(ofKinds: $0) != .place }) ?? true,
      let m = longerName(startingWith: written), !isGoverningBody(mentions[m].canonical),
      !isNamedAfter(written, mentions[m].canonical),
      !isBodyOfItsOwn(written, before: mentions[m].canonical)
    {
      let target = NameTarget(canonical: mentions[m].canonical, type: mentions[m].type, kinds: mentionKinds[m], basis: .name)
      emit(range, target)
      return length
    }
    // "with their neighbour Frank Crane as a silent partner": two or three words opening with a
    // given name, that no head word types and no place word follows, name a person.
    if length == 2 || length == 3, gazetteer.givenNames.contains(words[i].key), !words[i].isAllCaps,
      headRule(i, length) == nil, placeQualifier(after: i + length - 1) == nil,
      appositionKinds == nil
    {
      emit(range, NameTarget(canonical: written, type: .person, kinds: ["person"], basis: .name))
      return length
    }
    if let head = headRule(i, length), length >= 2 {
      emit(range, NameTarget(canonical: written, type: head.type, kinds: head.kinds, basis: .name), key: key(i, length))
    } else if let (q, suffix) = placeQualifier(after: i + length - 1) {
      // "the Lakeport metropolitan area" is another place than Lakeport.
      let place = NameTarget(canonical: written + " " + suffix, type: .place, kinds: ["place"], basis: .name)
      emit(span(i, length + q), place, key: key(i, length) + " " + WordScanner.fold(suffix))
      return length + q
    } else if let kinds = appositionKinds {
      emit(range, NameTarget(canonical: written, type: TaggingRun.type(ofKinds: kinds), kinds: kinds, basis: .name),
           key: key(i, length))
    } else if let kinds = predicatedKinds {
      // "Vaitarua is the capital": a place for the references after it ("the city"); its type
      // stays open, as a dateline's does (see ``emit(_:_:basis:key:)``), so that the subject of
      // its figures is chosen as before.
      emit(range, NameTarget(canonical: written, type: .other, kinds: kinds, basis: .name), key: key(i, length))
    } else if let kinds = namingNounKinds(before: i) {
      // "the city of Korsholm": the noun before "of" says what the name is.
      let type = TaggingRun.type(ofKinds: kinds)
      emit(range, NameTarget(canonical: written, type: type, kinds: kinds, basis: .name),
           key: key(i, length))
      if length == 1, type == .place { placeWords.insert(words[i].key) }
    } else {
      emit(range, NameTarget(canonical: written, type: .other, kinds: [], basis: .name), key: key(i, length))
    }
    if length == 1, isAfterPlacePreposition(i) { placeWords.insert(words[i].key) }
    return length
  }

  /// Whether word `i` matches a one-word gazetteer name only once its diacritics are folded away
  /// ("Male" for "Malé"): inside a longer capitalized run it is an English word of that name
  /// ("Ashgrove Male Voice Choir"), not the place.
  func isLooseSpelling(_ i: Int) -> Bool {
    guard let target = lookup(words[i].key), !target.canonical.contains(" "),
      target.canonical.utf8.contains(where: { $0 >= 0x80 })
    else { return false }
    return bytes[words[i].range.start..<words[i].range.end].allSatisfy { $0 < 0x80 }
  }

  /// Whether word `i` follows "in", "at" or "near" that follows a lowercase noun ("a shop in
  /// Dunlow", "the depot at Marrick") or a locating participle ("based in Dunlow"): a place. After
  /// a verb ("invested in Kestrel") or "stake in" the word may still be a company, so only a noun
  /// before the preposition counts, and not one of shares and stakes.
  func isAfterPlacePreposition(_ i: Int) -> Bool {
    guard i >= 2, TaggingRun.locativePrepositions.contains(words[i - 1].key), words[i - 1].joinsNext,
      !words[i - 1].isCapitalized, words[i - 2].joinsNext, !words[i - 2].isCapitalized
    else { return false }
    let noun = words[i - 2].key
    guard noun.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }), noun.count > 2,
      !TaggingRun.notPlaceNouns.contains(noun), !noun.hasSuffix("ing"), !noun.hasSuffix("ly")
    else { return false }
    return !noun.hasSuffix("ed") || TaggingRun.locatingParticiples.contains(noun)
  }

  /// Whether word `i` follows ", " after a one-word name read as a place after a locative
  /// preposition ("based in Marrach, Caldris"), and nothing but a clause's end follows it.
  func isPlaceAfterPlace(_ i: Int) -> Bool {
    guard i >= 3, words[i - 1].isCapitalized, placeWords.contains(words[i - 1].key),
      isAfterPlacePreposition(i - 1),
      bytes[words[i - 1].range.end..<words[i].range.start].elementsEqual(", ".utf8),
      words[i].range.end < bytes.count
    else { return false }
    return [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ")")]
      .contains(bytes[words[i].range.end])
  }

  /// Participles that place what they describe ("based in Dunlow").
  static let locatingParticiples: Set<String> = ["based", "headquartered", "located", "situated", "born"]

  static let locativePrepositions: Set<String> = ["in", "at", "near", "outside"]
  /// Nouns and function words before "in" that do not make a place of the name after it ("a
  /// stake in Kestrel", "shares in Orbis", "is in Halden's hands").
  static let notPlaceNouns: Set<String> = [
    "stake", "stakes", "share", "shares", "interest", "interests", "investment", "investments",
    "holding", "holdings", "role", "part", "is", "are", "was", "were", "be", "been", "and", "or",
    "the", "its", "their", "jobs", "job", "work", "career",
  ]

  static let possessionVerbs: Set<String> = ["has", "had"]
  /// Verbs that give their subject a figure right after them ("Tarvik employs 900 people",
  /// "Tarvik holds 12 percent of ...").
  static let figureVerbs: Set<String> = [
    "employs", "employed", "holds", "held", "covers", "spans", "counts", "spent", "spends",
    "earns", "earned", "fields",
  ]
  /// Hedges that may stand between such a verb and its figure ("employs more than 2,000").
  static let hedgeWords: Set<String> = [
    "more", "than", "about", "some", "nearly", "almost", "around", "over", "roughly", "just",
    "fewer", "less", "under", "close", "to",
  ]
  static let copulas: Set<String> = ["was", "were", "is", "are"]

  /// Whether a lone capitalized word opening a sentence, never written in lowercase in the text,
  /// owns a lowercase noun given a figure a few words on: "Kelby's population rose to 9,100".
  func ownsAFigure(at i: Int) -> Bool {
    guard words[i].isPossessive, !lowercaseKeys.contains(words[i].key), i + 2 < words.count,
      !words[i + 1].isCapitalized, words[i + 1].range.start == words[i].range.end + 3
    else { return false }
    let limit = min(words.count, i + 7)
    let sentenceEnd = (i + 1..<limit).first { sentenceInitial.contains($0) } ?? limit
    return (i + 2..<sentenceEnd).contains { k in
      words[k].key.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } == true
    }
  }

  /// Whether a lone capitalized word opening a sentence, never written in lowercase in the text,
  /// is the subject of a sentence that gives it a figure: "Dunmere has 40,000 residents",
  /// "Tarvik had revenue of ...", "Tarvik employs more than 900 people", "Tarvik was founded in
  /// 1962" (nil otherwise; `true` when a lowercase place noun names its class: "Dunmere county
  /// has ...").
  func possessingSubject(at i: Int) -> Bool? {
    guard !lowercaseKeys.contains(words[i].key), i + 2 < words.count else { return nil }
    var verb = i + 1
    // "Ardania, the largest coastal state, has an army of 45,000": an apposition of lowercase
    // words may stand between the name and the verb.
    if !words[i].joinsNext {
      guard let after = appositionEnd(after: i) else { return nil }
      verb = after
    }
    let classNoun = !words[verb].isCapitalized
      && gazetteer.referenceNouns[words[verb].key]?.contains("place") == true
    if classNoun {
      guard words[verb].joinsNext else { return nil }
      verb += 1
    }
    guard !words[verb].isCapitalized, words[verb].joinsNext, verb + 1 < words.count
    else { return nil }
    var count = verb + 1
    func isLowerJoined(_ k: Int) -> Bool {
      k < words.count && !words[k].isCapitalized && words[k].joinsNext
    }
    let key = words[verb].key
    if TaggingRun.possessionVerbs.contains(key) {
      // "Dunmere has a population of 31,000", "Tarvik had revenue of 640 million": an article,
      // one lowercase noun and "of" may come first.
      if count + 3 < words.count, TaggingRun.articles.contains(words[count].key),
        words[count].joinsNext, isLowerJoined(count + 1), words[count + 2].key == "of",
        words[count + 2].joinsNext
      {
        count += 3
      } else if count + 2 < words.count, isLowerJoined(count), words[count + 1].key == "of",
        words[count + 1].joinsNext
      {
        count += 2
      }
    } else if TaggingRun.figureVerbs.contains(key) {
      while count + 1 < words.count, TaggingRun.hedgeWords.contains(words[count].key),
        isLowerJoined(count)
      {
        count += 1
      }
    } else if TaggingRun.copulas.contains(key) {
      // "Tarvik was founded in 1962": a passive participle, "in" and a year.
      guard isLowerJoined(count), words[count].key.hasSuffix("ed") || words[count].key == "set"
      else { return nil }
      count += 1
      if count < words.count, words[count].key == "up", isLowerJoined(count) { count += 1 }
      guard count + 1 < words.count, words[count].key == "in", words[count].joinsNext,
        words[count + 1].key.utf8.count == 4
      else { return nil }
      count += 1
    } else {
      return nil
    }
    // "an army of about 45,000": a hedge may come before the number.
    if count + 1 < words.count, TaggingRun.hedgeWords.contains(words[count].key),
      isLowerJoined(count)
    {
      count += 1
    }
    guard count < words.count, let digit = words[count].key.utf8.first,
      digit >= 0x30 && digit <= 0x39
    else { return nil }
    return classNoun
  }

  /// The index of the word after an apposition of an article and up to five lowercase words set
  /// off by commas right after word `i` (", the largest coastal state, has"), or `nil`.
  func appositionEnd(after i: Int) -> Int? {
    guard i + 3 < words.count, words[i].range.end + 2 == words[i + 1].range.start,
      bytes[words[i].range.end] == UInt8(ascii: ","), !words[i + 1].isCapitalized,
      TaggingRun.articles.contains(words[i + 1].key)
    else { return nil }
    for k in (i + 2)..<min(words.count - 1, i + 8) {
      guard !words[k].isCapitalized else { return nil }
      if words[k].joinsNext { continue }
      guard words[k].range.end + 2 == words[k + 1].range.start,
        bytes[words[k].range.end] == UInt8(ascii: ","), !words[k + 1].isCapitalized
      else { return nil }
      return k + 1
    }
    return nil
  }

  /// The latest of the last 300 mentions (not a reference) of an organization or other name that
  /// starts with `written` and a space.
  /// Whether the text has read `written` as an entity of its own, with that very name, after
  /// its first sentence (a headline may shorten a name the body gives in full).
  func namedOnItsOwn(_ written: String, key: String) -> Bool {
    guard spellings[key] == written else { return false }
    return mentions.suffix(300).contains {
      $0.canonical == written && $0.basis == .name && $0.range.start >= headlineEnd
    }
  }

  /// Whether `longer` goes on from `written` with two or more words that open with a capital and
  /// no joining word ("Port Ardent" in "Port Ardent Airport Authority", not "Kellingford
  /// Institute" in "Kellingford Institute of Technology" nor "Halden Marine" in "Halden Marine
  /// Works").
  func isNamedAfter(_ written: String, _ longer: String) -> Bool {
    let rest = longer.dropFirst(written.count + 1).split(separator: " ")
    guard rest.count >= 2 else { return false }
    return rest.prefix(2).allSatisfy { word in
      word.first.map { $0.isUppercase } ?? false
    }
  }

  /// Whether `written` ends in a head of its own, a body's or a place's ("Tamsin Community
  /// College", "Kessan Valley"), and `longer` goes on from it to end in the head of an
  /// organization that is not a company ("... College Foundation", "... Valley Trust"): the
  /// shorter name is another entity, which the longer one is named after. "Halvorsen Maritime"
  /// (no head) and "Orla Rail" before "Orla Rail Holdings" (a company's) stay short forms.
  func isBodyOfItsOwn(_ written: String, before longer: String) -> Bool {
    guard let space = written.lastIndex(of: " "), let longerSpace = longer.lastIndex(of: " ")
    else { return false }
    let last = WordScanner.fold(String(written[written.index(after: space)...]))
    let longerLast = WordScanner.fold(String(longer[longer.index(after: longerSpace)...]))
    guard gazetteer.heads[last] != nil || gazetteer.bodyHeads.contains(last),
      let head = gazetteer.heads[longerLast], head.type == .organization,
      !head.kinds.contains("company")
    else { return false }
    return true
  }

  /// Whether a name ends in a word of a body governing a place ("... Regional Parliament").
  func isGoverningBody(_ canonical: String) -> Bool {
    guard let space = canonical.lastIndex(of: " ") else { return false }
    return gazetteer.governingHeads.contains(WordScanner.fold(String(canonical[canonical.index(after: space)...])))
  }

  func longerName(startingWith written: String) -> Int? {
    let prefix = written + " "
    // Such a name's first word (up to its first space) is the prefix's first word, so only the
    // mentions indexed under that word can match.
    guard let space = prefix.firstIndex(of: " "),
      let candidates = namesByFirstWord[prefix[..<space]]
    else { return nil }
    let prefixBytes = Array(prefix.utf8)
    let bytewise = prefixBytes.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    let window = max(0, mentions.count - 300)
    for m in candidates.reversed() {
      if m < window { return nil }
      if (bytewise
        ? TaggingRun.hasPrefix(mentions[m].canonical, ascii: prefixBytes, prefix)
        : mentions[m].canonical.hasPrefix(prefix)) && mentions[m].basis != .reference
        && (mentions[m].type == .organization || mentions[m].type == .other)
      {
        return m
      }
    }
    return nil
  }

  /// `name.hasPrefix(prefix)` for a prefix of ASCII bytes other than CR: compared by bytes while
  /// both sides are ASCII, where characters are bytes; by characters if `name` has others there.
  static func hasPrefix(_ name: String, ascii prefix: [UInt8], _ prefixString: String) -> Bool {
    var k = 0
    for b in name.utf8 {
      if k == prefix.count {
        // A non-ASCII scalar right after may join the last character (a combining mark).
        return b < 0x80 ? true : name.hasPrefix(prefixString)
      }
      if b != prefix[k] { return b < 0x80 ? false : name.hasPrefix(prefixString) }
      k += 1
    }
    return k == prefix.count
  }

  /// Whether word `i` stands between "the" (or "a") and the noun of a reference, with at most two
  /// lowercase words between ("the Faroese regional carrier", "a Danish shipping company").
  func describesAReference(_ i: Int) -> Bool {
    guard i > 0, TaggingRun.articles.contains(words[i - 1].key), words[i - 1].joinsNext else { return false }
    var k = i
    while k < words.count, k <= i + 3, words[k].joinsNext, k + 1 < words.count, !words[k + 1].isCapitalized {
      k += 1
      if gazetteer.referenceNouns[words[k].key] != nil { return true }
    }
    return false
  }

  /// Whether a name of unknown kind is short and holds no word that never names ("Military
  /// Alliance Is Not ..." is a headline, not a company). An ampersand is no word ("Cascade Light
  /// & Power").
  func looksLikeAName(_ canonical: String) -> Bool {
    let parts = canonical.split(separator: " ").filter { $0 != "&" }
    return parts.count <= 3 && !parts.contains { gazetteer.notNames.contains(WordScanner.fold(String($0))) }
  }

  /// The first mention, among the last 300, of a company (or of a short name of unknown kind)
  /// whose name starts with word `i` and goes on ("Skerry" after "Skerry Air"). Names of other kinds often start with a
  /// place ("Sarnow Transit Authority"), so their first word alone is not theirs.
  ///
  /// With `apposed` (an apposition after the word calls it a company: "Corvel, the second-largest
  /// bank by deposits, ..."), a body's name of any head that starts with the word counts too
  /// ("Corvel Bank").
  func companyNamed(by i: Int, apposed: Bool = false) -> Int? {
    guard !words[i].isAllCaps, surnames[words[i].key] == nil, gazetteer.names[words[i].key] == nil else { return nil }
    // "the city of Bremford" names the place, not "Bremford Exhibitions".
    if i >= 2, words[i - 1].key == "of", let kinds = gazetteer.referenceNouns[words[i - 2].key],
      kinds.contains("city") || kinds.contains("place") || kinds.contains("country")
    {
      return nil
    }
    guard let candidates = namesByFirstWord[text.slice(words[i].range)] else { return nil }
    let window = mentions.count - 300
    func fits(_ m: Int) -> Bool {
      mentions[m].basis != .reference
        && mentions[m].basis != .demonym && (mentions[m].type == .organization || mentions[m].type == .other)
        && (mentionKinds[m].contains("company") || mentionKinds[m].isEmpty && looksLikeAName(mentions[m].canonical)
          || apposed && mentions[m].type == .organization)
    }
    // "Skerry Air ... its subsidiary Skerry Cargo ... Skerry said": of two companies sharing the
    // word, the short name is the one named first, the article's own; a later one is qualified.
    guard let first = candidates.first(where: { $0 >= window && fits($0) }) else { return nil }
    // "Castellane to buy Pruett Freight" over "Pruett Freight Services ... Pruett said": a
    // headline shortens the name the body gives in full.
    if opensWithHeadline, mentions[first].range.end <= headlineEnd {
      let prefix = mentions[first].canonical + " "
      if let full = candidates.first(where: { m in
        m > first && mentions[m].range.start >= headlineEnd && fits(m)
          && mentions[m].canonical.hasPrefix(prefix)
      }) {
        return full
      }
    }
    return first
  }

  /// The latest name of three words or more (not a reference), among the last 300 mentions, whose
  /// capitalized words' initials spell `acronym` (lowercase), or whose capitals around its
  /// ampersand do ("h&v" for "Hollins & Vey Dairy Cooperative").
  func nameSpelled(by acronym: String) -> Int? {
    let target = Array(acronym.utf8)
    guard target.count >= 3, let m = namesByInitials[target], m >= mentions.count - 300 else { return nil }
    return m
  }

  /// Indexes mention `m` for ``companyNamed(by:)`` and ``nameSpelled(by:)``, so that neither
  /// scans the mentions read so far.
  mutating func indexByWords(_ m: Int) {
    let canonical = mentions[m].canonical
    // A space between ASCII bytes is a character of its own, so a byte search finds it.
    let ascii = canonical.utf8.allSatisfy { $0 < 0x80 }
    guard let space = ascii ? canonical.utf8.firstIndex(of: 0x20) : canonical.firstIndex(of: " ")
    else { return }
    // "Orm" alone is a place, not "Orm and Tessel Water Board".
    if !canonical[space...].hasPrefix(" and ") {
      namesByFirstWord[canonical[..<space], default: []].append(m)
    }
    guard mentions[m].basis == .name || mentions[m].basis == .definedAlias,
      mentions[m].type != .person, mentions[m].type != .date
    else { return }
    // The words between single spaces (as `split` gives them) and the capitals they start with.
    var parts = 0
    var initials: [UInt8] = []
    // "Hollins & Vey Dairy Cooperative" is "H&V" too: the capitals around its ampersand.
    var ampersandInitials: [UInt8]?
    var atStart = true
    for b in canonical.utf8 {
      if b == 0x20 {
        atStart = true
      } else {
        if atStart {
          parts += 1
          if b >= 0x41 && b <= 0x5A {
            if let spelled = ampersandInitials, spelled.last == UInt8(ascii: "&") {
              namesByInitials[spelled + [b + 0x20]] = m
              ampersandInitials = spelled + [b + 0x20]
            }
            initials.append(b + 0x20)
          } else if b == UInt8(ascii: "&"), ampersandInitials == nil, !initials.isEmpty {
            ampersandInitials = initials + [b]
          }
        }
        atStart = false
      }
    }
    guard parts >= 3 else { return }
    namesByInitials[initials] = m
  }

  /// Whether a relative clause opens after word `i` (", where", ", which", ", who").
  func opensRelativeClause(after i: Int) -> Bool {
    i + 1 < words.count && !words[i].joinsNext
      && bytes[words[i].range.end..<words[i + 1].range.start].elementsEqual(", ".utf8)
      && TaggingRun.relativeWords.contains(words[i + 1].key) && !words[i + 1].isCapitalized
  }

  /// The reference kinds of an apposition right after word `i`: ", the port city ...", ", a
  /// logistics company ..." (an article, up to three lowercase words, then a reference noun).
  func apposition(after i: Int) -> [String]? {
    // "(KTA), a customs bloc": an acronym defined in brackets may stand before the comma.
    let bracketed = words[i].isAllCaps && words[i].range.start > 0
      && bytes[words[i].range.start - 1] == UInt8(ascii: "(")
    guard i + 2 < words.count, !words[i].joinsNext,
      bytes[words[i].range.end..<words[i + 1].range.start].elementsEqual(", ".utf8)
        || bracketed
          && bytes[words[i].range.end..<words[i + 1].range.start].elementsEqual("), ".utf8)
    else { return nil }
    // "Brackenford, then a town of 9,000, ...", "by now a city of": an adverb of time may stand
    // before the article.
    var a = i + 2 < words.count && ["then", "now", "still", "once"].contains(words[i + 1].key)
      && words[i + 1].joinsNext ? i + 2 : i + 1
    if i + 3 < words.count, words[i + 1].key == "by", words[i + 1].joinsNext, words[i + 2].joinsNext,
      ["then", "now"].contains(words[i + 2].key)
    {
      a = i + 3
    }
    // "Ilmaranta, Suvelia's second-largest city, ...": a one-word name's possessive stands for
    // the article.
    guard a + 1 < words.count,
      TaggingRun.articles.contains(words[a].key) && !words[a].isCapitalized
        || words[a].isCapitalized && !words[a].isAllCaps && words[a].isPossessive && a == i + 1
    else { return nil }
    var k = a + 1
    // A capitalized modifier may stand first ("the Faroese regional carrier").
    while k < words.count, k <= a + 4, words[k - 1].joinsNext || k == a + 1 && words[a].isPossessive,
      !words[k].isCapitalized || k == a + 1
    {
      // "the country's largest chain": a possessive noun owns the head; it is not the head, and
      // the apposition still marks the word before it as a name, of a kind the text leaves open.
      let possessive = words[k].isPossessive && !words[k].isCapitalized
      // "a nine-nation bloc": a noun inside a hyphenated compound only describes the head.
      // "Abroad, the VCA works with ...": a noun that reads as a verb after a name is its verb.
      let verbLike = k > a + 1 && words[k].key.hasSuffix("s") && !words[k].key.hasSuffix("ss")
      // "a mill town": a noun before another noun only describes it.
      let describesNext = k + 1 < words.count && words[k].joinsNext && !words[k + 1].isCapitalized
        && gazetteer.referenceNouns[words[k + 1].key] != nil && !isHyphenated(k, k + 1)
      if !verbLike, !describesNext, let kinds = possessive ? [] : gazetteer.referenceNouns[words[k].key],
        !words[k].isCapitalized, !isHyphenated(k, k + 1), !isHyphenated(k - 1, k)
      {
        // "Set up in 1889 on the banks of the Scarpe, the company employs ...": a verb right
        // after the noun makes it the subject of the main clause after a fronted phrase.
        if opensMainClause(after: k) { return nil }
        // The apposition closes with a comma before the sentence goes on ("Kelvar, the port city
        // to the south, has ..."); "Elsewhere, the city has ..." opens with an adverb instead.
        var j = words[k].range.end
        while j < bytes.count, j < words[k].range.end + 120 {
          if bytes[j] == UInt8(ascii: ",") { return kinds }
          // A sentence ends the search; a decimal point ("1.6 million") does not.
          if bytes[j] == 10 || bytes[j] == UInt8(ascii: ".") && (j + 1 == bytes.count || bytes[j + 1] == 32 || bytes[j + 1] == 10) {
            return nil
          }
          j += 1
        }
        return nil
      }
      k += 1
    }
    return nil
  }

  /// Verbs that say what a name is ("Vaitarua is the capital ...").
  static let predicatingVerbs: Set<String> = ["is", "was", "remains", "became"]

  /// The place kinds a copula right after word `i` gives the name that starts at word `start`:
  /// "Vaitarua is the capital and largest city of ...", "Corlay was a market town in ..." (an
  /// article, up to four lowercase modifiers, then a noun of places only, and no noun after it:
  /// "is a city council member" says nothing of the name). Not in a relative clause: in "the
  /// region, of which Dravik is the capital, has ..." the region is the sentence's subject.
  func placePredication(of start: Int, after i: Int) -> [String]? {
    let a = i + 2
    if start > 0, TaggingRun.relativeWords.contains(words[start - 1].key) { return nil }
    guard a + 1 < words.count, words[i].joinsNext, Self.predicatingVerbs.contains(words[i + 1].key),
      words[i + 1].joinsNext, TaggingRun.articles.contains(words[a].key), words[a].joinsNext
    else { return nil }
    var k = a + 1
    while k < words.count, k <= a + 5, !words[k].isCapitalized,
      let first = words[k].key.utf8.first, first >= 0x61 && first <= 0x7A
    {
      if let kinds = gazetteer.referenceNouns[words[k].key], !kinds.isEmpty,
        kinds.allSatisfy(TaggingRun.placeKinds.contains), !isHyphenated(k - 1, k), !isHyphenated(k, k + 1)
      {
        guard k + 1 < words.count, words[k].joinsNext else { return kinds }
        let next = words[k + 1].key
        return ["of", "in", "on", "and", "near", "at", "with", "where", "that", "which", "whose"].contains(next)
          ? kinds : nil
      }
      if !words[k].joinsNext { return nil }
      k += 1
    }
    return nil
  }

  /// Adverbs that may stand between a subject and its verb ("the company now employs").
  static let subjectAdverbs: Set<String> = ["now", "still", "also", "already", "then", "today"]

  /// Whether the words after noun `k` are a verb of which the noun is the subject: a verb that
  /// follows a name ("was", "has", "employs"), perhaps after an adverb.
  func opensMainClause(after k: Int) -> Bool {
    var v = k + 1
    guard words[k].joinsNext, v < words.count, !words[v].isCapitalized else { return false }
    if TaggingRun.subjectAdverbs.contains(words[v].key), words[v].joinsNext, v + 1 < words.count {
      v += 1
    }
    return !words[v].isCapitalized
      && (TaggingRun.verbsAfterPossessiveName.contains(words[v].key)
        || TaggingRun.figureVerbs.contains(words[v].key))
  }

  /// The entity type a reference noun's kinds suggest ("city" a place, "company" an organization).
  static func type(ofKinds kinds: [String]) -> EntityType {
    if kinds.contains("country") { return .country }
    if kinds.contains("city") || kinds.contains("place") { return .place }
    if kinds.contains(where: { TaggingRun.organizationKinds.contains($0) }) {
      return .organization
    }
    return .other
  }

  // MARK: Dates

  static let months: [String: Int] = [
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
  ]

  /// "May 15", "Jan 10, 2017", "December 2016", "10 January 2017".
  mutating func matchDate(at i: Int) -> Int? {
    func number(_ k: Int) -> Int? {
      guard k < words.count, words[k].key.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
      return Int(words[k].key)
    }
    func isNear(_ a: Int, _ b: Int, allowComma: Bool) -> Bool {
      let gap = bytes[words[a].range.end..<words[b].range.start]
      return gap.elementsEqual(" ".utf8) || gap.elementsEqual(". ".utf8) || (allowComma && gap.elementsEqual(", ".utf8))
    }
    var start = i
    var day: Int?
    var k = i
    if let d = number(i), (1...31).contains(d), i + 1 < words.count, words[i + 1].isCapitalized,
      TaggingRun.months[words[i + 1].key] != nil, isNear(i, i + 1, allowComma: false)
    {
      day = d
      k = i + 1
    }
    guard words[k].isCapitalized, let month = TaggingRun.months[words[k].key] else { return nil }
    start = i
    var end = k
    var year: Int?
    if day == nil, let d = number(k + 1), (1...31).contains(d), isNear(k, k + 1, allowComma: false) {
      day = d
      end = k + 1
    }
    if let y = number(end + 1), (1000...2100).contains(y), isNear(end, end + 1, allowComma: true) {
      year = y
      end += 1
    }
    guard day != nil || year != nil else { return nil }
    if words[k].key == "may", day == nil { return nil }
    let mm = month < 10 ? "0\(month)" : "\(month)"
    let dd = day.map { $0 < 10 ? "-0\($0)" : "-\($0)" } ?? ""
    let canonical = year.map { "\($0)-\(mm)\(dd)" } ?? "--\(mm)\(dd)"
    emit(span(start, end - start + 1), NameTarget(canonical: canonical, type: .date, kinds: ["date"], basis: .name))
    return end - start + 1
  }
}

// MARK: Twenty-fourth pass

extension TaggingRun {
  /// "the Sarnthal district", "the Kelmar region", "the Solen islands": one capitalized word
  /// the gazetteer does not know, between "the" and a lowercase noun of a place, is that place,
  /// not a body whose name it begins ("Sarnthal Alpine Rescue Service"). A plural noun belongs to
  /// the name ("Solen Islands"); a body's noun after the place noun ("the Sarnthal district
  /// council") makes the phrase a body's.
  mutating func matchPlaceBeforePlaceNoun(at i: Int) -> Int? {
    guard i > 0, i + 1 < words.count, words[i - 1].key == "the", words[i - 1].joinsNext,
      !sentenceInitial.contains(i), words[i].joinsNext, !words[i].isPossessive,
      !words[i + 1].isCapitalized, capitalizedRun(at: i) == 1, lookup(words[i].key) == nil,
      !isHyphenated(i, i + 1)
    else { return nil }
    // "the Eurasian region", "the Caspian coast": an adjective of a people or a region (its
    // English endings) names no place of its own.
    if ["ian", "ean", "ese", "ish"].contains(where: { words[i].key.hasSuffix($0) }) { return nil }
    let noun = words[i + 1].key
    let plural = noun.hasSuffix("s") && !noun.hasSuffix("ss")
    let singular = plural ? String(noun.dropLast()) : noun
    guard let kinds = gazetteer.referenceNouns[singular], kinds.contains("place"),
      !kinds.contains("country"), !kinds.contains("city")
    else { return nil }
    if words[i + 1].joinsNext, i + 2 < words.count,
      gazetteer.referenceNouns[words[i + 2].key] != nil || gazetteer.heads[words[i + 2].key] != nil
    {
      return nil
    }
    let written = String(text.slice(words[i].range))
    let canonical = plural
      ? written + " " + singular.prefix(1).uppercased() + noun.dropFirst() : written
    emit(span(i, 2), NameTarget(canonical: canonical, type: .place, kinds: ["place"], basis: .name))
    return 2
  }

  /// Whether the reference noun at word `i` stands right before a name it describes ("the quarry
  /// firm Pietra Alvena", "the charity Oxfam"): the name is a new entity, not the noun's referent.
  func describesTheNameAfter(_ i: Int) -> Bool {
    guard !words[i].isCapitalized, !words[i].isPossessive, words[i].joinsNext, i + 1 < words.count,
      words[i + 1].isCapitalized, !sentenceInitial.contains(i + 1), !isHyphenated(i, i + 1)
    else { return false }
    let next = words[i + 1].key
    return !gazetteer.personTitles.contains(next) && !gazetteer.titleModifiers.contains(next)
      && !gazetteer.notNames.contains(next)
  }

  /// "The cooperative employed 300 people ... Brenmoor Dairy Cooperative now employs 890": "the"
  /// and a bare reference noun that nothing before points to stands for the one name of the text
  /// the noun ends, when that name comes later.
  mutating func resolveForwardReferences() {
    // Folded last word → the canonical of the names (organizations or unknown kind, two words or
    // more) it ends, and where the first of them starts; `nil` canonical once two differ.
    var heads: [String: (canonical: String?, start: Int, type: EntityType, kinds: [String])] = [:]
    for (index, m) in mentions.enumerated()
    where m.basis == .name && (m.type == .organization || m.type == .other) {
      guard let space = m.canonical.lastIndex(of: " ") else { continue }
      let head = WordScanner.fold(String(m.canonical[m.canonical.index(after: space)...]))
      if let seen = heads[head] {
        if seen.canonical != m.canonical { heads[head]?.canonical = nil }
      } else {
        heads[head] = (m.canonical, m.range.start, m.type, mentionKinds[index])
      }
    }
    guard !heads.isEmpty else { return }
    // "The Trust set a budget of ..." before "The Kelderby Festival Trust, the charity ...": a
    // capitalized word after "the", read as a name of its own, that one later name ends with.
    for m in mentions.indices where mentions[m].basis == .name && mentions[m].type == .other
      && mentionKinds[m].isEmpty && !mentions[m].canonical.utf8.contains(UInt8(ascii: " "))
    {
      guard let w = wordIndex(startingAt: mentions[m].range.start), w > 0, words[w - 1].key == "the",
        words[w - 1].joinsNext, let found = heads[words[w].key], let canonical = found.canonical,
        canonical != mentions[m].canonical, found.start > mentions[m].range.end
      else { continue }
      mentions[m] = EntityMention(
        range: mentions[m].range, canonical: canonical, type: found.type, basis: .reference)
      mentionKinds[m] = found.kinds
    }
    var added: [(mention: EntityMention, kinds: [String])] = []
    var next = 0
    for i in 1..<max(1, words.count) {
      let word = words[i]
      while next < mentions.count, mentions[next].range.end <= word.range.start { next += 1 }
      if next < mentions.count, mentions[next].range.start < word.range.end { continue }
      guard words[i - 1].key == "the", words[i - 1].joinsNext, !word.isCapitalized,
        gazetteer.referenceNouns[word.key] != nil, let found = heads[word.key],
        let canonical = found.canonical, found.start > word.range.end,
        !(i > 1 && isHyphenated(i - 2, i - 1)), !describesTheNameAfter(i)
      else { continue }
      added.append((EntityMention(
        range: TextRange(words[i - 1].range.start, word.range.end), canonical: canonical,
        type: found.type, basis: .reference), found.kinds))
    }
    guard !added.isEmpty else { return }
    // Mentions and their kinds stay parallel. The word indexes built by `emit` are not rebuilt:
    // this runs last, after every reader of them.
    let merged = (zip(mentions, mentionKinds).map { ($0, $1) } + added.map { ($0.mention, $0.kinds) })
      .sorted { $0.0.range.start < $1.0.range.start }
    mentions = merged.map(\.0)
    mentionKinds = merged.map(\.1)
  }
}
