import CrosscheckCore

/// Founding years, and whose founding a verb's subject says.
extension DocumentClaimReader {
  /// "In 1974 the Orlen Fells Joint Planning Board was created", "In 2004 the members created the
  /// Sarn Basin Joint Security Force": a year the clause opens with ("In 1974") dates a founding
  /// verb later in it, of the name before a passive verb or of the object of an active one; not
  /// when another year or number stands between.
  func frontedFoundingSubject(
    _ spec: AttributeSpec, _ q: Quantity, _ clause: TextRange, _ mentions: [EntityMention], _ quantities: [Quantity]
  ) -> (EntityMention, String)? {
    let w = words.index(atOrAfter: q.range.start)
    guard w >= 1, w < words.words.count, words.words[w - 1].key == "in",
      words.words[w - 1].range.start == clause.start, isWritten(q.range)
    else { return nil }
    let verbs = phrases(spec).verbs
    var k = w + 1
    while k < words.words.count, k <= w + 12, words.words[k].range.end <= clause.end {
      if quantities.contains(where: { $0.range.start == words.words[k].range.start }) { return nil }
      guard let n = words.longestMatch(verbs, at: k) else { k += 1; continue }
      let verbStart = words.words[k].range.start
      // "the Joint Planning Board was created": the name right before "was" or "were".
      if ["was", "were"].contains(words.words[k - 1].key) {
        guard let m = mentions.last(where: { $0.range.end <= words.words[k - 1].range.start }),
          m.range.start > q.range.end, isSubjectCandidate(m, spec, []),
          words.index(atOrAfter: m.range.end) == k - 1
        else { return nil }
        return (m, basis(of: m))
      }
      // "the members created the Sarn Basin Joint Security Force": the object, after an article.
      let objectStart = words.words[k + n - 1].range.end
      guard !mentions.contains(where: { $0.range.start > q.range.end && $0.range.end <= verbStart }),
        let m = mentions.first(where: { $0.range.start >= objectStart }),
        isSubjectCandidate(m, spec, []), gapIsArticle(objectStart, m.range.start)
      else { return nil }
      return (m, basis(of: m))
    }
    return nil
  }

