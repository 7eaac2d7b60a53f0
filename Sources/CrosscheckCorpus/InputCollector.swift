import CrosscheckCore
import Foundation

/// Finds the inputs among paths given on the command line and reads them, one at a time, into
/// ``RawArticle``s.
///
/// ``collect(_:standardInput:)`` only lists inputs (path and kind), so a corpus of many large
/// files costs no memory until ``forEachArticle(in:_:)`` reads one. Directories are walked
/// recursively in sorted order; hidden files and directories (a name starting with `.`) are
/// skipped, symbolic links to directories are not followed, and files with other extensions
/// are reported as problems, not silently dropped. Kinds come from extensions:
/// `.html .htm .xhtml .txt .text` (one article each, also `.gz`-compressed), `.warc`,
/// `.warc.gz`, `.jsonl`, `.ndjson` (many articles each, also `.gz`).
///
/// A single article over ``maxArticleBytes`` is reported instead of read. An article from a
/// `.gz` file is named without the `.gz` (`a.html.gz` gives `a.html`) so the normalizer sees
/// its real kind; an article on standard input is named `-.html` or `-.txt`.
public struct InputCollector: Sendable {
  /// The largest single article, in bytes (after decompression).
  public var maxArticleBytes: Int
  /// File names never read nor reported, such as a corpus manifest (`manifest.json`).
  public var ignoredNames: Set<String>

  public init(maxArticleBytes: Int = 50 * 1024 * 1024, ignoredNames: Set<String> = []) {
    self.maxArticleBytes = maxArticleBytes
    self.ignoredNames = ignoredNames
  }

  /// The inputs under the paths, in argument order and sorted within each directory, and the
  /// problems with paths that cannot be read or files of unknown kinds.
  ///
  /// - Parameter standardInput: the bytes of standard input, which the caller reads when `-`
  ///   is among the paths; its kind is sniffed (gzip is decompressed first).
  public func collect(_ paths: [String], standardInput: [UInt8]? = nil)
    -> (inputs: [InputSource], problems: [InputProblem])
  {
    var inputs: [InputSource] = []
    var problems: [InputProblem] = []
    var walk = self.walk(paths, standardInput: standardInput)
    while let next = walk.next() {
      switch next {
      case .success(let input): inputs.append(input)
      case .failure(let problem): problems.append(problem)
      }
    }
    return (inputs, problems)
  }

  /// The same inputs and problems as ``collect(_:standardInput:)``, in the same order, found one
  /// at a time: memory holds the listings of the directories being walked, not every file of
  /// the corpus.
  public func walk(_ paths: [String], standardInput: [UInt8]? = nil) -> InputWalk {
    InputWalk(collector: self, paths: paths, standardInput: standardInput)
  }

  /// Reads one input and calls `body` with each article or problem in turn; returns the
  /// records a container skipped on purpose, by reason (see ``InputContents/skipped``).
  ///
  /// WARC and JSON-lines files are mapped into memory rather than read; compressed WARC files
  /// are decompressed one record at a time.
  @discardableResult
  public func forEachArticle(
    in input: InputSource, _ body: (Result<RawArticle, InputProblem>) -> Void
  ) -> [String: Int] {
    let data: Data
    switch input.origin {
    case .standardInput(let bytes):
      data = Data(bytes)
    case .file(let path):
      do {
        data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
      } catch {
        body(.failure(InputProblem(file: input.name, error: .unreadable(Self.reason(error)))))
        return [:]
      }
    }
    return data.withUnsafeBytes { raw -> [String: Int] in
      let buffer = raw.bindMemory(to: UInt8.self)
      return read(input, buffer, body)
    }
  }

  /// Reads one input whole: its articles and problems, and the skipped records.
  public func articles(in input: InputSource) -> InputContents {
    var contents = InputContents()
    contents.skipped = forEachArticle(in: input) { contents.articles.append($0) }
    return contents
  }

