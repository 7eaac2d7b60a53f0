import CrosscheckCore

/// Other values of a claim just read: earlier values ("up from 1,650 in 2021"), pairs, growth
/// statements ("grew from 6 to 8 members"), and the founding years values are dated by.
extension DocumentClaimReader {
  /// Phrases that introduce another value of the claim just read: an earlier one ("up from 1,650
  /// in 2021", "against 96 million in 2018") or one of a pair ("340,000 in 2005 and 298,000 in
  /// 1995"). The other value takes the claim's attribute, subject and unit, and needs its own year.
  static let earlierValuePhrases = ["up from", "down from", "against", "compared with", "compared to", "and"].phrases

  /// Whether the value follows "to" after a verb of change ("fell to 209,100", "has risen to"):
  /// a "from" after it then gives the earlier value ("fell to 209,100 from 215,700 in 2016").
  func isChangeTarget(_ value: Quantity, _ clause: TextRange) -> Bool {
    let first = words.index(atOrAfter: value.range.start)
    guard first >= 2, words.words[first - 1].key == "to" else { return false }
    return (max(0, first - 3)..<(first - 1)).contains { k in
      words.words[k].range.start >= clause.start
        && (compiled.growthVerbs.contains(words.words[k].key)
          || compiled.declineVerbs.contains(words.words[k].key))
    }
  }

  /// Whether two values are within a factor of ten of each other, as a value and its earlier
  /// value are.
  func isComparable(_ a: Quantity, _ b: Quantity) -> Bool {
    guard let x = a.low ?? a.high, let y = b.low ?? b.high, x > 0, y > 0 else { return true }
    return max(x, y) / min(x, y) <= 10
  }

  /// Whether "up from", "down from", "against" or "compared with" stands right before `q`.
  func followsEarlierValuePhrase(_ q: Quantity, _ clauseWords: Range<Int>) -> Bool {
    let first = words.index(atOrAfter: q.range.start)
    for n in 1...2 where first - n >= clauseWords.lowerBound {
      let w = first - n
      if let m = words.longestMatch(DocumentClaimReader.earlierValuePhrases, at: w), m == n,
        words.words[w].key != "and", !isPunctuationBetween(words.words[w].range.end, q.range.start)
      {
        return true
      }
    }
    return false
  }

