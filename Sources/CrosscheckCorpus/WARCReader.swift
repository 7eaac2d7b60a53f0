import CrosscheckCore

/// Reads the HTML pages out of a WARC file (versions 1.0 and 1.1), plain or gzip-compressed
/// with one gzip member per record (`.warc.gz`), as web crawlers write them.
///
/// Yields `response` records whose HTTP `Content-Type` is `text/html` or
/// `application/xhtml+xml` and whose status is 2xx, and `resource` records whose WARC
/// `Content-Type` is one of those. The HTTP status line and headers are removed, a `chunked`
/// transfer encoding and a `gzip`/`deflate` content encoding are undone, and the body bytes are
/// kept as they are (the normalizer detects their charset). Every other record is counted in
/// ``InputContents/skipped`` under its type (`request`, `metadata`, `warcinfo`, `revisit`, ...),
/// `not-html`, or `http-status`.
///
/// Each article is named `<file>#<n>.html`, where `n` counts every record of the file from 1
/// (the `.html` tells the normalizer to read HTML); a problem is named `<file>#<n>`.
/// `WARC-Target-URI` becomes the known URL and `WARC-Date` the known date, with basis `warc`:
/// the crawl date, used only when the page itself carries no date.
///
/// A malformed record (missing or wrong `Content-Length`, cut off, no `WARC/` line) is reported
/// and the reader goes on at the next line that starts with `WARC/1.`. In a gzip-compressed
/// file every member is read on its own, so memory stays bounded by the largest record, and a
/// damaged member costs only its own records; a record split across members is reported as
/// cut off.
public struct WARCReader: Sendable {
  /// The largest article body kept, in bytes; larger pages are reported as too large.
  public var maxArticleBytes: Int

  public init(maxArticleBytes: Int = 50 * 1024 * 1024) {
    self.maxArticleBytes = maxArticleBytes
  }

  /// All HTML articles in a WARC file's bytes (plain or gzip-compressed, detected from the
  /// bytes), with one problem per malformed record.
  public func records(in bytes: [UInt8], file: String) -> InputContents {
    var contents = InputContents()
    contents.skipped = forEachArticle(in: bytes, file: file) { contents.articles.append($0) }
    return contents
  }

  /// Calls `body` with each HTML article or problem in turn, without keeping earlier ones;
  /// returns the skipped records by reason.
  @discardableResult
  public func forEachArticle(
    in bytes: [UInt8], file: String, _ body: (Result<RawArticle, InputProblem>) -> Void
  ) -> [String: Int] {
    bytes.withUnsafeBufferPointer { forEachArticle(in: $0, file: file, body) }
  }

  func forEachArticle(
    in buffer: UnsafeBufferPointer<UInt8>, file: String,
    _ body: (Result<RawArticle, InputProblem>) -> Void
  ) -> [String: Int] {
    var scan = WARCScan(file: file, maxArticleBytes: maxArticleBytes)
    if Gzip.isGzip(buffer) {
      // Headers of the WARC record and of HTTP come on top of the article's own limit.
      let memberLimit = maxArticleBytes.addingReportingOverflow(1 << 20)
      let limit = memberLimit.overflow ? Int.max : memberLimit.partialValue
      Gzip.forEachMember(in: buffer, limit: limit) { member in
        switch member.error {
        case nil:
          member.bytes.withUnsafeBufferPointer { scan.scan($0, body) }
        case .tooLarge(let size, _):
          member.bytes.withUnsafeBufferPointer {
            scan.scanOversized(prefix: $0, size: size ?? member.bytes.count, body)
          }
        case let error?:
          scan.number += 1
          body(.failure(InputProblem(file: scan.name(scan.number), error: error)))
        }
      }
    } else {
      scan.scan(buffer, body)
    }
    return scan.skipped
  }
}

/// The state of one pass over a WARC file: the record count and the skipped records.
private struct WARCScan {
  let file: String
  let maxArticleBytes: Int
  var number = 0
  var skipped: [String: Int] = [:]

  private static let warcMagic = Array("WARC/".utf8)
  private static let resyncMark = Array("\nWARC/1.".utf8)

  init(file: String, maxArticleBytes: Int) {
    self.file = file
    self.maxArticleBytes = maxArticleBytes
  }

  func name(_ number: Int) -> String { "\(file)#\(number)" }

  /// Reads every record in `b`, which ends where the data ends.
  mutating func scan(
    _ b: UnsafeBufferPointer<UInt8>, _ body: (Result<RawArticle, InputProblem>) -> Void
  ) {
    var p = 0
    while true {
      while p < b.count && (b[p] == 0x0D || b[p] == 0x0A) { p += 1 }
      guard p < b.count else { return }
      number += 1
      func fail(_ detail: String, resyncFrom from: Int) {
        body(.failure(InputProblem(file: name(number), error: .malformedRecord(detail))))
        p = Self.resync(b, from: from)
      }
      guard b.has(Self.warcMagic, at: p) else {
        fail("no WARC/ version line at byte \(p)", resyncFrom: p)
        continue
      }
      guard let (headerEnd, blockStart) = b.headerBlockEnd(from: p) else {
        fail("record header cut off", resyncFrom: p)
        continue
      }
      let versionEnd = b.firstOffset(of: [0x0A], from: p) ?? headerEnd
      let fields = b.headerFields(from: versionEnd + 1, to: headerEnd)
      guard let lengthText = fields.value("content-length"), let length = Int(lengthText),
        length >= 0
      else {
        fail("missing or bad Content-Length", resyncFrom: blockStart)
        continue
      }
      guard length <= b.count - blockStart else {
        fail(
          "cut off: Content-Length is \(length) but \(b.count - blockStart) bytes follow",
          resyncFrom: blockStart)
        continue
      }
      let blockEnd = blockStart + length
      var next = blockEnd
      while next < b.count && (b[next] == 0x0D || b[next] == 0x0A) { next += 1 }
      guard next == b.count || b.has(Self.warcMagic, at: next) else {
        fail(
          "Content-Length \(length) does not end where the next record starts",
          resyncFrom: blockStart)
        continue
      }
      let block = UnsafeBufferPointer(rebasing: b[blockStart..<blockEnd])
      deliver(handle(fields, block: block, complete: true), body)
      p = blockEnd
    }
  }

