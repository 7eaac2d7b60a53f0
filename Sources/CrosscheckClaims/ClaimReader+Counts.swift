import CrosscheckCore

/// Counts: a number and its unit, stakes and parts, groups, values of another noun, and the
/// exclusions that make a number no count of the attribute.
extension DocumentClaimReader {
  /// Words that make a count vague ("a handful of", "several", "dozens of").
  static let vagueWords: Set<String> = [
    "few", "handful", "several", "dozens", "scores", "tens", "hundreds", "thousands", "millions",
    "many",
  ]

  /// Whether a count is written with a vague word rather than a number.
  func isVague(_ q: Quantity) -> Bool {
    guard q.kind == .cardinal else { return false }
    var w = words.index(atOrAfter: q.range.start)
    while w < words.words.count, words.words[w].range.end <= q.range.end {
      if DocumentClaimReader.vagueWords.contains(words.words[w].key) { return true }
      w += 1
    }
    return false
  }

  /// Whether a clause opens with "Each" or "Every" and a lowercase noun ("Each club may spend").
  func opensWithEachOf(_ clause: TextRange) -> Bool {
    let w = words.index(atOrAfter: clause.start)
    guard w + 1 < words.words.count, ["each", "every"].contains(words.words[w].key),
      bytes[clause.start..<words.words[w].range.start].allSatisfy({ $0 == UInt8(ascii: " ") })
    else { return false }
    let first = bytes[words.words[w + 1].range.start]
    return first >= 0x61 && first <= 0x7A
  }


  /// Whether a stake word follows a percentage ("66% owned by", "a 22% stake") and, for a noun,
  /// no name follows its "in" ("a 22% stake in the telescope", not "a 62% stake in Orbis Link").
  /// Whether a verb of owning stands right before the percentage `q` ("owns 20 percent of").
  func isOwnedPart(_ q: Quantity, _ clauseWords: Range<Int>) -> Bool {
    let first = words.index(atOrAfter: q.range.start)
    return first > clauseWords.lowerBound
      && compiled.ownershipVerbs.contains(words.words[first - 1].key)
  }

  func isStakeInNoName(_ q: Quantity, _ clauseWords: Range<Int>) -> Bool {
    let next = words.index(atOrAfter: q.range.end)
    guard next < clauseWords.upperBound, compiled.stakeWords.contains(words.words[next].key)
    else { return false }
    let key = words.words[next].key
    guard !key.hasSuffix("ed") else { return true }
    let inWord = next + 1
    guard inWord + 1 < clauseWords.upperBound, words.words[inWord].key == "in" else { return true }
    let after = words.words[inWord].range.end
    return !document.entities.contains { m in
      m.range.start >= after && m.range.start <= after + 5 && m.basis != .reference
        && gapIsArticle(after, m.range.start)
    }
  }

  /// Verbs that give a part of a whole as a percentage ("make up 23 percent of").
  static let partVerbs: [[String]] = [
    ["make", "up"], ["makes", "up"], ["made", "up"], ["account", "for"], ["accounts", "for"],
    ["accounted", "for"], ["represent"], ["represents"], ["represented"],
  ]

  /// "and girls make up 23 percent of new players": a percentage after a verb of being part of
  /// something whose subject is a lowercase noun that names no entity (not "it", not "the
  /// company") is that group's part, not a share of any name in the clause.
  func hasUnnamedSubject(_ q: Quantity, _ clauseWords: Range<Int>) -> Bool {
    let at = words.index(atOrAfter: q.range.start)
    for verb in DocumentClaimReader.partVerbs {
      let v = at - verb.count
      guard v - 1 >= clauseWords.lowerBound,
        verb.indices.allSatisfy({ words.words[v + $0].key == verb[$0] })
      else { continue }
      let noun = words.words[v - 1]
      let first = bytes[noun.range.start]
      guard first >= 0x61, first <= 0x7A, noun.key.count > 2, isPlainWord(noun.key),
        !DocumentClaimReader.pronouns.contains(noun.key),
        !["they", "which", "that", "who"].contains(noun.key),
        !isPunctuationBetween(noun.range.end, q.range.start)
      else { return false }
      // "the firm's sales account for 12 percent": an owner before the noun keeps the share.
      if v - 2 >= 0, ["s", "its", "their"].contains(words.words[v - 2].key) { return false }
      return !document.entities.contains { $0.range.holds(noun.range.start) }
    }
    return false
  }

  /// Whether a count stands after "across", "into" or "throughout", or after "to" and a verb
  /// of sending ("exports crispbread to 23 countries", "flies to 40 cities"), with no word of
  /// members after it.
  func isWhereABodySends(_ q: Quantity, _ clauseWords: Range<Int>) -> Bool {
    let at = words.index(atOrAfter: q.range.start)
    guard at > clauseWords.lowerBound,
      !words.words[(at + 1)..<min(at + 3, words.words.count)].contains(where: { $0.key.hasPrefix("member") })
    else { return false }
    let before = words.words[at - 1].key
    if ["across", "into", "throughout"].contains(before) { return true }
    guard before == "to" else { return false }
    // The verb may stand a few words back ("exports crispbread to").
    var k = at - 2
    while k >= clauseWords.lowerBound, k >= at - 4 {
      if DocumentClaimReader.sendingVerbs.contains(words.words[k].key) { return true }
      k -= 1
    }
    return false
  }

  /// Verbs of sending goods, services or people somewhere.
  static let sendingVerbs: Set<String> = [
    "export", "exports", "exported", "sell", "sells", "sold", "ship", "ships", "shipped", "fly", "flies", "flew",
    "send", "sends", "sent", "deliver", "delivers", "delivered", "supply", "supplies", "supplied",
  ]

  static let changeWords: Set<String> = [
    "up", "down", "increase", "rise", "fall", "drop", "jump", "growth", "decline",
  ]

  /// Words after "N% of" that make the percentage a part of another amount.
  static let partPronouns: Set<String> = ["it", "them", "which", "this", "that", "these", "those"]

  /// Nouns that point back to a value just given ("the office put *the figure* at 451,300").
  static let figureNouns: Set<String> = ["figure", "number", "total", "tally", "count", "headcount"]

  /// "The population has passed 450,000. The office put the figure at 451,300": a number after
  /// "the figure" (total, tally), or after "That is up (down) from", is another value of the last
  /// claim of this sentence or the one before, with its subject, when the clause read no claim of
  /// its own.
  mutating func readFigureReference(
    _ clause: TextRange, _ sentence: TextRange, _ sentenceIndex: Int, _ quantities: [Quantity], _ firstNew: Int
  ) {
    guard claims.count == firstNew, let last = claims.indices.last else { return }
    // "Of the total number, 742 are tram drivers": a part of the figure, not the figure again.
    let opener = words.index(atOrAfter: clause.start)
    if opener < words.words.count, words.words[opener].key == "of" { return }
    let previous = sentenceIndex > 0 ? document.sentences[sentenceIndex - 1].range.start : sentence.start
    guard claims[last].sentence.start >= previous,
      let spec = lexicon.attributes.first(where: { $0.name == claims[last].attribute }),
      spec.shape == .count || spec.shape == .money
    else { return }
    // "That is down from 181 in 2019": a clause that opens by comparing the last value with an
    // earlier one gives that earlier value, with its own year.
    let comparing = opener + 3 < words.words.count && words.words[opener + 3].range.end <= clause.end
      && ["that", "this"].contains(words.words[opener].key)
      && ["is", "was"].contains(words.words[opener + 1].key)
      && ["up", "down"].contains(words.words[opener + 2].key) && words.words[opener + 3].key == "from"
    var w = words.index(atOrAfter: clause.start)
    while !comparing, w + 1 < words.words.count, words.words[w + 1].range.end <= clause.end {
      if ["the", "this", "that"].contains(words.words[w].key), DocumentClaimReader.figureNouns.contains(words.words[w + 1].key) {
        break
      }
      w += 1
    }
    guard comparing || w + 1 < words.words.count && words.words[w + 1].range.end <= clause.end else { return }
    // "The figure of 1,400 in your report included contractors": "the figure of" names a
    // figure under discussion, which it does not state again.
    if !comparing, w + 2 < words.words.count, words.words[w + 2].key == "of" { return }
    let nounEnd = comparing ? words.words[opener + 3].range.end : words.words[w + 1].range.end
    guard let q = quantities.first(where: { $0.range.start >= nounEnd && $0.kind != .year }),
      q.range.start - nounEnd <= 40, spec.shape == .money ? q.kind == .money : q.kind == .cardinal
    else { return }
    var subject = readValues[last].subject
    subject.1 = "context"
    add(spec, subject: subject, value: q, unit: claims[last].unit, clause: clause, sentence: sentence,
        sentenceIndex: sentenceIndex, quantities: quantities, rule: "figure-reference")
  }

