import CrosscheckCore

/// Values that go on from an earlier sentence without naming their unit ("Three years earlier it
/// had roughly 410"), appositions, averages, groups of bodies and "when we started".
extension DocumentClaimReader {
  /// Pronoun subjects of a clause that gives another value of a count just read without naming
  /// it again: "Ten years ago *it* was 96", "In 2019 *we* had about 3,100", "*there* were 720".
  static let ellipticSubjects: Set<String> = ["it", "we", "they", "there"]
  static let ellipticVerbs: Set<String> = ["had", "was", "were", "numbered"]
  /// Words that put a clause at another time than the value it goes back to.
  static let earlierTimeWords: Set<String> = ["ago", "earlier", "before", "previously"]
  /// Words that may follow such a value: the end of its clause, or a time phrase.
  static let afterEllipticValue: Set<String> = ["when", "in", "at", "by", "before", "back"]

  /// "The mission has 640 personnel. Three years earlier it had roughly 410.", "We employ 158
  /// people. Ten years ago it was 96.", "A decade ago there were 720 of us": a bare number after
  /// a pronoun and "had" or "was", in a clause set at another time (a year, "ago", "earlier"),
  /// is another value of the first count read in the latest of the two sentences before (or
  /// earlier in this one), with its subject, when the clause read no claim of its own.
  ///
  /// ``readElidedCount(_:_:_:_:)`` reads the same register first (rule `count-unit`, with the
  /// earlier count's unit); this reader is its fallback for a clause that read nothing, with
  /// what that one does not take: "we" and "numbered", two hedges, "of us", a value two
  /// sentences back. Both count years back with ``yearsEarlierScope(in:from:)``. They are still
  /// two readers: one merged reader must keep both sets of conditions and both rule names.
  mutating func readEllipticValue(
    _ clause: TextRange, _ sentence: TextRange, _ sentenceIndex: Int, _ quantities: [Quantity],
    _ firstNew: Int
  ) {
    guard claims.count == firstNew, !claims.isEmpty else { return }
    var w = words.index(atOrAfter: clause.start)
    var verb: Int?
    while w + 1 < words.words.count, words.words[w + 1].range.end <= clause.end {
      if DocumentClaimReader.ellipticSubjects.contains(words.words[w].key),
        DocumentClaimReader.ellipticVerbs.contains(words.words[w + 1].key)
      {
        verb = w + 1
        break
      }
      w += 1
    }
    guard let verb else { return }
    let verbEnd = words.words[verb].range.end
    guard let q = quantities.first(where: { $0.range.start >= verbEnd }), q.kind == .cardinal,
      q.range.start - verbEnd <= 1 || modifierWordsOnly(from: verbEnd, to: q.range.start),
      let low = q.low ?? q.high, low >= 2, isBareEllipticValue(q, clause)
    else { return }
    let clauseWords = words.index(atOrAfter: clause.start)..<words.index(atOrAfter: clause.end)
    let setElsewhere = quantities.contains { $0.kind == .year && $0.range != q.range }
      || clauseWords.contains {
        $0 < words.words.count
          && (DocumentClaimReader.earlierTimeWords.contains(words.words[$0].key)
            || words.longestMatch(compiled.contextTimeWords, at: $0) != nil)
      }
    guard setElsewhere else { return }
    let earliest = document.sentences[max(0, sentenceIndex - 2)].range.start
    guard let last = claims.indices.last, claims[last].sentence.start >= earliest else { return }
    // The first count of that sentence: claims are read in text order, so walk back from the
    // last one until an earlier sentence.
    var first: Int?
    var k = last
    while k >= 0, claims[k].sentence.start >= claims[last].sentence.start {
      if claims[k].sentence == claims[last].sentence, readValues[k].spec.shape == .count,
        claims[k].rule != "ordinal-joining"
      {
        first = k
      }
      k -= 1
    }
    guard let first, isComparable(q, readValues[first].value) else { return }
    var subject = readValues[first].subject
    subject.1 = "context"
    // "Three years earlier it had roughly 410": counted back from the value it goes back to.
    let time = yearsEarlierScope(in: clause, from: claims[first].time.year)
    add(readValues[first].spec, subject: subject, value: q, time: time, clause: clause,
        sentence: sentence, sentenceIndex: sentenceIndex, quantities: quantities,
        rule: "elliptic-value")
  }

  /// Whether only approximators, "only" or "just" (at most two) stand between `from` and `to`
  /// ("had *roughly* 410").
  func modifierWordsOnly(from: Int, to: Int) -> Bool {
    var w = words.index(atOrAfter: from)
    var n = 0
    while w < words.words.count, words.words[w].range.end <= to {
      let key = words.words[w].key
      guard DocumentClaimReader.approximators.contains(key) || key == "only" || key == "just"
      else { return false }
      n += 1
      w += 1
    }
    return n <= 2
  }

