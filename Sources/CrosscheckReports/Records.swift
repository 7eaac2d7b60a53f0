import CrosscheckCore
import CrosscheckReconcile

/// A start and end, as written in the output files.
public struct SpanRecord: Codable, Hashable, Sendable {
  public var start: Int
  public var end: Int
  public init(_ r: TextRange) {
    start = r.start
    end = r.end
  }
}

/// One line of `documents.jsonl`.
public struct DocumentRecord: Codable, Sendable {
  public struct EntityRecord: Codable, Sendable {
    public var start: Int
    public var end: Int
    public var canonical: String
    public var type: EntityType
    public var basis: MentionBasis

    public init(start: Int, end: Int, canonical: String, type: EntityType, basis: MentionBasis) {
      self.start = start
      self.end = end
      self.canonical = canonical
      self.type = type
      self.basis = basis
    }
  }
  public var id: String
  public var file: String
  public var title: String?
  public var author: String?
  public var site: String?
  public var url: String?
  public var language: String?
  public var charset: String?
  public var published: String?
  public var publishedBasis: String?
  public var publishedNote: String?
  public var warnings: [String]
  public var text: String
  public var paragraphs: [SpanRecord]
  public var sentences: [SpanRecord]
  public var entities: [EntityRecord]
  public var alsoIn: [String]
  public var copyOf: String?
  /// The id a stream gave the input, when a filter read it (the `id` is always the content hash).
  public var inputID: String?

  enum CodingKeys: String, CodingKey {
    case inputID = "input_id"
    case alsoIn = "also_in"
    case copyOf = "copy_of"
    case id, file, title, author, site, url, language, charset, published, warnings, text, paragraphs, sentences, entities
    case publishedBasis = "published_basis"
    case publishedNote = "published_note"
  }

  public init(_ d: Document) {
    id = d.id
    file = d.file
    title = d.metadata.title
    author = d.metadata.author
    site = d.metadata.site
    url = d.metadata.url
    language = d.metadata.language
    charset = d.metadata.charset
    published = d.metadata.published?.description
    publishedBasis = d.metadata.publishedBasis
    publishedNote = d.metadata.publishedNote
    warnings = d.warnings
    alsoIn = d.alsoIn
    copyOf = d.copyOf
    text = d.text
    paragraphs = d.paragraphs.map(SpanRecord.init)
    sentences = d.sentences.map { SpanRecord($0.range) }
    entities = d.entities.map {
      EntityRecord(start: $0.range.start, end: $0.range.end, canonical: $0.canonical, type: $0.type, basis: $0.basis)
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(file, forKey: .file)
    try c.encode(title, forKey: .title)
    try c.encode(author, forKey: .author)
    try c.encode(published, forKey: .published)
    try c.encode(publishedBasis, forKey: .publishedBasis)
    try c.encodeIfPresent(publishedNote, forKey: .publishedNote)
    try c.encodeIfPresent(site, forKey: .site)
    try c.encodeIfPresent(url, forKey: .url)
    try c.encodeIfPresent(language, forKey: .language)
    try c.encodeIfPresent(charset, forKey: .charset)
    try c.encode(warnings, forKey: .warnings)
    if !alsoIn.isEmpty { try c.encode(alsoIn, forKey: .alsoIn) }
    try c.encodeIfPresent(copyOf, forKey: .copyOf)
    try c.encode(text, forKey: .text)
    try c.encode(paragraphs, forKey: .paragraphs)
    try c.encode(sentences, forKey: .sentences)
    try c.encode(entities, forKey: .entities)
    try c.encodeIfPresent(inputID, forKey: .inputID)
  }
}

/// One line of `claims.jsonl`.
public struct ClaimRecord: Codable, Sendable {
  public var id: String
  public var document: String
  public var file: String
  public var sentence: String
  public var span: SpanRecord
  public var subject: ClaimSubject
  public var attribute: String
  public var qualifier: String?
  public var value: ClaimValue
  public var unit: String?
  public var time: TimeScope
  public var members: [String]?
  /// `false` when the sentence lists only some members ("including A and B").
  public var membersComplete: Bool?
  /// The source reconciliation weighs the claim by: the document's site, else its file.
  public var source: String?
  /// Which reading rule produced the claim (`count-unit`, `enumeration`, `growth`, ...).
  public var rule: String?
  /// Who is quoted saying the value, when it stands inside quotation marks: a name, or `""`
  /// when the speaker is not named.
  public var quotedBy: String?
  /// `true` when the sentence reports the value without naming a source ("reportedly");
  /// absent otherwise.
  public var reported: Bool?
  /// The claim's confidence in [0, 1] (see `Pipelines/lexicons/claim-confidence.tsv`), when the
  /// pipeline names a confidence model.
  public var confidence: Double?
  public var warnings: [String]

