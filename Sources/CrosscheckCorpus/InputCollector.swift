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
    var seen: Set<String> = []
    for path in paths {
      if path == "-" {
        guard let bytes = standardInput else {
          problems.append(InputProblem(file: "-", error: .unreadable("standard input not given")))
          continue
        }
        guard seen.insert("-").inserted else { continue }
        switch Self.standardInputSource(bytes, limit: maxArticleBytes) {
        case .success(let source): inputs.append(source)
        case .failure(let error): problems.append(InputProblem(file: "-", error: error))
        }
        continue
      }
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        problems.append(InputProblem(file: path, error: .unreadable("no such file or directory")))
        continue
      }
      if isDirectory.boolValue {
        walk(directory: path, relative: "", inputs: &inputs, problems: &problems, seen: &seen)
      } else if seen.insert(path).inserted {
        add(file: path, relative: path, inputs: &inputs, problems: &problems)
      }
    }
    return (inputs, problems)
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

  private func walk(
    directory: String, relative: String, inputs: inout [InputSource],
    problems: inout [InputProblem], seen: inout Set<String>
  ) {
    let manager = FileManager.default
    let names: [String]
    do {
      names = try manager.contentsOfDirectory(atPath: directory).sorted()
    } catch {
      problems.append(InputProblem(file: directory, error: .unreadable(Self.reason(error))))
      return
    }
    for name in names where !name.hasPrefix(".") && !ignoredNames.contains(name) {
      let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
      let relativePath = relative.isEmpty ? name : relative + "/" + name
      let type = (try? manager.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
        problems.append(InputProblem(file: path, error: .unreadable("broken symbolic link")))
        continue
      }
      if isDirectory.boolValue {
        if type == .typeSymbolicLink {
          problems.append(
            InputProblem(
              file: path, error: .unsupported("symbolic link to a directory, not followed")))
        } else {
          walk(
            directory: path, relative: relativePath, inputs: &inputs, problems: &problems,
            seen: &seen)
        }
      } else if seen.insert(path).inserted {
        add(file: path, relative: relativePath, inputs: &inputs, problems: &problems)
      }
    }
  }

  private func add(
    file path: String, relative: String, inputs: inout [InputSource],
    problems: inout [InputProblem]
  ) {
    guard let (kind, gzipped) = InputSource.kind(forName: path) else {
      let name = InputSource.lastComponent(path)
      let ext = name.split(separator: ".").count > 1 ? name.split(separator: ".").last! : ""
      let detail = ext.isEmpty ? "file has no extension" : "unknown extension .\(ext)"
      problems.append(
        InputProblem(
          file: path,
          error: .unsupported(
            "\(detail) (expected .html .htm .xhtml .txt .text .warc .jsonl .ndjson, or .gz of them)"
          )))
      return
    }
    if (kind == .html || kind == .text) && !gzipped,
      let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
      size > maxArticleBytes
    {
      problems.append(
        InputProblem(
          file: path, error: .tooLarge(bytes: size, limit: maxArticleBytes)))
      return
    }
    inputs.append(
      InputSource(
        name: path, relativePath: relative, origin: .file(path: path), kind: kind,
        gzipped: gzipped))
  }

  private static func standardInputSource(_ bytes: [UInt8], limit: Int)
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

  private static func reason(_ error: any Error) -> String {
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
