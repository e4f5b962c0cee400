import API
@testable import Controllers
import Foundation
import Testing

/// The work queue's contract: dedup, one worker per key, back-off and its reset, delayed adds on the
/// cluster clock, and the overall rate limit.
@Suite struct WorkQueueTests {
    /// Counts reconciles per key and the most that ever ran at once for one key.
    final class Recorder: @unchecked Sendable {
        let lock = NSLock()
        var counts: [String: Int] = [:]
        var running: [String: Int] = [:]
        var maxConcurrentPerKey = 0
        let gate = DispatchSemaphore(value: 0)
        var gated: Set<String> = []

        func run(_ key: ObjectKey) {
            lock.lock()
            counts[key.description, default: 0] += 1
            running[key.description, default: 0] += 1
            maxConcurrentPerKey = max(maxConcurrentPerKey, running[key.description] ?? 0)
            let wait = gated.remove(key.description) != nil
            lock.unlock()
            if wait { gate.wait() }
            Thread.sleep(forTimeInterval: 0.001)
            lock.lock()
            running[key.description, default: 0] -= 1
            lock.unlock()
        }

        func count(_ key: String) -> Int {
            lock.lock()
            defer { lock.unlock() }
            return counts[key] ?? 0
        }
    }

    @Test func aKeyAddedManyTimesWhileQueuedIsReconciledOnce() {
        let r = Recorder()
        r.gated = ["blocker"]
        let q = WorkQueue(name: "t", workers: 1, clock: ManualClock(), log: { _ in }) { key in
            r.run(key)
            return .done
        }
        q.add(ObjectKey("blocker"))   // holds the only worker
        while r.count("blocker") == 0 { Thread.sleep(forTimeInterval: 0.001) }
        for _ in 0..<50 { q.add(ObjectKey("ns/a")) }
        #expect(q.count == 1)
        r.gate.signal()
        #expect(q.waitUntilIdle(timeout: 10))
        #expect(r.count("ns/a") == 1)
    }

    @Test func oneKeyIsNeverReconciledByTwoWorkersAtOnce() {
        let r = Recorder()
        r.gated = ["ns/a"]
        let q = WorkQueue(name: "t", workers: 4, clock: ManualClock(), log: { _ in }) { key in
            r.run(key)
            return .done
        }
        q.add(ObjectKey("ns/a"))
        while r.count("ns/a") == 0 { Thread.sleep(forTimeInterval: 0.001) }
        // Re-added while in process: it must wait for the running reconcile, then run once more.
        for _ in 0..<10 { q.add(ObjectKey("ns/a")) }
        for i in 0..<20 { q.add(ObjectKey("ns/other\(i)")) }
        r.gate.signal()
        #expect(q.waitUntilIdle(timeout: 10))
        #expect(r.count("ns/a") == 2)
        #expect(r.maxConcurrentPerKey == 1)
        #expect((0..<20).allSatisfy { r.count("ns/other\($0)") == 1 })
    }

    @Test func delayedAddsWaitForTheClusterClockAndTheEarliestDelayWins() {
        let clock = ManualClock()
        let r = Recorder()
        let q = WorkQueue(name: "t", clock: clock, log: { _ in }) { key in
            r.run(key)
            return .done
        }
        q.add(ObjectKey("a"), after: 30)
        q.add(ObjectKey("a"), after: 10)   // earlier: replaces
        q.add(ObjectKey("a"), after: 20)   // later: ignored
        #expect(q.delayedCount == 1)
        clock.advance(by: 9.9)
        clock.waitForFiredTimers(timeout: 5)
        #expect(q.waitUntilIdle(timeout: 5))
        #expect(r.count("a") == 0)
        clock.advance(by: 0.1)
        clock.waitForFiredTimers(timeout: 5)
        #expect(q.waitUntilIdle(timeout: 5))
        #expect(r.count("a") == 1)
        clock.advance(by: 60)
        clock.waitForFiredTimers(timeout: 5)
        #expect(q.waitUntilIdle(timeout: 5))
        #expect(r.count("a") == 1)
    }

