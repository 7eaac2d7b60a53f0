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
  let compiled: CompiledLexicon

  public init(
    lexicon: AttributeLexicon, confidence: ClaimConfidence? = nil, minimumConfidence: Double = 0
  ) {
    self.lexicon = lexicon
    self.confidence = confidence
    self.minimumConfidence = minimumConfidence
    self.compiled = CompiledLexicon(lexicon)
  }

  public func annotate(_ document: Document) throws(StageError) -> Annotations {
    Annotations(claims: claims(in: document))
  }

  /// Every claim in the document at or above ``minimumConfidence``, in text order.
  public func claims(in document: Document) -> [Claim] {
    guard confidence != nil else {
      var reader = DocumentClaimReader(document: document, lexicon: lexicon, compiled: compiled)
      return reader.read()
    }
    let read = readings(in: document).map(\.claim)
    guard minimumConfidence > 0 else { return read }
    return read.filter { ($0.confidence ?? 1) >= minimumConfidence }
  }

  /// Every claim the rules read in the document, whatever its confidence, with the features its
  /// confidence was computed from (the rows a model is trained on).
  public func readings(in document: Document) -> [ClaimReading] {
    var reader = DocumentClaimReader(document: document, lexicon: lexicon, compiled: compiled)
    let claims = reader.read()
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
  }
  var byName: [String: Phrases] = [:]
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
  var grantVerbs: Set<String>
  var outsideSpenders: Set<String>
  var earningVerbs: Set<String>
  var perUnitPhrases: PhraseSet
  var purchaseVerbs: Set<String>
  var subsetQualifiers: Set<String>
  var stakeNouns: Set<String>
  var stakeWords: Set<String>
  var ownershipVerbs: Set<String>
  var marketScopes: Set<String>
  var factBoxHeadings: PhraseSet

  init(_ lexicon: AttributeLexicon) {
    for spec in lexicon.attributes {
      byName[spec.name] = Phrases(
        units: (spec.units ?? []).phrases, contextUnits: (spec.contextUnits ?? []).phrases,
        // "the population of X was N", "its staff numbered N": the nouns mark a bare number too.
        context: ((spec.context ?? []) + (spec.ofNouns ?? [])).phrases, verbs: (spec.verbs ?? []).phrases,
        nouns: (spec.nouns ?? []).phrases, enumerationVerbs: spec.enumerationVerbs?.phrases,
        exclusions: (spec.exclusions ?? []).phrases, qualifiers: Set(spec.qualifiers ?? []),
        countingVerbs: Set(spec.countingVerbs ?? []),
        foundingUnits: (spec.foundingUnits ?? []).phrases,
        founderIndividuals: Set(spec.founderIndividuals ?? []))
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
    grantVerbs = Set(lexicon.grantVerbs ?? [])
    outsideSpenders = Set(lexicon.outsideSpenders ?? [])
    earningVerbs = Set(lexicon.earningVerbs ?? [])
    perUnitPhrases = (lexicon.perUnitPhrases ?? []).phrases
    purchaseVerbs = Set(lexicon.purchaseVerbs ?? [])
    subsetQualifiers = Set(lexicon.subsetQualifiers ?? [])
    stakeNouns = Set(lexicon.stakeNouns ?? [])
    stakeWords = Set(lexicon.stakeWords ?? [])
    ownershipVerbs = Set(lexicon.ownershipVerbs ?? [])
    marketScopes = Set(lexicon.marketScopes ?? [])
    factBoxHeadings = (lexicon.factBoxHeadings ?? []).phrases
  }
}

extension TextRange {
  /// Whether a byte offset lies inside the range.
  func holds(_ offset: Int) -> Bool { start <= offset && offset < end }
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

/// A list of entities read from an enumeration.
struct Enumeration {
  var items: [EntityMention]
  var range: TextRange
  /// `false` for a list that names only some ("including A and B", "A, B and others").
  var complete: Bool = true
}

private struct DocumentClaimReader {
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

  init(document: Document, lexicon: AttributeLexicon, compiled: CompiledLexicon) {
    self.document = document
    self.lexicon = lexicon
    self.compiled = compiled
    self.bytes = Array(document.text.utf8)
    self.words = LowerWords(document.text)
  }

  func phrases(_ spec: AttributeSpec) -> CompiledLexicon.Phrases { compiled.byName[spec.name]! }

  mutating func read() -> [Claim] {
    for (index, sentence) in document.sentences.enumerated() {
      // A question asks rather than states ("Will the league grow to 20 clubs?"), and so does a
      // quoted one before its attribution ("\"Can seven states agree?\" asked a delegate.").
      if isQuestion(sentence.range) || opensWithQuotedQuestion(sentence.range) { continue }
      for clause in clauses(of: sentence.range) {
        // "Correction: An earlier version of this article said X employs 4,210 people": figures
        // a correction retracts are no claims; a clause after ", but" or ";" may give the right
        // one.
        if isRetraction(clause) { continue }
        // "An article on May 3 said the club had 340 members": what an earlier report said is
        // repeated to be put right; only what comes before its verb of saying is stated.
        if let said = reportedByAnEarlierArticle(clause) {
          if said > clause.start {
            read(clause: TextRange(clause.start, said), sentence: sentence.range, sentenceIndex: index)
          }
          continue
        }
        read(clause: clause, sentence: sentence.range, sentenceIndex: index)
      }
    }
    return claims
  }

  // MARK: Clauses

  static let clauseBreaks: [[UInt8]] = [
    ", while ", ", whereas ", ", but ", ", although ", ", though ", ", yet ", ", and while ",
    ", after ",
  ].map { Array($0.utf8) }

  /// "eight members after Poland joined in 2020": what happened after is another clause, with its
  /// own subject and year; "two years after" is a time expression and stays.
  static let afterBreak = Array(" after ".utf8)
  static let durationWords: Set<String> = [
    "year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades",
    "shortly", "soon", "just", "long", "season", "seasons", "and", "or",
  ]

  func clauses(of sentence: TextRange) -> [TextRange] {
    var cuts: [Int] = []
    // "The force, which was created in 2009 after fires killed 63 people, has 1,150 personnel":
    // an "after" inside a relative clause belongs to it and cuts nothing.
    let relative = relativeClauses(in: sentence)
    var i = sentence.start
    while i < sentence.end {
      if bytes[i] == UInt8(ascii: ";") {
        cuts.append(i + 1)
      } else if bytes[i] == UInt8(ascii: " "), i + 7 <= sentence.end,
        bytes[i..<(i + 7)].elementsEqual(DocumentClaimReader.afterBreak), i > sentence.start,
        bytes[i - 1] != UInt8(ascii: ","), !relative.contains(where: { $0.holds(i) })
      {
        let w = words.index(atOrAfter: i) - 1
        if w >= 0, !DocumentClaimReader.durationWords.contains(words.words[w].key) { cuts.append(i + 1) }
      } else if bytes[i] == UInt8(ascii: ",") {
        for pattern in DocumentClaimReader.clauseBreaks
        where i + pattern.count <= sentence.end && bytes[i..<(i + pattern.count)].elementsEqual(pattern) {
          cuts.append(i + 2)
          break
        }
      }
      i += 1
    }
    var out: [TextRange] = []
    var start = sentence.start
    for cut in cuts where cut > start {
      out.append(TextRange(start, cut))
      start = cut
    }
    out.append(TextRange(start, sentence.end))
    return out
  }

  // MARK: Reading one clause

  /// Words after which a clause no longer states a fact: conditions and negations ("if Armenia
  /// leaves, the bloc would have five members", "the league does not have 20 clubs").
  static let hedges: Set<String> = [
    "if", "unless", "whether", "not", "cannot", "never", "hypothetically", "suppose", "supposing",
    // Hypotheticals and forecasts: "would become the eighth member", "expects to reach 500,000".
    "would", "could", "might", "expect", "expects", "expected", "forecast", "forecasts",
    "projected", "plans", "planned", "aims", "hopes", "intends", "wants", "want", "seeks",
    // Capacities: "a radar able to image 2.4 million square kilometres a day".
    "able", "capable",
  ]

  /// Adjectives after "is" or "are" that make what the clause says a forecast ("is possible").
  static let predicateHedges: Set<String> = ["possible", "likely", "unlikely", "conceivable"]

  /// Whether a sentence ends with a question mark (before closing quotes or brackets).
  func isQuestion(_ sentence: TextRange) -> Bool {
    var i = sentence.end - 1
    while i > sentence.start, [UInt8(ascii: " "), UInt8(ascii: "\""), UInt8(ascii: ")"), UInt8(ascii: "'"), 10].contains(bytes[i]) {
      i -= 1
    }
    return i >= sentence.start && bytes[i] == UInt8(ascii: "?")
  }

  /// Whether a clause reports what an earlier version of the text said ("An earlier version of
  /// this article said ...", "A previous version of this story gave ..."): the values it repeats
  /// were wrong.
  func isRetraction(_ sentence: TextRange) -> Bool {
    var w = words.index(atOrAfter: sentence.start)
    while w + 2 < words.words.count, words.words[w + 2].range.end <= sentence.end {
      if ["earlier", "previous", "original"].contains(words.words[w].key),
        ["version", "versions", "edition", "draft"].contains(words.words[w + 1].key),
        words.words[w + 2].key == "of"
      {
        return true
      }
      w += 1
    }
    return false
  }

  /// Whether a sentence opens with a quotation that ends in a question mark.
  func opensWithQuotedQuestion(_ sentence: TextRange) -> Bool {
    var i = sentence.start
    while i < sentence.end, bytes[i] == UInt8(ascii: " ") || bytes[i] == 10 { i += 1 }
    guard i < sentence.end, bytes[i] == UInt8(ascii: "\"") else { return false }
    guard let close = bytes[(i + 1)..<sentence.end].firstIndex(of: UInt8(ascii: "\""))
    else { return false }
    return close > i + 1 && bytes[close - 1] == UInt8(ascii: "?")
  }

  /// Hedges that make a statement hypothetical or a forecast, but not a condition or a negation.
  static let modalHedges: Set<String> = [
    "would", "could", "might", "expect", "expects", "expected", "forecast", "forecasts",
    "projected", "plans", "planned", "aims", "hopes", "intends", "wants", "want", "seeks",
  ]

  /// Values after "all" in the hedged rest of a clause cut at a modal hedge, when the rest has
  /// no other hedge.
  func presupposedValues(_ stated: TextRange, _ full: TextRange) -> [Quantity]? {
    var w = words.index(atOrAfter: stated.end)
    guard w < words.words.count, DocumentClaimReader.modalHedges.contains(words.words[w].key) else { return nil }
    w += 1
    var out: [Quantity] = []
    while w < words.words.count, words.words[w].range.end <= full.end {
      let key = words.words[w].key
      // A condition anywhere removes the values; a negation ("and not just words") those after it.
      if ["if", "unless", "whether", "suppose", "supposing", "hypothetically"].contains(key) { return nil }
      if key == "not" || key == "never" || key.hasSuffix("n't") { break }
      if key == "all", w + 1 < words.words.count,
        let q = document.quantities.first(where: { $0.range.start == words.words[w + 1].range.start }), q.kind == .cardinal
      {
        out.append(q)
      }
      if let whole = presupposedWhole(at: w, in: full) { out.append(whole) }
      w += 1
    }
    while w < words.words.count, words.words[w].range.end <= full.end {
      if ["if", "unless", "whether", "suppose", "supposing"].contains(words.words[w].key) { return nil }
      w += 1
    }
    return out.isEmpty ? nil : out
  }

  /// "would cut 300 of its 3,500 jobs": the whole a part is taken from exists whatever is done
  /// to the part. The count after "of its" (their, the) at word `w`, if any.
  func presupposedWhole(at w: Int, in full: TextRange) -> Quantity? {
    guard words.words[w].key == "of", w + 2 < words.words.count, w > 0,
      ["its", "their"].contains(words.words[w + 1].key),
      document.quantities.contains(where: { $0.range.end == words.words[w - 1].range.end && $0.kind == .cardinal }),
      let q = document.quantities.first(where: { $0.range.start == words.words[w + 2].range.start }),
      q.kind == .cardinal, q.range.end <= full.end
    else { return nil }
    return q
  }

  /// "About 90 jobs would go", "some 40 staff could leave": a count at most two words before a
  /// modal that cuts the clause, with no determiner making it known ("the 30 members would
  /// vote"), is what the hypothetical is about.
  func isSubjectOfHedge(_ q: Quantity, cutAt cut: Int) -> Bool {
    let after = words.index(atOrAfter: q.range.end)
    let at = words.index(atOrAfter: cut)
    guard q.kind == .cardinal, at < words.words.count, at - after <= 2, at >= after,
      ["would", "could", "might"].contains(words.words[at].key),
      !isPunctuationBetween(q.range.end, cut)
    else { return false }
    let first = words.index(atOrAfter: q.range.start)
    guard first > 0 else { return true }
    let before = words.words[first - 1]
    return !DocumentClaimReader.knownDeterminers.contains(before.key) && !before.key.hasSuffix("'s")
  }

  static let knownDeterminers: Set<String> = ["the", "its", "their", "our", "all", "his", "her", "these", "those"]

  /// The clause up to its first hedge word, or `nil` when it starts with one.
  func statedPart(of clause: TextRange) -> TextRange? {
    var w = words.index(atOrAfter: clause.start)
    while w < words.words.count, words.words[w].range.end <= clause.end {
      let key = words.words[w].key
      // Most words start with none of the hedges' letters: skip them without hashing.
      let f = key.utf8.first ?? 0
      guard f == UInt8(ascii: "i") || f == UInt8(ascii: "u") || f == UInt8(ascii: "w") || f == UInt8(ascii: "n")
        || f == UInt8(ascii: "h") || f == UInt8(ascii: "s") || f == UInt8(ascii: "c") || f == UInt8(ascii: "m")
        || f == UInt8(ascii: "e") || f == UInt8(ascii: "f") || f == UInt8(ascii: "p") || f == UInt8(ascii: "a")
        || f == UInt8(ascii: "l") || key.utf8.last == UInt8(ascii: "t")
      else {
        w += 1
        continue
      }
      // "a further cut to about 3,500 troops is possible": what is said to be possible or likely
      // is a forecast, the clause before it too, back to its last comma ("..., and its union
      // says more cuts are likely" leaves what comes before the comma stated).
      if DocumentClaimReader.predicateHedges.contains(key), w > 0,
        DocumentClaimReader.passiveAuxiliaries.contains(words.words[w - 1].key),
        !(w + 1 < words.words.count && words.words[w + 1].key == "to")
      {
        let start = words.words[w].range.start
        guard let comma = (clause.start..<start).last(where: { bytes[$0] == UInt8(ascii: ",") })
        else { return nil }
        return comma > clause.start ? TextRange(clause.start, comma) : nil
      }
      if DocumentClaimReader.hedges.contains(key) || key.hasSuffix("n't") || (key == "no" && words.matches(["no", "longer"], at: w)) {
        let cut = words.words[w].range.start
        return cut > clause.start ? TextRange(clause.start, cut) : nil
      }
      w += 1
    }
    return clause
  }

  mutating func read(clause fullClause: TextRange, sentence: TextRange, sentenceIndex: Int) {
    guard var clause = statedPart(of: fullClause) else { return }
    var quantities = Array(inside(document.quantities, clause) { $0.range })
    // "About 90 jobs would go": a count that is the subject of a hedged verb is hedged too.
    if clause != fullClause { quantities.removeAll { isSubjectOfHedge($0, cutAt: clause.end) } }
    // "an attack would entail a counterattack by all 28 members": "all N" presupposes the N even
    // in a hypothetical; a condition ("if") or a negation still removes it.
    if clause != fullClause, let presupposed = presupposedValues(clause, fullClause) {
      quantities += presupposed
      clause = fullClause
    }
    // "Each club may spend 1.6 million": an amount of every one of a group, not of the whole.
    if opensWithEachOf(clause) { return }
    // "fell by 3,000": the size of a change, not a value of anything.
    quantities.removeAll { isChangeAmount($0) || isVoteTally($0) }
    // "a handful of clubs", "several hundred staff": a vague count states no number.
    quantities.removeAll { isVague($0) }
    // "coxswain Ana Ruiz, 54, said": a person's age, not a value of anything.
    quantities.removeAll { isAgeAfterName($0) || isAgeAfterNameOfAPlace($0) }
    // "a budget of 41 million, of which 12 million will go on railcars": a part of the amount
    // before; "the depot's 4,200 square metres": the value of a thing the text does not name.
    quantities.removeAll { $0.kind != .year && (isPartOfWhich($0) || hasUnnamedOwner($0)) }
    // "two of those have fewer than ten residents": the value of some of a group, not of a name.
    quantities.removeAll { $0.kind != .year && hasPartitiveSubject($0) }
    // "spent an average of 48,000 euros": one of many's, not a total; "Together the three
    // services have 1,068 members": what a counted group has between them, no one body's.
    quantities.removeAll { $0.kind != .year && isAverage($0) }
    if let groupEnd = countedGroupSubjectEnd(clause) {
      // "All three clubs belong to the Lenne Association, which groups 11 clubs": a relative
      // clause speaks of another name.
      let relative = relativeClauses(in: clause)
      quantities.removeAll { q in
        q.kind != .year && q.range.start >= groupEnd
          && !relative.contains { $0.holds(q.range.start) }
      }
    }
    let mentions = Array(inside(document.entities, clause) { $0.range })
    let firstNew = claims.count
    defer { readEarlierValues(from: firstNew, clause, sentence, sentenceIndex, quantities) }
    let firstWord = words.index(atOrAfter: clause.start)
    var lastWord = firstWord
    while lastWord < words.words.count && words.words[lastWord].range.end <= clause.end { lastWord += 1 }
    let clauseWords = firstWord..<lastWord

    defer { readFigureReference(clause, sentence, sentenceIndex, quantities, firstNew) }
    defer { readEllipticValue(clause, sentence, sentenceIndex, quantities, firstNew) }
    for spec in lexicon.attributes {
      // A count's exclusions are weighed next to each value ("hiring 500 workers"); other shapes'
      // anywhere in the clause.
      let exclusions = phrases(spec).exclusions
      if spec.shape != .count, !exclusions.isEmpty,
        clauseWords.contains(where: { words.longestMatch(exclusions, at: $0) != nil })
      {
        continue
      }
      switch spec.shape {
      case .count:
        readCounts(spec, clause, sentence, sentenceIndex, mentions, quantities, clauseWords)
      case .year:
        readYears(spec, clause, sentence, sentenceIndex, mentions, quantities)
      case .money, .measure:
        readAmounts(spec, clause, sentence, sentenceIndex, mentions, quantities, clauseWords)
      case .percent:
        let sources = attributionPhrases(in: clause)
        for q in quantities where q.kind == .percent {
          let candidates = mentions.filter { m in
            isSubjectCandidate(m, spec, []) && m.range.end <= q.range.start
              && !sources.contains { $0.holds(m.range.start) }
          }
          // "31%, against Stormway's 24%": a possessive name right before the value owns it.
          let owner = candidates.last { m in
            m.range.end + 3 <= q.range.start && q.range.start - m.range.end <= 3
              && bytes[m.range.end] == UInt8(ascii: "'")
          }
          // "Tourism accounts for 35% of the economy": with no name before it, a percentage is the
          // context subject's only when a pronoun points back to it ("its share is 9%").
          // "behind Sonavera, which has about 24 percent": the name the clause follows.
          let relativeOwner = relativeClauseOwner(
            spec, valueStart: q.range.start, clause, mentions, [])
          // "Kavala Line joined the alliance on Monday, and the enlarged group now controls 14
          // percent", "..., and Audix, with 16 percent": after ", and", the first name there.
          let coordinated = candidates.first { m in
            let s = m.range.start
            return s >= 6 && bytes[(s - 6)..<s].elementsEqual(", and ".utf8)
              || s >= 10 && bytes[(s - 10)..<s].elementsEqual(", and the ".utf8)
          }.flatMap { m in
            candidates.contains { $0.range.start < m.range.start } ? m : nil
          }
          // "against 31 percent for Kellingen Harbour": a name right after "for" owns the value.
          let after = words.index(atOrAfter: q.range.end)
          let forOwner = after < words.words.count && words.words[after].key == "for"
            && !isPunctuationBetween(q.range.end, words.words[after].range.start)
            ? mentions.first { m in
              gapIsArticle(words.words[after].range.end, m.range.start)
                && isSubjectCandidate(m, spec, [])
            } : nil
          // "behind the market leader Rhenania Line with 19 percent": the name right before
          // "with" holds the value.
          let withOwner = candidates.last { m in
            let gap = bytes[m.range.end..<q.range.start]
            return gap.elementsEqual(" with ".utf8) || gap.elementsEqual(", with ".utf8)
          }
          // "It holds 46 percent of the Norland market, down from 53 percent": an earlier value
          // is the later one's subject's, not the name inside what the later one is of.
          let earlierOwner = (forOwner ?? owner ?? withOwner) != nil
            || !followsEarlierValuePhrase(q, clauseWords)
            ? nil
            : readValues[firstNew...].last { r in
              r.spec.name == spec.name && r.value.range.end <= q.range.start
            }?.subject
          let subject =
            earlierOwner
            ?? (forOwner ?? owner ?? withOwner ?? relativeOwner ?? coordinated ?? candidates.first)
            .map { ($0, basis(of: $0)) }
            ?? (pronoun(in: TextRange(clause.start, q.range.start)) == nil ? nil
              : contextSubject(spec, before: clause.start, sentenceIndex: sentenceIndex))
          // A share is of something ("85% of arms sales") or said to be one ("its share is 9%");
          // a bare change ("rents rose 9%") is not.
          let of = qualifier(after: q.range.end, in: clause)
          let ofWords = of?.split(separator: " ").map(String.init) ?? []
          // "35% of world rice exports": a market, whatever its last noun.
          let market = ofWords.contains { compiled.marketScopes.contains($0) }
          // "is 66% owned by the city", "a 22% stake in the telescope", "owns 20% of the
          // plant": ownership, not a share of a market. A stake in a name ("a 62% stake in Orbis
          // Link") stays the holder's share of that company, as the labelled sets read it.
          // Weighed before the subject, so that a later bare percentage knows it follows a stake.
          if isStakeInNoName(q, clauseWords) || !market && isOwnedPart(q, clauseWords) {
            lastStake = sentence
            continue
          }
          // "spent 83 million, 84% of it on programmes": a part of another amount, not a share.
          // "of the ferry firm's capital": the last word heads what it is of.
          if let head = ofWords.first, let noun = ofWords.last, !market,
            DocumentClaimReader.partPronouns.contains(head)
              || compiled.stakeNouns.contains(head) || compiled.stakeNouns.contains(noun)
          {
            if !DocumentClaimReader.partPronouns.contains(head) { lastStake = sentence }
            continue
          }
          // "A holds 34% of the capital, and a bank holds 21%", "31% of its costs, against 12%
          // before 2021": a bare percentage after a stake or part in the same sentence is another.
          if lastStake == sentence, of == nil { continue }
          guard let subject else { continue }
          // "girls make up 23% of new players": an unnamed group before the verb owns the value.
          if hasUnnamedSubject(q, clauseWords) { continue }
          guard of != nil || hasContext(spec, before: clause.end, clause, mentions) else { continue }
          add(spec, subject: subject, value: q, qualifier: of,
              clause: clause, sentence: sentence, sentenceIndex: sentenceIndex, quantities: quantities,
              rule: "percent")
        }
      }
    }
    readGapped(clause, sentence, sentenceIndex, mentions, quantities)
    readElidedCount(clause, sentence, sentenceIndex, quantities)
  }

  /// Words that make a count vague ("a handful of", "several", "dozens of").
  static let vagueWords: Set<String> = [
    "few", "handful", "several", "dozens", "scores", "tens", "hundreds", "thousands", "millions",
    "many",
  ]

  /// Whether a count is written with a vague word rather than a number.
  func isVague(_ q: Quantity) -> Bool {
    guard q.kind == .cardinal else { return false }
    var w = words.index(atOrAfter: q.range.start)
    while w < words.words.count, words.words[w].range.end <= q.range.end {
      if DocumentClaimReader.vagueWords.contains(words.words[w].key) { return true }
      w += 1
    }
    return false
  }

  /// Whether a clause opens with "Each" or "Every" and a lowercase noun ("Each club may spend").
  func opensWithEachOf(_ clause: TextRange) -> Bool {
    let w = words.index(atOrAfter: clause.start)
    guard w + 1 < words.words.count, ["each", "every"].contains(words.words[w].key),
      bytes[clause.start..<words.words[w].range.start].allSatisfy({ $0 == UInt8(ascii: " ") })
    else { return false }
    let first = bytes[words.words[w + 1].range.start]
    return first >= 0x61 && first <= 0x7A
  }

  /// The last sentence in which a percentage was read as a stake.
  var lastStake: TextRange?

  /// Whether a stake word follows a percentage ("66% owned by", "a 22% stake") and, for a noun,
  /// no name follows its "in" ("a 22% stake in the telescope", not "a 62% stake in Orbis Link").
  /// Whether a verb of owning stands right before the percentage `q` ("owns 20 percent of").
  func isOwnedPart(_ q: Quantity, _ clauseWords: Range<Int>) -> Bool {
    let first = words.index(atOrAfter: q.range.start)
    return first > clauseWords.lowerBound
      && compiled.ownershipVerbs.contains(words.words[first - 1].key)
  }

  func isStakeInNoName(_ q: Quantity, _ clauseWords: Range<Int>) -> Bool {
    let next = words.index(atOrAfter: q.range.end)
    guard next < clauseWords.upperBound, compiled.stakeWords.contains(words.words[next].key)
    else { return false }
    let key = words.words[next].key
    guard !key.hasSuffix("ed") else { return true }
    let inWord = next + 1
    guard inWord + 1 < clauseWords.upperBound, words.words[inWord].key == "in" else { return true }
    let after = words.words[inWord].range.end
    return !document.entities.contains { m in
      m.range.start >= after && m.range.start <= after + 5 && m.basis != .reference
        && gapIsArticle(after, m.range.start)
    }
  }

  /// Verbs that give a part of a whole as a percentage ("make up 23 percent of").
  static let partVerbs: [[String]] = [
    ["make", "up"], ["makes", "up"], ["made", "up"], ["account", "for"], ["accounts", "for"],
    ["accounted", "for"], ["represent"], ["represents"], ["represented"],
  ]

  /// "and girls make up 23 percent of new players": a percentage after a verb of being part of
  /// something whose subject is a lowercase noun that names no entity (not "it", not "the
  /// company") is that group's part, not a share of any name in the clause.
  func hasUnnamedSubject(_ q: Quantity, _ clauseWords: Range<Int>) -> Bool {
    let at = words.index(atOrAfter: q.range.start)
    for verb in DocumentClaimReader.partVerbs {
      let v = at - verb.count
      guard v - 1 >= clauseWords.lowerBound,
        verb.indices.allSatisfy({ words.words[v + $0].key == verb[$0] })
      else { continue }
      let noun = words.words[v - 1]
      let first = bytes[noun.range.start]
      guard first >= 0x61, first <= 0x7A, noun.key.count > 2, isPlainWord(noun.key),
        !DocumentClaimReader.pronouns.contains(noun.key),
        !["they", "which", "that", "who"].contains(noun.key),
        !isPunctuationBetween(noun.range.end, q.range.start)
      else { return false }
      // "the firm's sales account for 12 percent": an owner before the noun keeps the share.
      if v - 2 >= 0, ["s", "its", "their"].contains(words.words[v - 2].key) { return false }
      return !document.entities.contains { $0.range.holds(noun.range.start) }
    }
    return false
  }

  static let changeWords: Set<String> = [
    "up", "down", "increase", "rise", "fall", "drop", "jump", "growth", "decline",
  ]

  /// Words after "N% of" that make the percentage a part of another amount.
  static let partPronouns: Set<String> = ["it", "them", "which", "this", "that", "these", "those"]

  /// Nouns that point back to a value just given ("the office put *the figure* at 451,300").
  static let figureNouns: Set<String> = ["figure", "number", "total", "tally", "count", "headcount"]

  /// "The population has passed 450,000. The office put the figure at 451,300": a number after
  /// "the figure" (total, tally) is another value of the last claim of this sentence or the one
  /// before, with its subject, when the clause read no claim of its own.
  mutating func readFigureReference(
    _ clause: TextRange, _ sentence: TextRange, _ sentenceIndex: Int, _ quantities: [Quantity], _ firstNew: Int
  ) {
    guard claims.count == firstNew, let last = claims.indices.last else { return }
    // "Of the total number, 742 are tram drivers": a part of the figure, not the figure again.
    let opener = words.index(atOrAfter: clause.start)
    if opener < words.words.count, words.words[opener].key == "of" { return }
    let previous = sentenceIndex > 0 ? document.sentences[sentenceIndex - 1].range.start : sentence.start
    guard claims[last].sentence.start >= previous,
      let spec = lexicon.attributes.first(where: { $0.name == claims[last].attribute }),
      spec.shape == .count || spec.shape == .money
    else { return }
    var w = words.index(atOrAfter: clause.start)
    while w + 1 < words.words.count, words.words[w + 1].range.end <= clause.end {
      if ["the", "this", "that"].contains(words.words[w].key), DocumentClaimReader.figureNouns.contains(words.words[w + 1].key) {
        break
      }
      w += 1
    }
    guard w + 1 < words.words.count, words.words[w + 1].range.end <= clause.end else { return }
    let nounEnd = words.words[w + 1].range.end
    guard let q = quantities.first(where: { $0.range.start >= nounEnd && $0.kind != .year }),
      q.range.start - nounEnd <= 40, spec.shape == .money ? q.kind == .money : q.kind == .cardinal
    else { return }
    var subject = readValues[last].subject
    subject.1 = "context"
    add(spec, subject: subject, value: q, unit: claims[last].unit, clause: clause, sentence: sentence,
        sentenceIndex: sentenceIndex, quantities: quantities, rule: "figure-reference")
  }

  mutating func readCounts(
    _ spec: AttributeSpec, _ clause: TextRange, _ sentence: TextRange, _ sentenceIndex: Int,
    _ mentions: [EntityMention], _ quantities: [Quantity], _ clauseWords: Range<Int>
  ) {
    let units = phrases(spec).units
    let qualifiers = phrases(spec).qualifiers
    let contextUnits = phrases(spec).contextUnits
    let enumerations = findEnumerations(spec, clause, mentions)
    var usedLists: Set<Int> = []

    if spec.ordinals == true {
      readOrdinals(spec, clause, sentence, sentenceIndex, mentions, quantities, clauseWords)
    }
    for q in quantities where q.kind == .cardinal || q.kind == .measure {
      // "one member" speaks of a single member, not of how many there are.
      guard let low = q.low ?? q.high, low >= 2, low == low.rounded() else { continue }
      // "from 6 members in 2001 to 8": the later value is read with the earlier one.
      if growthPartner.contains(q.range.start) { continue }
      if isYearOfATimePhrase(q) { continue }
      if isAmountOfAMoneyWord(q) { continue }
      var w = words.index(atOrAfter: q.range.end)
      var matchedUnitEnd: Int?
      // How the unit was found, a feature of the claim's confidence.
      var unitBasis = "compound"
      var compound = false
      var otherCounted = false
      var subjectAfter: (EntityMention, String)?
      // Compound adjective: "3,500-soldier", "3,500-strong".
      if let unit = q.unit, (spec.compoundUnits ?? []).contains(unit) {
        matchedUnitEnd = q.range.end
        compound = true
      } else if let compoundUnits = spec.compoundUnits, compoundUnits.contains(where: { suffix in
        document.text.slice(q.range).lowercased().hasSuffix("-" + suffix)
      }) {
        matchedUnitEnd = q.range.end
        compound = true
      } else if spec.compoundNouns != nil,
        DocumentClaimReader.sizeAdjectives.contains(where: { suffix in
          document.text.slice(q.range).lowercased().hasSuffix("-" + suffix) || q.unit == suffix
        })
      {
        // "a 31,400-strong union": kept below only when a compound noun follows.
        matchedUnitEnd = q.range.end
        compound = true
      } else if q.kind == .cardinal {
        // Known qualifiers ("30 *allied* countries"), or up to two other adjectives ("11,200
        // *municipal* staff"); a comparative makes the number a difference ("2,000 *more* staff").
        var skipped = 0
        var adjectives = 0
        var comparative = false
        var subset = false
        while w < clauseWords.upperBound, skipped < 3, words.longestMatch(units, at: w) == nil,
          !isPunctuationBetween(q.range.end, words.words[w].range.start)
        {
          let key = words.words[w].key
          if let others = compiled.otherUnits[spec.name], words.longestMatch(others, at: w) != nil,
            words.longestMatch(contextUnits, at: w) == nil
          {
            // Right after the number it is what the number counts; further on ("six countries
            // contribute troops") it only ends the search for this attribute's unit.
            otherCounted = skipped == 0
            break
          }
          if DocumentClaimReader.comparatives.contains(key) { comparative = true }
          if compiled.subsetQualifiers.contains(key) { subset = true }
          if qualifiers.contains(key) {
          } else if adjectives < 2, isPlainWord(key), !DocumentClaimReader.afterBareValue.contains(key),
            bytes[words.words[w].range.start] >= 0x61
          {
            adjectives += 1
          } else {
            break
          }
          w += 1
          skipped += 1
        }
        if !comparative, w < clauseWords.upperBound, let n = words.longestMatch(units, at: w) {
          matchedUnitEnd = words.words[w + n - 1].range.end
          unitBasis = skipped == 0 ? "own" : "own-after-words"
        }
        // "61,000 retired council workers": a part of the group, and not under another unit.
        if subset { continue }
      }
      // "Three clubs needed emergency loans last season": a count that opens the sentence as
      // the subject of what some of them did tells how many did it, not how many there are.
      if let unitEnd = matchedUnitEnd, !compound, opensSentenceAsActor(q, unitEnd, sentence) {
        continue
      }
      // "the three clubs on this part of the river": a count a phrase of place describes counts
      // what is there, not the members or staff of a body.
      if let unitEnd = matchedUnitEnd, !compound, isPlacedGroup(q, unitEnd) { continue }
      // "Observer states: 2": a fact-box row's label names what its number counts.
      if matchedUnitEnd == nil, !otherCounted, q.kind == .cardinal,
        let label = rowLabel(of: q.range.start), labelIsOneOf(label, units)
      {
        matchedUnitEnd = q.range.end
        unitBasis = "row"
      }
      // "120 of its drivers", "96 of the musicians": a part taken from a group is not its size.
      if isPartOfAGroup(q, clauseWords) { continue }
      if let unitEnd = matchedUnitEnd, isCountOfAThingWith(q, unitEnd) { continue }
      if matchedUnitEnd == nil, !otherCounted, q.kind == .cardinal,
        let end = verbCountedNoun(spec, q, clause, clauseWords, quantities)
      {
        matchedUnitEnd = end
        unitBasis = "verb"
      }
      // "Merrovar gained 6,100 residents and now has 388,000": a bare value after "has" counts
      // the unit an earlier number of the clause is written with.
      if matchedUnitEnd == nil, !otherCounted, q.kind == .cardinal,
        countsTheUnitBefore(q, units, quantities, clauseWords)
      {
        matchedUnitEnd = q.range.end
      }
      if matchedUnitEnd == nil, !otherCounted, q.kind == .cardinal, hasContext(spec, before: q.range.start, clause, mentions),
        !describesTheContextNoun(spec, q, clauseWords), !ranksOneOfThem(spec, q, clauseWords),
        !isValueOfAnotherNoun(spec, q, clauseWords)
      {
        let next = words.index(atOrAfter: q.range.end)
        let bare = next >= clauseWords.upperBound || isPunctuationBetween(q.range.end, words.words[next].range.start)
          || DocumentClaimReader.afterBareValue.contains(words.words[next].key)
          // "a country of 2.9 million that has pledged ...": a relative clause describes the
          // name the apposition follows.
          || ["that", "which"].contains(words.words[next].key) && isValueOfAnAppositiveNoun(q)
        // "The mission's civilian staff numbers 240": the nearest context word names the attribute.
        let distance = triggerDistance(spec, to: q, clauseWords) ?? Int.max
        let nearer = lexicon.attributes.contains { other in
          other.name != spec.name && other.shape == .count
            && (triggerDistance(other, to: q, clauseWords).map { $0 < distance } ?? false)
        }
        if nearer {
        } else if bare {
          // "the company employs 1,450 people, down from 1,720 in 2019": an earlier value is the
          // later value's subject's, whatever name stands between.
          if followsEarlierValuePhrase(q, clauseWords) {
            // "recorded 312 violations, down from 455": with no later value of this attribute
            // before it in the clause, a bare earlier value counts what that value counts.
            guard let later = readValues.last(where: { r in
              r.spec.name == spec.name && clause.holds(r.value.range.start)
                && r.value.range.end <= q.range.start
            }) else { continue }
            // "1,800 personnel drawn from 14 countries, up from 1,150": not of that size.
            if !isComparable(q, later.value) { continue }
            subjectAfter = later.subject
          }
          matchedUnitEnd = q.range.end
          unitBasis = "bare"
        } else if let n = words.longestMatch(contextUnits, at: next) {
          matchedUnitEnd = words.words[next + n - 1].range.end
          unitBasis = "context-unit"
        }
      }
      // "Twenty-seven countries contribute troops to the mission": the context word follows the
      // unit, and the subject is named after it.
      if matchedUnitEnd == nil, !otherCounted, q.kind == .cardinal,
        let (end, subject) = countBeforeContext(spec, q, clause, mentions, clauseWords)
      {
        matchedUnitEnd = end
        subjectAfter = subject
        unitBasis = "before-context"
      }
      guard let unitEnd = matchedUnitEnd else { continue }
      if compound, compoundDescribesAnother(spec, q, unitEnd, mentions) { continue }
      if compound, sizeAdjectiveDescribesAnother(spec, q, unitEnd, clauseWords) { continue }
      if excludedNear(spec, from: q.range.start, to: unitEnd, clauseWords) { continue }
      // "the 12,000-strong United Nations Mission", "the five-nation River Commission": the name
      // right after a compound adjective is what it describes.
      if compound, subjectAfter == nil, let m = mentions.first(where: { $0.range.start >= unitEnd }),
        m.range.start - unitEnd == 1, m.basis != .demonym, spec.subjectTypes.contains(m.type)
      {
        // The name may be the counted force itself ("the 4,000-strong Coastal Defence Force").
        subjectAfter = (m, basis(of: m))
      }
      // "joined the 3,100-strong force": a reference whose noun the compound describes.
      if compound, subjectAfter == nil, let m = mentions.first(where: {
        $0.basis == .reference && $0.range.start < q.range.start && $0.range.end > unitEnd
      }), spec.subjectTypes.contains(m.type) {
        subjectAfter = (m, basis(of: m))
      }
      // "352,400 people in X", "900,000 people live in the metropolitan area".
      if subjectAfter == nil, spec.subjectAfterIn == true, !isValueOfAnAppositiveNoun(q) {
        let k = words.index(atOrAfter: unitEnd)
        if k < clauseWords.upperBound, words.words[k].key == "in", words.words[k].range.start == unitEnd + 1,
          let m = mentions.first(where: { $0.range.start >= words.words[k].range.end }),
          gapIsArticle(words.words[k].range.end, m.range.start), isSubjectCandidate(m, spec, [])
        {
          subjectAfter = (m, basis(of: m))
        }
      }
      // "offices in 31 countries", "across 12 states": where, not how many.
      let firstOfValue = words.index(atOrAfter: q.range.start)
      if firstOfValue > clauseWords.lowerBound, ["in", "across", "throughout"].contains(words.words[firstOfValue - 1].key) {
        continue
      }
      if comesFrom(q, spec, unitEnd: unitEnd, clauseWords) { continue }
      // The members listed right after the count ("six states: A, B, ...", "seven members,
      // including A and B").
      var listIndex: Int?
      for (k, list) in enumerations.enumerated() where list.range.start >= unitEnd
        && (isListIntro(from: unitEnd, to: list.range.start) || !list.complete && list.range.start - unitEnd <= 30)
      {
        listIndex = k
      }
      let exclude = enumerations.flatMap { $0.items.map(\.range) } + listedItems(clause, mentions)
      guard let subject = subjectAfter
        ?? chooseSubject(spec, valueStart: q.range.start, unitEnd: unitEnd, clause, mentions, exclude, sentenceIndex)
      else { continue }
      var members: [String]?
      var complete: Bool?
      var warnings: [String] = []
      var end = unitEnd
      if let listIndex, spec.enumerationVerbs != nil {
        let list = enumerations[listIndex]
        usedLists.insert(listIndex)
        members = list.items.map(\.canonical)
        complete = list.complete
        end = list.range.end
        if let value = q.value, list.complete ? Int(value) != list.items.count : Int(value) < list.items.count {
          warnings.append("the text counts \(Int(value)) but lists \(list.items.count)")
        }
      }
      if let growth = growthStatement(q, unitEnd: unitEnd, clause: clause, quantities: quantities) {
        let target = narrowerUnitSpec(spec, q, unitEnd: unitEnd, growth.map(\.0)) ?? spec
        for (value, year, basis) in growth {
          let time = year.map { TimeScope(year: $0, basis: basis) }
          add(target, subject: subject, value: value, time: time, clause: clause,
              sentence: sentence, sentenceIndex: sentenceIndex, quantities: quantities,
              rule: "growth", unitBasis: unitBasis)
        }
        continue
      }
      add(unitNamedBy(subject.0, spec, unitEnd: unitEnd, q)
            ?? unitQualifiedBefore(spec, q, unitEnd: unitEnd, clauseWords) ?? spec,
          subject: subject, value: q,
          end: end, members: members, warnings: warnings,
          clause: clause, sentence: sentence, sentenceIndex: sentenceIndex, quantities: quantities,
          membersComplete: complete, rule: members == nil ? "count-unit" : "count-list",
          unitBasis: unitBasis)
    }

    // Enumerations that stand alone: the count is the list's length.
    for (k, list) in enumerations.enumerated() where !usedLists.contains(k) && list.items.count >= 2 {
      // "Its former members include A and B": the exclusion stands before the verb.
      let listWord = words.index(atOrAfter: list.range.start)
      if excludedNear(spec, from: words.words[max(clauseWords.lowerBound, listWord - 2)].range.start,
                      to: list.range.start, clauseWords) { continue }
      // "whose 19 members include A, B and C": the count before the verb says how many; the
      // list names some of them and counts nothing.
      if isCountedBefore(list, quantities) { continue }
      // "Its North African members are A, B and C", "its seasonal members include ...": a
      // region's name or a subset's word before the unit names a part of the membership.
      if namesAPartOfTheUnit(spec, before: listWord, clauseWords) { continue }
      let exclude = list.items.map(\.range)
      guard let subject = chooseSubject(spec, valueStart: list.range.start, unitEnd: list.range.end, clause, mentions, exclude, sentenceIndex)
      else { continue }
      let count = Double(list.items.count)
      // A partial list ("members include, among others, A and B") says only "at least".
      let value = list.complete
        ? Quantity(range: list.range, low: count, high: count)
        : Quantity(range: list.range, low: count, high: nil, modifier: .atLeast)
      add(spec, subject: subject, value: value, members: list.items.map(\.canonical),
          clause: clause, sentence: sentence, sentenceIndex: sentenceIndex, quantities: quantities,
          membersComplete: list.complete, rule: "enumeration")
    }
  }

