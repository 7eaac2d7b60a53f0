import CrosscheckCore

/// Cutting a sentence into clauses, and what makes a clause state no fact: questions, hedges,
/// conditions, negations and retractions.
extension DocumentClaimReader {
  static let clauseBreaks: [[UInt8]] = [
    ", while ", ", whereas ", ", but ", ", although ", ", though ", ", yet ", ", and while ",
    ", after ",
  ].map { Array($0.utf8) }

  /// "eight members after Poland joined in 2020": what happened after is another clause, with its
  /// own subject and year; "two years after" is a time expression and stays.
  static let afterBreak = Array(" after ".utf8)
  static let durationWords: Set<String> = [
    "year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades",
    "shortly", "soon", "just", "long", "season", "seasons", "and", "or",
  ]

  func clauses(of sentence: TextRange) -> [TextRange] {
    var cuts: [Int] = []
    // "The force, which was created in 2009 after fires killed 63 people, has 1,150 personnel":
    // an "after" inside a relative clause belongs to it and cuts nothing.
    let relative = relativeClauses(in: sentence)
    var i = sentence.start
    while i < sentence.end {
      if bytes[i] == UInt8(ascii: ";") {
        cuts.append(i + 1)
      } else if bytes[i] == UInt8(ascii: " "), i + 7 <= sentence.end,
        bytes[i..<(i + 7)].elementsEqual(DocumentClaimReader.afterBreak), i > sentence.start,
        bytes[i - 1] != UInt8(ascii: ","), !relative.contains(where: { $0.holds(i) })
      {
        let w = words.index(atOrAfter: i) - 1
        if w >= 0, !DocumentClaimReader.durationWords.contains(words.words[w].key) { cuts.append(i + 1) }
      } else if bytes[i] == UInt8(ascii: ",") {
        for pattern in DocumentClaimReader.clauseBreaks
        where i + pattern.count <= sentence.end && bytes[i..<(i + pattern.count)].elementsEqual(pattern) {
          cuts.append(i + 2)
          break
        }
      }
      i += 1
    }
    var out: [TextRange] = []
    var start = sentence.start
    for cut in cuts where cut > start {
      out.append(TextRange(start, cut))
      start = cut
    }
    out.append(TextRange(start, sentence.end))
    return out
  }

  // MARK: Reading one clause

  /// Words after which a clause no longer states a fact: conditions and negations ("if Armenia
  /// leaves, the bloc would have five members", "the league does not have 20 clubs").
  /// Hypotheticals and forecasts ("would become the eighth member", ``modalHedges``) are hedges
  /// too.
  static let hedges: Set<String> = modalHedges.union([
    "if", "unless", "whether", "not", "cannot", "never", "hypothetically", "suppose", "supposing",
    // "nor does it employ 20,000 people".
    "nor",
    // Capacities: "a radar able to image 2.4 million square kilometres a day".
    "able", "capable",
  ])

  /// Words that make a value approximate ("about 400", "roughly 410"); unlike ``hedges`` they
  /// leave the statement a fact.
  static let approximators: Set<String> = [
    "about", "some", "around", "roughly", "nearly", "almost", "approximately", "over",
  ]

  /// Adjectives after "is" or "are" that make what the clause says a forecast ("is possible").
  static let predicateHedges: Set<String> = ["possible", "likely", "unlikely", "conceivable"]

  /// Whether "of its" (their, our) follows a percentage and "from" comes within four words after
  /// the possessive, with no punctuation between: "35 percent of its electricity from dams".
  func isOwnSupplyFromASource(_ q: Quantity, _ clauseWords: Range<Int>) -> Bool {
    let of = words.index(atOrAfter: q.range.end)
    guard of + 2 < clauseWords.upperBound, words.words[of].key == "of",
      ["its", "their", "our"].contains(words.words[of + 1].key)
    else { return false }
    for k in (of + 2)..<min(of + 6, clauseWords.upperBound) where words.words[k].key == "from" {
      return !isPunctuationBetween(q.range.end, words.words[k].range.start)
    }
    return false
  }

