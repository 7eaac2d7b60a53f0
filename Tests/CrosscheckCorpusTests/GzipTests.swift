import Testing

@testable import CrosscheckCorpus

@Suite struct GzipTests {
  let lighthouse = Array(
    String(
      repeating: "The lighthouse keeper logged 14 ships passing the cape before dawn. ", count: 40
    )
    .utf8)

  @Test func roundTripsThroughCompressAndDecompress() throws {
    let packed = try Gzip.compress(lighthouse)
    #expect(Gzip.isGzip(packed))
    #expect(packed.count < lighthouse.count / 5)
    #expect(try Gzip.decompress(packed) == lighthouse)
  }

  @Test func decompressesConcatenatedMembersIntoOneStream() throws {
    let first = Array("Ferry timetable: 6 departures a day.\n".utf8)
    let second = Array("Winter timetable: 4 departures a day.\n".utf8)
    let joined = try Gzip.compress(first) + Gzip.compress(second) + Gzip.compress([])
    #expect(try Gzip.decompress(joined) == first + second)
  }

  @Test func ignoresZeroPaddingAfterTheLastMember() throws {
    let packed = try Gzip.compress(lighthouse) + [UInt8](repeating: 0, count: 512)
    #expect(try Gzip.decompress(packed) == lighthouse)
  }

  @Test func reportsATruncatedMemberWithItsOffset() throws {
    let first = try Gzip.compress(Array("a complete first member".utf8))
    let second = try Gzip.compress(lighthouse)
    let cut = first + second.prefix(second.count / 2)
    #expect(throws: InputError.truncatedGzip(offset: first.count)) { try Gzip.decompress(cut) }
  }

  @Test func reportsAMissingTrailerAsTruncation() throws {
    let packed = try Gzip.compress(lighthouse)
    #expect(throws: InputError.truncatedGzip(offset: 0)) {
      try Gzip.decompress(Array(packed.dropLast(4)))
    }
  }

  @Test func reportsCorruptDataWithoutCrashing() throws {
    var packed = try Gzip.compress(lighthouse)
    for i in 20..<40 { packed[i] ^= 0xA5 }
    #expect {
      try Gzip.decompress(packed)
    } throws: { error in
      if case .corruptGzip(offset: 0, _) = error as? InputError { true } else { false }
    }
  }

  @Test func rejectsBytesThatAreNotCompressed() {
    #expect(throws: InputError.self) { try Gzip.decompress(Array("<html>plain</html>".utf8)) }
    #expect(throws: InputError.truncatedGzip(offset: 0)) { try Gzip.decompress([]) }
  }

  @Test func reportsTrailingGarbageAfterTheLastMember() throws {
    let packed = try Gzip.compress(lighthouse)
    #expect(throws: InputError.trailingData(offset: packed.count)) {
      try Gzip.decompress(packed + Array("junk".utf8))
    }
  }

  @Test func stopsAtTheOutputLimit() throws {
    let packed = try Gzip.compress(lighthouse)
    #expect(throws: InputError.tooLarge(bytes: nil, limit: 100)) {
      try Gzip.decompress(packed, limit: 100)
    }
    #expect(try Gzip.decompress(packed, limit: lighthouse.count) == lighthouse)
  }

  @Test func iteratesMembersOneAtATimeWithTheirOffsets() throws {
    let parts = ["orchard", "vineyard", "dairy"].map { Array("farm: \($0)".utf8) }
    let members = try parts.map { try Gzip.compress($0) }
    var seen: [GzipMember] = []
    Gzip.forEachMember(in: members.flatMap { $0 }) { seen.append($0) }
    #expect(seen.map(\.bytes) == parts)
    #expect(seen.map(\.offset) == [0, members[0].count, members[0].count + members[1].count])
    #expect(seen.map(\.compressedCount) == members.map(\.count))
    #expect(seen.allSatisfy { $0.error == nil })
  }

  @Test func resumesAfterACorruptMemberAtTheNextHeader() throws {
    let parts = (1...3).map {
      Array(String(repeating: "harbor crane \($0) lifted containers. ", count: 30).utf8)
    }
    var members = try parts.map { try Gzip.compress($0) }
    for i in 15..<25 { members[1][i] ^= 0xFF }
    var seen: [GzipMember] = []
    Gzip.forEachMember(in: members.flatMap { $0 }) { seen.append($0) }
    #expect(seen.count == 3)
    #expect(seen[0].bytes == parts[0])
    #expect(seen[1].compressedCount == nil)
    if case .corruptGzip(let offset, _)? = seen[1].error {
      #expect(offset == members[0].count)
    } else {
      Issue.record("expected a corrupt member, got \(String(describing: seen[1].error))")
    }
    #expect(seen[2].bytes == parts[2])
    #expect(seen[2].error == nil)
  }

  @Test func keepsOnlyTheLimitOfAnOversizedMemberAndGoesOn() throws {
    let big = Array(String(repeating: "x", count: 5_000).utf8)
    let small = Array("after the big one".utf8)
    var seen: [GzipMember] = []
    Gzip.forEachMember(in: try Gzip.compress(big) + Gzip.compress(small), limit: 1_000) {
      seen.append($0)
    }
    #expect(seen.count == 2)
    #expect(seen[0].bytes.count == 1_000)
    #expect(seen[0].error == .tooLarge(bytes: 5_000, limit: 1_000))
    #expect(seen[1].bytes == small)
  }
}
