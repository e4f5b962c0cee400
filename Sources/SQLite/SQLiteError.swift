import CSQLite

/// An error reported by SQLite: the (extended) result code, its message and, when known, the SQL that failed.
public struct SQLiteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The extended result code (`SQLITE_BUSY`, `SQLITE_CONSTRAINT_PRIMARYKEY`, …).
    public let code: Int32
    /// SQLite's message for the error (`sqlite3_errmsg`), or the generic text of the code.
    public let message: String
    /// The statement text that failed, when the error came from preparing or running SQL.
    public let sql: String?

    /// Creates an error from a result code and message.
    public init(code: Int32, message: String, sql: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
    }

    /// The primary result code (the low byte of the extended code).
    public var primaryCode: Int32 { code & 0xFF }

    /// Whether the database was busy or locked (retryable).
    public var isBusy: Bool { primaryCode == SQLITE_BUSY || primaryCode == SQLITE_LOCKED }

    /// Whether a constraint (UNIQUE, NOT NULL, …) failed.
    public var isConstraint: Bool { primaryCode == SQLITE_CONSTRAINT }

    /// A one-line description: message, code and SQL.
    public var description: String {
        var text = "SQLite error \(code): \(message)"
        if let sql { text += " [\(sql)]" }
        return text
    }
}

/// The single funnel from sqlite3 result codes to Swift errors: `SQLITE_OK`, `SQLITE_ROW` and `SQLITE_DONE` pass,
/// anything else throws an ``SQLiteError`` carrying the connection's message.
@inline(__always)
func check(_ rc: Int32, _ db: OpaquePointer?, sql: String? = nil) throws(SQLiteError) {
    guard rc != SQLITE_OK, rc != SQLITE_ROW, rc != SQLITE_DONE else { return }
    throw makeError(rc, db, sql: sql)
}

/// Builds an ``SQLiteError`` from a result code, reading the message from the connection when there is one.
func makeError(_ rc: Int32, _ db: OpaquePointer?, sql: String? = nil) -> SQLiteError {
    let message: String
    if let db, let text = sqlite3_errmsg(db) {
        message = String(cString: text)
    } else if let text = sqlite3_errstr(rc) {
        message = String(cString: text)
    } else {
        message = "unknown error"
    }
    let code = db.map { sqlite3_extended_errcode($0) } ?? rc
    // sqlite3_extended_errcode reports the most recent failure; fall back to rc if it disagrees on the class.
    return SQLiteError(code: (code & 0xFF) == (rc & 0xFF) ? code : rc, message: message, sql: sql)
}
