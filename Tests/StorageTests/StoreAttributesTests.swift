import Foundation
import SQLite
@testable import Storage
import Testing

/// An indexer that records how often it ran; `suffix` marks its output so tests can tell whose attributes they see.
final class CountingIndexer: @unchecked Sendable {
    // Invariant: `calls` only under `lock`.
    private let lock = NSLock()
    private var calls = 0
    let suffix: String

    init(suffix: String = "") {
        self.suffix = suffix
    }

    var count: Int { lock.lock(); defer { lock.unlock() }; return calls }

    var indexer: Indexer {
        { [self] key, value in
            lock.lock()
            calls += 1
            lock.unlock()
            var attributes = testIndexer(key, value)
            attributes.fields["marker"] = suffix
            return attributes
        }
    }
}

@Suite("Persisted attributes")
struct StoreAttributesTests {
    private func open(_ db: TempDatabase, _ indexer: CountingIndexer, version: Int64?) throws -> Store {
        var options = StoreOptions()
        options.synchronousFull = false
        return try Store(path: db.path, options: options, indexer: indexer.indexer, indexerVersion: version)
    }

    @Test func codecRoundTripsAndRejectsOtherVersionsAndGarbage() {
        let attributes = Attributes(fields: ["metadata.name": "p", "spec.nodeName": "", "é": "ü"],
                                    labels: ["app": "web", "tier": String(repeating: "x", count: 300)])
        let encoded = AttributesCodec.encode(attributes, version: 7)
        #expect(encoded.withUnsafeBytes { AttributesCodec.decode($0, version: 7) } == attributes)
        #expect(encoded.withUnsafeBytes { AttributesCodec.decode($0, version: 8) } == nil)
        #expect([UInt8]().withUnsafeBytes { AttributesCodec.decode($0, version: 7) } == nil)
        for length in 0..<encoded.count {
            #expect(encoded.prefix(length).withUnsafeBytes { AttributesCodec.decode($0, version: 7) } == nil)
        }
        #expect((encoded + [0]).withUnsafeBytes { AttributesCodec.decode($0, version: 7) } == nil)
    }

    @Test func oneDecoderReadsASequenceOfDifferentObjectsExactly() {
        let objects = [
            Attributes(fields: ["metadata.name": "a", "spec.nodeName": "n1"], labels: ["app": "web"]),
            Attributes(fields: ["metadata.name": "a", "spec.nodeName": "n2"], labels: ["app": "web", "x": "y"]),
            Attributes(fields: ["metadata.name": "b"], labels: [:]),
            Attributes(fields: ["metadata.name": "b", "spec.nodeName": "n2", "z": ""], labels: ["app": "db"]),
        ]
        var decoder = AttributesCodec.Decoder(version: 3)
        for attributes in objects + objects.reversed() {
            let encoded = AttributesCodec.encode(attributes, version: 3)
            #expect(encoded.withUnsafeBytes { decoder.decode($0) } == attributes)
        }
    }

