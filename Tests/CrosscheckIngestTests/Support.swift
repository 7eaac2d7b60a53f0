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

let normalizer = ArticleNormalizer(options: IngestOptions(boilerplate: testPhrases))

func html(_ body: String, head: String = "") throws -> Document {
  let page = "<html><head>\(head)</head><body>\(body)</body></html>"
  return try normalizer.normalize(
    html: Array(page.utf8), file: "inline.html", known: DocumentMetadata())
}

func paragraphTexts(_ doc: Document) -> [String] {
  doc.paragraphs.map { String(doc.text(of: $0)) }
}
