import CrosscheckCore

/// Money and measures, and the amounts that are no body's budget, revenue or spending: prices,
/// wages, grants, results, deals, what visitors spend.
extension DocumentClaimReader {
  /// Money and measures: an amount of the right kind with a trigger word of the attribute in the
  /// clause ("a budget of $4.2 billion", "the city covers 1,200 square kilometres"). Each amount
  /// goes to the attribute whose trigger is nearest to it.
  mutating func readAmounts(
    _ spec: AttributeSpec, _ clause: TextRange, _ sentence: TextRange, _ sentenceIndex: Int,
    _ mentions: [EntityMention], _ quantities: [Quantity], _ clauseWords: Range<Int>
  ) {
    for var q in quantities {
      switch spec.shape {
      case .money:
        if q.kind != .money, let amount = moneyWithoutCurrency(q) { q = amount }
        guard q.kind == .money else { continue }
      case .measure: guard q.kind == .measure, let unit = q.unit, (spec.quantityUnits ?? []).contains(unit) else { continue }
      default: continue
      }
      // "Revenue. The order is the same: 418 million pounds for Quarrystone in 2024, ...".
      if spec.shape == .money, triggerDistance(spec, to: q, clauseWords) == nil,
        let owner = headedAmountOwner(spec, q, clause, sentenceIndex, mentions)
      {
        add(spec, subject: owner, value: q, unit: q.unit, clause: clause, sentence: sentence,
          sentenceIndex: sentenceIndex, quantities: quantities, rule: spec.shape.rawValue)
        continue
      }
      guard let distance = triggerDistance(spec, to: q, clauseWords) ?? unitOnlyDistance(spec, q)
      else { continue }
      // Another attribute of the same shape with a nearer trigger takes the amount.
      let nearer = lexicon.attributes.contains { other in
        other.name != spec.name && other.shape == spec.shape
          && (triggerDistance(other, to: q, clauseWords).map { $0 < distance } ?? false)
      }
      if nearer { continue }
      if spec.shape == .money, isStockAmount(q, clauseWords, closerThan: distance) { continue }
      if growthPartner.contains(q.range.start) { continue }
      if spec.shape == .money, isSpendingOfAGroup(q, clauseWords) { continue }
      // A measure read by its unit alone: "grow mustard on 3,000 hectares" says where, and "A
      // standard plot of 250 square metres rents for ..." describes a thing the sentence opens
      // with, not a named subject.
      if spec.shape == .measure, triggerDistance(spec, to: q, clauseWords) == nil,
        isPlaceOfAnAction(q, clauseWords) || describesAnIndefiniteOpening(q, sentence)
      {
        continue
      }
      // "cut to 310,000 pounds in 2025 from 1.1 million pounds in 2010, and its income ...": the
      // amount after "from" is the earlier value of the change target, read with it, not one of
      // an attribute whose trigger only comes after.
      if isEarlierValueOfAChangeTarget(q, clause, quantities),
        !hasContext(spec, before: q.range.start, clause, [])
      {
        continue
      }
      if followsAgainst(q, clause, quantities),
        !hasContext(spec, before: q.range.start, clause, [])
      {
        continue
      }
      if spec.shape == .money, isPaidToAnother(q, clause) || buysWithIt(q, clause) { continue }
      // "runs a seven-hectare estate": a size joined to its unit by a hyphen after "a" describes
      // a thing the text does not name.
      if spec.shape == .measure, describesAnUnnamedThing(q) { continue }
      if spec.shape == .money, isPricePerUnit(q, clause) || isCostOfOneThing(q, clause)
        || isPriceOfADeal(q, clause) || describesAThing(spec, q, clause) || isResult(q, clause)
        || isDifference(q, clause) || isGrant(q, clause) || isSpentByOutsiders(q, clause)
        || isWage(q, clause) || spendsTimeBefore(q, clause) || isWorthOfAThing(q)
        || isPermittedLimit(q, clause) || isSpendingOnAPurpose(q, clause)
      {
        continue
      }
      guard let subject = budgetOwnerAfterFor(spec, q, clause, mentions)
        ?? frontedSubject(spec, q, clause, mentions)
        ?? chooseSubject(spec, valueStart: q.range.start, unitEnd: q.range.end, clause, mentions, [], sentenceIndex)
      else { continue }
      // "revenue fell from $5.2 billion in 2021 to $4.8 billion in 2022".
      if let growth = growthStatement(q, unitEnd: q.range.end, clause: clause, quantities: quantities) {
        for (value, year, basis) in growth {
          let time = year.map { TimeScope(year: $0, basis: basis) }
          add(spec, subject: subject, value: value, unit: value.unit ?? q.unit, time: time, clause: clause,
              sentence: sentence, sentenceIndex: sentenceIndex, quantities: quantities, rule: "growth")
        }
        continue
      }
      add(spec, subject: subject, value: q, unit: q.unit, clause: clause, sentence: sentence,
          sentenceIndex: sentenceIndex, quantities: quantities, rule: spec.shape.rawValue)
    }
  }

