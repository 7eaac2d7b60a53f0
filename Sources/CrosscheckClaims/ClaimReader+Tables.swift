import CrosscheckCore

/// Tables written as lines of text: a label that names a company or body, a colon, a percentage,
/// and sometimes the figure of an earlier date in brackets.
///
///     The shares below are market shares at the end of 2024, a year earlier in brackets.
///
///     Household electricity supply
///     Nordvolt Energi: 27.4% (29.1%)
///     Kesterby Power: 19.8% (19.2%)
///
/// The prose before the table says what the figures are and when; each row's label is its
/// subject.
extension DocumentClaimReader {
  /// A table row's claim for the percentage `q`: the name its label gives and the time the
  /// table's introduction gives (`nil` when the figure is no row's, the rows are no shares, or a
  /// bracketed figure's date is not said).
  func shareTableRow(_ q: Quantity, _ spec: AttributeSpec) -> (subject: EntityMention, time: TimeScope)? {
    guard q.kind == .percent else { return nil }
    let row = line(around: q.range.start)
    guard let (value, inBrackets) = rowPercentage(q, row), let label = rowLabel(of: value.range.start),
      let subject = labelName(label, spec)
    else { return nil }
    guard hasNeighbourRow(row, isRow: isPercentageRow),
      let intro = tableIntroduction(above: row, spec, isRow: isPercentageRow)
    else { return nil }
    guard inBrackets else { return (subject, intro.time) }
    return intro.bracketYear.map { (subject, TimeScope(year: $0, basis: "context")) }
  }

  /// A row of a ranked table of shares written with dashes: "1. Agrosemillas Tarvena - 31.2
  /// (29.8)", its figures plain numbers that the prose above says are percentages ("Share of
  /// sales, in per cent (2023 in brackets)").
  func shareDashTableRow(_ q: Quantity, _ spec: AttributeSpec) -> (subject: EntityMention, time: TimeScope)? {
    // A row's figure ends its line or stands by a bracket: checked before the line is looked for.
    var e = q.range.end
    while e < bytes.count, bytes[e] == 0x20 { e += 1 }
    guard e == bytes.count || [10, UInt8(ascii: "("), UInt8(ascii: ")")].contains(bytes[e]) else { return nil }
    let row = line(around: q.range.start)
    guard let parts = dashRow(row), parts.value == q || parts.bracketed == q,
      let subject = labelName(parts.label, spec),
      hasNeighbourRow(row, isRow: { dashRow($0) != nil }),
      let intro = tableIntroduction(above: row, spec, isRow: { dashRow($0) != nil }),
      intro.saysPercent
    else { return nil }
    guard parts.bracketed == q else { return (subject, intro.time) }
    return intro.bracketYear.map { (subject, TimeScope(year: $0, basis: "context")) }
  }

  /// A line "N. Label - V" or "Label - V (W)": an optional rank, a label, a dash, a number and
  /// maybe another in brackets, and nothing more.
  private func dashRow(_ line: TextRange) -> (label: TextRange, value: Quantity, bracketed: Quantity?)? {
    var start = line.start
    var k = start
    while k < line.end, bytes[k] >= 0x30, bytes[k] <= 0x39 { k += 1 }
    if k > start, k + 1 < line.end, bytes[k] == UInt8(ascii: ".") || bytes[k] == UInt8(ascii: ")"),
      bytes[k + 1] == 0x20
    {
      start = k + 2
    }
    let onRow = Array(inside(document.quantities, TextRange(start, line.end)) { $0.range })
    guard let value = onRow.first, value.kind == .cardinal || value.kind == .percent, onRow.count <= 2,
      let dash = dashBefore(value.range.start, from: start), dash > start + 1
    else { return nil }
    // Only the dash and spaces between the label and the figure.
    guard bytes[dash..<value.range.start].allSatisfy({ $0 == 0x20 || $0 == UInt8(ascii: "-") || $0 >= 0x80 })
    else { return nil }
    let label = TextRange(start, dash - 1)
    func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
    if onRow.count == 1 {
      return bytes[value.range.end..<line.end].allSatisfy(isSpace) ? (label, value, nil) : nil
    }
    let other = onRow[1]
    let gap = bytes[value.range.end..<other.range.start]
    guard gap.last == UInt8(ascii: "("), gap.dropLast().allSatisfy(isSpace), other.range.end < line.end,
      bytes[other.range.end] == UInt8(ascii: ")"),
      bytes[(other.range.end + 1)..<line.end].allSatisfy(isSpace)
    else { return nil }
    return (label, value, other)
  }

