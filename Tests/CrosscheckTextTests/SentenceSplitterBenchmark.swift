import CrosscheckCore
import Foundation
import Testing

@testable import CrosscheckText

/// Throughput of sentence splitting and tokenizing, printed, never asserted.
///
/// Off by default; run with `CROSSCHECK_BENCHMARK=1 swift test -c release --filter Benchmark`.
/// Timings in a debug build mean little.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["CROSSCHECK_BENCHMARK"] != nil))
struct SentenceSplitterBenchmark {
  @Test func printsMegabytesPerSecond() {
    let sample = SentenceSplitterTests.allCases.map(\.text).joined(separator: " ")
    var text = ""
    while text.utf8.count < 20_000_000 { text += sample + "\n\n" }
    let paragraphs = TextFixtures.paragraphs(of: text)
    let megabytes = Double(text.utf8.count) / 1_000_000
    let clock = ContinuousClock()
    var sentences: [TextRange] = []
    var tokens: [TextRange] = []
    let splitting = clock.measure {
      sentences = TextFixtures.splitter.sentences(in: text, paragraphs: paragraphs)
    }
    let tokenizing = clock.measure { tokens = TextFixtures.splitter.tokens(in: text) }
    func rate(_ duration: Duration) -> Int {
      let seconds =
        Double(duration.components.seconds)
        + Double(duration.components.attoseconds) / 1e18
      return Int(megabytes / seconds)
    }
    print(
      "sentences: \(rate(splitting)) MB/s (\(sentences.count)); "
        + "tokens: \(rate(tokenizing)) MB/s (\(tokens.count)) on \(Int(megabytes)) MB")
    #expect(sentences.count > paragraphs.count)
  }
}
