import CrosscheckCore

/// Newspaper registers: wire credits, corrections and letters that repeat an earlier article,
/// lead-in questions, bare ordinals of joining, police units and "worth N".
extension DocumentClaimReader {
  /// Whether a name is the news agency a dateline credits ("HALVERN, May 2 (Harbour Wire) -"):
  /// in brackets right before the dash, on a line that opens with a place in capitals or with
  /// the bracket itself. It says who filed the story, not what the story is about.
  func isWireCredit(_ m: EntityMention) -> Bool {
    guard m.range.start > 0, bytes[m.range.start - 1] == UInt8(ascii: "("),
      m.range.end + 3 < bytes.count, bytes[m.range.end] == UInt8(ascii: ")"),
      bytes[m.range.end + 1] == UInt8(ascii: " "),
      // A hyphen, an en dash or an em dash (UTF-8 E2 80 93 and E2 80 94).
      bytes[m.range.end + 2] == UInt8(ascii: "-")
        || bytes[m.range.end + 2] == 0xE2 && m.range.end + 4 < bytes.count
          && bytes[m.range.end + 3] == 0x80
          && (bytes[m.range.end + 4] == 0x93 || bytes[m.range.end + 4] == 0x94)
    else { return false }
    let open = m.range.start - 1
    let line = line(around: open)
    if line.start == open { return true }
    var i = line.start
    var capitals = 0
    while i < open, bytes[i] != UInt8(ascii: ",") {
      if bytes[i] >= 0x61 && bytes[i] <= 0x7A { return false }
      if isUpperASCII(bytes[i]) { capitals += 1 }
      i += 1
    }
    return capitals >= 3 && i < open
  }

  /// The end of the verb of saying when a clause repeats what an earlier piece of a newspaper said
  /// ("A report on March 9 said ...", "Our May 30 article gave its area as ...", "Your article
  /// also said ...", "The same story said ...", "We reported on May 2 that ..."): the figures after
  /// it are the ones being put right or rebutted. `nil` for any other clause, and for a report
  /// that is no earlier piece of the paper ("A report by the audit office said ..."). The nouns
  /// and verbs are the lexicon's `report_nouns` and `report_verbs`.
  func reportedByAnEarlierArticle(_ clause: TextRange) -> Int? {
    var first = words.index(atOrAfter: clause.start)
    // "Clarification: An interview with ... said": a label before a colon.
    if first + 1 < words.words.count, ["clarification", "correction"].contains(words.words[first].key),
      words.words[first].range.end < bytes.count, bytes[words.words[first].range.end] == UInt8(ascii: ":")
    {
      first += 1
    }
    var w = first
    var noun: Int?
    while w + 1 < words.words.count, words.words[w].range.end <= clause.end, w - first < 30 {
      let key = words.words[w].key
      // "We reported on May 2 that", "We wrongly said on March 29 that".
      if key == "we" {
        var v = w + 1
        while v < words.words.count, DocumentClaimReader.correctingAdverbs.contains(words.words[v].key) { v += 1 }
        // "We said in 2019 that ..." in a quote is a body speaking: "said" needs the date it
        // ran ("on April 2") or an adverb that admits the error.
        let admitted = (w + 1..<v).contains { ["wrongly", "incorrectly", "mistakenly", "erroneously"].contains(words.words[$0].key) }
        // "We reported (31 March) that": the date the piece ran, in brackets, counts as "on".
        let dated = v + 1 < words.words.count && isBracketedDate(after: v)
        if v + 1 < words.words.count, ["reported", "wrote", "said", "stated"].contains(words.words[v].key),
          dated || ["on", "that", "last", "earlier", "in", "yesterday"].contains(words.words[v + 1].key),
          !["said", "stated"].contains(words.words[v].key) || admitted || dated || words.words[v + 1].key == "on"
        {
          return words.words[v].range.end
        }
      }
      if noun == nil, compiled.reportNouns.contains(key) {
        noun = w
      } else if let n = noun, compiled.reportVerbs.contains(key) {
        return isEarlierPiece(noun: n, from: first, verb: w) ? words.words[w].range.end : nil
      }
      w += 1
    }
    return nil
  }

