import API
import Foundation
import JSON

/// A DaemonSet's status as upstream's `updateDaemonSetStatus` computes it: per node that should run
/// the daemon, whether a Pod is there, and whether the oldest one is ready, available and of the
/// current revision; Pods on nodes that should not run it are misscheduled. The four scheduling
/// counts are always written; `updatedNumberScheduled`, `numberAvailable` and `numberUnavailable`
/// are omitted when zero.
enum DaemonSetStatus {
    static func calculate(ds: JSON, nodes: [JSON], pods: [JSON], hash: String, collisionCount: Int, now: Date) -> JSON {
        var status = ds["status"]?.objectValue ?? JSONObject()
        let minReadySeconds = ds[path: ["spec", "minReadySeconds"]]?.intValue ?? 0
        let byNode = DaemonSetController.podsByNode(pods)
        var desired: Int64 = 0, current: Int64 = 0, misscheduled: Int64 = 0
        var ready: Int64 = 0, available: Int64 = 0, updated: Int64 = 0
        for node in nodes {
            let here = byNode[node.name ?? ""] ?? []
            guard DaemonSetNodes.shouldRun(ds, on: node).run else {
                if !here.isEmpty { misscheduled += 1 }
                continue
            }
            desired += 1
            guard let pod = here.sorted(by: DaemonSetController.oldestFirst).first else { continue }
            current += 1
            if Pod(pod).isReady {
                ready += 1
                if Pod(pod).isAvailable(minReadySeconds: minReadySeconds, now: now) { available += 1 }
            }
            if pod.labels[DaemonSetNodes.hashLabel] == hash { updated += 1 }
        }
        status["currentNumberScheduled"] = .int(current)
        status["numberMisscheduled"] = .int(misscheduled)
        status["desiredNumberScheduled"] = .int(desired)
        status["numberReady"] = .int(ready)
        status["observedGeneration"] = ds.generation == 0 ? nil : .int(ds.generation)
        status["updatedNumberScheduled"] = updated == 0 ? nil : .int(updated)
        status["numberAvailable"] = available == 0 ? nil : .int(available)
        status["numberUnavailable"] = desired - available == 0 ? nil : .int(desired - available)
        status["collisionCount"] = collisionCount == 0 ? nil : .int(Int64(collisionCount))
        return .object(status)
    }
}
