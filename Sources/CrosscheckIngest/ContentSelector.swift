/// Chooses which text blocks of a page are the article body.
///
/// 1. Chrome (nav, aside, form, noscript, template, the site's header and footer, and elements
///    whose class or id says comments, cookie, share, related, sidebar, ad, byline, ...) is
///    dropped, unless that element holds more than half of the page's paragraph text: then
///    the words were wrong (a page wrapped in one `<form>`, a post served in `<noscript>`).
///    Chrome about other things (comments, related lists, sidebars) is *foreign*: dates and
///    authors inside it are not trusted either.
/// 2. If an `<article>` or `<main>` holds at least half of the remaining paragraph text, only its
///    content is kept (the innermost such element). Otherwise, starting from the element whose
///    children hold the most paragraph text, the innermost ancestor holding 60% of it is kept.
///    A container that opens with a heading of its own while the page's headline (the heading
///    the `<title>` repeats) lies outside it is another story: the element around the headline
///    is taken instead (see ``headlineContainer``).
/// 3. Blocks with more than half of their text inside links are dropped, except the items of a
///    list of short lines that are mostly not links (an ingredient whose name is linked) and
///    short lines that show a web address (a cited source, see ``showsWebAddress(_:in:)``).
/// 4. The first `<h1>` and the paragraphs between it and the container are kept (the headline
///    and the lead often sit just outside the element that holds the body; farther than
///    ``nearLeadBlocks`` from the container, only paragraphs of ``leadBytes``). A header (by
///    tag or class) around that `<h1>` is not chrome unless links fill it; paragraphs just
///    before the first kept block are kept as the lead (see ``recoverLead``).
/// 5. Short blocks with a copyright sign (captions, image credits) are dropped, with the caption
///    beside the credit in the same small element. Teaser cards (a short text beside only a
///    "Read more" link or a linked headline, in a small element) are dropped, and so are the
///    texts of a teaser feed (short texts under linked headlines, pattern repeated).
/// 6. Headings and short labels that introduce only dropped text ("Read also:" before a link
///    list, "Comments" before the comments) are dropped; a short line that continues a list or
///    table of short lines is not a label, nor is a heading that ends with a full stop.
///
/// Paragraph text is the text outside links of blocks with at least 40 such bytes.
struct ContentSelector {
  static let minimumParagraphBytes = 40
  /// The length of a paragraph kept as a lead before the body, in bytes outside links.
  static let leadBytes = 80
  /// How many blocks in a row the walk back to the lead passes over.
  static let leadGap = 5
  /// How many blocks the first `<h1>` may stand before the container's first kept block for
  /// its lead to be kept (see ``includeLead``).
  static let leadBlocks = 30
  /// Within this many blocks of the `<h1>`, any paragraph before the container is the lead;
  /// farther away only a paragraph of ``leadBytes`` (a line of a most-read box is not).
  static let nearLeadBlocks = 12
  /// The longest line kept for showing a web address, in bytes.
  static let addressLineBytes = 300
  /// The longest block that a copyright sign marks as a caption or credit, in bytes.
  static let creditBytes = 200
  /// The shortest heading that can be the page's headline, in bytes.
  static let headlineBytes = 15
  /// The paragraph text an element around the headline needs to be the article, in bytes.
  static let headlineBodyBytes = 200
  /// The most blocks of an element that holds a caption and its credit.
  static let captionBlocks = 3
  /// The longest caption dropped with its credit, in bytes.
  static let captionBytes = 400
  /// The longest text of a teaser card, in bytes (see ``dropTeaserCards``).
  static let teaserBytes = 300
  /// The most blocks of a teaser card.
  static let cardBlocks = 4
  /// The shortest link that makes a card ("More" is a counter or an icon's label).
  static let teaserLinkBytes = 8
  /// The longest heading of a teaser card, in bytes.
  static let cardHeadingBytes = 80
  /// The shortest linked headline of a teaser feed, in bytes (see ``dropTeaserFeeds``).
  static let feedLinkBytes = 20
  /// The most blocks between two teasers of a feed.
  static let feedGap = 4
  /// The fewest items of a list whose linked items are kept (see ``keepListLinks``).
  static let listItems = 3
  /// The longest item of such a list, in bytes.
  static let listItemBytes = 120

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
    let sizes = subtreeSizes(page)
    let headline = headlineHeaders(page, sizes: sizes)
    var dropped = noneDropped
    var foreign = noneDropped
    for id in 1..<n {
      let e = elements[id]
      let small = all[id] * 2 <= all[0] && !headline.contains(id)
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
    if let moved = headlineContainer(page, instead: container, total: total, dropped: dropped) {
      container = moved
    }
    let lower = container
    let upper = elements[container].end
    trustFramesNear(container, page: page, sizes: sizes, foreign: &foreign)
    var keep = [Bool](repeating: false, count: page.blocks.count)
    for (index, block) in page.blocks.enumerated() {
      guard !dropped[block.owner], block.owner >= lower, block.owner <= upper else { continue }
      guard block.linkBytes * 2 <= block.range.count || showsWebAddress(block, in: page.text)
      else { continue }
      keep[index] = true
    }
    keepListLinks(page, keep: &keep, dropped: dropped, container: lower...upper)
    recoverLead(page, keep: &keep, dropped: dropped, foreign: foreign)
    includeLead(page, keep: &keep, dropped: dropped, container: lower...upper)
    dropCaptions(page, keep: &keep, dropped: dropped)
    dropTeaserCards(page, keep: &keep, dropped: dropped, container: lower...upper)
    dropTeaserFeeds(page, keep: &keep, dropped: dropped)
    let beforeLabels = keep
    dropOrphanLabels(page, keep: &keep, dropped: dropped, foreign: foreign)
    // A page of nothing but short lines is still a page: keep them all rather than nothing or
    // the few that continue a list.
    if !keep.indices.contains(where: { keep[$0] && !isLabel(page.blocks[$0], in: page.text) }) {
      keep = beforeLabels
    }
    let kept = keep.indices.filter { keep[$0] }
    return Selection(kept: kept, dropped: dropped, foreign: foreign, container: lower...upper)
  }