  /// "\"Our budget is 2.1 million pounds. Income was 2.3 million last year\"": a number in
  /// millions (or billions) with no unit, right after a word of money ("income was", "we
  /// spent", "a budget of") and not a part ("3 million of it"), in a paragraph that writes an
  /// amount in millions with its currency before it, is in that currency; `nil` for any other.
  func moneyWithoutCurrency(_ q: Quantity) -> Quantity? {
    let w = words.index(atOrAfter: q.range.start)
    let after = words.index(atOrAfter: q.range.end)
    guard q.kind == .cardinal, q.unit == nil, isInMillions(q),
      after >= words.words.count || words.words[after].key != "of",
      (max(0, w - 3)..<w).contains(where: { k in
        !isPunctuationBetween(words.words[k].range.end, q.range.start) && isMoneyWord(k)
      })
      // "Our budget for this year is 611 million": a word of money, a few words and "is".
      || w >= 1 && ["is", "was", "of", "at"].contains(words.words[w - 1].key)
        && (max(0, w - 6)..<(w - 1)).contains(where: { k in
          !isPunctuationBetween(words.words[k].range.end, q.range.start) && isMoneyWord(k)
        }),
      let paragraph = paragraph(holding: q.range.start)
    else { return nil }
    let inMillions = { (m: Quantity) in m.kind == .money && m.unit != nil && isInMillions(m) }
    if let amount = inside(document.quantities, paragraph, { $0.range }).last(where: {
      inMillions($0) && $0.range.end <= q.range.start
    }) {
      return Quantity(range: q.range, low: q.low, high: q.high, modifier: q.modifier, kind: .money, unit: amount.unit)
    }
    // "Our budget for this year is 611 million" in a transcript that names no currency at all:
    // an amount of money whose currency the text leaves unsaid.
    guard !document.quantities.contains(where: { $0.kind == .money && $0.unit != nil }) else { return nil }
    return Quantity(range: q.range, low: q.low, high: q.high, modifier: q.modifier, kind: .money, unit: nil)
  }

  /// "and we spent 1.95 million": a number with no unit right after a word that marks an amount
  /// of money ("spent", "income", "turnover") is that amount, no count.
  func isAmountOfAMoneyWord(_ q: Quantity) -> Bool {
    let w = words.index(atOrAfter: q.range.start)
    guard q.unit == nil, w > 0, !isPunctuationBetween(words.words[w - 1].range.end, q.range.start)
    else { return false }
    return isMoneyWord(w - 1)
  }

  /// Whether word `k` alone is a context word of an attribute of money ("income", "spent").
  func isMoneyWord(_ k: Int) -> Bool {
    compiled.moneyWords.contains(words.words[k].key)
  }

  /// Whether a number is written with "million" or "billion".
  func isInMillions(_ q: Quantity) -> Bool {
    let w = words.index(atOrAfter: q.range.start)
    return (w..<min(w + 4, words.words.count)).contains { k in
      words.words[k].range.end <= q.range.end && ["million", "billion"].contains(words.words[k].key)
    }
  }

  /// Whether "from" stands right before the amount `q`, and an amount of its kind before it in
  /// the clause follows "to" after a verb of change ("had been cut to 310,000 pounds in 2025 from
  /// 1.1 million pounds in 2010").
  func isEarlierValueOfAChangeTarget(_ q: Quantity, _ clause: TextRange, _ quantities: [Quantity]) -> Bool {
    let first = words.index(atOrAfter: q.range.start)
    guard first > 0, words.words[first - 1].key == "from" else { return false }
    return quantities.contains { other in
      other.kind == q.kind && other.range.end <= q.range.start && clause.holds(other.range.start)
        && isChangeTarget(other, clause)
    }
  }

