import CrosscheckCore

/// Reads claims from sentences: subject, attribute, value, unit, time scope and provenance.
///
/// Each sentence is cut into clauses (at ";" and at ", while", ", whereas", ", but", ...), so a
/// subject never comes from another clause. In a clause, an attribute of shape `count` is read from
/// a number followed by one of its units ("30 allied countries", "a 3,500-soldier force"), or from
/// a bare number or one with a context unit when a context word or entity precedes it ("the Rapid
/// Reaction Force stands at about 25 thousand people"); `year` from a founding verb or noun before
/// "in YEAR"; `percent` from a percentage. An enumeration after an enumeration verb or a colon ("its
/// members include A, B and C") is a membership claim whose count is the list's length; after a
/// count ("six states: A, ...") it gives the members of that count, and a length that differs is a
/// warning. A count with an exclusion word ("withdrawn", "former", "hiring") within two words of it
/// gives no claim of that attribute; other shapes are excluded by such a word anywhere in the clause.
/// A number followed by another count attribute's unit ("two observer states", "1,100 police
/// officers") counts that, and a compound adjective names its subject after it ("the 12,000-strong
/// X Mission", "the five-nation Y Commission").
///
/// The subject is, in order: the entity after "of" just behind the unit ("28 members of the
/// Alliance"); the nearest entity of an allowed type before the value that is not an item of the
/// enumeration nor a context entity (the force itself); the first such entity of the clause for
/// percentages; else the nearest fitting entity in the two sentences before (basis `context`).
///
/// Time: a year in the clause other than the value (`explicit`); a year in the sentence before when
/// the clause says "at the time", "in its first ..." (`context`); else the publication date
/// (`published`, or `estimate` when the date was estimated). A year written right after the value
/// ("1,650 in 2021", "6,000 two years ago") dates it first; a relative clause keeps its years to
/// itself; "last season" is the year before publication.
///
/// Also read: the earlier value after "up from", "down from", "against" and the second value of a
/// pair ("340,000 in 2005 and 298,000 in 1995"), each with its own year (rules `earlier-value`,
/// `pair`); growth of money; "has passed N" as more than N. Hypotheticals and forecasts ("would",
/// "expects") give no claim, except a count after "all" that they presuppose. A value inside a
/// quotation has ``Claim/quotedBy`` set to the speaker (`""` when unnamed) and the warning `quoted:
/// <speaker>` (or `quoted`); one in a sentence that reports without a source ("reportedly") has
/// ``Claim/reported`` set and the warning `reported, no source named`. A possessive before a noun
/// of another subject ("its Polish subsidiary") makes the subject "<owner> Polish subsidiary".
///
/// With a ``SubjectModel``, the names near each claim are scored and one that beats the rules'
/// subject by the model's margin replaces it (warning `subject: <new> scored over <old>`).
public struct ClaimExtractor: Stage {
  public static let name = "claims"
  public let requires: Set<AnnotationKind> = [.sentence, .entity, .quantity]
  public let produces: Set<AnnotationKind> = [.claim]
  public let lexicon: AttributeLexicon
  /// The model that sets ``Claim/confidence``; `nil` leaves it unset.
  public let confidence: ClaimConfidence?
  /// Claims whose confidence is below this are dropped; `0` keeps every claim.
  public let minimumConfidence: Double
  /// The threshold a pipeline gets when it names a model and no `min-confidence`: `0`, every
  /// claim is kept. Cross-validated on the labelled sets, 0.5 (drop a claim the model finds more
  /// likely wrong than right) gained only 0.012 precision on unseen text and dropped correct
  /// claims that reconciliation needs, so the confidence is reported and filtering is opt-in.
  public static let defaultMinimumConfidence = 0.0
  /// The model that may take another candidate over the rules' subject; `nil` keeps the rules'.
  public let subjects: SubjectModel?
  let compiled: CompiledLexicon

  public init(
    lexicon: AttributeLexicon, confidence: ClaimConfidence? = nil, minimumConfidence: Double = 0,
    subjects: SubjectModel? = nil
  ) {
    self.lexicon = lexicon
    self.confidence = confidence
    self.minimumConfidence = minimumConfidence
    self.subjects = subjects
    self.compiled = CompiledLexicon(lexicon)
  }