  mutating func readCounts(
    _ spec: AttributeSpec, _ clause: TextRange, _ sentence: TextRange, _ sentenceIndex: Int,
    _ mentions: [EntityMention], _ quantities: [Quantity], _ clauseWords: Range<Int>
  ) {
    let units = phrases(spec).units
    let qualifiers = phrases(spec).qualifiers
    let contextUnits = phrases(spec).contextUnits
    let enumerations = findEnumerations(spec, clause, mentions)
    var usedLists: Set<Int> = []
    // Whether the clause writes an amount of money (see the nearer trigger below).
    let amounted = inside(document.quantities, clause, { $0.range }).contains { $0.kind == .money }

    if spec.ordinals == true {
      readOrdinals(spec, clause, sentence, sentenceIndex, mentions, quantities, clauseWords)
    }
    for q in quantities where q.kind == .cardinal || q.kind == .measure {
      // "one member" speaks of a single member, not of how many there are.
      guard let low = q.low ?? q.high, low >= 2, low == low.rounded() else { continue }
      // "from 6 members in 2001 to 8": the later value is read with the earlier one.
      if growthPartner.contains(q.range.start) { continue }
      // "The remaining 170 employees", "an additional 400 staff": a part of the group.
      if case let at = words.index(atOrAfter: q.range.start), at > clauseWords.lowerBound,
        compiled.subsetQualifiers.contains(words.words[at - 1].key)
      {
        continue
      }
      if isYearOfATimePhrase(q) { continue }
      if isAmountOfAMoneyWord(q) { continue }
      if isStaffOfAGroup(q, spec, clauseWords) { continue }
      var w = words.index(atOrAfter: q.range.end)
      var matchedUnitEnd: Int?
      // How the unit was found, a feature of the claim's confidence.
      var unitBasis = "compound"
      var compound = false
      var otherCounted = false
      var subjectAfter: (EntityMention, String)?
      // Compound adjective: "3,500-soldier", "3,500-strong".
      if let unit = q.unit, (spec.compoundUnits ?? []).contains(unit) {
        matchedUnitEnd = q.range.end
        compound = true
      } else if let compoundUnits = spec.compoundUnits, compoundUnits.contains(where: { suffix in
        document.text.slice(q.range).lowercased().hasSuffix("-" + suffix)
      }) {
        matchedUnitEnd = q.range.end
        compound = true
      } else if spec.compoundNouns != nil,
        DocumentClaimReader.sizeAdjectives.contains(where: { suffix in
          document.text.slice(q.range).lowercased().hasSuffix("-" + suffix) || q.unit == suffix
        })
      {
        // "a 31,400-strong union": kept below only when a compound noun follows.
        matchedUnitEnd = q.range.end
        compound = true
      } else if q.kind == .cardinal {
        // Known qualifiers ("30 *allied* countries"), or up to two other adjectives ("11,200
        // *municipal* staff"); a comparative makes the number a difference ("2,000 *more* staff").
        var skipped = 0
        var adjectives = 0
        var comparative = false
        var subset = false
        while w < clauseWords.upperBound, skipped < 3, words.longestMatch(units, at: w) == nil,
          !isPunctuationBetween(q.range.end, words.words[w].range.start)
        {
          let key = words.words[w].key
          if let others = compiled.otherUnits[spec.name], words.longestMatch(others, at: w) != nil,
            words.longestMatch(contextUnits, at: w) == nil
          {
            // Right after the number it is what the number counts; further on ("six countries
            // contribute troops") it only ends the search for this attribute's unit.
            otherCounted = skipped == 0
            break
          }
          if DocumentClaimReader.comparatives.contains(key) { comparative = true }
          if compiled.subsetQualifiers.contains(key) { subset = true }
          if qualifiers.contains(key) {
          } else if key == "and", adjectives == 1, skipped == 1 {
            // "1,150 civilian and military staff": two adjectives joined.
          } else if adjectives < 2, isPlainWord(key), !DocumentClaimReader.afterBareValue.contains(key),
            bytes[words.words[w].range.start] >= 0x61
          {
            adjectives += 1
          } else {
            break
          }
          w += 1
          skipped += 1
        }
        if !comparative, w < clauseWords.upperBound, let n = words.longestMatch(units, at: w) {
          matchedUnitEnd = words.words[w + n - 1].range.end
          unitBasis = skipped == 0 ? "own" : "own-after-words"
        }
        // "61,000 retired council workers": a part of the group, and not under another unit.
        if subset { continue }
      }
      // "Three clubs needed emergency loans last season": a count that opens the sentence as
      // the subject of what some of them did tells how many did it, not how many there are.
      if let unitEnd = matchedUnitEnd, !compound, opensSentenceAsActor(q, unitEnd, sentence) {
        continue
      }
      // "the three clubs on this part of the river": a count a phrase of place describes counts
      // what is there, not the members or staff of a body.
      if let unitEnd = matchedUnitEnd, !compound, isPlacedGroup(q, unitEnd) { continue }
      // "exports crispbread to 23 countries", "across 14 donor centres": where a body sends
      // or spreads, not what it is made of (a unit of members aside: "to 31 member states"; a
      // change's "to" counts: "grew to 16 clubs").
      if matchedUnitEnd != nil, !compound, unitBasis.hasPrefix("own"), isWhereABodySends(q, clauseWords) {
        continue
      }
      // "Observer states: 2": a fact-box row's label names what its number counts.
      if matchedUnitEnd == nil, !otherCounted, q.kind == .cardinal,
        let label = rowLabel(of: q.range.start), labelIsOneOf(label, units)
      {
        matchedUnitEnd = q.range.end
        unitBasis = "row"
      }
      // "120 of its drivers", "96 of the musicians": a part taken from a group is not its size.
      if isPartOfAGroup(q, clauseWords) { continue }
      if let unitEnd = matchedUnitEnd, isCountOfAThingWith(q, unitEnd) { continue }
      if matchedUnitEnd == nil, !otherCounted, q.kind == .cardinal,
        let end = verbCountedNoun(spec, q, clause, clauseWords, quantities)
      {
        matchedUnitEnd = end
        unitBasis = "verb"
      }
      // "the Boreal Health Research Alliance, a network of 11 national research funders": a
      // collective noun of the attribute, "of" and the value count the body's members.
      if matchedUnitEnd == nil, !otherCounted, q.kind == .cardinal,
        let end = collectiveCountedNoun(spec, q, clauseWords)
      {
        matchedUnitEnd = end
        unitBasis = "collective"
      }
      // "Merrovar gained 6,100 residents and now has 388,000": a bare value after "has" counts
      // the unit an earlier number of the clause is written with.
      if matchedUnitEnd == nil, !otherCounted, q.kind == .cardinal,
        countsTheUnitBefore(q, units, clauseWords)
      {
        matchedUnitEnd = q.range.end
      }
      if matchedUnitEnd == nil, !otherCounted, q.kind == .cardinal, hasContext(spec, before: q.range.start, clause, mentions),
        !describesTheContextNoun(spec, q, clauseWords), !ranksOneOfThem(spec, q, clauseWords),
        !isValueOfAnotherNoun(spec, q, clauseWords)
      {
        let next = words.index(atOrAfter: q.range.end)
        let bare = next >= clauseWords.upperBound || isPunctuationBetween(q.range.end, words.words[next].range.start)
          || DocumentClaimReader.afterBareValue.contains(words.words[next].key)
          // "a country of 2.9 million that has pledged ...": a relative clause describes the
          // name the apposition follows, and so does one of where ("a town of 9,000 where the
          // mill is the largest employer").
          || ["that", "which", "where"].contains(words.words[next].key)
            && isValueOfAnAppositiveNoun(q)
        // "The mission's civilian staff numbers 240": the nearest context word names the attribute;
        // "The mission's budget for 2025 is 1.06 billion" counts no troops, unless the clause
        // writes the budget's own amount ("the county's $2.6 billion budget assumed 1.2 million").
        let distance = triggerDistance(spec, to: q, clauseWords) ?? Int.max
        let nearer = lexicon.attributes.contains { other in
          other.name != spec.name && (other.shape == .count || other.shape == .money && !amounted)
            && (triggerDistance(other, to: q, clauseWords).map { $0 < distance } ?? false)
        }
        if nearer {
        } else if bare {
          // "the company employs 1,450 people, down from 1,720 in 2019": an earlier value is the
          // later value's subject's, whatever name stands between.
          if followsEarlierValuePhrase(q, clauseWords) {
            // "recorded 312 violations, down from 455": with no later value of this attribute
            // before it in the clause, a bare earlier value counts what that value counts.
            guard let later = readValues.last(where: { r in
              r.spec.name == spec.name && clause.holds(r.value.range.start)
                && r.value.range.end <= q.range.start
            }) else { continue }
            // "1,800 personnel drawn from 14 countries, up from 1,150": not of that size.
            if !isComparable(q, later.value) { continue }
            subjectAfter = later.subject
          }
          matchedUnitEnd = q.range.end
          unitBasis = "bare"
        } else if let n = words.longestMatch(contextUnits, at: next) {
          matchedUnitEnd = words.words[next + n - 1].range.end
          unitBasis = "context-unit"
        }
      }
      // "Twenty-seven countries contribute troops to the mission": the context word follows the
      // unit, and the subject is named after it.
      if matchedUnitEnd == nil, !otherCounted, q.kind == .cardinal,
        let (end, subject) = countBeforeContext(spec, q, clause, mentions, clauseWords)
      {
        matchedUnitEnd = end
        subjectAfter = subject
        unitBasis = "before-context"
      }
      guard let unitEnd = matchedUnitEnd else { continue }
      if compound, compoundDescribesAnother(spec, q, unitEnd, mentions) { continue }
      if compound, sizeAdjectiveDescribesAnother(spec, q, unitEnd, clauseWords) { continue }
      if excludedNear(spec, from: q.range.start, to: unitEnd, clauseWords) { continue }
      // "the 12,000-strong United Nations Mission", "the five-nation River Commission": the name
      // right after a compound adjective is what it describes.
      if compound, subjectAfter == nil, let m = mentions.first(where: { $0.range.start >= unitEnd }),
        m.range.start - unitEnd == 1, m.basis != .demonym, spec.subjectTypes.contains(m.type)
      {
        // The name may be the counted force itself ("the 4,000-strong Coastal Defence Force").
        subjectAfter = (m, basis(of: m))
      }
      // "joined the 3,100-strong force": a reference whose noun the compound describes.
      if compound, subjectAfter == nil, let m = mentions.first(where: {
        $0.basis == .reference && $0.range.start < q.range.start && $0.range.end > unitEnd
      }), spec.subjectTypes.contains(m.type) {
        subjectAfter = (m, basis(of: m))
      }
      // "352,400 people in X", "900,000 people live in the metropolitan area".
      if subjectAfter == nil, spec.subjectAfterIn == true, !isValueOfAnAppositiveNoun(q) {
        let k = words.index(atOrAfter: unitEnd)
        if k < clauseWords.upperBound, words.words[k].key == "in", words.words[k].range.start == unitEnd + 1,
          let m = mentions.first(where: { $0.range.start >= words.words[k].range.end }),
          gapIsArticle(words.words[k].range.end, m.range.start), isSubjectCandidate(m, spec, [])
        {
          subjectAfter = (m, basis(of: m))
        }
      }
      // "offices in 31 countries", "across 12 states": where, not how many.
      let firstOfValue = words.index(atOrAfter: q.range.start)
      if firstOfValue > clauseWords.lowerBound, ["in", "across", "throughout"].contains(words.words[firstOfValue - 1].key) {
        continue
      }
      if comesFrom(q, spec, unitEnd: unitEnd, clauseWords) { continue }
      // The members listed right after the count ("six states: A, B, ...", "seven members,
      // including A and B").
      var listIndex: Int?
      for (k, list) in enumerations.enumerated() where list.range.start >= unitEnd
        && (isListIntro(from: unitEnd, to: list.range.start) || !list.complete && list.range.start - unitEnd <= 30)
      {
        listIndex = k
      }
      let exclude = enumerations.flatMap { $0.items.map(\.range) } + listedItems(clause, mentions)
      guard let subject = subjectAfter
        ?? chooseSubject(spec, valueStart: q.range.start, unitEnd: unitEnd, clause, mentions, exclude, sentenceIndex)
      else { continue }
      var members: [String]?
      var complete: Bool?
      var warnings: [String] = []
      var end = unitEnd
      if let listIndex, spec.enumerationVerbs != nil {
        let list = enumerations[listIndex]
        usedLists.insert(listIndex)
        members = list.items.map(\.canonical)
        complete = list.complete
        end = list.range.end
        // A count too large for an `Int` is larger than any list.
        if let value = q.value {
          let counted = Int(checked: value) ?? Int.max
          if list.complete ? counted != list.items.count : counted < list.items.count {
            warnings.append("the text counts \(counted) but lists \(list.items.count)")
          }
        }
      }
      if let growth = growthStatement(q, unitEnd: unitEnd, clause: clause, quantities: quantities) {
        let target = narrowerUnitSpec(spec, q, unitEnd: unitEnd, growth.map(\.0)) ?? spec
        for (value, year, basis) in growth {
          let time = year.map { TimeScope(year: $0, basis: basis) }
          add(target, subject: subject, value: value, time: time, clause: clause,
              sentence: sentence, sentenceIndex: sentenceIndex, quantities: quantities,
              rule: "growth", unitBasis: unitBasis)
        }
        continue
      }
      // A timeline row's subject is the chronicle's, whose name may qualify the unit.
      let named = timelineSubject(spec, subject.0, value: q)?.0 ?? subject.0
      add(unitNamedBy(named, spec, unitEnd: unitEnd, q)
            ?? unitQualifiedBefore(spec, q, unitEnd: unitEnd, clauseWords)
            ?? roleNamedAfter(spec, q, clause) ?? spec,
          subject: subject, value: q,
          end: end, members: members, warnings: warnings,
          clause: clause, sentence: sentence, sentenceIndex: sentenceIndex, quantities: quantities,
          membersComplete: complete, rule: members == nil ? "count-unit" : "count-list",
          unitBasis: unitBasis)
    }

    // Enumerations that stand alone: the count is the list's length.
    for (k, list) in enumerations.enumerated() where !usedLists.contains(k) && list.items.count >= 2 {
      // "Its former members include A and B": the exclusion stands before the verb.
      let listWord = words.index(atOrAfter: list.range.start)
      if excludedNear(spec, from: words.words[max(clauseWords.lowerBound, listWord - 2)].range.start,
                      to: list.range.start, clauseWords) { continue }
      // "whose 19 members include A, B and C": the count before the verb says how many; the
      // list names some of them and counts nothing.
      if isCountedBefore(list, quantities) { continue }
      // "three observer states: A, B and C": a list after another attribute's count names those.
      if followsAnotherAttributesCount(spec, list, quantities) { continue }
      // "Its North African members are A, B and C", "its seasonal members include ...": a
      // region's name or a subset's word before the unit names a part of the membership.
      if namesAPartOfTheUnit(spec, before: listWord, clauseWords) { continue }
      let exclude = list.items.map(\.range)
      guard let subject = chooseSubject(spec, valueStart: list.range.start, unitEnd: list.range.end, clause, mentions, exclude, sentenceIndex)
      else { continue }
      let count = Double(list.items.count)
      // A partial list ("members include, among others, A and B") says only "at least".
      let value = list.complete
        ? Quantity(range: list.range, low: count, high: count)
        : Quantity(range: list.range, low: count, high: nil, modifier: .atLeast)
      // "Tavu and Ressel take part as observers", "Observers: Tavora, Ilm": a list in another
      // count attribute's role counts for it.
      let role = roleNamedAfter(spec, value, clause) ?? rowLabel(of: list.range.start).flatMap { label in
        roleNamedBy(label, besides: spec)
      }
      add(role ?? spec, subject: subject, value: value, members: list.items.map(\.canonical),
          clause: clause, sentence: sentence, sentenceIndex: sentenceIndex, quantities: quantities,
          membersComplete: list.complete, rule: "enumeration")
    }
  }