  /// Whether the amount `q` is written as a compound adjective ("seven-hectare") right after "a"
  /// or "an", or after "the" before a name ("has bought the 640-acre Hatcher Ranch"). A unit
  /// joined to another word ("2.1 acre-feet") or followed by "per" ("per acre") is no area.
  func describesAnUnnamedThing(_ q: Quantity) -> Bool {
    if q.range.end < bytes.count, bytes[q.range.end] == UInt8(ascii: "-") { return true }
    let next = words.index(atOrAfter: q.range.end)
    if next < words.words.count, words.words[next].key == "per",
      !isPunctuationBetween(q.range.end, words.words[next].range.start)
    {
      return true
    }
    let first = words.index(atOrAfter: q.range.start)
    guard first > 0, bytes[q.range.start..<q.range.end].contains(UInt8(ascii: "-")) else { return false }
    if ["a", "an"].contains(words.words[first - 1].key) { return true }
    return words.words[first - 1].key == "the"
      && document.entities.contains { $0.range.start == q.range.end + 1 && $0.type != .date }
  }

  /// Whether "on" stands right before the amount `q` ("on about 3,000 hectares"; a hedge may
  /// stand between, as it is part of the quantity).
  func isPlaceOfAnAction(_ q: Quantity, _ clauseWords: Range<Int>) -> Bool {
    let first = words.index(atOrAfter: q.range.start)
    return first > clauseWords.lowerBound && words.words[first - 1].key == "on"
  }

  /// Whether the sentence opens with "A" or "An" and a noun phrase that holds the amount `q`
  /// before any name: "A standard plot of 250 square metres rents for ...".
  func describesAnIndefiniteOpening(_ q: Quantity, _ sentence: TextRange) -> Bool {
    let w = words.index(atOrAfter: sentence.start)
    guard w < words.words.count, ["a", "an"].contains(words.words[w].key),
      isUpperASCII(bytes[words.words[w].range.start]),
      !isPunctuationBetween(words.words[w].range.end, q.range.start)
    else { return false }
    let first = words.index(atOrAfter: q.range.start)
    return first - w <= 5
      && inside(document.entities, TextRange(sentence.start, q.range.start), { $0.range }).isEmpty
  }

  static let yearlyAfterPer: Set<String> = ["year", "annum"]

  /// "a levy of 12 euros per hectare", "fees, which rise to 40 euros for adults": an amount paid
  /// per unit, marked by the words after it or by a price noun and "of" or "at" right before it.
  /// "is spending 9 million euros on a new turbine": an amount spent on one thing is its cost,
  /// not a yearly budget or spending ("spends 11 million a year on roads" stays spending).
  /// "will spend 2 million this year building a depot": an amount followed by a gerund (after
  /// at most a "this year") is likewise the cost of one project.
  func isCostOfOneThing(_ q: Quantity, _ clause: TextRange) -> Bool {
    var after = words.index(atOrAfter: q.range.end)
    guard after < words.words.count, words.words[after].range.end <= clause.end,
      !isPunctuationBetween(q.range.end, words.words[after].range.start)
    else { return false }
    if after + 1 < words.words.count, words.words[after].key == "on",
      ["a", "an"].contains(words.words[after + 1].key), words.words[after + 1].range.end <= clause.end
    {
      return true
    }
    // "is spending 68 million euros to double the plant's capacity": an amount for a purpose.
    if after + 1 < words.words.count, words.words[after].key == "to",
      words.words[after + 1].range.end <= clause.end
    {
      let verb = words.words[after + 1]
      let first = bytes[verb.range.start]
      if first >= 0x61, first <= 0x7A, isPlainWord(verb.key), verb.key != "be",
        !DocumentClaimReader.notPurposeAfterTo.contains(verb.key), !verb.key.hasSuffix("s"),
        !document.quantities.contains(where: { $0.range.holds(verb.range.start) })
      {
        return true
      }
    }
    if after + 2 < words.words.count, ["this", "next"].contains(words.words[after].key),
      words.words[after + 1].key == "year"
    {
      after += 2
    }
    guard after < words.words.count, words.words[after].range.end <= clause.end,
      !isPunctuationBetween(q.range.end, words.words[after].range.start)
    else { return false }
    let key = words.words[after].key
    guard key.count > 5, key.hasSuffix("ing"), bytes[words.words[after].range.start] >= 0x61,
      !DocumentClaimReader.notGerunds.contains(key)
    else { return false }
    // "a $1.18 billion operating budget": a word in -ing before a money attribute's trigger
    // modifies that noun; it is no gerund of a project.
    let next = after + 1
    return !(next < words.words.count && words.words[next].range.end <= clause.end
      && lexicon.attributes.contains { $0.shape == .money && words.longestMatch(phrases($0).context, at: next) != nil })
  }

