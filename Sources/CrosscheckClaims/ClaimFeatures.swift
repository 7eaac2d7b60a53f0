import CrosscheckCore

/// A claim as the rules read it, with the structural features its confidence comes from.
public struct ClaimReading: Sendable, Hashable {
  /// The claim, with ``Claim/confidence`` set when the stage has a model.
  public var claim: Claim
  /// Feature names such as `rule=count-unit`, `basis=context`, `gap=3-5`, sorted. They describe
  /// how the claim was read, never which words the article used, so weights learned on some
  /// subjects carry over to others.
  public var features: [String]
}

/// What the reader knew when it read a claim and the claim does not keep.
struct ClaimEvidence {
  /// The number the value was read from (for an enumeration, the list's range).
  var value: Quantity
  var spec: AttributeSpec
  /// The subject's mention: in the clause, or, for a subject from context, where it was named.
  var mention: EntityMention
  /// How a count's unit was found (`own`, `compound`, `bare`, ...), empty for other shapes.
  var unitBasis: String
}

/// Computes the features of every claim of one document.
///
/// Groups of features (one of each group per claim unless noted): the rule; subject basis
/// (`direct`, `reference`, `context`) and what it came through (`via=pronoun`, `via=noun`,
/// `via=none`); the subject's type, whether that type is the attribute's first choice, and how
/// its name was recognized (gazetteer, demonym, defined alias, generic capitalized name; for a
/// short reference, how its antecedent was); words between subject and value and whether the
/// subject comes after it, or for a subject in an earlier sentence how many sentences back and
/// how many other names the claim's sentence holds; other names between subject and value; other claims and other numbers in the sentence; sentence
/// length; modifier; quoted and reported (present or absent); time basis; attribute; how a
/// count's unit was found; whether the value is written in digits; its order of magnitude; how
/// often the subject is named and whether the first sentence names it; warnings.
struct ClaimFeatureReader {
  let document: Document
  let bytes: [UInt8]
  let words: LowerWords
  let claims: [Claim]
  let evidence: [ClaimEvidence]
  private var mentionCounts: [String: Int] = [:]
  private var namedBy: [String: MentionBasis] = [:]
  private var topics: Set<String> = []
  private var claimsBySentence: [Int: [Int]] = [:]

  static let pronouns: Set<String> = [
    "it", "its", "they", "their", "them", "itself", "we", "our", "us", "he", "his", "she", "her",
  ]

  init(
    document: Document, bytes: [UInt8], words: LowerWords, claims: [Claim],
    evidence: [ClaimEvidence]
  ) {
    self.document = document
    self.bytes = bytes
    self.words = words
    self.claims = claims
    self.evidence = evidence
    for m in document.entities where m.type != .date {
      mentionCounts[m.canonical, default: 0] += 1
      if m.basis != .reference, namedBy[m.canonical] == nil { namedBy[m.canonical] = m.basis }
    }
    if let first = document.sentences.first {
      topics = Set(inside(document.entities, first.range) { $0.range }.map(\.canonical))
    }
    for (i, c) in claims.enumerated() { claimsBySentence[c.sentence.start, default: []].append(i) }
  }

