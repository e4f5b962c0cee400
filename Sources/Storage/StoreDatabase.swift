import SQLite

/// The store's SQLite file: schema, PRAGMAs, the prepared statements of the write path, cold-start loading,
/// event-log pruning and WAL checkpoints. Knows rows, not objects' meaning.
final class StoreDatabase: @unchecked Sendable {
    // Invariant (why @unchecked Sendable is sound): used by exactly one thread at a time: the thread running
    // `Store.init` until it starts the writer thread, then only the writer thread, which drops it when it exits.
    private let connection: Connection
    private let beginStatement: Statement
    private let commitStatement: Statement
    private let upsertObject: Statement
    private let deleteObject: Statement
    private let insertEvent: Statement
    private let setMeta: Statement
    private let pruneEventsBelow: Statement
    private let setObjectAttributes: Statement

    /// Opens (creating if needed) the file, sets PRAGMAs, applies migrations and prepares statements.
    init(path: String, synchronousFull: Bool) throws {
        connection = try Connection(path: path)
        try connection.exec(
            """
            PRAGMA page_size = 8192;  -- new files only: most objects then fit one page, no overflow chain (measured: 8 KB beat 4 and 16 KB)
            PRAGMA busy_timeout = 5000;
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = \(synchronousFull ? "FULL" : "NORMAL");
            PRAGMA temp_store = MEMORY;
            PRAGMA mmap_size = 2147418112;  -- cold start reads the whole file through a mapping (see finishLoading)
            PRAGMA cache_size = -4096;  -- 4 MB: reads come from the in-memory cache, the writer needs only hot B-tree pages
            PRAGMA journal_size_limit = 67108864;
            """)
        let mode = try connection.scalarText("PRAGMA journal_mode")
        guard mode?.lowercased() == "wal" else {
            throw StoreError.database("could not enable WAL journal mode (got \(mode ?? "nothing"))")
        }
        _ = try Migrator(migrations: EmbeddedMigrations.all).migrate(connection)
        beginStatement = try connection.prepare("BEGIN IMMEDIATE", persistent: true)
        commitStatement = try connection.prepare("COMMIT", persistent: true)
        upsertObject = try connection.prepare(
            """
            INSERT INTO objects(key, rv, create_rv, value, attrs) VALUES(?, ?, ?, ?, ?)
            ON CONFLICT(key) DO UPDATE SET rv = excluded.rv, create_rv = excluded.create_rv, value = excluded.value,
                attrs = excluded.attrs
            """, persistent: true)
        deleteObject = try connection.prepare("DELETE FROM objects WHERE key = ?", persistent: true)
        insertEvent = try connection.prepare(
            "INSERT INTO events(rv, key, type, value, create_rv, attrs) VALUES(?, ?, ?, ?, ?, ?)", persistent: true)
        setMeta = try connection.prepare(
            "INSERT INTO meta(k, v) VALUES(?, ?) ON CONFLICT(k) DO UPDATE SET v = excluded.v", persistent: true)
        pruneEventsBelow = try connection.prepare("DELETE FROM events WHERE rv < ?", persistent: true)
        setObjectAttributes = try connection.prepare("UPDATE objects SET attrs = ? WHERE key = ? AND rv = ?")
    }

    // MARK: cold start

    /// Ends cold start: from now on pages are read() into the bounded page cache, since a mapping's pages would
    /// count as RSS for the whole file. Loading through the mapping skips a read() per page (≈ 30% of a load).
    func finishLoading() throws {
        try connection.exec("PRAGMA mmap_size = 0")
    }

    /// The persisted current revision (0 for a new store).
    func loadRevision() throws -> Int64 {
        try connection.scalarInt("SELECT v FROM meta WHERE k = 'current_rv'") ?? 0
    }

    /// The persisted named counters (see `Store.setCounter`).
    func loadCounters() throws -> [String: Int64] {
        let statement = try connection.prepare("SELECT k, v FROM meta WHERE k LIKE 'counter:%'")
        var counters: [String: Int64] = [:]
        while try statement.step() {
            counters[String(statement.text(at: 0).dropFirst("counter:".count))] = statement.int64(at: 1)
        }
        return counters
    }

    /// Calls `body` with every object row (key, rv, create_rv, value, attrs) in key order; the attrs bytes are
    /// valid only during the call (empty when NULL).
    func loadObjects(_ body: (String, Int64, Int64, [UInt8], UnsafeRawBufferPointer) -> Void) throws {
        let statement = try connection.prepare("SELECT key, rv, create_rv, value, attrs FROM objects")
        while try statement.step() {
            statement.withBlob(at: 4) { attrs in
                body(statement.text(at: 0), statement.int64(at: 1), statement.int64(at: 2), statement.blob(at: 3),
                     attrs)
            }
        }
    }