  private func read(
    _ input: InputSource, _ buffer: UnsafeBufferPointer<UInt8>,
    _ body: (Result<RawArticle, InputProblem>) -> Void
  ) -> [String: Int] {
    var articleName = input.name
    if input.gzipped && articleName.lowercased().hasSuffix(".gz") {
      articleName.removeLast(3)
    } else if case .standardInput = input.origin, !input.isContainer {
      // Standard input has no extension to tell the normalizer what it holds.
      articleName += input.kind == .html ? ".html" : ".txt"
    }
    switch input.kind {
    case .warc:
      // The WARC reader detects gzip itself and decompresses member by member.
      return WARCReader(maxArticleBytes: maxArticleBytes)
        .forEachArticle(in: buffer, file: input.name, body)
    case .jsonLines:
      let reader = JSONLinesArticleReader(maxArticleBytes: maxArticleBytes)
      if input.gzipped {
        switch Gzip.decompress(buffer, limit: Int.max) {
        case .success(let bytes): reader.forEachArticle(in: bytes, file: articleName, body)
        case .failure(let error): body(.failure(InputProblem(file: input.name, error: error)))
        }
      } else {
        reader.forEachArticle(in: buffer, file: input.name, body)
      }
      return [:]
    case .html, .text:
      var bytes: [UInt8]
      if input.gzipped {
        switch Gzip.decompress(buffer, limit: maxArticleBytes) {
        case .success(let decompressed): bytes = decompressed
        case .failure(let error):
          body(.failure(InputProblem(file: input.name, error: error)))
          return [:]
        }
      } else {
        guard buffer.count <= maxArticleBytes else {
          body(
            .failure(
              InputProblem(
                file: input.name, error: .tooLarge(bytes: buffer.count, limit: maxArticleBytes))))
          return [:]
        }
        bytes = Array(buffer)
      }
      body(.success(RawArticle(file: articleName, bytes: bytes)))
      return [:]
    }
  }

  /// The input a file is, or why it is not one.
  fileprivate func input(file path: String, relative: String) -> Result<InputSource, InputProblem> {
    guard let (kind, gzipped) = InputSource.kind(forName: path) else {
      let name = InputSource.lastComponent(path)
      let ext = name.split(separator: ".").count > 1 ? name.split(separator: ".").last! : ""
      let detail = ext.isEmpty ? "file has no extension" : "unknown extension .\(ext)"
      return .failure(
        InputProblem(
          file: path,
          error: .unsupported(
            "\(detail) (expected .html .htm .xhtml .txt .text .warc .jsonl .ndjson, or .gz of them)"
          )))
    }
    if (kind == .html || kind == .text) && !gzipped,
      let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
      size > maxArticleBytes
    {
      return .failure(InputProblem(file: path, error: .tooLarge(bytes: size, limit: maxArticleBytes)))
    }
    return .success(
      InputSource(
        name: path, relativePath: relative, origin: .file(path: path), kind: kind,
        gzipped: gzipped))
  }

  fileprivate static func standardInputSource(_ bytes: [UInt8], limit: Int)
    -> Result<InputSource, InputError>
  {
    var bytes = bytes
    if Gzip.isGzip(bytes) {
      do { bytes = try Gzip.decompress(bytes) } catch { return .failure(error) }
    }
    let kind = InputSource.sniffKind(bytes)
    if !(kind == .warc || kind == .jsonLines) && bytes.count > limit {
      return .failure(.tooLarge(bytes: bytes.count, limit: limit))
    }
    return .success(
      InputSource(
        name: "-", relativePath: "-", origin: .standardInput(bytes: bytes), kind: kind,
        gzipped: false))
  }

  fileprivate static func reason(_ error: any Error) -> String {
    let ns = error as NSError
    if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError,
      let posix = POSIXErrorCode(rawValue: Int32(underlying.code)),
      underlying.domain == NSPOSIXErrorDomain
    {
      return String(cString: strerror(posix.rawValue)).lowercased()
    }
    return ns.localizedDescription
  }
}

