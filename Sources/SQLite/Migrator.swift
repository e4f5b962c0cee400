import Foundation

/// One schema migration: the contents of `migrations/NNNN_description.sql`.
public struct Migration: Sendable, Equatable {
    /// The number `NNNN` from the file name; migrations apply in ascending id order.
    public let id: Int
    /// The `description` part of the file name.
    public let name: String
    /// The SQL text (one or more statements).
    public let sql: String

    /// Creates a migration.
    public init(id: Int, name: String, sql: String) {
        self.id = id
        self.name = name
        self.sql = sql
    }

    /// Parses a file name of the form `NNNN_description.sql` into (id, name); nil for other names.
    public static func parseFileName(_ fileName: String) -> (id: Int, name: String)? {
        guard fileName.hasSuffix(".sql") else { return nil }
        let stem = fileName.dropLast(4)
        guard let underscore = stem.firstIndex(of: "_") else { return nil }
        let digits = stem[..<underscore]
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let id = Int(digits) else { return nil }
        let name = String(stem[stem.index(after: underscore)...])
        guard !name.isEmpty else { return nil }
        return (id, name)
    }

    /// Reads every `NNNN_description.sql` file in `directory`, sorted by id. Other files are ignored.
    public static func load(directory: String) throws -> [Migration] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
        var migrations: [Migration] = []
        for fileName in names {
            guard let (id, name) = parseFileName(fileName) else { continue }
            let url = URL(fileURLWithPath: directory).appendingPathComponent(fileName)
            let sql = try String(contentsOf: url, encoding: .utf8)
            migrations.append(Migration(id: id, name: name, sql: sql))
        }
        return migrations.sorted { $0.id < $1.id }
    }
}

/// Errors of the ``Migrator`` itself (SQL failures are ``SQLiteError``s).
public enum MigrationError: Error, Sendable, Equatable {
    /// Two migrations share an id.
    case duplicateID(Int)
    /// The database records a migration this binary does not know: it was written by a newer version.
    case unknownApplied(Int)
}

/// Applies migrations in id order, all pending ones inside one `BEGIN IMMEDIATE … COMMIT`, recording each applied
/// id in `schema_migrations`. A migration that is recorded is never run again; a failure rolls everything back.
public struct Migrator: Sendable {
    /// The migrations this binary knows, sorted by id.
    public let migrations: [Migration]

    /// Creates a migrator; throws ``MigrationError/duplicateID(_:)`` when two migrations share an id.
    public init(migrations: [Migration]) throws(MigrationError) {
        let sorted = migrations.sorted { $0.id < $1.id }
        for (previous, next) in zip(sorted, sorted.dropFirst()) where previous.id == next.id {
            throw .duplicateID(next.id)
        }
        self.migrations = sorted
    }

    /// The ids recorded as applied in `connection`'s database (creating the bookkeeping table if needed).
    public func appliedIDs(_ connection: Connection) throws(SQLiteError) -> [Int] {
        try connection.exec(
            """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
            )
            """)
        let statement = try connection.prepare("SELECT id FROM schema_migrations ORDER BY id")
        var ids: [Int] = []
        while try statement.step() {
            ids.append(Int(statement.int64(at: 0)))
        }
        return ids
    }

    /// Applies every migration not yet recorded and returns the ids it applied (empty when up to date).
    public func migrate(_ connection: Connection) throws -> [Int] {
        try connection.exec("BEGIN IMMEDIATE")
        do {
            let applied = Set(try appliedIDs(connection))
            let known = Set(migrations.map(\.id))
            if let unknown = applied.subtracting(known).min() {
                throw MigrationError.unknownApplied(unknown)
            }
            let record = try connection.prepare("INSERT INTO schema_migrations(id, name) VALUES(?, ?)")
            var newlyApplied: [Int] = []
            for migration in migrations where !applied.contains(migration.id) {
                try connection.exec(migration.sql)
                try record.run(.int(Int64(migration.id)), .text(migration.name))
                newlyApplied.append(migration.id)
            }
            try connection.exec("COMMIT")
            return newlyApplied
        } catch {
            if !connection.isAutocommit {
                try? connection.exec("ROLLBACK")
            }
            throw error
        }
    }
}
