import CrosscheckCore

/// Values that go on with an earlier count without naming their unit ("Three years earlier it
/// had roughly 410"), appositions, averages, groups of bodies and "when we started".
extension DocumentClaimReader {
  /// The words before an elliptic value, found from the number back: a pronoun subject, a verb,
  /// "back to", "down to" or "up to", and up to two hedges ("it was back to about", "there were
  /// only"). Which pronouns, verbs and hedges count depends on the form that reads the value.
  struct EllipticLead {
    /// Word indices of the subject and the verb.
    var subject: Int
    var verb: Int
    /// The hedges between the verb and the number ("about", "only"), last first.
    var hedges: [String]
    /// Whether "back to", "down to" or "up to" stands between them.
    var movesTo: Bool
    /// Whether punctuation stands between the subject and the number ("it had, roughly, 410").
    var punctuated: Bool
  }

  /// Subjects and verbs of a count that goes on: "it had 410", "there are 31".
  static let countGoingOnSubjects: Set<String> = ["it", "they", "there"]
  static let countGoingOnVerbs: Set<String> = ["had", "has", "have", "was", "were", "is", "are"]
  /// Words that may follow a count that goes on: a time phrase ("it had 410 in 2019").
  static let afterCountGoingOn: Set<String> = ["in", "by", "last", "this"]
  /// Subjects and verbs of a value at another time: "Ten years ago *it was* 96", "In 2019 *we
  /// had* about 3,100", "*there were* 720", "*they numbered* 300".
  static let ellipticSubjects: Set<String> = ["it", "we", "they", "there"]
  static let ellipticVerbs: Set<String> = ["had", "was", "were", "numbered"]
  /// Words that may follow a value at another time: the end of its clause, or a time phrase.
  static let afterEllipticValue: Set<String> = ["when", "in", "at", "by", "before", "back"]
  /// Words that put a clause at another time than the value it goes back to.
  static let earlierTimeWords: Set<String> = ["ago", "earlier", "before", "previously"]

