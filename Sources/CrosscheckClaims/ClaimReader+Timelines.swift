import CrosscheckCore

/// Registers: timeline lines ("1971: ..."), transcript speakers, gapping (", and X 212"),
/// counts whose unit is left out, comparisons written as prose under a heading.
extension DocumentClaimReader {
  /// The year four digits write at `start` when a colon and a space follow them ("1971: ..."),
  /// or a spaced dash ("1995 - ...", "1995 – ..."), from 1800 to 2100.
  func yearOpeningLine(at start: Int) -> Int? {
    guard start + 6 <= bytes.count,
      (start..<(start + 4)).allSatisfy({ bytes[$0] >= 0x30 && bytes[$0] <= 0x39 })
    else { return nil }
    let colon = bytes[start + 4] == UInt8(ascii: ":") && bytes[start + 5] == UInt8(ascii: " ")
    var dash = false
    if !colon, bytes[start + 4] == UInt8(ascii: " ") {
      var k = start + 5
      if bytes[k] == UInt8(ascii: "-") {
        k += 1
      } else if k + 3 <= bytes.count, bytes[k] == 0xE2, bytes[k + 1] == 0x80, bytes[k + 2] == 0x93 || bytes[k + 2] == 0x94 {
        k += 3
      }
      dash = k > start + 5 && k < bytes.count && bytes[k] == UInt8(ascii: " ")
    }
    guard colon || dash else { return nil }
    let year = (start..<(start + 4)).reduce(0) { $0 * 10 + Int(bytes[$1] - 0x30) }
    return (1800...2100).contains(year) ? year : nil
  }

  /// "1971: The Kalsbach and Rennweg teams join, bringing membership to 11": the year that opens
  /// the timeline line holding `offset`, in a text with at least two such lines (one line alone
  /// may be a fact-box row).
  func timelineYear(at offset: Int) -> Int? {
    let line = line(around: offset)
    guard timelineLines.count >= 2, timelineLines.contains(line.start) else { return nil }
    return yearOpeningLine(at: line.start)
  }

  /// The starts of the lines that open with a year and a colon or dash.
  static func timelineLineStarts(_ bytes: [UInt8], _ opens: (Int) -> Bool) -> Set<Int> {
    var starts: Set<Int> = []
    var i = 0
    while i < bytes.count {
      if (i == 0 || bytes[i - 1] == 10), bytes[i] >= 0x31, bytes[i] <= 0x32, opens(i) { starts.insert(i) }
      i += 1
    }
    return starts
  }

  /// What a timeline's entries are about: the article's topic, a body rather than a person.
  func chronicleTopic(_ spec: AttributeSpec) -> EntityMention? {
    articleTopic { m in
      m.basis != .demonym && m.type != .date && m.type != .person && m.type != .country
        && spec.subjectTypes.contains(m.type) && !isContextEntity(m, spec)
    }
  }

  /// "1986: Membership reaches 19 teams", "2008: The Velo Brenna club joins as the 20th member":
  /// a timeline entry tells of the chronicle's subject, not of a name on the line before nor of
  /// a name that joins it. A name opening the entry (after "The") that does something other than
  /// joining stays the subject ("1990: Harwick Mills closes with 2,000 jobs lost"). `nil` when
  /// the value is no timeline entry's or keeps its subject.
  func timelineSubject(
    _ spec: AttributeSpec, _ mention: EntityMention, value: Quantity
  ) -> (EntityMention, String)? {
    guard timelineYear(at: value.range.start) != nil else { return nil }
    let line = line(around: value.range.start)
    if line.holds(mention.range.start) {
      var w = words.index(atOrAfter: line.start + 6)
      if w < words.words.count, words.words[w].key == "the" { w += 1 }
      // "1950: Founded in Oberhallen": an entry opening with a participle has no subject of its
      // own, whatever the tagger made of the capitalized word.
      let participle = !mention.canonical.contains(" ") && mention.canonical.hasSuffix("ed")
      let opens = w < words.words.count && words.words[w].range.start == mention.range.start
        && !participle
      // Up to two words after the name ("The Velo Brenna club joins").
      let next = words.index(atOrAfter: mention.range.end)
      let joins = (next..<min(next + 3, words.words.count)).contains { k in
        words.words[k].range.start < line.end
          && DocumentClaimReader.entryJoiningVerbs.contains(words.words[k].key)
      }
      if opens, !joins { return nil }
      // "1984 - Joins the Consortium of Boreal Research Institutes as its 14th member": the
      // body joined owns the ordinal.
      let ordinal = words.index(atOrAfter: value.range.start)
      if joinedBody(beforeAsIts: ordinal, spec, [mention]) != nil { return nil }
      if describesOnTheRow(mention, value) { return nil }
    }
    guard let topic = chronicleTopic(spec), topic.canonical != mention.canonical else { return nil }
    return (topic, "context")
  }

