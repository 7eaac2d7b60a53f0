/// Judges the blocks that ``ContentSelector`` kept one by one, by their shape and by where they
/// stand, and drops the metadata lines between the headline and the article's first paragraph.
///
/// Each block gets features that hold across sites and languages (``Shape``): its length in
/// words, the number of function words (``StopWords``), whether it ends like a sentence, and
/// whether it holds a numeric date or time. A block is *prose* when it has at least
/// ``proseWords`` words, ends like a sentence and, on a page whose language the stop-word list
/// knows, is at least ``proseStopShare`` function words.
///
/// Before the first prose block, a run of at most ``metadataRun`` metadata lines (see
/// ``isMetadataLine(_:)``: "Published: 04.05.2021", "Jane Roe, John Doe", "Category: News") is
/// dropped: above the article such lines are its dateline, byline and labels. A longer run is a
/// list that opens the body (a recipe's ingredients) and is kept; so are headings, and short
/// lines anywhere after the first prose block (subheadings, list items, a one-line paragraph
/// between two paragraphs, a date in an event's details): measured on the development set,
/// dropping those lost as much article text as it removed boilerplate.
///
/// After the body, a small box is dropped: the kept blocks after the last paragraph of one of
/// the elements that hold the body's paragraphs, when blocks that were not kept (a share bar,
/// a line of links) stand between them and the body (see ``dropTrailingBox(_:kept:)``). An
/// author's card, a call to donate or a contact line sits in a box of its own after the
/// article; a last paragraph of the body sits beside the others.
struct BlockClassifier {
  /// The fewest words of a prose block.
  static let proseWords = 15
  /// The least share of function words of a prose block, on pages where the list applies.
  static let proseStopShare = 0.15
  /// Below this share of function words over the whole body, the page's language is taken to
  /// be one the list does not know, and the share is not used.
  static let knownLanguageShare = 0.08
  /// The most words of a date line.
  static let dateLineWords = 6
  /// The most words of a label or name line.
  static let labelWords = 5
  /// The longest run of metadata lines dropped before the first prose block.
  static let metadataRun = 3
  /// The least share of the paragraph text of an element whose paragraphs are the body's.
  static let bodyParentShare = 0.1
  /// The longest box after the body that is dropped, in bytes.
  static let trailingBoxBytes = 700

  let stopWords: StopWords

  /// What a block looks like.
  struct Shape {
    var words = 0
    var stopWords = 0
    var digits = 0
    var bytes = 0
    var endsSentence = false
    var hasDate = false
    var isHeading = false
    var endsWithComma = false
    var opensWithQuote = false

    var stopShare: Double { words == 0 ? 0 : Double(stopWords) / Double(words) }
  }

  /// The kept block indices, without the ones judged metadata. Without stop words nothing is
  /// judged: a name line cannot be told from a short line of prose.
  func filter(_ page: RawPage, kept: [Int]) -> [Int] {
    guard kept.count > 1, !stopWords.isEmpty else { return kept }
    let shapes = kept.map { shape(of: page.blocks[$0], in: page.text) }
    var totalWords = 0
    var totalStop = 0
    for s in shapes {
      totalWords += s.words
      totalStop += s.stopWords
    }
    let useStop =
      totalWords > 0
      && Double(totalStop) / Double(totalWords) >= Self.knownLanguageShare
    func isProse(_ s: Shape) -> Bool {
      s.words >= Self.proseWords && s.endsSentence && !s.isHeading
        && (!useStop || s.stopShare >= Self.proseStopShare)
    }
    guard let first = shapes.firstIndex(where: isProse) else { return kept }
    var keep = [Bool](repeating: true, count: kept.count)
    // Runs of metadata lines between the headline and the first prose block. A longer run is
    // a list (ingredients, facts) that opens the body.
    var i = 0
    while i < first {
      var j = i
      while j < first && kept[j] != page.firstHeadingBlock && isMetadataLine(shapes[j]) { j += 1 }
      if j == i {
        i += 1
        continue
      }
      if j - i <= Self.metadataRun { for k in i..<j { keep[k] = false } }
      i = j
    }
    return dropTrailingBox(page, kept: kept.indices.filter { keep[$0] }.map { kept[$0] })
  }

  /// The kept blocks without a small box after the article's last paragraph (see the type's
  /// documentation): an author's card, a call to subscribe or donate, a contact line.
  ///
  /// The body's elements are the parents of paragraphs (blocks of at least 40 bytes outside
  /// links, not headings) that hold at least ``bodyParentShare`` of the paragraph text. The
  /// kept blocks after the last block in one of them are dropped when something not kept
  /// (a share bar, a link line, a caption) stands between, and they are at most
  /// ``trailingBoxBytes`` long and a fifth of the paragraph text.
  func dropTrailingBox(_ page: RawPage, kept: [Int]) -> [Int] {
    let elements = page.elements
    var byParent: [Int: Int] = [:]
    var total = 0
    for k in kept {
      let block = page.blocks[k]
      let plain = block.range.count - block.linkBytes
      guard !block.isHeading, plain >= ContentSelector.minimumParagraphBytes else { continue }
      byParent[elements[block.owner].parent, default: 0] += plain
      total += plain
    }
    guard total > 0 else { return kept }
    let least = Double(total) * Self.bodyParentShare
    let body = Set(byParent.filter { Double($0.value) >= least }.keys)
    guard
      let last = kept.lastIndex(where: {
        let block = page.blocks[$0]
        return !block.isHeading && body.contains(elements[block.owner].parent)
      }), last < kept.count - 1, kept[last + 1] - kept[last] > 1
    else { return kept }
    var tail = 0
    for k in kept[(last + 1)...] { tail += page.blocks[k].range.count }
    guard tail <= Self.trailingBoxBytes, tail * 5 <= total else { return kept }
    return Array(kept[...last])
  }

