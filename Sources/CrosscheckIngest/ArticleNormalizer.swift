import CrosscheckCore

/// A document together with the way back from its text to the text it was read from.
public struct NormalizedArticle: Sendable {
  public var document: Document
  /// The text before normalization: for HTML the extracted blocks, each followed by `"\n\n"`
  /// (boilerplate blocks included); for plain text the file's text after any byte order mark.
  public var extractedText: String
  /// From UTF-8 offsets in ``Document/text`` to UTF-8 offsets in ``extractedText``.
  public var sourceMap: SourceMap
}

/// Reads HTML and plain-text articles into documents with normalized, fixed text.
///
/// The file's extension picks the reader: `.html`, `.htm`, `.xhtml` for HTML, `.txt`, `.text`,
/// `.md` for plain text. Metadata found in the file wins; the `known` metadata (from a corpus
/// manifest) fills what the file lacks, keeping its date basis and note. Trailing boilerplate
/// (see ``BoilerplatePhrases``) is removed from the end of the body only. `Document.id` is the
/// content hash of the text.
public struct ArticleNormalizer: Normalizer {
  public let options: IngestOptions

  public init(options: IngestOptions = IngestOptions()) {
    self.options = options
  }

  public func normalize(_ raw: RawArticle) throws(IngestError) -> Document {
    try normalizeWithMap(raw).document
  }

  /// Like ``normalize(_:)``, also returning the extracted text and the source map.
  public func normalizeWithMap(_ raw: RawArticle) throws(IngestError) -> NormalizedArticle {
    let name = CorpusManifest.lastComponent(raw.file)
    let ext =
      name.split(separator: ".").count > 1 ? name.split(separator: ".").last!.lowercased() : ""
    switch ext {
    case "html", "htm", "xhtml":
      return try normalizeWithMap(html: raw.bytes, file: raw.file, known: raw.known)
    case "txt", "text", "md":
      return try normalizeWithMap(plainText: raw.bytes, file: raw.file, known: raw.known)
    default:
      throw IngestError(
        file: raw.file,
        reason: .unsupported(ext.isEmpty ? "file has no extension" : "unknown extension .\(ext)"))
    }
  }

  /// Reads an HTML page.
  public func normalize(html: [UInt8], file: String, known: DocumentMetadata = DocumentMetadata())
    throws(IngestError) -> Document
  {
    try normalizeWithMap(html: html, file: file, known: known).document
  }

  /// Reads a plain-text article (UTF-8).
  public func normalize(
    plainText: [UInt8], file: String, known: DocumentMetadata = DocumentMetadata()
  ) throws(IngestError) -> Document {
    try normalizeWithMap(plainText: plainText, file: file, known: known).document
  }

  /// Reads an HTML page, also returning the extracted text and the source map.
  public func normalizeWithMap(
    html bytes: [UInt8], file: String, known: DocumentMetadata = DocumentMetadata()
  ) throws(IngestError) -> NormalizedArticle {
    try checkSizeAndContent(bytes, file: file)
    var warnings: [String] = []
    let choice = CharsetChoice.choose(for: bytes)
    var input = bytes
    var offset = choice.skip
    if choice.needsRepair {
      input = Array(String(decoding: bytes[choice.skip...], as: UTF8.self).utf8)
      offset = 0
      warnings.append("invalid UTF-8 bytes replaced with U+FFFD")
    }
    if !choice.encoding.hasPrefix("UTF-16"), let first = input.firstIndex(of: 0) {
      // libxml2 stops reading at a NUL byte; a stray one mid-page (a broken template) would
      // cut the article off. Browsers read it as nothing, a space keeps the words apart.
      for i in first..<input.count where input[i] == 0 { input[i] = 32 }
      warnings.append("NUL bytes read as spaces")
    }
    guard let page = HTMLParser.parse(input, from: offset, encoding: choice.encoding) else {
      throw IngestError(file: file, reason: .unreadable("the HTML parser returned no document"))
    }
    if let truncation = TruncationCheck.warning(for: bytes) { warnings.append(truncation) }

    let selection = ContentSelector().select(page)
    var reader = HTMLMetadataReader()
    reader.words = options.dateWords
    let ld = JSONLDFacts(page.jsonLD)
    var metadata = reader.metadata(of: page, selection: selection, ld: ld)
    metadata.charset = choice.label

    let normalizer = TextNormalizer()
    // Short credit and label lines ("Foto: …", "Mehr zum Thema") and calls to the readers
    // ("Follow us on Instagram") and disclaimers ("The views expressed here do not necessarily
    // reflect ...") go wherever they stand, and so do a listing's count line ("Showing 1-10 of
    // 19 results") and the server's own error messages.
    let phrases = options.boilerplate
    func isBoilerplate(_ p: NormalizedParagraph) -> Bool {
      phrases.dropsLine(p.bytes) || phrases.isPrompt(p.bytes) || phrases.isDisclaimer(p.bytes)
        || phrases.isListingCount(p.bytes) || ServerMessage.isDiagnostic(p.bytes)
    }
    let kept = BlockClassifier(stopWords: options.stopWords).filter(page, kept: selection.kept)
    var paragraphs = kept.map {
      normalizer.normalizeParagraph(in: page.text, segments: [page.blocks[$0].range])
    }.filter { !isBoilerplate($0) }
    var source = page.text
    let keptBytes = paragraphs.reduce(0) { $0 + $1.bytes.count }
    if let body = ld.articleBody,
      ArticleBodyFallback.replaces(keptBytes: keptBytes, bodyBytes: body.utf8.count)
    {
      // The body's text, not its markup, is what the markup's text is measured against.
      let read = ArticleBodyFallback.paragraphs(ofArticleBody: body)
      let combined = page.text + read.text
      let offset = page.text.count
      let fromBody = read.paragraphs.map {
        normalizer.normalizeParagraph(
          in: combined, segments: [($0.lowerBound + offset)..<($0.upperBound + offset)])
      }
      let bodyText = Array(fromBody.map(\.bytes).joined(separator: [32]))
      if ArticleBodyFallback.replaces(keptBytes: keptBytes, bodyBytes: bodyText.count) {
        source = combined
        paragraphs =
          paragraphs.filter { !ContentSelector.contains(bodyText, $0.bytes[...]) }
          + fromBody.filter { !isBoilerplate($0) }
      }
    }
    let normalized = try finish(paragraphs, file: file)
    return NormalizedArticle(
      document: document(
        normalized, file: file, metadata: metadata.filled(from: known), warnings: warnings),
      extractedText: String(decoding: source, as: UTF8.self), sourceMap: normalized.sourceMap)
  }