  /// Keeps the linked items of a list of short lines that are mostly not links: an ingredient
  /// or a part whose name links to a shop or a glossary is still an item of the list.
  ///
  /// A list here is a run of at least ``listItems`` blocks in a row whose elements share their
  /// parent, inside the container, none longer than ``listItemBytes``. A link list ("Read also"
  /// teasers, tags) is mostly links and keeps none; an item that is nothing but a link (a
  /// "Register now" button) is not kept either.
  private func keepListLinks(
    _ page: RawPage, keep: inout [Bool], dropped: [Bool], container: ClosedRange<Int>
  ) {
    let elements = page.elements
    let blocks = page.blocks
    var start = 0
    while start < blocks.count {
      let parent = elements[blocks[start].owner].parent
      var end = start + 1
      while end < blocks.count && elements[blocks[end].owner].parent == parent { end += 1 }
      defer { start = end }
      guard end - start >= Self.listItems, container.contains(blocks[start].owner),
        !dropped[blocks[start].owner]
      else { continue }
      var links = 0
      var short = true
      for block in blocks[start..<end] {
        if block.linkBytes * 2 > block.range.count { links += 1 }
        if block.range.count > Self.listItemBytes || block.isHeading { short = false }
      }
      guard short, links * 2 < end - start else { continue }
      for index in start..<end where !dropped[blocks[index].owner] {
        let block = blocks[index]
        if block.range.count - block.linkBytes >= 3 { keep[index] = true }
      }
    }
  }