  /// Reads elliptic values: numbers that go on with a count just read without naming its unit
  /// or its attribute again ("The mission has 640 personnel. Three years earlier it had roughly
  /// 410."). Such a number, led by a pronoun subject and a verb of having or being
  /// (``ellipticLead(of:_:)``) and with nothing counted after it, is the count's attribute of the
  /// count's subject (basis `context`) at another time, when it is within a factor of ten of the
  /// count (``countGoneOn(before:_:sentencesBack:)``). Two forms, read in this order:
  ///
  /// - **A count that goes on** (rule `count-unit`, with the count's unit), for every number of
  ///   the clause: "it", "they" or "there" and "has", "have", "had", "is", "are", "was" or
  ///   "were", then at most one approximator and "back to", "down to" or "up to", with no
  ///   punctuation, then a whole number; the clause ends after it, or "in", "by", "last" or
  ///   "this" follows ("The Orrin Cup had 16 teams. By 2004 there were 24", "By 1997 it was back
  ///   to seven"). The count is the first one of the latest of this sentence and the one before;
  ///   a year written between the two dates the number, or else "three years earlier" before it,
  ///   counted back from the count's year.
  /// - **A value at another time** (rule `elliptic-value`, without the count's unit), only when
  ///   the clause read no claim: its first "it", "we", "they" or "there" with "had", "was",
  ///   "were" or "numbered", up to two of the approximators, "only" and "just", then its first
  ///   number, which the clause's end, "when", "in", "at", "by", "before", "back" or "of us"
  ///   follows ("A decade ago there were 720 of us"), in a clause set at another time: another
  ///   year, "ago", "earlier", "previously" or a context time word. The count is the first one
  ///   of the latest sentence with one, up to two sentences back; "three years earlier" anywhere
  ///   in the clause counts back from its year.
  mutating func readEllipticValues(
    _ clause: TextRange, _ sentence: TextRange, _ sentenceIndex: Int, _ quantities: [Quantity],
    _ firstNew: Int
  ) {
    for q in quantities where q.kind == .cardinal {
      guard let low = q.low, q.high == low, low >= 2, low == low.rounded(),
        !claims.contains(where: { $0.sentence == sentence && $0.span.overlaps(q.range) }),
        let lead = ellipticLead(of: q, clause), !lead.punctuated, lead.hedges.count <= 1,
        lead.hedges.allSatisfy({ DocumentClaimReader.approximators.contains($0) }),
        DocumentClaimReader.countGoingOnSubjects.contains(words.words[lead.subject].key),
        DocumentClaimReader.countGoingOnVerbs.contains(words.words[lead.verb].key),
        isBareEllipticValue(
          q, clause, followedBy: DocumentClaimReader.afterCountGoingOn, ofUs: false),
        let count = countGoneOn(before: q, sentenceIndex, sentencesBack: 1)
      else { continue }
      // "by 1997, after the closure of two works clubs, it was back to seven": a year of the
      // sentence written after the count and before this number dates it.
      let from = max(sentence.start, claims[count].span.end)
      let written = inside(document.quantities, TextRange(from, q.range.start), { $0.range })
        .last { $0.kind == .year && isWritten($0.range) }?.low
        .map { TimeScope(year: Int(checked: $0), basis: "explicit") }
      let time = written
        ?? yearsEarlierScope(
          in: TextRange(clause.start, q.range.start), from: claims[count].time.year)
      addEllipticValue(
        q, goingOn: count, withUnit: true, time: time, clause, sentence, sentenceIndex,
        quantities, rule: "count-unit")
    }
    guard claims.count == firstNew, let verb = firstEllipticVerb(in: clause),
      let q = quantities.first(where: { $0.range.start >= words.words[verb].range.end }),
      q.kind == .cardinal, let low = q.low ?? q.high, low >= 2,
      let lead = ellipticLead(of: q, clause), lead.verb == verb, !lead.movesTo,
      isBareEllipticValue(
        q, clause, followedBy: DocumentClaimReader.afterEllipticValue, ofUs: true),
      isSetAtAnotherTime(clause, besides: q, quantities),
      let count = countGoneOn(before: q, sentenceIndex, sentencesBack: 2)
    else { return }
    let time = yearsEarlierScope(in: clause, from: claims[count].time.year)
    addEllipticValue(
      q, goingOn: count, withUnit: false, time: time, clause, sentence, sentenceIndex, quantities,
      rule: "elliptic-value")
  }

  /// The subject, verb and hedges before a number, found from the number back; `nil` when the
  /// subject would lie before the clause. The caller checks which words they are.
  func ellipticLead(of q: Quantity, _ clause: TextRange) -> EllipticLead? {
    var w = words.index(atOrAfter: q.range.start) - 1
    var hedges: [String] = []
    while w >= 0, hedges.count < 2 {
      let key = words.words[w].key
      guard DocumentClaimReader.approximators.contains(key) || key == "only" || key == "just"
      else { break }
      hedges.append(key)
      w -= 1
    }
    let movesTo = w >= 1 && words.words[w].key == "to"
      && ["back", "down", "up"].contains(words.words[w - 1].key)
    if movesTo { w -= 2 }
    guard w >= 1, words.words[w - 1].range.start >= clause.start else { return nil }
    return EllipticLead(
      subject: w - 1, verb: w, hedges: hedges, movesTo: movesTo,
      punctuated: isPunctuationBetween(words.words[w - 1].range.end, q.range.start))
  }

  /// The verb of the clause's first pronoun subject and verb of a value at another time ("*it
  /// was* 96"), at a word index.
  func firstEllipticVerb(in clause: TextRange) -> Int? {
    var w = words.index(atOrAfter: clause.start)
    while w + 1 < words.words.count, words.words[w + 1].range.end <= clause.end {
      if DocumentClaimReader.ellipticSubjects.contains(words.words[w].key),
        DocumentClaimReader.ellipticVerbs.contains(words.words[w + 1].key)
      {
        return w + 1
      }
      w += 1
    }
    return nil
  }