  /// Reads a plain-text article, also returning the extracted text and the source map.
  public func normalizeWithMap(
    plainText bytes: [UInt8], file: String, known: DocumentMetadata = DocumentMetadata()
  ) throws(IngestError) -> NormalizedArticle {
    try checkSizeAndContent(bytes, file: file)
    let text = ByteChecks.hasUTF8BOM(bytes) ? Array(bytes.dropFirst(3)) : bytes
    if let bad = ByteChecks.firstInvalidUTF8(text) {
      let fileOffset = bad + (text.count == bytes.count ? 0 : 3)
      throw IngestError(file: file, reason: .invalidEncoding("not UTF-8 at byte \(fileOffset)"))
    }
    let read = PlainTextReader(words: options.dateWords).read(text)
    let normalizer = TextNormalizer()
    let paragraphs = zip(read.paragraphs, read.lineBreaks).map {
      normalizer.normalizeParagraph(in: text, segments: $0, lineBreaks: $1)
    }
    let normalized = try finish(paragraphs, file: file)

    var metadata = DocumentMetadata(charset: "UTF-8")
    if let title = read.title {
      let t = normalizer.normalizeParagraph(in: text, segments: [title]).text
      if !t.isEmpty { metadata.title = t }
    }
    if let date = read.dateline {
      metadata.published = date
      metadata.publishedBasis = "dateline"
    }
    return NormalizedArticle(
      document: document(normalized, file: file, metadata: metadata.filled(from: known), warnings: []),
      extractedText: String(decoding: text, as: UTF8.self), sourceMap: normalized.sourceMap)
  }

  private func checkSizeAndContent(_ bytes: [UInt8], file: String) throws(IngestError) {
    if bytes.count > options.maxBytes {
      throw IngestError(file: file, reason: .tooLarge(bytes: bytes.count, limit: options.maxBytes))
    }
    if ByteChecks.isBlank(bytes) { throw IngestError(file: file, reason: .empty) }
    if ByteChecks.looksBinary(bytes) { throw IngestError(file: file, reason: .binary) }
  }

  /// Drops trailing boilerplate and assembles the text; throws `.noText` when nothing is left.
  private func finish(_ paragraphs: [NormalizedParagraph], file: String) throws(IngestError)
    -> NormalizedText
  {
    let nonEmpty = paragraphs.filter { !$0.bytes.isEmpty }
    let keep = TrailingBoilerplate(phrases: options.boilerplate).keptCount(
      of: nonEmpty.map(\.bytes))
    let normalized = TextNormalizer().assemble(Array(nonEmpty.prefix(keep)))
    if normalized.text.isEmpty { throw IngestError(file: file, reason: .noText) }
    return normalized
  }

  private func document(
    _ normalized: NormalizedText, file: String, metadata: DocumentMetadata, warnings: [String]
  ) -> Document {
    Document(
      id: ContentHash.id(of: normalized.text), file: file, text: normalized.text,
      metadata: metadata, paragraphs: normalized.paragraphs, warnings: warnings)
  }
}
