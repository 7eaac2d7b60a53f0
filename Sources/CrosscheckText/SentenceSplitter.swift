import CrosscheckCore

/// Splits each paragraph into sentences and the text into tokens.
///
/// A sentence ends at `.`, `!`, `?`, `...` or `…` (with any closing quotes and brackets right
/// after) when whitespace follows and the next character allows it:
///
/// - After `!` or `?`: unless a lowercase letter follows (`"Is it?" he asked.`), or a closing
///   quote is followed by one to three capitalized words and a verb of saying (`"Why?" Anna
///   asked.`, see ``SpeechVerbs``).
/// - After an ellipsis (`...`, `…`, `. . .`): only before a capital, an opening quote or a list
///   item.
/// - After a full stop: unless a lowercase letter or `,` `;` `:` follows. A full stop right
///   after a word from the ``AbbreviationList`` follows that word's
///   ``AbbreviationList/Behavior``; `[general]` entries and dotted acronyms not in the list
///   ("F.B.I.") end a sentence before a typical opener ("The", "But") or a capitalized plural
///   followed by a lowercase word ("in the U.S. Officials said"), and `[sentence-end]` entries
///   do not end one before a weekday, month or time zone ("9 a.m. Monday"). Initials ("John F.
///   Kennedy", "P. D. James") end a sentence only before a typical opener. A number or letter
///   opening a line ("1.", "b.") is a list label, not a sentence.
/// - A full stop with no space after it (`ties.Given`) ends a sentence when a word of two or
///   more lowercase letters (optionally capitalized), a number ("2019.Then", "5%.Costs") or a
///   dotted acronym before an opener ("U.S.The") comes before it and a capitalized word of at
///   least two letters after it, unless that word is a listed web suffix ("example.Com") or
///   the text is a URL or address. `?`, `!` and quoted stops with no space ("won?Nobody",
///   `ended."Next`) end a sentence between a word and a capitalized word outside URLs.
///
/// A line break inside a paragraph also ends a sentence when the next line starts a list item
/// (`•`, `-`, `*`, `1)`, `1.`, `a)`) or when the line is a heading: a whole line of at most
/// ``maxHeadingLength`` bytes with no final stop, not ending in `,` `;` or a dash, and followed
/// by a line that does not start in lowercase; or when it and the next line both open with a
/// figure and a spaced dash, as the lines of a "by the numbers" box do ("214 - people on the
/// payroll", "£31.6m - turnover").
///
/// Sentences never cross a paragraph, are trimmed of whitespace, and together cover every
/// non-whitespace byte of the paragraphs.
public struct SentenceSplitter: Stage {
  public static let name = "sentences"
  public let requires: Set<AnnotationKind> = []
  public let produces: Set<AnnotationKind> = [.sentence, .token]

  /// The abbreviations whose period does not end a sentence, or ends one only sometimes.
  public let abbreviations: AbbreviationList
  /// The longest line, in UTF-8 bytes, that counts as a heading when it has no final stop.
  public var maxHeadingLength = 70

  /// A splitter that knows the given abbreviations.
  public init(abbreviations: AbbreviationList) {
    self.abbreviations = abbreviations
  }

  /// The sentences of the document's paragraphs and the tokens of its text.
  public func annotate(_ document: Document) throws(StageError) -> Annotations {
    let found = sentences(in: document.text, paragraphs: document.paragraphs)
    let words = tokens(in: document.text)
    return Annotations(sentences: found.map(Sentence.init), tokens: words.map(Token.init))
  }

  /// The sentences of `text`, as UTF-8 byte ranges, in order.
  ///
  /// Only the `paragraphs` are split; ranges are clamped to the text, taken in order of their
  /// start, and cut where they overlap an earlier one.
  public func sentences(in text: String, paragraphs: [TextRange]) -> [TextRange] {
    var text = text
    return text.withUTF8 { buffer in
      var scan = SentenceScan(
        text: UTF8Text(bytes: buffer), abbreviations: abbreviations,
        maxHeadingLength: maxHeadingLength)
      var covered = 0
      for paragraph in paragraphs.sorted() {
        let start = Swift.max(covered, Swift.min(paragraph.start, buffer.count))
        let end = Swift.max(start, Swift.min(paragraph.end, buffer.count))
        scan.split(start, end)
        covered = end
      }
      return scan.found
    }
  }
}

