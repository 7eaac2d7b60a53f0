import CrosscheckCore
import Foundation

/// Settings for reading input files into documents.
public struct IngestOptions: Sendable {
  /// Files larger than this many bytes are refused
  /// (``IngestError/Reason/tooLarge(bytes:limit:)``).
  public var maxBytes: Int = 50_000_000
  /// Phrases that mark trailing boilerplate paragraphs.
  public var boilerplate: BoilerplatePhrases
  /// Function words that tell prose from labels and datelines (see ``StopWords`` and
  /// `Pipelines/lexicons/stopwords.txt`). Empty (the default), the dateline, byline and label
  /// lines between the headline and the first paragraph are kept.
  public var stopWords: StopWords
  /// Month names and "published" / "updated" labels used to read datelines (see ``DateWords``
  /// and `Pipelines/lexicons/dates.txt`).
  public var dateWords: DateWords

  public init(
    maxBytes: Int = 50_000_000, boilerplate: BoilerplatePhrases = BoilerplatePhrases(),
    stopWords: StopWords = StopWords(), dateWords: DateWords = .standard
  ) {
    self.maxBytes = maxBytes
    self.boilerplate = boilerplate
    self.stopWords = stopWords
    self.dateWords = dateWords
  }
}

/// Phrases that start boilerplate paragraphs ("Leave a Reply", "Copyright", "©"), read from a
/// data file such as `Pipelines/lexicons/boilerplate.txt`.
///
/// The file has one phrase per line; blank lines and lines starting with `#` are ignored.
/// A phrase written after `> ` closes an article ("> Copyright"): found in one of the last few
/// paragraphs with little text after it, it ends the body there (see ``TrailingBoilerplate``).
/// A phrase written after `* ` marks a short line anywhere in the body ("* Foto:", "* Mehr zum
/// Thema"): a paragraph of at most ``lineWords`` words that starts with it is dropped wherever
/// it stands (a picture credit, the label of a link box); it is not a trailing phrase. One
/// ending in `:` also marks a caption when it follows a sentence, a comma or a bracket in a
/// short line ("The quay at dawn. Photo: J. Roe").
/// Phrases are normalized like article text and matched case-insensitively (ASCII letters) at
/// the start of a paragraph, ending at a word boundary.
///
/// Two more kinds of cue find a site's calls to its readers anywhere in a paragraph ("Follow us
/// on Instagram", "Sign up for our newsletter", "Download our app for iOS"): a word or phrase
/// written after `! ` asks the reader to do something (follow, subscribe, download, support),
/// one written after `~ ` names what the site offers (a newsletter, an app, a channel on a
/// social network). A paragraph of at most ``promptWords`` words holding a cue of each kind,
/// at word boundaries and ignoring case, is dropped wherever it stands (see ``isPrompt(_:)``).
/// One kind alone is not enough: an article may report on an app or ask what to follow.
///
/// A phrase written after `% ` is a disclaimer's formula ("do not necessarily reflect",
/// "affiliate links", "n'engagent que"): a paragraph of at most ``disclaimerWords`` words
/// holding one, at word boundaries and ignoring case, is dropped wherever it stands (see
/// ``isDisclaimer(_:)``). The formulas are the fixed wording of notices about the site's
/// responsibility and income, which an article's own sentences seldom use.
///
/// A template written after `= ` is the count line of a listing ("= #-# of #", "= # bis # von
/// insgesamt #"), `#` standing for a number: a paragraph of at most ``countWords`` words holding
/// it, at word boundaries, ignoring case, with numbers that do not decrease ("Showing 1-10 of
/// 19 results", "Mostrando 1 a 10 de 19"), is dropped wherever it stands (see
/// ``isListingCount(_:)``). A range that ends beyond the total ("pages 12-30 of 20") is no
/// count.
public struct BoilerplatePhrases: Sendable, Hashable {
  /// The phrases, normalized and lowercased (closing phrases included, without their `>`).
  public let phrases: [String]
  /// The phrases marked with `>`, which close an article.
  public let closingPhrases: [String]
  /// The phrases marked with `*`, which mark short boilerplate lines anywhere in the body.
  public let linePhrases: [String]
  /// The most words a line marked by a ``linePhrases`` phrase may have.
  public static let lineWords = 12
  /// The cues marked with `!`: what a site asks its readers to do.
  public let callCues: [String]
  /// The cues marked with `~`: what a site offers its readers.
  public let offerCues: [String]
  /// The most words of a paragraph that ``isPrompt(_:)`` drops.
  public static let promptWords = 45
  /// The phrases marked with `%`: the formulas of disclaimers.
  public let disclaimerCues: [String]
  /// The most words of a paragraph that ``isDisclaimer(_:)`` drops.
  public static let disclaimerWords = 60
  /// The templates marked with `=`: the count lines of a listing, `#` for a number.
  public let countTemplates: [String]
  /// The most words of a paragraph that ``isListingCount(_:)`` drops.
  public static let countWords = 15
  private let starters: CueIndex
  private let closers: CueIndex
  private let lineStarters: CueIndex
  /// The line phrases that end in `:`, after ". ", ", " or "(": the cues of a caption.
  private let captionCues: CueIndex
  private let callIndex: CueIndex
  private let offerIndex: CueIndex
  private let disclaimerIndex: CueIndex
  private let countByteForms: [[UInt8]]

