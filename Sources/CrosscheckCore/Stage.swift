/// Turns one input file into a ``Document`` with fixed, normalized text.
public protocol Normalizer: Sendable {
  /// Reads bytes into a document, or says why it cannot. Warnings go on the document.
  func normalize(_ raw: RawArticle) throws(IngestError) -> Document
}

/// One step of the per-document pipeline: reads a document and reports what it found.
///
/// Stages never edit the document; ``Document/record(_:)`` writes down what they return.
public protocol Stage: Sendable {
  /// The name pipelines use for this stage, such as `"sentences"`.
  static var name: String { get }
  var requires: Set<AnnotationKind> { get }
  var produces: Set<AnnotationKind> { get }

  func annotate(_ document: Document) throws(StageError) -> Annotations
}

extension Stage {
  public var name: String { Self.name }
}

/// Why a stage could not process one document.
public struct StageError: Error, Sendable, Equatable, CustomStringConvertible {
  public var stage: String
  public var documentID: String
  public var reason: String

  public init(stage: String, documentID: String, reason: String) {
    self.stage = stage
    self.documentID = documentID
    self.reason = reason
  }

  public var description: String { "\(stage): \(documentID): \(reason)" }
}

/// Why an input file could not be read into a document.
public struct IngestError: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Reason: Sendable, Equatable {
    case empty
    case binary
    case tooLarge(bytes: Int, limit: Int)
    case invalidEncoding(String)
    case noText
    case unreadable(String)
    case unsupported(String)
  }

  public var file: String
  public var reason: Reason

  public init(file: String, reason: Reason) {
    self.file = file
    self.reason = reason
  }

  /// The reason in words, without the file.
  public var message: String {
    switch reason {
    case .empty: "empty file"
    case .binary: "binary data, not text (NUL bytes or no readable text)"
    case .tooLarge(let bytes, let limit): "file of \(bytes) bytes is over the \(limit)-byte limit"
    case .invalidEncoding(let detail): "invalid text encoding: \(detail)"
    case .noText: "no body text left after removing markup and boilerplate"
    case .unreadable(let detail): "cannot read: \(detail)"
    case .unsupported(let detail): "unsupported input: \(detail)"
    }
  }

  public var description: String { "\(file): \(message)" }
}
