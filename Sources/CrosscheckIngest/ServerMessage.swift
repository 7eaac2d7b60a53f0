/// Recognises the diagnostics a page's server printed into the page: PHP's warnings and
/// notices ("Warning: Creating default object from empty value in /www/wp-includes/x.php on
/// line 407"), which broken blog installations leave above, inside and below the article.
///
/// A paragraph is such a message when it starts with one of PHP's labels (``labels``, the
/// interpreter's fixed English wording) and ends with "on line" and a line number. The two ends
/// together are the format of the message, which no sentence of an article has.
enum ServerMessage {
  /// The labels PHP prints before its messages, with their colon.
  static let labels: [[UInt8]] = [
    "Warning:", "Notice:", "Deprecated:", "Strict Standards:", "Fatal error:", "Parse error:",
    "Catchable fatal error:", "Recoverable fatal error:",
  ].map { Array($0.utf8) }

  private static let onLine = Array(" on line ".utf8)

  /// Whether a normalized paragraph is a PHP diagnostic.
  static func isDiagnostic(_ paragraph: [UInt8]) -> Bool {
    guard paragraph.count > onLine.count,
      labels.contains(where: { paragraph.starts(with: $0) })
    else { return false }
    var end = paragraph.count
    while end > 0 && (paragraph[end - 1] == 32 || paragraph[end - 1] == UInt8(ascii: ".")) {
      end -= 1
    }
    var digitsStart = end
    while digitsStart > 0 && paragraph[digitsStart - 1] >= 48 && paragraph[digitsStart - 1] <= 57 {
      digitsStart -= 1
    }
    guard digitsStart < end, digitsStart >= onLine.count else { return false }
    return paragraph[(digitsStart - onLine.count)..<digitsStart].elementsEqual(onLine)
  }
}
