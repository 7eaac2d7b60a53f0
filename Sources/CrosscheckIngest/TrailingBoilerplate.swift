/// Finds where trailing boilerplate starts at the end of an article body.
///
/// Walking backwards from the last paragraph, the trailing run holds paragraphs that start with
/// a boilerplate phrase, short paragraphs (fewer than 12 words, no final full stop: a site
/// name, a byline), and a short sentence right after such a short line (an author's bio after
/// their name). The run is removed only if it holds at least one phrase match; it stops at the
/// first other paragraph, which is kept. Nothing before the run is ever removed.
///
/// A closing phrase (``BoilerplatePhrases/closingPhrases``, such as a copyright line) in one of
/// the last ``closingWindow`` paragraphs, with at most ``closingTailWords`` words after it,
/// ends the body: everything after it goes, whatever it looks like (a site's motto), and the
/// run above is looked for from there.
struct TrailingBoilerplate {
  static let closingWindow = 6
  static let closingTailWords = 60
  let phrases: BoilerplatePhrases

  /// The number of leading paragraphs to keep.
  func keptCount(of paragraphs: [[UInt8]]) -> Int {
    var end = paragraphs.count
    var tailWords = 0
    var i = paragraphs.count - 1
    while i >= max(0, paragraphs.count - Self.closingWindow) {
      if phrases.closes(paragraphs[i]) && tailWords <= Self.closingTailWords { end = i + 1 }
      tailWords += Self.wordCount(paragraphs[i])
      i -= 1
    }
    var runStart = end
    var sawPhrase = false
    i = end - 1
    while i >= 0 {
      let p = paragraphs[i]
      if phrases.matches(p) {
        sawPhrase = true
      } else if Self.isShortLine(p) {
        // part of the run
      } else if Self.wordCount(p) < 12, i > 0, Self.isShortLine(paragraphs[i - 1]),
        !phrases.matches(paragraphs[i - 1])
      {
        // A short sentence after a short line: a bio after a name. Take both.
        runStart = i - 1
        i -= 2
        continue
      } else {
        break
      }
      runStart = i
      i -= 1
    }
    return sawPhrase ? runStart : end
  }

  static func wordCount(_ p: [UInt8]) -> Int {
    var count = 0
    var inWord = false
    for b in p {
      if b == 32 {
        inWord = false
      } else if !inWord {
        inWord = true
        count += 1
      }
    }
    return count
  }

  static func isShortLine(_ p: [UInt8]) -> Bool {
    wordCount(p) < 12 && p.last != UInt8(ascii: ".")
  }
}