  /// The rules' claims, each subject replaced where ``subjects`` scores another candidate
  /// higher (with the warning `subject: <new> scored over <old>`); a replaced claim that then
  /// repeats an earlier one (subject, attribute and value span) is dropped. The reader keeps each claim's
  /// value and subject mention, aligned with the claims.
  func read(_ document: Document) -> (claims: [Claim], reader: DocumentClaimReader) {
    var reader = DocumentClaimReader(document: document, lexicon: lexicon, compiled: compiled)
    var claims = reader.read()
    guard let model = subjects else {
      nameOwnedOrgans(&claims, reader)
      return (claims, reader)
    }
    let candidates = SubjectCandidateReader(
      document: document, bytes: reader.bytes, words: reader.words)
    var seen: Set<String> = []
    var keep = Array(repeating: true, count: claims.count)
    for i in claims.indices {
      let read = reader.readValues[i]
      let found = candidates.candidates(
        of: claims[i], value: read.value.range, mention: read.subject.0, spec: read.spec)
      let k = model.choice(among: found)
      if k > 0 {
        let m = found[k].mention
        let written = String(document.text.slice(m.range))
        let old = claims[i].subject.name
        let here = claims[i].sentence.contains(m.range)
        claims[i].subject = ClaimSubject(
          name: m.canonical, mention: written, type: m.type,
          basis: here ? (m.basis == .reference ? "reference" : "direct") : "context",
          range: m.range, via: m.basis == .reference ? written : nil)
        claims[i].warnings.append("subject: \(m.canonical) scored over \(old)")
        reader.readValues[i].subject.0 = m
      }
      let key = "\(claims[i].subject.name)\t\(claims[i].attribute)\t\(claims[i].span.start)"
      // The rules may read one value twice (two years, two shapes); only a replaced subject
      // that makes a claim repeat one read before it is dropped.
      if k > 0, seen.contains(key) { keep[i] = false }
      seen.insert(key)
    }
    nameOwnedOrgans(&claims, reader)
    // "The league now has 16 clubs, after Hollins Reach became its sixteenth member": an ordinal
    // of joining says "at least 16"; a count of the same subject, attribute, year and value says
    // more, and the ordinal restates it.
    for i in claims.indices where claims[i].rule == "ordinal-joining" {
      guard let n = claims[i].value.low else { continue }
      if claims.indices.contains(where: { j in
        j != i && keep[j] && claims[j].rule != "ordinal-joining" && claims[j].value.low == n
          && claims[j].value.high == n && claims[j].attribute == claims[i].attribute
          && claims[j].subject.name == claims[i].subject.name && claims[j].time.year == claims[i].time.year
      }) {
        keep[i] = false
      }
    }
    dropPartsOfATotal(claims, values: reader.readValues.map(\.value.range), text: reader.bytes, &keep)
    guard keep.contains(false) else { return (claims, reader) }
    let kept = claims.indices.filter { keep[$0] }
    reader.readValues = kept.map { reader.readValues[$0] }
    reader.unitBases = kept.map { reader.unitBases[$0] }
    return (kept.map { claims[$0] }, reader)
  }

  /// "We employ 136 people in all - 96 musicians on contract and 40 in administration", "The
  /// panel, which has 14 members - ten councillors and four independent members": two counts
  /// after a count of the same subject and attribute in one sentence that add up to it are its
  /// parts, not the subject's size. Counts read as earlier values or growth are left alone
  /// ("from ten to twelve", "18 clubs, down from 20").
  func dropPartsOfATotal(_ claims: [Claim], values: [TextRange], text: [UInt8], _ keep: inout [Bool]) {
    func between(_ a: Int, _ b: Int) -> String {
      guard a < b, b <= text.count else { return "" }
      return String(decoding: text[a..<b], as: UTF8.self)
    }
    let counts = claims.indices.filter {
      keep[$0] && claims[$0].value.modifier != .atLeast && claims[$0].value.low != nil
        && claims[$0].value.low == claims[$0].value.high
        && !["earlier-value", "growth", "ordinal-joining"].contains(claims[$0].rule ?? "")
    }
    for t in counts {
      let total = claims[t]
      let parts = counts.filter { p in
        p != t && claims[p].sentence == total.sentence && claims[p].attribute == total.attribute
          && claims[p].subject.name == total.subject.name && values[p].start > values[t].end
      }
      guard parts.count >= 2, let sum = total.value.low else { continue }
      // The parts follow a dash, a colon, a bracket or "of whom", and "and" joins them.
      for (a, b) in zip(parts, parts.dropFirst()) where (claims[a].value.low ?? 0) + (claims[b].value.low ?? 0) == sum {
        let lead = between(values[t].end, values[a].start)
        guard [" - ", "\u{2014}", "\u{2013}", ":", "(", "of whom", "of them"].contains(where: lead.contains),
          between(values[a].end, values[b].start).contains(" and ")
        else { continue }
        keep[a] = false
        keep[b] = false
      }
    }
  }

