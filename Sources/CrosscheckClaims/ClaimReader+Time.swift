import CrosscheckCore
import Foundation

/// Time scopes of claims, and the claims themselves as the stage emits them.
extension DocumentClaimReader {
  /// The year the heading of a block of lines names ("The year in numbers (2024)", "KEY FIGURES
  /// (year to 31 December 2024)"): the block's first line when it holds no colon, else a heading
  /// of one short line right above the block. `nil` without a heading or with two years in it.
  func yearOfBlockHeading(above offset: Int) -> Int? {
    let first = blockFirstLine(around: offset)
    var heading = first
    var last = first.end
    while last > first.start, bytes[last - 1] == 0x20 { last -= 1 }
    // "2024 at a glance:" over its rows: a first line whose one colon ends it is the heading.
    let colonEndsIt = last > first.start && bytes[last - 1] == UInt8(ascii: ":")
      && bytes[first.start..<(last - 1)].firstIndex(of: UInt8(ascii: ":")) == nil && offset >= first.end
    if !colonEndsIt, bytes[first.start..<first.end].contains(UInt8(ascii: ":")) {
      guard first.start >= 2, bytes[first.start - 2] == 10 else { return nil }
      heading = line(around: first.start - 2)
      // A heading is a paragraph of its own: the line above it is blank or the text's start.
      guard heading.start < 2 || bytes[heading.start - 2] == 10,
        heading.end > heading.start, bytes[heading.end - 1] != UInt8(ascii: ".")
      else { return nil }
    }
    guard heading.end - heading.start <= 80, heading.start < offset else { return nil }
    // "2023 and 2024": a heading of two years dates no row.
    let years = Set(yearsInLabel(heading))
    return years.count == 1 ? years.first : nil
  }

  /// The year of the line that introduces a list of "Name - value" rows ("Main army formations,
  /// personnel at 31 December 2024:"), when the value ends a row that a dash opens and the list's
  /// block comes right after that line (a blank line may stand between). `nil` when the line
  /// names no year or two.
  /// Rows labelled by a name and a colon ("Valmora Coast Guard: 2,140 staff, budget $188 million")
  /// count too, under a paragraph whose last sentence ends in a colon ("... last year. The
  /// figures for 2025 are worth reading slowly:"); only that sentence is read.
  func yearOfListIntro(row value: Quantity) -> Int? {
    if rowLabel(before: value.range.start) != nil {
      guard isLaterFieldOfARow(value) else { return nil }
    } else {
      // The value ends its line (a space may follow): checked before the line is looked for.
      var end = value.range.end
      if end < bytes.count, bytes[end] == 0x20 { end += 1 }
      guard end == bytes.count || bytes[end] == 10 else { return nil }
      let row = line(around: value.range.start)
      guard let dash = dashBefore(value.range.start, from: row.start), dash > row.start else { return nil }
    }
    var above = blockFirstLine(around: value.range.start)
    guard above.start >= 1 else { return nil }
    above = line(around: above.start - 1)
    if above.start == above.end, above.start >= 1 { above = line(around: above.start - 1) }
    guard above.end > above.start, bytes[above.end - 1] == UInt8(ascii: ":") else { return nil }
    if let i = sentenceIndex(holding: above.end - 1) {
      above = TextRange(max(above.start, document.sentences[i].range.start), above.end)
    }
    guard above.end - above.start <= 160 else { return nil }
    let years = Set(yearsInLabel(above))
    return years.count == 1 ? years.first : nil
  }

  /// Whether a verb of saying and then "you" stand before `offset` in the clause, three words
  /// apart at most ("critics say you have", "people claim that you").
  func saysOfTheOneAddressed(before offset: Int, _ clause: TextRange) -> Bool {
    var w = words.index(atOrAfter: clause.start)
    while w + 1 < words.words.count, words.words[w].range.end <= offset {
      if ["say", "says", "said", "claim", "claims", "suggest", "suggests"].contains(words.words[w].key) {
        for k in (w + 1)...min(w + 3, words.words.count - 1) where words.words[k].range.end <= offset {
          if words.words[k].key == "you" { return true }
        }
      }
      w += 1
    }
    return false
  }

  /// The name right before ", a" when `value` counts an appositive noun ("Skarholm, a town of
  /// 18,500"), if the name is a place or of no known kind.
  func nameBeforeAppositiveNoun(of value: Quantity, _ spec: AttributeSpec) -> EntityMention? {
    guard isValueOfAnAppositiveNoun(value), let (article, _) = indefiniteNoun(before: "of", value: value) else {
      return nil
    }
    let start = words.words[article].range.start
    guard start >= 2, bytes[(start - 2)..<start].elementsEqual(", ".utf8),
      let m = document.entities.last(where: { m in
        m.range.end == start - 2 && (m.type == .place || m.type == .other) && m.basis != .demonym
          && spec.subjectTypes.contains(m.type)
      })
    else { return nil }
    // "Velloc, the capital of Ebrenia, a city of 1.4 million": a name after "of" is inside an
    // apposition before this one.
    let at = words.index(atOrAfter: m.range.start)
    if at > 0, words.words[at - 1].key == "of" { return nil }
    // "Wexley Township, a community of 9,400" beside "Wexley Township Library": the place as
    // written, not the longer body the tagger read it as short for.
    let written = String(document.text.slice(m.range))
    if m.type == .other, m.basis == .name, m.canonical != written {
      return EntityMention(range: m.range, canonical: written, type: .place, basis: m.basis)
    }
    return m
  }

  /// Whether a value stands in a row a label and a colon open ("Redhollow Energy: 21.7 percent;
  /// 1,140 employees"), with no year between the colon and it: "Revenue: €214.7 million (2023:
  /// €198.3 million)" dates what follows the year by it.
  func isLaterFieldOfARow(_ value: Quantity) -> Bool {
    guard let label = rowLabel(before: value.range.start) else { return false }
    return !inside(document.quantities, TextRange(label.end, value.range.start), { $0.range }).contains {
      $0.kind == .year
    }
  }

  /// The offset of the last " - ", " – " or " — " between `start` and `offset`, if any.
  func dashBefore(_ offset: Int, from start: Int) -> Int? {
    var k = offset - 1
    while k > start {
      if bytes[k] == UInt8(ascii: " "), k >= start + 2 {
        let b = bytes[k - 1]
        if b == UInt8(ascii: "-"), bytes[k - 2] == UInt8(ascii: " ") { return k - 1 }
        // "–" (E2 80 93) and "—" (E2 80 94).
        if k >= start + 4, b == 0x93 || b == 0x94, bytes[k - 2] == 0x80, bytes[k - 3] == 0xE2,
          bytes[k - 4] == UInt8(ascii: " ")
        {
          return k - 3
        }
      }
      k -= 1
    }
    return nil
  }

  func timeScope(_ clause: TextRange, value: Quantity, sentenceIndex: Int, quantities: [Quantity], valueIsTime: Bool) -> TimeScope {
    // "- Spending 2022: 371 million euros": a fact-box row whose label holds a year.
    if !valueIsTime, let label = rowLabel(of: value.range.start), let year = yearInLabel(label) {
      return TimeScope(year: year, basis: "explicit")
    }
    // "The year in numbers (2024) / - Staff at 31 December: 204": a row under a heading that
    // names one year holds for that year.
    if !valueIsTime, rowLabel(of: value.range.start) != nil || isLaterFieldOfARow(value),
      let year = yearOfBlockHeading(above: value.range.start)
    {
      return TimeScope(year: year, basis: "explicit")
    }
    // "Main formations, personnel at 31 December 2024: / Northern Brigade - 4,850": a row of a
    // list that a line ending in a colon introduces holds in the one year that line names.
    if !valueIsTime, let year = yearOfListIntro(row: value) {
      return TimeScope(year: year, basis: "explicit")
    }
    // A year written right after the value dates it ("1,650 in 2021", "6,000 two years ago").
    if !valueIsTime, let year = attachedYear(to: value, clause, quantities), let y = year.low {
      return TimeScope(year: countedBackFromNow(year) ?? Int(checked: y), basis: isWritten(year.range) ? "explicit" : "relative")
    }
    // "rose to 212 million pounds, up from 196 million pounds a year earlier": a year before the
    // value read just before it in the sentence, when no year was written to count from.
    if !valueIsTime, yearEarlier(after: value, clause),
      let base = claims.last(where: { $0.sentence.contains(clause) && $0.span.end <= value.range.start }),
      let year = base.time.year
    {
      return TimeScope(year: year - 1, basis: "relative")
    }
    // "founded in 2008 with eight teams": the count at the founding.
    if !valueIsTime, let founding = foundingYearWith(value, clause, quantities) {
      return TimeScope(year: founding, basis: "explicit")
    }
    // "Set up in 2019, it employs 412 staff, up from 260 when it was set up": the year of the
    // founding named before in the sentence.
    if !valueIsTime, let founding = foundingYear(whenFoundedAfter: value, clause, sentenceIndex) {
      return TimeScope(year: founding, basis: "context")
    }
    let published = document.metadata.published?.year
    // "In 1961 Halloran became the fourth member of the alliance, which now has 37 members":
    // "now" or "today" right before the value dates it at the publication, whatever year the
    // sentence wrote before.
    // (In a timeline's row, "now" is the row's year: "1948 - Hallbrook now employs 1,200".)
    if !valueIsTime, let published, saysNow(before: value.range.start, clause),
      timelineYear(at: value.range.start) == nil
    {
      return atPublication(published)
    }
    // "The 59-member city council will vote on our plan in May", "whose 21 councillors voted
    // last year": a count that describes its body (a compound before the noun, or after "whose"
    // or a possessive) tells its size now, not at the time of what the clause tells, unless the
    // clause writes a year.
    if !valueIsTime, let published, describesItsBody(value), timelineYear(at: value.range.start) == nil,
      !quantities.contains(where: { $0.kind == .year && clause.holds($0.range.start) && isWritten($0.range) })
    {
      return atPublication(published)
    }
    let relative = relativeClauses(in: clause)
    let valueRelative = relative.first { $0.holds(value.range.start) }
    // "Halvorsen & Lind, a firm with 85 staff, bought into it in 2006": a value in an apposition
    // describes the name now; the main clause's year dates what the name did.
    let clauseMentions = Array(inside(document.entities, clause) { $0.range })
    let aside = valueIsTime
      ? nil : appositiveAsides(in: clause, clauseMentions).first { $0.holds(value.range.start) }
    // "has 31 teams, down from 40 in 2016, and the Upper Lyde League folded in 2019": a clause
    // joined after the value with a subject of its own keeps its years ("employs 140 people, and
    // its revenue last year was ...").
    let joined = valueIsTime ? nil : namedSubjectAfterAnd(from: value.range.end, clause, possessive: true)
    let years = quantities.filter { y in
      if let aside, !aside.holds(y.range.start) { return false }
      if let joined, y.range.start >= joined { return false }
      return y.kind == .year && y.range != value.range && !y.range.overlaps(value.range)
        && !isFoundingYear(y, clause)
        && !datesAnotherNumber(y, quantities, value: value, clause)
        // A relative clause keeps its years to itself ("Iceland, which has 390,000 people, may
        // apply next year"), and a value inside one takes only its years.
        && (valueRelative.map { r in r.holds(y.range.start) } ?? !relative.contains { r in r.holds(y.range.start) })
        // A year after the publication, not written next to the value, is a plan, not its date.
        && !(published.map { p in (y.low ?? 0) > Double(p) && !isWritten(y.range) } ?? false)
        && !isTargetYear(y, published: published) && !isComparisonYear(y) && !isSinceYear(y, value)
        && !datesAnEvent(y, value) && !opensPresentClause(from: y.range.end, to: value.range.start)
        && !isInRelativeClauseAfter(value, y) && !isInJoinedPastClause(value, y)
        && !datesATrailingEvent(y, after: value)
    }
    let dated = inside(document.entities, clause) { $0.range }
      .filter { m in
        m.type == .date && !m.range.overlaps(value.range) && (aside?.holds(m.range.start) ?? true)
      }
      .filter { !opensPresentClause(from: $0.range.end, to: value.range.start) }
      .compactMap { m in PartialDate(iso: m.canonical).map { date in (date.year, m.range) } }
    let candidates = years.compactMap { q in q.low.flatMap { Int(checked: $0) }.map { ($0, q.range) } } + dated
    // "It had revenue of $3.1 billion in 2017 and spent $410 million": the second value of the
    // same coordinated statement shares the first one's year.
    if candidates.isEmpty, let shared = sharedYear(value, clause, quantities) {
      return TimeScope(year: shared, basis: "explicit")
    }
    if let nearest = candidates.min(by: { abs($0.1.start - value.range.start) < abs($1.1.start - value.range.start) }) {
      // The numbers stage resolves "last year" and "16 years ago" to years: not written ones.
      let written = isWritten(nearest.1)
      let isDate = dated.contains { $0.1 == nearest.1 }
      return TimeScope(year: nearest.0, basis: written || isDate ? "explicit" : "relative")
    }
    // "1995 - Eleven constabularies merged; 6,940 officers": a timeline row's year dates the
    // whole row.
    if !valueIsTime, let year = timelineYear(at: value.range.start) {
      return TimeScope(year: year, basis: "explicit")
    }
    // "Sales reached 1.37 million pounds in the year to March": a year that ends in a month.
    if !valueIsTime, let year = yearToMonth(in: clause) {
      return TimeScope(year: year, basis: "relative")
    }
    var w = words.index(atOrAfter: clause.start)
    while w < words.words.count, words.words[w].range.end <= clause.end {
      // "Lenna, which joined in 2019, became its fifth member that year": a year written earlier
      // in the same sentence comes first.
      if words.longestMatch(compiled.contextTimeWords, at: w) != nil {
        let sentence = document.sentences[sentenceIndex].range
        let before = TextRange(sentence.start, words.words[w].range.start)
        if !valueIsTime, let year = yearToMonth(in: before) {
          return TimeScope(year: year, basis: "relative")
        }
        if !valueIsTime, let year = inside(document.quantities, before, { $0.range }).last(where: {
          $0.kind == .year && isWritten($0.range) && $0.range != value.range
        })?.low {
          return TimeScope(year: Int(checked: year), basis: "context")
        }
      }
      if words.longestMatch(compiled.contextTimeWords, at: w) != nil, sentenceIndex > 0 {
        let previous = document.sentences[sentenceIndex - 1].range
        if let year = inside(document.quantities, previous, { $0.range }).last(where: { $0.kind == .year })?.low {
          return TimeScope(year: Int(checked: year), basis: "context")
        }
        // "Brackford, a city of 212,000 people at the time": the year may stand further back.
        if let year = yearOfEarlierSentences(sentenceIndex - 1, back: 2) {
          return TimeScope(year: year, basis: "context")
        }
      }
      w += 1
    }
    if !valueIsTime, let year = foundingYearOfTheBeginning(clause) {
      return TimeScope(year: year, basis: "context")
    }
    // "Dravo, a village of 2,300 people, held its first market last month": a value in an
    // apposition is not dated by the main clause's relative time either.
    if let year = relativeYear(
      aside ?? presentPartBeforeAPastAnd(clause, value: value) ?? clause, sentenceIndex: sentenceIndex,
      quantities: quantities)
    {
      return TimeScope(year: year, basis: "relative")
    }
    // "became its 14th contributor in November" in an article of February: the latest November
    // before the publication.
    if let published = document.metadata.published, let month = published.month,
      let named = monthWithoutYear(near: value, in: clause), named > month
    {
      return TimeScope(year: published.year - 1, basis: "relative")
    }
    // "As at 31 December the company employed 1,962 people" in an article of February.
    if let published = document.metadata.published, let month = published.month,
      let named = reportingMonth(in: clause), named > month
    {
      return TimeScope(year: published.year - 1, basis: "relative")
    }
    if !valueIsTime, let year = yearOfCoordinatedValue(value, sentenceIndex) {
      return TimeScope(year: year, basis: "context")
    }
    // "Revenue rose to 4.12 billion" in the results for 2024, published in February 2025: what
    // a results article tells in the past tense holds in the year it reports on.
    // So does a row of its fact box ("- Total income: EUR 612.4 million").
    if !valueIsTime, let year = reportingYear,
      saysInThePast(clause, before: value.range.start) || rowLabel(of: value.range.start) != nil
    {
      return TimeScope(year: year, basis: "context")
    }
    // "Total income was 9.2 million pounds" in an article of January: money told in the past
    // tense in the first quarter of a year, with no time of its own, is the takings or spending
    // of the year just ended (up to March: the tuned sets gained 12 right claims and lost none;
    // up to April they lost one more than they gained).
    if !valueIsTime, value.kind == .money, let published = document.metadata.published,
      let month = published.month, month <= 3, saysInThePast(clause, before: value.range.start)
    {
      return TimeScope(year: published.year - 1, basis: "context")
    }
    if let published = document.metadata.published {
      return atPublication(published.year)
    }
    return TimeScope(year: nil, basis: "unknown")
  }

