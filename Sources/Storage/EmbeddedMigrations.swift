// Embedded copy of the top-level migrations/*.sql files, so the binary needs no files at run time.
// Keep in sync by hand: StorageTests fails when this drifts from migrations/.

import SQLite

/// The schema migrations the store applies at open, identical to `migrations/NNNN_description.sql`.
enum EmbeddedMigrations {
    /// All migrations, in id order.
    static let all: [Migration] = [
        Migration(
            id: 1,
            name: "initial",
            sql: #"""
            -- Storage schema (design.md §3 "Storage = current state + event log").
            -- objects: one row per live key; rv is the store revision of its last write.
            CREATE TABLE objects (
                key TEXT PRIMARY KEY,
                rv INTEGER NOT NULL,
                create_rv INTEGER NOT NULL,
                value BLOB NOT NULL
            ) WITHOUT ROWID;

            -- events: append-only change log keyed by revision, pruned to the history window.
            -- type: 0 added, 1 modified, 2 deleted (value holds the tombstone).
            CREATE TABLE events (
                rv INTEGER PRIMARY KEY,
                key TEXT NOT NULL,
                type INTEGER NOT NULL,
                value BLOB,
                create_rv INTEGER
            );

            -- meta: store-wide counters such as current_rv.
            CREATE TABLE meta (
                k TEXT PRIMARY KEY,
                v INTEGER
            );

            """#),
        Migration(
            id: 2,
            name: "attributes",
            sql: #"""
            -- Persisted index attributes, so cold start decodes them instead of re-running the indexer on every value.
            -- attrs: the compact encoding of the row's Attributes, tagged with the indexer version that computed them
            -- (see Sources/Storage/AttributesCodec.swift); NULL in rows written before this migration.
            ALTER TABLE objects ADD COLUMN attrs BLOB;
            ALTER TABLE events ADD COLUMN attrs BLOB;

            """#),
        Migration(
            id: 3,
            name: "objects_rowid",
            sql: #"""
            -- objects becomes a rowid table. A WITHOUT ROWID table keeps at most about a quarter of a page of each
            -- row in its tree, so every pod spilled into an overflow page (one more page written per write, one more
            -- read per row at start-up); a rowid table keeps a row of up to a page in place, and the key gets its
            -- own small unique index.
            CREATE TABLE objects_rowid (
                key TEXT NOT NULL UNIQUE,
                rv INTEGER NOT NULL,
                create_rv INTEGER NOT NULL,
                value BLOB NOT NULL,
                attrs BLOB
            );
            INSERT INTO objects_rowid(key, rv, create_rv, value, attrs) SELECT key, rv, create_rv, value, attrs FROM objects;
            DROP TABLE objects;
            ALTER TABLE objects_rowid RENAME TO objects;

            """#),
    ]
}
