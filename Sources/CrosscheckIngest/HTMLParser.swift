import CLibXML2

/// Parses HTML with libxml2 and walks the tree into a ``RawPage``.
///
/// This is the only file that calls libxml2. No pointer leaves it: the walk runs inside one
/// synchronous call, which frees the document before returning Swift values.
enum HTMLParser {
  private static let initialized: Bool = {
    xmlInitParser()
    return true
  }()

  /// Parses `bytes` (from `offset`) read as `encoding`, or `nil` if libxml2 returns no document.
  ///
  /// The parser's events drive the walk directly (SAX): no tree is built, which halves the time
  /// libxml2 takes. The walk sees the elements and text the tree would hold (see ``Walker``).
  static func parse(_ bytes: [UInt8], from offset: Int, encoding: String) -> RawPage? {
    _ = initialized
    let options = Int32(
      bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue
        | HTML_PARSE_IGNORE_ENC.rawValue | UInt32(XML_PARSE_HUGE.rawValue))
    let count = bytes.count - offset
    guard count > 0, count <= Int(Int32.max) else { return nil }
    guard let ctxt = htmlNewParserCtxt() else { return nil }
    defer { htmlFreeParserCtxt(ctxt) }
    guard let sax = ctxt.pointee.sax else { return nil }
    sax.pointee = htmlSAXHandler()
    sax.pointee.initialized = 1
    sax.pointee.startElement = { ctx, name, atts in
      guard let c = parserContext(ctx), let name else { return }
      walker(c).pointee.start(name, atts, open: Int(c.pointee.nameNr))
    }
    sax.pointee.endElement = { ctx, _ in
      guard let c = parserContext(ctx) else { return }
      walker(c).pointee.end(open: Int(c.pointee.nameNr))
    }
    sax.pointee.characters = { ctx, ch, len in
      guard let c = parserContext(ctx), let ch, len > 0 else { return }
      walker(c).pointee.text(UnsafeBufferPointer(start: ch, count: Int(len)),
        open: Int(c.pointee.nameNr))
    }
    sax.pointee.cdataBlock = sax.pointee.characters
    sax.pointee.comment = { ctx, _ in
      guard let c = parserContext(ctx) else { return }
      walker(c).pointee.topLevelNode(open: Int(c.pointee.nameNr))
    }
    sax.pointee.processingInstruction = { ctx, _, _ in
      guard let c = parserContext(ctx) else { return }
      walker(c).pointee.topLevelNode(open: Int(c.pointee.nameNr))
    }
    sax.pointee.startDocument = { ctx in
      guard let c = parserContext(ctx) else { return }
      walker(c).pointee.started = true
    }
    sax.pointee.internalSubset = { ctx, _, _, _ in
      guard let c = parserContext(ctx) else { return }
      walker(c).pointee.doctype()
    }
    let state = UnsafeMutablePointer<Walker>.allocate(capacity: 1)
    state.initialize(to: Walker())
    defer { state.deinitialize(count: 1).deallocate() }
    ctxt.pointee._private = UnsafeMutableRawPointer(state)
    let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
      buffer.baseAddress!.advanced(by: offset).withMemoryRebound(to: CChar.self, capacity: count) {
        htmlCtxtReadMemory(ctxt, $0, Int32(count), nil, encoding, options)
      }
    }
    if let doc { xmlFreeDoc(doc) }
    guard state.pointee.started else { return nil }
    state.pointee.finish()
    return state.pointee.page
  }
}

private func parserContext(_ ctx: UnsafeMutableRawPointer?) -> htmlParserCtxtPtr? {
  ctx?.assumingMemoryBound(to: htmlParserCtxt.self)
}

private func walker(_ c: htmlParserCtxtPtr) -> UnsafeMutablePointer<Walker> {
  c.pointee._private.assumingMemoryBound(to: Walker.self)
}

// MARK: - The walk

private enum TagKind: UInt8 {
  case inline, block, drop, chrome, link, pre, heading, contentRoot, h1, title, meta, linkTag
  case script, time, html, body, br, header, footer
  /// `<noscript>` and `<template>`: walked, but foreign chrome (see ``Walker/enter(_:)``).
  case fallback

  /// Whether the element starts and ends a block of text.
  var breaksText: Bool { self != .inline && self != .link && self != .time }
}

/// Up to 16 lowercased ASCII bytes packed into two integers: a name to look up without
/// allocating a `String` for every element and class word.
private struct PackedWord: Hashable {
  var low: UInt64 = 0
  var high: UInt64 = 0