  /// Drops captions and credits: a short block with a copyright sign (see ``isCredit``), and
  /// a kept block next to such a credit inside the same small element (at most
  /// ``captionBlocks`` blocks, at most ``captionBytes`` long): the caption the credit closes.
  private func dropCaptions(_ page: RawPage, keep: inout [Bool], dropped: [Bool]) {
    var blocksPerOwner: [Int: Int] = [:]
    for block in page.blocks { blocksPerOwner[block.owner, default: 0] += 1 }
    for index in keep.indices where isCredit(page.blocks[index], in: page.text) {
      let credit = page.blocks[index]
      let wasKept = keep[index]
      keep[index] = false
      guard wasKept || !dropped[credit.owner],
        blocksPerOwner[credit.owner, default: 0] <= Self.captionBlocks
      else { continue }
      for other in [index - 1, index + 1] where keep.indices.contains(other) && keep[other] {
        let block = page.blocks[other]
        if block.owner == credit.owner && block.range.count <= Self.captionBytes {
          keep[other] = false
        }
      }
    }
  }

  /// Drops teaser cards inside the container: a short text (at most ``teaserBytes``) that shares
  /// a small element (at most ``cardBlocks`` blocks) only with links and short headings, one
  /// of them a link of at least ``teaserLinkBytes`` that is a heading or follows the text ("Read
  /// more", a linked headline). The card's headings go with it. Dropped chrome in the element
  /// (a share bar, a byline) is looked past; the page's headline is never part of a card, and a
  /// link before the text that is no heading (an image's "enlarge" link) makes no card.
  private func dropTeaserCards(
    _ page: RawPage, keep: inout [Bool], dropped: [Bool], container: ClosedRange<Int>
  ) {
    let elements = page.elements
    let blocks = page.blocks
    for (index, text) in blocks.enumerated() where keep[index] && !text.isHeading {
      guard text.range.count - text.linkBytes >= Self.minimumParagraphBytes,
        text.range.count <= Self.teaserBytes
      else { continue }
      // The innermost element, up to three levels above the text's own, that holds other
      // blocks too: the card.
      var card = elements[text.owner].parent
      var first = index
      var last = index
      for _ in 0..<3 {
        guard card > container.lowerBound else { break }
        let end = elements[card].end
        // Bounded walks: an element with more blocks than a card is no card anyway.
        first = index
        while first > 0 && index - first < Self.cardBlocks && blocks[first - 1].owner >= card
          && blocks[first - 1].owner <= end
        {
          first -= 1
        }
        last = index
        while last + 1 < blocks.count && last - first < Self.cardBlocks
          && blocks[last + 1].owner >= card && blocks[last + 1].owner <= end
        {
          last += 1
        }
        if last > first { break }
        card = elements[card].parent
      }
      guard last > first, last - first < Self.cardBlocks else { continue }
      var links = 0
      var isCard = true
      for other in first...last where other != index && !dropped[blocks[other].owner] {
        let block = blocks[other]
        let isLink =
          block.linkBytes * 10 >= block.range.count * 9
          && block.range.count >= Self.teaserLinkBytes && (block.isHeading || other > index)
        if other == page.firstHeadingBlock {
          isCard = false
        } else if isLink {
          links += 1
        } else if !(block.isHeading && block.linkBytes == 0
          && block.range.count <= Self.cardHeadingBytes)
        {
          isCard = false
        }
      }
      guard isCard, links > 0 else { continue }
      for other in first...last { keep[other] = false }
    }
  }

