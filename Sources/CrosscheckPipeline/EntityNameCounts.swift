import CrosscheckCore
import CrosscheckReports
import CrosscheckTagging

/// How often each spelling of a name occurs across a run's documents, counted as they are read,
/// so that names can be unified at the end without keeping the documents: the same replacements
/// as ``CorpusEntityResolver/personCanonicals(_:)`` and ``CorpusEntityResolver/nameCanonicals(_:)``.
struct EntityNameCounts {
  private var persons: [String: Int] = [:]
  private var names: [String: Int] = [:]

  /// Counts one document's entities.
  mutating func add(_ entities: [EntityMention]) {
    for e in entities {
      switch e.type {
      case .person: persons[e.canonical, default: 0] += 1
      case .date: break
      default: names[e.canonical, default: 0] += 1
      }
    }
  }

  /// Name replacements for persons and for other names (not dates).
  func canonicals() -> NameCanonicals {
    NameCanonicals(
      persons: EntityNameCounts.replacements(persons, key: CorpusEntityResolver.key),
      names: EntityNameCounts.replacements(names, key: CorpusEntityResolver.nameKey))
  }

  /// Spellings with one key take the most frequent (ties: alphabetical first).
  static func replacements(_ counts: [String: Int], key: (String) -> String) -> [String: String] {
    var groups: [String: [String: Int]] = [:]
    for (name, n) in counts { groups[key(name), default: [:]][name] = n }
    var map: [String: String] = [:]
    for (_, spellings) in groups where spellings.count > 1 {
      guard let best = spellings.max(by: { l, r in l.value != r.value ? l.value < r.value : l.key > r.key })?.key
      else { continue }
      for name in spellings.keys where name != best { map[name] = best }
    }
    return map
  }
}

/// The canonical name replacements of a run, as ``CorpusEntityResolver/unify(_:)`` applies them.
struct NameCanonicals: Sendable {
  var persons: [String: String]
  var names: [String: String]

  /// The claim with its subject and members renamed.
  func apply(to c: Claim) -> Claim {
    var c = c
    if c.subject.type == .person, let to = persons[c.subject.name] { c.subject.name = to }
    if c.subject.type != .person, let to = names[c.subject.name] { c.subject.name = to }
    c.members = c.members?.map { names[$0] ?? $0 }
    return c
  }

  /// The new canonical name of an entity, if it changes.
  func rename(_ e: DocumentRecord.EntityRecord) -> String? {
    switch e.type {
    case .person: persons[e.canonical]
    case .date: nil
    default: names[e.canonical]
    }
  }
}