  init?(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard bytes.count <= 16 else { return nil }
    for (i, b) in bytes.enumerated() {
      let lower = UInt64(b >= 65 && b <= 90 ? b | 0x20 : b)
      if i < 8 { low |= lower << (8 * UInt64(i)) } else { high |= lower << (8 * UInt64(i - 8)) }
    }
  }

  init(_ word: String) {
    var bytes = Array(word.utf8)
    self = bytes.withUnsafeMutableBufferPointer { PackedWord(UnsafeBufferPointer($0)) }!
  }
}

/// A fixed table from packed words to values, probed without hashing through `Hasher`
/// (a dictionary lookup per element and class word costs more than the rest of the walk).
private struct PackedTable<Value: Sendable>: Sendable {
  private var keys: [PackedWord?]
  private var values: [Value?]
  private let mask: Int

  init(_ pairs: [(PackedWord, Value)]) {
    var size = 16
    while size < pairs.count * 4 { size *= 2 }
    keys = Array(repeating: nil, count: size)
    values = Array(repeating: nil, count: size)
    mask = size - 1
    for (key, value) in pairs {
      var slot = Self.slot(key, mask)
      while let k = keys[slot], k != key { slot = (slot + 1) & mask }
      keys[slot] = key
      values[slot] = value
    }
  }

  private static func slot(_ key: PackedWord, _ mask: Int) -> Int {
    let mixed = (key.low &* 0x9E37_79B9_7F4A_7C15) ^ (key.high &* 0xC2B2_AE3D_27D4_EB4F)
    return Int(truncatingIfNeeded: mixed >> 40) & mask
  }

  subscript(key: PackedWord) -> Value? {
    var slot = Self.slot(key, mask)
    while let k = keys[slot] {
      if k == key { return values[slot] }
      slot = (slot + 1) & mask
    }
    return nil
  }
}

private let tagKinds: PackedTable<TagKind> = {
  var table: [String: TagKind] = [:]
  for t in [
    "p", "div", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "td", "th", "tr", "table",
    "thead", "tbody", "tfoot", "hr", "section", "figure", "address", "center", "details",
    "summary", "caption", "fieldset", "legend", "hgroup", "dialog",
  ] {
    table[t] = .block
  }
  for t in [
    "style", "svg", "iframe", "button", "select", "figcaption",
    "option", "textarea", "canvas", "video", "audio", "object", "embed", "math", "input",
    "map",
  ] {
    table[t] = .drop
  }
  for t in ["nav", "aside", "form", "menu"] { table[t] = .chrome }
  for t in ["noscript", "template"] { table[t] = .fallback }
  table["header"] = .header
  table["footer"] = .footer
  for t in ["h2", "h3", "h4", "h5", "h6"] { table[t] = .heading }
  table["h1"] = .h1
  table["a"] = .link
  table["pre"] = .pre
  table["article"] = .contentRoot
  table["main"] = .contentRoot
  table["title"] = .title
  table["meta"] = .meta
  table["link"] = .linkTag
  table["script"] = .script
  table["time"] = .time
  table["html"] = .html
  table["body"] = .body
  table["br"] = .br
  return PackedTable(table.map { (PackedWord($0.key), $0.value) })
}()

/// What a class or id says about an element.
private enum ChromeHint: UInt8 {
  case none
  /// Text that is not article text but belongs to the article: a byline, a share bar, tags,
  /// an image credit. Metadata inside it (a date, an author) is still trusted.
  case local
  /// The site's header or footer by name: foreign on the page, but inside an article
  /// (`entry-header`, `article-footer`) the article's own.
  case frame
  /// About something else: comments, related articles, sidebars, navigation, ads, banners.
  case foreign
}

