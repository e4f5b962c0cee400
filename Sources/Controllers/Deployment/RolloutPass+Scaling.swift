import API
import Foundation

/// Scaling without rolling out (upstream `sync.go`: `sync`, `scale`, `isScalingEvent`,
/// `cleanupDeployment`): used while the Deployment is paused and when `spec.replicas` changed.
extension RolloutPass {
    /// `isScalingEvent`: some active ReplicaSet was sized for a different `spec.replicas` than now.
    func isScalingEvent() throws -> Bool {
        let (newRS, oldRSs) = try newAndOldReplicaSets(create: false)
        let active = ([newRS].compactMap { $0 } + oldRSs).map(current).filter(\.isActive)
        return active.contains { rs in rs.desiredReplicasAnnotation.map { $0 != d.replicas } ?? false }
    }

    /// `sync`: resize (proportionally during a rollout), clean history while paused, report status.
    func syncScaling() throws -> ReconcileResult {
        let (newRS, oldRSs) = try newAndOldReplicaSets(create: false)
        try scaleReplicaSets(newRS: newRS, oldRSs: oldRSs)
        if d.paused { try cleanupHistory(oldRSs: oldRSs) }
        return try syncDeploymentStatus(newRS: newRS, oldRSs: oldRSs)
    }

    /// `scale`: one active ReplicaSet (or none: the newest) takes `spec.replicas`; a saturated new set
    /// empties the old ones; otherwise, for RollingUpdate, the change is spread proportionally.
    func scaleReplicaSets(newRS: OwnedReplicaSet?, oldRSs: [OwnedReplicaSet]) throws {
        let newRS = newRS.map(current)
        let oldRSs = oldRSs.map(current)
        if let target = activeOrLatest(newRS: newRS, oldRSs: oldRSs) {
            try scale(target, to: d.replicas)
            return
        }
        if let newRS, isSaturated(newRS) {
            for rs in oldRSs where rs.isActive { try scale(rs, to: 0) }
            return
        }
        guard d.strategy.isRollingUpdate else { return }
        let active = ([newRS].compactMap { $0 } + oldRSs).filter(\.isActive)
        let members = active.map {
            ProportionalScaling.Member(name: $0.name, replicas: $0.replicas, created: $0.created, maxReplicas: $0.maxReplicasAnnotation)
        }
        let sizes = ProportionalScaling.sizes(members, replicas: d.replicas, maxSurge: d.maxSurge,
                                              statusReplicas: status.replicas)
        for (name, size) in sizes {
            guard let rs = active.first(where: { $0.name == name }) else { continue }
            try resize(rs, to: size)
        }
    }

    /// `FindActiveOrLatest`: the only active set; with none active, the new set or else the newest old
    /// one; nil when several are active.
    private func activeOrLatest(newRS: OwnedReplicaSet?, oldRSs: [OwnedReplicaSet]) -> OwnedReplicaSet? {
        let newestFirst = oldRSs.sorted { OwnedReplicaSet.oldestFirst($1, $0) }
        let active = (newestFirst + [newRS].compactMap { $0 }).filter(\.isActive)
        switch active.count {
        case 0: return newRS ?? newestFirst.first
        case 1: return active[0]
        default: return nil
        }
    }

    /// `IsSaturated`: the new set has, wants and is sized for exactly `spec.replicas`, all available.
    private func isSaturated(_ rs: OwnedReplicaSet) -> Bool {
        rs.replicas == d.replicas && rs.desiredReplicasAnnotation == d.replicas && rs.availableReplicas == d.replicas
    }

    /// `cleanupDeployment`: keeps the newest `revisionHistoryLimit` old ReplicaSets; older ones go once
    /// they are empty and settled (no Pods by spec or status, their generation observed).
    func cleanupHistory(oldRSs: [OwnedReplicaSet]) throws {
        guard let limit = d.revisionHistoryLimit, limit != Int(Int32.max) else { return }
        let alive = oldRSs.map(current).filter { !$0.isBeingDeleted }
        let excess = alive.count - limit
        guard excess > 0 else { return }
        for rs in alive.sorted(by: OwnedReplicaSet.byRevision).prefix(excess) {
            guard rs.statusReplicas == 0, rs.replicas == 0, rs.generation <= rs.observedGeneration else { continue }
            do throws(APIError) {
                try client.delete(wiring.replicaSets, namespace: d.namespace, name: rs.name)
            } catch {
                if error.code != 404 { throw ReconcileError("replicaset \(d.namespace)/\(rs.name): deleting: \(error.message)") }
            }
            replicaSets.removeAll { $0.uid == rs.uid }
        }
    }
}