  /// Whether "now" or "today" stands at most five words before `offset` in the clause, with no
  /// number between ("which now counts 640 members", "now a commuter town of 18,000").
  func saysNow(before offset: Int, _ clause: TextRange) -> Bool {
    let at = words.index(atOrAfter: offset)
    var w = at - 1
    while w >= 0, at - w <= 5, words.words[w].range.start >= clause.start {
      let key = words.words[w].key
      // "by now with 11 members" tells of the time just told.
      if key == "now" || key == "today" { return w == 0 || words.words[w - 1].key != "by" }
      if let b = key.utf8.first, b >= 0x30, b <= 0x39 { return false }
      w -= 1
    }
    return false
  }

  /// The year of a dated value read before this one in the sentence, when this one continues the
  /// same account: a past verb after "and" ("spent 3.6 million pounds in 2025, ..., and earned
  /// 410,000 pounds", "Last year's budget was 574,000 pounds, and the union spent 587,000
  /// pounds"), or "against" a planned amount ("spent 127 million francs in 2025 against a budget
  /// of 121 million francs"). A value with no year of its own tells of that same period.
  func yearOfCoordinatedValue(_ value: Quantity, _ sentenceIndex: Int) -> Int? {
    let sentence = document.sentences[sentenceIndex].range
    // The value before: one read already with its year, or one a written year follows ("127
    // million francs in 2025") when its attribute is read after this one.
    let read = claims.last(where: {
      $0.sentence == sentence && $0.span.end <= value.range.start
        && ($0.time.basis == "explicit" || $0.time.basis == "relative")
        && !compiled.yearAttributes.contains($0.attribute)
    }).flatMap { c in
      c.time.year.map { (end: c.span.end, year: $0, written: c.time.basis == "explicit") }
    }
    let sentenceQuantities = Array(inside(document.quantities, sentence) { $0.range })
    let dated = sentenceQuantities.last(where: {
      $0.kind != .year && $0.range.end <= value.range.start
    }).flatMap { q -> (end: Int, year: Int, written: Bool)? in
      guard let y = attachedYear(to: q, sentence, sentenceQuantities), isWritten(y.range),
        y.range.end <= value.range.start, let low = y.low, let year = Int(checked: low)
      else { return nil }
      return (end: y.range.end, year: year, written: true)
    }
    guard let base = [read, dated].compactMap({ $0 }).max(by: { $0.end < $1.end })
    else { return nil }
    let year = base.year
    let first = words.index(atOrAfter: value.range.start)
    let from = words.index(atOrAfter: base.end)
    guard first > from, first < words.words.count else { return nil }
    // "against a budget of": the planned amount of the period the value before was spent in.
    if first >= 4, first - 4 >= from, words.words[first - 1].key == "of",
      ["a", "an", "the", "its", "their"].contains(words.words[first - 3].key),
      words.words[first - 4].key == "against", isPlainWord(words.words[first - 2].key),
      !isPunctuationBetween(base.end, value.range.start), base.written
    {
      return year
    }
    // "..., and earned 410,000", "..., and the union spent 587,000": "and", at most two
    // lowercase words naming who, then a verb in the past tense right before the value.
    guard first >= 2, DocumentClaimReader.isPastVerb(words.words[first - 1].key),
      bytes[words.words[first - 1].range.start] >= 0x61
    else { return nil }
    let verb = first - 1
    guard let and = (max(from, verb - 3)..<verb).last(where: { words.words[$0].key == "and" }),
      ((and + 1)..<verb).allSatisfy({ k in
        bytes[words.words[k].range.start] >= 0x61 && isPlainWord(words.words[k].key)
          && !compiled.presentVerbs.contains(words.words[k].key)
          && !DocumentClaimReader.adverbs.contains(words.words[k].key)
      }),
      !isPunctuationBetween(words.words[and].range.end, value.range.start),
      !quantities(between: base.end, value.range.start)
    else { return nil }
    return year
  }

  /// Irregular verbs in the past tense that state an amount ("spent", "paid", "had").
  static let irregularPastVerbs: Set<String> = [
    "spent", "paid", "had", "made", "sold", "took", "got", "gave", "lost", "won", "grew", "rose",
    "fell", "kept", "brought", "built", "ran", "was", "were", "bought", "drew", "held", "met",
  ]

  /// Verbs in the past tense that tell an amount through another verb or a preposition ("came
  /// to 1.63 billion crowns", "saw revenue rise to", "stood at").
  static let pastVerbsOfAnAmount: Set<String> = ["came", "saw", "stood"]

  /// Words that, next to the year before the publication's, say the article reports on that
  /// year's results ("results for the year ended 31 December 2024", "full-year 2024", "2024
  /// annual report", "Annual Report and Accounts 2024").
  static let reportingWords: Set<String> = [
    "results", "full", "annual", "financial", "fiscal", "ended", "accounts",
    // "publishes 2024 facts and figures", "2024 in numbers", "the 2024 calendar year".
    "figures", "numbers", "calendar",
    // "Census 2024: Valmerra passes 2.4 million residents", published in February 2025.
    "census",
  ]

  /// Words that, within four words of the year before the publication's, say the article tells
  /// the results of a census, which come out many months after its day ("on census day, 15
  /// October 2024", "the first detailed release from the 2024 count").
  static let censusWords: Set<String> = ["census", "count"]

  /// The year a results article reports on: the year before its publication, when its headline
  /// or its opening sentence writes that year next to (within three words of) a word of results
  /// in the first half of a year, or next to (within four words of) a census at any time.
  static func reportingYear(of document: Document, words: LowerWords) -> Int? {
    guard let published = document.metadata.published, let month = published.month else { return nil }
    let target = String(published.year - 1)
    func reports(_ keys: [String]) -> Bool {
      keys.indices.contains { k in
        guard keys[k] == target else { return false }
        if month <= 6, keys[max(0, k - 3)...min(keys.count - 1, k + 3)].contains(where: reportingWords.contains) {
          return true
        }
        return keys[max(0, k - 4)...min(keys.count - 1, k + 4)].contains(where: censusWords.contains)
      }
    }
    if let title = document.metadata.title, reports(LowerWords(title).words.map(\.key)) { return published.year - 1 }
    let opening = document.sentences.dropFirst(document.bodyStart).prefix(1)
    guard let first = opening.first else { return nil }
    let keys = inside(words.words, first.range, { $0.range }).map(\.key)
    return reports(Array(keys)) ? published.year - 1 : nil
  }

  /// Whether the clause tells the value in the past: its last verb before the value is in the
  /// past tense ("revenue rose to", "had revenue of"), not the present ("employs", "has").
  func saysInThePast(_ clause: TextRange, before offset: Int) -> Bool {
    var past = false
    var w = words.index(atOrAfter: clause.start)
    while w < words.words.count, words.words[w].range.end <= offset {
      let key = words.words[w].key
      if ["is", "are", "has", "have", "employs", "holds", "counts", "now", "today", "currently"].contains(key)
        || compiled.presentVerbs.contains(key)
      {
        past = false
      } else if DocumentClaimReader.isPastVerb(key) || DocumentClaimReader.pastVerbsOfAnAmount.contains(key) {
        past = true
      }
      w += 1
    }
    return past
  }

  /// Whether a word is a verb in the past tense: a regular one ending in "ed" or an irregular one.
  static func isPastVerb(_ key: String) -> Bool {
    key.utf8.count > 4 && key.hasSuffix("ed") || irregularPastVerbs.contains(key)
  }

  /// "Dunmere has 40,000 residents, many in villages that lost their school a decade ago": a year
  /// after a comma that follows the value, inside a clause opened by a relative word, dates what
  /// that clause tells, not the value.
  func isInRelativeClauseAfter(_ value: Quantity, _ y: Quantity) -> Bool {
    guard y.range.start > value.range.end else { return false }
    // "a country of 8.2 million people that joined the alliance in 1979": a relative clause
    // right after a count's noun, its verb in the past, tells of another time than the count's.
    let next = words.index(atOrAfter: value.range.end)
    if value.kind != .money, value.kind != .year {
      for k in next..<min(next + 3, words.words.count) where words.words[k].range.end <= y.range.start {
        guard DocumentClaimReader.relativeOpeners.contains(words.words[k].key) else { continue }
        if k + 1 < words.words.count, words.words[k + 1].range.end <= y.range.start,
          !isPunctuationBetween(value.range.end, words.words[k].range.start),
          DocumentClaimReader.isPastVerb(words.words[k + 1].key)
        {
          return true
        }
        break
      }
    }
    guard let comma = bytes[value.range.end..<y.range.start].firstIndex(of: UInt8(ascii: ","))
    else { return false }
    var w = words.index(atOrAfter: comma)
    while w < words.words.count, words.words[w].range.end <= y.range.start {
      if DocumentClaimReader.relativeOpeners.contains(words.words[w].key)
        || DocumentClaimReader.originParticiples.contains(words.words[w].key),
        bytes[words.words[w].range.start] >= 0x61
      {
        return true
      }
      w += 1
    }
    return false
  }