  /// "from 900 officers in 2020 to 640 police officers": another count attribute whose unit of
  /// two or more words, ending in the earlier value's unit word, counts a later value of the
  /// pair; both values are then that attribute's.
  func narrowerUnitSpec(
    _ spec: AttributeSpec, _ q: Quantity, unitEnd: Int, _ values: [Quantity]
  ) -> AttributeSpec? {
    guard let lastUnit = lastUnitWord(endingAt: unitEnd, after: q) else { return nil }
    let unitKey = words.words[lastUnit].key
    for v in values where v.range.start != q.range.start {
      let w = words.index(atOrAfter: v.range.end)
      guard w < words.words.count else { continue }
      for other in lexicon.attributes where other.name != spec.name && other.shape == .count {
        if let n = words.longestMatch(phrases(other).units, at: w), n >= 2,
          words.words[w + n - 1].key == unitKey
        {
          return other
        }
      }
    }
    return nil
  }

  /// The index of the word that ends at `unitEnd`, the last word of the unit after `q`; `nil`
  /// when no word ends there or the unit does not come after the value.
  func lastUnitWord(endingAt unitEnd: Int, after q: Quantity) -> Int? {
    let lastUnit = words.index(atOrAfter: unitEnd) - 1
    guard lastUnit >= 0, lastUnit < words.words.count, words.words[lastUnit].range.end == unitEnd,
      unitEnd > q.range.end
    else { return nil }
    return lastUnit
  }