  /// Gives each organ named without its owner its owner's name (see
  /// ``DocumentClaimReader/ownedOrganName(_:mention:)``).
  func nameOwnedOrgans(_ claims: inout [Claim], _ reader: DocumentClaimReader) {
    // A body's staff counts its secretariat's; a board's or council's members are its own.
    for i in claims.indices where claims[i].attribute == "member_count"
      && (claims[i].subject.type == .organization || claims[i].subject.type == .other)
      && reader.ownedOrganNameParts(claims[i].subject.name) == nil
    {
      if let (organ, owner) = reader.ownedOrgan(before: reader.readValues[i].value.range.start, in: claims[i].sentence) {
        let base = owner ?? claims[i].subject.name
        if !base.hasSuffix(" " + organ) { claims[i].subject.name = base + " " + organ }
      }
    }
    for i in claims.indices {
      if let owned = reader.ownedOrganName(claims[i].subject.name, mention: reader.readValues[i].subject.0) {
        claims[i].subject.name = owned
      }
    }
  }

  public func annotate(_ document: Document) throws(StageError) -> Annotations {
    Annotations(claims: claims(in: document))
  }

  /// Every claim in the document at or above ``minimumConfidence``, in text order.
  public func claims(in document: Document) -> [Claim] {
    guard confidence != nil else { return read(document).claims }
    let read = readings(in: document).map(\.claim)
    guard minimumConfidence > 0 else { return read }
    return read.filter { ($0.confidence ?? 1) >= minimumConfidence }
  }

  /// Every claim the rules read in the document, whatever its confidence, with the features its
  /// confidence was computed from (the rows a model is trained on).
  public func readings(in document: Document) -> [ClaimReading] {
    let (claims, reader) = read(document)
    let evidence = claims.indices.map { i in
      ClaimEvidence(
        value: reader.readValues[i].value, spec: reader.readValues[i].spec,
        mention: reader.readValues[i].subject.0, unitBasis: reader.unitBases[i])
    }
    let features = ClaimFeatureReader(
      document: document, bytes: reader.bytes, words: reader.words, claims: claims,
      evidence: evidence)
    return claims.indices.map { i in
      var claim = claims[i]
      let found = features.features(of: i)
      claim.confidence = confidence?.confidence(of: found)
      return ClaimReading(claim: claim, features: found)
    }
  }
}

extension ClaimExtractor {
  /// Every claim the rules read in the document with the entities that could be its subject,
  /// the rules' choice first (the rows a ``SubjectModel`` is trained on).
  public func subjectChoices(in document: Document) -> [(claim: Claim, candidates: [SubjectCandidate])] {
    var reader = DocumentClaimReader(document: document, lexicon: lexicon, compiled: compiled)
    let claims = reader.read()
    let candidates = SubjectCandidateReader(
      document: document, bytes: reader.bytes, words: reader.words)
    return claims.indices.map { i in
      let read = reader.readValues[i]
      return (
        claims[i],
        candidates.candidates(
          of: claims[i], value: read.value.range, mention: read.subject.0, spec: read.spec)
      )
    }
  }
}

/// The lexicon's phrases split into words once, not per clause.
struct CompiledLexicon: Sendable {
  struct Phrases: Sendable {
    var units: PhraseSet
    var contextUnits: PhraseSet
    var context: PhraseSet
    var verbs: PhraseSet
    var nouns: PhraseSet
    var enumerationVerbs: PhraseSet?
    var exclusions: PhraseSet
    var qualifiers: Set<String>
    var countingVerbs: Set<String>
    var foundingUnits: PhraseSet
    var founderIndividuals: Set<String>
    var organNouns: Set<String>
  }
  var byName: [String: Phrases] = [:]
  /// The words of a table's column header that name each attribute (`headers`).
  var headers: [String: PhraseSet] = [:]
  var contextTimeWords: PhraseSet
  var foundingTriggers: PhraseSet
  /// Attributes whose value is a year (founding year): their value cannot change over time.
  let yearAttributes: Set<String>
  /// Verbs in the present tense that open a clause of their own after "and" ("... in 2021 and
  /// employs 515 people"): the attributes' counting and listing verbs, and "has", "is", "are".
  var presentVerbs: Set<String>
  /// Units of every count attribute, to step over "members" after the later value of a growth.
  var countUnits: PhraseSet
  var growthVerbs: Set<String>
  var declineVerbs: Set<String>
  /// For each count attribute, the units of the other count attributes: "two *observer states*"
  /// and "1,100 *police officers*" count those, not members or troops.
  var otherUnits: [String: PhraseSet] = [:]
  var otherSubjectNouns: Set<String>
  var priceNouns: Set<String>
  var resultNouns: Set<String>
  var stockNouns: Set<String>
  var resultPhrases: PhraseSet
  var grantVerbs: Set<String>
  var paymentVerbs: Set<String>
  var outsideSpenders: Set<String>
  var earningVerbs: Set<String>
  var perUnitPhrases: PhraseSet
  var purchaseVerbs: Set<String>
  var subsetQualifiers: Set<String>
  var facilityNouns: Set<String>
  var stakeNouns: Set<String>
  var stakeWords: Set<String>
  var ownershipVerbs: Set<String>
  var marketScopes: Set<String>
  var peopleNouns: Set<String>
  var factBoxHeadings: PhraseSet
  var aggregateLabels: Set<String>
  /// The count attributes with role phrases ("as observers"), compiled.
  var rolePhrases: [(spec: AttributeSpec, phrases: PhraseSet)] = []
  var reportNouns: Set<String>
  var reportVerbs: Set<String>
  /// Words that alone are a context phrase of an attribute of money ("income", "spent").
  var moneyWords: Set<String> = []
  /// Each attribute's units, lowercased.
  var lowercaseUnits: [String: Set<String>] = [:]
  /// The units of two words of the count attributes ("police officers"), lowercased, in the
  /// lexicon's order.
  var twoWordCountUnits: [(spec: AttributeSpec, first: String, last: String)] = []

