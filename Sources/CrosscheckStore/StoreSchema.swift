import CrosscheckCore
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

  static let identifiers = [
    "v1-documents-claims-groups", "v2-near-duplicate-signatures", "v3-source-reliability-evidence",
    "v4-claim-confidence-quotation",
  ]

  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration(identifiers[0]) { db in try createVersion1(db) }
    migrator.registerMigration(identifiers[1]) { db in try createVersion2(db) }
    migrator.registerMigration(identifiers[2]) { db in try createVersion3(db) }
    migrator.registerMigration(identifiers[3]) { db in try createVersion4(db) }
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

  /// Claims keyed for cheap inserts: the group index is on `grp` (a hash of the group's key,
  /// see ``StoreRows/groupHash(subject:attribute:qualifier:)``) and claim ids are no longer
  /// indexed (they were only read group by group). Each document's source, and what the
  /// source-reliability estimate reads of every group
  /// (`evidence`: the claims of the time scopes two or more sources speak to, with their sources
  /// and weights) with the reliabilities it last gave (`reliabilities`), so that an ingest can
  /// estimate reliability over the whole store without reading documents again. Every group is
  /// marked for reconciling, which fills both.
  static func createVersion3(_ db: Database) throws {
    try db.execute(
      sql: """
        ALTER TABLE documents ADD COLUMN source TEXT;
        CREATE TABLE evidence (
          subject TEXT NOT NULL, attribute TEXT NOT NULL, qualifier TEXT NOT NULL, year INTEGER NOT NULL,
          claim TEXT NOT NULL, source TEXT NOT NULL, low REAL, high REAL, modifier TEXT NOT NULL, unit TEXT,
          weight REAL NOT NULL, PRIMARY KEY (subject, attribute, qualifier, year, claim)) WITHOUT ROWID;
        CREATE TABLE reliabilities (source TEXT PRIMARY KEY, reliability REAL NOT NULL) WITHOUT ROWID;
        INSERT OR IGNORE INTO dirty_groups (subject, attribute, qualifier)
          SELECT DISTINCT subject, attribute, qualifier FROM claims;
        CREATE TABLE claims_v3 (
          seq INTEGER PRIMARY KEY, id TEXT NOT NULL, document TEXT NOT NULL, pipeline INTEGER NOT NULL,
          subject TEXT NOT NULL, subject_raw TEXT NOT NULL, mention TEXT NOT NULL,
          subject_type TEXT NOT NULL, subject_basis TEXT NOT NULL, attribute TEXT NOT NULL,
          qualifier TEXT NOT NULL, low REAL, high REAL, modifier TEXT NOT NULL, unit TEXT,
          year INTEGER, time_basis TEXT NOT NULL, sentence_start INTEGER NOT NULL,
          sentence_end INTEGER NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
          members TEXT, warnings TEXT, subject_start INTEGER, subject_end INTEGER, via TEXT,
          members_complete INTEGER, rule TEXT, added TEXT NOT NULL, grp INTEGER NOT NULL);
        INSERT INTO claims_v3 SELECT *, crosscheck_group(subject, attribute, qualifier) FROM claims ORDER BY seq;
        DROP TABLE claims;
        ALTER TABLE claims_v3 RENAME TO claims;
        CREATE INDEX claims_by_group ON claims (grp);
        CREATE INDEX claims_by_document ON claims (document);
        CREATE INDEX claims_by_person ON claims (subject_raw) WHERE subject_type = 'person';
        """)
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT d.id, d.file, d.metadata, o.file AS origin_file, o.metadata AS origin_metadata
        FROM documents d LEFT JOIN documents o ON o.id = d.copy_of
        """)
    for row in rows {
      let file: String = row["origin_file"] ?? row["file"]
      let metadata: String? = row["origin_metadata"] ?? row["metadata"]
      let site = StoreRows.decode(DocumentMetadata.self, metadata)?.site
      try db.execute(sql: "UPDATE documents SET source = ? WHERE id = ?", arguments: [site ?? file, row["id"] as String])
    }
    try db.execute(sql: "CREATE INDEX documents_by_source ON documents (source)")
  }

  /// What a claim says of its own trust, as `claims.jsonl` writes it: `confidence` (0 to 1, `NULL`
  /// without a confidence model), `quoted_by` (the speaker of a quoted value, `''` when unnamed,
  /// `NULL` when the value is not quoted) and `reported` (1 for reported speech with no source
  /// named). Claims stored before this migration get `NULL`, `NULL` and 0; no group is marked,
  /// because the reconciler reads none of the three.
  static func createVersion4(_ db: Database) throws {
    try db.execute(
      sql: """
        ALTER TABLE claims ADD COLUMN confidence REAL;
        ALTER TABLE claims ADD COLUMN quoted_by TEXT;
        ALTER TABLE claims ADD COLUMN reported INTEGER NOT NULL DEFAULT 0;
        """)
  }
}