  static let entryJoiningVerbs: Set<String> = ["join", "joins", "joined", "rejoin", "rejoins"]

  /// Whether a timeline row's value tells of the name beside it rather than of the chronicle's
  /// subject: in a clause after the name ("Merges with the Dyers' Union, which brings 12,000
  /// members"; "Harlan Bluff, by now a city of 41,000 people, votes ..."), or as the ordinal of a
  /// membership the name holds ("becomes the ninth member of the Coastal Universities League").
  func describesOnTheRow(_ mention: EntityMention, _ value: Quantity) -> Bool {
    if mention.range.end <= value.range.start {
      // The comma right after the name opens the clause; the value stands in it, within eight
      // words, before the clause's own comma.
      guard mention.range.end + 2 < value.range.start, bytes[mention.range.end] == UInt8(ascii: ","),
        !bytes[(mention.range.end + 1)..<value.range.start].contains(UInt8(ascii: ","))
      else { return false }
      let first = words.index(atOrAfter: mention.range.end)
      let last = words.index(atOrAfter: value.range.start)
      guard first < last, last - first <= 8 else { return false }
      var w = first
      // "which then has", "whose", "by now a city of", "then a port of", "now a town of".
      if ["which", "whose"].contains(words.words[w].key) { return true }
      while w < last, Self.rowClauseAdverbs.contains(words.words[w].key) { w += 1 }
      return w < last && ["a", "an"].contains(words.words[w].key)
    }
    // "<ordinal> member (union) of (the) <name>".
    let after = words.index(atOrAfter: value.range.end)
    let before = words.index(atOrAfter: mention.range.start)
    guard after < before, before - after <= 4, words.words[after].key == "member" else { return false }
    let between = words.words[(after + 1)..<before].map(\.key)
    guard let of = between.firstIndex(of: "of"), of <= 1 else { return false }
    return between[(of + 1)...].allSatisfy { $0 == "the" }
  }

  static let rowClauseAdverbs: Set<String> = ["by", "now", "then", "already", "still", "at", "the", "time"]

  /// "1950: Founded in Oberhallen by seven village teams": a timeline entry that opens with a
  /// founding verb dates the founding of the chronicle's subject.
  func timelineFoundingSubject(_ spec: AttributeSpec, _ q: Quantity) -> (EntityMention, String)? {
    guard line(around: q.range.start).start == q.range.start, timelineYear(at: q.range.start) != nil
    else { return nil }
    let w = words.index(atOrAfter: q.range.end)
    guard w < words.words.count else { return nil }
    // "1999 - The Floorcurling Players' Association is founded", "1874 - The Harbour Board is
    // established by ordinance": the row's first name, when a founding verb in the passive
    // follows it, is what was founded that year.
    let row = line(around: q.range.start)
    let next = firstIndex(document.entities, startingAtOrAfter: q.range.end + 1, { $0.range })
    if next < document.entities.count, case let m = document.entities[next], m.range.end <= row.end,
      m.type == .organization || m.type == .other, spec.subjectTypes.contains(m.type),
      words.words[w..<words.index(atOrAfter: m.range.start)].allSatisfy({ $0.key == "the" }),
      case let after = words.index(atOrAfter: m.range.end), after + 1 < words.words.count,
      ["is", "was"].contains(words.words[after].key),
      words.longestMatch(phrases(spec).verbs, at: after + 1) != nil
    {
      return (m, "direct")
    }
    guard words.longestMatch(phrases(spec).verbs, at: w) != nil, let topic = chronicleTopic(spec)
    else { return nil }
    return (topic, "context")
  }