  /// Drops the texts of a teaser feed: a short text (at most ``teaserBytes``) right after a
  /// linked headline (a link of at least ``feedLinkBytes`` and three words, which the page's
  /// title does not hold), when another such pair lies at most ``feedGap`` blocks away. One
  /// linked line before a paragraph is a source or a "read also" inside the article; the same
  /// pattern repeated is a list of other articles. A page whose kept text is mostly the feed
  /// keeps it.
  private func dropTeaserFeeds(_ page: RawPage, keep: inout [Bool], dropped: [Bool]) {
    let blocks = page.blocks
    let titles = page.titleCandidates
    func isHeadlineLink(_ block: RawPage.Block) -> Bool {
      guard !dropped[block.owner], block.range.count >= Self.feedLinkBytes,
        block.linkBytes * 10 >= block.range.count * 9
      else { return false }
      var spaces = 0
      for i in block.range where page.text[i] == 32 { spaces += 1 }
      return spaces >= 2 && !titles.contains { Self.contains($0, page.text[block.range]) }
    }
    var teasers: [Int] = []
    for index in blocks.indices.dropFirst() where keep[index] {
      let text = blocks[index]
      guard !text.isHeading, text.range.count <= Self.teaserBytes,
        text.range.count - text.linkBytes >= Self.minimumParagraphBytes
      else { continue }
      // Dropped chrome between the headline and its text (a date, a byline) is passed over.
      var before = index - 1
      while before > 0 && dropped[blocks[before].owner] { before -= 1 }
      if isHeadlineLink(blocks[before]) { teasers.append(index) }
    }
    var feed: [Int] = []
    for (k, index) in teasers.enumerated() {
      let near =
        (k > 0 && index - teasers[k - 1] <= Self.feedGap)
        || (k + 1 < teasers.count && teasers[k + 1] - index <= Self.feedGap)
      if near { feed.append(index) }
    }
    // A page that is nothing but a feed (a blog's front page, a list of news) keeps it: the
    // feed is dropped only beside more text of the page's own.
    let feedBytes = feed.reduce(0) { $0 + blocks[$1].range.count }
    var keptBytes = 0
    for index in keep.indices where keep[index] { keptBytes += blocks[index].range.count }
    guard feedBytes * 2 < keptBytes else { return }
    for index in feed { keep[index] = false }
  }

  /// The element around the page's headline, when the chosen container is another article.
  ///
  /// The headline is the first heading, not a link, whose text the page's `<title>` (or
  /// `og:title`) contains. When it lies outside `container` and `container` opens with a
  /// heading of its own, the container is a second story (a teaser, the next article of an
  /// endless page, a sidebar feature) that outweighed the short article the page is about.
  /// The innermost element around the headline that is an article of its own (at least two
  /// paragraphs besides headings and ``headlineBodyBytes`` of paragraph text), without holding
  /// `container`, is chosen instead: a headline with a long lead in a header of their own
  /// belongs to the element around that header and the body.
  private func headlineContainer(
    _ page: RawPage, instead container: Int, total: [Int], dropped: [Bool]
  ) -> Int? {
    let elements = page.elements
    let end = elements[container].end
    guard let headline = headlineBlock(page, dropped: dropped) else { return nil }
    let owner = page.blocks[headline].owner
    guard owner < container || owner > end,
      let opening = page.blocks.firstIndex(where: {
        $0.owner >= container && $0.owner <= end && !dropped[$0.owner]
      }),
      page.blocks[opening].isHeading
    else { return nil }
    // A headline with a long lead or subtitle above the body is not an article of its own:
    // the element needs two paragraphs besides its headings.
    func isArticle(_ id: Int) -> Bool {
      var paragraphs = 0
      var bytes = 0
      for block in page.blocks where block.owner >= id && block.owner <= elements[id].end {
        let plain = block.range.count - block.linkBytes
        guard !block.isHeading, !dropped[block.owner], plain >= Self.minimumParagraphBytes
        else { continue }
        paragraphs += 1
        bytes += plain
      }
      return paragraphs >= 2 && bytes >= Self.headlineBodyBytes
    }
    var id = owner
    while id != 0 && (total[id] < Self.headlineBodyBytes || !isArticle(id)) {
      let parent = elements[id].parent
      if parent <= container && elements[parent].end >= end { return nil }
      id = parent
    }
    return id == 0 ? nil : id
  }

