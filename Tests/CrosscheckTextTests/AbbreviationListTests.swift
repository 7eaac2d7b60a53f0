import CrosscheckCore
import Testing

@testable import CrosscheckText

@Suite struct AbbreviationListTests {
  static let inline = """
    # a small list for tests
    Jan.      # before any section: general
    [before-name]
    Adm.
    [before-number]
    Pt.
    [sentence-end]
    ff.
    [general]
    Hbf.
    [web-suffixes]
    COM
    """

  @Test func readsSectionsCommentsAndTheDefaultSection() {
    let list = AbbreviationList(parsing: Self.inline)
    #expect(list.count == 5)
    #expect(list.problems.isEmpty)
    #expect(list.behavior(of: "Jan.") == .general)
    #expect(list.behavior(of: "Adm.") == .beforeName)
    #expect(list.behavior(of: "Pt.") == .beforeNumber)
    #expect(list.behavior(of: "ff.") == .sentenceEnd)
    #expect(list.behavior(of: "Hbf.") == .general)
    #expect(list.behavior(of: "Feb.") == nil)
    #expect(list.behavior(of: "Jan") == nil)
  }

  @Test func findsALowercaseEntryFromACapitalizedWordButNotTheOtherWay() {
    let list = AbbreviationList(parsing: "ff.\nHbf.")
    #expect(list.behavior(of: "Ff.") == .general)
    #expect(list.behavior(of: "hbf.") == nil)
    #expect(list.behavior(of: "FF.") == nil)
  }

  @Test func matchesWebSuffixesInAnyCase() {
    let list = AbbreviationList(parsing: Self.inline)
    #expect(list.isWebSuffix("com"))
    #expect(list.isWebSuffix("Com"))
    #expect(!list.isWebSuffix("org"))
    #expect(list.behavior(of: "COM") == nil)
  }

  @Test func reportsLinesItCannotReadAndKeepsTheRest() {
    let list = AbbreviationList(
      parsing: "Jan.\n[shortcuts]\nFoo.\n[general]\nFeb\nde facto.\nMar.\nMar.\n.")
    #expect(list.problems.count == 5)
    #expect(list.problems.first == "line 2: unknown section '[shortcuts]'")
    #expect(list.problems.contains("line 5: 'Feb' does not end in a period"))
    #expect(list.problems.contains { $0.hasPrefix("line 6:") })
    #expect(list.problems.contains { $0.hasPrefix("line 8: 'Mar.' is listed again") })
    #expect(list.problems.contains { $0.hasPrefix("line 9:") })
    #expect(list.behavior(of: "Foo.") == nil)
    #expect(list.behavior(of: "Mar.") == .general)
    #expect(list.count == 2)
  }

  @Test func parsesEmptyTextAndWindowsLineEndings() {
    #expect(AbbreviationList(parsing: "").count == 0)
    let list = AbbreviationList(parsing: "[before-name]\r\nAdm.\r\n")
    #expect(list.behavior(of: "Adm.") == .beforeName)
    #expect(list.problems.isEmpty)
  }

  // MARK: Behaviors, with inline lists

  private func sentences(_ text: String, list: String) -> [String] {
    let splitter = SentenceSplitter(abbreviations: AbbreviationList(parsing: list))
    let found = splitter.sentences(in: text, paragraphs: [TextRange(0, text.utf8.count)])
    return TextFixtures.strings(found, in: text)
  }

  @Test func splitsAfterAnUnlistedAbbreviationBeforeACapitalOrDigit() {
    #expect(
      sentences("Meet Adm. Hale at the dock.", list: "") == ["Meet Adm.", "Hale at the dock."])
    #expect(sentences("Open Pt. 4 first.", list: "") == ["Open Pt.", "4 first."])
    #expect(sentences("Use approx. two cups.", list: "") == ["Use approx. two cups."])
  }

  @Test func neverSplitsAfterABeforeNameAbbreviation() {
    let list = "[before-name]\nAdm.\n"
    #expect(sentences("Meet Adm. Hale at the dock.", list: list) == ["Meet Adm. Hale at the dock."])
    #expect(sentences("Meet Adm. The rest wait.", list: list) == ["Meet Adm. The rest wait."])
  }

  @Test func keepsABeforeNumberAbbreviationOnlyBeforeADigit() {
    let list = "[before-number]\nPt.\n"
    #expect(sentences("Open Pt. 4 first.", list: list) == ["Open Pt. 4 first."])
    #expect(
      sentences("Wait for the Pt. Hale arrives.", list: list) == [
        "Wait for the Pt.", "Hale arrives.",
      ])
  }

  @Test func splitsAfterAGeneralAbbreviationOnlyBeforeASentenceOpener() {
    let list = "[general]\nHbf.\n"
    #expect(
      sentences("Meet at Munich Hbf. The train waits.", list: list)
        == ["Meet at Munich Hbf.", "The train waits."])
    #expect(
      sentences("Meet at Munich Hbf. Platform 3.", list: list)
        == ["Meet at Munich Hbf. Platform 3."])
    #expect(
      sentences("Meet at Munich Hbf. 9 sharp.", list: list) == ["Meet at Munich Hbf. 9 sharp."])
  }

  @Test func splitsAfterASentenceEndAbbreviationBeforeAnyCapital() {
    let list = "[sentence-end]\nff.\n"
    #expect(
      sentences("See pages 10 ff. Platform rules differ.", list: list)
        == ["See pages 10 ff.", "Platform rules differ."])
    #expect(
      sentences("See pages 10 ff. for details.", list: list)
        == ["See pages 10 ff. for details."])
  }

  @Test func usesWebSuffixesToKeepAMissingSpaceTogether() {
    #expect(sentences("Go to harbor.Info today.", list: "") == ["Go to harbor.", "Info today."])
    #expect(
      sentences("Go to harbor.Info today.", list: "[web-suffixes]\ninfo\n")
        == ["Go to harbor.Info today."])
  }

  // MARK: The real lexicon

  @Test func readsTheRealLexiconWithoutProblems() {
    #expect(TextFixtures.lexiconText != nil, "cannot read \(TextFixtures.lexiconPath)")
    #expect(TextFixtures.abbreviations.problems == [])
    #expect(TextFixtures.abbreviations.count > 300)
  }

  @Test(arguments: [
    ("Dec.", AbbreviationList.Behavior.general), ("U.S.", .general), ("Calif.", .general),
    ("Inc.", .general), ("Gen.", .beforeName), ("St.", .beforeName), ("e.g.", .beforeName),
    ("No.", .beforeNumber), ("pp.", .beforeNumber), ("etc.", .sentenceEnd), ("a.m.", .sentenceEnd),
  ])
  func classifiesCommonAbbreviationsInTheRealLexicon(
    _ word: String, _ expected: AbbreviationList.Behavior
  ) {
    #expect(TextFixtures.abbreviations.behavior(of: word) == expected)
  }

  @Test(arguments: ["in.", "Sun.", "Sat.", "Wed.", "is.", "May."])
  func leavesOutWordsThatOftenEndASentence(_ word: String) {
    #expect(TextFixtures.abbreviations.behavior(of: word) == nil)
  }
}
