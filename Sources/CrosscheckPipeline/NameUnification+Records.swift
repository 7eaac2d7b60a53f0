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