  init(_ lexicon: AttributeLexicon) {
    for spec in lexicon.attributes {
      if let words = spec.headers, !words.isEmpty { headers[spec.name] = words.phrases }
      byName[spec.name] = Phrases(
        units: (spec.units ?? []).phrases, contextUnits: (spec.contextUnits ?? []).phrases,
        // "the population of X was N", "its staff numbered N": the nouns mark a bare number too.
        context: ((spec.context ?? []) + (spec.ofNouns ?? [])).phrases, verbs: (spec.verbs ?? []).phrases,
        nouns: (spec.nouns ?? []).phrases, enumerationVerbs: spec.enumerationVerbs?.phrases,
        exclusions: (spec.exclusions ?? []).phrases, qualifiers: Set(spec.qualifiers ?? []),
        countingVerbs: Set(spec.countingVerbs ?? []),
        foundingUnits: (spec.foundingUnits ?? []).phrases,
        founderIndividuals: Set(spec.founderIndividuals ?? []), organNouns: Set(spec.organNouns ?? []))
    }
    contextTimeWords = (lexicon.contextTimeWords ?? []).phrases
    growthVerbs = Set(lexicon.growthVerbs ?? [])
    countUnits = lexicon.attributes.filter { $0.shape == .count }.flatMap { $0.units ?? [] }.phrases
    declineVerbs = Set(lexicon.declineVerbs ?? [])
    yearAttributes = Set(lexicon.attributes.filter { $0.shape == .year }.map(\.name))
    foundingTriggers = lexicon.attributes.filter { $0.shape == .year }.flatMap { ($0.verbs ?? []) + ($0.nouns ?? []) }.phrases
    let verbs = lexicon.attributes.flatMap { ($0.countingVerbs ?? []) + ($0.enumerationVerbs ?? []) }
      .filter { v in
        !v.contains(" ") && !v.hasSuffix("ed") && !v.hasSuffix("ing") && !["were", "was"].contains(v)
      }
    presentVerbs = Set(verbs).union(["has", "have", "is", "are", "remains", "remain"])
    let counts = lexicon.attributes.filter { $0.shape == .count }
    for spec in counts {
      let own = Set(spec.units ?? [])
      otherUnits[spec.name] = counts.filter { $0.name != spec.name }.flatMap { $0.units ?? [] }
        .filter { !own.contains($0) }.phrases
    }
    otherSubjectNouns = Set(lexicon.otherSubjectNouns ?? [])
    priceNouns = Set(lexicon.priceNouns ?? [])
    resultNouns = Set(lexicon.resultNouns ?? [])
    stockNouns = Set(lexicon.stockNouns ?? [])
    resultPhrases = (lexicon.resultPhrases ?? []).phrases
    grantVerbs = Set(lexicon.grantVerbs ?? [])
    paymentVerbs = Set(lexicon.paymentVerbs ?? [])
    outsideSpenders = Set(lexicon.outsideSpenders ?? [])
    earningVerbs = Set(lexicon.earningVerbs ?? [])
    perUnitPhrases = (lexicon.perUnitPhrases ?? []).phrases
    purchaseVerbs = Set(lexicon.purchaseVerbs ?? [])
    subsetQualifiers = Set(lexicon.subsetQualifiers ?? [])
    facilityNouns = Set(lexicon.facilityNouns ?? [])
    stakeNouns = Set(lexicon.stakeNouns ?? [])
    stakeWords = Set(lexicon.stakeWords ?? [])
    ownershipVerbs = Set(lexicon.ownershipVerbs ?? [])
    marketScopes = Set(lexicon.marketScopes ?? [])
    peopleNouns = Set(lexicon.peopleNouns ?? [])
    factBoxHeadings = (lexicon.factBoxHeadings ?? []).phrases
    aggregateLabels = Set(lexicon.aggregateLabels ?? [])
    rolePhrases = lexicon.attributes.compactMap { spec in
      guard spec.shape == .count, let roles = spec.rolePhrases, !roles.isEmpty else { return nil }
      return (spec, roles.phrases)
    }
    reportNouns = Set(lexicon.reportNouns ?? [])
    reportVerbs = Set(lexicon.reportVerbs ?? [])
    for spec in lexicon.attributes {
      lowercaseUnits[spec.name] = Set((spec.units ?? []).map { $0.lowercased() })
      if spec.shape == .money, let context = byName[spec.name]?.context {
        for phrases in context.byFirstWord.values {
          for phrase in phrases where phrase.count == 1 { moneyWords.insert(phrase[0]) }
        }
      }
      guard spec.shape == .count else { continue }
      for unit in spec.units ?? [] {
        let parts = unit.lowercased().split(separator: " ").map(String.init)
        if parts.count == 2 { twoWordCountUnits.append((spec, parts[0], parts[1])) }
      }
    }
  }
}