  /// "MARCHETTI: We have 312 members": the label of a transcript line (up to four words in
  /// capitals, a colon and a space opening the line) and the person named in the text whose last
  /// name is the label's last word. `nil` for a line that is no speaker's.
  func speakerLabel(at offset: Int) -> (label: TextRange, person: EntityMention)? {
    let line = line(around: offset)
    let limit = min(line.end, line.start + 48)
    guard let colon = bytes[line.start..<limit].firstIndex(of: UInt8(ascii: ":")),
      colon > line.start + 1, colon + 1 < line.end, bytes[colon + 1] == UInt8(ascii: " ")
    else { return nil }
    let label = bytes[line.start..<colon]
    let allowed: Set<UInt8> = [UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "'")]
    guard label.allSatisfy({ isUpperASCII($0) || $0 >= 0x80 || allowed.contains($0) }),
      label.filter(isUpperASCII).count >= 2, label.filter({ $0 == UInt8(ascii: " ") }).count <= 3
    else { return nil }
    let last = words.index(atOrAfter: colon) - 1
    guard last >= 0, words.words[last].range.start >= line.start else { return nil }
    let fold = { (s: Substring) in
      s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
    let surname = fold(document.text.slice(words.words[last].range)[...])
    guard let person = document.entities.first(where: { m in
      (m.type == .person || m.type == .other) && m.basis != .reference && m.canonical.contains(" ")
        && m.canonical.split(separator: " ").last.map(fold) == surname
    }) else { return nil }
    return (TextRange(line.start, colon), person)
  }

  /// "MARCHETTI: Our own budget is small, 1.3 million euros": in a transcript line, "we" and
  /// "our" speak for the body the speaker's title names where the text introduces the speaker
  /// ("Élodie Marchetti, president of the Montarelle Growers' Syndicate").
  func transcriptSpeakerSubject(
    _ spec: AttributeSpec, valueStart: Int, _ clause: TextRange
  ) -> (EntityMention, String)? {
    guard let (label, person) = speakerLabel(at: valueStart),
      saysWe(from: max(clause.start, label.end), to: valueStart)
    else { return nil }
    func fits(_ m: EntityMention) -> Bool {
      m.basis != .demonym && m.type != .country && m.type != .person && m.type != .date
        && spec.subjectTypes.contains(m.type) && !isContextEntity(m, spec)
    }
    // "Our largest station is at Port Ellis, a city of 94,000", "The Seal Coast Brigade, our
    // 1,900-strong marine brigade": a name the clause gives before the value is read as usual.
    let start = max(clause.start, label.end)
    if inside(document.entities, TextRange(start, valueStart), { $0.range }).contains(where: {
      $0.range.end <= valueStart && spec.subjectTypes.contains($0.type) && $0.type != .person
        && $0.type != .date
    }) {
      return nil
    }
    for sentence in document.sentences {
      for m in inside(document.entities, sentence.range, { $0.range })
      where m.canonical == person.canonical && !label.holds(m.range.start) {
        if let body = speakerBody(in: TextRange(m.range.start, sentence.range.end), fits) {
          return (body, "context")
        }
      }
    }
    return nil
  }

  /// Whether a name is a transcript's speaker label ("RUTH ALDER:") or a capitalized word that
  /// only opens a speaker's answer ("MARCHETTI: Yes, ...", "Sales across the appellation ..."):
  /// neither is the subject of a value. A name written elsewhere in the text stays a name
  /// ("HAVERLEY: Montarelle has about 6 percent").
  func isSpeakerLabelName(_ m: EntityMention) -> Bool {
    guard let (label, _) = speakerLabel(at: m.range.start) else { return false }
    if label.holds(m.range.start) { return true }
    guard m.range.start == label.end + 2 else { return false }
    return !document.entities.contains { other in
      other.canonical == m.canonical && other.range.start != m.range.start
        && !(other.range.start >= 2 && bytes[other.range.start - 2] == UInt8(ascii: ":"))
    }
  }

  /// "Storvik, a town of 9,300 people in Norrbotten": a count after "a" (or "an"), up to three
  /// lowercase words and "of" (a hedge may stand between) describes the name the apposition
  /// follows; a place after "in" locates it.
  func isValueOfAnAppositiveNoun(_ q: Quantity) -> Bool {
    guard let (article, of) = indefiniteNoun(before: "of", value: q),
      !isPunctuationBetween(words.words[article].range.end, words.words[of].range.start)
    else { return false }
    // "a population of 352,000 people in X" names the attribute, not what the count describes.
    return !["population", "populace"].contains(words.words[of - 1].key)
  }

