import CrosscheckCore

/// Subjects: the entity a value belongs to, in the clause, through a reference, or from context.
extension DocumentClaimReader {
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
    if let bullet = bulletSubject(spec, valueStart: valueStart, sentenceIndex) { return bullet }
    if let speaking = transcriptSpeakerSubject(spec, valueStart: valueStart, clause) {
      return speaking
    }
    if let force = armedForceOfACountry(spec, valueStart: valueStart, clause, mentions) {
      return (force, "direct")
    }
    if let country = countryOfACountryOfPhrase(spec, valueStart: valueStart, mentions) {
      return (country, basis(of: country))
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
    // "Founded in 1889 by drivers at the Ostrow depot, it has 11,600 members": the names of a
    // phrase fronted before a comma and "it" or "they" do not do the pronoun's verb.
    let fronted = phraseFrontedBeforePronoun(clause, before: valueStart)
    let found = mentions.filter { m in
      m.range.end <= valueStart && m.range.start >= clause.start && !relative.contains { $0.holds(m.range.start) }
        && !asides.contains { $0.holds(m.range.start) } && !sources.contains { $0.holds(m.range.start) }
        && !isComparedWith(m) && !(fronted?.holds(m.range.start) ?? false)
        // "RUVEL - Forty years ago, the ministers of three states met": where the story was filed.
        && !isDateline(m)
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

  /// A country's armed services, as written after its name's possessive or its adjective (one
  /// or two words), and the name each gives.
  static let armedServices: [[String]: String] = [
    ["army"]: "Army", ["navy"]: "Navy", ["armed", "forces"]: "Armed Forces",
    ["air", "force"]: "Air Force", ["defence", "forces"]: "Defence Forces",
    ["defense", "forces"]: "Defense Forces", ["military"]: "Armed Forces",
  ]

  /// "Sarvenia's armed forces number about 18,500 troops", "Lirevia's own army has about 34,000
  /// soldiers", "The Lossarian army ... numbers some 22,000 soldiers", "Valmoria, whose own army
  /// numbers about 90,000": a country's service that the text names only by its country is the
  /// subject of its strength, named with the country's adjective where the text writes one
  /// ("Lirevian Army"), else with the country's name ("Velsk Armed Forces"). Nil unless the
  /// service's noun stands right before the value's verb, with no other name between.
  func armedForceOfACountry(
    _ spec: AttributeSpec, valueStart: Int, _ clause: TextRange, _ mentions: [EntityMention]
  ) -> EntityMention? {
    guard spec.name == "force_size" else { return nil }
    let first = words.index(atOrAfter: clause.start)
    let valueWord = words.index(atOrAfter: valueStart)
    // The service's noun: the last one before the value in the clause.
    var found: (start: Int, end: Int, name: String)?
    var k = valueWord - 1
    while k >= first, found == nil {
      for (phrase, name) in Self.armedServices where k - phrase.count + 1 >= first {
        if words.matches(phrase, at: k - phrase.count + 1) {
          found = (k - phrase.count + 1, k, name)
          break
        }
      }
      k -= 1
    }
    guard let service = found,
      bytes[words.words[service.start].range.start] >= 0x61,
      !mentions.contains(where: {
        $0.range.start >= words.words[service.end].range.end && $0.range.end <= valueStart
      })
    else { return nil }
    var owner = service.start - 1
    if owner >= first, words.words[owner].key == "own" { owner -= 1 }
    guard owner >= first else { return nil }
    var country: EntityMention?
    // The country's adjective as written, and where the service's name starts.
    var named: (adjective: String, start: Int)?
    if words.words[owner].key == "s", isPossessiveEnding(owner) {
      // "Sarvenia's armed forces".
      country = mentions.last { $0.range.end <= words.words[owner].range.start - 1
        && $0.range.end >= words.words[owner].range.start - 2 }
    } else if words.words[owner].key == "whose" {
      // "Valmoria, whose own army numbers ...".
      let at = words.words[owner].range.start
      country = mentions.last { $0.range.end + 2 == at && bytes[$0.range.end] == UInt8(ascii: ",") }
    } else {
      // "the Lossarian army": the country's adjective, read as such or as a name of its own.
      let r = words.words[owner].range
      let key = words.words[owner].key
      if isUpperASCII(bytes[r.start]), ["an", "ese", "ish"].contains(where: { key.hasSuffix($0) }),
        let m = mentions.last(where: { $0.range == r }), m.basis == .demonym || m.type == .other
      {
        named = (String(document.text.slice(r)), r.start)
      }
    }
    if let c = country, c.type == .country || c.type == .other && !c.canonical.contains(" ") {
      named = (adjective(ofCountry: c.canonical) ?? c.canonical, c.range.start)
    }
    guard let named else { return nil }
    return EntityMention(
      range: TextRange(named.start, words.words[service.end].range.end),
      canonical: named.adjective + " " + service.name, type: .organization, basis: .name)
  }

  /// The adjective the text writes for a country's name ("Lirevian" for "Lirevia"), formed as
  /// the tagger forms it; else, for a name ending in "a", that name and "n"; else nil.
  func adjective(ofCountry name: String) -> String? {
    guard !name.contains(" "), name.utf8.count >= 4 else { return nil }
    let key = name.lowercased()
    for adjective in CountryAdjectives.candidates(ofKey: key) {
      if let w = words.words.first(where: { $0.key == adjective }), isUpperASCII(bytes[w.range.start]) {
        return String(document.text.slice(w.range))
      }
    }
    // "Sarvenia" → "Sarvenian": a name ending in "a" takes "n", as English forms most such
    // adjectives.
    if key.hasSuffix("a") { return name + "n" }
    return nil
  }

  static let countryNouns: Set<String> = ["country", "nation"]

  /// "Corvesh, a country of roughly 4.1 million": the name in apposition before "a country of";
  /// "in a country of 14 million people", "For a country of 5.6 million people, ...": with no
  /// name before it, the country the text names most (a country's adjective counts as a mention
  /// of it). Nil when the value does not follow "a (adjectives) country of", or the text names no
  /// country.
  func countryOfACountryOfPhrase(
    _ spec: AttributeSpec, valueStart: Int, _ mentions: [EntityMention]
  ) -> EntityMention? {
    guard spec.subjectTypes.contains(.country) else { return nil }
    var k = words.index(atOrAfter: valueStart) - 1
    while k >= 0, Self.amountApproximators.contains(words.words[k].key) { k -= 1 }
    guard k >= 2, words.words[k].key == "of", Self.countryNouns.contains(words.words[k - 1].key)
    else { return nil }
    // Up to two lowercase adjectives: "a landlocked mountain country of".
    var article = k - 2
    while article >= 0, k - 2 - article < 2, !["a", "an"].contains(words.words[article].key),
      bytes[words.words[article].range.start] >= 0x61
    {
      article -= 1
    }
    guard article >= 0, ["a", "an"].contains(words.words[article].key) else { return nil }
    let opening = words.words[article].range.start
    // "Corvesh, a country of", "Kessary is a country of": the name just before.
    if let named = mentions.last(where: { $0.range.end <= opening }),
      opening - named.range.end <= 5,
      bytes[named.range.end..<opening].allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ",") })
        || article > 0 && ["is", "was", "remains"].contains(words.words[article - 1].key)
          && words.words[article - 1].range.start >= named.range.end
          && words.words[article - 1].range.start - named.range.end <= 1
    {
      return named.type == .country || named.type == .place || named.type == .other ? named : nil
    }
    guard let best = mainCountry() else { return nil }
    return EntityMention(range: best.range, canonical: best.canonical, type: .country, basis: .reference)
  }

  /// The first mention of the country the text names most (a country's adjective counts as a
  /// mention of it; ties go to the one named first); nil when it names none.
  func mainCountry() -> EntityMention? {
    var counts: [String: (count: Int, first: EntityMention)] = [:]
    for m in document.entities where m.type == .country && m.basis != .reference {
      if let seen = counts[m.canonical] {
        counts[m.canonical] = (seen.count + 1, seen.first)
      } else {
        counts[m.canonical] = (1, m)
      }
    }
    return counts.values.max(by: {
      $0.count != $1.count ? $0.count < $1.count : $0.first.range.start > $1.first.range.start
    })?.first
  }

  /// Words that name an organ of a body, a place or a state without saying whose it is ("Board
  /// of Directors", "Scientific Council", "Town Council", "Ministry of Defence"); a name made only
  /// of these (and "of", "the", "for", "and") that holds one of ``organHeads`` is an organ's.
  static let organWords: Set<String> = [
    "board", "council", "committee", "secretariat", "plenary", "senate", "assembly", "faculty",
    "directors", "governors", "trustees", "administration", "ministry", "chamber", "deputies",
    "parliament", "bureau", "cabinet", "panel", "presidium", "executive", "scientific", "advisory",
    "steering", "standing", "organising", "organizing", "supervisory", "general", "management",
    "audit", "ethics", "town", "city", "county", "municipal", "district", "borough", "parish",
    "university", "defence", "defense", "interior", "finance", "health", "education", "national",
    "legislative", "governing", "members", "medicine", "law", "engineering", "arts", "science",
    "sciences",
  ]
  static let organHeads: Set<String> = [
    "board", "council", "committee", "secretariat", "plenary", "senate", "assembly", "faculty",
    "administration", "ministry", "chamber", "parliament", "bureau", "cabinet", "panel", "presidium",
  ]
  /// Organ words of a town's or city's government ("Town Council", "City Administration").
  static let civicOrganWords: Set<String> = ["town", "city", "county", "municipal", "district", "borough", "parish"]
  /// Organ words of a state's ("Ministry of Defence", "Senate", "Chamber of Deputies"), and the
  /// names of a state's legislature that hold none of them.
  static let stateOrganWords: Set<String> = ["ministry", "senate", "parliament", "deputies"]
  static let stateOrganNames: Set<String> = ["National Assembly", "Legislative Assembly"]
  /// The last words of a place's name that make it larger than the town or city a "Town
  /// Council" or "City Administration" governs ("Dunlin County", "Veskaro Province").
  static let regionHeads: Set<String> = ["county", "province", "region", "district", "state", "oblast", "prefecture", "valley"]

  /// The full name of an organ the text names without its owner: "Board of Directors" after
  /// "Norvane's" is "Norvane Pharmaceuticals Board of Directors" (the owner's own name), a lone
  /// "Scientific Council" in a text on the Veridane Public Health Agency is "Veridane Public
  /// Health Agency Scientific Council" (the body the text names most); "the seven-member Town
  /// Council" in a text on Fernhollow is "Fernhollow Town Council" (the place it names most);
  /// "the 150-member National Assembly" or "the Ministry of Defence" in a text on Sarmenia is
  /// "National Assembly of Sarmenia" (the country it names most), so that two owners' organs stay
  /// apart. Nil for any other subject, or where the text names no such owner.
  func ownedOrganName(_ name: String, mention: EntityMention) -> String? {
    guard let parts = ownedOrganNameParts(name), parts.contains(where: Self.organHeads.contains)
    else { return nil }
    let owner = possessiveOwner(of: mention)
    if parts.contains(where: Self.stateOrganWords.contains) || Self.stateOrganNames.contains(name) {
      let country = owner.flatMap { $0.type == .country ? $0 : nil } ?? mainCountry()
      return country.map { name + " of " + $0.canonical }
    }
    let civic = parts.contains(where: Self.civicOrganWords.contains)
    func lastWord(_ name: String) -> String { name.split(separator: " ").last.map { $0.lowercased() } ?? "" }
    // A faculty's owner is a university or a college.
    let academic = parts.first == "faculty"
    func fitsBody(_ m: EntityMention) -> Bool {
      guard ownedOrganNameParts(m.canonical) == nil else { return false }
      if academic { return m.canonical.contains("University") || m.canonical.contains("College") }
      return true
    }
    let found = owner.flatMap {
      civic ? ($0.type == .place ? $0 : nil)
        : ($0.type == .organization || $0.type == .other) && fitsBody($0) ? $0 : nil
    } ?? (civic
      // A one-word name of no known kind may be the town ("Kelbrook is a market town").
      ? mostNamed { $0.type == .place && !Self.regionHeads.contains(lastWord($0.canonical)) }
        ?? mostNamed { $0.type == .other && !$0.canonical.contains(" ") }
      : mostNamed { $0.type == .organization && fitsBody($0) } ?? mostNamed { $0.type == .other && fitsBody($0) })
    guard let found, let last = parts.last, lastWord(found.canonical) != last else { return nil }
    // "Ardmere University" and "University Council" share a word: "Ardmere University Council".
    if let first = parts.first, lastWord(found.canonical) == first {
      return found.canonical + " " + name.split(separator: " ").dropFirst().joined(separator: " ")
    }
    return found.canonical + " " + name
  }

  /// Lowercase nouns of an organ a body owns ("Our board", "its secretariat", "the trust's
  /// Council of Governors"), and the words that may stand before them in its name.
  static let ownedOrganHeads: Set<String> = [
    "board", "council", "committee", "plenary", "senate", "trustees", "governors", "directors",
    "panel", "bureau", "cabinet", "presidium", "assembly",
  ]
  static let ownedOrganModifiers: Set<String> = [
    "executive", "scientific", "advisory", "steering", "standing", "supervisory", "governing",
    "management", "audit", "general", "national", "central", "editorial", "plenary",
  ]

  /// "Our board has 18 members", "the compact's Executive Board, which has 18 members", "Its
  /// secretariat in Korvange now employs about 640 staff": the organ that a possessive ("its",
  /// "our", "their", "the trust's") gives the body read as the subject is what the count is of.
  /// Returns the organ's name as the body's name goes on ("Board", "Executive Board", "Board of
  /// Trustees"), with the owner's name when a name's possessive gives it ("the Meridian
  /// Assembly's audit committee"), or nil. Only the nearest organ noun before the value within the
  /// sentence counts, and no name may stand between it and the value ("Its board said the company
  /// has 900 members").
  func ownedOrgan(before valueStart: Int, in sentence: TextRange) -> (organ: String, owner: String?)? {
    let v = words.index(atOrAfter: valueStart)
    let first = words.index(atOrAfter: sentence.start)
    var h = v - 1
    while h >= max(first, v - 14), !Self.ownedOrganHeads.contains(words.words[h].key) { h -= 1 }
    guard h >= max(first, v - 14), h > first else { return nil }
    var start = h
    // "board of trustees", "council of governors".
    if start >= first + 2, words.words[start - 1].key == "of", Self.ownedOrganHeads.contains(words.words[start - 2].key) {
      start -= 2
    }
    while start - 1 > first, Self.ownedOrganModifiers.contains(words.words[start - 1].key) { start -= 1 }
    let owner = words.words[start - 1]
    let possessive = ["its", "our", "their"].contains(owner.key)
      || owner.key == "s" && owner.range.start > 0 && bytes[owner.range.start - 1] == UInt8(ascii: "'")
    guard possessive else { return nil }
    let phraseEnd = words.words[h].range.end
    guard !document.entities.contains(where: {
      $0.type != .date && $0.range.start >= phraseEnd && $0.range.end <= valueStart
    }) else { return nil }
    let organ = words.words[start...h].map { w in
      w.key == "of" ? "of" : w.key.prefix(1).uppercased() + w.key.dropFirst()
    }.joined(separator: " ")
    let named = owner.key == "s"
      ? document.entities.last(where: { $0.range.end == owner.range.start - 1 && $0.type != .date })?.canonical : nil
    return (organ, named)
  }

  /// The lowercase words of a name made only of organ words (and "of", "the", "for", "and"), nil
  /// for any other name.
  func ownedOrganNameParts(_ name: String) -> [String]? {
    let parts = name.split(separator: " ").map { $0.lowercased() }
    return parts.allSatisfy({ Self.organWords.contains($0) || ["of", "the", "for", "and"].contains($0) })
      ? parts : nil
  }

  /// The name whose possessive stands right before a mention ("Norvane's Board").
  func possessiveOwner(of mention: EntityMention) -> EntityMention? {
    let start = mention.range.start
    for gap in [3, 2] where start >= gap {
      let tail = bytes[(start - gap)..<start]
      guard tail.elementsEqual((gap == 3 ? "'s " : "' ").utf8) else { continue }
      if let m = document.entities.last(where: { $0.range.end == start - gap && $0.type != .date }) { return m }
    }
    return nil
  }

  /// The entity the text names most (every mention, references too) among those `fits` keeps;
  /// the first named wins a tie; nil when none is named twice.
  func mostNamed(_ fits: (EntityMention) -> Bool) -> EntityMention? {
    var counts: [String: (count: Int, first: EntityMention)] = [:]
    for m in document.entities where fits(m) {
      if let seen = counts[m.canonical] {
        counts[m.canonical] = (seen.count + 1, seen.first)
      } else {
        counts[m.canonical] = (1, m)
      }
    }
    guard let best = counts.values.max(by: {
      $0.count != $1.count ? $0.count < $1.count : $0.first.range.start > $1.first.range.start
    }), best.count >= 2 else { return nil }
    return best.first
  }

  /// The phrase before the first comma of a clause when it opens with a participle and "it" or
  /// "they" follows that comma before the value at `valueStart` ("Founded in 1921 as a hospital
  /// for the Marlow Ridge ironworks, it now employs ..."). A fronted clause with a subject of its
  /// own may name the pronoun's referent ("When Morvath filed for insolvency, it had ...").
  func phraseFrontedBeforePronoun(_ clause: TextRange, before valueStart: Int) -> TextRange? {
    let first = words.index(atOrAfter: clause.start)
    guard first < words.words.count, words.words[first].range.end < valueStart,
      words.words[first].key.hasSuffix("ed") || Self.irregularParticiples.contains(words.words[first].key),
      let comma = bytes[clause.start..<valueStart].firstIndex(of: UInt8(ascii: ","))
    else { return nil }
    let w = words.index(atOrAfter: comma)
    guard w < words.words.count, words.words[w].range.end <= valueStart,
      ["it", "they"].contains(words.words[w].key), bytes[words.words[w].range.start] >= 0x61
    else { return nil }
    return TextRange(clause.start, comma)
  }

  static let irregularParticiples: Set<String> = ["set", "built", "begun", "born", "grown", "known", "run", "led", "held", "taken"]

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
    // "Finances / Income for 2024 was 8.42 million euros. Expenditure totalled 8.11 million.": a
    // section under a heading that names nothing is about what the headline names, not about the
    // last name of the section before.
    if let topic = sectionTopic(sentenceIndex, fits) { return (topic, "context") }
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

  /// What the headline names (else the article's topic), for a sentence of a section that opens
  /// under a heading line ("Finances", "People") when no sentence of the section up to this one
  /// names anything that `fits` before the sentence's first value.
  func sectionTopic(_ sentenceIndex: Int, _ fits: (EntityMention) -> Bool) -> EntityMention? {
    let own = document.sentences[sentenceIndex].range
    guard let paragraph = paragraph(holding: own.start), isUnderHeading(paragraph) else { return nil }
    var k = sentenceIndex
    while k >= 0, document.sentences[k].range.start >= paragraph.start {
      let range = document.sentences[k].range
      let firstValue = inside(document.quantities, range, { $0.range }).first?.range.start ?? range.end
      let limit = k == sentenceIndex ? min(firstValue, own.end) : range.end
      if inside(document.entities, TextRange(range.start, limit), { $0.range }).contains(where: fits) {
        return nil
      }
      k -= 1
    }
    return headlineName(fits) ?? articleTopic(fits)
  }

  /// Whether a paragraph follows a heading: a line of its own of at most 40 bytes, with a letter
  /// and no digit, not ending in a full stop, colon or question mark, with a blank line before
  /// and after it.
  func isUnderHeading(_ paragraph: TextRange) -> Bool {
    guard paragraph.start >= 3, bytes[paragraph.start - 1] == 10, bytes[paragraph.start - 2] == 10
    else { return false }
    // A heading is short: a line break (or the text's start) within 41 bytes before its end.
    let floor = max(0, paragraph.start - 3 - 41)
    guard floor == 0 || bytes[floor..<(paragraph.start - 2)].contains(10) else { return false }
    let heading = line(around: paragraph.start - 3)
    guard heading.end > heading.start, heading.end - heading.start <= 40, heading.start >= 2,
      heading.start >= document.headlineParagraph?.end ?? 0,
      bytes[heading.start - 1] == 10, bytes[heading.start - 2] == 10,
      let last = bytes[heading.start..<heading.end].last,
      ![UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "?"), UInt8(ascii: "!")].contains(last),
      bytes[heading.start..<heading.end].contains(where: isLetterASCII),
      !bytes[heading.start..<heading.end].contains(where: { $0 >= 0x30 && $0 <= 0x39 })
    else { return false }
    // A heading that names something fitting is handled as the sentence before.
    return !inside(document.entities, heading, { $0.range }).contains { $0.type != .date }
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

  /// Whether a clause's first word is "we" or "our".
  func opensWithWe(_ clause: TextRange) -> Bool {
    let w = words.index(atOrAfter: clause.start)
    guard w < words.words.count, words.words[w].range.start < clause.end else { return false }
    return ["we", "our"].contains(words.words[w].key)
  }

  /// Whether a sentence's first word is "It", "Its", "They" or "Their".
  func opensWithPronoun(_ sentence: TextRange) -> Bool {
    let w = words.index(atOrAfter: sentence.start)
    guard w < words.words.count, words.words[w].range.start < sentence.end else { return false }
    return ["it", "its", "they", "their"].contains(words.words[w].key)
  }

  /// The article's first sentence: "PRESS RELEASE - VALDORIA CITY." in capitals is a slug that
  /// files the story, and the article opens with the sentence after it.
  func openingSentence() -> Sentence? {
    let b = bodyStart
    guard b < document.sentences.count else { return nil }
    let first = document.sentences[b]
    return !hasLowercase(first.range) && document.sentences.count > b + 1
      ? document.sentences[b + 1] : first
  }

  /// Whether a range holds a lowercase ASCII letter.
  func hasLowercase(_ range: TextRange) -> Bool {
    bytes[range.start..<range.end].contains { $0 >= 0x61 && $0 <= 0x7A }
  }

  /// The first name of the article's first sentence that `fits`. "Founded in 1947 in the back
  /// room of the Plough Inn, Wendle Vale Growers is ...": a name in a fronted participle's phrase
  /// only sets the scene, unless no name after it fits.
  func articleTopic(_ fits: (EntityMention) -> Bool) -> EntityMention? {
    guard let opening = openingSentence() else { return nil }
    let names = inside(document.entities, opening.range, { $0.range })
      .filter { fits($0) && !isDateline($0) && !isWireCredit($0) }
    if let scene = frontedParticipleEnd(opening.range), let main = names.first(where: { $0.range.start > scene }) {
      return main
    }
    return names.first
  }

  /// Where a sentence's fronted participial phrase ends ("Founded in 1947 in ..., X is"): the
  /// first comma, when the sentence opens with a capitalized past participle.
  func frontedParticipleEnd(_ sentence: TextRange) -> Int? {
    let w = words.index(atOrAfter: sentence.start)
    guard w < words.words.count, words.words[w].range.start == sentence.start else { return nil }
    let key = words.words[w].key
    guard key.count > 4 && key.hasSuffix("ed") || ["set", "built", "born"].contains(key),
      let comma = bytes[sentence.start..<sentence.end].firstIndex(of: UInt8(ascii: ","))
    else { return nil }
    return comma
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
    guard let opening = openingSentence(), let paragraph = paragraph(holding: opening.range.start)
    else { return nil }
    return inside(document.entities, paragraph, { $0.range })
      .first { fits($0) && $0.type == .organization && $0.basis != .reference && !isDateline($0) }
  }

  /// Whether a name is the place of a dateline ("PORT SELIM, Sept 18 - ..."): written in
  /// capitals at a line's start and followed by a comma or a bracket, with a dash soon after. It
  /// says where the story was filed, not what it is about.
  func isDateline(_ m: EntityMention) -> Bool {
    // The dash's three bytes lie within 40 bytes after the name.
    Dateline.hasShape(bytes, m.range, dashBefore: m.range.end + 38, sameLine: false)
  }

  /// Whether the value opens the sentence and its unit is followed by a verb in the past tense
  /// other than one of being, having or founding ("Three clubs needed loans", "Twelve members
  /// voted against", "Three countries have pledged units").
  func opensSentenceAsActor(_ q: Quantity, _ unitEnd: Int, _ sentence: TextRange) -> Bool {
    let first = words.index(atOrAfter: sentence.start)
    let verb = words.index(atOrAfter: unitEnd)
    guard first == words.index(atOrAfter: q.range.start), verb < words.words.count,
      words.words[verb].range.start < sentence.end,
      !isPunctuationBetween(unitEnd, words.words[verb].range.start),
      bytes[words.words[verb].range.start] >= 0x61
    else { return false }
    var key = words.words[verb].key
    var at = verb
    // "Three countries have pledged helicopter units": a perfect tense acts as the past does.
    if ["have", "has"].contains(key), verb + 1 < words.words.count, words.words[verb + 1].range.start < sentence.end,
      DocumentClaimReader.isPastVerb(words.words[verb + 1].key), words.words[verb + 1].key != "been"
    {
      at = verb + 1
      key = words.words[at].key
    }
    return DocumentClaimReader.isPastVerb(key)
      && !["was", "were", "had", "made", "formed", "founded", "joined", "belonged"].contains(key)
      && words.longestMatch(compiled.foundingTriggers, at: at) == nil
  }

  /// Nouns of the bodies that govern an organization and act for it.
  static let organNouns: Set<String> = [
    "council", "board", "assembly", "committee", "secretariat", "directorate", "executive",
    "congress",
  ]

  /// "The ASA Council approved a budget of ...": a name made of another organization's name or
  /// short name and a governing body's noun is that organization's organ, and what it approves or
  /// holds is the organization's. The organization's mention, at the organ's range.
  func ownerOfOrgan(_ m: EntityMention) -> EntityMention? {
    // "The University of Kessaway System's Board of Regents adopted a budget": an organ named
    // after an organization's possessive is that organization's.
    let first = m.canonical.prefix { $0 != " " }.lowercased()
    if DocumentClaimReader.organNouns.contains(first), m.range.start >= 3,
      bytes[m.range.start - 1] == UInt8(ascii: " "), bytes[m.range.start - 2] == UInt8(ascii: "s"),
      bytes[m.range.start - 3] == UInt8(ascii: "'"),
      let owner = document.entities.last(where: { e in
        e.range.end == m.range.start - 3 && e.type == .organization
      })
    {
      return EntityMention(range: m.range, canonical: owner.canonical, type: owner.type, basis: m.basis)
    }
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

  /// "Our Transit Police, which patrols the trams, has 214 officers", "Its National Guard has
  /// 30,000 troops": a unit's name after "our", "its" or "their" names it only within its owner,
  /// so the claim's subject is the owner's name and the unit's ("Orvane Metropolitan Transport
  /// Authority Transit Police", "Corvesh National Guard"), and two articles' units stay apart.
  /// "our" is the body that speaks, "its" and "their" the subject the text is about before the
  /// name. A name that already holds its owner's first word stays as it is.
  func ownedUnit(
    _ m: EntityMention, _ spec: AttributeSpec, _ clause: TextRange, _ sentenceIndex: Int
  ) -> EntityMention? {
    guard m.type == .organization, m.basis != .reference, m.range.start >= 4 else { return nil }
    let at = words.index(atOrAfter: m.range.start)
    guard at >= 1, words.words[at - 1].range.end + 1 == m.range.start,
      ["our", "its", "their"].contains(words.words[at - 1].key)
    else { return nil }
    let owner: EntityMention?
    if words.words[at - 1].key == "our" {
      owner = (transcriptSpeakerSubject(spec, valueStart: m.range.end, clause)
        ?? firstPersonSubject(spec, valueStart: m.range.end, clause, sentenceIndex))?.0
    } else {
      // "its": a subject named in this sentence or the one before.
      owner = contextSubject(spec, before: words.words[at - 1].range.start, sentenceIndex: sentenceIndex)
        .map(\.0).flatMap { (self.sentenceIndex(holding: $0.range.start) ?? -1) >= sentenceIndex - 1 ? $0 : nil }
    }
    guard let owner, owner.canonical != m.canonical, owner.type != .person,
      let ownerFirst = owner.canonical.split(separator: " ").first,
      !m.canonical.split(separator: " ").contains(ownerFirst)
    else { return nil }
    return EntityMention(
      range: m.range, canonical: owner.canonical + " " + m.canonical, type: .organization, basis: m.basis)
  }

  /// Organs of all of a body's members, named by their noun alone ("the Congress", "the General
  /// Assembly"), folded: what they approve, spend or count is the body's.
  static let plenaryOrganNames: Set<String> = ["congress", "general assembly", "assembly", "annual congress"]

  /// Small organs that govern a body, named by their noun alone ("the Board of Regents", "the
  /// Executive Committee"), folded.
  static let governingOrganNames: Set<String> = [
    "council", "board", "executive board", "executive committee", "governing council",
    "governing body", "board of directors", "board of governors", "board of trustees",
    "board of regents", "board of education", "steering board", "steering committee",
    "supervisory board", "management board", "board of management", "council of governors",
    "executive council", "advisory board", "council of ministers", "permanent council",
    "staff committee", "scientific council", "standing committee", "peace and security council",
  ]

  /// "The Congress adopts a budget of 5.2 million francs", "The 11-member Board of Regents
  /// approved a $1.96 billion budget": an organ named by its noun alone is the organ of the body
  /// the article is about (the first organization of its opening). Money it approves or spends,
  /// and whatever a plenary organ counts, is that body's; what a small organ counts of its own
  /// (its members) is the organ's, named with its body ("Calder Plains University System Board
  /// of Regents"), so that two articles' boards stay apart.
  func ownerOfALoneOrgan(_ m: EntityMention, _ spec: AttributeSpec) -> EntityMention? {
    let folded = m.canonical.lowercased()
    let plenary = DocumentClaimReader.plenaryOrganNames.contains(folded)
    guard isLoneOrganName(folded) else { return nil }
    // "By Dr Lenka Marivaux, Chair of the Management Board": another lone organ owns nothing.
    func owns(_ e: EntityMention) -> Bool {
      e.type == .organization && e.canonical != m.canonical && !isLoneOrganName(e.canonical.lowercased())
    }
    // "The pact's Council of Ministers": the body whose possessive stands before it; else the
    // article's, or the body it names most.
    guard let topic = possessiveOwner(of: m).flatMap({ owns($0) ? $0 : nil })
        ?? articleTopic(owns) ?? openingParagraphOrganization(owns) ?? mostNamed(owns)
    else { return nil }
    if plenary || spec.shape == .money {
      return EntityMention(range: m.range, canonical: topic.canonical, type: topic.type, basis: m.basis)
    }
    return EntityMention(
      range: m.range, canonical: topic.canonical + " " + m.canonical, type: .organization, basis: m.basis)
  }

  /// Whether a folded name is an organ's noun alone: a plenary or governing organ's, or a board
  /// of its members' title ("the Board of Commissioners", "the Board of Supervisors").
  func isLoneOrganName(_ folded: String) -> Bool {
    let parts = folded.split(separator: " ")
    return DocumentClaimReader.plenaryOrganNames.contains(folded)
      || DocumentClaimReader.governingOrganNames.contains(folded)
      || parts.count == 3 && parts[0] == "board" && parts[1] == "of" && parts[2].hasSuffix("s")
  }

  /// "its nine-member governing council", "is governed by a board of 15 members", "Our junior
  /// doctors' committee, which has 24 members": members counted in a governing organ that the
  /// text writes with a common noun (an attribute's `organ_nouns`) are the organ's, not its
  /// body's. The organ's name as written, each word capitalized ("Governing Council", "Junior
  /// Doctors' Committee"; of a phrase with capitalized words only those: "a 12-member
  /// international Scientific Advisory Board" is "Scientific Advisory Board"), or nil.
  func organCounted(by value: Quantity, _ spec: AttributeSpec, _ clause: TextRange) -> (name: String, head: String, modified: Bool, named: Bool)? {
    let organs = phrases(spec).organNouns
    guard !organs.isEmpty else { return nil }
    let list = words.words
    // Word `b` right after word `a`: one space between, or an apostrophe and a space
    // ("doctors' committee").
    func adjacent(_ a: Int, _ b: Int) -> Bool {
      list[b].range.start == list[a].range.end + 1
        || list[b].range.start == list[a].range.end + 2 && bytes[list[a].range.end] == UInt8(ascii: "'")
    }
    var head: Int?
    var first: Int?
    if document.text.slice(value.range).lowercased().hasSuffix("-member") {
      // "a 21-member council", "its nine-member governing council": up to three words after the
      // compound, the last an organ's noun.
      var w = words.index(atOrAfter: value.range.end)
      let start = w
      while w < list.count, w < start + 4, list[w].range.end <= clause.end,
        w == start ? list[w].range.start == value.range.end + 1 : adjacent(w - 1, w)
      {
        if organs.contains(list[w].key) {
          // "a seven-member executive committee": the last of two organ nouns.
          head = w + 1 < list.count && organs.contains(list[w + 1].key)
            && list[w + 1].range.start == list[w].range.end + 1 ? w + 1 : w
          first = start
          break
        }
        guard DocumentClaimReader.isPlainWordKey(list[w].key) else { return nil }
        w += 1
      }
    } else {
      // "a board of 15 members", "a council of 48 elected members"; "the committee, which has
      // 24 members", "the board, whose 11 members".
      let v = words.index(atOrAfter: value.range.start)
      var h = -1
      if v >= 2, list[v - 1].key == "of", organs.contains(list[v - 2].key) {
        h = v - 2
      } else if v >= 3, ["has", "have", "had"].contains(list[v - 1].key), list[v - 2].key == "which",
        organs.contains(list[v - 3].key), bytes[list[v - 3].range.end] == UInt8(ascii: ",")
      {
        h = v - 3
      } else if v >= 2, list[v - 1].key == "whose", organs.contains(list[v - 2].key),
        bytes[list[v - 2].range.end] == UInt8(ascii: ",")
      {
        h = v - 2
      } else if v >= 3, ["has", "have", "had"].contains(list[v - 1].key), organs.contains(list[v - 2].key),
        ["its", "our", "their"].contains(list[v - 3].key) || isPossessiveEnding(v - 3),
        adjacent(v - 3, v - 2), adjacent(v - 2, v - 1)
      {
        // "Our board has 13 members", "The authority's board has nine members".
        h = v - 2
      }
      // The organ may stand before the clause of a relative pronoun ("Our committee, which has").
      guard h >= 0 else { return nil }
      // The value counts members: its next word or the one after.
      let u = words.index(atOrAfter: value.range.end)
      guard u < list.count, list[u].key == "members" || u + 1 < list.count && list[u + 1].key == "members"
      else { return nil }
      // Modifiers back to a determiner: "a", "an", "the", "its", "our", "their".
      var k = h - 1
      while k >= 0, k >= h - 3, !DocumentClaimReader.organDeterminers.contains(list[k].key),
        !(k == h - 1 && isPossessiveEnding(k))
      {
        guard adjacent(k, k + 1), DocumentClaimReader.isPlainWordKey(list[k].key) else { return nil }
        k -= 1
      }
      guard k >= 0, k >= h - 3,
        DocumentClaimReader.organDeterminers.contains(list[k].key) || k == h - 1 && isPossessiveEnding(k)
      else { return nil }
      head = h
      first = k + 1
    }
    guard let head, var first else { return nil }
    // Of a phrase with capitalized words, the capitalized run that ends at the noun.
    if bytes[list[head].range.start] < 0x61 {
      var c = head
      while c > first, bytes[list[c - 1].range.start] < 0x61 { c -= 1 }
      first = c
    }
    // "a five-member board of directors": the organ's title with its members' ("Board of Directors").
    var last = head
    if head + 2 < list.count, list[head + 1].key == "of", list[head + 2].key.hasSuffix("s"),
      list[head + 2].range.end <= clause.end, list[head + 1].range.start == list[head].range.end + 1,
      list[head + 2].range.start == list[head + 1].range.end + 1,
      DocumentClaimReader.isPlainWordKey(list[head + 2].key)
    {
      last = head + 2
    }
    let written = String(document.text.slice(TextRange(list[first].range.start, list[last].range.end)))
    let name = written.split(separator: " ").map { $0 == "of" ? "of" : $0.prefix(1).uppercased() + $0.dropFirst() }
      .joined(separator: " ")
    return (name, list[head].key, first < head, bytes[list[first].range.start] < 0x61 && bytes[list[head].range.start] >= 0x61)
  }

  /// Whether word `k` is the "s" of a possessive ("the authority's"), which the words keep apart.
  func isPossessiveEnding(_ k: Int) -> Bool {
    let r = words.words[k].range
    return words.words[k].key == "s" && r.start > 0 && bytes[r.start - 1] == UInt8(ascii: "'")
  }

  /// Words that open the phrase of an organ before its modifiers ("a board of", "our junior
  /// doctors' committee").
  static let organDeterminers: Set<String> = ["a", "an", "the", "its", "our", "their", "his", "her"]

  /// Words that make an organ a local government's ("the town council", "a 38-member city
  /// council"): its owner is a place.
  static let localGovernmentWords: Set<String> = [
    "city", "town", "municipal", "county", "district", "parish", "borough", "village", "regional", "provincial",
  ]

  /// The body whose organ `organCounted` found: `owner` with the organ's name ("Caldmere Port
  /// Authority Board"); the name alone when the text writes it with a name of its own ("The
  /// Valdarco municipal council" is "Valdarco Municipal Council"); a local government's organ
  /// only of a place the owner's name opens. Nil when the organ is the owner itself ("The
  /// council, which has 51 members" of a council; "Tarsen Gulf Council, a six-member
  /// intergovernmental council").
  func organOf(_ owner: EntityMention, counted value: Quantity, _ spec: AttributeSpec, _ clause: TextRange) -> EntityMention? {
    guard owner.type != .person, owner.range.end <= value.range.start,
      let organ = organCounted(by: value, spec, clause)
    else { return nil }
    // "Tarsen Gulf Council, a six-member intergovernmental council": an apposition of the owner.
    if value.range.start - owner.range.end <= 6,
      [", a ", ", an ", ", the "].contains(String(decoding: bytes[owner.range.end..<value.range.start], as: UTF8.self))
    {
      return nil
    }
    if organ.named {
      return EntityMention(range: owner.range, canonical: organ.name, type: .organization, basis: owner.basis)
    }
    let folded = owner.canonical.lowercased()
    if folded.hasSuffix(organ.name.lowercased()) { return nil }
    if !organ.modified, folded.split(separator: " ").contains(Substring(organ.head)) { return nil }
    var holder = owner
    if let modifier = organ.name.split(separator: " ").first?.lowercased(),
      DocumentClaimReader.localGovernmentWords.contains(modifier), owner.type != .place
    {
      guard let place = document.entities.first(where: { e in
        e.type == .place && owner.canonical.hasPrefix(e.canonical + " ")
      }) else { return nil }
      holder = EntityMention(range: owner.range, canonical: place.canonical, type: .place, basis: owner.basis)
    }
    return EntityMention(
      range: owner.range, canonical: holder.canonical + " " + organ.name, type: .organization, basis: owner.basis)
  }

  /// "Sable Creek Mining Co. (Carrowland) ...... 860 employees ...... revenue $388.9m", "AMPC
  /// (Calvera): founded 2004; staff 980": in a sentence of several lines (rows of a table written
  /// as text), the name that opens the value's line, after an optional bullet, is the row's
  /// subject.
  func nameOpeningRow(of value: Quantity, _ spec: AttributeSpec, _ sentence: TextRange) -> EntityMention? {
    guard bytes[sentence.start..<min(sentence.end, bytes.count)].contains(10) else { return nil }
    let row = line(around: value.range.start)
    var start = row.start
    while start < row.end, [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: " ")].contains(bytes[start]) {
      start += 1
    }
    let i = firstIndex(document.entities, startingAtOrAfter: start, { $0.range })
    guard i < document.entities.count, document.entities[i].range.start == start,
      document.entities[i].range.end < value.range.start,
      isSubjectCandidate(document.entities[i], spec, [])
    else { return nil }
    return document.entities[i]
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
    guard let label = rowLabel(before: valueStart) else { return nil }
    let colon = label.end
    let between = words.index(atOrAfter: valueStart) - words.index(atOrAfter: colon)
    guard between <= 2, !isPunctuationBetween(colon + 1, valueStart) else { return nil }
    return label
  }

  /// The label of the row that `offset` lies on, when the line opens, after an optional bullet,
  /// with a short capitalized label and a colon before `offset`; its range ends at the colon.
  func rowLabel(before offset: Int) -> TextRange? {
    let line = line(around: offset)
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
    guard start < offset, isUpperASCII(bytes[start]),
      let colon = bytes[start..<offset].firstIndex(of: UInt8(ascii: ":")),
      colon - start <= 48,
      !bytes[start..<colon].contains(where: {
        [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "\""), UInt8(ascii: ";")].contains($0)
      }),
      // "Share of Orvenland liquid milk market: 44%": up to six words.
      bytes[start..<colon].filter({ $0 == UInt8(ascii: " ") }).count <= 5
    else { return nil }
    return TextRange(start, colon)
  }

  /// The year a fact-box row's label names ("Spending 2022", "Budget (2025)"), if any: four
  /// digits standing alone, from 1800 to 2100.
  func yearInLabel(_ label: TextRange) -> Int? { yearsInLabel(label).first }

  /// Every year a range names, as ``yearInLabel(_:)`` reads one, in text order.
  func yearsInLabel(_ label: TextRange) -> [Int] {
    var years: [Int] = []
    var k = label.start
    while k + 4 <= label.end {
      let isDigit = { (b: UInt8) in b >= 0x30 && b <= 0x39 }
      if k == label.start || !isDigit(bytes[k - 1]),
        (k..<(k + 4)).allSatisfy({ isDigit(bytes[$0]) }),
        k + 4 == label.end || !isDigit(bytes[k + 4])
      {
        let year = (k..<(k + 4)).reduce(0) { $0 * 10 + Int(bytes[$1] - 0x30) }
        if year >= 1800 && year <= 2100 { years.append(year) }
      }
      k += 1
    }
    return years
  }

  /// The first line of the block of lines that `offset` lies in: up through the lines, to the
  /// line after a blank one. A line with no letters ("08:40", a live blog's time stamp) opens no
  /// block: the line after it does.
  func blockFirstLine(around offset: Int) -> TextRange {
    let own = line(around: offset)
    var first = own
    while first.start >= 2, bytes[first.start - 2] != 10 {
      first = line(around: first.start - 1)
    }
    while first.start < own.start, !bytes[first.start..<first.end].contains(where: isLetterASCII) {
      first = line(around: first.end + 1)
    }
    return first
  }

  /// Whether the words of a row's label, a bracket ("Budget (2025)") aside, are one of `phrases`.
  func labelIsOneOf(_ label: TextRange, _ phrases: PhraseSet) -> Bool {
    var first = words.index(atOrAfter: label.start)
    // "Number of employees: 11,400", "Total staff: 204": a label may say it counts first.
    while first + 1 < words.words.count, words.words[first + 1].range.end <= label.end,
      ["number", "total", "of"].contains(words.words[first].key)
    {
      first += 1
    }
    guard first < words.words.count, let n = words.longestMatch(phrases, at: first) else {
      return false
    }
    let end = words.words[first + n - 1].range.end
    if end == label.end { return true }
    guard bytes[end..<label.end].first == UInt8(ascii: " ") else { return false }
    // "Employees (average)", and "Employees at 31 December", "Staff at year end", "Members as of
    // June 30": the date a count holds at.
    let next = first + n
    return bytes[end + 1..<label.end].first == UInt8(ascii: "(")
      || next < words.words.count && words.words[next].range.end <= label.end
        && ["at", "as", "on"].contains(words.words[next].key)
  }

  /// "Highlights / - Group revenue of $6.84 billion / - Headcount of 11,260 at year end": an item
  /// of a bulleted list that names nothing is about what the headline names first, else the
  /// article's topic, not the last name read before the list.
  func bulletSubject(_ spec: AttributeSpec, valueStart: Int, _ sentenceIndex: Int) -> (EntityMention, String)? {
    let line = line(around: valueStart)
    var start = line.start
    while start < line.end, bytes[start] == UInt8(ascii: " ") { start += 1 }
    let dashOrStar = start + 1 < line.end && bytes[start + 1] == UInt8(ascii: " ")
      && (bytes[start] == UInt8(ascii: "-") || bytes[start] == UInt8(ascii: "*"))
    let dot = start + 3 < line.end && bytes[start] == 0xE2 && bytes[start + 1] == 0x80
      && bytes[start + 2] == 0xA2 && bytes[start + 3] == UInt8(ascii: " ")  // "• "
    guard dashOrStar || dot else { return nil }
    // A body: a list of figures with no name is a body's results, not a place's.
    func fits(_ m: EntityMention) -> Bool {
      m.basis != .demonym && m.type == .organization && spec.subjectTypes.contains(m.type)
        && !isContextEntity(m, spec)
    }
    let sentence = document.sentences[sentenceIndex].range
    guard !inside(document.entities, sentence, { $0.range }).contains(where: {
      $0.type != .date && !namesAMarket($0)
    }) else {
      return nil
    }
    return (headlineName(fits) ?? articleTopic(fits)).map { ($0, "context") }
  }

  /// Whether the line that holds `offset` says "market" before it.
  func lineNamesAMarket(_ offset: Int) -> Bool {
    let line = line(around: offset)
    var w = words.index(atOrAfter: line.start)
    while w < words.words.count, words.words[w].range.end <= offset {
      if words.words[w].key == "market" { return true }
      w += 1
    }
    return false
  }

  /// Whether a name only says where a market is: "of the Marland domestic air market", "Share of
  /// Corran Sea feeder market" (after "the" or "of", up to three lowercase words, then "market"
  /// or "markets"; "Brisk Air has a market share" is no such name).
  func namesAMarket(_ m: EntityMention) -> Bool {
    let first = words.index(atOrAfter: m.range.start)
    guard first > 0, ["the", "of"].contains(words.words[first - 1].key) else { return false }
    var w = words.index(atOrAfter: m.range.end)
    var k = 0
    while w < words.words.count, k < 4, !isPunctuationBetween(m.range.end, words.words[w].range.start) {
      let word = words.words[w]
      if word.key == "market" || word.key == "markets" { return true }
      guard bytes[word.range.start] >= 0x61, bytes[word.range.start] <= 0x7A else { return false }
      w += 1
      k += 1
    }
    return false
  }

  /// The subject of a fact-box row: the name its block's first line gives ("Fenby Community
  /// Hospital", "Key facts: Morvenna Highlands National Park"), or with none named there ("Key
  /// figures") the article's topic. `nil` when the value is no row's.
  func rowSubject(_ spec: AttributeSpec, valueStart: Int) -> (EntityMention, String)? {
    // "- Harwick Mills: 340 staff": a label that names something makes the row about it.
    guard let label = rowLabel(of: valueStart),
      inside(document.entities, label, { $0.range }).allSatisfy({ $0.type == .date || namesAMarket($0) })
    else { return nil }
    let first = blockFirstLine(around: valueStart)
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
      // "At a glance: Hallerup Stock Exchange (HSX)": a bracket after the name ends the line too.
      if bytes[first.start..<colon].contains(UInt8(ascii: " ")),
        named.range.end == first.end || isBracketToLineEnd(named.range.end, first.end)
      {
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
    // "Explainer: the Orsa Valley Union, and why Kelt wants in" over a box under a bare heading:
    // the box describes what the headline names first, even when the opening sentence begins
    // with another name.
    return (headlineName(fits) ?? articleTopic(fits)).map { ($0, "context") }
  }

  /// Whether the text from `start` to `end` is one bracketed aside ("(HSX)", "(publisher of this
  /// website)") after at most a space, or the bracket closing an acronym that ends there.
  func isBracketToLineEnd(_ start: Int, _ end: Int) -> Bool {
    var i = start
    while i < end, bytes[i] == UInt8(ascii: " ") { i += 1 }
    if i + 1 == end, bytes[i] == UInt8(ascii: ")") { return true }
    guard i < end, bytes[i] == UInt8(ascii: "("), bytes[end - 1] == UInt8(ascii: ")") else { return false }
    return !bytes[(i + 1)..<(end - 1)].contains(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") })
  }

  /// The name of the document that its headline names first (the longer name at a tie), if any.
  func headlineName(_ fits: (EntityMention) -> Bool) -> EntityMention? {
    guard let title = document.metadata.title, !title.isEmpty else { return nil }
    // "Annual Review 2024: the Lantern Trust for Young Carers", "Discover Puerto Coralino": a
    // name the body never repeats says what the page is, not whom its figures are about, so
    // when the headline opens the text a name of the headline counts only when written again
    // below it.
    let headlineEnd = document.headlineParagraph?.end ?? 0
    var best: (EntityMention, String.Index)?
    for m in document.entities where fits(m) && m.basis != .reference && !isDateline(m) {
      // "NMTA carries record ..." names the authority by the acronym the body defines: a name
      // of the headline is found there as written.
      var name = m.canonical
      if m.range.start < headlineEnd {
        name = String(decoding: bytes[m.range.start..<m.range.end], as: UTF8.self)
        if !bodyRepeats(name, after: headlineEnd), !bodyRepeats(m.canonical, after: headlineEnd) {
          continue
        }
      }
      // A whole name, not the start of a longer word ("Tol" in "Tolva").
      guard let found = title.range(of: name),
        found.upperBound == title.endIndex || !title[found.upperBound].isLetter,
        found.lowerBound == title.startIndex || !title[title.index(before: found.lowerBound)].isLetter
      else { continue }
      let at = found.lowerBound
      if let b = best, b.1 < at || b.1 == at && b.0.canonical.count >= m.canonical.count {
        continue
      }
      best = (m, at)
    }
    return best?.0
  }

  /// Whether `name` is written, as whole words, in the text from `offset` on.
  func bodyRepeats(_ name: String, after offset: Int) -> Bool {
    let needle = Array(name.utf8)
    func isWordByte(_ b: UInt8) -> Bool { isLetterASCII(b) || b &- 0x30 < 10 || b >= 0x80 }
    guard let first = needle.first, offset + needle.count <= bytes.count else { return false }
    var i = offset
    while i + needle.count <= bytes.count {
      if bytes[i] == first, bytes[i..<i + needle.count].elementsEqual(needle),
        i == 0 || !isWordByte(bytes[i - 1]),
        i + needle.count == bytes.count || !isWordByte(bytes[i + needle.count])
      {
        return true
      }
      i += 1
    }
    return false
  }

  /// Whether a line's words, a closing colon aside, are all one of the lexicon's fact-box
  /// headings ("KEY FIGURES", "At a glance:").
  func isFactBoxHeading(_ line: TextRange) -> Bool {
    let first = words.index(atOrAfter: line.start)
    // "FEDERATION IN NUMBERS", "The port at a glance": up to three words may name the box's
    // topic before a heading that opens with a preposition and ends the line.
    for start in first..<min(first + 4, words.words.count) {
      guard words.words[start].range.end <= line.end else { return false }
      guard start == first || ["in", "by", "at"].contains(words.words[start].key),
        let n = words.longestMatch(compiled.factBoxHeadings, at: start)
      else { continue }
      let end = words.words[start + n - 1].range.end
      guard end <= line.end else { return false }
      if bytes[end..<line.end].allSatisfy({ $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: " ") }) { return true }
    }
    return false
  }

  static let firstPerson: Set<String> = ["we", "our", "us", "ours"]
  static let firstPersonSingular: Set<String> = ["i", "my", "me"]

  /// "\"We employed 5,800 people,\" said the superintendent": in a quotation, "we" speaks for an
  /// organization, the article's topic when that is one, not for the place named last.
  func firstPersonSubject(
    _ spec: AttributeSpec, valueStart: Int, _ clause: TextRange, _ sentenceIndex: Int
  ) -> (EntityMention, String)? {
    let sentence = document.sentences[sentenceIndex].range
    guard let quote = quotation(around: valueStart, in: sentence, continuing: true) else {
      return interviewAnswerSubject(spec, valueStart: valueStart, clause, sentence)
        ?? ownVoiceSubject(spec, valueStart: valueStart, clause, sentenceIndex)
    }
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

  /// "Today we employ more than 3,200 people": in a text that opens in its own voice, outside
  /// quotations ("we" or "our" in one of its first three sentences and in one more: an "About
  /// us" page, an annual review, a chairman's statement), an unquoted "we" is the body the
  /// headline names and the body repeats.
  func ownVoiceSubject(
    _ spec: AttributeSpec, valueStart: Int, _ clause: TextRange, _ sentenceIndex: Int
  ) -> (EntityMention, String)? {
    guard saysWe(from: clause.start, to: valueStart)
      || opensWithValue(clause, valueStart) && saysWe(from: valueStart, to: clause.end)
    else { return nil }
    // "We joined in 1921 as its sixth member": "its" names another body than "we".
    if words.contains(["its", "their"], from: clause.start, to: valueStart) { return nil }
    // The text introduces itself as "we": in one of its first three sentences, and once more.
    // A chair's "my ... review as chair of" opens the voice as well as "we" does.
    var voiced = 0
    var singular = false
    for (index, sentence) in document.sentences.enumerated() where index >= bodyStart {
      if voiced == 0, index >= bodyStart + 3 { return nil }
      var w = words.index(atOrAfter: sentence.range.start)
      while w < words.words.count, words.words[w].range.end <= sentence.range.end {
        let key = words.words[w].key
        let opening = voiced == 0 && DocumentClaimReader.firstPersonSingular.contains(key)
          && writesAsHolderOfARole(sentence.range)
        if DocumentClaimReader.firstPerson.contains(key) || opening,
          quotation(around: words.words[w].range.start, in: sentence.range, continuing: true) == nil
        {
          if opening, !DocumentClaimReader.firstPerson.contains(key) { singular = true }
          voiced += 1
          break
        }
        w += 1
      }
      if voiced >= 2 { break }
    }
    guard voiced >= 2 else { return nil }
    // A text opened by "I" (a letter, a column) speaks for the headline's body only when the
    // headline names an organization ("Chair's statement, Brackenholm Housing Group"), not a
    // page ("Letters").
    func fits(_ m: EntityMention) -> Bool {
      m.basis != .demonym && (m.type == .organization || m.type == .other && !singular)
        && spec.subjectTypes.contains(m.type)
        && !isContextEntity(m, spec) && !isDateline(m) && !isPerson(m)
    }
    return headlineName(fits).map { ($0, "context") }
  }

  /// Whether a sentence says in what role its writer writes: "as" and, up to three words on,
  /// a role ("to write to you as chair of", "my final review as chief executive").
  func writesAsHolderOfARole(_ sentence: TextRange) -> Bool {
    var w = words.index(atOrAfter: sentence.start)
    while w < words.words.count, words.words[w].range.end <= sentence.end {
      if words.words[w].key == "as" {
        for k in (w + 1)..<min(w + 4, words.words.count)
        where words.words[k].range.end <= sentence.end && DocumentClaimReader.writersRoles.contains(words.words[k].key) {
          return true
        }
      }
      w += 1
    }
    return false
  }

  static let writersRoles: Set<String> = [
    "chair", "chairman", "chairwoman", "chairperson", "president", "director", "secretary",
    "executive", "head", "leader", "governor", "principal", "rector", "mayor", "treasurer",
  ]

  /// "How big are you now? / We run 85 boats and employ 40 people.": in an interview printed as
  /// questions and answers, an unquoted answer's "we" speaks for the organization the article
  /// opens with, not for a name of the question or of an earlier answer.
  func interviewAnswerSubject(
    _ spec: AttributeSpec, valueStart: Int, _ clause: TextRange, _ sentence: TextRange
  ) -> (EntityMention, String)? {
    // "It employs 85 nurses, 30 of them ours": a "we" after the value leaves the clause's own
    // subject in place, unless the answer opens with the value ("Nine staff at our office").
    // The words first: the paragraph tests look across the document.
    guard saysWe(from: clause.start, to: valueStart)
      || opensWithValue(clause, valueStart) && saysWe(from: valueStart, to: clause.end),
      isInterviewAnswer(sentence.start) || isLaterInterviewAnswer(sentence.start)
    else { return nil }
    func fits(_ m: EntityMention) -> Bool {
      m.basis != .demonym && m.type == .organization && spec.subjectTypes.contains(m.type)
        && !isContextEntity(m, spec) && !isDateline(m)
    }
    // "Solveig Harrang, 54, has led the Brenvik Police District since 2021": the body the
    // opening says the interviewee leads.
    return (bodyLedInOpening(fits) ?? articleTopic(fits) ?? openingParagraphOrganization(fits)
      ?? untypedTopic(spec) ?? interviewBody(spec)).map { ($0, "context") }
  }

  /// A name the tagger could not type that the opening sentence names first and the headline
  /// names too ("the chair of Wendle Vale Growers on milk ..." / "..., Wendle Vale Growers is now
  /// one of ..."): what the article is about, and whom an interview's "we" speaks for.
  func untypedTopic(_ spec: AttributeSpec) -> EntityMention? {
    func fits(_ m: EntityMention) -> Bool {
      m.type == .other && m.basis != .demonym && m.basis != .reference && spec.subjectTypes.contains(.other)
        && !isPerson(m) && !isContextEntity(m, spec)
    }
    guard let headline = document.headlineParagraph, let topic = articleTopic(fits),
      topic.range.start >= headline.end,
      inside(document.entities, headline, { $0.range }).contains(where: {
        $0.canonical == topic.canonical && $0.basis != .reference
      })
    else { return nil }
    return topic
  }

  /// The body a person named in the first three sentences of the body leads, as
  /// ``bodyThePersonLeads(_:_:)`` reads it.
  func bodyLedInOpening(_ fits: (EntityMention) -> Bool) -> EntityMention? {
    for index in bodyStart..<min(bodyStart + 3, document.sentences.count) {
      let names = inside(document.entities, document.sentences[index].range, { $0.range })
      for person in names
      where person.basis != .reference && (isPerson(person) || person.type == .other && person.canonical.contains(" ")) {
        if let body = bodyThePersonLeads(person, names), fits(body) { return body }
      }
    }
    return nil
  }

  /// The body an interview's "we" speaks for when the tagger typed no organization: the first
  /// name of the opening sentence that a reference of the article ("the society", "the guild")
  /// points to, and that is no person, place or dateline.
  func interviewBody(_ spec: AttributeSpec) -> EntityMention? {
    let referred = Set(document.entities.filter { $0.basis == .reference }.map(\.canonical))
    return articleTopic { m in
      m.basis != .reference && m.basis != .demonym && referred.contains(m.canonical)
        && spec.subjectTypes.contains(m.type) && (m.type == .organization || m.type == .other)
        && !isPerson(m)
        && !isContextEntity(m, spec)
    }
  }

  /// Whether a clause's first word is the value's ("Nine staff at our office in Frome").
  func opensWithValue(_ clause: TextRange, _ valueStart: Int) -> Bool {
    let w = words.index(atOrAfter: clause.start)
    return w < words.words.count && words.words[w].range.start == valueStart
  }

  /// "How big is the society now? / We have ... / That is small. / We were founded in 1923":
  /// in an interview printed as bare questions and answers (two or more paragraphs that are one
  /// question each), an unquoted paragraph after the first question that asks nothing answers
  /// too, also after a remark of the interviewer.
  func isLaterInterviewAnswer(_ offset: Int) -> Bool {
    guard let index = indexHolding(document.paragraphs, offset, { $0 }), index > 0,
      !isQuestionParagraph(document.paragraphs[index]),
      bytes[document.paragraphs[index].start] != UInt8(ascii: "\"")
    else { return false }
    // Two question paragraphs, the first before this one; the scan stops at the second.
    var questions = 0
    for p in document.paragraphs.indices where isQuestionParagraph(document.paragraphs[p]) {
      if questions == 0, p >= index { return false }
      questions += 1
      if questions == 2 { return true }
    }
    return false
  }

  /// Whether a paragraph is one sentence that ends with a question mark.
  func isQuestionParagraph(_ paragraph: TextRange) -> Bool {
    guard let i = sentenceIndex(holding: paragraph.start) else { return false }
    let sentence = document.sentences[i].range
    return sentence.end >= paragraph.end - 1 && isQuestion(sentence)
  }

  /// Whether the paragraph holding an offset answers a question: the paragraph before it is a
  /// single question of its own and the answer itself asks nothing.
  func isInterviewAnswer(_ offset: Int) -> Bool {
    guard let index = indexHolding(document.paragraphs, offset, { $0 }), index > 0 else {
      return false
    }
    func lastByte(_ r: TextRange) -> UInt8? {
      bytes[r.start..<r.end].last { $0 != UInt8(ascii: " ") && $0 != 10 }
    }
    let asked = document.paragraphs[index - 1]
    let question = UInt8(ascii: "?")
    // "You have said the force is short of officers. How short?": a remark may come before the
    // question, two sentences at most.
    guard lastByte(asked) == question, lastByte(document.paragraphs[index]) != question,
      let opening = sentenceIndex(holding: asked.start),
      document.sentences[opening].range.end >= asked.end - 1
        || opening + 1 < document.sentences.count && document.sentences[opening + 1].range.end >= asked.end - 1
          && isQuestion(document.sentences[opening + 1].range)
    else { return false }
    return true
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
      if let body = bodyThePersonLeads(person, names), fits(body) { return body }
      guard person.range.end + 2 < range.end, bytes[person.range.end] == UInt8(ascii: ",")
      else { continue }
      if let body = bodyOfTheSpeakersRelativeClause(person, names, in: range), fits(body) {
        return body
      }
      // "Ms Elin Matos, Director General of the ...": a capitalized title is no name.
      guard let w = ofAfterTitle(from: words.index(atOrAfter: person.range.end), limit: 4, outside: names),
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

  /// The index of the "of" that one to `limit` title words starting at word `start` lead to
  /// ("director of", "chief executive of"): lowercase plain words, and with `names`, capitalized
  /// ones none of those names holds ("Director General of"); `nil` when there is none.
  func ofAfterTitle(from start: Int, limit: Int, outside names: ArraySlice<EntityMention>?) -> Int? {
    var w = start
    var count = 0
    while w < words.words.count, count < limit, words.words[w].key != "of",
      bytes[words.words[w].range.start] >= 0x61
        || names.map({ !$0.contains(where: { $0.range.holds(words.words[w].range.start) }) }) ?? false,
      isPlainWord(words.words[w].key)
    {
      count += 1
      w += 1
    }
    return count >= 1 && w < words.words.count && words.words[w].key == "of" ? w : nil
  }

  /// Verbs by which a person leads a body: "Tomas Verhaegenbos runs the Sable Prairie Grain
  /// Cooperative".
  static let leadingVerbs: Set<String> = [
    "runs", "leads", "heads", "chairs", "directs", "manages", "founded", "ran", "led", "headed",
    "chaired", "directed", "managed", "run",
  ]

  /// The body a person's own clause says the person leads, right after the name: "Tomas
  /// Verhaegenbos runs the Sable Prairie Grain Cooperative", "Adaeze Thornbury is executive
  /// director of the Cooperative League of Westmark" (up to five lowercase title words), "has
  /// led the ...", "has been director of ...".
  func bodyThePersonLeads(_ person: EntityMention, _ names: ArraySlice<EntityMention>) -> EntityMention? {
    var at = words.index(atOrAfter: person.range.end)
    var from = person.range.end
    // "Solveig Harrang, 54, has led ...": past an age set off by commas.
    if at + 1 < words.words.count, words.words[at].key.allSatisfy(\.isNumber),
      words.words[at].key.count <= 3, bytes[from] == UInt8(ascii: ","),
      words.words[at].range.end < bytes.count, bytes[words.words[at].range.end] == UInt8(ascii: ",")
    {
      from = words.words[at].range.end + 1
      at += 1
    }
    guard at + 2 < words.words.count, !isPunctuationBetween(from, words.words[at].range.start)
    else { return nil }
    // "has led the Brenvik Police District since 2021", "has been chief executive of ...".
    if ["has", "had"].contains(words.words[at].key) { at += 1 }
    let end: Int
    if Self.leadingVerbs.contains(words.words[at].key) {
      end = words.words[at].range.end
    } else if ["is", "was", "been"].contains(words.words[at].key) {
      guard let w = ofAfterTitle(from: at + 1, limit: 5, outside: nil),
        !["a", "an", "one"].contains(words.words[at + 1].key),
        !isPunctuationBetween(words.words[at].range.end, words.words[w].range.start)
      else { return nil }
      end = words.words[w].range.end
    } else {
      return nil
    }
    return names.first { m in
      m.range.start > end && gapIsArticle(end, m.range.start)
        && (m.type == .organization || m.type == .other) && m.basis != .reference
    }
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
      || isWithPhraseOfAPlace(spec, before: before, mentions)
  }

  /// "Estonia, with 1.3 million people, is ...", "Marrack, with 14.2 million people, ...": a
  /// "with" phrase set off by a comma right after the name of a place (or of a name of unknown
  /// kind) gives a count of an attribute whose first subject is a place.
  func isWithPhraseOfAPlace(_ spec: AttributeSpec, before: Int, _ mentions: [EntityMention]) -> Bool {
    guard spec.subjectTypes.first == .place else { return false }
    var w = words.index(atOrAfter: before) - 1
    if w >= 0, DocumentClaimReader.approximators.contains(words.words[w].key) { w -= 1 }
    guard w >= 0, words.words[w].key == "with", words.words[w].range.start >= 2,
      bytes[words.words[w].range.start - 2] == UInt8(ascii: ","),
      bytes[words.words[w].range.start - 1] == UInt8(ascii: " ")
    else { return false }
    let comma = words.words[w].range.start - 2
    return mentions.contains {
      $0.range.end == comma && [.place, .country, .other].contains($0.type)
    }
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
}