  /// "reaches the village just after eight", "closes before ten.": a number from one to twelve
  /// right after "after", "past", "before", "until" or "till" and right before punctuation, the
  /// text's end or "o'clock", "am", "pm" is an hour of the clock, no count.
  func isClockTime(_ q: Quantity) -> Bool {
    guard q.kind == .cardinal, let v = q.low, v >= 1, v <= 12, v == v.rounded(),
      q.high == nil || q.high == q.low
    else { return false }
    let w = words.index(atOrAfter: q.range.start)
    guard w >= 1, ["after", "past", "before", "until", "till"].contains(words.words[w - 1].key),
      !isPunctuationBetween(words.words[w - 1].range.end, q.range.start)
    else { return false }
    if q.range.end >= bytes.count { return true }
    if [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), 10].contains(bytes[q.range.end]) {
      return true
    }
    let next = words.index(atOrAfter: q.range.end)
    return next < words.words.count && ["o'clock", "am", "pm"].contains(words.words[next].key)
      && !isPunctuationBetween(q.range.end, words.words[next].range.start)
  }

  /// "The nine members are home to 48 million people, and the compact also counts three
  /// observer states": the start of a clause joined by ", and" whose subject is a name or a
  /// reference ("the compact"), after a counted group's subject ends; `nil` when none. With
  /// `possessive`, a subject that opens with "its" counts too ("employs 140 people, and its
  /// revenue last year was ...").
  func namedSubjectAfterAnd(from start: Int, _ clause: TextRange, possessive: Bool = false) -> Int? {
    let and = Array(", and ".utf8)
    var i = start
    while i + and.count < clause.end {
      if bytes[i..<(i + and.count)].elementsEqual(and) {
        let s = i + and.count
        // ", and its revenue last year was", ", and our revenue ...", ", and a study it
        // commissioned last year ...": a determiner before a lowercase noun opens a subject.
        if possessive {
          for opener in DocumentClaimReader.clauseSubjectOpeners where s + opener.count + 1 < clause.end
            && bytes[s..<(s + opener.count)].elementsEqual(opener)
            && bytes[s + opener.count] >= 0x61 && bytes[s + opener.count] <= 0x7A
          {
            return s
          }
        }
        let named = inside(document.entities, TextRange(s, clause.end), { $0.range }).first
        if let m = named, m.range.start == s
          || m.range.start == s + 4 && bytes[s..<(s + 4)].elementsEqual("the ".utf8)
        {
          return s
        }
      }
      i += 1
    }
    return nil
  }

  /// Determiners (with their space) that open the subject of a clause after ", and".
  static let clauseSubjectOpeners: [[UInt8]] = ["its ", "our ", "their ", "a ", "an "].map { Array($0.utf8) }

  /// Whether a sentence ends with a question mark (before closing quotes or brackets).
  func isQuestion(_ sentence: TextRange) -> Bool {
    var i = sentence.end - 1
    while i > sentence.start, [UInt8(ascii: " "), UInt8(ascii: "\""), UInt8(ascii: ")"), UInt8(ascii: "'"), 10].contains(bytes[i]) {
      i -= 1
    }
    return i >= sentence.start && bytes[i] == UInt8(ascii: "?")
  }

  /// Whether a clause reports what an earlier version of the text said ("An earlier version of
  /// this article said ...", "A previous version of this story gave ..."): the values it repeats
  /// were wrong.
  func isRetraction(_ sentence: TextRange) -> Bool {
    var w = words.index(atOrAfter: sentence.start)
    while w + 2 < words.words.count, words.words[w + 2].range.end <= sentence.end {
      if ["earlier", "previous", "original"].contains(words.words[w].key),
        ["version", "versions", "edition", "draft"].contains(words.words[w + 1].key),
        words.words[w + 2].key == "of"
      {
        return true
      }
      w += 1
    }
    return false
  }

  /// Whether a sentence opens with a quotation that ends in a question mark.
  func opensWithQuotedQuestion(_ sentence: TextRange) -> Bool {
    var i = sentence.start
    while i < sentence.end, bytes[i] == UInt8(ascii: " ") || bytes[i] == 10 { i += 1 }
    guard i < sentence.end, bytes[i] == UInt8(ascii: "\"") else { return false }
    guard let close = bytes[(i + 1)..<sentence.end].firstIndex(of: UInt8(ascii: "\""))
    else { return false }
    return close > i + 1 && bytes[close - 1] == UInt8(ascii: "?")
  }

  /// Hedges that make a statement hypothetical or a forecast, but not a condition or a negation
  /// ("would become the eighth member", "expects to reach 500,000").
  static let modalHedges: Set<String> = [
    "would", "could", "might", "expect", "expects", "expected", "forecast", "forecasts",
    "projected", "plans", "planned", "aims", "hopes", "intends", "wants", "want", "seeks",
    "aim", "hope", "intend",
  ]

  /// Values after "all" in the hedged rest of a clause cut at a modal hedge, when the rest has
  /// no other hedge.
  func presupposedValues(_ stated: TextRange, _ full: TextRange) -> [Quantity]? {
    var w = words.index(atOrAfter: stated.end)
    guard w < words.words.count, DocumentClaimReader.modalHedges.contains(words.words[w].key) else { return nil }
    w += 1
    var out: [Quantity] = []
    while w < words.words.count, words.words[w].range.end <= full.end {
      let key = words.words[w].key
      // A condition anywhere removes the values; a negation ("and not just words") those after it.
      if ["if", "unless", "whether", "suppose", "supposing", "hypothetically"].contains(key) { return nil }
      if key == "not" || key == "never" || key.hasSuffix("n't") { break }
      if key == "all", w + 1 < words.words.count,
        let q = document.quantities.first(where: { $0.range.start == words.words[w + 1].range.start }), q.kind == .cardinal
      {
        out.append(q)
      }
      if let whole = presupposedWhole(at: w, in: full) { out.append(whole) }
      w += 1
    }
    while w < words.words.count, words.words[w].range.end <= full.end {
      if ["if", "unless", "whether", "suppose", "supposing"].contains(words.words[w].key) { return nil }
      w += 1
    }
    return out.isEmpty ? nil : out
  }

  /// "would cut 300 of its 3,500 jobs": the whole a part is taken from exists whatever is done
  /// to the part. The count after "of its" (their, the) at word `w`, if any.
  func presupposedWhole(at w: Int, in full: TextRange) -> Quantity? {
    guard words.words[w].key == "of", w + 2 < words.words.count, w > 0,
      ["its", "their"].contains(words.words[w + 1].key),
      document.quantities.contains(where: { $0.range.end == words.words[w - 1].range.end && $0.kind == .cardinal }),
      let q = document.quantities.first(where: { $0.range.start == words.words[w + 2].range.start }),
      q.kind == .cardinal, q.range.end <= full.end
    else { return nil }
    return q
  }

  /// "About 90 jobs would go", "some 40 staff could leave": a count at most two words before a
  /// modal that cuts the clause, with no determiner making it known ("the 30 members would
  /// vote"), is what the hypothetical is about.
  func isSubjectOfHedge(_ q: Quantity, cutAt cut: Int) -> Bool {
    let after = words.index(atOrAfter: q.range.end)
    let at = words.index(atOrAfter: cut)
    guard q.kind == .cardinal, at < words.words.count, at - after <= 2, at >= after,
      ["would", "could", "might"].contains(words.words[at].key),
      !isPunctuationBetween(q.range.end, cut)
    else { return false }
    let first = words.index(atOrAfter: q.range.start)
    guard first > 0 else { return true }
    let before = words.words[first - 1]
    return !DocumentClaimReader.knownDeterminers.contains(before.key) && !before.key.hasSuffix("'s")
  }

  static let knownDeterminers: Set<String> = ["the", "its", "their", "our", "all", "his", "her", "these", "those"]

  /// The clause up to its first hedge word, or `nil` when it starts with one.
  func statedPart(of clause: TextRange) -> TextRange? {
    var w = words.index(atOrAfter: clause.start)
    while w < words.words.count, words.words[w].range.end <= clause.end {
      let key = words.words[w].key
      // Most words start with none of the hedges' letters: skip them without hashing.
      let f = key.utf8.first ?? 0
      guard f == UInt8(ascii: "i") || f == UInt8(ascii: "u") || f == UInt8(ascii: "w") || f == UInt8(ascii: "n")
        || f == UInt8(ascii: "h") || f == UInt8(ascii: "s") || f == UInt8(ascii: "c") || f == UInt8(ascii: "m")
        || f == UInt8(ascii: "e") || f == UInt8(ascii: "f") || f == UInt8(ascii: "p") || f == UInt8(ascii: "a")
        || f == UInt8(ascii: "l") || key.utf8.last == UInt8(ascii: "t")
      else {
        w += 1
        continue
      }
      // "a further cut to about 3,500 troops is possible": what is said to be possible or likely
      // is a forecast, the clause before it too, back to its last comma ("..., and its union
      // says more cuts are likely" leaves what comes before the comma stated).
      if DocumentClaimReader.predicateHedges.contains(key), w > 0,
        DocumentClaimReader.passiveAuxiliaries.contains(words.words[w - 1].key),
        !(w + 1 < words.words.count && words.words[w + 1].key == "to")
      {
        let start = words.words[w].range.start
        guard let comma = (clause.start..<start).last(where: { bytes[$0] == UInt8(ascii: ",") })
        else { return nil }
        return comma > clause.start ? TextRange(clause.start, comma) : nil
      }
      // "Nor was it founded in 1991: the league was formed in 1987": what follows the colon
      // after a denial states the fact.
      if key == "nor", let colon = bytes[words.words[w].range.end..<clause.end].firstIndex(of: UInt8(ascii: ":")),
        w == words.index(atOrAfter: clause.start)
      {
        return statedPart(of: TextRange(colon + 1, clause.end))
      }
      if DocumentClaimReader.hedges.contains(key) || key.hasSuffix("n't") || (key == "no" && words.matches(["no", "longer"], at: w)) {
        let cut = words.words[w].range.start
        return cut > clause.start ? TextRange(clause.start, cut) : nil
      }
      w += 1
    }
    return clause
  }

  mutating func read(clause fullClause: TextRange, sentence: TextRange, sentenceIndex: Int) {
    guard var clause = statedPart(of: fullClause) else { return }
    var quantities = Array(inside(document.quantities, clause) { $0.range })
    // A pipe table's figures are read with its columns (see ``readPipeTables()``).
    if !pipeTables.isEmpty { quantities.removeAll { isInPipeTable($0.range.start) } }
    // "About 90 jobs would go": a count that is the subject of a hedged verb is hedged too.
    if clause != fullClause { quantities.removeAll { isSubjectOfHedge($0, cutAt: clause.end) } }
    // "an attack would entail a counterattack by all 28 members": "all N" presupposes the N even
    // in a hypothetical; a condition ("if") or a negation still removes it.
    if clause != fullClause, let presupposed = presupposedValues(clause, fullClause) {
      quantities += presupposed
      clause = fullClause
    }
    // "Each club may spend 1.6 million": an amount of every one of a group, not of the whole.
    if opensWithEachOf(clause) { return }
    // "fell by 3,000": the size of a change, not a value of anything.
    quantities.removeAll { isChangeAmount($0) || isVoteTally($0) || isProjectedTotal($0, sentence) }
    // "a handful of clubs", "several hundred staff": a vague count states no number.
    quantities.removeAll { isVague($0) }
    // "coxswain Ana Ruiz, 54, said": a person's age, not a value of anything.
    quantities.removeAll { isAgeAfterName($0) || isAgeAfterNameOfAPlace($0) || followsAged($0) }
    quantities.removeAll { isClockTime($0) }
    // "a budget of 41 million, of which 12 million will go on railcars": a part of the amount
    // before; "the depot's 4,200 square metres": the value of a thing the text does not name.
    quantities.removeAll { $0.kind != .year && (isPartOfWhich($0) || hasUnnamedOwner($0)) }
    // "two of those have fewer than ten residents": the value of some of a group, not of a name.
    quantities.removeAll { $0.kind != .year && hasPartitiveSubject($0) }
    // "spent an average of 48,000 euros": one of many's, not a total; "Together the three
    // services have 1,068 members": what a counted group has between them, no one body's.
    quantities.removeAll { $0.kind != .year && isAverage($0) }
    // "2.3 officers per 1,000 residents", "one doctor for every 1,200 people": the base of a
    // rate, no value of anything.
    quantities.removeAll { $0.kind != .year && isRateBase($0) }
    if let groupEnd = countedGroupSubjectEnd(clause) {
      // "All three clubs belong to the Lenne Association, which groups 11 clubs": a relative
      // clause speaks of another name.
      let relative = relativeClauses(in: clause)
      let groupClauseEnd = namedSubjectAfterAnd(from: groupEnd, clause) ?? clause.end
      quantities.removeAll { q in
        q.kind != .year && q.range.start >= groupEnd && q.range.start < groupClauseEnd
          && !relative.contains { $0.holds(q.range.start) }
      }
    }
    let mentions = Array(inside(document.entities, clause) { $0.range })
    let firstNew = claims.count
    defer { readEarlierValues(from: firstNew, clause, sentence, sentenceIndex, quantities) }
    let firstWord = words.index(atOrAfter: clause.start)
    var lastWord = firstWord
    while lastWord < words.words.count && words.words[lastWord].range.end <= clause.end { lastWord += 1 }
    let clauseWords = firstWord..<lastWord

    defer { readFigureReference(clause, sentence, sentenceIndex, quantities, firstNew) }
    defer { readEllipticValues(clause, sentence, sentenceIndex, quantities, firstNew) }
    for spec in lexicon.attributes {
      // A count's exclusions are weighed next to each value ("hiring 500 workers"); other shapes'
      // anywhere in the clause.
      let exclusions = phrases(spec).exclusions
      if spec.shape != .count, !exclusions.isEmpty,
        clauseWords.contains(where: { words.longestMatch(exclusions, at: $0) != nil })
      {
        continue
      }
      switch spec.shape {
      case .count:
        // "Corvale: 61,480 - 33.1%" under prose that says these are populations.
        var readRow = false
        for q in quantities where q.kind == .cardinal {
          guard let row = countTableRow(q, spec) else { continue }
          add(spec, subject: (row.subject, basis(of: row.subject)), value: q, time: row.time,
              clause: clause, sentence: sentence, sentenceIndex: sentenceIndex, quantities: quantities,
              rule: "table-row")
          readRow = true
        }
        if readRow { continue }
        readCounts(spec, clause, sentence, sentenceIndex, mentions, quantities, clauseWords)
      case .year:
        readYears(spec, clause, sentence, sentenceIndex, mentions, quantities)
      case .money, .measure:
        readAmounts(spec, clause, sentence, sentenceIndex, mentions, quantities, clauseWords)
      case .percent:
        let sources = attributionPhrases(in: clause)
        // "1. Agrosemillas Tarvena - 31.2 (29.8)" under "Share of sales, in per cent".
        for q in quantities where q.kind == .cardinal {
          guard let row = shareDashTableRow(q, spec) else { continue }
          add(spec, subject: (row.subject, basis(of: row.subject)), value: q, time: row.time,
              clause: clause, sentence: sentence, sentenceIndex: sentenceIndex, quantities: quantities,
              rule: "table-row")
        }
        for q in quantities where q.kind == .percent {
          // "Nordvolt Energi: 27.4% (29.1%)" under prose that says these are shares.
          if let row = shareTableRow(q, spec) {
            add(spec, subject: (row.subject, basis(of: row.subject)), value: q, time: row.time,
                clause: clause, sentence: sentence, sentenceIndex: sentenceIndex, quantities: quantities,
                rule: "table-row")
            continue
          }
          // "VESSEN, 14 April (Casmere Wire Service) - The Civic Dawn Party won 38.4 per cent":
          // where and by whom the story was filed holds no share.
          let candidates = mentions.filter { m in
            isSubjectCandidate(m, spec, []) && m.range.end <= q.range.start
              && !sources.contains { $0.holds(m.range.start) } && !isDateline(m) && !isWireCredit(m)
              && !namesAMarket(m)
          }
          // "31%, against Stormway's 24%": a possessive name right before the value owns it.
          let owner = candidates.last { m in
            m.range.end + 3 <= q.range.start && q.range.start - m.range.end <= 3
              && bytes[m.range.end] == UInt8(ascii: "'")
          }
          // "Tourism accounts for 35% of the economy": with no name before it, a percentage is the
          // context subject's only when a pronoun points back to it ("its share is 9%").
          // "behind Sonavera, which has about 24 percent": the name the clause follows.
          let relativeOwner = relativeClauseOwner(
            spec, valueStart: q.range.start, clause, mentions, [])
          // "Kavala Line joined the alliance on Monday, and the enlarged group now controls 14
          // percent", "..., and Audix, with 16 percent": after ", and", the first name there.
          let coordinated = candidates.first { m in
            let s = m.range.start
            return s >= 6 && bytes[(s - 6)..<s].elementsEqual(", and ".utf8)
              || s >= 10 && bytes[(s - 10)..<s].elementsEqual(", and the ".utf8)
          }.flatMap { m in
            candidates.contains { $0.range.start < m.range.start } ? m : nil
          }
          // "against 31 percent for Kellingen Harbour": a name right after "for" owns the value.
          let after = words.index(atOrAfter: q.range.end)
          let forOwner = after < words.words.count && words.words[after].key == "for"
            && !isPunctuationBetween(q.range.end, words.words[after].range.start)
            ? mentions.first { m in
              gapIsArticle(words.words[after].range.end, m.range.start)
                && isSubjectCandidate(m, spec, [])
            } : nil
          // "behind the market leader Rhenania Line with 19 percent": the name right before
          // "with" holds the value.
          let withOwner = candidates.last { m in
            let gap = bytes[m.range.end..<q.range.start]
            return gap.elementsEqual(" with ".utf8) || gap.elementsEqual(", with ".utf8)
          }
          // "It holds 46 percent of the Norland market, down from 53 percent": an earlier value
          // is the later one's subject's, not the name inside what the later one is of.
          let earlierOwner = (forOwner ?? owner ?? withOwner) != nil
            || !followsEarlierValuePhrase(q, clauseWords)
            ? nil
            : readValues[firstNew...].last { r in
              r.spec.name == spec.name && r.value.range.end <= q.range.start
            }?.subject
          // Each fallback is looked for only when the ones before it found nothing.
          var subject: (EntityMention, String)? = earlierOwner
            ?? (forOwner ?? owner ?? withOwner ?? relativeOwner ?? coordinated ?? candidates.first)
            .map { ($0, basis(of: $0)) }
          if subject == nil, pronoun(in: TextRange(clause.start, q.range.start)) != nil {
            subject = contextSubject(spec, before: clause.start, sentenceIndex: sentenceIndex)
          }
          // "We handle around 9% of the region's road freight", "Our share of the mortgage
          // market is around 9 per cent": the body that speaks as "we" holds the share.
          if subject == nil, speaksOfOwnShare(q, clauseWords) {
            subject = transcriptSpeakerSubject(spec, valueStart: q.range.start, clause)
              ?? firstPersonSubject(spec, valueStart: q.range.start, clause, sentenceIndex)
          }
          // "- Share of the Marland air market: 31.7 per cent": a row or bullet that names only
          // its market is about what its box or list is about.
          if subject == nil, lineNamesAMarket(q.range.start) {
            subject = rowSubject(spec, valueStart: q.range.start)
              ?? bulletSubject(spec, valueStart: q.range.start, sentenceIndex)
          }
          // A share is of something ("85% of arms sales") or said to be one ("its share is 9%");
          // a bare change ("rents rose 9%") is not.
          let of = qualifier(after: q.range.end, in: clause)
          let ofWords = of?.split(separator: " ").map(String.init) ?? []
          // "35% of world rice exports": a market, whatever its last noun.
          let market = ofWords.contains { compiled.marketScopes.contains($0) }
          // "is 66% owned by the city", "a 22% stake in the telescope", "owns 20% of the
          // plant": ownership, not a share of a market. A stake in a name ("a 62% stake in Orbis
          // Link") stays the holder's share of that company, as the labelled sets read it.
          // Weighed before the subject, so that a later bare percentage knows it follows a stake.
          if isStakeInNoName(q, clauseWords) || !market && isOwnedPart(q, clauseWords) {
            lastStake = sentence
            continue
          }
          // "gets 35 percent of its electricity from dams": where the subject's own supply comes
          // from, not a share it holds of a market.
          if !market, isOwnSupplyFromASource(q, clauseWords) { continue }
          // "17 percent of residents were born abroad", "the share of residents born outside
          // the country reached 14 percent": a part of a population, not a share of a market.
          // "roughly 60 percent of all members are over 55": "all" stands before the people.
          if !market, ofWords.first(where: { $0 != "all" }).map(compiled.peopleNouns.contains) == true
            || of == nil && isShareOfPeople(before: q.range.start, clauseWords)
          {
            lastStake = sentence
            continue
          }
          // "spent 83 million, 84% of it on programmes": a part of another amount, not a share.
          // "of the ferry firm's capital": the last word heads what it is of.
          if let head = ofWords.first, let noun = ofWords.last, !market,
            DocumentClaimReader.partPronouns.contains(head)
              || compiled.stakeNouns.contains(head) || compiled.stakeNouns.contains(noun)
          {
            if !DocumentClaimReader.partPronouns.contains(head) { lastStake = sentence }
            continue
          }
          // "A holds 34% of the capital, and a bank holds 21%", "31% of its costs, against 12%
          // before 2021": a bare percentage after a stake or part in the same sentence is another.
          if lastStake == sentence, of == nil { continue }
          // "Its shares closed 3.1 percent lower": how far a price moved, not a share held.
          // "the 18.3 per cent fall in Pellmore shares": a change, named right after the value.
          if after < words.words.count,
            ["lower", "higher"].contains(words.words[after].key)
              || DocumentClaimReader.changeNouns.contains(words.words[after].key),
            !isPunctuationBetween(q.range.end, words.words[after].range.start)
          {
            continue
          }
          // "Veltmark shares closed up 6.2 per cent": a price's move.
          if isPriceMove(before: q, clauseWords) { continue }
          guard let subject else { continue }
          // "girls make up 23% of new players": an unnamed group before the verb owns the value.
          if hasUnnamedSubject(q, clauseWords) { continue }
          guard of != nil || hasContext(spec, before: clause.end, clause, mentions) else { continue }
          add(spec, subject: subject, value: q, qualifier: of,
              clause: clause, sentence: sentence, sentenceIndex: sentenceIndex, quantities: quantities,
              rule: "percent")
        }
      }
    }
    readGapped(clause, sentence, sentenceIndex, mentions, quantities)
  }
}