  mutating func readYears(
    _ spec: AttributeSpec, _ clause: TextRange, _ sentence: TextRange, _ sentenceIndex: Int,
    _ mentions: [EntityMention], _ quantities: [Quantity]
  ) {
    let verbs = phrases(spec).verbs
    let nouns = phrases(spec).nouns
    readFoundingInContextTime(spec, clause, sentence, sentenceIndex, mentions, quantities)
    for q in quantities where q.kind == .year {
      var w = words.index(atOrAfter: q.range.start)
      // "Founded: 1998", "- Opened: 1968": a fact-box row whose label is a founding verb or noun.
      if let label = rowLabel(of: q.range.start), labelIsOneOf(label, verbs) || labelIsOneOf(label, nouns),
        let subject = rowSubject(spec, valueStart: q.range.start)
      {
        add(spec, subject: subject, value: q, clause: clause, sentence: sentence,
          sentenceIndex: sentenceIndex, quantities: quantities, valueIsTime: true, rule: "founding-row")
        continue
      }
      if let subject = timelineFoundingSubject(spec, q)
        ?? bracketedFoundingSubject(spec, q, sentenceIndex, Array(mentions))
        ?? rowNamedFoundingSubject(spec, q)
        ?? frontedFoundingSubject(spec, q, clause, mentions, quantities)
      {
        add(spec, subject: subject, value: q, clause: clause, sentence: sentence,
          sentenceIndex: sentenceIndex, quantities: quantities, valueIsTime: true,
          rule: "founding-listed")
        continue
      }
      // "founded on 14 August 1975", "established in April 2016": a month and a day before the
      // year belong to the date the preposition opens.
      while w > 1, w < words.words.count, words.words[w - 1].range.start >= clause.start,
        DocumentClaimReader.months[words.words[w - 1].key] != nil
          && isUpperASCII(bytes[words.words[w - 1].range.start])
          || DocumentClaimReader.isDayNumber(words.words[w - 1].key)
          && DocumentClaimReader.months[words.words[w].key] != nil
      {
        w -= 1
      }
      guard w > 0, words.words[w - 1].range.start >= clause.start else { continue }
      // "set up 25 years ago": a year counted back, right after the verb ("founded only last
      // year": an adverb of recency may stand between).
      let v = w > 2 && ["only", "just"].contains(words.words[w - 1].key) ? w - 1 : w
      let countedBack = !isWritten(q.range) && words.longestMatch(verbs, at: v - 1) != nil
        || v > 1 && !isWritten(q.range) && words.longestMatch(verbs, at: v - 2) == 2
      // "dates from 1968": a founding verb that ends in its own preposition.
      let ownPreposition = w > 1 && words.words[w - 1].key == "from" && words.longestMatch(verbs, at: w - 2) == 2
      guard ["in", "on", "since"].contains(words.words[w - 1].key) || countedBack || ownPreposition
      else { continue }
      var subject: (EntityMention, String)?
      var trigger: Int?
      var k = countedBack ? w - 1 : w - 2
      while k >= 0, k >= w - 9, words.words[k].range.start >= clause.start {
        if let n = words.longestMatch(nouns, at: k) {
          // "from four members at its founding to six in 2019": a number between the noun and
          // the year is what the year dates.
          if quantities.contains(where: {
            $0.kind != .year && $0.range.start >= words.words[k].range.end
              && $0.range.end <= q.range.start
          }) {
            break
          }
          // "since its founding in 2008": the owner of "its" is the subject.
          if k > 0, ["its", "their"].contains(words.words[k - 1].key) {
            subject = contextSubject(spec, before: words.words[k - 1].range.start, sentenceIndex: sentenceIndex)
            trigger = k
            break
          }
          // "creation of the X in 2009": X is the subject.
          let afterNoun = k + n
          guard afterNoun < words.words.count, words.words[afterNoun].key == "of" else { break }
          if let m = mentions.first(where: { $0.range.start >= words.words[afterNoun].range.end && $0.range.end <= q.range.start
            && isSubjectCandidate($0, spec, []) && gapIsArticle(words.words[afterNoun].range.end, $0.range.start) })
          {
            subject = (m, basis(of: m))
          }
          trigger = k
          break
        }
        if let n = words.longestMatch(verbs, at: k) {
          // "was founded in 1948 and has been owned since 2011": a year between the verb and
          // this one is the founding's; this one dates a later predicate.
          if quantities.contains(where: {
            $0.kind == .year && $0.range.start >= words.words[k + n - 1].range.end
              && $0.range.end <= words.words[w - 1].range.start
          }) {
            break
          }
          // "opened its first line in 1974": the subject did something; it was not founded.
          if k + n < words.words.count, ["its", "their", "his", "her"].contains(words.words[k + n].key) {
            break
          }
          // "launched 1,412 times in 2024", "opened 12 branches in 2019": a number right after
          // the verb counts something it did; the verb does not found the subject ("founded the
          // firm with two vans in 1991" still does).
          if k + n < w, quantities.contains(where: {
            $0.kind != .year && $0.range.start == words.words[k + n].range.start
          }) {
            break
          }
          // "The Kell plant, which opened in 1961", "two satellites, the first of which was
          // launched in 2021": what was founded is an unnamed thing "which" stands for.
          if hasUnnamedRelativeSubject(verb: k) && !describesAnApposedName(verb: k)
            || hasUnnamedClauseSubject(verb: k) || hasWhoseSubject(verb: k)
          {
            break
          }
          trigger = k
          // "Founded in 1926, two years after a match in Sarvik, the federation now runs ...": a
          // participle opening the sentence describes the main clause's subject after its comma.
          if words.words[k].range.start == sentence.start || k == words.index(atOrAfter: sentence.start),
            let m = mainClauseSubject(after: q.range.end, sentence, spec)
          {
            subject = (m, basis(of: m))
            break
          }
          // "Russia established the CSTO in 2002": the object is what was founded.
          let objectStart = words.words[k + n - 1].range.end
          if let m = mentions.first(where: { $0.range.start >= objectStart && $0.range.end <= q.range.start
            && isSubjectCandidate($0, spec, []) && gapIsArticle(objectStart, $0.range.start) })
          {
            subject = (m, basis(of: m))
          } else if let m = mentions.last(where: { $0.range.end <= words.words[k].range.start }),
            isDesignation(m)
          {
            // "replaces Osprey-2, launched in 2016": the numbered model was launched.
            break
          } else if opensWithOwnedThing(clause, before: words.words[k].range.start) {
            // "Its training centre opened in 2015": the owner's thing was founded, not the owner.
            break
          } else if let m = mentions.last(where: { m in
            m.range.end <= words.words[k].range.start && isSubjectCandidate(m, spec, [])
              // "Dunlow Mills, which supplies the chain's flour, was founded in 1874": a name
              // inside a relative clause the verb stands outside of is not what was founded.
              && !relativeClauses(in: clause).contains { $0.holds(m.range.start) && !$0.holds(words.words[k].range.start) }
          }) {
            // "the Sarrona airbase opened in 2015": the name describes the noun that was founded.
            if modifiesANoun(m, before: k) { break }
            // "The library at 12 Mill Road, opened in 1896": a place after "at" locates an unnamed
            // subject; a name right before the preposition is the subject ("Kell Museum in Orva").
            guard let located = locatedBy(m, mentions) else { break }
            subject = located.map { ($0, basis(of: $0)) } ?? (m, basis(of: m))
          } else if hasPronounSubject(verb: k) {
            // "It was formed in 1921, when the island's constables ...": the pronoun goes back to
            // a name before; a name after the comma does something else.
            subject = contextSubject(spec, before: clause.start, sentenceIndex: sentenceIndex)
          } else if hasFirstPersonSubject(verb: k) {
            // "We were founded in 1923 by eleven masons, and ... met above a pub in Bath": "we"
            // speaks for a body, never for a name after the comma.
            subject = firstPersonSubject(spec, valueStart: q.range.start, clause, sentenceIndex)
          } else if let m = mentions.first(where: {
            $0.range.start > q.range.end && isSubjectCandidate($0, spec, [])
              && bytes[q.range.end..<$0.range.start].contains(UInt8(ascii: ","))
          }) {
            // "Founded in 1994, the council ...": the participle describes the subject after it.
            subject = (m, basis(of: m))
          } else {
            subject = contextSubject(spec, before: clause.start, sentenceIndex: sentenceIndex)
          }
          break
        }
        k -= 1
      }
      guard trigger != nil, let subject else { continue }
      add(spec, subject: subject, value: q, clause: clause, sentence: sentence,
          sentenceIndex: sentenceIndex, quantities: quantities, valueIsTime: true, rule: "founding-verb")
    }
  }