  /// "from 900 officers in 2020 to 640 police officers": another count attribute whose unit of
  /// two or more words, ending in the earlier value's unit word, counts a later value of the
  /// pair; both values are then that attribute's.
  func narrowerUnitSpec(
    _ spec: AttributeSpec, _ q: Quantity, unitEnd: Int, _ values: [Quantity]
  ) -> AttributeSpec? {
    guard let lastUnit = lastUnitWord(endingAt: unitEnd, after: q) else { return nil }
    let unitKey = words.words[lastUnit].key
    for v in values where v.range.start != q.range.start {
      let w = words.index(atOrAfter: v.range.end)
      guard w < words.words.count else { continue }
      for other in lexicon.attributes where other.name != spec.name && other.shape == .count {
        if let n = words.longestMatch(phrases(other).units, at: w), n >= 2,
          words.words[w + n - 1].key == unitKey
        {
          return other
        }
      }
    }
    return nil
  }

  /// The index of the word that ends at `unitEnd`, the last word of the unit after `q`; `nil`
  /// when no word ends there or the unit does not come after the value.
  func lastUnitWord(endingAt unitEnd: Int, after q: Quantity) -> Int? {
    let lastUnit = words.index(atOrAfter: unitEnd) - 1
    guard lastUnit >= 0, lastUnit < words.words.count, words.words[lastUnit].range.end == unitEnd,
      unitEnd > q.range.end
    else { return nil }
    return lastUnit
  }

  /// Whether `q` stands bare (nothing but punctuation or the clause's end after it) after "has"
  /// or "had" (an adverb may come between), and an earlier number of the clause has one of
  /// `units` right after it.
  func countsTheUnitBefore(
    _ q: Quantity, _ units: PhraseSet, _ quantities: [Quantity], _ clauseWords: Range<Int>
  ) -> Bool {
    let first = words.index(atOrAfter: q.range.start)
    let next = words.index(atOrAfter: q.range.end)
    guard next >= clauseWords.upperBound
        || isPunctuationBetween(q.range.end, words.words[next].range.start),
      first > clauseWords.lowerBound
    else { return false }
    var verb = first - 1
    if ["now", "still", "today"].contains(words.words[verb].key), verb > clauseWords.lowerBound {
      verb -= 1
    }
    guard ["has", "had", "have"].contains(words.words[verb].key) else { return false }
    return quantities.contains { p in
      guard p.kind == .cardinal, p.range.end < words.words[verb].range.start else { return false }
      let w = words.index(atOrAfter: p.range.end)
      return w < clauseWords.upperBound && words.longestMatch(units, at: w) != nil
    }
  }

  /// "The Orvan Border Police has 4,800 officers": another count attribute with a unit of two
  /// words ("police officers") whose last word is the value's unit and whose first word is a word
  /// of the subject's name; the name supplies the unit's qualifier.
  func unitNamedBy(
    _ subject: EntityMention, _ spec: AttributeSpec, unitEnd: Int, _ q: Quantity
  ) -> AttributeSpec? {
    guard let lastUnit = lastUnitWord(endingAt: unitEnd, after: q) else { return nil }
    let unitKey = words.words[lastUnit].key
    // Only a unit of one word of this attribute's own ("officers"), not one of many words
    // ("contributing countries") or a word that counts only in context ("countries").
    guard (spec.units ?? []).contains(where: { $0.lowercased() == unitKey }),
      lastUnit == 0 || words.longestMatch(phrases(spec).units, at: lastUnit - 1) == nil
    else { return nil }
    let nameWords = Set(subject.canonical.lowercased().split(separator: " ").map(String.init))
    for other in lexicon.attributes where other.name != spec.name && other.shape == .count {
      for unit in other.units ?? [] {
        let parts = unit.lowercased().split(separator: " ").map(String.init)
        if parts.count == 2, parts[1] == unitKey, nameWords.contains(parts[0]) { return other }
      }
    }
    return nil
  }

  /// Whether a cardinal stands at most three words before a list, with no punctuation between
  /// ("whose 19 members include A and B").
  func isCountedBefore(_ list: Enumeration, _ quantities: [Quantity]) -> Bool {
    quantities.contains { q in
      guard q.kind == .cardinal, q.range.end < list.range.start,
        !isPunctuationBetween(q.range.end, list.range.start)
      else { return false }
      return words.index(atOrAfter: list.range.start) - words.index(atOrAfter: q.range.end) <= 3
    }
  }

  /// Whether a value follows "has", "have" or "had" right after "of them" ("of those", "of
  /// these"): "two of those have fewer than ten residents", "most of them had 40 staff".
  func hasPartitiveSubject(_ q: Quantity) -> Bool {
    let w = words.index(atOrAfter: q.range.start)
    guard w >= 3, ["has", "have", "had"].contains(words.words[w - 1].key),
      ["them", "those", "these"].contains(words.words[w - 2].key), words.words[w - 3].key == "of"
    else { return false }
    return !isPunctuationBetween(words.words[w - 3].range.start, q.range.start)
  }

  /// Whether a value follows "of which" or "of whom" (a modifier inside the value may come
  /// between): a part of what the relative pronoun stands for. ", including 800,000 euros on
  /// ...": a part of the amount before the comma.
  func isPartOfWhich(_ q: Quantity) -> Bool {
    let w = words.index(atOrAfter: q.range.start)
    if w >= 2, words.words[w - 1].key == "including",
      !isPunctuationBetween(words.words[w - 1].range.end, q.range.start),
      isPunctuationBetween(words.words[w - 2].range.end, words.words[w - 1].range.start)
    {
      return true
    }
    guard w >= 2, words.words[w - 2].key == "of", ["which", "whom"].contains(words.words[w - 1].key)
    else { return false }
    return !isPunctuationBetween(words.words[w - 1].range.end, q.range.start)
  }

  /// "the depot's 4,200 square metres": a value right after the possessive of a lowercase noun
  /// that the tagger resolved to no name belongs to that unnamed thing. "The company's 3,000
  /// staff" (a reference to a name) and "Kestrel's" (a name) keep their owner.
  func hasUnnamedOwner(_ q: Quantity) -> Bool {
    let start = q.range.start
    guard start >= 5, bytes[start - 1] == UInt8(ascii: " "), bytes[start - 2] == UInt8(ascii: "s"),
      bytes[start - 3] == UInt8(ascii: "'"), bytes[start - 4] >= 0x61, bytes[start - 4] <= 0x7A
    else { return false }
    let w = words.index(atOrAfter: start)
    // The noun is the word before "s" ("depot", "s").
    guard w >= 3, words.words[w - 1].key == "s", bytes[words.words[w - 2].range.start] >= 0x61,
      bytes[words.words[w - 2].range.start] <= 0x7A,
      ["the", "this", "that"].contains(words.words[w - 3].key)
    else { return false }
    let noun = words.words[w - 2].range
    return !document.entities.contains { $0.range.end == noun.end || $0.range.holds(noun.start) }
  }

  /// "120 of its drivers", "96 of the 110 musicians": a count followed by "of" and "its",
  /// "their", "our" or "the" is a part of a group. "2,100 of the group's workers" is not: the
  /// possessive owns the whole, and the count is the subject's own.
  func isPartOfAGroup(_ q: Quantity, _ clauseWords: Range<Int>) -> Bool {
    let w = words.index(atOrAfter: q.range.end)
    guard w + 2 < clauseWords.upperBound, words.words[w].key == "of",
      !isPunctuationBetween(q.range.end, words.words[w].range.start)
    else { return false }
    let owner = words.words[w + 1].key
    if DocumentClaimReader.groupOwners.contains(owner) { return true }
    guard owner == "the" else { return false }
    let noun = words.words[w + 2]
    let possessive = w + 3 < words.words.count && words.words[w + 3].key == "s"
      && words.words[w + 3].range.start == noun.range.end + 1
    return !possessive
  }

  static let groupOwners: Set<String> = ["its", "their", "our", "his", "her", "your"]

  /// Whether "the" stands right before the count `q` and a preposition of place right after its
  /// unit, which ends at `unitEnd`, with no punctuation between ("the three clubs *on* this part
  /// of the river", "the 40 farms *along* the valley").
  func isPlacedGroup(_ q: Quantity, _ unitEnd: Int) -> Bool {
    let first = words.index(atOrAfter: q.range.start)
    let after = words.index(atOrAfter: unitEnd)
    guard first > 0, words.words[first - 1].key == "the", after < words.words.count,
      !isPunctuationBetween(unitEnd, words.words[after].range.start)
    else { return false }
    return DocumentClaimReader.placePrepositions.contains(words.words[after].key)
  }

  static let placePrepositions: Set<String> = [
    "on", "along", "across", "near", "around", "beside", "below", "above", "upstream",
    "downstream", "nearby",
  ]

  /// "visitors from 38 countries": a number after a noun and "from" says where others come from,
  /// not how many there are; "grew from 6", "up from 6", "troops from six nations" (a context
  /// phrase of the attribute), "soldiers from seven countries" (a counted unit) and "from 6 to 8"
  /// still count.
  func comesFrom(
    _ q: Quantity, _ spec: AttributeSpec, unitEnd: Int, _ clauseWords: Range<Int>
  ) -> Bool {
    let first = words.index(atOrAfter: q.range.start)
    guard first - 2 >= clauseWords.lowerBound, words.words[first - 1].key == "from" else {
      return false
    }
    var before = words.words[first - 2].key
    // "has fallen steadily from 3,900": an adverb may stand between the verb and "from".
    if before.hasSuffix("ly"), first - 3 >= clauseWords.lowerBound,
      !isPunctuationBetween(words.words[first - 3].range.end, words.words[first - 1].range.start)
    {
      let verb = words.words[first - 3].key
      if compiled.growthVerbs.contains(verb) || compiled.declineVerbs.contains(verb) { before = verb }
    }
    if compiled.growthVerbs.contains(before) || compiled.declineVerbs.contains(before)
      || DocumentClaimReader.changeWords.contains(before)
      || words.longestMatch(phrases(spec).context, at: first - 2) != nil
      // "draws soldiers from seven contributing countries": counted people come from countries,
      // for an attribute that counts where they come from ("troops from", "drawn from").
      || words.longestMatch(compiled.countUnits, at: first - 2) != nil
        && (spec.context ?? []).contains(where: { $0.hasSuffix(" from") })
      || isPunctuationBetween(words.words[first - 2].range.end, words.words[first - 1].range.start)
    {
      return false
    }
    let next = words.index(atOrAfter: unitEnd)
    return !(next < clauseWords.upperBound && words.words[next].key == "to")
  }

  /// "the eight-member trade area", "a 3,000-member contingent": a compound word that several
  /// attributes accept belongs to the one whose context word names what it describes (the noun
  /// or the name right after), else to one with no context words at all.
  func compoundDescribesAnother(
    _ spec: AttributeSpec, _ q: Quantity, _ unitEnd: Int, _ mentions: [EntityMention]
  ) -> Bool {
    let written = document.text.slice(q.range).lowercased()
    let compound = q.unit ?? written.split(separator: "-").last.map(String.init) ?? ""
    let sharing = lexicon.attributes.filter {
      $0.name != spec.name && $0.shape == .count && ($0.compoundUnits ?? []).contains(compound)
    }
    guard !sharing.isEmpty else { return false }
    let next = words.index(atOrAfter: unitEnd)
    var described: Set<String> = []
    if next < words.words.count { described.insert(words.words[next].key) }
    if let m = mentions.first(where: { $0.range.start >= unitEnd }), m.range.start - unitEnd <= 1,
      let last = m.canonical.split(separator: " ").last
    {
      described.insert(last.lowercased())
    }
    func names(_ a: AttributeSpec) -> Bool { !described.isDisjoint(with: a.context ?? []) }
    if names(spec) { return false }
    if sharing.contains(where: names) { return true }
    // With no attribute named, the compound goes to an attribute with no context words, or to
    // the one whose compound nouns make it the general reading ("a 12-member partnership").
    return !(spec.context ?? []).isEmpty && spec.compoundNouns == nil
      && sharing.contains { ($0.context ?? []).isEmpty || $0.compoundNouns != nil }
  }

  /// Compound words that give a size without saying what is counted ("-strong").
  static let sizeAdjectives: Set<String> = ["strong"]

  /// "a 31,400-strong union", "a 600-strong multinational force": a size adjective counts what
  /// the lowercase noun after it names, so it belongs to an attribute only when one of the next
  /// three lowercase words is among that attribute's `context` or `compound_nouns`. A name or
  /// nothing after it leaves the other rules to decide.
  func sizeAdjectiveDescribesAnother(
    _ spec: AttributeSpec, _ q: Quantity, _ unitEnd: Int, _ clauseWords: Range<Int>
  ) -> Bool {
    let written = document.text.slice(q.range).lowercased()
    let compound = q.unit ?? written.split(separator: "-").last.map(String.init) ?? ""
    guard DocumentClaimReader.sizeAdjectives.contains(compound) else { return false }
    let nouns = Set((spec.context ?? []) + (spec.compoundNouns ?? []))
    var w = words.index(atOrAfter: unitEnd)
    var previousEnd = unitEnd
    var seen = 0
    while w < clauseWords.upperBound, seen < 3,
      !isPunctuationBetween(previousEnd, words.words[w].range.start)
    {
      let first = bytes[words.words[w].range.start]
      guard first >= 0x61 && first <= 0x7A else { break }
      if nouns.contains(words.words[w].key) { return false }
      previousEnd = words.words[w].range.end
      seen += 1
      w += 1
    }
    // An attribute read from a size adjective only through its compound nouns needs one.
    return seen > 0 || spec.compoundNouns != nil
  }

  /// "employs 140 researchers and technicians": after one of the attribute's counting verbs, the
  /// noun the number counts is its unit; "founded in 2011 with seven partners": after a founding
  /// verb's "with" or "by", one of its founding units is. Returns the noun's end.
  func verbCountedNoun(
    _ spec: AttributeSpec, _ q: Quantity, _ clause: TextRange, _ clauseWords: Range<Int>, _ quantities: [Quantity]
  ) -> Int? {
    let first = words.index(atOrAfter: q.range.start)
    let next = words.index(atOrAfter: q.range.end)
    guard first > clauseWords.lowerBound, next < clauseWords.upperBound,
      !isPunctuationBetween(q.range.end, words.words[next].range.start)
    else { return nil }
    let before = words.words[first - 1].key
    if phrases(spec).countingVerbs.contains(before), let unit = q.unit {
      for k in next..<min(next + 3, clauseWords.upperBound) {
        let key = words.words[k].key
        if DocumentClaimReader.comparatives.contains(key) || isPunctuationBetween(q.range.end, words.words[k].range.start) {
          return nil
        }
        if key == unit { return words.words[k].range.end }
      }
    }
    if before == "with" || before == "by", foundingYearWith(q, clause, quantities) != nil {
      // "by nine vegetable growers": up to two lowercase adjectives may stand before the unit.
      var k = next
      while k < clauseWords.upperBound, k < next + 3,
        !isPunctuationBetween(q.range.end, words.words[k].range.start)
      {
        if let n = words.longestMatch(phrases(spec).foundingUnits, at: k) {
          return words.words[k + n - 1].range.end
        }
        let key = words.words[k].key
        guard isPlainWord(key), bytes[words.words[k].range.start] >= 0x61 else { break }
        // "by eleven potters", "by four church choirs": founders of three or more, whatever
        // they are, are the founding members; "two former captains" or "three university
        // friends" found a company, and have no membership.
        if key == "former" || phrases(spec).founderIndividuals.contains(key) { break }
        if before == "by", spec.foundingUnits?.isEmpty == false, (q.low ?? 0) >= 3,
          key.count >= 4 && key.hasSuffix("s") && !key.hasSuffix("ss") && !key.hasSuffix("ous")
            || DocumentClaimReader.irregularPlurals.contains(key),
          !DocumentClaimReader.notFounderNouns.contains(key)
        {
          return words.words[k].range.end
        }
        k += 1
      }
    }
    return nil
  }

  /// Plurals of people that end in no "s" ("by eight women").
  static let irregularPlurals: Set<String> = ["women", "men", "businesswomen", "businessmen"]

  /// "Its population has fallen ..., and the average age is now 49": a bare number after "is" or
  /// "was" whose noun right before, led by "the" or a possessive, is no word of the attribute
  /// is that noun's value.
  func isValueOfAnotherNoun(_ spec: AttributeSpec, _ q: Quantity, _ clauseWords: Range<Int>) -> Bool {
    var k = words.index(atOrAfter: q.range.start) - 1
    if k > clauseWords.lowerBound, ["now", "still", "just", "only"].contains(words.words[k].key) { k -= 1 }
    guard k - 1 > clauseWords.lowerBound, ["is", "was"].contains(words.words[k].key) else { return false }
    let noun = k - 1
    guard isPlainWord(words.words[noun].key), bytes[words.words[noun].range.start] >= 0x61,
      !isPunctuationBetween(words.words[noun].range.end, q.range.start)
    else { return false }
    let p = phrases(spec)
    if [p.units, p.contextUnits, p.context].contains(where: { words.longestMatch($0, at: noun) != nil }) {
      return false
    }
    return (max(clauseWords.lowerBound, noun - 2)..<noun).contains { d in
      DocumentClaimReader.knownDeterminers.contains(words.words[d].key)
    }
  }

  /// "Three in ten residents are under 25": a number after "are" or "were" that follows the
  /// attribute's own noun describes those counted (an age), it does not count them.
  func describesTheContextNoun(_ spec: AttributeSpec, _ q: Quantity, _ clauseWords: Range<Int>) -> Bool {
    var k = words.index(atOrAfter: q.range.start) - 1
    // "are aged 60", "were still 40".
    if k > clauseWords.lowerBound, ["aged", "still", "now", "all"].contains(words.words[k].key) { k -= 1 }
    guard k > clauseWords.lowerBound, ["are", "were"].contains(words.words[k].key) else { return false }
    let noun = k - 1
    let p = phrases(spec)
    return [p.units, p.contextUnits, p.context].contains { words.longestMatch($0, at: noun) == 1 }
  }

  /// "Bangladesh the largest contributor at 1,450": a number after a ranked, singular unit and
  /// "at" is that one's own figure (its troops), not how many there are.
  func ranksOneOfThem(_ spec: AttributeSpec, _ q: Quantity, _ clauseWords: Range<Int>) -> Bool {
    let first = words.index(atOrAfter: q.range.start)
    guard first - 3 >= clauseWords.lowerBound, words.words[first - 1].key == "at",
      words.longestMatch(phrases(spec).units, at: first - 2) == 1
    else { return false }
    return DocumentClaimReader.superlatives.contains(words.words[first - 3].key)
  }

  static let superlatives: Set<String> = [
    "largest", "biggest", "smallest", "main", "leading", "top", "second-largest", "third-largest",
    "second-biggest", "newest", "oldest",
  ]

  /// Whether an exclusion word of the attribute stands within two words before a value or two
  /// words after its unit ("hiring 500 workers", "eight members have withdrawn").
  func excludedNear(_ spec: AttributeSpec, from start: Int, to end: Int, _ clauseWords: Range<Int>) -> Bool {
    let exclusions = phrases(spec).exclusions
    guard !exclusions.isEmpty else { return false }
    let first = max(clauseWords.lowerBound, words.index(atOrAfter: start) - 2)
    // "three members - A, B and C - had withdrawn": the verb comes after the aside.
    var end = end
    if let close = asideEnd(after: end, limit: clauseWords.upperBound > 0 ? words.words[clauseWords.upperBound - 1].range.end : end) {
      end = close
    }
    let firstAfter = words.index(atOrAfter: end)
    var last = firstAfter
    // "14 guards have been wounded", "90 posts will be created": auxiliaries do not count
    // towards the two words after the unit, and "Two sailors from the task force have been
    // killed": nor does a short phrase opened by "from" or "of" right after it.
    var auxiliaries = 0
    var phrase = 0
    if firstAfter < clauseWords.upperBound, ["from", "of"].contains(words.words[firstAfter].key),
      !isPunctuationBetween(end, words.words[firstAfter].range.start)
    {
      phrase = 4
    }
    while last < clauseWords.upperBound, last < firstAfter + 2 + auxiliaries + phrase,
      !isPunctuationBetween(end, words.words[last].range.start)
    {
      if auxiliaries < 3, DocumentClaimReader.exclusionAuxiliaries.contains(words.words[last].key) {
        auxiliaries += 1
      }
      last += 1
    }
    // "Chad, with about 900 soldiers, provides the largest contingent": a count in an aside
    // opened by "with" after a name is read with the main clause that follows the aside.
    let valueWord = words.index(atOrAfter: start)
    if valueWord > clauseWords.lowerBound, words.words[valueWord - 1].key == "with",
      valueWord >= 2, bytes[words.words[valueWord - 2].range.end] == UInt8(ascii: ","),
      end < bytes.count, bytes[end] == UInt8(ascii: ",")
    {
      last = min(clauseWords.upperBound, max(last, firstAfter + 5))
    }
    let near = (first..<max(first, min(last, clauseWords.upperBound)))
    return near.contains { k in
      guard words.longestMatch(exclusions, at: k) != nil else { return false }
      // "we have 640 members left": after "have", what remains, not who went.
      return !(words.words[k].key == "left" && k == firstAfter && valueWord > 0
        && ["have", "has", "had"].contains(words.words[valueWord - 1].key))
    }
  }

  /// Auxiliary verbs that may stand between a counted noun and the verb that excludes it.
  static let exclusionAuxiliaries: Set<String> = [
    "have", "has", "had", "been", "be", "being", "will", "would", "was", "were", "are", "is",
  ]

  /// The end of a dash- or bracket-delimited aside that opens right after an offset (" - A, B
  /// and C -", " (A and B)"), within `limit`.
  func asideEnd(after offset: Int, limit: Int) -> Int? {
    let dash: [UInt8] = Array(" - ".utf8)
    let enDash: [UInt8] = [0x20, 0xE2, 0x80, 0x93, 0x20]
    let paren: [UInt8] = Array(" (".utf8)
    for (open, close) in [(dash, dash), (enDash, enDash), (paren, Array(")".utf8))]
    where offset + open.count <= limit && bytes[offset..<(offset + open.count)].elementsEqual(open) {
      var i = offset + open.count
      while i + close.count <= limit, i < offset + 200 {
        if bytes[i..<(i + close.count)].elementsEqual(close) { return i + close.count }
        i += 1
      }
    }
    return nil
  }

  /// "Twenty-seven countries contribute troops to the mission": a context unit right after the
  /// number, then (one adverb allowed) a context word of the attribute. Returns the unit's end and
  /// the subject named after the context word ("to the mission"), if any.
  func countBeforeContext(
    _ spec: AttributeSpec, _ q: Quantity, _ clause: TextRange, _ mentions: [EntityMention], _ clauseWords: Range<Int>
  ) -> (Int, (EntityMention, String)?)? {
    let contextUnits = phrases(spec).contextUnits
    let context = phrases(spec).context
    guard !contextUnits.isEmpty, !context.isEmpty else { return nil }
    let next = words.index(atOrAfter: q.range.end)
    guard next < clauseWords.upperBound, !isPunctuationBetween(q.range.end, words.words[next].range.start),
      let n = words.longestMatch(contextUnits, at: next)
    else { return nil }
    let unitEnd = words.words[next + n - 1].range.end
    var k = next + n
    if k < clauseWords.upperBound, words.longestMatch(context, at: k) == nil { k += 1 }
    guard k < clauseWords.upperBound, let c = words.longestMatch(context, at: k),
      !isPunctuationBetween(unitEnd, words.words[k].range.start)
    else { return nil }
    let after = words.words[k + c - 1].range.end
    var subject: (EntityMention, String)?
    if let m = mentions.first(where: { $0.range.start >= after && isSubjectCandidate($0, spec, []) }),
      !isPunctuationBetween(after, m.range.start), m.range.start - after <= 24
    {
      subject = (m, basis(of: m))
    }
    return (unitEnd, subject)
  }

  /// A possessive and a noun that names another subject than the owner ("its Polish
  /// subsidiary", "the group's rival") between `from` and a value: the word indexes of both.
  func otherSubjectNoun(from: Int, to: Int) -> (possessive: Int, noun: Int)? {
    guard !compiled.otherSubjectNouns.isEmpty, from < to else { return nil }
    var w = words.index(atOrAfter: from)
    while w < words.words.count, words.words[w].range.end <= to {
      if compiled.otherSubjectNouns.contains(words.words[w].key) {
        for back in 1...3 where w - back >= 0 && words.words[w - back].range.start >= from {
          let b = words.words[w - back]
          if ["its", "their"].contains(b.key) || bytes.count > b.range.end && bytes[b.range.end] == UInt8(ascii: "'") {
            return (w - back, w)
          }
        }
      }
      w += 1
    }
    return nil
  }

  /// The subject "Its Polish subsidiary employs 2,300" speaks of: the owner's name with the words
  /// after the possessive ("Castellan Rail Systems Polish subsidiary"), unless a name follows the
  /// noun ("its rival Marlin Brands"); `nil` when there is no such phrase. The outer optional is
  /// `.some(nil)` when the phrase is there but its owner is unknown.
  func otherSubject(
    _ spec: AttributeSpec, _ clause: TextRange, valueStart: Int, _ mentions: [EntityMention],
    _ exclude: [TextRange], _ sentenceIndex: Int
  ) -> (EntityMention, String)?? {
    guard let (p, n) = otherSubjectNoun(from: clause.start, to: valueStart) else { return nil }
    if isPossessiveApposition(p, mentions) { return nil }
    let nounEnd = words.words[n].range.end
    let named = mentions.filter {
      $0.range.start >= nounEnd && $0.range.end <= valueStart
        && isSubjectCandidate($0, spec, exclude)
    }
    if !named.isEmpty {
      // "Its sister charity in Ireland, Lightkeepers, has ...": the name set off by commas is
      // the other subject, not the place that describes it.
      // "The group's neighbour, the Cerro Alto Array, ...": an article may open the apposition.
      if let apposed = named.first(where: { m in
        m.range.start >= 6 && m.range.end < bytes.count
          && (bytes[m.range.start - 2] == UInt8(ascii: ",")
            || bytes[(m.range.start - 6)..<m.range.start].elementsEqual(", the ".utf8))
          && bytes[m.range.end] == UInt8(ascii: ",")
      }) {
        return .some((apposed, basis(of: apposed)))
      }
      return nil
    }
    let possessive = words.words[p]
    let owner: EntityMention?
    if ["its", "their"].contains(possessive.key) {
      owner = contextSubject(spec, before: possessive.range.start, sentenceIndex: sentenceIndex)?.0
    } else {
      owner = mentions.last { $0.range.end == possessive.range.end || $0.range.end <= possessive.range.end && $0.range.start >= possessive.range.start }
    }
    guard let owner, p + 1 <= n else { return .some(nil) }
    let phrase = String(document.text.slice(TextRange(words.words[p + 1].range.start, nounEnd)))
    let mention = EntityMention(
      range: TextRange(possessive.range.start, nounEnd), canonical: owner.canonical + " " + phrase,
      type: owner.type, basis: .reference)
    return .some((mention, "reference"))
  }

  /// "Belarus became the tenth member": at least that many members from then on. The ordinal
  /// follows "the" and comes right before a unit (qualifiers allowed); the entity before it is
  /// the one that joined, so the subject is found as for a count.
  mutating func readOrdinals(
    _ spec: AttributeSpec, _ clause: TextRange, _ sentence: TextRange, _ sentenceIndex: Int,
    _ mentions: [EntityMention], _ quantities: [Quantity], _ clauseWords: Range<Int>
  ) {
    let units = phrases(spec).units
    let qualifiers = phrases(spec).qualifiers
    for q in quantities where q.kind == .ordinal {
      guard let n = q.value, n >= 2 else { continue }
      // "the second-largest contributor" ranks; it does not count.
      if q.range.end < bytes.count, bytes[q.range.end] == UInt8(ascii: "-") { continue }
      let first = words.index(atOrAfter: q.range.start)
      // "the tenth member", "its fourth contributor", "the league's 14th club".
      guard first > clauseWords.lowerBound,
        ["the", "its", "their"].contains(words.words[first - 1].key)
          || bytes[words.words[first - 1].range.end] == UInt8(ascii: "'")
          || words.words[first - 1].key == "s" && bytes[words.words[first - 1].range.start - 1] == UInt8(ascii: "'")
      else { continue }
      var w = words.index(atOrAfter: q.range.end)
      var skipped = 0
      while w < clauseWords.upperBound, skipped < 2, qualifiers.contains(words.words[w].key),
        words.longestMatch(units, at: w) == nil
      {
        w += 1
        skipped += 1
      }
      var unitEnd: Int
      var goesOn: Int?
      if w < clauseWords.upperBound, let u = words.longestMatch(units, at: w) {
        unitEnd = words.words[w + u - 1].range.end
      } else if isBareOrdinalOfJoining(q, spec, sentence, clauseWords) {
        unitEnd = q.range.end
      } else if let last = bareOrdinalGoesOn(q, spec, sentenceIndex, clauseWords) {
        unitEnd = q.range.end
        goesOn = last
      } else {
        continue
      }
      // "the 10th member to go" after "Fiji left": a clause about leaving counts those who left.
      let exclusions = phrases(spec).exclusions
      if !exclusions.isEmpty, clauseWords.contains(where: { words.longestMatch(exclusions, at: $0) != nil }) { continue }
      // "the second largest member" ranks members; "member to join" keeps the count reading.
      // "Portavel, which became the tenth contributor": the one that joined is no subject.
      // "Lorreth became its fifth member, and Cairnvale joined as the sixth": no one that
      // joined in the clause owns a count.
      let joiner = quantities.filter { $0.kind == .ordinal }.flatMap { o in
        joiners(before: words.index(atOrAfter: o.range.start), clause, mentions).map(\.range)
      }
      // "became the 13th country to contribute floats to the Orm Array": the body after "to".
      let after = words.index(atOrAfter: unitEnd)
      let contributedTo = (after..<min(after + 3, clauseWords.upperBound)).first {
        words.words[$0].key == "to" && !isPunctuationBetween(unitEnd, words.words[$0].range.start)
      }.flatMap { k in
        mentions.first { m in
          let to = words.words[k].range.end
          return m.range.start >= to && gapIsArticle(to, m.range.start)
            && isSubjectCandidate(m, spec, joiner)
        }
      }
      guard let subject = contributedTo.map({ ($0, basis(of: $0)) })
        ?? possessiveOwner(ofOrdinal: q, spec, mentions).map({ ($0, basis(of: $0)) })
        ?? goesOn.map({ (readValues[$0].subject.0, "context") })
        ?? chooseSubject(
          spec, valueStart: q.range.start, unitEnd: unitEnd, clause, mentions, joiner,
          sentenceIndex)
      else { continue }
      let value = Quantity(range: q.range, low: n, high: nil, modifier: .atLeast, kind: .cardinal)
      // "Slovenia, which joined in 2022, was the tenth contributor": the year of the joining
      // told in the relative clause before the ordinal.
      let joined = relativeClauses(in: clause).last { r in
        r.end <= q.range.start && inside(words.words, r, { $0.range }).contains {
          DocumentClaimReader.joinVerbs.contains($0.key) || $0.key == "admitted"
        }
      }.flatMap { r in
        quantities.first { $0.kind == .year && r.holds($0.range.start) && isWritten($0.range) }?.low
      }
      add(spec, subject: subject, value: value, end: unitEnd,
          time: joined.map { TimeScope(year: Int($0), basis: "explicit") }, clause: clause,
          sentence: sentence, sentenceIndex: sentenceIndex, quantities: quantities,
          rule: "ordinal-joining")
    }
  }

