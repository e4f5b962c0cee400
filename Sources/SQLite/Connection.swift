import CSQLite

/// One connection to an SQLite database.
///
/// Threading: a connection is opened with `SQLITE_OPEN_NOMUTEX` by default, so it and its statements must be used
/// by one thread at a time; the owner decides which (e.g. Storage's single writer thread). That is why it is not
/// `Sendable`. The connection closes when the last reference to it (including its statements') goes away.
public final class Connection {
    /// Flags for `sqlite3_open_v2`.
    public struct OpenFlags: OptionSet, Sendable {
        /// The raw `SQLITE_OPEN_*` bits.
        public let rawValue: Int32
        /// Creates flags from raw `SQLITE_OPEN_*` bits.
        public init(rawValue: Int32) { self.rawValue = rawValue }
        /// Open read-only.
        public static let readOnly = OpenFlags(rawValue: SQLITE_OPEN_READONLY)
        /// Open for reading and writing.
        public static let readWrite = OpenFlags(rawValue: SQLITE_OPEN_READWRITE)
        /// Create the file if it does not exist.
        public static let create = OpenFlags(rawValue: SQLITE_OPEN_CREATE)
        /// No connection mutex: the caller guarantees one thread at a time.
        public static let noMutex = OpenFlags(rawValue: SQLITE_OPEN_NOMUTEX)
        /// Serialised mode: SQLite locks the connection itself.
        public static let fullMutex = OpenFlags(rawValue: SQLITE_OPEN_FULLMUTEX)
        /// Read-write, create if missing, no mutex.
        public static let `default`: OpenFlags = [.readWrite, .create, .noMutex]
    }

    /// The underlying `sqlite3*`.
    let handle: OpaquePointer

    /// Opens (and with `.create`, creates) the database at `path`.
    public init(path: String, flags: OpenFlags = .default) throws(SQLiteError) {
        var db: OpaquePointer?
        let rc = sqlite3_open_v2(path, &db, flags.rawValue | SQLITE_OPEN_EXRESCODE, nil)
        guard rc == SQLITE_OK, let db else {
            let error = makeError(rc, db)
            sqlite3_close_v2(db)
            throw error
        }
        handle = db
    }

    deinit {
        // close_v2 never fails on a busy connection: it finishes once the last statement is finalised.
        sqlite3_close_v2(handle)
    }

    /// Runs one or more SQL statements separated by semicolons, ignoring any rows they return.
    public func exec(_ sql: String) throws(SQLiteError) {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        defer { sqlite3_free(errorMessage) }
        guard rc == SQLITE_OK else {
            let message = errorMessage.map { String(cString: $0) }
            let error = makeError(rc, handle, sql: sql)
            throw SQLiteError(code: error.code, message: message ?? error.message, sql: sql)
        }
    }

    /// Compiles one statement. `persistent` hints SQLite that the statement is kept and reused
    /// (`SQLITE_PREPARE_PERSISTENT`), as for statements prepared once per connection.
    public func prepare(_ sql: String, persistent: Bool = false) throws(SQLiteError) -> Statement {
        var statement: OpaquePointer?
        let flags = persistent ? UInt32(SQLITE_PREPARE_PERSISTENT) : 0
        let rc = sqlite3_prepare_v3(handle, sql, -1, flags, &statement, nil)
        try SQLite.check(rc, handle, sql: sql)
        guard let statement else {
            throw SQLiteError(code: SQLITE_MISUSE, message: "no statement in SQL", sql: sql)
        }
        return Statement(connection: self, handle: statement, sql: sql)
    }

    /// Runs `sql` and returns the first column of its first row as an integer (nil if no row or NULL).
    /// Handy for `PRAGMA` queries and counts.
    public func scalarInt(_ sql: String) throws(SQLiteError) -> Int64? {
        let statement = try prepare(sql)
        guard try statement.step(), !statement.isNull(at: 0) else { return nil }
        return statement.int64(at: 0)
    }

    /// Runs `sql` and returns the first column of its first row as text (nil if no row or NULL).
    public func scalarText(_ sql: String) throws(SQLiteError) -> String? {
        let statement = try prepare(sql)
        guard try statement.step(), !statement.isNull(at: 0) else { return nil }
        return statement.text(at: 0)
    }

    /// Rows changed by the most recent INSERT, UPDATE or DELETE.
    public var changes: Int { Int(sqlite3_changes(handle)) }

    /// Whether the connection is outside any explicit transaction (autocommit mode).
    public var isAutocommit: Bool { sqlite3_get_autocommit(handle) != 0 }

    /// Throws for a non-success result code of a call made on this connection.
    public func check(_ rc: Int32) throws(SQLiteError) {
        try SQLite.check(rc, handle)
    }
}
