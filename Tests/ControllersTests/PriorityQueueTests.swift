import API
@testable import Controllers
import Foundation
import JSON
import Testing

/// The ordered work queue (kube-scheduler's activeQ with `PrioritySort`) and the scheduler's pending
/// Pods (priorities, back-off, what moves an unschedulable Pod).
@Suite struct PriorityQueueTests {
    /// The order keys come out of `ReadyKeys` after being pushed as (name, priority).
    private func drained(_ pushes: [(String, Int)], ordered: Bool = true) -> [String] {
        var ready = ReadyKeys(ordered: ordered)
        for (name, priority) in pushes { ready.push(ObjectKey(name), priority: priority) }
        var out: [String] = []
        while let k = ready.pop() { out.append(k.description) }
        return out
    }

    @Test(arguments: [
        ([("a", 0), ("b", 0), ("c", 0)], ["a", "b", "c"]),
        ([("low", 1), ("high", 10)], ["high", "low"]),
        ([("l1", 1), ("l2", 1), ("h", 5), ("l3", 1), ("m", 3)], ["h", "m", "l1", "l2", "l3"]),
        ([("neg", -5), ("zero", 0), ("big", 2_000_000_000)], ["big", "zero", "neg"]),
    ] as [([(String, Int)], [String])])
    func readyKeysTakeTheHighestPriorityThenTheFirstQueued(pushes: [(String, Int)], expected: [String]) {
        #expect(drained(pushes) == expected)
        #expect(drained(pushes, ordered: false) == pushes.map(\.0), "FIFO ignores priorities")
    }

    @Test func aHeapOfManyKeysComesOutInOrder() {
        var rng = SystemRandomNumberGenerator()
        let pushes = (0..<5000).map { ("k\($0)", Int.random(in: 0..<20, using: &rng)) }
        let out = drained(pushes)
        let expected = pushes.enumerated().sorted { a, b in
            a.element.1 != b.element.1 ? a.element.1 > b.element.1 : a.offset < b.offset
        }.map(\.element.0)
        #expect(out == expected)
    }

    /// Records the order reconciles ran in; the first key is held until released, so the rest pile up.
    final class Order: @unchecked Sendable {
        let lock = NSLock()
        var seen: [String] = []
        let gate = DispatchSemaphore(value: 0)

        func run(_ key: ObjectKey) {
            lock.withLock { seen.append(key.description) }
            if key.description == "blocker" { gate.wait() }
        }

        var keys: [String] { lock.withLock { seen } }
    }

    private func queue(_ order: Order, clock: ManualClock, priorities: [String: Int]) -> WorkQueue {
        WorkQueue(name: "t", workers: 1, clock: clock, order: .priority { priorities[$0.description] ?? 0 },
                  log: { _ in }) { key in
            order.run(key)
            return .done
        }
    }

    @Test func anOrderedQueueRunsTheHighestPriorityWaitingKeyFirst() {
        let order = Order()
        let q = queue(order, clock: ManualClock(), priorities: ["blocker": 100, "low-1": 1, "low-2": 1, "high": 50])
        q.add(ObjectKey("blocker"))
        while order.keys.isEmpty { Thread.sleep(forTimeInterval: 0.001) }
        for k in ["low-1", "low-2", "high", "low-1"] { q.add(ObjectKey(k)) }
        #expect(q.count == 3, "dedup still holds")
        order.gate.signal()
        #expect(q.waitUntilIdle(timeout: 10))
        #expect(order.keys == ["blocker", "high", "low-1", "low-2"])
    }

    @Test func keysAddedTogetherAreTakenByPriority() {
        let order = Order()
        let q = queue(order, clock: ManualClock(), priorities: ["low-1": 1, "low-2": 1, "high": 50])
        q.add(contentsOf: ["low-1", "low-2", "high"].map(ObjectKey.init))
        #expect(q.waitUntilIdle(timeout: 10))
        #expect(order.keys == ["high", "low-1", "low-2"])
    }

    /// upstream's flush of the backoffQ: keys whose delay ends at the same time go in together, so the
    /// timer that happens to fire first does not decide.
    @Test func delayedKeysDueTogetherAreTakenByPriority() {
        let order = Order()
        let clock = ManualClock()
        let q = queue(order, clock: clock, priorities: ["low-1": 1, "low-2": 1, "high": 50, "later": 99])
        q.add(ObjectKey("low-1"), after: 1)
        q.add(ObjectKey("low-2"), after: 1)
        q.add(ObjectKey("high"), after: 1)
        q.add(ObjectKey("later"), after: 5)
        clock.advance(by: 1)
        clock.waitForFiredTimers(timeout: 10)
        #expect(q.waitUntilIdle(timeout: 10))
        #expect(order.keys == ["high", "low-1", "low-2"])
        #expect(q.delayedCount == 1, "a key not yet due still waits")
        clock.advance(by: 4)
        clock.waitForFiredTimers(timeout: 10)
        #expect(q.waitUntilIdle(timeout: 10))
        #expect(order.keys.last == "later")
    }