  /// The words of "a town of" or "a depot with" right before a value (an approximator may stand
  /// between): the index of "a" or "an" and of the preposition, with one to three lowercase words
  /// between.
  func indefiniteNoun(before preposition: String, value q: Quantity) -> (Int, Int)? {
    var w = words.index(atOrAfter: q.range.start) - 1
    if w >= 0, DocumentClaimReader.approximators.contains(words.words[w].key) { w -= 1 }
    guard w >= 1, words.words[w].key == preposition,
      !isPunctuationBetween(words.words[w].range.end, q.range.start)
    else { return nil }
    var k = w - 1
    var nouns = 0
    while k >= 0, nouns < 3, !["a", "an"].contains(words.words[k].key),
      bytes[words.words[k].range.start] >= 0x61, isPlainWord(words.words[k].key)
    {
      nouns += 1
      k -= 1
    }
    guard nouns >= 1, k >= 0, ["a", "an"].contains(words.words[k].key) else { return nil }
    return (k, w)
  }

  /// "The head of mission, Major General Ines Varela of Uruguay, 57, told reporters": a person's
  /// age set off by commas after the person's name and "of" a place.
  func isAgeAfterNameOfAPlace(_ q: Quantity) -> Bool {
    guard q.kind == .cardinal, let low = q.low, q.high == low, low >= 16, low < 110,
      q.range.end - q.range.start <= 3, q.range.start >= 2, q.range.end < bytes.count,
      bytes[(q.range.start - 2)..<q.range.start].elementsEqual(", ".utf8),
      [UInt8(ascii: ","), UInt8(ascii: ".")].contains(bytes[q.range.end])
    else { return false }
    let w = words.index(atOrAfter: q.range.start)
    guard w >= 3, words.words[w - 1].range.end == q.range.start - 2,
      isUpperASCII(bytes[words.words[w - 1].range.start]), words.words[w - 2].key == "of"
    else { return false }
    let nameEnd = words.words[w - 3].range.end
    return document.entities.contains { $0.type == .person && $0.range.end == nameEnd }
  }

  /// "approved a budget of 168.4 million dollars for the mission": an amount after the
  /// attribute's noun and "of" is the budget of the name (or reference) right after "for".
  func budgetOwnerAfterFor(
    _ spec: AttributeSpec, _ q: Quantity, _ clause: TextRange, _ mentions: [EntityMention]
  ) -> (EntityMention, String)? {
    let first = words.index(atOrAfter: q.range.start)
    guard first >= 2, words.words[first - 1].key == "of",
      words.longestMatch(phrases(spec).context, at: first - 2) == 1
    else { return nil }
    let after = words.index(atOrAfter: q.range.end)
    guard after < words.words.count, words.words[after].key == "for",
      words.words[after].range.end < clause.end,
      !isPunctuationBetween(q.range.end, words.words[after].range.start),
      let m = mentions.first(where: { $0.range.start > words.words[after].range.end }),
      gapIsArticle(words.words[after].range.end, m.range.start), isSubjectCandidate(m, spec, [])
    else { return nil }
    return (m, basis(of: m))
  }

  /// "As at 31 December the company employed 1,962 people": the month of a reporting date
  /// ("as at" or "as of", then a day and a month or a month and a day) written with no year.
  /// "at the end of December" counts too, and so does the year's end ("at the end of the year",
  /// "at year end": December) in an article of the first half of a year, which reports on the
  /// year before.
  func reportingMonth(in clause: TextRange) -> Int? {
    var w = words.index(atOrAfter: clause.start)
    let firstHalf = (document.metadata.published?.month ?? 12) <= 6
    func yearAt(_ k: Int) -> Bool {
      k < words.words.count && words.words[k].range.end <= clause.end
        && words.words[k].key.count == 4 && Int(words.words[k].key) != nil
    }
    var k = w
    while k + 3 < words.words.count, words.words[k + 3].range.end <= clause.end {
      if words.words[k].key == "at" {
        if words.matches(["the", "end", "of"], at: k + 1), k + 4 < words.words.count,
          words.words[k + 4].range.end <= clause.end
        {
          let next = words.words[k + 4].key
          if let month = DocumentClaimReader.monthNames[next], !yearAt(k + 5),
            !(k + 5 < words.words.count && words.words[k + 5].key == "of")
          {
            return month
          }
          if next == "the", k + 5 < words.words.count, words.words[k + 5].key == "year",
            words.words[k + 5].range.end <= clause.end, firstHalf
          {
            return 12
          }
        }
        if firstHalf, words.matches(["year", "end"], at: k + 1) || words.matches(["the", "year", "end"], at: k + 1) {
          return 12
        }
      }
      k += 1
    }
    while w + 3 < words.words.count, words.words[w + 3].range.end <= clause.end {
      if words.words[w].key == "as", ["at", "of"].contains(words.words[w + 1].key) {
        let a = words.words[w + 2].key, b = words.words[w + 3].key
        let month = DocumentClaimReader.monthNames[b].flatMap { Int(a) != nil ? $0 : nil }
          ?? DocumentClaimReader.monthNames[a].flatMap { Int(b) != nil ? $0 : nil }
        let next = w + 4
        let yearFollows = next < words.words.count && words.words[next].range.end <= clause.end
          && words.words[next].key.count == 4 && Int(words.words[next].key) != nil
        if let month, !yearFollows { return month }
      }
      w += 1
    }
    return nil
  }