  public init(_ c: Claim, in d: Document) {
    self.init(c, sentence: String(d.text.slice(c.sentence)), file: d.file, site: d.metadata.site)
  }

  /// The record of a document digest's claim at `index`.
  public init(_ index: Int, in d: DocumentDigest) {
    self.init(d.claims[index], sentence: d.sentences[index] ?? "", file: d.file, site: d.site)
  }

  /// The record of a claim read from `sentence` in the file `file` of the site `site`.
  public init(_ c: Claim, sentence: String, file: String, site: String?) {
    id = c.id
    document = c.document
    self.file = file
    self.sentence = sentence
    span = SpanRecord(c.span)
    subject = c.subject
    attribute = c.attribute
    qualifier = c.qualifier
    value = c.value
    unit = c.unit
    time = c.time
    members = c.members
    membersComplete = c.membersComplete
    rule = c.rule
    quotedBy = c.quotedBy
    reported = c.reported ? true : nil
    confidence = c.confidence
    source = site ?? file
    warnings = c.warnings
  }

  enum CodingKeys: String, CodingKey {
    case id, document, file, sentence, span, subject, attribute, qualifier, value, unit, time, members, warnings, rule, source
    case membersComplete = "members_complete"
    case quotedBy = "quoted_by"
    case reported, confidence
  }

  /// Reads a line of `claims.jsonl`; `qualifier`, `members` and `warnings` may be absent.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    document = try c.decode(String.self, forKey: .document)
    file = try c.decodeIfPresent(String.self, forKey: .file) ?? document
    sentence = try c.decodeIfPresent(String.self, forKey: .sentence) ?? ""
    span = try c.decode(SpanRecord.self, forKey: .span)
    subject = try c.decode(ClaimSubject.self, forKey: .subject)
    attribute = try c.decode(String.self, forKey: .attribute)
    qualifier = try c.decodeIfPresent(String.self, forKey: .qualifier)
    value = try c.decode(ClaimValue.self, forKey: .value)
    unit = try c.decodeIfPresent(String.self, forKey: .unit)
    time = try c.decode(TimeScope.self, forKey: .time)
    members = try c.decodeIfPresent([String].self, forKey: .members)
    membersComplete = try c.decodeIfPresent(Bool.self, forKey: .membersComplete)
    rule = try c.decodeIfPresent(String.self, forKey: .rule)
    quotedBy = try c.decodeIfPresent(String.self, forKey: .quotedBy)
    reported = try c.decodeIfPresent(Bool.self, forKey: .reported)
    confidence = try c.decodeIfPresent(Double.self, forKey: .confidence)
    source = try c.decodeIfPresent(String.self, forKey: .source)
    warnings = try c.decodeIfPresent([String].self, forKey: .warnings) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(document, forKey: .document)
    try c.encode(file, forKey: .file)
    try c.encode(sentence, forKey: .sentence)
    try c.encode(span, forKey: .span)
    try c.encode(subject, forKey: .subject)
    try c.encode(attribute, forKey: .attribute)
    try c.encodeIfPresent(qualifier, forKey: .qualifier)
    try c.encode(value, forKey: .value)
    try c.encode(unit, forKey: .unit)
    try c.encode(time, forKey: .time)
    try c.encodeIfPresent(members, forKey: .members)
    try c.encodeIfPresent(membersComplete, forKey: .membersComplete)
    try c.encodeIfPresent(rule, forKey: .rule)
    try c.encodeIfPresent(quotedBy, forKey: .quotedBy)
    try c.encodeIfPresent(reported, forKey: .reported)
    try c.encodeIfPresent(confidence, forKey: .confidence)
    try c.encodeIfPresent(source, forKey: .source)
    if !warnings.isEmpty { try c.encode(warnings, forKey: .warnings) }
  }
}
