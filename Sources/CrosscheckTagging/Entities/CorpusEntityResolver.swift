import Foundation
import CrosscheckCore
/// Makes one canonical name of the spellings of a person across documents ("Aleksandr
/// Lukashenko" and "Alexander Lukashenko"), by a transliteration-blind key of each word, and of
/// the spellings of other names ("Shanghai Cooperation Organisation" / "Organization", "São Paulo"
/// / "Sao Paulo") by a case-, diacritic- and "-isation"-blind key.
///
/// The key folds case and diacritics, reads "ks" as "x", "ph" as "f" and "y" as "i", keeps the
/// first letter and drops later vowels, and collapses doubled letters. Spellings with the same key
/// take the most frequent spelling (ties: alphabetical first) as their canonical name.
public enum CorpusEntityResolver {
  /// The transliteration-blind key of a name.
  public static func key(_ name: String) -> String {
    WordScanner.fold(name).split(separator: " ").map { word -> String in
      var w = String(word)
      for (from, to) in [("ks", "x"), ("ph", "f"), ("y", "i"), ("w", "v"), ("j", "i")] {
        w = w.replacingOccurrences(of: from, with: to)
      }
      var out: [Character] = []
      for (i, c) in w.enumerated() {
        if i > 0, "aeiou".contains(c) { continue }
        if let last = out.last, last == c { continue }
        out.append(c)
      }
      return String(out)
    }.joined(separator: " ")
  }

  /// The spelling-blind key of a name that is not a person's: case, diacritics, dots and
  /// "-isation" folded, word by word ("São Paulo Metro" = "Sao Paulo Metro"), and a body's legal
  /// ending left out when two words remain ("Corvaline Airways Group plc" = "Corvaline Airways
  /// Group").
  public static func nameKey(_ name: String, type: EntityType = .organization) -> String {
    var words = name.split(separator: " ").map { WordScanner.fold(String($0)) }
    // Only a body's name, and only with two words left: "Orla Ltd" stays apart from the town.
    if type == .organization || type == .other, words.count >= 3, let last = words.last,
      legalEndings.contains(last)
    {
      words.removeLast()
    }
    return words.joined(separator: " ")
  }

  /// Folded legal endings of companies' names ("plc", "Ltd", "AG", "Co.", "Corp.").
  public static let legalEndings: Set<String> = [
    "plc", "ltd", "limited", "inc", "llc", "ag", "as", "a/s", "sa", "se", "gmbh", "nv", "bv", "ab",
    "asa", "oy", "spa", "co", "corp",
  ]

  /// One-word names of organizations or unknown kind that stand for the only longer name of the
  /// corpus they begin ("Corvanta" in one article, "Corvanta Satellite Services" in another).
  /// See ``FirstWordNameIndex``.
  public static func firstWordNames(_ documents: [Document]) -> [String: String] {
    var index = FirstWordNameIndex()
    for d in documents { index.add(d.entities) }
    return index.links()
  }

  /// Collects, one document at a time (so a streaming run can keep it instead of the documents),
  /// what ``links()`` needs: one-word names, longer names by first word, and one-word names a
  /// document shows to be another entity.
  public struct FirstWordNameIndex: Sendable {
    var short: Set<String> = []
    var longByFirst: [String: Set<String>] = [:]
    var apart: Set<String> = []

    public init() {}

    /// Adds one document's entities.
    public mutating func add(_ entities: [EntityMention]) {
      let kinds: Set<EntityType> = [.organization, .other]
      var names: Set<String> = []
      for e in entities where e.type != .person && e.type != .date {
        names.insert(e.canonical)
        // A name read as a place or country anywhere is not a company's short name.
        guard kinds.contains(e.type), e.basis != .demonym else {
          apart.insert(e.canonical)
          continue
        }
        let parts = e.canonical.split(separator: " ")
        if parts.count == 1, !CorpusEntityResolver.isAcronym(e.canonical) {
          short.insert(e.canonical)
        } else if parts.count > 1, e.type == .organization, let first = parts.first {
          // Only a known organization's name: "Western" is not short for "Western Christian".
          longByFirst[String(first), default: []].insert(e.canonical)
        }
      }
      // A document naming both ("Lakeport" the city, "Lakeport Transit Authority") keeps them apart.
      for name in names where !name.contains(" ") {
        if names.contains(where: { $0.hasPrefix(name + " ") }) { apart.insert(name) }
      }
    }