/// Whole class or id words (split at anything but ASCII letters and digits) that mark chrome.
private let chromeWords: PackedTable<ChromeHint> = {
  var table: [String: ChromeHint] = [:]
  // Not `widget`: page builders and blog engines wrap the article itself in widgets, and a
  // sidebar's widgets lie outside the chosen container anyway. Not `print` either: it marks
  // what a page prints, the article.
  for w in [
    "comment", "comments", "kommentar", "kommentare", "respond", "replies", "discussion",
    "cookie", "cookies", "consent", "gdpr", "related", "newsletter", "subscribe",
    "subscription", "breadcrumb", "breadcrumbs", "sidebar",
    "advert", "advertisement", "adverts", "ad", "ads", "sponsored", "promo", "popup", "modal",
    "nav", "navbar", "navigation", "menu", "recommended",
    "recommendations", "popular", "mostread", "trending", "pagination", "pager", "outbrain",
    "taboola", "signup", "login", "cta", "donation", "donations", "donate", "rss",
  ] {
    table[w] = .foreign
  }
  for w in ["header", "footer", "masthead"] { table[w] = .frame }
  for w in [
    "share", "shares", "sharing", "sharer", "social", "caption", "credit", "credits", "byline",
    "author", "authors", "bio", "tags", "taglist", "keywords", "meta", "disclaimer",
    "toolbar", "rating", "copyright", "citation", "license", "notice", "affiliate",
    "postmetadata",
  ] {
    table[w] = .local
  }
  return PackedTable(table.map { (PackedWord($0.key), $0.value) })
}()

/// Widgets of a page whose own header or footer (`card-header`, `accordion-footer`) is part of
/// them: such a name says nothing about the site's header or footer. A Bootstrap card or an
/// accordion holds a question of a FAQ or a box of the article in its header.
private let componentWords: PackedTable<Bool> = {
  let words = [
    "card", "panel", "accordion", "collapse", "box", "tab", "table", "faq", "question",
    "answer", "toggle", "tile", "callout",
  ]
  return PackedTable(words.map { (PackedWord($0), true) })
}()

/// Parts of class or id words that mark foreign chrome wherever they occur
/// (`commentlist`, `relatedposts`, `sharedaddy`, `jp-relatedposts`).
private let foreignStems: [StaticString] = [
  "comment", "kommentar", "related", "newsletter", "cookie", "consent", "breadcrumb",
  "sidebar", "advert", "recommend", "outbrain", "taboola", "disqus", "donation",
]
private let localStems: [StaticString] = ["share", "social", "byline"]
/// Whole class or id words, and parts of longer ones, that name an author or a byline.
private let bylineWords: [StaticString] = ["author", "byline", "autor", "auteur", "writer"]
/// Parts of class words that name a caption or a picture credit.
private let captionWords: [StaticString] = ["caption", "credit", "copyright"]
/// Class name beginnings that describe what an element is tagged with or what the page has.
private let modifierPrefixes: [StaticString] = [
  "tag-", "category-", "has-", "no-", "with-", "without-", "single-",
]

private func isSpace(_ b: UInt8) -> Bool { b == 32 || (b >= 9 && b <= 13) }

/// Calls `body` with the bytes of a NUL-terminated C string.
private func withBytes<R>(_ p: UnsafePointer<xmlChar>?, _ body: (UnsafeBufferPointer<UInt8>) -> R)
  -> R
{
  guard let p else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
  return body(UnsafeBufferPointer(start: p, count: Int(xmlStrlen(p))))
}

private func string(_ p: UnsafePointer<xmlChar>?) -> String {
  withBytes(p) { String(decoding: $0, as: UTF8.self) }
}

private func equalsASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
  guard bytes.count == word.utf8CodeUnitCount else { return false }
  let w = word.utf8Start
  for i in 0..<bytes.count where bytes[i] | 0x20 != w[i] | 0x20 { return false }
  return true
}

private func startsWithASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
  let n = word.utf8CodeUnitCount
  guard bytes.count >= n else { return false }
  let w = word.utf8Start
  for i in 0..<n where bytes[i] | 0x20 != w[i] { return false }
  return true
}

/// Whether a class attribute holds `word` as one of its space-separated classes.
private func hasClassToken(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
  var start = 0
  for i in 0...bytes.count where i == bytes.count || isSpace(bytes[i]) {
    if i - start == word.utf8CodeUnitCount,
      equalsASCII(UnsafeBufferPointer(rebasing: bytes[start..<i]), word)
    {
      return true
    }
    start = i + 1
  }
  return false
}

private func containsASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
  let n = word.utf8CodeUnitCount
  guard bytes.count >= n else { return false }
  let w = word.utf8Start
  outer: for start in 0...(bytes.count - n) {
    for i in 0..<n where bytes[start + i] | 0x20 != w[i] { continue outer }
    return true
  }
  return false
}

