import CrosscheckCore
import Testing

@testable import CrosscheckReconcile

/// Claims handed to the reconciler already in its reading order are held once instead of
/// copied; the order a caller sorts them into must not change what comes out.
@Suite struct ReconcilingOrderTests {
  let reconciler = NumericReconciler(fixedAttributes: ["founding_year"])

  /// Two subjects, two attributes, several years, ids out of order, a year unknown.
  var mixed: [Claim] {
    [
      claim("c9", 31, year: 2024), claim("c2", 30, year: 2023), claim("c7", 1949, year: nil, attribute: "founding_year"),
      claim("c4", 12, year: 2024, subject: "Port Alliance"), claim("c1", 32, year: 2024),
      claim("c8", 1950, year: nil, attribute: "founding_year"), claim("c3", 30, year: nil),
      claim("c6", 14, year: 2024, subject: "Port Alliance"), claim("c5", 29, year: 2023),
    ]
  }

  @Test func sortsClaimsByGroupThenYearThenIdAndMovesTheirCompanionsAlong() {
    var claims = mixed
    var tags = claims.map(\.id)
    reconciler.sortForReconciling(&claims, alongside: &tags)
    // Harbor Union's founding year (no scope year), its member counts (unknown year first),
    // then Port Alliance.
    #expect(claims.map(\.id) == ["c7", "c8", "c3", "c2", "c5", "c1", "c9", "c4", "c6"])
    #expect(tags == claims.map(\.id))
  }

  @Test func reconcilesSortedClaimsExactlyAsUnsortedOnes() {
    var sorted = mixed
    reconciler.sortForReconciling(&sorted)
    let a = reconciler.reconcile(mixed)
    let b = reconciler.reconcile(sorted)
    #expect(a.conflicts == b.conflicts)
    #expect(a.reconciled == b.reconciled)
    #expect(!a.conflicts.isEmpty)
  }

  @Test(arguments: [0, 1, 2, 5, 40])
  func sortingInPlaceMatchesAPlainSortOfAnyPermutation(_ seed: Int) {
    var generator = SplitMix(seed: UInt64(seed))
    var claims = (0..<60).map { i in
      claim("id\(1000 + Int(generator.next() % 997))-\(i)", Double(20 + i % 5), year: 2015 + Int(generator.next() % 6),
        subject: ["A Union", "B League", "C Mission"][Int(generator.next() % 3)])
    }
    claims.shuffle(using: &generator)
    var positions = Array(claims.indices)
    let original = claims
    reconciler.sortForReconciling(&claims, alongside: &positions)
    let expected = original.sorted { l, r in
      (l.subject.name, l.time.year ?? Int.min, l.id) < (r.subject.name, r.time.year ?? Int.min, r.id)
    }
    #expect(claims.map(\.id) == expected.map(\.id))
    #expect(positions.map { original[$0].id } == claims.map(\.id))
  }
}

/// A small seeded generator, so the permutations are the same on every run.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
