import CrosscheckCorpus
import GRDB

/// The store's tables and the migrations that build them, oldest first.
///
/// Each migration is registered once and never edited after release; a change to the schema is a
/// new migration. ``StoreSchema/version`` counts them and is written to `store_info`, so `sqlite3`
/// users and older builds can read it without knowing GRDB's `grdb_migrations` table.
enum StoreSchema {
  /// The schema version this build writes: the number of migrations.
  static var version: Int { identifiers.count }

  static let identifiers = ["v1-documents-claims-groups", "v2-near-duplicate-signatures"]

  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration(identifiers[0]) { db in try createVersion1(db) }
    migrator.registerMigration(identifiers[1]) { db in try createVersion2(db) }
    return migrator
  }

  /// Documents, their annotations and claims; reconciled groups; runs and problems.
  static func createVersion1(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE store_info (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE pipelines (
          id INTEGER PRIMARY KEY, file TEXT NOT NULL, hash TEXT NOT NULL, name TEXT NOT NULL,
          first_used TEXT NOT NULL, UNIQUE (file, hash));
        CREATE TABLE runs (
          id INTEGER PRIMARY KEY, started TEXT NOT NULL, finished TEXT,
          pipeline INTEGER NOT NULL REFERENCES pipelines(id), inputs TEXT NOT NULL,
          new INTEGER NOT NULL DEFAULT 0, known INTEGER NOT NULL DEFAULT 0,
          reextracted INTEGER NOT NULL DEFAULT 0, failed INTEGER NOT NULL DEFAULT 0,
          groups_changed INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE documents (
          seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, file TEXT NOT NULL, text TEXT NOT NULL,
          metadata TEXT NOT NULL, paragraphs TEXT NOT NULL, warnings TEXT NOT NULL,
          copy_of TEXT, pipeline INTEGER NOT NULL REFERENCES pipelines(id),
          added TEXT NOT NULL, extracted TEXT NOT NULL);
        CREATE TABLE sightings (
          document TEXT NOT NULL, file TEXT NOT NULL, first_seen TEXT NOT NULL,
          last_seen TEXT NOT NULL, times INTEGER NOT NULL DEFAULT 1,
          PRIMARY KEY (document, file)) WITHOUT ROWID;
        CREATE TABLE sentences (
          document TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
          PRIMARY KEY (document, idx)) WITHOUT ROWID;
        CREATE TABLE entities (
          document TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
          canonical TEXT NOT NULL, type TEXT NOT NULL, basis TEXT NOT NULL,
          PRIMARY KEY (document, idx)) WITHOUT ROWID;
        CREATE TABLE claims (
          seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, document TEXT NOT NULL, pipeline INTEGER NOT NULL,
          subject TEXT NOT NULL, subject_raw TEXT NOT NULL, mention TEXT NOT NULL,
          subject_type TEXT NOT NULL, subject_basis TEXT NOT NULL, attribute TEXT NOT NULL,
          qualifier TEXT NOT NULL, low REAL, high REAL, modifier TEXT NOT NULL, unit TEXT,
          year INTEGER, time_basis TEXT NOT NULL, sentence_start INTEGER NOT NULL,
          sentence_end INTEGER NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
          members TEXT, warnings TEXT, subject_start INTEGER, subject_end INTEGER, via TEXT,
          members_complete INTEGER, rule TEXT, added TEXT NOT NULL);
        CREATE INDEX claims_by_group ON claims (subject, attribute, qualifier);
        CREATE INDEX claims_by_document ON claims (document);
        CREATE INDEX claims_by_person ON claims (subject_raw) WHERE subject_type = 'person';
        CREATE TABLE person_spellings (
          key TEXT NOT NULL, spelling TEXT NOT NULL, count INTEGER NOT NULL,
          PRIMARY KEY (key, spelling)) WITHOUT ROWID;
        CREATE TABLE dirty_person_keys (key TEXT PRIMARY KEY) WITHOUT ROWID;
        CREATE TABLE dirty_groups (
          subject TEXT NOT NULL, attribute TEXT NOT NULL, qualifier TEXT NOT NULL,
          PRIMARY KEY (subject, attribute, qualifier)) WITHOUT ROWID;
        CREATE TABLE claim_groups (
          id INTEGER PRIMARY KEY, subject TEXT NOT NULL, attribute TEXT NOT NULL,
          qualifier TEXT NOT NULL, claims INTEGER NOT NULL, worst TEXT, digest TEXT NOT NULL,
          changed TEXT NOT NULL, UNIQUE (subject, attribute, qualifier));
        CREATE INDEX claim_groups_by_change ON claim_groups (changed);
        CREATE TABLE conflicts (
          grp INTEGER NOT NULL, idx INTEGER NOT NULL, a TEXT NOT NULL, b TEXT NOT NULL,
          verdict TEXT NOT NULL, record TEXT NOT NULL, PRIMARY KEY (grp, idx)) WITHOUT ROWID;
        CREATE TABLE reconciled (
          grp INTEGER NOT NULL, idx INTEGER NOT NULL, year INTEGER, record TEXT NOT NULL,
          PRIMARY KEY (grp, idx)) WITHOUT ROWID;
        CREATE TABLE problems (
          file TEXT NOT NULL, stage TEXT NOT NULL, error TEXT NOT NULL, severity TEXT NOT NULL,
          first_seen TEXT NOT NULL, last_seen TEXT NOT NULL,
          PRIMARY KEY (file, stage, error)) WITHOUT ROWID;
        """)
  }

  /// MinHash signatures and their LSH band keys, so a new document is compared with the stored
  /// ones that share a band instead of with all of them. Backfilled from the stored texts.
  static func createVersion2(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE signatures (seq INTEGER PRIMARY KEY, signature BLOB NOT NULL);
        CREATE TABLE bands (
          band INTEGER NOT NULL, key INTEGER NOT NULL, seq INTEGER NOT NULL,
          PRIMARY KEY (band, key, seq)) WITHOUT ROWID;
        """)
    let detector = NearDuplicates.detector
    let rows = try Row.fetchCursor(db, sql: "SELECT seq, text FROM documents ORDER BY seq")
    var pending: [(Int64, String)] = []
    while let row = try rows.next() { pending.append((row["seq"], row["text"])) }
    for (seq, text) in pending {
      guard let signature = detector.signature(of: text) else { continue }
      try NearDuplicates.insert(signature, seq: seq, db)
    }
  }
}