  mutating func readEarlierValues(
    from firstNew: Int, _ clause: TextRange, _ sentence: TextRange, _ sentenceIndex: Int, _ quantities: [Quantity]
  ) {
    let clauseDates = inside(document.entities, clause, { $0.range }).filter { $0.type == .date }
    var k = firstNew
    while k < readValues.count {
      let (value, valueSpec, valueSubject) = readValues[k]
      var (spec, subject) = (valueSpec, valueSubject)
      k += 1
      guard claims[k - 1].rule != "growth",
        spec.shape == .count || spec.shape == .money || spec.shape == .measure || spec.shape == .percent
      else { continue }
      // Step over the unit and the value's own year: "1,200 personnel, down from", "340,000 in 2005 and".
      var from = value.range.end
      if let year = attachedYear(to: value, clause, quantities) { from = year.range.end }
      var w = words.index(atOrAfter: from)
      let changeTarget = isChangeTarget(value, clause)
      var steps = 0
      var previousEnd = from
      while w < words.words.count, words.words[w].range.end <= clause.end, steps < 3,
        !bytes[previousEnd..<words.words[w].range.start].contains(where: { b in
          b == UInt8(ascii: ".") || b == UInt8(ascii: ";") || b == UInt8(ascii: ":") || b == UInt8(ascii: "(")
        }),
        words.longestMatch(DocumentClaimReader.earlierValuePhrases, at: w) == nil,
        !(words.words[w].key == "from" && changeTarget),
        !quantities.contains(where: { $0.range.holds(words.words[w].range.start) })
      {
        previousEnd = words.words[w].range.end
        // "212,400 inhabitants on January 1, up from": a date is the value's time, not a step.
        if !clauseDates.contains(where: { $0.range.holds(words.words[w].range.start) }) {
          steps += 1
        }
        w += 1
      }
      if words.longestMatch(DocumentClaimReader.earlierValuePhrases, at: w) == nil,
        let jump = earlierValuePhraseAfterComma(from: w, clause, quantities)
      {
        w = jump
      }
      if let (earlier, year) = comparedDifference(at: w, value, clause, quantities) {
        add(spec, subject: subject, value: earlier, unit: claims[k - 1].unit, time: year, clause: clause,
            sentence: sentence, sentenceIndex: sentenceIndex, quantities: quantities, rule: "difference")
        continue
      }
      guard w < words.words.count,
        let n = words.longestMatch(DocumentClaimReader.earlierValuePhrases, at: w)
          ?? (words.words[w].key == "from" && changeTarget ? 1 : nil),
        w + n < words.words.count
      else { continue }
      let isPair = words.words[w].key == "and"
      let start = words.words[w + n].range.start
      guard var other = quantities.first(where: { $0.range.start <= start && start < $0.range.end }),
        sameShape(other, value) || isBareAmount(other, earlierThan: value), other.range.end <= clause.end
      else { continue }
      // "19 million pounds in 2024 from 24 million in 2022": the bare number is in the currency
      // of the amount it is compared with.
      if other.kind != value.kind, value.kind == .money {
        other.kind = .money
        other.unit = value.unit
      }
      // "40 million pounds for Harlow Bakeries in 2024, and 12 million euros for Brenna Brot":
      // each value of the pair has its own owner after "for"; so has a rival's ("won 57.3 per
      // cent of the vote, against 31.9 per cent for the Milk Producers' list").
      if isOwnedAfterFor(other) { continue }
      // "has 1,800 personnel drawn from 14 countries, up from 1,150 in 2021": an earlier value
      // far from the size of the value just before it is the earlier value of an earlier one of
      // the same size read in the clause.
      var unit = claims[k - 1].unit
      if !isPair, !isComparable(other, value), let j = (firstNew..<(k - 1)).last(where: { j in
        readValues[j].value.range.end <= value.range.start
          && clause.holds(readValues[j].value.range.start) && readValues[j].spec.shape == spec.shape && isComparable(other, readValues[j].value)
      }) {
        (spec, subject, unit) = (readValues[j].spec, readValues[j].subject, claims[j].unit)
      }
      var time: TimeScope
      if let year = attachedYear(to: other, clause, quantities) {
        time = TimeScope(year: year.low.flatMap { Int(checked: $0) }, basis: isWritten(year.range) ? "explicit" : "relative")
        if let shifted = countedBackFromNow(year) { time.year = shifted }
        // "its revenue rose to 96.4 million euros from 88.1 million euros in 2023" in 2025: a
        // value told in the past with no year of its own, against one of two years before the
        // publication, is the year in between's.
        if !isPair, time.basis == "explicit", let earlier = time.year,
          let published = document.metadata.published?.year, earlier == published - 2,
          ["published", "estimate"].contains(claims[k - 1].time.basis),
          saysInThePast(clause, before: value.range.start)
        {
          claims[k - 1].time = TimeScope(year: earlier + 1, basis: "context")
        }
      } else if !isPair, yearEarlier(after: other, clause), let later = claims[k - 1].time.year {
        time = TimeScope(year: later - 1, basis: "relative")
      } else if !isPair,
        spec.shape == .money || spec.shape == .percent && speaksOfAMarketShare(clause) && !speaksOfElections(clause),
        let later = claims[k - 1].time.year
      {
        // "The budget for 2026 is 14.8 million euros, up from 13.9 million", "its share rose to
        // 29.6 percent from 27.1 percent": money a body has, earns or spends in a year, and its
        // share of a market, are compared with the year before when no other year is written
        // (a share of the vote is compared with the election before, whose year is not told).
        // If the amount was read on its own already, it is that reading that moves.
        time = TimeScope(year: later - 1, basis: "relative")
        if let j = (firstNew..<claims.count).first(where: { j in
          readValues[j].value.range == other.range && claims[j].attribute == spec.name
        }) {
          claims[j].time = time
          claims[j].rule = "earlier-value"
          claims[j].subject = claims[k - 1].subject
          readValues[j].subject = subject
          continue
        }
      } else {
        continue
      }
      // A pair is only a pair when both values carry a year.
      if isPair, attachedYear(to: value, clause, quantities) == nil { continue }
      add(spec, subject: subject, value: other, unit: unit, time: time, clause: clause,
          sentence: sentence, sentenceIndex: sentenceIndex, quantities: quantities,
          rule: isPair ? "pair" : "earlier-value")
    }
  }