    @Test func failuresRetryWithGrowingBackOffAndSuccessResetsIt() throws {
        let clock = ManualClock()
        let attempts = Recorder()
        let q = WorkQueue(name: "t", clock: clock, log: { _ in }) { key in
            attempts.run(key)
            if attempts.count("a") <= 4 { throw ReconcileError("not yet") }
            return .done
        }
        q.add(ObjectKey("a"))
        #expect(q.waitUntilIdle(timeout: 5))
        // Retries wait 5 ms, 10 ms, 20 ms, 40 ms of cluster time.
        for (n, delay) in [0.005, 0.010, 0.020, 0.040].enumerated() {
            #expect(attempts.count("a") == n + 1)
            #expect(q.retries(ObjectKey("a")) == n + 1)
            clock.advance(by: delay * 0.9)
            clock.waitForFiredTimers(timeout: 5)
            #expect(q.waitUntilIdle(timeout: 5))
            #expect(attempts.count("a") == n + 1, "retry \(n + 1) came before its back-off")
            clock.advance(by: delay * 0.1 + 1e-6)
            clock.waitForFiredTimers(timeout: 5)
            #expect(q.waitUntilIdle(timeout: 5))
        }
        #expect(attempts.count("a") == 5)
        #expect(q.retries(ObjectKey("a")) == 0)
    }

    @Test func requeueAfterRunsTheKeyAgainLater() {
        let clock = ManualClock()
        let r = Recorder()
        let q = WorkQueue(name: "t", clock: clock, log: { _ in }) { key in
            r.run(key)
            return r.count("a") < 3 ? .requeue(after: 15) : .done
        }
        q.add(ObjectKey("a"))
        #expect(q.waitUntilIdle(timeout: 5))
        for expected in [2, 3, 3] {
            clock.advance(by: 15)
            clock.waitForFiredTimers(timeout: 5)
            #expect(q.waitUntilIdle(timeout: 5))
            #expect(r.count("a") == expected)
        }
    }

    @Test func perKeyBackOffDoublesToItsCapAndForgetResetsIt() {
        var limiter = RateLimiter(options: RateLimiterOptions())
        let now = Date(timeIntervalSince1970: 0)
        var delays: [Double] = []
        for i in 0..<40 { delays.append(limiter.when(ObjectKey("k"), now: now.addingTimeInterval(Double(i) * 100))) }
        #expect(abs(delays[0] - 0.005) < 1e-9)
        #expect(abs(delays[1] - 0.010) < 1e-9)
        #expect(abs(delays[10] - 5.12) < 1e-9)
        #expect(delays[30] == 1000)
        #expect(delays.last == 1000)
        limiter.forget(ObjectKey("k"))
        #expect(abs(limiter.when(ObjectKey("k"), now: now.addingTimeInterval(5000)) - 0.005) < 1e-9)
    }

    @Test func theOverallBucketAllowsBurstsOf100ThenTenPerSecond() {
        var limiter = RateLimiter(options: RateLimiterOptions())
        let now = Date(timeIntervalSince1970: 0)
        let burst = (0..<100).map { limiter.when(ObjectKey("k\($0)"), now: now) }
        #expect(burst.allSatisfy { $0 == 0.005 })  // only the per-key back-off
        #expect(abs(limiter.when(ObjectKey("k100"), now: now) - 0.1) < 1e-9)
        #expect(abs(limiter.when(ObjectKey("k101"), now: now) - 0.2) < 1e-9)
        // A second later ten tokens have come back (two were already promised): no wait beyond the back-off.
        #expect(abs(limiter.when(ObjectKey("k102"), now: now.addingTimeInterval(1)) - 0.005) < 1e-9)
    }

    @Test func shutDownWaitsForRunningReconcilesAndDropsTheRest() {
        let r = Recorder()
        r.gated = ["a"]
        let q = WorkQueue(name: "t", workers: 1, clock: ManualClock(), log: { _ in }) { key in
            r.run(key)
            return .done
        }
        q.add(ObjectKey("a"))
        q.add(ObjectKey("b"))
        while r.count("a") == 0 { Thread.sleep(forTimeInterval: 0.001) }
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.05) { r.gate.signal() }
        q.shutDown()
        #expect(r.count("a") == 1)
        #expect(r.count("b") == 0)
        q.add(ObjectKey("c"))
        #expect(q.isIdle)
    }
}