  /// No phrases: nothing is boilerplate.
  public init() {
    phrases = []
    closingPhrases = []
    linePhrases = []
    callCues = []
    offerCues = []
    disclaimerCues = []
    countTemplates = []
    countByteForms = []
    starters = CueIndex([])
    closers = CueIndex([])
    lineStarters = CueIndex([])
    captionCues = CueIndex([])
    callIndex = CueIndex([])
    offerIndex = CueIndex([])
    disclaimerIndex = CueIndex([])
  }

  /// Reads the data file format: one phrase per line, `#` starts a comment line, `>` marks a
  /// closing phrase, `*` a line phrase, `!` and `~` the cues of a call to the readers, `%` a
  /// disclaimer's formula, `=` a listing's count line.
  public init(parsing text: String) {
    var seen: Set<String> = []
    var list: [String] = []
    var closing: [String] = []
    var lines: [String] = []
    var calls: [String] = []
    var offers: [String] = []
    var disclaimers: [String] = []
    var counts: [String] = []
    for line in text.split(whereSeparator: \.isNewline) {
      var trimmed = line.trimmingCharacters(in: .whitespaces)
      guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
      let closes = trimmed.hasPrefix(">")
      let marksLine = trimmed.hasPrefix("*")
      let call = trimmed.hasPrefix("!")
      let offer = trimmed.hasPrefix("~")
      let disclaims = trimmed.hasPrefix("%")
      let counting = trimmed.hasPrefix("=")
      if closes || marksLine || call || offer || disclaims || counting {
        trimmed = String(trimmed.dropFirst()).trimmingCharacters(in: .whitespaces)
      }
      let normalized = TextNormalizer().normalize(paragraphs: [String(trimmed)]).text
      let lowered = String(decoding: Self.lowered(Array(normalized.utf8)), as: UTF8.self)
      guard !lowered.isEmpty else { continue }
      if call || offer {
        if call && !calls.contains(lowered) { calls.append(lowered) }
        if offer && !offers.contains(lowered) { offers.append(lowered) }
        continue
      }
      if marksLine {
        if !lines.contains(lowered) { lines.append(lowered) }
        continue
      }
      if disclaims {
        if !disclaimers.contains(lowered) { disclaimers.append(lowered) }
        continue
      }
      if counting {
        if lowered.utf8.contains(Self.numberMark) && !counts.contains(lowered) {
          counts.append(lowered)
        }
        continue
      }
      if seen.insert(lowered).inserted { list.append(lowered) }
      if closes && !closing.contains(lowered) { closing.append(lowered) }
    }
    phrases = list
    closingPhrases = closing
    linePhrases = lines
    callCues = calls
    offerCues = offers
    disclaimerCues = disclaimers
    disclaimerIndex = CueIndex(disclaimers.map { Array($0.utf8) })
    countTemplates = counts
    countByteForms = counts.map { Array($0.utf8) }
    callIndex = CueIndex(calls.map { Array($0.utf8) })
    offerIndex = CueIndex(offers.map { Array($0.utf8) })
    starters = CueIndex(list.map { Array($0.utf8) })
    closers = CueIndex(closing.map { Array($0.utf8) })
    lineStarters = CueIndex(lines.map { Array($0.utf8) })
    captionCues = CueIndex(
      lines.filter { $0.hasSuffix(":") }.flatMap { phrase in
        [". ", ", ", "("].map { Array($0.utf8) + Array(phrase.utf8) }
      })
  }

  static func lowerASCII(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b | 0x20 : b }