    /// One-word name → the only longer name that begins with it, for names no document keeps apart.
    public func links() -> [String: String] {
      var map: [String: String] = [:]
      for name in short where !apart.contains(name) {
        if let longs = longByFirst[name], longs.count == 1, let long = longs.first { map[name] = long }
      }
      return map
    }
  }

  /// Whether a name is an acronym: two to `longest` capital letters ("MEU", "UNMET").
  static func isAcronym(_ name: String, longest: Int = 10) -> Bool {
    (2...longest).contains(name.utf8.count) && name.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
  }

  /// Whether the initials of a long name's words spell an acronym; lowercase function words may
  /// be skipped ("United Nations Mission in Eastern Talvia" = "UNMET").
  public static func initialsSpell(_ long: String, _ acronym: String) -> Bool {
    let words = long.split(separator: " ")
    let letters = Array(acronym.utf8)
    guard words.count >= 2 else { return false }
    func match(_ a: Int, _ w: Int) -> Bool {
      if w == words.count { return a == letters.count }
      let word = words[w]
      let first = word.utf8.first ?? 0
      let lowercase = first >= 0x61 && first <= 0x7A
      if lowercase, ["of", "the", "and", "for", "in", "on", "at", "de", "la", "du", "des", "to"].contains(word) {
        if match(a, w + 1) { return true }
      }
      guard a < letters.count, first == letters[a] else { return false }
      return match(a + 1, w + 1)
    }
    return match(0, 0)
  }

  /// The documents with person names and other spellings unified, in entities, claim subjects
  /// and members; a bare acronym takes the long name it stands for in its document or, when
  /// another document defines it ("Long Name (LN)"), that long name; a one-word name takes the
  /// only longer name of the corpus it begins (``FirstWordNameIndex``).
  public static func unify(_ documents: [Document]) -> [Document] {
    var collector = NameCollector()
    let names = documents.map { d -> DocumentNames in
      let n = DocumentNames(d)
      collector.add(n)
      return n
    }
    let unification = collector.finish()
    return documents.enumerated().map { index, d in
      var d = d
      let entities = d.entities.map { unification.renamed($0, in: names[index]) }
      let claims = d.claims.map { unification.renamed($0, in: names[index]) }
      d.record(Annotations(entities: entities, claims: claims))
      return d
    }
  }

  /// Canonical spellings: spellings with one key take the most frequent (ties: alphabetical first).
  static func replacements(_ counts: [String: [String: Int]]) -> [String: String] {
    var map: [String: String] = [:]
    for (_, spellings) in counts where spellings.count > 1 {
      guard let best = spellings.max(by: { l, r in l.value != r.value ? l.value < r.value : l.key > r.key })?.key
      else { continue }
      for name in spellings.keys where name != best { map[name] = best }
    }
    return map
  }

  /// What one document contributes to unifying names across the corpus, computed from the
  /// document alone (so a streaming run can compute it where the document is annotated and keep
  /// only ``acronyms`` afterwards).
  public struct DocumentNames: Sendable {
    /// The document's bare acronyms: the long name of the document whose initials spell each one,
    /// or `nil` when no name of the document spells it (another document's definition may).
    public let acronyms: [String: String?]
    /// The names and persons of the document, in order, with their types.
    let entities: [EntityMention]
    /// Acronym and long name pairs the document defines ("Long Name (LN)").
    let definitions: [(acronym: String, long: String)]

