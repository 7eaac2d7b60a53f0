import CrosscheckCore
import CrosscheckReports
import CrosscheckTagging
import Foundation

extension CorpusEntityResolver.NameUnification {
  /// The new canonical name of an entity of `documents.jsonl`, if it changes: the same renaming
  /// as ``CorpusEntityResolver/unify(_:)`` applies to the document's mentions.
  func rename(_ e: DocumentRecord.EntityRecord, in d: CorpusEntityResolver.DocumentNames) -> String? {
    guard e.type != .date else { return nil }
    let to = name(e.canonical, type: e.type, in: d)
    return to == e.canonical ? nil : to
  }
}

/// The renaming of a streaming run: the corpus's unification and what each document (by its
/// position in the run) contributes to it, read from disk.
struct RunRenaming {
  let unification: CorpusEntityResolver.NameUnification
  let documents: DocumentNamesSpill

  /// The claim of the document at `document`, renamed.
  func apply(to c: Claim, document: Int) throws -> Claim {
    unification.renamed(c, in: try documents.names(document))
  }

  /// The renaming of the entities of the document at `document`: each one's new canonical name,
  /// if it changes.
  func entities(of document: Int) throws -> (DocumentRecord.EntityRecord) -> String? {
    let names = try documents.names(document)
    return { unification.rename($0, in: names) }
  }
}

/// What each document of a streaming run contributes to name unification (its bare acronyms and
/// the long names they spell), on disk: most documents of a large corpus define an acronym, and
/// a few hundred bytes each would add up. Memory keeps one offset per document.
final class DocumentNamesSpill {
  private let file: SpillFile
  /// Where each document's acronyms start, or -1 for a document without any.
  private var offsets: [Int64] = []
  private var last: (position: Int, names: CorpusEntityResolver.DocumentNames)?

  init(directory: String) throws {
    file = try SpillFile(path: (directory as NSString).appendingPathComponent(".names.spill"))
  }

  /// Appends the next document's contribution.
  func append(_ names: CorpusEntityResolver.DocumentNames) throws {
    guard !names.acronyms.isEmpty else {
      offsets.append(-1)
      return
    }
    var out: [UInt8] = []
    ClaimCodec.put(UInt64(names.acronyms.count), &out)
    for (acronym, long) in names.acronyms.sorted(by: { $0.key < $1.key }) {
      ClaimCodec.put(acronym, &out)
      ClaimCodec.optional(long, &out) { ClaimCodec.put($0, &$1) }
    }
    offsets.append(try file.appendRecord(out))
  }

  /// Finishes writing; contributions can be read from here on.
  func finishWriting() throws { try file.finishWriting() }

  /// The contribution of the document at `position`.
  func names(_ position: Int) throws -> CorpusEntityResolver.DocumentNames {
    let offset = position < offsets.count ? offsets[position] : -1
    guard offset >= 0 else { return .none }
    if let last, last.position == position { return last.names }
    let b = try file.record(at: offset).bytes
    var i = 0
    var acronyms: [String: String?] = [:]
    for _ in 0..<Int(try ClaimCodec.number(b, &i)) {
      let acronym = try ClaimCodec.string(b, &i)
      acronyms[acronym] = .some(try ClaimCodec.optional(b, &i) { try ClaimCodec.string(b, &$0) })
    }
    let names = CorpusEntityResolver.DocumentNames(acronyms: acronyms)
    last = (position, names)
    return names
  }

  /// Closes and deletes the file.
  func discard() { file.discard() }
}
