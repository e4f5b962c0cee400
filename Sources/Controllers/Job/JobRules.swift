import API
import Foundation
import JSON

/// The Job controller's decisions as pure functions, after upstream's helpers in
/// `pkg/controller/job/job_controller.go`.
enum JobRules {
    /// upstream `newCondition`: both times are `now`; `reason` and `message` are omitted when empty.
    static func condition(_ type: String, status: String = "True", reason: String, message: String, now: Date) -> JSON {
        let stamp = JSON.string(ObjectMeta.timestamp(now))
        var c: JSONObject = ["type": .string(type), "status": .string(status), "lastProbeTime": stamp,
                             "lastTransitionTime": stamp]
        if !reason.isEmpty { c["reason"] = .string(reason) }
        if !message.isEmpty { c["message"] = .string(message) }
        return .object(c)
    }

    /// upstream `ensureJobConditionStatus`: replaces the condition of `type` when its status, reason or
    /// message differ, appends it when absent unless its status is False; returns whether the list changed.
    static func ensureCondition(_ list: [JSON], type: String, status: String, reason: String, message: String,
                                now: Date) -> ([JSON], Bool) {
        let fresh = condition(type, status: status, reason: reason, message: message, now: now)
        if let i = list.firstIndex(where: { $0["type"]?.stringValue == type }) {
            let c = list[i]
            if c["status"]?.stringValue == status, (c["reason"]?.stringValue ?? "") == reason,
               (c["message"]?.stringValue ?? "") == message { return (list, false) }
            var out = list
            out[i] = fresh
            return (out, true)
        }
        return status == "False" ? (list, false) : (list + [fresh], true)
    }

    /// upstream `hasJobTrackingFinalizer`.
    static func hasTrackingFinalizer(_ pod: JSON) -> Bool { pod.finalizers.contains(JobView.trackingFinalizer) }

    /// upstream `isPodFailed`: Failed, or (unless only failed Pods are replaced) deleted before it
    /// succeeded, since an orphan Pod may never reach the Failed phase.
    static func isPodFailed(_ pod: JSON, onlyReplaceFailedPods: Bool) -> Bool {
        let phase = Pod(pod).phase
        if phase == "Failed" { return true }
        if onlyReplaceFailedPods { return false }
        return pod.isBeingDeleted && phase != "Succeeded"
    }

    /// upstream `controller.IsPodTerminating`: being deleted and not yet terminal.
    static func isTerminating(_ pod: JSON) -> Bool { pod.isBeingDeleted && !Pod(pod).isTerminal }

    /// upstream `manageJob`'s target: without `completions`, `parallelism` until one Pod succeeded, then
    /// whatever still runs; with it, the remaining completions capped at `parallelism`.
    static func wantActive(completions: Int?, parallelism: Int, succeeded: Int, active: Int) -> Int {
        guard let completions else { return succeeded > 0 ? active : parallelism }
        return max(0, min(completions - succeeded, parallelism))
    }

    /// upstream `syncJob`'s completion test: a work queue is done once a Pod succeeded and none is
    /// active; otherwise `completions` successes and none active.
    static func isComplete(completions: Int?, succeeded: Int, active: Int) -> Bool {
        guard let completions else { return succeeded > 0 && active == 0 }
        return succeeded >= completions && active == 0
    }

    /// upstream `pastBackoffLimitOnFailure`: with `restartPolicy: OnFailure`, the container restarts of
    /// pending and running Pods count against the back-off limit (reaching it fails; with a limit of 0,
    /// any restart does).
    static func pastBackoffLimitOnFailure(restartPolicy: String, backoffLimit: Int, pods: [JSON]) -> Bool {
        guard restartPolicy == "OnFailure" else { return false }
        var restarts: Int64 = 0
        for pod in pods where ["Running", "Pending"].contains(Pod(pod).phase) {
            for key in ["initContainerStatuses", "containerStatuses"] {
                for s in pod[path: ["status", key]]?.arrayValue ?? [] { restarts += s["restartCount"]?.intValue ?? 0 }
            }
        }
        return backoffLimit == 0 ? restarts > 0 : restarts >= Int64(backoffLimit)
    }

    /// upstream `pastActiveDeadline`: never while suspended or before the Job started.
    static func pastActiveDeadline(seconds: Int64?, startTime: Date?, suspended: Bool, now: Date) -> Bool {
        guard let seconds, let startTime, !suspended else { return false }
        return now.timeIntervalSince(startTime) >= Double(seconds)
    }

    /// upstream `cleanUncountedPodsWithoutFinalizers`: the uncounted Pods whose finalizer is gone are
    /// moved into `succeeded` and `failed`; returns whether the status changed.
    static func cleanUncounted(_ status: inout JobStatus, withFinalizer: Set<String>) -> Bool {
        guard let uncounted = status.uncounted else { return false }
        let succeeded = uncounted.succeeded.filter(withFinalizer.contains)
        let failed = uncounted.failed.filter(withFinalizer.contains)
        if succeeded.count == uncounted.succeeded.count, failed.count == uncounted.failed.count { return false }
        status.succeeded += Int64(uncounted.succeeded.count - succeeded.count)
        status.failed += Int64(uncounted.failed.count - failed.count)
        status.uncounted = (succeeded, failed)
        return true
    }
}
