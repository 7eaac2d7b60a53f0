import CrosscheckCore
import Foundation
import Testing

@testable import CrosscheckText

/// Shared helpers for the text tests: the real abbreviation lexicon and paragraph layout.
enum TextFixtures {
  /// `Pipelines/lexicons/abbreviations.txt`, found from this file's real path (the test folder
  /// may be reached through a symbolic link).
  static let lexiconPath = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Pipelines/lexicons/abbreviations.txt").path

  /// The text of the real lexicon, or `nil` (with a recorded issue) when it cannot be read.
  static let lexiconText: String? = try? String(contentsOfFile: lexiconPath, encoding: .utf8)

  /// The real abbreviation list; empty when the file is missing, which the lexicon tests report.
  static let abbreviations = AbbreviationList(parsing: lexiconText ?? "")

  static let splitter = SentenceSplitter(abbreviations: abbreviations)

  /// Paragraph ranges of a fixture written the way the normalizer writes text: paragraphs
  /// joined by a blank line ("\n\n").
  static func paragraphs(of text: String) -> [TextRange] {
    var ranges: [TextRange] = []
    var start = 0
    let bytes = Array(text.utf8)
    var i = 0
    while i + 1 < bytes.count {
      if bytes[i] == 0x0A && bytes[i + 1] == 0x0A {
        ranges.append(TextRange(start, i))
        i += 2
        start = i
      } else {
        i += 1
      }
    }
    ranges.append(TextRange(start, bytes.count))
    return ranges
  }

  static func strings(_ ranges: [TextRange], in text: String) -> [String] {
    ranges.map { String(text.slice($0)) }
  }

  /// Whether a byte is ASCII whitespace (the fixtures use no other kind between sentences).
  static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
}