  /// Whether "we" is the subject of the verb at word `verb` ("we were founded").
  func hasFirstPersonSubject(verb: Int) -> Bool {
    let k = wordBefore(verb: verb)
    return k >= 0 && words.words[k].key == "we"
  }

  /// The index of the word before the verb at word `verb` once auxiliaries and adverbs ("now",
  /// "still"; with `skippingLyAdverbs`, any word ending in "-ly") are skipped; -1 at the text's
  /// start.
  func wordBefore(verb: Int, skippingLyAdverbs: Bool = false) -> Int {
    var k = verb - 1
    while k >= 0 {
      let key = words.words[k].key
      guard DocumentClaimReader.auxiliaries.contains(key) || DocumentClaimReader.adverbs.contains(key)
        || skippingLyAdverbs && key.hasSuffix("ly")
      else { break }
      k -= 1
    }
    return k
  }

  /// Whether the subject of the verb at word `verb` (auxiliaries and adverbs skipped) is "which"
  /// or "that" standing for no name: a lowercase noun ("the plant, which opened") or a part of a
  /// group ("the first of which").
  func hasUnnamedRelativeSubject(verb: Int) -> Bool {
    let k = wordBefore(verb: verb, skippingLyAdverbs: true)
    guard k > 0, ["which", "that"].contains(words.words[k].key) else { return false }
    var j = words.words[k].range.start - 1
    let gaps = [UInt8(ascii: " "), UInt8(ascii: ","), UInt8(ascii: ")")]
    while j > 0, gaps.contains(bytes[j]) { j -= 1 }
    let antecedentEnd = j + 1
    if document.entities.contains(where: { $0.range.end == antecedentEnd }) { return false }
    // "The cathedral choir, which was founded" after "Harwick Cathedral Choir": a noun that
    // ends a name stands for it.
    let noun = words.words[max(0, words.index(atOrAfter: antecedentEnd) - 1)].key
    return !document.entities.contains { m in
      m.type != .person && m.type != .date && m.canonical.lowercased().hasSuffix(" " + noun)
    }
  }

  /// Whether the verb at word `verb` has for subject an article and up to three lowercase words
  /// that name no entity, right after a conjunction of time ("up from 160 when the new marina
  /// opened in 2019"): the clause dates another thing than the names around it.
  func hasUnnamedClauseSubject(verb: Int) -> Bool {
    var k = verb - 1
    while k >= 0, DocumentClaimReader.auxiliaries.contains(words.words[k].key) { k -= 1 }
    let nounEnd = k
    var lower = 0
    while k >= 0, lower < 3, !["the", "a", "an"].contains(words.words[k].key) {
      guard !isPunctuationBetween(words.words[k].range.end, words.words[k + 1].range.start),
        !isUpperASCII(bytes[words.words[k].range.start]),
        isPlainWord(words.words[k].key)
      else { return false }
      lower += 1
      k -= 1
    }
    guard lower > 0, k >= 1, ["the", "a", "an"].contains(words.words[k].key),
      DocumentClaimReader.timeConjunctions.contains(words.words[k - 1].key), nounEnd >= 0
    else { return false }
    let phrase = TextRange(words.words[k].range.start, words.words[nounEnd].range.end)
    return !document.entities.contains { phrase.holds($0.range.start) }
  }