  /// "runs the region's longest tide-gauge record, dating back to 1862", "seven old ore
  /// carriers, the oldest of them built in 1974": after a comma that follows the value, a
  /// participle of origin opens a phrase whose year dates another thing than the value.
  static let originParticiples: Set<String> = [
    "built", "dating", "constructed", "erected", "opened", "founded", "established",
  ]

  static let relativeOpeners: Set<String> = ["that", "which", "who", "whom", "whose", "where"]

  /// "Osterby has 41,000 inhabitants and last hosted the congress in 2011": a year after "and"
  /// and a verb in the past tense (an adverb may come between) dates that second predicate, not
  /// the value before it.
  func isInJoinedPastClause(_ value: Quantity, _ y: Quantity) -> Bool {
    guard y.range.start > value.range.end else { return false }
    var w = words.index(atOrAfter: value.range.end)
    while w + 1 < words.words.count, words.words[w + 1].range.end <= y.range.start {
      if words.words[w].key == "and" {
        var k = w + 1
        if DocumentClaimReader.joinedAdverbs.contains(words.words[k].key), k + 1 < words.words.count,
          words.words[k + 1].range.end <= y.range.start
        {
          k += 1
        }
        let verb = words.words[k].key
        if verb.count > 4, verb.hasSuffix("ed"), bytes[words.words[k].range.start] >= 0x61,
          !quantities(between: value.range.end, words.words[k].range.start)
        {
          return true
        }
      }
      w += 1
    }
    return false
  }

  static let joinedAdverbs: Set<String> = ["last", "also", "later", "then", "first", "once", "previously", "recently"]

  /// Whether a number other than a year stands between two offsets.
  func quantities(between start: Int, _ end: Int) -> Bool {
    inside(document.quantities, TextRange(start, end), { $0.range }).contains { $0.kind != .year }
  }

  /// "Last year's extension, which added ..., has brought the park to 1,410 km2": a year that
  /// owns a noun ("'s") dates that event; a value behind a comma is the state it left.
  func datesAnEvent(_ y: Quantity, _ value: Quantity) -> Bool {
    guard y.range.end + 2 <= value.range.start, bytes[y.range.end] == UInt8(ascii: "'"),
      bytes[y.range.end + 1] == UInt8(ascii: "s")
    else { return false }
    return bytes[y.range.end..<value.range.start].contains(UInt8(ascii: ","))
  }

  /// The time of the publication's year, with the basis its date was read with ("estimate" when
  /// the date was estimated from the text).
  func atPublication(_ year: Int) -> TimeScope {
    TimeScope(year: year, basis: document.metadata.publishedBasis == "estimate" ? "estimate" : "published")
  }

  /// Whether a count describes the body it belongs to inside a noun phrase: "the 59-member
  /// council", "whose 21 councillors", "the council's 42 councillors".
  func describesItsBody(_ value: Quantity) -> Bool {
    // "the mission's 31st contributor", "its fourth member": an ordinal dates a joining.
    let written = String(decoding: bytes[value.range.start..<min(value.range.end, bytes.count)], as: UTF8.self)
      .lowercased()
    let digitThenLetter = written.first?.isNumber == true && written.last?.isLetter == true
    if digitThenLetter || ["th", "first", "second", "third"].contains(where: written.hasSuffix) { return false }
    if value.range.end + 1 < bytes.count, bytes[value.range.end] == UInt8(ascii: "-"),
      let next = words.words.first(where: { $0.range.start == value.range.end + 1 }),
      ["member", "strong", "seat", "nation", "country", "state"].contains(next.key)
    {
      return true
    }
    let v = words.index(atOrAfter: value.range.start)
    guard v > 0 else { return false }
    let before = words.words[v - 1]
    return before.key == "whose"
      || before.key == "s" && before.range.start > 0 && bytes[before.range.start - 1] == UInt8(ascii: "'")
  }

  /// "Ilmaranta has 428,000 residents and spent much of last November under water": a value
  /// after a verb in the present tense is not dated by a relative time in a coordinated clause in
  /// the past after it; the part of the clause before that "and", or nil when there is none.
  func presentPartBeforeAPastAnd(_ clause: TextRange, value: Quantity) -> TextRange? {
    let v = words.index(atOrAfter: value.range.start)
    guard v > 0, (max(0, v - 2)..<v).contains(where: { compiled.presentVerbs.contains(words.words[$0].key) })
    else { return nil }
    var w = words.index(atOrAfter: value.range.end)
    while w + 1 < words.words.count, words.words[w + 1].range.end <= clause.end {
      if words.words[w].key == "and", DocumentClaimReader.isPastVerb(words.words[w + 1].key) {
        return TextRange(clause.start, words.words[w].range.start)
      }
      w += 1
    }
    return nil
  }

  /// Words that open a phrase telling of an event after a value ("has 12 members, following a
  /// reduction agreed in 2024", "has had four members since Pelland Hydro joined in 2019").
  static let eventOpeners: Set<String> = ["following", "since", "after", "until"]

  /// Whether year `y`, after the value, dates an event told in a phrase of its own that a verb
  /// in the present tense before the value leaves outside the value's time: "The board has 12
  /// members, following a reduction agreed in 2024" holds at the publication. A year right after
  /// an opener ("since 2019") is no event of its own and is read elsewhere.
  func datesATrailingEvent(_ y: Quantity, after value: Quantity) -> Bool {
    guard y.range.start > value.range.end else { return false }
    let v = words.index(atOrAfter: value.range.start)
    guard (max(0, v - 3)..<v).contains(where: { compiled.presentVerbs.contains(words.words[$0].key) }),
      !(max(0, v - 3)..<v).contains(where: { DocumentClaimReader.isPastVerb(words.words[$0].key) && words.words[$0].key != "had" })
    else { return false }
    var w = words.index(atOrAfter: value.range.end)
    let last = words.index(atOrAfter: y.range.start)
    while w < last - 1 {
      if Self.eventOpeners.contains(words.words[w].key) { return true }
      w += 1
    }
    return false
  }

  /// Whether "a year earlier", "a year before", "the year before" or "the previous year" follows
  /// a value (or its unit) and was resolved to no year by the numbers stage.
  func yearEarlier(after value: Quantity, _ clause: TextRange) -> Bool {
    var w = words.index(atOrAfter: value.range.end)
    if w < words.words.count, words.longestMatch(compiled.countUnits, at: w) != nil { w += 1 }
    guard w + 2 < words.words.count, words.words[w + 2].range.end <= clause.end,
      !isPunctuationBetween(value.range.end, words.words[w].range.start),
      !document.quantities.contains(where: { $0.kind == .year && $0.range.holds(words.words[w].range.start) })
    else { return false }
    let phrase = (w...(w + 2)).map { words.words[$0].key }
    return ["a", "the"].contains(phrase[0]) && phrase[1] == "year" && ["earlier", "before"].contains(phrase[2])
      || phrase == ["the", "previous", "year"] || phrase == ["the", "prior", "year"]
  }

  /// Whether a year's text is written in digits ("2021"), not resolved from words ("last year").
  func isWritten(_ range: TextRange) -> Bool {
    bytes[range.start..<range.end].contains { $0 >= 0x30 && $0 <= 0x39 }
      && !bytes[range.start..<range.end].contains { $0 == UInt8(ascii: " ") }
  }

  /// The year that follows a value within a few words of the same phrase: "1,650 in 2021", "900
  /// personnel at its peak in 2016", "412,000 three years earlier", "eight members last year".
  func attachedYear(to value: Quantity, _ clause: TextRange, _ quantities: [Quantity]) -> Quantity? {
    if let year = yearOfWhenClause(after: value, clause, quantities) { return year }
    guard let next = quantities.first(where: { $0.range.start >= value.range.end && $0.range != value.range }),
      next.kind == .year, next.range.end <= clause.end, !isPunctuationBetween(value.range.end, next.range.start)
    else { return nil }
    let between = words.index(atOrAfter: value.range.end)..<words.index(atOrAfter: next.range.start)
    guard between.count <= 5 else { return nil }
    if isWritten(next.range) {
      // A written year needs its preposition ("in 2021", "for 2023", "in fiscal 2025"), not
      // "founded 2001".
      guard let last = prepositionBeforeYear(between),
        ["in", "for", "by", "at", "of"].contains(words.words[last].key), !isFoundingYear(next, clause)
      else { return nil }
    }
    return next
  }

  /// Words that may stand between a preposition and its year: "in fiscal 2025", "for the
  /// financial year 2024", "in calendar 2024".
  static let yearNouns: Set<String> = ["fiscal", "financial", "calendar", "year", "the"]

  /// The last of the word indices `between` (the words before a year) that is no year noun.
  func prepositionBeforeYear(_ between: Range<Int>) -> Int? {
    var k = between.upperBound - 1
    while k >= between.lowerBound, Self.yearNouns.contains(words.words[k].key) { k -= 1 }
    return k >= between.lowerBound ? k : nil
  }

  /// "150 when the council first let it trade there in 2018": the year written in a "when" clause
  /// right after the value (or its unit), before any comma.
  func yearOfWhenClause(after value: Quantity, _ clause: TextRange, _ quantities: [Quantity]) -> Quantity? {
    let w = words.index(atOrAfter: value.range.end)
    guard let when = (w..<min(w + 2, words.words.count)).first(where: { words.words[$0].key == "when" }),
      words.words[when].range.end <= clause.end,
      !isPunctuationBetween(value.range.end, words.words[when].range.start),
      let year = quantities.first(where: {
        $0.kind == .year && $0.range.start >= words.words[when].range.end && $0.range.end <= clause.end
      }),
      isWritten(year.range), !isPunctuationBetween(words.words[when].range.end, year.range.start),
      words.index(atOrAfter: year.range.start) - when <= 14,
      !quantities.contains(where: {
        $0.kind != .year && $0.kind != .ordinal && $0.range.start > value.range.end
          && $0.range.end <= year.range.start
      })
    else { return nil }
    let before = words.index(atOrAfter: year.range.start) - 1
    return ["in", "by"].contains(words.words[before].key) ? year : nil
  }

  /// The founding year of "founded in 2008 with eight teams" or "founded in 1998 by four
  /// countries", for the count after "with" or "by".
  func foundingYearWith(_ value: Quantity, _ clause: TextRange, _ quantities: [Quantity]) -> Int? {
    var w = words.index(atOrAfter: value.range.start)
    // "established in 1998 by the four states of the southern shore".
    if w > 1, ["the", "its", "their", "just", "only"].contains(words.words[w - 1].key) { w -= 1 }
    guard w > 0, words.words[w - 1].key == "with" || words.words[w - 1].key == "by" else { return nil }
    return quantities.last(where: {
      $0.kind == .year && $0.range.end <= value.range.start && isFoundingYear($0, clause)
    })?.low.flatMap { Int(checked: $0) }
  }

  /// Phrases that name a source: from "according to" to the next comma or the clause's end.
  func attributionPhrases(in clause: TextRange) -> [TextRange] {
    var out: [TextRange] = []
    var w = words.index(atOrAfter: clause.start)
    while w + 1 < words.words.count, words.words[w + 1].range.end <= clause.end {
      if words.words[w].key == "according", words.words[w + 1].key == "to" {
        var end = words.words[w + 1].range.end
        while end < clause.end, bytes[end] != UInt8(ascii: ",") { end += 1 }
        out.append(TextRange(words.words[w].range.start, end))
      }
      w += 1
    }
    return out
  }

  /// Non-restrictive relative clauses: from ", which" (who, where) to the next comma or the end.
  func relativeClauses(in clause: TextRange) -> [TextRange] {
    var out: [TextRange] = []
    var w = words.index(atOrAfter: clause.start)
    while w < words.words.count, words.words[w].range.end <= clause.end {
      let start = words.words[w].range.start
      if ["which", "who", "whose", "where"].contains(words.words[w].key), start >= 2,
        bytes[start - 2] == UInt8(ascii: ",")
      {
        var end = start
        while end < clause.end, bytes[end] != UInt8(ascii: ",") { end += 1 }
        // "whose members include Arlo, Bede and the Corve Trust, was formed": a comma before a
        // name goes on with a list inside the relative clause, when an "and" closes that list.
        while end + 2 < clause.end, bytes[end + 1] == UInt8(ascii: " "),
          isUpperASCII(bytes[end + 2])
        {
          var next = end + 1
          while next < clause.end, bytes[next] != UInt8(ascii: ",") { next += 1 }
          guard next < clause.end, containsAnd(start, next)
          else { break }
          end = next
        }
        out.append(TextRange(start, end))
      }
      w += 1
    }
    return out
  }