  /// The name that became what an ordinal at word `ordinal` ranks ("Glenmorrow Rescue became its
  /// 14th member", "Portavel, which became the tenth contributor"): the last name before a joining
  /// verb at most two words before the ordinal, with at most a relative pronoun between.
  /// A name the tagger split at "and" ("Glenmorrow Search and Rescue") comes whole.
  func joiners(before ordinal: Int, _ clause: TextRange, _ mentions: [EntityMention]) -> [EntityMention] {
    // "admitted the University of Aldbridge as its 15th member": the name before "as" joined,
    // unless it is what was joined ("Chile joined the Tesora Mission as its fifth contributor").
    // "welcomed the Kell Institute in March as its 12th member": a time phrase may come between.
    if ordinal >= 2, words.words[ordinal - 2].key == "as",
      let m = mentions.last(where: { $0.range.end <= words.words[ordinal - 2].range.start }),
      m.range.start >= clause.start,
      isTimePhrase(from: m.range.end, to: words.words[ordinal - 2].range.start)
    {
      var v = words.index(atOrAfter: m.range.start) - 1
      // "admitted the Institute of Geography in Tbilisi as its 24th member": a place located
      // by "in" or "from" describes the name before it, which joined too.
      var located = [m]
      while v >= 1, ["in", "from", "at"].contains(words.words[v].key),
        let named = mentions.last(where: {
          $0.range.end + 1 == words.words[v].range.start && $0.range.start >= clause.start
        })
      {
        located.append(named)
        v = words.index(atOrAfter: named.range.start) - 1
      }
      if v >= 0, words.words[v].key == "the" { v -= 1 }
      if v < 0 || !words.words[v].key.hasPrefix("join") { return located }
    }
    // "Cairnvale joined as the sixth member": the one that joined is named before the verb.
    // "Oskand, which joined in 1996 as the fifth member": a short time phrase may stand between
    // the verb and "as".
    let timed = ordinal >= 2 && words.words[ordinal - 2].key == "as"
      ? (max(0, ordinal - 7)..<(ordinal - 2)).last(where: {
        DocumentClaimReader.joinVerbs.contains(words.words[$0].key)
          && isTimePhrase(from: words.words[$0].range.end, to: words.words[ordinal - 2].range.start)
      }) : nil
    guard let verb = timed ?? (max(0, ordinal - 3)..<ordinal).last(where: {
      DocumentClaimReader.joiningVerbs.contains(words.words[$0].key)
        || DocumentClaimReader.joinVerbs.contains(words.words[$0].key)
          && words.words[$0 + 1].key == "as"
    }) else { return [] }
    var start = words.words[verb].range.start
    if verb > 0, ["which", "who"].contains(words.words[verb - 1].key) { start = words.words[verb - 1].range.start }
    var index = mentions.lastIndex { $0.range.end <= start && $0.range.start >= clause.start }
    func isGap(_ m: EntityMention) -> Bool {
      bytes[m.range.end..<start].allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ",") })
    }
    // "Porto Vermelho, promoted from the second division, became its 16th member": an aside
    // between two commas may stand between the name and the verb.
    var afterAside = false
    if let last = index, !isGap(mentions[last]), start >= 2,
      bytes[(start - 2)..<start].elementsEqual(", ".utf8),
      let named = mentions.lastIndex(where: { m in
        m.range.start >= clause.start && m.range.end < start - 2
          && bytes[m.range.end] == UInt8(ascii: ",")
          && bytes[(m.range.end + 1)..<(start - 2)].allSatisfy { $0 != UInt8(ascii: ",") }
      }),
      start - mentions[named].range.end <= 80
    {
      index = named
      afterAside = true
    }
    guard let last = index, afterAside || isGap(mentions[last]) else { return [] }
    var out = [mentions[last]]
    // "Norway, Iceland and the Faroes, which became the ninth": the whole list is no owner.
    while let k = index, k > 0 {
      let gap = String(decoding: bytes[mentions[k - 1].range.end..<mentions[k].range.start], as: UTF8.self)
      guard DocumentClaimReader.listGaps.contains(gap) else { break }
      out.append(mentions[k - 1])
      index = k - 1
    }
    return out
  }

  /// Verbs after which "the ninth" with no noun still says which member one became.
  static let joiningVerbs: Set<String> = ["become", "became", "becomes", "becoming"]
  /// "the vans will keep running until at least 2028": four digits of a year after "until",
  /// "since", "before" or "after" (a bound such as "at least" may come between) name a time,
  /// whatever the numbers stage made of them, never a count.
  func isYearOfATimePhrase(_ q: Quantity) -> Bool {
    // The quantity may hold its bound ("at least 2028"): the digits end it.
    let digits = q.range.end - 4
    guard digits >= q.range.start, digits > 0,
      bytes[digits..<q.range.end].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
      bytes[digits - 1] == UInt8(ascii: " ") || digits == q.range.start,
      let value = q.low, value >= 1800, value <= 2100
    else { return false }
    var w = words.index(atOrAfter: digits) - 1
    if w >= 1, ["least", "most", "earliest", "latest"].contains(words.words[w].key),
      ["at", "the"].contains(words.words[w - 1].key)
    {
      w -= 2
      if w >= 0, words.words[w].key == "at" { w -= 1 }
    }
    return w >= 0 && ["until", "till", "since", "before", "after"].contains(words.words[w].key)
  }

  /// Verbs that, before "as", say the name before them joined ("joined as the sixth member").
  static let joinVerbs: Set<String> = ["join", "joins", "joined", "joining", "entered", "enters"]
  /// What stands between two names of one list.
  static let listGaps: Set<String> = [
    " and ", " & ", ", ", ", and ", " and the ", ", the ", ", and the ",
  ]
  /// Words of a short time phrase ("in March", "on 3 May", "last year").
  static let timePhraseWords: Set<String> = [
    "in", "on", "at", "last", "this", "early", "late", "year", "month", "week", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
  ]

  /// Whether only spaces or a short time phrase ("in March", "in 2019") stand between two offsets.
  func isTimePhrase(from start: Int, to end: Int) -> Bool {
    guard start < end else { return false }
    if end == start + 1 { return bytes[start] == UInt8(ascii: " ") }
    var w = words.index(atOrAfter: start)
    var count = 0
    while w < words.words.count, words.words[w].range.end <= end {
      let key = words.words[w].key
      guard DocumentClaimReader.timePhraseWords.contains(key)
        || key.utf8.count <= 4 && key.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
      else { return false }
      count += 1
      w += 1
    }
    return count <= 3 && !isPunctuationBetween(start, end)
  }

  /// "Before the decision the council had nine members, Iceland having become the ninth in
  /// 2023": an ordinal with no noun after "became the", in a sentence that names the unit before.
  func isBareOrdinalOfJoining(_ q: Quantity, _ spec: AttributeSpec, _ sentence: TextRange, _ clauseWords: Range<Int>) -> Bool {
    let first = words.index(atOrAfter: q.range.start)
    guard first >= 2, DocumentClaimReader.joiningVerbs.contains(words.words[first - 2].key) else { return false }
    let next = words.index(atOrAfter: q.range.end)
    // A word right after it is the noun it ranks ("became the second largest").
    if next < words.words.count, words.words[next].range.end <= sentence.end,
      !isPunctuationBetween(q.range.end, words.words[next].range.start),
      !["in", "on", "at", "when", "after", "since", "last", "this", "that"].contains(words.words[next].key)
    {
      return false
    }
    var k = words.index(atOrAfter: sentence.start)
    while k < first {
      if words.longestMatch(phrases(spec).units, at: k) != nil { return true }
      k += 1
    }
    return false
  }

  /// Phrases that introduce another value of the claim just read: an earlier one ("up from 1,650
  /// in 2021", "against 96 million in 2018") or one of a pair ("340,000 in 2005 and 298,000 in
  /// 1995"). The other value takes the claim's attribute, subject and unit, and needs its own year.
  static let earlierValuePhrases = ["up from", "down from", "against", "compared with", "compared to", "and"].phrases

  /// Whether the value follows "to" after a verb of change ("fell to 209,100", "has risen to"):
  /// a "from" after it then gives the earlier value ("fell to 209,100 from 215,700 in 2016").
  func isChangeTarget(_ value: Quantity, _ clause: TextRange) -> Bool {
    let first = words.index(atOrAfter: value.range.start)
    guard first >= 2, words.words[first - 1].key == "to" else { return false }
    return (max(0, first - 3)..<(first - 1)).contains { k in
      words.words[k].range.start >= clause.start
        && (compiled.growthVerbs.contains(words.words[k].key)
          || compiled.declineVerbs.contains(words.words[k].key))
    }
  }

  /// Whether two values are within a factor of ten of each other, as a value and its earlier
  /// value are.
  func isComparable(_ a: Quantity, _ b: Quantity) -> Bool {
    guard let x = a.low ?? a.high, let y = b.low ?? b.high, x > 0, y > 0 else { return true }
    return max(x, y) / min(x, y) <= 10
  }

  /// Whether "up from", "down from", "against" or "compared with" stands right before `q`.
  func followsEarlierValuePhrase(_ q: Quantity, _ clauseWords: Range<Int>) -> Bool {
    let first = words.index(atOrAfter: q.range.start)
    for n in 1...2 where first - n >= clauseWords.lowerBound {
      let w = first - n
      if let m = words.longestMatch(DocumentClaimReader.earlierValuePhrases, at: w), m == n,
        words.words[w].key != "and", !isPunctuationBetween(words.words[w].range.end, q.range.start)
      {
        return true
      }
    }
    return false
  }

  mutating func readEarlierValues(
    from firstNew: Int, _ clause: TextRange, _ sentence: TextRange, _ sentenceIndex: Int, _ quantities: [Quantity]
  ) {
    let clauseDates = inside(document.entities, clause, { $0.range }).filter { $0.type == .date }
    var k = firstNew
    while k < readValues.count {
      let (value, valueSpec, valueSubject) = readValues[k]
      var (spec, subject) = (valueSpec, valueSubject)
      k += 1
      guard claims[k - 1].rule != "growth", spec.shape == .count || spec.shape == .money || spec.shape == .measure
      else { continue }
      // Step over the unit and the value's own year: "1,200 personnel, down from", "340,000 in 2005 and".
      var from = value.range.end
      if let year = attachedYear(to: value, clause, quantities) { from = year.range.end }
      var w = words.index(atOrAfter: from)
      let changeTarget = isChangeTarget(value, clause)
      var steps = 0
      var previousEnd = from
      while w < words.words.count, words.words[w].range.end <= clause.end, steps < 3,
        !bytes[previousEnd..<words.words[w].range.start].contains(where: { b in
          b == UInt8(ascii: ".") || b == UInt8(ascii: ";") || b == UInt8(ascii: ":") || b == UInt8(ascii: "(")
        }),
        words.longestMatch(DocumentClaimReader.earlierValuePhrases, at: w) == nil,
        !(words.words[w].key == "from" && changeTarget),
        !quantities.contains(where: { $0.range.holds(words.words[w].range.start) })
      {
        previousEnd = words.words[w].range.end
        // "212,400 inhabitants on January 1, up from": a date is the value's time, not a step.
        if !clauseDates.contains(where: { $0.range.holds(words.words[w].range.start) }) {
          steps += 1
        }
        w += 1
      }
      if words.longestMatch(DocumentClaimReader.earlierValuePhrases, at: w) == nil,
        let jump = earlierValuePhraseAfterComma(from: w, clause, quantities)
      {
        w = jump
      }
      if let (earlier, year) = comparedDifference(at: w, value, clause, quantities) {
        add(spec, subject: subject, value: earlier, unit: claims[k - 1].unit, time: year, clause: clause,
            sentence: sentence, sentenceIndex: sentenceIndex, quantities: quantities, rule: "difference")
        continue
      }
      guard w < words.words.count,
        let n = words.longestMatch(DocumentClaimReader.earlierValuePhrases, at: w)
          ?? (words.words[w].key == "from" && changeTarget ? 1 : nil),
        w + n < words.words.count
      else { continue }
      let isPair = words.words[w].key == "and"
      let start = words.words[w + n].range.start
      guard var other = quantities.first(where: { $0.range.start <= start && start < $0.range.end }),
        sameShape(other, value) || isBareAmount(other, earlierThan: value), other.range.end <= clause.end
      else { continue }
      // "19 million pounds in 2024 from 24 million in 2022": the bare number is in the currency
      // of the amount it is compared with.
      if other.kind != value.kind, value.kind == .money {
        other.kind = .money
        other.unit = value.unit
      }
      // "40 million pounds for Harlow Bakeries in 2024, and 12 million euros for Brenna Brot":
      // each value of the pair has its own owner after "for".
      if isPair, isOwnedAfterFor(other) { continue }
      // "has 1,800 personnel drawn from 14 countries, up from 1,150 in 2021": an earlier value
      // far from the size of the value just before it is the earlier value of an earlier one of
      // the same size read in the clause.
      var unit = claims[k - 1].unit
      if !isPair, !isComparable(other, value), let j = (firstNew..<(k - 1)).last(where: { j in
        readValues[j].value.range.end <= value.range.start
          && clause.holds(readValues[j].value.range.start) && readValues[j].spec.shape == spec.shape && isComparable(other, readValues[j].value)
      }) {
        (spec, subject, unit) = (readValues[j].spec, readValues[j].subject, claims[j].unit)
      }
      var time: TimeScope
      if let year = attachedYear(to: other, clause, quantities) {
        time = TimeScope(year: year.low.map { Int($0) }, basis: isWritten(year.range) ? "explicit" : "relative")
        if let shifted = countedBackFromNow(year) { time.year = shifted }
      } else if !isPair, yearEarlier(after: other, clause), let later = claims[k - 1].time.year {
        time = TimeScope(year: later - 1, basis: "relative")
      } else {
        continue
      }
      // A pair is only a pair when both values carry a year.
      if isPair, attachedYear(to: value, clause, quantities) == nil { continue }
      add(spec, subject: subject, value: other, unit: unit, time: time, clause: clause,
          sentence: sentence, sentenceIndex: sentenceIndex, quantities: quantities,
          rule: isPair ? "pair" : "earlier-value")
    }
  }

  /// "has 100 member farms around the bay, up from 64 in 2015": when the words after a value
  /// run past the few the earlier-value walk steps over, an "up from" or "down from" right after
  /// the next comma still compares with it, if no number stands between. The index of "up"
  /// (or "down"), or `nil`.
  func earlierValuePhraseAfterComma(from w: Int, _ clause: TextRange, _ quantities: [Quantity]) -> Int? {
    var k = w
    var previousEnd = k > 0 ? words.words[k - 1].range.end : clause.start
    while k < words.words.count, k < w + 8, words.words[k].range.end <= clause.end {
      let gap = bytes[min(previousEnd, words.words[k].range.start)..<words.words[k].range.start]
      if gap.contains(where: { [UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"),
        UInt8(ascii: "("), UInt8(ascii: "\"")].contains($0) })
      {
        return nil
      }
      if gap.contains(UInt8(ascii: ",")) {
        guard k + 1 < words.words.count, ["up", "down"].contains(words.words[k].key),
          words.words[k + 1].key == "from"
        else { return nil }
        return k
      }
      if quantities.contains(where: { $0.range.holds(words.words[k].range.start) }) { return nil }
      previousEnd = words.words[k].range.end
      k += 1
    }
    return nil
  }

  /// "revenue fell to 19 million pounds in 2024 from 24 million in 2022": a number with no unit
  /// after an earlier-value phrase compares with the amount of money before it.
  func isBareAmount(_ other: Quantity, earlierThan value: Quantity) -> Bool {
    value.kind == .money && other.kind == .cardinal && other.unit == nil
      && other.modifier == .exact && other.range.start > value.range.end
  }

  /// "212 member clubs, eighteen more than in 2022": a difference at word `w` and "more than" (or
  /// "fewer than", "less than") a year gives the value of that year, the value less (or plus) the
  /// difference.
  func comparedDifference(
    at w: Int, _ value: Quantity, _ clause: TextRange, _ quantities: [Quantity]
  ) -> (Quantity, TimeScope)? {
    guard w + 2 < words.words.count, let v = value.value, value.modifier == .exact,
      let d = quantities.first(where: { $0.range.start == words.words[w].range.start }),
      d.kind == .cardinal || d.kind == .money, d.modifier == .exact, let diff = d.value
    else { return nil }
    var k = words.index(atOrAfter: d.range.end)
    guard k + 1 < words.words.count, words.words[k + 1].key == "than" else { return nil }
    let sign: Double
    switch words.words[k].key {
    case "more": sign = -1
    case "fewer", "less": sign = 1
    default: return nil
    }
    k += 2
    if k < words.words.count, words.words[k].key == "in" { k += 1 }
    guard k < words.words.count,
      let year = quantities.first(where: { $0.kind == .year && $0.range.start == words.words[k].range.start }),
      year.range.end <= clause.end, let y = year.value
    else { return nil }
    let earlier = v + sign * diff
    guard earlier > 0 else { return nil }
    let time = TimeScope(year: countedBackFromNow(year) ?? Int(y), basis: isWritten(year.range) ? "explicit" : "relative")
    return (Quantity(range: d.range, low: earlier, high: earlier, kind: value.kind), time)
  }

  /// "The company employs 3,400 people, against 2,900 a year earlier": when the numbers stage
  /// counted "a year earlier" from a year of another sentence, and this sentence writes no year
  /// before it, the value it compares with holds now, so the year is counted from publication.
  func countedBackFromNow(_ year: Quantity) -> Int? {
    guard !isWritten(year.range), let published = document.metadata.published?.year,
      let value = year.low, document.text.slice(year.range).hasSuffix("earlier"),
      let sentence = document.sentences.first(where: { $0.range.holds(year.range.start) })?.range,
      let base = document.quantities.last(where: { $0.kind == .year && $0.range.end <= year.range.start }),
      !sentence.holds(base.range.start), let baseYear = base.low
    else { return nil }
    // "It had revenue of 184 million euros in 2025. Sales were 151 million euros a year
    // earlier.": a value alone in its sentence compares with the year of the sentence just
    // before, as the numbers stage counted.
    let valuesBefore = inside(document.quantities, TextRange(sentence.start, year.range.start)) {
      $0.range
    }.filter { $0.kind != .year }
    if valuesBefore.count == 1,
      let index = document.sentences.firstIndex(where: { $0.range.holds(year.range.start) }),
      index > 0,
      document.sentences[index - 1].range.holds(base.range.start), isWritten(base.range)
    {
      return nil
    }
    return published - Int(baseYear - value)
  }

  /// Whether two quantities are written alike: both amounts of money, or both plain numbers.
  func sameShape(_ a: Quantity, _ b: Quantity) -> Bool {
    if a.kind == .money || b.kind == .money { return a.kind == b.kind }
    return (a.kind == .cardinal || a.kind == .measure) && (b.kind == .cardinal || b.kind == .measure)
  }

  static let months: [String: Int] = [
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
  ]

  /// Starts of the later values of growth statements read with their earlier value.
  var growthPartner: Set<Int> = []

  /// "grew from 6 to 8 members" (one range) or "from 6 members in 2001 to 8 in 2017" (two numbers):
  /// the earlier and later values, each with the year written right after it. The earlier value
  /// comes only with a year (or "since YEAR"), so that it is never read as the present value.
  /// Each value comes with the basis of its year: `explicit` when written, `relative` when
  /// counted back ("over the last two years"), `published` when the later value has none.
  mutating func growthStatement(_ q: Quantity, unitEnd: Int, clause: TextRange, quantities: [Quantity]) -> [(Quantity, Int?, String)]? {
    let first = words.index(atOrAfter: q.range.start)
    // The change verb stands within three words before the value (or its "from").
    var verb: Bool?
    for k in stride(from: first - 1, through: max(0, first - 4), by: -1) where words.words[k].range.start >= clause.start {
      if compiled.growthVerbs.contains(words.words[k].key) { verb = true; break }
      if compiled.declineVerbs.contains(words.words[k].key) { verb = false; break }
    }
    guard let growing = verb else { return nil }
    let sinceYear = quantities.first { y in
      y.kind == .year && words.index(atOrAfter: y.range.start) > 0
        && words.words[words.index(atOrAfter: y.range.start) - 1].key == "since"
    }
    var since = sinceYear.flatMap { $0.value.map { Int($0) } }
    var sinceBasis = sinceYear.map { isWritten($0.range) ? "explicit" : "relative" } ?? "relative"
    // "since January": the earlier value held in that month of the publication year.
    if since == nil, let published = document.metadata.published {
      var k = words.index(atOrAfter: clause.start)
      while k + 1 < words.words.count, words.words[k + 1].range.end <= clause.end {
        if words.words[k].key == "since", let month = DocumentClaimReader.months[words.words[k + 1].key],
          published.month.map({ month <= $0 }) ?? true
        {
          since = published.year
          sinceBasis = "relative"
        }
        k += 1
      }
    }
    // "over the last two years": the earlier value held that many years before publication.
    if since == nil, let published = document.metadata.published?.year,
      let span = quantities.first(where: { $0.kind == .measure && $0.unit == "year" && $0.range.start >= q.range.end }),
      let n = span.value, n == n.rounded(), n >= 1, n <= 50
    {
      let w = words.index(atOrAfter: span.range.start)
      if w >= 3, ["over", "in", "during"].contains(words.words[w - 3].key), words.words[w - 2].key == "the",
        ["last", "past"].contains(words.words[w - 1].key), span.range.end <= clause.end
      {
        since = published - Int(n)
        sinceBasis = "relative"
      }
    }
    // The later value holds when the sentence says ("to 8 in 2017"), else at the year before the
    // verb ("In 2017 the league grew ..."), else now.
    func laterYear(_ end: Int) -> (Int?, String) {
      if let y = yearRightAfter(end, clause, quantities) { return (y, "explicit") }
      // "to 61,300 at the 2021 census": the year of the count that gave the later value.
      let at = words.index(atOrAfter: end)
      if at + 2 < words.words.count, words.words[at].key == "at", words.words[at + 1].key == "the",
        words.words[at].range.start - end <= 2, words.words[at + 2].range.end <= clause.end,
        let y = quantities.first(where: {
          $0.kind == .year && isWritten($0.range) && $0.range.start == words.words[at + 2].range.start
        })?.value
      {
        return (Int(y), "explicit")
      }
      // "to 385 million euros last year".
      if let y = quantities.first(where: { y in
        y.kind == .year && !isWritten(y.range) && y.range.start >= end && y.range.start - end <= 2
          && y.range.end <= clause.end
      }), let v = y.value {
        return (countedBackFromNow(y) ?? Int(v), "relative")
      }
      if let y = quantities.last(where: { $0.kind == .year && $0.range.end <= q.range.start && isWritten($0.range)
        && !isFoundingYear($0, clause) }), let v = y.value { return (Int(v), "explicit") }
      return (document.metadata.published?.year, document.metadata.publishedBasis == "estimate" ? "estimate" : "published")
    }
    if q.modifier == .range, words.words[first].key == "from", let low = q.low, let high = q.high {
      let (earlier, later) = growing ? (low, high) : (high, low)
      var out: [(Quantity, Int?, String)] = []
      if let since {
        out.append((Quantity(range: q.range, low: earlier, high: earlier, kind: q.kind), since, sinceBasis))
      }
      let (year, basis) = laterYear(unitEnd)
      out.append((Quantity(range: q.range, low: later, high: later, kind: q.kind), year, basis))
      return out
    }
    guard first > 0, words.words[first - 1].key == "from" else { return nil }
    // The later value: "to N" further on in the clause.
    var k = words.index(atOrAfter: unitEnd)
    while k < words.words.count, words.words[k].range.end <= clause.end, words.words[k].key != "to" { k += 1 }
    guard k + 1 < words.words.count, words.words[k].range.end <= clause.end,
      let later = quantities.first(where: { $0.range.holds(words.words[k + 1].range.start) && $0.kind == q.kind })
    else { return nil }
    growthPartner.insert(later.range.start)
    var out: [(Quantity, Int?, String)] = []
    if let year = yearRightAfter(unitEnd, clause, quantities) {
      out.append((q, year, "explicit"))
    } else if let founded = foundingYear(atItsFoundingAfter: unitEnd, clause) {
      out.append((q, founded, "context"))
    } else if let since {
      out.append((q, since, sinceBasis))
    }
    var laterEnd = later.range.end
    let afterLater = words.index(atOrAfter: laterEnd)
    if afterLater < words.words.count, let n = words.longestMatch(compiled.countUnits, at: afterLater) {
      laterEnd = words.words[afterLater + n - 1].range.end
    }
    let (year, basis) = laterYear(laterEnd)
    out.append((later, year, basis))
    return out
  }

  /// "grew from 600 troops at its launch to 1,450": after "at its" (on, their) and a founding
  /// noun right after an offset, the founding year: one the sentence gives ("Set up in 2019
  /// ..."), else the last founding year read.
  func foundingYear(atItsFoundingAfter offset: Int, _ clause: TextRange) -> Int? {
    let w = words.index(atOrAfter: offset)
    guard w + 2 < words.words.count, words.words[w + 2].range.end <= clause.end,
      words.words[w].range.start - offset <= 2, ["its", "their"].contains(words.words[w + 1].key)
    else { return nil }
    let atFounding = ["at", "on", "upon"].contains(words.words[w].key)
      && lexicon.attributes.contains(where: {
        $0.shape == .year && words.longestMatch(phrases($0).nouns, at: w + 2) != nil
      })
    // "from ten clubs in its first season": the season or year it began in.
    let firstSeason = words.words[w].key == "in" && words.words[w + 2].key == "first"
      && w + 3 < words.words.count && words.words[w + 3].range.end <= clause.end
      && DocumentClaimReader.firstPeriods.contains(words.words[w + 3].key)
    guard atFounding || firstSeason else { return nil }
    if let sentence = document.sentences.first(where: { $0.range.holds(clause.start) })?.range,
      let y = inside(document.quantities, sentence, { $0.range }).first(where: {
        $0.kind == .year && isWritten($0.range) && $0.range.end <= offset
          && isFoundingYear($0, sentence)
      })?.low
    {
      return Int(y)
    }
    let fixed = compiled.yearAttributes
    return claims.last(where: { fixed.contains($0.attribute) })?.value.low.map { Int($0) }
  }

  /// The founding year a value is dated by when "when it was set up" (at most two words after the
  /// value and its unit, no punctuation between, "when", a pronoun, up to two more words and a
  /// founding verb with no year after it) follows it: the year a founding phrase earlier in the
  /// sentence names.
  func foundingYear(
    whenFoundedAfter value: Quantity, _ clause: TextRange, _ sentenceIndex: Int
  ) -> Int? {
    let first = words.index(atOrAfter: value.range.end)
    var when: Int?
    for w in first..<min(first + 3, words.words.count)
    where words.words[w].range.end <= clause.end {
      if isPunctuationBetween(value.range.end, words.words[w].range.start) { break }
      if words.words[w].key == "when" { when = w; break }
    }
    guard let when, when + 2 < words.words.count,
      ["it", "they"].contains(words.words[when + 1].key)
    else { return nil }
    for k in (when + 2)...(when + 4)
    where k < words.words.count && words.words[k].range.end <= clause.end {
      guard let n = words.longestMatch(compiled.foundingTriggers, at: k) else { continue }
      // "when it was set up in 2009" dates itself (read elsewhere).
      if k + n < words.words.count, words.words[k + n].key == "in",
        !isPunctuationBetween(words.words[k + n - 1].range.end, words.words[k + n].range.start)
      {
        return nil
      }
      let sentence = document.sentences[sentenceIndex].range
      return inside(document.quantities, sentence, { $0.range }).first(where: {
        $0.kind == .year && isWritten($0.range) && $0.range.end <= value.range.start
          && isFoundingYear($0, sentence)
      })?.low.map { Int($0) }
    }
    return nil
  }

  /// Nouns of the first period of a body's life ("in its first season").
  static let firstPeriods: Set<String> = ["season", "year", "edition"]

  /// The year in "in YEAR" right after an offset, inside the clause.
  func yearRightAfter(_ offset: Int, _ clause: TextRange, _ quantities: [Quantity]) -> Int? {
    let w = words.index(atOrAfter: offset)
    guard w + 1 < words.words.count, words.words[w].key == "in" || words.words[w].key == "by",
      words.words[w].range.start - offset <= 2, words.words[w + 1].range.end <= clause.end
    else { return nil }
    let start = words.words[w + 1].range.start
    return quantities.first { $0.kind == .year && $0.range.start == start }?.value.map { Int($0) }
  }

  /// Money and measures: an amount of the right kind with a trigger word of the attribute in the
  /// clause ("a budget of $4.2 billion", "the city covers 1,200 square kilometres"). Each amount
  /// goes to the attribute whose trigger is nearest to it.
  mutating func readAmounts(
    _ spec: AttributeSpec, _ clause: TextRange, _ sentence: TextRange, _ sentenceIndex: Int,
    _ mentions: [EntityMention], _ quantities: [Quantity], _ clauseWords: Range<Int>
  ) {
    for var q in quantities {
      switch spec.shape {
      case .money:
        if q.kind != .money, let amount = moneyWithoutCurrency(q) { q = amount }
        guard q.kind == .money else { continue }
      case .measure: guard q.kind == .measure, let unit = q.unit, (spec.quantityUnits ?? []).contains(unit) else { continue }
      default: continue
      }
      // "Revenue. The order is the same: 418 million pounds for Quarrystone in 2024, ...".
      if spec.shape == .money, triggerDistance(spec, to: q, clauseWords) == nil,
        let owner = headedAmountOwner(spec, q, clause, sentenceIndex, mentions)
      {
        add(spec, subject: owner, value: q, unit: q.unit, clause: clause, sentence: sentence,
          sentenceIndex: sentenceIndex, quantities: quantities, rule: spec.shape.rawValue)
        continue
      }
      guard let distance = triggerDistance(spec, to: q, clauseWords) ?? unitOnlyDistance(spec, q)
      else { continue }
      // Another attribute of the same shape with a nearer trigger takes the amount.
      let nearer = lexicon.attributes.contains { other in
        other.name != spec.name && other.shape == spec.shape
          && (triggerDistance(other, to: q, clauseWords).map { $0 < distance } ?? false)
      }
      if nearer { continue }
      if growthPartner.contains(q.range.start) { continue }
      // A measure read by its unit alone: "grow mustard on 3,000 hectares" says where, and "A
      // standard plot of 250 square metres rents for ..." describes a thing the sentence opens
      // with, not a named subject.
      if spec.shape == .measure, triggerDistance(spec, to: q, clauseWords) == nil,
        isPlaceOfAnAction(q, clauseWords) || describesAnIndefiniteOpening(q, sentence)
      {
        continue
      }
      // "cut to 310,000 pounds in 2025 from 1.1 million pounds in 2010, and its income ...": the
      // amount after "from" is the earlier value of the change target, read with it, not one of
      // an attribute whose trigger only comes after.
      if isEarlierValueOfAChangeTarget(q, clause, quantities),
        !hasContext(spec, before: q.range.start, clause, [])
      {
        continue
      }
      if followsAgainst(q, clause, quantities),
        !hasContext(spec, before: q.range.start, clause, [])
      {
        continue
      }
      if spec.shape == .money, isPaidToAnother(q, clause) || buysWithIt(q, clause) { continue }
      // "runs a seven-hectare estate": a size joined to its unit by a hyphen after "a" describes
      // a thing the text does not name.
      if spec.shape == .measure, describesAnUnnamedThing(q) { continue }
      if spec.shape == .money, isPricePerUnit(q, clause) || isCostOfOneThing(q, clause)
        || isPriceOfADeal(q, clause) || describesAThing(spec, q, clause) || isResult(q, clause)
        || isDifference(q, clause) || isGrant(q, clause) || isSpentByOutsiders(q, clause)
        || isWage(q, clause) || spendsTimeBefore(q, clause) || isWorthOfAThing(q)
      {
        continue
      }
      guard let subject = budgetOwnerAfterFor(spec, q, clause, mentions)
        ?? frontedSubject(spec, q, clause, mentions)
        ?? chooseSubject(spec, valueStart: q.range.start, unitEnd: q.range.end, clause, mentions, [], sentenceIndex)
      else { continue }
      // "revenue fell from $5.2 billion in 2021 to $4.8 billion in 2022".
      if let growth = growthStatement(q, unitEnd: q.range.end, clause: clause, quantities: quantities) {
        for (value, year, basis) in growth {
          let time = year.map { TimeScope(year: $0, basis: basis) }
          add(spec, subject: subject, value: value, unit: value.unit ?? q.unit, time: time, clause: clause,
              sentence: sentence, sentenceIndex: sentenceIndex, quantities: quantities, rule: "growth")
        }
        continue
      }
      add(spec, subject: subject, value: q, unit: q.unit, clause: clause, sentence: sentence,
          sentenceIndex: sentenceIndex, quantities: quantities, rule: spec.shape.rawValue)
    }
  }

  /// "\"Our budget is 2.1 million pounds. Income was 2.3 million last year\"": a number in
  /// millions (or billions) with no unit, right after a word of money ("income was", "we
  /// spent", "a budget of") and not a part ("3 million of it"), in a paragraph that writes an
  /// amount in millions with its currency before it, is in that currency; `nil` for any other.
  func moneyWithoutCurrency(_ q: Quantity) -> Quantity? {
    let w = words.index(atOrAfter: q.range.start)
    let after = words.index(atOrAfter: q.range.end)
    guard q.kind == .cardinal, q.unit == nil, isInMillions(q),
      after >= words.words.count || words.words[after].key != "of",
      (max(0, w - 3)..<w).contains(where: { k in
        !isPunctuationBetween(words.words[k].range.end, q.range.start) && isMoneyWord(k)
      }),
      let paragraph = document.paragraphs.first(where: { $0.holds(q.range.start) }),
      let amount = inside(document.quantities, paragraph, { $0.range }).last(where: {
        $0.kind == .money && $0.unit != nil && $0.range.end <= q.range.start && isInMillions($0)
      })
    else { return nil }
    return Quantity(range: q.range, low: q.low, high: q.high, modifier: q.modifier, kind: .money, unit: amount.unit)
  }

  /// "and we spent 1.95 million": a number with no unit right after a word that marks an amount
  /// of money ("spent", "income", "turnover") is that amount, no count.
  func isAmountOfAMoneyWord(_ q: Quantity) -> Bool {
    let w = words.index(atOrAfter: q.range.start)
    guard q.unit == nil, w > 0, !isPunctuationBetween(words.words[w - 1].range.end, q.range.start)
    else { return false }
    return isMoneyWord(w - 1)
  }

  /// Whether word `k` alone is a context word of an attribute of money ("income", "spent").
  func isMoneyWord(_ k: Int) -> Bool {
    let key = words.words[k].key
    return lexicon.attributes.contains { spec in
      spec.shape == .money && phrases(spec).context.byFirstWord[key]?.contains([key]) == true
    }
  }

  /// Whether a number is written with "million" or "billion".
  func isInMillions(_ q: Quantity) -> Bool {
    let w = words.index(atOrAfter: q.range.start)
    return (w..<min(w + 4, words.words.count)).contains { k in
      words.words[k].range.end <= q.range.end && ["million", "billion"].contains(words.words[k].key)
    }
  }

  /// Whether "from" stands right before the amount `q`, and an amount of its kind before it in
  /// the clause follows "to" after a verb of change ("had been cut to 310,000 pounds in 2025 from
  /// 1.1 million pounds in 2010").
  func isEarlierValueOfAChangeTarget(_ q: Quantity, _ clause: TextRange, _ quantities: [Quantity]) -> Bool {
    let first = words.index(atOrAfter: q.range.start)
    guard first > 0, words.words[first - 1].key == "from" else { return false }
    return quantities.contains { other in
      other.kind == q.kind && other.range.end <= q.range.start && clause.holds(other.range.start)
        && isChangeTarget(other, clause)
    }
  }

  /// Whether the amount `q` is written as a compound adjective ("seven-hectare") right after "a"
  /// or "an".
  func describesAnUnnamedThing(_ q: Quantity) -> Bool {
    let first = words.index(atOrAfter: q.range.start)
    guard first > 0, ["a", "an"].contains(words.words[first - 1].key) else { return false }
    return bytes[q.range.start..<q.range.end].contains(UInt8(ascii: "-"))
  }

  /// Whether "on" stands right before the amount `q` ("on about 3,000 hectares"; a hedge may
  /// stand between, as it is part of the quantity).
  func isPlaceOfAnAction(_ q: Quantity, _ clauseWords: Range<Int>) -> Bool {
    let first = words.index(atOrAfter: q.range.start)
    return first > clauseWords.lowerBound && words.words[first - 1].key == "on"
  }

  /// Whether the sentence opens with "A" or "An" and a noun phrase that holds the amount `q`
  /// before any name: "A standard plot of 250 square metres rents for ...".
  func describesAnIndefiniteOpening(_ q: Quantity, _ sentence: TextRange) -> Bool {
    let w = words.index(atOrAfter: sentence.start)
    guard w < words.words.count, ["a", "an"].contains(words.words[w].key),
      isUpperASCII(bytes[words.words[w].range.start]),
      !isPunctuationBetween(words.words[w].range.end, q.range.start)
    else { return false }
    let first = words.index(atOrAfter: q.range.start)
    return first - w <= 5
      && inside(document.entities, TextRange(sentence.start, q.range.start), { $0.range }).isEmpty
  }

  static let yearlyAfterPer: Set<String> = ["year", "annum"]

  /// "a levy of 12 euros per hectare", "fees, which rise to 40 euros for adults": an amount paid
  /// per unit, marked by the words after it or by a price noun and "of" or "at" right before it.
  /// "is spending 9 million euros on a new turbine": an amount spent on one thing is its cost,
  /// not a yearly budget or spending ("spends 11 million a year on roads" stays spending).
  /// "will spend 2 million this year building a depot": an amount followed by a gerund (after
  /// at most a "this year") is likewise the cost of one project.
  func isCostOfOneThing(_ q: Quantity, _ clause: TextRange) -> Bool {
    var after = words.index(atOrAfter: q.range.end)
    guard after < words.words.count, words.words[after].range.end <= clause.end,
      !isPunctuationBetween(q.range.end, words.words[after].range.start)
    else { return false }
    if after + 1 < words.words.count, words.words[after].key == "on",
      ["a", "an"].contains(words.words[after + 1].key), words.words[after + 1].range.end <= clause.end
    {
      return true
    }
    // "is spending 68 million euros to double the plant's capacity": an amount for a purpose.
    if after + 1 < words.words.count, words.words[after].key == "to",
      words.words[after + 1].range.end <= clause.end
    {
      let verb = words.words[after + 1]
      let first = bytes[verb.range.start]
      if first >= 0x61, first <= 0x7A, isPlainWord(verb.key), verb.key != "be",
        !DocumentClaimReader.notPurposeAfterTo.contains(verb.key), !verb.key.hasSuffix("s"),
        !document.quantities.contains(where: { $0.range.holds(verb.range.start) })
      {
        return true
      }
    }
    if after + 2 < words.words.count, ["this", "next"].contains(words.words[after].key),
      words.words[after + 1].key == "year"
    {
      after += 2
    }
    guard after < words.words.count, words.words[after].range.end <= clause.end,
      !isPunctuationBetween(q.range.end, words.words[after].range.start)
    else { return false }
    let key = words.words[after].key
    return key.count > 5 && key.hasSuffix("ing") && bytes[words.words[after].range.start] >= 0x61
      && !DocumentClaimReader.notGerunds.contains(key)
  }

  /// Participles that give the cost of the thing before them ("a repair costing 6 million").
  static let costParticiples: Set<String> = ["costing", "valued", "priced"]

  /// "a 95-million-euro bypass", "a repair costing 6 million euros", "a ferry valued at 30
  /// million": an amount written as a compound adjective before a noun that is not one of the
  /// attribute's trigger words, or one after a participle of cost, is the price of one thing.
  func describesAThing(_ spec: AttributeSpec, _ q: Quantity, _ clause: TextRange) -> Bool {
    let at = words.index(atOrAfter: q.range.start)
    if at >= 1, DocumentClaimReader.costParticiples.contains(words.words[at - 1].key) {
      return true
    }
    if at >= 2, words.words[at - 1].key == "at",
      DocumentClaimReader.costParticiples.contains(words.words[at - 2].key)
    {
      return true
    }
    // "a broadcasting deal worth 12 million": "worth" after a noun (not after "was") gives the
    // value of one thing, unless that noun is one of the attribute's words ("sales worth ...").
    if at >= 2, words.words[at - 1].key == "worth", words.words[at - 2].range.start >= clause.start,
      !DocumentClaimReader.exclusionAuxiliaries.contains(words.words[at - 2].key),
      words.longestMatch(phrases(spec).context, at: at - 2) == nil,
      isPlainWord(words.words[at - 2].key), bytes[words.words[at - 2].range.start] >= 0x61
    {
      return true
    }
    // "a new deal with a Czech broadcaster is worth 7 million": after a copula, an unnamed
    // noun that is none of the attribute's words is the thing the amount values.
    if at >= 3, words.words[at - 1].key == "worth",
      ["is", "was", "are", "were"].contains(words.words[at - 2].key),
      words.words[at - 3].range.start >= clause.start,
      words.longestMatch(phrases(spec).context, at: at - 3) == nil,
      isPlainWord(words.words[at - 3].key), bytes[words.words[at - 3].range.start] >= 0x61,
      !document.entities.contains(where: { $0.range.holds(words.words[at - 3].range.start) })
    {
      return true
    }
    guard q.range.end < bytes.count, document.text.slice(q.range).contains("-") else {
      return false
    }
    let next = words.index(atOrAfter: q.range.end)
    guard next < words.words.count, words.words[next].range.end <= clause.end,
      words.words[next].range.start == q.range.end + 1, bytes[q.range.end] == UInt8(ascii: " ")
    else { return false }
    let first = bytes[words.words[next].range.start]
    guard first >= 0x61, first <= 0x7A else { return false }
    return words.longestMatch(phrases(spec).context, at: next) == nil
  }

  /// Words after "N euros to" that are no verb of a purpose ("paid 2 million to the council").
  static let notPurposeAfterTo: Set<String> = [
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "each",
    "every", "all", "some", "date", "about", "around", "nearly", "almost", "more", "over",
  ]

  /// Words ending in "-ing" that are no gerund of a project ("including 3 million for ...").
  static let notGerunds: Set<String> = ["including", "during", "excluding", "according", "regarding"]

  /// "bought the mill for 3 million euros in 1990", "sold its ferry arm for 40 million": an
  /// amount after "for", with a verb of buying or selling at most six words before, is a price.
  func isPriceOfADeal(_ q: Quantity, _ clause: TextRange) -> Bool {
    let at = words.index(atOrAfter: q.range.start)
    guard at >= 1, words.words[at - 1].key == "for" else { return false }
    // "bought a 60 percent stake in the firm in 2019 for 25 million": the bought thing may be long.
    return wordsBefore(q, in: clause, atMost: 12).dropLast().contains {
      compiled.purchaseVerbs.contains(words.words[$0].key)
    }
  }

  /// The indices of the last `n` words of `clause` before the value `q` (fewer at the clause's start).
  func wordsBefore(_ q: Quantity, in clause: TextRange, atMost n: Int) -> Range<Int> {
    let at = words.index(atOrAfter: q.range.start)
    return min(at, max(words.index(atOrAfter: clause.start), at - n))..<at
  }

  /// "Its revenue was 388 million euros, and it made a profit of 19 million euros": an amount
  /// right after a noun of a result ("profit", "loss", "deficit") and "of" or "was" is that
  /// result, whatever trigger stands nearest.
  func isResult(_ q: Quantity, _ clause: TextRange) -> Bool {
    let at = words.index(atOrAfter: q.range.start)
    guard at >= 2, words.words[at - 2].range.start >= clause.start,
      ["of", "was", "were", "is", "are"].contains(words.words[at - 1].key),
      !isPunctuationBetween(words.words[at - 2].range.end, q.range.start)
    else { return false }
    return compiled.resultNouns.contains(words.words[at - 2].key)
  }

  /// "spent 117 million euros, 8 million euros more than budgeted": an amount right before "more
  /// than" or "less than" is a difference between two amounts, not either of them.
  func isDifference(_ q: Quantity, _ clause: TextRange) -> Bool {
    let after = words.index(atOrAfter: q.range.end)
    guard after + 1 < words.words.count, words.words[after + 1].range.end <= clause.end,
      !isPunctuationBetween(q.range.end, words.words[after].range.start),
      DocumentClaimReader.differenceWords.contains(words.words[after].key)
    else { return false }
    return words.words[after + 1].key == "than"
  }

  static let differenceWords: Set<String> = ["more", "less", "fewer", "higher", "lower"]

  /// "still gives the network 1.1 million pounds a year", "has donated more than 2 million to the
  /// trust": an amount a verb of giving governs, within six words and no punctuation, leaves the
  /// subject; "was granted 3 million" is the subject's own, received.
  func isGrant(_ q: Quantity, _ clause: TextRange) -> Bool {
    for k in wordsBefore(q, in: clause, atMost: 6).reversed() {
      if isPunctuationBetween(words.words[k].range.end, q.range.start) { return false }
      guard compiled.grantVerbs.contains(words.words[k].key) else { continue }
      return k == 0 || !DocumentClaimReader.passiveAuxiliaries.contains(words.words[k - 1].key)
    }
    return false
  }

  static let passiveAuxiliaries: Set<String> = ["was", "were", "is", "are", "be", "been", "being"]

  /// "museum visitors spend about 41 million pounds a year in local shops": an amount within
  /// four words after people outside the subject (visitors, passengers) is what they spend.
  func isSpentByOutsiders(_ q: Quantity, _ clause: TextRange) -> Bool {
    // "visitors to the railway spent an estimated 5 million pounds": up to eight words back,
    // with no punctuation between.
    let before = wordsBefore(q, in: clause, atMost: 8)
    if before.contains(where: { k in
      compiled.outsideSpenders.contains(words.words[k].key)
        && (!isPunctuationBetween(words.words[k].range.end, q.range.start)
          // "summer visitors, who spent an estimated 3 million pounds": a relative clause of theirs.
          || k + 1 < words.words.count && words.words[k + 1].key == "who"
            && bytes[words.words[k].range.end..<words.words[k + 1].range.start].elementsEqual(", ".utf8)
            && !isPunctuationBetween(words.words[k + 1].range.end, q.range.start))
    }) {
      return true
    }
    // "About 9,000 holidaymakers took boats out, and they spent 2 million pounds": "they" before
    // the amount points back to the outsiders named before it in the sentence.
    // "Some 23,000 visitors came last year, spending an estimated 3.1 million pounds": a
    // participle after a comma has the sentence's subject before it.
    let participle = before.last(where: { k in
      k > 0 && DocumentClaimReader.spendingParticiples.contains(words.words[k].key)
        && bytes[words.words[k - 1].range.end..<words.words[k].range.start].elementsEqual(", ".utf8)
    })
    guard let they = before.last(where: { words.words[$0].key == "they" }) ?? participle,
      !isPunctuationBetween(words.words[they].range.end, q.range.start)
    else { return false }
    var k = they - 1
    while k >= 0, k >= they - 25 {
      let gap = bytes[words.words[k].range.end..<words.words[k + 1].range.start]
      if gap.contains(where: DocumentClaimReader.sentenceStops.contains) { return false }
      if compiled.outsideSpenders.contains(words.words[k].key) { return true }
      k -= 1
    }
    return false
  }

  static let spendingParticiples: Set<String> = ["spending", "paying"]

  /// Bytes that end a sentence, for walks back that must stay inside one.
  static let sentenceStops: Set<UInt8> = [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), 0x0A]

  /// "a newly qualified nurse earns 2,950 euros a month", "A junior clerk at the bank earns
  /// 31,000 euros": an amount at most three words after a verb of pay, whose subject opens with
  /// "a" or "an" at most eight words before it with no punctuation between, is one person's wage.
  func isWage(_ q: Quantity, _ clause: TextRange) -> Bool {
    let before = wordsBefore(q, in: clause, atMost: 3)
    guard let verb = before.last(where: { compiled.earningVerbs.contains(words.words[$0].key) }),
      !isPunctuationBetween(words.words[verb].range.end, q.range.start)
    else { return false }
    var k = verb - 1
    while k >= 0, k >= verb - 8, words.words[k].range.start >= clause.start {
      if isPunctuationBetween(words.words[k].range.end, words.words[verb].range.start) { return false }
      if ["a", "an"].contains(words.words[k].key) { return true }
      k -= 1
    }
    return false
  }

  /// "the club had spent the summer raising 45,000 pounds": a verb of spending whose object is a
  /// stretch of time spends the time, and the amount after it is raised or earned, not spent.
  func spendsTimeBefore(_ q: Quantity, _ clause: TextRange) -> Bool {
    let before = wordsBefore(q, in: clause, atMost: 8)
    return before.contains { k in
      guard ["spent", "spend", "spends", "spending"].contains(words.words[k].key),
        k + 2 < words.words.count, words.words[k + 2].range.end <= q.range.start,
        !isPunctuationBetween(words.words[k].range.end, q.range.start)
      else { return false }
      let next = words.words[k + 1].key
      // "our spending last year" is no verb of spending a stretch of time.
      let noun = ["the", "a", "an", "most", "much", "all"].contains(next)
        ? words.words[k + 2].key : next
      return DocumentClaimReader.timeNouns.contains(noun)
    }
  }

  /// Stretches of time a verb of spending can take as its object ("spent the summer").
  static let timeNouns: Set<String> = [
    "summer", "winter", "spring", "autumn", "fall", "year", "years", "month", "months", "week",
    "weeks", "day", "days", "decade", "decades", "season", "weekend", "time", "morning",
    "evening", "night", "nights",
  ]

  func isPricePerUnit(_ q: Quantity, _ clause: TextRange) -> Bool {
    let after = words.index(atOrAfter: q.range.end)
    if after < words.words.count, words.words[after].range.end <= clause.end,
      words.longestMatch(compiled.perUnitPhrases, at: after) != nil
    {
      let isPer = words.words[after].key == "per"
      let next = after + 1 < words.words.count ? words.words[after + 1].key : ""
      if !isPer || !DocumentClaimReader.yearlyAfterPer.contains(next) { return true }
    }
    // "paid 61,000 euros a year in membership fees": fees the amount is paid in.
    var k = after
    if k + 1 < words.words.count, ["a", "per"].contains(words.words[k].key),
      DocumentClaimReader.yearlyAfterPer.contains(words.words[k + 1].key)
    {
      k += 2
    }
    if k < words.words.count, words.words[k].key == "in", words.words[k].range.end <= clause.end,
      !isPunctuationBetween(q.range.end, words.words[k].range.start)
    {
      var n = k + 1
      while n < words.words.count, n <= k + 3, words.words[n].range.end <= clause.end,
        isPlainWord(words.words[n].key)
      {
        if compiled.priceNouns.contains(words.words[n].key) { return true }
        n += 1
      }
    }
    // "a levy of 12 euros", "tickets at 30 euros": the price noun governs the amount; "ticket
    // revenue reached 390 million" and "revenue from port fees reached ..." name no price.
    // "a subscription costs 20 euros": what a priced thing costs.
    let at = words.index(atOrAfter: q.range.start)
    if costsOfAPricedThing(at) { return true }
    guard at >= 2, words.words[at - 2].range.start >= clause.start,
      ["of", "at", "costs", "cost"].contains(words.words[at - 1].key)
    else { return false }
    return compiled.priceNouns.contains(words.words[at - 2].key)
  }

  static let costVerbs: Set<String> = ["cost", "costs", "costing", "priced"]
  static let priceHedges: Set<String> = [
    "between", "about", "around", "from", "up", "to", "only", "just", "some", "roughly",
  ]

  /// "tickets, which cost between 18 and 95 euros", "fares cost about 30 euros": a cost verb
  /// (hedges after it) whose subject, right before it or before "which", is a price noun.
  func costsOfAPricedThing(_ at: Int) -> Bool {
    var c = at - 1
    while c > 0, c >= at - 3, DocumentClaimReader.priceHedges.contains(words.words[c].key) { c -= 1 }
    guard c >= 1, DocumentClaimReader.costVerbs.contains(words.words[c].key),
      !isPunctuationBetween(words.words[c].range.end, words.words[at].range.start)
    else { return false }
    var n = c - 1
    if ["which", "that"].contains(words.words[n].key), n >= 1 { n -= 1 }
    return compiled.priceNouns.contains(words.words[n].key)
  }

  /// "At about 1,400 sq km, Kestrel Park is ...": a value in a short opening phrase (at most two
  /// words before it) describes the name right after the comma that closes the phrase.
  func frontedSubject(
    _ spec: AttributeSpec, _ q: Quantity, _ clause: TextRange, _ mentions: [EntityMention]
  ) -> (EntityMention, String)? {
    let first = words.index(atOrAfter: clause.start)
    guard words.index(atOrAfter: q.range.start) - first <= 2,
      !mentions.contains(where: { $0.range.end <= q.range.start }),
      q.range.end + 2 < clause.end, bytes[q.range.end] == UInt8(ascii: ","),
      let m = mentions.first(where: { $0.range.start > q.range.end }),
      gapIsArticle(q.range.end + 1, m.range.start), isSubjectCandidate(m, spec, [])
    else { return nil }
    return (m, basis(of: m))
  }

  /// A distance beyond any trigger's for a measure whose unit no other attribute accepts: "at
  /// 1,040 square kilometres" is an area with no word saying so. `nil` for any other value.
  func unitOnlyDistance(_ spec: AttributeSpec, _ q: Quantity) -> Int? {
    guard spec.shape == .measure, let unit = q.unit, (spec.quantityUnits ?? []).contains(unit),
      !lexicon.attributes.contains(where: {
        $0.name != spec.name && ($0.quantityUnits ?? []).contains(unit)
      })
    else { return nil }
    return Int.max / 2
  }

  /// How many words lie between the value and the nearest trigger word of the attribute in the
  /// clause, or `nil` when the clause has none.
  func triggerDistance(_ spec: AttributeSpec, to q: Quantity, _ clauseWords: Range<Int>) -> Int? {
    let context = phrases(spec).context
    guard !context.isEmpty else { return nil }
    let at = words.index(atOrAfter: q.range.start)
    var best: Int?
    for w in clauseWords where words.longestMatch(context, at: w) != nil {
      let d = abs(w - at)
      if d < (best ?? Int.max) { best = d }
    }
    return best
  }

  mutating func readYears(
    _ spec: AttributeSpec, _ clause: TextRange, _ sentence: TextRange, _ sentenceIndex: Int,
    _ mentions: [EntityMention], _ quantities: [Quantity]
  ) {
    let verbs = phrases(spec).verbs
    let nouns = phrases(spec).nouns
    readFoundingInContextTime(spec, clause, sentence, sentenceIndex, mentions, quantities)
    for q in quantities where q.kind == .year {
      let w = words.index(atOrAfter: q.range.start)
      // "Founded: 1998", "- Opened: 1968": a fact-box row whose label is a founding verb or noun.
      if let label = rowLabel(of: q.range.start), labelIsOneOf(label, verbs) || labelIsOneOf(label, nouns),
        let subject = rowSubject(spec, valueStart: q.range.start)
      {
        add(spec, subject: subject, value: q, clause: clause, sentence: sentence,
          sentenceIndex: sentenceIndex, quantities: quantities, valueIsTime: true, rule: "founding-row")
        continue
      }
      if let subject = timelineFoundingSubject(spec, q)
        ?? bracketedFoundingSubject(spec, q, sentenceIndex, Array(mentions))
        ?? rowNamedFoundingSubject(spec, q)
      {
        add(spec, subject: subject, value: q, clause: clause, sentence: sentence,
          sentenceIndex: sentenceIndex, quantities: quantities, valueIsTime: true,
          rule: "founding-listed")
        continue
      }
      guard w > 0, words.words[w - 1].range.start >= clause.start else { continue }
      // "set up 25 years ago": a year counted back, right after the verb.
      let countedBack = !isWritten(q.range) && words.longestMatch(verbs, at: w - 1) != nil
        || w > 1 && !isWritten(q.range) && words.longestMatch(verbs, at: w - 2) == 2
      guard ["in", "on", "since"].contains(words.words[w - 1].key) || countedBack else { continue }
      var subject: (EntityMention, String)?
      var trigger: Int?
      var k = countedBack ? w - 1 : w - 2
      while k >= 0, k >= w - 9, words.words[k].range.start >= clause.start {
        if let n = words.longestMatch(nouns, at: k) {
          // "from four members at its founding to six in 2019": a number between the noun and
          // the year is what the year dates.
          if quantities.contains(where: {
            $0.kind != .year && $0.range.start >= words.words[k].range.end
              && $0.range.end <= q.range.start
          }) {
            break
          }
          // "since its founding in 2008": the owner of "its" is the subject.
          if k > 0, ["its", "their"].contains(words.words[k - 1].key) {
            subject = contextSubject(spec, before: words.words[k - 1].range.start, sentenceIndex: sentenceIndex)
            trigger = k
            break
          }
          // "creation of the X in 2009": X is the subject.
          let afterNoun = k + n
          guard afterNoun < words.words.count, words.words[afterNoun].key == "of" else { break }
          if let m = mentions.first(where: { $0.range.start >= words.words[afterNoun].range.end && $0.range.end <= q.range.start
            && isSubjectCandidate($0, spec, []) && gapIsArticle(words.words[afterNoun].range.end, $0.range.start) })
          {
            subject = (m, basis(of: m))
          }
          trigger = k
          break
        }
        if let n = words.longestMatch(verbs, at: k) {
          // "was founded in 1948 and has been owned since 2011": a year between the verb and
          // this one is the founding's; this one dates a later predicate.
          if quantities.contains(where: {
            $0.kind == .year && $0.range.start >= words.words[k + n - 1].range.end
              && $0.range.end <= words.words[w - 1].range.start
          }) {
            break
          }
          // "opened its first line in 1974": the subject did something; it was not founded.
          if k + n < words.words.count, ["its", "their", "his", "her"].contains(words.words[k + n].key) {
            break
          }
          // "launched 1,412 times in 2024", "opened 12 branches in 2019": a number right after
          // the verb counts something it did; the verb does not found the subject ("founded the
          // firm with two vans in 1991" still does).
          if k + n < w, quantities.contains(where: {
            $0.kind != .year && $0.range.start == words.words[k + n].range.start
          }) {
            break
          }
          // "The Kell plant, which opened in 1961", "two satellites, the first of which was
          // launched in 2021": what was founded is an unnamed thing "which" stands for.
          if hasUnnamedRelativeSubject(verb: k) && !describesAnApposedName(verb: k)
            || hasUnnamedClauseSubject(verb: k)
          {
            break
          }
          trigger = k
          // "Founded in 1926, two years after a match in Sarvik, the federation now runs ...": a
          // participle opening the sentence describes the main clause's subject after its comma.
          if words.words[k].range.start == sentence.start || k == words.index(atOrAfter: sentence.start),
            let m = mainClauseSubject(after: q.range.end, sentence, spec)
          {
            subject = (m, basis(of: m))
            break
          }
          // "Russia established the CSTO in 2002": the object is what was founded.
          let objectStart = words.words[k + n - 1].range.end
          if let m = mentions.first(where: { $0.range.start >= objectStart && $0.range.end <= q.range.start
            && isSubjectCandidate($0, spec, []) && gapIsArticle(objectStart, $0.range.start) })
          {
            subject = (m, basis(of: m))
          } else if let m = mentions.last(where: { $0.range.end <= words.words[k].range.start }),
            isDesignation(m)
          {
            // "replaces Osprey-2, launched in 2016": the numbered model was launched.
            break
          } else if opensWithOwnedThing(clause, before: words.words[k].range.start) {
            // "Its training centre opened in 2015": the owner's thing was founded, not the owner.
            break
          } else if let m = mentions.last(where: { m in
            m.range.end <= words.words[k].range.start && isSubjectCandidate(m, spec, [])
              // "Dunlow Mills, which supplies the chain's flour, was founded in 1874": a name
              // inside a relative clause the verb stands outside of is not what was founded.
              && !relativeClauses(in: clause).contains { $0.holds(m.range.start) && !$0.holds(words.words[k].range.start) }
          }) {
            // "the Sarrona airbase opened in 2015": the name describes the noun that was founded.
            if modifiesANoun(m, before: k) { break }
            // "The library at 12 Mill Road, opened in 1896": a place after "at" locates an unnamed
            // subject; a name right before the preposition is the subject ("Kell Museum in Orva").
            guard let located = locatedBy(m, mentions) else { break }
            subject = located.map { ($0, basis(of: $0)) } ?? (m, basis(of: m))
          } else if hasPronounSubject(verb: k) {
            // "It was formed in 1921, when the island's constables ...": the pronoun goes back to
            // a name before; a name after the comma does something else.
            subject = contextSubject(spec, before: clause.start, sentenceIndex: sentenceIndex)
          } else if let m = mentions.first(where: {
            $0.range.start > q.range.end && isSubjectCandidate($0, spec, [])
              && bytes[q.range.end..<$0.range.start].contains(UInt8(ascii: ","))
          }) {
            // "Founded in 1994, the council ...": the participle describes the subject after it.
            subject = (m, basis(of: m))
          } else {
            subject = contextSubject(spec, before: clause.start, sentenceIndex: sentenceIndex)
          }
          break
        }
        k -= 1
      }
      guard trigger != nil, let subject else { continue }
      add(spec, subject: subject, value: q, clause: clause, sentence: sentence,
          sentenceIndex: sentenceIndex, quantities: quantities, valueIsTime: true, rule: "founding-verb")
    }
  }

  /// Whether the subject of the verb at word `verb` (auxiliaries and adverbs skipped) is "which"
  /// or "that" standing for no name: a lowercase noun ("the plant, which opened") or a part of a
  /// group ("the first of which").
  func hasUnnamedRelativeSubject(verb: Int) -> Bool {
    var k = verb - 1
    while k >= 0, DocumentClaimReader.auxiliaries.contains(words.words[k].key)
      || DocumentClaimReader.adverbs.contains(words.words[k].key)
      || words.words[k].key.hasSuffix("ly")
    {
      k -= 1
    }
    guard k > 0, ["which", "that"].contains(words.words[k].key) else { return false }
    var j = words.words[k].range.start - 1
    let gaps = [UInt8(ascii: " "), UInt8(ascii: ","), UInt8(ascii: ")")]
    while j > 0, gaps.contains(bytes[j]) { j -= 1 }
    let antecedentEnd = j + 1
    if document.entities.contains(where: { $0.range.end == antecedentEnd }) { return false }
    // "The cathedral choir, which was founded" after "Harwick Cathedral Choir": a noun that
    // ends a name stands for it.
    let noun = words.words[max(0, words.index(atOrAfter: antecedentEnd) - 1)].key
    return !document.entities.contains { m in
      m.type != .person && m.type != .date && m.canonical.lowercased().hasSuffix(" " + noun)
    }
  }

  /// Whether the verb at word `verb` has for subject an article and up to three lowercase words
  /// that name no entity, right after a conjunction of time ("up from 160 when the new marina
  /// opened in 2019"): the clause dates another thing than the names around it.
  func hasUnnamedClauseSubject(verb: Int) -> Bool {
    var k = verb - 1
    while k >= 0, DocumentClaimReader.auxiliaries.contains(words.words[k].key) { k -= 1 }
    let nounEnd = k
    var lower = 0
    while k >= 0, lower < 3, !["the", "a", "an"].contains(words.words[k].key) {
      guard !isPunctuationBetween(words.words[k].range.end, words.words[k + 1].range.start),
        !isUpperASCII(bytes[words.words[k].range.start]),
        isPlainWord(words.words[k].key)
      else { return false }
      lower += 1
      k -= 1
    }
    guard lower > 0, k >= 1, ["the", "a", "an"].contains(words.words[k].key),
      DocumentClaimReader.timeConjunctions.contains(words.words[k - 1].key), nounEnd >= 0
    else { return false }
    let phrase = TextRange(words.words[k].range.start, words.words[nounEnd].range.end)
    return !document.entities.contains { phrase.holds($0.range.start) }
  }

  /// Conjunctions that open a clause of time.
  static let timeConjunctions: Set<String> = ["when", "after", "before", "until", "once", "as"]

  /// "Founded in 1964 by the parish priest, Father Liam Carey, and ...": a name set off by commas
  /// after a phrase that holds "by" or "with" names a founder, not the main clause's subject.
  func isFounderInApposition(_ m: EntityMention) -> Bool {
    guard m.range.start >= 2, bytes[m.range.start - 2] == UInt8(ascii: ","), m.range.end < bytes.count,
      bytes[m.range.end] == UInt8(ascii: ",")
    else { return false }
    var open = m.range.start - 3
    while open > 0, bytes[open] != UInt8(ascii: ","), bytes[open] != UInt8(ascii: ".") { open -= 1 }
    var w = words.index(atOrAfter: open + 1)
    while w < words.words.count, words.words[w].range.end < m.range.start {
      if ["by", "with"].contains(words.words[w].key) { return true }
      w += 1
    }
    return false
  }

  /// "Its training centre at the Sarrona airbase opened in 2015": a name followed by a lowercase
  /// noun (not an auxiliary or an adverb) modifies that noun; what the verb at word `verb` says
  /// is that noun's, not the name's.
  func modifiesANoun(_ m: EntityMention, before verb: Int) -> Bool {
    let next = words.index(atOrAfter: m.range.end)
    // The noun stands right before the verb, or before its auxiliary ("airbase was opened").
    guard next < verb, m.range.end + 1 == words.words[next].range.start, bytes[m.range.end] == UInt8(ascii: " "),
      next + 1 == verb || next + 2 == verb && DocumentClaimReader.auxiliaries.contains(words.words[verb - 1].key)
    else { return false }
    let key = words.words[next].key
    let first = bytes[words.words[next].range.start]
    return first >= 0x61 && first <= 0x7A && !DocumentClaimReader.auxiliaries.contains(key)
      && !DocumentClaimReader.adverbs.contains(key) && !key.hasSuffix("ly")
      && !DocumentClaimReader.relativeOpeners.contains(key) && !["and", "or", "first"].contains(key)
  }

  /// Whether a clause opens with "Its" or "Their" and a lowercase noun, with no name before
  /// `offset` ("Its training centre opened in 2015").
  func opensWithOwnedThing(_ clause: TextRange, before offset: Int) -> Bool {
    let w = words.index(atOrAfter: clause.start)
    guard w + 1 < words.words.count, words.words[w + 1].range.end <= offset,
      ["its", "their"].contains(words.words[w].key), words.words[w].range.start == clause.start
        || bytes[clause.start..<words.words[w].range.start].allSatisfy({ $0 == UInt8(ascii: " ") })
    else { return false }
    let first = bytes[words.words[w + 1].range.start]
    return first >= 0x61 && first <= 0x7A
      && !inside(document.entities, TextRange(clause.start, offset), { $0.range }).contains { $0.basis != .reference }
  }

  static let auxiliaries: Set<String> = [
    "was", "were", "is", "are", "has", "had", "have", "been", "be", "being", "did", "does",
  ]

  /// The subject of a sentence's main clause after a fronted participle clause: the first name
  /// after `offset` standing right after a comma (with at most an article between), so a name
  /// inside the fronted clause ("in a Sarvik coffee house") is passed over.
  func mainClauseSubject(after offset: Int, _ sentence: TextRange, _ spec: AttributeSpec) -> EntityMention? {
    let after = inside(document.entities, TextRange(offset, sentence.end), { $0.range })
    for m in after where isSubjectCandidate(m, spec, []) && !isFounderInApposition(m) {
      var s = m.range.start
      // "the association", written as a reference, starts at its article.
      let article = ["the ", "The ", "its ", "Its "].first { a in
        s >= a.utf8.count && bytes[(s - a.utf8.count)..<s].elementsEqual(a.utf8)
      }
      if let article { s -= article.utf8.count }
      if s >= 2, bytes[s - 2] == UInt8(ascii: ","), bytes[s - 1] == UInt8(ascii: " ") { return m }
    }
    return nil
  }

  // MARK: Enumerations

  /// Lists of two or more entities after an enumeration verb preceded by a unit or an entity, or
  /// after a colon or dash.
  /// Whether the attribute's unit stands within four words before word `w`, right after a
  /// capitalized regional adjective that does not open the clause ("North African members",
  /// "its Nordic members") or a subset qualifier ("seasonal members").
  func namesAPartOfTheUnit(
    _ spec: AttributeSpec, before w: Int, _ clauseWords: Range<Int>
  ) -> Bool {
    let units = phrases(spec).units
    for u in stride(from: w - 1, through: max(clauseWords.lowerBound + 1, w - 4), by: -1)
    where words.longestMatch(units, at: u) != nil {
      let modifier = words.words[u - 1]
      if compiled.subsetQualifiers.contains(modifier.key) { return true }
      return u - 1 > clauseWords.lowerBound && isUpperASCII(bytes[modifier.range.start])
        && ["an", "ese", "ish", "ic"].contains(where: { modifier.key.hasSuffix($0) })
        && !isPunctuationBetween(modifier.range.end, words.words[u].range.start)
    }
    return false
  }

  func findEnumerations(_ spec: AttributeSpec, _ clause: TextRange, _ mentions: [EntityMention]) -> [Enumeration] {
    guard let verbs = phrases(spec).enumerationVerbs else { return [] }
    let units = phrases(spec).units
    var out: [Enumeration] = []
    var starts: [Int] = []
    var partialStarts: Set<Int> = []
    var w = words.index(atOrAfter: clause.start)
    while w < words.words.count, words.words[w].range.end <= clause.end {
      let partial = words.longestMatch(DocumentClaimReader.partialListWords, at: w)
      if let n = partial ?? words.longestMatch(verbs, at: w) {
        // The verb needs a unit noun or an entity within four words before it.
        let verbStart = words.words[w].range.start
        let window = max(0, w - 4)
        let unitBefore = (window..<w).contains { words.longestMatch(units, at: $0) != nil }
        let entityBefore = mentions.contains {
          $0.range.end <= verbStart && $0.range.start >= (words.words[window].range.start) && $0.type != .date
        }
        if unitBefore || entityBefore {
          starts.append(words.words[w + n - 1].range.end)
          if partial != nil { partialStarts.insert(words.words[w + n - 1].range.end) }
        }
        w += n
      } else {
        w += 1
      }
    }
    for i in clause.start..<clause.end where bytes[i] == UInt8(ascii: ":") { starts.append(i + 1) }
    for start in starts.sorted() {
      if let list = enumeration(startingAt: start, clause: clause, mentions: mentions, partial: partialStarts.contains(start)),
        !out.contains(where: { $0.range.overlaps(list.range) })
      {
        out.append(list)
      }
    }
    return out
  }

  /// Words before a list that names only some members ("seven members, including A and B").
  static let partialListWords = ["including", "such as", "among them", "notably", "among others"].phrases

  func enumeration(startingAt start: Int, clause: TextRange, mentions: [EntityMention], partial: Bool = false) -> Enumeration? {
    let listable: Set<EntityType> = [.country, .organization, .place, .other]
    var items: [EntityMention] = []
    var position = start
    for m in mentions where m.range.start >= start {
      let gap = String(decoding: bytes[position..<m.range.start], as: UTF8.self)
      // "its members are now A, B and C": an adverb of time may open the list.
      let allowed = items.isEmpty ? ["", " ", " the ", " now ", " currently ", " still "]
        // "Arvel, Brisa, the Calloway Cays and Dunmore": an item may open with "the".
        : [", ", ", and ", " and ", ",and ", " & ", ", & ", ", the ", ", and the ", " and the "]
      guard allowed.contains(gap) || (items.isEmpty && gap == " - "), listable.contains(m.type), m.basis != .reference
      else { break }
      items.append(m)
      position = m.range.end
    }
    guard items.count >= (partial ? 1 : 2), let first = items.first, let last = items.last else { return nil }
    // A list that goes on with words that are not entities ("A, B and other states") is partial.
    let after = String(decoding: bytes[last.range.end..<min(clause.end, last.range.end + 8)], as: UTF8.self)
    let trailing = after.hasPrefix(" and other") || after.hasPrefix(", and other") || after.hasPrefix(" among")
      || after.hasPrefix(", among")
    return Enumeration(items: items, range: TextRange(first.range.start, last.range.end), complete: !partial && !trailing)
  }

  /// Entities that are items of a list of three or more ("A, B and C"): not subjects of a count.
  func listedItems(_ clause: TextRange, _ mentions: [EntityMention]) -> [TextRange] {
    var out: [TextRange] = []
    var run: [EntityMention] = []
    func flush() {
      if run.count >= 3 { out += run.map(\.range) }
      run.removeAll()
    }
    for m in mentions {
      if let last = run.last {
        let gap = String(decoding: bytes[last.range.end..<max(last.range.end, m.range.start)], as: UTF8.self)
        if [", ", ", and ", " and ", ", & ", " & "].contains(gap) {
          run.append(m)
          continue
        }
        flush()
      }
      run = [m]
    }
    flush()
    return out
  }

  /// Whether only a colon, dash or a few words ("belonging to the CIS:") lead from a count to its list.
  func isListIntro(from: Int, to: Int) -> Bool {
    let gap = bytes[from..<to]
    return gap.count <= 60 && (gap.contains(UInt8(ascii: ":")) || gap.contains(UInt8(ascii: "-")))
  }

  // MARK: Subjects

  func isSubjectCandidate(_ m: EntityMention, _ spec: AttributeSpec, _ exclude: [TextRange]) -> Bool {
    m.basis != .demonym && m.type != .date && spec.subjectTypes.contains(m.type)
      && !exclude.contains(m.range) && !isContextEntity(m, spec) && !isCompoundModifier(m)
  }

  /// A name inside a hyphenated adjective ("the Oslo-based firm", "a Kenyan-led force") describes
  /// the subject; it is not the subject.
  func isCompoundModifier(_ m: EntityMention) -> Bool {
    let hyphen = UInt8(ascii: "-")
    if isDesignation(m) { return true }
    if m.range.end + 1 < bytes.count, bytes[m.range.end] == hyphen,
      case let next = bytes[m.range.end + 1], next >= 0x61 && next <= 0x7A || isUpperASCII(next)
    {
      return true
    }
    // "Europe-Asia capacity": either name of a hyphenated pair describes the noun after it.
    return m.range.start >= 2 && bytes[m.range.start - 1] == hyphen
      && (bytes[m.range.start - 2] >= 0x61 && bytes[m.range.start - 2] <= 0x7A
        || isUpperASCII(bytes[m.range.start - 2]))
  }

  /// "Kestrel-3", "Falcon-9": a name with a number after a hyphen is the designation of one
  /// machine or model; its first word alone names none of the text's subjects.
  func isDesignation(_ m: EntityMention) -> Bool {
    m.range.end + 1 < bytes.count && bytes[m.range.end] == UInt8(ascii: "-")
      && bytes[m.range.end + 1] >= 0x30 && bytes[m.range.end + 1] <= 0x39
  }

  /// An entity that names the thing being counted ("Rapid Reaction Force"), not its owner.
  func isContextEntity(_ m: EntityMention, _ spec: AttributeSpec) -> Bool {
    guard let last = m.canonical.split(separator: " ").last?.lowercased() else { return false }
    return (spec.context ?? []).contains(last)
  }

  func basis(of m: EntityMention) -> String { m.basis == .reference ? "reference" : "direct" }

  func chooseSubject(
    _ spec: AttributeSpec, valueStart: Int, unitEnd: Int, _ clause: TextRange,
    _ mentions: [EntityMention], _ exclude: [TextRange], _ sentenceIndex: Int
  ) -> (EntityMention, String)? {
    // "Fenby Community Hospital / Staff: 385": a row of a fact box is its heading's.
    if let row = rowSubject(spec, valueStart: valueStart) { return row }
    if let speaking = transcriptSpeakerSubject(spec, valueStart: valueStart, clause) {
      return speaking
    }
    // "28 members of the Alliance", "seven states part of the alliance".
    let after = words.index(atOrAfter: unitEnd)
    // "covers 4,800 square kilometres of Tauernland": land that lies in the place, not its area.
    for k in after..<min(after + 3, words.words.count)
    where words.words[k].key == "of" && spec.shape != .measure {
      // "a staff of 8,900, ahead of the provincial government": past a comma, "of" starts
      // another phrase.
      if unitEnd < words.words[k].range.start,
        bytes[unitEnd..<words.words[k].range.start].contains(UInt8(ascii: ","))
      {
        break
      }
      let ofEnd = words.words[k].range.end
      if let m = mentions.first(where: { $0.range.start >= ofEnd && isSubjectCandidate($0, spec, exclude) && gapIsArticle(ofEnd, $0.range.start) }),
        m.range.end <= clause.end
      {
        return (m, basis(of: m))
      }
    }
    // "The regional government owns 51 percent of the airline and spent 12 million euros": a
    // verb joined by "and" to the first one shares the sentence's subject, which names nothing.
    let sentence = document.sentences[sentenceIndex].range
    if isJoinedPredicate(valueStart, clause), opensWithUnnamedThing(sentence),
      !inside(document.entities, TextRange(sentence.start, valueStart), { $0.range })
        .contains(where: { $0.basis != .reference })
    {
      return nil
    }
    // "said chair Elspeth Rigg, 67, who farms 230 hectares": a value in a relative clause about a
    // person is that person's, no organization's.
    if isInRelativeClauseOfAPerson(valueStart, clause, mentions) { return nil }
    // "behind Sonavera, which has about 24 percent": a value inside a relative clause opened by
    // "which" or "who" is the name's that the clause follows, when the clause names nothing
    // before the value, whatever the types of names earlier in the sentence.
    if let m = relativeClauseOwner(spec, valueStart: valueStart, clause, mentions, exclude) {
      return (m, basis(of: m))
    }
    // "Its Polish subsidiary employs 2,300 people": not the owner's value, and the subsidiary is
    // not named.
    if let other = otherSubject(spec, clause, valueStart: valueStart, mentions, exclude, sentenceIndex) { return other }
    // "Tarvania's geological survey, which has 120 staff, ...": a place owning a body the text
    // does not name is not that body's subject, and no name is better than the wrong one.
    if placeOwnsTheSubjectNoun(spec, valueStart: valueStart, sentence) { return nil }
    // "Ghana, which joined the mission in 2018, has 650 troops": a relative clause's names are not
    // the subject of a value outside it.
    let relative = relativeClauses(in: clause).filter { !$0.holds(valueStart) }
    let asides = appositiveAsides(in: clause, mentions).filter { $0.end <= valueStart }
    // "According to the trade body Eurotex, Morlaix & Fenn ...": the source is not the subject.
    let sources = attributionPhrases(in: clause)
    let found = mentions.filter { m in
      m.range.end <= valueStart && m.range.start >= clause.start && !relative.contains { $0.holds(m.range.start) }
        && !asides.contains { $0.holds(m.range.start) } && !sources.contains { $0.holds(m.range.start) }
        && !isComparedWith(m)
    }
    // "The city's transport authority, Korsholm Mobility, spends ...": the owner of a noun that a
    // name in apposition then names is not the subject.
    var before = found.filter { m in !found.contains { ownsNounNamedBy(m, $0) } }
    // "Corvagro holds 30 percent of Corvenia's wheat market and employs 2,200 people": in a
    // predicate joined by "and", a later name owning a noun sits in the first predicate's object;
    // the subject does the second verb too.
    if before.count > 1, isJoinedPredicate(valueStart, clause) {
      let first = before[0].range
      before.removeAll { $0.range != first && ownsALowercaseNoun($0) }
    }
    // "NATO's Rapid Reaction Force (RRF) stands at ...": the owner of the counted thing is the subject.
    if let counted = before.last(where: { isContextEntity($0, spec) && !exclude.contains($0.range) }),
      let owner = owner(of: counted, among: before, spec, exclude)
    {
      return (owner, basis(of: owner))
    }
    // Otherwise the nearest entity of the most preferred type ("the Dockworkers Union said the
    // strike at Lakeport involves 3,000 members": the union, not the town). "Harlow & Finch in
    // Leeds employed 140 people": a name right after "in" and another name locates that one.
    let opener = words.index(atOrAfter: clause.start)
    let opensWithPossessive = opener < words.words.count
      && ["its", "their"].contains(words.words[opener].key)
    let located = before.filter { m in
      if case .some(.some(let named)) = locatedBy(m, before),
        isSubjectCandidate(named, spec, exclude)
      {
        return true
      }
      // "Its secretariat in Torval employs 58 people": a place after "in" locates the owned
      // thing; the owner "its" stands for comes from before (a population or an area stays the
      // place's).
      if opensWithPossessive, m.type != .organization,
        spec.subjectAfterIn != true, spec.shape != .measure, case .none = locatedBy(m, before)
      {
        return true
      }
      // "It runs 45 shops in Norway and Sweden and had revenue of ...": in a sentence a pronoun
      // opens, places of the object after "in" or "across" (names of places or of unknown kind)
      // do not do the pronoun's verbs.
      if m.type != .organization, m.type != .person, spec.subjectAfterIn != true,
        spec.shape != .measure, opensWithPronoun(sentence), isPlaceOfTheObject(m)
      {
        return true
      }
      // "\"We have 64 staff here in Kellmouth\"": in a clause "we" opens, a place after "in"
      // is where the speaker's body works, not the body (a place a dateline wrote in capitals
      // may be typed as an organization).
      if m.type != .person, spec.subjectAfterIn != true,
        spec.shape != .measure, opensWithWe(clause), isPlaceOfTheObject(m)
      {
        return true
      }
      return false
    }.map(\.range)
    for type in spec.subjectTypes {
      if let m = before.last(where: {
        $0.type == type && isSubjectCandidate($0, spec, exclude) && !located.contains($0.range)
      }) {
        return (m, basis(of: m))
      }
    }
    // A counted thing with no owner is its own subject ("The Northern Patrol Mission deployed ...").
    if let counted = before.last(where: { isContextEntity($0, spec) && !exclude.contains($0.range) && spec.subjectTypes.contains($0.type) }) {
      return (counted, basis(of: counted))
    }
    if let we = firstPersonSubject(spec, valueStart: valueStart, clause, sentenceIndex) {
      return we
    }
    // "Founded in 1972 with eight clubs from Switzerland, the league added ...": a value in a
    // fronted participle phrase is the main clause subject's.
    if before.isEmpty, let main = participleSubject(sentence, spec), main.range.start > valueStart,
      main.basis != .demonym, spec.subjectTypes.contains(main.type),
      main.basis == .reference || !exclude.contains(main.range)
    {
      return (main, basis(of: main))
    }
    // "Its members are now Arden, Brey and Coll" after "Brey became its fifth member": a name
    // listed or joining in this clause owns nothing here, even where it was named before.
    var excludedNames = Set(mentions.filter { exclude.contains($0.range) }.map(\.canonical))
    // "Marta Lind, 46, has led the federation since 2019. ... We employ 57 people": "we" speaks
    // for a body, never for one person.
    if saysWe(from: clause.start, to: valueStart) {
      excludedNames.formUnion(document.entities.filter(isPerson).map(\.canonical))
    }
    return contextSubject(
      spec, before: clause.start, sentenceIndex: sentenceIndex, excluding: excludedNames)
  }

  /// "the Lindau Chess Club ... is older than the federation itself and has 74 members": a name
  /// right after "than" (and an article) is what the subject is compared with, not the subject.
  func isComparedWith(_ m: EntityMention) -> Bool {
    var w = words.index(atOrAfter: m.range.start) - 1
    guard w >= 0 else { return false }
    if ["the", "a", "an"].contains(words.words[w].key) { w -= 1 }
    return w >= 0 && words.words[w].key == "than"
      && !isPunctuationBetween(words.words[w].range.end, m.range.start)
  }

  /// Whether the value at `valueStart` is inside a relative clause opened by "who" or "whose"
  /// right after a person's name, or after the person's age set off by commas ("Kari Lunde, 58,
  /// who owns 40 hectares").
  func isInRelativeClauseOfAPerson(
    _ valueStart: Int, _ clause: TextRange, _ mentions: [EntityMention]
  ) -> Bool {
    guard let r = relativeClauses(in: clause).first(where: { $0.holds(valueStart) }),
      case let opener = words.index(atOrAfter: r.start), opener < words.words.count,
      ["who", "whose"].contains(words.words[opener].key)
    else { return false }
    var end = r.start - 2
    // Step back over an age: ", 67, who".
    if opener >= 1, let age = Int(words.words[opener - 1].key), age > 0, age < 130,
      words.words[opener - 1].range.start >= 2,
      bytes[words.words[opener - 1].range.start - 2] == UInt8(ascii: ",")
    {
      end = words.words[opener - 1].range.start - 2
    }
    return mentions.contains { $0.range.end == end && $0.type == .person }
  }

  /// Whether the value at `valueStart` follows "and" and a verb with no comma before it ("...
  /// and spent 12 million euros", "and now employs 40 people"): a second predicate of the
  /// clause's subject.
  func isJoinedPredicate(_ valueStart: Int, _ clause: TextRange) -> Bool {
    var k = words.index(atOrAfter: valueStart) - 1
    guard k >= 1, words.words[k - 1].range.start >= clause.start else { return false }
    let verb = words.words[k].key
    guard bytes[words.words[k].range.start] >= 0x61, DocumentClaimReader.isPastVerb(verb)
      || compiled.presentVerbs.contains(verb) || compiled.ownershipVerbs.contains(verb)
    else { return false }
    k -= 1
    if DocumentClaimReader.adverbs.contains(words.words[k].key), k >= 1 { k -= 1 }
    return words.words[k].key == "and"
      && !isPunctuationBetween(words.words[k].range.start - 2, words.words[k].range.start)
  }

  /// Whether a name is a possessive before a lowercase word ("Corvenia's wheat").
  func ownsALowercaseNoun(_ m: EntityMention) -> Bool {
    let e = m.range.end
    guard e + 3 < bytes.count, bytes[e] == UInt8(ascii: "'") else { return false }
    let next = bytes[e + 1] == UInt8(ascii: "s") ? e + 3 : e + 2
    guard next < bytes.count, bytes[next - 1] == UInt8(ascii: " ") else { return false }
    return bytes[next] >= 0x61 && bytes[next] <= 0x7A
  }

  /// The name a relative clause opened by "which" or "who" follows, when the value at
  /// `valueStart` is inside that clause and nothing is named in it before the value.
  func relativeClauseOwner(
    _ spec: AttributeSpec, valueStart: Int, _ clause: TextRange, _ mentions: [EntityMention],
    _ exclude: [TextRange]
  ) -> EntityMention? {
    guard let r = relativeClauses(in: clause).first(where: { $0.holds(valueStart) }),
      case let opener = words.index(atOrAfter: r.start), opener < words.words.count,
      ["which", "who"].contains(words.words[opener].key),
      let m = mentions.last(where: { $0.range.end + 2 == r.start }),
      bytes[m.range.end] == UInt8(ascii: ","), spec.subjectTypes.contains(m.type),
      isSubjectCandidate(m, spec, exclude),
      !mentions.contains(where: { r.holds($0.range.start) && $0.range.start < valueStart })
    else { return nil }
    // "the Glacier Research Institute in Belmarch, which employs 140": a place after "in" only
    // locates the body named before it, which the clause is about (a population or an area is
    // the place's).
    // "Greater Dravenna, the metropolitan region around the city, which is home to ...": a name
    // after a preposition inside an apposition only describes it; the clause is the apposed
    // name's.
    if let head = appositionHead(of: m, mentions), spec.subjectTypes.contains(head.type),
      isSubjectCandidate(head, spec, exclude)
    {
      return head
    }
    if m.type != .organization, spec.subjectAfterIn != true, spec.shape != .measure,
      case .some(.some(let body)) = locatedBy(m, mentions), isSubjectCandidate(body, spec, exclude)
    {
      return body
    }
    return m
  }

  /// Verbs that, right after a possessive's noun phrase, make that phrase the subject of a value.
  static let subjectNounVerbs: Set<String> = [
    "has", "have", "had", "employs", "employed", "is", "was", "are", "were", "spent", "spends",
    "counts", "numbers", "numbered",
  ]

  /// Whether a place or country opening the sentence owns a lowercase noun phrase of one to three
  /// words that is the subject of the value's verb, directly ("the city's fire service employs
  /// 300") or through "which" or "who" ("Tarvania's geological survey, which has 120 staff"; for
  /// a name of unknown kind only so),
  /// and the phrase holds none of the attribute's own nouns ("Kessmark's population is ...").
  func placeOwnsTheSubjectNoun(
    _ spec: AttributeSpec, valueStart: Int, _ clause: TextRange
  ) -> Bool {
    guard let m = inside(document.entities, clause, { $0.range }).first,
      m.range.end < valueStart,
      m.type == .place || m.type == .country || m.type == .other, ownsALowercaseNoun(m),
      words.words[words.index(atOrAfter: clause.start)..<words.index(atOrAfter: m.range.start)]
        .allSatisfy({ $0.key == "the" })
    else { return false }
    var k = words.index(atOrAfter: m.range.end)
    if k < words.words.count, words.words[k].key == "s",
      words.words[k].range.start <= m.range.end + 1
    {
      k += 1
    }
    let first = k
    while k < words.words.count, k < first + 4, words.words[k].range.end < valueStart,
      isPlainWord(words.words[k].key),
      !DocumentClaimReader.subjectNounVerbs.contains(words.words[k].key),
      !isPunctuationBetween(words.words[k - 1].range.end, words.words[k].range.start) || k == first
    {
      k += 1
    }
    guard k > first, k - first <= 3, k < words.words.count else { return false }
    let units = phrases(spec).units
    let context = phrases(spec).context
    if (first..<k).contains(where: { words.longestMatch(units, at: $0) != nil
      || words.longestMatch(context, at: $0) != nil })
    {
      return false
    }
    let next = words.words[k]
    // A name of unknown kind may be a company's ("Morrow's shops employ 300"): only the
    // relative clause marks the owned body then.
    if m.type != .other, DocumentClaimReader.subjectNounVerbs.contains(next.key) {
      return !isPunctuationBetween(words.words[k - 1].range.end, next.range.start)
    }
    return ["which", "who"].contains(next.key)
      && bytes[words.words[k - 1].range.end..<next.range.start].elementsEqual(", ".utf8)
  }

  /// For a mention right after a preposition inside an apposition that opens with an article
  /// after a name and a comma ("X, the region around *the city*"): that name.
  func appositionHead(of m: EntityMention, _ mentions: [EntityMention]) -> EntityMention? {
    let at = words.index(atOrAfter: m.range.start)
    guard at >= 3, DocumentClaimReader.apposedPrepositions.contains(words.words[at - 1].key),
      let comma = bytes[..<m.range.start].lastIndex(of: UInt8(ascii: ",")),
      m.range.start - comma <= 60, comma + 2 < m.range.start,
      !bytes[(comma + 1)..<m.range.start].contains(where: {
        [UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "\"")].contains($0)
      }),
      case let opener = words.index(atOrAfter: comma),
      ["the", "a", "an"].contains(words.words[opener].key),
      let head = mentions.last(where: { $0.range.end == comma }), head.basis != .reference
    else { return nil }
    return head
  }

  static let apposedPrepositions: Set<String> = [
    "around", "of", "near", "outside", "beyond", "surrounding", "including", "for",
  ]

  /// Whether `owner` is a possessive before lowercase words ending in a comma, and `name` comes
  /// right after that comma, closed by another: "The city's transport authority, Korsholm
  /// Mobility,".
  func ownsNounNamedBy(_ owner: EntityMention, _ name: EntityMention) -> Bool {
    let o = owner.range.end
    guard name.range.start > o + 4, name.range.end < bytes.count,
      bytes[name.range.end] == UInt8(ascii: ","),
      bytes[o] == UInt8(ascii: "'"), bytes[name.range.start - 2] == UInt8(ascii: ",")
    else { return false }
    var w = words.index(atOrAfter: o)
    if w < words.words.count, words.words[w].key == "s" { w += 1 }
    var count = 0
    while w < words.words.count, words.words[w].range.end <= name.range.start - 2 {
      guard bytes[words.words[w].range.start] >= 0x61, isPlainWord(words.words[w].key) else {
        return false
      }
      count += 1
      w += 1
    }
    return count >= 1 && count <= 3 && !isPunctuationBetween(o, name.range.start - 2)
  }

  /// The possessive owner of a counted entity: "CSTO's RRF", or "NATO's Rapid Reaction Force (RRF)"
  /// through the long form the parenthesis explains.
  func owner(of counted: EntityMention, among before: [EntityMention], _ spec: AttributeSpec, _ exclude: [TextRange]) -> EntityMention? {
    var target = counted
    while let index = before.firstIndex(where: { $0.range == target.range }), index > 0 {
      let previous = before[index - 1]
      let gap = String(decoding: bytes[previous.range.end..<target.range.start], as: UTF8.self)
      if isContextEntity(previous, spec), gap == " (" {
        target = previous
        continue
      }
      if ["'s ", "' "].contains(gap), isSubjectCandidate(previous, spec, exclude) { return previous }
      return nil
    }
    return nil
  }

  /// The entity a pronoun or a subjectless clause refers to: the nearest fitting entity in this
  /// sentence before `before`; else the first fitting entity of the nearest of the two sentences
  /// before, since "It"/"Its" opening a sentence continues the topic that sentence began with.
  /// None when the sentence opens with an unnamed thing the pronoun stands for.
  ///
  /// Names in `excluded` (the items of a list, the ones that joined) are never the subject.
  func contextSubject(
    _ spec: AttributeSpec, before: Int, sentenceIndex: Int, excluding excluded: Set<String> = []
  ) -> (EntityMention, String)? {
    if opensWithUnnamedThing(document.sentences[sentenceIndex].range) { return nil }
    // "Halvenmoor County is sparsely populated. It covers 2,140 square kilometres": for an
    // attribute of places first (an area, a population), a place the sentence before opens
    // with is what a pronoun opening this one stands for.
    if spec.subjectTypes.first == .place, sentenceIndex > 0,
      let m = inside(document.entities, document.sentences[sentenceIndex - 1].range, { $0.range }).first,
      m.type == .place, m.basis == .name,
      m.range.start == document.sentences[sentenceIndex - 1].range.start,
      !excluded.contains(m.canonical), opensWithPronoun(document.sentences[sentenceIndex].range)
    {
      return (m, "context")
    }
    if let m = placeThePronounContinues(spec, sentenceIndex, excluded) { return (m, "context") }
    let types = Set<EntityType>([.organization, .other]).intersection(spec.subjectTypes)
    if !types.isEmpty, let found = contextSubject(
      spec, before: before, sentenceIndex: sentenceIndex, types: types, excluding: excluded)
    {
      return found
    }
    // "Port Aldane, a city of 380,000 people ... It covers 216 square kilometres."
    return contextSubject(
      spec, before: before, sentenceIndex: sentenceIndex, types: Set(spec.subjectTypes),
      excluding: excluded)
  }

  func contextSubject(
    _ spec: AttributeSpec, before: Int, sentenceIndex: Int, types typesOrAll: Set<EntityType>,
    excluding excluded: Set<String> = []
  ) -> (EntityMention, String)? {
    // "..., said Hanne Velder, 71. Membership has climbed from 48 clubs": a person set off by an
    // age owns no count or amount a later sentence goes on with.
    func fits(_ m: EntityMention) -> Bool {
      m.basis != .demonym && typesOrAll.contains(m.type) && !isContextEntity(m, spec) && !isCompoundModifier(m)
        && !excluded.contains(m.canonical) && !isPerson(m) && !isWireCredit(m) && !isDateline(m)
    }
    let own = document.sentences[sentenceIndex].range
    // "It employs 1,960 people at 60 practices in England and Wales and had revenue of ...": the
    // places of the first predicate's object do not do the joined verb.
    // "We employ 11 people here in Velm. Our budget is ...": "we" speaks for a body too.
    let pronounOpens = opensWithPronoun(own) || opensWithFirstPerson(own)
    func placeOfTheObject(_ m: EntityMention) -> Bool {
      guard pronounOpens, m.type != .organization, m.type != .person else { return false }
      return spec.subjectAfterIn != true && spec.shape != .measure && isPlaceOfTheObject(m)
    }
    if let m = inside(document.entities, TextRange(own.start, max(own.start, before)), { $0.range })
      .last(where: { $0.range.end <= before && fits($0) && !placeOfTheObject($0) })
    {
      return (m, "context")
    }
    // "Its members are Calvera, Tonquin and Beloe.": a sentence opening with a pronoun goes on
    // with the topic before it, so its first name is no topic; look past it (up to four back).
    var looked = 0
    for back in 1...4 where sentenceIndex - back >= 0 && looked < 2 {
      let range = document.sentences[sentenceIndex - back].range
      // "- What does it cost? Its budget is ...": an answer right after a lead-in question
      // that names nothing is about the article's topic, not about the answer before.
      if back == 1, let topic = topicOfALeadInQuestion(range, fits) {
        return (fullerName(of: topic, fits) ?? topic, "context")
      }
      if opensWithPronoun(range) { continue }
      let found = inside(document.entities, range, { $0.range })
      // "How big is the job? Its zone covers ...": a sentence that names nothing is passed over.
      if found.isEmpty { continue }
      looked += 1
      // "Set up in 2019 after fighting between Halvan rebels and the army, the mission has
      // grown ...": a sentence opening with a participle is about its main clause's subject.
      if let main = participleSubject(range, spec), fits(main) {
        return (fullerName(of: main, fits) ?? main, "context")
      }
      // "Halden holds a stake in Orbis Link. Its revenue rose ...": when the article's topic is
      // named in that sentence, the pronoun continues the topic.
      if let topic = articleTopic(fits),
        found.contains(where: { $0.canonical == topic.canonical && fits($0) }),
        !namesTheTopicOnlyInPassing(range, found, topic, fits)
      {
        let m = found.last { $0.canonical == topic.canonical && fits($0) } ?? topic
        return (fullerName(of: m, fits) ?? m, "context")
      }
      // "Harlow & Finch employed 140 people in 1990. Today it employs 22": the subject of a
      // claim in the sentence just before goes on.
      if back == 1, let last = claims.last(where: { $0.sentence == range }),
        let m = found.last(where: { $0.canonical == last.subject.name && fits($0) })
      {
        return (m, "context")
      }
      // "Tidewatch was launched in 2019. At its launch it had 1,800 sailors": a counted thing
      // opening the sentence before, as its subject, is what the pronoun stands for.
      if let opening = found.first, opening.range.start <= range.start + 4,
        isContextEntity(opening, spec), opening.basis != .demonym,
        typesOrAll.contains(opening.type),
        !excluded.contains(opening.canonical), !isCompoundModifier(opening)
      {
        return (opening, "context")
      }
      // "We employ 11 people here in Velm. Our budget is ...": nor a place of that one's object.
      if let topic = found.first(where: { fits($0) && !placeOfTheObject($0) }) {
        // The nearest mention of that entity ("WARU" after "West African Rail Union (WARU)").
        let m = found.last { $0.canonical == topic.canonical && fits($0) } ?? topic
        return (fullerName(of: m, fits) ?? m, "context")
      }
    }
    // Further back, the article's topic: the first fitting name of its first sentence.
    if sentenceIndex > 2, let topic = articleTopic(fits) {
      return (fullerName(of: topic, fits) ?? topic, "context")
    }
    return nil
  }

  /// The main clause's subject of a sentence opening with a participle ("Founded in 1921, ...",
  /// "Set up in 2019 ..., the mission ..."), or `nil`.
  func participleSubject(_ sentence: TextRange, _ spec: AttributeSpec) -> EntityMention? {
    let w = words.index(atOrAfter: sentence.start)
    guard w < words.words.count, words.words[w].range.start == sentence.start,
      words.longestMatch(compiled.foundingTriggers, at: w) != nil
        || words.words[w].key.count > 4 && words.words[w].key.hasSuffix("ed")
    else { return nil }
    return mainClauseSubject(after: words.words[w].range.end, sentence, spec)
  }

  /// Whether a sentence's first word is "It", "Its", "They" or "Their".
  /// Whether a clause's first word is "we" or "our".
  func opensWithWe(_ clause: TextRange) -> Bool {
    let w = words.index(atOrAfter: clause.start)
    guard w < words.words.count, words.words[w].range.start < clause.end else { return false }
    return ["we", "our"].contains(words.words[w].key)
  }

  func opensWithPronoun(_ sentence: TextRange) -> Bool {
    let w = words.index(atOrAfter: sentence.start)
    guard w < words.words.count, words.words[w].range.start < sentence.end else { return false }
    return ["it", "its", "they", "their"].contains(words.words[w].key)
  }

  /// The first name of the article's first sentence that `fits`.
  func articleTopic(_ fits: (EntityMention) -> Bool) -> EntityMention? {
    guard let first = document.sentences.first else { return nil }
    // "PRESS RELEASE - VALDORIA CITY.": a first line in capitals is a slug that files the story;
    // the article opens with the sentence after it.
    let opening = !bytes[first.range.start..<first.range.end].contains(where: { $0 >= 0x61 && $0 <= 0x7A })
      && document.sentences.count > 1 ? document.sentences[1] : first
    return inside(document.entities, opening.range, { $0.range })
      .first { fits($0) && !isDateline($0) && !isWireCredit($0) }
  }

  /// Whether `canonical` is `written` and one more word: "Kessel Bay" written for "Kessel Bay
  /// Airport" names the place the airport is named after.
  func addsOneWord(to written: String, _ canonical: String) -> Bool {
    canonical.hasPrefix(written + " ") && !canonical.dropFirst(written.count + 1).contains(" ")
  }

  /// "In 1976 a farmer at Brenley ... The Orchard Society was founded ...": when the first
  /// sentence names no organization, the first one named in the opening paragraph is what the
  /// article is about, before a place the first sentence names.
  func openingParagraphOrganization(_ fits: (EntityMention) -> Bool) -> EntityMention? {
    guard let first = document.sentences.first else { return nil }
    // A first line in capitals is a slug, as for ``articleTopic(_:)``.
    let opening = !bytes[first.range.start..<first.range.end].contains(where: { $0 >= 0x61 && $0 <= 0x7A })
      && document.sentences.count > 1 ? document.sentences[1] : first
    guard let paragraph = document.paragraphs.first(where: { $0.holds(opening.range.start) })
    else { return nil }
    return inside(document.entities, paragraph, { $0.range })
      .first { fits($0) && $0.type == .organization && $0.basis != .reference && !isDateline($0) }
  }

  /// Whether a name is the place of a dateline ("PORT SELIM, Sept 18 - ..."): written in
  /// capitals at a line's start and followed by a comma or a bracket, with a dash soon after. It
  /// says where the story was filed, not what it is about.
  func isDateline(_ m: EntityMention) -> Bool {
    guard m.range.start == 0 || bytes[m.range.start - 1] == UInt8(ascii: "\n"),
      m.range.end + 2 < bytes.count,
      // "DUNKERLEA - Halloran & Vey ...": a dash may follow the place with no comma or date.
      bytes[m.range.end] == UInt8(ascii: ",") || bytes[m.range.end] == UInt8(ascii: " ")
        && [UInt8(ascii: "("), UInt8(ascii: "-"), 0xE2].contains(bytes[m.range.end + 1]),
      !bytes[m.range.start..<m.range.end].contains(where: { $0 >= 0x61 && $0 <= 0x7A }),
      bytes[m.range.start..<m.range.end].filter(isUpperASCII).count >= 3
    else { return false }
    let rest = bytes[m.range.end..<min(bytes.count, m.range.end + 40)]
    // A hyphen between spaces, an en dash or an em dash (UTF-8 E2 80 93 and E2 80 94).
    return rest.indices.contains { i in
      i + 2 < rest.endIndex
        && (rest[i] == UInt8(ascii: " ") && rest[i + 1] == UInt8(ascii: "-")
          && rest[i + 2] == UInt8(ascii: " ")
          || rest[i] == 0xE2 && rest[i + 1] == 0x80 && (rest[i + 2] == 0x93 || rest[i + 2] == 0x94))
    }
  }

  /// Whether the value opens the sentence and its unit is followed by a verb in the past tense
  /// other than one of being, having or founding ("Three clubs needed loans", "Twelve members
  /// voted against").
  func opensSentenceAsActor(_ q: Quantity, _ unitEnd: Int, _ sentence: TextRange) -> Bool {
    let first = words.index(atOrAfter: sentence.start)
    let verb = words.index(atOrAfter: unitEnd)
    guard first == words.index(atOrAfter: q.range.start), verb < words.words.count,
      words.words[verb].range.start < sentence.end,
      !isPunctuationBetween(unitEnd, words.words[verb].range.start),
      bytes[words.words[verb].range.start] >= 0x61
    else { return false }
    let key = words.words[verb].key
    return DocumentClaimReader.isPastVerb(key)
      && !["was", "were", "had", "made", "formed", "founded", "joined", "belonged"].contains(key)
      && words.longestMatch(compiled.foundingTriggers, at: verb) == nil
  }

  /// Nouns of the bodies that govern an organization and act for it.
  static let organNouns: Set<String> = [
    "council", "board", "assembly", "committee", "secretariat", "directorate", "executive",
  ]

  /// "The ASA Council approved a budget of ...": a name made of another organization's name or
  /// short name and a governing body's noun is that organization's organ, and what it approves or
  /// holds is the organization's. The organization's mention, at the organ's range.
  func ownerOfOrgan(_ m: EntityMention) -> EntityMention? {
    guard let space = m.canonical.lastIndex(of: " "),
      DocumentClaimReader.organNouns.contains(m.canonical[m.canonical.index(after: space)...].lowercased())
    else { return nil }
    let head = m.canonical[..<space]
    guard let owner = document.entities.first(where: { e in
      e.type == .organization && e.canonical != m.canonical
        && (e.canonical == head || document.text.slice(e.range) == head)
    }) else { return nil }
    return EntityMention(range: m.range, canonical: owner.canonical, type: owner.type, basis: m.basis)
  }

  /// The line of the text that holds `offset`, without its line breaks.
  func line(around offset: Int) -> TextRange {
    var start = min(offset, bytes.count)
    while start > 0, bytes[start - 1] != 10 { start -= 1 }
    var end = min(offset, bytes.count)
    while end < bytes.count, bytes[end] != 10 { end += 1 }
    return TextRange(start, end)
  }

  /// "Staff: 385", "- Budget (2025): 968 million euros", "Residents: about 16,800": when the value
  /// at `valueStart` is the value of a fact-box row (a line that opens, after an optional bullet,
  /// with a short capitalized label and a colon, and has at most two words between the colon
  /// and the value), the label's range.
  func rowLabel(of valueStart: Int) -> TextRange? {
    let line = line(around: valueStart)
    var start = line.start
    if start + 1 < line.end, [UInt8(ascii: "-"), UInt8(ascii: "*")].contains(bytes[start]),
      bytes[start + 1] == UInt8(ascii: " ")
    {
      start += 2
    } else if start + 3 < line.end, bytes[start] == 0xE2, bytes[start + 1] == 0x80,
      bytes[start + 2] == 0xA2, bytes[start + 3] == UInt8(ascii: " ")
    {
      start += 4  // a bullet, U+2022
    }
    guard start < valueStart, isUpperASCII(bytes[start]),
      let colon = bytes[start..<valueStart].firstIndex(of: UInt8(ascii: ":")),
      colon - start <= 40,
      !bytes[start..<colon].contains(where: {
        [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "\""), UInt8(ascii: ";")].contains($0)
      }),
      bytes[start..<colon].filter({ $0 == UInt8(ascii: " ") }).count <= 4
    else { return nil }
    let between = words.index(atOrAfter: valueStart) - words.index(atOrAfter: colon)
    guard between <= 2, !isPunctuationBetween(colon + 1, valueStart) else { return nil }
    return TextRange(start, colon)
  }

  /// The year a fact-box row's label names ("Spending 2022", "Budget (2025)"), if any: four
  /// digits standing alone, from 1800 to 2100.
  func yearInLabel(_ label: TextRange) -> Int? {
    var k = label.start
    while k + 4 <= label.end {
      let isDigit = { (b: UInt8) in b >= 0x30 && b <= 0x39 }
      if k == label.start || !isDigit(bytes[k - 1]),
        (k..<(k + 4)).allSatisfy({ isDigit(bytes[$0]) }),
        k + 4 == label.end || !isDigit(bytes[k + 4])
      {
        let year = (k..<(k + 4)).reduce(0) { $0 * 10 + Int(bytes[$1] - 0x30) }
        if year >= 1800 && year <= 2100 { return year }
      }
      k += 1
    }
    return nil
  }

  /// Whether the words of a row's label, a bracket ("Budget (2025)") aside, are one of `phrases`.
  func labelIsOneOf(_ label: TextRange, _ phrases: PhraseSet) -> Bool {
    let first = words.index(atOrAfter: label.start)
    guard first < words.words.count, let n = words.longestMatch(phrases, at: first) else {
      return false
    }
    let end = words.words[first + n - 1].range.end
    return end == label.end || bytes[end..<label.end].first == UInt8(ascii: " ")
      && bytes[end + 1..<label.end].first == UInt8(ascii: "(")
  }

  /// The subject of a fact-box row: the name its block's first line gives ("Fenby Community
  /// Hospital", "Key facts: Morvenna Highlands National Park"), or with none named there ("Key
  /// figures") the article's topic. `nil` when the value is no row's.
  func rowSubject(_ spec: AttributeSpec, valueStart: Int) -> (EntityMention, String)? {
    // "- Harwick Mills: 340 staff": a label that names something makes the row about it.
    guard let label = rowLabel(of: valueStart),
      inside(document.entities, label, { $0.range }).allSatisfy({ $0.type == .date })
    else { return nil }
    var first = line(around: valueStart)
    // Up through the lines of the block, to the line after a blank one.
    while first.start >= 2, bytes[first.start - 2] != 10 {
      first = line(around: first.start - 1)
    }
    func fits(_ m: EntityMention) -> Bool {
      m.basis != .demonym && m.type != .date && m.type != .person
        && spec.subjectTypes.contains(m.type) && !isContextEntity(m, spec)
    }
    // "KEY FIGURES / Arden Survey Mission (ASM) / - Founded: 2019": a heading that only says
    // what the box is names nothing; a name on the line right below it heads the rows.
    let heading = isFactBoxHeading(first)
    if heading {
      let below = line(around: first.end + 1)
      if below.end < valueStart, !bytes[below.start..<below.end].contains(UInt8(ascii: ":")),
        let name = inside(document.entities, below, { $0.range }).last(where: fits)
      {
        return (name, "context")
      }
    }
    // A first line with a colon heads the block only when a label of two words or more
    // introduces a name that ends the line ("Key facts: X"); "Headquarters: Valdoria City" is a
    // row like the others.
    let named = heading ? nil : inside(document.entities, first, { $0.range }).last(where: fits)
    if first.end < valueStart, let named {
      guard let colon = bytes[first.start..<first.end].firstIndex(of: UInt8(ascii: ":")) else {
        return (named, "context")
      }
      if bytes[first.start..<colon].contains(UInt8(ascii: " ")), named.range.end == first.end {
        return (named, "context")
      }
    }
    // "Key figures / Corvenia Grain Council members: 47 / Founded: 1961": under a heading that
    // names nothing, a row naming nothing is about the organization an earlier row's label names.
    var row = line(around: valueStart)
    while row.start > first.start {
      row = line(around: row.start - 1)
      guard let colon = bytes[row.start..<row.end].firstIndex(of: UInt8(ascii: ":")) else {
        continue
      }
      if let m = inside(document.entities, TextRange(row.start, colon), { $0.range })
        .last(where: { fits($0) && $0.type == .organization })
      {
        return (m, "context")
      }
    }
    return articleTopic(fits).map { ($0, "context") }
  }

  /// Whether a line's words, a closing colon aside, are all one of the lexicon's fact-box
  /// headings ("KEY FIGURES", "At a glance:").
  func isFactBoxHeading(_ line: TextRange) -> Bool {
    let first = words.index(atOrAfter: line.start)
    guard first < words.words.count, let n = words.longestMatch(compiled.factBoxHeadings, at: first)
    else { return false }
    let end = words.words[first + n - 1].range.end
    guard end <= line.end else { return false }
    return bytes[end..<line.end].allSatisfy { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: " ") }
  }

  static let firstPerson: Set<String> = ["we", "our", "us", "ours"]

  /// "\"We employed 5,800 people,\" said the superintendent": in a quotation, "we" speaks for an
  /// organization, the article's topic when that is one, not for the place named last.
  func firstPersonSubject(
    _ spec: AttributeSpec, valueStart: Int, _ clause: TextRange, _ sentenceIndex: Int
  ) -> (EntityMention, String)? {
    let sentence = document.sentences[sentenceIndex].range
    guard let quote = quotation(around: valueStart, in: sentence, continuing: true)
    else { return nil }
    var w = words.index(atOrAfter: max(quote.start, clause.start))
    var said = false
    while w < words.words.count, words.words[w].range.end <= valueStart {
      if DocumentClaimReader.firstPerson.contains(words.words[w].key) { said = true }
      w += 1
    }
    // "\"Income was 2.3 million last year, and we spent 1.95 million\"": a "we" later in the
    // quotation's sentence speaks for the whole of it.
    if !said, saysWe(from: valueStart, to: min(quote.end, sentence.end)) { said = true }
    guard said else { return nil }
    func fits(_ m: EntityMention) -> Bool {
      m.basis != .demonym && m.type != .country && m.type != .person && m.type != .date
        && spec.subjectTypes.contains(m.type) && !isContextEntity(m, spec)
    }
    // "Shipowners have accused the Harbour Trust ...": "we" speaks for an organization, so a
    // name typed as one comes before a name of unknown kind that opens the article.
    // "... chaired the Society of Bookbinders, the body that ...": a name of unknown kind that a
    // reference ("the body", "the society") points to is a body too, unlike the person before it.
    let referred = Set(document.entities.filter { $0.basis == .reference }.map(\.canonical))
    // "At Brenvik harbour, ..." opening a story whose speaker runs an organization named just
    // before the quotation: with no organization opening the article, the one named last in the
    // two sentences before speaks.
    let previous = TextRange(
      document.sentences[max(0, sentenceIndex - 2)].range.start, sentence.start)
    let nearby = sentenceIndex == 0 ? nil
      : inside(document.entities, previous, { $0.range }).last {
        fits($0) && $0.type == .organization && $0.basis != .reference
      }
    // "says Hannelore Vask, director of the Eskmoor Museums Network ... \"Instead we now have 19
    // members\"": the body the speaker's title names speaks as "we".
    // A quotation running on from the sentence before may follow the title one more back.
    let continued = quote.start == sentence.start && isQuotationOpen(at: sentence.start)
    for index in [sentenceIndex, sentenceIndex - 1, continued ? sentenceIndex - 2 : -1]
    where index >= 0 {
      if let body = speakerBody(in: document.sentences[index].range, fits)
        ?? possessiveTitleBody(sentenceIndex: index, fits)
      {
        return (body, "context")
      }
    }
    let topic = articleTopic { fits($0) && $0.type == .organization }
      ?? articleTopic { fits($0) && referred.contains($0.canonical) } ?? nearby
      ?? openingParagraphOrganization(fits) ?? articleTopic(fits)
    return topic.map { ($0, "context") }
  }

  /// The body a speaker's title names in `range`: "Hannelore Vask, director of the Eskmoor
  /// Museums Network", a person's name, a comma, up to four lowercase words, "of" (and "the").
  func speakerBody(in range: TextRange, _ fits: (EntityMention) -> Bool) -> EntityMention? {
    let names = inside(document.entities, range, { $0.range })
    // A name the tagger could not type is a speaker right after a verb of saying ("says
    // Hannelore Vask, director of ...").
    func isSpeaker(_ m: EntityMention) -> Bool {
      if m.type == .person { return true }
      let at = words.index(atOrAfter: m.range.start)
      return m.type == .other && (at >= 1
        && DocumentClaimReader.sayingVerbs.contains(words.words[at - 1].key)
        || m.range.start == range.start && saysAfterTitle(m, in: range))
    }
    for person in names where isSpeaker(person) && person.basis != .reference {
      guard person.range.end + 2 < range.end, bytes[person.range.end] == UInt8(ascii: ",")
      else { continue }
      if let body = bodyOfTheSpeakersRelativeClause(person, names, in: range), fits(body) {
        return body
      }
      var w = words.index(atOrAfter: person.range.end)
      var count = 0
      while w < words.words.count, count < 4, words.words[w].key != "of",
        bytes[words.words[w].range.start] >= 0x61, isPlainWord(words.words[w].key)
      {
        count += 1
        w += 1
      }
      guard count >= 1, w < words.words.count, words.words[w].key == "of",
        !isPunctuationBetween(person.range.end + 1, words.words[w].range.start)
      else { continue }
      let ofEnd = words.words[w].range.end
      if let body = names.first(where: {
        $0.range.start > ofEnd && gapIsArticle(ofEnd, $0.range.start)
      }), fits(body), body.type == .organization || body.type == .other {
        return body
      }
    }
    return nil
  }

  /// "The Friends of the Orla Reserve ... campaigned. \"We ...,\" said its chairman, Tom Reed,
  /// 68.": a speaker whose title "its" (or "their") owns speaks for the body that opens the
  /// sentence before the one that names the speaker.
  func possessiveTitleBody(
    sentenceIndex index: Int, _ fits: (EntityMention) -> Bool
  ) -> EntityMention? {
    guard index >= 1 else { return nil }
    let range = document.sentences[index].range
    for person in inside(document.entities, range, { $0.range }) where isPerson(person) {
      let at = words.index(atOrAfter: person.range.start)
      guard at >= 3, person.range.start >= 2,
        bytes[(person.range.start - 2)..<person.range.start].elementsEqual(", ".utf8)
      else { continue }
      // Up to three lowercase title words between the possessive and the name.
      var k = at - 1
      var title = 0
      while k > 0, title < 3, isPlainWord(words.words[k].key),
        !["its", "their"].contains(words.words[k].key)
      {
        title += 1
        k -= 1
      }
      guard title >= 1, ["its", "their"].contains(words.words[k].key),
        !isPunctuationBetween(words.words[k].range.end, words.words[at - 1].range.end)
      else { continue }
      // Only a name opening that sentence (after at most "The") is its subject for sure.
      let before = document.sentences[index - 1].range
      return inside(document.entities, before, { $0.range }).first.flatMap { m in
        m.range.start <= before.start + 4 && fits(m) && m.basis != .reference
          && (m.type == .organization || m.type == .other && isDescribedInApposition(m)) ? m : nil
      }
    }
    return nil
  }

  /// "said Hanne Velder, 71, who has been the federation's president": the first body owning a
  /// title in a relative clause opened by "who" right after the speaker (and the speaker's age),
  /// within 60 bytes of "who".
  func bodyOfTheSpeakersRelativeClause(
    _ person: EntityMention, _ names: ArraySlice<EntityMention>, in range: TextRange
  ) -> EntityMention? {
    var i = person.range.end
    // Step over ", 71".
    if i + 2 < range.end, bytes[i] == UInt8(ascii: ","), bytes[i + 1] == UInt8(ascii: " "),
      bytes[i + 2] >= 0x30, bytes[i + 2] <= 0x39
    {
      i += 2
      while i < range.end, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
    }
    let who = Array(", who ".utf8)
    guard i + who.count <= range.end, bytes[i..<(i + who.count)].elementsEqual(who) else { return nil }
    let start = i + who.count
    // Only a body that owns a title ("the federation's president"), not what the speaker does
    // ("who farms 230 hectares above Kirkby", "who rides the Caddow Hill Climb").
    return names.first { m in
      m.range.start >= start && m.range.start - start <= 60
        && (m.type == .organization || m.type == .other)
        && m.range.end + 3 < range.end && bytes[m.range.end] == UInt8(ascii: "'")
        && bytes[m.range.end + 1] == UInt8(ascii: "s") && bytes[m.range.end + 2] == UInt8(ascii: " ")
        && bytes[m.range.end + 3] >= 0x61 && bytes[m.range.end + 3] <= 0x7A
    }
  }

  /// Whether ", a", ", an" or ", the" follows a name: an apposition says what it is ("The Friends
  /// of the Orla Reserve, a supporters' group, ...").
  func isDescribedInApposition(_ m: EntityMention) -> Bool {
    let end = m.range.end
    return [", a ", ", an ", ", the "].contains { gap in
      end + gap.utf8.count <= bytes.count && bytes[end..<(end + gap.utf8.count)].elementsEqual(gap.utf8)
    }
  }

  /// "Tilde Marquardt, secretary-general of the Fringe Network, says ...": a name opening the
  /// sentence whose title, set off by commas, is followed by a verb of saying.
  func saysAfterTitle(_ m: EntityMention, in range: TextRange) -> Bool {
    guard m.range.end < range.end, bytes[m.range.end] == UInt8(ascii: ",") else { return false }
    var i = m.range.end + 1
    while i < range.end, bytes[i] != UInt8(ascii: ",") { i += 1 }
    let w = words.index(atOrAfter: i)
    return w < words.words.count && words.words[w].range.start < range.end
      && DocumentClaimReader.sayingVerbs.contains(words.words[w].key)
  }

  static let sayingVerbs: Set<String> = [
    "says", "said", "told", "adds", "added", "explains", "explained",
  ]

  /// A headline shortens names ("Halden yard wins order" before "Halden Marine Works"): for a
  /// one-word name, the only longer name of the document that begins with it.
  func fullerName(of m: EntityMention, _ fits: (EntityMention) -> Bool) -> EntityMention? {
    guard !m.canonical.contains(" "), m.type == .other || m.type == .organization else { return nil }
    let longer = document.entities.filter { $0.canonical.hasPrefix(m.canonical + " ") && fits($0) }
    guard let first = longer.first, longer.allSatisfy({ $0.canonical == first.canonical }) else { return nil }
    return first
  }

  func gapIsArticle(_ from: Int, _ to: Int) -> Bool {
    guard from <= to else { return false }
    let gap = String(decoding: bytes[from..<to], as: UTF8.self)
    return gap == " " || gap == " the " || gap == " The "
  }

  /// Whether a comma, full stop, semicolon, closing bracket or colon stands between the offsets;
  /// offsets out of order (a word that runs into the value, as in "x40") have nothing between.
  func isPunctuationBetween(_ from: Int, _ to: Int) -> Bool {
    guard from >= 0, from < to, to <= bytes.count else { return false }
    return bytes[from..<to].contains { [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ")"), UInt8(ascii: ":")].contains($0) }
  }

  func hasContext(_ spec: AttributeSpec, before: Int, _ clause: TextRange, _ mentions: [EntityMention]) -> Bool {
    let context = phrases(spec).context
    guard !context.isEmpty else { return false }
    var w = words.index(atOrAfter: clause.start)
    while w < words.words.count, words.words[w].range.end <= before {
      if words.longestMatch(context, at: w) != nil { return true }
      w += 1
    }
    return mentions.contains { $0.range.end <= before && isContextEntity($0, spec) }
  }

  /// The thing a percentage is of: content words after "of" ("of the latter's arms imports").
  func qualifier(after end: Int, in clause: TextRange) -> String? {
    var w = words.index(atOrAfter: end)
    guard w < words.words.count, words.words[w].key == "of", words.words[w].range.end <= clause.end else { return nil }
    w += 1
    let stop: Set<String> = ["to", "from", "in", "of", "for", "by", "with", "and", "or", "which", "that", "on", "at", "as"]
    var parts: [String] = []
    while w < words.words.count, words.words[w].range.end <= clause.end, parts.count < 3 {
      let word = words.words[w]
      // "of the company's capital": the owner and its "s" are passed over for the head noun.
      let possessiveS = word.key == "s" && word.range.start > 0
        && bytes[word.range.start - 1] == UInt8(ascii: "'")
      if word.key == "the" || word.key == "its" || word.key == "their" || possessiveS
        || bytes.count > word.range.end && bytes[word.range.end] == UInt8(ascii: "'")
      {
        w += 1
        continue
      }
      // "of the contaminated land has been cleared": the verb ends the phrase.
      if stop.contains(word.key) || DocumentClaimReader.exclusionAuxiliaries.contains(word.key) {
        break
      }
      parts.append(word.key)
      if isPunctuationBetween(word.range.end, min(word.range.end + 1, bytes.count)) { break }
      w += 1
    }
    return parts.isEmpty ? nil : parts.joined(separator: " ")
  }

  // MARK: Time and output

  func timeScope(_ clause: TextRange, value: Quantity, sentenceIndex: Int, quantities: [Quantity], valueIsTime: Bool) -> TimeScope {
    // "- Spending 2022: 371 million euros": a fact-box row whose label holds a year.
    if !valueIsTime, let label = rowLabel(of: value.range.start), let year = yearInLabel(label) {
      return TimeScope(year: year, basis: "explicit")
    }
    // A year written right after the value dates it ("1,650 in 2021", "6,000 two years ago").
    if !valueIsTime, let year = attachedYear(to: value, clause, quantities), let y = year.low {
      return TimeScope(year: countedBackFromNow(year) ?? Int(y), basis: isWritten(year.range) ? "explicit" : "relative")
    }
    // "rose to 212 million pounds, up from 196 million pounds a year earlier": a year before the
    // value read just before it in the sentence, when no year was written to count from.
    if !valueIsTime, yearEarlier(after: value, clause),
      let base = claims.last(where: { $0.sentence.contains(clause) && $0.span.end <= value.range.start }),
      let year = base.time.year
    {
      return TimeScope(year: year - 1, basis: "relative")
    }
    // "founded in 2008 with eight teams": the count at the founding.
    if !valueIsTime, let founding = foundingYearWith(value, clause, quantities) {
      return TimeScope(year: founding, basis: "explicit")
    }
    // "Set up in 2019, it employs 412 staff, up from 260 when it was set up": the year of the
    // founding named before in the sentence.
    if !valueIsTime, let founding = foundingYear(whenFoundedAfter: value, clause, sentenceIndex) {
      return TimeScope(year: founding, basis: "context")
    }
    let published = document.metadata.published?.year
    let relative = relativeClauses(in: clause)
    let valueRelative = relative.first { $0.holds(value.range.start) }
    // "Halvorsen & Lind, a firm with 85 staff, bought into it in 2006": a value in an apposition
    // describes the name now; the main clause's year dates what the name did.
    let clauseMentions = Array(inside(document.entities, clause) { $0.range })
    let aside = valueIsTime
      ? nil : appositiveAsides(in: clause, clauseMentions).first { $0.holds(value.range.start) }
    let years = quantities.filter { y in
      if let aside, !aside.holds(y.range.start) { return false }
      return y.kind == .year && y.range != value.range && !y.range.overlaps(value.range)
        && !isFoundingYear(y, clause)
        && !datesAnotherNumber(y, quantities, value: value, clause)
        // A relative clause keeps its years to itself ("Iceland, which has 390,000 people, may
        // apply next year"), and a value inside one takes only its years.
        && (valueRelative.map { r in r.holds(y.range.start) } ?? !relative.contains { r in r.holds(y.range.start) })
        // A year after the publication, not written next to the value, is a plan, not its date.
        && !(published.map { p in (y.low ?? 0) > Double(p) && !isWritten(y.range) } ?? false)
        && !isTargetYear(y, published: published) && !isComparisonYear(y) && !isSinceYear(y, value)
        && !datesAnEvent(y, value) && !opensPresentClause(from: y.range.end, to: value.range.start)
        && !isInRelativeClauseAfter(value, y) && !isInJoinedPastClause(value, y)
    }
    let dated = inside(document.entities, clause) { $0.range }
      .filter { m in
        m.type == .date && !m.range.overlaps(value.range) && (aside?.holds(m.range.start) ?? true)
      }
      .filter { !opensPresentClause(from: $0.range.end, to: value.range.start) }
      .compactMap { m in PartialDate(iso: m.canonical).map { date in (date.year, m.range) } }
    let candidates = years.compactMap { q in q.low.map { (Int($0), q.range) } } + dated
    // "It had revenue of $3.1 billion in 2017 and spent $410 million": the second value of the
    // same coordinated statement shares the first one's year.
    if candidates.isEmpty, let shared = sharedYear(value, clause, quantities) {
      return TimeScope(year: shared, basis: "explicit")
    }
    if let nearest = candidates.min(by: { abs($0.1.start - value.range.start) < abs($1.1.start - value.range.start) }) {
      // The numbers stage resolves "last year" and "16 years ago" to years: not written ones.
      let written = isWritten(nearest.1)
      let isDate = dated.contains { $0.1 == nearest.1 }
      return TimeScope(year: nearest.0, basis: written || isDate ? "explicit" : "relative")
    }
    var w = words.index(atOrAfter: clause.start)
    while w < words.words.count, words.words[w].range.end <= clause.end {
      // "Lenna, which joined in 2019, became its fifth member that year": a year written earlier
      // in the same sentence comes first.
      if words.longestMatch(compiled.contextTimeWords, at: w) != nil {
        let sentence = document.sentences[sentenceIndex].range
        let before = TextRange(sentence.start, words.words[w].range.start)
        if !valueIsTime, let year = inside(document.quantities, before, { $0.range }).last(where: {
          $0.kind == .year && isWritten($0.range) && $0.range != value.range
        })?.low {
          return TimeScope(year: Int(year), basis: "context")
        }
      }
      if words.longestMatch(compiled.contextTimeWords, at: w) != nil, sentenceIndex > 0 {
        let previous = document.sentences[sentenceIndex - 1].range
        if let year = inside(document.quantities, previous, { $0.range }).last(where: { $0.kind == .year })?.low {
          return TimeScope(year: Int(year), basis: "context")
        }
        // "Brackford, a city of 212,000 people at the time": the year may stand further back.
        if let year = yearOfEarlierSentences(sentenceIndex - 1, back: 2) {
          return TimeScope(year: year, basis: "context")
        }
      }
      w += 1
    }
    if !valueIsTime, let year = foundingYearOfTheBeginning(clause) {
      return TimeScope(year: year, basis: "context")
    }
    // "Dravo, a village of 2,300 people, held its first market last month": a value in an
    // apposition is not dated by the main clause's relative time either.
    if let year = relativeYear(
      aside ?? clause, sentenceIndex: sentenceIndex, quantities: quantities)
    {
      return TimeScope(year: year, basis: "relative")
    }
    // "became its 14th contributor in November" in an article of February: the latest November
    // before the publication.
    if let published = document.metadata.published, let month = published.month,
      let named = monthWithoutYear(near: value, in: clause), named > month
    {
      return TimeScope(year: published.year - 1, basis: "relative")
    }
    // "As at 31 December the company employed 1,962 people" in an article of February.
    if let published = document.metadata.published, let month = published.month,
      let named = reportingMonth(in: clause), named > month
    {
      return TimeScope(year: published.year - 1, basis: "relative")
    }
    if !valueIsTime, let year = yearOfCoordinatedValue(value, sentenceIndex) {
      return TimeScope(year: year, basis: "context")
    }
    if let published = document.metadata.published {
      return TimeScope(year: published.year, basis: document.metadata.publishedBasis == "estimate" ? "estimate" : "published")
    }
    return TimeScope(year: nil, basis: "unknown")
  }

  /// The year of a dated value read before this one in the sentence, when this one continues the
  /// same account: a past verb after "and" ("spent 3.6 million pounds in 2025, ..., and earned
  /// 410,000 pounds", "Last year's budget was 574,000 pounds, and the union spent 587,000
  /// pounds"), or "against" a planned amount ("spent 127 million francs in 2025 against a budget
  /// of 121 million francs"). A value with no year of its own tells of that same period.
  func yearOfCoordinatedValue(_ value: Quantity, _ sentenceIndex: Int) -> Int? {
    let sentence = document.sentences[sentenceIndex].range
    // The value before: one read already with its year, or one a written year follows ("127
    // million francs in 2025") when its attribute is read after this one.
    let read = claims.last(where: {
      $0.sentence == sentence && $0.span.end <= value.range.start
        && ($0.time.basis == "explicit" || $0.time.basis == "relative")
        && !compiled.yearAttributes.contains($0.attribute)
    }).flatMap { c in
      c.time.year.map { (end: c.span.end, year: $0, written: c.time.basis == "explicit") }
    }
    let sentenceQuantities = Array(inside(document.quantities, sentence) { $0.range })
    let dated = sentenceQuantities.last(where: {
      $0.kind != .year && $0.range.end <= value.range.start
    }).flatMap { q -> (end: Int, year: Int, written: Bool)? in
      guard let y = attachedYear(to: q, sentence, sentenceQuantities), isWritten(y.range),
        y.range.end <= value.range.start, let low = y.low
      else { return nil }
      return (end: y.range.end, year: Int(low), written: true)
    }
    guard let base = [read, dated].compactMap({ $0 }).max(by: { $0.end < $1.end })
    else { return nil }
    let year = base.year
    let first = words.index(atOrAfter: value.range.start)
    let from = words.index(atOrAfter: base.end)
    guard first > from, first < words.words.count else { return nil }
    // "against a budget of": the planned amount of the period the value before was spent in.
    if first >= 4, first - 4 >= from, words.words[first - 1].key == "of",
      ["a", "an", "the", "its", "their"].contains(words.words[first - 3].key),
      words.words[first - 4].key == "against", isPlainWord(words.words[first - 2].key),
      !isPunctuationBetween(base.end, value.range.start), base.written
    {
      return year
    }
    // "..., and earned 410,000", "..., and the union spent 587,000": "and", at most two
    // lowercase words naming who, then a verb in the past tense right before the value.
    guard first >= 2, DocumentClaimReader.isPastVerb(words.words[first - 1].key),
      bytes[words.words[first - 1].range.start] >= 0x61
    else { return nil }
    let verb = first - 1
    guard let and = (max(from, verb - 3)..<verb).last(where: { words.words[$0].key == "and" }),
      ((and + 1)..<verb).allSatisfy({ k in
        bytes[words.words[k].range.start] >= 0x61 && isPlainWord(words.words[k].key)
          && !compiled.presentVerbs.contains(words.words[k].key)
          && !DocumentClaimReader.adverbs.contains(words.words[k].key)
      }),
      !isPunctuationBetween(words.words[and].range.end, value.range.start),
      !quantities(between: base.end, value.range.start)
    else { return nil }
    return year
  }

  /// Irregular verbs in the past tense that state an amount ("spent", "paid", "had").
  static let irregularPastVerbs: Set<String> = [
    "spent", "paid", "had", "made", "sold", "took", "got", "gave", "lost", "won", "grew", "rose",
    "fell", "kept", "brought", "built", "ran", "was", "were", "bought", "drew", "held", "met",
  ]

  /// Whether a word is a verb in the past tense: a regular one ending in "ed" or an irregular one.
  static func isPastVerb(_ key: String) -> Bool {
    key.utf8.count > 4 && key.hasSuffix("ed") || irregularPastVerbs.contains(key)
  }

  /// "Dunmere has 40,000 residents, many in villages that lost their school a decade ago": a year
  /// after a comma that follows the value, inside a clause opened by a relative word, dates what
  /// that clause tells, not the value.
  func isInRelativeClauseAfter(_ value: Quantity, _ y: Quantity) -> Bool {
    guard y.range.start > value.range.end,
      let comma = bytes[value.range.end..<y.range.start].firstIndex(of: UInt8(ascii: ","))
    else { return false }
    var w = words.index(atOrAfter: comma)
    while w < words.words.count, words.words[w].range.end <= y.range.start {
      if DocumentClaimReader.relativeOpeners.contains(words.words[w].key),
        bytes[words.words[w].range.start] >= 0x61
      {
        return true
      }
      w += 1
    }
    return false
  }

  static let relativeOpeners: Set<String> = ["that", "which", "who", "whom", "whose", "where"]

  /// "Osterby has 41,000 inhabitants and last hosted the congress in 2011": a year after "and"
  /// and a verb in the past tense (an adverb may come between) dates that second predicate, not
  /// the value before it.
  func isInJoinedPastClause(_ value: Quantity, _ y: Quantity) -> Bool {
    guard y.range.start > value.range.end else { return false }
    var w = words.index(atOrAfter: value.range.end)
    while w + 1 < words.words.count, words.words[w + 1].range.end <= y.range.start {
      if words.words[w].key == "and" {
        var k = w + 1
        if DocumentClaimReader.joinedAdverbs.contains(words.words[k].key), k + 1 < words.words.count,
          words.words[k + 1].range.end <= y.range.start
        {
          k += 1
        }
        let verb = words.words[k].key
        if verb.count > 4, verb.hasSuffix("ed"), bytes[words.words[k].range.start] >= 0x61,
          !quantities(between: value.range.end, words.words[k].range.start)
        {
          return true
        }
      }
      w += 1
    }
    return false
  }

  static let joinedAdverbs: Set<String> = ["last", "also", "later", "then", "first", "once", "previously", "recently"]

  /// Whether a number other than a year stands between two offsets.
  func quantities(between start: Int, _ end: Int) -> Bool {
    inside(document.quantities, TextRange(start, end), { $0.range }).contains { $0.kind != .year }
  }

  /// "Last year's extension, which added ..., has brought the park to 1,410 km2": a year that
  /// owns a noun ("'s") dates that event; a value behind a comma is the state it left.
  func datesAnEvent(_ y: Quantity, _ value: Quantity) -> Bool {
    guard y.range.end + 2 <= value.range.start, bytes[y.range.end] == UInt8(ascii: "'"),
      bytes[y.range.end + 1] == UInt8(ascii: "s")
    else { return false }
    return bytes[y.range.end..<value.range.start].contains(UInt8(ascii: ","))
  }

  /// Whether "a year earlier", "a year before", "the year before" or "the previous year" follows
  /// a value (or its unit) and was resolved to no year by the numbers stage.
  func yearEarlier(after value: Quantity, _ clause: TextRange) -> Bool {
    var w = words.index(atOrAfter: value.range.end)
    if w < words.words.count, words.longestMatch(compiled.countUnits, at: w) != nil { w += 1 }
    guard w + 2 < words.words.count, words.words[w + 2].range.end <= clause.end,
      !isPunctuationBetween(value.range.end, words.words[w].range.start),
      !document.quantities.contains(where: { $0.kind == .year && $0.range.holds(words.words[w].range.start) })
    else { return false }
    let phrase = (w...(w + 2)).map { words.words[$0].key }
    return ["a", "the"].contains(phrase[0]) && phrase[1] == "year" && ["earlier", "before"].contains(phrase[2])
      || phrase == ["the", "previous", "year"] || phrase == ["the", "prior", "year"]
  }

  /// Whether a year's text is written in digits ("2021"), not resolved from words ("last year").
  func isWritten(_ range: TextRange) -> Bool {
    bytes[range.start..<range.end].contains { $0 >= 0x30 && $0 <= 0x39 }
      && !bytes[range.start..<range.end].contains { $0 == UInt8(ascii: " ") }
  }

  /// The year that follows a value within a few words of the same phrase: "1,650 in 2021", "900
  /// personnel at its peak in 2016", "412,000 three years earlier", "eight members last year".
  func attachedYear(to value: Quantity, _ clause: TextRange, _ quantities: [Quantity]) -> Quantity? {
    if let year = yearOfWhenClause(after: value, clause, quantities) { return year }
    guard let next = quantities.first(where: { $0.range.start >= value.range.end && $0.range != value.range }),
      next.kind == .year, next.range.end <= clause.end, !isPunctuationBetween(value.range.end, next.range.start)
    else { return nil }
    let between = words.index(atOrAfter: value.range.end)..<words.index(atOrAfter: next.range.start)
    guard between.count <= 5 else { return nil }
    if isWritten(next.range) {
      // A written year needs its preposition ("in 2021", "for 2023"), not "founded 2001".
      guard let last = between.last, ["in", "for", "by", "at", "of"].contains(words.words[last].key),
        !isFoundingYear(next, clause)
      else { return nil }
    }
    return next
  }

  /// "150 when the council first let it trade there in 2018": the year written in a "when" clause
  /// right after the value (or its unit), before any comma.
  func yearOfWhenClause(after value: Quantity, _ clause: TextRange, _ quantities: [Quantity]) -> Quantity? {
    let w = words.index(atOrAfter: value.range.end)
    guard let when = (w..<min(w + 2, words.words.count)).first(where: { words.words[$0].key == "when" }),
      words.words[when].range.end <= clause.end,
      !isPunctuationBetween(value.range.end, words.words[when].range.start),
      let year = quantities.first(where: {
        $0.kind == .year && $0.range.start >= words.words[when].range.end && $0.range.end <= clause.end
      }),
      isWritten(year.range), !isPunctuationBetween(words.words[when].range.end, year.range.start),
      words.index(atOrAfter: year.range.start) - when <= 14,
      !quantities.contains(where: {
        $0.kind != .year && $0.kind != .ordinal && $0.range.start > value.range.end
          && $0.range.end <= year.range.start
      })
    else { return nil }
    let before = words.index(atOrAfter: year.range.start) - 1
    return ["in", "by"].contains(words.words[before].key) ? year : nil
  }

  /// The founding year of "founded in 2008 with eight teams" or "founded in 1998 by four
  /// countries", for the count after "with" or "by".
  func foundingYearWith(_ value: Quantity, _ clause: TextRange, _ quantities: [Quantity]) -> Int? {
    var w = words.index(atOrAfter: value.range.start)
    // "established in 1998 by the four states of the southern shore".
    if w > 1, ["the", "its", "their", "just", "only"].contains(words.words[w - 1].key) { w -= 1 }
    guard w > 0, words.words[w - 1].key == "with" || words.words[w - 1].key == "by" else { return nil }
    return quantities.last(where: {
      $0.kind == .year && $0.range.end <= value.range.start && isFoundingYear($0, clause)
    })?.low.map { Int($0) }
  }

  /// Phrases that name a source: from "according to" to the next comma or the clause's end.
  func attributionPhrases(in clause: TextRange) -> [TextRange] {
    var out: [TextRange] = []
    var w = words.index(atOrAfter: clause.start)
    while w + 1 < words.words.count, words.words[w + 1].range.end <= clause.end {
      if words.words[w].key == "according", words.words[w + 1].key == "to" {
        var end = words.words[w + 1].range.end
        while end < clause.end, bytes[end] != UInt8(ascii: ",") { end += 1 }
        out.append(TextRange(words.words[w].range.start, end))
      }
      w += 1
    }
    return out
  }

  /// Non-restrictive relative clauses: from ", which" (who, where) to the next comma or the end.
  func relativeClauses(in clause: TextRange) -> [TextRange] {
    var out: [TextRange] = []
    var w = words.index(atOrAfter: clause.start)
    while w < words.words.count, words.words[w].range.end <= clause.end {
      let start = words.words[w].range.start
      if ["which", "who", "whose", "where"].contains(words.words[w].key), start >= 2,
        bytes[start - 2] == UInt8(ascii: ",")
      {
        var end = start
        while end < clause.end, bytes[end] != UInt8(ascii: ",") { end += 1 }
        // "whose members include Arlo, Bede and the Corve Trust, was formed": a comma before a
        // name goes on with a list inside the relative clause, when an "and" closes that list.
        while end + 2 < clause.end, bytes[end + 1] == UInt8(ascii: " "),
          isUpperASCII(bytes[end + 2])
        {
          var next = end + 1
          while next < clause.end, bytes[next] != UInt8(ascii: ",") { next += 1 }
          guard next < clause.end, containsAnd(start, next)
          else { break }
          end = next
        }
        out.append(TextRange(start, end))
      }
      w += 1
    }
    return out
  }

  func isUpperASCII(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }

  /// Whether " and " occurs between two offsets.
  func containsAnd(_ start: Int, _ end: Int) -> Bool {
    let and = Array(" and ".utf8)
    guard end - start >= and.count else { return false }
    return (start...(end - and.count)).contains { bytes[$0..<($0 + and.count)].elementsEqual(and) }
  }

  /// For a mention after a locative preposition ("at 12 Mill Road", "in Orva"): `.some(name)` with
  /// the name right before the preposition, `nil` when there is none; `.some(nil)` otherwise.
  /// Whether `m` follows "in", "across", "at" or "throughout" (over a list of names joined by
  /// "and") right after a lowercase word: "practices in England and Wales".
  func isPlaceOfTheObject(_ m: EntityMention) -> Bool {
    var w = words.index(atOrAfter: m.range.start) - 1
    var steps = 0
    while w > 0, steps < 6,
      words.words[w].key == "and" || bytes[words.words[w].range.start] < 0x61
    {
      w -= 1
      steps += 1
    }
    guard w > 0, ["in", "across", "at", "throughout"].contains(words.words[w].key),
      bytes[words.words[w - 1].range.start] >= 0x61,
      !isPunctuationBetween(words.words[w - 1].range.end, m.range.start)
    else { return false }
    return true
  }

  func locatedBy(_ m: EntityMention, _ mentions: [EntityMention]) -> EntityMention?? {
    var w = words.index(atOrAfter: m.range.start) - 1
    if w >= 0, let f = words.words[w].key.utf8.first, f >= 0x30 && f <= 0x39 { w -= 1 }
    guard w >= 0, ["at", "in", "on", "near"].contains(words.words[w].key),
      !bytes[words.words[w].range.end..<m.range.start]
        .contains(where: { $0 != UInt8(ascii: " ") && $0 < 0x30 })
    else { return .some(nil) }
    let p = words.words[w].range.start
    guard let named = mentions.last(where: { $0.range.end + 1 == p }) else { return nil }
    return .some(named)
  }

  /// A number after "by" that follows a change verb within three words ("shrank by 400", "rose
  /// sharply by 12 percent"), or a percentage right after a change verb ("shares fell 4
  /// percent"): the size of the change.
  /// "carried by 211 votes to 64", "voted 412 to 97": the numbers of a vote count votes, not
  /// anything a subject has.
  func isVoteTally(_ q: Quantity) -> Bool {
    guard q.kind == .cardinal else { return false }
    let w = words.index(atOrAfter: q.range.start)
    let next = words.index(atOrAfter: q.range.end)
    if next < words.words.count, ["votes", "vote"].contains(words.words[next].key) { return true }
    guard w >= 2 else { return false }
    let before = words.words[w - 1].key
    if ["voted", "voting"].contains(before) { return true }
    guard ["to", "against"].contains(before) else { return false }
    let other = words.words[w - 2].key
    if ["votes", "vote"].contains(other) { return true }
    // "voted 412 to 97": a number after "voted" and before "to".
    return w >= 3 && other.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 || $0 == 0x2C })
      && ["voted", "voting"].contains(words.words[w - 3].key)
  }

  func isChangeAmount(_ q: Quantity) -> Bool {
    guard q.kind != .year else { return false }
    let w = words.index(atOrAfter: q.range.start)
    if q.kind == .percent, w >= 1, !isPunctuationBetween(words.words[w - 1].range.end, q.range.start) {
      let key = words.words[w - 1].key
      if compiled.growthVerbs.contains(key) || compiled.declineVerbs.contains(key) { return true }
    }
    guard w > 1, words.words[w - 1].key == "by" else { return false }
    return (max(0, w - 4)..<(w - 1)).contains {
      let key = words.words[$0].key
      return compiled.growthVerbs.contains(key) || compiled.declineVerbs.contains(key)
    }
  }

  /// "the harbour master, Ana Ruiz, 54, said", "said its founder, Lars Berg, 61.": a small whole
  /// number set off by a comma right after a name of two capitalized words, and closed by
  /// punctuation, is the age of the person named.
  func isAgeAfterName(_ q: Quantity) -> Bool {
    guard q.kind == .cardinal, let low = q.low, q.high == low, low >= 1, low < 120,
      q.range.end - q.range.start <= 3, q.range.start >= 2,
      bytes[q.range.start - 2] == UInt8(ascii: ","), bytes[q.range.start - 1] == UInt8(ascii: " "),
      bytes[q.range.start..<q.range.end].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
    else { return false }
    let closers: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";")]
    guard q.range.end < bytes.count, closers.contains(bytes[q.range.end]) else { return false }
    let w = words.index(atOrAfter: q.range.start)
    guard w >= 2 else { return false }
    let last = words.words[w - 1], first = words.words[w - 2]
    return last.range.end == q.range.start - 2 && first.range.end + 1 == last.range.start
      && isUpperASCII(bytes[last.range.start]) && isUpperASCII(bytes[first.range.start])
  }

  /// Whether "we", "our" or "us" stands between two offsets.
  func saysWe(from start: Int, to end: Int) -> Bool {
    var w = words.index(atOrAfter: start)
    while w < words.words.count, words.words[w].range.end <= end {
      if DocumentClaimReader.firstPerson.contains(words.words[w].key) { return true }
      w += 1
    }
    return false
  }

  /// Whether a name is a person's: tagged as one, or followed somewhere by an age set off by
  /// commas ("Marta Lind, 46, a former sprinter").
  func isPerson(_ m: EntityMention) -> Bool {
    if m.type == .person { return true }
    let e = m.range.end
    guard e + 4 < bytes.count, bytes[e] == UInt8(ascii: ","), bytes[e + 1] == UInt8(ascii: " ")
    else { return false }
    var i = e + 2
    while i < bytes.count, i - e - 2 < 3, bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
    return i > e + 2 && i < bytes.count && bytes[i] == UInt8(ascii: ",")
  }

  /// "has had 40 members since 2019", "has seen its population fall since 2011": a year after
  /// "since" starts a period; it does not date the present value.
  /// "since 2015, when it had six members" still dates the value in its "when" clause.
  /// "its highest number since the early 1990s": "since" may stand before a decade's article
  /// and adjective.
  func isSinceYear(_ y: Quantity, _ value: Quantity) -> Bool {
    var w = words.index(atOrAfter: y.range.start)
    while w > 1, w >= words.index(atOrAfter: y.range.start) - 2,
      ["the", "early", "late", "mid"].contains(words.words[w - 1].key)
    {
      w -= 1
    }
    guard w > 0, words.words[w - 1].key == "since" else { return false }
    let when = Array(", when ".utf8)
    return !(value.range.start > y.range.end && y.range.end + when.count <= bytes.count
      && bytes[y.range.end..<(y.range.end + when.count)].elementsEqual(when))
  }

  /// Appositions and participle phrases after a name, closed by a comma before the clause goes
  /// on ("Kestrel Mining, the owner of two pits near Orlen, employs ..."; "Vantor, based in
  /// Lisk, has ..."): the names inside describe the name before them and are not the subject.
  func appositiveAsides(in clause: TextRange, _ mentions: [EntityMention]) -> [TextRange] {
    func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    let comma = UInt8(ascii: ","), space = UInt8(ascii: " ")
    var out: [TextRange] = []
    // "The Rapid Force (RF), the pact's joint force, has ...": a bracketed acronym may close the
    // name before the comma.
    let close = UInt8(ascii: ")")
    for m in mentions where m.range.end + 3 < clause.end && m.range.start >= clause.start {
      let e = bytes[m.range.end] == close ? m.range.end + 1 : m.range.end
      guard bytes[e] == comma, bytes[e + 1] == space else { continue }
      let w = words.index(atOrAfter: e)
      guard w + 1 < words.words.count, words.words[w].range.start == e + 2
      else { continue }
      let opener = words.words[w]
      let participle = opener.key.hasSuffix("ed")
        && ["in", "by", "at", "near", "on", "from", "outside"].contains(words.words[w + 1].key)
      guard isLower(bytes[opener.range.start]),
        ["the", "a", "an"].contains(opener.key) || participle
      else { continue }
      var end = opener.range.end
      while end + 1 < clause.end, !(bytes[end] == comma && bytes[end + 1] == space) { end += 1 }
      let next = words.index(atOrAfter: end)
      guard end + 1 < clause.end, next < words.words.count,
        words.words[next].range.end <= clause.end, isLower(bytes[words.words[next].range.start]),
        !["and", "or"].contains(words.words[next].key)
      else { continue }
      out.append(TextRange(opener.range.start, end))
    }
    return out
  }

  /// "last year" and "N years ago" against the publication year; "N years later" against the year
  /// in the sentence before (or earlier in this one).
  static let monthNames: [String: Int] = [
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
  ]

  /// The month of "in November" in the clause (a capitalized month name after "in", with no day
  /// or year after it) with no punctuation between it and the value, if any.
  func monthWithoutYear(near value: Quantity, in clause: TextRange) -> Int? {
    var w = words.index(atOrAfter: clause.start)
    while w + 1 < words.words.count, words.words[w + 1].range.end <= clause.end {
      let phrase = TextRange(words.words[w].range.start, words.words[w + 1].range.end)
      let between = phrase.end <= value.range.start
        ? (phrase.end, value.range.start) : (value.range.end, max(value.range.end, phrase.start))
      if words.words[w].key == "in",
        let month = DocumentClaimReader.monthNames[words.words[w + 1].key],
        !isPunctuationBetween(between.0, between.1),
        isUpperASCII(bytes[words.words[w + 1].range.start]),
        !(w + 2 < words.words.count && words.words[w + 2].range.end <= clause.end
          && !isPunctuationBetween(words.words[w + 1].range.end, words.words[w + 2].range.start)
          && words.words[w + 2].key.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } == true)
      {
        return month
      }
      w += 1
    }
    return nil
  }

  func relativeYear(_ clause: TextRange, sentenceIndex: Int, quantities: [Quantity]) -> Int? {
    let published = document.metadata.published?.year
    var w = words.index(atOrAfter: clause.start)
    while w < words.words.count, words.words[w].range.end <= clause.end {
      let key = words.words[w].key
      // Expressions the numbers stage resolved were weighed (and perhaps set aside) already.
      if quantities.contains(where: { $0.kind == .year && $0.range.holds(words.words[w].range.start) }) {
        w += 1
        continue
      }
      // "When it closed last month" in a January article: December of the year before.
      if key == "month", w > 0, words.words[w - 1].key == "last", let date = document.metadata.published,
        let month = date.month
      {
        return month == 1 ? date.year - 1 : date.year
      }
      if key == "year" || key == "season", w > 0 {
        let before = words.words[w - 1].key
        if before == "last", let published { return published - 1 }
        if before == "this", let published { return published }
        // "had revenue of 433 million in 2025; the year before, its revenue was 391 million":
        // the year before the one this sentence (or the one before) last named.
        let after = w + 1 < words.words.count ? words.words[w + 1].key : ""
        if before == "previous" || before == "the" && (after == "before" || after == "earlier"),
          key == "year",
          let base = earlierYear(before: words.words[w].range.start, clause, sentenceIndex)
        {
          return base - 1
        }
      }
      if (key == "ago" || key == "later" || key == "after"), w >= 2, ["year", "years"].contains(words.words[w - 1].key) {
        let yearsWord = words.words[w - 1]
        var n: Int?
        if ["a", "one"].contains(words.words[w - 2].key) {
          n = 1
        } else if let q = quantities.first(where: { $0.range.end == yearsWord.range.end || $0.range.end + 1 == yearsWord.range.start }),
          let v = q.value
        {
          n = Int(v)
        }
        // "Set up in 2019, a year after the ceasefire, ...": an apposition that dates a year the
        // sentence wrote by an event, not the year of the clause.
        let countWord = words.words[w - 2]
        let appositive = (key == "after" || key == "later") && w >= 3
          && bytes[words.words[w - 3].range.end..<countWord.range.start].elementsEqual(", ".utf8)
          && quantities.contains { y in
            y.kind == .year && y.range.holds(words.words[w - 3].range.start)
          }
        if let n, !appositive {
          if key == "ago", let published { return published - n }
          // "ten years later" counts from the year before; "a year after Zamora joined" only from
          // a year this sentence writes, since the event after "after" has none of its own.
          if key == "later", let base = earlierYear(before: words.words[w].range.start, clause, sentenceIndex) {
            return base + n
          }
          if key == "after", let base = earlierYear(before: words.words[w].range.start, clause, sentenceIndex, sameSentence: true) {
            return base + n
          }
        }
      }
      w += 1
    }
    return nil
  }

  /// The last year written before an offset in this sentence, else in the sentence before.
  func earlierYear(before offset: Int, _ clause: TextRange, _ sentenceIndex: Int, sameSentence: Bool = false) -> Int? {
    let sentence = document.sentences[sentenceIndex].range
    if let y = inside(document.quantities, TextRange(sentence.start, offset), { $0.range }).last(where: { $0.kind == .year })?.value {
      return Int(y)
    }
    guard sentenceIndex > 0, !sameSentence else { return nil }
    let previous = document.sentences[sentenceIndex - 1].range
    return inside(document.quantities, previous, { $0.range }).last(where: { $0.kind == .year })?.value.map { Int($0) }
  }

  /// Whether a year belongs to another number of the clause: "412,000, up from 365,000 in 2011"
  /// dates the 365,000, not the 412,000.
  func datesAnotherNumber(_ year: Quantity, _ quantities: [Quantity], value: Quantity, _ clause: TextRange) -> Bool {
    if quantities.contains(where: { q in
      q.kind != .year && q.range != value.range && !q.range.overlaps(value.range)
        && attachedYear(to: q, clause, quantities)?.range == year.range
    }) {
      return true
    }
    guard let other = quantities.last(where: { $0.range.end <= year.range.start && $0.kind != .year }),
      other.range != value.range, !other.range.overlaps(value.range), other.range.start > value.range.end
        || other.range.end < value.range.start
    else { return false }
    let gap = String(decoding: bytes[other.range.end..<year.range.start], as: UTF8.self)
    // "365,000 in 2011", "365,000 people in 2011": a few words at most, ending in "in".
    return gap.hasSuffix(" in ") && gap.split(separator: " ").count <= 3 && !gap.contains(",")
  }

  /// A year after "by", "before" or "until" that lies after the publication is a target ("wants
  /// to add two more by 2019"), not the time of a value.
  func isTargetYear(_ y: Quantity, published: Int?) -> Bool {
    guard let published, let year = y.low, year > Double(published) else { return false }
    let w = words.index(atOrAfter: y.range.start)
    return w > 0 && ["by", "before", "until", "till"].contains(words.words[w - 1].key)
  }

  /// A year that dates a comparison ("up from last year", "more than in 2019", "compared with
  /// 2020"), not the value stated.
  func isComparisonYear(_ y: Quantity) -> Bool {
    var w = words.index(atOrAfter: y.range.start)
    guard w > 0 else { return false }
    if words.words[w - 1].key == "in", w > 1 { w -= 1 }
    let before = words.words[w - 1].key
    if before == "than" || before == "against" { return true }
    guard w > 1 else { return false }
    // "less than it did in 2019", "more than they had in 2010": the year of the compared value.
    if w > 2, ["did", "had", "was", "were", "does", "has"].contains(before),
      DocumentClaimReader.pronouns.contains(words.words[w - 2].key)
        || ["we", "he", "she", "i"].contains(words.words[w - 2].key),
      words.words[w - 3].key == "than"
    {
      return true
    }
    let twoBefore = words.words[w - 2].key
    return before == "from" && (twoBefore == "up" || twoBefore == "down")
      || (before == "with" || before == "to") && twoBefore == "compared"
  }

  /// The year of an earlier value joined to this one by "and" with no comma ("revenue of $3.1
  /// billion in 2017 and spent $410 million on ships"), when this one has none.
  func sharedYear(_ value: Quantity, _ clause: TextRange, _ quantities: [Quantity]) -> Int? {
    guard let year = quantities.last(where: { $0.kind == .year && $0.range.end <= value.range.start }),
      isWritten(year.range),
      quantities.contains(where: { $0.kind != .year && $0.range.end <= year.range.start
        && attachedYear(to: $0, clause, quantities)?.range == year.range })
    else { return nil }
    let gap = String(decoding: bytes[year.range.end..<value.range.start], as: UTF8.self)
    guard gap.hasPrefix(" and "), !gap.contains(","), gap.split(separator: " ").count <= 4,
      !opensPresentClause(from: year.range.end, to: value.range.start)
    else { return nil }
    let words = Set(gap.split(separator: " ").map { $0.lowercased() })
    guard words.isDisjoint(with: ["now", "today", "currently", "since", "later", "then"]) else { return nil }
    return year.low.map { Int($0) }
  }

  /// Whether "and" and a verb in the present tense stand between a year and a later value ("had
  /// sales of 80 million euros in 2019 and employs 240 people"): the second clause speaks of now,
  /// so the first clause's year does not date it. An adverb may come between ("and now has").
  func opensPresentClause(from start: Int, to end: Int) -> Bool {
    guard start < end else { return false }
    var w = words.index(atOrAfter: start)
    // "The trust, established by Act of Parliament in 1847, now employs 318 people": after the
    // comma closing the year's phrase, a verb in the present tense speaks of now.
    if w < words.words.count, let comma = bytes[start..<end].firstIndex(of: UInt8(ascii: ",")) {
      var k = words.index(atOrAfter: comma)
      if k + 1 < words.words.count, ["now", "currently", "today"].contains(words.words[k].key) {
        k += 1
      }
      if k < words.words.count, words.words[k].range.end <= end,
        !isPunctuationBetween(comma + 1, words.words[k].range.start),
        compiled.presentVerbs.contains(words.words[k].key)
      {
        return true
      }
    }
    while w + 1 < words.words.count, words.words[w + 1].range.end <= end {
      if words.words[w].key == "and" {
        var k = w + 1
        if ["now", "currently", "still", "also", "today"].contains(words.words[k].key),
          k + 1 < words.words.count, words.words[k + 1].range.end <= end
        {
          k += 1
        }
        if compiled.presentVerbs.contains(words.words[k].key) { return true }
      }
      // "joined the union in 1951, and today it has 17 members", "grew to 61,300 by 2021, and
      // estimates now put it at 64,000": after ", and", a word of the present before the value
      // moves it out of the year's time.
      if words.words[w].key == "and", words.words[w].range.start >= 2,
        bytes[words.words[w].range.start - 2] == UInt8(ascii: ",")
      {
        var k = w + 1
        while k < words.words.count, words.words[k].range.end <= end {
          if DocumentClaimReader.presentWords.contains(words.words[k].key) { return true }
          k += 1
        }
      }
      w += 1
    }
    return false
  }

  /// Words that set a statement in the present ("today it has", "now put it at").
  static let presentWords: Set<String> = ["now", "today", "currently", "nowadays"]

  /// Whether a year is the value of a year-shaped attribute ("founded in 1998"), not a time scope.
  func isFoundingYear(_ q: Quantity, _ clause: TextRange) -> Bool {
    let triggers = compiled.foundingTriggers
    let w = words.index(atOrAfter: q.range.start)
    var k = w - 1
    while k >= 0, k >= w - 4, words.words[k].range.start >= clause.start {
      if words.longestMatch(triggers, at: k) != nil { return true }
      k -= 1
    }
    return false
  }

  /// Whether a clause that opens its sentence or a quotation opens, after a possessive or an
  /// article, with "members" that own the amount ("Members' combined export sales ...") or do
  /// the counting verb ("Our members employ ..."); "Members approved a budget" acts for the body.
  func opensWithMembers(
    _ spec: AttributeSpec, _ clause: TextRange, _ sentence: TextRange, before: Int
  ) -> Bool {
    var w = words.index(atOrAfter: clause.start)
    guard w < words.words.count else { return false }
    let opening = words.words[w].range.start
    guard opening == sentence.start || opening > 0 && bytes[opening - 1] == UInt8(ascii: "\"")
      || opening == sentence.start + 1 && bytes[sentence.start] == UInt8(ascii: "\"")
    else { return false }
    if ["our", "its", "their", "the"].contains(words.words[w].key) { w += 1 }
    guard w + 1 < words.words.count, words.words[w].range.end <= before,
      words.words[w].key == "members"
    else { return false }
    let end = words.words[w].range.end
    return spec.shape == .money ? end < bytes.count && bytes[end] == UInt8(ascii: "'")
      : phrases(spec).countingVerbs.contains(words.words[w + 1].key)
  }

  mutating func add(
    _ spec: AttributeSpec, subject: (EntityMention, String), value: Quantity, end: Int? = nil,
    qualifier: String? = nil, members: [String]? = nil, warnings: [String] = [], unit: String? = nil,
    time: TimeScope? = nil, clause: TextRange, sentence: TextRange, sentenceIndex: Int,
    quantities: [Quantity], valueIsTime: Bool = false, membersComplete: Bool? = nil, rule: String,
    unitBasis: String = ""
  ) {
    var subject = subject
    if let entry = timelineSubject(spec, subject.0, value: value) { subject = entry }
    if isSpeakerLabelName(subject.0) { return }
    var (mention, basis) = subject
    // "Our members employ about 140,000 people", "Members' combined sales were 3.6 billion": what
    // the members have together is no staff or money of the body itself.
    if spec.shape == .money || !(phrases(spec).countingVerbs.isEmpty),
      opensWithMembers(spec, clause, sentence, before: value.range.start)
    {
      return
    }
    // "projects 1.3 million residents by 2035": a value reached by a year after the publication
    // is a forecast or a target, not a value that holds.
    if !valueIsTime, time == nil, let y = attachedYear(to: value, clause, quantities),
      isTargetYear(y, published: document.metadata.published?.year)
    {
      return
    }
    // "Ellmore has 540,000 inhabitants" after "Ellmore Tramways": an attribute of places first
    // (a population, an area) belongs to the place a company's first word names, not the company.
    if spec.subjectTypes.first == .place, basis == "direct", mention.type == .organization || mention.type == .other {
      let written = String(document.text.slice(mention.range))
      if !written.contains(" ") || addsOneWord(to: written, mention.canonical),
        mention.canonical.hasPrefix(written + " ")
      {
        mention = EntityMention(range: mention.range, canonical: written, type: .place, basis: mention.basis)
      }
    }
    if let owner = ownerOfOrgan(mention) { mention = owner }
    let valueEnd = end ?? value.range.end
    let span = basis == "context" ? TextRange(value.range.start, valueEnd)
      : TextRange(min(mention.range.start, value.range.start), max(valueEnd, mention.range.end))
    let mentionText = String(document.text.slice(mention.range))
    var via: String?
    if basis == "reference" {
      via = mentionText
    } else if basis == "context" {
      via = pronoun(in: TextRange(clause.start, max(clause.start, value.range.start)))
    }
    let claimSubject = ClaimSubject(
      name: mention.canonical, mention: mentionText, type: mention.type, basis: basis, range: mention.range, via: via)
    // "grew from four members at its founding to six in 2019, and Beloe became the seventh
    // member in 2022": a year written right after the value dates it before any founding phrase.
    let attached = valueIsTime ? nil : attachedYear(to: value, clause, quantities)
    let founding = attached == nil
      ? foundingTime(of: mention.canonical, before: value.range.start, clause, sentence) : nil
    let time = time
      ?? founding
      ?? timeScope(clause, value: value, sentenceIndex: sentenceIndex, quantities: quantities, valueIsTime: valueIsTime)
    var claimValue = ClaimValue(low: value.low, high: value.high, modifier: value.modifier)
    // "has passed 450,000", "topped $1 billion": more than the number.
    let first = words.index(atOrAfter: value.range.start)
    if value.modifier == .exact, first > 0, DocumentClaimReader.thresholdVerbs.contains(words.words[first - 1].key) {
      claimValue = ClaimValue(low: value.low, high: nil, modifier: .moreThan)
    }
    if claims.contains(where: { $0.sentence == sentence && $0.attribute == spec.name && $0.subject.name == mention.canonical && $0.value == claimValue }) {
      return
    }
    // Two values read from one growth range ("from six to eight") share a span.
    let distinct = rule == "growth" ? "|\(value.low ?? 0)" : ""
    let id = ContentHash.id(of: "\(document.id)|\(spec.name)|\(span.start)|\(span.end)\(distinct)")
    var warnings = warnings
    var quotedBy: String?
    var reported = false
    if let quote = quotation(around: value.range.start, in: sentence) {
      quotedBy = speaker(of: quote, in: sentence) ?? ""
      warnings.append(quotedBy.map { $0.isEmpty ? "quoted" : "quoted: \($0)" } ?? "quoted")
    } else if isUnsourcedReport(sentence) {
      reported = true
      warnings.append("reported, no source named")
    }
    readValues.append((value, spec, subject))
    unitBases.append(unitBasis)
    claims.append(
      Claim(
        id: id, document: document.id, sentence: sentence, span: span, subject: claimSubject,
        attribute: spec.name, qualifier: qualifier, value: claimValue, unit: unit ?? spec.unit, time: time,
        members: members, warnings: warnings, membersComplete: members == nil ? nil : membersComplete,
        rule: rule, quotedBy: quotedBy, reported: reported))
  }

  /// "Its first members were A, B and C", "the five founding members": the value holds at the
  /// founding, when the document gave the subject's founding year.
  ///
  /// "It grew slowly at first and had 29": "at first" is an adverb, not the founding. "When it
  /// opened, it had a staff of six": a sentence opening with a founding clause of its own.
  func foundingTime(
    of subject: String, before offset: Int, _ clause: TextRange, _ sentence: TextRange
  ) -> TimeScope? {
    let w = words.index(atOrAfter: offset)
    guard (max(0, w - 3)..<w).contains(where: { k in
      words.words[k].range.start >= clause.start
        && ["first", "founding", "original", "initial"].contains(words.words[k].key)
        && !(k > 0 && words.words[k].key == "first" && words.words[k - 1].key == "at")
    }) || opensWithFoundingClause(sentence, before: offset) || atItsFounding(clause, before: offset)
      || isInitially(before: w, clause)
      || atItsFounding(rightAfter: offset, clause)
    else {
      return (foundingClauseYear(sentence, before: offset)
        ?? namedFoundingClauseYear(sentence, clause, before: offset)
        ?? yearBeforeWhen(offset, clause)).map {
        TimeScope(year: $0, basis: "explicit")
      }
    }
    let fixed = compiled.yearAttributes
    guard let founding = claims.last(where: { fixed.contains($0.attribute) && $0.subject.name == subject }),
      let year = founding.value.low
    else { return nil }
    return TimeScope(year: Int(year), basis: "context")
  }

  static let pronouns: Set<String> = ["it", "its", "they", "their", "itself"]

  /// "set up in 2016, initially with troops from six countries": "initially" or "originally" at
  /// most five words before the value at word `w`, with no punctuation between, dates it to the
  /// founding.
  func isInitially(before w: Int, _ clause: TextRange) -> Bool {
    (max(0, w - 5)..<w).contains { k in
      words.words[k].range.start >= clause.start
        && ["initially", "originally"].contains(words.words[k].key)
        && w < words.words.count
        && !isPunctuationBetween(words.words[k].range.end, words.words[w].range.start)
    }
  }

  /// Whether "at its creation" ("on its founding", "at their inception": "at" or "on", a
  /// possessive pronoun and a founding noun) stands in the clause before `offset`.
  func atItsFounding(_ clause: TextRange, before offset: Int) -> Bool {
    var w = words.index(atOrAfter: clause.start)
    while w + 2 < words.words.count, words.words[w + 2].range.end <= offset {
      if ["at", "on", "upon"].contains(words.words[w].key), ["its", "their"].contains(words.words[w + 1].key),
        lexicon.attributes.contains(where: { $0.shape == .year && phrases($0).nouns.byFirstWord[words.words[w + 2].key] != nil })
      {
        return true
      }
      w += 1
    }
    return false
  }

  /// Whether "at its launch" follows the value at `offset` and its unit, at most three words on
  /// and with no punctuation between ("had nine members at its launch").
  func atItsFounding(rightAfter offset: Int, _ clause: TextRange) -> Bool {
    let first = words.index(atOrAfter: offset)
    for w in (first + 1)...(first + 3) where w + 2 < words.words.count
      && words.words[w + 2].range.end <= clause.end
      && !isPunctuationBetween(words.words[first].range.end, words.words[w].range.start)
    {
      if ["at", "on", "upon"].contains(words.words[w].key),
        ["its", "their"].contains(words.words[w + 1].key),
        !isPunctuationBetween(words.words[w].range.end, words.words[w + 2].range.start),
        lexicon.attributes.contains(where: { a in
          a.shape == .year && phrases(a).nouns.byFirstWord[words.words[w + 2].key] != nil
        })
      {
        return true
      }
    }
    return false
  }

  /// Whether the sentence opens with "When it opened," ("when", a pronoun, at most one more word
  /// and a founding verb closed by a comma) before `offset`: the time of the founding.
  func opensWithFoundingClause(_ sentence: TextRange, before offset: Int) -> Bool {
    let w = words.index(atOrAfter: sentence.start)
    guard w + 2 < words.words.count, words.words[w].key == "when",
      ["it", "they"].contains(words.words[w + 1].key)
    else { return false }
    for k in (w + 2)...(w + 3) where k < words.words.count && words.words[k].range.end <= offset {
      if let n = words.longestMatch(compiled.foundingTriggers, at: k) {
        let end = words.words[k + n - 1].range.end
        return end < offset && bytes[end] == UInt8(ascii: ",")
      }
    }
    return false
  }

  /// "When it was set up in 2009, the consortium had seven members": the year of a founding
  /// clause opening the sentence ("when", a pronoun, up to two more words, a founding verb, "in"
  /// and a written year closed by a comma) before `offset`.
  func foundingClauseYear(_ sentence: TextRange, before offset: Int) -> Int? {
    let w = words.index(atOrAfter: sentence.start)
    guard w + 4 < words.words.count, words.words[w].key == "when",
      ["it", "they"].contains(words.words[w + 1].key)
    else { return nil }
    for k in (w + 2)...(w + 4) where k < words.words.count && words.words[k].range.end <= offset {
      guard let n = words.longestMatch(compiled.foundingTriggers, at: k) else { continue }
      let inWord = k + n
      guard inWord + 1 < words.words.count, words.words[inWord].key == "in",
        let year = document.quantities.first(where: {
          $0.kind == .year && $0.range.start == words.words[inWord + 1].range.start
        }),
        isWritten(year.range), year.range.end < offset, bytes[year.range.end] == UInt8(ascii: ","),
        let y = year.low
      else { return nil }
      return Int(y)
    }
    return nil
  }

  /// "When the society was formed in 1952 it had 40 members": the year of a founding clause
  /// that opens the sentence with "when" and a subject of up to three words (no comma needed
  /// before the main clause), founding verb, "in" and a written year, in the value's clause
  /// and with no "now" or "today" between that year and `offset`.
  func namedFoundingClauseYear(_ sentence: TextRange, _ clause: TextRange, before offset: Int) -> Int? {
    let w = words.index(atOrAfter: sentence.start)
    let v = words.index(atOrAfter: offset)
    guard w + 4 < words.words.count, words.words[w].key == "when" else { return nil }
    for k in (w + 2)...(w + 6) where k < words.words.count && words.words[k].range.end <= offset {
      guard let n = words.longestMatch(compiled.foundingTriggers, at: k) else { continue }
      let inWord = k + n
      guard inWord + 1 < words.words.count, words.words[inWord].key == "in",
        !isPunctuationBetween(words.words[w].range.end, words.words[inWord].range.start),
        let year = document.quantities.first(where: {
          $0.kind == .year && $0.range.start == words.words[inWord + 1].range.start
        }),
        isWritten(year.range), year.range.end < offset, year.range.start >= clause.start,
        let y = year.low,
        !(inWord + 2..<v).contains(where: { DocumentClaimReader.nowWords.contains(words.words[$0].key) })
      else { return nil }
      return Int(y)
    }
    return nil
  }

  static let nowWords: Set<String> = ["now", "today", "currently", "still"]

  /// "was founded in 1976, when it had five members", "In 2010, when the force had 2,240
  /// officers": a clause opened by ", when" right after a written year holds in that year. The
  /// value must come within eight words of "when", with no other number between.
  func yearBeforeWhen(_ offset: Int, _ clause: TextRange) -> Int? {
    let v = words.index(atOrAfter: offset)
    guard let when = (max(0, v - 8)..<v).last(where: { words.words[$0].key == "when" }),
      when > 0, words.words[when].range.start >= clause.start + 2,
      bytes[words.words[when].range.start - 2] == UInt8(ascii: ","),
      !isPunctuationBetween(words.words[when].range.end, offset),
      let year = document.quantities.first(where: {
        $0.kind == .year && $0.range.end == words.words[when].range.start - 2
      }),
      isWritten(year.range), year.range.start >= clause.start, let y = year.low,
      !document.quantities.contains(where: {
        $0.range.start > year.range.end && $0.range.end <= offset
      })
    else { return nil }
    return Int(y)
  }

  /// Whether a sentence opens with a definite noun phrase of a modifier and a noun that names
  /// nothing ("The fibre programme, budgeted at ..."): its pronouns and subjectless figures are
  /// that thing's, not an entity's from the sentences before. A singular noun that ends a name of
  /// the document ("The seed bank," after "Hallin Seed Bank") still stands for that name.
  static let adverbs: Set<String> = ["now", "still", "also", "already", "then", "today", "once", "alone", "itself", "too"]

  /// Whether a word after "The" and two lowercase words is the verb of that noun phrase: one in
  /// the present tense that counts, owns or names an attribute ("employs", "owns"), or one in the
  /// past tense ("The regional government spent 12 million euros", "... employed 40").
  func isVerbAfterAnUnnamedNoun(_ key: String) -> Bool {
    let namesAnAttribute = lexicon.attributes.contains {
      phrases($0).context.byFirstWord[key] != nil
    }
    if key.hasSuffix("s"), !key.hasSuffix("ss") {
      return compiled.presentVerbs.contains(key) || compiled.ownershipVerbs.contains(key)
        || namesAnAttribute
    }
    if DocumentClaimReader.irregularPastVerbs.contains(key) {
      return !["was", "were", "had"].contains(key)
    }
    return key.utf8.count > 4 && key.hasSuffix("ed") && namesAnAttribute
  }

  func opensWithUnnamedThing(_ sentence: TextRange) -> Bool {
    let w = words.index(atOrAfter: sentence.start)
    guard w + 2 < words.words.count, ["the", "this", "that"].contains(words.words[w].key),
      words.words[w].range.start == sentence.start
    else { return false }
    // "The transport ministry employs 212 inspectors": a noun with a noun before it, and a verb
    // right after, is a subject of its own when the tagger resolved it to no name.
    if w + 3 < words.words.count, (w + 1...w + 3).allSatisfy({ k in
      let first = bytes[words.words[k].range.start]
      return first >= 0x61 && first <= 0x7A && !isPunctuationBetween(words.words[k - 1].range.end, words.words[k].range.start)
    }), !words.words[w + 1].key.hasSuffix("'s"), !words.words[w + 2].key.hasSuffix("'s"),
      // "The publisher now employs": an adverb, not a second noun.
      !DocumentClaimReader.adverbs.contains(words.words[w + 2].key), !words.words[w + 2].key.hasSuffix("ly"),
      isVerbAfterAnUnnamedNoun(words.words[w + 3].key),
      inside(document.entities, TextRange(sentence.start, words.words[w + 2].range.end), { $0.range }).isEmpty
    {
      return true
    }
    var k = w + 1
    while k < words.words.count, k <= w + 3 {
      let word = words.words[k]
      let first = bytes[word.range.start]
      guard first >= 0x61 && first <= 0x7A else { return false }
      // A bare noun ("The operator, founded in 1979, ...") most often stands for the name before.
      if word.range.end < bytes.count, bytes[word.range.end] == UInt8(ascii: ","), k > w + 1 {
        let key = word.key
        if key.hasSuffix("s") && !key.hasSuffix("ss") { return false }
        // A reference the tagger resolved ("The bank,") names its entity.
        let phrase = TextRange(sentence.start, word.range.end)
        if !inside(document.entities, phrase, { $0.range }).isEmpty { return false }
        return !document.entities.contains { m in
          m.type != .person && m.type != .date && m.canonical.lowercased().hasSuffix(" " + key)
        }
      }
      k += 1
    }
    return false
  }

  /// The quotation (inside its marks) that holds an offset of the sentence, if any: straight
  /// double quotes or typographic ones (U+201C, U+201D).
  func quotation(
    around offset: Int, in sentence: TextRange, continuing: Bool = false
  ) -> TextRange? {
    // "\"Our network was founded in 1994. Today we have 63 members,\" she said.": with
    // `continuing`, a quotation left open by an earlier sentence of the paragraph runs on.
    var open: Int? = continuing && isQuotationOpen(at: sentence.start) ? sentence.start : nil
    var i = sentence.start
    while i < sentence.end {
      let straight = bytes[i] == UInt8(ascii: "\"")
      let curly = bytes[i] == 0xE2 && i + 2 < sentence.end && bytes[i + 1] == 0x80
        && (bytes[i + 2] == 0x9C || bytes[i + 2] == 0x9D)
      if straight || curly {
        if let start = open {
          if start <= offset && offset < i { return TextRange(start, i) }
          open = nil
        } else {
          open = i
        }
      }
      i += curly ? 3 : 1
    }
    // A quotation still open at the sentence end runs to it.
    if let start = open, start <= offset { return TextRange(start, sentence.end) }
    return nil
  }

  /// Whether an odd number of quotation marks stands between the start of the paragraph and
  /// `offset`.
  func isQuotationOpen(at offset: Int) -> Bool {
    guard let paragraph = document.paragraphs.first(where: { $0.start <= offset && offset < $0.end })
    else { return false }
    var marks = 0
    var i = paragraph.start
    while i < offset {
      if bytes[i] == UInt8(ascii: "\"") {
        marks += 1
      } else if bytes[i] == 0xE2, i + 2 < offset, bytes[i + 1] == 0x80,
        bytes[i + 2] == 0x9C || bytes[i + 2] == 0x9D
      {
        marks += 1
        i += 2
      }
      i += 1
    }
    return marks % 2 == 1
  }

  /// Who said a quotation: the nearest person (or unknown name) after it in the sentence, else
  /// before it ("..., said its chair, Kari Lunde", "Lunde said: ...").
  func speaker(of quote: TextRange, in sentence: TextRange) -> String? {
    let people = inside(document.entities, sentence) { $0.range }.filter {
      ($0.type == .person || $0.type == .other) && $0.basis != .reference && !quote.contains($0.range)
    }
    return (people.first { $0.range.start >= quote.end } ?? people.last { $0.range.end <= quote.start })?.canonical
  }

  /// Phrases that report a statement without saying who made it.
  static let unsourcedPhrases = ["reportedly", "is said to", "are said to", "was said to", "were said to",
    "is believed to", "are believed to", "according to reports", "rumoured", "rumored"].phrases

  func isUnsourcedReport(_ sentence: TextRange) -> Bool {
    var w = words.index(atOrAfter: sentence.start)
    while w < words.words.count, words.words[w].range.end <= sentence.end {
      if words.longestMatch(DocumentClaimReader.unsourcedPhrases, at: w) != nil { return true }
      w += 1
    }
    return false
  }

  /// Verbs that say a value was crossed, so it is a lower bound ("has passed 450,000").
  static let thresholdVerbs: Set<String> = [
    "passed", "surpassed", "exceeded", "topped", "crossed", "passes", "surpasses", "exceeds", "tops",
  ]

  /// Words between a number and its unit that make the number a difference or a part, not the
  /// whole ("2,000 more staff", "five new members").
  static let comparatives: Set<String> = ["more", "fewer", "less", "additional", "extra", "new", "other", "further", "fresh"]

  /// Lowercase words ending in "s" that are no plural nouns of founders ("by 12 votes" aside).
  static let notFounderNouns: Set<String> = [
    "this", "thus", "was", "has", "its", "his", "hers", "theirs", "ours", "yours", "whereas",
    "always", "perhaps", "towards", "afterwards", "besides", "votes", "percent", "years", "times",
  ]

  /// Whether a word is made of lowercase letters and hyphens only (a possible adjective).
  func isPlainWord(_ key: String) -> Bool {
    !key.isEmpty && key.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || $0 == UInt8(ascii: "-") }
  }

  /// Words that can follow a number with no unit of its own ("was 402,000 in 2012", "passed
  /// 450,000 for the first time"): the number is still the value the context word names.
  static let afterBareValue: Set<String> = [
    "in", "at", "by", "on", "for", "and", "or", "last", "this", "according", "against", "compared",
    "up", "down", "as", "after", "before", "when", "since", "until", "from", "then", "now", "a",
    "over", "during", "within",
  ]

  /// The first pronoun in a range ("It was founded in 2002"), for a subject taken from context.
  func pronoun(in range: TextRange) -> String? {
    var w = words.index(atOrAfter: range.start)
    while w < words.words.count, words.words[w].range.end <= range.end {
      if DocumentClaimReader.pronouns.contains(words.words[w].key) { return String(document.text.slice(words.words[w].range)) }
      w += 1
    }
    return nil
  }
}

