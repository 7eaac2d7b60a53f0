import CrosscheckCore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Measures throughput of the pipeline on a set of files held in memory, so that disk speed does
/// not count. Runs ingest alone and the whole per-document pipeline, each with the given threads.
public struct Benchmark: Sendable {
  public struct Figures: Sendable {
    public var phase: String
    public var threads: Int
    public var documents: Int
    public var bytes: Int
    public var seconds: Double
    public var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / seconds }
    public var documentsPerSecond: Double { Double(documents) / seconds }
  }

  public let pipeline: Pipeline

  public init(pipeline: Pipeline) { self.pipeline = pipeline }

  /// Peak resident memory of this process so far, in megabytes.
  public static func peakMemoryMB() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(truncatingIfNeeded: RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024
  }

  /// Runs `phase` ("ingest" or "pipeline") over the inputs `rounds` times with `threads` workers.
  public func measure(_ inputs: [RawArticle], phase: String, threads: Int, rounds: Int) async -> Figures {
    let pipeline = self.pipeline
    let started = Date()
    var documents = 0
    for _ in 0..<rounds {
      documents += await withTaskGroup(of: Int.self) { group in
        for worker in 0..<threads {
          group.addTask {
            var done = 0
            for index in stride(from: worker, to: inputs.count, by: threads) {
              if phase == "ingest" {
                if (try? pipeline.normalizer.normalize(inputs[index])) != nil { done += 1 }
              } else if pipeline.process(inputs[index]).document != nil {
                done += 1
              }
            }
            return done
          }
        }
        return await group.reduce(0, +)
      }
    }
    let bytes = inputs.reduce(0) { $0 + $1.bytes.count } * rounds
    return Figures(phase: phase, threads: threads, documents: documents, bytes: bytes, seconds: Date().timeIntervalSince(started))
  }

  /// Seconds spent in each per-document stage over the inputs, one thread, in pipeline order.
  public func stageSeconds(_ inputs: [RawArticle]) -> [(stage: String, seconds: Double, textBytes: Int)] {
    var documents = inputs.compactMap { try? pipeline.normalizer.normalize($0) }
    let textBytes = documents.reduce(0) { $0 + $1.text.utf8.count }
    var out: [(String, Double, Int)] = []
    for stage in pipeline.stages {
      let started = Date()
      for i in documents.indices {
        if let found = try? stage.annotate(documents[i]) { documents[i].record(found) }
      }
      out.append((stage.name, Date().timeIntervalSince(started), textBytes))
    }
    return out
  }
}