/// The state of splitting one text: where the open sentence starts and what was found.
struct SentenceScan {
  let t: UTF8Text
  let abbreviations: AbbreviationList
  let maxHeadingLength: Int
  var found: [TextRange] = []
  /// The first byte of the sentence being read.
  private var start = 0
  /// The first byte of the line being read.
  private var lineStart = 0
  /// The end of the paragraph being read.
  private var end = 0

  init(text: UTF8Text, abbreviations: AbbreviationList, maxHeadingLength: Int) {
    self.t = text
    self.abbreviations = abbreviations
    self.maxHeadingLength = maxHeadingLength
  }

  mutating func split(_ paragraphStart: Int, _ paragraphEnd: Int) {
    end = paragraphEnd
    lineStart = paragraphStart
    start = t.skipWhitespace(from: paragraphStart, to: end)
    // Bytes below 64 that may end a sentence or a line: newline, `!`, `.`, `?`. The only other
    // byte of interest is 0xE2, the lead byte of `…`. Copies of the buffer and the end in
    // locals let the skipping loop run without reloading `self`.
    let interesting: UInt64 = 1 << 0x0A | 1 << 0x21 | 1 << 0x2E | 1 << 0x3F
    let bytes = t.bytes
    let limit = paragraphEnd
    var i = start
    while i < limit {
      var b = bytes[i]
      while b < 64 ? (interesting >> UInt64(b)) & 1 == 0 : b != 0xE2 {
        i += 1
        guard i < limit else { break }
        b = bytes[i]
      }
      guard i < limit else { break }
      if b == 0x0A {
        lineBreak(at: i)
        i += 1
      } else if b != 0xE2 || t.isEllipsisCharacter(at: i) {
        i = terminal(at: i)
      } else {
        i += 1
      }
    }
    close(at: end, next: end)
  }

  /// Ends the open sentence at `sentenceEnd` (trimmed) and opens the next one at `next`.
  private mutating func close(at sentenceEnd: Int, next: Int) {
    let trimmed = t.trimmedEnd(start, sentenceEnd)
    if trimmed > start { found.append(TextRange(start, trimmed)) }
    start = next
  }

  // MARK: Sentence punctuation

  /// Reads the run of sentence punctuation at `i` and any closers after it, ends the sentence
  /// there if the next word allows, and returns where to go on scanning.
  private mutating func terminal(at i: Int) -> Int {
    var j = i
    var strong = false
    var dots = 0
    var ellipsis = false
    while j < end {
      let c = t[j]
      if c == UInt8(ascii: ".") {
        dots += 1
        j += 1
      } else if c == UInt8(ascii: "!") || c == UInt8(ascii: "?") {
        strong = true
        j += 1
      } else if t.isEllipsisCharacter(at: j) && j + 3 <= end {
        ellipsis = true
        j += 3
      } else {
        break
      }
    }
    // A spaced ellipsis (". . .") is one run.
    if !strong && !ellipsis && dots == 1 {
      var m = j
      var spaced = 0
      while m + 1 < end && t[m] == 0x20 && t[m + 1] == UInt8(ascii: ".") {
        m += 2
        spaced += 1
        while m < end && t[m] == UInt8(ascii: ".") { m += 1 }
      }
      if spaced >= 2 {
        j = m
        ellipsis = true
      }
    }
    let runEnd = j
    var k = runEnd
    while k < end {
      let length = t.closerLength(at: k)
      guard length > 0, k + length <= end else { break }
      k += length
    }
    // A run that opens the sentence ("... and more") cannot end it.
    guard i > start, k < end else { return k }
    let fullStop = !strong && !ellipsis && dots == 1
    if t.whitespaceLength(at: k) == 0 {
      if fullStop && k == runEnd {
        if abbreviations.isMissingSpaceBreak(in: t, dot: i, end: end) {
          close(at: runEnd, next: runEnd)
        }
      } else if (strong || (fullStop && k > runEnd)) && isMissingSpaceBreak(run: i, next: k) {
        close(at: k, next: k)
      }
      return k
    }
    let next = t.skipWhitespace(from: k, to: end)
    guard next < end else { return k }
    let splits: Bool
    if strong {
      splits = !t.isLowercase(at: next) && !(hasQuote(runEnd, k) && isAttribution(next))
    } else if ellipsis || dots > 1 {
      splits = t.isUppercase(at: next) || t.isOpener(at: next) || t.isListMarker(at: next, end: end)
    } else if k > runEnd {
      splits = endsLikeAWord(next)
    } else {
      splits = fullStopSplits(dot: i, next: next)
    }
    if splits { close(at: k, next: next) }
    return k
  }