extension DocumentClaimReader {
  /// "open to anyone aged 16 or over", "children of ages 5 to 11": a number right after "aged",
  /// "age" or "ages" is an age.
  func followsAged(_ q: Quantity) -> Bool {
    let w = words.index(atOrAfter: q.range.start)
    return w >= 1 && ["aged", "age", "ages"].contains(words.words[w - 1].key)
      && !isPunctuationBetween(words.words[w - 1].range.end, q.range.start)
  }

  /// Verbs by which a body that speaks as "we" holds a share of a market: "We handle around 9%
  /// of the region's road freight", "we sell about 70 percent of all tickets".
  static let shareVerbs: Set<String> = [
    "have", "hold", "handle", "control", "sell", "serve", "carry", "account", "command", "supply",
    "power", "process", "run", "operate", "ship", "move", "insure", "lend", "write", "sold",
    "handled", "held", "had", "controlled", "carried", "served", "supplied",
  ]

  /// Whether "shares" or "stock" and a verb of a price's move stand right before the percentage
  /// `q` ("shares closed up", "its stock fell"), at most four words before it.
  func isPriceMove(before q: Quantity, _ clauseWords: Range<Int>) -> Bool {
    let at = words.index(atOrAfter: q.range.start)
    return (max(clauseWords.lowerBound, at - 5)..<max(clauseWords.lowerBound, at - 1)).contains { k in
      ["shares", "stock"].contains(words.words[k].key) && Self.priceMoves.contains(words.words[k + 1].key)
        && !isPunctuationBetween(words.words[k].range.end, q.range.start)
    }
  }

