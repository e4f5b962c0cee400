import API
import Foundation
import JSON

/// A replica set's status as upstream's `calculateStatus` and `updateReplicaSetStatus` compute it
/// (`pkg/controller/replicaset/replica_set_utils.go`). Fields upstream omits when zero
/// (`omitempty`) are left out; `replicas` is always written.
enum ReplicaSetStatus {
    /// The condition type of a failed create or delete.
    static let replicaFailure = "ReplicaFailure"

    /// What the last `manageReplicas` could not do: `reason` is `FailedCreate` or `FailedDelete`.
    struct Failure: Equatable {
        let reason: String
        let message: String
    }

    /// The status `owner` should have with these active, owned `pods`:
    /// - `replicas`: the Pods; `fullyLabeledReplicas`: those carrying every template label;
    ///   `readyReplicas`: Ready=True; `availableReplicas`: ready for more than `minReadySeconds`;
    /// - `observedGeneration`: the owner's generation;
    /// - the `ReplicaFailure` condition is added (True, with the failure's reason and message) when
    ///   there is a failure and none is recorded yet, and removed when the pass succeeded. Other fields
    ///   and conditions are kept.
    static func calculate(owner: JSON, pods: [JSON], failure: Failure?, now: Date) -> JSON {
        var status = owner["status"]?.objectValue ?? JSONObject()
        let templateLabels = owner[path: ["spec", "template", "metadata", "labels"]]?.stringMap ?? [:]
        let minReadySeconds = owner[path: ["spec", "minReadySeconds"]]?.intValue ?? 0
        var fullyLabeled: Int64 = 0, ready: Int64 = 0, available: Int64 = 0
        for object in pods {
            let pod = Pod(object)
            let labels = object.labels
            if templateLabels.allSatisfy({ labels[$0.key] == $0.value }) { fullyLabeled += 1 }
            if pod.isReady {
                ready += 1
                if pod.isAvailable(minReadySeconds: minReadySeconds, now: now) { available += 1 }
            }
        }
        status["replicas"] = .int(Int64(pods.count))
        status["fullyLabeledReplicas"] = fullyLabeled == 0 ? nil : .int(fullyLabeled)
        status["readyReplicas"] = ready == 0 ? nil : .int(ready)
        status["availableReplicas"] = available == 0 ? nil : .int(available)
        status["observedGeneration"] = owner.generation == 0 ? nil : .int(owner.generation)

        var conditions = status["conditions"]?.arrayValue ?? []
        let recorded = conditions.contains { $0["type"]?.stringValue == replicaFailure }
        if let failure, !recorded {
            conditions.append(["type": .string(replicaFailure), "status": "True",
                               "lastTransitionTime": .string(ObjectMeta.timestamp(now)),
                               "reason": .string(failure.reason), "message": .string(failure.message)])
        } else if failure == nil, recorded {
            conditions.removeAll { $0["type"]?.stringValue == replicaFailure }
        }
        status["conditions"] = conditions.isEmpty ? nil : .array(conditions)
        return .object(status)
    }

    /// Seconds until the first of `pods` that is ready but not yet available becomes available; nil
    /// when none will. Upstream requeues after `minReadySeconds` (+1 s when a Pod turns ready); the
    /// exact remaining time is the same check, sooner.
    static func nextAvailability(owner: JSON, pods: [JSON], now: Date) -> Double? {
        let minReadySeconds = owner[path: ["spec", "minReadySeconds"]]?.intValue ?? 0
        return pods.compactMap { Pod($0).secondsUntilAvailable(minReadySeconds: minReadySeconds, now: now) }.min()
    }
}