  /// "has 100 member farms around the bay, up from 64 in 2015": when the words after a value
  /// run past the few the earlier-value walk steps over, an "up from" or "down from" right after
  /// the next comma still compares with it, if no number stands between. The index of "up"
  /// (or "down"), or `nil`.
  func earlierValuePhraseAfterComma(from w: Int, _ clause: TextRange, _ quantities: [Quantity]) -> Int? {
    var k = w
    var previousEnd = k > 0 ? words.words[k - 1].range.end : clause.start
    while k < words.words.count, k < w + 8, words.words[k].range.end <= clause.end {
      let gap = bytes[min(previousEnd, words.words[k].range.start)..<words.words[k].range.start]
      if gap.contains(where: { [UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"),
        UInt8(ascii: "("), UInt8(ascii: "\"")].contains($0) })
      {
        return nil
      }
      if gap.contains(UInt8(ascii: ",")) {
        guard k + 1 < words.words.count, ["up", "down"].contains(words.words[k].key),
          words.words[k + 1].key == "from"
        else { return nil }
        return k
      }
      if quantities.contains(where: { $0.range.holds(words.words[k].range.start) }) { return nil }
      previousEnd = words.words[k].range.end
      k += 1
    }
    return nil
  }

  /// "revenue fell to 19 million pounds in 2024 from 24 million in 2022": a number with no unit
  /// after an earlier-value phrase compares with the amount of money before it. After an amount
  /// in millions or billions it must write its scale too: "from 24 in 2022" may be 24 million
  /// or 24 pounds, and is left unread rather than read as 24 pounds.
  func isBareAmount(_ other: Quantity, earlierThan value: Quantity) -> Bool {
    value.kind == .money && other.kind == .cardinal && other.unit == nil
      && other.modifier == .exact && other.range.start > value.range.end
      && (!isInMillions(value) || isInMillions(other))
  }

  /// "212 member clubs, eighteen more than in 2022": a difference at word `w` and "more than" (or
  /// "fewer than", "less than") a year gives the value of that year, the value less (or plus) the
  /// difference.
  func comparedDifference(
    at w: Int, _ value: Quantity, _ clause: TextRange, _ quantities: [Quantity]
  ) -> (Quantity, TimeScope)? {
    guard w + 2 < words.words.count, let v = value.value, value.modifier == .exact,
      let d = quantities.first(where: { $0.range.start == words.words[w].range.start }),
      d.kind == .cardinal || d.kind == .money, d.modifier == .exact, let diff = d.value
    else { return nil }
    var k = words.index(atOrAfter: d.range.end)
    guard k + 1 < words.words.count, words.words[k + 1].key == "than" else { return nil }
    let sign: Double
    switch words.words[k].key {
    case "more": sign = -1
    case "fewer", "less": sign = 1
    default: return nil
    }
    k += 2
    if k < words.words.count, words.words[k].key == "in" { k += 1 }
    guard k < words.words.count,
      let year = quantities.first(where: { $0.kind == .year && $0.range.start == words.words[k].range.start }),
      year.range.end <= clause.end, let y = year.value
    else { return nil }
    let earlier = v + sign * diff
    guard earlier > 0 else { return nil }
    let time = TimeScope(year: countedBackFromNow(year) ?? Int(checked: y), basis: isWritten(year.range) ? "explicit" : "relative")
    return (Quantity(range: d.range, low: earlier, high: earlier, kind: value.kind), time)
  }

