import API
import Foundation
import JSON

/// What the Job controller reads of a batch/v1 Job, with upstream's defaults for what is unset.
struct JobView {
    /// upstream `batch.JobTrackingFinalizer`: holds a finished Pod until the Job's status counts it.
    static let trackingFinalizer = "batch.kubernetes.io/job-tracking"

    /// The whole object.
    let object: JSON
    init(_ object: JSON) { self.object = object }

    private var spec: JSON? { object["spec"] }
    var parallelism: Int { Int(spec?["parallelism"]?.intValue ?? 1) }
    /// nil: a work queue (done once any Pod succeeded and none is active).
    var completions: Int? { spec?["completions"]?.intValue.map { Int($0) } }
    var backoffLimit: Int { Int(spec?["backoffLimit"]?.intValue ?? 6) }
    var activeDeadlineSeconds: Int64? { spec?["activeDeadlineSeconds"]?.intValue }
    var isSuspended: Bool { spec?["suspend"]?.boolValue == true }
    var completionMode: String { spec?["completionMode"]?.stringValue ?? "NonIndexed" }
    var isIndexed: Bool { completionMode == "Indexed" }
    /// Whether `pod` counts for the Job: any Pod of a NonIndexed Job; for an Indexed one, a Pod with an
    /// index below `completions`.
    func hasValidIndex(_ pod: JSON) -> Bool {
        guard isIndexed else { return true }
        guard let i = JobIndexes.index(of: pod) else { return false }
        return i < (completions ?? 0)
    }
    var restartPolicy: String { spec?[path: ["template", "spec", "restartPolicy"]]?.stringValue ?? "" }
    var ttlSecondsAfterFinished: Int64? { spec?["ttlSecondsAfterFinished"]?.intValue }
    /// upstream `onlyReplaceFailedPods`: `podReplacementPolicy: Failed`, or a pod failure policy.
    var onlyReplaceFailedPods: Bool {
        spec?["podReplacementPolicy"]?.stringValue == "Failed" || (spec?["podFailurePolicy"].map { !$0.isNull } ?? false)
    }
    /// Another controller manages it (`spec.managedBy` other than the built-in one).
    var managedByOther: Bool {
        guard let by = spec?["managedBy"]?.stringValue else { return false }
        return by != "kubernetes.io/job-controller"
    }

    var status: JobStatus { JobStatus(object["status"]) }

    /// upstream `FinishedCondition`: the type and time of the Complete or Failed condition that is True.
    var finished: (type: String, time: Date?)? {
        for c in status.conditions {
            guard let type = c["type"]?.stringValue, type == "Complete" || type == "Failed",
                  c["status"]?.stringValue == "True" else { continue }
            return (type, (c["lastTransitionTime"]?.stringValue).flatMap(ObjectMeta.parseTimestamp))
        }
        return nil
    }

    /// upstream `IsJobFinished`.
    var isFinished: Bool { finished != nil }
}

/// A Job's `status`, field by field in upstream's `JobStatus` order, with its `omitempty` rules.
struct JobStatus: Equatable {
    var conditions: [JSON] = []
    var startTime: String?
    var completionTime: String?
    var active: Int64 = 0
    var succeeded: Int64 = 0
    var failed: Int64 = 0
    var terminating: Int64?
    var completedIndexes: String?
    var failedIndexes: String?
    /// `uncountedTerminatedPods`: nil when absent (upstream writes `{}` once the controller synced).
    var uncounted: (succeeded: [String], failed: [String])?
    var ready: Int64?

    init() {}

    init(_ json: JSON?) {
        guard let json else { return }
        conditions = json["conditions"]?.arrayValue ?? []
        startTime = json["startTime"]?.stringValue
        completionTime = json["completionTime"]?.stringValue
        active = json["active"]?.intValue ?? 0
        succeeded = json["succeeded"]?.intValue ?? 0
        failed = json["failed"]?.intValue ?? 0
        terminating = json["terminating"]?.intValue
        completedIndexes = json["completedIndexes"]?.stringValue
        failedIndexes = json["failedIndexes"]?.stringValue
        if let u = json["uncountedTerminatedPods"], u.objectValue != nil {
            uncounted = ((u["succeeded"]?.arrayValue ?? []).compactMap(\.stringValue),
                         (u["failed"]?.arrayValue ?? []).compactMap(\.stringValue))
        }
        ready = json["ready"]?.intValue
    }

    var uncountedSucceeded: [String] { uncounted?.succeeded ?? [] }
    var uncountedFailed: [String] { uncounted?.failed ?? [] }

    var json: JSON {
        var o = JSONObject()
        if !conditions.isEmpty { o["conditions"] = .array(conditions) }
        if let startTime { o["startTime"] = .string(startTime) }
        if let completionTime { o["completionTime"] = .string(completionTime) }
        if active != 0 { o["active"] = .int(active) }
        if succeeded != 0 { o["succeeded"] = .int(succeeded) }
        if failed != 0 { o["failed"] = .int(failed) }
        if let terminating { o["terminating"] = .int(terminating) }
        if let completedIndexes, !completedIndexes.isEmpty { o["completedIndexes"] = .string(completedIndexes) }
        if let failedIndexes { o["failedIndexes"] = .string(failedIndexes) }
        if let uncounted {
            var u = JSONObject()
            if !uncounted.succeeded.isEmpty { u["succeeded"] = .array(uncounted.succeeded.map(JSON.string)) }
            if !uncounted.failed.isEmpty { u["failed"] = .array(uncounted.failed.map(JSON.string)) }
            o["uncountedTerminatedPods"] = .object(u)
        }
        if let ready { o["ready"] = .int(ready) }
        return .object(o)
    }

    static func == (a: JobStatus, b: JobStatus) -> Bool { a.json == b.json }

    /// The condition of `type`, if any.
    func condition(_ type: String) -> JSON? { conditions.first { $0["type"]?.stringValue == type } }

    /// Whether the condition of `type` is True.
    func isTrue(_ type: String) -> Bool { condition(type)?["status"]?.stringValue == "True" }
}