/// The inputs under a list of paths, found one at a time (see ``InputCollector/walk(_:standardInput:)``).
///
/// A file is read once even when several paths reach it: a file or directory named after a
/// directory that holds it was walked is skipped, and so is a file or directory a walk meets
/// after it was named on its own.
public struct InputWalk: IteratorProtocol, Sequence {
  let collector: InputCollector
  private var paths: ArraySlice<String>
  private let standardInput: [UInt8]?
  /// The directories being walked, outermost first: each with its sorted names and the next one.
  private var frames: [(directory: String, relative: String, names: [String], next: Int)] = []
  /// Files named on their own, and directories walked (each path as given).
  private var namedFiles: Set<String> = []
  private var walkedRoots: [String] = []
  private var readStandardInput = false

  init(collector: InputCollector, paths: [String], standardInput: [UInt8]?) {
    self.collector = collector
    self.paths = paths[...]
    self.standardInput = standardInput
  }

  public mutating func next() -> Result<InputSource, InputProblem>? {
    while true {
      if let item = nextInDirectory() { return item }
      guard let path = paths.popFirst() else { return nil }
      if let item = start(path) { return item }
    }
  }

  /// Starts on a path given by the caller; returns what it is at once when it is not a directory.
  private mutating func start(_ path: String) -> Result<InputSource, InputProblem>? {
    if path == "-" {
      guard let bytes = standardInput else {
        return .failure(InputProblem(file: "-", error: .unreadable("standard input not given")))
      }
      guard !readStandardInput else { return nil }
      readStandardInput = true
      switch InputCollector.standardInputSource(bytes, limit: collector.maxArticleBytes) {
      case .success(let source): return .success(source)
      case .failure(let error): return .failure(InputProblem(file: "-", error: error))
      }
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return .failure(InputProblem(file: path, error: .unreadable("no such file or directory")))
    }
    if isDirectory.boolValue {
      guard !walkedRoots.contains(path), !isUnderWalkedRoot(path) else { return nil }
      walkedRoots.append(path)
      return enter(directory: path, relative: "")
    }
    guard !isUnderWalkedRoot(path), namedFiles.insert(path).inserted else { return nil }
    return collector.input(file: path, relative: path)
  }

  private func isUnderWalkedRoot(_ path: String) -> Bool {
    walkedRoots.contains { root in path.hasPrefix(root.hasSuffix("/") ? root : root + "/") }
  }

  /// Lists a directory and pushes it; a directory that cannot be listed is a problem.
  private mutating func enter(directory: String, relative: String) -> Result<InputSource, InputProblem>? {
    do {
      let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
      frames.append((directory, relative, names, 0))
      return nil
    } catch {
      return .failure(InputProblem(file: directory, error: .unreadable(InputCollector.reason(error))))
    }
  }

  /// The next input or problem of the directories being walked, depth first.
  private mutating func nextInDirectory() -> Result<InputSource, InputProblem>? {
    let manager = FileManager.default
    while let top = frames.indices.last {
      guard frames[top].next < frames[top].names.count else {
        frames.removeLast()
        continue
      }
      let name = frames[top].names[frames[top].next]
      frames[top].next += 1
      guard !name.hasPrefix("."), !collector.ignoredNames.contains(name) else { continue }
      let directory = frames[top].directory
      let relative = frames[top].relative
      let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
      let relativePath = relative.isEmpty ? name : relative + "/" + name
      let type = (try? manager.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
        return .failure(InputProblem(file: path, error: .unreadable("broken symbolic link")))
      }
      if isDirectory.boolValue {
        if type == .typeSymbolicLink {
          return .failure(
            InputProblem(file: path, error: .unsupported("symbolic link to a directory, not followed")))
        }
        // A directory named earlier on its own was walked then.
        guard !walkedRoots.contains(path) else { continue }
        if let problem = enter(directory: path, relative: relativePath) { return problem }
        continue
      }
      guard !namedFiles.contains(path) else { continue }
      return collector.input(file: path, relative: relativePath)
    }
    return nil
  }
}