  /// "The largest settlement is Skellan, a village of 2,310 residents at the 2021 census, followed
  /// by Orlen Bridge (1,880) and Harl (940)": a bare number in brackets right after a name, in a
  /// sentence whose claim read before it counts the same kind of thing of another name, is that
  /// attribute's value of the name, for the same year. Returns the claims read before of those
  /// figures, which this reading replaces.
  mutating func readBracketedFiguresOfNames(in sentence: TextRange, sentenceIndex: Int, after firstNew: Int) -> Set<Int> {
    guard let first = (firstNew..<claims.count).first(where: { readValues[$0].spec.shape == .count }) else { return [] }
    let spec = readValues[first].spec
    // "132 residents per square kilometre ... Upper Vell (22)": a rate's figures are no counts.
    let after = words.index(atOrAfter: readValues[first].value.range.end)
    if words.words[after..<min(after + 3, words.words.count)].contains(where: { $0.key == "per" }) { return [] }
    var replaced: Set<Int> = []
    let readBefore = firstNew..<claims.count
    let quantities = inside(document.quantities, sentence, { $0.range })
    for q in quantities where q.kind == .cardinal && q.range.start > readValues[first].value.range.end {
      guard q.range.start >= 2, q.range.end < bytes.count, bytes[q.range.start - 1] == UInt8(ascii: "("),
        bytes[q.range.end] == UInt8(ascii: ")"), bytes[q.range.start - 2] == 0x20,
        let name = document.entities.last(where: { $0.range.end == q.range.start - 2 }),
        name.basis == .name, name.canonical != claims[first].subject.name,
        spec.subjectTypes.contains(name.type) || name.type == .other,
        isComparable(q, readValues[first].value)
      else { continue }
      // A reading that already gives the figure to the name stands.
      let before = readBefore.filter { readValues[$0].value.range == q.range }
      if before.contains(where: { claims[$0].subject.name == name.canonical }) { continue }
      replaced.formUnion(before)
      add(spec, subject: (name, "direct"), value: q, unit: claims[first].unit, time: claims[first].time,
        clause: sentence, sentence: sentence, sentenceIndex: sentenceIndex, quantities: [q], rule: "bracketed-figure")
    }
    return replaced
  }

  /// "The company employs 3,400 people, against 2,900 a year earlier": when the numbers stage
  /// counted "a year earlier" from a year of another sentence, and this sentence writes no year
  /// before it, the value it compares with holds now, so the year is counted from publication.
  func countedBackFromNow(_ year: Quantity) -> Int? {
    guard !isWritten(year.range), let published = document.metadata.published?.year,
      let value = year.low, document.text.slice(year.range).hasSuffix("earlier"),
      let index = sentenceIndex(holding: year.range.start),
      let base = document.quantities[..<firstIndex(
        document.quantities, startingAtOrAfter: year.range.start, { $0.range })]
        .last(where: { $0.kind == .year && $0.range.end <= year.range.start }),
      let baseYear = base.low
    else { return nil }
    let sentence = document.sentences[index].range
    // "The co-op, founded in 2016, now has 41,000 members, up from 30,500 a year earlier": a
    // founding year of the same sentence is no base to count back from.
    if sentence.holds(base.range.start) {
      guard isFoundingYear(base, sentence) else { return nil }
      return Int(checked: baseYear - value).map { published - $0 }
    }
    // "It had revenue of 184 million euros in 2025. Sales were 151 million euros a year
    // earlier.": a value alone in its sentence compares with the year of the sentence just
    // before, as the numbers stage counted.
    let valuesBefore = inside(document.quantities, TextRange(sentence.start, year.range.start)) {
      $0.range
    }.filter { $0.kind != .year }
    if valuesBefore.count == 1, index > 0,
      document.sentences[index - 1].range.holds(base.range.start), isWritten(base.range)
    {
      return nil
    }
    return Int(checked: baseYear - value).map { published - $0 }
  }

