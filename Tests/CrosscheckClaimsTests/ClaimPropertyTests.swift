import CrosscheckCore
import CrosscheckPipeline
import Testing

/// The whole pipeline on texts built at random from pieces of figure sentences glued in awkward
/// ways (digits run into words, signs before numbers, brackets, dashes): it must read them without
/// stopping, and every claim must point inside the text. A reader that compared offsets out of
/// order once stopped a run on a real page this way.
@Suite struct ClaimPropertyTests {
  static let pieces = [
    "Sales", "fell", "rose", "grew", "by", "to", "from", "4%", "4 percent", "12.5%", "31", "300",
    "1,200", "2019", "x", "US$", "\u{20AC}", "-", "+", "(", ")", ",", ".", ";", ":", "\u{2014}", "'s",
    "\"", "Harbour Mills", "the company", "It", "its", "employs", "people", "members", "share",
    "market", "had", "has", "now", "which", "in", "Vell", "Lake Orm Fishers' Cooperative",
    "founded", "joined", "as its", "10th", "member", "million", "euros", "up from", "a year ago",
  ]

  struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
  }

  /// A real page stopped a run this way: a percentage glued to the word before it ("销售额60%",
  /// "Umsatzanteil60%"), so the word before the number ends after the number starts.
  @Test(arguments: [
    "桃江竹凉席销售额占全国线上销售额60%以上，获得市场高度认可。",
    "Der Umsatzanteil60% stieg, und die Exporte fielx5% im Jahr.",
  ])
  func readsAPercentageGluedToTheWordBeforeIt(_ text: String) throws {
    let doc = try defaultPipeline.annotate(StreamFilters.document(id: "g", text: text))
    #expect(doc.claims.allSatisfy { $0.span.end <= doc.text.utf8.count })
  }

  @Test(arguments: 0..<150)
  func readsAwkwardFigureTextWithoutStoppingAndKeepsSpansInside(_ seed: Int) throws {
    var random = Generator(state: UInt64(seed) &+ 11)
    var text = ""
    for _ in 0..<(15 + random.next(50)) {
      text += Self.pieces[random.next(Self.pieces.count)]
      // Half the pieces are glued to the next one.
      if random.next(2) == 0 { text += " " }
    }
    var metadata = DocumentMetadata()
    metadata.published = PartialDate(year: 2024)
    metadata.publishedBasis = "meta"
    let doc = try defaultPipeline.annotate(
      StreamFilters.document(id: "p\(seed)", text: text, metadata: metadata))
    let length = doc.text.utf8.count
    for claim in doc.claims {
      #expect(claim.span.start >= 0 && claim.span.end <= length)
      #expect(claim.sentence.start >= 0 && claim.sentence.end <= length)
    }
  }
}
