import ArgumentParser
import CrosscheckPipeline
import CrosscheckTagging
import CrosscheckText
import Foundation

/// `crosscheck benchmark-text`: accuracy of sentences and numbers on the case sets, and their speed.
struct BenchmarkTextCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "benchmark-text",
    abstract: "Score sentences and numbers on the case sets and measure their MB/s on a text corpus.",
    discussion: """
      Case sets: Benchmarks/cases/sentences.txt and numbers.txt (formats in their headers). \
      The corpus: generate it with `python3 Benchmarks/make-corpus.py /tmp/news.txt` (20 MB by \
      default, deterministic). Build with -c release for meaningful speed.
      """)

  @OptionGroup var pipelineOption: PipelineOption

  @Option(name: .long, help: "The folder of case sets.")
  var cases = "Benchmarks/cases"

  @Option(name: .long, help: "A plain-text corpus to measure speed on (omit to skip the speed part).")
  var corpus: String?

  @Option(name: .long, help: "Timed rounds over the corpus; the best is reported.")
  var rounds = 3

  @Flag(name: .long, help: "List every failing case.")
  var failures = false

  func run() throws {
    let pipeline = try pipelineOption.load()
    guard let splitter = pipeline.stages.compactMap({ $0 as? SentenceSplitter }).first,
      let tagger = pipeline.stages.compactMap({ $0 as? QuantityTagger }).first
    else {
      throw ValidationError("the pipeline needs the sentences and numbers stages")
    }
    let sentenceCases = try SentenceCaseSet.load(text: String(contentsOfFile: cases + "/sentences.txt", encoding: .utf8))
    let sentenceScore = SentenceCaseSet.score(splitter: splitter, cases: sentenceCases)
    let numberCases = try NumberCaseSet.load(text: String(contentsOfFile: cases + "/numbers.txt", encoding: .utf8))
    let numberScore = NumberCaseSet.score(tagger: tagger, cases: numberCases)
    print("sentences: \(sentenceScore.correct)/\(sentenceScore.total) cases exactly right (\(String(format: "%.1f", sentenceScore.accuracy * 100))%)")
    for family in sentenceScore.byFamily.keys.sorted() {
      let (correct, total) = sentenceScore.byFamily[family]!
      print("  \(family.padding(toLength: 14, withPad: " ", startingAt: 0)) \(correct)/\(total)")
    }
    print("numbers: strict F1 (span and value) \(String(format: "%.3f", numberScore.overall.f1)) over \(numberCases.count) cases")
    for (family, c) in numberScore.perFamily {
      print("  \(family.padding(toLength: 14, withPad: " ", startingAt: 0)) P \(String(format: "%.3f", c.precision))  R \(String(format: "%.3f", c.recall))  F1 \(String(format: "%.3f", c.f1))")
    }
    if failures {
      print(sentenceScore.summary)
      print(numberScore.summary)
    }
    guard let corpus else { return }
    let text = try String(contentsOfFile: corpus, encoding: .utf8)
    let megabytes = Double(text.utf8.count) / 1_000_000
    let paragraphs = SentenceCaseSet.paragraphs(of: text)
    func best(_ body: () -> Int) -> (Double, Int) {
      var seconds = Double.infinity
      var count = 0
      for _ in 0..<max(1, rounds) {
        let started = Date()
        count = body()
        seconds = min(seconds, Date().timeIntervalSince(started))
      }
      return (seconds, count)
    }
    let (s1, sentences) = best { splitter.sentences(in: text, paragraphs: paragraphs).count }
    let (s2, quantities) = best { tagger.quantities(in: text).count }
    print(String(format: "corpus: %.1f MB, one thread, best of %d", megabytes, rounds))
    print(String(format: "  sentences %8.1f MB/s (%d sentences)", megabytes / s1, sentences))
    print(String(format: "  numbers   %8.1f MB/s (%d quantities)", megabytes / s2, quantities))
  }
}