  /// Whether nothing names what a value counts: the clause ends after it, a time phrase follows,
  /// or "of us" ("there were 720 of us").
  func isBareEllipticValue(_ q: Quantity, _ clause: TextRange) -> Bool {
    let next = words.index(atOrAfter: q.range.end)
    guard next < words.words.count, words.words[next].range.end <= clause.end else { return true }
    if isPunctuationBetween(q.range.end, words.words[next].range.start) { return true }
    let key = words.words[next].key
    if DocumentClaimReader.afterEllipticValue.contains(key) { return true }
    return key == "of" && next + 1 < words.words.count
      && ["us", "them"].contains(words.words[next + 1].key)
  }

  /// Whether the verb at word `verb` (auxiliaries and adverbs skipped) has "it" or "they" for
  /// subject.
  func hasPronounSubject(verb: Int) -> Bool {
    let k = wordBefore(verb: verb)
    return k >= 0 && ["it", "they"].contains(words.words[k].key)
  }

  /// Whether "which" or "that" before the verb at word `verb` follows an apposition of a name:
  /// "the Orm Drainage Board, a small body with 40 staff, which was set up in 1931" (a comma, an
  /// article, lowercase words and numbers with no name or other comma, then ", which").
  func describesAnApposedName(verb: Int) -> Bool {
    let k = wordBefore(verb: verb)
    guard k > 0, ["which", "that"].contains(words.words[k].key) else { return false }
    let relativeStart = words.words[k].range.start
    guard relativeStart >= 2, bytes[(relativeStart - 2)..<relativeStart].elementsEqual(", ".utf8)
    else { return false }
    // The apposition: back to the comma before it, within 100 bytes and the sentence.
    func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    var commaAt = relativeStart - 3
    while commaAt > max(0, relativeStart - 100) {
      // "2,300" and "1.5" hold no boundary.
      let inNumber = isDigit(bytes[commaAt - 1]) && isDigit(bytes[commaAt + 1])
      if bytes[commaAt] == UInt8(ascii: ","), !inNumber { break }
      if [UInt8(ascii: "."), UInt8(ascii: ";"), 10].contains(bytes[commaAt]), !inNumber {
        return false
      }
      commaAt -= 1
    }
    guard commaAt > 0, bytes[commaAt] == UInt8(ascii: ","), commaAt + 4 < relativeStart,
      bytes[(commaAt + 1)..<(commaAt + 4)].elementsEqual(" a ".utf8)
        || bytes[(commaAt + 1)..<(commaAt + 5)].elementsEqual(" an ".utf8),
      inside(document.entities, TextRange(commaAt + 1, relativeStart), { $0.range }).isEmpty
    else { return false }
    // The name the apposition follows ends at the comma; no name runs over 300 bytes.
    return inside(document.entities, TextRange(max(0, commaAt - 300), commaAt), { $0.range })
      .contains { $0.range.end == commaAt && $0.type != .person && $0.type != .date }
  }

  /// "Brekkvik Ferries, its nearest rival, employs 75 people": "its" or "their" right after a
  /// name and a comma opens an apposition that describes the name, which stays the subject.
  func isPossessiveApposition(_ p: Int, _ mentions: [EntityMention]) -> Bool {
    let possessive = words.words[p]
    let start = possessive.range.start
    guard ["its", "their"].contains(possessive.key), start >= 2,
      bytes[(start - 2)..<start].elementsEqual(", ".utf8)
    else { return false }
    return mentions.contains { $0.range.end == start - 2 && $0.type != .person && $0.type != .date }
  }

  /// Whether "an average of" or "on average" stands right before a value, with no punctuation
  /// between ("On average, 40 clubs ..." is no average of the 40).
  func isAverage(_ q: Quantity) -> Bool {
    let w = words.index(atOrAfter: q.range.start)
    guard w >= 2, !isPunctuationBetween(words.words[w - 2].range.start, q.range.start)
    else { return false }
    let a = words.words[w - 2].key, b = words.words[w - 1].key
    return a == "average" && b == "of" || a == "on" && b == "average"
  }

