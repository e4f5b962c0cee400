import Foundation
import SQLite
@testable import Storage
import Testing

@Suite("Migrations")
struct MigrationTests {
    /// The repository's top-level migrations/ folder, found from this file's location.
    private var migrationsDirectory: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("migrations").path
    }

    @Test func embeddedMigrationsMatchTheSQLFiles() throws {
        let files = try Migration.load(directory: migrationsDirectory)
        #expect(!files.isEmpty)
        #expect(files.map(\.id) == EmbeddedMigrations.all.map(\.id),
                "migrations/ and Sources/Storage/EmbeddedMigrations.swift list different ids")
        for (file, embedded) in zip(files, EmbeddedMigrations.all) {
            #expect(file.name == embedded.name)
            #expect(file.sql == embedded.sql,
                    "migration \(file.id) drifted: copy migrations/\(file.id)_\(file.name).sql into EmbeddedMigrations.swift")
        }
    }

    @Test func migrationsAreRecordedOnceAcrossOpens() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        try openStore(db).close()
        try openStore(db).close()
        let connection = try Connection(path: db.path, flags: [.readOnly])
        #expect(try connection.scalarInt("SELECT count(*) FROM schema_migrations")
            == Int64(EmbeddedMigrations.all.count))
        #expect(try connection.scalarText("PRAGMA journal_mode") == "wal")
    }

    @Test func migratorAppliesPendingInOrderAndSkipsApplied() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        let connection = try Connection(path: db.path)
        let first = Migration(id: 1, name: "one", sql: "CREATE TABLE a (x INTEGER);")
        let second = Migration(id: 2, name: "two", sql: "INSERT INTO a VALUES (1); INSERT INTO a VALUES (2);")
        #expect(try Migrator(migrations: [first]).migrate(connection) == [1])
        #expect(try Migrator(migrations: [second, first]).migrate(connection) == [2])
        #expect(try Migrator(migrations: [first, second]).migrate(connection) == [])
        #expect(try connection.scalarInt("SELECT count(*) FROM a") == 2)
    }

    @Test func failingMigrationRollsBackEverythingPending() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        let connection = try Connection(path: db.path)
        let good = Migration(id: 1, name: "good", sql: "CREATE TABLE a (x INTEGER);")
        let bad = Migration(id: 2, name: "bad", sql: "CREATE TABLE b (x INTEGER); NOT SQL AT ALL;")
        #expect(throws: SQLiteError.self) { try Migrator(migrations: [good, bad]).migrate(connection) }
        #expect(try connection.scalarInt("SELECT count(*) FROM sqlite_master WHERE name IN ('a', 'b')") == 0)
        #expect(try Migrator(migrations: [good]).migrate(connection) == [1])
    }

    @Test func databaseFromANewerBinaryIsRefused() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        let connection = try Connection(path: db.path)
        let one = Migration(id: 1, name: "one", sql: "CREATE TABLE a (x INTEGER);")
        let two = Migration(id: 2, name: "two", sql: "CREATE TABLE b (x INTEGER);")
        _ = try Migrator(migrations: [one, two]).migrate(connection)
        #expect(throws: MigrationError.unknownApplied(2)) { try Migrator(migrations: [one]).migrate(connection) }
    }

    @Test func duplicateIDsAreRejected() {
        let one = Migration(id: 1, name: "one", sql: "")
        #expect(throws: MigrationError.duplicateID(1)) { try Migrator(migrations: [one, one]) }
    }

    @Test func fileNamesParseIntoIDAndName() {
        #expect(Migration.parseFileName("0001_initial.sql")?.id == 1)
        #expect(Migration.parseFileName("0012_add_ttl.sql")?.name == "add_ttl")
        #expect(Migration.parseFileName("README.md") == nil)
        #expect(Migration.parseFileName("abc_x.sql") == nil)
        #expect(Migration.parseFileName("0003_.sql") == nil)
    }
}
