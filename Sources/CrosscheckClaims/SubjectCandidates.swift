import CrosscheckCore

/// One entity that could be a claim's subject, with the features a ``SubjectModel`` scores.
public struct SubjectCandidate: Sendable, Hashable {
  /// The candidate's mention nearest to the value (the reader's own mention for its choice).
  public var mention: EntityMention
  /// Whether the rules chose this subject.
  public var chosen: Bool
  /// Feature names such as `pos=before`, `prep=in`, `fit=first`, sorted. Like the claim
  /// features, they describe roles and positions, never the article's words.
  public var features: [String]

  public init(mention: EntityMention, chosen: Bool, features: [String]) {
    self.mention = mention
    self.chosen = chosen
    self.features = features
  }
}

/// Finds the entities that could be the subject of each claim of a document, and describes each
/// against the claim: where it stands from the value (before or after it in the sentence, one or
/// two sentences back, in the opening sentence), the words and names between, the preposition
/// before it, whether it owns a noun ("X's"), opens its sentence, is followed by "said", is in
/// capitals (a dateline), how well its type suits the attribute, how often the document names it,
/// and how it relates to the rules' choice (the same, a longer or shorter name of it).
struct SubjectCandidateReader {
  let document: Document
  let bytes: [UInt8]
  let words: LowerWords
  let named: [EntityMention]
  let counts: [String: Int]
  let lede: Set<String>
  /// The index of the body's first sentence (see ``Document/bodyStart``).
  let bodyStart: Int

  static let prepositions: Set<String> = [
    "of", "in", "at", "from", "to", "for", "with", "by", "on", "into", "near", "than", "against",
    "between", "across", "like", "under", "over", "around", "outside", "inside", "beyond",
  ]
  static let speechVerbs: Set<String> = ["said", "says", "told", "added", "explained", "wrote"]
  /// The words of a clause that speaks for a body (the model was fitted without "ours").
  static let firstPerson: Set<String> = ["we", "our", "us"]

  init(document: Document, bytes: [UInt8], words: LowerWords) {
    self.document = document
    self.bytes = bytes
    self.words = words
    // The headline's names are no candidates and are not counted: the body names its subjects
    // in full.
    let headlineEnd = document.headlineParagraph?.end ?? 0
    bodyStart = document.bodyStart
    named = document.entities.filter { $0.type != .date && $0.range.start >= headlineEnd }
    var counts: [String: Int] = [:]
    for m in named { counts[Self.fold(m.canonical), default: 0] += 1 }
    self.counts = counts
    if bodyStart < document.sentences.count {
      let first = document.sentences[bodyStart]
      lede = Set(inside(named, first.range) { $0.range }.map { Self.fold($0.canonical) })
    } else {
      lede = []
    }
  }

  static func fold(_ name: String) -> String { name.lowercased() }

  func sentenceIndex(of offset: Int) -> Int {
    indexHolding(document.sentences, offset) { $0.range } ?? 0
  }

  /// The candidates of a claim whose value is at `value` and whose subject the rules read from
  /// `mention`, the rules' choice first.
  func candidates(of claim: Claim, value: TextRange, mention: EntityMention, spec: AttributeSpec)
    -> [SubjectCandidate]
  {
    let s = sentenceIndex(of: claim.sentence.start)
    guard s < document.sentences.count else { return [] }
    let first = max(bodyStart, s - 2)
    let window = TextRange(document.sentences[min(first, s)].range.start, claim.sentence.end)
    var nearest: [String: EntityMention] = [:]
    var order: [String] = []
    func distance(_ m: EntityMention) -> Int {
      m.range.end <= value.start ? value.start - m.range.end : abs(m.range.start - value.end)
    }
    var pool = Array(inside(named, window) { $0.range })
    if bodyStart < document.sentences.count, first > bodyStart {
      let lede = document.sentences[bodyStart]
      pool += inside(named, lede.range) { $0.range }
    }
    for m in pool where !m.range.overlaps(value) || m.range == mention.range {
      let key = Self.fold(m.canonical)
      if let old = nearest[key] {
        if distance(m) < distance(old) { nearest[key] = m }
      } else {
        nearest[key] = m
        order.append(key)
      }
    }
    let chosenKey = Self.fold(claim.subject.name)
    var out = [
      SubjectCandidate(
        mention: EntityMention(
          range: mention.range, canonical: claim.subject.name, type: claim.subject.type,
          basis: mention.basis),
        chosen: true, features: [])
    ]
    for key in order where key != chosenKey {
      if let m = nearest[key] { out.append(SubjectCandidate(mention: m, chosen: false, features: [])) }
    }
    let before = out.filter {
      claim.sentence.contains($0.mention.range) && $0.mention.range.end <= value.start
    }.map(\.mention.range.end).max()
    // How often each candidate is named, against the others: the article's main subject is
    // named most.
    let times = out.map { counts[Self.fold($0.mention.canonical)] ?? 0 }
    let ranks = times.map { n in Set(times.filter { $0 > n }).count }
    let firstPerson = words.contains(
      Self.firstPerson, from: claim.sentence.start, to: value.start)
    for k in out.indices {
      var f = features(
        of: out[k], claim: claim, value: value, spec: spec, chosenKey: chosenKey,
        nearestBefore: before, sentence: s)
      let salience =
        times[k] < 2 ? "once" : ranks[k] == 0 ? "top" : ranks[k] == 1 ? "second" : "lower"
      f.append("salience=" + salience)
      if firstPerson {
        f.append("first-person/\(out[k].mention.type.rawValue)")
        if ranks[k] == 0 { f.append("first-person/top") }
      }
      if out[k].chosen, let pos = f.first(where: { $0.hasPrefix("pos=") }) {
        f.append("chosen-" + pos)
      }
      if inTitle(out[k].mention) { f.append("title") }
      out[k].features = Array(Set(f)).sorted()
    }
    return out
  }

