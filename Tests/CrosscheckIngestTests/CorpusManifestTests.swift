import CrosscheckCore
import Testing

@testable import CrosscheckIngest

@Suite struct CorpusManifestTests {
  let json = """
    {"about": "Three test files.", "documents": [
      {"file": "001_a.txt", "source": "Valley News", "author": null, "published": "2016-08",
       "published_precision": "month", "published_basis": "estimate: mentions the 2016 floods"},
      {"file": "002_b.txt", "source": null, "author": "Rui Costa", "published": "2017-01-10",
       "published_precision": "day", "published_basis": "dateline in the text"},
      {"file": "003_c.txt", "source": null, "author": null, "published": null,
       "published_precision": null, "published_basis": null}
    ]}
    """

  @Test func readsEntriesByFileName() throws {
    let manifest = try CorpusManifest(json: Array(json.utf8))
    let a = manifest.metadata(forFile: "Corpus/001_a.txt")
    #expect(a.site == "Valley News")
    #expect(a.published == PartialDate(year: 2016, month: 8))
    #expect(a.publishedBasis == "estimate")
    #expect(a.publishedNote == "estimate: mentions the 2016 floods")
    let b = manifest.metadata(forFile: "002_b.txt")
    #expect(b.author == "Rui Costa")
    #expect(b.publishedBasis == "manifest")
    #expect(manifest.metadata(forFile: "003_c.txt").published == nil)
    #expect(manifest.metadata(forFile: "unknown.txt") == DocumentMetadata())
  }

  @Test func refusesABadDate() {
    let bad = #"{"documents": [{"file": "x.txt", "published": "last spring"}]}"#
    #expect(throws: (any Error).self) { try CorpusManifest(json: Array(bad.utf8)) }
  }

  @Test func fillsADocumentFromTheManifest() throws {
    let manifest = try CorpusManifest(json: Array(json.utf8))
    let raw = RawArticle(
      file: "001_a.txt", bytes: Array("The valley got 120 mm of rain in one night.".utf8),
      known: manifest.metadata(forFile: "001_a.txt"))
    let doc = try normalizer.normalize(raw)
    #expect(doc.metadata.site == "Valley News")
    #expect(doc.metadata.publishedBasis == "estimate")
  }
}
