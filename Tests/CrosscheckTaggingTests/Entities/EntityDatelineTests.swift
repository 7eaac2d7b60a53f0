import CrosscheckCore
import Testing

@testable import CrosscheckTagging

/// Datelines and names first written in capitals: the place a story was filed from, and the
/// spelling a name takes when the text later writes it in mixed case.
@Suite struct EntityDatelineTests {
  /// The mentions written as `written`.
  func mentions(_ written: String, in text: String) -> [EntityMention] {
    tag(text).filter { text.slice($0.range) == written[...] }
  }

  @Test func neverResolvesTheBlocToADatelinesPlace() {
    let text = "Pact at forty\nTARLOW - Forty years ago the bloc of three small states was formed."
    #expect(mentions("TARLOW", in: text).map(\.canonical) == ["TARLOW"])
    #expect(!tag(text).contains { $0.canonical == "TARLOW" && $0.basis == .reference })
  }

  @Test func neverResolvesTheCompanyToADatelineWithACommaAndADate() {
    let text = "Wire briefs\nVESSKOR, 4 March (Norden Wire) - The company cut 300 jobs."
    #expect(!mentions("The company", in: text).contains { $0.canonical == "VESSKOR" })
  }

  @Test func namesADatelineByTheSpellingTheTextUsesLater() {
    let text = "Trams return\nBRELLOCK - Trams run again. Brellock has 40,000 residents."
    #expect(mentions("BRELLOCK", in: text).map(\.canonical) == ["Brellock"])
    #expect(mentions("Brellock", in: text).map(\.canonical) == ["Brellock"])
  }

  @Test func namesADatelineByASpellingInsideALongerName() {
    let text = "Strike vote\nOSTRAVEL - The Ostravel Drivers Council voted on Monday."
    #expect(mentions("OSTRAVEL", in: text).map(\.canonical) == ["Ostravel"])
  }

  @Test func resolvesTheCityToADatelinesPlace() {
    let text = "Growth\nTARLOW - The city has grown by a third."
    #expect(mentions("The city", in: text).first?.canonical == "TARLOW")
  }

  @Test func neverResolvesTheCompanyToADatelinesPlace() {
    let text = "Job cuts\nTARLOW - The company cut 300 jobs on Monday."
    #expect(!mentions("The company", in: text).contains { $0.canonical == "TARLOW" })
  }

  @Test func keepsAnAcronymInsideASentenceAsItIs() {
    let text = "Talks went on. The KELVO members met. KELVO has 12 members."
    #expect(mentions("KELVO", in: text).map(\.canonical) == ["KELVO", "KELVO"])
  }

  @Test func stillResolvesTheCompanyToANameInCapitalsThatIsNoDateline() {
    let text = "Results\nORVELL TRADERS\nThe company cut 300 jobs."
    #expect(mentions("The company", in: text).first?.canonical == "ORVELL TRADERS")
  }

  @Test func namesANameFirstWrittenInCapitalsByItsLaterMixedCaseSpelling() {
    let text = "Sales at ARNSBY TEXTILES fell. Arnsby Textiles said prices rose."
    let names = tag(text).filter { $0.canonical.lowercased() == "arnsby textiles" }
    #expect(names.map(\.canonical) == ["Arnsby Textiles", "Arnsby Textiles"])
  }
}
