import CrosscheckCore
import Foundation

/// Reads title, author, date, site, url and language from what the HTML walk found.
///
/// - title: `og:title`, `twitter:title`, `<title>`, the first `<h1>`.
/// - author: `<meta name=author>`, `article:author` (unless a URL), JSON-LD `author.name`,
///   `rel=author`, `itemprop=author`.
/// - published, with its basis, the first full date (day known) in this order: `json-ld`
///   (`datePublished`, never `dateModified`), `meta` (``dateKeys``: `article:published_time`,
///   `pubdate`, `date`, `dc.date`, `sailthru.date`, `parsely-pub-date`, ...), `time`
///   (`<time datetime>`, hAtom `abbr.published[title]`, `itemprop=datePublished`; one marked
///   published first, one marked updated never), `dateline` (a short block near the `<h1>` or
///   among the first body blocks), `url` (`/2019/03/02/` in the canonical URL); then the same
///   sources again accepting a date known only to the month or marked updated. Dates inside
///   comments, related-article lists and sidebars are not read.
/// - site `og:site_name`, url `rel=canonical` or `og:url`, language `<html lang>`.
struct HTMLMetadataReader {
  static let dateKeys: [String] = [
    "article:published_time", "og:published_time", "og:article:published_time",
    "article:published", "datepublished", "pubdate", "og:pubdate", "publishdate",
    "publish-date", "publish_date", "publication_date", "date", "dc.date", "dc.date.issued",
    "dc.date.created", "dcterms.date", "dcterms.issued", "dcterms.created", "sailthru.date",
    "parsely-pub-date", "citation_publication_date", "citation_date", "bepress_citation_date",
    "cxenseparse:recs:publishtime", "datecreated", "schema:datecreated",
  ]

  func metadata(of page: RawPage, selection: ContentSelector.Selection) -> DocumentMetadata {
    var meta: [String: String] = [:]
    for (key, value) in page.metaTags where meta[key] == nil {
      let trimmed = value.trimmedASCIIWhitespace
      if !trimmed.isEmpty { meta[key] = trimmed }
    }
    let ld = JSONLDFacts(page.jsonLD)
    var result = DocumentMetadata()

    result.title = TitleCleaner(site: first(meta["og:site_name"], ld.publisher)).title(
      from: first(meta["og:title"], meta["twitter:title"], page.titleElement, ld.headline),
      heading: first(page.firstHeading),
      headingIsLink: page.firstHeadingBlock.map {
        page.blocks[$0].linkBytes * 10 >= page.blocks[$0].range.count * 9
      } ?? false)
    var metaAuthor = meta["author"]
    if let a = meta["article:author"], metaAuthor == nil, !a.hasPrefix("http") { metaAuthor = a }
    let trustedAuthor = page.authors.first { selection.trusts(element: $0.owner) }
    result.author = first(
      metaAuthor, ld.author, trustedAuthor?.value, BylineReader().author(in: page, selection))
    result.site = first(meta["og:site_name"], ld.publisher)
    let canonical = page.links.first { $0.rel.split(separator: " ").contains("canonical") }?.href
    result.url = first(canonical, meta["og:url"])
    result.language = first(page.language)

    if let (date, basis) = localPublicationDate(
      page, meta: meta, ld: ld, selection: selection)
    {
      result.published = date
      result.publishedBasis = basis
    }
    return result
  }

  /// The publication date, moved to the day the site's readers saw when the source gave a UTC
  /// timestamp near midnight.
  ///
  /// A UTC timestamp from the evening or the small hours is often another day where the site
  /// is: when the page's visible dateline or its URL names the day before or after, that day
  /// wins. Without such evidence, a UTC time of exactly 22:00 or 23:00 is read as local
  /// midnight of the next day (how sites east of UTC store a date without a time).
  private func localPublicationDate(
    _ page: RawPage, meta: [String: String], ld: JSONLDFacts, selection: ContentSelector.Selection
  ) -> (PartialDate, String)? {
    var raw: String?
    guard
      let (date, basis) = publicationDate(
        page, meta: meta, ld: ld, selection: selection, raw: &raw)
    else { return nil }
    guard let raw, let time = DateReader.utcHour(inValue: raw), time.hour >= 20 || time.hour < 8
    else { return (date, basis) }
    var others: [(PartialDate, String)] = []
    if let d = dateline(page, selection: selection) { others.append((d, "dateline")) }
    if let url = canonicalURL(page, meta: meta), let d = DateReader.date(inURLPath: url) {
      others.append((d, "url"))
    }
    let step = time.hour >= 20 ? 1 : -1
    for (other, otherBasis) in others where DateReader.days(from: date, to: other) == step {
      return (other, otherBasis)
    }
    if time.hour >= 22, time.minute == 0, time.second == 0,
      let next = DateReader.adding(days: 1, to: date)
    {
      return (next, basis)
    }
    return (date, basis)
  }

  private func canonicalURL(_ page: RawPage, meta: [String: String]) -> String? {
    page.links.first(where: { $0.rel.split(separator: " ").contains("canonical") })?.href
      ?? meta["og:url"]
  }

