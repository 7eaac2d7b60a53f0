import Testing

@testable import CrosscheckCorpus

@Suite struct NearDuplicateDetectorTests {
  static let transitStory = """
    The Riverton city council approved a transit budget of 48 million dollars on Tuesday, ending \
    three months of debate over bus routes and fares. The plan adds 22 electric buses to the fleet \
    by next spring and extends evening service on the harbor line until midnight. Council member \
    Alma Ortiz said the vote reflected complaints from night-shift workers who had been stranded \
    after the last bus left at ten. Fares will stay at two dollars for adults, while riders under \
    eighteen will travel free from September. The budget also sets aside 3 million dollars to \
    repair shelters along Mill Road, where several roofs collapsed during the February storms. \
    Opponents argued that the city should have waited for a ridership survey due in the summer. \
    The transit authority expects ridership to grow by about 9 percent in the first year, \
    according to its own projections.
    """

  /// The same story as syndicated: another header and footer, one sentence reworded.
  static let syndicatedCopy = """
    Republished with permission from the Harbor Gazette. Reporting by our city desk.

    The Riverton city council approved a transit budget of 48 million dollars on Tuesday, ending \
    three months of debate over bus routes and fares. The plan adds 22 electric buses to the fleet \
    by next spring and extends evening service on the harbor line until midnight. Council member \
    Alma Ortiz said the vote reflected complaints from night-shift workers who had been stranded \
    after the last bus left at ten. Fares will remain at two dollars for adult riders, and \
    children under eighteen will ride for free starting in September. The budget also sets aside \
    3 million dollars to repair shelters along Mill Road, where several roofs collapsed during \
    the February storms. Opponents argued that the city should have waited for a ridership survey \
    due in the summer. The transit authority expects ridership to grow by about 9 percent in the first year, \
    according to its own projections.

    Copyright 2024 Harbor Gazette. All rights reserved. Sign up for our morning newsletter.
    """

  /// Another story on the same topic: transit budgets, buses, fares, a council vote.
  static let otherTransitStory = """
    The Lakeport transit board voted on Monday to cut four bus routes, citing a shortfall of 12 \
    million dollars in its operating budget. The routes serving the university and the airport \
    will be merged, and weekend service on the east side will run every forty minutes instead of \
    every twenty. Board chair Dennis Wu said fuel costs and a drop in state aid left the board no \
    alternative. Riders' groups plan to protest at the next meeting, arguing that the cuts fall \
    hardest on students and hospital staff. Fares will stay at two dollars for adults. The board \
    will revisit the budget in October, when new revenue figures arrive, and expects ridership to \
    fall by about 5 percent.
    """

  static let satelliteStory = """
    A weather satellite built by Orbis Labs reached its planned orbit 780 kilometres above the \
    Earth on Friday, two days after launch. Engineers unfolded its solar panels ahead of schedule \
    and will start calibrating the infrared camera next week.
    """

  let detector = NearDuplicateDetector()

  @Test func findsASyndicatedCopyWithAnotherHeaderAndOneChangedSentence() throws {
    let matches = detector.duplicates(in: [
      ("riverton", Self.transitStory), ("gazette", Self.syndicatedCopy),
    ])
    let match = try #require(matches.first)
    #expect(matches.count == 1)
    #expect(match.copy == "gazette")
    #expect(match.original == "riverton")
    #expect(match.kind == .near)
    #expect(match.similarity >= 0.5 && match.similarity < 1)
  }

  @Test func keepsTwoDifferentStoriesOnTheSameTopicApart() {
    let documents = [("riverton", Self.transitStory), ("lakeport", Self.otherTransitStory)]
    #expect(detector.duplicates(in: documents).isEmpty)
    let a = detector.signature(of: Self.transitStory)!
    let b = detector.signature(of: Self.otherTransitStory)!
    #expect(detector.similarity(a, b) < 0.1)
  }

  @Test func reportsExactDuplicatesAsExact() {
    let matches = detector.duplicates(in: [
      ("sat-1", Self.satelliteStory), ("transit", Self.transitStory),
      ("sat-2", Self.satelliteStory),
    ])
    #expect(
      matches == [
        DuplicateMatch(copy: "sat-2", original: "sat-1", kind: .exact, similarity: 1)
      ])
  }

  @Test func takesTheEarliestDocumentInInputOrderAsTheOriginal() {
    let matches = detector.duplicates(in: [
      ("gazette", Self.syndicatedCopy), ("satellite", Self.satelliteStory),
      ("riverton", Self.transitStory), ("riverton-again", Self.transitStory),
    ])
    #expect(matches.map(\.copy) == ["riverton", "riverton-again"])
    #expect(matches.map(\.original) == ["gazette", "gazette"])
    #expect(matches.map(\.kind) == [.near, .near])
  }

  @Test func groupsDuplicatesInInputOrder() {
    let groups = detector.groups(of: [
      ("sat-1", Self.satelliteStory), ("riverton", Self.transitStory),
      ("lakeport", Self.otherTransitStory), ("gazette", Self.syndicatedCopy),
      ("sat-2", Self.satelliteStory),
    ])
    #expect(groups == [["sat-1", "sat-2"], ["riverton", "gazette"]])
  }

  @Test func ignoresCaseAndPunctuationInShingles() {
    let shouted = Self.satelliteStory.uppercased().replacingOccurrences(of: ",", with: " ;")
    let matches = detector.duplicates(in: [("a", Self.satelliteStory), ("b", shouted)])
    #expect(matches.map(\.kind) == [.near])
    #expect(matches.first?.similarity == 1)
  }

  @Test func neverMatchesDocumentsWithoutWords() {
    let wordless = [("a", ""), ("b", "  \n"), ("c", "… — …"), ("d", "")]
    #expect(detector.duplicates(in: wordless).isEmpty)
    #expect(detector.signature(of: "— ! —") == nil)
  }

  @Test func readsWordsOfOtherScriptsAndFoldsTheirCase() {
    let greek = "Η ΓΈΦΥΡΑ ΤΗΣ ΠΌΛΗΣ ΈΧΕΙ ΜΉΚΟΣ 400 ΜΈΤΡΩΝ — ΚΑΙ ΑΝΟΊΓΕΙ ΤΟ ΜΆΙΟ."
    let lower = "η γέφυρα της πόλης έχει μήκος 400 μέτρων, και ανοίγει το μάιο"
    #expect(detector.shingleHashes(greek) == detector.shingleHashes(lower))
    #expect(detector.shingleHashes(greek).count == 9)  // 12 words, 4 to a shingle
  }

  @Test func givesTheSameSignatureEveryTime() {
    let first = NearDuplicateDetector().signature(of: Self.transitStory)
    let second = NearDuplicateDetector().signature(of: Self.transitStory)
    #expect(first != nil && first == second)
  }

  @Test func aStricterThresholdRejectsTheSyndicatedCopy() {
    let strict = NearDuplicateDetector(threshold: 0.95)
    #expect(strict.duplicates(in: [("a", Self.transitStory), ("b", Self.syndicatedCopy)]).isEmpty)
  }

  @Test func clampsSettingsOutOfRange() {
    let odd = NearDuplicateDetector(shingleSize: 0, hashCount: 100, bandCount: 30, threshold: 3)
    #expect(odd.shingleSize == 1)
    #expect(odd.hashCount % odd.bandCount == 0 && odd.hashCount >= 100)
    #expect(odd.threshold == 1)
  }
}