    /// upstream's backoffQ with `SchedulerPopFromBackoffQ`: a backing-off key waits while other keys
    /// are ready and is taken early once none is, the soonest ending (to the second) and then the
    /// highest priority first; a plain delayed key still waits for its time.
    @Test func backingOffKeysYieldToReadyOnesAndAreTakenEarlyWhenNothingElseIs() {
        let order = Order()
        let clock = ManualClock()
        let q = queue(order, clock: clock, priorities: ["blocker": 100, "ready-low": 1, "soon-low": 1, "late-high": 50,
                                                        "late-mid": 20, "delayed": 99])
        q.add(ObjectKey("blocker"))
        while order.keys.isEmpty { Thread.sleep(forTimeInterval: 0.001) }
        q.add(ObjectKey("delayed"), after: 1)
        q.add(contentsOf: [ObjectKey("ready-low")],
              backingOff: [ObjectKey("late-mid"): 3, ObjectKey("late-high"): 3, ObjectKey("soon-low"): 1.5])
        #expect(q.count == 1)
        #expect(q.delayedCount == 4)
        order.gate.signal()
        #expect(q.waitUntilIdle(timeout: 10))
        #expect(order.keys == ["blocker", "ready-low", "soon-low", "late-high", "late-mid"])
        #expect(q.delayedCount == 1, "the plain delay still waits")
        clock.advance(by: 1)
        clock.waitForFiredTimers(timeout: 10)
        #expect(q.waitUntilIdle(timeout: 10))
        #expect(order.keys.last == "delayed")
        #expect(order.keys.count == 6, "keys taken early do not run again when their timers would have fired")
        clock.advance(by: 5)
        clock.waitForFiredTimers(timeout: 10)
        #expect(q.waitUntilIdle(timeout: 10))
        #expect(order.keys.count == 6)
    }

    @Test func aFifoQueueHasNoBackOffLane() {
        let order = Order()
        let clock = ManualClock()
        let q = WorkQueue(name: "t", workers: 1, clock: clock, log: { _ in }) { key in
            order.run(key)
            return .done
        }
        q.add(contentsOf: [], backingOff: [ObjectKey("a"): 1])
        #expect(q.waitUntilIdle(timeout: 10))
        #expect(order.keys.isEmpty)
        clock.advance(by: 1)
        clock.waitForFiredTimers(timeout: 10)
        #expect(q.waitUntilIdle(timeout: 10))
        #expect(order.keys == ["a"])
    }

    @Test(arguments: [(1, 1.0), (2, 2), (3, 4), (4, 8), (5, 10), (6, 10), (40, 10)] as [(Int, Double)])
    func backoffDoublesFromOneSecondToTen(attempts: Int, seconds: Double) {
        #expect(PendingPods.backoff(attempts: attempts) == seconds)
    }

    @Test func aFailedPodWaitsOutItsBackOffAndIsForgottenWhenBound() {
        let pending = PendingPods()
        let key = ObjectKey("default/p")
        let t0 = Date(timeIntervalSince1970: 1000)
        pending.track(key, priority: 7)
        #expect(pending.priority(of: key) == 7)
        #expect(pending.backoffRemaining(key, now: t0) == 0, "never failed: no back-off")
        pending.failed(key, at: t0)
        #expect(pending.isUnschedulable(key))
        #expect(pending.backoffRemaining(key, now: t0.addingTimeInterval(0.25)) == 0.75)
        pending.failed(key, at: t0.addingTimeInterval(1))
        #expect(pending.backoffRemaining(key, now: t0.addingTimeInterval(1)) == 2)
        #expect(pending.backoffRemaining(key, now: t0.addingTimeInterval(3)) == 0)
        let other = ObjectKey("default/a")
        pending.failed(other, at: t0.addingTimeInterval(0.5))
        #expect(pending.unschedulable.first == other, "the longest-failed first")
        pending.forget(key)
        #expect(!pending.isUnschedulable(key))
        #expect(pending.priority(of: key) == 0)
        #expect(pending.unschedulable == [other])
    }

    @Test func onlyMoreThanAStatusChangeMovesAnUnschedulablePod() {
        let pod: JSON = ["metadata": ["name": "p", "resourceVersion": "1"], "spec": ["containers": [["name": "c"]]],
                         "status": ["phase": "Pending"]]
        var statusOnly = pod
        statusOnly[path: ["metadata", "resourceVersion"]] = "2"
        statusOnly[path: ["status", "conditions"]] = [["type": "PodScheduled", "status": "False"]]
        #expect(!PendingPods.specChanged(pod, statusOnly))
        var relabelled = statusOnly
        relabelled[path: ["metadata", "labels", "x"]] = "y"
        #expect(PendingPods.specChanged(pod, relabelled))
        var tolerating = pod
        tolerating[path: ["spec", "tolerations"]] = [["operator": "Exists"]]
        #expect(PendingPods.specChanged(pod, tolerating))
    }

    @Test func aNodeHeartbeatMovesNothingButWhatSchedulingReadsDoes() {
        let node: JSON = ["metadata": ["name": "n", "labels": ["a": "b"]], "spec": [:],
                          "status": ["allocatable": ["cpu": "1"],
                                     "conditions": [["type": "Ready", "status": "True", "lastHeartbeatTime": "t1"]]]]
        var heartbeat = node
        heartbeat[path: ["status", "conditions"]] = [["type": "Ready", "status": "True", "lastHeartbeatTime": "t2"]]
        #expect(!PendingPods.nodeChangeMayHelp(node, heartbeat))
        for (path, value) in [(["spec", "unschedulable"], JSON.bool(true)), (["metadata", "labels", "c"], "d"),
                              (["status", "allocatable", "cpu"], "2"),
                              (["status", "conditions"], [["type": "Ready", "status": "False"]])] as [([String], JSON)] {
            var changed = node
            changed[path: path] = value
            #expect(PendingPods.nodeChangeMayHelp(node, changed), "\(path)")
        }
    }
}
