import API
import Foundation
import JSON

/// What the scheduler's queue knows of the Pods waiting for a node (upstream's scheduling queue
/// besides the activeQ heap, which is the ordered `WorkQueue`):
/// - each waiting Pod's `spec.priority`, which orders the queue (the `PrioritySort` plugin);
/// - the Pods that found no node (the unschedulable queue), with how many times in a row and when
///   last, from which their back-off follows: 1 s after the first failure, doubling with each one, at
///   most 10 s (upstream `podInitialBackoffSeconds`, `podMaxBackoffSeconds`). A Pod moved while it
///   lasts waits in the queue's back-off lane: behind every ready Pod, taken early when none is.
///
/// Threading: guarded by its lock; no method calls out while holding it.
final class PendingPods: @unchecked Sendable {
    private struct Failure {
        var attempts: Int
        var at: Date
    }

    private let lock = NSLock()
    private var priorities: [ObjectKey: Int] = [:]
    private var failures: [ObjectKey: Failure] = [:]

    /// upstream `podInitialBackoffSeconds` and `podMaxBackoffSeconds`.
    static let initialBackoff = 1.0
    static let maxBackoff = 10.0

    /// The back-off after `attempts` failed tries in a row (upstream `calculateBackoffDuration`).
    static func backoff(attempts: Int) -> Double {
        var d = initialBackoff
        for _ in 1..<max(1, attempts) {
            d *= 2
            if d >= maxBackoff { return maxBackoff }
        }
        return min(d, maxBackoff)
    }

    /// A Pod's scheduling priority (`spec.priority`, set by admission from its PriorityClass; 0 when absent).
    static func priority(of pod: JSON) -> Int {
        Int(clamping: pod[path: ["spec", "priority"]]?.intValue ?? 0)
    }

    /// Records a waiting Pod's priority.
    func track(_ key: ObjectKey, priority: Int) {
        lock.withLock { priorities[key] = priority }
    }

    /// Forgets a Pod that was bound, went, or no longer waits for this scheduler.
    func forget(_ key: ObjectKey) {
        lock.withLock {
            priorities[key] = nil
            failures[key] = nil
        }
    }

    /// The priority a key is queued by.
    func priority(of key: ObjectKey) -> Int {
        lock.withLock { priorities[key] ?? 0 }
    }

    /// Records a failed try at `now` (upstream `AddUnschedulableIfNotPresent`).
    func failed(_ key: ObjectKey, at now: Date) {
        lock.withLock {
            var f = failures[key] ?? Failure(attempts: 0, at: now)
            f.attempts += 1
            f.at = now
            failures[key] = f
        }
    }

    /// Whether the Pod found no node at its last try.
    func isUnschedulable(_ key: ObjectKey) -> Bool {
        lock.withLock { failures[key] != nil }
    }

    /// Seconds of back-off left at `now` (0 when none).
    func backoffRemaining(_ key: ObjectKey, now: Date) -> Double {
        lock.withLock {
            guard let f = failures[key] else { return 0 }
            return max(0, f.at.addingTimeInterval(Self.backoff(attempts: f.attempts)).timeIntervalSince(now))
        }
    }

    /// How many failed tries in a row the Pod has had.
    func attempts(_ key: ObjectKey) -> Int {
        lock.withLock { failures[key]?.attempts ?? 0 }
    }

    /// The Pods that found no node, the longest-failed first (upstream's queue timestamp orders equals).
    var unschedulable: [ObjectKey] {
        lock.withLock {
            failures.sorted { ($0.value.at, $0.key) < ($1.value.at, $1.key) }.map(\.key)
        }
    }

    /// upstream `isPodUpdated`: whether an update changed more than the status and bookkeeping
    /// (resourceVersion, generation, managedFields, finalizers), so an unschedulable Pod may fit now.
    static func specChanged(_ old: JSON, _ new: JSON) -> Bool {
        func strip(_ p: JSON) -> JSON {
            var p = p
            p["status"] = nil
            for k in ["resourceVersion", "generation", "managedFields", "finalizers"] { p[path: ["metadata", k]] = nil }
            return p
        }
        return strip(old) != strip(new)
    }

    /// Whether a Node update may let a Pod fit that did not (upstream `nodeSchedulingPropertiesChange`):
    /// its labels, spec (taints, unschedulable), allocatable, or conditions' types and statuses changed;
    /// heartbeats alone do not.
    static func nodeChangeMayHelp(_ old: JSON, _ new: JSON) -> Bool {
        func conditions(_ n: JSON) -> [String] {
            (n[path: ["status", "conditions"]]?.arrayValue ?? []).map {
                "\($0["type"]?.stringValue ?? "")=\($0["status"]?.stringValue ?? "")"
            }
        }
        return old.labels != new.labels || old["spec"] != new["spec"]
            || old[path: ["status", "allocatable"]] != new[path: ["status", "allocatable"]]
            || conditions(old) != conditions(new)
    }
}