  /// Whether a clause speaks of an election or its votes ("won 36.4 per cent of the vote").
  func speaksOfElections(_ clause: TextRange) -> Bool {
    words.contains(DocumentClaimReader.electionWords, from: clause.start, to: clause.end)
  }

  static let electionWords: Set<String> = ["vote", "votes", "election", "elections", "ballot", "poll", "polls", "seats"]

  /// Whether a clause names a share of a market ("its share of the gas market slipped to ...").
  func speaksOfAMarketShare(_ clause: TextRange) -> Bool {
    words.contains(["share", "shares", "market"], from: clause.start, to: clause.end)
  }

  /// Whether two quantities are written alike: both amounts of money, or both plain numbers.
  func sameShape(_ a: Quantity, _ b: Quantity) -> Bool {
    if a.kind == .money || b.kind == .money || a.kind == .percent || b.kind == .percent { return a.kind == b.kind }
    return (a.kind == .cardinal || a.kind == .measure) && (b.kind == .cardinal || b.kind == .measure)
  }

  static let months: [String: Int] = [
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
  ]


  /// "grew from 6 to 8 members" (one range) or "from 6 members in 2001 to 8 in 2017" (two numbers):
  /// the earlier and later values, each with the year written right after it. The earlier value
  /// comes only with a year (or "since YEAR"), so that it is never read as the present value.
  /// Each value comes with the basis of its year: `explicit` when written, `relative` when
  /// counted back ("over the last two years"), `published` when the later value has none.
  mutating func growthStatement(_ q: Quantity, unitEnd: Int, clause: TextRange, quantities: [Quantity]) -> [(Quantity, Int?, String)]? {
    let first = words.index(atOrAfter: q.range.start)
    // The change verb stands within three words before the value (or its "from").
    var verb: Bool?
    for k in stride(from: first - 1, through: max(0, first - 4), by: -1) where words.words[k].range.start >= clause.start {
      if compiled.growthVerbs.contains(words.words[k].key) { verb = true; break }
      if compiled.declineVerbs.contains(words.words[k].key) { verb = false; break }
    }
    guard let growing = verb else { return nil }
    let sinceYear = quantities.first { y in
      y.kind == .year && words.index(atOrAfter: y.range.start) > 0
        && words.words[words.index(atOrAfter: y.range.start) - 1].key == "since"
    }
    var since = sinceYear.flatMap { $0.value.flatMap { Int(checked: $0) } }
    var sinceBasis = sinceYear.map { isWritten($0.range) ? "explicit" : "relative" } ?? "relative"
    // "since January": the earlier value held in that month of the publication year.
    if since == nil, let published = document.metadata.published {
      var k = words.index(atOrAfter: clause.start)
      while k + 1 < words.words.count, words.words[k + 1].range.end <= clause.end {
        if words.words[k].key == "since", let month = DocumentClaimReader.months[words.words[k + 1].key],
          published.month.map({ month <= $0 }) ?? true
        {
          since = published.year
          sinceBasis = "relative"
        }
        k += 1
      }
    }
    // "over the last two years": the earlier value held that many years before publication.
    if since == nil, let published = document.metadata.published?.year,
      let span = quantities.first(where: { $0.kind == .measure && $0.unit == "year" && $0.range.start >= q.range.end }),
      let n = span.value, n == n.rounded(), n >= 1, n <= 50
    {
      let w = words.index(atOrAfter: span.range.start)
      if w >= 3, ["over", "in", "during"].contains(words.words[w - 3].key), words.words[w - 2].key == "the",
        ["last", "past"].contains(words.words[w - 1].key), span.range.end <= clause.end
      {
        since = published - Int(n)
        sinceBasis = "relative"
      }
    }
    // The later value holds when the sentence says ("to 8 in 2017"), else at the year before the
    // verb ("In 2017 the league grew ..."), else now.
    func laterYear(_ end: Int) -> (Int?, String) {
      if let y = yearRightAfter(end, clause, quantities) { return (y, "explicit") }
      // "to 61,300 at the 2021 census": the year of the count that gave the later value.
      let at = words.index(atOrAfter: end)
      if at + 2 < words.words.count, words.words[at].key == "at", words.words[at + 1].key == "the",
        words.words[at].range.start - end <= 2, words.words[at + 2].range.end <= clause.end,
        let y = quantities.first(where: {
          $0.kind == .year && isWritten($0.range) && $0.range.start == words.words[at + 2].range.start
        })?.value
      {
        return (Int(checked: y), "explicit")
      }
      // "to 385 million euros last year".
      if let y = quantities.first(where: { y in
        y.kind == .year && !isWritten(y.range) && y.range.start >= end && y.range.start - end <= 2
          && y.range.end <= clause.end
      }), let v = y.value {
        return (countedBackFromNow(y) ?? Int(checked: v), "relative")
      }
      if let y = quantities.last(where: { $0.kind == .year && $0.range.end <= q.range.start && isWritten($0.range)
        && !isFoundingYear($0, clause) }), let v = y.value { return (Int(checked: v), "explicit") }
      return (document.metadata.published?.year, document.metadata.publishedBasis == "estimate" ? "estimate" : "published")
    }
    if q.modifier == .range, words.words[first].key == "from", let low = q.low, let high = q.high {
      let (earlier, later) = growing ? (low, high) : (high, low)
      var out: [(Quantity, Int?, String)] = []
      if let since {
        out.append((Quantity(range: q.range, low: earlier, high: earlier, kind: q.kind), since, sinceBasis))
      }
      let (year, basis) = laterYear(unitEnd)
      out.append((Quantity(range: q.range, low: later, high: later, kind: q.kind), year, basis))
      return out
    }
    guard first > 0, words.words[first - 1].key == "from" else { return nil }
    // The later value: "to N" further on in the clause.
    var k = words.index(atOrAfter: unitEnd)
    while k < words.words.count, words.words[k].range.end <= clause.end, words.words[k].key != "to" { k += 1 }
    guard k + 1 < words.words.count, words.words[k].range.end <= clause.end,
      let later = quantities.first(where: { $0.range.holds(words.words[k + 1].range.start) && $0.kind == q.kind })
    else { return nil }
    growthPartner.insert(later.range.start)
    var out: [(Quantity, Int?, String)] = []
    if let year = yearRightAfter(unitEnd, clause, quantities) {
      out.append((q, year, "explicit"))
    } else if let founded = foundingYear(atItsFoundingAfter: unitEnd, clause) {
      out.append((q, founded, "context"))
    } else if let since {
      out.append((q, since, sinceBasis))
    }
    var laterEnd = later.range.end
    let afterLater = words.index(atOrAfter: laterEnd)
    if afterLater < words.words.count, let n = words.longestMatch(compiled.countUnits, at: afterLater) {
      laterEnd = words.words[afterLater + n - 1].range.end
    }
    let (year, basis) = laterYear(laterEnd)
    out.append((later, year, basis))
    return out
  }