  /// Whether a bracketed date follows word `v` and "that" the bracket ("said (31 March) that").
  func isBracketedDate(after v: Int) -> Bool {
    let open = words.words[v].range.end
    guard open + 1 < bytes.count, bytes[open] == UInt8(ascii: " "), bytes[open + 1] == UInt8(ascii: "("),
      let close = bytes[(open + 1)..<min(bytes.count, open + 32)].firstIndex(of: UInt8(ascii: ")"))
    else { return false }
    let next = words.index(atOrAfter: close)
    return next < words.words.count && words.words[next].key == "that"
      && inside(document.entities, TextRange(open + 1, close), { $0.range }).contains { $0.type == .date }
  }

  /// Adverbs between "we" and its verb of saying in a correction ("We wrongly said ...").
  static let correctingAdverbs: Set<String> = ["wrongly", "incorrectly", "mistakenly", "erroneously", "also", "previously"]

  /// Whether the report noun at word `n` is the paper's own earlier piece: owned by "our" or
  /// "your", "the same" one, or followed by the date it ran before its verb at word `verb` ("on
  /// March 9", "of May 3", "(September 27)", "on 3 October", "on the port authority on April 2",
  /// "on Sunday").
  func isEarlierPiece(noun n: Int, from first: Int, verb: Int) -> Bool {
    // "our report said" may be a body's own report; "your report" is still the paper's.
    let owners: Set<String> =
      words.words[n].key == "report" ? ["your", "same"] : ["our", "your", "same"]
    if (max(first, n - 3)..<n).contains(where: { owners.contains(words.words[$0].key) }) {
      return true
    }
    // "Last week's column said", "Yesterday's article said": the time the piece ran, owning it.
    if n >= 2, n - 2 >= first, words.words[n - 1].key == "s", words.words[n - 1].range.start > 0,
      bytes[words.words[n - 1].range.start - 1] == UInt8(ascii: "'"),
      ["yesterday", "week", "month", "weekend"].contains(words.words[n - 2].key)
        || DocumentClaimReader.weekdays.contains(words.words[n - 2].key)
    {
      return true
    }
    // "A report by the audit office on March 9 said": a report by someone else is theirs.
    if n + 1 < verb, words.words[n + 1].key == "by" { return false }
    // "An Oct. 1 article about ... said": the date may stand before the noun too.
    for k in max(first, n - 3)..<n where k + 1 < n && isMonthAndDay(k) { return true }
    for k in (n + 1)..<verb {
      let key = words.words[k].key
      if DocumentClaimReader.weekdays.contains(key), k > 0, words.words[k - 1].key == "on" { return true }
      guard isMonthName(k), k + 1 < words.words.count else { continue }
      if isMonthAndDay(k) { return true }
      // "A report on 3 October said", "(7 October)": the day before the month.
      if k > n + 1, DocumentClaimReader.isDayNumber(words.words[k - 1].key) { return true }
    }
    return false
  }

  /// Whether word `k` is a month's name with its capital, written out ("October") or cut short
  /// with a full stop ("Oct.", "Sept.").
  func isMonthName(_ k: Int) -> Bool {
    let word = words.words[k]
    guard isUpperASCII(bytes[word.range.start]) else { return false }
    if DocumentClaimReader.months[word.key] != nil { return true }
    return DocumentClaimReader.monthAbbreviations.contains(word.key) && word.range.end < bytes.count
      && bytes[word.range.end] == UInt8(ascii: ".")
  }