  /// Verbs of a share price's move ("closed", "rose", "slipped").
  static let priceMoves: Set<String> = [
    "closed", "rose", "fell", "jumped", "slipped", "gained", "dropped", "climbed", "surged",
    "tumbled", "lost", "ended", "opened", "traded",
  ]

  /// Words that hedge a value right before it: the approximators and the words of "more than",
  /// "an estimated", "close to", "just under".
  static let hedgeWords: Set<String> = approximators.union([
    "just", "more", "less", "than", "an", "estimated", "close", "to", "under",
  ])

  /// Whether the clause says the speaker's own share before the percentage `q`: "our" right
  /// before "share" or "market share" ("Our share of the mortgage market is around 9 per
  /// cent"), or "we", at most two adverbs and a verb of holding right before it ("We now handle
  /// about 9%"). "A competitor told us you have 40 per cent", "We lost 23 percent of what we
  /// pumped", "we measured ... and the ice has lost 40 percent": the speaker holds no share.
  func speaksOfOwnShare(_ q: Quantity, _ clauseWords: Range<Int>) -> Bool {
    let at = words.index(atOrAfter: q.range.start)
    var w = clauseWords.lowerBound
    while w + 1 < at {
      if words.words[w].key == "our" {
        let next = words.words[w + 1].key == "market" && w + 2 < at ? w + 2 : w + 1
        if words.words[next].key == "share" { return true }
      }
      w += 1
    }
    var v = at - 1
    // "about", "more than", "an estimated", "close to"; "account for".
    while v >= clauseWords.lowerBound, v >= at - 3, Self.hedgeWords.contains(words.words[v].key) { v -= 1 }
    if v >= clauseWords.lowerBound, words.words[v].key == "for" { v -= 1 }
    guard v - 1 >= clauseWords.lowerBound, Self.shareVerbs.contains(words.words[v].key),
      !isPunctuationBetween(words.words[v].range.end, q.range.start)
    else { return false }
    var s = v - 1
    while s >= clauseWords.lowerBound, s >= v - 3, words.words[s].key != "we" { s -= 1 }
    return s >= clauseWords.lowerBound && words.words[s].key == "we"
      && !isPunctuationBetween(words.words[s].range.end, words.words[v].range.start)
  }

  /// Whether "share of" and a noun of people ("the share of residents born abroad") stand before
  /// `offset` in the clause.
  func isShareOfPeople(before offset: Int, _ clauseWords: Range<Int>) -> Bool {
    var w = clauseWords.lowerBound
    while w + 2 < clauseWords.upperBound, words.words[w + 2].range.end <= offset {
      if ["share", "proportion"].contains(words.words[w].key), words.words[w + 1].key == "of" {
        let k = words.words[w + 2].key == "the" ? w + 3 : w + 2
        if k < clauseWords.upperBound, compiled.peopleNouns.contains(words.words[k].key) { return true }
      }
      w += 1
    }
    return false
  }
}
