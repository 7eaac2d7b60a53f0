/// Abbreviations that end in a period, read from a lexicon file, with how each behaves before
/// the next word.
///
/// The file has one abbreviation per line with its final period (`Dec.`, `U.S.`, `e.g.`). `#`
/// starts a comment. A line `[section]` says how the abbreviations below it behave:
///
/// - `[before-name]`: titles and linking words that precede a name or phrase and never end a
///   sentence (`Gen.`, `Dr.`, `St.`, `e.g.`, `vs.`).
/// - `[before-number]`: words that precede a number (`No.`, `Fig.`, `pp.`); before anything but a
///   digit their period ends the sentence as usual.
/// - `[general]` (the default before any section): may end a sentence, but only when the next
///   word is a typical sentence opener such as "The" or "But" (`Dec.`, `U.S.`, `Inc.`).
/// - `[sentence-end]`: often end a sentence, so the period ends it before any capitalized word
///   (`etc.`, `a.m.`).
/// - `[web-suffixes]`: domain and file-name suffixes written without a period (`com`, `org`,
///   `pdf`); a missing space before them is never a sentence break ("example.Com").
///
/// Lookups are case-sensitive, except that a capitalized word also finds a lowercase entry, so
/// "Etc." at the start of a sentence behaves like "etc.".
public struct AbbreviationList: Sendable {
  /// How an abbreviation behaves before the next word.
  public enum Behavior: String, Sendable, CaseIterable {
    /// Precedes a name or phrase; never ends a sentence.
    case beforeName = "before-name"
    /// Precedes a number; ends a sentence like any word when no digit follows.
    case beforeNumber = "before-number"
    /// Ends a sentence only before a typical sentence opener.
    case general
    /// Ends a sentence before any capitalized word.
    case sentenceEnd = "sentence-end"
  }

  var entries = ByteTable<Behavior>()
  var webSuffixes = ByteTable<Bool>()

  /// Lines that could not be read or repeat an entry, as `line N: reason`; the rest of the list
  /// is still used, and a repeated entry takes its last section.
  public private(set) var problems: [String] = []

  /// Reads a list in the lexicon format described on ``AbbreviationList``.
  public init(parsing text: String) {
    var section: Behavior? = .general
    var inWebSuffixes = false
    var lineNumber = 0
    for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      lineNumber += 1
      var line = rawLine
      if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
      let word = line.trimmingWhitespace()
      guard !word.isEmpty else { continue }
      if word.first == "[" && word.last == "]" {
        let name = word.dropFirst().dropLast().lowercased()
        if name == "web-suffixes" {
          inWebSuffixes = true
          section = nil
        } else if let behavior = Behavior(rawValue: name) {
          inWebSuffixes = false
          section = behavior
        } else {
          problems.append("line \(lineNumber): unknown section '\(word)'")
          inWebSuffixes = false
          section = nil
        }
        continue
      }
      guard !word.contains(where: \.isWhitespace) else {
        problems.append("line \(lineNumber): '\(word)' holds a space; one entry per line")
        continue
      }
      if inWebSuffixes {
        webSuffixes[Array(word.lowercased().utf8)] = true
      } else if let section {
        guard word.count > 1, word.last == "." else {
          problems.append("line \(lineNumber): '\(word)' does not end in a period")
          continue
        }
        let key = Array(word.utf8)
        if let earlier = entries[key] {
          problems.append(
            "line \(lineNumber): '\(word)' is listed again (first as \(earlier.rawValue))")
        }
        entries[key] = section
      }
    }
  }

  /// How many abbreviations the list holds (web suffixes not counted).
  public var count: Int { entries.count }

  /// How an abbreviation, written with its final period, behaves; `nil` when it is not listed.
  public func behavior(of abbreviation: String) -> Behavior? {
    var word = abbreviation
    return word.withUTF8 { entries.value(in: $0, 0, $0.count, foldFirst: true) }
  }

  /// Whether a word is a listed domain or file-name suffix, in any case.
  public func isWebSuffix(_ word: String) -> Bool {
    webSuffixes[Array(word.lowercased().utf8)] != nil
  }
}

extension Substring {
  fileprivate func trimmingWhitespace() -> Substring {
    var s = self
    while let first = s.first, first.isWhitespace { s = s.dropFirst() }
    while let last = s.last, last.isWhitespace { s = s.dropLast() }
    return s
  }
}
