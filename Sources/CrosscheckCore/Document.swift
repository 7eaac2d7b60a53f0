/// What is known about an article besides its text.
public struct DocumentMetadata: Hashable, Sendable, Codable {
  public var title: String?
  public var author: String?
  /// The site or publisher, when known.
  public var site: String?
  public var url: String?
  public var language: String?
  public var published: PartialDate?
  /// Where the date came from: `meta`, `json-ld`, `time`, `dateline`, `manifest`, `estimate`.
  public var publishedBasis: String?
  /// Free words on the basis, such as the manifest's reason for an estimate.
  public var publishedNote: String?
  /// The character set the bytes were read as, and whether it was declared or guessed.
  public var charset: String?

  public init(
    title: String? = nil, author: String? = nil, site: String? = nil, url: String? = nil,
    language: String? = nil, published: PartialDate? = nil, publishedBasis: String? = nil,
    publishedNote: String? = nil, charset: String? = nil
  ) {
    self.title = title
    self.author = author
    self.site = site
    self.url = url
    self.language = language
    self.published = published
    self.publishedBasis = publishedBasis
    self.publishedNote = publishedNote
    self.charset = charset
  }
}

extension DocumentMetadata {
  /// This metadata with its gaps filled from `other`; a date taken from `other` keeps its basis and note.
  public func filled(from other: DocumentMetadata) -> DocumentMetadata {
    var m = self
    m.title = m.title ?? other.title
    m.author = m.author ?? other.author
    m.site = m.site ?? other.site
    m.url = m.url ?? other.url
    m.language = m.language ?? other.language
    m.charset = m.charset ?? other.charset
    if m.published == nil, let date = other.published {
      m.published = date
      m.publishedBasis = other.publishedBasis ?? "manifest"
      m.publishedNote = other.publishedNote
    }
    return m
  }
}

/// One input file's bytes, before any reading.
public struct RawArticle: Sendable {
  /// The path as given, used in outputs and errors.
  public var file: String
  public var bytes: [UInt8]
  /// Metadata known from outside the file (a corpus manifest), used where the file carries none.
  public var known: DocumentMetadata

  public init(file: String, bytes: [UInt8], known: DocumentMetadata = DocumentMetadata()) {
    self.file = file
    self.bytes = bytes
    self.known = known
  }
}

/// One article moving through the pipeline.
///
/// `text` is the normalized text and never changes once the document exists. Stages only add
/// annotations, and every annotation points into `text` by UTF-8 byte offset.
public struct Document: Sendable, Codable {
  /// A content hash of `text`: the same text always gets the same id.
  public let id: String
  public let file: String
  public let text: String
  public var metadata: DocumentMetadata
  /// Paragraphs and headings, as ranges of `text` (separated by blank lines in `text`).
  public let paragraphs: [TextRange]
  /// Warnings from reading (a page cut off mid-tag); reconciliation may weigh such a document less.
  public var warnings: [String]
  /// Other files that carried exactly the same text; the document is read once.
  public var alsoIn: [String] = []
  /// The id of the document this one is a near copy of (a syndicated story); its claims then count
  /// as the original's source, not as another one.
  public var copyOf: String?

  public private(set) var sentences: [Sentence] = []
  public private(set) var tokens: [Token] = []
  public private(set) var entities: [EntityMention] = []
  public private(set) var quantities: [Quantity] = []
  public private(set) var claims: [Claim] = []

  public init(
    id: String, file: String, text: String, metadata: DocumentMetadata = DocumentMetadata(),
    paragraphs: [TextRange]? = nil, warnings: [String] = []
  ) {
    self.id = id
    self.file = file
    self.text = text
    self.metadata = metadata
    self.paragraphs = paragraphs ?? [TextRange(0, text.utf8.count)]
    self.warnings = warnings
  }

  /// The text at a byte range.
  public func text(of range: TextRange) -> Substring { text.slice(range) }

  /// The headline when the text opens with it (a plain-text file's first line and an HTML page's
  /// title are both the title and the first paragraph). A headline shortens what the body
  /// states in full ("Harlow Basin transit agency adopts $412.6 million budget"), so it gives no
  /// claims of its own, and the article's opening is the first sentence after it.
  public var headlineParagraph: TextRange? {
    guard let title = metadata.title, !title.isEmpty, let first = paragraphs.first,
      first.length == title.utf8.count, text.slice(first).elementsEqual(title)
    else { return nil }
    return first
  }

  /// Writes down what a stage found. Only ``Pipeline`` and tests call this.
  public mutating func record(_ annotations: Annotations) {
    if let s = annotations.sentences { sentences = s }
    if let t = annotations.tokens { tokens = t }
    if let e = annotations.entities { entities = e }
    if let q = annotations.quantities { quantities = q }
    if let c = annotations.claims { claims = c }
  }

  /// The sentences that overlap a range, in order.
  public func sentenceIndex(containing offset: Int) -> Int? {
    var lo = 0
    var hi = sentences.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if sentences[mid].range.end <= offset { lo = mid + 1 } else { hi = mid }
    }
    return lo < sentences.count && sentences[lo].range.start <= offset ? lo : nil
  }
}

/// What one stage found in one document, by kind. A `nil` field was not produced.
public struct Annotations: Sendable {
  public var sentences: [Sentence]?
  public var tokens: [Token]?
  public var entities: [EntityMention]?
  public var quantities: [Quantity]?
  public var claims: [Claim]?

  public init(
    sentences: [Sentence]? = nil, tokens: [Token]? = nil, entities: [EntityMention]? = nil,
    quantities: [Quantity]? = nil, claims: [Claim]? = nil
  ) {
    self.sentences = sentences
    self.tokens = tokens
    self.entities = entities
    self.quantities = quantities
    self.claims = claims
  }
}