  /// Classifies a record whose gzip member was over the limit, from the start of its bytes:
  /// a skipped record type is still counted as skipped, an HTML page is reported as too large.
  mutating func scanOversized(
    prefix b: UnsafeBufferPointer<UInt8>, size: Int,
    _ body: (Result<RawArticle, InputProblem>) -> Void
  ) {
    number += 1
    var p = 0
    while p < b.count && (b[p] == 0x0D || b[p] == 0x0A) { p += 1 }
    let tooLarge = InputError.tooLarge(bytes: size, limit: maxArticleBytes)
    guard b.has(Self.warcMagic, at: p), let (headerEnd, blockStart) = b.headerBlockEnd(from: p)
    else {
      body(.failure(InputProblem(file: name(number), error: tooLarge)))
      return
    }
    let versionEnd = b.firstOffset(of: [0x0A], from: p) ?? headerEnd
    let fields = b.headerFields(from: versionEnd + 1, to: headerEnd)
    let block = UnsafeBufferPointer(rebasing: b[blockStart...])
    switch handle(fields, block: block, complete: false) {
    case .skipped(let reason): skipped[reason, default: 0] += 1
    case .article, .problem: body(.failure(InputProblem(file: name(number), error: tooLarge)))
    }
  }

  private enum Disposition {
    case article(RawArticle)
    case skipped(String)
    case problem(InputError)
  }

  private mutating func deliver(
    _ disposition: Disposition, _ body: (Result<RawArticle, InputProblem>) -> Void
  ) {
    switch disposition {
    case .article(let article): body(.success(article))
    case .skipped(let reason): skipped[reason, default: 0] += 1
    case .problem(let error): body(.failure(InputProblem(file: name(number), error: error)))
    }
  }

  /// What one record yields. `complete` is false when `block` is only the start of the block.
  private func handle(
    _ fields: [(name: String, value: String)], block: UnsafeBufferPointer<UInt8>, complete: Bool
  ) -> Disposition {
    guard let type = fields.value("warc-type")?.lowercased(), !type.isEmpty else {
      return .problem(.malformedRecord("no WARC-Type"))
    }
    var body: UnsafeBufferPointer<UInt8>
    var transferEncoding: String?
    var contentEncoding: String?
    switch type {
    case "response":
      guard let http = HTTPHead(block) else {
        return block.has(Array("HTTP/".utf8), at: 0)
          ? .problem(.malformedRecord("HTTP headers not terminated")) : .skipped("not-html")
      }
      guard Self.isHTML(http.fields.value("content-type")) else { return .skipped("not-html") }
      guard (200..<300).contains(http.status) else { return .skipped("http-status") }
      body = UnsafeBufferPointer(rebasing: block[http.bodyStart...])
      transferEncoding = http.fields.value("transfer-encoding")?.lowercased()
      contentEncoding = http.fields.value("content-encoding")?.lowercased()
    case "resource":
      guard Self.isHTML(fields.value("content-type")) else { return .skipped("not-html") }
      body = block
    default:
      return .skipped(type)
    }
    guard complete else { return .problem(.tooLarge(bytes: nil, limit: maxArticleBytes)) }
    var bytes: [UInt8]
    if let transferEncoding, transferEncoding.contains("chunked") {
      switch HTTPHead.decodeChunked(body, limit: maxArticleBytes) {
      case nil: bytes = Array(body)  // the header outlived the encoding: the body is plain
      case .success(let decoded)?: bytes = decoded
      case .failure(let error)?: return .problem(error)
      }
    } else {
      guard body.count <= maxArticleBytes else {
        return .problem(.tooLarge(bytes: body.count, limit: maxArticleBytes))
      }
      bytes = Array(body)
    }
    switch contentEncoding?.trimmingSpaces() {
    case nil, "", "identity":
      break
    case "gzip", "x-gzip", "deflate":
      do {
        bytes = try Gzip.decompress(bytes, limit: maxArticleBytes)
      } catch {
        return .problem(error)
      }
    case let other?:
      return .problem(.unsupported("content encoding \(other)"))
    }
    var known = DocumentMetadata()
    if var uri = fields.value("warc-target-uri") {
      if uri.hasPrefix("<") && uri.hasSuffix(">") && uri.count >= 2 {
        uri = String(uri.dropFirst().dropLast())
      }
      known.url = uri
    }
    if let date = fields.value("warc-date").flatMap({ PartialDate(iso: $0) }) {
      known.published = date
      known.publishedBasis = "warc"
    }
    return .article(RawArticle(file: name(number) + ".html", bytes: bytes, known: known))
  }

  private static func isHTML(_ contentType: String?) -> Bool {
    let type = mediaType(contentType)
    return type == "text/html" || type == "application/xhtml+xml"
  }

  /// Just after the next line that starts with `WARC/1.`, searching from `from`.
  private static func resync(_ b: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
    guard let mark = b.firstOffset(of: resyncMark, from: max(0, from)) else { return b.count }
    return mark + 1
  }
}
