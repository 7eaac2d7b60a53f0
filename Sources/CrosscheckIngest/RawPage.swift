/// What the HTML walk found, as plain Swift values: text blocks, the element tree they sit in,
/// and metadata candidates. ``ContentSelector`` and ``HTMLMetadataReader`` interpret it.
struct RawPage: Sendable {
  /// One element of the walked tree (dropped subtrees are not in it). Element 0 is the document.
  struct Element: Sendable {
    var parent: Int
    /// The last id inside this element's subtree (ids are in document order).
    var end: Int
    /// `<article>`, `<main>`, `role=main` or `itemprop=articleBody`.
    var isContentRoot: Bool
    /// Chrome by tag (nav, header, footer, aside, form) or by class/id words: its text is not
    /// article text.
    var isChrome: Bool
    /// Chrome that is about other things than this article (comments, related articles,
    /// sidebars, navigation): metadata inside it is not trusted either. A byline or a share bar
    /// is chrome but not foreign.
    var isForeign: Bool = false
    /// Foreign only because its class or id names a header or footer (`post-footer`,
    /// `entry-header`): next to the article body such an element is the article's own.
    var isFrame: Bool = false
    /// Its class or id names an author or byline (`author`, `byline`, `post-author`).
    var isByline: Bool = false
    /// A `<header>`, or an element whose class or id names a header or footer: chrome when it is
    /// the site's, but the article's own when it holds the headline.
    var isHeader: Bool = false
  }

  /// A run of text between block boundaries.
  struct Block: Sendable {
    /// The bytes in ``RawPage/text`` (whitespace collapsed; blocks are separated by "\n\n").
    var range: Range<Int>
    /// How many of those bytes are inside links.
    var linkBytes: Int
    /// The innermost element holding the text.
    var owner: Int
    /// Whether that element is a heading (`h1` to `h6`).
    var isHeading: Bool = false
  }

  enum DateMarking: Int, Sendable, Comparable {
    case published = 0
    case plain, updated
    static func < (a: DateMarking, b: DateMarking) -> Bool { a.rawValue < b.rawValue }
  }

  /// A `<time datetime>` or an element with `itemprop=datePublished`.
  struct TimeCandidate: Sendable {
    var value: String
    var marking: DateMarking
    var owner: Int
  }

  /// A `rel=author` link's text or an `itemprop=author` element's text.
  struct AuthorCandidate: Sendable {
    var value: String
    var owner: Int
  }

  /// The extracted text: every block followed by "\n\n".
  var text: [UInt8] = []
  var blocks: [Block] = []
  var elements: [Element] = [Element(parent: 0, end: 0, isContentRoot: false, isChrome: false)]
  /// `<meta>` tags: the lowercased `name`, `property`, `itemprop` or `http-equiv`, and `content`.
  var metaTags: [(key: String, value: String)] = []
  /// `<link>` tags: lowercased `rel` and `href`.
  var links: [(rel: String, href: String)] = []
  var titleElement: String?

  /// The page's `<title>` and `og:title`, as bytes with whitespace collapsed.
  var titleCandidates: [[UInt8]] {
    var out: [[UInt8]] = []
    if let t = titleElement { out.append(Array(t.utf8)) }
    for tag in metaTags where tag.key == "og:title" { out.append(Array(tag.value.utf8)) }
    return out
  }
  var firstHeading: String?
  /// The index in ``blocks`` of the first `<h1>`'s text.
  var firstHeadingBlock: Int?
  /// The texts of the next `<h1>`s (at most four), for the title when the first is a site's
  /// navigation or tagline rather than the headline.
  var laterHeadings: [String] = []
  var jsonLD: [String] = []
  var times: [TimeCandidate] = []
  var authors: [AuthorCandidate] = []
  var language: String?
}