  /// "Member cities, their populations at the 2020 census: / Corvale: 61,480 - 33.1% / Anselm:
  /// 38,915 - 20.9%": a row of a table of counts, its label a name, its first figure a count with
  /// no unit, the prose above naming the attribute (a context word) and the year. A row whose
  /// figure has a unit ("5,204 staff") is read as prose is.
  func countTableRow(_ q: Quantity, _ spec: AttributeSpec) -> (subject: EntityMention, time: TimeScope)? {
    let row = line(around: q.range.start)
    guard q.kind == .cardinal, spec.shape == .count, !phrases(spec).context.isEmpty,
      let low = q.low, low >= 2, low == low.rounded(), isCountRow(row, first: q),
      var label = rowLabel(of: q.range.start)
    else { return nil }
    // "Ferrisburg (county seat): 97,215": a bracket after the name says more of it.
    if bytes[label.end - 1] == UInt8(ascii: ")"),
      let open = bytes[label.start..<label.end].lastIndex(of: UInt8(ascii: "(")), open > label.start + 1,
      bytes[open - 1] == UInt8(ascii: " ")
    {
      label = TextRange(label.start, open - 1)
    }
    // The label is a name the tagger read, and no word of a fact box ("Staff: 385", "Troops:
    // 4,200", "Population: 318,442"): a unit or context word of any attribute opens none.
    let first = words.index(atOrAfter: label.start)
    guard let subject = labelName(label, spec),
      inside(document.entities, label, { $0.range }).contains(where: {
        $0.range == subject.range || $0.range.start == subject.range.start && $0.range.end == label.end
      }),
      first < words.words.count,
      !lexicon.attributes.contains(where: { other in
        words.longestMatch(phrases(other).units, at: first) != nil
          || words.longestMatch(phrases(other).context, at: first) != nil
      })
    else { return nil }
    guard hasNeighbourRow(row, isRow: { isCountRow($0, first: nil) }),
      let intro = tableIntroduction(above: row, spec, isRow: { isCountRow($0, first: nil) })
    else { return nil }
    return (subject, intro.time)
  }

  /// The year written right before "in brackets" ("(2023 in brackets)") in a range, if any.
  private func yearBeforeInBrackets(_ range: TextRange) -> Int? {
    var w = words.index(atOrAfter: range.start)
    while w + 2 < words.words.count, words.words[w + 2].range.end <= range.end {
      if words.words[w + 1].key == "in", ["brackets", "parentheses"].contains(words.words[w + 2].key),
        let year = inside(document.quantities, words.words[w].range, { $0.range }).first(where: { $0.kind == .year }),
        let low = year.low
      {
        return Int(checked: low)
      }
      w += 1
    }
    return nil
  }

  /// A table has two rows or more: whether the line right above `row` or right below it (in
  /// the same block of lines) is a row too.
  private func hasNeighbourRow(_ row: TextRange, isRow: (TextRange) -> Bool) -> Bool {
    let above = row.start >= 2 && bytes[row.start - 2] != 10 ? line(around: row.start - 1) : nil
    let below = row.end + 1 < bytes.count && bytes[row.end + 1] != 10 ? line(around: row.end + 1) : nil
    return [above, below].contains { $0.map(isRow) ?? false }
  }