  /// The bytes with ASCII and Latin-1 capitals (`À` to `Þ`, not `×`) in lower case.
  static func lowered(_ bytes: [UInt8]) -> [UInt8] {
    var out = bytes
    for i in out.indices {
      let b = out[i]
      if b >= 65 && b <= 90 {
        out[i] = b | 0x20
      } else if b >= 0x80 && b <= 0x9E && b != 0x97 && i > 0 && bytes[i - 1] == 0xC3 {
        out[i] = b + 0x20
      }
    }
    return out
  }

  /// Whether a normalized paragraph is a call to the site's readers: at most ``promptWords``
  /// words, holding a call cue and an offer cue.
  public func isPrompt(_ paragraph: [UInt8]) -> Bool {
    guard !callIndex.isEmpty, !offerIndex.isEmpty, !paragraph.isEmpty,
      Self.hasAtMostWords(paragraph, Self.promptWords)
    else { return false }
    let text = Self.lowered(paragraph)
    return callIndex.occurs(in: text) && offerIndex.occurs(in: text)
  }

  /// Whether a normalized paragraph is a disclaimer: at most ``disclaimerWords`` words, holding
  /// a disclaimer's formula.
  public func isDisclaimer(_ paragraph: [UInt8]) -> Bool {
    guard !disclaimerIndex.isEmpty, !paragraph.isEmpty,
      Self.hasAtMostWords(paragraph, Self.disclaimerWords)
    else { return false }
    return disclaimerIndex.occurs(in: Self.lowered(paragraph))
  }

  /// Whether a normalized paragraph (single spaces between words) has at most `limit` words.
  private static func hasAtMostWords(_ paragraph: [UInt8], _ limit: Int) -> Bool {
    var words = 1
    for b in paragraph where b == 32 {
      words += 1
      if words > limit { return false }
    }
    return true
  }

  /// The mark of a number in a count template.
  private static let numberMark = UInt8(ascii: "#")

  /// Whether a normalized paragraph is the count line of a listing: at most ``countWords``
  /// words, holding a count template at word boundaries whose numbers do not decrease.
  public func isListingCount(_ paragraph: [UInt8]) -> Bool {
    guard !countByteForms.isEmpty, !paragraph.isEmpty, Self.hasAtMostWords(paragraph, Self.countWords),
      paragraph.contains(where: { $0 >= 48 && $0 <= 57 })
    else { return false }
    let text = Self.lowered(paragraph)
    for template in countByteForms {
      for start in text.indices {
        guard
          start == 0 || !CueIndex.isWordByte(text[start - 1])
            || text.withUnsafeBufferPointer({ CueIndex.endsWithPunctuation($0, start) })
        else { continue }
        if Self.countMatches(template, in: text, at: start) { return true }
      }
    }
    return false
  }

  /// Whether `template` matches `text` at `start`, each `#` taking a run of digits, ending at
  /// a word boundary, with numbers that do not decrease.
  private static func countMatches(_ template: [UInt8], in text: [UInt8], at start: Int) -> Bool {
    var i = start
    var previous = -1
    for t in template {
      if t == numberMark {
        var value = 0
        let first = i
        while i < text.count, text[i] >= 48, text[i] <= 57 {
          value = min(value * 10 + Int(text[i] - 48), 1_000_000_000)
          i += 1
        }
        guard i > first, value >= previous else { return false }
        previous = value
      } else {
        guard i < text.count, text[i] == t else { return false }
        i += 1
      }
    }
    return i == text.count || !CueIndex.isWordByte(text[i])
  }

  /// Whether a normalized paragraph starts with one of the phrases.
  public func matches(_ paragraph: some Collection<UInt8>) -> Bool {
    starters.starts(paragraph)
  }

  /// Whether a normalized paragraph starts with one of the closing phrases.
  public func closes(_ paragraph: some Collection<UInt8>) -> Bool {
    closers.starts(paragraph)
  }

  /// Whether a normalized paragraph is a short line that starts with one of the line phrases,
  /// or a caption: a short line with a line phrase that ends in `:` ("Foto:", "Credit:")
  /// after a sentence, a comma or an opening bracket ("The quay at dawn. Photo: J. Roe").
  public func dropsLine(_ paragraph: some Collection<UInt8>) -> Bool {
    guard !lineStarters.isEmpty else { return false }
    guard lineStarters.starts(paragraph) else {
      guard !captionCues.isEmpty, paragraph.count <= 240 else { return false }
      return captionCues.occurs(in: Self.lowered(Array(paragraph)))
    }
    var words = 0
    var inWord = false
    for b in paragraph {
      if b == 32 || b == 10 {
        inWord = false
      } else if !inWord {
        inWord = true
        words += 1
        if words > Self.lineWords { return false }
      }
    }
    return true
  }
}