  /// The end of a subject that counts a group of bodies at a clause's opening ("Together the
  /// three services", "The four leagues", "All 12 clubs"), or of "Together" alone. `nil` for
  /// "Together with its partners, X employs ...": X alone is the subject.
  func countedGroupSubjectEnd(_ clause: TextRange) -> Int? {
    let f = words.index(atOrAfter: clause.start)
    guard f + 2 < words.words.count else { return nil }
    var k = f
    if words.words[k].key == "together" {
      k += 1
      if words.words[k].key == "with" { return nil }
      guard ["the", "all", "these", "those"].contains(words.words[k].key) else {
        return words.words[f].range.end
      }
    }
    guard ["the", "all", "these", "those"].contains(words.words[k].key), k + 2 < words.words.count
    else { return nil }
    let number = words.words[k + 1]
    guard let q = inside(document.quantities, clause, { $0.range }).first(where: {
      $0.kind == .cardinal && $0.range.start == number.range.start
    }) else { return nil }
    let n = words.index(atOrAfter: q.range.end)
    guard n < words.words.count else { return nil }
    let noun = words.words[n]
    guard noun.range.end <= clause.end, isPlainWord(noun.key), noun.key.hasSuffix("s"),
      !noun.key.hasSuffix("ss"), !isPunctuationBetween(q.range.end, noun.range.start)
    else { return nil }
    return noun.range.end
  }

  /// The year "three years earlier" (and the like, see ``yearsEarlier(in:)``) in a range counts
  /// back to from `year`; `nil` without such a phrase or a year to count from.
  func yearsEarlierScope(in range: TextRange, from year: Int?) -> TimeScope? {
    guard let year, let back = yearsEarlier(in: range) else { return nil }
    return TimeScope(year: year - back, basis: "relative")
  }

  /// How many years "three years earlier", "a year before" or "a decade earlier" in a range
  /// counts back (1 to 100; `nil` without such a phrase).
  func yearsEarlier(in range: TextRange) -> Int? {
    var w = words.index(atOrAfter: range.start) + 2
    while w < words.words.count, words.words[w].range.end <= range.end {
      defer { w += 1 }
      guard ["earlier", "before"].contains(words.words[w].key) else { continue }
      let unit = words.words[w - 1].key
      let scale = ["year", "years"].contains(unit)
        ? 1 : ["decade", "decades"].contains(unit) ? 10 : 0
      guard scale > 0 else { continue }
      if ["a", "one"].contains(words.words[w - 2].key) { return scale }
      // "Three years" is read as a measure of years.
      if let q = inside(document.quantities, range, { $0.range }).first(where: {
        $0.kind != .year && $0.range.holds(words.words[w - 2].range.start)
      }), let v = q.value, v >= 1, v <= 100, v == v.rounded(), Int(v) * scale <= 100 {
        return Int(v) * scale
      }
    }
    return nil
  }


  /// Phrases that date a value to its subject's beginning ("it had 60,000 when we started").
  static let beginningPhrases: PhraseSet = [
    "when we started", "when we began", "when it started", "when it began", "when they started",
    "when they began",
  ].phrases

  /// The founding year the document read first, for a clause that dates its value to the
  /// beginning ("when we started"). It looks for no other year: the caller asks only when the
  /// clause and its time words gave none.
  func foundingYearOfTheBeginning(_ clause: TextRange) -> Int? {
    var w = words.index(atOrAfter: clause.start)
    while w < words.words.count, words.words[w].range.end <= clause.end {
      if words.longestMatch(DocumentClaimReader.beginningPhrases, at: w) != nil {
        return claims.first { compiled.yearAttributes.contains($0.attribute) }?.value.low
          .flatMap { Int(checked: $0) }
      }
      w += 1
    }
    return nil
  }

  /// A pronoun opening a sentence stands for the place that opens the sentence before:
  /// "Halvenmoor County is sparsely populated. It covers 2,140 square kilometres" for an
  /// attribute of places first (an area, a population); "The Province of Alvena has 318,000
  /// inhabitants. Its budget for 2025 is ..." for any attribute a place may have, when a value of
  /// the place was read there, whatever organizations the article names.
  func placeThePronounContinues(
    _ spec: AttributeSpec, _ sentenceIndex: Int, _ excluded: Set<String>
  ) -> EntityMention? {
    guard sentenceIndex > 0, opensWithPronoun(document.sentences[sentenceIndex].range) else {
      return nil
    }
    let previous = document.sentences[sentenceIndex - 1].range
    guard let m = inside(document.entities, previous, { $0.range }).first, m.basis == .name,
      !excluded.contains(m.canonical)
    else { return nil }
    if spec.subjectTypes.first == .place, m.type == .place, m.range.start == previous.start {
      return m
    }
    guard m.type == .place || m.type == .country, m.range.start <= previous.start + 4,
      spec.subjectTypes.contains(m.type),
      claims.contains(where: { $0.sentence == previous && $0.subject.name == m.canonical })
    else { return nil }
    return m
  }
}