    /// Calls `body` with every event row (rv, key, type, value, create_rv) in revision order.
    /// Walks the event log in revision order. `body` gets revision, key and type, plus a loader
    /// for the value and create revision: those sit after the value in the row (in its overflow
    /// pages), so they are read only for events that are not simply the live object's state.
    /// The loader's attrs bytes are valid only until the next row (empty when NULL).
    func loadEvents(_ body: (Int64, String, Int64, () throws -> EventDetails) throws -> Void) throws {
        let statement = try connection.prepare("SELECT rv, key, type FROM events ORDER BY rv")
        let detail = try connection.prepare("SELECT value, create_rv, attrs FROM events WHERE rv = ?")
        while try statement.step() {
            let rv = statement.int64(at: 0)
            try body(rv, statement.text(at: 1), statement.int64(at: 2)) {
                detail.reset()
                try detail.bind(rv, at: 1)
                guard try detail.step() else { return EventDetails(value: [], createRevision: 0, attrs: []) }
                return EventDetails(value: detail.blob(at: 0), createRevision: detail.int64(at: 1),
                                    attrs: detail.blob(at: 2))
            }
        }
    }

    /// The columns of one event row that `loadEvents` reads on demand.
    struct EventDetails {
        let value: [UInt8]
        let createRevision: Int64
        /// The encoded attributes, empty when NULL.
        let attrs: [UInt8]
    }

    /// Stores freshly computed attrs for objects whose persisted ones were missing or stale, in one transaction.
    /// A row changed since (another rv) is left alone: its own write stored current attrs.
    func refreshAttributes(_ rows: [(key: String, revision: Int64, attrs: [UInt8])]) throws {
        guard !rows.isEmpty else { return }
        try begin()
        do {
            for row in rows { try setObjectAttributes.run(.blob(row.attrs), .text(row.key), .int(row.revision)) }
            try commit()
        } catch {
            rollback()
            throw error
        }
    }

    /// The oldest revision in the event log, nil when it is empty.
    func oldestEventRevision() throws -> Int64? {
        try connection.scalarInt("SELECT min(rv) FROM events")
    }

    // MARK: write path (writer thread)

    /// Starts the batch's transaction, taking the write lock at once.
    func begin() throws {
        try beginStatement.run()
    }

    /// Commits; with synchronous=FULL this returns after the WAL is fsync'd.
    func commit() throws {
        try commitStatement.run()
    }

    /// Rolls back after a failure; never throws (a failed rollback leaves SQLite to roll back on the next BEGIN).
    func rollback() {
        if !connection.isAutocommit {
            try? connection.exec("ROLLBACK")
        }
    }

    /// Records a put: the objects row and its event, both with `attrs` (the encoded attributes; nil stores NULL).
    func put(_ object: StoredObject, type: StoreEventType, attrs: [UInt8]?) throws {
        let encoded: Statement.Value = attrs.map { .blob($0) } ?? .null
        try upsertObject.run(.text(object.key), .int(object.revision), .int(object.createRevision), .blob(object.value),
                             encoded)
        try insertEvent.run(.int(object.revision), .text(object.key), .int(Int64(type.rawValue)),
                            .blob(object.value), .int(object.createRevision), encoded)
    }

    /// Records a delete: removes the objects row and logs the tombstone (with its encoded attributes, or NULL).
    func delete(_ tombstone: StoredObject, attrs: [UInt8]?) throws {
        try deleteObject.run(.text(tombstone.key))
        try insertEvent.run(.int(tombstone.revision), .text(tombstone.key), .int(Int64(StoreEventType.deleted.rawValue)),
                            .blob(tombstone.value), .int(tombstone.createRevision), attrs.map { .blob($0) } ?? .null)
    }

    /// Persists the current revision.
    func setRevision(_ revision: Int64) throws {
        try setMeta.run(.text("current_rv"), .int(revision))
    }

    /// Persists a named counter (see `Store.setCounter`). Call inside a transaction.
    func setCounter(_ name: String, _ value: Int64) throws {
        try setMeta.run(.text("counter:" + name), .int(value))
    }

    /// Deletes log rows with rv < `revision` (call inside a transaction; callers keep each step small).
    func pruneEvents(below revision: Int64) throws {
        try pruneEventsBelow.run(.int(revision))
    }

    /// Moves the WAL into the database file and truncates it, so the WAL cannot grow without bound.
    func checkpoint() {
        // Failure (e.g. SQLITE_BUSY from an outside reader) is harmless: the next checkpoint retries.
        try? connection.exec("PRAGMA wal_checkpoint(TRUNCATE)")
    }

    /// Lets SQLite refresh its planner statistics cheaply, as the SQLite docs advise for long-lived connections.
    func optimize() {
        try? connection.exec("PRAGMA optimize")
    }
}