  /// The last year written in the `back` sentences before sentence `index` ("In the winter of
  /// 1978, ... The co-operative was set up that spring").
  func yearOfEarlierSentences(_ index: Int, back: Int) -> Int? {
    var k = index - 1
    while k >= 0, k >= index - back {
      if let year = inside(document.quantities, document.sentences[k].range, { $0.range })
        .last(where: { $0.kind == .year })?.low
      {
        return Int(checked: year)
      }
      k -= 1
    }
    return nil
  }

  /// "Quarrystone was founded in 2011. Nordvarm (2016) and Celtic Edge (2019) are younger": after
  /// a founding year, a year alone in brackets right after a name is that name's founding year.
  func bracketedFoundingSubject(
    _ spec: AttributeSpec, _ q: Quantity, _ sentenceIndex: Int, _ mentions: [EntityMention]
  ) -> (EntityMention, String)? {
    guard q.range.start >= 2, q.range.end < bytes.count,
      bytes[q.range.start - 1] == UInt8(ascii: "("), bytes[q.range.end] == UInt8(ascii: ")"),
      bytes[q.range.start - 2] == UInt8(ascii: " "),
      let m = mentions.last(where: { $0.range.end == q.range.start - 2 }),
      isSubjectCandidate(m, spec, [])
    else { return nil }
    let sentence = document.sentences[sentenceIndex].range
    let earlier = sentenceIndex > 0
      ? document.sentences[sentenceIndex - 1].range.start : sentence.start
    guard claims.contains(where: { c in
      c.attribute == spec.name && c.sentence.start >= earlier && c.span.end <= q.range.start
        && c.subject.name != m.canonical
    }) else { return nil }
    return (m, basis(of: m))
  }