  /// Whether a plain full stop at `dot`, with whitespace and then `next` after it, ends the
  /// sentence, judged by the word before it.
  private func fullStopSplits(dot: Int, next: Int) -> Bool {
    let wordStart = abbreviationStart(before: dot)
    guard wordStart < dot else { return endsLikeAWord(next) }
    // A single capital is an initial even where a lowercase entry would match ("P. D. James"
    // is not "p. 5").
    if isInitial(wordStart, dot) { return startsWithOpener(next) }
    if let behavior = abbreviations.entries.value(in: t.bytes, wordStart, dot + 1, foldFirst: true)
    {
      switch behavior {
      case .beforeName: return false
      case .beforeNumber: return t.isDigit(at: next) ? false : endsLikeAWord(next)
      case .general: return startsWithOpener(next) || startsPluralSubject(next)
      case .sentenceEnd:
        return (t.isUppercase(at: next) || t.isOpener(at: next)) && !completesATime(next)
      }
    }
    if isListLabel(wordStart, dot) { return false }
    if isDottedAcronym(wordStart, dot) {
      return startsWithOpener(next) || startsPluralSubject(next)
    }
    return endsLikeAWord(next)
  }

  /// Whether an ordinary full stop ends the sentence before `next`.
  private func endsLikeAWord(_ next: Int) -> Bool {
    let c = t[next]
    if c == UInt8(ascii: ",") || c == UInt8(ascii: ";") || c == UInt8(ascii: ":") { return false }
    return !t.isLowercase(at: next)
  }

  /// Whether the word at `i` is a typical sentence opener such as "The" or "But".
  private func startsWithOpener(_ i: Int) -> Bool {
    var e = i
    while e < end, e - i < 16, UTF8Text.isASCIIWord(t[e]) { e += 1 }
    guard e > i, !t.isWordCharacter(at: e) else { return false }
    return SentenceOpeners.table.value(in: t.bytes, i, e) != nil
  }

  /// The end of the run of ASCII letters at `i`, looking at most 32 bytes ahead.
  private func asciiLettersEnd(_ i: Int) -> Int {
    var e = i
    while e < end, e - i < 32, (t[e] | 0x20) &- 0x61 < 26 { e += 1 }
    return e
  }

  /// Whether a capitalized plural noun followed by a lowercase word starts at `i`
  /// ("Officials said", "Retailers cut"): after "U.S." or "Nov." such a word opens a new
  /// sentence, where a name that goes on ("U.S. Navy", "U.S. Forces Korea") does not.
  private func startsPluralSubject(_ i: Int) -> Bool {
    guard t.isUppercase(at: i), t[i] < 0x80 else { return false }
    let e = asciiLettersEnd(i + 1)
    guard e - i >= 4, e < end, t[e] == 0x20, t.isLowercase(at: e + 1) else { return false }
    for k in (i + 1)..<e where t[k] < 0x61 { return false }
    let last = t[e - 1]
    let before = t[e - 2]
    return last == UInt8(ascii: "s") && before != UInt8(ascii: "s")
      && before != UInt8(ascii: "u") && before != UInt8(ascii: "i")
  }

  /// Whether the word at `i` completes a clock time: a weekday, a month or a time zone
  /// ("9 a.m. Monday", "10 a.m. EST").
  private func completesATime(_ i: Int) -> Bool {
    let e = asciiLettersEnd(i)
    guard e > i, !t.isWordCharacter(at: e) else { return false }
    return CalendarWords.table.value(in: t.bytes, i, e) != nil
      || CalendarWords.isTimeZone(t, i, e)
  }

  /// Whether the closers `s..<e` hold a quotation mark (not only brackets).
  private func hasQuote(_ s: Int, _ e: Int) -> Bool {
    for k in s..<e {
      let b = t[k]
      if b != UInt8(ascii: ")") && b != UInt8(ascii: "]") && b != UInt8(ascii: "}") { return true }
    }
    return false
  }