// MARK: Twenty-fourth pass

extension DocumentClaimReader {
  /// Pronoun subjects of a clause that gives another value of a count just read without naming
  /// it again: "Ten years ago *it* was 96", "In 2019 *we* had about 3,100", "*there* were 720".
  static let ellipticSubjects: Set<String> = ["it", "we", "they", "there"]
  static let ellipticVerbs: Set<String> = ["had", "was", "were", "numbered"]
  /// Words that put a clause at another time than the value it goes back to.
  static let earlierTimeWords: Set<String> = ["ago", "earlier", "before", "previously"]
  /// Words that may follow such a value: the end of its clause, or a time phrase.
  static let afterEllipticValue: Set<String> = ["when", "in", "at", "by", "before", "back"]

  /// "The mission has 640 personnel. Three years earlier it had roughly 410.", "We employ 158
  /// people. Ten years ago it was 96.", "A decade ago there were 720 of us": a bare number after
  /// a pronoun and "had" or "was", in a clause set at another time (a year, "ago", "earlier"),
  /// is another value of the first count read in the latest of the two sentences before (or
  /// earlier in this one), with its subject, when the clause read no claim of its own.
  mutating func readEllipticValue(
    _ clause: TextRange, _ sentence: TextRange, _ sentenceIndex: Int, _ quantities: [Quantity],
    _ firstNew: Int
  ) {
    guard claims.count == firstNew, !claims.isEmpty else { return }
    var w = words.index(atOrAfter: clause.start)
    var verb: Int?
    while w + 1 < words.words.count, words.words[w + 1].range.end <= clause.end {
      if DocumentClaimReader.ellipticSubjects.contains(words.words[w].key),
        DocumentClaimReader.ellipticVerbs.contains(words.words[w + 1].key)
      {
        verb = w + 1
        break
      }
      w += 1
    }
    guard let verb else { return }
    let verbEnd = words.words[verb].range.end
    guard let q = quantities.first(where: { $0.range.start >= verbEnd }), q.kind == .cardinal,
      q.range.start - verbEnd <= 1 || modifierWordsOnly(from: verbEnd, to: q.range.start),
      let low = q.low ?? q.high, low >= 2, isBareEllipticValue(q, clause)
    else { return }
    let clauseWords = words.index(atOrAfter: clause.start)..<words.index(atOrAfter: clause.end)
    let setElsewhere = quantities.contains { $0.kind == .year && $0.range != q.range }
      || clauseWords.contains {
        $0 < words.words.count
          && (DocumentClaimReader.earlierTimeWords.contains(words.words[$0].key)
            || words.longestMatch(compiled.contextTimeWords, at: $0) != nil)
      }
    guard setElsewhere else { return }
    let earliest = document.sentences[max(0, sentenceIndex - 2)].range.start
    guard let last = claims.indices.last, claims[last].sentence.start >= earliest,
      let first = claims.indices.first(where: { k in
        claims[k].sentence == claims[last].sentence && readValues[k].spec.shape == .count
          && claims[k].rule != "ordinal-joining"
      }),
      isComparable(q, readValues[first].value)
    else { return }
    var subject = readValues[first].subject
    subject.1 = "context"
    // "Three years earlier it had roughly 410": counted back from the value it goes back to.
    let time = yearsEarlier(in: clause).flatMap { n in
      claims[first].time.year.map { TimeScope(year: $0 - n, basis: "relative") }
    }
    add(readValues[first].spec, subject: subject, value: q, time: time, clause: clause,
        sentence: sentence, sentenceIndex: sentenceIndex, quantities: quantities,
        rule: "elliptic-value")
  }

