import API
import Foundation
import JSON

/// A StatefulSet's status as upstream's `updateStatus` and `completeRollingUpdate` compute it
/// (`pkg/controller/statefulset/stateful_set_control.go`). `replicas`, `availableReplicas` and
/// `collisionCount` are always written; the other counts are omitted when zero (`omitempty`).
enum StatefulSetStatus {
    /// The status of `set` with these owned `pods`:
    /// - `replicas`: the Pods with an ordinal of the set; `readyReplicas`: Running and Ready;
    ///   `availableReplicas`: ready for `minReadySeconds`;
    /// - `currentReplicas` / `updatedReplicas`: the non-terminating Pods at the current / update revision;
    /// - with `RollingUpdate`, once every Pod is updated and ready the update revision becomes current.
    static func calculate(set: JSON, pods: [JSON], currentRevision: String, updateRevision: String,
                          collisionCount: Int, now: Date) -> JSON {
        var status = set["status"]?.objectValue ?? JSONObject()
        let minReadySeconds = set[path: ["spec", "minReadySeconds"]]?.intValue ?? 0
        let setName = set.name ?? ""
        var replicas: Int64 = 0, ready: Int64 = 0, available: Int64 = 0, current: Int64 = 0, updated: Int64 = 0
        for pod in pods where StatefulSetIdentity.ordinal(of: pod, in: setName) != nil {
            replicas += 1
            if StatefulSetIdentity.isRunningAndReady(pod) {
                ready += 1
                if StatefulSetIdentity.isRunningAndAvailable(pod, minReadySeconds: minReadySeconds, now: now) { available += 1 }
            }
            if !StatefulSetIdentity.isTerminating(pod) {
                let revision = StatefulSetIdentity.revision(of: pod)
                if revision == currentRevision { current += 1 }
                if revision == updateRevision { updated += 1 }
            }
        }
        var currentName = currentRevision
        if set[path: ["spec", "updateStrategy", "type"]]?.stringValue == "RollingUpdate",
           updated == replicas, ready == replicas {
            current = updated
            currentName = updateRevision
        }
        status["observedGeneration"] = set.generation == 0 ? nil : .int(set.generation)
        status["replicas"] = .int(replicas)
        status["readyReplicas"] = ready == 0 ? nil : .int(ready)
        status["currentReplicas"] = current == 0 ? nil : .int(current)
        status["updatedReplicas"] = updated == 0 ? nil : .int(updated)
        status["availableReplicas"] = .int(available)
        status["currentRevision"] = currentName.isEmpty ? nil : .string(currentName)
        status["updateRevision"] = updateRevision.isEmpty ? nil : .string(updateRevision)
        status["collisionCount"] = .int(Int64(collisionCount))
        return .object(status)
    }
}
