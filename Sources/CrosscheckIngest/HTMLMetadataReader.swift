import CrosscheckCore
import Foundation

/// Reads title, author, date, site, url and language from what the HTML walk found.
///
/// - title: `og:title`, `twitter:title`, `<title>`, the first `<h1>`.
/// - author: `<meta name=author>`, `article:author` (unless a URL), JSON-LD `author.name`,
///   `rel=author`, `itemprop=author`, a byline; cleaned by ``AuthorName``, and the first that
///   is not the site's name or a domain wins.
/// - published, with its basis, the first full date (day known) in this order:
///   1. `meta` (``dateKeys`` that say published: `article:published_time`, `pubdate`,
///      `sailthru.date`, `parsely-pub-date`, ...), then `json-ld` (`datePublished`, never
///      `dateModified`);
///   2. `time` in the article (`<time datetime>`, hAtom `abbr.published[title]`,
///      `itemprop=datePublished`; one marked published first, one marked updated never);
///   3. `dateline`: a short block near the `<h1>`, the container or the first kept block,
///      skipping dates labelled as updates ("Last updated 4 June 2020");
///   4. `meta` with a generic key (``genericDateKeys``: `date`, `dc.date`, ...);
///   5. `time` marked published outside the article's trusted elements but before its end;
///   6. `dateline` labelled published ("Erschienen am", "Publié le", ``DateWords``) in a
///      short block before the article's end, in it, or in the site's header or footer;
///   7. `url` (`/2019/03/02/`, `/20190302/` in the canonical URL);
///   8. the same sources accepting a date known only to the month or marked updated, then a
///      date labelled as an update, then the first date in a short block of the article.
///
///   Dates inside comments, related-article lists and sidebars after the article are not read.
/// - site `og:site_name`, url `rel=canonical` or `og:url`, language `<html lang>`.
struct HTMLMetadataReader {
  /// Month names and date labels.
  var words: DateWords = .standard
  /// Whether the page writes `11/01/2023` for November 1 (see ``DateReader/readsMonthFirst``).
  var monthFirst = false

  static let dateKeys: [String] = [
    "article:published_time", "og:published_time", "og:article:published_time",
    "article:published", "datepublished", "pubdate", "og:pubdate", "publishdate",
    "publish-date", "publish_date", "publication_date", "date", "dc.date", "dc.date.issued",
    "dc.date.created", "dcterms.date", "dcterms.issued", "dcterms.created", "sailthru.date",
    "parsely-pub-date", "citation_publication_date", "citation_date", "bepress_citation_date",
    "cxenseparse:recs:publishtime", "datecreated", "schema:datecreated",
  ]

  /// Keys of ``dateKeys`` that name a date without saying it is the publication date: a
  /// `<time>` marked published in the article wins over them.
  static let genericDateKeys: Set<String> = [
    "date", "dc.date", "dcterms.date", "datecreated", "schema:datecreated",
  ]