  /// "grew from 600 troops at its launch to 1,450": after "at its" (on, their) and a founding
  /// noun right after an offset, the founding year: one the sentence gives ("Set up in 2019
  /// ..."), else the last founding year read.
  func foundingYear(atItsFoundingAfter offset: Int, _ clause: TextRange) -> Int? {
    let w = words.index(atOrAfter: offset)
    guard w + 2 < words.words.count, words.words[w + 2].range.end <= clause.end,
      words.words[w].range.start - offset <= 2, ["its", "their"].contains(words.words[w + 1].key)
    else { return nil }
    let atFounding = ["at", "on", "upon"].contains(words.words[w].key)
      && lexicon.attributes.contains(where: {
        $0.shape == .year && words.longestMatch(phrases($0).nouns, at: w + 2) != nil
      })
    // "from ten clubs in its first season": the season or year it began in.
    let firstSeason = words.words[w].key == "in" && words.words[w + 2].key == "first"
      && w + 3 < words.words.count && words.words[w + 3].range.end <= clause.end
      && DocumentClaimReader.firstPeriods.contains(words.words[w + 3].key)
    guard atFounding || firstSeason else { return nil }
    if let sentence = sentenceIndex(holding: clause.start).map({ document.sentences[$0].range }),
      let y = inside(document.quantities, sentence, { $0.range }).first(where: {
        $0.kind == .year && isWritten($0.range) && $0.range.end <= offset
          && isFoundingYear($0, sentence)
      })?.low
    {
      return Int(checked: y)
    }
    let fixed = compiled.yearAttributes
    return claims.last(where: { fixed.contains($0.attribute) })?.value.low.flatMap { Int(checked: $0) }
  }