  /// The index of the sentence that holds a byte offset.
  func sentenceIndex(of offset: Int) -> Int {
    let sentences = document.sentences
    var lo = 0
    var hi = sentences.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if sentences[mid].range.end <= offset { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  func words(from start: Int, to end: Int) -> Int {
    max(0, words.index(atOrAfter: end) - words.index(atOrAfter: start))
  }

  static func bucket(_ n: Int, _ edges: [Int], _ labels: [String]) -> String {
    for (k, edge) in edges.enumerated() where n < edge { return labels[k] }
    return labels[edges.count]
  }

  /// The sorted features of claim `i`.
  func features(of i: Int) -> [String] {
    let c = claims[i]
    let e = evidence[i]
    var f: [String] = [
      "rule=\(c.rule ?? "none")", "basis=\(c.subject.basis)", "type=\(c.subject.type.rawValue)",
      "attribute=\(c.attribute)", "modifier=\(c.value.modifier.rawValue)", "time=\(c.time.basis)",
    ]
    if let via = c.subject.via {
      f.append(Self.pronouns.contains(via.lowercased()) ? "via=pronoun" : "via=noun")
    } else {
      f.append("via=none")
    }
    f.append(e.spec.subjectTypes.first == c.subject.type ? "type-rank=first" : "type-rank=other")
    let named = e.mention.basis == .reference ? namedBy[c.subject.name] : e.mention.basis
    f.append("named=\(named?.rawValue ?? "unknown")")
    if c.quotedBy != nil { f.append("quoted") }
    if c.reported { f.append("reported") }
    if !e.unitBasis.isEmpty { f.append("unit=\(e.unitBasis)") }

    // Where the subject is, seen from the value.
    let m = e.mention.range
    let v = e.value.range
    if c.sentence.contains(m) {
      let after = m.start >= v.end
      let gap = after ? words(from: v.end, to: m.start) : words(from: m.end, to: v.start)
      f.append("gap=" + Self.bucket(gap, [1, 3, 6, 11], ["0", "1-2", "3-5", "6-10", "11+"]))
      if after { f.append("subject-after") }
      // A mention that holds the value ("the 3,100-strong force") leaves nothing between them.
      let between =
        m.overlaps(v) ? TextRange(v.start, v.start) : TextRange(min(m.end, v.end), max(m.start, v.start))
      let names = Set(
        inside(document.entities, between) { $0.range }
          .filter { $0.type != .date && $0.canonical != c.subject.name }.map(\.canonical))
      f.append("names-between=" + Self.bucket(names.count, [1, 2], ["0", "1", "2+"]))
    } else {
      let back = sentenceIndex(of: c.sentence.start) - sentenceIndex(of: m.start)
      f.append("sentences-back=" + Self.bucket(back, [2, 5], ["1", "2-4", "5+"]))
      // Names in the sentence itself that were passed over for one named earlier.
      let names = Set(
        inside(document.entities, c.sentence) { $0.range }
          .filter { $0.type != .date && $0.canonical != c.subject.name }.map(\.canonical))
      f.append("names-in-sentence=" + Self.bucket(names.count, [1, 2], ["0", "1", "2+"]))
    }

    // The sentence around the claim.
    let siblings = claimsBySentence[c.sentence.start] ?? []
    f.append("other-claims=" + Self.bucket(siblings.count - 1, [1, 2], ["0", "1", "2+"]))
    if siblings.contains(where: { claims[$0].subject.name != c.subject.name }) {
      f.append("other-subjects")
    }
    let numbers = inside(document.quantities, c.sentence) { $0.range }.count
    f.append("numbers=" + Self.bucket(numbers, [2, 3, 5], ["1", "2", "3-4", "5+"]))
    let length = words(from: c.sentence.start, to: c.sentence.end)
    f.append("length=" + Self.bucket(length, [15, 30, 45], ["0-14", "15-29", "30-44", "45+"]))

    // The value itself.
    if c.rule != "enumeration" {
      // "about six", "twenty-seven" against "6", "$4.2 billion", "some 12 million".
      let digit = bytes[min(v.start, bytes.count)..<min(v.end, bytes.count)].contains {
        $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")
      }
      f.append(digit ? "written=digits" : "written=words")
    }
    if e.spec.shape != .year, var x = c.value.low ?? c.value.high, x >= 1 {
      var digits = 1
      while x >= 10 {
        x /= 10
        digits += 1
      }
      f.append("digits=" + Self.bucket(digits, [2, 3, 5, 7], ["1", "2", "3-4", "5-6", "7+"]))
    }

    // The subject across the document.
    let count = mentionCounts[c.subject.name] ?? 0
    f.append("mentions=" + Self.bucket(count, [2, 4], ["1", "2-3", "4+"]))
    if topics.contains(c.subject.name) { f.append("topic") }
    if c.warnings.contains(where: { !$0.hasPrefix("quoted") && !$0.hasPrefix("reported") }) {
      f.append("warned")
    }
    return f.sorted()
  }
}