extension TextRange {
  /// Whether a byte offset lies inside the range.
  func holds(_ offset: Int) -> Bool { start <= offset && offset < end }
}

extension Int {
  /// A number read from text as an `Int`, truncated toward zero as `Int(_:)` does; `nil` when it
  /// is not finite or lies beyond 10^15 either way ("99999999999999999999 years ago"), where
  /// `Int(_:)` traps and sums of years could overflow.
  init?(checked value: Double) {
    guard value.isFinite, abs(value) <= 1e15 else { return nil }
    self.init(value)
  }
}

/// The elements of a sorted-by-range array that lie inside a range, found by binary search.
func inside<T>(_ items: [T], _ range: TextRange, _ key: (T) -> TextRange) -> ArraySlice<T> {
  var lo = 0
  var hi = items.count
  while lo < hi {
    let mid = (lo + hi) / 2
    if key(items[mid]).start < range.start { lo = mid + 1 } else { hi = mid }
  }
  var end = lo
  while end < items.count, key(items[end]).start < range.end { end += 1 }
  return items[lo..<end].filter { range.contains(key($0)) }[...]
}

/// The index of the first element of a sorted-by-range array that starts at or after `offset`
/// (`items.count` when none does), found by binary search.
func firstIndex<T>(_ items: [T], startingAtOrAfter offset: Int, _ key: (T) -> TextRange) -> Int {
  var lo = 0
  var hi = items.count
  while lo < hi {
    let mid = (lo + hi) / 2
    if key(items[mid]).start < offset { lo = mid + 1 } else { hi = mid }
  }
  return lo
}

/// The index of the element of a sorted array of ranges that do not overlap (sentences,
/// paragraphs) that holds `offset`, found by binary search.
func indexHolding<T>(_ items: [T], _ offset: Int, _ key: (T) -> TextRange) -> Int? {
  let i = firstIndex(items, startingAtOrAfter: offset + 1, key) - 1
  return i >= 0 && key(items[i]).holds(offset) ? i : nil
}

/// A list of entities read from an enumeration.
struct Enumeration {
  var items: [EntityMention]
  var range: TextRange
  /// `false` for a list that names only some ("including A and B", "A, B and others").
  var complete: Bool = true
}

struct DocumentClaimReader {
  let document: Document
  let lexicon: AttributeLexicon
  let bytes: [UInt8]
  let words: LowerWords
  let compiled: CompiledLexicon
  var claims: [Claim] = []
  /// The value, attribute and subject of each claim read, parallel to `claims`, for the values
  /// that follow one ("up from 1,650 in 2021").
  var readValues: [(value: Quantity, spec: AttributeSpec, subject: (EntityMention, String))] = []
  /// How each claim's unit was found (`own`, `compound`, `bare`, ...; empty for a shape with no
  /// unit word), parallel to `claims`.
  var unitBases: [String] = []

  /// The last sentence in which a percentage was read as a stake.
  var lastStake: TextRange?

  /// Starts of the later values of growth statements read with their earlier value.
  var growthPartner: Set<Int> = []

  /// The starts of the lines that open with a year and a colon or dash ("1995 - 6,940 officers").
  var timelineLines: Set<Int> = []

