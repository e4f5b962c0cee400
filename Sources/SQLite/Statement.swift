import CSQLite

/// A compiled SQL statement. Parameters are 1-based (as in SQLite); result columns are 0-based.
///
/// Threading: same as its ``Connection`` (one thread at a time). The statement keeps its connection alive and is
/// finalised in `deinit`. Bound values are copied (`SQLITE_TRANSIENT`), so callers' buffers need not outlive a bind.
public final class Statement {
    private let connection: Connection
    private let handle: OpaquePointer
    /// The SQL text the statement was compiled from.
    public let sql: String

    init(connection: Connection, handle: OpaquePointer, sql: String) {
        self.connection = connection
        self.handle = handle
        self.sql = sql
    }

    deinit {
        sqlite3_finalize(handle)
    }

    private func check(_ rc: Int32) throws(SQLiteError) {
        try SQLite.check(rc, connection.handle, sql: sql)
    }

    /// Binds an integer to parameter `index` (1-based).
    public func bind(_ value: Int64, at index: Int32) throws(SQLiteError) {
        try check(sqlite3_bind_int64(handle, index, value))
    }

    /// Binds UTF-8 text to parameter `index` (1-based).
    public func bind(_ value: String, at index: Int32) throws(SQLiteError) {
        var text = value
        let rc = text.withUTF8 { buffer -> Int32 in
            // A nil base address would bind NULL; an empty string must stay an empty TEXT value.
            guard let base = buffer.baseAddress else {
                return sqlite3_bind_text(handle, index, "", 0, kubeling_sqlite_transient())
            }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                sqlite3_bind_text(handle, index, $0, Int32(buffer.count), kubeling_sqlite_transient())
            }
        }
        try check(rc)
    }

    /// Binds bytes as a BLOB to parameter `index` (1-based). An empty array binds an empty BLOB, not NULL.
    public func bind(_ value: [UInt8], at index: Int32) throws(SQLiteError) {
        let rc = value.withUnsafeBytes { buffer -> Int32 in
            guard let base = buffer.baseAddress, buffer.count > 0 else {
                return sqlite3_bind_zeroblob(handle, index, 0)
            }
            return sqlite3_bind_blob(handle, index, base, Int32(buffer.count), kubeling_sqlite_transient())
        }
        try check(rc)
    }

    /// Binds NULL to parameter `index` (1-based).
    public func bindNull(at index: Int32) throws(SQLiteError) {
        try check(sqlite3_bind_null(handle, index))
    }

    /// Advances the statement: `true` when a row is available, `false` when done.
    @discardableResult
    public func step() throws(SQLiteError) -> Bool {
        let rc = sqlite3_step(handle)
        if rc == SQLITE_ROW { return true }
        if rc == SQLITE_DONE { return false }
        try check(rc)
        return false
    }

    /// Resets the statement so it can run again; bindings are kept (see ``clearBindings()``).
    public func reset() {
        // The error of a failed step is also returned by reset; it was already reported by step().
        sqlite3_reset(handle)
    }

    /// Sets every parameter back to NULL.
    public func clearBindings() {
        sqlite3_clear_bindings(handle)
    }

    /// Resets, binds `values` to parameters 1…n, steps once to completion and resets again.
    /// For INSERT/UPDATE/DELETE statements that return no rows.
    public func run(_ values: Value...) throws(SQLiteError) {
        reset()
        defer { reset() }
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            switch value {
            case .int(let number): try bind(number, at: index)
            case .text(let text): try bind(text, at: index)
            case .blob(let bytes): try bind(bytes, at: index)
            case .null: try bindNull(at: index)
            }
        }
        while try step() {}
    }

    /// A value to bind with ``run(_:)``.
    public enum Value: Sendable {
        /// An INTEGER.
        case int(Int64)
        /// A TEXT.
        case text(String)
        /// A BLOB.
        case blob([UInt8])
        /// NULL.
        case null
    }

    /// The number of columns in a result row.
    public var columnCount: Int32 { sqlite3_column_count(handle) }

    /// Whether column `index` (0-based) of the current row is NULL.
    public func isNull(at index: Int32) -> Bool {
        sqlite3_column_type(handle, index) == SQLITE_NULL
    }

    /// Column `index` (0-based) of the current row as an integer (0 for NULL).
    public func int64(at index: Int32) -> Int64 {
        sqlite3_column_int64(handle, index)
    }

    /// Column `index` (0-based) of the current row as text ("" for NULL).
    public func text(at index: Int32) -> String {
        guard let pointer = sqlite3_column_text(handle, index) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, index))
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    /// Column `index` (0-based) of the current row as bytes (empty for NULL or an empty BLOB).
    public func blob(at index: Int32) -> [UInt8] {
        guard let pointer = sqlite3_column_blob(handle, index) else { return [] }
        let count = Int(sqlite3_column_bytes(handle, index))
        return Array(UnsafeRawBufferPointer(start: pointer, count: count))
    }

    /// Calls `body` with column `index` (0-based) of the current row as bytes, without copying them (empty for
    /// NULL). The bytes are valid only during the call.
    public func withBlob<Result>(at index: Int32, _ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        guard let pointer = sqlite3_column_blob(handle, index) else { return try body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        return try body(UnsafeRawBufferPointer(start: pointer, count: Int(sqlite3_column_bytes(handle, index))))
    }
}