  func bucket(_ n: Int, _ edges: [Int], _ labels: [String]) -> String {
    ClaimFeatureReader.bucket(n, edges, labels)
  }

  func features(
    of candidate: SubjectCandidate, claim: Claim, value: TextRange, spec: AttributeSpec,
    chosenKey: String, nearestBefore: Int?, sentence s: Int
  ) -> [String] {
    let m = candidate.mention
    var f: [String] = []
    if candidate.chosen {
      f.append("chosen")
      f.append("chosen-basis=\(claim.subject.basis)")
      if let via = claim.subject.via {
        f.append(ClaimFeatureReader.pronouns.contains(via.lowercased()) ? "chosen-via=pronoun" : "chosen-via=noun")
      }
      f.append("chosen-rule=\(claim.rule ?? "none")")
    }
    // Position from the value.
    let ms = sentenceIndex(of: m.range.start)
    if claim.sentence.contains(m.range) {
      if m.range.overlaps(value) {
        f.append("pos=holds-value")
      } else if m.range.end <= value.start {
        f.append("pos=before")
        let gap = max(0, words.index(atOrAfter: value.start) - words.index(atOrAfter: m.range.end))
        f.append("gap=" + bucket(gap, [1, 3, 6, 11, 20], ["0", "1-2", "3-5", "6-10", "11-19", "20+"]))
        if m.range.end == nearestBefore { f.append("nearest-before") }
        let between = Set(
          inside(named, TextRange(m.range.end, value.start)) { $0.range }.map {
            Self.fold($0.canonical)
          }
        ).subtracting([Self.fold(m.canonical)])
        f.append("names-between=" + bucket(between.count, [1, 2], ["0", "1", "2+"]))
      } else {
        f.append("pos=after")
        let gap = max(0, words.index(atOrAfter: m.range.start) - words.index(atOrAfter: value.end))
        f.append("gap=" + bucket(gap, [1, 3, 6, 11], ["0", "1-2", "3-5", "6-10", "11+"]))
      }
    } else if ms == bodyStart && s > bodyStart + 2 {
      f.append("pos=lede")
    } else {
      f.append("pos=back\(min(3, max(1, s - ms)))")
    }
    // The mention's own shape and role.
    if m.basis == .reference { f.append("reference") }
    f.append("named=\(m.basis.rawValue)")
    if m.range.end <= bytes.count {
      let text = bytes[m.range.start..<m.range.end]
      if text.count >= 3, !text.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) { f.append("capitals") }
      let k = words.index(atOrAfter: m.range.start)
      var p = k - 1
      if p >= 0, words.words[p].key == "the" { p -= 1 }
      if p >= 0, sentenceIndex(of: words.words[p].range.start) == ms,
        Self.prepositions.contains(words.words[p].key)
      {
        f.append("prep=\(words.words[p].key)")
      } else {
        f.append("prep=none")
      }
      if ms < document.sentences.count,
        words.index(atOrAfter: document.sentences[ms].range.start) >= k - 1
      {
        f.append("opens-sentence")
      }
      let next = words.index(atOrAfter: m.range.end)
      if next < words.words.count {
        let key = words.words[next].key
        if Self.speechVerbs.contains(key) { f.append("then-said") }
      }
      if isPossessive(after: m.range.end) { f.append("possessive") }
    }
    // Type against the attribute.
    let type = m.type
    if spec.subjectTypes.first == type {
      f.append("fit=first")
    } else if spec.subjectTypes.contains(type) {
      f.append("fit=allowed")
    } else {
      f.append("fit=none")
    }
    f.append("attribute-type=\(claim.attribute)/\(type.rawValue)")
    // The document around it.
    let key = Self.fold(m.canonical)
    f.append("mentions=" + bucket(counts[key] ?? 0, [2, 4, 8], ["1", "2-3", "4-7", "8+"]))
    if lede.contains(key) { f.append("lede") }
    if !candidate.chosen {
      if key.hasPrefix(chosenKey + " ") { f.append("extends-chosen") }
      if chosenKey.hasPrefix(key + " ") { f.append("prefix-of-chosen") }
      if key.hasSuffix(" " + chosenKey) || chosenKey.hasSuffix(" " + key) { f.append("shares-end") }
    }
    return Array(Set(f)).sorted()
  }

  /// Whether the headline holds the mention's words or the canonical name.
  func inTitle(_ m: EntityMention) -> Bool {
    guard let title = document.metadata.title?.lowercased(), !title.isEmpty else { return false }
    if title.contains(m.canonical.lowercased()) { return true }
    guard m.basis != .reference, m.range.end <= bytes.count else { return false }
    let written = String(decoding: bytes[m.range.start..<m.range.end], as: UTF8.self).lowercased()
    return written.count >= 3 && title.contains(written)
  }

  /// Whether "'s" (or "’s") follows an offset.
  func isPossessive(after offset: Int) -> Bool {
    let tail = bytes[min(offset, bytes.count)..<min(offset + 4, bytes.count)]
    return tail.starts(with: [0x27, 0x73]) || tail.starts(with: [0xE2, 0x80, 0x99, 0x73])
  }
}