  /// Whether only hedges stand between `from` and `to` ("had *roughly* 410").
  func modifierWordsOnly(from: Int, to: Int) -> Bool {
    var w = words.index(atOrAfter: from)
    var n = 0
    while w < words.words.count, words.words[w].range.end <= to {
      guard ["about", "around", "roughly", "some", "nearly", "almost", "over", "only", "just"]
        .contains(words.words[w].key)
      else { return false }
      n += 1
      w += 1
    }
    return n <= 2
  }

  /// Whether nothing names what a value counts: the clause ends after it, a time phrase follows,
  /// or "of us" ("there were 720 of us").
  func isBareEllipticValue(_ q: Quantity, _ clause: TextRange) -> Bool {
    let next = words.index(atOrAfter: q.range.end)
    guard next < words.words.count, words.words[next].range.end <= clause.end else { return true }
    if isPunctuationBetween(q.range.end, words.words[next].range.start) { return true }
    let key = words.words[next].key
    if DocumentClaimReader.afterEllipticValue.contains(key) { return true }
    return key == "of" && next + 1 < words.words.count
      && ["us", "them"].contains(words.words[next + 1].key)
  }

  /// Whether the verb at word `verb` (auxiliaries and adverbs skipped) has "it" or "they" for
  /// subject.
  func hasPronounSubject(verb: Int) -> Bool {
    var k = verb - 1
    while k >= 0, DocumentClaimReader.auxiliaries.contains(words.words[k].key)
      || DocumentClaimReader.adverbs.contains(words.words[k].key)
    {
      k -= 1
    }
    return k >= 0 && ["it", "they"].contains(words.words[k].key)
  }