  /// Whether word `k` is a month's name and the word after it a number ("March 9", "Oct. 1").
  func isMonthAndDay(_ k: Int) -> Bool {
    guard isMonthName(k), k + 1 < words.words.count else { return false }
    let next = words.words[k + 1].key
    return !next.isEmpty && next.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
  }

  static let monthAbbreviations: Set<String> = [
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  ]

  /// Whether a word is a day of the month written in one or two digits ("3" in "3 October").
  static func isDayNumber(_ key: String) -> Bool {
    !key.isEmpty && key.utf8.count <= 2 && key.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
  }

  static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

  /// The article's topic when `question` is a lead-in question on a line of its own or after a
  /// bullet or "Q:" ("- What does it cost?", "Q: Who pays?") that names nothing `fits`: the answer
  /// after it speaks of the article's subject, not of the last name of the answer before.
  func topicOfALeadInQuestion(
    _ question: TextRange, _ fits: (EntityMention) -> Bool
  ) -> EntityMention? {
    guard isQuestion(question),
      let answer = firstSentence(startingAtOrAfter: question.end)
    else { return nil }
    // "How is it run? We employ 11 people": "we" is the speaker's body, found elsewhere.
    if inside(words.words, answer.range, { $0.range }).contains(where: {
      ["we", "our", "us"].contains($0.key)
    }) {
      return nil
    }
    let firstWord = words.index(atOrAfter: question.start)
    guard firstWord < words.words.count else { return nil }
    let start = words.words[firstWord].range.start
    let lead = bytes[line(around: start).start..<start]
    let marker = lead.filter { $0 != UInt8(ascii: " ") && $0 != 9 }
    guard marker.isEmpty || marker.elementsEqual("-".utf8) || marker.elementsEqual("*".utf8)
      || marker.elementsEqual("Q:".utf8) || marker.elementsEqual([0xE2, 0x80, 0xA2])
    else { return nil }
    guard !inside(document.entities, question, { $0.range }).contains(where: fits)
    else { return nil }
    return articleTopic(fits).flatMap { $0.type == .person ? nil : $0 }
  }

  /// "Wendover Printworks, the group's printing subsidiary, had revenue ... It employs 330":
  /// a sentence that opens with another name, as its subject, and names the topic only as an
  /// owner ("the group's") or inside a relative clause ("which the group bought") goes on with
  /// its opening name.
  func namesTheTopicOnlyInPassing(
    _ sentence: TextRange, _ found: ArraySlice<EntityMention>, _ topic: EntityMention,
    _ fits: (EntityMention) -> Bool
  ) -> Bool {
    guard let opening = found.first, opening.canonical != topic.canonical, fits(opening),
      bytes[sentence.start..<opening.range.start].allSatisfy({
        $0 == UInt8(ascii: " ") || $0 == 10
      })
    else { return false }
    let relative = relativeClauses(in: sentence)
    return found.allSatisfy { m in
      m.canonical != topic.canonical
        || m.range.end + 1 < bytes.count && bytes[m.range.end] == UInt8(ascii: "'")
        || relative.contains { $0.holds(m.range.start) }
    }
  }

  /// Nouns of a part of a mission or force ("its police *component*").
  static let componentNouns: Set<String> = ["component", "contingent", "unit", "wing", "element"]