  /// "Nordvarm Datahall has 390 staff, and Celtic Edge Compute 212", "Nordvarm has 11 percent of
  /// the Swedish market; Celtic Edge, about 2 percent of Ireland's": a clause that leaves out the
  /// verb (and the unit) of the one before it gives another name the same attribute. The name
  /// opens the clause (after ", and" or ";"), only a comma or a hedge stands between it and the
  /// value, and at most an "of" phrase or the earlier unit follows the value.
  mutating func readGapped(
    _ clause: TextRange, _ sentence: TextRange, _ sentenceIndex: Int, _ mentions: [EntityMention],
    _ quantities: [Quantity]
  ) {
    for m in mentions {
      // What opens the gapped clause: ", and" or ", and the" right before the name, or the
      // clause's start after a semicolon (and "the").
      var k = words.index(atOrAfter: m.range.start) - 1
      if k >= 0, words.words[k].key == "the", words.words[k].range.start >= clause.start { k -= 1 }
      // ("Wendby had 48,300 residents and Saltby 31,850": the comma may be left out, and then
      // the value follows the name with none either: "sites in Talvering and Kessmark, 96 of
      // them apprentices" is no gapped clause.)
      let afterAnd = k >= 0 && words.words[k].key == "and" && words.words[k].range.start >= 2
        && words.words[k].range.start >= clause.start
      let commaBeforeAnd = afterAnd && bytes[words.words[k].range.start - 2] == UInt8(ascii: ",")
      let afterSemicolon = clause.start > sentence.start
        && bytes[clause.start - 1] == UInt8(ascii: ";")
        && (k < 0 || words.words[k].range.end <= clause.start)
      guard afterAnd || afterSemicolon else { continue }
      // Between the name and the value: a comma or a hedge only.
      var w = words.index(atOrAfter: m.range.end)
      guard w < words.words.count, !isPunctuationBetween(m.range.end, words.words[w].range.start)
        || (commaBeforeAnd || afterSemicolon) && bytes[m.range.end] == UInt8(ascii: ",")
          && words.words[w].range.start == m.range.end + 2
      else { continue }
      let hedge = w < words.words.count
        && DocumentClaimReader.approximators.contains(words.words[w].key)
      let opening = w < words.words.count ? words.words[w].range.start : clause.end
      if hedge { w += 1 }
      guard w < words.words.count, words.words[w].range.start < clause.end else { continue }
      // "and Celtic Edge Compute 212": the numbers stage may take a number right after a name for
      // part of it ("Route 66"), so a bare number is read here.
      let starts = [opening, words.words[w].range.start]
      guard let q = quantities.first(where: { starts.contains($0.range.start) })
        ?? bareNumber(at: words.words[w].range.start, hedged: hedge),
        [.cardinal, .percent, .money].contains(q.kind), q.low != nil,
        !claims.contains(where: { $0.sentence == sentence && $0.span.holds(q.range.start) })
      else { continue }
      // The clause before: a claim of this sentence on another name, its value of this kind.
      guard let earlier = claims.indices.last(where: { i in
        claims[i].sentence == sentence && claims[i].span.end <= m.range.start
          && claims[i].subject.name != m.canonical && readValues[i].value.kind == q.kind
      }), let spec = lexicon.attributes.first(where: { $0.name == claims[earlier].attribute }),
        isSubjectCandidate(m, spec, [])
      else { continue }
      // After the value: the end of the clause, the earlier unit, or an "of" phrase.
      let next = words.index(atOrAfter: q.range.end)
      // "and Luca Brenni, 58, is sorting the catch": a comma after the value goes on with a verb.
      let stop = q.range.end < bytes.count ? bytes[q.range.end] : UInt8(ascii: ".")
      var restIsGapped = next >= words.words.count || words.words[next].range.start >= clause.end
        || [UInt8(ascii: "."), UInt8(ascii: ";")].contains(stop)
      if !restIsGapped, !isPunctuationBetween(q.range.end, words.words[next].range.start) {
        let unitWord = words.words[max(0, words.index(atOrAfter: claims[earlier].span.end) - 1)].key
        restIsGapped = words.words[next].key == "of" || words.words[next].key == unitWord
      }
      guard restIsGapped else { continue }
      let qualifier = q.kind == .percent ? qualifier(after: q.range.end, in: clause) : nil
      add(spec, subject: (m, basis(of: m)), value: q, qualifier: qualifier,
        unit: q.kind == .money ? q.unit : claims[earlier].unit, clause: clause, sentence: sentence,
        sentenceIndex: sentenceIndex, quantities: quantities, rule: "gapping")
    }
  }

  /// "Fennay Distillery founded: 1824": a fact-box row whose label is a name and a founding verb
  /// gives that name's founding year.
  func rowNamedFoundingSubject(_ spec: AttributeSpec, _ q: Quantity) -> (EntityMention, String)? {
    guard let label = rowLabel(of: q.range.start),
      let m = inside(document.entities, label, { $0.range }).first,
      m.range.start == label.start || gapIsArticle(label.start, m.range.start),
      isSubjectCandidate(m, spec, [])
    else { return nil }
    let w = words.index(atOrAfter: m.range.end)
    guard w < words.words.count, let n = words.longestMatch(phrases(spec).verbs, at: w),
      words.words[w + n - 1].range.end == label.end
    else { return nil }
    return (m, basis(of: m))
  }

  /// "sending a field hospital with 64 staff", "runs a depot with 40 workers": a count after
  /// "with" that describes a thing "a" introduces after a verb counts that thing's people, not the
  /// subject's. After a comma or a copula the thing is the subject ("Orvik, a port with 9,000
  /// people", "is a league with 40 clubs").
  func isCountOfAThingWith(_ q: Quantity, _ unitEnd: Int) -> Bool {
    guard let (k, with) = indefiniteNoun(before: "with", value: q), k >= 1,
      !isPunctuationBetween(words.words[k - 1].range.end, words.words[with].range.start)
    else { return false }
    let before = words.words[k - 1].key
    return bytes[words.words[k - 1].range.start] >= 0x61
      && !DocumentClaimReader.copulas.contains(before) && isPlainWord(before)
  }


