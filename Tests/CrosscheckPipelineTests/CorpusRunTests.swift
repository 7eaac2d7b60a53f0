import CrosscheckCore
import CrosscheckPipeline
import CrosscheckReconcile
import Foundation
import Testing

@Suite struct CorpusRunTests {
  let pipeline = try! Pipeline.load(file: repositoryRoot.appendingPathComponent("Pipelines/default.yml").path)

  func run() async throws -> RunResult { try await CorpusRun(pipeline: pipeline).run(corpus: fixtureCorpus) }

  @Test func reportsEachBadInputAndProcessesTheRest() async throws {
    let result = try await run()
    let errors = result.problems.filter { $0.severity == .error }.map(\.file)
    #expect(errors == ["binary.html", "empty.html", "latin1.txt"])
    #expect(result.problems.contains { $0.file == "truncated.html" && $0.severity == .warning })
    #expect(result.documents.map(\.file) == ["harbor-2019.html", "harbor-2023.txt", "truncated.html", "water-council-brief.txt", "water-council.txt"])
  }

  @Test func dropsBoilerplateNumbersBeforeTheyBecomeClaims() async throws {
    let result = try await run()
    let page = try #require(result.documents.first { $0.file == "harbor-2019.html" })
    for noise in ["50,000", "4,000", "123456", "77,777", "999 stories"] { #expect(!page.text.contains(noise)) }
    #expect(page.metadata.published == PartialDate(year: 2019, month: 4, day: 2))
    #expect(page.metadata.author == "Dana Reyes")
  }

  @Test func givesEachKindOfDisagreementItsVerdict() async throws {
    let result = try await run()
    func verdicts(_ subject: String, _ attribute: String) -> [Verdict] {
      result.conflicts.filter { $0.subject == subject && $0.attribute == attribute }.map(\.verdict)
    }
    #expect(verdicts("Harbor Logistics", "workforce") == [.timeExplained])
    #expect(verdicts("Harbor Logistics", "founding_year") == [.contradiction])
    #expect(verdicts("Northern Patrol Mission", "force_size") == [.compatible])
    #expect(verdicts("Andean Water Council", "member_count") == [.contradiction])
  }

  @Test func takesMetadataTheFilesLackFromTheManifest() async throws {
    let result = try await run()
    let council = try #require(result.documents.first { $0.file == "water-council.txt" })
    #expect(council.metadata.site == "River Post")
    #expect(council.metadata.publishedBasis == "estimate")
    let claim = try #require(council.claims.first { $0.attribute == "member_count" })
    #expect(claim.time == TimeScope(year: 2021, basis: "estimate"))
    #expect(claim.members == ["Peru", "Chile", "Ecuador", "Bolivia"])
  }

  @Test func writesByteIdenticalOutputForTheSameInput() async throws {
    let first = try OutputWriter.render(try await run(), pipeline: "default", corpus: "fixtures")
    let second = try OutputWriter.render(try await run(), pipeline: "default", corpus: "fixtures")
    #expect(first == second)
    #expect(Set(first.keys) == Set(OutputWriter.files))
  }

  @Test func writesOneErrorRowPerFailedInput() async throws {
    let files = try OutputWriter.render(try await run(), pipeline: "default", corpus: "fixtures")
    let rows = try #require(files["errors.jsonl"]).split(separator: "\n")
    #expect(rows.count == 4)
    #expect(rows.first == #"{"error":"binary data, not text (NUL bytes or no readable text)","file":"binary.html","severity":"error","stage":"ingest"}"#)
  }
}

/// `Output/` is the reference run of the default pipeline on `Corpus/`: regenerate and compare.
@Suite struct ReferenceOutputTests {
  @Test func regeneratesOutputByteForByte() async throws {
    let pipeline = try Pipeline.load(file: "Pipelines/default.yml".relativeToRoot)
    let result = try await CorpusRun(pipeline: pipeline).run(corpus: "Corpus".relativeToRoot)
    let files = try OutputWriter.render(result, pipeline: pipeline.name, corpus: "Corpus")
    for name in OutputWriter.files {
      let checkedIn = try String(contentsOfFile: "Output/\(name)".relativeToRoot, encoding: .utf8)
      #expect(files[name] == checkedIn, "Output/\(name) is stale: run `swift run crosscheck` and commit Output/")
    }
  }
}

extension String {
  var relativeToRoot: String { repositoryRoot.appendingPathComponent(self).path }
}
