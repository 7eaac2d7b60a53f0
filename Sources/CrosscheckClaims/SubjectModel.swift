import CrosscheckCore

/// A linear model that scores the entities that could be a claim's subject (see
/// ``SubjectCandidate``) and takes another one over the rules' choice when it scores at least
/// ``margin`` higher.
///
/// Read from a lexicon file of tab-separated lines `feature<TAB>weight` (as
/// ``ClaimConfidence``), where the line `margin` gives the margin. A candidate's score is the sum
/// of its features' weights; a feature the file does not name weighs nothing. Trained by
/// `Benchmarks/train-subjects.py` on the labelled sets, the rules' first sight of new sets
/// included, since a tuned set keeps few of the subjects rules get wrong on new text.
public struct SubjectModel: Sendable, Equatable {
  /// How much more than the rules' choice a candidate must score to replace it.
  public var margin: Double
  /// The score each feature adds.
  public var weights: [String: Double]

  public init(margin: Double, weights: [String: Double]) {
    self.margin = margin
    self.weights = weights
  }

  /// Reads the lexicon text; without a `margin` line the margin is 1.
  public init(parsing text: String) throws(ClaimConfidence.ParseError) {
    let (margin, weights) = try ClaimConfidence.weights(parsing: text, reserved: "margin")
    self.init(margin: margin ?? 1, weights: weights)
  }

  /// The score of a candidate with these features.
  public func score(_ features: [String]) -> Double {
    // Summed in a fixed order, so that the same features give the same bits.
    var z = 0.0
    for feature in features.sorted() { z += weights[feature] ?? 0 }
    return z
  }

  /// The index of the candidate to take: `0` (the rules' choice, which comes first; also when
  /// there is no candidate) unless another scores at least ``margin`` more; of equal scores,
  /// the earliest.
  public func choice(among candidates: [SubjectCandidate]) -> Int {
    guard candidates.count > 1 else { return 0 }
    let scores = candidates.map { score($0.features) }
    var best = 0
    for k in scores.indices.dropFirst() where scores[k] > scores[best] { best = k }
    return best > 0 && scores[best] - scores[0] >= margin ? best : 0
  }
}