  /// The tables written with pipes (see ``PipeTable``).
  let pipeTables: [PipeTable]

  /// The index of the body's first sentence (see ``Document/bodyStart``).
  let bodyStart: Int

  /// The year a results article reports on (see ``reportingYear(of:words:)``), if it is one.
  let reportingYear: Int?

  /// Names the text says joined or were admitted (see ``admittedNames(_:_:_:)``).
  let admitted: Set<String>

  init(document: Document, lexicon: AttributeLexicon, compiled: CompiledLexicon) {
    self.document = document
    bodyStart = document.bodyStart
    self.lexicon = lexicon
    self.compiled = compiled
    self.bytes = Array(document.text.utf8)
    self.words = LowerWords(document.text)
    reportingYear = Self.reportingYear(of: document, words: words)
    pipeTables = Self.findPipeTables(bytes)
    admitted = Self.admittedNames(document, words, bytes)
    timelineLines = Self.timelineLineStarts(bytes) { yearOpeningLine(at: $0) != nil }
  }

  func phrases(_ spec: AttributeSpec) -> CompiledLexicon.Phrases { compiled.byName[spec.name]! }

  /// The paragraph that holds a byte offset.
  func paragraph(holding offset: Int) -> TextRange? {
    indexHolding(document.paragraphs, offset, { $0 }).map { document.paragraphs[$0] }
  }

  /// The index of the sentence that holds a byte offset.
  func sentenceIndex(holding offset: Int) -> Int? {
    indexHolding(document.sentences, offset, { $0.range })
  }

  /// The first sentence that starts at or after a byte offset.
  func firstSentence(startingAtOrAfter offset: Int) -> Sentence? {
    let i = firstIndex(document.sentences, startingAtOrAfter: offset, { $0.range })
    return i < document.sentences.count ? document.sentences[i] : nil
  }

  mutating func read() -> [Claim] {
    // Indices of claims of figures an earlier piece of the paper gave.
    var cited: Set<Int> = []
    let headline = document.headlineParagraph
    for (index, sentence) in document.sentences.enumerated() {
      if let headline, headline.contains(sentence.range) { continue }
      // A question asks rather than states ("Will the league grow to 20 clubs?"), and so does a
      // quoted one before its attribution ("\"Can seven states agree?\" asked a delegate.").
      if isQuestion(sentence.range) || opensWithQuotedQuestion(sentence.range) { continue }
      // "An article on May 3 (page 14) said the club had 340 members": what an earlier report
      // said is repeated to be put right; only what comes before its verb of saying is stated.
      // The sentence's first clause may name the piece and a later one hold the figures.
      // A clause after a semicolon may give the right figure ("...said it was 150 years old; it
      // was founded in 1881").
      let citing = reportedByAnEarlierArticle(sentence.range)
      let citedEnd = citing.map { c in bytes[c..<sentence.range.end].firstIndex(of: UInt8(ascii: ";")) ?? sentence.range.end }
      // The last figure the sentence before cited from an earlier article, if any.
      let citedBefore = citing == nil && index > 0
        ? cited.max().flatMap { document.sentences[index - 1].range.contains(claims[$0].sentence) ? $0 : nil }
        : nil
      // "... said the league's budget for 2025 was 3.4 million. The correct figure is 4.3
      // million.": the figure that puts a cited one right is the cited claim's, corrected.
      if let last = citedBefore, readCorrectFigure(in: sentence.range, sentenceIndex: index, replacing: last) {
        continue
      }
      // "... said the institute spent €212 million last year. That figure was its revenue in
      // 2024.": the cited figure holds, for another year, attribute or subject.
      // "... said that the mission had 3,200 troops. It has about 2,300.": a pronoun opening the
      // sentence after a cited figure stands for the cited figure's subject; a past verb after
      // it keeps the cited figure's time ("had 640 member farms last year. It had 460.").
      var afterCited: Int?
      if let last = citedBefore {
        readRedatedFigure(in: sentence.range, sentenceIndex: index, replacing: last)
        if opensWithPronoun(sentence.range) { afterCited = last }
      }
      let firstNew = claims.count
      defer { if let afterCited { giveTheCitedSubject(afterCited, to: firstNew, sentence.range) } }
      for clause in clauses(of: sentence.range) {
        // "Correction: An earlier version of this article said X employs 4,210 people": figures
        // a correction retracts are no claims; a clause after ", but" or ";" may give the right
        // one.
        if isRetraction(clause) { continue }
        var said = reportedByAnEarlierArticle(clause)
        if said == nil, let c = citing, let e = citedEnd, clause.end > c, clause.start < e { said = c }
        if let said {
          // The cited figures are read, so that "It has 962." after them finds its subject,
          // and dropped at the end.
          let before = claims.count
          read(clause: clause, sentence: sentence.range, sentenceIndex: index)
          cited.formUnion((before..<claims.count).filter { readValues[$0].value.range.start >= said })
          continue
        }
        read(clause: clause, sentence: sentence.range, sentenceIndex: index)
      }
      // The readings a name's bracketed figure puts right are dropped at the end too.
      cited.formUnion(readBracketedFiguresOfNames(in: sentence.range, sentenceIndex: index, after: firstNew))
    }
    readPipeTables()
    guard !cited.isEmpty else { return claims }
    let kept = claims.indices.filter { !cited.contains($0) }
    readValues = kept.map { readValues[$0] }
    unitBases = kept.map { unitBases[$0] }
    claims = kept.map { claims[$0] }
    return claims
  }
}

