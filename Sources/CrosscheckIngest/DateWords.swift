/// The words ``DateReader`` reads dates with: month names and the labels that say whether a
/// date is the publication date or the date of a later change, read from a data file such as
/// `Pipelines/lexicons/dates.txt`.
///
/// The file has `month N: name, name, ...` lines (N from 1 to 12), `published: phrase, ...`,
/// `updated: phrase, ...` and `other: phrase, ...` lines (dates that are neither, such as a
/// forum member's "Registered" date). A line that starts with whitespace continues the line before
/// it; `#` starts a comment line. Names and phrases are lowercased when read.
public struct DateWords: Sendable, Hashable {
  /// Lowercased month names and abbreviations, with their month number (1 to 12).
  public let months: [String: Int]
  /// Lowercased phrases, as words, that mark a date as the publication date ("published on").
  public let publishedLabels: Set<[String]>
  /// Lowercased phrases, as words, that mark a date as a later change ("last updated").
  public let updatedLabels: Set<[String]>
  /// Lowercased phrases, as words, that mark a date as something else than the article's
  /// ("joined", "member since").
  public let otherLabels: Set<[String]>
  /// The most words in one label.
  let longestLabel: Int

  /// Reads the data file format (see the type's description); lines it cannot read are skipped.
  public init(parsing text: String) {
    var months: [String: Int] = [:]
    var published: Set<[String]> = []
    var updated: Set<[String]> = []
    var other: Set<[String]> = []
    var logical: [String] = []
    for line in text.split(whereSeparator: \.isNewline) {
      let trimmed = line.trimmingSpaces
      guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
      if line.first == " " || line.first == "\t", !logical.isEmpty {
        logical[logical.count - 1] += " " + trimmed
      } else {
        logical.append(trimmed)
      }
    }
    for line in logical {
      guard let colon = line.firstIndex(of: ":") else { continue }
      let key = line[..<colon].trimmingSpaces.lowercased()
      let items = line[line.index(after: colon)...].split(separator: ",")
        .map { $0.trimmingSpaces.lowercased() }.filter { !$0.isEmpty }
      if key == "published" || key == "updated" || key == "other" {
        let phrases = items.map { $0.split(separator: " ").map(String.init) }
        switch key {
        case "published": published.formUnion(phrases)
        case "updated": updated.formUnion(phrases)
        default: other.formUnion(phrases)
        }
      } else if key.hasPrefix("month "), let n = Int(key.dropFirst(6).trimmingSpaces),
        (1...12).contains(n)
      {
        for name in items where !name.contains(" ") { months[name] = n }
      }
    }
    self.months = months
    publishedLabels = published
    updatedLabels = updated
    otherLabels = other
    longestLabel = (published.union(updated).union(other)).map(\.count).max() ?? 0
  }

  /// What a label says about the date after it.
  enum Label: Sendable {
    case published, updated, other
  }

  /// The label that ends `words` (lowercased), if any, at most `reach` words before the end:
  /// the label nearest the end wins.
  func label(endingNear words: [String], reach: Int = 4) -> Label? {
    guard !words.isEmpty, longestLabel > 0 else { return nil }
    var end = words.count
    while end > 0 && words.count - end < reach {
      for length in stride(from: min(longestLabel, end), through: 1, by: -1) {
        let phrase = Array(words[(end - length)..<end])
        if updatedLabels.contains(phrase) { return .updated }
        if otherLabels.contains(phrase) { return .other }
        if publishedLabels.contains(phrase) { return .published }
      }
      end -= 1
    }
    return nil
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces and tabs.
  fileprivate var trimmingSpaces: String {
    var s = Substring(self)
    while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
    while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
    return String(s)
  }
}
