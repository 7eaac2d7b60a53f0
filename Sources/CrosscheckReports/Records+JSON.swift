import CrosscheckCore

// The lines of `documents.jsonl` and `claims.jsonl` written by hand: the same bytes as
// `JSONLines.line(_:)` gives (keys sorted, optional keys left out as `encode(to:)` does), several
// times faster. `JSONLinesTests` compares both.

extension DocumentRecord {
  /// The line of `documents.jsonl`, without the newline.
  public var jsonLine: [UInt8] {
    var out = JSONBytes(capacity: text.utf8.count + 64 * (sentences.count + paragraphs.count + entities.count) + 256)
    DocumentRecord.assemble(
      into: &out, alsoIn: alsoIn, head: head, copyOf: copyOf, entities: entities, tail: tail)
    return out.bytes
  }

  /// `"author":…` up to (not including) `copy_of`: the keys before the entities that a corpus run
  /// knows as soon as the document is read.
  public var head: [UInt8] {
    var out = JSONBytes()
    out.raw("\"author\":")
    out.string(author)
    if let charset {
      out.raw(",\"charset\":")
      out.string(charset)
    }
    return out.bytes
  }

  /// `,"file":…` to the closing brace: every key after the entities.
  public var tail: [UInt8] {
    var out = JSONBytes(capacity: text.utf8.count + 32 * (sentences.count + paragraphs.count) + 128)
    out.raw(",\"file\":")
    out.string(file)
    out.raw(",\"id\":")
    out.string(id)
    if let inputID {
      out.raw(",\"input_id\":")
      out.string(inputID)
    }
    if let language {
      out.raw(",\"language\":")
      out.string(language)
    }
    out.raw(",\"paragraphs\":[")
    for (i, p) in paragraphs.enumerated() {
      if i > 0 { out.raw(UInt8(ascii: ",")) }
      out.span(start: p.start, end: p.end)
    }
    out.raw("],\"published\":")
    out.string(published)
    out.raw(",\"published_basis\":")
    out.string(publishedBasis)
    if let publishedNote {
      out.raw(",\"published_note\":")
      out.string(publishedNote)
    }
    out.raw(",\"sentences\":[")
    for (i, s) in sentences.enumerated() {
      if i > 0 { out.raw(UInt8(ascii: ",")) }
      out.span(start: s.start, end: s.end)
    }
    out.raw("]")
    if let site {
      out.raw(",\"site\":")
      out.string(site)
    }
    out.raw(",\"text\":")
    out.string(text)
    out.raw(",\"title\":")
    out.string(title)
    if let url {
      out.raw(",\"url\":")
      out.string(url)
    }
    out.raw(",\"warnings\":")
    out.strings(warnings)
    out.raw("}")
    return out.bytes
  }

  /// Writes a whole line from its parts; `rename` may give an entity another canonical name.
  public static func assemble(
    into out: inout JSONBytes, alsoIn: [String], head: [UInt8], copyOf: String?,
    entities: [EntityRecord], tail: [UInt8], rename: (EntityRecord) -> String? = { _ in nil }
  ) {
    out.raw("{")
    if !alsoIn.isEmpty {
      out.raw("\"also_in\":")
      out.strings(alsoIn)
      out.raw(",")
    }
    out.raw(head)
    if let copyOf {
      out.raw(",\"copy_of\":")
      out.string(copyOf)
    }
    out.raw(",\"entities\":[")
    for (i, e) in entities.enumerated() {
      if i > 0 { out.raw(UInt8(ascii: ",")) }
      out.raw("{\"basis\":")
      out.string(e.basis.rawValue)
      out.raw(",\"canonical\":")
      out.string(rename(e) ?? e.canonical)
      out.raw(",\"end\":")
      out.int(e.end)
      out.raw(",\"start\":")
      out.int(e.start)
      out.raw(",\"type\":")
      out.string(e.type.rawValue)
      out.raw("}")
    }
    out.raw("]")
    out.raw(tail)
  }
}

extension ClaimRecord {
  /// The line of `claims.jsonl`, without the newline, appended to `out`.
  public func writeJSONLine(into out: inout JSONBytes) {
    out.raw("{\"attribute\":")
    out.string(attribute)
    if let confidence {
      out.raw(",\"confidence\":")
      out.double(confidence)
    }
    out.raw(",\"document\":")
    out.string(document)
    out.raw(",\"file\":")
    out.string(file)
    out.raw(",\"id\":")
    out.string(id)
    if let members {
      out.raw(",\"members\":")
      out.strings(members)
    }
    if let membersComplete {
      out.raw(",\"members_complete\":")
      out.bool(membersComplete)
    }
    if let qualifier {
      out.raw(",\"qualifier\":")
      out.string(qualifier)
    }
    if let quotedBy {
      out.raw(",\"quoted_by\":")
      out.string(quotedBy)
    }
    if let reported {
      out.raw(",\"reported\":")
      out.bool(reported)
    }
    if let rule {
      out.raw(",\"rule\":")
      out.string(rule)
    }
    out.raw(",\"sentence\":")
    out.string(sentence)
    if let source {
      out.raw(",\"source\":")
      out.string(source)
    }
    out.raw(",\"span\":")
    out.span(start: span.start, end: span.end)
    out.raw(",\"subject\":{\"basis\":")
    out.string(subject.basis)
    out.raw(",\"mention\":")
    out.string(subject.mention)
    out.raw(",\"name\":")
    out.string(subject.name)
    if let range = subject.range {
      out.raw(",\"range\":")
      out.span(start: range.start, end: range.end)
    }
    out.raw(",\"type\":")
    out.string(subject.type.rawValue)
    if let via = subject.via {
      out.raw(",\"via\":")
      out.string(via)
    }
    out.raw("},\"time\":{\"basis\":")
    out.string(time.basis)
    out.raw(",\"year\":")
    out.int(time.year)
    out.raw("},\"unit\":")
    out.string(unit)
    out.raw(",\"value\":{\"high\":")
    out.double(value.high)
    out.raw(",\"low\":")
    out.double(value.low)
    out.raw(",\"modifier\":")
    out.string(value.modifier.rawValue)
    out.raw("}")
    if !warnings.isEmpty {
      out.raw(",\"warnings\":")
      out.strings(warnings)
    }
    out.raw("}")
  }
}
