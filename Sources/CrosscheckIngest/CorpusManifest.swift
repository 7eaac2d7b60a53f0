import CrosscheckCore
import Foundation

/// Metadata for corpus files that the files themselves do not carry, read from a manifest.
///
/// The manifest is JSON: `{"about": "...", "documents": [{"file", "source", "author",
/// "published", "published_precision", "published_basis"}]}`. A document's `published` is
/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; its basis is `estimate` when `published_basis` starts with
/// "estimate", else `manifest`, and `published_basis` itself becomes the note.
public struct CorpusManifest: Sendable {
  /// What the manifest says about the corpus.
  public let about: String?
  private let byFile: [String: DocumentMetadata]

  private struct Entry: Decodable {
    var file: String
    var source: String?
    var author: String?
    var published: String?
    var publishedPrecision: String?
    var publishedBasis: String?

    enum CodingKeys: String, CodingKey {
      case file, source, author, published
      case publishedPrecision = "published_precision"
      case publishedBasis = "published_basis"
    }
  }

  private struct File: Decodable {
    var about: String?
    var documents: [Entry]
  }

  /// Reads a manifest; throws `DecodingError` when the JSON does not have this shape or a date
  /// is not `YYYY[-MM[-DD]]`.
  public init(json: [UInt8]) throws {
    let file = try JSONDecoder().decode(File.self, from: Data(json))
    about = file.about
    var map: [String: DocumentMetadata] = [:]
    for entry in file.documents {
      var metadata = DocumentMetadata(author: entry.author, site: entry.source)
      if let published = entry.published {
        guard let date = PartialDate(iso: published) else {
          throw DecodingError.dataCorrupted(
            .init(codingPath: [], debugDescription: "\(entry.file): not a date: \(published)"))
        }
        metadata.published = date
        let basis = entry.publishedBasis
        metadata.publishedBasis =
          basis?.lowercased().hasPrefix("estimate") == true ? "estimate" : "manifest"
        metadata.publishedNote = basis
      }
      map[Self.lastComponent(entry.file)] = metadata
    }
    byFile = map
  }

  /// The metadata for a file, by its name (the last path component); empty when not listed.
  public func metadata(forFile name: String) -> DocumentMetadata {
    byFile[Self.lastComponent(name)] ?? DocumentMetadata()
  }

  /// The file names the manifest lists.
  public var files: [String] { byFile.keys.sorted() }

  static func lastComponent(_ path: String) -> String {
    String(path.split(separator: "/", omittingEmptySubsequences: true).last ?? Substring(path))
  }
}
