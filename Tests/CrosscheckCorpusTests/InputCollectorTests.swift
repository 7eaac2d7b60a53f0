import CrosscheckCore
import Testing

@testable import CrosscheckCorpus

@Suite struct InputCollectorTests {
  @Test func findsInputsByExtensionSortedAndRecursively() throws {
    let dir = try TemporaryDirectory()
    try dir.write("b.html", "<p>b</p>")
    try dir.write("a/z.txt", "z")
    try dir.write("a/y.HTM", "<p>y</p>")
    try dir.write("crawl.warc.gz", try Gzip.compress(WARCFixture.warcinfo))
    try dir.write("feed.ndjson", "{}")
    try dir.write("old.warc", WARCFixture.warcinfo)
    try dir.write("page.xhtml.gz", try Gzip.compress(Array("<p>x</p>".utf8)))
    let (inputs, problems) = InputCollector().collect([dir.path])
    #expect(problems.isEmpty)
    #expect(
      inputs.map(\.relativePath) == [
        "a/y.HTM", "a/z.txt", "b.html", "crawl.warc.gz", "feed.ndjson", "old.warc", "page.xhtml.gz",
      ])
    #expect(inputs.map(\.name) == inputs.map { dir.path + "/" + $0.relativePath })
    #expect(inputs.map(\.kind) == [.html, .text, .html, .warc, .jsonLines, .warc, .html])
    #expect(inputs.map(\.gzipped) == [false, false, false, true, false, false, true])
  }

  @Test func skipsHiddenFilesAndIgnoredNamesButReportsUnknownExtensions() throws {
    let dir = try TemporaryDirectory()
    try dir.write(".draft.html", "<p>hidden</p>")
    try dir.write(".git/HEAD.html", "<p>hidden too</p>")
    try dir.write("manifest.json", "{}")
    try dir.write("scan.pdf", "%PDF")
    try dir.write("README", "notes")
    try dir.write("story.txt", "A story.")
    let collector = InputCollector(ignoredNames: ["manifest.json"])
    let (inputs, problems) = collector.collect([dir.path])
    #expect(inputs.map(\.relativePath) == ["story.txt"])
    #expect(problems.map(\.file) == [dir.path + "/README", dir.path + "/scan.pdf"])
    #expect(problems.allSatisfy { $0.severity == .warning })
    #expect(problems.map(\.problem.stage) == ["input", "input"])
  }

  /// Paths that overlap (a directory, a folder inside it, one of its files, the directory
  /// again) still give each file once, in the order the paths first reach it.
  @Test func readsEachFileOnceWhenPathsOverlap() throws {
    let dir = try TemporaryDirectory()
    for name in ["a.html", "b.txt", "sub/c.html", "sub/d.txt"] { try dir.write(name, "<p>x</p>") }
    let sub = dir.path + "/sub"
    let paths = [sub, dir.path, dir.path + "/b.txt", dir.path]
    let (inputs, problems) = InputCollector().collect(paths)
    #expect(problems.isEmpty)
    #expect(inputs.map(\.name) == [sub + "/c.html", sub + "/d.txt", dir.path + "/a.html", dir.path + "/b.txt"])
    // The walk finds the same, one at a time.
    let walked = InputCollector().walk(paths).compactMap { try? $0.get().name }
    #expect(walked == inputs.map(\.name))
  }

  @Test func reportsMissingPathsAndKeepsArgumentOrder() throws {
    let dir = try TemporaryDirectory()
    let second = try dir.write("second.txt", "2")
    let first = try dir.write("first.txt", "1")
    let (inputs, problems) = InputCollector().collect([
      second, dir.path + "/gone.html", first, second,
    ])
    #expect(inputs.map(\.name) == [second, first])
    #expect(
      problems == [
        InputProblem(file: dir.path + "/gone.html", error: .unreadable("no such file or directory"))
      ])
  }

  @Test func reportsASingleArticleOverTheSizeLimit() throws {
    let dir = try TemporaryDirectory()
    try dir.write("long.html", String(repeating: "<p>row</p>", count: 20))
    try dir.write("short.html", "<p>row</p>")
    let (inputs, problems) = InputCollector(maxArticleBytes: 100).collect([dir.path])
    #expect(inputs.map(\.relativePath) == ["short.html"])
    #expect(
      problems == [
        InputProblem(file: dir.path + "/long.html", error: .tooLarge(bytes: 200, limit: 100))
      ])
  }

  @Test func readsAGzippedArticleUnderItsNameWithoutGz() throws {
    let dir = try TemporaryDirectory()
    try dir.write("quay.html.gz", try Gzip.compress(Array("<p>The quay is 300 m long.</p>".utf8)))
    let collector = InputCollector()
    let input = try #require(collector.collect([dir.path]).inputs.first)
    let contents = collector.articles(in: input)
    #expect(contents.articleFiles == [dir.path + "/quay.html"])
    #expect(contents.readable.map { utf8($0.bytes) } == ["<p>The quay is 300 m long.</p>"])
  }

  @Test func reportsADamagedGzippedArticle() throws {
    let dir = try TemporaryDirectory()
    let packed = try Gzip.compress(Array(String(repeating: "<p>dock</p>", count: 50).utf8))
    try dir.write("dock.txt.gz", Array(packed.prefix(packed.count / 2)))
    let collector = InputCollector()
    let input = try #require(collector.collect([dir.path]).inputs.first)
    #expect(collector.articles(in: input).problemErrors == [.truncatedGzip(offset: 0)])
  }

  @Test func materializesWARCAndJSONLinesContainersOneAtATime() throws {
    let dir = try TemporaryDirectory()
    let records = [
      WARCFixture.warcinfo, WARCFixture.request(),
      WARCFixture.response(html: "<p>Dam height: 96 m.</p>"),
    ]
    try dir.write("c/crawl.warc.gz", try WARCFixture.gzipped(records))
    try dir.write("c/feed.jsonl", #"{"id": "a", "text": "Reservoir at 71%."}"# + "\nnot json\n")
    let collector = InputCollector()
    let (inputs, _) = collector.collect([dir.path + "/c"])
    let warc = collector.articles(in: inputs[0])
    #expect(warc.articleFiles == [dir.path + "/c/crawl.warc.gz#3.html"])
    #expect(warc.skipped == ["warcinfo": 1, "request": 1])
    var seen: [String] = []
    collector.forEachArticle(in: inputs[1]) { result in
      switch result {
      case .success(let article): seen.append(article.file)
      case .failure(let problem): seen.append("problem " + problem.file)
      }
    }
    #expect(seen == [dir.path + "/c/feed.jsonl#a.txt", "problem " + dir.path + "/c/feed.jsonl#2"])
  }

  @Test(arguments: [
    ("<!doctype html><p>Pier</p>", InputSource.Kind.html, "-.html"),
    ("  Plain words about a pier.", .text, "-.txt"),
  ])
  func readsStandardInputAsASniffedArticle(text: String, kind: InputSource.Kind, name: String)
    throws
  {
    let collector = InputCollector()
    let (inputs, problems) = collector.collect(["-"], standardInput: Array(text.utf8))
    #expect(problems.isEmpty)
    let input = try #require(inputs.first)
    #expect(input.kind == kind)
    #expect(collector.articles(in: input).articleFiles == [name])
  }

  @Test func sniffsAGzippedWARCOnStandardInput() throws {
    let collector = InputCollector()
    let packed = try WARCFixture.gzipped([WARCFixture.response(html: "<p>Canal lock 12.</p>")])
    let input = try #require(collector.collect(["-"], standardInput: packed).inputs.first)
    #expect(input.kind == .warc)
    #expect(collector.articles(in: input).articleFiles == ["-#1.html"])
  }

  @Test func reportsADashWithoutStandardInput() {
    let (inputs, problems) = InputCollector().collect(["-"])
    #expect(inputs.isEmpty)
    #expect(problems.map(\.file) == ["-"])
  }

  @Test(arguments: [
    ("a.html", InputSource.Kind.html, false), ("A.XHTML", .html, false), ("n.text", .text, false),
    ("c.warc.gz", .warc, true), ("f.NDJSON", .jsonLines, false), ("f.jsonl.gz", .jsonLines, true),
  ])
  func mapsExtensionsToKinds(name: String, kind: InputSource.Kind, gzipped: Bool) {
    let found = InputSource.kind(forName: "dir.d/" + name)
    #expect(found?.kind == kind)
    #expect(found?.gzipped == gzipped)
  }

  @Test(arguments: ["notes.md", "archive.gz", "data.json", "Makefile", ".html"])
  func knowsNoKindForOtherNames(name: String) {
    #expect(InputSource.kind(forName: name) == nil)
  }
}