  /// Whether the words at `i` attribute the quotation before them: one to three capitalized
  /// words and then a verb of saying ("Anna asked", "She said", "Marcus Webb asked").
  private func isAttribution(_ i: Int) -> Bool {
    var k = i
    for _ in 0..<3 {
      guard t.isUppercase(at: k) else { return false }
      while k < end && t.isWordCharacter(at: k) { k += t.scalar(at: k).length }
      guard k + 1 < end, t[k] == 0x20 else { return false }
      k += 1
      if t.isLowercase(at: k) {
        let e = asciiLettersEnd(k)
        return e > k && !t.isWordCharacter(at: e)
          && SpeechVerbs.table.value(in: t.bytes, k, e) != nil
      }
    }
    return false
  }

  /// Whether `?`, `!` or a quoted full stop at `run`, with no space before `next`, ends the
  /// sentence ("happened?Nobody", "ended.\"Next"): a word comes before, a capitalized word after,
  /// and the text is not a URL, path or address.
  private func isMissingSpaceBreak(run: Int, next: Int) -> Bool {
    guard run > 0, t.isWordCharacter(at: t.scalarStart(before: run)) else { return false }
    guard t.isUppercase(at: next), t.isLowercase(at: next + t.scalar(at: next).length) else {
      return false
    }
    return !t.isInAddress(through: run)
  }

  /// The start of the abbreviation-like word (letters, digits and dots) ending at `dot`, or
  /// `dot` when there is none or it is too long to be an abbreviation.
  private func abbreviationStart(before dot: Int) -> Int {
    var k = dot
    let limit = Swift.max(0, dot - 24)
    while k > limit {
      let b = t[k - 1]
      if b < 0x80 {
        guard UTF8Text.isASCIIWord(b) || b == UInt8(ascii: ".") else { return k }
        k -= 1
      } else {
        let s = t.scalarStart(before: k)
        guard UTF8Text.isWordScalar(t.scalar(at: s).value) else { return k }
        k = s
      }
    }
    return k > 0 && t.isWordCharacter(at: t.scalarStart(before: k)) ? dot : k
  }

  /// A single capital letter: an initial.
  private func isInitial(_ s: Int, _ e: Int) -> Bool {
    e - s == 1 && t.isUppercase(at: s)
  }

  /// Letters in groups of one or two joined by dots: "F.B.I", "a.k.a", "Ph.D".
  private func isDottedAcronym(_ s: Int, _ e: Int) -> Bool {
    var group = 0
    var dots = 0
    for k in s..<e {
      let b = t[k]
      if b == UInt8(ascii: ".") {
        guard group > 0 else { return false }
        dots += 1
        group = 0
      } else if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A {
        group += 1
        if group > 2 { return false }
      } else {
        return false
      }
    }
    return dots > 0 && group > 0
  }

  /// A number of up to three digits or one letter that opens its line and its sentence: "2." in
  /// a numbered list.
  private func isListLabel(_ s: Int, _ e: Int) -> Bool {
    guard s == start, t.skipWhitespace(from: lineStart, to: s) == s else { return false }
    if e - s == 1 { return true }
    guard e - s <= 3 else { return false }
    for k in s..<e where !t.isDigit(at: k) { return false }
    return true
  }

  // MARK: Line breaks

  /// Ends the open sentence at a line break before a list item or after a heading.
  private mutating func lineBreak(at i: Int) {
    defer { lineStart = i + 1 }
    guard start < i else { return }
    let contentEnd = t.trimmedEnd(start, i)
    guard contentEnd > start else { return }
    let next = t.skipWhitespace(from: i + 1, to: end)
    guard next < end else { return }
    if t.isListMarker(at: next, end: end) || isHeading(contentEnd, next: next)
      || t.opensWithFigureAndDash(at: t.skipWhitespace(from: lineStart, to: contentEnd), end: contentEnd)
        && t.opensWithFigureAndDash(at: next, end: end)
    {
      close(at: contentEnd, next: next)
    }
  }

  /// Whether the line ending at `contentEnd` is a heading: a whole, short line without a final
  /// stop, followed by a line that does not start in lowercase.
  private func isHeading(_ contentEnd: Int, next: Int) -> Bool {
    let lineContent = t.skipWhitespace(from: lineStart, to: contentEnd)
    guard start == lineContent, contentEnd - lineContent <= maxHeadingLength else { return false }
    guard !t.isLowercase(at: next) else { return false }
    var tail = contentEnd
    var last = t.scalarStart(before: contentEnd)
    while last > lineContent && t.closerLength(at: last) == tail - last {
      tail = last
      last = t.scalarStart(before: last)
    }
    let b = t[last]
    if b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?")
      || b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || t.isEllipsisCharacter(at: last)
      || t.dashLength(at: last) > 0
    {
      return false
    }
    return true
  }
}