  /// Whether a line is a row of a table of counts: "Label: N" and then nothing, a bracket or a
  /// dash; with `first`, N is that quantity.
  private func isCountRow(_ line: TextRange, first: Quantity?) -> Bool {
    guard let q = inside(document.quantities, line, { $0.range }).first, q.kind == .cardinal,
      first == nil || first == q, rowLabel(of: q.range.start) != nil
    else { return false }
    var k = q.range.end
    while k < line.end, bytes[k] == 0x20 { k += 1 }
    return k == line.end || bytes[k] == UInt8(ascii: "(") || bytes[k] == UInt8(ascii: "-")
      || bytes[k] == 0xE2 && k + 2 < line.end && bytes[k + 1] == 0x80 && (bytes[k + 2] == 0x93 || bytes[k + 2] == 0x94)
  }

  /// The row value `q` is, and whether it is the bracketed figure after the row's own: the row
  /// reads "Label: N%" or "Label: N% (M%)" and nothing more.
  private func rowPercentage(_ q: Quantity, _ row: TextRange) -> (Quantity, Bool)? {
    let onRow = Array(inside(document.quantities, row) { $0.range })
    guard let i = onRow.firstIndex(of: q) else { return nil }
    func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
    func closes(_ v: Quantity, bracket: Bool) -> Bool {
      var k = v.range.end
      if bracket {
        guard k < row.end, bytes[k] == UInt8(ascii: ")") else { return false }
        k += 1
      }
      return bytes[k..<row.end].allSatisfy(isSpace)
    }
    func opensBracket(after v: Quantity, before w: Quantity) -> Bool {
      let gap = bytes[v.range.end..<w.range.start]
      return gap.last == UInt8(ascii: "(") && gap.dropLast().allSatisfy(isSpace)
    }
    if i == 0 {
      guard rowLabel(of: q.range.start) != nil else { return nil }
      if onRow.count == 1 { return closes(q, bracket: false) ? (q, false) : nil }
      let next = onRow[1]
      guard onRow.count == 2, next.kind == .percent, opensBracket(after: q, before: next),
        closes(next, bracket: true)
      else { return nil }
      return (q, false)
    }
    guard i == 1, onRow.count == 2, onRow[0].kind == .percent, opensBracket(after: onRow[0], before: q),
      closes(q, bracket: true), rowLabel(of: onRow[0].range.start) != nil
    else { return nil }
    return (onRow[0], true)
  }

  /// Whether a line is a row of a percentage table, with or without a name in its label ("All
  /// other suppliers (25 companies): 11.8% (13.2%)" is one).
  private func isPercentageRow(_ line: TextRange) -> Bool {
    guard let first = inside(document.quantities, line, { $0.range }).first, first.kind == .percent else {
      return false
    }
    return rowPercentage(first, line) != nil
  }

  /// The company or body a row's label names: a name that fills the label (an article before it
  /// aside) and may hold a share. A label the tagger found no name in ("Quellnet", a single
  /// capitalized word opening its line) is taken as a name of its own when its words are
  /// capitalized and do not sum up other rows ("All other suppliers", "Total").
  private func labelName(_ label: TextRange, _ spec: AttributeSpec) -> EntityMention? {
    var start = label.start
    let the = Array("The ".utf8)
    if label.end - start > 4, bytes[start..<(start + 4)].elementsEqual(the) { start += 4 }
    let named = inside(document.entities, label) { $0.range }
    if !named.isEmpty {
      return named.first { m in
        m.range.start == start && m.range.end == label.end && [.organization, .other].contains(m.type)
          && spec.subjectTypes.contains(m.type)
      }
    }
    let first = words.index(atOrAfter: start)
    var w = first
    while w < words.words.count, words.words[w].range.end <= label.end {
      guard isUpperASCII(bytes[words.words[w].range.start]) || words.words[w].key == "and" else {
        return nil
      }
      w += 1
    }
    guard w > first, w - first <= 4, !compiled.aggregateLabels.contains(words.words[first].key),
      bytes[start..<label.end].allSatisfy({ isLetterASCII($0) || $0 >= 0x80 || [0x20, 0x26, 0x2D, 0x27].contains($0) }),
      spec.subjectTypes.contains(.other)
    else { return nil }
    let name = String(decoding: bytes[start..<label.end], as: UTF8.self)
    return EntityMention(range: TextRange(start, label.end), canonical: name, type: .other, basis: .name)
  }