  /// Whether "which" or "that" before the verb at word `verb` follows an apposition of a name:
  /// "the Orm Drainage Board, a small body with 40 staff, which was set up in 1931" (a comma, an
  /// article, lowercase words and numbers with no name or other comma, then ", which").
  func describesAnApposedName(verb: Int) -> Bool {
    var k = verb - 1
    while k >= 0, DocumentClaimReader.auxiliaries.contains(words.words[k].key)
      || DocumentClaimReader.adverbs.contains(words.words[k].key)
    {
      k -= 1
    }
    guard k > 0, ["which", "that"].contains(words.words[k].key) else { return false }
    let relativeStart = words.words[k].range.start
    guard relativeStart >= 2, bytes[(relativeStart - 2)..<relativeStart].elementsEqual(", ".utf8)
    else { return false }
    // The apposition: back to the comma before it, within 100 bytes and the sentence.
    func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    var commaAt = relativeStart - 3
    while commaAt > max(0, relativeStart - 100) {
      // "2,300" and "1.5" hold no boundary.
      let inNumber = isDigit(bytes[commaAt - 1]) && isDigit(bytes[commaAt + 1])
      if bytes[commaAt] == UInt8(ascii: ","), !inNumber { break }
      if [UInt8(ascii: "."), UInt8(ascii: ";"), 10].contains(bytes[commaAt]), !inNumber {
        return false
      }
      commaAt -= 1
    }
    guard commaAt > 0, bytes[commaAt] == UInt8(ascii: ","), commaAt + 4 < relativeStart,
      bytes[(commaAt + 1)..<(commaAt + 4)].elementsEqual(" a ".utf8)
        || bytes[(commaAt + 1)..<(commaAt + 5)].elementsEqual(" an ".utf8),
      !document.entities.contains(where: {
        $0.range.start > commaAt && $0.range.end <= relativeStart
      })
    else { return false }
    return document.entities.contains {
      $0.range.end == commaAt && $0.type != .person && $0.type != .date
    }
  }