  /// "a police unit of 260 officers": a word before "<noun> of" that, with the value's own unit,
  /// makes the two-word unit of another count attribute ("police officers") names that attribute.
  func unitQualifiedBefore(
    _ spec: AttributeSpec, _ q: Quantity, unitEnd: Int, _ clauseWords: Range<Int>
  ) -> AttributeSpec? {
    guard let lastUnit = lastUnitWord(endingAt: unitEnd, after: q) else { return nil }
    let unitKey = words.words[lastUnit].key
    let first = words.index(atOrAfter: q.range.start)
    // "Its police component has grown from 900 officers": the qualifier before a noun of a part
    // of a mission, a few words back.
    if compiled.lowercaseUnits[spec.name]?.contains(unitKey) == true {
      for k in stride(from: first - 2, through: max(clauseWords.lowerBound, first - 7), by: -1)
      where DocumentClaimReader.componentNouns.contains(words.words[k + 1].key)
        && !isPunctuationBetween(words.words[k].range.start, q.range.start)
      {
        let qualifier = words.words[k].key
        if let other = compiled.twoWordCountUnits.first(where: { unit in
          unit.spec.name != spec.name && unit.first == qualifier && unit.last == unitKey
        }) {
          return other.spec
        }
      }
    }
    guard compiled.lowercaseUnits[spec.name]?.contains(unitKey) == true,
      first - 3 >= clauseWords.lowerBound, words.words[first - 1].key == "of",
      !isPunctuationBetween(words.words[first - 3].range.start, q.range.start),
      bytes[words.words[first - 2].range.start] >= 0x61
    else { return nil }
    let qualifier = words.words[first - 3].key
    return compiled.twoWordCountUnits.first { unit in
      unit.spec.name != spec.name && unit.first == qualifier && unit.last == unitKey
    }?.spec
  }

  /// "Two observer states attend. Varro became the second in 2021", "Ossin joined in 2017 as
  /// the sixth": an ordinal with no noun after "became the" or "joined (in YEAR) as the" goes on
  /// with the claim of this attribute read last, in this sentence or the one before. That claim's
  /// index, or `nil`.
  func bareOrdinalGoesOn(
    _ q: Quantity, _ spec: AttributeSpec, _ sentenceIndex: Int, _ clauseWords: Range<Int>
  ) -> Int? {
    let first = words.index(atOrAfter: q.range.start)
    guard first >= 3, first - 2 >= clauseWords.lowerBound, words.words[first - 1].key == "the"
    else { return nil }
    let verb = words.words[first - 2].key
    let joined = DocumentClaimReader.joiningVerbs.contains(verb)
      || verb == "as" && (max(clauseWords.lowerBound, first - 6)..<(first - 2)).contains { k in
        DocumentClaimReader.joinVerbs.contains(words.words[k].key)
          && (k + 1 == first - 2
            || isTimePhrase(
              from: words.words[k].range.end, to: words.words[first - 2].range.start))
      }
    guard joined else { return nil }
    let next = words.index(atOrAfter: q.range.end)
    if next < clauseWords.upperBound,
      !isPunctuationBetween(q.range.end, words.words[next].range.start),
      !DocumentClaimReader.timeWordsAfterABareOrdinal.contains(words.words[next].key)
    {
      return nil
    }
    let since = sentenceIndex > 0 ? document.sentences[sentenceIndex - 1].range.start : 0
    guard let last = claims.indices.last, claims[last].attribute == spec.name,
      claims[last].sentence.start >= since, readValues[last].value.range.end <= q.range.start
    else { return nil }
    return last
  }

  /// "a sponsorship deal worth 9,000 pounds", "a contract worth about 52 million": an amount
  /// after "worth" is what a thing is worth, no budget, revenue or spending of a body.
  func isWorthOfAThing(_ q: Quantity) -> Bool {
    var w = words.index(atOrAfter: q.range.start) - 1
    if w >= 0, DocumentClaimReader.approximators.contains(words.words[w].key) { w -= 1 }
    return w >= 0 && words.words[w].key == "worth"
  }

  /// "joined in 1884 as the institute's 2,000th member": the name whose possessive stands right
  /// before an ordinal owns the count it ranks.
  func possessiveOwner(
    ofOrdinal q: Quantity, _ spec: AttributeSpec, _ mentions: [EntityMention]
  ) -> EntityMention? {
    mentions.last { m in
      m.range.end + 3 <= q.range.start && q.range.start - m.range.end <= 4
        && bytes[m.range.end] == UInt8(ascii: "'") && isSubjectCandidate(m, spec, [])
    }
  }
}