extension DocumentClaimReader {
  /// Nouns of "the correct figure is ...".
  static let correctedNouns: Set<String> = ["figure", "number", "total", "amount", "count", "sum"]

  /// Reads "The correct figure is 4.3 million" (also "was", and after an attribution: "the press
  /// office says the correct number is 212"): the value right after the verb is the claim
  /// `cited` gave, with that claim's subject, attribute and time. Only a value of the cited one's
  /// kind (a count for a count, money for money) counts. Returns whether it read one.
  mutating func readCorrectFigure(in sentence: TextRange, sentenceIndex: Int, replacing cited: Int) -> Bool {
    var w = words.index(atOrAfter: sentence.start)
    while w + 3 < words.words.count, words.words[w + 3].range.end <= sentence.end {
      guard words.words[w].key == "correct" || words.words[w].key == "right",
        Self.correctedNouns.contains(words.words[w + 1].key)
      else {
        w += 1
        continue
      }
      // "The correct figure for 2024 is", "The correct figure, from the state demographer's
      // estimate for 2024, is": up to twelve words before the verb, whose year dates the value.
      var v = w + 2
      while v < words.words.count, v - w <= 14, words.words[v].range.end <= sentence.end,
        !["is", "was"].contains(words.words[v].key)
      {
        v += 1
      }
      guard v < words.words.count, words.words[v].range.end <= sentence.end,
        ["is", "was"].contains(words.words[v].key)
      else { return false }
      let between = TextRange(words.words[w + 1].range.end, words.words[v].range.start)
      let year = inside(document.quantities, between, { $0.range })
        .first(where: { $0.kind == .year && isWritten($0.range) })?.low.flatMap { Int(checked: $0) }
      let after = words.words[v].range.end
      let old = readValues[cited]
      // The value stands right after the verb and its space.
      let at = firstIndex(document.quantities, startingAtOrAfter: after + 1, { $0.range })
      guard at < document.quantities.count, case let q = document.quantities[at],
        q.range.start == after + 1, q.kind == old.value.kind, q.range.end <= sentence.end
      else { return false }
      let time = year.map { TimeScope(year: $0, basis: "explicit") } ?? claims[cited].time
      add(
        old.spec, subject: old.subject, value: q, qualifier: claims[cited].qualifier,
        time: time, clause: sentence, sentence: sentence, sentenceIndex: sentenceIndex,
        quantities: [q], rule: "correction")
      return true
    }
    return false
  }
}

extension DocumentClaimReader {
  /// Gives the claims from index `first` on, read in a sentence that opens with a pronoun right
  /// after the sentence of cited claim `cited`, that claim's subject when the sentence itself
  /// names none of theirs; and its time, when the verb after the pronoun is past and the claim
  /// was dated only by the publication.
  mutating func giveTheCitedSubject(_ cited: Int, to first: Int, _ sentence: TextRange) {
    guard first < claims.count else { return }
    let (mention, _) = readValues[cited].subject
    let w = words.index(atOrAfter: sentence.start)
    let past = w + 1 < words.words.count
      && ["had", "was", "were", "employed", "won", "spent", "became", "counted"].contains(words.words[w + 1].key)
    for i in first..<claims.count where claims[i].subject.range.map({ !sentence.holds($0.start) }) ?? true {
      guard claims[i].attribute == readValues[cited].spec.name || claims[i].subject.basis == "context"
      else { continue }
      claims[i].subject = ClaimSubject(
        name: mention.canonical, mention: claims[cited].subject.mention, type: mention.type, basis: "context",
        range: mention.range, via: claims[i].subject.via)
      readValues[i].subject = (mention, "context")
      if past, claims[i].time.basis == "published" { claims[i].time = claims[cited].time }
    }
  }

