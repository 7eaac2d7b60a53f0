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

  /// The documents with person names and other spellings unified, in entities, claim subjects
  /// and members.
  public static func unify(_ documents: [Document]) -> [Document] {
    let map = personCanonicals(documents)
    let names = nameCanonicals(documents)
    guard !map.isEmpty || !names.isEmpty else { return documents }
    return documents.map { d in
      var d = d
      let entities = d.entities.map { e -> EntityMention in
        var e = e
        if e.type == .person, let to = map[e.canonical] { e.canonical = to }
        if e.type != .person, e.type != .date, let to = names[e.canonical] { e.canonical = to }
        return e
      }
      let claims = d.claims.map { c -> Claim in
        var c = c
        if c.subject.type == .person, let to = map[c.subject.name] { c.subject.name = to }
        if c.subject.type != .person, let to = names[c.subject.name] { c.subject.name = to }
        c.members = c.members?.map { names[$0] ?? $0 }
        return c
      }
      d.record(Annotations(entities: entities, claims: claims))
      return d
    }
  }
}