  /// Participles that give the cost of the thing before them ("a repair costing 6 million").
  static let costParticiples: Set<String> = ["costing", "valued", "priced"]

  /// "a 95-million-euro bypass", "a repair costing 6 million euros", "a ferry valued at 30
  /// million": an amount written as a compound adjective before a noun that is not one of the
  /// attribute's trigger words, or one after a participle of cost, is the price of one thing.
  func describesAThing(_ spec: AttributeSpec, _ q: Quantity, _ clause: TextRange) -> Bool {
    let at = words.index(atOrAfter: q.range.start)
    if at >= 1, DocumentClaimReader.costParticiples.contains(words.words[at - 1].key) {
      return true
    }
    if at >= 2, words.words[at - 1].key == "at",
      DocumentClaimReader.costParticiples.contains(words.words[at - 2].key)
    {
      return true
    }
    // "a broadcasting deal worth 12 million": "worth" after a noun (not after "was") gives the
    // value of one thing, unless that noun is one of the attribute's words ("sales worth ...").
    if at >= 2, words.words[at - 1].key == "worth", words.words[at - 2].range.start >= clause.start,
      !DocumentClaimReader.exclusionAuxiliaries.contains(words.words[at - 2].key),
      words.longestMatch(phrases(spec).context, at: at - 2) == nil,
      isPlainWord(words.words[at - 2].key), bytes[words.words[at - 2].range.start] >= 0x61
    {
      return true
    }
    // "a new deal with a Czech broadcaster is worth 7 million": after a copula, an unnamed
    // noun that is none of the attribute's words is the thing the amount values.
    if at >= 3, words.words[at - 1].key == "worth",
      ["is", "was", "are", "were"].contains(words.words[at - 2].key),
      words.words[at - 3].range.start >= clause.start,
      words.longestMatch(phrases(spec).context, at: at - 3) == nil,
      isPlainWord(words.words[at - 3].key), bytes[words.words[at - 3].range.start] >= 0x61,
      !document.entities.contains(where: { $0.range.holds(words.words[at - 3].range.start) })
    {
      return true
    }
    guard q.range.end < bytes.count, document.text.slice(q.range).contains("-") else {
      return false
    }
    let next = words.index(atOrAfter: q.range.end)
    guard next < words.words.count, words.words[next].range.end <= clause.end,
      words.words[next].range.start == q.range.end + 1, bytes[q.range.end] == UInt8(ascii: " ")
    else { return false }
    let first = bytes[words.words[next].range.start]
    guard first >= 0x61, first <= 0x7A else { return false }
    return words.longestMatch(phrases(spec).context, at: next) == nil
  }

  /// Words after "N euros to" that are no verb of a purpose ("paid 2 million to the council").
  static let notPurposeAfterTo: Set<String> = [
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "each",
    "every", "all", "some", "date", "about", "around", "nearly", "almost", "more", "over",
  ]

  /// Words ending in "-ing" that are no gerund of a project ("including 3 million for ...").
  static let notGerunds: Set<String> = ["including", "during", "excluding", "according", "regarding"]

  /// "bought the mill for 3 million euros in 1990", "sold its ferry arm for 40 million": an
  /// amount after "for", with a verb of buying or selling at most six words before, is a price.
  func isPriceOfADeal(_ q: Quantity, _ clause: TextRange) -> Bool {
    let at = words.index(atOrAfter: q.range.start)
    guard at >= 1, words.words[at - 1].key == "for" else { return false }
    // "bought a 60 percent stake in the firm in 2019 for 25 million": the bought thing may be long.
    return wordsBefore(q, in: clause, atMost: 12).dropLast().contains {
      compiled.purchaseVerbs.contains(words.words[$0].key)
    }
  }

  /// The indices of the last `n` words of `clause` before the value `q` (fewer at the clause's start).
  func wordsBefore(_ q: Quantity, in clause: TextRange, atMost n: Int) -> Range<Int> {
    let at = words.index(atOrAfter: q.range.start)
    return min(at, max(words.index(atOrAfter: clause.start), at - n))..<at
  }

