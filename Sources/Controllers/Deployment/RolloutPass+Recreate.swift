import API
import Foundation
import JSON

/// The Recreate strategy (upstream `recreate.go`): every old Pod goes before any new one is created.
extension RolloutPass {
    /// `rolloutRecreate`: old sets to 0; wait until their Pods are gone (terminal Pods do not count,
    /// terminating ones do); then create the new set at full size.
    func rolloutRecreate() throws -> ReconcileResult {
        var (newRS, oldRSs) = try newAndOldReplicaSets(create: false)
        var scaledDown = false
        for rs in oldRSs.map(current) where rs.isActive {
            scaledDown = try scale(rs, to: 0) || scaledDown
        }
        if scaledDown || oldPodsRunning(newRS: newRS, oldRSs: oldRSs) {
            return try syncRolloutStatus(newRS: newRS, oldRSs: oldRSs)
        }
        if newRS == nil { (newRS, oldRSs) = try newAndOldReplicaSets(create: true) }
        if let newRS { try scale(newRS, to: d.replicas) }
        if DeploymentProgress.isComplete(d, status) { try cleanupHistory(oldRSs: oldRSs) }
        return try syncRolloutStatus(newRS: newRS, oldRSs: oldRSs)
    }

    /// `oldPodsRunning`: an old set still reports Pods, or a Pod of one is not Succeeded or Failed.
    private func oldPodsRunning(newRS: OwnedReplicaSet?, oldRSs: [OwnedReplicaSet]) -> Bool {
        if oldRSs.map(current).statusReplicas > 0 { return true }
        let oldUIDs = Set(oldRSs.map(\.uid))
        guard let selector = try? LabelSelector(from: d.selector) else { return false }
        // Upstream groups the selector's Pods by controlling ReplicaSet; only the old sets' matter here.
        return wiring.podLister.list(namespace: d.namespace, labels: selector).contains { pod in
            guard let owner = pod.controllerRef?.uid, oldUIDs.contains(owner), owner != newRS?.uid else { return false }
            return !Pod(pod).isTerminal
        }
    }
}
