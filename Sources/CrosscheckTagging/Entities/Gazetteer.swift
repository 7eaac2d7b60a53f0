import CrosscheckCore
/// One known name: an organization, country, place or person, with the other names it goes by.
public struct GazetteerEntry: Sendable, Codable, Hashable {
  public var name: String
  /// Acronyms and short forms that match only with the same capitals ("NATO", "EU").
  public var short: [String]?
  /// Other full names ("Russian Federation").
  public var aliases: [String]?
  /// Earlier names ("Organisation of the Islamic Conference"); an all-caps one is an acronym.
  public var former: [String]?
  /// Adjectives and demonyms ("Russian"); they mark a mention of the entity but never a subject.
  public var demonyms: [String]?
  /// What short references this entity answers to: `alliance` for "the bloc", `city` for "the city".
  public var kinds: [String]?
  /// For a country: its capital, added as a place.
  public var capital: String?

  public init(
    name: String, short: [String]? = nil, aliases: [String]? = nil, demonyms: [String]? = nil,
    kinds: [String]? = nil, capital: String? = nil, former: [String]? = nil
  ) {
    self.name = name
    self.short = short
    self.aliases = aliases
    self.former = former
    self.demonyms = demonyms
    self.kinds = kinds
    self.capital = capital
  }
}

/// A head word that gives a capitalized name its type: "Force" makes "Rapid Reaction Force" an
/// organization of kind `force`.
public struct HeadWordRule: Sendable, Codable, Hashable {
  public var words: [String]
  public var type: EntityType
  public var kinds: [String]
}

/// The gazetteer file as written (`Pipelines/lexicons/gazetteer.yml`), before indexing.
public struct GazetteerFile: Sendable, Codable {
  public var version: Int?
  public var organizations: [GazetteerEntry]?
  public var countries: [GazetteerEntry]?
  public var places: [GazetteerEntry]?
  public var people: [GazetteerEntry]?
  /// Reference class → nouns that refer back to an entity of that class ("alliance": [bloc, pact]).
  public var references: [String: [String]]?
  public var heads: [HeadWordRule]?
  /// Words before a person's name ("President", "Secretary-General").
  public var personTitles: [String]?
  /// Capitalized words that never start a name ("The", "However").
  public var notNames: [String]?
  /// Common nouns that are no name when they stand alone ("Agriculture employs 9 per cent",
  /// "Solar power"), though they may open a longer one ("Mining Corporation of Tessary").
  public var commonNouns: [String]?
  /// Words after a place name that make another place of that name, written form → canonical
  /// suffix ("metro area": "metropolitan area", "state": "State").
  public var placeQualifiers: [String: String]?
  /// Spellings of one word inside names, variant → the spelling keys use ("defence": "defense").
  public var spellingVariants: [String: String]?
  /// Short words that open a name and may stand before a possessive inside it ("St" in "St
  /// Brenna's Hospice").
  public var namePrefixes: [String]?
  /// Pairs of words joined by "and" that stay inside a name ("Search and Rescue" in "Tor Bellan
  /// Search and Rescue"), written "Search and Rescue".
  public var andPhrases: [String]?
  /// Last words of the names of bodies that govern the place their name opens with ("Council",
  /// "Parliament"): "Lower Aumont" alone is the region, not "Lower Aumont Regional Parliament".
  public var governingHeads: [String]?
  /// Reference noun → the head words a name it points back to may end in ("union": [Union,
  /// Federation, ...]): "the union" is not "St. Columba Hospital". A noun not listed may point
  /// to a name of any head word of its class.
  public var referenceHeads: [String: [String]]?
  /// Last words of the names of bodies that `heads` leaves out on purpose ("College"): such a
  /// name is its own entity, not a short form of a longer name that goes on from it with an
  /// organization's head ("Tamsin Community College" and "Tamsin Community College Foundation").
  public var bodyHeads: [String]?
  /// Nouns of the people or members of a body, which open no name before "of" ("Members of the
  /// Orla Co-operative voted", "Member States of the Union"), written as they are capitalized.
  public var groupNouns: [String]?
  /// Words of a state's form before "of" and its name ("Republic" in "the Republic of Kelmaria"):
  /// the name after "of" is the country's canonical name.
  public var stateForms: [String]?
  /// Lowercase endings of companies' legal names ("plc"), which stay inside the name.
  public var legalSuffixes: [String]?
  /// Given names ("Tomas", "Marta"): two or three capitalized words opening with one, that no
  /// head word types, name a person ("Frank Crane"), who is no subject of a count or an amount.
  public var givenNames: [String]?