  /// Whether `q` stands bare (nothing but punctuation or the clause's end after it) after "has"
  /// or "had" (an adverb may come between), and an earlier number of the clause has one of
  /// `units` right after it.
  func countsTheUnitBefore(_ q: Quantity, _ units: PhraseSet, _ clauseWords: Range<Int>) -> Bool {
    let first = words.index(atOrAfter: q.range.start)
    let next = words.index(atOrAfter: q.range.end)
    guard next >= clauseWords.upperBound
        || isPunctuationBetween(q.range.end, words.words[next].range.start),
      first > clauseWords.lowerBound
    else { return false }
    var verb = first - 1
    if ["now", "still", "today"].contains(words.words[verb].key), verb > clauseWords.lowerBound {
      verb -= 1
    }
    guard ["has", "had", "have"].contains(words.words[verb].key) else { return false }
    // "gained 6,100 residents and now has 388,000": the earlier number may be a change, which
    // the clause's values leave out, so the document's numbers are searched.
    let before = TextRange(words.words[clauseWords.lowerBound].range.start, words.words[verb].range.start)
    return inside(document.quantities, before, { $0.range }).contains { p in
      guard p.kind == .cardinal, p.range.end < words.words[verb].range.start else { return false }
      let w = words.index(atOrAfter: p.range.end)
      return w < clauseWords.upperBound && words.longestMatch(units, at: w) != nil
    }
  }

  /// "The Orvan Border Police has 4,800 officers": another count attribute with a unit of two
  /// words ("police officers") whose last word is the value's unit and whose first word is a word
  /// of the subject's name; the name supplies the unit's qualifier.
  func unitNamedBy(
    _ subject: EntityMention, _ spec: AttributeSpec, unitEnd: Int, _ q: Quantity
  ) -> AttributeSpec? {
    guard let lastUnit = lastUnitWord(endingAt: unitEnd, after: q) else { return nil }
    let unitKey = words.words[lastUnit].key
    // Only a unit of one word of this attribute's own ("officers"), not one of many words
    // ("contributing countries") or a word that counts only in context ("countries").
    guard compiled.lowercaseUnits[spec.name]?.contains(unitKey) == true,
      lastUnit == 0 || words.longestMatch(phrases(spec).units, at: lastUnit - 1) == nil
    else { return nil }
    let nameWords = Set(subject.canonical.lowercased().split(separator: " ").map(String.init))
    // "Dunnerdale Constabulary has 980 officers": a word of the name the attribute lists.
    return compiled.twoWordCountUnits.first { unit in
      unit.spec.name != spec.name && unit.last == unitKey
        && (nameWords.contains(unit.first) || !nameWords.isDisjoint(with: unit.spec.nameWords ?? []))
    }?.spec
  }

  /// Whether a cardinal stands at most three words before a list, with no punctuation between
  /// ("whose 19 members include A and B").
  func isCountedBefore(_ list: Enumeration, _ quantities: [Quantity]) -> Bool {
    quantities.contains { q in
      guard q.kind == .cardinal, q.range.end < list.range.start,
        !isPunctuationBetween(q.range.end, list.range.start)
      else { return false }
      return words.index(atOrAfter: list.range.start) - words.index(atOrAfter: q.range.end) <= 3
    }
  }

  /// Whether a cardinal with another count attribute's unit ("three observer states") leads by a
  /// colon or dash to the list.
  func followsAnotherAttributesCount(
    _ spec: AttributeSpec, _ list: Enumeration, _ quantities: [Quantity]
  ) -> Bool {
    guard let others = compiled.otherUnits[spec.name] else { return false }
    return quantities.contains { q in
      guard q.kind == .cardinal, q.range.end < list.range.start else { return false }
      let w = words.index(atOrAfter: q.range.end)
      guard w < words.words.count, let n = words.longestMatch(others, at: w) else { return false }
      let unitEnd = words.words[w + n - 1].range.end
      return unitEnd <= list.range.start && isListIntro(from: unitEnd, to: list.range.start)
    }
  }

  /// Whether a value follows "has", "have" or "had" right after "of them" ("of those", "of
  /// these"): "two of those have fewer than ten residents", "most of them had 40 staff".
  func hasPartitiveSubject(_ q: Quantity) -> Bool {
    let w = words.index(atOrAfter: q.range.start)
    guard w >= 3, ["has", "have", "had"].contains(words.words[w - 1].key),
      ["them", "those", "these"].contains(words.words[w - 2].key), words.words[w - 3].key == "of"
    else { return false }
    return !isPunctuationBetween(words.words[w - 3].range.start, q.range.start)
  }

  /// Whether a value follows "of which" or "of whom" (a modifier inside the value may come
  /// between): a part of what the relative pronoun stands for. ", including 800,000 euros on
  /// ...": a part of the amount before the comma.
  func isPartOfWhich(_ q: Quantity) -> Bool {
    let w = words.index(atOrAfter: q.range.start)
    if w >= 2, words.words[w - 1].key == "including",
      !isPunctuationBetween(words.words[w - 1].range.end, q.range.start),
      isPunctuationBetween(words.words[w - 2].range.end, words.words[w - 1].range.start)
    {
      return true
    }
    if w >= 2, words.words[w - 2].key == "of", ["which", "whom"].contains(words.words[w - 1].key) {
      return !isPunctuationBetween(words.words[w - 1].range.end, q.range.start)
    }
    // "a budget of £15.9 million, £15.5 million of it for grants": "of it" (or "of that") right
    // after the amount takes a part of the amount before.
    let after = words.index(atOrAfter: q.range.end)
    if after + 1 < words.words.count, words.words[after].key == "of", ["it", "that", "this"].contains(words.words[after + 1].key),
      !isPunctuationBetween(q.range.end, words.words[after + 1].range.end),
      inside(document.quantities, TextRange(0, q.range.start), { $0.range }).last(where: { $0.kind != .year })
        .map({ $0.kind == q.kind }) == true
    {
      return true
    }
    return followsPartPhrase(q, w)
  }

