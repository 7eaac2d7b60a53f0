import Foundation

/// The `with:` options of one step, typed at the edge: readers throw ``PipelineError`` naming the
/// pipeline file and the key.
public struct StageOptions: Sendable {
  public let file: String
  /// Where the options sit in the file, such as `stages[2].with`.
  public let keyPath: String
  public let values: [String: String]
  /// Relative paths in options are resolved against this directory (the pipeline file's).
  public let baseDirectory: String

  public init(file: String, keyPath: String, values: [String: String], baseDirectory: String) {
    self.file = file
    self.keyPath = keyPath
    self.values = values
    self.baseDirectory = baseDirectory
  }

  /// Fails on an option the step does not know.
  public func check(known: [String]) throws(PipelineError) {
    for key in values.keys.sorted() where !known.contains(key) {
      throw .unknownOption(file: file, key: "\(keyPath).\(key)", known: known.sorted())
    }
  }

  public func double(_ key: String, default value: Double, in range: ClosedRange<Double>) throws(PipelineError) -> Double {
    guard let text = values[key] else { return value }
    guard let x = Double(text), range.contains(x) else {
      throw .invalidOption(file: file, key: "\(keyPath).\(key)", reason: "'\(text)' is not a number from \(range.lowerBound) to \(range.upperBound)")
    }
    return x
  }

  public func int(_ key: String, default value: Int, in range: ClosedRange<Int>) throws(PipelineError) -> Int {
    guard let text = values[key] else { return value }
    guard let x = Int(text), range.contains(x) else {
      throw .invalidOption(file: file, key: "\(keyPath).\(key)", reason: "'\(text)' is not a whole number from \(range.lowerBound) to \(range.upperBound)")
    }
    return x
  }

  public func string(_ key: String, default value: String) -> String { values[key] ?? value }

  /// The absolute path of a file option.
  public func path(_ key: String, default value: String) -> String {
    let p = values[key] ?? value
    return p.hasPrefix("/") ? p : (baseDirectory as NSString).appendingPathComponent(p)
  }

  /// The text of a lexicon file named by an option.
  public func fileText(_ key: String, default value: String) throws(PipelineError) -> String {
    let p = path(key, default: value)
    do {
      return try String(contentsOfFile: p, encoding: .utf8)
    } catch {
      throw .invalidOption(file: file, key: "\(keyPath).\(key)", reason: "cannot read '\(p)': \(error.localizedDescription)")
    }
  }
}