  /// A date line (at most ``dateLineWords`` words around a numeric date or time) or a short
  /// line of names or labels (at most ``labelWords`` words, none a function word, not ending
  /// like a sentence or with a comma, not opening with a quotation mark). Headings are neither.
  func isMetadataLine(_ s: Shape) -> Bool {
    guard !s.isHeading else { return false }
    if s.hasDate && s.words <= Self.dateLineWords { return true }
    return s.words <= Self.labelWords && s.stopWords == 0 && !s.endsSentence && !s.endsWithComma
      && !s.opensWithQuote
  }

  /// Measures one block.
  func shape(of block: RawPage.Block, in text: [UInt8]) -> Shape {
    var s = Shape()
    s.isHeading = block.isHeading
    s.bytes = block.range.count
    var wordStart = -1
    func endWord(_ end: Int) {
      guard wordStart >= 0 else { return }
      s.words += 1
      var lo = wordStart
      var hi = end
      while lo < hi && Self.isPunctuation(text[lo]) { lo += 1 }
      while hi > lo && Self.isPunctuation(text[hi - 1]) { hi -= 1 }
      if lo < hi && stopWords.contains(text[lo..<hi]) { s.stopWords += 1 }
      wordStart = -1
    }
    for i in block.range {
      let b = text[i]
      if b == 32 || b == 10 {
        endWord(i)
      } else if wordStart < 0 {
        wordStart = i
      }
      if b >= 48 && b <= 57 { s.digits += 1 }
    }
    endWord(block.range.upperBound)
    s.endsSentence = Self.endsSentence(text, block.range)
    if let last = text[block.range].last(where: { $0 != 32 }) { s.endsWithComma = last == 44 }
    if let head = text[block.range].first {
      // " or the first byte of „ “ « ‚
      s.opensWithQuote = head == UInt8(ascii: "\"") || head == 0xE2 || head == 0xC2
    }
    s.hasDate = Self.containsDateOrTime(text[block.range])
    return s
  }

  /// Whether the text ends with `.`, `!`, `?` or `…`, before any closing quotes, brackets and
  /// spaces.
  static func endsSentence(_ text: [UInt8], _ range: Range<Int>) -> Bool {
    let lower = range.lowerBound
    var end = range.upperBound
    while end > lower {
      let c = text[end - 1]
      if c == 32 || c == UInt8(ascii: "\"") || c == UInt8(ascii: ")") || c == UInt8(ascii: "'") {
        end -= 1
      } else if end - lower >= 2 && text[end - 2] == 0xC2 && c == 0xBB {
        end -= 2  // »
      } else if end - lower >= 3 && text[end - 3] == 0xE2 && text[end - 2] == 0x80
        && (c == 0x9C || c == 0x9D || c == 0x99)
      {
        end -= 3  // “ ” ’
      } else {
        break
      }
    }
    guard end > lower else { return false }
    let c = text[end - 1]
    if c == UInt8(ascii: ".") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?") { return true }
    // …
    return end - lower >= 3 && text[end - 3] == 0xE2 && text[end - 2] == 0x80 && c == 0xA6
  }

  private static func isPunctuation(_ b: UInt8) -> Bool {
    b < 0x80 && !((b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122))
  }

  /// Whether the bytes hold a numeric date (`12.12.2022`, `04/05/21`, `2021-10-16`) or a time
  /// (`08:30`).
  static func containsDateOrTime(_ bytes: ArraySlice<UInt8>) -> Bool {
    let b = Array(bytes)
    let n = b.count
    func digits(from i: Int) -> Int {
      var j = i
      while j < n && b[j] >= 48 && b[j] <= 57 { j += 1 }
      return j - i
    }
    var i = 0
    while i < n {
      guard b[i] >= 48 && b[i] <= 57, i == 0 || !(b[i - 1] >= 48 && b[i - 1] <= 57) else {
        i += 1
        continue
      }
      let a = digits(from: i)
      let sep = i + a < n ? b[i + a] : 0
      if (a == 1 || a == 2) && (sep == UInt8(ascii: ".") || sep == UInt8(ascii: "/")) {
        let m = digits(from: i + a + 1)
        if m >= 1 && m <= 2, i + a + 1 + m < n, b[i + a + 1 + m] == sep {
          let y = digits(from: i + a + 2 + m)
          if y == 2 || y == 4 { return true }
        }
      } else if a == 4 && sep == UInt8(ascii: "-") {
        if digits(from: i + 5) == 2, i + 7 < n, b[i + 7] == UInt8(ascii: "-"),
          digits(from: i + 8) == 2
        {
          return true
        }
      } else if (a == 1 || a == 2) && sep == UInt8(ascii: ":") {
        if digits(from: i + a + 1) == 2 { return true }
      }
      i += a
    }
    return false
  }
}