  /// What the prose above a table says of its figures: that they are shares (a context word of
  /// the attribute), the year they hold (a year or date in that sentence, else the publication
  /// date's), and the year of the figures in brackets when it says it ("a year earlier in
  /// brackets", "2023 in brackets"). Headings and other tables between it and the row are passed
  /// over; the first line ending as a sentence does ends the search.
  private func tableIntroduction(
    above row: TextRange, _ spec: AttributeSpec, isRow: (TextRange) -> Bool
  ) -> (time: TimeScope, bracketYear: Int?, saysPercent: Bool)? {
    var above = row
    var seen = 0
    while above.start > 0, seen < 16 {
      above = line(around: above.start - 1)
      seen += 1
      guard above.end > above.start, !isRow(above) else { continue }
      let context = phrases(spec).context
      let last = bytes[above.start..<above.end].last(where: { $0 != 0x20 })
      let isProse = last == UInt8(ascii: ".") || last == UInt8(ascii: ":")
      // The sentence nearest the table first.
      for sentence in inside(document.sentences, above, { $0.range }).reversed() {
        let first = words.index(atOrAfter: sentence.range.start)
        var w = first
        var saysShares = false
        var keys: Set<String> = []
        while w < words.words.count, words.words[w].range.end <= sentence.range.end {
          if words.longestMatch(context, at: w) != nil { saysShares = true }
          keys.insert(words.words[w].key)
          w += 1
        }
        guard saysShares else { continue }
        var years = inside(document.quantities, sentence.range) { $0.range }
          .filter { $0.kind == .year }.compactMap { $0.low.flatMap { Int(checked: $0) } }
        for m in inside(document.entities, sentence.range, { $0.range }) where m.type == .date {
          if let y = Int(m.canonical.prefix(4)), !years.contains(y) { years.append(y) }
        }
        let time = years.first.map { TimeScope(year: $0, basis: "context") }
          ?? document.metadata.published.map { TimeScope(year: $0.year, basis: "published") }
          ?? TimeScope(year: nil, basis: "unknown")
        var bracketYear: Int?
        let saysPercent = !keys.isDisjoint(with: ["percent", "%"])
          || keys.contains("per") && keys.contains("cent")
        // "(2023 in brackets)": that year is the bracketed figures'; the others hold in the year a
        // heading right above names, else the year after.
        if let named = yearBeforeInBrackets(sentence.range) {
          if let other = years.first(where: { $0 != named }) {
            return (TimeScope(year: other, basis: "context"), named, saysPercent)
          }
          let heading = above.start >= 2 && bytes[above.start - 2] != 10
            ? Set(yearsInLabel(line(around: above.start - 1))) : []
          let year = heading.count == 1 ? heading.first! : named + 1
          return (TimeScope(year: year, basis: "context"), named, saysPercent)
        }
        if !keys.isDisjoint(with: ["bracket", "brackets", "parentheses", "parenthesis"]) {
          if let other = years.first(where: { $0 != time.year }) {
            bracketYear = other
          } else if let y = time.year,
            !keys.isDisjoint(with: ["earlier", "before", "previous", "prior", "ago"])
          {
            bracketYear = y - 1
          }
        }
        return (time, bracketYear, saysPercent)
      }
      if isProse { return nil }
    }
    return nil
  }
}