  enum CodingKeys: String, CodingKey {
    case version, organizations, countries, places, people, references, heads
    case personTitles = "person_titles"
    case notNames = "not_names"
    case commonNouns = "common_nouns"
    case placeQualifiers = "place_qualifiers"
    case spellingVariants = "spelling_variants"
    case namePrefixes = "name_prefixes"
    case andPhrases = "and_phrases"
    case governingHeads = "governing_heads"
    case referenceHeads = "reference_heads"
    case bodyHeads = "body_heads"
    case groupNouns = "group_nouns"
    case stateForms = "state_forms"
    case legalSuffixes = "legal_suffixes"
    case givenNames = "given_names"
  }

  public init() {}

  /// This file and another combined, the other's entries added after this one's.
  public func merged(with other: GazetteerFile) -> GazetteerFile {
    var out = self
    out.organizations = (organizations ?? []) + (other.organizations ?? [])
    out.countries = (countries ?? []) + (other.countries ?? [])
    out.places = (places ?? []) + (other.places ?? [])
    out.people = (people ?? []) + (other.people ?? [])
    out.references = (references ?? [:]).merging(other.references ?? [:]) { $0 + $1 }
    out.heads = (heads ?? []) + (other.heads ?? [])
    out.personTitles = (personTitles ?? []) + (other.personTitles ?? [])
    out.notNames = (notNames ?? []) + (other.notNames ?? [])
    out.commonNouns = (commonNouns ?? []) + (other.commonNouns ?? [])
    out.placeQualifiers = (placeQualifiers ?? [:]).merging(other.placeQualifiers ?? [:]) { $1 }
    out.spellingVariants = (spellingVariants ?? [:]).merging(other.spellingVariants ?? [:]) { $1 }
    out.namePrefixes = (namePrefixes ?? []) + (other.namePrefixes ?? [])
    out.andPhrases = (andPhrases ?? []) + (other.andPhrases ?? [])
    out.governingHeads = (governingHeads ?? []) + (other.governingHeads ?? [])
    out.referenceHeads = (referenceHeads ?? [:]).merging(other.referenceHeads ?? [:]) { $0 + $1 }
    out.bodyHeads = (bodyHeads ?? []) + (other.bodyHeads ?? [])
    out.groupNouns = (groupNouns ?? []) + (other.groupNouns ?? [])
    out.stateForms = (stateForms ?? []) + (other.stateForms ?? [])
    out.legalSuffixes = (legalSuffixes ?? []) + (other.legalSuffixes ?? [])
    out.givenNames = (givenNames ?? []) + (other.givenNames ?? [])
    return out
  }
}

/// What a gazetteer key resolves to.
struct NameTarget: Sendable, Hashable {
  var canonical: String
  var type: EntityType
  var kinds: [String]
  var basis: MentionBasis
  /// Matches only when the text has exactly these capitals (acronyms).
  var exactForm: String?
}