/// Whether a script's first bytes open a JSON-LD object: `{`, then `"@context"` in the first 64
/// bytes from the brace. `nil` while the bytes seen so far cannot tell.
private func opensJSONLD(_ bytes: [UInt8], complete: Bool) -> Bool? {
  guard let first = bytes.firstIndex(where: { !isSpace($0) }) else { return complete ? false : nil }
  guard bytes[first] == UInt8(ascii: "{") else { return false }
  if !complete && bytes.count < first + 64 { return nil }
  return bytes.withUnsafeBufferPointer { all in
    let opening = UnsafeBufferPointer(rebasing: all[first..<min(all.count, first + 64)])
    return containsASCII(opening, "context\"")
  }
}

/// The attributes the walk looks at, as pointers valid while the document lives.
private struct Attributes {
  var klass: UnsafePointer<xmlChar>?
  var id: UnsafePointer<xmlChar>?
  var style: UnsafePointer<xmlChar>?
  var hidden = false
  var ariaHidden: UnsafePointer<xmlChar>?
  var itemprop: UnsafePointer<xmlChar>?
  var rel: UnsafePointer<xmlChar>?
  var role: UnsafePointer<xmlChar>?
  var datetime: UnsafePointer<xmlChar>?
  var content: UnsafePointer<xmlChar>?
  var name: UnsafePointer<xmlChar>?
  var property: UnsafePointer<xmlChar>?
  var httpEquiv: UnsafePointer<xmlChar>?
  var href: UnsafePointer<xmlChar>?
  var type: UnsafePointer<xmlChar>?
  var lang: UnsafePointer<xmlChar>?
  var title: UnsafePointer<xmlChar>?
  var pubdate = false

  /// Reads the name and value pairs of a start tag (a NULL name ends the list).
  init(_ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
    guard var pair = atts else { return }
    while let attName = pair[0] {
      let value = pair[1]
      pair += 2
      withBytes(attName) { key in
        switch key.count {
        case 2:
          if equalsASCII(key, "id") { id = value }
        case 3:
          if equalsASCII(key, "rel") { rel = value }
        case 4:
          if equalsASCII(key, "role") {
            role = value
          } else if equalsASCII(key, "href") {
            href = value
          } else if equalsASCII(key, "name") {
            name = value
          } else if equalsASCII(key, "type") {
            type = value
          } else if equalsASCII(key, "lang") {
            lang = value
          }
        case 5:
          if equalsASCII(key, "class") {
            klass = value
          } else if equalsASCII(key, "style") {
            style = value
          } else if equalsASCII(key, "title") {
            title = value
          }
        case 6:
          if equalsASCII(key, "hidden") { hidden = true }
        case 7:
          if equalsASCII(key, "content") {
            content = value
          } else if equalsASCII(key, "pubdate") {
            pubdate = true
          }
        case 8:
          if equalsASCII(key, "itemprop") {
            itemprop = value
          } else if equalsASCII(key, "datetime") {
            datetime = value
          } else if equalsASCII(key, "property") {
            property = value
          }
        case 10:
          if equalsASCII(key, "http-equiv") { httpEquiv = value }
        case 11:
          if equalsASCII(key, "aria-hidden") { ariaHidden = value }
        default: break
        }
      }
    }
  }

  /// Hidden by attribute or inline style.
  var isHidden: Bool {
    if hidden { return true }
    if let ariaHidden, withBytes(ariaHidden, { equalsASCII($0, "true") }) { return true }
    guard let style else { return false }
    return withBytes(style) { s in
      var compact: [UInt8] = []
      compact.reserveCapacity(s.count)
      for b in s where !isSpace(b) { compact.append(b | (b >= 65 && b <= 90 ? 0x20 : 0)) }
      return compact.withUnsafeBufferPointer {
        containsASCII($0, "display:none") || containsASCII($0, "visibility:hidden")
      }
    }
  }

  /// Whether the class or id names an author or a byline (`byline`, `post-author`,
  /// `author-name`), but not an author's picture or biography box.
  var namesByline: Bool {
    for value in [klass, id] where value != nil {
      let found = withBytes(value) { bytes in
        bylineWords.contains { containsASCII(bytes, $0) }
          && !containsASCII(bytes, "bio") && !containsASCII(bytes, "avatar")
          && !containsASCII(bytes, "image") && !containsASCII(bytes, "photo")
      }
      if found { return true }
    }
    return false
  }

  /// Whether the class names a caption or a picture credit (`caption`, `image-credit`,
  /// `copyright`).
  var namesCaption: Bool {
    guard klass != nil else { return false }
    return withBytes(klass) { bytes in
      captionWords.contains { containsASCII(bytes, $0) }
    }
  }

