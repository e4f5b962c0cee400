import API
import Foundation
import JSON

/// upstream `pkg/controller/daemon/update.go`: the RollingUpdate strategy, by `maxUnavailable` (old
/// Pods deleted first, replacements created by `manage`) or, when `maxSurge` is set, by surge (new
/// Pods created beside the old ones, which go once the new ones are available).
extension DaemonSetController {
    /// upstream `updatedDesiredNodeCounts`: both limits scaled against the desired count, rounded up;
    /// `maxUnavailable` becomes 1 when both are 0.
    static func limits(_ ds: JSON, desired: Int) -> (surge: Int, unavailable: Int) {
        guard ds[path: ["spec", "updateStrategy", "type"]]?.stringValue == "RollingUpdate" else { return (0, 1) }
        let rolling = ds[path: ["spec", "updateStrategy", "rollingUpdate"]]
        func scaled(_ value: JSON?) -> Int {
            if let s = value?.stringValue, s.hasSuffix("%"), let percent = Int(s.dropLast()) {
                return (percent * desired + 99) / 100
            }
            return Int(value?.intValue ?? 0)
        }
        let surge = scaled(rolling?["maxSurge"])
        let unavailable = scaled(rolling?["maxUnavailable"] ?? 1)
        return (surge, surge == 0 && unavailable == 0 ? 1 : unavailable)
    }

    /// `maxUnavailable` as a count.
    static func maxUnavailable(_ ds: JSON, desired: Int) -> Int { limits(ds, desired: desired).unavailable }

    /// upstream `util.AllowsSurge`: a RollingUpdate with a non-zero `maxSurge`.
    static func allowsSurge(_ ds: JSON) -> Bool { limits(ds, desired: 1).surge > 0 }

    /// upstream `findUpdatedPodsOnNode`: the node's live Pod of the current revision and its old one;
    /// not `ok` when there are two of either.
    static func updatedAndOld(_ pods: [JSON], hash: String) -> (new: JSON?, old: JSON?, ok: Bool) {
        var new: JSON?, old: JSON?, ok = true
        for pod in pods where !pod.isBeingDeleted {
            if pod.labels[DaemonSetNodes.hashLabel] == hash {
                if new != nil { ok = false }
                new = pod
            } else {
                if old != nil { ok = false }
                old = pod
            }
        }
        return (new, old, ok)
    }

    /// With surge, of several live Pods on a node: all but the oldest new and the oldest old one, and
    /// the old one too when it is not ready or the new one is available (upstream `podsShouldBeOnNode`).
    func surgeVictims(_ ds: JSON, _ running: [JSON], hash: String) -> [JSON] {
        var victims: [JSON] = []
        var oldestNew: JSON?, oldestOld: JSON?
        for pod in running.sorted(by: Self.oldestFirst) {
            if pod.labels[DaemonSetNodes.hashLabel] == hash {
                if oldestNew == nil { oldestNew = pod; continue }
            } else if oldestOld == nil {
                oldestOld = pod
                continue
            }
            victims.append(pod)
        }
        if let oldestNew, let oldestOld {
            let minReadySeconds = ds[path: ["spec", "minReadySeconds"]]?.intValue ?? 0
            if !Pod(oldestOld).isReady
                || Pod(oldestNew).isAvailable(minReadySeconds: minReadySeconds, now: context.clock.now()) {
                victims.append(oldestOld)
            }
        }
        return victims
    }

    /// upstream `rollingUpdate`. Nodes are visited by name (upstream's map order is random).
    func rollingUpdate(_ ds: JSON, nodes: [JSON], pods: [JSON], hash: String) -> String? {
        let byNode = Self.podsByNode(pods)
        let desired = nodes.filter { DaemonSetNodes.shouldRun(ds, on: $0).run }.count
        let (maxSurge, maxUnavailable) = Self.limits(ds, desired: desired)
        let minReadySeconds = ds[path: ["spec", "minReadySeconds"]]?.intValue ?? 0
        let now = context.clock.now()
        func available(_ pod: JSON) -> Bool { Pod(pod).isAvailable(minReadySeconds: minReadySeconds, now: now) }

        if maxSurge == 0 {
            // Delete just enough old Pods to stay within maxUnavailable; an old Pod that is not
            // available anyway may always go.
            var unavailable = 0
            var replace: [JSON] = [], candidates: [JSON] = []
            for node in byNode.keys.sorted() {
                let (new, old, ok) = Self.updatedAndOld(byNode[node] ?? [], hash: hash)
                if !ok || (new == nil) == (old == nil) {
                    unavailable += 1  // manage handles this node; it counts as unavailable
                } else if let new {
                    if !available(new) { unavailable += 1 }
                } else if let old {
                    if !available(old) {
                        replace.append(old)
                    } else if unavailable < maxUnavailable {
                        candidates.append(old)
                    }
                }
            }
            let room = min(max(0, maxUnavailable - unavailable), candidates.count)
            return syncNodes(ds, delete: replace + candidates.prefix(room), createOn: [], hash: hash)
        }

        // Surge: a new Pod beside each old one, at most maxSurge not yet available at a time (at once
        // where the old one is unavailable); an old Pod goes once its new one is available.
        var surging = 0
        var oldToDelete: [JSON] = []
        var allowed: [String] = [], candidates: [String] = []
        for node in byNode.keys.sorted() {
            let (new, old, ok) = Self.updatedAndOld(byNode[node] ?? [], hash: hash)
            guard ok else {
                surging += 1
                continue
            }
            guard let old else { continue }
            if let new {
                if available(new) { oldToDelete.append(old) } else { surging += 1 }
            } else if !available(old) {
                allowed.append(node)
            } else if surging < maxSurge {
                candidates.append(node)
            }
        }
        let room = min(max(0, maxSurge - surging), candidates.count)
        return syncNodes(ds, delete: oldToDelete, createOn: allowed + candidates.prefix(room), hash: hash)
    }
}