    @Test func reopenDecodesPersistedAttributesWithoutIndexing() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        let writer = CountingIndexer(suffix: "written")
        var expected: [String: Attributes] = [:]
        do {
            let store = try open(db, writer, version: 1)
            for index in 0..<300 { try store.put("/pods/p\(index)", "n=\(index);app=web") }
            try store.put("/pods/p3", "n=changed")
            for item in store.list(prefix: "/pods/").items { expected[item.key] = item.attributes }
            store.close()
        }
        let reader = CountingIndexer(suffix: "reread")
        let reopened = try open(db, reader, version: 1)
        defer { reopened.close() }
        let items = reopened.list(prefix: "/pods/").items
        #expect(items.count == 300)
        #expect(reader.count == 0)
        #expect(items.allSatisfy { expected[$0.key] == $0.attributes })
        #expect(reopened.get("/pods/p3")?.attributes.labels == ["n": "changed"])
    }

    @Test func replayedHistoryCarriesPersistedAttributes() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        do {
            let store = try open(db, CountingIndexer(suffix: "written"), version: 1)
            try store.put("/pods/a", "v=1")
            try store.put("/pods/a", "v=2")
            try store.remove("/pods/a")
            store.close()
        }
        let reader = CountingIndexer(suffix: "reread")
        let reopened = try open(db, reader, version: 1)
        defer { reopened.close() }
        let watcher = try reopened.watch(prefix: "/pods/", after: 0) {}
        let events = drain(watcher, count: 3)
        #expect(events.map(\.object.attributes.labels) == [["v": "1"], ["v": "2"], ["v": "2"]])
        #expect(events.allSatisfy { $0.object.attributes.fields["marker"] == "written" })
        #expect(reader.count == 0)
    }

    @Test func anotherIndexerVersionReindexesOnceAndPersistsTheResult() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        do {
            let store = try open(db, CountingIndexer(suffix: "v1"), version: 1)
            for index in 0..<400 { try store.put("/pods/p\(index)", "n=\(index)") }
            store.close()
        }
        let upgraded = CountingIndexer(suffix: "v2")
        do {
            let store = try open(db, upgraded, version: 2)
            #expect(upgraded.count == 400)
            #expect(store.list(prefix: "/pods/").items.allSatisfy { $0.attributes.fields["marker"] == "v2" })
            store.close()
        }
        let again = CountingIndexer(suffix: "unused")
        let reopened = try open(db, again, version: 2)
        defer { reopened.close() }
        #expect(again.count == 0)
        #expect(reopened.list(prefix: "/pods/").items.allSatisfy { $0.attributes.fields["marker"] == "v2" })
    }

    @Test func storeWithoutVersionIndexesEveryRowAtEachStart() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        do {
            let store = try open(db, CountingIndexer(), version: 1)
            for index in 0..<5 { try store.put("/pods/p\(index)", "n=\(index)") }
            store.close()
        }
        let unversioned = CountingIndexer(suffix: "fresh")
        let reopened = try open(db, unversioned, version: nil)
        defer { reopened.close() }
        #expect(unversioned.count == 5)
        #expect(reopened.list(prefix: "/pods/").items.allSatisfy { $0.attributes.fields["marker"] == "fresh" })
    }

    @Test func databaseWithOnlyTheFirstMigrationLoadsAndGainsAttributes() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        do {
            // A file as a build before persisted attributes left it.
            let connection = try Connection(path: db.path)
            let first = try #require(EmbeddedMigrations.all.first)
            _ = try Migrator(migrations: [first]).migrate(connection)
            try connection.exec(
                """
                INSERT INTO objects(key, rv, create_rv, value) VALUES('/pods/a', 1, 1, CAST('n=1' AS BLOB)),
                    ('/pods/b', 3, 2, CAST('n=3' AS BLOB));
                INSERT INTO events(rv, key, type, value, create_rv) VALUES(1, '/pods/a', 0, CAST('n=1' AS BLOB), 1),
                    (2, '/pods/b', 0, CAST('n=2' AS BLOB), 2), (3, '/pods/b', 1, CAST('n=3' AS BLOB), 2);
                INSERT INTO meta(k, v) VALUES('current_rv', 3);
                """)
        }
        let first = CountingIndexer(suffix: "first")
        do {
            let store = try open(db, first, version: 1)
            #expect(store.revision == 3)
            #expect(store.get("/pods/b")?.attributes.labels == ["n": "3"])
            let events = drain(try store.watch(prefix: "/pods/", after: 0) {}, count: 3)
            #expect(events.map(\.object.attributes.labels) == [["n": "1"], ["n": "2"], ["n": "3"]])
            #expect(first.count == 3)  // two objects, plus the one event that is not a live object's state
            store.close()
        }
        let second = CountingIndexer(suffix: "second")
        let reopened = try open(db, second, version: 1)
        defer { reopened.close() }
        #expect(second.count == 1)  // the old event row keeps NULL attrs; the objects were refreshed
        #expect(reopened.get("/pods/a")?.attributes.fields["marker"] == "first")
    }
}
