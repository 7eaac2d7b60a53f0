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
/// often the subject is named and whether the first sentence names it; warnings. And the roles
/// of subject and value (see ``roleFeatures(of:)``): a name cut short (`cut`), a short mention
/// of a longer name (`mention=shortened`), a lower-case word in the name, its length in words,
/// a possessive after the subject (`owner=attribute`, `owner=other`), a type other than the
/// organization the attribute wants first (`role=place-for-body`), the pair of attribute and
/// subject type (`attribute-type=workforce/place`), and a value after "to", "from", "between",
/// "of" or "at" (`value-prep=`).
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
    // The headline's names are not counted: the body names its subjects in full.
    let bodyStart = document.bodyStart
    let headlineEnd = document.headlineParagraph?.end ?? 0
    for m in document.entities where m.type != .date && m.range.start >= headlineEnd {
      mentionCounts[m.canonical, default: 0] += 1
      if m.basis != .reference, namedBy[m.canonical] == nil { namedBy[m.canonical] = m.basis }
    }
    if bodyStart < document.sentences.count {
      let first = document.sentences[bodyStart]
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

    f += roleFeatures(of: i)

    // The subject across the document.
    let count = mentionCounts[c.subject.name] ?? 0
    f.append("mentions=" + Self.bucket(count, [2, 4], ["1", "2-3", "4+"]))
    if topics.contains(c.subject.name) { f.append("topic") }
    if c.warnings.contains(where: { !$0.hasPrefix("quoted") && !$0.hasPrefix("reported") }) {
      f.append("warned")
    }
    return f.sorted()
  }

  // MARK: The roles of subject and value

  /// Capitalized grammar words that open a phrase rather than continue a name ("The", "In").
  static let grammarWords: Set<String> = [
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her", "my",
    "your", "in", "on", "at", "by", "for", "from", "to", "with", "of", "and", "or", "but", "as",
    "after", "before", "when", "while", "about", "under", "over", "since", "between", "among",
    "across", "if", "then", "so", "we", "it", "they", "he", "she", "i", "you",
  ]
  /// Particles that names keep in lower case ("Port de la Selva", "Castel del Monte").
  static let nameParticles: Set<String> = [
    "de", "du", "des", "la", "le", "les", "del", "della", "da", "di", "do", "dos", "das", "van",
    "von", "der", "den", "y", "e", "al", "el", "bin", "ibn", "upon", "on", "under", "next",
  ]
  /// Words before a value that make it one end of a range or a change ("to 27 countries").
  static let rangeWords: Set<String> = ["to", "from", "between"]

  static func isCapital(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
  static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }

  /// Whether only spaces stand between two offsets.
  func spaces(_ a: Int, _ b: Int) -> Bool {
    guard a <= b, b <= bytes.count else { return false }
    return bytes[a..<b].allSatisfy { $0 == UInt8(ascii: " ") }
  }

  /// The length of a possessive "'s " (or "’s ") at an offset, 0 when there is none.
  func possessive(at offset: Int) -> Int {
    let tail = bytes[min(offset, bytes.count)..<min(offset + 5, bytes.count)]
    if tail.starts(with: [0x27, 0x73, 0x20]) { return 3 }
    if tail.starts(with: [0xE2, 0x80, 0x99, 0x73, 0x20]) { return 5 }
    return 0
  }

  /// The index of the last word that ends at or before an offset.
  func wordBefore(_ offset: Int) -> Int? {
    var k = words.index(atOrAfter: offset) - 1
    while k >= 0, words.words[k].range.end > offset { k -= 1 }
    return k >= 0 ? k : nil
  }

  /// Whether word `k` is capitalized as a part of a name: not the sentence's first word, not a
  /// grammar word.
  func nameWord(_ k: Int) -> Bool {
    let w = words.words[k]
    guard w.range.start < bytes.count, Self.isCapital(bytes[w.range.start]),
      !Self.grammarWords.contains(w.key)
    else { return false }
    let s = sentenceIndex(of: w.range.start)
    guard s < document.sentences.count else { return false }
    return words.index(atOrAfter: document.sentences[s].range.start) != k
  }

  /// Whether the mention looks cut out of a longer capitalized name: a name word right before it
  /// ("the Ashby Road Brass Band" read as "Brass Band"), a capitalized owner ("Harlow's Bakery"),
  /// "and", "of" or "&" after a name word ("the Calder and Wymott Police"), or a name word right
  /// after it.
  func cutShort(_ m: TextRange) -> Bool {
    if let k = wordBefore(m.start) {
      let w = words.words[k]
      if spaces(w.range.end, m.start) {
        if nameWord(k) { return true }
        if w.key == "and" || w.key == "of", k > 0,
          spaces(words.words[k - 1].range.end, w.range.start), nameWord(k - 1)
        {
          return true
        }
      }
      let gap = m.start - w.range.end
      let capital = w.range.start < bytes.count && Self.isCapital(bytes[w.range.start])
      if capital, gap > 0, possessive(at: w.range.end) == gap { return true }
      // "’s" splits into a word "s" of its own.
      if w.key == "s", k > 0, gap == 1 {
        let owner = words.words[k - 1].range
        if owner.start < bytes.count, Self.isCapital(bytes[owner.start]),
          possessive(at: owner.end) == w.range.end + 1 - owner.end
        {
          return true
        }
      }
      if capital, gap == 3, bytes[w.range.end + 1] == UInt8(ascii: "&"),
        spaces(w.range.end, w.range.end + 1), spaces(m.start - 1, m.start)
      {
        return true
      }
    }
    let next = words.index(atOrAfter: m.end)
    return next < words.words.count && spaces(m.end, words.words[next].range.start)
      && nameWord(next)
  }

  /// The words of the attribute's units, nouns, context words and verbs.
  static func vocabulary(_ spec: AttributeSpec) -> Set<String> {
    var out: Set<String> = []
    for list in [spec.units, spec.nouns, spec.context, spec.contextUnits, spec.verbs] {
      for phrase in list ?? [] {
        for w in phrase.split(separator: " ") { out.insert(String(w)) }
      }
    }
    return out
  }

  /// Features of the roles subject and value play: whether the subject's name is cut short, is
  /// a short mention of a longer name, has a lower-case word, or owns what follows it; whether
  /// its type is the one the attribute wants; and what the value is the object of.
  func roleFeatures(of i: Int) -> [String] {
    let c = claims[i]
    let e = evidence[i]
    let m = e.mention.range
    var f: [String] = []
    let named = e.mention.basis != .reference && m.end <= bytes.count
    if named, cutShort(m) { f.append("cut") }
    // "Corran Point covers 12 square kilometres" read as the Corran Point Lifeboat Station's.
    if named {
      let written = String(decoding: bytes[m.start..<m.end], as: UTF8.self)
      if c.subject.name.hasPrefix(written + " ") { f.append("mention=shortened") }
    }
    // "Brenlow Shipping Line Danish subsidiary": a name made of an owner and a common noun.
    let parts = c.subject.name.split(separator: " ")
    if parts.contains(where: {
      guard let b = $0.utf8.first, Self.isLower(b) else { return false }
      let word = String($0)
      return !Self.grammarWords.contains(word) && !Self.nameParticles.contains(word)
    }) {
      f.append("name-lowercase")
    }
    f.append("name-words=" + Self.bucket(parts.count, [2, 3], ["1", "2", "3+"]))
    // "Lindmark's national rail operator employs 9,000": the subject owns another body, unless
    // what it owns is the attribute's own word ("Lindmark's workforce").
    let skip = m.end <= bytes.count ? possessive(at: m.end) : 0
    if skip > 0 {
      let k = words.index(atOrAfter: m.end + skip)
      let vocabulary = Self.vocabulary(e.spec)
      let owned = (k..<min(k + 2, words.words.count)).contains {
        vocabulary.contains(words.words[$0].key)
      }
      f.append(owned ? "owner=attribute" : "owner=other")
    }
    // The pair: a place suits a population and not a workforce, a person an age and not a budget.
    f.append("attribute-type=\(c.attribute)/\(c.subject.type.rawValue)")
    // A subject of another type where the attribute wants an organization first.
    if e.spec.subjectTypes.first == .organization, c.subject.type != .organization {
      f.append("role=\(c.subject.type.rawValue)-for-body")
    }
    // "ships to 40 ports", "the loss of 900 jobs", "can vote at 16".
    if let k = wordBefore(e.value.range.start) {
      let key = words.words[k].key
      if Self.rangeWords.contains(key) {
        f.append("value-prep=range")
      } else if key == "of" || key == "at" {
        f.append("value-prep=" + key)
      }
    }
    return f
  }
}
