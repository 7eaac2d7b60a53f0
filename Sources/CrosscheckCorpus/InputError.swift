import CrosscheckCore

/// Why bytes could not be read as input: a damaged gzip stream, a malformed WARC record or JSON
/// line, a file over the size limit.
public enum InputError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The compressed data ends inside the gzip (or zlib) member that starts at this byte offset.
  case truncatedGzip(offset: Int)
  /// The member that starts at this byte offset is not valid compressed data.
  case corruptGzip(offset: Int, detail: String)
  /// Bytes that are neither a gzip member nor zero padding follow the last member.
  case trailingData(offset: Int)
  /// The data is over the size limit; `bytes` is the size when it is known.
  case tooLarge(bytes: Int?, limit: Int)
  /// A WARC record that cannot be read (no version line, bad `Content-Length`, cut off).
  case malformedRecord(String)
  /// A JSON line that cannot be read as an article.
  case malformedLine(String)
  /// A file or directory that cannot be read.
  case unreadable(String)
  /// A file of a kind no reader handles, such as an unknown extension.
  case unsupported(String)
  /// zlib itself failed (out of memory), not the data.
  case zlib(String)

  public var description: String {
    switch self {
    case .truncatedGzip(let offset): "gzip data cut off in the member at byte \(offset)"
    case .corruptGzip(let offset, let detail): "corrupt gzip member at byte \(offset): \(detail)"
    case .trailingData(let offset): "unexpected bytes after the last gzip member, at byte \(offset)"
    case .tooLarge(let bytes?, let limit): "\(bytes) bytes is over the \(limit)-byte limit"
    case .tooLarge(nil, let limit): "over the \(limit)-byte limit"
    case .malformedRecord(let detail): "malformed WARC record: \(detail)"
    case .malformedLine(let detail): "malformed JSON line: \(detail)"
    case .unreadable(let detail): "cannot read: \(detail)"
    case .unsupported(let detail): "not read: \(detail)"
    case .zlib(let detail): "zlib failed: \(detail)"
    }
  }
}

/// One input, or one record or line inside a container, that could not be read.
public struct InputProblem: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file, or `<container>#<record or line>`, as used in outputs.
  public var file: String
  public var error: InputError

  public init(file: String, error: InputError) {
    self.file = file
    self.error = error
  }

  /// Unsupported files are warnings (skipped on purpose); everything else is an error.
  public var severity: Problem.Severity {
    if case .unsupported = error { return .warning }
    return .error
  }

  /// The problem as the run reports it, with stage `input`.
  public var problem: Problem {
    Problem(file: file, stage: "input", severity: severity, error: error.description)
  }

  public var description: String { "\(file): \(error)" }
}

/// What a container (WARC, JSON lines) or a single file yielded.
public struct InputContents: Sendable {
  /// Each article, or the problem with a record or line, in the order of the input.
  public var articles: [Result<RawArticle, InputProblem>]
  /// Records left out on purpose, by reason: WARC record types (`request`, `metadata`,
  /// `warcinfo`, `revisit`, ...), `not-html` and `http-status` (a response that is not 2xx).
  public var skipped: [String: Int]

  public init(articles: [Result<RawArticle, InputProblem>] = [], skipped: [String: Int] = [:]) {
    self.articles = articles
    self.skipped = skipped
  }

  /// The number of records left out on purpose.
  public var skippedCount: Int { skipped.values.reduce(0, +) }
  /// The articles that could be read.
  public var readable: [RawArticle] { articles.compactMap { try? $0.get() } }
  /// The problems, in input order.
  public var problems: [InputProblem] {
    articles.compactMap { if case .failure(let p) = $0 { p } else { nil } }
  }
}