  /// "Brekkvik Ferries, its nearest rival, employs 75 people": "its" or "their" right after a
  /// name and a comma opens an apposition that describes the name, which stays the subject.
  func isPossessiveApposition(_ p: Int, _ mentions: [EntityMention]) -> Bool {
    let possessive = words.words[p]
    let start = possessive.range.start
    guard ["its", "their"].contains(possessive.key), start >= 2,
      bytes[(start - 2)..<start].elementsEqual(", ".utf8)
    else { return false }
    return mentions.contains { $0.range.end == start - 2 && $0.type != .person && $0.type != .date }
  }

  /// Whether "an average of" or "on average" stands right before a value.
  func isAverage(_ q: Quantity) -> Bool {
    let w = words.index(atOrAfter: q.range.start)
    guard w >= 2 else { return false }
    let a = words.words[w - 2].key, b = words.words[w - 1].key
    return a == "average" && b == "of" || a == "on" && b == "average"
  }

  /// The end of a subject that counts a group of bodies at a clause's opening ("Together the
  /// three services", "The four leagues", "All 12 clubs"), or of "Together" alone.
  func countedGroupSubjectEnd(_ clause: TextRange) -> Int? {
    let f = words.index(atOrAfter: clause.start)
    guard f + 2 < words.words.count else { return nil }
    var k = f
    if words.words[k].key == "together" {
      k += 1
      guard ["the", "all", "these", "those"].contains(words.words[k].key) else {
        return words.words[f].range.end
      }
    }
    guard ["the", "all", "these", "those"].contains(words.words[k].key), k + 2 < words.words.count
    else { return nil }
    let number = words.words[k + 1]
    guard let q = inside(document.quantities, clause, { $0.range }).first(where: {
      $0.kind == .cardinal && $0.range.start == number.range.start
    }) else { return nil }
    let n = words.index(atOrAfter: q.range.end)
    guard n < words.words.count else { return nil }
    let noun = words.words[n]
    guard noun.range.end <= clause.end, isPlainWord(noun.key), noun.key.hasSuffix("s"),
      !noun.key.hasSuffix("ss"), !isPunctuationBetween(q.range.end, noun.range.start)
    else { return nil }
    return noun.range.end
  }

  /// How many years "three years earlier", "a year before" or "a decade earlier" in a range
  /// counts back (1 to 100; `nil` without such a phrase).
  func yearsEarlier(in range: TextRange) -> Int? {
    var w = words.index(atOrAfter: range.start) + 2
    while w < words.words.count, words.words[w].range.end <= range.end {
      defer { w += 1 }
      guard ["earlier", "before"].contains(words.words[w].key) else { continue }
      let unit = words.words[w - 1].key
      let scale = ["year", "years"].contains(unit)
        ? 1 : ["decade", "decades"].contains(unit) ? 10 : 0
      guard scale > 0 else { continue }
      if ["a", "one"].contains(words.words[w - 2].key) { return scale }
      // "Three years" is read as a measure of years.
      if let q = inside(document.quantities, range, { $0.range }).first(where: {
        $0.kind != .year && $0.range.holds(words.words[w - 2].range.start)
      }), let v = q.value, v >= 1, v <= 100, v == v.rounded(), Int(v) * scale <= 100 {
        return Int(v) * scale
      }
    }
    return nil
  }


  /// Phrases that date a value to its subject's beginning ("it had 60,000 when we started").
  static let beginningPhrases: PhraseSet = [
    "when we started", "when we began", "when it started", "when it began", "when they started",
    "when they began",
  ].phrases

  /// The founding year the document read first, for a clause that dates its value to the
  /// beginning ("when we started") with no year in the sentence before to go by.
  func foundingYearOfTheBeginning(_ clause: TextRange) -> Int? {
    var w = words.index(atOrAfter: clause.start)
    while w < words.words.count, words.words[w].range.end <= clause.end {
      if words.longestMatch(DocumentClaimReader.beginningPhrases, at: w) != nil {
        return claims.first { compiled.yearAttributes.contains($0.attribute) }?.value.low
          .map { Int($0) }
      }
      w += 1
    }
    return nil
  }

  /// "The Province of Alvena has 318,000 inhabitants. Its budget for 2025 is ...": a pronoun
  /// opening a sentence stands for the place that opened the sentence before and had a value
  /// read there, whatever organizations the article names.
  func placeThePronounContinues(
    _ spec: AttributeSpec, _ sentenceIndex: Int, _ excluded: Set<String>
  ) -> EntityMention? {
    guard sentenceIndex > 0, opensWithPronoun(document.sentences[sentenceIndex].range) else {
      return nil
    }
    let previous = document.sentences[sentenceIndex - 1].range
    guard let m = inside(document.entities, previous, { $0.range }).first,
      m.type == .place || m.type == .country, m.basis == .name,
      m.range.start <= previous.start + 4, spec.subjectTypes.contains(m.type),
      !excluded.contains(m.canonical),
      claims.contains(where: { $0.sentence == previous && $0.subject.name == m.canonical })
    else { return nil }
    return m
  }
}

// MARK: Registers of the twenty-seventh pass

extension DocumentClaimReader {
  /// Whether a name is the news agency a dateline credits ("HALVERN, May 2 (Harbour Wire) -"):
  /// in brackets right before the dash, on a line that opens with a place in capitals or with
  /// the bracket itself. It says who filed the story, not what the story is about.
  func isWireCredit(_ m: EntityMention) -> Bool {
    guard m.range.start > 0, bytes[m.range.start - 1] == UInt8(ascii: "("),
      m.range.end + 3 < bytes.count, bytes[m.range.end] == UInt8(ascii: ")"),
      bytes[m.range.end + 1] == UInt8(ascii: " "),
      bytes[m.range.end + 2] == UInt8(ascii: "-") || bytes[m.range.end + 2] == 0xE2
    else { return false }
    let open = m.range.start - 1
    let line = line(around: open)
    if line.start == open { return true }
    var i = line.start
    var capitals = 0
    while i < open, bytes[i] != UInt8(ascii: ",") {
      if bytes[i] >= 0x61 && bytes[i] <= 0x7A { return false }
      if isUpperASCII(bytes[i]) { capitals += 1 }
      i += 1
    }
    return capitals >= 3 && i < open
  }

  /// Nouns of a piece of a newspaper, or of who wrote it, whose earlier words a correction or a
  /// letter repeats ("An article on May 3 said ...", "Your reporter wrote that ...").
  static let reportNouns: Set<String> = [
    "article", "articles", "report", "story", "headline", "caption", "profile", "piece", "column",
    "editorial", "obituary", "reporter", "correspondent",
  ]
  /// Verbs of saying that introduce what a report said.
  static let reportSayingVerbs: Set<String> = [
    "said", "stated", "wrote", "reported", "gave", "described", "claimed", "suggested", "put",
    "quoted", "called", "implied",
  ]

  /// The end of the verb of saying when a clause repeats what an earlier piece of a newspaper said
  /// ("A report on March 9 said ...", "Our May 30 article gave its area as ...", "Your article
  /// also said ...", "The same story said ...", "We reported on May 2 that ..."): the figures after
  /// it are the ones being put right or rebutted. `nil` for any other clause, and for a report
  /// that is no earlier piece of the paper ("A report by the audit office said ...").
  func reportedByAnEarlierArticle(_ clause: TextRange) -> Int? {
    let first = words.index(atOrAfter: clause.start)
    var w = first
    var noun: Int?
    while w + 1 < words.words.count, words.words[w].range.end <= clause.end, w - first < 18 {
      let key = words.words[w].key
      if key == "we", ["reported", "wrote"].contains(words.words[w + 1].key),
        w + 2 < words.words.count,
        ["on", "that", "last", "earlier", "in", "yesterday"].contains(words.words[w + 2].key)
      {
        return words.words[w + 1].range.end
      }
      if noun == nil, DocumentClaimReader.reportNouns.contains(key) {
        noun = w
      } else if let n = noun, DocumentClaimReader.reportSayingVerbs.contains(key) {
        return isEarlierPiece(noun: n, from: first) ? words.words[w].range.end : nil
      }
      w += 1
    }
    return nil
  }

