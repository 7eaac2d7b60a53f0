/// Chooses which text blocks of a page are the article body.
///
/// 1. Chrome (nav, aside, form, the site's header and footer, and elements whose class or id
///    says comments, cookie, share, related, sidebar, ad, byline, ...) is dropped, unless that
///    element holds more than half of the page's paragraph text: then the words were wrong (a
///    page wrapped in one `<form>`). Chrome about other things (comments, related lists,
///    sidebars) is *foreign*: dates and authors inside it are not trusted either.
/// 2. If an `<article>` or `<main>` holds at least half of the remaining paragraph text, only its
///    content is kept (the innermost such element). Otherwise, starting from the element whose
///    children hold the most paragraph text, the innermost ancestor holding 60% of it is kept.
/// 3. Blocks with more than half of their text inside links are dropped.
/// 4. The first `<h1>` and the paragraphs between it and the container are kept (the headline
///    and the lead often sit just outside the element that holds the body).
/// 5. Headings and short labels that introduce only dropped text ("Read also:" before a link
///    list, "Comments" before the comments) are dropped.
///
/// Paragraph text is the text outside links of blocks with at least 40 such bytes.
struct ContentSelector {
  static let minimumParagraphBytes = 40

  /// The outcome: the kept blocks, the dropped elements and the chosen container.
  struct Selection {
    /// Indices into ``RawPage/blocks``, in order.
    var kept: [Int]
    /// Per element id: inside chrome that was dropped.
    var dropped: [Bool]
    /// Per element id: inside dropped chrome about other things (comments, related, sidebars).
    var foreign: [Bool]
    /// The ids of the chosen container and its subtree.
    var container: ClosedRange<Int>

    /// Whether metadata found in this element can be trusted (not in a sidebar or footer).
    func trusts(element id: Int) -> Bool {
      foreign.indices.contains(id) && !foreign[id]
    }
  }

  func select(_ page: RawPage) -> Selection {
    let elements = page.elements
    let n = elements.count
    guard n > 0, !page.blocks.isEmpty else {
      let none = [Bool](repeating: false, count: n)
      return Selection(kept: [], dropped: none, foreign: none, container: 0...0)
    }

    func score(_ block: RawPage.Block) -> Int {
      let plain = block.range.count - block.linkBytes
      return plain >= Self.minimumParagraphBytes ? plain : 0
    }
    func subtreeScores(excluding dropped: [Bool]) -> (own: [Int], total: [Int]) {
      // A paragraph's text counts for the element around it (its owner's parent), so the
      // search below starts from the element that holds the paragraphs, not from one of them.
      var own = [Int](repeating: 0, count: n)
      for block in page.blocks where !dropped[block.owner] {
        own[elements[block.owner].parent] += score(block)
      }
      var total = own
      // Ids are in document order, so every parent has a smaller id than its children.
      for id in stride(from: n - 1, to: 0, by: -1) { total[elements[id].parent] += total[id] }
      return (own, total)
    }

    let noneDropped = [Bool](repeating: false, count: n)
    let all = subtreeScores(excluding: noneDropped).total
    var dropped = noneDropped
    var foreign = noneDropped
    for id in 1..<n {
      let e = elements[id]
      let small = all[id] * 2 <= all[0]
      dropped[id] = dropped[e.parent] || (e.isChrome && small)
      foreign[id] = foreign[e.parent] || (e.isForeign && small)
    }
    let (own, total) = subtreeScores(excluding: dropped)

    var container = 0
    if total[0] > 0 {
      if let root = (1..<n).last(where: {
        elements[$0].isContentRoot && !dropped[$0] && total[$0] * 2 >= total[0]
      }) {
        container = root
      } else if let best = (1..<n).max(by: { own[$0] < own[$1] }), own[best] > 0 {
        var id = best
        while id != 0 && total[id] * 10 < total[0] * 6 { id = elements[id].parent }
        container = id
      }
    }
    let lower = container
    let upper = elements[container].end
    var keep = [Bool](repeating: false, count: page.blocks.count)
    for (index, block) in page.blocks.enumerated() {
      guard !dropped[block.owner], block.owner >= lower, block.owner <= upper else { continue }
      guard block.linkBytes * 2 <= block.range.count else { continue }
      keep[index] = true
    }
    includeLead(page, keep: &keep, dropped: dropped, container: lower...upper)
    let beforeLabels = keep
    dropOrphanLabels(page, keep: &keep, dropped: dropped, foreign: foreign)
    // A page of nothing but short lines is still a page: keep them rather than nothing.
    if !keep.contains(true) { keep = beforeLabels }
    let kept = keep.indices.filter { keep[$0] }
    return Selection(kept: kept, dropped: dropped, foreign: foreign, container: lower...upper)
  }

  /// Keeps the headline and the lead when they sit just before the chosen container: the
  /// `<h1>` and the paragraphs between it and the container's first kept block.
  private func includeLead(
    _ page: RawPage, keep: inout [Bool], dropped: [Bool], container: ClosedRange<Int>
  ) {
    guard let heading = page.firstHeadingBlock, !dropped[page.blocks[heading].owner],
      let first = keep.firstIndex(of: true), heading < first, first - heading <= 12
    else { return }
    keep[heading] = true
    for index in heading + 1..<first {
      let block = page.blocks[index]
      guard !dropped[block.owner], block.linkBytes * 2 <= block.range.count else { continue }
      if block.range.count - block.linkBytes >= Self.minimumParagraphBytes { keep[index] = true }
    }
  }

  /// Drops headings and short labels that introduce only dropped text: "Read also:" before a
  /// link list, "Related stories" before a teaser box, a heading before the comments.
  ///
  /// Blocks of chrome that belongs to the article (a byline, a share bar) are looked past, so
  /// a headline followed by its byline keeps. Working from the end lets a label before another
  /// orphaned label go too.
  private func dropOrphanLabels(
    _ page: RawPage, keep: inout [Bool], dropped: [Bool], foreign: [Bool]
  ) {
    var next = -1  // the next block that counts, after the current one; -1 at the end
    for index in stride(from: page.blocks.count - 1, through: 0, by: -1) {
      let block = page.blocks[index]
      if keep[index] && isLabel(block, in: page.text) && (next < 0 || !keep[next]) {
        keep[index] = false
      }
      if keep[index] || foreign[block.owner] || !dropped[block.owner] { next = index }
    }
  }

  /// A heading, or a line of at most six words that does not end like a sentence.
  private func isLabel(_ block: RawPage.Block, in text: [UInt8]) -> Bool {
    if block.isHeading { return true }
    guard block.range.count <= 60 else { return false }
    var words = 1
    for i in block.range where text[i] == 32 { words += 1 }
    guard words <= 6, let last = text[block.range].last else { return false }
    return last != UInt8(ascii: ".") && last != UInt8(ascii: "!") && last != UInt8(ascii: "?")
      && last != UInt8(ascii: "\"")
  }
}