  /// "Its revenue was 388 million euros, and it made a profit of 19 million euros": an amount
  /// right after a noun of a result ("profit", "loss", "deficit") and "of" or "was" is that
  /// result, whatever trigger stands nearest.
  func isResult(_ q: Quantity, _ clause: TextRange) -> Bool {
    let at = words.index(atOrAfter: q.range.start)
    guard at >= 2, words.words[at - 2].range.start >= clause.start,
      ["of", "was", "were", "is", "are"].contains(words.words[at - 1].key),
      !isPunctuationBetween(words.words[at - 2].range.end, q.range.start)
    else { return false }
    return compiled.resultNouns.contains(words.words[at - 2].key)
  }

  /// "its endowment now stands at about $48 million", "reserves of £6.4 million, equal to two
  /// months of spending": a noun of money held, before the amount in its clause and nearer to it
  /// than the attribute's trigger (`distance` words away), makes the amount a stock.
  func isStockAmount(_ q: Quantity, _ clauseWords: Range<Int>, closerThan distance: Int) -> Bool {
    let at = words.index(atOrAfter: q.range.start)
    return clauseWords.contains { w in
      w < at && at - w < distance && at - w <= 6 && compiled.stockNouns.contains(words.words[w].key)
        && !isPunctuationBetween(words.words[w].range.end, q.range.start)
    }
  }

  /// "spent 117 million euros, 8 million euros more than budgeted": an amount right before "more
  /// than" or "less than" is a difference between two amounts, not either of them.
  func isDifference(_ q: Quantity, _ clause: TextRange) -> Bool {
    let after = words.index(atOrAfter: q.range.end)
    guard after + 1 < words.words.count, words.words[after + 1].range.end <= clause.end,
      !isPunctuationBetween(q.range.end, words.words[after].range.start),
      DocumentClaimReader.differenceWords.contains(words.words[after].key)
    else { return false }
    return words.words[after + 1].key == "than"
  }

  static let differenceWords: Set<String> = ["more", "less", "fewer", "higher", "lower"]

  /// "still gives the network 1.1 million pounds a year", "has donated more than 2 million to the
  /// trust", "pays the operator 11 million euros": an amount a verb of giving governs (a verb of
  /// paying only with a payee between them), within six words and no punctuation, leaves the
  /// subject; "was granted 3 million" is the subject's own, received, and "paid out 4 million"
  /// the subject's own spending.
  func isGrant(_ q: Quantity, _ clause: TextRange) -> Bool {
    for k in wordsBefore(q, in: clause, atMost: 6).reversed() {
      if isPunctuationBetween(words.words[k].range.end, q.range.start) { return false }
      guard compiled.grantVerbs.contains(words.words[k].key)
        || compiled.paymentVerbs.contains(words.words[k].key) && hasPayee(afterVerb: k, before: q)
      else { continue }
      return k == 0 || !DocumentClaimReader.passiveAuxiliaries.contains(words.words[k - 1].key)
    }
    return false
  }

  /// Whether the words between the verb at word `k` and `q` (a hedge before `q` aside) are a
  /// payee: a name ("pays Harbour Ferries 2 million") or a possessive or "the" and one to three
  /// lowercase words ("pays the operator", "paid its staff").
  func hasPayee(afterVerb k: Int, before q: Quantity) -> Bool {
    var end = words.index(atOrAfter: q.range.start)
    if end - 1 > k, DocumentClaimReader.approximators.contains(words.words[end - 1].key) { end -= 1 }
    guard end - 1 > k else { return false }
    let first = words.words[k + 1], last = words.words[end - 1]
    // The name may follow "the" ("pays the Harbour Board 2 million").
    let nameStart = first.key == "the" && k + 2 < end ? words.words[k + 2].range.start : first.range.start
    if inside(document.entities, TextRange(first.range.start, last.range.end), { $0.range })
      .contains(where: { m in
        m.range.end == last.range.end
          && (m.range.start == first.range.start || m.range.start == nameStart)
      })
    {
      return true
    }
    return DocumentClaimReader.payeeDeterminers.contains(first.key) && (2...4).contains(end - k - 1)
      && (k + 2..<end).allSatisfy { isPlainWord(words.words[$0].key) }
  }

  static let payeeDeterminers: Set<String> = ["the", "its", "their", "his", "her", "our"]

  static let passiveAuxiliaries: Set<String> = ["was", "were", "is", "are", "be", "been", "being"]

