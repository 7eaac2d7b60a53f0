import Foundation

/// Function words of several languages (articles, pronouns, prepositions, auxiliaries), read
/// from a data file such as `Pipelines/lexicons/stopwords.txt`.
///
/// Running prose is about a third function words in the languages listed there; a date, a
/// name, a label or a product line has few or none. ``BlockClassifier`` uses the share to tell
/// them apart. The file has sections headed `[xx]` (a language code) with words separated by
/// spaces; lines starting with `#` are comments. Words are matched after lowercasing ASCII
/// letters, so list them lowercase. No words (the default) turns ``BlockClassifier`` off.
public struct StopWords: Sendable, Hashable {
  /// The languages named by section headers, in file order.
  public let languages: [String]
  private let words: Set<Key>
  /// How many words the set holds.
  public var count: Int { words.count }

  /// Up to 16 bytes packed into two integers, so that looking a word up allocates nothing.
  private struct Key: Hashable {
    var low: UInt64 = 0
    var high: UInt64 = 0

    init?(_ bytes: some Collection<UInt8>) {
      guard bytes.count <= 16 else { return nil }
      for (i, b) in bytes.enumerated() {
        let lowered = UInt64(BoilerplatePhrases.lowerASCII(b))
        if i < 8 { low |= lowered << (8 * UInt64(i)) } else { high |= lowered << (8 * UInt64(i - 8)) }
      }
    }
  }

  /// No words.
  public init() {
    languages = []
    words = []
  }

  /// Reads the data file format (see the type's description).
  public init(parsing text: String) {
    var languages: [String] = []
    var words: Set<Key> = []
    for line in text.split(whereSeparator: \.isNewline) {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
      if trimmed.hasPrefix("[") && trimmed.hasSuffix("]") {
        let name = String(trimmed.dropFirst().dropLast())
        if !name.isEmpty && !languages.contains(name) { languages.append(name) }
        continue
      }
      for word in trimmed.split(separator: " ") {
        if let key = Key(word.utf8) { words.insert(key) }
      }
    }
    self.languages = languages
    self.words = words
  }

  /// Whether the list is empty (the measure is off).
  public var isEmpty: Bool { words.isEmpty }

  /// Whether `word` (bytes of one word, without surrounding punctuation) is a function word.
  public func contains(_ word: some Collection<UInt8>) -> Bool {
    guard let key = Key(word) else { return false }
    return words.contains(key)
  }
}
