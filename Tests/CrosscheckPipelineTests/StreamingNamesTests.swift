import Foundation
import Testing

@testable import CrosscheckPipeline

/// Names unified across documents (an acronym defined in one article and used bare in another,
/// "Corvanta" in one article for "Corvanta Satellite Services" in another) come out the same
/// whether the run keeps its documents or writes as it reads.
@Suite struct StreamingNamesTests {
  @Test func unifiesAcronymsAndShortNamesAcrossDocumentsAsTheBatchRunDoes() async throws {
    let runs = StreamingRunTests()
    let verdicts = repositoryRoot.appendingPathComponent("Tests/CrosscheckPipelineTests/Fixtures").path
    try await runs.expectSameOutput([verdicts + "/verdicts/articles"], label: "verdicts")
    try await runs.expectSameOutput([verdicts + "/verdicts-heldout/articles"], label: "held out")
  }
}
