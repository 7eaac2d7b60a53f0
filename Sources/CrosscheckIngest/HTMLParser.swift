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
  static func parse(_ bytes: [UInt8], from offset: Int, encoding: String) -> RawPage? {
    _ = initialized
    let options = Int32(
      bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue
        | HTML_PARSE_IGNORE_ENC.rawValue | UInt32(XML_PARSE_HUGE.rawValue))
    let count = bytes.count - offset
    guard count > 0, count <= Int(Int32.max) else { return nil }
    let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
      buffer.baseAddress!.advanced(by: offset).withMemoryRebound(to: CChar.self, capacity: count) {
        htmlReadMemory($0, Int32(count), nil, encoding, options)
      }
    }
    guard let doc = parsed else { return nil }
    defer { xmlFreeDoc(doc) }
    var walker = Walker()
    walker.walk(doc)
    return walker.page
  }
}

// MARK: - The walk

private typealias NodePtr = UnsafeMutablePointer<xmlNode>

private enum TagKind: UInt8 {
  case inline, block, drop, chrome, link, pre, heading, contentRoot, h1, title, meta, linkTag
  case script, time, html, body, br

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

private let tagKinds: [PackedWord: TagKind] = {
  var table: [String: TagKind] = [:]
  for t in [
    "p", "div", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "td", "th", "tr", "table",
    "thead", "tbody", "tfoot", "hr", "section", "figure", "address", "center", "details",
    "summary", "caption", "fieldset", "legend", "hgroup", "dialog",
  ] {
    table[t] = .block
  }
  for t in [
    "style", "noscript", "template", "svg", "iframe", "button", "select", "figcaption",
    "option", "textarea", "canvas", "video", "audio", "object", "embed", "math", "input",
    "map",
  ] {
    table[t] = .drop
  }
  for t in ["nav", "header", "footer", "aside", "form", "menu"] { table[t] = .chrome }
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
  return Dictionary(uniqueKeysWithValues: table.map { (PackedWord($0.key), $0.value) })
}()

/// Class and id words that mark page chrome rather than article text.
private let chromeWords: Set<PackedWord> = Set(
  [
    "comment", "comments", "cookie", "cookies", "consent", "gdpr", "share", "sharing", "sharer",
    "social", "related", "newsletter", "subscribe", "subscription", "breadcrumb", "breadcrumbs",
    "sidebar", "widget", "widgets", "advert", "advertisement", "adverts", "ad", "ads", "promo",
    "popup", "modal", "footer", "header", "nav", "navbar", "navigation", "menu", "caption",
    "credit", "credits", "masthead",
  ].map(PackedWord.init))

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
  var pubdate = false

