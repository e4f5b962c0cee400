import API
import Foundation
import JSON

/// The DaemonSet controller's `failedPodsBackoff` (upstream `flowcontrol.NewBackOff(1 s, 15 min)`, no
/// jitter), one entry per DaemonSet generation and node: the first failed daemon Pod on a node is
/// deleted at once; each further one waits until the delay since the last deletion has passed, the
/// delay doubling each time up to 15 minutes. An entry untouched for twice the maximum starts over
/// and is dropped (upstream `GC`, here done on the way).
///
/// Threading: guarded by its lock.
final class FailedPodsBackoff: @unchecked Sendable {
    private struct Entry {
        var backoff: Double
        var lastUpdate: Date
    }

    static let initial = 1.0
    static let max = 15.0 * 60

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var lastGC: Date?

    /// upstream `failedPodsBackoffKey`: the DaemonSet's UID and observed generation, and the node.
    static func key(_ ds: JSON, node: String) -> String {
        "\(ds.uid ?? "")/\(ds[path: ["status", "observedGeneration"]]?.intValue ?? 0)/\(node)"
    }

    /// upstream `IsInBackOffSinceUpdate`: the seconds of back-off left at `now`, or nil when there are none.
    func remaining(_ key: String, now: Date) -> Double? {
        lock.withLock {
            guard let e = entries[key], !Self.expired(e, now) else { return nil }
            let left = e.lastUpdate.addingTimeInterval(e.backoff).timeIntervalSince(now)
            return left > 0 ? left : nil
        }
    }

    /// The current delay for `key` (what the log line reports).
    func delay(_ key: String) -> Double {
        lock.withLock { entries[key]?.backoff ?? 0 }
    }

    /// upstream `Next`: a deletion at `now` starts the delay, or doubles it.
    func next(_ key: String, now: Date) {
        lock.withLock {
            if let last = lastGC, now.timeIntervalSince(last) < 60 {} else {
                entries = entries.filter { !Self.expired($0.value, now) }
                lastGC = now
            }
            if var e = entries[key], !Self.expired(e, now) {
                e.backoff = Swift.min(e.backoff * 2, Self.max)
                e.lastUpdate = now
                entries[key] = e
            } else {
                entries[key] = Entry(backoff: Self.initial, lastUpdate: now)
            }
        }
    }

    /// upstream `hasExpired`: untouched for more than twice the maximum delay.
    private static func expired(_ e: Entry, _ now: Date) -> Bool {
        now.timeIntervalSince(e.lastUpdate) > 2 * max
    }
}
