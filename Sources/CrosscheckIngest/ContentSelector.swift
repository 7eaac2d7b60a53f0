/// Chooses which text blocks of a page are the article body.
///
/// 1. Chrome (nav, header, footer, aside, form, and elements whose class or id says comments,
///    cookie, share, related, sidebar, ad, ...) is dropped, unless that element holds more than
///    half of the page's paragraph text: then the words were wrong (a page wrapped in one
///    `<form>`, a body classed `has-sidebar`).
/// 2. If an `<article>` or `<main>` holds at least half of the remaining paragraph text, only its
///    content is kept (the innermost such element). Otherwise, starting from the element whose
///    children hold the most paragraph text, the innermost ancestor holding 60% of it is kept.
/// 3. Blocks with more than half of their text inside links are dropped.
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
    /// The ids of the chosen container and its subtree.
    var container: ClosedRange<Int>

    /// Whether metadata found in this element can be trusted (not in a sidebar or footer).
    func trusts(element id: Int) -> Bool {
      container.contains(id) || (dropped.indices.contains(id) && !dropped[id])
    }
  }

  func select(_ page: RawPage) -> Selection {
    let elements = page.elements
    let n = elements.count
    guard n > 0, !page.blocks.isEmpty else {
      return Selection(kept: [], dropped: [Bool](repeating: false, count: n), container: 0...0)
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
    for id in 1..<n {
      let e = elements[id]
      dropped[id] = dropped[e.parent] || (e.isChrome && all[id] * 2 <= all[0])
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
    var kept: [Int] = []
    for (index, block) in page.blocks.enumerated() {
      guard !dropped[block.owner], block.owner >= lower, block.owner <= upper else { continue }
      guard block.linkBytes * 2 <= block.range.count else { continue }
      kept.append(index)
    }
    return Selection(kept: kept, dropped: dropped, container: lower...upper)
  }
}