  /// Whether the report noun at word `n` is the paper's own earlier piece: owned by "our" or
  /// "your", "the same" one, or followed at once by the date it ran ("on March 9", "of May 3",
  /// "(September 27)").
  func isEarlierPiece(noun n: Int, from first: Int) -> Bool {
    // "our report said" may be a body's own report; "your report" is still the paper's.
    let owners: Set<String> =
      words.words[n].key == "report" ? ["your", "same"] : ["our", "your", "same"]
    if (max(first, n - 3)..<n).contains(where: { owners.contains(words.words[$0].key) }) {
      return true
    }
    var k = n + 1
    if k < words.words.count, ["on", "of"].contains(words.words[k].key) { k += 1 }
    guard k + 1 < words.words.count, DocumentClaimReader.months[words.words[k].key] != nil
    else { return false }
    let next = words.words[k + 1].key
    return !next.isEmpty && next.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
  }

  /// The article's topic when `question` is a lead-in question on a line of its own or after a
  /// bullet or "Q:" ("- What does it cost?", "Q: Who pays?") that names nothing `fits`: the answer
  /// after it speaks of the article's subject, not of the last name of the answer before.
  func topicOfALeadInQuestion(
    _ question: TextRange, _ fits: (EntityMention) -> Bool
  ) -> EntityMention? {
    guard isQuestion(question),
      let answer = document.sentences.first(where: { $0.range.start >= question.end })
    else { return nil }
    // "How is it run? We employ 11 people": "we" is the speaker's body, found elsewhere.
    if inside(words.words, answer.range, { $0.range }).contains(where: {
      ["we", "our", "us"].contains($0.key)
    }) {
      return nil
    }
    let firstWord = words.index(atOrAfter: question.start)
    guard firstWord < words.words.count else { return nil }
    let start = words.words[firstWord].range.start
    let lead = bytes[line(around: start).start..<start]
    let marker = lead.filter { $0 != UInt8(ascii: " ") && $0 != 9 }
    guard marker.isEmpty || marker.elementsEqual("-".utf8) || marker.elementsEqual("*".utf8)
      || marker.elementsEqual("Q:".utf8) || marker.elementsEqual([0xE2, 0x80, 0xA2])
    else { return nil }
    guard !inside(document.entities, question, { $0.range }).contains(where: fits)
    else { return nil }
    return articleTopic(fits).flatMap { $0.type == .person ? nil : $0 }
  }

  /// "Wendover Printworks, the group's printing subsidiary, had revenue ... It employs 330":
  /// a sentence that opens with another name, as its subject, and names the topic only as an
  /// owner ("the group's") or inside a relative clause ("which the group bought") goes on with
  /// its opening name.
  func namesTheTopicOnlyInPassing(
    _ sentence: TextRange, _ found: ArraySlice<EntityMention>, _ topic: EntityMention,
    _ fits: (EntityMention) -> Bool
  ) -> Bool {
    guard let opening = found.first, opening.canonical != topic.canonical, fits(opening),
      bytes[sentence.start..<opening.range.start].allSatisfy({
        $0 == UInt8(ascii: " ") || $0 == 10
      })
    else { return false }
    let relative = relativeClauses(in: sentence)
    return found.allSatisfy { m in
      m.canonical != topic.canonical
        || m.range.end + 1 < bytes.count && bytes[m.range.end] == UInt8(ascii: "'")
        || relative.contains { $0.holds(m.range.start) }
    }
  }

  /// "a police unit of 260 officers": a word before "<noun> of" that, with the value's own unit,
  /// makes the two-word unit of another count attribute ("police officers") names that attribute.
  func unitQualifiedBefore(
    _ spec: AttributeSpec, _ q: Quantity, unitEnd: Int, _ clauseWords: Range<Int>
  ) -> AttributeSpec? {
    guard let lastUnit = lastUnitWord(endingAt: unitEnd, after: q) else { return nil }
    let unitKey = words.words[lastUnit].key
    let first = words.index(atOrAfter: q.range.start)
    guard (spec.units ?? []).contains(where: { $0.lowercased() == unitKey }),
      first - 3 >= clauseWords.lowerBound, words.words[first - 1].key == "of",
      !isPunctuationBetween(words.words[first - 3].range.start, q.range.start),
      bytes[words.words[first - 2].range.start] >= 0x61
    else { return nil }
    let qualifier = words.words[first - 3].key
    for other in lexicon.attributes where other.name != spec.name && other.shape == .count {
      for unit in other.units ?? [] {
        let parts = unit.lowercased().split(separator: " ").map(String.init)
        if parts.count == 2, parts[0] == qualifier, parts[1] == unitKey { return other }
      }
    }
    return nil
  }

  /// "Two observer states attend. Varro became the second in 2021", "Ossin joined in 2017 as
  /// the sixth": an ordinal with no noun after "became the" or "joined (in YEAR) as the" goes on
  /// with the claim of this attribute read last, in this sentence or the one before. That claim's
  /// index, or `nil`.
  func bareOrdinalGoesOn(
    _ q: Quantity, _ spec: AttributeSpec, _ sentenceIndex: Int, _ clauseWords: Range<Int>
  ) -> Int? {
    let first = words.index(atOrAfter: q.range.start)
    guard first >= 3, first - 2 >= clauseWords.lowerBound, words.words[first - 1].key == "the"
    else { return nil }
    let verb = words.words[first - 2].key
    let joined = DocumentClaimReader.joiningVerbs.contains(verb)
      || verb == "as" && (max(clauseWords.lowerBound, first - 6)..<(first - 2)).contains { k in
        DocumentClaimReader.joinVerbs.contains(words.words[k].key)
          && (k + 1 == first - 2
            || isTimePhrase(
              from: words.words[k].range.end, to: words.words[first - 2].range.start))
      }
    guard joined else { return nil }
    let next = words.index(atOrAfter: q.range.end)
    if next < clauseWords.upperBound,
      !isPunctuationBetween(q.range.end, words.words[next].range.start),
      !["in", "on", "at", "when", "last", "this"].contains(words.words[next].key)
    {
      return nil
    }
    let since = sentenceIndex > 0 ? document.sentences[sentenceIndex - 1].range.start : 0
    guard let last = claims.indices.last, claims[last].attribute == spec.name,
      claims[last].sentence.start >= since, readValues[last].value.range.end <= q.range.start
    else { return nil }
    return last
  }

  /// "a sponsorship deal worth 9,000 pounds", "a contract worth about 52 million": an amount
  /// after "worth" is what a thing is worth, no budget, revenue or spending of a body.
  func isWorthOfAThing(_ q: Quantity) -> Bool {
    var w = words.index(atOrAfter: q.range.start) - 1
    if w >= 0,
      ["about", "some", "around", "roughly", "nearly", "almost", "over"]
        .contains(words.words[w].key)
    {
      w -= 1
    }
    return w >= 0 && words.words[w].key == "worth"
  }

  /// "joined in 1884 as the institute's 2,000th member": the name whose possessive stands right
  /// before an ordinal owns the count it ranks.
  func possessiveOwner(
    ofOrdinal q: Quantity, _ spec: AttributeSpec, _ mentions: [EntityMention]
  ) -> EntityMention? {
    mentions.last { m in
      m.range.end + 3 <= q.range.start && q.range.start - m.range.end <= 4
        && bytes[m.range.end] == UInt8(ascii: "'") && isSubjectCandidate(m, spec, [])
    }
  }
}

// MARK: Registers of the twenty-sixth pass (timelines, transcripts, gapping)

extension DocumentClaimReader {
  /// The year four digits write at `start` when a colon and a space follow them ("1971: ..."),
  /// from 1800 to 2100.
  func yearOpeningLine(at start: Int) -> Int? {
    guard start + 6 <= bytes.count, bytes[start + 4] == UInt8(ascii: ":"),
      bytes[start + 5] == UInt8(ascii: " "),
      (start..<(start + 4)).allSatisfy({ bytes[$0] >= 0x30 && bytes[$0] <= 0x39 })
    else { return nil }
    let year = (start..<(start + 4)).reduce(0) { $0 * 10 + Int(bytes[$1] - 0x30) }
    return (1800...2100).contains(year) ? year : nil
  }

  /// "1971: The Kalsbach and Rennweg teams join, bringing membership to 11": the year that opens
  /// the timeline line holding `offset`, in a text with at least two such lines (one line alone
  /// may be a fact-box row).
  func timelineYear(at offset: Int) -> Int? {
    let line = line(around: offset)
    guard let year = yearOpeningLine(at: line.start) else { return nil }
    var i = 0
    while i < bytes.count {
      if i != line.start, i == 0 || bytes[i - 1] == 10, yearOpeningLine(at: i) != nil {
        return year
      }
      i += 1
    }
    return nil
  }

  /// What a timeline's entries are about: the article's topic, a body rather than a person.
  func chronicleTopic(_ spec: AttributeSpec) -> EntityMention? {
    articleTopic { m in
      m.basis != .demonym && m.type != .date && m.type != .person && m.type != .country
        && spec.subjectTypes.contains(m.type) && !isContextEntity(m, spec)
    }
  }

  /// "1986: Membership reaches 19 teams", "2008: The Velo Brenna club joins as the 20th member":
  /// a timeline entry tells of the chronicle's subject, not of a name on the line before nor of
  /// a name that joins it. A name opening the entry (after "The") that does something other than
  /// joining stays the subject ("1990: Harwick Mills closes with 2,000 jobs lost"). `nil` when
  /// the value is no timeline entry's or keeps its subject.
  func timelineSubject(
    _ spec: AttributeSpec, _ mention: EntityMention, value: Quantity
  ) -> (EntityMention, String)? {
    guard timelineYear(at: value.range.start) != nil else { return nil }
    let line = line(around: value.range.start)
    if line.holds(mention.range.start) {
      var w = words.index(atOrAfter: line.start + 6)
      if w < words.words.count, words.words[w].key == "the" { w += 1 }
      // "1950: Founded in Oberhallen": an entry opening with a participle has no subject of its
      // own, whatever the tagger made of the capitalized word.
      let participle = !mention.canonical.contains(" ") && mention.canonical.hasSuffix("ed")
      let opens = w < words.words.count && words.words[w].range.start == mention.range.start
        && !participle
      // Up to two words after the name ("The Velo Brenna club joins").
      let next = words.index(atOrAfter: mention.range.end)
      let joins = (next..<min(next + 3, words.words.count)).contains { k in
        words.words[k].range.start < line.end
          && DocumentClaimReader.entryJoiningVerbs.contains(words.words[k].key)
      }
      if opens, !joins { return nil }
    }
    guard let topic = chronicleTopic(spec), topic.canonical != mention.canonical else { return nil }
    return (topic, "context")
  }

  static let entryJoiningVerbs: Set<String> = ["join", "joins", "joined", "rejoin", "rejoins"]

  /// "1950: Founded in Oberhallen by seven village teams": a timeline entry that opens with a
  /// founding verb dates the founding of the chronicle's subject.
  func timelineFoundingSubject(_ spec: AttributeSpec, _ q: Quantity) -> (EntityMention, String)? {
    guard line(around: q.range.start).start == q.range.start, timelineYear(at: q.range.start) != nil
    else { return nil }
    let w = words.index(atOrAfter: q.range.end)
    guard w < words.words.count, words.longestMatch(phrases(spec).verbs, at: w) != nil,
      let topic = chronicleTopic(spec)
    else { return nil }
    return (topic, "context")
  }

  /// "MARCHETTI: We have 312 members": the label of a transcript line (up to four words in
  /// capitals, a colon and a space opening the line) and the person named in the text whose last
  /// name is the label's last word. `nil` for a line that is no speaker's.
  func speakerLabel(at offset: Int) -> (label: TextRange, person: EntityMention)? {
    let line = line(around: offset)
    let limit = min(line.end, line.start + 48)
    guard let colon = bytes[line.start..<limit].firstIndex(of: UInt8(ascii: ":")),
      colon > line.start + 1, colon + 1 < line.end, bytes[colon + 1] == UInt8(ascii: " ")
    else { return nil }
    let label = bytes[line.start..<colon]
    let allowed: Set<UInt8> = [UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "'")]
    guard label.allSatisfy({ isUpperASCII($0) || $0 >= 0x80 || allowed.contains($0) }),
      label.filter(isUpperASCII).count >= 2, label.filter({ $0 == UInt8(ascii: " ") }).count <= 3
    else { return nil }
    let last = words.index(atOrAfter: colon) - 1
    guard last >= 0, words.words[last].range.start >= line.start else { return nil }
    let fold = { (s: Substring) in
      s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
    let surname = fold(document.text.slice(words.words[last].range)[...])
    guard let person = document.entities.first(where: { m in
      (m.type == .person || m.type == .other) && m.basis != .reference && m.canonical.contains(" ")
        && m.canonical.split(separator: " ").last.map(fold) == surname
    }) else { return nil }
    return (TextRange(line.start, colon), person)
  }

  /// "MARCHETTI: Our own budget is small, 1.3 million euros": in a transcript line, "we" and
  /// "our" speak for the body the speaker's title names where the text introduces the speaker
  /// ("Élodie Marchetti, president of the Montarelle Growers' Syndicate").
  func transcriptSpeakerSubject(
    _ spec: AttributeSpec, valueStart: Int, _ clause: TextRange
  ) -> (EntityMention, String)? {
    guard let (label, person) = speakerLabel(at: valueStart),
      saysWe(from: max(clause.start, label.end), to: valueStart)
    else { return nil }
    func fits(_ m: EntityMention) -> Bool {
      m.basis != .demonym && m.type != .country && m.type != .person && m.type != .date
        && spec.subjectTypes.contains(m.type) && !isContextEntity(m, spec)
    }
    for sentence in document.sentences {
      for m in inside(document.entities, sentence.range, { $0.range })
      where m.canonical == person.canonical && !label.holds(m.range.start) {
        if let body = speakerBody(in: TextRange(m.range.start, sentence.range.end), fits) {
          return (body, "context")
        }
      }
    }
    return nil
  }

  /// Whether a name is a transcript's speaker label ("RUTH ALDER:") or a capitalized word that
  /// only opens a speaker's answer ("MARCHETTI: Yes, ...", "Sales across the appellation ..."):
  /// neither is the subject of a value. A name written elsewhere in the text stays a name
  /// ("HAVERLEY: Montarelle has about 6 percent").
  func isSpeakerLabelName(_ m: EntityMention) -> Bool {
    guard let (label, _) = speakerLabel(at: m.range.start) else { return false }
    if label.holds(m.range.start) { return true }
    guard m.range.start == label.end + 2 else { return false }
    return !document.entities.contains { other in
      other.canonical == m.canonical && other.range.start != m.range.start
        && !(other.range.start >= 2 && bytes[other.range.start - 2] == UInt8(ascii: ":"))
    }
  }

  /// "Storvik, a town of 9,300 people in Norrbotten": a count after "a" (or "an"), up to three
  /// lowercase words and "of" (a hedge may stand between) describes the name the apposition
  /// follows; a place after "in" locates it.
  func isValueOfAnAppositiveNoun(_ q: Quantity) -> Bool {
    var w = words.index(atOrAfter: q.range.start) - 1
    if w >= 0, DocumentClaimReader.hedgeWords.contains(words.words[w].key) { w -= 1 }
    guard w >= 1, words.words[w].key == "of",
      !isPunctuationBetween(words.words[w].range.end, q.range.start)
    else { return false }
    var k = w - 1
    var nouns = 0
    while k >= 0, nouns < 3, bytes[words.words[k].range.start] >= 0x61,
      !["a", "an"].contains(words.words[k].key), isPlainWord(words.words[k].key)
    {
      nouns += 1
      k -= 1
    }
    guard nouns >= 1, k >= 0, ["a", "an"].contains(words.words[k].key),
      !isPunctuationBetween(words.words[k].range.end, words.words[w].range.start)
    else { return false }
    // "a population of 352,000 people in X" names the attribute, not what the count describes.
    return !["population", "populace"].contains(words.words[w - 1].key)
  }

  static let hedgeWords: Set<String> = [
    "about", "some", "around", "roughly", "nearly", "almost", "approximately", "over",
  ]

  /// "The head of mission, Major General Ines Varela of Uruguay, 57, told reporters": a person's
  /// age set off by commas after the person's name and "of" a place.
  func isAgeAfterNameOfAPlace(_ q: Quantity) -> Bool {
    guard q.kind == .cardinal, let low = q.low, q.high == low, low >= 16, low < 110,
      q.range.end - q.range.start <= 3, q.range.start >= 2, q.range.end < bytes.count,
      bytes[(q.range.start - 2)..<q.range.start].elementsEqual(", ".utf8),
      [UInt8(ascii: ","), UInt8(ascii: ".")].contains(bytes[q.range.end])
    else { return false }
    let w = words.index(atOrAfter: q.range.start)
    guard w >= 3, words.words[w - 1].range.end == q.range.start - 2,
      isUpperASCII(bytes[words.words[w - 1].range.start]), words.words[w - 2].key == "of"
    else { return false }
    let nameEnd = words.words[w - 3].range.end
    return document.entities.contains { $0.type == .person && $0.range.end == nameEnd }
  }

  /// "approved a budget of 168.4 million dollars for the mission": an amount after the
  /// attribute's noun and "of" is the budget of the name (or reference) right after "for".
  func budgetOwnerAfterFor(
    _ spec: AttributeSpec, _ q: Quantity, _ clause: TextRange, _ mentions: [EntityMention]
  ) -> (EntityMention, String)? {
    let first = words.index(atOrAfter: q.range.start)
    guard first >= 2, words.words[first - 1].key == "of",
      words.longestMatch(phrases(spec).context, at: first - 2) == 1
    else { return nil }
    let after = words.index(atOrAfter: q.range.end)
    guard after < words.words.count, words.words[after].key == "for",
      words.words[after].range.end < clause.end,
      !isPunctuationBetween(q.range.end, words.words[after].range.start),
      let m = mentions.first(where: { $0.range.start > words.words[after].range.end }),
      gapIsArticle(words.words[after].range.end, m.range.start), isSubjectCandidate(m, spec, [])
    else { return nil }
    return (m, basis(of: m))
  }

  /// "As at 31 December the company employed 1,962 people": the month of a reporting date
  /// ("as at" or "as of", then a day and a month or a month and a day) written with no year.
  func reportingMonth(in clause: TextRange) -> Int? {
    var w = words.index(atOrAfter: clause.start)
    while w + 3 < words.words.count, words.words[w + 3].range.end <= clause.end {
      if words.words[w].key == "as", ["at", "of"].contains(words.words[w + 1].key) {
        let a = words.words[w + 2].key, b = words.words[w + 3].key
        let month = DocumentClaimReader.monthNames[b].flatMap { Int(a) != nil ? $0 : nil }
          ?? DocumentClaimReader.monthNames[a].flatMap { Int(b) != nil ? $0 : nil }
        let next = w + 4
        let yearFollows = next < words.words.count && words.words[next].range.end <= clause.end
          && words.words[next].key.count == 4 && Int(words.words[next].key) != nil
        if let month, !yearFollows { return month }
      }
      w += 1
    }
    return nil
  }

  /// The last year written in the `back` sentences before sentence `index` ("In the winter of
  /// 1978, ... The co-operative was set up that spring").
  func yearOfEarlierSentences(_ index: Int, back: Int) -> Int? {
    var k = index - 1
    while k >= 0, k >= index - back {
      if let year = inside(document.quantities, document.sentences[k].range, { $0.range })
        .last(where: { $0.kind == .year })?.low
      {
        return Int(year)
      }
      k -= 1
    }
    return nil
  }

  /// "Quarrystone was founded in 2011. Nordvarm (2016) and Celtic Edge (2019) are younger": after
  /// a founding year, a year alone in brackets right after a name is that name's founding year.
  func bracketedFoundingSubject(
    _ spec: AttributeSpec, _ q: Quantity, _ sentenceIndex: Int, _ mentions: [EntityMention]
  ) -> (EntityMention, String)? {
    guard q.range.start >= 2, q.range.end < bytes.count,
      bytes[q.range.start - 1] == UInt8(ascii: "("), bytes[q.range.end] == UInt8(ascii: ")"),
      bytes[q.range.start - 2] == UInt8(ascii: " "),
      let m = mentions.last(where: { $0.range.end == q.range.start - 2 }),
      isSubjectCandidate(m, spec, [])
    else { return nil }
    let sentence = document.sentences[sentenceIndex].range
    let earlier = sentenceIndex > 0
      ? document.sentences[sentenceIndex - 1].range.start : sentence.start
    guard claims.contains(where: { c in
      c.attribute == spec.name && c.sentence.start >= earlier && c.span.end <= q.range.start
        && c.subject.name != m.canonical
    }) else { return nil }
    return (m, basis(of: m))
  }

  /// "Nordvarm Datahall has 390 staff, and Celtic Edge Compute 212", "Nordvarm has 11 percent of
  /// the Swedish market; Celtic Edge, about 2 percent of Ireland's": a clause that leaves out the
  /// verb (and the unit) of the one before it gives another name the same attribute. The name
  /// opens the clause (after ", and" or ";"), only a comma or a hedge stands between it and the
  /// value, and at most an "of" phrase or the earlier unit follows the value.
  mutating func readGapped(
    _ clause: TextRange, _ sentence: TextRange, _ sentenceIndex: Int, _ mentions: [EntityMention],
    _ quantities: [Quantity]
  ) {
    for m in mentions {
      // What opens the gapped clause: ", and" or ", and the" right before the name, or the
      // clause's start after a semicolon (and "the").
      var k = words.index(atOrAfter: m.range.start) - 1
      if k >= 0, words.words[k].key == "the", words.words[k].range.start >= clause.start { k -= 1 }
      let afterAnd = k >= 0 && words.words[k].key == "and" && words.words[k].range.start >= 2
        && words.words[k].range.start >= clause.start
        && bytes[words.words[k].range.start - 2] == UInt8(ascii: ",")
      let afterSemicolon = clause.start > sentence.start
        && bytes[clause.start - 1] == UInt8(ascii: ";")
        && (k < 0 || words.words[k].range.end <= clause.start)
      guard afterAnd || afterSemicolon else { continue }
      // Between the name and the value: a comma or a hedge only.
      var w = words.index(atOrAfter: m.range.end)
      guard w < words.words.count, !isPunctuationBetween(m.range.end, words.words[w].range.start)
        || bytes[m.range.end] == UInt8(ascii: ",") && words.words[w].range.start == m.range.end + 2
      else { continue }
      let hedge = w < words.words.count
        && DocumentClaimReader.hedgeWords.contains(words.words[w].key)
      let opening = w < words.words.count ? words.words[w].range.start : clause.end
      if hedge { w += 1 }
      guard w < words.words.count, words.words[w].range.start < clause.end else { continue }
      // "and Celtic Edge Compute 212": the numbers stage may take a number right after a name for
      // part of it ("Route 66"), so a bare number is read here.
      let starts = [opening, words.words[w].range.start]
      guard let q = quantities.first(where: { starts.contains($0.range.start) })
        ?? bareNumber(at: words.words[w].range.start, hedged: hedge),
        [.cardinal, .percent, .money].contains(q.kind), q.low != nil,
        !claims.contains(where: { $0.sentence == sentence && $0.span.holds(q.range.start) })
      else { continue }
      // The clause before: a claim of this sentence on another name, its value of this kind.
      guard let earlier = claims.indices.last(where: { i in
        claims[i].sentence == sentence && claims[i].span.end <= m.range.start
          && claims[i].subject.name != m.canonical && readValues[i].value.kind == q.kind
      }), let spec = lexicon.attributes.first(where: { $0.name == claims[earlier].attribute }),
        isSubjectCandidate(m, spec, [])
      else { continue }
      // After the value: the end of the clause, the earlier unit, or an "of" phrase.
      let next = words.index(atOrAfter: q.range.end)
      // "and Luca Brenni, 58, is sorting the catch": a comma after the value goes on with a verb.
      let stop = q.range.end < bytes.count ? bytes[q.range.end] : UInt8(ascii: ".")
      var restIsGapped = next >= words.words.count || words.words[next].range.start >= clause.end
        || [UInt8(ascii: "."), UInt8(ascii: ";")].contains(stop)
      if !restIsGapped, !isPunctuationBetween(q.range.end, words.words[next].range.start) {
        let unitWord = words.words[max(0, words.index(atOrAfter: claims[earlier].span.end) - 1)].key
        restIsGapped = words.words[next].key == "of" || words.words[next].key == unitWord
      }
      guard restIsGapped else { continue }
      let qualifier = q.kind == .percent ? qualifier(after: q.range.end, in: clause) : nil
      add(spec, subject: (m, basis(of: m)), value: q, qualifier: qualifier,
        unit: q.kind == .money ? q.unit : claims[earlier].unit, clause: clause, sentence: sentence,
        sentenceIndex: sentenceIndex, quantities: quantities, rule: "gapping")
    }
  }

  /// "Fennay Distillery founded: 1824": a fact-box row whose label is a name and a founding verb
  /// gives that name's founding year.
  func rowNamedFoundingSubject(_ spec: AttributeSpec, _ q: Quantity) -> (EntityMention, String)? {
    guard let label = rowLabel(of: q.range.start),
      let m = inside(document.entities, label, { $0.range }).first,
      m.range.start == label.start || gapIsArticle(label.start, m.range.start),
      isSubjectCandidate(m, spec, [])
    else { return nil }
    let w = words.index(atOrAfter: m.range.end)
    guard w < words.words.count, let n = words.longestMatch(phrases(spec).verbs, at: w),
      words.words[w + n - 1].range.end == label.end
    else { return nil }
    return (m, basis(of: m))
  }

  /// "sending a field hospital with 64 staff", "runs a depot with 40 workers": a count after
  /// "with" that describes a thing "a" introduces after a verb counts that thing's people, not the
  /// subject's. After a comma or a copula the thing is the subject ("Orvik, a port with 9,000
  /// people", "is a league with 40 clubs").
  func isCountOfAThingWith(_ q: Quantity, _ unitEnd: Int) -> Bool {
    var w = words.index(atOrAfter: q.range.start) - 1
    if w >= 0, DocumentClaimReader.hedgeWords.contains(words.words[w].key) { w -= 1 }
    guard w >= 2, words.words[w].key == "with",
      !isPunctuationBetween(words.words[w].range.end, q.range.start)
    else { return false }
    var k = w - 1
    var nouns = 0
    while k >= 0, nouns < 3, !["a", "an"].contains(words.words[k].key),
      bytes[words.words[k].range.start] >= 0x61, isPlainWord(words.words[k].key)
    {
      nouns += 1
      k -= 1
    }
    guard nouns >= 1, k >= 1, ["a", "an"].contains(words.words[k].key),
      !isPunctuationBetween(words.words[k - 1].range.end, words.words[w].range.start)
    else { return false }
    let before = words.words[k - 1].key
    return bytes[words.words[k - 1].range.start] >= 0x61
      && !DocumentClaimReader.copulas.contains(before) && isPlainWord(before)
  }

  static let copulas: Set<String> = [
    "is", "was", "are", "were", "be", "been", "remains", "remained", "becomes", "became",
    // "is now a body with 40 clubs": an adverb may stand between.
    "now", "still", "also", "already", "today", "again", "just",
  ]

  /// "Its income was 3.9 million pounds last year, against 180,000 pounds in 1988, and its
  /// budget ...": an amount right after "against" that follows an amount of its kind is the
  /// earlier value of that one, not a value of a word read after it.
  func followsAgainst(_ q: Quantity, _ clause: TextRange, _ quantities: [Quantity]) -> Bool {
    let w = words.index(atOrAfter: q.range.start)
    guard w >= 1, words.words[w - 1].key == "against",
      words.words[w - 1].range.start >= clause.start
    else { return false }
    let against = words.words[w - 1].range.start
    return quantities.contains { $0.kind == q.kind && $0.range.end <= against }
  }

  /// "the city pays to the company 1.7 billion crowns", "paid 2 million to the club": an amount
  /// paid to another body, after "pays to" (a short phrase may follow "to") or before "to".
  func isPaidToAnother(_ q: Quantity, _ clause: TextRange) -> Bool {
    let w = words.index(atOrAfter: q.range.start)
    let paying: Set<String> = ["pays", "paid", "pay", "paying"]
    var k = w - 1
    while k >= 1, k >= w - 5, words.words[k].range.start >= clause.start,
      !isPunctuationBetween(words.words[k].range.end, q.range.start)
    {
      if words.words[k].key == "to", paying.contains(words.words[k - 1].key) { return true }
      k -= 1
    }
    let after = words.index(atOrAfter: q.range.end)
    return w >= 1 && paying.contains(words.words[w - 1].key) && after < words.words.count
      && words.words[after].key == "to" && words.words[after].range.start < clause.end
      && !isPunctuationBetween(q.range.end, words.words[after].range.start)
  }

  /// "the company spent 640 million crowns, for which it purchased 14 trams": an amount that ",
  /// for which" a purchase follows is the price of that deal, no total.
  func buysWithIt(_ q: Quantity, _ clause: TextRange) -> Bool {
    let gap = Array(", for which ".utf8)
    guard q.range.end + gap.count <= bytes.count,
      bytes[q.range.end..<(q.range.end + gap.count)].elementsEqual(gap)
    else { return false }
    let w = words.index(atOrAfter: q.range.end + gap.count)
    return (w..<min(w + 3, words.words.count)).contains {
      compiled.purchaseVerbs.contains(words.words[$0].key)
    }
  }

  /// "Revenue. The order is the same: 418 million pounds for Quarrystone in 2024, 1.92 billion
  /// kronor for Nordvarm in 2024": in a paragraph a short heading opens ("Revenue.", "Annual
  /// spending."), an amount right before "for" and a name is that name's value of the
  /// attribute the heading names.
  func headedAmountOwner(
    _ spec: AttributeSpec, _ q: Quantity, _ clause: TextRange, _ sentenceIndex: Int,
    _ mentions: [EntityMention]
  ) -> (EntityMention, String)? {
    let after = words.index(atOrAfter: q.range.end)
    guard after < words.words.count, words.words[after].key == "for",
      words.words[after].range.end < clause.end,
      !isPunctuationBetween(q.range.end, words.words[after].range.start),
      let m = mentions.first(where: { $0.range.start > words.words[after].range.end }),
      gapIsArticle(words.words[after].range.end, m.range.start), isSubjectCandidate(m, spec, []),
      let paragraph = document.paragraphs.first(where: { $0.holds(q.range.start) }),
      let heading = document.sentences.first(where: { $0.range.start >= paragraph.start })?.range,
      heading.end <= document.sentences[sentenceIndex].range.start,
      bytes[heading.start..<heading.end].last == UInt8(ascii: ".")
    else { return nil }
    let first = words.index(atOrAfter: heading.start)
    var last = first
    while last < words.words.count, words.words[last].range.end <= heading.end { last += 1 }
    guard last - first >= 1, last - first <= 3 else { return nil }
    let context = phrases(spec).context
    let named = (first..<last).contains { words.longestMatch(context, at: $0) != nil }
    return named ? (m, basis(of: m)) : nil
  }

  /// "The mission now has 1,240 military personnel. At its height in 2012 it had 3,900.", "We
  /// have 312 members. Ten years ago it was about 400.", "By 1960 there were nine": a number that
  /// "it" or "there" and a form of "have" or "be" (and "back to", "down to", "up to") lead to,
  /// with nothing counted after it, goes on with the count read last in this sentence or the one
  /// before: the same attribute of the same subject at another time.
  mutating func readElidedCount(
    _ clause: TextRange, _ sentence: TextRange, _ sentenceIndex: Int, _ quantities: [Quantity]
  ) {
    for q in quantities where q.kind == .cardinal {
      guard let low = q.low, q.high == low, low >= 2, low == low.rounded(),
        !claims.contains(where: { $0.sentence == sentence && $0.span.overlaps(q.range) })
      else { continue }
      var w = words.index(atOrAfter: q.range.start) - 1
      if w >= 0, DocumentClaimReader.hedgeWords.contains(words.words[w].key) { w -= 1 }
      if w >= 1, words.words[w].key == "to",
        ["back", "down", "up"].contains(words.words[w - 1].key)
      {
        w -= 2
      }
      guard w >= 1, words.words[w - 1].range.start >= clause.start,
        DocumentClaimReader.elidedCountVerbs.contains(words.words[w].key),
        ["it", "there", "they"].contains(words.words[w - 1].key),
        !isPunctuationBetween(words.words[w - 1].range.end, q.range.start)
      else { continue }
      // Nothing counted after the number: the clause ends, or a time phrase follows.
      let next = words.index(atOrAfter: q.range.end)
      guard next >= words.words.count || words.words[next].range.start >= clause.end
        || isPunctuationBetween(q.range.end, words.words[next].range.start)
        || ["in", "by", "last", "this"].contains(words.words[next].key)
      else { continue }
      // The count it goes on with: the first one of the latest sentence that has one ("now has
      // 640 personnel, about 120 of them police officers. Three years earlier it had 410"), of a
      // comparable size ("a town of 48,000 people, had 14 mills. Today it has three": mills).
      let earliest = sentenceIndex > 0
        ? document.sentences[sentenceIndex - 1].range.start : sentence.start
      let counts = claims.indices.filter { i in
        claims[i].sentence.start >= earliest && claims[i].span.end <= q.range.start
          && readValues[i].spec.shape == .count && claims[i].members == nil
      }
      guard let latest = counts.map({ claims[$0].sentence.start }).max(),
        let i = counts.filter({ claims[$0].sentence.start == latest })
          .min(by: { readValues[$0].value.range.start < readValues[$1].value.range.start }),
        isComparable(q, readValues[i].value)
      else { continue }
      var subject = readValues[i].subject
      subject.1 = "context"
      // "by 1997, after the closure of two works clubs, it was back to seven": a year of the
      // sentence written after that count and before this one dates it.
      let from = max(sentence.start, claims[i].span.end)
      var time = inside(document.quantities, TextRange(from, q.range.start), { $0.range })
        .last { $0.kind == .year && isWritten($0.range) }?.low
        .map { TimeScope(year: Int($0), basis: "explicit") }
      // "Three years earlier it had roughly 410": counted back from that count's year.
      if time == nil, let back = yearsEarlier(in: TextRange(clause.start, q.range.start)),
        let base = claims[i].time.year
      {
        time = TimeScope(year: base - back, basis: "relative")
      }
      add(readValues[i].spec, subject: subject, value: q, unit: claims[i].unit,
        time: time, clause: clause,
        sentence: sentence, sentenceIndex: sentenceIndex, quantities: quantities,
        rule: "count-unit", unitBasis: "bare")
    }
  }


  static let elidedCountVerbs: Set<String> = ["had", "has", "have", "was", "were", "is", "are"]

  /// Whether "for" right after an amount introduces its owner ("12 million euros for Brenna
  /// Brot").
  func isOwnedAfterFor(_ q: Quantity) -> Bool {
    let after = words.index(atOrAfter: q.range.end)
    guard after < words.words.count, words.words[after].key == "for",
      !isPunctuationBetween(q.range.end, words.words[after].range.start)
    else { return false }
    let end = words.words[after].range.end
    return document.entities.contains { $0.range.start > end && gapIsArticle(end, $0.range.start) }
  }

  /// "In the winter of 1978, eleven families moved in. The co-operative was set up that spring":
  /// a founding verb followed by "that spring" (summer, autumn, winter, year) in a clause with no
  /// year of its own dates the founding by the year of the sentences just before.
  mutating func readFoundingInContextTime(
    _ spec: AttributeSpec, _ clause: TextRange, _ sentence: TextRange, _ sentenceIndex: Int,
    _ mentions: [EntityMention], _ quantities: [Quantity]
  ) {
    guard !quantities.contains(where: { $0.kind == .year }) else { return }
    let seasons: Set<String> = ["spring", "summer", "autumn", "fall", "winter", "year"]
    var k = words.index(atOrAfter: clause.start)
    while k < words.words.count, words.words[k].range.end <= clause.end {
      defer { k += 1 }
      guard let n = words.longestMatch(phrases(spec).verbs, at: k), k + n + 1 < words.words.count,
        words.words[k + n].key == "that", seasons.contains(words.words[k + n + 1].key),
        words.words[k + n + 1].range.end <= clause.end,
        !isPunctuationBetween(words.words[k + n - 1].range.end, words.words[k + n + 1].range.start),
        let year = yearOfEarlierSentences(sentenceIndex, back: 2)
      else { continue }
      let phrase = TextRange(words.words[k + n].range.start, words.words[k + n + 1].range.end)
      guard let subject = chooseSubject(
        spec, valueStart: words.words[k].range.start, unitEnd: phrase.end, clause, mentions, [],
        sentenceIndex)
      else { return }
      let value = Quantity(range: phrase, low: Double(year), high: Double(year), kind: .year)
      add(spec, subject: subject, value: value, clause: clause, sentence: sentence,
        sentenceIndex: sentenceIndex, quantities: quantities, valueIsTime: true,
        rule: "founding-verb")
      return
    }
  }

  /// Whether a sentence opens with "we" or "our".
  func opensWithFirstPerson(_ sentence: TextRange) -> Bool {
    let w = words.index(atOrAfter: sentence.start)
    return w < words.words.count && words.words[w].range.start < sentence.end
      && ["we", "our"].contains(words.words[w].key)
  }

  /// A number written in digits at `start` ("212", "1,240", "3.5"), read when the numbers stage
  /// did not; `hedged` for one after "about" or "some".
  func bareNumber(at start: Int, hedged: Bool) -> Quantity? {
    var i = start
    var digits: [UInt8] = []
    let isDigit = { (b: UInt8) in b >= 0x30 && b <= 0x39 }
    while i < bytes.count {
      if isDigit(bytes[i]) {
        digits.append(bytes[i])
      } else if bytes[i] == UInt8(ascii: ","), i + 3 < bytes.count,
        (1...3).allSatisfy({ isDigit(bytes[i + $0]) }),
        i + 4 >= bytes.count || !isDigit(bytes[i + 4])
      {
      } else if bytes[i] == UInt8(ascii: "."), i + 1 < bytes.count, isDigit(bytes[i + 1]) {
        digits.append(bytes[i])
      } else {
        break
      }
      i += 1
    }
    // A letter right after the digits makes a code ("A4", "4x4"), no number.
    let isLetter = { (b: UInt8) in
      (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
    }
    guard !digits.isEmpty, i >= bytes.count || !isLetter(bytes[i]),
      let value = Double(String(decoding: digits, as: UTF8.self))
    else { return nil }
    return Quantity(range: TextRange(start, i), low: value, high: value,
      modifier: hedged ? .about : .exact, kind: .cardinal)
  }
}

