import CrosscheckCore

/// How the values of an attribute may move over time, read from the attribute lexicon's
/// `monotonic` key.
public enum Trend: String, Sendable, Codable, Hashable {
  /// Values may rise and fall (the default).
  case any
  /// Values only grow or stay ("members" of a body nobody has ever left, a running total).
  case increasing
  /// Values only shrink or stay.
  case decreasing
}

/// Where one document's claims come from, for source weighting and copy detection.
public struct DocumentSource: Sendable, Hashable {
  /// The site or publisher when known, else the document's file: claims of one source share a
  /// reliability.
  public var source: String
  /// The document this one is a near copy of.
  public var copyOf: String?
  /// The document was read with a warning (a truncated page) and weighs less.
  public var warned: Bool
  /// The publication date, to pick the first of several word-for-word copies.
  public var published: PartialDate?

  public init(source: String, copyOf: String? = nil, warned: Bool = false, published: PartialDate? = nil) {
    self.source = source
    self.copyOf = copyOf
    self.warned = warned
    self.published = published
  }
}

/// What the reconciler knows besides the claims: documents' sources, sentence texts and the
/// attributes' trends. Every part may be empty; a claim whose document is unknown is its own
/// source.
public struct ReconcileContext: Sendable {
  /// By document id.
  public var documents: [String: DocumentSource]
  /// By claim id: the sentence the claim was read from, to find claims repeated word for word.
  public var sentences: [String: String]
  /// By attribute name; attributes not listed follow ``Trend/any``.
  public var trends: [String: Trend]
  /// Source reliabilities to use instead of estimating them from the claims at hand (see
  /// ``NumericReconciler/sourceReliability(_:context:)``); sources not listed get the prior.
  public var reliability: [String: Double]?

  public init(
    documents: [String: DocumentSource] = [:], sentences: [String: String] = [:], trends: [String: Trend] = [:]
  ) {
    self.documents = documents
    self.sentences = sentences
    self.trends = trends
  }

  /// The context of a corpus run: a document's source is its site or publisher, else its file;
  /// a near copy takes its original's source.
  public init(documents: [Document], trends: [String: Trend] = [:]) {
    var byID: [String: Document] = [:]
    for d in documents { byID[d.id] = d }
    var sources: [String: DocumentSource] = [:]
    var sentences: [String: String] = [:]
    for d in documents {
      let origin = d.copyOf.flatMap { byID[$0] } ?? d
      sources[d.id] = DocumentSource(
        source: origin.metadata.site ?? origin.file, copyOf: d.copyOf, warned: !d.warnings.isEmpty,
        published: d.metadata.published)
      for c in d.claims where c.sentence.end <= d.text.utf8.count && c.sentence.start >= 0 {
        sentences[c.id] = String(d.text.slice(c.sentence))
      }
    }
    self.init(documents: sources, sentences: sentences, trends: trends)
  }

  func source(of claim: Claim) -> String { documents[claim.document]?.source ?? claim.document }
}