  /// "museum visitors spend about 41 million pounds a year in local shops": an amount within
  /// four words after people outside the subject (visitors, passengers) is what they spend.
  func isSpentByOutsiders(_ q: Quantity, _ clause: TextRange) -> Bool {
    // "visitors to the railway spent an estimated 5 million pounds": up to eight words back,
    // with no punctuation between.
    let before = wordsBefore(q, in: clause, atMost: 8)
    // "carried 4 million passengers and had revenue of ...": counted outsiders are the object
    // of the subject's first verb; the subject's second verb holds the amount.
    func secondVerbAfter(_ k: Int) -> Bool {
      let start = words.words[k].range.start
      guard inside(document.quantities, TextRange(max(0, start - 40), start), { $0.range })
        .contains(where: { start - $0.range.end <= 1 && $0.kind == .cardinal })
      else { return false }
      return before.contains { j in
        j > k && j + 1 < words.words.count && words.words[j].key == "and"
          && ["had", "has", "have", "earned", "earns", "reported", "posted", "made", "makes",
            "generated", "booked", "recorded", "took", "spent", "spends"].contains(words.words[j + 1].key)
      }
    }
    if before.contains(where: { k in
      compiled.outsideSpenders.contains(words.words[k].key) && !secondVerbAfter(k)
        && (!isPunctuationBetween(words.words[k].range.end, q.range.start)
          // "summer visitors, who spent an estimated 3 million pounds": a relative clause of theirs.
          || k + 1 < words.words.count && words.words[k + 1].key == "who"
            && bytes[words.words[k].range.end..<words.words[k + 1].range.start].elementsEqual(", ".utf8)
            && !isPunctuationBetween(words.words[k + 1].range.end, q.range.start))
    }) {
      return true
    }
    // "About 9,000 holidaymakers took boats out, and they spent 2 million pounds": "they" before
    // the amount points back to the outsiders named before it in the sentence.
    // "Some 23,000 visitors came last year, spending an estimated 3.1 million pounds": a
    // participle after a comma has the sentence's subject before it.
    let participle = before.last(where: { k in
      k > 0 && DocumentClaimReader.spendingParticiples.contains(words.words[k].key)
        && bytes[words.words[k - 1].range.end..<words.words[k].range.start].elementsEqual(", ".utf8)
    })
    guard let they = before.last(where: { words.words[$0].key == "they" }) ?? participle,
      !isPunctuationBetween(words.words[they].range.end, q.range.start)
    else { return false }
    var k = they - 1
    while k >= 0, k >= they - 25 {
      let gap = bytes[words.words[k].range.end..<words.words[k + 1].range.start]
      if gap.contains(where: DocumentClaimReader.sentenceStops.contains) { return false }
      if compiled.outsideSpenders.contains(words.words[k].key) { return true }
      k -= 1
    }
    return false
  }

  static let spendingParticiples: Set<String> = ["spending", "paying"]