  /// The first heading that the page's title repeats (see ``headlineContainer``).
  private func headlineBlock(_ page: RawPage, dropped: [Bool]) -> Int? {
    let titles = page.titleCandidates
    guard !titles.isEmpty else { return nil }
    for (index, block) in page.blocks.enumerated() where block.isHeading {
      guard !dropped[block.owner], block.linkBytes * 2 <= block.range.count,
        block.range.count >= Self.headlineBytes
      else { continue }
      let heading = page.text[block.range]
      if titles.contains(where: { Self.contains($0, heading) }) { return index }
    }
    return nil
  }

  /// Whether the bytes end with one full stop, before closing quotes, brackets and spaces: not
  /// with an ellipsis (`...` or `…`).
  static func endsWithFullStop(_ bytes: ArraySlice<UInt8>) -> Bool {
    var end = bytes.endIndex
    while end > bytes.startIndex {
      let c = bytes[end - 1]
      if c == 0xA0 && end - 1 > bytes.startIndex && bytes[end - 2] == 0xC2 {
        end -= 2  // a no-break space
        continue
      }
      guard c == 32 || c == UInt8(ascii: "\"") || c == UInt8(ascii: ")") || c == UInt8(ascii: "'")
      else { break }
      end -= 1
    }
    guard end > bytes.startIndex, bytes[end - 1] == UInt8(ascii: ".") else { return false }
    return end - 1 == bytes.startIndex || bytes[end - 2] != UInt8(ascii: ".")
  }

  /// Whether `haystack` holds `needle`, ignoring ASCII case.
  static func contains(_ haystack: [UInt8], _ needle: ArraySlice<UInt8>) -> Bool {
    guard !needle.isEmpty, needle.count <= haystack.count else { return false }
    let first = BoilerplatePhrases.lowerASCII(needle[needle.startIndex])
    outer: for start in 0...(haystack.count - needle.count) {
      guard BoilerplatePhrases.lowerASCII(haystack[start]) == first else { continue }
      var j = 1
      for b in needle.dropFirst() {
        if BoilerplatePhrases.lowerASCII(haystack[start + j]) != BoilerplatePhrases.lowerASCII(b) {
          continue outer
        }
        j += 1
      }
      return true
    }
    return false
  }

  /// Text bytes and link bytes of every element's subtree.
  private func subtreeSizes(_ page: RawPage) -> (bytes: [Int], links: [Int]) {
    let elements = page.elements
    var bytes = [Int](repeating: 0, count: elements.count)
    var links = bytes
    for block in page.blocks {
      bytes[block.owner] += block.range.count
      links[block.owner] += block.linkBytes
    }
    for id in stride(from: elements.count - 1, to: 0, by: -1) {
      bytes[elements[id].parent] += bytes[id]
      links[elements[id].parent] += links[id]
    }
    return (bytes, links)
  }

  /// The headers (by tag or class) around the first `<h1>` that are the article's own: the
  /// headline is not a link and at most a third of the header's text is. A site's header, with
  /// its logo in the `<h1>` and its menus, is mostly links.
  private func headlineHeaders(_ page: RawPage, sizes: (bytes: [Int], links: [Int])) -> Set<Int> {
    guard let index = page.firstHeadingBlock else { return [] }
    let heading = page.blocks[index]
    guard heading.linkBytes * 2 <= heading.range.count else { return [] }
    var found: Set<Int> = []
    var id = heading.owner
    while id != 0 {
      let e = page.elements[id]
      if e.isChrome {
        guard e.isHeader, sizes.links[id] * 3 <= sizes.bytes[id] else { return [] }
        found.insert(id)
      }
      id = e.parent
    }
    return found
  }

  /// A picture's caption or credit line: a short block (at most ``creditBytes``) with a
  /// copyright sign. Article paragraphs do not carry one; captions and credits do
  /// ("Tauernradweg © Tourismus GmbH", "© AFP / Jane Roe").
  private func isCredit(_ block: RawPage.Block, in text: [UInt8]) -> Bool {
    guard block.range.count <= Self.creditBytes else { return false }
    var previous: UInt8 = 0
    for i in block.range {
      if previous == 0xC2 && text[i] == 0xA9 { return true }
      previous = text[i]
    }
    return false
  }

