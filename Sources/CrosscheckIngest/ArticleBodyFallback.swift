/// The article's text from JSON-LD `articleBody`, for pages whose markup holds little of it.
///
/// Some sites render the article with scripts or behind a paywall: the HTML holds a caption, a
/// headline and a lead, while the JSON-LD they give search engines holds the whole text. When
/// the text of `articleBody` has at least ``minimumBytes`` and the text kept from the markup
/// has less than a ``markupShare`` of its bytes, the `articleBody` paragraphs follow the kept
/// ones (which stay: a lead is often missing from `articleBody`), and kept paragraphs that
/// `articleBody` repeats are left out.
///
/// `articleBody` may be plain text (paragraphs at line breaks) or markup, even escaped markup
/// (`&lt;p&gt;`); markup is read by ``HTMLParser`` like a page.
struct ArticleBodyFallback {
  /// The shortest text of `articleBody` that is used, in UTF-8 bytes.
  static let minimumBytes = 400
  /// The markup's text is enough when it has at least this share of `articleBody`'s text.
  static let markupShare = 0.5

  /// The paragraphs of `articleBody`: the text (each paragraph followed by `"\n\n"`) and their
  /// byte ranges in it.
  static func paragraphs(ofArticleBody articleBody: String) -> (
    text: [UInt8], paragraphs: [Range<Int>]
  ) {
    var bytes = Array(articleBody.utf8)
    if !bytes.contains(UInt8(ascii: "<")) {
      if containsEscapedTag(bytes) {
        // Escaped markup: a first reading turns it into markup.
        bytes = text(of: bytes).text
      } else {
        // Plain text: line breaks end paragraphs.
        var marked: [UInt8] = []
        marked.reserveCapacity(bytes.count + 64)
        for b in bytes {
          if b == 10 { marked.append(contentsOf: Array("<br>".utf8)) } else { marked.append(b) }
        }
        bytes = marked
      }
    }
    return text(of: bytes)
  }

  /// Whether the markup's kept text (`keptBytes`) is too little next to `articleBody`'s text.
  static func replaces(keptBytes: Int, bodyBytes: Int) -> Bool {
    bodyBytes >= minimumBytes && Double(keptBytes) < Double(bodyBytes) * markupShare
  }

  private static func text(of markup: [UInt8]) -> (text: [UInt8], paragraphs: [Range<Int>]) {
    var wrapped = Array("<html><body><div>".utf8)
    wrapped.append(contentsOf: markup)
    guard let page = HTMLParser.parse(wrapped, from: 0, encoding: "UTF-8") else { return ([], []) }
    return (page.text, page.blocks.map(\.range))
  }

  private static func containsEscapedTag(_ bytes: [UInt8]) -> Bool {
    let open = Array("&lt;".utf8)
    guard bytes.count >= open.count else { return false }
    for i in 0...(bytes.count - open.count) where bytes[i] == UInt8(ascii: "&") {
      if bytes[i..<(i + open.count)].elementsEqual(open) { return true }
    }
    return false
  }
}
