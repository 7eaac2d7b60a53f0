import CrosscheckCore
import Foundation

/// Reads articles from JSON lines (`.jsonl`, `.ndjson`), one JSON object per line, as crawlers
/// and scrapers export them:
/// `{"id": "a7", "url": "...", "html": "<html>...", "published": "2024-05-02", "title": "..."}`.
///
/// An object with an HTML field becomes an article named `<file>#<id>.html`, one with only a
/// text field `<file>#<id>.txt`, so the normalizer picks the right reader. The id is used when
/// it is a short string or number without `/` or `#` and not used before; otherwise the line
/// number (from 1) stands in. Dates are read with ``PartialDate/init(iso:)`` (or as Unix
/// seconds) with basis `input`; a date that cannot be read is kept as the note. Blank lines are
/// ignored; a line that is not a JSON object, or has no HTML or text, is reported and the
/// rest is read.
public struct JSONLinesArticleReader: Sendable {
  /// The keys read for each field, in order of preference.
  public struct Keys: Sendable, Equatable {
    public var id: [String] = ["id"]
    public var html: [String] = ["html", "raw_html"]
    public var text: [String] = ["text", "maintext"]
    public var url: [String] = ["url"]
    public var published: [String] = ["published", "date_publish", "published_at", "date"]
    public var title: [String] = ["title"]
    public var author: [String] = ["author", "authors"]
    public var site: [String] = ["site", "source_domain"]
    public var language: [String] = ["language"]

    public init() {}
  }

  public var keys: Keys
  /// The largest article accepted, in bytes of HTML or text.
  public var maxArticleBytes: Int

  public init(keys: Keys = Keys(), maxArticleBytes: Int = 50 * 1024 * 1024) {
    self.keys = keys
    self.maxArticleBytes = maxArticleBytes
  }

  /// Every article in the lines, with one problem per line that cannot be read.
  public func articles(in bytes: [UInt8], file: String) -> InputContents {
    var contents = InputContents()
    forEachArticle(in: bytes, file: file) { contents.articles.append($0) }
    return contents
  }

  /// Calls `body` with each article or problem in turn, without keeping earlier ones.
  public func forEachArticle(
    in bytes: [UInt8], file: String, _ body: (Result<RawArticle, InputProblem>) -> Void
  ) {
    bytes.withUnsafeBufferPointer { forEachArticle(in: $0, file: file, body) }
  }

  func forEachArticle(
    in b: UnsafeBufferPointer<UInt8>, file: String,
    _ body: (Result<RawArticle, InputProblem>) -> Void
  ) {
    var used: Set<String> = []
    var lineNumber = 0
    var start = 0
    while start < b.count {
      var end = start
      while end < b.count && b[end] != 0x0A { end += 1 }
      lineNumber += 1
      let line = UnsafeBufferPointer(rebasing: b[start..<end])
      start = end + 1
      guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
      body(article(line: line, number: lineNumber, file: file, used: &used))
    }
  }

  private func article(
    line: UnsafeBufferPointer<UInt8>, number: Int, file: String, used: inout Set<String>
  ) -> Result<RawArticle, InputProblem> {
    func problem(_ detail: String) -> Result<RawArticle, InputProblem> {
      .failure(InputProblem(file: "\(file)#\(number)", error: .malformedLine(detail)))
    }
    let object: [String: Any]
    do {
      guard let parsed = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
      else { return problem("not a JSON object") }
      object = parsed
    } catch {
      return problem("not valid JSON")
    }
    let html = string(object, keys.html)
    let text = html == nil ? string(object, keys.text) : nil
    guard let content = html ?? text else {
      let wanted = (keys.html + keys.text).map { "\"\($0)\"" }.joined(separator: " or ")
      return problem("no \(wanted) string")
    }
    let name = "\(file)#\(uniqueName(id: string(object, keys.id), line: number, used: &used))"
    let bytes = Array(content.utf8)
    guard bytes.count <= maxArticleBytes else {
      return .failure(
        InputProblem(file: name, error: .tooLarge(bytes: bytes.count, limit: maxArticleBytes)))
    }
    var known = DocumentMetadata(
      title: string(object, keys.title), author: string(object, keys.author),
      site: string(object, keys.site), url: string(object, keys.url),
      language: string(object, keys.language))
    if let value = keys.published.lazy.compactMap({ object[$0] }).first {
      if let date = Self.date(value) {
        known.published = date
        known.publishedBasis = "input"
      } else if let raw = Self.scalarString(value) {
        known.publishedNote = "unread date in input: \(raw)"
      }
    }
    return .success(
      RawArticle(file: name + (html != nil ? ".html" : ".txt"), bytes: bytes, known: known))
  }

  /// The id if it is usable in a file name and not taken yet, else the line number.
  private func uniqueName(id: String?, line: Int, used: inout Set<String>) -> String {
    var candidates: [String] = []
    if let id, !id.isEmpty, id.utf8.count <= 200,
      !id.utf8.contains(where: { $0 < 0x20 || $0 == 0x2F || $0 == 0x23 })
    {
      candidates.append(id)
    }
    candidates += [String(line), "line-\(line)"]
    for candidate in candidates where used.insert(candidate).inserted { return candidate }
    var k = 2
    while !used.insert("line-\(line)-\(k)").inserted { k += 1 }
    return "line-\(line)-\(k)"
  }

  /// The first of the keys holding a non-empty string (or number); a list of strings is joined.
  private func string(_ object: [String: Any], _ keys: [String]) -> String? {
    for key in keys {
      guard let value = object[key] else { continue }
      if let list = value as? [Any] {
        let parts = list.compactMap(Self.scalarString).filter { !$0.isEmpty }
        if !parts.isEmpty { return parts.joined(separator: ", ") }
      } else if let s = Self.scalarString(value), !s.isEmpty {
        return s
      }
    }
    return nil
  }

  private static func scalarString(_ value: Any) -> String? {
    if let s = value as? String { return s }
    if value is Bool { return nil }
    if let i = value as? Int { return String(i) }
    if let d = value as? Double, d.isFinite {
      return d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
    }
    return nil
  }

  /// An ISO date string, or Unix time in seconds (milliseconds above 10^11).
  static func date(_ value: Any) -> PartialDate? {
    if let s = value as? String { return PartialDate(iso: s.trimmingSpaces()) }
    if value is Bool { return nil }
    guard var seconds = (value as? Double) ?? (value as? Int).map(Double.init), seconds.isFinite,
      seconds >= 0, seconds < 1e14
    else { return nil }
    if seconds > 1e11 { seconds /= 1000 }
    // Days since 1970-01-01 to a civil date (proleptic Gregorian), after H. Hinnant.
    let z = Int(seconds / 86_400) + 719_468
    let era = z / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    return PartialDate(year: year, month: month, day: day)
  }
}