  /// "had revenue of 9.1 million, of which sponsorship brought in 2.1 million and television
  /// rights 1.4 million", "Of our income, 2.2 million came from ...", "Of the 412, 140 were
  /// juniors": a value in a clause that ", of which" (or "of whom") opens, or right after the
  /// comma of a sentence that opens with "Of" and a short phrase, is a part of a whole said
  /// before. "The Velrava Region, of which we are the capital, has 1.02 million residents": the
  /// clause ends at its comma, and the value after it is the whole's.
  func followsPartPhrase(_ q: Quantity, _ w: Int) -> Bool {
    guard let index = sentenceIndex(holding: q.range.start) else { return false }
    let sentence = document.sentences[index].range
    let first = words.index(atOrAfter: sentence.start)
    // A comma, stop or bracket followed by a space, or a semicolon, ends a clause; the comma of
    // "98,300" does not.
    func breaksClause(_ from: Int, _ to: Int) -> Bool {
      guard from < to else { return false }
      return (from..<to).contains { i in
        bytes[i] == UInt8(ascii: ";")
          || [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ")")].contains(bytes[i])
            && i + 1 < to && bytes[i + 1] == UInt8(ascii: " ")
      }
    }
    // Back from the value word by word; each gap is looked at once.
    var k = w - 1
    while k >= first + 2, words.words[k].range.end <= q.range.start,
      !breaksClause(words.words[k].range.end, k + 1 < w ? words.words[k + 1].range.start : q.range.start)
    {
      if ["which", "whom"].contains(words.words[k].key), words.words[k - 1].key == "of",
        isPunctuationBetween(words.words[k - 2].range.end, words.words[k - 1].range.start)
      {
        return true
      }
      k -= 1
    }
    // "Of our income, 2.2 million ...", "Of the 412, 140 ...", "Of this year's budget, about 11
    // million ...": the value (or a hedge and the value) right after the opening phrase's comma.
    guard first < words.words.count, words.words[first].key == "of",
      words.words[first].range.end < q.range.start,
      bytes[words.words[first].range.start] == UInt8(ascii: "O"),
      let comma = bytes[words.words[first].range.end..<q.range.start].firstIndex(of: UInt8(ascii: ","))
    else { return false }
    let afterComma = words.index(atOrAfter: comma)
    return afterComma - first <= 5 && w - afterComma <= 1
  }

  /// "the depot's 4,200 square metres": a value right after the possessive of a lowercase noun
  /// that the tagger resolved to no name belongs to that unnamed thing. "The company's 3,000
  /// staff" (a reference to a name) and "Kestrel's" (a name) keep their owner.
  func hasUnnamedOwner(_ q: Quantity) -> Bool {
    let start = q.range.start
    guard start >= 5, bytes[start - 1] == UInt8(ascii: " "), bytes[start - 2] == UInt8(ascii: "s"),
      bytes[start - 3] == UInt8(ascii: "'"), bytes[start - 4] >= 0x61, bytes[start - 4] <= 0x7A
    else { return false }
    let w = words.index(atOrAfter: start)
    // The noun is the word before "s" ("depot", "s").
    guard w >= 3, words.words[w - 1].key == "s", bytes[words.words[w - 2].range.start] >= 0x61,
      bytes[words.words[w - 2].range.start] <= 0x7A,
      ["the", "this", "that"].contains(words.words[w - 3].key)
    else { return false }
    let noun = words.words[w - 2].range
    return !document.entities.contains { $0.range.end == noun.end || $0.range.holds(noun.start) }
  }

  /// "120 of its drivers", "96 of the 110 musicians": a count followed by "of" and "its",
  /// "their", "our" or "the" is a part of a group. "2,100 of the group's workers" is not: the
  /// possessive owns the whole, and the count is the subject's own.
  func isPartOfAGroup(_ q: Quantity, _ clauseWords: Range<Int>) -> Bool {
    let w = words.index(atOrAfter: q.range.end)
    guard w + 2 < clauseWords.upperBound, words.words[w].key == "of",
      !isPunctuationBetween(q.range.end, words.words[w].range.start)
    else { return false }
    let owner = words.words[w + 1].key
    if DocumentClaimReader.groupOwners.contains(owner) { return true }
    guard owner == "the" else { return false }
    let noun = words.words[w + 2]
    let possessive = w + 3 < words.words.count && words.words[w + 3].key == "s"
      && words.words[w + 3].range.start == noun.range.end + 1
    return !possessive
  }

  static let groupOwners: Set<String> = ["its", "their", "our", "his", "her", "your"]

  /// Whether "the" stands right before the count `q` and a preposition of place right after its
  /// unit, which ends at `unitEnd`, with no punctuation between ("the three clubs *on* this part
  /// of the river", "the 40 farms *along* the valley").
  func isPlacedGroup(_ q: Quantity, _ unitEnd: Int) -> Bool {
    let first = words.index(atOrAfter: q.range.start)
    let after = words.index(atOrAfter: unitEnd)
    guard first > 0, words.words[first - 1].key == "the", after < words.words.count,
      !isPunctuationBetween(unitEnd, words.words[after].range.start)
    else { return false }
    return DocumentClaimReader.placePrepositions.contains(words.words[after].key)
  }

  static let placePrepositions: Set<String> = [
    "on", "along", "across", "near", "around", "beside", "below", "above", "upstream",
    "downstream", "nearby",
  ]

  /// "visitors from 38 countries": a number after a noun and "from" says where others come from,
  /// not how many there are; "grew from 6", "up from 6", "troops from six nations" (a context
  /// phrase of the attribute), "soldiers from seven countries" (a counted unit) and "from 6 to 8"
  /// still count.
  func comesFrom(
    _ q: Quantity, _ spec: AttributeSpec, unitEnd: Int, _ clauseWords: Range<Int>
  ) -> Bool {
    let first = words.index(atOrAfter: q.range.start)
    guard first - 2 >= clauseWords.lowerBound, words.words[first - 1].key == "from" else {
      return false
    }
    var before = words.words[first - 2].key
    // "has fallen steadily from 3,900": an adverb may stand between the verb and "from".
    if before.hasSuffix("ly"), first - 3 >= clauseWords.lowerBound,
      !isPunctuationBetween(words.words[first - 3].range.end, words.words[first - 1].range.start)
    {
      let verb = words.words[first - 3].key
      if compiled.growthVerbs.contains(verb) || compiled.declineVerbs.contains(verb) { before = verb }
    }
    if compiled.growthVerbs.contains(before) || compiled.declineVerbs.contains(before)
      || DocumentClaimReader.changeWords.contains(before)
      || words.longestMatch(phrases(spec).context, at: first - 2) != nil
      // "draws soldiers from seven contributing countries": counted people come from countries,
      // for an attribute that counts where they come from ("troops from", "drawn from").
      || words.longestMatch(compiled.countUnits, at: first - 2) != nil
        && (spec.context ?? []).contains(where: { $0.hasSuffix(" from") })
      || isPunctuationBetween(words.words[first - 2].range.end, words.words[first - 1].range.start)
    {
      return false
    }
    let next = words.index(atOrAfter: unitEnd)
    return !(next < clauseWords.upperBound && words.words[next].key == "to")
  }

  /// "the eight-member trade area", "a 3,000-member contingent": a compound word that several
  /// attributes accept belongs to the one whose context word names what it describes (the noun
  /// or the name right after), else to one with no context words at all.
  func compoundDescribesAnother(
    _ spec: AttributeSpec, _ q: Quantity, _ unitEnd: Int, _ mentions: [EntityMention]
  ) -> Bool {
    let written = document.text.slice(q.range).lowercased()
    let compound = q.unit ?? written.split(separator: "-").last.map(String.init) ?? ""
    let sharing = lexicon.attributes.filter {
      $0.name != spec.name && $0.shape == .count && ($0.compoundUnits ?? []).contains(compound)
    }
    guard !sharing.isEmpty else { return false }
    let next = words.index(atOrAfter: unitEnd)
    var described: Set<String> = []
    if next < words.words.count { described.insert(words.words[next].key) }
    if let m = mentions.first(where: { $0.range.start >= unitEnd }), m.range.start - unitEnd <= 1,
      let last = m.canonical.split(separator: " ").last
    {
      described.insert(last.lowercased())
    }
    func names(_ a: AttributeSpec) -> Bool { !described.isDisjoint(with: a.context ?? []) }
    if names(spec) { return false }
    if sharing.contains(where: names) { return true }
    // With no attribute named, the compound goes to an attribute with no context words, or to
    // the one whose compound nouns make it the general reading ("a 12-member partnership").
    return !(spec.context ?? []).isEmpty && spec.compoundNouns == nil
      && sharing.contains { ($0.context ?? []).isEmpty || $0.compoundNouns != nil }
  }

  /// Compound words that give a size without saying what is counted ("-strong").
  static let sizeAdjectives: Set<String> = ["strong", "person"]

  /// "a 31,400-strong union", "a 600-strong multinational force": a size adjective counts what
  /// the lowercase noun after it names, so it belongs to an attribute only when one of the next
  /// three lowercase words is among that attribute's `context` or `compound_nouns`. A name right
  /// after it decides by its last word when an attribute lists that word; nothing after it
  /// leaves the other rules to decide.
  func sizeAdjectiveDescribesAnother(
    _ spec: AttributeSpec, _ q: Quantity, _ unitEnd: Int, _ clauseWords: Range<Int>
  ) -> Bool {
    let written = document.text.slice(q.range).lowercased()
    let suffix = written.split(separator: "-").last.map(String.init) ?? ""
    let compound = q.unit ?? suffix
    // "a 4,800-strong staff": the numbers stage may give the noun after the adjective as the
    // unit; the adjective is still the written word's last part.
    guard DocumentClaimReader.sizeAdjectives.contains(compound)
      || written.contains("-") && DocumentClaimReader.sizeAdjectives.contains(suffix)
    else { return false }
    let nouns = Set((spec.context ?? []) + (spec.compoundNouns ?? []))
    var w = words.index(atOrAfter: unitEnd)
    var previousEnd = unitEnd
    var seen = 0
    while w < clauseWords.upperBound, seen < 3,
      !isPunctuationBetween(previousEnd, words.words[w].range.start)
    {
      let first = bytes[words.words[w].range.start]
      guard first >= 0x61 && first <= 0x7A else { break }
      if nouns.contains(words.words[w].key) { return false }
      previousEnd = words.words[w].range.end
      seen += 1
      w += 1
    }
    // "the 62,000-strong Estravian Transport Workers' Union": a name right after it counts what
    // its last word names, when an attribute lists that word.
    let after = firstIndex(document.entities, startingAtOrAfter: unitEnd, { $0.range })
    if seen == 0, after < document.entities.count, case let name = document.entities[after],
      name.range.start - unitEnd <= 1, name.type == .organization || name.type == .other,
      let last = name.canonical.split(separator: " ").last.map({ $0.lowercased() })
    {
      // "the 340-strong Ndalowe Transit Police Unit": a word of the name that makes its
      // people one attribute's ("police") decides before its last word.
      let keys = Set(name.canonical.lowercased().split(separator: " ").map(String.init))
      if !keys.isDisjoint(with: spec.nameWords ?? []) { return false }
      if lexicon.attributes.contains(where: { other in
        other.name != spec.name && !keys.isDisjoint(with: other.nameWords ?? [])
      }) {
        return true
      }
      if nouns.contains(last) { return false }
      if lexicon.attributes.contains(where: { other in
        other.name != spec.name && Set((other.context ?? []) + (other.compoundNouns ?? [])).contains(last)
      }) {
        return true
      }
    }
    // An attribute read from a size adjective only through its compound nouns needs one.
    return seen > 0 || spec.compoundNouns != nil
  }

  /// "Two downstream states, Tavora and Ilm, sit on its council as observers": another count
  /// attribute whose role phrase stands later in the clause takes the count.
  func roleNamedAfter(_ spec: AttributeSpec, _ q: Quantity, _ clause: TextRange) -> AttributeSpec? {
    let after = words.index(atOrAfter: q.range.end)
    return compiled.rolePhrases.first { other in
      guard other.spec.name != spec.name else { return false }
      var w = after
      while w < words.words.count, words.words[w].range.end <= clause.end {
        if words.longestMatch(other.phrases, at: w) != nil { return true }
        w += 1
      }
      return false
    }?.spec
  }

  /// "Observers: Tavora, Ilm": another count attribute whose role phrase of two words ("as
  /// observers") ends in the fact-box label's only word.
  func roleNamedBy(_ label: TextRange, besides spec: AttributeSpec) -> AttributeSpec? {
    let first = words.index(atOrAfter: label.start)
    guard first < words.words.count, words.words[first].range.end == label.end else { return nil }
    let key = words.words[first].key
    return compiled.rolePhrases.first { other in
      other.spec.name != spec.name
        && (other.spec.rolePhrases ?? []).contains { phrase in
          let parts = phrase.split(separator: " ")
          return parts.count == 2 && parts[1] == key
        }
    }?.spec
  }

  /// Verbs of standing or change and prepositions between a counting noun and its number.
  static let standingWords: Set<String> = [
    "stands", "stood", "stand", "is", "was", "now", "rose", "fell", "grew", "reached", "totals",
    "totalled", "totaled", "climbed", "dropped", "increased", "decreased", "at", "to", "of", "had",
  ]

  /// "a network of 11 national research funders", "a partnership of 17 donor governments": a
  /// collective noun of the attribute (`collective_nouns`) after "a" or "an" and at most two
  /// adjectives, "of", the value and a plural noun within four words after it that counts no other
  /// attribute: the end of that noun.
  func collectiveCountedNoun(_ spec: AttributeSpec, _ q: Quantity, _ clauseWords: Range<Int>) -> Int? {
    guard let collectives = spec.collectiveNouns else { return nil }
    let first = words.index(atOrAfter: q.range.start)
    guard first - 2 >= clauseWords.lowerBound, words.words[first - 1].key == "of",
      collectives.contains(words.words[first - 2].key)
    else { return nil }
    var k = first - 3
    while k >= clauseWords.lowerBound, k >= first - 5, !["a", "an"].contains(words.words[k].key) {
      guard isPlainWord(words.words[k].key) else { return nil }
      k -= 1
    }
    guard k >= clauseWords.lowerBound, k >= first - 5 else { return nil }
    var n = words.index(atOrAfter: q.range.end)
    while n < clauseWords.upperBound, n < first + 5, !isPunctuationBetween(q.range.end, words.words[n].range.start) {
      let key = words.words[n].key
      guard isPlainWord(key) else { return nil }
      if key.hasSuffix("s") {
        if let others = compiled.otherUnits[spec.name], words.longestMatch(others, at: n) != nil { return nil }
        return words.words[n].range.end
      }
      n += 1
    }
    return nil
  }

  /// "employs 140 researchers and technicians": after one of the attribute's counting verbs, the
  /// noun the number counts is its unit; "founded in 2011 with seven partners": after a founding
  /// verb's "with" or "by", one of its founding units is. Returns the noun's end.
  func verbCountedNoun(
    _ spec: AttributeSpec, _ q: Quantity, _ clause: TextRange, _ clauseWords: Range<Int>, _ quantities: [Quantity]
  ) -> Int? {
    let first = words.index(atOrAfter: q.range.start)
    let next = words.index(atOrAfter: q.range.end)
    guard first > clauseWords.lowerBound, next < clauseWords.upperBound,
      !isPunctuationBetween(q.range.end, words.words[next].range.start)
    else { return nil }
    let before = words.words[first - 1].key
    // "employs some 2,100 faculty and staff": an approximator may stand after the verb.
    let verb = DocumentClaimReader.approximators.contains(before) && first - 2 >= clauseWords.lowerBound
      ? words.words[first - 2].key : before
    // "Membership stands at 412 boat owners and crew": a counting noun a few words back, with
    // only a verb of standing or change and a preposition between.
    let nounBefore = spec.countingNouns.map { nouns in
      (max(clauseWords.lowerBound, first - 4)..<first).reversed().first { k in
        nouns.contains(words.words[k].key)
      }.map { k in
        ((k + 1)..<first).allSatisfy { DocumentClaimReader.standingWords.contains(words.words[$0].key) }
      } ?? false
    } ?? false
    if phrases(spec).countingVerbs.contains(verb) || nounBefore, let unit = q.unit {
      for k in next..<min(next + 3, clauseWords.upperBound) {
        let key = words.words[k].key
        if DocumentClaimReader.comparatives.contains(key) || isPunctuationBetween(q.range.end, words.words[k].range.start) {
          return nil
        }
        if key == unit { return words.words[k].range.end }
      }
    }
    if before == "with" || before == "by", foundingYearWith(q, clause, quantities) != nil {
      // "by nine vegetable growers": up to two lowercase adjectives may stand before the unit,
      // joined by "and" ("by six district and town councils").
      var k = next
      var limit = next + 3
      while k < clauseWords.upperBound, k < limit,
        !isPunctuationBetween(q.range.end, words.words[k].range.start)
      {
        if let n = words.longestMatch(phrases(spec).foundingUnits, at: k) {
          return words.words[k + n - 1].range.end
        }
        let key = words.words[k].key
        if key == "and", k > next, limit == next + 3 {
          limit += 1
          k += 1
          continue
        }
        guard isPlainWord(key), bytes[words.words[k].range.start] >= 0x61 else { break }
        // "by eleven potters", "by four church choirs": founders of three or more, whatever
        // they are, are the founding members; "two former captains" or "three university
        // friends" found a company, and have no membership.
        // "by 11 regional vets' societies": a possessive only qualifies the noun after it. A
        // body named after the founders' trade ("Federation of Independent Builders' Merchants"
        // founded "by 23 merchants") has them as its first members.
        let possessive = words.words[k].range.end < bytes.count && bytes[words.words[k].range.end] == UInt8(ascii: "'")
        if key == "former" || !possessive && phrases(spec).founderIndividuals.contains(key)
          && !namesABodyAfter(trade: key)
        {
          break
        }
        if before == "by", spec.foundingUnits?.isEmpty == false, (q.low ?? 0) >= 3,
          key.count >= 4 && key.hasSuffix("s") && !key.hasSuffix("ss") && !key.hasSuffix("ous")
            || DocumentClaimReader.irregularPlurals.contains(key),
          !DocumentClaimReader.notFounderNouns.contains(key)
        {
          return words.words[k].range.end
        }
        k += 1
      }
    }
    return nil
  }

  /// Whether a name of the text holds the singular of a plural noun of a trade ("potter" in
  /// "Kessingdale Pottery Guild", "merchant" in "... Builders' Merchants").
  func namesABodyAfter(trade plural: String) -> Bool {
    guard plural.count >= 5, plural.hasSuffix("s") else { return false }
    let stem = String(plural.dropLast())
    return document.entities.contains { $0.type == .organization && $0.canonical.lowercased().contains(stem) }
  }

  /// Plurals of people that end in no "s" ("by eight women").
  static let irregularPlurals: Set<String> = ["women", "men", "businesswomen", "businessmen"]

  /// "Its population has fallen ..., and the average age is now 49": a bare number after "is" or
  /// "was" whose noun right before, led by "the" or a possessive, is no word of the attribute
  /// is that noun's value.
  func isValueOfAnotherNoun(_ spec: AttributeSpec, _ q: Quantity, _ clauseWords: Range<Int>) -> Bool {
    var k = words.index(atOrAfter: q.range.start) - 1
    if k > clauseWords.lowerBound, ["now", "still", "just", "only"].contains(words.words[k].key) { k -= 1 }
    guard k - 1 > clauseWords.lowerBound, ["is", "was"].contains(words.words[k].key) else { return false }
    let noun = k - 1
    guard isPlainWord(words.words[noun].key), bytes[words.words[noun].range.start] >= 0x61,
      !isPunctuationBetween(words.words[noun].range.end, q.range.start)
    else { return false }
    let p = phrases(spec)
    if [p.units, p.contextUnits, p.context].contains(where: { words.longestMatch($0, at: noun) != nil }) {
      return false
    }
    return (max(clauseWords.lowerBound, noun - 2)..<noun).contains { d in
      DocumentClaimReader.knownDeterminers.contains(words.words[d].key)
    }
  }

  /// "Three in ten residents are under 25": a number after "are" or "were" that follows the
  /// attribute's own noun describes those counted (an age), it does not count them.
  func describesTheContextNoun(_ spec: AttributeSpec, _ q: Quantity, _ clauseWords: Range<Int>) -> Bool {
    var k = words.index(atOrAfter: q.range.start) - 1
    // "are aged 60", "were still 40".
    if k > clauseWords.lowerBound, ["aged", "still", "now", "all"].contains(words.words[k].key) { k -= 1 }
    guard k > clauseWords.lowerBound, ["are", "were"].contains(words.words[k].key) else { return false }
    let noun = k - 1
    let p = phrases(spec)
    return [p.units, p.contextUnits, p.context].contains { words.longestMatch($0, at: noun) == 1 }
  }

  /// "Bangladesh the largest contributor at 1,450": a number after a ranked, singular unit and
  /// "at" is that one's own figure (its troops), not how many there are.
  func ranksOneOfThem(_ spec: AttributeSpec, _ q: Quantity, _ clauseWords: Range<Int>) -> Bool {
    let first = words.index(atOrAfter: q.range.start)
    guard first - 3 >= clauseWords.lowerBound, words.words[first - 1].key == "at",
      words.longestMatch(phrases(spec).units, at: first - 2) == 1
    else { return false }
    return DocumentClaimReader.superlatives.contains(words.words[first - 3].key)
  }

  static let superlatives: Set<String> = [
    "largest", "biggest", "smallest", "main", "leading", "top", "second-largest", "third-largest",
    "second-biggest", "newest", "oldest",
  ]

  /// Whether an exclusion word of the attribute stands within two words before a value or two
  /// words after its unit ("hiring 500 workers", "eight members have withdrawn").
  func excludedNear(_ spec: AttributeSpec, from start: Int, to end: Int, _ clauseWords: Range<Int>) -> Bool {
    let exclusions = phrases(spec).exclusions
    guard !exclusions.isEmpty else { return false }
    let first = max(clauseWords.lowerBound, words.index(atOrAfter: start) - 2)
    // "three members - A, B and C - had withdrawn": the verb comes after the aside.
    var end = end
    if let close = asideEnd(after: end, limit: clauseWords.upperBound > 0 ? words.words[clauseWords.upperBound - 1].range.end : end) {
      end = close
    }
    let firstAfter = words.index(atOrAfter: end)
    var last = firstAfter
    // "14 guards have been wounded", "90 posts will be created": auxiliaries do not count
    // towards the two words after the unit, and "Two sailors from the task force have been
    // killed": nor does a short phrase opened by "from" or "of" right after it.
    var auxiliaries = 0
    var phrase = 0
    if firstAfter < clauseWords.upperBound, ["from", "of"].contains(words.words[firstAfter].key),
      !isPunctuationBetween(end, words.words[firstAfter].range.start)
    {
      phrase = 4
    }
    while last < clauseWords.upperBound, last < firstAfter + 2 + auxiliaries + phrase,
      !isPunctuationBetween(end, words.words[last].range.start)
    {
      if auxiliaries < 3, DocumentClaimReader.exclusionAuxiliaries.contains(words.words[last].key) {
        auxiliaries += 1
      }
      last += 1
    }
    // "Chad, with about 900 soldiers, provides the largest contingent": a count in an aside
    // opened by "with" after a name is read with the main clause that follows the aside.
    let valueWord = words.index(atOrAfter: start)
    if valueWord > clauseWords.lowerBound, words.words[valueWord - 1].key == "with",
      valueWord >= 2, bytes[words.words[valueWord - 2].range.end] == UInt8(ascii: ","),
      end < bytes.count, bytes[end] == UInt8(ascii: ",")
    {
      last = min(clauseWords.upperBound, max(last, firstAfter + 5))
    }
    let near = (first..<max(first, min(last, clauseWords.upperBound)))
    return near.contains { k in
      guard words.longestMatch(exclusions, at: k) != nil else { return false }
      // "Workforce cut to 7,800": a verb of change before "to" and the value gives the level it
      // led to, not the size of the change.
      if k + 2 == valueWord, words.words[k + 1].key == "to",
        DocumentClaimReader.changeVerbs.contains(words.words[k].key),
        !isPunctuationBetween(words.words[k].range.end, start)
      {
        return false
      }
      // "we have 640 members left": after "have", what remains, not who went.
      return !(words.words[k].key == "left" && k == firstAfter && valueWord > 0
        && ["have", "has", "had"].contains(words.words[valueWord - 1].key))
    }
  }

  /// Verbs of a change that, before "to" and a value, give the level the change led to.
  static let changeVerbs: Set<String> = ["cut", "cuts", "reduced", "shed", "sheds", "lost", "loses"]

  /// Auxiliary verbs that may stand between a counted noun and the verb that excludes it.
  static let exclusionAuxiliaries: Set<String> = [
    "have", "has", "had", "been", "be", "being", "will", "would", "was", "were", "are", "is",
  ]

  /// The end of a dash- or bracket-delimited aside that opens right after an offset (" - A, B
  /// and C -", " (A and B)"), within `limit`.
  func asideEnd(after offset: Int, limit: Int) -> Int? {
    let dash: [UInt8] = Array(" - ".utf8)
    let enDash: [UInt8] = [0x20, 0xE2, 0x80, 0x93, 0x20]
    let paren: [UInt8] = Array(" (".utf8)
    for (open, close) in [(dash, dash), (enDash, enDash), (paren, Array(")".utf8))]
    where offset + open.count <= limit && bytes[offset..<(offset + open.count)].elementsEqual(open) {
      var i = offset + open.count
      while i + close.count <= limit, i < offset + 200 {
        if bytes[i..<(i + close.count)].elementsEqual(close) { return i + close.count }
        i += 1
      }
    }
    return nil
  }

  /// "Twenty-seven countries contribute troops to the mission": a context unit right after the
  /// number, then (one adverb allowed) a context word of the attribute. Returns the unit's end and
  /// the subject named after the context word ("to the mission"), if any.
  func countBeforeContext(
    _ spec: AttributeSpec, _ q: Quantity, _ clause: TextRange, _ mentions: [EntityMention], _ clauseWords: Range<Int>
  ) -> (Int, (EntityMention, String)?)? {
    let contextUnits = phrases(spec).contextUnits
    let context = phrases(spec).context
    guard !contextUnits.isEmpty, !context.isEmpty else { return nil }
    let next = words.index(atOrAfter: q.range.end)
    guard next < clauseWords.upperBound, !isPunctuationBetween(q.range.end, words.words[next].range.start),
      let n = words.longestMatch(contextUnits, at: next)
    else { return nil }
    let unitEnd = words.words[next + n - 1].range.end
    var k = next + n
    if k < clauseWords.upperBound, words.longestMatch(context, at: k) == nil { k += 1 }
    guard k < clauseWords.upperBound, let c = words.longestMatch(context, at: k),
      !isPunctuationBetween(unitEnd, words.words[k].range.start)
    else { return nil }
    let after = words.words[k + c - 1].range.end
    var subject: (EntityMention, String)?
    if let m = mentions.first(where: { $0.range.start >= after && isSubjectCandidate($0, spec, []) }),
      !isPunctuationBetween(after, m.range.start), m.range.start - after <= 24
    {
      subject = (m, basis(of: m))
    }
    return (unitEnd, subject)
  }

  /// A possessive and a noun that names another subject than the owner ("its Polish
  /// subsidiary", "the group's rival") between `from` and a value: the word indexes of both.
  func otherSubjectNoun(from: Int, to: Int) -> (possessive: Int, noun: Int)? {
    guard !compiled.otherSubjectNouns.isEmpty, from < to else { return nil }
    var w = words.index(atOrAfter: from)
    while w < words.words.count, words.words[w].range.end <= to {
      if compiled.otherSubjectNouns.contains(words.words[w].key) {
        for back in 1...3 where w - back >= 0 && words.words[w - back].range.start >= from {
          let b = words.words[w - back]
          if ["its", "their"].contains(b.key) || bytes.count > b.range.end && bytes[b.range.end] == UInt8(ascii: "'") {
            return (w - back, w)
          }
        }
      }
      w += 1
    }
    return nil
  }

  /// The subject "Its Polish subsidiary employs 2,300" speaks of: the owner's name with the words
  /// after the possessive ("Castellan Rail Systems Polish subsidiary"), unless a name follows the
  /// noun ("its rival Marlin Brands"); `nil` when there is no such phrase. The outer optional is
  /// `.some(nil)` when the phrase is there but its owner is unknown.
  func otherSubject(
    _ spec: AttributeSpec, _ clause: TextRange, valueStart: Int, _ mentions: [EntityMention],
    _ exclude: [TextRange], _ sentenceIndex: Int
  ) -> (EntityMention, String)?? {
    guard let (p, n) = otherSubjectNoun(from: clause.start, to: valueStart) else { return nil }
    if isPossessiveApposition(p, mentions) { return nil }
    let nounEnd = words.words[n].range.end
    let named = mentions.filter {
      $0.range.start >= nounEnd && $0.range.end <= valueStart
        && isSubjectCandidate($0, spec, exclude)
    }
    if !named.isEmpty {
      // "Its sister charity in Ireland, Lightkeepers, has ...": the name set off by commas is
      // the other subject, not the place that describes it.
      // "The group's neighbour, the Cerro Alto Array, ...": an article may open the apposition.
      if let apposed = named.first(where: { m in
        m.range.start >= 6 && m.range.end < bytes.count
          && (bytes[m.range.start - 2] == UInt8(ascii: ",")
            || bytes[(m.range.start - 6)..<m.range.start].elementsEqual(", the ".utf8))
          && bytes[m.range.end] == UInt8(ascii: ",")
      }) {
        return .some((apposed, basis(of: apposed)))
      }
      return nil
    }
    let possessive = words.words[p]
    let owner: EntityMention?
    if ["its", "their"].contains(possessive.key) {
      owner = contextSubject(spec, before: possessive.range.start, sentenceIndex: sentenceIndex)?.0
    } else {
      owner = mentions.last { $0.range.end == possessive.range.end || $0.range.end <= possessive.range.end && $0.range.start >= possessive.range.start }
    }
    guard let owner, p + 1 <= n else { return .some(nil) }
    let phrase = String(document.text.slice(TextRange(words.words[p + 1].range.start, nounEnd)))
    let mention = EntityMention(
      range: TextRange(possessive.range.start, nounEnd), canonical: owner.canonical + " " + phrase,
      type: owner.type, basis: .reference)
    return .some((mention, "reference"))
  }

  /// Plural nouns of the bodies a body groups: the people they employ together are theirs, not
  /// the grouping body's staff.
  static let groupedBodies: Set<String> = [
    "members", "companies", "firms", "businesses", "employers", "enterprises", "universities",
    "colleges", "farms", "manufacturers", "producers", "affiliates", "corporations", "cooperatives",
    "co-operatives", "unions", "associations", "federations",
  ]

  /// "whose 31 member companies employ about 11,800 people", "Between them, our members employ
  /// around 38,000 people": a count that the bodies a body groups employ (a plural noun right
  /// before "employ") is no workforce of the grouping body. The verb's plural form tells the
  /// noun is its subject; "The company employs" keeps its count.
  func isStaffOfAGroup(_ q: Quantity, _ spec: AttributeSpec, _ clauseWords: Range<Int>) -> Bool {
    guard let n = wordBeforeVerb(of: q, phrases(spec).countingVerbs.intersection(["employ", "employed"]), clauseWords)
    else { return false }
    return DocumentClaimReader.groupedBodies.contains(words.words[n].key)
  }
}
