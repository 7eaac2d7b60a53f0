import CrosscheckCore
import CrosscheckReports
import CrosscheckTagging

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
/// position in the run) contributes to it; documents not listed have no acronyms.
struct RunRenaming: Sendable {
  let unification: CorpusEntityResolver.NameUnification
  let documents: [Int: CorpusEntityResolver.DocumentNames]

  private func names(_ document: Int) -> CorpusEntityResolver.DocumentNames {
    documents[document] ?? .none
  }

  /// The claim of the document at `document`, renamed.
  func apply(to c: Claim, document: Int) -> Claim { unification.renamed(c, in: names(document)) }

  /// The new canonical name of an entity of the document at `document`, if it changes.
  func rename(_ e: DocumentRecord.EntityRecord, document: Int) -> String? {
    unification.rename(e, in: names(document))
  }
}
