import API
import Foundation

/// The RollingUpdate strategy (upstream `rolling.go`): grow the new ReplicaSet up to `replicas +
/// maxSurge` Pods in all, shrink the old ones while `replicas − maxUnavailable` stay available, one
/// step per pass; every write brings the next pass through its event.
extension RolloutPass {
    /// `rolloutRolling`.
    func rolloutRolling() throws -> ReconcileResult {
        let (created, oldRSs) = try newAndOldReplicaSets(create: true)
        guard let newRS = created else { return try syncRolloutStatus(newRS: nil, oldRSs: oldRSs) }
        if try reconcileNewReplicaSet(newRS, oldRSs: oldRSs) {
            return try syncRolloutStatus(newRS: newRS, oldRSs: oldRSs)
        }
        if try reconcileOldReplicaSets(newRS, oldRSs: oldRSs) {
            return try syncRolloutStatus(newRS: newRS, oldRSs: oldRSs)
        }
        // History is cleaned once the status already reports the rollout complete.
        if DeploymentProgress.isComplete(d, status) { try cleanupHistory(oldRSs: oldRSs) }
        return try syncRolloutStatus(newRS: newRS, oldRSs: oldRSs)
    }

    /// `reconcileNewReplicaSet`: the new set shrinks to `replicas` if above, else grows as far as the
    /// surge allows. Returns whether it was resized.
    private func reconcileNewReplicaSet(_ newRS: OwnedReplicaSet, oldRSs: [OwnedReplicaSet]) throws -> Bool {
        let newRS = current(newRS)
        if newRS.replicas == d.replicas { return false }
        if newRS.replicas > d.replicas { return try scale(newRS, to: d.replicas) }
        let all = oldRSs.map(current) + [newRS]
        let target = RolloutMath.newReplicaSetReplicas(d.strategy, replicas: d.replicas, totalSpecReplicas: all.specReplicas,
                                                       newReplicaSetReplicas: newRS.replicas)
        return try scale(newRS, to: target)
    }

    /// `reconcileOldReplicaSets`: first the old sets' unavailable Pods go (within the budget the new
    /// set's unavailable Pods leave), then available old Pods beyond `replicas − maxUnavailable`.
    /// Returns whether any old set shrank.
    private func reconcileOldReplicaSets(_ newRS: OwnedReplicaSet, oldRSs: [OwnedReplicaSet]) throws -> Bool {
        let newRS = current(newRS)
        var old = oldRSs.map(current).filter(\.isActive).sorted(by: OwnedReplicaSet.oldestFirst)
        guard old.specReplicas > 0 else { return false }
        let budget = RolloutMath.maxScaledDown(totalSpecReplicas: (old + [newRS]).specReplicas, replicas: d.replicas,
                                               maxUnavailable: d.maxUnavailable, newSpecReplicas: newRS.replicas,
                                               newAvailableReplicas: newRS.availableReplicas)
        guard budget > 0 else { return false }

        var scaled = false
        let cleaned = RolloutMath.unhealthyCleanup(old.map { .init(specReplicas: $0.replicas, availableReplicas: $0.availableReplicas) },
                                                   budget: budget)
        for (rs, size) in zip(old, cleaned) where size != rs.replicas {
            scaled = try scale(rs, to: size) || scaled
        }
        old = old.map(current)
        let available = (old + [newRS]).availableReplicas
        let sizes = RolloutMath.availableScaleDown(old.map(\.replicas), availableReplicas: available,
                                                   minAvailable: d.replicas - d.maxUnavailable)
        for (rs, size) in zip(old, sizes) where size != rs.replicas {
            scaled = try scale(rs, to: size) || scaled
        }
        return scaled
    }
}