  func isUpperASCII(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
  func isLetterASCII(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

  /// Whether " and " occurs between two offsets.
  func containsAnd(_ start: Int, _ end: Int) -> Bool {
    let and = Array(" and ".utf8)
    guard end - start >= and.count else { return false }
    return (start...(end - and.count)).contains { bytes[$0..<($0 + and.count)].elementsEqual(and) }
  }

  /// For a mention after a locative preposition ("at 12 Mill Road", "in Orva"): `.some(name)` with
  /// the name right before the preposition, `nil` when there is none; `.some(nil)` otherwise.
  /// Whether `m` follows "in", "across", "at" or "throughout" (over a list of names joined by
  /// "and") right after a lowercase word: "practices in England and Wales".
  func isPlaceOfTheObject(_ m: EntityMention) -> Bool {
    var w = words.index(atOrAfter: m.range.start) - 1
    var steps = 0
    while w > 0, steps < 6,
      words.words[w].key == "and" || bytes[words.words[w].range.start] < 0x61
    {
      w -= 1
      steps += 1
    }
    guard w > 0, ["in", "across", "at", "throughout"].contains(words.words[w].key),
      bytes[words.words[w - 1].range.start] >= 0x61,
      !isPunctuationBetween(words.words[w - 1].range.end, m.range.start)
    else { return false }
    return true
  }

  func locatedBy(_ m: EntityMention, _ mentions: [EntityMention]) -> EntityMention?? {
    var w = words.index(atOrAfter: m.range.start) - 1
    if w >= 0, let f = words.words[w].key.utf8.first, f >= 0x30 && f <= 0x39 { w -= 1 }
    guard w >= 0, ["at", "in", "on", "near"].contains(words.words[w].key),
      !bytes[words.words[w].range.end..<m.range.start]
        .contains(where: { $0 != UInt8(ascii: " ") && $0 < 0x30 })
    else { return .some(nil) }
    let p = words.words[w].range.start
    guard let named = mentions.last(where: { $0.range.end + 1 == p }) else { return nil }
    return .some(named)
  }

  /// A number after "by" that follows a change verb within three words ("shrank by 400", "rose
  /// sharply by 12 percent"), or a percentage right after a change verb ("shares fell 4
  /// percent"): the size of the change.
  /// "carried by 211 votes to 64", "voted 412 to 97": the numbers of a vote count votes, not
  /// anything a subject has.
  func isVoteTally(_ q: Quantity) -> Bool {
    guard q.kind == .cardinal else { return false }
    let w = words.index(atOrAfter: q.range.start)
    let next = words.index(atOrAfter: q.range.end)
    if next < words.words.count, ["votes", "vote"].contains(words.words[next].key) { return true }
    guard w >= 2 else { return false }
    let before = words.words[w - 1].key
    if ["voted", "voting"].contains(before) { return true }
    guard ["to", "against"].contains(before) else { return false }
    let other = words.words[w - 2].key
    if ["votes", "vote"].contains(other) { return true }
    // "voted 412 to 97": a number after "voted" and before "to".
    return w >= 3 && other.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 || $0 == 0x2C })
      && ["voted", "voting"].contains(words.words[w - 3].key)
  }

  /// "will add 35 engineers this year, taking its headcount to 210": the total a change still to
  /// come would bring, no value held. The participle's sentence says what is to come before it
  /// ("will", "is to", "plans").
  func isProjectedTotal(_ q: Quantity, _ sentence: TextRange) -> Bool {
    guard q.kind != .year else { return false }
    var w = words.index(atOrAfter: q.range.start)
    if w > 0, DocumentClaimReader.approximators.contains(words.words[w - 1].key) { w -= 1 }
    guard w > 1, words.words[w - 1].key == "to" else { return false }
    guard let p = (max(0, w - 6)..<(w - 1)).last(where: {
      DocumentClaimReader.totalParticiples.contains(words.words[$0].key)
    }),
      words.words[p].range.start > sentence.start
    else { return false }
    var k = words.index(atOrAfter: sentence.start)
    while k < p {
      let key = words.words[k].key
      if key == "will" || key == "ll" || key == "plans" || key == "shall"
        || (key == "to" && k > 0 && ["is", "are"].contains(words.words[k - 1].key))
      {
        return true
      }
      k += 1
    }
    return false
  }

  /// Participles that bring a total to a value ("taking its headcount to 210").
  static let totalParticiples: Set<String> = ["taking", "bringing", "raising", "lifting", "pushing", "boosting"]

  /// Nouns and adjectives after an ordinal that make it count occasions ("the first time").
  static let occasionWords: Set<String> = ["time", "times", "year", "season", "consecutive", "straight", "successive"]

  func isChangeAmount(_ q: Quantity) -> Bool {
    guard q.kind != .year else { return false }
    let w = words.index(atOrAfter: q.range.start)
    if q.kind == .percent, w >= 1, !isPunctuationBetween(words.words[w - 1].range.end, q.range.start) {
      let key = words.words[w - 1].key
      if compiled.growthVerbs.contains(key) || compiled.declineVerbs.contains(key) { return true }
    }
    // "growing by about 150,000 a year": a hedge may stand between "by" and the number.
    var b = w
    if b > 1, DocumentClaimReader.approximators.contains(words.words[b - 1].key) { b -= 1 }
    // "an increase of 3,510 on the previous year", "a net loss of 400 members": a noun of change
    // before "of" gives the size of the change.
    if b > 2, words.words[b - 1].key == "of",
      DocumentClaimReader.changeNouns.contains(words.words[b - 2].key),
      ["a", "an", "net"].contains(words.words[b - 3].key)
    {
      return true
    }
    // "The Skarn brigade is short of about 600 soldiers": what a body lacks ("just short of
    // 10,000" is nearly that many, and stays).
    if b > 3, words.words[b - 1].key == "of", words.words[b - 2].key == "short",
      ["is", "are", "was", "were", "remains", "remained", "still"].contains(words.words[b - 3].key)
    {
      return true
    }
    // "Sable Prairie lost 400 members last year", "the county gained 6,100 residents": a count a
    // verb of losing or gaining governs is what came or went.
    if q.kind != .percent, b > 0, DocumentClaimReader.gainLossVerbs.contains(words.words[b - 1].key),
      !isPunctuationBetween(words.words[b - 1].range.end, q.range.start)
    {
      return true
    }
    guard b > 1, words.words[b - 1].key == "by" else { return false }
    return (max(0, b - 4)..<(b - 1)).contains {
      let key = words.words[$0].key
      return compiled.growthVerbs.contains(key) || compiled.declineVerbs.contains(key)
    }
  }

  /// Verbs whose object is a number that came or went ("lost 400 members", "shed 1,200 jobs").
  static let gainLossVerbs: Set<String> = [
    "lost", "lose", "loses", "losing", "gained", "gain", "gains", "gaining", "shed", "sheds",
    "shedding",
  ]

  /// Nouns of a change, whose "of" gives its size ("an increase of 3,510").
  static let changeNouns: Set<String> = [
    "increase", "rise", "gain", "growth", "jump", "fall", "drop", "decrease", "decline", "loss",
    "reduction", "cut", "shortfall", "shortage", "deficit",
  ]