  /// Conjunctions that open a clause of time.
  static let timeConjunctions: Set<String> = ["when", "after", "before", "until", "once", "as"]

  /// "Founded in 1964 by the parish priest, Father Liam Carey, and ...": a name set off by commas
  /// after a phrase that holds "by" or "with" names a founder, not the main clause's subject.
  func isFounderInApposition(_ m: EntityMention) -> Bool {
    guard m.range.start >= 2, bytes[m.range.start - 2] == UInt8(ascii: ","), m.range.end < bytes.count,
      bytes[m.range.end] == UInt8(ascii: ",")
    else { return false }
    var open = m.range.start - 3
    while open > 0, bytes[open] != UInt8(ascii: ","), bytes[open] != UInt8(ascii: ".") { open -= 1 }
    var w = words.index(atOrAfter: open + 1)
    while w < words.words.count, words.words[w].range.end < m.range.start {
      if ["by", "with"].contains(words.words[w].key) { return true }
      w += 1
    }
    return false
  }

  /// "Its training centre at the Sarrona airbase opened in 2015": a name followed by a lowercase
  /// noun (not an auxiliary or an adverb) modifies that noun; what the verb at word `verb` says
  /// is that noun's, not the name's.
  func modifiesANoun(_ m: EntityMention, before verb: Int) -> Bool {
    let next = words.index(atOrAfter: m.range.end)
    // The noun stands right before the verb, or before its auxiliary ("airbase was opened").
    guard next < verb, m.range.end + 1 == words.words[next].range.start, bytes[m.range.end] == UInt8(ascii: " "),
      next + 1 == verb || next + 2 == verb && DocumentClaimReader.auxiliaries.contains(words.words[verb - 1].key)
    else { return false }
    let key = words.words[next].key
    let first = bytes[words.words[next].range.start]
    return first >= 0x61 && first <= 0x7A && !DocumentClaimReader.auxiliaries.contains(key)
      && !DocumentClaimReader.adverbs.contains(key) && !key.hasSuffix("ly")
      && !DocumentClaimReader.relativeOpeners.contains(key) && !["and", "or", "first"].contains(key)
  }

  /// Whether a clause opens with "Its" or "Their" and a lowercase noun, with no name before
  /// `offset` ("Its training centre opened in 2015").
  func opensWithOwnedThing(_ clause: TextRange, before offset: Int) -> Bool {
    let w = words.index(atOrAfter: clause.start)
    guard w + 1 < words.words.count, words.words[w + 1].range.end <= offset,
      ["its", "their"].contains(words.words[w].key), words.words[w].range.start == clause.start
        || bytes[clause.start..<words.words[w].range.start].allSatisfy({ $0 == UInt8(ascii: " ") })
    else { return false }
    let first = bytes[words.words[w + 1].range.start]
    return first >= 0x61 && first <= 0x7A
      && !inside(document.entities, TextRange(clause.start, offset), { $0.range }).contains { $0.basis != .reference }
  }

  static let auxiliaries: Set<String> = [
    "was", "were", "is", "are", "has", "had", "have", "been", "be", "being", "did", "does",
  ]

  /// The subject of a sentence's main clause after a fronted participle clause: the first name
  /// after `offset` standing right after a comma (with at most an article between), so a name
  /// inside the fronted clause ("in a Sarvik coffee house") is passed over.
  func mainClauseSubject(after offset: Int, _ sentence: TextRange, _ spec: AttributeSpec) -> EntityMention? {
    let after = inside(document.entities, TextRange(offset, sentence.end), { $0.range })
    for m in after where isSubjectCandidate(m, spec, []) && !isFounderInApposition(m) {
      var s = m.range.start
      // "the association", written as a reference, starts at its article.
      let article = ["the ", "The ", "its ", "Its "].first { a in
        s >= a.utf8.count && bytes[(s - a.utf8.count)..<s].elementsEqual(a.utf8)
      }
      if let article { s -= article.utf8.count }
      if s >= 2, bytes[s - 2] == UInt8(ascii: ","), bytes[s - 1] == UInt8(ascii: " ") { return m }
    }
    return nil
  }

  /// "Velsingar Airport, whose second runway opened in 1998, ...": the verb's subject is the
  /// thing "whose" gives the name (up to four words after it, no punctuation between), and it,
  /// not the name, was opened.
  func hasWhoseSubject(verb k: Int) -> Bool {
    var j = k - 1
    while j >= 0, j >= k - 5 {
      if words.words[j].key == "whose" {
        return !isPunctuationBetween(words.words[j].range.end, words.words[k].range.start)
      }
      j -= 1
    }
    return false
  }
}