  init(_ node: NodePtr) {
    var attr = node.pointee.properties
    while let a = attr {
      let value: UnsafePointer<xmlChar>? =
        a.pointee.children.map { UnsafePointer($0.pointee.content) } ?? nil
      withBytes(a.pointee.name) { key in
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
      attr = a.pointee.next
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

  /// Whether the class or id names a kind of page chrome.
  var namesChrome: Bool { hasChromeWord(klass) || hasChromeWord(id) }

  private func hasChromeWord(_ value: UnsafePointer<xmlChar>?) -> Bool {
    withBytes(value) { bytes in
      var start = 0
      var i = 0
      while i <= bytes.count {
        let b: UInt8 = i < bytes.count ? bytes[i] : 32
        let isWordByte = (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122)
        if !isWordByte {
          if i > start, let word = PackedWord(UnsafeBufferPointer(rebasing: bytes[start..<i])),
            chromeWords.contains(word)
          {
            return true
          }
          start = i + 1
        }
        i += 1
      }
      return false
    }
  }
}

private struct Walker {
  var page = RawPage()
  private var stack: [(id: Int, kind: TagKind)] = [(0, .block)]
  private var blockStart = 0
  private var blockLinkBytes = 0
  private var pendingSpace = false
  private var linkDepth = 0
  private var preDepth = 0

  init() {
    page.text.reserveCapacity(64 * 1024)
  }

  mutating func walk(_ doc: htmlDocPtr) {
    var next: NodePtr? = doc.pointee.children
    while let node = next {
      var descend = false
      switch node.pointee.type {
      case XML_ELEMENT_NODE:
        descend = enter(node)
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        appendText(node.pointee.content)
      default:
        break
      }
      if descend, let child = node.pointee.children {
        next = child
        continue
      }
      if descend { leave() }
      // Climb until a node has a next sibling, leaving each element on the way.
      var current = node
      next = nil
      while true {
        if let sibling = current.pointee.next {
          next = sibling
          break
        }
        guard let parent = current.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else {
          break
        }
        leave()
        current = parent
      }
    }
    flush()
    while stack.count > 1 { leave() }
    page.elements[0].end = page.elements.count - 1
  }

  /// Handles an element's start; returns whether its subtree is walked (and `leave` is due).
  private mutating func enter(_ node: NodePtr) -> Bool {
    let kind: TagKind = withBytes(node.pointee.name) { name in
      PackedWord(name).flatMap { tagKinds[$0] } ?? .inline
    }
    let attributes = Attributes(node)
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
      if page.titleElement == nil { page.titleElement = textContent(of: node, limit: 1000) }
      return false
    case .script:
      if let type = attributes.type, withBytes(type, { containsASCII($0, "ld+json") }) {
        page.jsonLD.append(textContent(of: node, limit: 1 << 20, collapse: false))
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
    let chrome = kind == .chrome || (!isRoot && !contentRoot && attributes.namesChrome)
    page.elements.append(
      RawPage.Element(
        parent: stack[stack.count - 1].id, end: id, isContentRoot: contentRoot, isChrome: chrome))
    recordDatesAndAuthors(node, kind: kind, attributes: attributes, itemprop: itemprop, id: id)

    switch kind {
    case .link: linkDepth += 1
    case .pre: preDepth += 1
    default: break
    }
    if kind.breaksText { flush() }
    stack.append((id, kind))
    return true
  }

  private mutating func leave() {
    guard stack.count > 1 else { return }
    let (id, kind) = stack[stack.count - 1]
    if kind.breaksText {
      let before = page.blocks.count
      flush()
      if kind == .h1, page.firstHeading == nil, page.blocks.count > before,
        let last = page.blocks.last, last.owner == id
      {
        page.firstHeading = String(decoding: page.text[last.range], as: UTF8.self)
      }
    }
    switch kind {
    case .link: linkDepth -= 1
    case .pre: preDepth -= 1
    default: break
    }
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
    _ node: NodePtr, kind: TagKind, attributes a: Attributes, itemprop: String?, id: Int
  ) {
    if kind == .time || itemprop == "datepublished" {
      if let value = a.datetime ?? a.content {
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
        page.times.append(.init(value: string(value), marking: marking, owner: id))
      }
    }
    let relAuthor = a.rel.map { withBytes($0) { equalsASCII($0, "author") } } ?? false
    if relAuthor || itemprop == "author" {
      let text = a.content.map { string($0) } ?? textContent(of: node, limit: 200)
      if !text.isEmpty { page.authors.append(.init(value: text, owner: id)) }
    }
  }

  /// The text inside a subtree (iteratively), whitespace collapsed unless told otherwise.
  private func textContent(of root: NodePtr, limit: Int, collapse: Bool = true) -> String {
    var bytes: [UInt8] = []
    var space = false
    var next: NodePtr? = root.pointee.children
    while let node = next, bytes.count < limit {
      let type = node.pointee.type
      if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE {
        withBytes(node.pointee.content) { text in
          for b in text {
            if collapse && isSpace(b) {
              space = !bytes.isEmpty
            } else {
              if space { bytes.append(32) }
              space = false
              bytes.append(b)
            }
          }
        }
      }
      if type == XML_ELEMENT_NODE, let child = node.pointee.children {
        next = child
        continue
      }
      var current = node
      next = nil
      while current != root {
        if let sibling = current.pointee.next {
          next = sibling
          break
        }
        guard let parent = current.pointee.parent else { break }
        current = parent
      }
    }
    return String(decoding: bytes.prefix(limit), as: UTF8.self)
  }

  private mutating func appendText(_ content: UnsafePointer<xmlChar>?) {
    guard let content else { return }
    var p = content
    while p.pointee != 0 {
      let b = p.pointee
      p += 1
      if isSpace(b) {
        if preDepth > 0 && b == 10 {
          flush()
        } else {
          pendingSpace = true
        }
        continue
      }
      if pendingSpace && page.text.count > blockStart {
        page.text.append(32)
        if linkDepth > 0 { blockLinkBytes += 1 }
      }
      pendingSpace = false
      page.text.append(b)
      if linkDepth > 0 { blockLinkBytes += 1 }
    }
  }

  /// Ends the current block, if it holds any text.
  private mutating func flush() {
    pendingSpace = false
    guard page.text.count > blockStart else { return }
    page.blocks.append(
      .init(
        range: blockStart..<page.text.count, linkBytes: blockLinkBytes,
        owner: stack[stack.count - 1].id))
    page.text.append(10)
    page.text.append(10)
    blockStart = page.text.count
    blockLinkBytes = 0
  }
}
