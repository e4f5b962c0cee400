import SQLite
import Testing

@Suite("SQLite wrapper")
struct SQLiteTests {
    @Test func boundValuesRoundTripThroughColumns() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        let connection = try Connection(path: db.path)
        try connection.exec("CREATE TABLE t (i INTEGER, s TEXT, b BLOB NOT NULL, n TEXT)")
        let insert = try connection.prepare("INSERT INTO t VALUES (?, ?, ?, ?)", persistent: true)
        try insert.run(.int(-42), .text("héllo\u{0}x"), .blob([0, 1, 255]), .null)
        try insert.run(.int(7), .text(""), .blob([]), .null)  // empty blob must not become NULL
        let select = try connection.prepare("SELECT i, s, b, n FROM t ORDER BY i")
        #expect(try select.step())
        #expect(select.int64(at: 0) == -42)
        #expect(select.text(at: 1) == "héllo\u{0}x")
        #expect(select.blob(at: 2) == [0, 1, 255])
        #expect(select.isNull(at: 3))
        #expect(try select.step())
        #expect(select.text(at: 1) == "")
        #expect(select.blob(at: 2) == [])
        #expect(!select.isNull(at: 2))
        #expect(try !select.step())
        select.reset()
        #expect(try select.step())
    }

    @Test func errorsCarryTypedCodesAndSQL() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        let connection = try Connection(path: db.path)
        try connection.exec("CREATE TABLE t (k TEXT PRIMARY KEY)")
        let insert = try connection.prepare("INSERT INTO t VALUES (?)")
        try insert.run(.text("a"))
        do {
            try insert.run(.text("a"))
            Issue.record("duplicate key was accepted")
        } catch {
            #expect(error.isConstraint)
            #expect(error.sql == "INSERT INTO t VALUES (?)")
        }
        #expect(throws: SQLiteError.self) { _ = try connection.prepare("SELEKT 1") }
        #expect(throws: SQLiteError.self) { _ = try Connection(path: db.directory.path + "/missing/x.db") }
    }
}
