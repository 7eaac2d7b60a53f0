import CrosscheckCore
import Foundation
import Testing

@testable import CrosscheckIngest

/// Test fixtures from the `Fixtures` resource folder.
enum Fixture {
  static func bytes(_ name: String) throws -> [UInt8] {
    let url = try #require(
      Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
    return Array(try Data(contentsOf: url))
  }
}

/// A normalizer with a small inline phrase list, so tests do not depend on the lexicon file.
let testPhrases = BoilerplatePhrases(
  parsing: """
    # test phrases
    Leave a Reply
    Your email address will not be published
    Copyright
    ©
    Share this
    Related articles
    Photo:
    """)

/// The date words of the repository's lexicon (`Pipelines/lexicons/dates.txt`), as a pipeline
/// loads them: the built-in set is English only.
let lexiconDateWords: DateWords = {
  let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Pipelines/lexicons/dates.txt")
  return DateWords(parsing: (try? String(contentsOf: file, encoding: .utf8)) ?? "")
}()

let normalizer = ArticleNormalizer(
  options: IngestOptions(boilerplate: testPhrases, dateWords: lexiconDateWords))

func html(_ body: String, head: String = "") throws -> Document {
  let page = "<html><head>\(head)</head><body>\(body)</body></html>"
  return try normalizer.normalize(
    html: Array(page.utf8), file: "inline.html", known: DocumentMetadata())
}

func paragraphTexts(_ doc: Document) -> [String] {
  doc.paragraphs.map { String(doc.text(of: $0)) }
}
