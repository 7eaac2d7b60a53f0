import CrosscheckCore
import CrosscheckReconcile

/// What the steps after the per-document stages need of one document: its metadata, its claims
/// with the sentences they quote, and counts; not its text or other annotations.
///
/// A corpus run keeps one digest per document instead of the document, so its memory grows with
/// the claims, not with the text.
public struct DocumentDigest: Sendable, Hashable {
  public var id: String
  public var file: String
  public var site: String?
  public var published: PartialDate?
  public var publishedBasis: String?
  /// The document was read with a warning.
  public var warned: Bool
  /// The files that carried the same text after this one.
  public var alsoIn: [String]
  /// The document this one is a near copy of.
  public var copyOf: String?
  public var sentenceCount: Int
  public var entityCount: Int
  public var claims: [Claim]
  /// For each claim, the sentence it was read from; `nil` when its range is not in the text.
  public var sentences: [String?]
  /// For each claim, the number inside its sentence as UTF-8 byte offsets into the sentence.
  public var highlights: [TextRange?]

  public init(_ d: Document) {
    id = d.id
    file = d.file
    site = d.metadata.site
    published = d.metadata.published
    publishedBasis = d.metadata.publishedBasis
    warned = !d.warnings.isEmpty
    alsoIn = d.alsoIn
    copyOf = d.copyOf
    sentenceCount = d.sentences.count
    entityCount = d.entities.count
    claims = d.claims
    let length = d.text.utf8.count
    var sentences: [String?] = []
    var highlights: [TextRange?] = []
    for c in d.claims {
      let inText = c.sentence.start >= 0 && c.sentence.end <= length && c.sentence.start <= c.sentence.end
      sentences.append(inText ? String(d.text.slice(c.sentence)) : nil)
      // The number is the quantity that ends the claim's span (or the last one inside it).
      let inside = d.quantities.filter {
        $0.range.start >= max(c.span.start, c.sentence.start) && $0.range.end <= min(c.span.end, c.sentence.end)
      }
      let number = inside.last { $0.range.end == c.span.end } ?? inside.last
      highlights.append(
        inText
          ? number.map { TextRange($0.range.start - c.sentence.start, $0.range.end - c.sentence.start) } : nil)
    }
    self.sentences = sentences
    self.highlights = highlights
  }

  /// A digest of a document's metadata and counts alone, without claims (a run that keeps its
  /// claims elsewhere).
  public init(
    id: String, file: String, site: String?, published: PartialDate?, publishedBasis: String?, warned: Bool,
    alsoIn: [String] = [], copyOf: String? = nil, sentenceCount: Int, entityCount: Int
  ) {
    self.id = id
    self.file = file
    self.site = site
    self.published = published
    self.publishedBasis = publishedBasis
    self.warned = warned
    self.alsoIn = alsoIn
    self.copyOf = copyOf
    self.sentenceCount = sentenceCount
    self.entityCount = entityCount
    claims = []
    sentences = []
    highlights = []
  }

  /// The source its claims count for: its site, else its file.
  public var ownSource: String { site ?? file }
}

extension ReconcileContext {
  /// The context of a corpus run from its digests: a document's source is its site or
  /// publisher, else its file; a near copy takes its original's source. The same as
  /// ``ReconcileContext/init(documents:trends:)`` on the documents themselves.
  public init(digests: [DocumentDigest], trends: [String: Trend] = [:]) {
    var byID: [String: Int] = [:]
    for (i, d) in digests.enumerated() { byID[d.id] = i }
    var sources: [String: DocumentSource] = [:]
    var sentences: [String: String] = [:]
    for d in digests {
      let origin = d.copyOf.flatMap { byID[$0] }.map { digests[$0] } ?? d
      sources[d.id] = DocumentSource(
        source: origin.ownSource, copyOf: d.copyOf, warned: d.warned, published: d.published)
      for (c, sentence) in zip(d.claims, d.sentences) {
        if let sentence { sentences[c.id] = sentence }
      }
    }
    self.init(documents: sources, sentences: sentences, trends: trends)
  }
}