  /// Keeps the paragraphs just before the first kept block: a lead or a summary that sits in
  /// its own element before the body. Walking back, a paragraph (long, few links, not dropped)
  /// is kept; dropped blocks and short lines (a date, a caption, a credit) are passed over, at
  /// most ``leadGap`` in a row; the walk stops at the headline, at foreign chrome and at a
  /// line of links.
  private func recoverLead(
    _ page: RawPage, keep: inout [Bool], dropped: [Bool], foreign: [Bool]
  ) {
    guard let first = keep.firstIndex(of: true), first > 0 else { return }
    var gap = 0
    var lastKept = -1
    var index = first - 1
    while index >= 0, gap < Self.leadGap {
      if index == page.firstHeadingBlock { return }
      let block = page.blocks[index]
      let plain = block.range.count - block.linkBytes
      if foreign[block.owner] { return }
      if dropped[block.owner] {
        gap += 1
      } else if plain >= Self.leadBytes && block.linkBytes * 5 <= block.range.count {
        keep[index] = true
        lastKept = index
        gap = 0
      } else if block.linkBytes * 2 > block.range.count && block.range.count > 40 {
        // A paragraph right under a linked headline is another article's teaser.
        if lastKept == index + 1 { keep[lastKept] = false }
        return
      } else {
        gap += 1
      }
      index -= 1
    }
  }

  /// Trusts the metadata of a small header or footer by class name (`post-footer` with the
  /// date, `entry-header` with the byline) that sits in or next to the chosen container: the
  /// site's own header and footer are far from the body or full of links.
  private func trustFramesNear(
    _ container: Int, page: RawPage, sizes: (bytes: [Int], links: [Int]), foreign: inout [Bool]
  ) {
    let elements = page.elements
    let scope = elements[container].parent
    guard scope != 0 || container != 0 else { return }
    let (bytes, links) = sizes
    for id in scope...elements[scope].end where elements[id].isFrame && foreign[id] {
      guard !foreign[elements[id].parent] || id == scope, bytes[id] <= 400,
        links[id] * 2 <= bytes[id]
      else { continue }
      foreign[id] = false
      guard id < elements[id].end else { continue }
      for inner in id + 1...elements[id].end {
        foreign[inner] = foreign[elements[inner].parent] || elements[inner].isForeign
      }
    }
  }

  /// Keeps the headline and the lead when they sit just before the chosen container: the
  /// `<h1>` and the paragraphs between it and the container's first kept block.
  private func includeLead(
    _ page: RawPage, keep: inout [Bool], dropped: [Bool], container: ClosedRange<Int>
  ) {
    guard let heading = page.firstHeadingBlock, !dropped[page.blocks[heading].owner],
      let first = keep.firstIndex(of: true), heading < first, first - heading <= Self.leadBlocks
    else { return }
    keep[heading] = true
    let near = first - heading <= Self.nearLeadBlocks
    for index in heading + 1..<first {
      let block = page.blocks[index]
      let plain = block.range.count - block.linkBytes
      if near {
        guard !dropped[block.owner], block.linkBytes * 2 <= block.range.count else { continue }
        if plain >= Self.minimumParagraphBytes { keep[index] = true }
      } else {
        guard !dropped[block.owner], block.linkBytes * 5 <= block.range.count else { continue }
        if plain >= Self.leadBytes { keep[index] = true }
      }
    }
  }

  private static let addressScheme: [UInt8] = Array("://".utf8)
  private static let addressHost: [UInt8] = Array("www.".utf8)

