import CrosscheckCore

extension NumericReconciler {
  /// Marks the current (latest) value of each subject and attribute, describes the values over
  /// time, and flags a value that breaks a plausible sequence.
  ///
  /// For an attribute with a ``Trend`` of `increasing` (or `decreasing`), the values off the
  /// best-supported monotonic chain break it. For any other attribute a value breaks the sequence
  /// when it departs from both neighbours in time while they agree with each other (6, 9, 6):
  /// a value that goes away and comes back is more likely a mistake than a change.
  ///
  /// - Returns: for each claim supporting a value that breaks its sequence, the reason in words.
  func checkSequences(_ values: inout [ReconciledValue], context: ReconcileContext) -> [String: String] {
    var histories: [GroupKey: [Int]] = [:]
    for (i, v) in values.enumerated() {
      histories[GroupKey(subject: v.subject, attribute: v.attribute, qualifier: v.qualifier ?? ""), default: []].append(i)
    }
    var breaks: [String: String] = [:]
    for key in histories.keys.sorted() {
      let all = histories[key] ?? []
      let dated = all.filter { values[$0].year != nil }.sorted { (values[$0].year ?? 0) < (values[$1].year ?? 0) }
      guard let latest = dated.last ?? all.last else { continue }
      for i in all { values[i].current = i == latest }
      guard dated.count > 1 else { continue }
      let trend = context.trends[key.attribute] ?? .any
      let unit = values[latest].unit
      let name = Format.attribute(key.attribute)
      func span(_ i: Int) -> (Double, Double) {
        interval(values[i].value, unit: unit)
      }
      func text(_ i: Int) -> String { "\(Format.value(values[i].value)) in \(values[i].year.map(String.init) ?? "?")" }

      var broken: [Int: String] = [:]
      switch trend {
      case .increasing, .decreasing:
        // The heaviest chain in which no value moves against the trend; the rest break it.
        let n = dated.count
        func fits(_ earlier: Int, _ later: Int) -> Bool {
          let (e, l) = (span(dated[earlier]), span(dated[later]))
          return trend == .increasing ? e.0 <= l.1 : e.1 >= l.0
        }
        var best = [Double](repeating: 0, count: n)
        var previous = [Int?](repeating: nil, count: n)
        for j in 0..<n {
          best[j] = values[dated[j]].confidence + 1e-6
          for i in 0..<j where fits(i, j) && best[i] + values[dated[j]].confidence + 1e-6 > best[j] {
            best[j] = best[i] + values[dated[j]].confidence + 1e-6
            previous[j] = i
          }
        }
        var chain = Set<Int>()
        var cursor = best.indices.max { best[$0] < best[$1] || (best[$0] == best[$1] && $0 > $1) }
        while let c = cursor {
          chain.insert(c)
          cursor = previous[c]
        }
        let direction = trend == .increasing ? "only grows" : "only shrinks"
        for j in 0..<n where !chain.contains(j) {
          let neighbour = chain.sorted().last { $0 < j } ?? chain.sorted().first { $0 > j }
          let against = neighbour.map { " against \(text(dated[$0]))" } ?? ""
          broken[dated[j]] = "\(text(dated[j])) breaks it\(against): a \(name) \(direction)"
        }
      case .any:
        guard dated.count > 2 else { break }
        for j in 1..<(dated.count - 1) {
          let (p, c, n) = (span(dated[j - 1]), span(dated[j]), span(dated[j + 1]))
          func meet(_ x: (Double, Double), _ y: (Double, Double)) -> Bool { x.0 <= y.1 && y.0 <= x.1 }
          if meet(p, n), !meet(p, c), !meet(c, n) {
            broken[dated[j]] = "\(text(dated[j])) departs from \(text(dated[j - 1])) and \(text(dated[j + 1])) and comes back"
          }
        }
      }

      // Runs of the same value read as one step: "9 in 1992, 7 in 2012, 6 from 2016 to 2024".
      var runs: [(value: String, first: Int, last: Int, index: Int)] = []
      for i in dated {
        let v = Format.value(values[i].value)
        let year = values[i].year ?? 0
        if let last = runs.last, last.value == v {
          runs[runs.count - 1].last = year
        } else {
          runs.append((v, year, year, i))
        }
      }
      let steps = runs.map { $0.first == $0.last ? "\($0.value) in \($0.first)" : "\($0.value) from \($0.first) to \($0.last)" }
      var rises = false
      var falls = false
      for (x, y) in zip(runs, runs.dropFirst()) {
        let (a, b) = (span(x.index), span(y.index))
        if b.0 > a.1 { rises = true }
        if b.1 < a.0 { falls = true }
      }
      let shape = rises && falls ? "rises and falls" : rises ? "rises" : falls ? "falls" : "holds steady"
      var note = steps.joined(separator: ", ") + ": \(shape)"
      if broken.isEmpty {
        switch trend {
        case .any: note += "; plausible for a \(name), which can rise and fall"
        case .increasing: note += "; plausible for a \(name), which only grows"
        case .decreasing: note += "; plausible for a \(name), which only shrinks"
        }
      } else {
        note += "; not plausible: " + broken.keys.sorted().compactMap { broken[$0] }.joined(separator: "; ")
      }
      values[latest].sequence = note
      values[latest].sequencePlausible = broken.isEmpty
      for (i, why) in broken {
        values[i].breaksSequence = why
        for claim in values[i].supportingClaims { breaks[claim] = why }
      }
    }
    return breaks
  }
}
