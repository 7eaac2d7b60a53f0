import ArgumentParser
import CrosscheckCorpus
import CrosscheckIngest
import CrosscheckPipeline
import Foundation

/// `crosscheck evaluate`: body-text and metadata accuracy of ingestion on a labelled page set.
struct EvaluateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "evaluate",
    abstract: "Score body-text extraction and metadata on pages with expected snippets.",
    discussion: """
      PAGES is a directory of .html or .html.gz pages; EXPECTATIONS is a JSON Lines file with, per \
      page, "file", "with" (snippets a good extractor keeps), "without" (boilerplate it drops), and \
      optional "title", "author", "date". Prints precision, recall and F1 over snippets, and date, \
      title and author accuracy. The development set in ../shared/webpages/ has this layout. \
      With --gold, scores whole main texts instead, by overlapping 4-word shingles.
      """)

  @OptionGroup var pipelineOption: PipelineOption

  @Argument(help: "The directory of pages.")
  var pages: String

  @Option(name: .long, help: "The expectations file (default: PAGES/../expectations.jsonl).")
  var expectations: String?

  @Flag(name: .long, help: "Also list, per page, the snippets missed and the boilerplate kept.")
  var details = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Score main text against gold texts with 4-word shingles instead of snippets.",
      discussion: """
        GOLD is a JSON object keyed by page name whose values are the text or hold it under \
        "articleBody", "text" or "body" (a public benchmark's ground-truth.json), or a directory \
        of .txt files named like the pages. Prints mean and pooled shingle precision, recall and F1.
        """, valueName: "gold"))
  var gold: String?

  func run() throws {
    let pipeline = try pipelineOption.load()
    if let gold {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: gold, isDirectory: &isDirectory) else {
        throw ValidationError("no gold texts at \(gold)")
      }
      let texts = isDirectory.boolValue
        ? try ExtractionEvaluation.goldTexts(inDirectory: gold)
        : try ExtractionEvaluation.goldTexts(json: Data(contentsOf: URL(fileURLWithPath: gold)))
      let report = try ExtractionEvaluation.shingleReport(
        pagesDirectory: pages, gold: texts, normalizer: pipeline.normalizer) { try? Gzip.decompress($0) }
      print(report.text, terminator: "")
      if details {
        for page in report.pages.sorted(by: { $0.score.f1 < $1.score.f1 }).prefix(20) {
          print(String(format: "  %@: precision %.3f, recall %.3f", page.name, page.score.precision, page.score.recall))
        }
      }
      return
    }
    let expectationsPath = expectations ?? ((pages as NSString).deletingLastPathComponent as NSString).appendingPathComponent("expectations.jsonl")
    let expected = try ExtractionEvaluation.expectations(jsonLines: try String(contentsOfFile: expectationsPath, encoding: .utf8))
    let loaded = try ExtractionEvaluation.pages(inDirectory: pages) { try? Gzip.decompress($0) }
    let report = ExtractionEvaluation.evaluate(pages: loaded, expectations: expected, normalizer: pipeline.normalizer)
    print(report.text)
    if details {
      for page in report.pages where !page.missing.isEmpty || !page.leaked.isEmpty {
        print("\n\(page.file)")
        for m in page.missing { print("  missed: \(m.prefix(120))") }
        for l in page.leaked { print("  kept boilerplate: \(l.prefix(120))") }
      }
    }
  }
}

/// `crosscheck evaluate-claims`: precision and recall of claim extraction on hand-labelled sets.
struct EvaluateClaimsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "evaluate-claims",
    abstract: "Score claim extraction on folders of hand-labelled articles.",
    discussion: """
      Each SET is a folder of articles (.txt: a title line, a dateline such as "March 3, 2026", \
      then the body) and a labels.tsv with one tab-separated line per claim an article states: \
      file, subject, attribute, low, high, modifier, year, hard (yes or no), note. Prints, per set \
      and for all sets together, precision over the claims extracted and recall over plain and \
      hard labels. Tests/CrosscheckClaimsTests/HeldOut*/ are sets in this form.
      """)

  @OptionGroup var pipelineOption: PipelineOption

  @Argument(help: "Folders of labelled articles.")
  var sets: [String]

  @Flag(name: .long, help: "Also list every missed label and every claim no label matched.")
  var details = false

  @Flag(name: .long, help: "Score the body alone as written, with the title and dateline as metadata, instead of reading each article as `crosscheck run` reads a .txt file.")
  var asWritten = false

  func run() throws {
    let pipeline = try pipelineOption.load()
    var total = ClaimScore()
    for set in sets {
      let score = try ClaimEvaluation.score(
        folder: URL(fileURLWithPath: set), pipeline: pipeline, asWritten: asWritten)
      print("\(set): \(score.summary)")
      if details {
        for miss in score.misses { print("  missed: \(miss)") }
        for claim in score.falseClaims { print("  false:  \(claim)") }
      }
      total = total + score
    }
    if sets.count > 1 { print("all: \(total.summary)") }
  }
}