  /// Whether a short block (at most ``addressLineBytes``) shows a web address (`://` or
  /// `www.`): a linked source under a paragraph ("via example.org https://example.org", a
  /// footnote's address). Menus and teasers link words, not addresses.
  func showsWebAddress(_ block: RawPage.Block, in text: [UInt8]) -> Bool {
    guard block.range.count <= Self.addressLineBytes else { return false }
    let scheme = Self.addressScheme
    let host = Self.addressHost
    var i = block.range.lowerBound
    while i + 3 <= block.range.upperBound {
      if text[i] == UInt8(ascii: ":") && text[i..<(i + 3)].elementsEqual(scheme) { return true }
      if i + 4 <= block.range.upperBound && BoilerplatePhrases.lowerASCII(text[i]) == 0x77
        && (i == block.range.lowerBound || text[i - 1] == 32)
        && text[i..<(i + 4)].elementsEqual(host, by: { BoilerplatePhrases.lowerASCII($0) == $1 })
      {
        return true
      }
      i += 1
    }
    return false
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
      if keep[index] && isLabel(block, in: page.text) && (next < 0 || !keep[next])
        && !continuesList(page, at: index, keep: keep)
      {
        keep[index] = false
      }
      if keep[index] || foreign[block.owner] || !dropped[block.owner] { next = index }
    }
  }

  /// Whether the short line at `index` continues a list or table of short lines: the block
  /// before it is a kept short line of the same element (lines split by `<br>`) or of a sibling
  /// element (the previous item, the previous cell of the row), both hold a letter or digit, and
  /// no line of that run is a link (a linked heading may stand above it). Such a run at the end
  /// of an article (specifications, nutrition facts, a schedule) is article text, not a label;
  /// a run with a link in it (a contact card with its mail address, a link list) is not.
  private func continuesList(_ page: RawPage, at index: Int, keep: [Bool]) -> Bool {
    let blocks = page.blocks
    let elements = page.elements
    let block = blocks[index]
    guard index > 0, keep[index - 1], !block.isHeading else { return false }
    let previous = blocks[index - 1]
    let parent = elements[block.owner].parent
    guard !previous.isHeading,
      previous.owner == block.owner || elements[previous.owner].parent == parent,
      isLabel(previous, in: page.text), hasWord(block, in: page.text),
      hasWord(previous, in: page.text)
    else { return false }
    // The run: the lines of one element (split by line breaks), or the sibling elements.
    func inRun(_ other: RawPage.Block) -> Bool {
      previous.owner == block.owner
        ? other.owner == block.owner : elements[other.owner].parent == parent
    }
    var first = index
    while first > 0 && inRun(blocks[first - 1]) { first -= 1 }
    var end = index + 1
    while end < blocks.count && inRun(blocks[end]) { end += 1 }
    // A linked heading above the lines is the article's own headline, not an item.
    return !blocks[first..<end].contains { !$0.isHeading && $0.linkBytes * 2 > $0.range.count }
  }

  /// Whether the block holds a letter or a digit (not only a separator such as `|` or a
  /// no-break space). Lead bytes from 0xC3 on start letters beyond Latin-1's symbols.
  private func hasWord(_ block: RawPage.Block, in text: [UInt8]) -> Bool {
    text[block.range].contains { b in
      (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b >= 0xC3
    }
  }

  /// A heading, or a line of at most six words that does not end like a sentence. A heading
  /// that ends with a full stop is a sentence set large (a lead, a quotation), not a label;
  /// one that ends with an ellipsis ("More stories...") is still a label.
  private func isLabel(_ block: RawPage.Block, in text: [UInt8]) -> Bool {
    if block.isHeading { return !Self.endsWithFullStop(text[block.range]) }
    guard block.range.count <= 60 else { return false }
    var words = 1
    for i in block.range where text[i] == 32 { words += 1 }
    guard words <= 6, let last = text[block.range].last else { return false }
    return last != UInt8(ascii: ".") && last != UInt8(ascii: "!") && last != UInt8(ascii: "?")
      && last != UInt8(ascii: "\"")
  }
}
