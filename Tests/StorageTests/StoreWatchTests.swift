import Foundation
import Storage
import Testing

@Suite("Store watch")
struct StoreWatchTests {
    @Test func watchReplaysHistoryAfterTheRevision() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        let store = try openStore(db)
        defer { store.close() }
        try store.put("/pods/a", "v=1")         // 1
        try store.put("/services/x", "v=1")     // 2
        try store.put("/pods/a", "v=2")         // 3
        try store.remove("/pods/a")             // 4
        let watcher = try store.watch(prefix: "/pods/", after: 1) {}
        let events = watcher.next(max: 100)
        #expect(events.map(\.type) == [.modified, .deleted])
        #expect(events.map(\.revision) == [3, 4])
        #expect(events.last.map { text($0.object.value) } == "gone")
        #expect(events.last?.previous.map { text($0.value) } == "v=2")
        #expect(events.first?.previous?.revision == 1)
        let everything = try store.watch(prefix: "", after: 0) {}
        #expect(everything.next(max: 2).map(\.revision) == [1, 2])
        #expect(everything.next(max: 100).map(\.revision) == [3, 4])
    }

    @Test func liveEventsArriveAndWakeTheWatcher() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        let store = try openStore(db)
        defer { store.close() }
        let wakes = FailureCounter()
        let watcher = try store.watch(prefix: "/pods/", after: store.revision) { wakes.add() }
        #expect(watcher.next(max: 10).isEmpty)
        try store.put("/pods/a", "v=1")
        try store.put("/other/b", "v=1")
        try store.put("/pods/a", "v=2")
        let events = drain(watcher, count: 2)
        #expect(events.map(\.type) == [.added, .modified])
        #expect(events.map(\.revision) == [1, 3])
        // The wake-up comes from the store's notifier queue, after the events are buffered: wait for it
        // rather than assume it has already run (a loaded machine showed it has not, always).
        let deadline = Date().addingTimeInterval(10)
        while wakes.count == 0, Date() < deadline { usleep(1000) }
        #expect(wakes.count >= 1)
        watcher.cancel()
        #expect(watcher.isTerminated)
        try store.put("/pods/a", "v=3")
        #expect(watcher.next(max: 10).isEmpty)
        #expect(store.stats.watchers == 0)
    }

    @Test func concurrentWritersAreSeenInRevisionOrderWithoutGaps() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        let store = try openStore(db)
        defer { store.close() }
        let watcher = try store.watch(prefix: "", after: 0) {}
        runThreads(16) { writer in
            for index in 0..<50 { _ = try? store.put("/w/\(writer)/\(index)", "n=\(index)") }
        }
        let events = drain(watcher, count: 800)
        #expect(events.map(\.revision) == Array(1...800))
        #expect(!watcher.isTerminated)
        // Each writer's own writes appear in the order it made them.
        for writer in 0..<16 {
            let mine = events.filter { $0.object.key.hasPrefix("/w/\(writer)/") }.map { text($0.object.value) }
            #expect(mine == (0..<50).map { "n=\($0)" })
        }
    }

    @Test func watchFromARevisionOlderThanTheWindowIsExpired() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        let store = try openStore(db) {
            $0.historyMinEvents = 5
            $0.historySeconds = 0
        }
        defer { store.close() }
        for index in 0..<20 { try store.put("/k/\(index)", "v=1") }
        #expect(store.oldestWatchableRevision == 16)
        #expect(throws: StoreError.expired(requested: 2, oldest: 16)) {
            _ = try store.watch(prefix: "", after: 2) {}
        }
        #expect(throws: StoreError.expired(requested: 14, oldest: 16)) {
            _ = try store.watch(prefix: "", after: 14) {}
        }
        let watcher = try store.watch(prefix: "", after: 15) {}
        #expect(watcher.next(max: 100).map(\.revision) == Array(16...20))
        // Watching from the current revision (nothing to replay) is always allowed.
        #expect(try store.watch(prefix: "", after: 20) {}.next(max: 1).isEmpty)
    }

    @Test func slowWatcherIsTerminatedNotWaitedFor() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        let store = try openStore(db) { $0.watcherBufferLimit = 10 }
        defer { store.close() }
        let wakes = FailureCounter()
        let slow = try store.watch(prefix: "/k/", after: 0) { wakes.add() }
        let fast = try store.watch(prefix: "/k/", after: 0) {}
        var delivered = 0
        for index in 0..<30 {
            try store.put("/k/\(index)", "v=1")
            delivered += fast.next(max: 100).count
        }
        #expect(slow.isTerminated)
        #expect(slow.next(max: 100).isEmpty)
        #expect(!fast.isTerminated)
        #expect(delivered == 30)
        #expect(store.stats.terminatedWatchers == 1)
        // Wake-ups come from the store's notifier queue: wait for them rather than assume they ran.
        let deadline = Date().addingTimeInterval(10)
        while wakes.count < 11, Date() < deadline { usleep(1000) }
        #expect(wakes.count == 11)  // ten queued events plus the termination itself
    }

    @Test func replayLargerThanTheBufferLimitIsNotCutOff() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        let store = try openStore(db) { $0.watcherBufferLimit = 5 }
        defer { store.close() }
        for index in 0..<20 { try store.put("/k/\(index)", "v=1") }
        let watcher = try store.watch(prefix: "", after: 0) {}
        try store.put("/k/live", "v=1")
        #expect(!watcher.isTerminated)
        #expect(drain(watcher, count: 21).map(\.revision) == Array(1...21))
    }

    @Test func closingTheStoreTerminatesWatchers() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        let store = try openStore(db)
        let woken = FailureCounter()
        let watcher = try store.watch(prefix: "", after: 0) { woken.add() }
        store.close()
        #expect(watcher.isTerminated)
        #expect(woken.count == 1)
        #expect(throws: StoreError.closed) { _ = try store.watch(prefix: "", after: 0) {} }
    }
}
