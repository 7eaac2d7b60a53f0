import CrosscheckCorpus
import Foundation
import GRDB

/// Near-copy detection against the stored documents, with the same detector and threshold as a
/// one-shot run: a new document is compared only with the documents sharing one of its LSH bands.
///
/// A copy points to the earliest document of its group (by ingest order), as the one-shot run
/// points to the earliest by input order.
enum NearDuplicates {
  static let detector = NearDuplicateDetector()

  /// One key per band: two signatures share a band key when that band's values are all equal.
  static func bandKeys(_ signature: [UInt64]) -> [Int64] {
    let rows = detector.hashCount / detector.bandCount
    return (0..<detector.bandCount).map { band in
      var key: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(band)
      for value in signature[band * rows..<(band + 1) * rows] {
        key = (key ^ value) &* 0x0000_0100_0000_01B3
        key ^= key >> 29
      }
      return Int64(bitPattern: key)
    }
  }

  static func encode(_ signature: [UInt64]) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(signature.count * 8)
    for v in signature { for s in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: v >> UInt64(s))) } }
    return bytes
  }

  static func decode(_ bytes: [UInt8]) -> [UInt64] {
    var values = [UInt64](repeating: 0, count: bytes.count / 8)
    for i in values.indices {
      var v: UInt64 = 0
      for k in 0..<8 { v |= UInt64(bytes[i * 8 + k]) << UInt64(k * 8) }
      values[i] = v
    }
    return values
  }

  static func insert(_ signature: [UInt64], seq: Int64, _ db: Database) throws {
    try db.cachedStatement(sql: "INSERT OR REPLACE INTO signatures (seq, signature) VALUES (?, ?)")
      .execute(arguments: [seq, Data(encode(signature))])
    let statement = try db.cachedStatement(sql: "INSERT OR IGNORE INTO bands (band, key, seq) VALUES (?, ?, ?)")
    for (band, key) in bandKeys(signature).enumerated() {
      try statement.execute(arguments: [band, key, seq])
    }
  }

  /// The id of the stored document a text is a near copy of (the earliest of its group), if any.
  static func original(of signature: [UInt64], _ db: Database) throws -> String? {
    var candidates: Set<Int64> = []
    let statement = try db.cachedStatement(sql: "SELECT seq FROM bands WHERE band = ? AND key = ?")
    for (band, key) in bandKeys(signature).enumerated() {
      candidates.formUnion(try Int64.fetchAll(statement, arguments: [band, key]))
    }
    var best: (seq: Int64, id: String)?
    // Most candidates share a band by chance and fail the similarity test: read only their
    // signature, and the documents of those that pass.
    let signatureOf = try db.cachedStatement(sql: "SELECT signature FROM signatures WHERE seq = ?")
    let documentOf = try db.cachedStatement(
      sql: """
        SELECT d.id, d.copy_of, o.seq AS original_seq FROM documents d
        LEFT JOIN documents o ON o.id = d.copy_of WHERE d.seq = ?
        """)
    for seq in candidates.sorted() {
      guard let stored = try Data.fetchOne(signatureOf, arguments: [seq]) else { continue }
      let other = decode(Array(stored))
      guard detector.similarity(signature, other) >= detector.threshold,
        let row = try Row.fetchOne(documentOf, arguments: [seq])
      else { continue }
      let root: (Int64, String) =
        if let copyOf: String = row["copy_of"], let originalSeq: Int64 = row["original_seq"] {
          (originalSeq, copyOf)
        } else {
          (seq, row["id"])
        }
      if best.map({ root.0 < $0.seq }) ?? true { best = root }
    }
    return best?.id
  }
}