  /// "the harbour master, Ana Ruiz, 54, said", "said its founder, Lars Berg, 61.": a small whole
  /// number set off by a comma right after a name of two capitalized words, and closed by
  /// punctuation, is the age of the person named.
  func isAgeAfterName(_ q: Quantity) -> Bool {
    guard q.kind == .cardinal, let low = q.low, q.high == low, low >= 1, low < 120,
      q.range.end - q.range.start <= 3, q.range.start >= 2,
      bytes[q.range.start - 2] == UInt8(ascii: ","), bytes[q.range.start - 1] == UInt8(ascii: " "),
      bytes[q.range.start..<q.range.end].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
    else { return false }
    let closers: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";")]
    guard q.range.end < bytes.count, closers.contains(bytes[q.range.end]) else { return false }
    let w = words.index(atOrAfter: q.range.start)
    guard w >= 2 else { return false }
    let last = words.words[w - 1], first = words.words[w - 2]
    return last.range.end == q.range.start - 2 && first.range.end + 1 == last.range.start
      && isUpperASCII(bytes[last.range.start]) && isUpperASCII(bytes[first.range.start])
  }

  /// Whether "we", "our" or "us" stands between two offsets.
  func saysWe(from start: Int, to end: Int) -> Bool {
    words.contains(DocumentClaimReader.firstPerson, from: start, to: end)
  }

  /// Whether a name is a person's: tagged as one, or followed somewhere by an age set off by
  /// commas ("Marta Lind, 46, a former sprinter").
  func isPerson(_ m: EntityMention) -> Bool {
    if m.type == .person { return true }
    let e = m.range.end
    guard e + 4 < bytes.count, bytes[e] == UInt8(ascii: ","), bytes[e + 1] == UInt8(ascii: " ")
    else { return false }
    var i = e + 2
    while i < bytes.count, i - e - 2 < 3, bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
    return i > e + 2 && i < bytes.count && bytes[i] == UInt8(ascii: ",")
  }

  /// "has had 40 members since 2019", "has seen its population fall since 2011": a year after
  /// "since" starts a period; it does not date the present value.
  /// "since 2015, when it had six members" still dates the value in its "when" clause.
  /// "its highest number since the early 1990s": "since" may stand before a decade's article
  /// and adjective.
  func isSinceYear(_ y: Quantity, _ value: Quantity) -> Bool {
    var w = words.index(atOrAfter: y.range.start)
    while w > 1, w >= words.index(atOrAfter: y.range.start) - 2,
      ["the", "early", "late", "mid"].contains(words.words[w - 1].key)
    {
      w -= 1
    }
    guard w > 0, words.words[w - 1].key == "since" else { return false }
    let when = Array(", when ".utf8)
    return !(value.range.start > y.range.end && y.range.end + when.count <= bytes.count
      && bytes[y.range.end..<(y.range.end + when.count)].elementsEqual(when))
  }

  /// Appositions and participle phrases after a name, closed by a comma before the clause goes
  /// on ("Kestrel Mining, the owner of two pits near Orlen, employs ..."; "Vantor, based in
  /// Lisk, has ..."): the names inside describe the name before them and are not the subject.
  func appositiveAsides(in clause: TextRange, _ mentions: [EntityMention]) -> [TextRange] {
    func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    let comma = UInt8(ascii: ","), space = UInt8(ascii: " ")
    var out: [TextRange] = []
    // "The Rapid Force (RF), the pact's joint force, has ...": a bracketed acronym may close the
    // name before the comma.
    let close = UInt8(ascii: ")")
    // "By the time I joined in March 1996, the force had grown to 310": a date takes no apposition.
    for m in mentions where m.range.end + 3 < clause.end && m.range.start >= clause.start && m.type != .date {
      let e = bytes[m.range.end] == close ? m.range.end + 1 : m.range.end
      guard bytes[e] == comma, bytes[e + 1] == space else { continue }
      let w = words.index(atOrAfter: e)
      guard w + 1 < words.words.count, words.words[w].range.start == e + 2
      else { continue }
      let opener = words.words[w]
      let participle = opener.key.hasSuffix("ed")
        && ["in", "by", "at", "near", "on", "from", "outside"].contains(words.words[w + 1].key)
      // "Ilmaranta, Suvelia's second-largest city, has ...": a name's possessive and a lowercase
      // noun phrase describe the name before, as "the ..." does.
      var end = opener.range.end
      if isLower(bytes[opener.range.start]) {
        guard ["the", "a", "an"].contains(opener.key) || participle else { continue }
      } else {
        guard let owner = mentions.first(where: { $0.range.start == e + 2 }),
          owner.type != .date, owner.type != .person, ownsALowercaseNoun(owner)
        else { continue }
        end = owner.range.end
      }
      while end + 1 < clause.end, !(bytes[end] == comma && bytes[end + 1] == space) { end += 1 }
      let next = words.index(atOrAfter: end)
      guard end + 1 < clause.end, next < words.words.count,
        words.words[next].range.end <= clause.end, isLower(bytes[words.words[next].range.start]),
        !["and", "or"].contains(words.words[next].key)
      else { continue }
      out.append(TextRange(opener.range.start, end))
    }
    return out
  }

  /// "last year" and "N years ago" against the publication year; "N years later" against the year
  /// in the sentence before (or earlier in this one).
  static let monthNames: [String: Int] = [
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
  ]

  /// The month of "in November" in the clause (a capitalized month name after "in", with no day
  /// or year after it) with no punctuation between it and the value, if any.
  func monthWithoutYear(near value: Quantity, in clause: TextRange) -> Int? {
    let first = words.index(atOrAfter: clause.start)
    var w = first
    while w + 1 < words.words.count, words.words[w + 1].range.end <= clause.end {
      let phrase = TextRange(words.words[w].range.start, words.words[w + 1].range.end)
      let between = phrase.end <= value.range.start
        ? (phrase.end, value.range.start) : (value.range.end, max(value.range.end, phrase.start))
      // "In October, Cleaveland Homes became the group's fifth member": a month opening the
      // clause before a comma dates all of it.
      let fronted = w == first && phrase.end < value.range.start && bytes[phrase.end] == UInt8(ascii: ",")
      if words.words[w].key == "in",
        let month = DocumentClaimReader.monthNames[words.words[w + 1].key],
        fronted || !isPunctuationBetween(between.0, between.1),
        isUpperASCII(bytes[words.words[w + 1].range.start]),
        !(w + 2 < words.words.count && words.words[w + 2].range.end <= clause.end
          && !isPunctuationBetween(words.words[w + 1].range.end, words.words[w + 2].range.start)
          && words.words[w + 2].key.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } == true)
      {
        return month
      }
      w += 1
    }
    return nil
  }

  func relativeYear(_ clause: TextRange, sentenceIndex: Int, quantities: [Quantity]) -> Int? {
    let published = document.metadata.published?.year
    var w = words.index(atOrAfter: clause.start)
    while w < words.words.count, words.words[w].range.end <= clause.end {
      let key = words.words[w].key
      // Expressions the numbers stage resolved were weighed (and perhaps set aside) already.
      if quantities.contains(where: { $0.kind == .year && $0.range.holds(words.words[w].range.start) }) {
        w += 1
        continue
      }
      // "When it closed last month" in a January article: December of the year before.
      if key == "month", w > 0, words.words[w - 1].key == "last", let date = document.metadata.published,
        let month = date.month
      {
        return month == 1 ? date.year - 1 : date.year
      }
      // "rose to 1,214,600 last July" in a May article: the July of the year before; "last
      // March" in a May article: this year's.
      if let month = DocumentClaimReader.monthNames[key], w > 0, words.words[w - 1].key == "last",
        isUpperASCII(bytes[words.words[w].range.start]), let date = document.metadata.published,
        let published = date.month
      {
        return month >= published ? date.year - 1 : date.year
      }
      if key == "year" || key == "season", w > 0 {
        let before = words.words[w - 1].key
        if before == "last", let published { return published - 1 }
        if before == "this", let published { return published }
        // "had revenue of 433 million in 2025; the year before, its revenue was 391 million":
        // the year before the one this sentence (or the one before) last named.
        let after = w + 1 < words.words.count ? words.words[w + 1].key : ""
        if before == "previous" || before == "the" && (after == "before" || after == "earlier"),
          key == "year",
          let base = earlierYear(before: words.words[w].range.start, clause, sentenceIndex)
        {
          return base - 1
        }
      }
      if (key == "ago" || key == "later" || key == "after"), w >= 2, ["year", "years"].contains(words.words[w - 1].key) {
        let yearsWord = words.words[w - 1]
        var n: Int?
        if ["a", "one"].contains(words.words[w - 2].key) {
          n = 1
        } else if let q = quantities.first(where: { $0.range.end == yearsWord.range.end || $0.range.end + 1 == yearsWord.range.start }),
          let v = q.value
        {
          n = Int(checked: v)
        }
        // "Set up in 2019, a year after the ceasefire, ...": an apposition that dates a year the
        // sentence wrote by an event, not the year of the clause.
        let countWord = words.words[w - 2]
        let appositive = (key == "after" || key == "later") && w >= 3
          && bytes[words.words[w - 3].range.end..<countWord.range.start].elementsEqual(", ".utf8)
          && quantities.contains { y in
            y.kind == .year && y.range.holds(words.words[w - 3].range.start)
          }
        if let n, !appositive {
          if key == "ago", let published { return published - n }
          // "ten years later" counts from the year before; "a year after Zamora joined" only from
          // a year this sentence writes, since the event after "after" has none of its own.
          if key == "later", let base = earlierYear(before: words.words[w].range.start, clause, sentenceIndex) {
            return base + n
          }
          if key == "after", let base = earlierYear(before: words.words[w].range.start, clause, sentenceIndex, sameSentence: true) {
            return base + n
          }
        }
      }
      w += 1
    }
    return nil
  }

  /// The last year written before an offset in this sentence, else in the sentence before.
  func earlierYear(before offset: Int, _ clause: TextRange, _ sentenceIndex: Int, sameSentence: Bool = false) -> Int? {
    let sentence = document.sentences[sentenceIndex].range
    if let y = inside(document.quantities, TextRange(sentence.start, offset), { $0.range }).last(where: { $0.kind == .year })?.value {
      return Int(checked: y)
    }
    guard sentenceIndex > 0, !sameSentence else { return nil }
    let previous = document.sentences[sentenceIndex - 1].range
    return inside(document.quantities, previous, { $0.range }).last(where: { $0.kind == .year })?.value.flatMap { Int(checked: $0) }
  }

  /// Whether a year belongs to another number of the clause: "412,000, up from 365,000 in 2011"
  /// dates the 365,000, not the 412,000.
  func datesAnotherNumber(_ year: Quantity, _ quantities: [Quantity], value: Quantity, _ clause: TextRange) -> Bool {
    // "passed 2 million euros for the first time in 2008": an ordinal of times counts no thing
    // the year could date instead of the value.
    let quantities = quantities.contains(where: { $0.kind == .ordinal })
      ? quantities.filter { !isOrdinalOfTimes($0) } : quantities
    if quantities.contains(where: { q in
      q.kind != .year && q.range != value.range && !q.range.overlaps(value.range)
        && attachedYear(to: q, clause, quantities)?.range == year.range
    }) {
      return true
    }
    guard let other = quantities.last(where: { $0.range.end <= year.range.start && $0.kind != .year }),
      other.range != value.range, !other.range.overlaps(value.range), other.range.start > value.range.end
        || other.range.end < value.range.start
    else { return false }
    let gap = String(decoding: bytes[other.range.end..<year.range.start], as: UTF8.self)
    // "365,000 in 2011", "365,000 people in 2011", "431,000 at the 2011 census", "$1.21 billion
    // in fiscal 2025": a few words at most, ending in "in" or "at" and any year nouns.
    guard !gap.contains(","), gap.hasPrefix(" "), gap.hasSuffix(" ") else { return false }
    var parts = gap.split(separator: " ").map { $0.lowercased() }
    while let last = parts.last, Self.yearNouns.contains(last) { parts.removeLast() }
    return ["in", "at"].contains(parts.last ?? "") && parts.count <= 2
  }

  /// "in the year to March", "for the year ended June 30" with no year written: the year that
  /// ends in that month, the publication's when the month has come, else the year before.
  func yearToMonth(in range: TextRange) -> Int? {
    guard let published = document.metadata.published, let month = published.month else { return nil }
    var w = words.index(atOrAfter: range.start)
    while w + 2 < words.words.count, words.words[w + 2].range.end <= range.end {
      if words.words[w].key == "year", ["to", "ending", "ended"].contains(words.words[w + 1].key),
        let named = DocumentClaimReader.monthNames[words.words[w + 2].key]
      {
        // A year written after the month ("the year to June 2025") dates it itself.
        var k = w + 3
        if k < words.words.count, Int(words.words[k].key).map({ $0 <= 31 }) == true { k += 1 }
        if k < words.words.count, words.words[k].key.count == 4, Int(words.words[k].key) != nil {
          return nil
        }
        return named <= month ? published.year : published.year - 1
      }
      w += 1
    }
    return nil
  }

  /// "the first time", "the third year in a row", "the second consecutive season": an ordinal
  /// that counts occasions.
  func isOrdinalOfTimes(_ q: Quantity) -> Bool {
    guard q.kind == .ordinal else { return false }
    let w = words.index(atOrAfter: q.range.end)
    return w < words.words.count && DocumentClaimReader.occasionWords.contains(words.words[w].key)
  }

  /// A year after "by", "before" or "until" that lies after the publication is a target ("wants
  /// to add two more by 2019"), not the time of a value.
  func isTargetYear(_ y: Quantity, published: Int?) -> Bool {
    guard let published, let year = y.low, year > Double(published) else { return false }
    let w = words.index(atOrAfter: y.range.start)
    return w > 0 && ["by", "before", "until", "till"].contains(words.words[w - 1].key)
  }

  /// A year that dates a comparison ("up from last year", "more than in 2019", "compared with
  /// 2020"), not the value stated.
  func isComparisonYear(_ y: Quantity) -> Bool {
    var w = words.index(atOrAfter: y.range.start)
    guard w > 0 else { return false }
    if words.words[w - 1].key == "in", w > 1 { w -= 1 }
    let before = words.words[w - 1].key
    if before == "than" || before == "against" { return true }
    guard w > 1 else { return false }
    // "less than it did in 2019", "more than they had in 2010": the year of the compared value.
    if w > 2, ["did", "had", "was", "were", "does", "has"].contains(before),
      DocumentClaimReader.pronouns.contains(words.words[w - 2].key)
        || ["we", "he", "she", "i"].contains(words.words[w - 2].key),
      words.words[w - 3].key == "than"
    {
      return true
    }
    let twoBefore = words.words[w - 2].key
    // "an increase of 4.2 percent on 2019", "sales were up on 2021": the base of a change.
    if before == "on", ["percent", "cent", "up", "down", "higher", "lower"].contains(twoBefore) {
      return true
    }
    return before == "from" && (twoBefore == "up" || twoBefore == "down")
      || (before == "with" || before == "to") && twoBefore == "compared"
  }

  /// The year of an earlier value joined to this one by "and" with no comma ("revenue of $3.1
  /// billion in 2017 and spent $410 million on ships"), when this one has none.
  func sharedYear(_ value: Quantity, _ clause: TextRange, _ quantities: [Quantity]) -> Int? {
    guard let year = quantities.last(where: { $0.kind == .year && $0.range.end <= value.range.start }),
      isWritten(year.range),
      quantities.contains(where: { $0.kind != .year && $0.range.end <= year.range.start
        && attachedYear(to: $0, clause, quantities)?.range == year.range })
    else { return nil }
    let gap = String(decoding: bytes[year.range.end..<value.range.start], as: UTF8.self)
    guard gap.hasPrefix(" and "), !gap.contains(","), gap.split(separator: " ").count <= 4,
      !opensPresentClause(from: year.range.end, to: value.range.start)
    else { return nil }
    let words = Set(gap.split(separator: " ").map { $0.lowercased() })
    guard words.isDisjoint(with: ["now", "today", "currently", "since", "later", "then"]) else { return nil }
    return year.low.flatMap { Int(checked: $0) }
  }

  /// Whether "and" and a verb in the present tense stand between a year and a later value ("had
  /// sales of 80 million euros in 2019 and employs 240 people"): the second clause speaks of now,
  /// so the first clause's year does not date it. An adverb may come between ("and now has").
  func opensPresentClause(from start: Int, to end: Int) -> Bool {
    guard start < end else { return false }
    var w = words.index(atOrAfter: start)
    // "The trust, established by Act of Parliament in 1847, now employs 318 people": after the
    // comma closing the year's phrase, a verb in the present tense speaks of now.
    if w < words.words.count, let comma = bytes[start..<end].firstIndex(of: UInt8(ascii: ",")) {
      var k = words.index(atOrAfter: comma)
      if k + 1 < words.words.count, ["now", "currently", "today"].contains(words.words[k].key) {
        k += 1
      }
      if k < words.words.count, words.words[k].range.end <= end,
        !isPunctuationBetween(comma + 1, words.words[k].range.start),
        compiled.presentVerbs.contains(words.words[k].key)
      {
        return true
      }
    }
    while w + 1 < words.words.count, words.words[w + 1].range.end <= end {
      if words.words[w].key == "and" {
        var k = w + 1
        if ["now", "currently", "still", "also", "today"].contains(words.words[k].key),
          k + 1 < words.words.count, words.words[k + 1].range.end <= end
        {
          k += 1
        }
        if compiled.presentVerbs.contains(words.words[k].key) { return true }
      }
      // "joined the union in 1951, and today it has 17 members", "grew to 61,300 by 2021, and
      // estimates now put it at 64,000": after ", and", a word of the present before the value
      // moves it out of the year's time.
      if words.words[w].key == "and", words.words[w].range.start >= 2,
        bytes[words.words[w].range.start - 2] == UInt8(ascii: ",")
      {
        var k = w + 1
        while k < words.words.count, words.words[k].range.end <= end {
          if DocumentClaimReader.presentWords.contains(words.words[k].key) { return true }
          k += 1
        }
      }
      w += 1
    }
    return false
  }

  /// Words that set a statement in the present ("today it has", "now put it at").
  static let presentWords: Set<String> = ["now", "today", "currently", "nowadays"]

  /// Whether a year is the value of a year-shaped attribute ("founded in 1998"), not a time scope.
  func isFoundingYear(_ q: Quantity, _ clause: TextRange) -> Bool {
    let triggers = compiled.foundingTriggers
    let w = words.index(atOrAfter: q.range.start)
    var k = w - 1
    while k >= 0, k >= w - 4, words.words[k].range.start >= clause.start {
      if words.longestMatch(triggers, at: k) != nil { return true }
      k -= 1
    }
    return false
  }

  /// Whether a clause that opens its sentence or a quotation opens, after a possessive or an
  /// article, with "members" that own the amount ("Members' combined export sales ...") or do
  /// the counting verb ("Our members employ ..."); "Members approved a budget" acts for the body.
  func opensWithMembers(
    _ spec: AttributeSpec, _ clause: TextRange, _ sentence: TextRange, before: Int
  ) -> Bool {
    var w = words.index(atOrAfter: clause.start)
    guard w < words.words.count else { return false }
    let opening = words.words[w].range.start
    guard opening == sentence.start || opening > 0 && bytes[opening - 1] == UInt8(ascii: "\"")
      || opening == sentence.start + 1 && bytes[sentence.start] == UInt8(ascii: "\"")
    else { return false }
    if ["our", "its", "their", "the"].contains(words.words[w].key) { w += 1 }
    guard w + 1 < words.words.count, words.words[w].range.end <= before,
      words.words[w].key == "members"
    else { return false }
    let end = words.words[w].range.end
    return spec.shape == .money ? end < bytes.count && bytes[end] == UInt8(ascii: "'")
      : phrases(spec).countingVerbs.contains(words.words[w + 1].key)
  }

  /// Whether "alone" stands between a lowercase word and another in the clause before `offset`
  /// ("ticket sales alone topped", "a deal that alone brought"); "in 2007 alone", "Our Selmer
  /// branch alone" (a name before the noun) and "which the council funds alone, has" do not.
  func namesAPartAlone(before offset: Int, _ clause: TextRange) -> Bool {
    var w = words.index(atOrAfter: clause.start) + 1
    while w < words.words.count, words.words[w].range.end <= offset {
      if words.words[w].key == "alone", words.words[w - 1].range.end + 1 == words.words[w].range.start,
        isPlainWord(words.words[w - 1].key), bytes[words.words[w - 1].range.start] >= 0x61,
        !(w >= 2 && bytes[words.words[w - 2].range.start] < 0x61 && bytes[words.words[w - 2].range.start] >= 0x41),
        // "... which the council funds alone, has 1,150 officers": an adverb of its clause.
        w + 1 < words.words.count, words.words[w + 1].range.start == words.words[w].range.end + 1,
        bytes[words.words[w + 1].range.start] >= 0x61
      {
        return true
      }
      w += 1
    }
    return false
  }

  mutating func add(
    _ spec: AttributeSpec, subject: (EntityMention, String), value: Quantity, end: Int? = nil,
    qualifier: String? = nil, members: [String]? = nil, warnings: [String] = [], unit: String? = nil,
    time: TimeScope? = nil, clause: TextRange, sentence: TextRange, sentenceIndex: Int,
    quantities: [Quantity], valueIsTime: Bool = false, membersComplete: Bool? = nil, rule: String,
    unitBasis: String = ""
  ) {
    // "0.9 million from the regional government": more countries than there are is no count of
    // countries.
    if let most = spec.maxValue, let low = value.low, low > most { return }
    var subject = subject
    if let entry = timelineSubject(spec, subject.0, value: value) { subject = entry }
    if isSpeakerLabelName(subject.0) { return }
    var (mention, basis) = subject
    // "Our members employ about 140,000 people", "Members' combined sales were 3.6 billion": what
    // the members have together is no staff or money of the body itself.
    if spec.shape == .money || !(phrases(spec).countingVerbs.isEmpty),
      opensWithMembers(spec, clause, sentence, before: value.range.start)
    {
      return
    }
    // "Your critics say you have 20,000 members", "Some people say you already have 3,000": what
    // others say of the one addressed is hearsay an interviewer puts, no claim.
    if saysOfTheOneAddressed(before: value.range.start, clause) { return }
    // "for the first time ticket sales alone topped 2.8 million", "a streaming deal that alone
    // brought in 21 million": a value of what a lowercase noun before "alone" names is a part.
    if namesAPartAlone(before: value.range.start, clause) { return }
    // "The town of Ostrel, the largest of the seven, has 38,400 inhabitants": a bare number
    // after "of the" ranks among a set named before, and counts nothing of the subject.
    if unitBasis == "bare", case let at = words.index(atOrAfter: value.range.start), at >= 2,
      words.words[at - 1].key == "the", words.words[at - 2].key == "of"
    {
      return
    }
    // "projects 1.3 million residents by 2035": a value reached by a year after the publication
    // is a forecast or a target, not a value that holds.
    if !valueIsTime, time == nil, let y = attachedYear(to: value, clause, quantities),
      isTargetYear(y, published: document.metadata.published?.year)
    {
      return
    }
    // "Ellmore has 540,000 inhabitants" after "Ellmore Tramways": an attribute of places first
    // (a population, an area) belongs to the place a company's first word names, not the company.
    if spec.subjectTypes.first == .place, basis == "direct", mention.type == .organization || mention.type == .other {
      let written = String(document.text.slice(mention.range))
      if !written.contains(" ") || addsOneWord(to: written, mention.canonical),
        mention.canonical.hasPrefix(written + " ")
      {
        mention = EntityMention(range: mention.range, canonical: written, type: .place, basis: mention.basis)
      }
    }
    // "The Tolworth plant alone employs about 1,800 people": a site's count is a part.
    if spec.shape == .count, isBodyAttribute(spec), isCountOfASite(before: value.range.start, clause) {
      return
    }
    // "at its yard in Skarholm, a town of 18,500 on the coast": the count of an apposition's
    // noun is the name the apposition follows.
    if spec.subjectTypes.first == .place, let named = nameBeforeAppositiveNoun(of: value, spec) {
      (mention, basis) = (named, "direct")
    }
    // "Porthgarrow Town Council serves 9,800 people", "Keldwater Ironworks ... the town's 21,000
    // residents": a population is of the place that opens a body's name, when the text names
    // that place on its own. (An area stays the body's: "Port Safira International Airport
    // covers 38 square kilometres".)
    if spec.subjectTypes.first == .place, spec.shape == .count, mention.type == .organization,
      let place = placeOpeningTheName(of: mention)
    {
      mention = EntityMention(range: mention.range, canonical: place.canonical, type: place.type, basis: mention.basis)
    }
    // "Ferrowby will spend 21 million pounds" in a text that names the Ferrowby Town Council:
    // money a place spends or budgets is its government's, when the text names one.
    if spec.shape == .money, mention.type == .place || mention.type == .other,
      let government = governmentNamed(after: mention.canonical)
    {
      mention = EntityMention(range: mention.range, canonical: government.canonical, type: government.type, basis: mention.basis)
    }
    // "Halloway reported revenue of $3.1 billion" after "Halloway Regional Health System": an
    // attribute of bodies, of a one-word name of unknown kind that opens the name of a body
    // belongs to that body. A longer name the tagger kept apart
    // ("Stroughton Valley Railway" and its Society) stays apart.
    if basis == "direct" || basis == "context", mention.type == .other, isBodyAttribute(spec),
      !mention.canonical.contains(" "),
      mention.canonical == String(document.text.slice(mention.range)),
      let body = firstBodyOpened(by: mention.canonical, before: value.range.start)
    {
      mention = EntityMention(range: mention.range, canonical: body.canonical, type: body.type, basis: mention.basis)
    }
    if let owner = ownerOfOrgan(mention) {
      mention = owner
    } else if let owner = ownerOfALoneOrgan(mention, spec) {
      mention = owner
    } else if basis == "direct", let owned = ownedUnit(mention, spec, clause, sentenceIndex) {
      mention = owned
    }
    // "Sable Creek Mining Co. (Carrowland) ...... 860 employees": a row's own name.
    if basis == "direct" || basis == "context", let opener = nameOpeningRow(of: value, spec, sentence),
      opener.range != mention.range
    {
      (mention, basis) = (opener, "direct")
    }
    // "Morvalia and Quessar were admitted in 2011, taking membership to eight": a name that
    // joined is a member, not the body whose members are counted.
    if spec.ordinals == true, basis == "direct", mention.type == .other, admitted.contains(mention.canonical),
      rule != "enumeration"
    {
      guard let other = contextSubject(
        spec, before: clause.start, sentenceIndex: sentenceIndex, excluding: admitted.union(joinersOfTheDocument()))
      else { return }
      (mention, basis) = other
    }
    // "The council is governed by a board of 15 members": the members of the body's organ.
    if spec.shape == .count, let organ = organOf(mention, counted: value, spec, clause) {
      mention = organ
    }
    let valueEnd = end ?? value.range.end
    let span = basis == "context" ? TextRange(value.range.start, valueEnd)
      : TextRange(min(mention.range.start, value.range.start), max(valueEnd, mention.range.end))
    let mentionText = String(document.text.slice(mention.range))
    var via: String?
    if basis == "reference" {
      via = mentionText
    } else if basis == "context" {
      via = pronoun(in: TextRange(clause.start, max(clause.start, value.range.start)))
    }
    let claimSubject = ClaimSubject(
      name: mention.canonical, mention: mentionText, type: mention.type, basis: basis, range: mention.range, via: via)
    // "grew from four members at its founding to six in 2019, and Beloe became the seventh
    // member in 2022": a year written right after the value dates it before any founding phrase.
    let attached = valueIsTime ? nil : attachedYear(to: value, clause, quantities)
    let founding = attached == nil
      ? foundingTime(of: mention.canonical, before: value.range.start, clause, sentence) : nil
    let comparative = valueIsTime ? nil : bracketedComparative(after: value, end: end, sentence)
    var time = time
      ?? founding
      ?? timeScope(clause, value: value, sentenceIndex: sentenceIndex, quantities: quantities, valueIsTime: valueIsTime)
    // "Staff: 436 (2023: 409)": the bracket dates the earlier figure; the value before it is the
    // year after, unless another year dates it.
    if let comparative, time.year == nil || time.year == comparative.year {
      let others = quantities.filter { $0.range != comparative.yearRange }
      let again = timeScope(clause, value: value, sentenceIndex: sentenceIndex, quantities: others, valueIsTime: false)
      time = again.year != nil && again.year != comparative.year && again.basis == "explicit"
        ? again : TimeScope(year: comparative.year + 1, basis: "context")
    }
    var claimValue = ClaimValue(low: value.low, high: value.high, modifier: value.modifier)
    // "has passed 450,000", "topped $1 billion": more than the number.
    let first = words.index(atOrAfter: value.range.start)
    if value.modifier == .exact, first > 0, DocumentClaimReader.thresholdVerbs.contains(words.words[first - 1].key) {
      claimValue = ClaimValue(low: value.low, high: nil, modifier: .moreThan)
    }
    // "826 square miles" is 2,139.33 km2: a measure in another unit than the attribute's.
    var unit = unit ?? spec.unit
    if let written = unit, let target = spec.unit, let factor = spec.conversions?[written] {
      claimValue.low = claimValue.low.map { Self.converted($0, factor) }
      claimValue.high = claimValue.high.map { Self.converted($0, factor) }
      unit = target
    }
    if claims.contains(where: { $0.sentence == sentence && $0.attribute == spec.name && $0.subject.name == mention.canonical && $0.value == claimValue }) {
      return
    }
    // Two values read from one growth range ("from six to eight") share a span.
    let distinct = rule == "growth" ? "|\(value.low ?? 0)" : ""
    let id = ContentHash.id(of: "\(document.id)|\(spec.name)|\(span.start)|\(span.end)\(distinct)")
    var warnings = warnings
    var quotedBy: String?
    var reported = false
    if let quote = quotation(around: value.range.start, in: sentence) {
      quotedBy = speaker(of: quote, in: sentence) ?? ""
      warnings.append(quotedBy.map { $0.isEmpty ? "quoted" : "quoted: \($0)" } ?? "quoted")
    } else if isUnsourcedReport(sentence) {
      reported = true
      warnings.append("reported, no source named")
    }
    readValues.append((value, spec, subject))
    unitBases.append(unitBasis)
    claims.append(
      Claim(
        id: id, document: document.id, sentence: sentence, span: span, subject: claimSubject,
        attribute: spec.name, qualifier: qualifier, value: claimValue, unit: unit, time: time,
        members: members, warnings: warnings, membersComplete: members == nil ? nil : membersComplete,
        rule: rule, quotedBy: quotedBy, reported: reported))
    if let comparative, members == nil {
      add(
        spec, subject: subject, value: comparative.value, qualifier: qualifier,
        time: TimeScope(year: comparative.year, basis: "explicit"), clause: clause, sentence: sentence,
        sentenceIndex: sentenceIndex, quantities: quantities, rule: "bracketed-comparative")
    }
  }

  /// The longest name of a place, or of unknown kind, that the text writes on its own and that
  /// opens the name of `body` ("Porthgarrow" of "Porthgarrow Town Council"), if any.
  func placeOpeningTheName(of body: EntityMention) -> EntityMention? {
    // "The Meridian Economic Union is home to 141.5 million people": a union of states has the
    // people of its members.
    guard let last = body.canonical.split(separator: " ").last,
      !Self.unionHeads.contains(String(last))
    else { return nil }
    var best: EntityMention?
    for m in document.entities
    where (m.type == .place || m.type == .other || m.type == .country) && m.basis == .name
      && body.canonical.hasPrefix(m.canonical + " ")
      && m.canonical.count > (best?.canonical.count ?? 0)
    {
      best = m
    }
    return best
  }

  /// Whether the clause opens, before `offset`, with a site of a body as its subject: "the",
  /// "its", "our" or "their", capitalized words or one lowercase modifier ("The Tolworth plant",
  /// "its Pell River dryer plant"), then one of the lexicon's
  /// `facility_nouns` that no name holds; or the site the relative clause holding `offset`
  /// describes ("our Tellerby site, which already employs 600 people").
  func isCountOfASite(before offset: Int, _ clause: TextRange) -> Bool {
    let determiners: Set<String> = ["the", "its", "our", "their"]
    var w = words.index(atOrAfter: clause.start)
    while w < words.words.count, words.words[w].range.end <= offset {
      defer { w += 1 }
      let word = words.words[w]
      guard compiled.facilityNouns.contains(word.key), isLetterASCII(bytes[word.range.start]),
        !isUpperASCII(bytes[word.range.start]),
        !(indexHolding(document.entities, word.range.start, { $0.range })
          .map { document.entities[$0].range.contains(word.range) } ?? false)
      else { continue }
      // Back to the determiner over capitalized words and at most one lowercase modifier.
      var k = w - 1
      var lower = 0
      while k >= 0, words.words[k].range.start >= clause.start, !determiners.contains(words.words[k].key) {
        if !isUpperASCII(bytes[words.words[k].range.start]) { lower += 1 }
        if lower > 1 || w - k > 4 { break }
        k -= 1
      }
      guard k >= 0, words.words[k].range.start >= clause.start, determiners.contains(words.words[k].key),
        w - k >= 2, lower <= 1
      else { continue }
      // "Its Kessmark plant, Verdahl Kessmark, employs 950": a site the apposition names is
      // the subject itself.
      let after = word.range.end
      if after + 2 < offset, bytes[after] == UInt8(ascii: ","),
        case let next = firstIndex(document.entities, startingAtOrAfter: after + 2, { $0.range }),
        next < document.entities.count, document.entities[next].range.start == after + 2
      {
        continue
      }
      // The phrase opens the clause, or a relative clause right after it holds the value.
      let opens = words.words[k].range.start == clause.start
      let relative = after + 8 < offset && bytes[after] == UInt8(ascii: ",")
        && ["which", "that"].contains(words.words[w + 1].key)
      if opens || relative { return true }
    }
    return false
  }

  /// The one governing body the text names after `place` ("Ferrowby Town Council", "Valdena
  /// Provincial Government", "City of Redmarsh"); `nil` when it names none or several.
  func governmentNamed(after place: String) -> EntityMention? {
    var found: EntityMention?
    for m in document.entities where m.type == .organization && m.basis == .name {
      let name = m.canonical
      let governs = name.hasPrefix(place + " ")
        && Self.governmentHeads.contains(where: { name.hasSuffix(" " + $0) })
        || name == "City of " + place || name == "Municipality of " + place
      guard governs else { continue }
      if let f = found, f.canonical != name { return nil }
      found = m
    }
    return found
  }

  /// Last words of the names of unions of states, whose population is their members'.
  static let unionHeads: Set<String> = [
    "Union", "Alliance", "Pact", "Bloc", "Coalition", "Community", "Compact", "Confederation",
    "Area", "Zone", "Market", "League", "Organization", "Organisation",
  ]

  /// Last words of the names of a place's government.
  static let governmentHeads = ["Council", "Government", "Assembly", "Parliament", "Legislature"]

  /// Whether an attribute belongs to bodies before places (a workforce, revenue, a budget), by
  /// the order of its subject types.
  func isBodyAttribute(_ spec: AttributeSpec) -> Bool {
    spec.subjectTypes.first { $0 == .organization || $0 == .place } == .organization
  }

  /// The first organization named before `offset` whose name opens with `written` and a space,
  /// the article's own when two share the word ("Halloway Regional Health System" before
  /// "Halloway Cancer Institute"). A public body, force or mission named after the place it
  /// serves ("Qarim Stabilisation Force", "Corvenia Grain Trade Council") leaves that place's
  /// name alone its own.
  func firstBodyOpened(by written: String, before offset: Int) -> EntityMention? {
    guard let found = document.entities.first(where: { m in
      m.range.end <= offset && m.type == .organization && m.canonical.hasPrefix(written + " ")
    }), let last = found.canonical.split(separator: " ").last,
      !Self.placeBodyHeads.contains(String(last))
    else { return nil }
    return found
  }

  /// Last words of the names of bodies that are named after the place they govern, police or
  /// serve.
  static let placeBodyHeads: Set<String> = [
    "Council", "Parliament", "Assembly", "Government", "Legislature", "Senate", "Authority",
    "Commission", "Ministry", "Department", "Agency", "Board", "Office", "Police", "Constabulary",
    "Force", "Forces", "Mission", "Operation", "Army", "Navy", "Guard", "Service", "District",
  ]

  /// "Members: 18,640 (2023: 17,905)", "revenue of 1,284.6 million euros (2023: 1,197.3 million
  /// euros)": the figure of an earlier year in brackets right after a value (and its unit
  /// words), as annual reports write it; its year and value.
  func bracketedComparative(after value: Quantity, end: Int?, _ sentence: TextRange)
    -> (year: Int, yearRange: TextRange, value: Quantity)?
  {
    let from = max(end ?? value.range.end, value.range.end)
    let inSentence = inside(document.quantities, sentence) { $0.range }
    guard let year = inSentence.first(where: { $0.range.start >= from }), year.kind == .year,
      let y = year.low.flatMap({ Int(checked: $0) }), let q = inSentence.first(where: { $0.range.start >= year.range.end }),
      q.kind != .year, year.range.end < bytes.count, bytes[year.range.end] == UInt8(ascii: ":"),
      q.range.start - year.range.end <= 4
    else { return nil }
    // Between the value and the year: unit words, spaces and one opening bracket right before
    // the year.
    let gap = bytes[from..<year.range.start]
    guard gap.last == UInt8(ascii: "("), gap.filter({ $0 == UInt8(ascii: "(") }).count == 1,
      gap.count <= 24, gap.allSatisfy({ $0 == 0x20 || $0 == UInt8(ascii: "(") || $0 >= 0x80 || isLetterASCII($0) })
    else { return nil }
    return (y, year.range, q)
  }

  /// A value times a conversion factor, to six significant digits (no binary noise: 2,140
  /// hectares are 21.4 km2, not 21.400000000000002).
  static func converted(_ value: Double, _ factor: Double) -> Double {
    let v = value * factor
    guard v != 0, v.isFinite else { return v }
    let scale = pow(10, 5 - floor(log10(abs(v))))
    return (v * scale).rounded() / scale
  }

  /// "Its first members were A, B and C", "the five founding members": the value holds at the
  /// founding, when the document gave the subject's founding year.
  ///
  /// "It grew slowly at first and had 29": "at first" is an adverb, not the founding. "When it
  /// opened, it had a staff of six": a sentence opening with a founding clause of its own.
  func foundingTime(
    of subject: String, before offset: Int, _ clause: TextRange, _ sentence: TextRange
  ) -> TimeScope? {
    let w = words.index(atOrAfter: offset)
    guard (max(0, w - 3)..<w).contains(where: { k in
      words.words[k].range.start >= clause.start
        && ["first", "founding", "original", "initial"].contains(words.words[k].key)
        && !(k > 0 && words.words[k].key == "first" && words.words[k - 1].key == "at")
    }) || opensWithFoundingClause(sentence, before: offset) || atItsFounding(clause, before: offset)
      || isInitially(before: w, clause) || beganWith(before: w, clause)
      || atItsFounding(rightAfter: offset, clause)
    else {
      return (foundingClauseYear(sentence, before: offset)
        ?? namedFoundingClauseYear(sentence, clause, before: offset)
        ?? yearBeforeWhen(offset, clause)).map {
        TimeScope(year: $0, basis: "explicit")
      }
    }
    let fixed = compiled.yearAttributes
    guard let founding = claims.last(where: { fixed.contains($0.attribute) && $0.subject.name == subject }),
      let year = founding.value.low
    else { return nil }
    return TimeScope(year: Int(checked: year), basis: "context")
  }

  static let pronouns: Set<String> = ["it", "its", "they", "their", "itself"]

  /// "set up in 2016, initially with troops from six countries": "initially" or "originally" at
  /// most five words before the value at word `w`, with no punctuation between, dates it to the
  /// founding.
  func isInitially(before w: Int, _ clause: TextRange) -> Bool {
    (max(0, w - 5)..<w).contains { k in
      words.words[k].range.start >= clause.start
        && ["initially", "originally"].contains(words.words[k].key)
        && w < words.words.count
        && !isPunctuationBetween(words.words[k].range.end, words.words[w].range.start)
    }
  }

  /// "The Community began with a staff of 12", "The museum opened with 12 staff": "with" after
  /// a verb of beginning, at most four words before the value at word `w` in the clause, dates
  /// the value to the founding.
  func beganWith(before w: Int, _ clause: TextRange) -> Bool {
    w >= 2 && (max(1, w - 4)..<w).contains { k in
      words.words[k].range.start >= clause.start && words.words[k].key == "with"
        && ["began", "begun", "started", "opened", "launched"].contains(words.words[k - 1].key)
        && !isPunctuationBetween(words.words[k - 1].range.start, words.words[w].range.start)
    }
  }

  /// Whether "at its creation" ("on its founding", "at their inception": "at" or "on", a
  /// possessive pronoun and a founding noun) stands in the clause before `offset`.
  func atItsFounding(_ clause: TextRange, before offset: Int) -> Bool {
    var w = words.index(atOrAfter: clause.start)
    while w + 2 < words.words.count, words.words[w + 2].range.end <= offset {
      if ["at", "on", "upon"].contains(words.words[w].key), ["its", "their"].contains(words.words[w + 1].key),
        lexicon.attributes.contains(where: { $0.shape == .year && phrases($0).nouns.byFirstWord[words.words[w + 2].key] != nil })
      {
        return true
      }
      w += 1
    }
    return false
  }

  /// Whether "at its launch" follows the value at `offset` and its unit, at most three words on
  /// and with no punctuation between ("had nine members at its launch").
  func atItsFounding(rightAfter offset: Int, _ clause: TextRange) -> Bool {
    let first = words.index(atOrAfter: offset)
    for w in (first + 1)...(first + 3) where w + 2 < words.words.count
      && words.words[w + 2].range.end <= clause.end
      && !isPunctuationBetween(words.words[first].range.end, words.words[w].range.start)
    {
      if ["at", "on", "upon"].contains(words.words[w].key),
        ["its", "their"].contains(words.words[w + 1].key),
        !isPunctuationBetween(words.words[w].range.end, words.words[w + 2].range.start),
        lexicon.attributes.contains(where: { a in
          a.shape == .year && phrases(a).nouns.byFirstWord[words.words[w + 2].key] != nil
        })
      {
        return true
      }
    }
    return false
  }

  /// Whether the sentence opens with "When it opened," ("when", a pronoun, at most one more word
  /// and a founding verb closed by a comma) before `offset`: the time of the founding.
  func opensWithFoundingClause(_ sentence: TextRange, before offset: Int) -> Bool {
    let w = words.index(atOrAfter: sentence.start)
    guard w + 2 < words.words.count, words.words[w].key == "when",
      ["it", "they"].contains(words.words[w + 1].key)
    else { return false }
    for k in (w + 2)...(w + 3) where k < words.words.count && words.words[k].range.end <= offset {
      if let n = words.longestMatch(compiled.foundingTriggers, at: k) {
        let end = words.words[k + n - 1].range.end
        return end < offset && bytes[end] == UInt8(ascii: ",")
      }
    }
    return false
  }

  /// "When it was set up in 2009, the consortium had seven members": the year of a founding
  /// clause opening the sentence ("when", a pronoun, up to two more words, a founding verb, "in"
  /// and a written year closed by a comma) before `offset`.
  func foundingClauseYear(_ sentence: TextRange, before offset: Int) -> Int? {
    let w = words.index(atOrAfter: sentence.start)
    guard w + 4 < words.words.count, words.words[w].key == "when",
      ["it", "they"].contains(words.words[w + 1].key)
    else { return nil }
    for k in (w + 2)...(w + 4) where k < words.words.count && words.words[k].range.end <= offset {
      guard let n = words.longestMatch(compiled.foundingTriggers, at: k) else { continue }
      let inWord = k + n
      guard inWord + 1 < words.words.count, words.words[inWord].key == "in",
        words.words[inWord + 1].range.start < offset,
        let year = inside(
          document.quantities, TextRange(words.words[inWord + 1].range.start, offset), { $0.range }
        ).first(where: {
          $0.kind == .year && $0.range.start == words.words[inWord + 1].range.start
        }),
        isWritten(year.range), year.range.end < offset, bytes[year.range.end] == UInt8(ascii: ","),
        let y = year.low
      else { return nil }
      return Int(checked: y)
    }
    return nil
  }

  /// "When the society was formed in 1952 it had 40 members": the year of a founding clause
  /// that opens the sentence with "when" and a subject of up to three words (no comma needed
  /// before the main clause), founding verb, "in" and a written year, in the value's clause
  /// and with no "now" or "today" between that year and `offset`.
  func namedFoundingClauseYear(_ sentence: TextRange, _ clause: TextRange, before offset: Int) -> Int? {
    let w = words.index(atOrAfter: sentence.start)
    let v = words.index(atOrAfter: offset)
    guard w + 4 < words.words.count, words.words[w].key == "when" else { return nil }
    for k in (w + 2)...(w + 6) where k < words.words.count && words.words[k].range.end <= offset {
      guard let n = words.longestMatch(compiled.foundingTriggers, at: k) else { continue }
      let inWord = k + n
      guard inWord + 1 < words.words.count, words.words[inWord].key == "in",
        !isPunctuationBetween(words.words[w].range.end, words.words[inWord].range.start),
        words.words[inWord + 1].range.start < offset,
        let year = inside(
          document.quantities, TextRange(words.words[inWord + 1].range.start, offset), { $0.range }
        ).first(where: {
          $0.kind == .year && $0.range.start == words.words[inWord + 1].range.start
        }),
        isWritten(year.range), year.range.end < offset, year.range.start >= clause.start,
        let y = year.low,
        !(inWord + 2..<v).contains(where: { DocumentClaimReader.nowWords.contains(words.words[$0].key) })
      else { return nil }
      return Int(checked: y)
    }
    return nil
  }

  static let nowWords: Set<String> = ["now", "today", "currently", "still"]

  /// "was founded in 1976, when it had five members", "In 2010, when the force had 2,240
  /// officers": a clause opened by ", when" right after a written year holds in that year. The
  /// value must come within eight words of "when", with no other number between.
  func yearBeforeWhen(_ offset: Int, _ clause: TextRange) -> Int? {
    let v = words.index(atOrAfter: offset)
    guard let when = (max(0, v - 8)..<v).last(where: { words.words[$0].key == "when" }),
      when > 0, words.words[when].range.start >= clause.start + 2,
      bytes[words.words[when].range.start - 2] == UInt8(ascii: ","),
      !isPunctuationBetween(words.words[when].range.end, offset),
      let year = inside(
        document.quantities, TextRange(clause.start, words.words[when].range.start - 2),
        { $0.range }
      ).first(where: {
        $0.kind == .year && $0.range.end == words.words[when].range.start - 2
      }),
      isWritten(year.range), year.range.start >= clause.start, let y = year.low,
      year.range.end < offset,
      inside(document.quantities, TextRange(year.range.end + 1, offset), { $0.range }).isEmpty
    else { return nil }
    return Int(checked: y)
  }

  /// Whether a sentence opens with a definite noun phrase of a modifier and a noun that names
  /// nothing ("The fibre programme, budgeted at ..."): its pronouns and subjectless figures are
  /// that thing's, not an entity's from the sentences before. A singular noun that ends a name of
  /// the document ("The seed bank," after "Hallin Seed Bank") still stands for that name.
  static let adverbs: Set<String> = ["now", "still", "also", "already", "then", "today", "once", "alone", "itself", "too"]

  /// Whether a word after "The" and two lowercase words is the verb of that noun phrase: one in
  /// the present tense that counts, owns or names an attribute ("employs", "owns"), or one in the
  /// past tense ("The regional government spent 12 million euros", "... employed 40").
  func isVerbAfterAnUnnamedNoun(_ key: String) -> Bool {
    let namesAnAttribute = lexicon.attributes.contains {
      phrases($0).context.byFirstWord[key] != nil
    }
    if key.hasSuffix("s"), !key.hasSuffix("ss") {
      return compiled.presentVerbs.contains(key) || compiled.ownershipVerbs.contains(key)
        || namesAnAttribute
    }
    if DocumentClaimReader.irregularPastVerbs.contains(key) {
      return !["was", "were", "had"].contains(key)
    }
    return key.utf8.count > 4 && key.hasSuffix("ed") && namesAnAttribute
  }

  func opensWithUnnamedThing(_ sentence: TextRange) -> Bool {
    let w = words.index(atOrAfter: sentence.start)
    guard w + 2 < words.words.count, ["the", "this", "that"].contains(words.words[w].key),
      words.words[w].range.start == sentence.start
    else { return false }
    // "The transport ministry employs 212 inspectors": a noun with a noun before it, and a verb
    // right after, is a subject of its own when the tagger resolved it to no name.
    if w + 3 < words.words.count, (w + 1...w + 3).allSatisfy({ k in
      let first = bytes[words.words[k].range.start]
      return first >= 0x61 && first <= 0x7A && !isPunctuationBetween(words.words[k - 1].range.end, words.words[k].range.start)
    }), !words.words[w + 1].key.hasSuffix("'s"), !words.words[w + 2].key.hasSuffix("'s"),
      // "The publisher now employs": an adverb, not a second noun.
      !DocumentClaimReader.adverbs.contains(words.words[w + 2].key), !words.words[w + 2].key.hasSuffix("ly"),
      isVerbAfterAnUnnamedNoun(words.words[w + 3].key),
      inside(document.entities, TextRange(sentence.start, words.words[w + 2].range.end), { $0.range }).isEmpty
    {
      return true
    }
    var k = w + 1
    while k < words.words.count, k <= w + 3 {
      let word = words.words[k]
      let first = bytes[word.range.start]
      guard first >= 0x61 && first <= 0x7A else { return false }
      // A bare noun ("The operator, founded in 1979, ...") most often stands for the name before.
      if word.range.end < bytes.count, bytes[word.range.end] == UInt8(ascii: ","), k > w + 1 {
        let key = word.key
        if key.hasSuffix("s") && !key.hasSuffix("ss") { return false }
        // A reference the tagger resolved ("The bank,") names its entity.
        let phrase = TextRange(sentence.start, word.range.end)
        if !inside(document.entities, phrase, { $0.range }).isEmpty { return false }
        return !document.entities.contains { m in
          m.type != .person && m.type != .date && m.canonical.lowercased().hasSuffix(" " + key)
        }
      }
      k += 1
    }
    return false
  }

  /// The quotation (inside its marks) that holds an offset of the sentence, if any: straight
  /// double quotes or typographic ones (U+201C, U+201D).
  func quotation(
    around offset: Int, in sentence: TextRange, continuing: Bool = false
  ) -> TextRange? {
    // "\"Our network was founded in 1994. Today we have 63 members,\" she said.": with
    // `continuing`, a quotation left open by an earlier sentence of the paragraph runs on.
    var open: Int? = continuing && isQuotationOpen(at: sentence.start) ? sentence.start : nil
    var i = sentence.start
    while i < sentence.end {
      let straight = bytes[i] == UInt8(ascii: "\"")
      let curly = bytes[i] == 0xE2 && i + 2 < sentence.end && bytes[i + 1] == 0x80
        && (bytes[i + 2] == 0x9C || bytes[i + 2] == 0x9D)
      if straight || curly {
        if let start = open {
          if start <= offset && offset < i { return TextRange(start, i) }
          open = nil
        } else {
          open = i
        }
      }
      i += curly ? 3 : 1
    }
    // A quotation still open at the sentence end runs to it.
    if let start = open, start <= offset { return TextRange(start, sentence.end) }
    return nil
  }

  /// Whether an odd number of quotation marks stands between the start of the paragraph and
  /// `offset`.
  func isQuotationOpen(at offset: Int) -> Bool {
    guard let paragraph = paragraph(holding: offset)
    else { return false }
    var marks = 0
    var i = paragraph.start
    while i < offset {
      if bytes[i] == UInt8(ascii: "\"") {
        marks += 1
      } else if bytes[i] == 0xE2, i + 2 < offset, bytes[i + 1] == 0x80,
        bytes[i + 2] == 0x9C || bytes[i + 2] == 0x9D
      {
        marks += 1
        i += 2
      }
      i += 1
    }
    return marks % 2 == 1
  }

  /// Who said a quotation: the nearest person (or unknown name) after it in the sentence, else
  /// before it ("..., said its chair, Kari Lunde", "Lunde said: ...").
  func speaker(of quote: TextRange, in sentence: TextRange) -> String? {
    let people = inside(document.entities, sentence) { $0.range }.filter {
      ($0.type == .person || $0.type == .other) && $0.basis != .reference && !quote.contains($0.range)
    }
    return (people.first { $0.range.start >= quote.end } ?? people.last { $0.range.end <= quote.start })?.canonical
  }

  /// Phrases that report a statement without saying who made it.
  static let unsourcedPhrases = ["reportedly", "is said to", "are said to", "was said to", "were said to",
    "is believed to", "are believed to", "according to reports", "rumoured", "rumored"].phrases

  func isUnsourcedReport(_ sentence: TextRange) -> Bool {
    var w = words.index(atOrAfter: sentence.start)
    while w < words.words.count, words.words[w].range.end <= sentence.end {
      if words.longestMatch(DocumentClaimReader.unsourcedPhrases, at: w) != nil { return true }
      w += 1
    }
    return false
  }

  /// Verbs that say a value was crossed, so it is a lower bound ("has passed 450,000").
  static let thresholdVerbs: Set<String> = [
    "passed", "surpassed", "exceeded", "topped", "crossed", "passes", "surpasses", "exceeds", "tops",
  ]

  /// Words between a number and its unit that make the number a difference or a part, not the
  /// whole ("2,000 more staff", "five new members").
  static let comparatives: Set<String> = ["more", "fewer", "less", "additional", "extra", "new", "other", "further", "fresh"]

  /// Lowercase words ending in "s" that are no plural nouns of founders ("by 12 votes" aside).
  static let notFounderNouns: Set<String> = [
    "this", "thus", "was", "has", "its", "his", "hers", "theirs", "ours", "yours", "whereas",
    "always", "perhaps", "towards", "afterwards", "besides", "votes", "percent", "years", "times",
  ]

  /// Whether a word is made of lowercase letters and hyphens only (a possible adjective).
  func isPlainWord(_ key: String) -> Bool { Self.isPlainWordKey(key) }

  static func isPlainWordKey(_ key: String) -> Bool {
    !key.isEmpty && key.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || $0 == UInt8(ascii: "-") }
  }

  /// Words that can follow a number with no unit of its own ("was 402,000 in 2012", "passed
  /// 450,000 for the first time"): the number is still the value the context word names.
  static let afterBareValue: Set<String> = [
    "in", "at", "by", "on", "for", "and", "or", "last", "this", "according", "against", "compared",
    "up", "down", "as", "after", "before", "when", "since", "until", "from", "then", "now", "a",
    "over", "during", "within",
  ]

  /// The first pronoun in a range ("It was founded in 2002"), for a subject taken from context.
  func pronoun(in range: TextRange) -> String? {
    var w = words.index(atOrAfter: range.start)
    while w < words.words.count, words.words[w].range.end <= range.end {
      if DocumentClaimReader.pronouns.contains(words.words[w].key) { return String(document.text.slice(words.words[w].range)) }
      w += 1
    }
    return nil
  }
}
