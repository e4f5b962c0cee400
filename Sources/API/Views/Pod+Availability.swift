import Foundation
import JSON

/// What workload controllers read of a Pod beyond its phase: whether it counts, since when it is
/// ready, whether it is available, and what upstream's scale-down ranking compares
/// (`pkg/controller/controller_utils.go`, `pkg/api/v1/pod/util.go`).
extension Pod {
    /// The annotation that orders Pods for scale-down (upstream `core.PodDeletionCost`).
    public static let deletionCostAnnotation = "controller.kubernetes.io/pod-deletion-cost"

    /// upstream `IsPodActive`: not Succeeded, not Failed, not being deleted.
    public var isActive: Bool { !isTerminal && !object.isBeingDeleted }

    /// The `lastTransitionTime` of a Ready=True condition; nil when not ready or not written
    /// (upstream `podReadyTime` returns the zero time then).
    public var readySince: Date? {
        guard let c = object[path: ["status", "conditions"]]?.arrayValue?
            .first(where: { $0["type"]?.stringValue == "Ready" }), c["status"]?.stringValue == "True",
            let t = c["lastTransitionTime"]?.stringValue else { return nil }
        return ObjectMeta.parseTimestamp(t)
    }

    /// upstream `IsPodAvailable`: ready, and either `minReadySeconds` is 0 or the Ready condition turned
    /// True strictly more than `minReadySeconds` before `now`. A ready Pod without a transition time is
    /// available only when `minReadySeconds` is 0.
    public func isAvailable(minReadySeconds: Int64, now: Date) -> Bool {
        guard isReady else { return false }
        if minReadySeconds == 0 { return true }
        guard let since = readySince else { return false }
        return since.addingTimeInterval(Double(minReadySeconds)) < now
    }

    /// Seconds until a ready Pod becomes available; nil when it is not ready, has no transition time or
    /// is already available.
    public func secondsUntilAvailable(minReadySeconds: Int64, now: Date) -> Double? {
        guard minReadySeconds > 0, isReady, let since = readySince else { return nil }
        let left = since.addingTimeInterval(Double(minReadySeconds)).timeIntervalSince(now)
        return left >= 0 ? left : nil
    }

    /// upstream `GetDeletionCostFromPodAnnotations`: the annotation as an int32; 0 when absent or
    /// not a valid int32.
    public var deletionCost: Int32 { object.annotations[Self.deletionCostAnnotation].flatMap { Int32($0) } ?? 0 }

    /// upstream `maxContainerRestarts`: the highest `restartCount` among regular containers, and among
    /// sidecars (init containers with `restartPolicy: Always`).
    public var maxRestarts: (regular: Int64, sidecar: Int64) {
        let regular = (object[path: ["status", "containerStatuses"]]?.arrayValue ?? [])
            .map { $0["restartCount"]?.intValue ?? 0 }.max() ?? 0
        let sidecars = Set((object[path: ["spec", "initContainers"]]?.arrayValue ?? [])
            .filter { $0["restartPolicy"]?.stringValue == "Always" }.compactMap { $0["name"]?.stringValue })
        let sidecar = (object[path: ["status", "initContainerStatuses"]]?.arrayValue ?? [])
            .filter { sidecars.contains($0["name"]?.stringValue ?? "") }
            .map { $0["restartCount"]?.intValue ?? 0 }.max() ?? 0
        return (regular, sidecar)
    }
}