  /// The founding year a value is dated by when "when it was set up" (at most two words after the
  /// value and its unit, no punctuation between, "when", a pronoun, up to two more words and a
  /// founding verb with no year after it) follows it: the year a founding phrase earlier in the
  /// sentence names.
  func foundingYear(
    whenFoundedAfter value: Quantity, _ clause: TextRange, _ sentenceIndex: Int
  ) -> Int? {
    let first = words.index(atOrAfter: value.range.end)
    var when: Int?
    for w in first..<min(first + 3, words.words.count)
    where words.words[w].range.end <= clause.end {
      if isPunctuationBetween(value.range.end, words.words[w].range.start) { break }
      if words.words[w].key == "when" { when = w; break }
    }
    guard let when, when + 2 < words.words.count,
      ["it", "they"].contains(words.words[when + 1].key)
    else { return nil }
    for k in (when + 2)...(when + 4)
    where k < words.words.count && words.words[k].range.end <= clause.end {
      guard let n = words.longestMatch(compiled.foundingTriggers, at: k) else { continue }
      // "when it was set up in 2009" dates itself (read elsewhere).
      if k + n < words.words.count, words.words[k + n].key == "in",
        !isPunctuationBetween(words.words[k + n - 1].range.end, words.words[k + n].range.start)
      {
        return nil
      }
      let sentence = document.sentences[sentenceIndex].range
      return inside(document.quantities, sentence, { $0.range }).first(where: {
        $0.kind == .year && isWritten($0.range) && $0.range.end <= value.range.start
          && isFoundingYear($0, sentence)
      })?.low.flatMap { Int(checked: $0) }
    }
    return nil
  }

  /// Nouns of the first period of a body's life ("in its first season").
  static let firstPeriods: Set<String> = ["season", "year", "edition"]

  /// The year in "in YEAR" right after an offset, inside the clause.
  func yearRightAfter(_ offset: Int, _ clause: TextRange, _ quantities: [Quantity]) -> Int? {
    let w = words.index(atOrAfter: offset)
    guard w + 1 < words.words.count, words.words[w].key == "in" || words.words[w].key == "by",
      words.words[w].range.start - offset <= 2, words.words[w + 1].range.end <= clause.end
    else { return nil }
    let start = words.words[w + 1].range.start
    return quantities.first { $0.kind == .year && $0.range.start == start }?.value.flatMap { Int(checked: $0) }
  }
}