  /// What the class and id say: the stronger hint of the two. A heading's id is an anchor
  /// made from its words (`nav_nur_die_folie`), so `includingID` is false for headings.
  func chromeHint(includingID: Bool) -> ChromeHint {
    let a = hint(klass)
    if a == .foreign || !includingID { return a }
    let b = hint(id)
    return b.rawValue > a.rawValue ? b : a
  }

  private func hint(_ value: UnsafePointer<xmlChar>?) -> ChromeHint {
    guard value != nil else { return .none }
    return withBytes(value) { bytes in
      var found = ChromeHint.none
      var start = 0
      var i = 0
      var skipping = false
      // The word before the current one in the same class name, joined by `-` or `_`.
      var previous: Range<Int>? = nil
      while i <= bytes.count {
        let b: UInt8 = i < bytes.count ? bytes[i] : 32
        if isSpace(b) {
          skipping = false
        } else if skipping {
          i += 1
          start = i
          continue
        }
        // A class name such as `tag-social-media`, `category-comments` or `has-sidebar` names
        // what the element is tagged with or what the page has, not what the element is.
        if i == start && (i == 0 || isSpace(bytes[i - 1])) {
          let rest = UnsafeBufferPointer(rebasing: bytes[i...])
          for prefix in modifierPrefixes where startsWithASCII(rest, prefix) {
            skipping = true
          }
          if skipping {
            i += 1
            start = i
            continue
          }
        }
        let isWordByte = (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122)
        if !isWordByte {
          if i > start {
            let word = UnsafeBufferPointer(rebasing: bytes[start..<i])
            if let packed = PackedWord(word), let h = chromeWords[packed] {
              if h == .foreign { return .foreign }
              let ofComponent =
                h == .frame && previous.map { range in
                  PackedWord(UnsafeBufferPointer(rebasing: bytes[range]))
                    .flatMap { componentWords[$0] } ?? false
                } ?? false
              if h.rawValue > found.rawValue && !ofComponent { found = h }
            }
            // `commentary` names an opinion piece, the article itself, not its comments.
            if word.count >= 6 && !containsASCII(word, "commentary") {
              for stem in foreignStems where containsASCII(word, stem) { return .foreign }
              if found == .none {
                for stem in localStems where containsASCII(word, stem) { found = .local }
              }
            }
          }
          previous =
            i > start && (b == UInt8(ascii: "-") || b == UInt8(ascii: "_")) ? start..<i : nil
          start = i + 1
          // A BEM modifier (`section--has-ads`, `teaser--related`) says what the element has
          // or how it looks, not what it is: the rest of the class name is not looked at.
          if b == UInt8(ascii: "-") && i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "-") {
            skipping = true
          }
        }
        i += 1
      }
      return found
    }
  }
}

/// Text gathered from an element's subtree for metadata: a title, a script's JSON-LD, a date or
/// an author's name. Like the text of the element's tree node: every text and script byte inside,
/// whitespace runs collapsed to one space unless told otherwise, cut at `limit` bytes.
private struct Capture {
  enum Target {
    case title, jsonLD, time(Int), author(Int)
    /// A script without a type: JSON-LD if its first bytes open a JSON-LD object.
    case untypedScript
  }
  var target: Target
  /// The index in ``Walker/frames`` of the element whose subtree is gathered.
  var frame: Int
  var limit: Int
  var collapse = true
  var bytes: [UInt8] = []
  var space = false
  /// For ``Target/untypedScript``: whether the first bytes open JSON-LD, once known.
  var isJSONLD: Bool?

  mutating func add(_ text: UnsafeBufferPointer<UInt8>) {
    if case .untypedScript = target, isJSONLD == nil {
      bytes.append(contentsOf: text)
      isJSONLD = opensJSONLD(bytes, complete: false)
      return
    }
    if case .untypedScript = target, isJSONLD == false { return }
    guard bytes.count < limit else { return }
    guard collapse else {
      bytes.append(contentsOf: text)
      return
    }
    for b in text {
      if isSpace(b) {
        space = !bytes.isEmpty
      } else {
        if space { bytes.append(32) }
        space = false
        bytes.append(b)
      }
    }
  }

  var string: String { String(decoding: bytes.prefix(limit), as: UTF8.self) }
}