  private func publicationDate(
    _ page: RawPage, meta: [String: String], ld: JSONLDFacts,
    selection: ContentSelector.Selection, raw: inout String?
  ) -> (PartialDate, String)? {
    if let value = ld.datePublished, let date = fullDate(value) {
      raw = value
      return (date, "json-ld")
    }
    for key in Self.dateKeys {
      if let value = meta[key], let date = fullDate(value) {
        raw = value
        return (date, "meta")
      }
    }
    let times = page.times.enumerated()
      .filter { selection.trusts(element: $0.element.owner) }
      .sorted { ($0.element.marking, $0.offset) < ($1.element.marking, $1.offset) }
    for (_, time) in times where time.marking != .updated {
      if let date = fullDate(time.value) {
        raw = time.value
        return (date, "time")
      }
    }
    if let date = dateline(page, selection: selection) { return (date, "dateline") }
    if let url = canonicalURL(page, meta: meta), let date = DateReader.date(inURLPath: url) {
      return (date, "url")
    }
    // Weaker evidence last: a date known only to the month, or one marked as an update.
    if let value = ld.datePublished, let date = DateReader.date(fromValue: value) {
      return (date, "json-ld")
    }
    for key in Self.dateKeys {
      if let value = meta[key], let date = DateReader.date(fromValue: value) {
        return (date, "meta")
      }
    }
    for (_, time) in times {
      if let date = DateReader.date(fromValue: time.value) { return (date, "time") }
    }
    return nil
  }

  private func fullDate(_ value: String) -> PartialDate? {
    guard let date = DateReader.date(fromValue: value), date.day != nil else { return nil }
    return date
  }

  /// A date in a short block near the headline (a byline such as "6. August 2009 | 09:00",
  /// kept or dropped as chrome of the article), else near the start of the chosen container,
  /// else in one of the first kept blocks. A long block counts when it opens with the date
  /// ("27.1.2022 - The council ..."). Blocks in comments, related-article lists and sidebars
  /// are never read, except a short line right under the headline.
  private func dateline(_ page: RawPage, selection: ContentSelector.Selection) -> PartialDate? {
    var candidates: [Int] = []
    let heading = page.firstHeadingBlock
    if let h = heading {
      candidates += Array(max(0, h - 3)..<min(page.blocks.count, h + 10))
    }
    if let first = page.blocks.firstIndex(where: { selection.container.contains($0.owner) }) {
      candidates += Array(max(0, first - 6)..<min(page.blocks.count, first + 4))
    }
    candidates += selection.kept.prefix(5)
    for index in candidates {
      let block = page.blocks[index]
      let underHeading =
        heading.map { index > $0 && index <= $0 + 2 && block.range.count <= 60 } ?? false
      guard selection.trusts(element: block.owner) || underHeading else { continue }
      let range =
        block.range.count <= 160
        ? block.range : block.range.lowerBound..<block.range.lowerBound + Self.openingBytes
      if let date = DateReader.dateline(in: String(decoding: page.text[range], as: UTF8.self)),
        date.day != nil
      {
        return date
      }
    }
    return nil
  }

  /// How far into a long block a dateline that opens it is looked for.
  static let openingBytes = 24

  private func first(_ values: String?...) -> String? {
    for case let value? in values {
      let trimmed = value.trimmedASCIIWhitespace
      if !trimmed.isEmpty { return trimmed }
    }
    return nil
  }
}

/// The facts Crosscheck takes from JSON-LD blocks (`@graph` and arrays are searched).
struct JSONLDFacts {
  var headline: String?
  var author: String?
  var publisher: String?
  var datePublished: String?

  init(_ blocks: [String]) {
    for block in blocks {
      guard let data = block.data(using: .utf8),
        let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
      else { continue }
      var queue: [Any] = [json]
      var visited = 0
      while !queue.isEmpty && visited < 10_000 {
        visited += 1
        let item = queue.removeFirst()
        if let array = item as? [Any] {
          queue.append(contentsOf: array)
          continue
        }
        guard let object = item as? [String: Any] else { continue }
        if datePublished == nil, let d = object["datePublished"] as? String { datePublished = d }
        if headline == nil, let h = object["headline"] as? String { headline = h }
        if author == nil, let a = object["author"] { author = Self.name(of: a) }
        if publisher == nil, let p = object["publisher"] { publisher = Self.name(of: p) }
        if let graph = object["@graph"] { queue.append(graph) }
        if let main = object["mainEntity"] { queue.append(main) }
      }
    }
  }

  private static func name(of value: Any) -> String? {
    if let s = value as? String { return s.hasPrefix("http") ? nil : s }
    if let object = value as? [String: Any] { return object["name"] as? String }
    if let array = value as? [Any] {
      let names = array.compactMap { name(of: $0) }
      return names.isEmpty ? nil : names.joined(separator: ", ")
    }
    return nil
  }
}

extension String {
  /// The string without leading and trailing ASCII whitespace (cheap: no Foundation).
  var trimmedASCIIWhitespace: String {
    let utf8 = self.utf8
    guard let first = utf8.firstIndex(where: { !ByteChecks.isASCIIWhitespace($0) }) else {
      return ""
    }
    let last = utf8.lastIndex(where: { !ByteChecks.isASCIIWhitespace($0) })!
    if first == utf8.startIndex && utf8.index(after: last) == utf8.endIndex { return self }
    return String(self[first...last])
  }
}