extension AbbreviationList {
  /// Whether the full stop at `dot` ends a sentence although no space follows it ("ties.Given").
  ///
  /// True when a word of two or more lowercase ASCII letters (optionally capitalized), a number
  /// of two or more digits or ending in `%`, or a dotted capital acronym before a sentence
  /// opener comes before it, not as the tail of a longer word, a path or an address, and a
  /// capitalized word of two or more letters comes
  /// after it that is not a listed web suffix and is not followed by another dotted part
  /// ("site.Example.org").
  func isMissingSpaceBreak(in t: UTF8Text, dot: Int, end: Int) -> Bool {
    let after = dot + 1
    guard after < end, t.isUppercase(at: after) else { return false }
    var e = after
    var letters = 0
    while e < end {
      let b = t[e]
      if b < 0x80 {
        guard (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A else { break }
        e += 1
      } else {
        let (value, length) = t.scalar(at: e)
        guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { break }
        e += length
      }
      letters += 1
    }
    guard letters >= 2, !t.isWordCharacter(at: e) else { return false }
    let follow = t.at(e)
    if follow == UInt8(ascii: "@") || follow == UInt8(ascii: "/") { return false }
    if follow == UInt8(ascii: ".") && t.isWordCharacter(at: e + 1) { return false }
    if e - after <= 12 {
      let word = (after..<e).map { t[$0] >= 0x41 && t[$0] <= 0x5A ? t[$0] | 0x20 : t[$0] }
      if webSuffixes[word] != nil { return false }
    }

    var s = dot
    while s > 0 && t[s - 1] >= 0x61 && t[s - 1] <= 0x7A { s -= 1 }
    if dot - s >= 2 {
      // A capitalized word ("Harvard.Later") counts like a lowercase one.
      if s > 0 && t[s - 1] >= 0x41 && t[s - 1] <= 0x5A { s -= 1 }
    } else if dot - s == 0, let numberStart = Self.numberStart(in: t, before: dot) {
      // A year, count or percentage ("2019.Then", "5%.Costs").
      s = numberStart
    } else if dot - s == 0, let acronymStart = Self.acronymStart(in: t, before: dot),
      SentenceOpeners.table.value(in: t.bytes, after, e) != nil
    {
      // A dotted acronym before a typical opener ("U.S.The").
      s = acronymStart
    } else {
      return false
    }
    if s > 0 {
      let b = t[s - 1]
      if b < 0x80 {
        if UTF8Text.isASCIIWord(b) || Self.pathBytes.contains(b) { return false }
      } else if UTF8Text.isWordScalar(t.scalar(at: t.scalarStart(before: s)).value) {
        return false
      }
    }
    return !t.isInAddress(through: dot)
  }

  /// The start of a number of two or more digits, or of any digits and `%`, ending at `dot`.
  private static func numberStart(in t: UTF8Text, before dot: Int) -> Int? {
    var d = dot
    if t.at(d - 1) == UInt8(ascii: "%") { d -= 1 }
    var n = d
    while n > 0 && (t.isDigit(at: n - 1) || (t[n - 1] == UInt8(ascii: ",") && t.isDigit(at: n - 2)))
    {
      n -= 1
    }
    guard t.isDigit(at: n), d - n >= 2 || (d > n && d < dot) else { return nil }
    return n
  }

  /// The start of capital letters in groups of one or two joined by dots ("U.S", "U.K"), the
  /// last group ending at `dot`; `nil` for a single group.
  private static func acronymStart(in t: UTF8Text, before dot: Int) -> Int? {
    var k = dot
    var groups = 0
    while true {
      var letters = 0
      while k > 0 && letters < 3 && t[k - 1] >= 0x41 && t[k - 1] <= 0x5A {
        k -= 1
        letters += 1
      }
      guard letters >= 1 && letters <= 2 else { return nil }
      groups += 1
      guard k > 1, t[k - 1] == UInt8(ascii: "."), t.isUppercase(at: k - 2) else { break }
      k -= 1
    }
    return groups >= 2 ? k : nil
  }

  private static let pathBytes: Set<UInt8> = Set("./@_:\\".utf8)
}
