import CrosscheckCore
import CrosscheckPipeline
import Foundation

/// What identifies the pipeline that produced a claim: its file, name and a hash of its text and
/// of every file its text names (lexicons, gazetteers), so editing a lexicon changes the hash.
public struct PipelineFingerprint: Sendable, Hashable {
  public var file: String
  public var name: String
  /// Lowercase hex SHA-256.
  public var hash: String

  public init(file: String, name: String, hash: String) {
    self.file = file
    self.name = name
    self.hash = hash
  }

  /// The fingerprint of a pipeline loaded from a file. A word of the file that names an existing
  /// file relative to the pipeline's directory adds that file's bytes to the hash.
  public init(pipeline: Pipeline) {
    let text = (try? Data(contentsOf: URL(fileURLWithPath: pipeline.file))).map(Array.init) ?? []
    self.init(file: pipeline.file, name: pipeline.name, yaml: text)
  }

  /// The fingerprint of pipeline text, with paths resolved against the file's directory.
  public init(file: String, name: String, yaml: [UInt8]) {
    var bytes = yaml
    let base = (file as NSString).deletingLastPathComponent
    var seen: Set<String> = []
    for word in PipelineFingerprint.pathWords(yaml) where seen.insert(word).inserted {
      let path = word.hasPrefix("/") ? word : (base.isEmpty ? word : base + "/" + word)
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
        let data = FileManager.default.contents(atPath: path)
      else { continue }
      bytes += Array("\u{0}\(word)\u{0}".utf8) + Array(data)
    }
    self.init(file: file, name: name, hash: ContentHash.hex(bytes))
  }

  /// Words that look like file paths: runs of letters, digits and `_ . / -` containing a dot.
  static func pathWords(_ bytes: [UInt8]) -> [String] {
    var words: [String] = []
    var current: [UInt8] = []
    func end() {
      if current.contains(UInt8(ascii: ".")), current.count > 2 { words.append(String(decoding: current, as: UTF8.self)) }
      current.removeAll(keepingCapacity: true)
    }
    for b in bytes {
      switch b {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "/"),
        UInt8(ascii: "-"):
        current.append(b)
      default: end()
      }
    }
    end()
    return words
  }
}