/// The gazetteer indexed for matching: folded word sequences to canonical entities.
public struct Gazetteer: Sendable {
  var names: [String: NameTarget] = [:]
  /// The first word of every name, to reject most words with one lookup.
  var firstWords: Set<String> = []
  var maxWords = 1
  /// Folded reference noun → reference classes.
  var referenceNouns: [String: [String]] = [:]
  /// Folded head word → rule.
  var heads: [String: HeadWordRule] = [:]
  /// Folded head phrases of two or more words ("school district") → rule; they win over the rule
  /// of their last word, so "Valley School District" is an organization, not a place.
  var headPhrases: [String: HeadWordRule] = [:]
  var maxHeadPhraseWords = 0
  /// Reference phrases of two or more words ("free-trade area"), by their folded last word: the
  /// folded words before it and the phrase's reference classes.
  var referencePhrases: [String: [(words: [String], classes: [String])]] = [:]
  /// Folded title words; multi-word titles are matched by their last word.
  var personTitles: Set<String> = []
  /// Folded words before the last of multi-word titles ("rear" in "Rear Admiral"): before a
  /// title word they are part of the title, not a name.
  var titleModifiers: Set<String> = []
  var notNames: Set<String> = []
  var commonNouns: Set<String> = []
  /// Folded qualifier phrases (as word keys) → canonical suffix, indexed by first word.
  var placeQualifiers: [String: [(words: [String], suffix: String)]] = [:]
  /// Folded variant word → the folded spelling names are keyed by.
  var spellingVariants: [String: String] = [:]
  /// Folded words that open a name before a possessive inside it ("st", "saint").
  var namePrefixes: Set<String> = []
  /// Folded words on either side of "and" in a name's "and" phrase, as "search rescue".
  var andPhrases: Set<String> = []
  /// Folded last words of governing bodies' names ("council", "parliament").
  var governingHeads: Set<String> = []
  /// Folded reference noun → folded head words of the names it may point back to.
  var referenceHeads: [String: Set<String>] = [:]
  /// Folded ``GazetteerFile/bodyHeads``.
  var bodyHeads: Set<String> = []
  /// ``GazetteerFile/groupNouns`` as folded word keys, longest first.
  var groupNouns: [[String]] = []
  /// The first words of ``groupNouns``, to reject most words with one lookup.
  var groupNounFirstWords: Set<String> = []
  /// Folded ``GazetteerFile/stateForms``.
  var stateForms: Set<String> = []
  /// The first words of the state forms of two words ("grand" of "Grand Duchy").
  var stateFormFirstWords: Set<String> = []
  /// Folded ``GazetteerFile/legalSuffixes``.
  var legalSuffixes: Set<String> = []
  /// Folded ``GazetteerFile/givenNames``.
  var givenNames: Set<String> = []