/// Builds a ``RawPage`` from the parser's events, as a walk of the document tree would.
///
/// libxml2's tree differs from its events in three ways, all mirrored here: a start tag left
/// unclosed (`<p class="a"` at a `<`) is dropped from the parser's stack without an end event,
/// and what follows belongs to its parent; an element opened after the root closed (a script
/// after `</html>`) becomes the root's last child when the document's first node is the root,
/// a sibling otherwise; text outside every element is dropped.
private struct Walker {
  var page = RawPage()
  /// Whether the parser started the document (it returns none otherwise).
  var started = false
  private var stack: [(id: Int, kind: TagKind)] = [(0, .block)]
  private var blockStart = 0
  private var blockLinkBytes = 0
  private var pendingSpace = false
  private var linkDepth = 0
  private var preDepth = 0
  private var contentRootDepth = 0

  /// One open element of the parser: whether the walk entered it (and a `leave` is due).
  private var frames: [Bool] = []
  /// How many open elements were not entered: inside one, nothing is walked.
  private var skipDepth = 0
  private var captures: [Capture] = []
  /// What the document's first node is: nothing yet, a doctype or comment, or the root element.
  private var firstNode: FirstNode = .none
  private enum FirstNode { case none, other, root }
  /// The root element closed while the document's first node is the root: it stays entered, as
  /// elements opened after it become its children.
  private var rootKeptOpen = false

  init() {
    page.text.reserveCapacity(64 * 1024)
  }

  /// An element starts; `open` counts the parser's open elements, this one included.
  mutating func start(
    _ name: UnsafePointer<xmlChar>, _ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
    open: Int
  ) {
    closeDropped(open: open - 1)
    if frames.isEmpty {
      if firstNode == .none {
        firstNode = .root
      } else if rootKeptOpen && firstNode != .root {
        leaveKeptRoot()
      }
    }
    if skipDepth > 0 {
      frames.append(false)
      skipDepth += 1
      return
    }
    let entered = enter(name, atts)
    frames.append(entered)
    if !entered { skipDepth += 1 }
  }

  /// The innermost open element ends; `open` still counts it.
  mutating func end(open: Int) {
    closeDropped(open: open)
    closeFrame()
  }

  mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, open: Int) {
    closeDropped(open: open)
    // The tree keeps no text outside every element.
    if frames.isEmpty { return }
    for i in captures.indices { captures[i].add(bytes) }
    if skipDepth == 0 { appendText(bytes) }
  }

  /// A comment or processing instruction.
  mutating func topLevelNode(open: Int) {
    closeDropped(open: open)
    if frames.isEmpty && firstNode == .none { firstNode = .other }
  }

  /// A doctype: libxml2 puts it first in the document, whenever it comes.
  mutating func doctype() {
    firstNode = .other
  }

  mutating func finish() {
    closeDropped(open: 0)
    if rootKeptOpen { leaveKeptRoot() }
    flush()
    while stack.count > 1 { leave() }
    page.elements[0].end = page.elements.count - 1
  }

  /// Closes the elements the parser dropped from its stack without an end event.
  private mutating func closeDropped(open: Int) {
    while frames.count > max(open, 0) { closeFrame() }
  }

  private mutating func closeFrame() {
    guard let entered = frames.popLast() else { return }
    if frames.isEmpty && entered && firstNode == .root && !rootKeptOpen && stack.count == 2 {
      rootKeptOpen = true
      for i in captures.indices where captures[i].frame == 0 { captures[i].frame = -1 }
      return
    }
    finishCaptures(frame: frames.count)
    if entered { leave() } else { skipDepth -= 1 }
  }

  private mutating func leaveKeptRoot() {
    rootKeptOpen = false
    finishCaptures(frame: -1)
    leave()
  }

  private mutating func finishCaptures(frame: Int) {
    while let last = captures.last, last.frame >= frame {
      captures.removeLast()
      switch last.target {
      case .title:
        if page.titleElement == nil { page.titleElement = last.string }
      case .jsonLD:
        page.jsonLD.append(last.string)
      case .untypedScript:
        if last.isJSONLD ?? opensJSONLD(last.bytes, complete: true) ?? false {
          page.jsonLD.append(last.string)
        }
      case .time(let i):
        page.times[i].value = last.string
      case .author(let i):
        let value = last.string
        if value.isEmpty {
          page.authors.remove(at: i)
        } else {
          page.authors[i].value = value
        }
      }
    }
  }

  private mutating func capture(_ target: Capture.Target, limit: Int, collapse: Bool = true) {
    captures.append(Capture(target: target, frame: frames.count, limit: limit, collapse: collapse))
  }

  /// Handles an element's start; returns whether its subtree is walked (and `leave` is due).
  private mutating func enter(
    _ name: UnsafePointer<xmlChar>, _ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
  ) -> Bool {
    let kind: TagKind = withBytes(name) { name in
      // The tree names `<o:p>` by its local name `p` (but keeps `<x:>` whole).
      var local = name
      if let colon = name.firstIndex(of: UInt8(ascii: ":")), colon > 0, colon + 1 < name.count {
        local = UnsafeBufferPointer(rebasing: name[(colon + 1)...])
      }
      return PackedWord(local).flatMap { tagKinds[$0] } ?? .inline
    }
    let attributes = Attributes(atts)
    switch kind {
    case .meta:
      recordMeta(attributes)
      return false
    case .linkTag:
      if let rel = attributes.rel, let href = attributes.href {
        page.links.append((string(rel).lowercased(), string(href)))
      }
      return false
    case .title:
      if page.titleElement == nil { capture(.title, limit: 1000) }
      return false
    case .script:
      if let type = attributes.type, withBytes(type, { containsASCII($0, "ld+json") }) {
        capture(.jsonLD, limit: 1 << 20, collapse: false)
      } else if attributes.type == nil {
        // Some sites write JSON-LD in a `<script>` without a type.
        capture(.untypedScript, limit: 1 << 20, collapse: false)
      }
      return false
    case .drop:
      return false
    case .html:
      if let lang = attributes.lang { page.language = string(lang) }
    case .br:
      flush()
      return false
    default:
      break
    }
    let isRoot = kind == .html || kind == .body
    if !isRoot && attributes.isHidden { return false }

    let id = page.elements.count
    let itemprop = attributes.itemprop.map { string($0).lowercased() }
    let role = attributes.role.map { string($0).lowercased() }
    let contentRoot = kind == .contentRoot || role == "main" || itemprop == "articlebody"
    // Inside an article, <header> holds its headline and lead, <footer> its tags and byline;
    // elsewhere they are the site's.
    var hint: ChromeHint
    switch kind {
    // What a page shows without scripts is not read, unless it holds most of the page: a
    // blog that serves its post inside <noscript>, or an unclosed <noscript> that swallowed
    // the rest of the page (libxml2 keeps it open to the end).
    case .chrome, .fallback: hint = .foreign
    case .header: hint = contentRootDepth > 0 ? .none : .foreign
    case .footer: hint = contentRootDepth > 0 ? .local : .foreign
    default:
      switch role {
      case "navigation", "banner", "contentinfo", "complementary", "search", "dialog",
        "alertdialog":
        hint = .foreign
      default: hint = .none
      }
    }
    var isFrame = false
    var isByline = false
    if hint != .foreign && !isRoot && !contentRoot {
      switch attributes.chromeHint(includingID: kind != .heading && kind != .h1) {
      case .none: break
      case .frame:
        if contentRootDepth == 0 {
          hint = .foreign
          isFrame = true
        }
      case let named: hint = named
      }
      isByline = hint == .local && attributes.namesByline
    }
    page.elements.append(
      RawPage.Element(
        parent: stack[stack.count - 1].id, end: id, isContentRoot: contentRoot,
        isChrome: hint != .none, isForeign: hint == .foreign, isFrame: isFrame,
        isByline: isByline, isHeader: kind == .header || isFrame))
    if contentRoot { contentRootDepth += 1 }
    recordDatesAndAuthors(kind: kind, attributes: attributes, itemprop: itemprop, id: id)

    switch kind {
    case .link: linkDepth += 1
    case .pre: preDepth += 1
    default: break
    }
    // A caption or credit set inline (`<span class="caption">` inside a paragraph) is a block
    // of its own, so that it goes as the chrome it is without the paragraph around it.
    let ownBlock = kind == .inline && hint == .local && attributes.namesCaption
    if kind.breaksText || ownBlock { flush() }
    stack.append((id, ownBlock ? .block : kind))
    return true
  }

  private mutating func leave() {
    guard stack.count > 1 else { return }
    let (id, kind) = stack[stack.count - 1]
    if kind.breaksText {
      let before = page.blocks.count
      flush()
      if kind == .h1, page.blocks.count > before, let last = page.blocks.last, last.owner == id {
        if page.firstHeading == nil {
          page.firstHeading = String(decoding: page.text[last.range], as: UTF8.self)
          page.firstHeadingBlock = page.blocks.count - 1
        } else if page.laterHeadings.count < 4 {
          page.laterHeadings.append(String(decoding: page.text[last.range], as: UTF8.self))
        }
      }
    }
    switch kind {
    case .link: linkDepth -= 1
    case .pre: preDepth -= 1
    default: break
    }
    if page.elements[id].isContentRoot { contentRootDepth -= 1 }
    stack.removeLast()
    page.elements[id].end = page.elements.count - 1
  }

  private mutating func recordMeta(_ a: Attributes) {
    guard let content = a.content else { return }
    let key = a.property ?? a.name ?? a.itemprop ?? a.httpEquiv
    guard let key else { return }
    page.metaTags.append((string(key).lowercased(), string(content)))
  }

  private mutating func recordDatesAndAuthors(
    kind: TagKind, attributes a: Attributes, itemprop: String?, id: Int
  ) {
    // hAtom: <abbr class="published" title="2009-08-06T14:12:32">.
    var microformat: UnsafePointer<xmlChar>?
    if a.datetime == nil, let title = a.title, let klass = a.klass,
      withBytes(klass, { containsASCII($0, "published") || containsASCII($0, "updated") })
    {
      microformat = title
    }
    if kind == .time || itemprop == "datepublished" || microformat != nil {
      // Without an attribute, the value is the element's text, known at its end.
      let fromText = a.datetime == nil && a.content == nil && microformat == nil
      if let value = a.datetime.map(string) ?? a.content.map(string) ?? microformat.map(string)
        ?? (fromText ? "" : nil)
      {
        var marking = RawPage.DateMarking.plain
        if a.pubdate || itemprop == "datepublished" {
          marking = .published
        } else if itemprop == "datemodified" {
          marking = .updated
        } else if let klass = a.klass {
          withBytes(klass) { k in
            if containsASCII(k, "publish") || containsASCII(k, "posted")
              || containsASCII(k, "entry-date")
            {
              marking = .published
            } else if containsASCII(k, "update") || containsASCII(k, "modif") {
              marking = .updated
            }
          }
        }
        if fromText { capture(.time(page.times.count), limit: 100) }
        page.times.append(.init(value: value, marking: marking, owner: id))
      }
    }
    let relAuthor = a.rel.map { withBytes($0) { equalsASCII($0, "author") } } ?? false
    // hCard bylines: `<span class="author vcard"><a class="url fn">Name</a></span>`.
    let classAuthor =
      a.klass.map { withBytes($0) { hasClassToken($0, "author") || hasClassToken($0, "vcard") } }
      ?? false
    if relAuthor || itemprop == "author" || classAuthor {
      if let content = a.content {
        let text = string(content)
        if !text.isEmpty { page.authors.append(.init(value: text, owner: id)) }
      } else {
        capture(.author(page.authors.count), limit: 200)
        page.authors.append(.init(value: "", owner: id))
      }
    }
  }

  private mutating func appendText(_ content: UnsafeBufferPointer<UInt8>) {
    var i = 0
    while i < content.count {
      let b = content[i]
      if isSpace(b) {
        if preDepth > 0 && b == 10 {
          flush()
        } else {
          pendingSpace = true
        }
        i += 1
        continue
      }
      // A run of non-space bytes is copied at once.
      var end = i + 1
      while end < content.count && !isSpace(content[end]) { end += 1 }
      if pendingSpace && page.text.count > blockStart {
        page.text.append(32)
        if linkDepth > 0 { blockLinkBytes += 1 }
      }
      pendingSpace = false
      page.text.append(contentsOf: UnsafeBufferPointer(rebasing: content[i..<end]))
      if linkDepth > 0 { blockLinkBytes += end - i }
      i = end
    }
  }

  /// Ends the current block, if it holds any text.
  private mutating func flush() {
    pendingSpace = false
    guard page.text.count > blockStart else { return }
    let top = stack[stack.count - 1]
    page.blocks.append(
      .init(
        range: blockStart..<page.text.count, linkBytes: blockLinkBytes, owner: top.id,
        isHeading: top.kind == .heading || top.kind == .h1))
    page.text.append(10)
    page.text.append(10)
    blockStart = page.text.count
    blockLinkBytes = 0
  }
}
