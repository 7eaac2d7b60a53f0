import Foundation

/// A logistic model that gives each claim a confidence from its structural features.
///
/// Read from a lexicon file of tab-separated lines `feature<TAB>weight`; `#` starts a comment
/// line and blank lines are skipped. The feature `bias` is the intercept. The confidence of a
/// claim is `1 / (1 + exp(-(bias + sum of the weights of its features)))`, rounded to three
/// decimals so that output stays the same from run to run. A feature the file does not name
/// weighs nothing, so a model trained before an attribute or rule existed still reads its claims.
/// Feature names are those of ``ClaimReading/features`` (`rule=count-unit`, `basis=context`).
public struct ClaimConfidence: Sendable, Equatable {
  /// The intercept: the log-odds of a claim with no feature of weight.
  public var bias: Double
  /// The log-odds each feature adds.
  public var weights: [String: Double]

  /// Why a confidence lexicon could not be read.
  public struct ParseError: Error, Equatable, CustomStringConvertible {
    /// The 1-based line number.
    public var line: Int
    public var reason: String

    public var description: String { "line \(line): \(reason)" }
  }

  public init(bias: Double, weights: [String: Double]) {
    self.bias = bias
    self.weights = weights
  }

  /// Reads the lexicon text.
  public init(parsing text: String) throws(ParseError) {
    let (bias, weights) = try Self.weights(parsing: text, reserved: "bias")
    self.init(bias: bias ?? 0, weights: weights)
  }

  /// Reads lines `feature<TAB>weight` (`#` comments and blank lines skipped); the line named
  /// `reserved` ("bias") is returned apart. A feature given twice is an error.
  static func weights(parsing text: String, reserved: String) throws(ParseError)
    -> (reserved: Double?, weights: [String: Double])
  {
    var special: Double?
    var weights: [String: Double] = [:]
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line.hasPrefix("#") { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: true)
        .map { $0.trimmingCharacters(in: .whitespaces) }
      guard fields.count == 2 else {
        throw ParseError(line: index + 1, reason: "expected 'feature<TAB>weight', got '\(line)'")
      }
      guard let weight = Double(fields[1]), weight.isFinite else {
        throw ParseError(line: index + 1, reason: "'\(fields[1])' is not a number")
      }
      guard weights[fields[0]] == nil, fields[0] != reserved || special == nil else {
        throw ParseError(line: index + 1, reason: "'\(fields[0])' is given twice")
      }
      if fields[0] == reserved {
        special = weight
      } else {
        weights[fields[0]] = weight
      }
    }
    return (special, weights)
  }

  /// The confidence of a claim with these features, from 0 to 1, rounded to three decimals.
  public func confidence(of features: [String]) -> Double {
    // Summed in a fixed order, so that the same features give the same bits.
    var z = bias
    for feature in features.sorted() { z += weights[feature] ?? 0 }
    let p = 1 / (1 + exp(-z))
    return (p * 1000).rounded() / 1000
  }
}
