import CrosscheckCore

/// Ordinals of joining ("Belarus became the tenth member"): at least that many from then on.
extension DocumentClaimReader {
  /// "Belarus became the tenth member": at least that many members from then on. The ordinal
  /// follows "the" and comes right before a unit (qualifiers allowed); the entity before it is
  /// the one that joined, so the subject is found as for a count.
  mutating func readOrdinals(
    _ spec: AttributeSpec, _ clause: TextRange, _ sentence: TextRange, _ sentenceIndex: Int,
    _ mentions: [EntityMention], _ quantities: [Quantity], _ clauseWords: Range<Int>
  ) {
    let units = phrases(spec).units
    let qualifiers = phrases(spec).qualifiers
    for q in quantities where q.kind == .ordinal {
      guard let n = q.value, n >= 2 else { continue }
      // "the second-largest contributor" ranks; it does not count.
      if q.range.end < bytes.count, bytes[q.range.end] == UInt8(ascii: "-") { continue }
      let first = words.index(atOrAfter: q.range.start)
      // "the tenth member", "its fourth contributor", "the league's 14th club".
      guard first > clauseWords.lowerBound,
        ["the", "its", "their"].contains(words.words[first - 1].key)
          || bytes[words.words[first - 1].range.end] == UInt8(ascii: "'")
          || words.words[first - 1].key == "s" && bytes[words.words[first - 1].range.start - 1] == UInt8(ascii: "'")
      else { continue }
      var w = words.index(atOrAfter: q.range.end)
      var skipped = 0
      while w < clauseWords.upperBound, skipped < 2, qualifiers.contains(words.words[w].key),
        words.longestMatch(units, at: w) == nil
      {
        w += 1
        skipped += 1
      }
      var unitEnd: Int
      var goesOn: Int?
      if w < clauseWords.upperBound, let u = words.longestMatch(units, at: w) {
        unitEnd = words.words[w + u - 1].range.end
      } else if isBareOrdinalOfJoining(q, spec, sentence, clauseWords) {
        unitEnd = q.range.end
      } else if let last = bareOrdinalGoesOn(q, spec, sentenceIndex, clauseWords) {
        unitEnd = q.range.end
        goesOn = last
      } else {
        continue
      }
      // "the 10th member to go" after "Fiji left": a clause about leaving counts those who left.
      let exclusions = phrases(spec).exclusions
      if !exclusions.isEmpty, clauseWords.contains(where: { words.longestMatch(exclusions, at: $0) != nil }) { continue }
      // "the second largest member" ranks members; "member to join" keeps the count reading.
      // "Portavel, which became the tenth contributor": the one that joined is no subject.
      // "Lorreth became its fifth member, and Cairnvale joined as the sixth": no one that
      // joined in the clause owns a count.
      let joiner = quantities.filter { $0.kind == .ordinal }.flatMap { o in
        joiners(before: words.index(atOrAfter: o.range.start), clause, mentions).map(\.range)
      }
      // "became the 13th country to contribute floats to the Orm Array": the body after "to".
      let after = words.index(atOrAfter: unitEnd)
      let contributedTo = (after..<min(after + 3, clauseWords.upperBound)).first {
        words.words[$0].key == "to" && !isPunctuationBetween(unitEnd, words.words[$0].range.start)
      }.flatMap { k in
        mentions.first { m in
          let to = words.words[k].range.end
          return m.range.start >= to && gapIsArticle(to, m.range.start)
            && isSubjectCandidate(m, spec, joiner)
        }
      }
      guard var subject = contributedTo.map({ ($0, basis(of: $0)) })
        ?? possessiveOwner(ofOrdinal: q, spec, mentions).map({ ($0, basis(of: $0)) })
        ?? goesOn.map({ (readValues[$0].subject.0, "context") })
        ?? chooseSubject(
          spec, valueStart: q.range.start, unitEnd: unitEnd, clause, mentions, joiner,
          sentenceIndex)
      else { continue }
      // "Tessarine joined in 2009. ... Marvelle became the seventh member in 2013": a name from
      // an earlier sentence that itself joined is a member, not the body joined.
      if !clause.holds(subject.0.range.start) {
        let members = joinersOfTheDocument().union(admitted)
        if members.contains(subject.0.canonical) {
          guard let other = contextSubject(
            spec, before: clause.start, sentenceIndex: sentenceIndex, excluding: members)
          else { continue }
          subject = other
        }
      }
      let value = Quantity(range: q.range, low: n, high: nil, modifier: .atLeast, kind: .cardinal)
      // "Slovenia, which joined in 2022, was the tenth contributor": the year of the joining
      // told in the relative clause before the ordinal.
      let joined = relativeClauses(in: clause).last { r in
        r.end <= q.range.start && inside(words.words, r, { $0.range }).contains {
          DocumentClaimReader.joinVerbs.contains($0.key) || $0.key == "admitted"
        }
      }.flatMap { r in
        quantities.first { $0.kind == .year && r.holds($0.range.start) && isWritten($0.range) }?.low
      } ?? yearBeforeAs(ordinal: first, quantities)
      add(spec, subject: subject, value: value, end: unitEnd,
          time: joined.map { TimeScope(year: Int(checked: $0), basis: "explicit") }, clause: clause,
          sentence: sentence, sentenceIndex: sentenceIndex, quantities: quantities,
          rule: "ordinal-joining")
    }
  }