  /// Whether nothing names what a value counts: the clause ends after it, punctuation or one of
  /// `followers` comes next, or, when `ofUs` allows it, "of us" or "of them" ("there were 720 of
  /// us").
  func isBareEllipticValue(
    _ q: Quantity, _ clause: TextRange, followedBy followers: Set<String>, ofUs: Bool
  ) -> Bool {
    let next = words.index(atOrAfter: q.range.end)
    guard next < words.words.count, words.words[next].range.end <= clause.end else { return true }
    if isPunctuationBetween(q.range.end, words.words[next].range.start) { return true }
    let key = words.words[next].key
    if followers.contains(key) { return true }
    return ofUs && key == "of" && next + 1 < words.words.count
      && ["us", "them"].contains(words.words[next + 1].key)
  }

  /// Whether a clause is set at another time than the value it goes back to: a year besides `q`,
  /// an earlier-time word ("ago") or a context time word.
  func isSetAtAnotherTime(_ clause: TextRange, besides q: Quantity, _ quantities: [Quantity])
    -> Bool
  {
    if quantities.contains(where: { $0.kind == .year && $0.range != q.range }) { return true }
    let clauseWords = words.index(atOrAfter: clause.start)..<words.index(atOrAfter: clause.end)
    return clauseWords.contains {
      DocumentClaimReader.earlierTimeWords.contains(words.words[$0].key)
        || words.longestMatch(compiled.contextTimeWords, at: $0) != nil
    }
  }

  /// The count an elliptic value `q` goes on with: the first count (by position) of the latest
  /// sentence with one, this one or up to `sentencesBack` before, read before `q`, with no list
  /// of members and not joined by an ordinal; `nil` without one or when it is more than ten times
  /// `q` or less than a tenth (``isComparable(_:_:)``). An index into ``claims``.
  func countGoneOn(before q: Quantity, _ sentenceIndex: Int, sentencesBack: Int) -> Int? {
    let earliest = document.sentences[max(0, sentenceIndex - sentencesBack)].range.start
    // Claims are read in text order: walk back from the last one to the earliest sentence.
    var counts: [Int] = []
    var c = claims.count - 1
    while c >= 0, claims[c].sentence.start >= earliest {
      if claims[c].span.end <= q.range.start, readValues[c].spec.shape == .count,
        claims[c].members == nil, claims[c].rule != "ordinal-joining"
      {
        counts.append(c)
      }
      c -= 1
    }
    counts.reverse()
    guard let latest = counts.map({ claims[$0].sentence.start }).max(),
      let first = counts.filter({ claims[$0].sentence.start == latest })
        .min(by: { readValues[$0].value.range.start < readValues[$1].value.range.start }),
      isComparable(q, readValues[first].value)
    else { return nil }
    return first
  }

  /// Adds an elliptic value `q` as another value of the count at claim index `count`, for the
  /// count's subject read from the context, with the count's unit or none.
  mutating func addEllipticValue(
    _ q: Quantity, goingOn count: Int, withUnit: Bool, time: TimeScope?, _ clause: TextRange,
    _ sentence: TextRange, _ sentenceIndex: Int, _ quantities: [Quantity], rule: String
  ) {
    var subject = readValues[count].subject
    subject.1 = "context"
    add(
      readValues[count].spec, subject: subject, value: q,
      unit: withUnit ? claims[count].unit : nil, time: time, clause: clause, sentence: sentence,
      sentenceIndex: sentenceIndex, quantities: quantities, rule: rule,
      unitBasis: withUnit ? "bare" : "")
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

  /// Whether a number follows "per" or "every" with nothing between: the base of a rate.
  func isRateBase(_ q: Quantity) -> Bool {
    let w = words.index(atOrAfter: q.range.start)
    guard w >= 1, !isPunctuationBetween(words.words[w - 1].range.start, q.range.start) else {
      return false
    }
    return ["per", "every"].contains(words.words[w - 1].key)
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