  func metadata(
    of page: RawPage, selection: ContentSelector.Selection, ld: JSONLDFacts? = nil
  ) -> DocumentMetadata {
    var meta: [String: String] = [:]
    for (key, value) in page.metaTags where meta[key] == nil {
      let trimmed = value.trimmedASCIIWhitespace
      if !trimmed.isEmpty { meta[key] = trimmed }
    }
    let ld = ld ?? JSONLDFacts(page.jsonLD)
    var result = DocumentMetadata()

    let canonical = page.links.first { $0.rel.split(separator: " ").contains("canonical") }?.href
    result.url = first(canonical, meta["og:url"])
    let cleaner = TitleCleaner(
      site: first(meta["og:site_name"], ld.publisher), host: result.url.flatMap(Self.host))
    result.title = cleaner.title(
      from: first(meta["og:title"], meta["twitter:title"], page.titleElement, ld.headline),
      heading: first(page.firstHeading),
      headingIsLink: page.firstHeadingBlock.map {
        page.blocks[$0].linkBytes * 10 >= page.blocks[$0].range.count * 9
      } ?? false,
      laterHeadings: page.laterHeadings)
    let site = first(meta["og:site_name"], ld.publisher)
    result.author = author(
      page, selection, meta: meta, ld: ld, site: site, host: result.url.flatMap(Self.host))
    result.site = site
    result.language = first(page.language)

    let headline = Self.headline(page, selection: selection, title: result.title)
    var reader = self
    reader.monthFirst = DateReader.readsMonthFirst(
      page.text, languages: [page.language, meta["og:locale"]].compactMap { $0 })
    if let (date, basis) = reader.localPublicationDate(
      page, meta: meta, ld: ld, selection: selection, headline: headline)
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
  /// is: when the page's visible dateline, a `<time>` of the article that is not in UTC, or its
  /// URL names the day before or after, that day wins. Without such evidence, a UTC time of
  /// exactly 22:00 or 23:00 is read as local midnight of the next day (how sites east of UTC
  /// store a date without a time).
  private func localPublicationDate(
    _ page: RawPage, meta: [String: String], ld: JSONLDFacts, selection: ContentSelector.Selection,
    headline: Int?
  ) -> (PartialDate, String)? {
    var raw: String?
    guard
      let (date, basis) = publicationDate(
        page, meta: meta, ld: ld, selection: selection, headline: headline, raw: &raw)
    else { return nil }
    guard let raw, let time = DateReader.utcHour(inValue: raw), time.hour >= 20 || time.hour < 8
    else { return (date, basis) }
    var others: [(PartialDate, String)] = []
    if let d = dateline(page, selection: selection, headline: headline).published {
      others.append((d, "dateline"))
    }
    // The article's first `<time>`, when it has a local date ("3 de mayo de 2022") or a
    // timestamp with its offset; later ones are often teasers.
    if let time = page.times.first(where: {
      $0.marking != .updated && selection.trusts(element: $0.owner)
    }), DateReader.utcHour(inValue: time.value) == nil, let d = fullDate(time.value) {
      others.append((d, "time"))
    }
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

  /// `<meta>` keys that name the article's author, in order of trust.
  static let authorKeys: [String] = ["author", "article:author"]
  /// Further `<meta>` keys that name the author, read after JSON-LD: analytics keys such as
  /// `parsely-author` may name a syndication partner.
  static let otherAuthorKeys: [String] = [
    "og:article:author", "article:author_name", "byl", "sailthru.author", "dc.creator",
    "dc:creator", "cxenseparse:author", "citation_author", "shareaholic:article_author_name",
    "parsely-author",
  ]
  /// Words of a `twitter:label1` that say its `twitter:data1` is the author ("Written by",
  /// "Verfasst von", "Écrit par").
  static let authorLabelWords: [String] = [
    "written", "verfasst", "geschrieben", "author", "autor", "auteur", "écrit", "escrito",
    "scritto",
  ]

  /// The article's author: the first candidate that names a person, else the first one.
  ///
  /// Candidates in order: ``authorKeys`` metadata (a URL never), `twitter:data1` labelled as
  /// the author, JSON-LD `author` (a reference by `@id` resolved), the `rel=author`,
  /// `itemprop=author` and hCard (`class="author"`, `vcard`) elements the selection trusts,
  /// then a visible byline. Names taken from the page's text must be short
  /// (``AuthorName/isPlausible(_:)``). A candidate that names an organisation
  /// (``AuthorName/namesOrganisation(_:site:host:)``) yields to a later one that does not.
  private func author(
    _ page: RawPage, _ selection: ContentSelector.Selection, meta: [String: String],
    ld: JSONLDFacts, site: String?, host: String?
  ) -> String? {
    var candidates: [String] = []
    for key in Self.authorKeys {
      if let value = meta[key], !value.hasPrefix("http") { candidates.append(value) }
    }
    if let value = ld.author { candidates.append(value) }
    for key in Self.otherAuthorKeys {
      if let value = meta[key], !value.hasPrefix("http") { candidates.append(value) }
    }
    if let label = meta["twitter:label1"]?.lowercased(), let value = meta["twitter:data1"],
      Self.authorLabelWords.contains(where: { label.contains($0) })
    {
      candidates.append(value)
    }
    // Text cut where a name ran into a biography comes after text that needed no cut.
    let visible = page.authors.filter { selection.trusts(element: $0.owner) }.map(\.value)
    let (whole, glued) = (
      visible.filter { AuthorName.unglued($0) == $0 },
      visible.filter { AuthorName.unglued($0) != $0 }
    )
    var names =
      candidates.compactMap(AuthorName.cleaned)
      + (whole + glued).map(AuthorName.cutAtDate).compactMap(AuthorName.cleaned)
      .filter(AuthorName.isPlausible)
    if let byline = BylineReader().author(in: page, selection) {
      names += [byline].compactMap(AuthorName.cleaned)
    }
    return names.first { !AuthorName.namesOrganisation($0, site: site, host: host) }
      ?? names.first
  }

  /// The host name of an absolute URL (`https://www.example.org/a` gives `www.example.org`).
  static func host(of url: String) -> String? {
    guard let scheme = url.range(of: "://") else { return nil }
    let rest = url[scheme.upperBound...]
    let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
    return host.contains(".") ? String(host) : nil
  }

  private func canonicalURL(_ page: RawPage, meta: [String: String]) -> String? {
    page.links.first(where: { $0.rel.split(separator: " ").contains("canonical") })?.href
      ?? meta["og:url"]
  }

  private func publicationDate(
    _ page: RawPage, meta: [String: String], ld: JSONLDFacts,
    selection: ContentSelector.Selection, headline: Int?, raw: inout String?
  ) -> (PartialDate, String)? {
    // The page's own `<meta>` first: JSON-LD may describe several things (a video, a
    // recipe, the articles of a list), and its first `datePublished` need not be the page's.
    for key in Self.dateKeys where !Self.genericDateKeys.contains(key) {
      if let value = meta[key], let date = fullDate(value) {
        raw = value
        return (date, "meta")
      }
    }
    if let value = ld.datePublished, let date = fullDate(value) {
      raw = value
      return (date, "json-ld")
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
    if let (date, value) = publishedTimeNearHeadline(page, headline: headline) {
      raw = value
      return (date, "time")
    }
    let line = dateline(page, selection: selection, headline: headline)
    if let date = line.published { return (date, "dateline") }
    for key in Self.genericDateKeys {
      if let value = meta[key], let date = fullDate(value) {
        raw = value
        return (date, "meta")
      }
    }
    // A time marked published (`itemprop=datePublished`, `pubdate`, class `published`) in
    // chrome the selection does not trust, such as a header or a meta box beside the text, but
    // not after the end of the article, where comments and teasers sit.
    let bodyEnd =
      selection.kept.last.map { page.blocks[$0].owner } ?? selection.container.upperBound
    for time in page.times where time.marking == .published && time.owner <= bodyEnd {
      if let date = fullDate(time.value) {
        raw = time.value
        return (date, "time")
      }
    }
    let labelled = labelledDates(page, selection: selection, before: bodyEnd)
    if let date = labelled.published { return (date, "dateline") }
    if let url = canonicalURL(page, meta: meta), let date = DateReader.date(inURLPath: url) {
      return (date, "url")
    }
    // Weaker evidence last: a date known only to the month, or one marked as an update.
    if let value = ld.datePublished,
      let date = DateReader.date(fromValue: value, words: words, monthFirst: monthFirst)
    {
      return (date, "json-ld")
    }
    for key in Self.dateKeys {
      if let value = meta[key],
        let date = DateReader.date(fromValue: value, words: words, monthFirst: monthFirst)
      {
        return (date, "meta")
      }
    }
    for (_, time) in times {
      if let date = DateReader.date(fromValue: time.value, words: words, monthFirst: monthFirst) {
        return (date, "time")
      }
    }
    if let date = line.updated ?? labelled.updated { return (date, "dateline") }
    if let date = anyDateInArticle(page, selection: selection) { return (date, "dateline") }
    return nil
  }

  private func fullDate(_ value: String) -> PartialDate? {
    guard let date = DateReader.date(fromValue: value, words: words, monthFirst: monthFirst),
      date.day != nil
    else {
      return nil
    }
    return date
  }

  /// A date in a short block near the headline (a byline such as "6. August 2009 | 09:00",
  /// kept or dropped as chrome of the article), else near the start of the chosen container,
  /// else near the first kept block. A long block counts when it opens with the date
  /// ("27.1.2022 - The council ...", "Press release of 25 January 2022 | Berlin - ..."). Blocks
  /// in comments, related-article lists and sidebars are never read, except a short line right
  /// under the headline. A date labelled as an update ("Last updated 4 June 2020") is kept
  /// apart: it is the date of last resort.
  private func dateline(
    _ page: RawPage, selection: ContentSelector.Selection, headline heading: Int?
  )
    -> (published: PartialDate?, updated: PartialDate?)
  {
    var candidates: [Int] = []
    if let h = heading {
      candidates += Array(max(0, h - 3)..<min(page.blocks.count, h + 10))
    }
    if let first = page.blocks.firstIndex(where: { selection.container.contains($0.owner) }) {
      candidates += Array(max(0, first - 6)..<min(page.blocks.count, first + 4))
    }
    if let k = selection.kept.first {
      candidates += Array(max(0, k - 4)..<min(page.blocks.count, k + 6))
    }
    var updated: PartialDate?
    for index in candidates {
      let block = page.blocks[index]
      let underHeading =
        heading.map { index > $0 && index <= $0 + 2 && block.range.count <= 60 } ?? false
      guard
        selection.trusts(element: block.owner) || underHeading
          || (block.range.count <= 60 && Self.onlyInFrames(block.owner, page)
            && Self.isNear(block.owner, selection.container.lowerBound, page))
      else { continue }
      let short = block.range.count <= 160
      let range =
        short
        ? block.range
        : block.range
          .lowerBound..<min(
            block.range.upperBound, block.range.lowerBound + Self.labelledOpeningBytes)
      let found = DateReader.dates(
        in: String(decoding: page.text[range], as: UTF8.self), words: words, shortYears: true,
        monthFirst: monthFirst)
      for date in found {
        if !short && date.offset >= Self.openingBytes && date.label != .published { break }
        if date.label == .other { continue }
        if date.label == .updated {
          if updated == nil { updated = date.date }
          continue
        }
        return (date.date, updated)
      }
    }
    return (nil, updated)
  }

  /// The block of the article's headline: the first heading (`h1` to `h6`) that holds the
  /// page's cleaned `title` or most of it; else the first `<h1>`, unless that is a link outside
  /// the chosen container (a site's logo in its header, whose neighbour may be today's date)
  /// and a heading follows inside the container.
  static func headline(_ page: RawPage, selection: ContentSelector.Selection, title: String?)
    -> Int?
  {
    let titleKey = title.map { letterKey($0.utf8) } ?? []
    if titleKey.count >= 8 {
      for (index, block) in page.blocks.enumerated() where block.isHeading {
        let key = letterKey(page.text[block.range])
        guard key.count * 2 >= titleKey.count else { continue }
        if contains(key, titleKey) || contains(titleKey, key) { return index }
      }
    }
    guard let h = page.firstHeadingBlock else { return nil }
    let block = page.blocks[h]
    guard !selection.container.contains(block.owner),
      block.linkBytes * 10 >= block.range.count * 9
    else { return h }
    for index in (h + 1)..<page.blocks.count where page.blocks[index].isHeading {
      if selection.container.contains(page.blocks[index].owner) { return index }
    }
    return h
  }

  /// Lowercased ASCII letters and digits and every non-ASCII byte of a text: a headline and a
  /// title compare equal whatever their punctuation and spacing.
  private static func letterKey(_ bytes: some Collection<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    for b in bytes {
      if b >= 65 && b <= 90 {
        out.append(b | 0x20)
      } else if (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b >= 0x80 {
        out.append(b)
      }
    }
    return out
  }

  /// Whether `needle` occurs in `haystack`.
  private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard needle.count <= haystack.count else { return false }
    guard let first = needle.first else { return true }
    var i = 0
    while i + needle.count <= haystack.count {
      if haystack[i] == first && haystack[i..<(i + needle.count)].elementsEqual(needle) {
        return true
      }
      i += 1
    }
    return false
  }

  /// A `<time>` marked published (`itemprop=datePublished`, class `published`) in one of the
  /// blocks right around the headline, trusted or not: an article's meta box is often an
  /// `<aside>` beside its headline.
  private func publishedTimeNearHeadline(_ page: RawPage, headline: Int?)
    -> (PartialDate, String)?
  {
    guard let h = headline else { return nil }
    let window = page.blocks[max(0, h - 3)..<min(page.blocks.count, h + 4)]
    for time in page.times where time.marking == .published {
      let inWindow = window.contains { block in
        let own = page.elements[block.owner]
        return time.owner >= block.owner && time.owner <= own.end && own.end - block.owner <= 20
          || block.owner >= time.owner && block.owner <= page.elements[time.owner].end
      }
      if inWindow, let date = fullDate(time.value) { return (date, time.value) }
    }
    return nil
  }

  /// A date labelled as the publication date ("Erschienen am: 01.11.2023", "Publié le 13 juin
  /// 2019") and one labelled as an update ("Aktualisiert: 30.12.2016"), in short blocks before
  /// the end of the article (element ids up to `end`), in the article, or in the site's header
  /// or footer, but not in comments, related-article lists or sidebars after the article. The
  /// label may be a block of its own right before the date ("Mise en ligne" / "23 mai 2019").
  private func labelledDates(
    _ page: RawPage, selection: ContentSelector.Selection, before end: Int
  ) -> (published: PartialDate?, updated: PartialDate?) {
    var updated: PartialDate?
    var previousLabel: DateWords.Label?
    for block in page.blocks {
      let label = previousLabel
      previousLabel = nil
      guard block.range.count <= 160 else { continue }
      // A credits box beside the text but inside the article's container ("Mise en ligne /
      // 23 mai 2019" after the text) counts too: a label saying published is strong evidence.
      guard
        block.owner <= end || selection.trusts(element: block.owner)
          || Self.onlyInFrames(block.owner, page) || selection.container.contains(block.owner)
      else { continue }
      let text = String(decoding: page.text[block.range], as: UTF8.self)
      let found = DateReader.dates(in: text, words: words, shortYears: true, monthFirst: monthFirst)
      guard !found.isEmpty else {
        previousLabel = DateReader.label(ofLine: text, words: words)
        continue
      }
      for date in found {
        let dateLabel = date.label ?? (date.offset == 0 ? label : nil)
        if dateLabel == .published { return (date.date, updated) }
        if dateLabel == .updated && updated == nil { updated = date.date }
      }
    }
    return (nil, updated)
  }

  /// The first date in a short block of the article, wherever it is: the last resort.
  private func anyDateInArticle(_ page: RawPage, selection: ContentSelector.Selection)
    -> PartialDate?
  {
    for block in page.blocks
    where block.range.count <= Self.lastResortBytes && selection.trusts(element: block.owner) {
      let text = String(decoding: page.text[block.range], as: UTF8.self)
      if let date = DateReader.dates(
        in: text, words: words, shortYears: true, monthFirst: monthFirst
      )
      .first(where: { $0.label != .other }) {
        return date.date
      }
    }
    return nil
  }

  /// Whether every foreign element around `id` is the site's header or footer (by tag or by
  /// class), not comments, related articles or a sidebar.
  static func onlyInFrames(_ id: Int, _ page: RawPage) -> Bool {
    var id = id
    while id > 0 {
      let element = page.elements[id]
      if element.isForeign && !element.isFrame && !element.isHeader { return false }
      id = element.parent
    }
    return true
  }

  /// Whether element `id` lies inside the element three levels above `container` (not the
  /// whole page): a post's date header beside its text, not the site's masthead.
  static func isNear(_ id: Int, _ container: Int, _ page: RawPage) -> Bool {
    var around = container
    for _ in 0..<5 where around > 0 { around = page.elements[around].parent }
    return around > 0 && id >= around && id <= page.elements[around].end
  }

  /// The longest block the last resort reads a date from, in bytes.
  static let lastResortBytes = 100
  /// How far into a long block a dateline that opens it is looked for.
  static let openingBytes = 24
  /// How far into a long block a dateline with a label ("Press release of") is looked for.
  static let labelledOpeningBytes = 64

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
  /// The longest `articleBody` of the graph: the article's text as the site gives it to search
  /// engines, used when the page's markup holds little of it (see ``ArticleBodyFallback``).
  var articleBody: String?

  init(_ blocks: [String]) {
    // An author may be a reference (`{"@id": "#/schema/person/1"}`) to a node elsewhere in
    // the graph: names by `@id` are collected and the reference resolved at the end.
    var authorValue: Any?
    var namesByID: [String: String] = [:]
    for block in blocks {
      guard let json = Self.parse(block) else { continue }
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
        if let body = object["articleBody"] as? String,
          body.utf8.count > articleBody?.utf8.count ?? 0
        {
          articleBody = body
        }
        if authorValue == nil, let a = object["author"] { authorValue = a }
        if let id = object["@id"] as? String, let name = object["name"] as? String {
          namesByID[id] = name
        }
        if publisher == nil, let p = object["publisher"] { publisher = Self.name(of: p) }
        if let graph = object["@graph"] { queue.append(graph) }
        if let main = object["mainEntity"] { queue.append(main) }
      }
    }
    if let authorValue { author = Self.name(of: authorValue, namesByID: namesByID) }
  }

  /// The JSON value of a block; a block that fails only because a string holds raw line
  /// breaks or tabs (which JSON forbids but browsers and search engines accept) is read with
  /// those characters as spaces.
  private static func parse(_ block: String) -> Any? {
    let options: JSONSerialization.ReadingOptions = [.fragmentsAllowed]
    if let json = try? JSONSerialization.jsonObject(with: Data(block.utf8), options: options) {
      return json
    }
    guard block.utf8.contains(where: { $0 < 0x20 }) else { return nil }
    let spaced = block.utf8.map { $0 < 0x20 ? 0x20 : $0 }
    return try? JSONSerialization.jsonObject(with: Data(spaced), options: options)
  }

  private static func name(of value: Any, namesByID: [String: String] = [:]) -> String? {
    if let s = value as? String { return s.hasPrefix("http") ? nil : s }
    if let object = value as? [String: Any] {
      if let name = object["name"] as? String { return name }
      return (object["@id"] as? String).flatMap { namesByID[$0] }
    }
    if let array = value as? [Any] {
      let names = array.compactMap { name(of: $0, namesByID: namesByID) }
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