  /// "The institute joined the Northern Research Network as its sixth member", "1984 - Joins the
  /// Consortium of Boreal Research Institutes as its 14th member": the body a verb of joining
  /// takes as its object owns the ordinal after "as its" (word `ordinal`).
  func joinedBody(beforeAsIts ordinal: Int, _ spec: AttributeSpec, _ mentions: [EntityMention]) -> EntityMention? {
    guard ordinal >= 3, words.words[ordinal - 1].key == "its", words.words[ordinal - 2].key == "as" else { return nil }
    let asStart = words.words[ordinal - 2].range.start
    guard let m = mentions.last(where: { $0.range.end <= asStart }),
      !isPunctuationBetween(m.range.end, asStart), isSubjectCandidate(m, spec, [])
    else { return nil }
    var v = words.index(atOrAfter: m.range.start) - 1
    if v >= 0, words.words[v].key == "the" { v -= 1 }
    guard v >= 0, DocumentClaimReader.joinVerbs.contains(words.words[v].key) else { return nil }
    return m
  }

  /// Names the text says joined or were admitted, with the names listed with them ("Morvalia and
  /// Quessar were admitted", "Ilvany and Sebrenia followed in 2001", "with the accession of
  /// Ostvale and Bernacq", "Tessarine joined in 2009"): members of a body, not bodies whose
  /// members a count counts.
  static func admittedNames(_ document: Document, _ words: LowerWords, _ bytes: [UInt8]) -> Set<String> {
    let entities = document.entities.filter { $0.basis != .reference && $0.basis != .demonym }
    var names: Set<String> = []
    var i = 0
    while i < entities.count {
      // A list of names: "A and B", "A, B and C".
      var j = i
      while j + 1 < entities.count, entities[j].range.end < entities[j + 1].range.start,
        entities[j + 1].range.start - entities[j].range.end <= 11,
        listGaps.contains(String(decoding: bytes[entities[j].range.end..<entities[j + 1].range.start], as: UTF8.self))
      {
        j += 1
      }
      var admitted = false
      var w = words.index(atOrAfter: entities[j].range.end)
      let first = w
      while w < words.words.count, joiningAuxiliaries.contains(words.words[w].key) { w += 1 }
      // "has admitted Holmbrook University": the body that admits; "were admitted": the members.
      if w < words.words.count, admissionVerbs.contains(words.words[w].key),
        words.words[w].key != "admitted" || w > first && ["was", "were", "been"].contains(words.words[w - 1].key),
        !bytes[entities[j].range.end..<words.words[w].range.start].contains(where: {
          $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ";") || $0 == 10
        })
      {
        admitted = true
      }
      var b = words.index(atOrAfter: entities[i].range.start) - 1
      if b >= 0, words.words[b].key == "the" { b -= 1 }
      if b >= 1, words.words[b].key == "of", ["accession", "admission"].contains(words.words[b - 1].key) {
        admitted = true
      }
      if admitted {
        for k in i...j { names.insert(entities[k].canonical) }
      }
      i = j + 1
    }
    return names
  }

  /// Words that may stand between a name and its verb of joining ("were admitted", "also joined").
  static let joiningAuxiliaries: Set<String> = [
    "were", "was", "been", "also", "have", "has", "had", "then", "later", "finally", "both",
  ]
  /// Verbs of joining a body that follow the names that joined.
  static let admissionVerbs: Set<String> = ["joined", "joins", "followed", "acceded", "admitted", "entered"]

  /// Every name the document says joined as an ordinal member ("Marvelle became the seventh
  /// member"), as ``joiners(before:_:_:)`` reads each ordinal in its sentence, and every member
  /// a membership list read so far names ("The four founders, Tessarine, Aurel Minor, ...").
  func joinersOfTheDocument() -> Set<String> {
    var names = Set(claims.flatMap { $0.members ?? [] })
    for o in document.quantities where o.kind == .ordinal {
      guard let index = sentenceIndex(holding: o.range.start) else { continue }
      let sentence = document.sentences[index].range
      let mentions = Array(inside(document.entities, sentence, { $0.range }))
      for m in joiners(before: words.index(atOrAfter: o.range.start), sentence, mentions) {
        names.insert(m.canonical)
      }
    }
    return names
  }

  /// The name that became what an ordinal at word `ordinal` ranks ("Glenmorrow Rescue became its
  /// 14th member", "Portavel, which became the tenth contributor"): the last name before a joining
  /// verb at most two words before the ordinal, with at most a relative pronoun between.
  /// A name the tagger split at "and" ("Glenmorrow Search and Rescue") comes whole.
  func joiners(before ordinal: Int, _ clause: TextRange, _ mentions: [EntityMention]) -> [EntityMention] {
    // "admitted the University of Aldbridge as its 15th member": the name before "as" joined,
    // unless it is what was joined ("Chile joined the Tesora Mission as its fifth contributor").
    // "welcomed the Kell Institute in March as its 12th member": a time phrase may come between.
    if ordinal >= 2, words.words[ordinal - 2].key == "as",
      let m = mentions.last(where: { $0.range.end <= words.words[ordinal - 2].range.start }),
      m.range.start >= clause.start,
      isTimePhrase(from: m.range.end, to: words.words[ordinal - 2].range.start)
    {
      var v = words.index(atOrAfter: m.range.start) - 1
      // "admitted the Institute of Geography in Tbilisi as its 24th member": a place located
      // by "in" or "from" describes the name before it, which joined too.
      var located = [m]
      while v >= 1, ["in", "from", "at"].contains(words.words[v].key),
        let named = mentions.last(where: {
          $0.range.end + 1 == words.words[v].range.start && $0.range.start >= clause.start
        })
      {
        located.append(named)
        v = words.index(atOrAfter: named.range.start) - 1
      }
      if v >= 0, words.words[v].key == "the" { v -= 1 }
      if v < 0 || !words.words[v].key.hasPrefix("join") { return located }
    }
    // "Cairnvale joined as the sixth member": the one that joined is named before the verb.
    // "Oskand, which joined in 1996 as the fifth member": a short time phrase may stand between
    // the verb and "as".
    let timed = ordinal >= 2 && words.words[ordinal - 2].key == "as"
      ? (max(0, ordinal - 7)..<(ordinal - 2)).last(where: {
        DocumentClaimReader.joinVerbs.contains(words.words[$0].key)
          && isTimePhrase(from: words.words[$0].range.end, to: words.words[ordinal - 2].range.start)
      }) : nil
    guard let verb = timed ?? (max(0, ordinal - 3)..<ordinal).last(where: {
      DocumentClaimReader.joiningVerbs.contains(words.words[$0].key)
        || DocumentClaimReader.joinVerbs.contains(words.words[$0].key)
          && words.words[$0 + 1].key == "as"
    }) else { return [] }
    var start = words.words[verb].range.start
    if verb > 0, ["which", "who"].contains(words.words[verb - 1].key) { start = words.words[verb - 1].range.start }
    var index = mentions.lastIndex { $0.range.end <= start && $0.range.start >= clause.start }
    func isGap(_ m: EntityMention) -> Bool {
      bytes[m.range.end..<start].allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ",") })
    }
    // "Porto Vermelho, promoted from the second division, became its 16th member": an aside
    // between two commas may stand between the name and the verb.
    var afterAside = false
    if let last = index, !isGap(mentions[last]), start >= 2,
      bytes[(start - 2)..<start].elementsEqual(", ".utf8),
      let named = mentions.lastIndex(where: { m in
        m.range.start >= clause.start && m.range.end < start - 2
          && bytes[m.range.end] == UInt8(ascii: ",")
          && bytes[(m.range.end + 1)..<(start - 2)].allSatisfy { $0 != UInt8(ascii: ",") }
      }),
      start - mentions[named].range.end <= 80
    {
      index = named
      afterAside = true
    }
    guard let last = index, afterAside || isGap(mentions[last]) else { return [] }
    var out = [mentions[last]]
    // "Norway, Iceland and the Faroes, which became the ninth": the whole list is no owner.
    while let k = index, k > 0 {
      let gap = String(decoding: bytes[mentions[k - 1].range.end..<mentions[k].range.start], as: UTF8.self)
      guard DocumentClaimReader.listGaps.contains(gap) else { break }
      out.append(mentions[k - 1])
      index = k - 1
    }
    return out
  }

  /// Verbs after which "the ninth" with no noun still says which member one became.
  static let joiningVerbs: Set<String> = ["become", "became", "becomes", "becoming"]
  /// "the vans will keep running until at least 2028": four digits of a year after "until",
  /// "since", "before" or "after" (a bound such as "at least" may come between) name a time,
  /// whatever the numbers stage made of them, never a count.
  func isYearOfATimePhrase(_ q: Quantity) -> Bool {
    // The quantity may hold its bound ("at least 2028"): the digits end it.
    let digits = q.range.end - 4
    guard digits >= q.range.start, digits > 0,
      bytes[digits..<q.range.end].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
      bytes[digits - 1] == UInt8(ascii: " ") || digits == q.range.start,
      let value = q.low, value >= 1800, value <= 2100
    else { return false }
    var w = words.index(atOrAfter: digits) - 1
    if w >= 1, ["least", "most", "earliest", "latest"].contains(words.words[w].key),
      ["at", "the"].contains(words.words[w - 1].key)
    {
      w -= 2
      if w >= 0, words.words[w].key == "at" { w -= 1 }
    }
    return w >= 0 && ["until", "till", "since", "before", "after"].contains(words.words[w].key)
  }

  /// Verbs that, before "as", say the name before them joined ("joined as the sixth member").
  static let joinVerbs: Set<String> = ["join", "joins", "joined", "joining", "entered", "enters"]
  /// What stands between two names of one list.
  static let listGaps: Set<String> = [
    " and ", " & ", ", ", ", and ", " and the ", ", the ", ", and the ",
  ]
  /// Words of a short time phrase ("in March", "on 3 May", "last year").
  static let timePhraseWords: Set<String> = [
    "in", "on", "at", "last", "this", "early", "late", "year", "month", "week", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
  ]

  /// Whether only spaces or a short time phrase ("in March", "in 2019") stand between two offsets.
  func isTimePhrase(from start: Int, to end: Int) -> Bool {
    guard start < end else { return false }
    if end == start + 1 { return bytes[start] == UInt8(ascii: " ") }
    var w = words.index(atOrAfter: start)
    var count = 0
    while w < words.words.count, words.words[w].range.end <= end {
      let key = words.words[w].key
      guard DocumentClaimReader.timePhraseWords.contains(key)
        || key.utf8.count <= 4 && key.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
      else { return false }
      count += 1
      w += 1
    }
    return count <= 3 && !isPunctuationBetween(start, end)
  }

  /// Words that may follow an ordinal with no noun ("became the ninth *in* 2023", "the sixth
  /// *last* year"): a time phrase, not the noun it ranks.
  static let timeWordsAfterABareOrdinal: Set<String> = ["in", "on", "at", "when", "last", "this"]

  /// "Before the decision the council had nine members, Iceland having become the ninth in
  /// 2023": an ordinal with no noun after "became the", in a sentence that names the unit before.
  func isBareOrdinalOfJoining(_ q: Quantity, _ spec: AttributeSpec, _ sentence: TextRange, _ clauseWords: Range<Int>) -> Bool {
    let first = words.index(atOrAfter: q.range.start)
    guard first >= 2, DocumentClaimReader.joiningVerbs.contains(words.words[first - 2].key) else { return false }
    let next = words.index(atOrAfter: q.range.end)
    // A word right after it is the noun it ranks ("became the second largest").
    if next < words.words.count, words.words[next].range.end <= sentence.end,
      !isPunctuationBetween(q.range.end, words.words[next].range.start),
      !DocumentClaimReader.timeWordsAfterABareOrdinal.contains(words.words[next].key),
      !["after", "since", "that"].contains(words.words[next].key)
    {
      return false
    }
    // "sit as observer states; Presk became the second": the last count unit before the
    // ordinal says what it ranks, and a longer unit of another attribute ("observer states")
    // is not this one's ("states").
    let others = compiled.otherUnits[spec.name]
    var k = words.index(atOrAfter: sentence.start)
    var ranksThis = false
    while k < first {
      if let n = words.longestMatch(phrases(spec).units, at: k) {
        ranksThis = true
        k += n
      } else if let n = others.flatMap({ words.longestMatch($0, at: k) }), n >= 2 {
        ranksThis = false
        k += n
      } else {
        k += 1
      }
    }
    return ranksThis
  }

  /// "admitted Vennmark in 2014 as its sixth member and Ebrany in 2017": a written year in a
  /// short time phrase right before "as" dates the joining the ordinal at word `ordinal` ranks.
  func yearBeforeAs(ordinal: Int, _ quantities: [Quantity]) -> Double? {
    guard ordinal >= 3, words.words[ordinal - 2].key == "as" else { return nil }
    let asStart = words.words[ordinal - 2].range.start
    var k = ordinal - 3
    while k >= 0, k >= ordinal - 5 {
      let key = words.words[k].key
      guard DocumentClaimReader.timePhraseWords.contains(key)
        || key.utf8.count == 4 && key.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
      else { break }
      k -= 1
    }
    let from = words.words[k + 1].range.start
    guard from < asStart, !isPunctuationBetween(from, asStart) else { return nil }
    return quantities.first {
      $0.kind == .year && $0.range.start >= from && $0.range.end <= asStart && isWritten($0.range)
    }?.low
  }
}
