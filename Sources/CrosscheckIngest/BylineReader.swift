/// Finds an author's name in a visible byline.
///
/// Looks at short blocks inside an element whose class or id names a byline or an author
/// (`byline`, `post-author`), then at short lines under the first `<h1>` that open with a
/// byline word ("By", "Von", "Par", "Por", "Door", "Di", "Av", "Autor:"). Blocks in comments,
/// related-article lists and sidebars are not read. The name is cut at a date, a time, a
/// bar or a comma, and has at most five words.
struct BylineReader {
  static let maximumBlockBytes = 100
  static let maximumWords = 5
  /// Lowercased words that open a byline, before the name.
  static let openers: Set<String> = [
    "by", "von", "par", "por", "door", "di", "av", "autor", "autor:", "author", "author:",
    "written", "posted", "geschrieben", "erstellt", "verfasst", "de",
  ]
  /// Lowercased words that end the name: what follows is a date, a place or a role.
  static let stoppers: Set<String> = [
    "am", "on", "le", "el", "il", "op", "at", "um", "|", "-", "–", "—", "•", "·", "/", "in",
    "updated", "published", "aktualisiert", "veröffentlicht", "stand", "stand:", "publié",
    "publicado",
  ]

  func author(in page: RawPage, _ selection: ContentSelector.Selection) -> String? {
    for block in page.blocks
    where block.range.count <= Self.maximumBlockBytes && selection.trusts(element: block.owner)
      && insideByline(block.owner, page.elements)
    {
      if let name = name(
        in: String(decoding: page.text[block.range], as: UTF8.self),
        needsOpener: false)
      {
        return name
      }
    }
    guard let h = page.firstHeadingBlock else { return nil }
    for index in h + 1..<min(page.blocks.count, h + 8) {
      let block = page.blocks[index]
      guard block.range.count <= Self.maximumBlockBytes, selection.trusts(element: block.owner)
      else { continue }
      if let name = name(
        in: String(decoding: page.text[block.range], as: UTF8.self),
        needsOpener: true)
      {
        return name
      }
    }
    return nil
  }

  private func insideByline(_ id: Int, _ elements: [RawPage.Element]) -> Bool {
    var id = id
    for _ in 0..<4 {
      if elements[id].isByline { return true }
      if id == 0 { return false }
      id = elements[id].parent
    }
    return false
  }

  /// The name in a byline's text, or `nil` when it does not look like one.
  func name(in text: String, needsOpener: Bool) -> String? {
    var words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
    var opened = false
    while let first = words.first, Self.openers.contains(first.lowercased()) {
      words.removeFirst()
      opened = true
    }
    if needsOpener && !opened { return nil }
    var name: [String] = []
    for word in words {
      let lower = word.lowercased()
      // A date or a time ("12.", "on28." glued to its word), but not a handle ("Marianne1").
      if Self.stoppers.contains(lower) || word.first?.isNumber == true
        || (word.first?.isLowercase == true && word.contains(where: \.isNumber))
      {
        break
      }
      if word.hasSuffix(",") || word.hasSuffix("|") {
        name.append(String(word.dropLast()))
        break
      }
      name.append(word)
    }
    guard !name.isEmpty, name.count <= Self.maximumWords,
      name.allSatisfy({ $0.first?.isLetter == true }),
      name.contains(where: { $0.first?.isUppercase == true })
    else { return nil }
    let joined = name.joined(separator: " ")
    return joined.isEmpty ? nil : joined
  }
}
