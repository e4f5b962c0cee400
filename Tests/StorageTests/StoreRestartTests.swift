import Foundation
import SQLite
import Storage
import Testing

@Suite("Store restart and durability")
struct StoreRestartTests {
    @Test func reopenedStoreHasEveryAcknowledgedWrite() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        do {
            let store = try openStore(db) { $0.synchronousFull = true }
            for index in 0..<50 { try store.put("/pods/p\(index)", "n=\(index)") }
            try store.remove("/pods/p7")
            try store.put("/pods/p3", "n=updated")
            store.close()
        }
        let reopened = try openStore(db)
        defer { reopened.close() }
        #expect(reopened.count(prefix: "/pods/") == 49)
        #expect(reopened.get("/pods/p7") == nil)
        let updated = try #require(reopened.get("/pods/p3"))
        #expect(text(updated.value) == "n=updated")
        #expect(updated.revision == 52)
        #expect(updated.createRevision == 4)
        #expect(updated.attributes.labels == ["n": "updated"])  // re-indexed at cold start
        #expect(reopened.revision == 52)
    }

    @Test func coldStartIndexesEveryObject() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        do {
            let store = try openStore(db)
            let done = DispatchSemaphore(value: 0)
            let count = FailureCounter()
            for index in 0..<600 {
                store.write(key: "/many/\(index)", decide: { _, _ in .put(bytes("n=\(index)")) }) { _ in
                    count.add()
                    if count.count == 600 { done.signal() }
                }
            }
            done.wait()
            store.close()
        }
        let reopened = try openStore(db)
        defer { reopened.close() }
        let items = reopened.list(prefix: "/many/").items
        #expect(items.count == 600)
        #expect(items.allSatisfy { $0.attributes.labels["n"] == $0.attributes.fields["name"] })
        #expect(reopened.count(prefix: "/many/") == 600)
    }

    @Test func revisionsContinueAfterReopen() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        do {
            let store = try openStore(db)
            for index in 0..<10 { try store.put("/k/\(index)", "v=1") }
            for index in 0..<10 { try store.remove("/k/\(index)") }
            store.close()
        }
        let reopened = try openStore(db)
        defer { reopened.close() }
        // Nothing is left, but the revision does not restart from 0.
        #expect(reopened.count(prefix: "") == 0)
        #expect(reopened.revision == 20)
        #expect(try reopened.put("/k/new", "v=1").revision == 21)
    }

    @Test func storeReleasedWithoutCloseStillPersistsAcknowledgedWrites() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        do {
            let store = try openStore(db)
            try store.put("/k/a", "v=1")
            // No close(): dropping the last reference must drain and close too.
        }
        let reopened = try openStore(db)
        defer { reopened.close() }
        #expect(reopened.get("/k/a").map { text($0.value) } == "v=1")
    }

    @Test func acknowledgedWritesAreInTheFileBeforeClose() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        let store = try openStore(db) { $0.synchronousFull = true }
        defer { store.close() }
        try store.put("/k/a", "v=1")
        try store.put("/k/b", "v=2")
        // A second, independent connection sees the committed rows while the store is still running.
        let connection = try Connection(path: db.path, flags: [.readOnly])
        #expect(try connection.scalarInt("SELECT count(*) FROM objects") == 2)
        #expect(try connection.scalarInt("SELECT v FROM meta WHERE k = 'current_rv'") == 2)
        #expect(try connection.scalarInt("SELECT max(rv) FROM events") == 2)
    }

    @Test func watchResumesAfterReopenFromThePersistedLog() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        do {
            let store = try openStore(db)
            try store.put("/pods/a", "v=1")      // 1
            try store.put("/pods/a", "v=2")      // 2
            try store.put("/svc/x", "v=1")       // 3
            try store.remove("/pods/a")          // 4
            try store.put("/pods/b", "v=1")      // 5
            store.close()
        }
        let reopened = try openStore(db)
        defer { reopened.close() }
        #expect(reopened.oldestWatchableRevision == 1)
        let watcher = try reopened.watch(prefix: "/pods/", after: 1) {}
        let replay = watcher.next(max: 100)
        #expect(replay.map(\.revision) == [2, 4, 5])
        #expect(replay.map(\.type) == [.modified, .deleted, .added])
        #expect(replay.map { text($0.object.value) } == ["v=2", "gone", "v=1"])
        // The previous state is known when it is inside the persisted log.
        #expect(replay[0].previous?.revision == 1)
        #expect(replay[1].previous.map { text($0.value) } == "v=2")
        try reopened.put("/pods/c", "v=1")
        #expect(drain(watcher, count: 1).map(\.revision) == [6])
    }

    @Test func eventLogIsPrunedToTheHistoryWindow() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        do {
            let store = try openStore(db) {
                $0.historyMinEvents = 10
                $0.historySeconds = 0
            }
            for index in 0..<100 { try store.put("/k/\(index % 7)", "v=\(index)") }
            // One more write so the prune of the previous batch is committed too.
            try store.put("/k/last", "v=1")
            store.close()
        }
        let connection = try Connection(path: db.path, flags: [.readOnly])
        let logged = try #require(try connection.scalarInt("SELECT count(*) FROM events"))
        #expect(logged <= 12)
        #expect(try connection.scalarInt("SELECT max(rv) FROM events") == 101)
        let reopened = try openStore(db) {
            $0.historyMinEvents = 10
            $0.historySeconds = 0
        }
        defer { reopened.close() }
        #expect(throws: StoreError.self) { _ = try reopened.watch(prefix: "", after: 50) {} }
        #expect(try reopened.watch(prefix: "", after: 95) {}.next(max: 100).map(\.revision) == Array(96...101))
    }
}