  /// Words that make what a sentence says of a figure a plan ("That figure was the company's sales
  /// target for 2027").
  static let planWords: Set<String> = Set(unstatedCellWords + ["goal", "projection", "ambition"])

  /// Reads "That figure was the institute's spending in 2024", "That was its share at the end of
  /// 2024", "That figure refers to the Lisderra Hospitals Group", "The figure of 184,000 is the
  /// population of the wider Dunraven District": a sentence that opens by pointing at the figure
  /// an earlier article gave (`cited`) and says what it is. The figure holds with the year, the
  /// attribute (a header word of one of the same shape) and the subject (the first name) the
  /// sentence gives, each else the cited claim's; nothing is read when the sentence changes none.
  mutating func readRedatedFigure(in sentence: TextRange, sentenceIndex: Int, replacing cited: Int) {
    let old = readValues[cited]
    var w = words.index(atOrAfter: sentence.start)
    guard w + 2 < words.words.count else { return }
    // The opening: "That", "This", "That figure", "The figure of 184,000", "184,000".
    if ["that", "this"].contains(words.words[w].key) {
      w += 1
      if Self.correctedNouns.contains(words.words[w].key) { w += 1 }
    } else if words.words[w].key == "the", Self.correctedNouns.contains(words.words[w + 1].key),
      words.words[w + 2].key == "of"
    {
      let at = firstIndex(document.quantities, startingAtOrAfter: words.words[w + 2].range.end, { $0.range })
      guard at < document.quantities.count, document.quantities[at].low == old.value.low else { return }
      w = words.index(atOrAfter: document.quantities[at].range.end)
    } else if let q = inside(document.quantities, sentence, { $0.range }).first,
      q.range.start == words.words[w].range.start, q.low == old.value.low, q.kind == old.value.kind
    {
      w = words.index(atOrAfter: q.range.end)
    } else {
      return
    }
    guard w < words.words.count, ["is", "was", "refers", "applies"].contains(words.words[w].key) else { return }
    // What the sentence says of the figure, up to a semicolon ("That was its share at the end of
    // 2024; at the end of 2025 it was 28.5 per cent").
    let end = bytes[words.words[w].range.end..<sentence.end].firstIndex(of: UInt8(ascii: ";")) ?? sentence.end
    let rest = TextRange(words.words[w].range.end, end)
    // "That figure was the company's sales target for 2027": a plan, no fact.
    if words.contains(Self.planWords, from: rest.start, to: rest.end) { return }
    var spec = old.spec
    var named = false
    var k = w + 1
    // "the number of people working at": a header word after "of" counts something else.
    while k < words.words.count, words.words[k].range.end <= rest.end {
      if words.words[k - 1].key != "of", let found = lexicon.attributes.first(where: { other in
        other.shape == old.spec.shape
          && compiled.headers[other.name].map { words.longestMatch($0, at: k) != nil } == true
      }) {
        spec = found
        named = true
        break
      }
      k += 1
    }
    var subject = old.subject
    if let m = inside(document.entities, rest, { $0.range }).first(where: {
      $0.type != .date && $0.type != .person && spec.subjectTypes.contains($0.type)
    }) {
      // With no attribute word, only a name right after the verb ("refers to the Lisderra
      // Hospitals Group") is what the figure is of: "the number of people working at the
      // airport" is another count.
      let gap = words.words[(w + 1)..<words.index(atOrAfter: m.range.start)].map(\.key)
      if named || gap.allSatisfy({ ["to", "for", "the", "of"].contains($0) }) {
        subject = (m, basis(of: m))
      } else {
        return
      }
    }
    var time = claims[cited].time
    if let q = inside(document.quantities, rest, { $0.range }).first(where: { $0.kind == .year }),
      let year = q.low.flatMap({ Int(checked: $0) })
    {
      time = TimeScope(year: year, basis: isWritten(q.range) ? "explicit" : "relative")
    }
    guard spec.name != old.spec.name || subject.0.canonical != old.subject.0.canonical
      || time.year != claims[cited].time.year
    else { return }
    if compiled.yearAttributes.contains(spec.name) || spec.changesOverTime == false {
      time = TimeScope(year: nil, basis: "unknown")
    }
    add(
      spec, subject: subject, value: old.value, qualifier: claims[cited].qualifier, time: time,
      clause: sentence, sentence: sentence, sentenceIndex: sentenceIndex, quantities: [old.value],
      rule: "re-dated")
  }
}

extension Document {
  /// The index of the body's first sentence: the first after the headline, if the text opens
  /// with one.
  public var bodyStart: Int {
    guard let headline = headlineParagraph else { return 0 }
    return sentences.firstIndex { $0.range.start >= headline.end } ?? sentences.count
  }
}