  /// Indexes a gazetteer file. Earlier entries win when two share a name.
  public init(_ file: GazetteerFile) {
    governingHeads = Set((file.governingHeads ?? []).map(WordScanner.fold))
    for (noun, heads) in file.referenceHeads ?? [:] {
      referenceHeads[WordScanner.fold(noun), default: [WordScanner.fold(noun)]].formUnion(heads.map(WordScanner.fold))
    }
    bodyHeads = Set((file.bodyHeads ?? []).map(WordScanner.fold))
    groupNouns = (file.groupNouns ?? []).map { WordScanner.words(in: $0).map(\.key) }
      .filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    groupNounFirstWords = Set(groupNouns.map { $0[0] })
    stateForms = Set((file.stateForms ?? []).map(WordScanner.fold))
    stateFormFirstWords = Set(stateForms.compactMap { form in
      form.contains(" ") ? form.split(separator: " ").first.map(String.init) : nil
    })
    legalSuffixes = Set((file.legalSuffixes ?? []).map(WordScanner.fold))
    givenNames = Set((file.givenNames ?? []).map(WordScanner.fold))
    for phrase in file.andPhrases ?? [] {
      let keys = WordScanner.words(in: phrase).map(\.key)
      if keys.count == 3, keys[1] == "and" { andPhrases.insert(keys[0] + " " + keys[2]) }
    }
    for (variant, spelling) in file.spellingVariants ?? [:] {
      spellingVariants[WordScanner.fold(variant)] = WordScanner.fold(spelling)
    }
    for (written, suffix) in (file.placeQualifiers ?? [:]).sorted(by: { $0.key < $1.key }) {
      let words = WordScanner.words(in: written).map(\.key)
      guard let first = words.first else { continue }
      placeQualifiers[first, default: []].append((words, suffix))
    }
    for key in placeQualifiers.keys { placeQualifiers[key]?.sort { $0.words.count > $1.words.count } }
    func add(_ text: String, _ target: NameTarget) {
      let key = self.key(text)
      guard !key.isEmpty, names[key] == nil || names[key]?.basis == .demonym else { return }
      names[key] = target
      let parts = key.split(separator: " ")
      maxWords = max(maxWords, parts.count)
      firstWords.insert(String(parts[0]))
    }
    func addEntry(_ entry: GazetteerEntry, type: EntityType, defaultKinds: [String]) {
      let kinds = entry.kinds ?? defaultKinds
      let target = NameTarget(canonical: entry.name, type: type, kinds: kinds, basis: .gazetteer)
      add(entry.name, target)
      for alias in entry.aliases ?? [] { add(alias, target) }
      for former in entry.former ?? [] {
        var t = target
        // An acronym among former names ("NAFTA") matches only with its capitals.
        if former.count >= 2, former.unicodeScalars.allSatisfy({ !$0.properties.isLowercase }) {
          t.exactForm = former.filter { $0 != "." }
        }
        add(former, t)
      }
      for short in entry.short ?? [] {
        var t = target
        t.exactForm = short.filter { $0 != "." }
        add(short, t)
      }
      for demonym in entry.demonyms ?? [] {
        var t = target
        t.basis = .demonym
        add(demonym, t)
      }
      if let capital = entry.capital {
        add(capital, NameTarget(canonical: capital, type: .place, kinds: ["city", "capital"], basis: .gazetteer))
      }
    }
    for e in file.organizations ?? [] { addEntry(e, type: .organization, defaultKinds: ["organization"]) }
    for e in file.countries ?? [] { addEntry(e, type: .country, defaultKinds: ["country"]) }
    for e in file.places ?? [] { addEntry(e, type: .place, defaultKinds: ["place"]) }
    for e in file.people ?? [] { addEntry(e, type: .person, defaultKinds: ["person"]) }
    for (kind, nouns) in file.references ?? [:] {
      for noun in nouns {
        let parts = WordScanner.words(in: noun).map(\.key)
        if parts.count > 1, let last = parts.last {
          addReferencePhrase(Array(parts.dropLast()), last: last, kind: kind)
        } else {
          referenceNouns[WordScanner.fold(noun), default: []].append(kind)
        }
      }
    }
    for key in referenceNouns.keys { referenceNouns[key]?.sort() }
    for rule in file.heads ?? [] {
      for word in rule.words {
        let parts = WordScanner.words(in: word).map(\.key)
        if parts.count > 1 {
          let phrase = parts.joined(separator: " ")
          if headPhrases[phrase] == nil { headPhrases[phrase] = rule }
          maxHeadPhraseWords = max(maxHeadPhraseWords, parts.count)
        } else if heads[WordScanner.fold(word)] == nil {
          heads[WordScanner.fold(word)] = rule
        }
      }
    }
    personTitles = Set((file.personTitles ?? []).compactMap { $0.split(separator: " ").last.map { WordScanner.fold(String($0)) } })
    titleModifiers = Set((file.personTitles ?? []).flatMap { title in
      title.split(separator: " ").dropLast().map { WordScanner.fold(String($0)) }
    })
    notNames = Set((file.notNames ?? []).map { WordScanner.fold($0) })
    commonNouns = Set((file.commonNouns ?? []).map { WordScanner.fold($0) })
    namePrefixes = Set((file.namePrefixes ?? []).map { WordScanner.fold($0) })
  }

  mutating func addReferencePhrase(_ before: [String], last: String, kind: String) {
    var entries = referencePhrases[last] ?? []
    if let k = entries.firstIndex(where: { $0.words == before }) {
      entries[k].classes = (entries[k].classes + [kind]).sorted()
    } else {
      entries.append((before, [kind]))
    }
    referencePhrases[last] = entries.sorted { $0.words.count > $1.words.count }
  }

  /// The folded, space-joined words of a name, as the tagger builds keys from text.
  func key(_ text: String) -> String {
    WordScanner.words(in: text).map { spellingVariants[$0.key] ?? $0.key }.joined(separator: " ")
  }
}