  /// Bytes that end a sentence, for walks back that must stay inside one.
  static let sentenceStops: Set<UInt8> = [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), 0x0A]

  /// "a newly qualified nurse earns 2,950 euros a month", "A junior clerk at the bank earns
  /// 31,000 euros": an amount at most three words after a verb of pay, whose subject opens with
  /// "a" or "an" at most eight words before it with no punctuation between, is one person's wage.
  func isWage(_ q: Quantity, _ clause: TextRange) -> Bool {
    let before = wordsBefore(q, in: clause, atMost: 3)
    guard let verb = before.last(where: { compiled.earningVerbs.contains(words.words[$0].key) }),
      !isPunctuationBetween(words.words[verb].range.end, q.range.start)
    else { return false }
    var k = verb - 1
    while k >= 0, k >= verb - 8, words.words[k].range.start >= clause.start {
      if isPunctuationBetween(words.words[k].range.end, words.words[verb].range.start) { return false }
      if ["a", "an"].contains(words.words[k].key) { return true }
      k -= 1
    }
    return false
  }

  /// "Clubs may spend no more than 95,000 pounds a season": an upper bound after a verb of
  /// permission ("may", "can", "must", "allowed", "permitted") is a rule's cap, not what anyone
  /// spent, earned or budgeted.
  func isPermittedLimit(_ q: Quantity, _ clause: TextRange) -> Bool {
    guard q.modifier == .atMost || q.modifier == .lessThan else { return false }
    return wordsBefore(q, in: clause, atMost: 4).contains { k in
      DocumentClaimReader.permissionWords.contains(words.words[k].key)
        // "May" with a capital is the month.
        && bytes[words.words[k].range.start] >= 0x61
    }
  }

  static let permissionWords: Set<String> = ["may", "can", "must", "allowed", "permitted"]

  /// "the club had spent the summer raising 45,000 pounds": a verb of spending whose object is a
  /// stretch of time spends the time, and the amount after it is raised or earned, not spent.
  func spendsTimeBefore(_ q: Quantity, _ clause: TextRange) -> Bool {
    let before = wordsBefore(q, in: clause, atMost: 8)
    return before.contains { k in
      guard ["spent", "spend", "spends", "spending"].contains(words.words[k].key),
        k + 2 < words.words.count, words.words[k + 2].range.end <= q.range.start,
        !isPunctuationBetween(words.words[k].range.end, q.range.start)
      else { return false }
      let next = words.words[k + 1].key
      // "our spending last year" is no verb of spending a stretch of time.
      let noun = ["the", "a", "an", "most", "much", "all"].contains(next)
        ? words.words[k + 2].key : next
      return DocumentClaimReader.timeNouns.contains(noun)
    }
  }

  /// "Spending on agency nurses fell to 23.8 million pounds", "Spending on exploration: $96
  /// million": the noun of spending with "on" names a part of what a body spends, not its
  /// spending. (The verb with "on" does not: labels of "spent 1.2 billion on operations" and of
  /// "spent 38 million on research" disagree.)
  func isSpendingOnAPurpose(_ q: Quantity, _ clause: TextRange) -> Bool {
    let at = words.index(atOrAfter: q.range.start)
    var w = words.index(atOrAfter: clause.start)
    while w + 1 < at {
      if words.words[w].key == "spending", words.words[w + 1].key == "on" { return true }
      w += 1
    }
    return false
  }

  /// Stretches of time a verb of spending can take as its object ("spent the summer").
  static let timeNouns: Set<String> = [
    "summer", "winter", "spring", "autumn", "fall", "year", "years", "month", "months", "week",
    "weeks", "day", "days", "decade", "decades", "season", "weekend", "time", "morning",
    "evening", "night", "nights",
  ]

  func isPricePerUnit(_ q: Quantity, _ clause: TextRange) -> Bool {
    let after = words.index(atOrAfter: q.range.end)
    if after < words.words.count, words.words[after].range.end <= clause.end,
      words.longestMatch(compiled.perUnitPhrases, at: after) != nil
    {
      let isPer = words.words[after].key == "per"
      let next = after + 1 < words.words.count ? words.words[after + 1].key : ""
      if !isPer || !DocumentClaimReader.yearlyAfterPer.contains(next) { return true }
    }
    // "paid 61,000 euros a year in membership fees": fees the amount is paid in.
    var k = after
    if k + 1 < words.words.count, ["a", "per"].contains(words.words[k].key),
      DocumentClaimReader.yearlyAfterPer.contains(words.words[k + 1].key)
    {
      k += 2
    }
    if k < words.words.count, words.words[k].key == "in", words.words[k].range.end <= clause.end,
      !isPunctuationBetween(q.range.end, words.words[k].range.start)
    {
      var n = k + 1
      while n < words.words.count, n <= k + 3, words.words[n].range.end <= clause.end,
        isPlainWord(words.words[n].key)
      {
        if compiled.priceNouns.contains(words.words[n].key) { return true }
        n += 1
      }
    }
    // "a levy of 12 euros", "tickets at 30 euros": the price noun governs the amount; "ticket
    // revenue reached 390 million" and "revenue from port fees reached ..." name no price.
    // "a subscription costs 20 euros": what a priced thing costs.
    let at = words.index(atOrAfter: q.range.start)
    if costsOfAPricedThing(at) { return true }
    guard at >= 2, words.words[at - 2].range.start >= clause.start,
      ["of", "at", "costs", "cost"].contains(words.words[at - 1].key)
    else { return false }
    return compiled.priceNouns.contains(words.words[at - 2].key)
  }

  static let costVerbs: Set<String> = ["cost", "costs", "costing", "priced"]
  static let priceHedges: Set<String> = [
    "between", "about", "around", "from", "up", "to", "only", "just", "some", "roughly",
  ]

  /// "tickets, which cost between 18 and 95 euros", "fares cost about 30 euros": a cost verb
  /// (hedges after it) whose subject, right before it or before "which", is a price noun.
  func costsOfAPricedThing(_ at: Int) -> Bool {
    var c = at - 1
    while c > 0, c >= at - 3, DocumentClaimReader.priceHedges.contains(words.words[c].key) { c -= 1 }
    guard c >= 1, DocumentClaimReader.costVerbs.contains(words.words[c].key),
      !isPunctuationBetween(words.words[c].range.end, words.words[at].range.start)
    else { return false }
    var n = c - 1
    if ["which", "that"].contains(words.words[n].key), n >= 1 { n -= 1 }
    return compiled.priceNouns.contains(words.words[n].key)
  }

  /// "At about 1,400 sq km, Kestrel Park is ...": a value in a short opening phrase (at most two
  /// words before it) describes the name right after the comma that closes the phrase.
  func frontedSubject(
    _ spec: AttributeSpec, _ q: Quantity, _ clause: TextRange, _ mentions: [EntityMention]
  ) -> (EntityMention, String)? {
    let first = words.index(atOrAfter: clause.start)
    guard words.index(atOrAfter: q.range.start) - first <= 2,
      !mentions.contains(where: { $0.range.end <= q.range.start }),
      q.range.end + 2 < clause.end, bytes[q.range.end] == UInt8(ascii: ","),
      let m = mentions.first(where: { $0.range.start > q.range.end }),
      gapIsArticle(q.range.end + 1, m.range.start), isSubjectCandidate(m, spec, [])
    else { return nil }
    return (m, basis(of: m))
  }

  /// A distance beyond any trigger's for a measure whose unit no other attribute accepts: "at
  /// 1,040 square kilometres" is an area with no word saying so. `nil` for any other value.
  func unitOnlyDistance(_ spec: AttributeSpec, _ q: Quantity) -> Int? {
    guard spec.shape == .measure, let unit = q.unit, (spec.quantityUnits ?? []).contains(unit),
      !lexicon.attributes.contains(where: {
        $0.name != spec.name && ($0.quantityUnits ?? []).contains(unit)
      })
    else { return nil }
    return Int.max / 2
  }

  /// How many words lie between the value and the nearest trigger word of the attribute in the
  /// clause, or `nil` when the clause has none.
  func triggerDistance(_ spec: AttributeSpec, to q: Quantity, _ clauseWords: Range<Int>) -> Int? {
    let context = phrases(spec).context
    guard !context.isEmpty else { return nil }
    let at = words.index(atOrAfter: q.range.start)
    var best: Int?
    for w in clauseWords where words.longestMatch(context, at: w) != nil {
      // "Operating income rose to $112 million": a result, whose last word is no trigger here.
      if w > clauseWords.lowerBound, let n = words.longestMatch(compiled.resultPhrases, at: w - 1),
        n >= 2
      {
        continue
      }
      let d = abs(w - at)
      if d < (best ?? Int.max) { best = d }
    }
    return best
  }

  /// "students spend about 180 million pounds a year in local shops", "soldiers and their
  /// families spend an estimated 9 million crowns": money that people named by a plural common
  /// noun spend is no body's spending.
  func isSpendingOfAGroup(_ q: Quantity, _ clauseWords: Range<Int>) -> Bool {
    guard let n = wordBeforeVerb(of: q, ["spend", "spends", "spent"], clauseWords) else { return false }
    let noun = words.words[n]
    let first = bytes[noun.range.start]
    guard first >= 0x61, first <= 0x7A, noun.key.count > 3, noun.key.hasSuffix("s"), !noun.key.hasSuffix("ss"),
      isPlainWord(noun.key)
    else { return false }
    return !document.entities.contains { $0.range.holds(noun.range.start) }
  }

  /// The index of the word right before one of `verbs` that governs `q` ("students *spend*
  /// about 180 million", "member companies *employ* some 310,000": the verb, then only
  /// ``amountApproximators``, then the value), with no punctuation between that word and the
  /// verb; nil otherwise.
  func wordBeforeVerb(of q: Quantity, _ verbs: Set<String>, _ clauseWords: Range<Int>) -> Int? {
    var v = words.index(atOrAfter: q.range.start) - 1
    while v > clauseWords.lowerBound, DocumentClaimReader.amountApproximators.contains(words.words[v].key) { v -= 1 }
    guard v > clauseWords.lowerBound, verbs.contains(words.words[v].key),
      !isPunctuationBetween(words.words[v - 1].range.end, words.words[v].range.start)
    else { return nil }
    return v - 1
  }

  /// Words that may stand between a verb and its amount ("spend an estimated 9 million"): the
  /// approximators and the words of "an estimated", "more than", "just over".
  static let amountApproximators = approximators.union(["an", "estimated", "more", "than", "just"])
}
