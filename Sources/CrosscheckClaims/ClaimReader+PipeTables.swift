import CrosscheckCore

/// Tables written with pipes between their cells, one row a line, the first line naming the
/// columns (a Markdown table's outer pipes and its line of dashes are allowed):
///
///     District | Population 2024 | Area (km2)
///     Kota Ranjau | 412,306 | 18.4
///
///     Year | Budget (million marks) | Staff
///     2023 | 2,355.5 | 2,560
///
/// or with a label, a colon and cells split by semicolons, or with cells split by spaced dashes
/// (three cells at least, two rows at least):
///
///     Member: year joined; staff at 30 September 2025; share of premiums in 2024
///     Hestra Mutual: 2009; 2,140; 14.2%
///
///     Institute - staff (31 Dec 2025) - budget 2026
///     Kessel Institute of Virology - 412 - EUR 38.6m
///
/// A column's header names its attribute (the attribute's `headers` words) and may name its year
/// ("Population 2024") and its scale ("(million)", "(€m)"). Rows open with a name, the subject of
/// their figures, or with a year, when the figures are the table's subject's: what the headline
/// names, else the article's topic. The figures of a table's lines are read only here.
struct PipeTable {
  /// The header's cells, then each row's, as byte ranges of trimmed text.
  var header: [TextRange]
  var rows: [[TextRange]]
  /// The range from the header's start to the last row's end.
  var range: TextRange
}

extension DocumentClaimReader {
  /// The cells of a line split at its pipes, trimmed, the empty cells a Markdown table's outer
  /// pipes leave dropped; `nil` for a line with fewer than two cells.
  static func pipeCells(_ bytes: [UInt8], _ line: TextRange) -> [TextRange]? {
    guard bytes[line.start..<line.end].contains(UInt8(ascii: "|")) else { return nil }
    var cells: [TextRange] = []
    var start = line.start
    var k = line.start
    while k <= line.end {
      if k == line.end || bytes[k] == UInt8(ascii: "|") {
        var a = start
        var b = k
        while a < b, bytes[a] == 0x20 || bytes[a] == 0x09 { a += 1 }
        while b > a, bytes[b - 1] == 0x20 || bytes[b - 1] == 0x09 { b -= 1 }
        cells.append(TextRange(a, b))
        start = k + 1
      }
      k += 1
    }
    if cells.first.map({ $0.start == $0.end }) == true { cells.removeFirst() }
    if cells.last.map({ $0.start == $0.end }) == true { cells.removeLast() }
    return cells.count >= 2 ? cells : nil
  }

  /// How a line splits into cells.
  enum CellSeparator { case pipe, semicolon, dash }

