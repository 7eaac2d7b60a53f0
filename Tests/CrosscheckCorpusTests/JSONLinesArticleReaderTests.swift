import CrosscheckCore
import Testing

@testable import CrosscheckCorpus

@Suite struct JSONLinesArticleReaderTests {
  func read(_ lines: [String], file: String = "feed.jsonl") -> InputContents {
    JSONLinesArticleReader().articles(in: Array(lines.joined(separator: "\n").utf8), file: file)
  }

  @Test func namesHTMLAndTextArticlesSoTheNormalizerPicksTheReader() {
    let contents = read([
      #"{"id": "bakery-7", "html": "<p>The bakery sold 900 loaves.</p>"}"#,
      #"{"id": "mine-2", "text": "The mine closed after 61 years."}"#,
    ])
    #expect(contents.articleFiles == ["feed.jsonl#bakery-7.html", "feed.jsonl#mine-2.txt"])
    #expect(
      contents.readable.map { utf8($0.bytes) } == [
        "<p>The bakery sold 900 loaves.</p>", "The mine closed after 61 years.",
      ])
  }

  @Test func prefersHTMLWhenALineHasBoth() {
    let contents = read([#"{"html": "<p>markup</p>", "text": "markup"}"#])
    #expect(contents.articleFiles == ["feed.jsonl#1.html"])
  }

  @Test func carriesURLTitleAuthorAndDateAsKnownMetadata() throws {
    let contents = read([
      #"{"url": "https://city.example/budget", "title": "Budget passes", "#
        + #""authors": ["R. Lin", "K. Obi"], "#
        + #""published": "2023-11-08T09:30:00Z", "text": "The council met."}"#
    ])
    let known = try #require(contents.readable.first).known
    #expect(known.url == "https://city.example/budget")
    #expect(known.title == "Budget passes")
    #expect(known.author == "R. Lin, K. Obi")
    #expect(known.published == PartialDate(year: 2023, month: 11, day: 8))
    #expect(known.publishedBasis == "input")
  }

  @Test func readsUnixSecondsAndMillisecondsAsDates() {
    let contents = read([
      #"{"text": "a", "published": 1700000000}"#,
      #"{"text": "b", "published": 1700000000000}"#,
    ])
    #expect(
      contents.readable.map(\.known.published) == [
        PartialDate(year: 2023, month: 11, day: 14), PartialDate(year: 2023, month: 11, day: 14),
      ])
  }

  @Test func keepsADateItCannotReadAsANote() throws {
    let known = try #require(read([#"{"text": "a", "published": "last Tuesday"}"#]).readable.first)
      .known
    #expect(known.published == nil)
    #expect(known.publishedNote == "unread date in input: last Tuesday")
  }

  @Test func reportsMalformedLinesAndReadsTheRest() {
    let contents = read([
      #"{"text": "first article about a canal"}"#,
      #"{"text": "unterminated"#,
      #"["an", "array"]"#,
      #"{"title": "no body at all"}"#,
      #"{"text": "fifth line, still read"}"#,
    ])
    #expect(contents.articleFiles == ["feed.jsonl#1.txt", "feed.jsonl#5.txt"])
    #expect(contents.problems.map(\.file) == ["feed.jsonl#2", "feed.jsonl#3", "feed.jsonl#4"])
    #expect(contents.problemErrors[0] == .malformedLine("not valid JSON"))
    #expect(contents.problemErrors[1] == .malformedLine("not a JSON object"))
  }

  @Test func countsLinesAcrossBlankLinesAndCRLF() {
    let bytes = Array("\r\n{\"text\": \"x\"}\r\n\n   \n{\"text\": \"y\"}\r\n".utf8)
    let contents = JSONLinesArticleReader().articles(in: bytes, file: "f.ndjson")
    #expect(contents.articleFiles == ["f.ndjson#2.txt", "f.ndjson#5.txt"])
    #expect(contents.problems.isEmpty)
  }

  @Test func usesNumericIDsAndFallsBackToLineNumbersForUnusableOrRepeatedOnes() {
    let contents = read([
      #"{"id": 1, "text": "a"}"#,
      #"{"id": 42, "text": "b"}"#,
      #"{"id": "sports/cricket", "text": "c"}"#,
      #"{"id": 42, "text": "d"}"#,
      #"{"id": true, "text": "e"}"#,
    ])
    #expect(
      contents.articleFiles == [
        "feed.jsonl#1.txt", "feed.jsonl#42.txt", "feed.jsonl#3.txt", "feed.jsonl#4.txt",
        "feed.jsonl#5.txt",
      ])
  }

  @Test func reportsAnArticleOverTheSizeLimit() {
    let reader = JSONLinesArticleReader(maxArticleBytes: 10)
    let contents = reader.articles(
      in: Array(#"{"id": "long", "text": "far more than ten bytes"}"#.utf8), file: "l.jsonl")
    #expect(
      contents.problems == [
        InputProblem(file: "l.jsonl#long", error: .tooLarge(bytes: 23, limit: 10))
      ])
  }

  @Test func readsOtherKeyNamesWhenConfigured() {
    var keys = JSONLinesArticleReader.Keys()
    keys.text = ["body"]
    let contents = JSONLinesArticleReader(keys: keys).articles(
      in: Array(#"{"body": "Shipyard hires 300."}"#.utf8), file: "k.jsonl")
    #expect(contents.articleFiles == ["k.jsonl#1.txt"])
  }
}
