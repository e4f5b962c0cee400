import Foundation
import Storage
import Testing

@Suite("Store writes")
struct StoreWriteTests {
    @Test func createThenGetReturnsBytesRevisionsAndAttributes() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        let store = try openStore(db)
        defer { store.close() }
        #expect(store.revision == 0)
        let outcome = try store.put("/pods/default/a", "app=web")
        #expect(outcome.changed)
        #expect(outcome.revision == 1)
        #expect(outcome.previous == nil)
        let object = try #require(store.get("/pods/default/a"))
        #expect(text(object.value) == "app=web")
        #expect(object.revision == 1)
        #expect(object.createRevision == 1)
        #expect(object.attributes == Attributes(fields: ["name": "a"], labels: ["app": "web"]))
        #expect(store.revision == 1)
    }

    @Test func updateKeepsCreateRevisionAndReportsPrevious() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        let store = try openStore(db)
        defer { store.close() }
        try store.put("/k/a", "v=1")
        try store.put("/k/other", "v=1")
        let outcome = try store.put("/k/a", "v=2")
        #expect(outcome.revision == 3)
        #expect(outcome.previous.map { text($0.value) } == "v=1")
        let object = try #require(store.get("/k/a"))
        #expect(object.revision == 3)
        #expect(object.createRevision == 1)
    }

    @Test func deleteRemovesKeyAndConsumesRevision() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        let store = try openStore(db)
        defer { store.close() }
        try store.put("/k/a", "v=1")
        let outcome = try store.remove("/k/a")
        #expect(outcome.changed)
        #expect(outcome.revision == 2)
        #expect(outcome.object == nil)
        #expect(outcome.previous?.revision == 1)
        #expect(store.get("/k/a") == nil)
        #expect(store.revision == 2)
    }

    @Test func deletingAnAbsentKeyChangesNothing() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        let store = try openStore(db)
        defer { store.close() }
        let outcome = try store.remove("/k/missing")
        #expect(!outcome.changed)
        #expect(store.revision == 0)
    }

    @Test func abortConsumesNoRevision() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        let store = try openStore(db)
        defer { store.close() }
        try store.put("/k/a", "v=1")
        let outcome = try store.writeSync(key: "/k/a") { current, next in
            #expect(current?.revision == 1)
            #expect(next == 2)
            return .abort
        }
        #expect(!outcome.changed)
        #expect(outcome.object?.revision == 1)
        #expect(store.revision == 1)
        #expect(try store.put("/k/b", "v=1").revision == 2)
    }

    @Test func decideSeesTheRevisionItWillGet() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        let store = try openStore(db)
        defer { store.close() }
        for expected in Int64(1)...5 {
            let outcome = try store.writeSync(key: "/k/\(expected)") { _, next in .put(bytes("rv=\(next)")) }
            #expect(outcome.revision == expected)
            #expect(store.get("/k/\(expected)").map { text($0.value) } == "rv=\(expected)")
        }
    }

    @Test func decideThrowingReachesTheCallerAndChangesNothing() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        let store = try openStore(db)
        defer { store.close() }
        try store.put("/k/a", "v=1")
        #expect(throws: TestFailure(reason: "conflict")) {
            try store.writeSync(key: "/k/a") { _, _ in throw TestFailure(reason: "conflict") }
        }
        #expect(store.revision == 1)
        #expect(store.get("/k/a").map { text($0.value) } == "v=1")
    }

    @Test func revisionsAreDenseAcrossMixedWrites() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        let store = try openStore(db)
        defer { store.close() }
        var revisions: [Int64] = []
        for index in 0..<20 {
            let key = "/k/\(index % 5)"
            let outcome: WriteOutcome
            switch index % 4 {
            case 0: outcome = try store.put(key, "v=\(index)")
            case 1: outcome = try store.writeSync(key: key) { _, _ in .abort }
            case 2: outcome = try store.remove(key)
            default: outcome = try store.put(key, "w=\(index)")
            }
            if outcome.changed { revisions.append(outcome.revision) }
        }
        #expect(revisions == Array(1...Int64(revisions.count)))
        #expect(store.revision == Int64(revisions.count))
    }

    @Test func concurrentIncrementsOfOneKeyAreSerialised() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        let store = try openStore(db)
        defer { store.close() }
        runThreads(20) { _ in
            for _ in 0..<10 {
                _ = try? store.writeSync(key: "/counter") { current, _ in
                    let value = current.map { Int(text($0.value)) ?? 0 } ?? 0
                    return .put(bytes(String(value + 1)))
                }
            }
        }
        #expect(store.get("/counter").map { text($0.value) } == "200")
        #expect(store.revision == 200)
    }

    @Test func manyWritesFromManyThreadsAllComplete() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        let store = try openStore(db) { $0.synchronousFull = true }
        defer { store.close() }
        let failures = FailureCounter()
        // Real threads (concurrentPerform would cap concurrency at the core count).
        runThreads(32) { thread in
            for index in 0..<63 where thread * 63 + index < 2_000 {
                do {
                    try store.put("/load/\(thread)-\(index)", "n=\(index)")
                } catch {
                    failures.add()
                }
            }
        }
        #expect(failures.count == 0)
        #expect(store.count(prefix: "/load/") == 2_000)
        #expect(store.revision == 2_000)
        let stats = store.stats
        #expect(stats.writes == 2_000)
        #expect(stats.commits >= 1)
        #expect(stats.batchSize.sum == 2_000)
    }

    @Test func writesAfterCloseFailWithClosed() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        let store = try openStore(db)
        store.close()
        #expect(throws: StoreError.closed) { try store.put("/k/a", "v=1") }
    }
}

final class FailureCounter: @unchecked Sendable {
    // Invariant: `value` only under `lock`.
    private let lock = NSLock()
    private var value = 0
    func add() { lock.lock(); value += 1; lock.unlock() }
    var count: Int { lock.lock(); defer { lock.unlock() }; return value }
}

/// Runs `body` on `count` new threads at once and waits for all of them.
func runThreads(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
    let group = DispatchGroup()
    for index in 0..<count {
        group.enter()
        Thread {
            body(index)
            group.leave()
        }.start()
    }
    group.wait()
}