  /// The columns a line introducing a list names, when it ends in a colon and names them by
  /// commas ("Member, year of accession, population (2024 estimate):") or by "and" ("Member
  /// hospitals and employees (2025):"): each column's text, trimmed; nil for a line of another
  /// shape or of one column.
  static func introColumns(_ bytes: [UInt8], _ line: TextRange) -> [TextRange]? {
    var end = line.end
    while end > line.start, bytes[end - 1] == 0x20 { end -= 1 }
    guard end - line.start >= 8, end - line.start <= 120, bytes[end - 1] == UInt8(ascii: ":"),
      !bytes[line.start..<(end - 1)].contains(where: {
        [UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: "|")].contains($0)
      })
    else { return nil }
    end -= 1
    func matches(_ k: Int, _ s: String) -> Bool {
      let u = Array(s.utf8)
      return k + u.count <= end && bytes[k..<(k + u.count)].elementsEqual(u)
    }
    let commas = bytes[line.start..<end].contains(UInt8(ascii: ","))
    // "A, B and C": a comma, or an "and" after the last comma ("A and B" with no comma).
    let cells = split(TextRange(line.start, end)) { k in
      matches(k, ", and ") ? 6 : matches(k, ", ") ? 2
        : matches(k, " and ") && (!commas || !bytes[k..<end].contains(UInt8(ascii: ","))) ? 5 : 0
    }
    return cells.count >= 2 && cells.allSatisfy({ $0.end > $0.start }) ? cells : nil
  }

  /// The parts of `range` between separators, untrimmed: `width(k)` is the length of a separator
  /// that starts at byte `k`, or 0.
  static func split(_ range: TextRange, separatorWidth width: (Int) -> Int) -> [TextRange] {
    var parts: [TextRange] = []
    var start = range.start
    var k = range.start
    while k < range.end {
      let w = width(k)
      if w > 0 {
        parts.append(TextRange(start, k))
        start = k + w
        k += w
      } else {
        k += 1
      }
    }
    parts.append(TextRange(start, range.end))
    return parts
  }

  /// The cells of a line split the way `separator` says, trimmed; `nil` when the line is no such
  /// row. A semicolon row is "Label: cell; cell" (a colon after the label, a semicolon between
  /// the cells after it); a dash row has three cells at least, split by a hyphen, an en dash or an
  /// em dash with a space on each side.
  static func cells(_ bytes: [UInt8], _ line: TextRange, _ separator: CellSeparator) -> [TextRange]? {
    cells(bytes, line, separator, fewest: 3)
  }

  /// ``cells(_:_:_:)`` with the fewest cells a dash row may have.
  static func cells(_ bytes: [UInt8], _ line: TextRange, _ separator: CellSeparator, fewest: Int) -> [TextRange]? {
    func trimmed(_ a0: Int, _ b0: Int) -> TextRange {
      var a = a0
      var b = b0
      while a < b, bytes[a] == 0x20 || bytes[a] == 0x09 { a += 1 }
      while b > a, bytes[b - 1] == 0x20 || bytes[b - 1] == 0x09 { b -= 1 }
      return TextRange(a, b)
    }
    switch separator {
    case .pipe:
      return pipeCells(bytes, line)
    case .semicolon:
      guard let colon = bytes[line.start..<line.end].firstIndex(of: UInt8(ascii: ":")),
        colon > line.start, colon + 1 < line.end, bytes[colon + 1] == 0x20,
        bytes[colon..<line.end].contains(UInt8(ascii: ";"))
      else { return nil }
      var cells = [trimmed(line.start, colon)]
      var start = colon + 1
      for k in (colon + 1)...line.end where k == line.end || bytes[k] == UInt8(ascii: ";") {
        cells.append(trimmed(start, k))
        start = k + 1
      }
      return cells.allSatisfy({ $0.end > $0.start }) ? cells : nil
    case .dash:
      // " - ", " – " (E2 80 93), " — " (E2 80 94).
      let cells = split(line) { k in
        if bytes[k] == 0x20, k + 2 < line.end, bytes[k + 1] == UInt8(ascii: "-"), bytes[k + 2] == 0x20 { return 3 }
        if bytes[k] == 0x20, k + 4 < line.end, bytes[k + 1] == 0xE2, bytes[k + 2] == 0x80,
          bytes[k + 3] == 0x93 || bytes[k + 3] == 0x94, bytes[k + 4] == 0x20
        {
          return 5
        }
        return 0
      }.map { trimmed($0.start, $0.end) }
      return cells.count >= fewest && cells.allSatisfy({ $0.end > $0.start }) ? cells : nil
    }
  }

  /// Every table of the text: a header line whose cells all hold letters, then at least one line
  /// with as many cells split the same way (a Markdown line of dashes between them is passed
  /// over), two for semicolons and dashes, which prose uses too.
  static func findPipeTables(_ bytes: [UInt8]) -> [PipeTable] {
    var lines: [TextRange] = []
    var start = 0
    for k in 0...bytes.count where k == bytes.count || bytes[k] == 10 {
      lines.append(TextRange(start, k))
      start = k + 1
    }
    func hasLetter(_ r: TextRange) -> Bool {
      bytes[r.start..<r.end].contains { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || $0 >= 0xC0 }
    }
    func isRule(_ line: TextRange) -> Bool {
      line.end > line.start && bytes[line.start..<line.end].allSatisfy {
        [UInt8(ascii: "|"), UInt8(ascii: "-"), UInt8(ascii: ":"), 0x20, 0x09].contains($0)
      }
    }
    func hasDigit(_ c: TextRange) -> Bool { bytes[c.start..<c.end].contains { $0 >= 0x30 && $0 <= 0x39 } }
    // A header's numbers are dates at most ("staff at 30 September 2025", "budget 2026"): a
    // line with "2,950" or "212" in it is a row of its own figures ("Brennic Rail: staff 2,950;
    // market share 46%").
    func namesColumns(_ c: TextRange) -> Bool {
      var k = c.start
      while k < c.end {
        guard bytes[k] >= 0x30 && bytes[k] <= 0x39 else {
          k += 1
          continue
        }
        var e = k
        while e < c.end, bytes[e] >= 0x30 && bytes[e] <= 0x39 { e += 1 }
        let digits = e - k
        let punctuated = e < c.end && [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "%")].contains(bytes[e])
          && e + 1 < c.end && bytes[e + 1] >= 0x30 && bytes[e + 1] <= 0x39
        if punctuated || digits == 3 || digits > 4 { return false }
        if digits == 4, !(bytes[k] == UInt8(ascii: "1") && bytes[k + 1] >= UInt8(ascii: "8")
          || bytes[k] == UInt8(ascii: "2") && bytes[k + 1] == UInt8(ascii: "0"))
        {
          return false
        }
        k = e
      }
      return true
    }
    var tables: [PipeTable] = []
    var i = 0
    while i < lines.count {
      // "Member hospitals and employees (2025):" over "Mistlebrook Regional Medical Center —
      // 3,420": a line that names the columns before a colon heads rows split by dashes, two
      // cells or more, whose last cell holds a figure in every row.
      if let header = introColumns(bytes, lines[i]), header.allSatisfy(hasLetter), header.allSatisfy(namesColumns) {
        var j = i + 1
        var rows: [[TextRange]] = []
        while j < lines.count, let cells = cells(bytes, lines[j], .dash, fewest: 2), cells.count == header.count {
          rows.append(cells)
          j += 1
        }
        if rows.count >= 2, rows.allSatisfy({ $0.last.map(hasDigit) == true }) {
          tables.append(PipeTable(header: header, rows: rows, range: TextRange(lines[i].start, lines[j - 1].end)))
          i = j
          continue
        }
      }
      guard let (separator, header) = [CellSeparator.pipe, .semicolon, .dash].lazy.compactMap({ separator in
        cells(bytes, lines[i], separator).map { (separator, $0) }
      }).first, header.allSatisfy(hasLetter), separator == .pipe || header.allSatisfy(namesColumns)
      else {
        i += 1
        continue
      }
      var j = i + 1
      if separator == .pipe, j < lines.count, isRule(lines[j]) { j += 1 }
      var rows: [[TextRange]] = []
      while j < lines.count, let cells = cells(bytes, lines[j], separator), cells.count == header.count {
        rows.append(cells)
        j += 1
      }
      // A row must hold a figure somewhere, or the "table" is a line of links or a title bar; a
      // table split by semicolons or dashes holds one in every cell after its label.
      let figures = separator == .pipe
        ? rows.contains { cells in cells.dropFirst().contains(where: hasDigit) }
        : rows.count >= 2 && rows.allSatisfy { cells in cells.dropFirst().allSatisfy(hasDigit) }
      if !rows.isEmpty, figures {
        tables.append(PipeTable(header: header, rows: rows, range: TextRange(lines[i].start, lines[j - 1].end)))
        i = j
      } else {
        i += 1
      }
    }
    return tables
  }

  /// Whether a byte offset lies inside one of the text's pipe tables.
  func isInPipeTable(_ offset: Int) -> Bool {
    pipeTables.contains { $0.range.holds(offset) }
  }

  /// Reads the claims of every pipe table (see ``PipeTable``).
  mutating func readPipeTables() {
    for table in pipeTables { read(table) }
  }

  private mutating func read(_ table: PipeTable) {
    let columns = table.header.map { cell in (spec: headerAttribute(cell), year: headerYear(cell), scale: headerScale(cell)) }
    guard columns.dropFirst().contains(where: { $0.spec != nil }) else { return }
    let firstHeader = String(decoding: bytes[table.header[0].start..<table.header[0].end], as: UTF8.self).lowercased()
    let byYear = ["year", "years", "fiscal year", "financial year"].contains(firstHeader)
      || table.rows.allSatisfy { yearOfCell($0[0]) != nil }
    // The line above the table (a blank one aside) may give the scale of all its money ("Table 1.
    // Budget and staff, million marks") and the year of all its figures ("The four largest member
    // states, 2024").
    var title: TextRange?
    if table.range.start >= 2 {
      var above = line(around: table.range.start - 1)
      if above.start == above.end, above.start >= 2 { above = line(around: above.start - 1) }
      if above.end > above.start { title = above }
    }
    let titleScale = title.flatMap(headerScale) ?? headerScale(table.header[0])
    // "Member states at a glance (2025): armed forces; population": the label column's header
    // may give the year of all the figures.
    let titleYear = headerYear(table.header[0]) ?? title.flatMap(headerYear)
    guard let sentenceIndex = sentenceIndex(holding: table.range.start) else { return }
    let sentence = document.sentences[sentenceIndex].range
    // The subject of a table of years, once per attribute.
    var subjectOfTable: [String: (EntityMention, String)?] = [:]
    for cells in table.rows {
      let label = cells[0]
      var subject: (EntityMention, String)?
      var rowYear: Int?
      if byYear {
        guard let year = yearOfCell(label) else { continue }
        rowYear = year
      } else {
        guard let name = rowName(label) else { continue }
        subject = (name, "direct")
      }
      for (c, column) in columns.enumerated().dropFirst() {
        guard let spec = column.spec, c < cells.count else { continue }
        let cell = cells[c]
        // "2,590 (forecast)", "2,810 (planned)", "—": no figure that holds.
        let cellText = String(decoding: bytes[cell.start..<cell.end], as: UTF8.self).lowercased()
        guard !DocumentClaimReader.unstatedCellWords.contains(where: { cellText.contains($0) }),
          var q = inside(document.quantities, cell, { $0.range }).first(where: { $0.kind != .year || spec.shape == .year })
            ?? plainNumber(in: cell)
        else { continue }
        if subject == nil, subjectOfTable[spec.name] == nil {
          subjectOfTable[spec.name] = .some(tableSubject(spec))
        }
        guard let (mention, basis) = subject ?? subjectOfTable[spec.name] ?? nil,
          spec.subjectTypes.contains(mention.type) || mention.type == .other
        else { continue }
        // Money needs a scale or a currency: "2,190.0" alone under "Budget" says neither.
        var scale = column.scale
        if spec.shape == .money {
          guard let found = scale ?? titleScale ?? (q.kind == .money ? 1 : nil) else { continue }
          scale = found
        }
        if let scale, scale != 1 {
          // "2.11" billion is 2,110,000,000, not a float's 2,109,999,999.9999998.
          q.low = q.low.map { ($0 * scale).rounded() }
          q.high = q.high.map { ($0 * scale).rounded() }
        }
        let year = column.year ?? rowYear ?? titleYear
        let time = compiled.yearAttributes.contains(spec.name) || spec.changesOverTime == false
          ? TimeScope(year: nil, basis: "unknown")
          : year.map { TimeScope(year: $0, basis: "explicit") }
            ?? document.metadata.published.map { TimeScope(year: $0.year, basis: "published") }
            ?? TimeScope(year: nil, basis: "unknown")
        add(spec, subject: (mention, basis), value: q, time: time, clause: cell, sentence: sentence,
            sentenceIndex: sentenceIndex, quantities: [q], rule: "pipe-table")
      }
    }
  }

  /// A cell that is one plain number ("2.11", "10,180", "14.2%"), read as a quantity when the
  /// numbers stage read none inside it: "2020 - 2.11 - 10,180" can read as ranges across the
  /// cells' dashes.
  func plainNumber(in cell: TextRange) -> Quantity? {
    var text = String(decoding: bytes[cell.start..<cell.end], as: UTF8.self)
    var kind = QuantityKind.cardinal
    if text.hasSuffix("%") {
      text.removeLast()
      kind = .percent
    }
    let digits = text.replacingOccurrences(of: ",", with: "")
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
      digits.first?.isNumber == true, let value = Double(digits)
    else { return nil }
    return Quantity(range: cell, low: value, high: value, kind: kind, unit: kind == .percent ? "percent" : nil)
  }

  /// Words in a cell that make its figure no value that holds.
  static let unstatedCellWords = ["forecast", "planned", "plan", "target", "projected", "estimate", "budgeted"]

  /// The attribute a column's header names: the first attribute one of whose `headers` phrases
  /// is a word of the header.
  private func headerAttribute(_ cell: TextRange) -> AttributeSpec? {
    var w = words.index(atOrAfter: cell.start)
    while w < words.words.count, words.words[w].range.end <= cell.end {
      for spec in lexicon.attributes {
        if let headers = compiled.headers[spec.name], words.longestMatch(headers, at: w) != nil {
          return spec
        }
      }
      w += 1
    }
    return nil
  }

  /// The year a header (or a table's title) names ("Population 2024"), if it names one.
  private func headerYear(_ cell: TextRange) -> Int? {
    let years = Set(yearsInLabel(cell))
    return years.count == 1 ? years.first : nil
  }

  /// The scale a header or a table's title writes: "(million)", "(€m)", "(bn)", "thousands".
  private func headerScale(_ range: TextRange) -> Double? {
    var w = words.index(atOrAfter: range.start)
    while w < words.words.count, words.words[w].range.end <= range.end {
      switch words.words[w].key {
      case "million", "millions", "m", "mn", "€m", "$m", "£m": return 1_000_000
      case "billion", "billions", "bn", "€bn", "$bn", "£bn": return 1_000_000_000
      case "thousand", "thousands", "000s", "'000": return 1_000
      default: w += 1
      }
    }
    return nil
  }

  /// The year a row's first cell is ("2023", "2024 (provisional)").
  private func yearOfCell(_ cell: TextRange) -> Int? {
    guard cell.end - cell.start >= 4, let year = yearsInLabel(TextRange(cell.start, cell.start + 4)).first
    else { return nil }
    return cell.end == cell.start + 4 || bytes[cell.start + 4] == 0x20 ? year : nil
  }

  /// The name a row's first cell gives: the tagger's name filling it, else its capitalized words
  /// (a bracket after them aside: "Selindra (total)"); `nil` for a total or other aggregate row.
  private func rowName(_ cell: TextRange) -> EntityMention? {
    var label = cell
    if bytes[label.end - 1] == UInt8(ascii: ")"),
      let open = bytes[label.start..<label.end].lastIndex(of: UInt8(ascii: "(")), open > label.start + 1
    {
      label = TextRange(label.start, open - 1)
    }
    guard label.end > label.start, isUpperASCII(bytes[label.start]) || bytes[label.start] >= 0xC0 else { return nil }
    let first = words.index(atOrAfter: label.start)
    guard first < words.words.count, !compiled.aggregateLabels.contains(words.words[first].key) else { return nil }
    if let named = inside(document.entities, label, { $0.range }).first(where: {
      $0.range.start == label.start && $0.range.end == label.end && $0.type != .date && $0.type != .person
    }) {
      return named
    }
    let text = String(decoding: bytes[label.start..<label.end], as: UTF8.self)
    // The name the text uses for it elsewhere, with its type.
    if let known = document.entities.first(where: { $0.canonical == text && $0.type != .date }) {
      return EntityMention(range: label, canonical: known.canonical, type: known.type, basis: .name)
    }
    return EntityMention(range: label, canonical: text, type: .other, basis: .name)
  }

  /// The subject of a table whose rows are years: what the headline names, else the article's
  /// topic.
  private func tableSubject(_ spec: AttributeSpec) -> (EntityMention, String)? {
    func fits(_ m: EntityMention) -> Bool {
      m.basis != .demonym && m.type != .date && m.type != .person && spec.subjectTypes.contains(m.type)
        && !isContextEntity(m, spec)
    }
    return (headlineName(fits) ?? articleTopic(fits)).map { ($0, "context") }
  }
}
