import CrosscheckCore
import Foundation

@testable import CrosscheckCorpus

/// Builds WARC records from strings for tests.
enum WARCFixture {
  /// One record: version line, headers, a blank line, the block and the two closing CRLFs.
  static func record(
    _ type: String, uri: String? = "https://news.example.org/story",
    date: String? =
      "2024-03-05T10:15:00Z", contentType: String, block: String, version: String = "1.1",
    number: Int = 1, extraHeaders: [String] = [], contentLength: Int? = nil
  ) -> [UInt8] {
    let blockBytes = Array(block.utf8)
    var head = "WARC/\(version)\r\nWARC-Type: \(type)\r\n"
    head += "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-\(String(number, radix: 16))>\r\n"
    if let uri { head += "WARC-Target-URI: \(uri)\r\n" }
    if let date { head += "WARC-Date: \(date)\r\n" }
    head += "Content-Type: \(contentType)\r\n"
    for header in extraHeaders { head += header + "\r\n" }
    head += "Content-Length: \(contentLength ?? blockBytes.count)\r\n\r\n"
    return Array(head.utf8) + blockBytes + Array("\r\n\r\n".utf8)
  }

  /// An HTTP response: status line, headers, blank line, body.
  static func http(status: String = "200 OK", headers: [String], body: String) -> String {
    "HTTP/1.1 \(status)\r\n" + headers.map { $0 + "\r\n" }.joined() + "\r\n" + body
  }

  static func response(
    html body: String, uri: String = "https://news.example.org/story", number: Int = 1
  ) -> [UInt8] {
    record(
      "response", uri: uri, contentType: "application/http; msgtype=response",
      block: http(headers: ["Content-Type: text/html; charset=utf-8"], body: body),
      number: number)
  }

  static let warcinfo = record(
    "warcinfo", uri: nil, contentType: "application/warc-fields",
    block: "software: fixture-writer/1.0\r\nformat: WARC File Format 1.1\r\n")

  static func request(uri: String = "https://news.example.org/story") -> [UInt8] {
    record(
      "request", uri: uri, contentType: "application/http; msgtype=request",
      block: "GET /story HTTP/1.1\r\nHost: news.example.org\r\n\r\n")
  }

  static let metadata = record(
    "metadata", contentType: "application/warc-fields",
    block: "via: https://news.example.org/\r\nfetchTimeMs: 231\r\n")

  /// Each record compressed as its own gzip member, concatenated.
  static func gzipped(_ records: [[UInt8]]) throws -> [UInt8] {
    try records.flatMap { try Gzip.compress($0) }
  }
}

/// A temporary directory removed when the value goes away.
final class TemporaryDirectory {
  let path: String

  init() throws {
    path = NSTemporaryDirectory() + "crosscheck-corpus-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  @discardableResult
  func write(_ relative: String, _ bytes: [UInt8]) throws -> String {
    let full = path + "/" + relative
    let parent = (full as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
    try Data(bytes).write(to: URL(fileURLWithPath: full))
    return full
  }

  @discardableResult
  func write(_ relative: String, _ text: String) throws -> String {
    try write(relative, Array(text.utf8))
  }
}

extension InputContents {
  var articleFiles: [String] { readable.map(\.file) }
  var problemErrors: [InputError] { problems.map(\.error) }
}

func utf8(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
