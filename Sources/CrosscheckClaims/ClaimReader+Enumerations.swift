import CrosscheckCore

/// Enumerations: lists whose length is a count and whose items are the members.
extension DocumentClaimReader {
  /// Lists of two or more entities after an enumeration verb preceded by a unit or an entity, or
  /// after a colon or dash.
  /// Whether the attribute's unit stands within four words before word `w`, right after a
  /// capitalized regional adjective that does not open the clause ("North African members",
  /// "its Nordic members") or a subset qualifier ("seasonal members").
  func namesAPartOfTheUnit(
    _ spec: AttributeSpec, before w: Int, _ clauseWords: Range<Int>
  ) -> Bool {
    let units = phrases(spec).units
    for u in stride(from: w - 1, through: max(clauseWords.lowerBound + 1, w - 4), by: -1)
    where words.longestMatch(units, at: u) != nil {
      let modifier = words.words[u - 1]
      if compiled.subsetQualifiers.contains(modifier.key) { return true }
      return u - 1 > clauseWords.lowerBound && isUpperASCII(bytes[modifier.range.start])
        && ["an", "ese", "ish", "ic"].contains(where: { modifier.key.hasSuffix($0) })
        && !isPunctuationBetween(modifier.range.end, words.words[u].range.start)
    }
    return false
  }

  func findEnumerations(_ spec: AttributeSpec, _ clause: TextRange, _ mentions: [EntityMention]) -> [Enumeration] {
    guard let verbs = phrases(spec).enumerationVerbs else { return [] }
    let units = phrases(spec).units
    var out: [Enumeration] = []
    var starts: [Int] = []
    var partialStarts: Set<Int> = []
    var w = words.index(atOrAfter: clause.start)
    while w < words.words.count, words.words[w].range.end <= clause.end {
      let partial = words.longestMatch(DocumentClaimReader.partialListWords, at: w)
      if let n = partial ?? words.longestMatch(verbs, at: w) {
        // The verb needs a unit noun or an entity within four words before it.
        let verbStart = words.words[w].range.start
        let window = max(0, w - 4)
        let unitBefore = (window..<w).contains { words.longestMatch(units, at: $0) != nil }
        let entityBefore = mentions.contains {
          $0.range.end <= verbStart && $0.range.start >= (words.words[window].range.start) && $0.type != .date
        }
        if unitBefore || entityBefore {
          starts.append(words.words[w + n - 1].range.end)
          if partial != nil { partialStarts.insert(words.words[w + n - 1].range.end) }
        }
        w += n
      } else {
        w += 1
      }
    }
    for i in clause.start..<clause.end where bytes[i] == UInt8(ascii: ":") {
      // "Sister cities: A, B and C", "Headquarters: Lenthe, Ostrenland": the list of a fact-box
      // row is what its label names, a count of this attribute only when the label is its unit.
      // "Observers: Tavora, Ilm" names another count attribute's role, which takes the list.
      if let label = rowLabel(before: i + 1), label.end == i, !labelIsOneOf(label, units),
        roleNamedBy(label, besides: spec) == nil
      {
        continue
      }
      starts.append(i + 1)
    }
    for start in starts.sorted() {
      if let list = enumeration(startingAt: start, clause: clause, mentions: mentions, partial: partialStarts.contains(start)),
        !out.contains(where: { $0.range.overlaps(list.range) })
      {
        out.append(list)
      }
    }
    return out
  }

  /// Words before a list that names only some members ("seven members, including A and B").
  static let partialListWords = ["including", "such as", "among them", "notably", "among others"].phrases

  func enumeration(startingAt start: Int, clause: TextRange, mentions: [EntityMention], partial: Bool = false) -> Enumeration? {
    let listable: Set<EntityType> = [.country, .organization, .place, .other]
    var items: [EntityMention] = []
    var position = start
    for m in mentions where m.range.start >= start {
      let gap = String(decoding: bytes[position..<m.range.start], as: UTF8.self)
      // "its members are now A, B and C": an adverb of time may open the list.
      let allowed = items.isEmpty ? ["", " ", " the ", " now ", " currently ", " still "]
        // "Arvel, Brisa, the Calloway Cays and Dunmore": an item may open with "the".
        : [", ", ", and ", " and ", ",and ", " & ", ", & ", ", the ", ", and the ", " and the "]
      guard allowed.contains(gap) || (items.isEmpty && gap == " - "), listable.contains(m.type), m.basis != .reference
      else { break }
      items.append(m)
      position = m.range.end
    }
    guard items.count >= (partial ? 1 : 2), let first = items.first, let last = items.last else { return nil }
    // A list that goes on with words that are not entities ("A, B and other states") is partial.
    let after = String(decoding: bytes[last.range.end..<min(clause.end, last.range.end + 8)], as: UTF8.self)
    let trailing = after.hasPrefix(" and other") || after.hasPrefix(", and other") || after.hasPrefix(" among")
      || after.hasPrefix(", among")
    return Enumeration(items: items, range: TextRange(first.range.start, last.range.end), complete: !partial && !trailing)
  }

  /// Entities that are items of a list of three or more ("A, B and C"): not subjects of a count.
  func listedItems(_ clause: TextRange, _ mentions: [EntityMention]) -> [TextRange] {
    var out: [TextRange] = []
    var run: [EntityMention] = []
    func flush() {
      if run.count >= 3 { out += run.map(\.range) }
      run.removeAll()
    }
    for m in mentions {
      if let last = run.last {
        let gap = String(decoding: bytes[last.range.end..<max(last.range.end, m.range.start)], as: UTF8.self)
        if [", ", ", and ", " and ", ", & ", " & "].contains(gap) {
          run.append(m)
          continue
        }
        flush()
      }
      run = [m]
    }
    flush()
    return out
  }

  /// Whether only a colon, dash or a few words ("belonging to the CIS:") lead from a count to its list.
  func isListIntro(from: Int, to: Int) -> Bool {
    let gap = bytes[from..<to]
    return gap.count <= 60 && (gap.contains(UInt8(ascii: ":")) || gap.contains(UInt8(ascii: "-")))
  }
}