  static let copulas: Set<String> = [
    "is", "was", "are", "were", "be", "been", "remains", "remained", "becomes", "became",
    // "is now a body with 40 clubs": an adverb may stand between.
    "now", "still", "also", "already", "today", "again", "just",
  ]

  /// "Its income was 3.9 million pounds last year, against 180,000 pounds in 1988, and its
  /// budget ...": an amount right after "against" that follows an amount of its kind is the
  /// earlier value of that one, not a value of a word read after it.
  func followsAgainst(_ q: Quantity, _ clause: TextRange, _ quantities: [Quantity]) -> Bool {
    let w = words.index(atOrAfter: q.range.start)
    guard w >= 1, words.words[w - 1].key == "against",
      words.words[w - 1].range.start >= clause.start
    else { return false }
    let against = words.words[w - 1].range.start
    return quantities.contains { $0.kind == q.kind && $0.range.end <= against }
  }

  /// "the city pays to the company 1.7 billion crowns", "paid 2 million to the club": an amount
  /// paid to another body, after "pays to" (a short phrase may follow "to") or before "to".
  func isPaidToAnother(_ q: Quantity, _ clause: TextRange) -> Bool {
    let w = words.index(atOrAfter: q.range.start)
    let paying = compiled.paymentVerbs
    var k = w - 1
    while k >= 1, k >= w - 5, words.words[k].range.start >= clause.start,
      !isPunctuationBetween(words.words[k].range.end, q.range.start)
    {
      if words.words[k].key == "to", paying.contains(words.words[k - 1].key) { return true }
      k -= 1
    }
    let after = words.index(atOrAfter: q.range.end)
    return w >= 1 && paying.contains(words.words[w - 1].key) && after < words.words.count
      && words.words[after].key == "to" && words.words[after].range.start < clause.end
      && !isPunctuationBetween(q.range.end, words.words[after].range.start)
  }

  /// "the company spent 640 million crowns, for which it purchased 14 trams": an amount that ",
  /// for which" a purchase follows is the price of that deal, no total.
  func buysWithIt(_ q: Quantity, _ clause: TextRange) -> Bool {
    let gap = Array(", for which ".utf8)
    guard q.range.end + gap.count <= bytes.count,
      bytes[q.range.end..<(q.range.end + gap.count)].elementsEqual(gap)
    else { return false }
    let w = words.index(atOrAfter: q.range.end + gap.count)
    return (w..<min(w + 3, words.words.count)).contains {
      compiled.purchaseVerbs.contains(words.words[$0].key)
    }
  }

  /// "Revenue. The order is the same: 418 million pounds for Quarrystone in 2024, 1.92 billion
  /// kronor for Nordvarm in 2024": in a paragraph a short heading opens ("Revenue.", "Annual
  /// spending."), an amount right before "for" and a name is that name's value of the
  /// attribute the heading names.
  func headedAmountOwner(
    _ spec: AttributeSpec, _ q: Quantity, _ clause: TextRange, _ sentenceIndex: Int,
    _ mentions: [EntityMention]
  ) -> (EntityMention, String)? {
    let after = words.index(atOrAfter: q.range.end)
    guard after < words.words.count, words.words[after].key == "for",
      words.words[after].range.end < clause.end,
      !isPunctuationBetween(q.range.end, words.words[after].range.start),
      let m = mentions.first(where: { $0.range.start > words.words[after].range.end }),
      gapIsArticle(words.words[after].range.end, m.range.start), isSubjectCandidate(m, spec, []),
      let paragraph = paragraph(holding: q.range.start),
      let heading = firstSentence(startingAtOrAfter: paragraph.start)?.range,
      heading.end <= document.sentences[sentenceIndex].range.start,
      bytes[heading.start..<heading.end].last == UInt8(ascii: ".")
    else { return nil }
    let first = words.index(atOrAfter: heading.start)
    var last = first
    while last < words.words.count, words.words[last].range.end <= heading.end { last += 1 }
    guard last - first >= 1, last - first <= 3 else { return nil }
    let context = phrases(spec).context
    let named = (first..<last).contains { words.longestMatch(context, at: $0) != nil }
    return named ? (m, basis(of: m)) : nil
  }

