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

  /// Canonical name replacements for person entities across the documents.
  public static func personCanonicals(_ documents: [Document]) -> [String: String] {
    var counts: [String: [String: Int]] = [:]
    for d in documents {
      for e in d.entities where e.type == .person {
        counts[key(e.canonical), default: [:]][e.canonical, default: 0] += 1
      }
    }
    var map: [String: String] = [:]
    for (_, spellings) in counts where spellings.count > 1 {
      let best = spellings.max { l, r in l.value != r.value ? l.value < r.value : l.key > r.key }!.key
      for name in spellings.keys where name != best { map[name] = best }
    }
    return map
  }

  /// The spelling-blind key of a name that is not a person's: case, diacritics, dots and
  /// "-isation" folded, word by word ("São Paulo Metro" = "Sao Paulo Metro").
  public static func nameKey(_ name: String) -> String {
    name.split(separator: " ").map { WordScanner.fold(String($0)) }.joined(separator: " ")
  }

  /// Canonical name replacements for organizations, places and other names across documents:
  /// spellings with one ``nameKey(_:)`` take the most frequent (ties: alphabetical first).
  public static func nameCanonicals(_ documents: [Document]) -> [String: String] {
    var counts: [String: [String: Int]] = [:]
    for d in documents {
      for e in d.entities where e.type != .person && e.type != .date {
        counts[nameKey(e.canonical), default: [:]][e.canonical, default: 0] += 1
      }
    }
    var map: [String: String] = [:]
    for (_, spellings) in counts where spellings.count > 1 {
      guard let best = spellings.max(by: { l, r in l.value != r.value ? l.value < r.value : l.key > r.key })?.key
      else { continue }
      for name in spellings.keys where name != best { map[name] = best }
    }
    return map
  }

  /// One-word names of organizations or unknown kind that stand for the only longer name of the
  /// corpus they begin ("Corvanta" in one article, "Corvanta Satellite Services" in another).
  /// See ``FirstWordNameIndex``; not yet applied by ``unify(_:)``, since a streaming run must
  /// apply the same replacements.
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
        } else if parts.count > 1, let first = parts.first {
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

  /// Whether a name is an acronym: two to ten capital letters ("MEU", "UNMET").
  static func isAcronym(_ name: String) -> Bool {
    (2...10).contains(name.utf8.count) && name.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
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

  /// Long names that "Long Name (LN)" or "LN (Long Name)" defines somewhere in the corpus, by
  /// acronym: only acronyms with one long name.
  public static func acronymDefinitions(_ documents: [Document]) -> [String: String] {
    var found: [String: Set<String>] = [:]
    for d in documents {
      for e in d.entities where e.basis == .definedAlias && e.type != .person && e.type != .date {
        let written = String(d.text.slice(e.range)).filter { $0 != "." }
        if isAcronym(written), written != e.canonical, !isAcronym(e.canonical) {
          found[written, default: []].insert(e.canonical)
        }
      }
    }
    return found.compactMapValues { $0.count == 1 ? $0.first : nil }
  }

  /// The long name a bare acronym of one document stands for: a name of that document whose
  /// initials spell it, else the long name another document defined for it.
  static func acronymExpansions(_ d: Document, _ definitions: [String: String]) -> [String: String] {
    var out: [String: String] = [:]
    let names = Set(d.entities.filter { $0.type != .person && $0.type != .date && !isAcronym($0.canonical) }.map(\.canonical))
    for e in d.entities where isAcronym(e.canonical) && e.type != .person && e.type != .date && out[e.canonical] == nil {
      let spelled = names.filter { initialsSpell($0, e.canonical) }
      if spelled.count == 1, let long = spelled.first {
        out[e.canonical] = long
      } else if spelled.isEmpty, let long = definitions[e.canonical] {
        out[e.canonical] = long
      }
    }
    return out
  }

  /// The documents with person names and other spellings unified, in entities, claim subjects
  /// and members; a bare acronym takes the long name it stands for in its document or, when
  /// another document defines it ("Long Name (LN)"), that long name.
  public static func unify(_ documents: [Document]) -> [Document] {
    let map = personCanonicals(documents)
    let names = nameCanonicals(documents)
    let definitions = acronymDefinitions(documents)
    let expansions = documents.map { acronymExpansions($0, definitions) }
    guard !map.isEmpty || !names.isEmpty || expansions.contains(where: { !$0.isEmpty }) else { return documents }
    return documents.enumerated().map { index, d in
      var d = d
      let acronyms = expansions[index]
      func name(_ canonical: String) -> String {
        let long = acronyms[canonical] ?? canonical
        return names[long] ?? long
      }
      let entities = d.entities.map { e -> EntityMention in
        var e = e
        if e.type == .person, let to = map[e.canonical] { e.canonical = to }
        if e.type != .person, e.type != .date { e.canonical = name(e.canonical) }
        return e
      }
      let claims = d.claims.map { c -> Claim in
        var c = c
        if c.subject.type == .person, let to = map[c.subject.name] { c.subject.name = to }
        if c.subject.type != .person { c.subject.name = name(c.subject.name) }
        c.members = c.members?.map(name)
        return c
      }
      d.record(Annotations(entities: entities, claims: claims))
      return d
    }
  }
}