    public init(_ d: Document) {
      let named = d.entities.filter { $0.type != .date }
      entities = named
      var defined: [(acronym: String, long: String)] = []
      for e in named where e.basis == .definedAlias && e.type != .person {
        let written = String(d.text.slice(e.range)).filter { $0 != "." }
        if CorpusEntityResolver.isAcronym(written), written != e.canonical,
          !CorpusEntityResolver.isAcronym(e.canonical)
        {
          defined.append((written, e.canonical))
        }
      }
      definitions = defined
      let names = Set(
        named.filter { $0.type != .person && !CorpusEntityResolver.isAcronym($0.canonical) }.map(\.canonical))
      var acronyms: [String: String?] = [:]
      for e in named where e.type != .person && CorpusEntityResolver.isAcronym(e.canonical) {
        guard acronyms[e.canonical] == nil else { continue }
        let spelled = names.filter { CorpusEntityResolver.initialsSpell($0, e.canonical) }
        if spelled.count == 1, let long = spelled.first {
          acronyms[e.canonical] = .some(long)
        } else if spelled.isEmpty {
          acronyms[e.canonical] = .some(nil)
        }
      }
      self.acronyms = acronyms
    }

    /// Only what renaming needs after the corpus is read.
    public var forRenaming: DocumentNames { DocumentNames(acronyms: acronyms) }

    /// What a document without acronyms contributes to its renaming.
    public static let none = DocumentNames(acronyms: [:])

    /// What a document contributes to its renaming, from its bare acronyms alone (as
    /// ``forRenaming`` keeps them).
    public init(acronyms: [String: String?]) {
      self.acronyms = acronyms
      entities = []
      definitions = []
    }
  }

  /// Gathers ``DocumentNames`` one document at a time; ``finish()`` gives the corpus's renaming.
  public struct NameCollector: Sendable {
    var persons: [String: [String: Int]] = [:]
    var names: [String: [String: Int]] = [:]
    var definitions: [String: Set<String>] = [:]
    var firstWords = FirstWordNameIndex()

    public init() {}

    /// Counts one document's names.
    public mutating func add(_ d: DocumentNames) {
      for e in d.entities {
        if e.type == .person {
          persons[CorpusEntityResolver.key(e.canonical), default: [:]][e.canonical, default: 0] += 1
        } else {
          names[CorpusEntityResolver.nameKey(e.canonical, type: e.type), default: [:]][e.canonical, default: 0] += 1
        }
      }
      for (acronym, long) in d.definitions { definitions[acronym, default: []].insert(long) }
      firstWords.add(d.entities)
    }

    /// The renaming for the whole corpus.
    public func finish() -> NameUnification {
      var names = CorpusEntityResolver.replacements(self.names)
      for (from, to) in firstWords.links() where names[from] == nil { names[from] = names[to] ?? to }
      return NameUnification(
        persons: CorpusEntityResolver.replacements(persons), names: names,
        definitions: definitions.compactMapValues { $0.count == 1 ? $0.first : nil })
    }
  }

  /// The renaming of a corpus: person spellings, other spellings, one-word names and acronyms.
  public struct NameUnification: Sendable {
    let persons: [String: String]
    let names: [String: String]
    let definitions: [String: String]

    /// The canonical name of `canonical`, of type `type`, in the document `d`.
    public func name(_ canonical: String, type: EntityType, in d: DocumentNames) -> String {
      if type == .person { return persons[canonical] ?? canonical }
      var long = canonical
      if let found = d.acronyms[canonical] {
        long = found ?? definitions[canonical] ?? canonical
      }
      return names[long] ?? long
    }

    /// The mention with its canonical name unified (dates are left alone).
    public func renamed(_ e: EntityMention, in d: DocumentNames) -> EntityMention {
      guard e.type != .date else { return e }
      var e = e
      e.canonical = name(e.canonical, type: e.type, in: d)
      return e
    }

    /// The claim with its subject and members unified.
    public func renamed(_ c: Claim, in d: DocumentNames) -> Claim {
      var c = c
      c.subject.name = name(c.subject.name, type: c.subject.type == .person ? .person : .other, in: d)
      c.members = c.members?.map { name($0, type: .other, in: d) }
      return c
    }
  }
}
