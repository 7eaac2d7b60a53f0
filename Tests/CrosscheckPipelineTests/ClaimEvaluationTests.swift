import CrosscheckCore
import CrosscheckPipeline
import Foundation
import Testing

/// Scoring claim extraction on a folder of labelled articles, as `crosscheck evaluate-claims`
/// does for a user's own sets.
@Suite struct ClaimEvaluationTests {
  let pipeline = try! Pipeline.load(file: repositoryRoot.appendingPathComponent("Pipelines/default.yml").path)

  @Test func readsLabelsSkippingCommentsAndShortLines() {
    let labels = ClaimLabel.parse(
      "# header\n01_a.txt\tTarn Water\tworkforce\t410\t410\texact\t2026\tno\tplain\n"
        + "too\tshort\n01_a.txt\tTarn Water\tmember_count\t12\t\tat_least\t2024\tyes\n")
    #expect(labels.count == 2)
    #expect(labels[0].low == 410 && labels[0].high == 410 && !labels[0].hard)
    #expect(labels[1].high == nil && labels[1].hard && labels[1].note.isEmpty)
  }

  @Test func readsAnExactOrAboutValueWithOneSideEmptyAsThatValue() {
    let labels = ClaimLabel.parse(
      "01_a.txt\tTarn Water\tfounding_year\t1931\t\texact\t\tno\n"
        + "01_a.txt\tTarn Water\tworkforce\t\t410\tabout\t2026\tno\n"
        + "01_a.txt\tTarn Water\tmember_count\t12\t\tmore_than\t2024\tyes\n")
    #expect(labels[0].low == 1931 && labels[0].high == 1931)
    #expect(labels[1].low == 410 && labels[1].high == 410)
    #expect(labels[2].low == 12 && labels[2].high == nil)
  }

  @Test(arguments: [
    ("March 3, 2026", 3), ("3 March 2026", 3), ("2026-03-03", 3), ("Tuesday 17 February 2026", 17),
  ])
  func readsTheDatelineInAnyFormatThePlainTextReaderReads(_ line: String, _ day: Int) {
    let article = LabelledArticle(file: "a.txt", text: "Title\n\(line)\n\nBody text.")
    #expect(article.published?.year == 2026)
    #expect(article.published?.day == day)
    #expect(article.body == "\nBody text.")
  }

  @Test func matchesASubjectWithOrWithoutACompanysLegalEnding() {
    let label = ClaimLabel.parse("01_a.txt\tCorvaline Airways Group plc\tworkforce\t410\t410\texact\t2025\tno\n")[0]
    var claim = Claim(
      id: "c", document: "d", sentence: TextRange(0, 1), span: TextRange(0, 1),
      subject: ClaimSubject(
        name: "Corvaline Airways Group", mention: "Corvaline", type: .organization, basis: "direct"),
      attribute: "workforce", value: ClaimValue(low: 410, high: 410, modifier: .exact), unit: "people",
      time: TimeScope(year: 2025, basis: "published"))
    #expect(label.matches(claim))
    claim.subject.name = "Corvaline Airways"
    #expect(!label.matches(claim))
  }

  @Test func matchesABodysOrganNamedOwnerFirstOrOwnerLast() {
    let label = ClaimLabel.parse(
      "01_a.txt\tBoard of Trustees of the Halden Institute\tmember_count\t12\t12\texact\t2025\tyes\n")[0]
    var claim = Claim(
      id: "c", document: "d", sentence: TextRange(0, 1), span: TextRange(0, 1),
      subject: ClaimSubject(
        name: "Halden Institute Board of Trustees", mention: "board", type: .organization, basis: "direct"),
      attribute: "member_count", value: ClaimValue(low: 12, high: 12, modifier: .exact), unit: "members",
      time: TimeScope(year: 2025, basis: "published"))
    #expect(label.matches(claim))
    claim.subject.name = "Board of Trustees of Halden Institute"
    #expect(label.matches(claim))
    claim.subject.name = "Halden Institute"
    #expect(!label.matches(claim))
    claim.subject.name = "Trustees Board of the Halden Institute"
    #expect(!label.matches(claim))
  }

  @Test func leavesTheDateOutWhenTheSecondLineIsNoDate() {
    #expect(LabelledArticle(file: "a.txt", text: "Title\nBy Ana Ruiz\n\nBody.").published == nil)
  }

  @Test func countsPlainAndHardRecallAndPrecisionOverExtractedClaims() throws {
    let score = try score(
      article: "01_tarn.txt",
      """
      Tarn Water results
      March 3, 2026
      Tarn Water employs 410 people. The Kessel Rowing League has 14 clubs.
      """,
      labels: "01_tarn.txt\tTarn Water\tworkforce\t410\t410\texact\t2026\tno\n"
        + "01_tarn.txt\tKessel Rowing League\tmember_count\t14\t14\texact\t2026\tyes\n"
        + "01_tarn.txt\tTarn Water\tbudget\t9000000\t9000000\texact\t2026\tyes\n")
    #expect(score.plain == 1 && score.plainFound == 1)
    #expect(score.hard == 2 && score.hardFound == 1)
    #expect(score.misses.map(\.attribute) == ["budget"])
    #expect(score.claims == score.correct + score.falseClaims.count)
    #expect(score.precision == Double(score.correct) / Double(score.claims))
    #expect(score.summary.contains("recall plain 1.000 (1/1), hard 0.500 (1/2)"))
    let both = score + score
    #expect(both.hard == 4 && both.hardFound == 2)
  }

  @Test func countsAClaimStatedAgainAsRightButALabelOnlyOnce() throws {
    let score = try score(
      article: "01_orla.txt",
      """
      Orla Ferries at a glance
      4 May 2026

      Orla Ferries employs 730 people. The rival Bay Line employs 210 people.

      Correction: an earlier version said Orla Ferries employs 780 people. Orla Ferries employs 730 people.
      """,
      labels: "01_orla.txt\tOrla Ferries\tworkforce\t730\t730\texact\t2026\tno\n"
        + "01_orla.txt\tBay Line\tworkforce\t210\t210\texact\t2026\tno\n")
    #expect(score.plain == 2 && score.plainFound == 2)
    // 730 twice is right twice; the retracted 780 is the one wrong claim.
    #expect(score.repeats == 1)
    #expect(score.falseClaims.count == 1)
    #expect(score.falseClaims.first?.contains("780") == true)
    #expect(score.correct == 3 && score.claims == 4)
  }

  /// Scores a labelled set of one article, written to a temporary folder.
  func score(article name: String, _ text: String, labels: String) throws -> ClaimScore {
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("claim-eval-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    try Data(labels.utf8).write(to: dir.appendingPathComponent("labels.tsv"))
    return try ClaimEvaluation.score(folder: dir, pipeline: pipeline)
  }
}
