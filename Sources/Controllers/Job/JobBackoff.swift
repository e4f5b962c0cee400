import API
import Foundation
import JSON

/// The delay before a Job replaces failed Pods (upstream `backoff_utils.go`): 10 s after the first
/// failure since the last success, doubling with each further one, at most 10 minutes
/// (`DefaultJobPodFailureBackOff`, `MaxJobPodFailureBackOff`; the documentation's "six minutes" is the
/// older `MaxJobBackOff`), counted from when the last failed Pod finished.
struct JobBackoffRecord: Equatable, Sendable {
    /// Failures since the last success.
    var failuresAfterLastSuccess = 0
    /// When the last of them finished.
    var lastFailureTime: Date?
}

enum JobBackoff {
    /// upstream `DefaultJobPodFailureBackOff`.
    static let initialDelay = 10.0
    /// upstream `MaxJobPodFailureBackOff`.
    static let maxDelay = 600.0

    /// The delay after `failures` consecutive failures (0 for none): 10 s doubling, capped.
    static func delay(failures: Int) -> Double {
        guard failures > 0 else { return 0 }
        var d = initialDelay
        for _ in 1..<failures {
            d *= 2
            if d >= maxDelay { return maxDelay }
        }
        return d
    }

    /// upstream `getRemainingTimeForFailuresCount`: what is left of the delay at `now`.
    static func remaining(_ record: JobBackoffRecord, now: Date) -> Double {
        guard record.failuresAfterLastSuccess > 0, let last = record.lastFailureTime else { return 0 }
        let elapsed = now.timeIntervalSince(last)
        let delay = delay(failures: record.failuresAfterLastSuccess)
        return delay < elapsed ? 0 : delay - elapsed
    }

    /// upstream `newBackoffRecord`: the record after Pods newly succeeded or failed (given by their finish
    /// times). Failures only add up; any success resets the count to the failures that finished after
    /// the last success.
    static func record(_ old: JobBackoffRecord, succeeded: [Date], failed: [Date]) -> JobBackoffRecord {
        let succeeded = succeeded.sorted(), failed = failed.sorted()
        guard let lastSuccess = succeeded.last else {
            guard let lastFailure = failed.last else { return old }
            return JobBackoffRecord(failuresAfterLastSuccess: old.failuresAfterLastSuccess + failed.count,
                                    lastFailureTime: lastFailure)
        }
        var record = JobBackoffRecord()
        for t in failed.reversed() {
            guard t > lastSuccess else { break }
            if record.lastFailureTime == nil { record.lastFailureTime = t }
            record.failuresAfterLastSuccess += 1
        }
        return record
    }

    /// upstream `getFinishedTime`: the latest container `finishedAt` when every container terminated,
    /// else when Ready turned False, else the deletion time minus its grace period, else creation.
    static func finishedTime(_ pod: JSON) -> Date {
        var latest: Date?
        var allTerminated = true
        for s in pod[path: ["status", "containerStatuses"]]?.arrayValue ?? [] {
            guard let t = (s[path: ["state", "terminated", "finishedAt"]]?.stringValue).flatMap(ObjectMeta.parseTimestamp) else {
                allTerminated = false
                break
            }
            latest = max(latest ?? t, t)
        }
        if allTerminated, let latest { return latest }
        let ready = pod[path: ["status", "conditions"]]?.arrayValue?.first { $0["type"]?.stringValue == "Ready" }
        if ready?["status"]?.stringValue == "False",
           let t = (ready?["lastTransitionTime"]?.stringValue).flatMap(ObjectMeta.parseTimestamp) {
            return t
        }
        if let deleted = pod.deletionTimestamp {
            let grace = pod[path: ["metadata", "deletionGracePeriodSeconds"]]?.intValue ?? 0
            return deleted.addingTimeInterval(-Double(grace))
        }
        return pod.creationTimestamp.flatMap(ObjectMeta.parseTimestamp) ?? Date(timeIntervalSince1970: 0)
    }
}

/// The back-off records of every Job, kept in memory as upstream's `backoffStore` (lost on restart,
/// as upstream's are). Invariant: `records` is guarded by `lock`.
final class JobBackoffStore: @unchecked Sendable {
    private let lock = NSLock()
    private var records: [ObjectKey: JobBackoffRecord] = [:]

    subscript(key: ObjectKey) -> JobBackoffRecord {
        get { lock.withLock { records[key] ?? JobBackoffRecord() } }
        set { lock.withLock { records[key] = newValue } }
    }

    func remove(_ key: ObjectKey) {
        _ = lock.withLock { records.removeValue(forKey: key) }
    }
}