  /// Whether "for" right after an amount introduces its owner ("12 million euros for Brenna
  /// Brot").
  func isOwnedAfterFor(_ q: Quantity) -> Bool {
    let after = words.index(atOrAfter: q.range.end)
    guard after < words.words.count, words.words[after].key == "for",
      !isPunctuationBetween(q.range.end, words.words[after].range.start)
    else { return false }
    let end = words.words[after].range.end
    return document.entities.contains { $0.range.start > end && gapIsArticle(end, $0.range.start) }
  }

  /// "In the winter of 1978, eleven families moved in. The co-operative was set up that spring":
  /// a founding verb followed by "that spring" (summer, autumn, winter, year) in a clause with no
  /// year of its own dates the founding by the year of the sentences just before.
  mutating func readFoundingInContextTime(
    _ spec: AttributeSpec, _ clause: TextRange, _ sentence: TextRange, _ sentenceIndex: Int,
    _ mentions: [EntityMention], _ quantities: [Quantity]
  ) {
    guard !quantities.contains(where: { $0.kind == .year }) else { return }
    let seasons: Set<String> = ["spring", "summer", "autumn", "fall", "winter", "year"]
    var k = words.index(atOrAfter: clause.start)
    while k < words.words.count, words.words[k].range.end <= clause.end {
      defer { k += 1 }
      guard let n = words.longestMatch(phrases(spec).verbs, at: k), k + n + 1 < words.words.count,
        words.words[k + n].key == "that", seasons.contains(words.words[k + n + 1].key),
        words.words[k + n + 1].range.end <= clause.end,
        !isPunctuationBetween(words.words[k + n - 1].range.end, words.words[k + n + 1].range.start),
        let year = yearOfEarlierSentences(sentenceIndex, back: 2)
      else { continue }
      let phrase = TextRange(words.words[k + n].range.start, words.words[k + n + 1].range.end)
      guard let subject = chooseSubject(
        spec, valueStart: words.words[k].range.start, unitEnd: phrase.end, clause, mentions, [],
        sentenceIndex)
      else { return }
      let value = Quantity(range: phrase, low: Double(year), high: Double(year), kind: .year)
      add(spec, subject: subject, value: value, clause: clause, sentence: sentence,
        sentenceIndex: sentenceIndex, quantities: quantities, valueIsTime: true,
        rule: "founding-verb")
      return
    }
  }

  /// Whether a sentence opens with "we" or "our".
  func opensWithFirstPerson(_ sentence: TextRange) -> Bool {
    let w = words.index(atOrAfter: sentence.start)
    return w < words.words.count && words.words[w].range.start < sentence.end
      && ["we", "our"].contains(words.words[w].key)
  }

  /// A number written in digits at `start` ("212", "1,240", "3.5"), read when the numbers stage
  /// did not; `hedged` for one after "about" or "some".
  func bareNumber(at start: Int, hedged: Bool) -> Quantity? {
    var i = start
    var digits: [UInt8] = []
    let isDigit = { (b: UInt8) in b >= 0x30 && b <= 0x39 }
    while i < bytes.count {
      if isDigit(bytes[i]) {
        digits.append(bytes[i])
      } else if bytes[i] == UInt8(ascii: ","), i + 3 < bytes.count,
        (1...3).allSatisfy({ isDigit(bytes[i + $0]) }),
        i + 4 >= bytes.count || !isDigit(bytes[i + 4])
      {
      } else if bytes[i] == UInt8(ascii: "."), i + 1 < bytes.count, isDigit(bytes[i + 1]) {
        digits.append(bytes[i])
      } else {
        break
      }
      i += 1
    }
    // A letter right after the digits makes a code ("A4", "4x4"), no number.
    let isLetter = { (b: UInt8) in
      (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
    }
    guard !digits.isEmpty, i >= bytes.count || !isLetter(bytes[i]),
      let value = Double(String(decoding: digits, as: UTF8.self))
    else { return nil }
    return Quantity(range: TextRange(start, i), low: value, high: value,
      modifier: hedged ? .about : .exact, kind: .cardinal)
  }
}
