import API
import Foundation

/// Status and the conditions that report progress (upstream `progress.go` and `sync.go`:
/// `syncRolloutStatus`, `syncDeploymentStatus`, `checkPausedConditions`).
extension RolloutPass {
    /// `syncRolloutStatus`: counts, `Available`, `Progressing` judged against the deadline,
    /// `ReplicaFailure`; written when changed. A rollout that may still time out is looked at again
    /// just after its deadline.
    func syncRolloutStatus(newRS: OwnedReplicaSet?, oldRSs: [OwnedReplicaSet]) throws -> ReconcileResult {
        let newRS = newRS.map(current)
        let all = oldRSs.map(current) + [newRS].compactMap { $0 }
        let before = status
        status = DeploymentProgress.rolloutStatus(all: all, newRS: newRS, deployment: d, current: before, now: now)
        if status != storedStatus {
            try writeStatus()
            return .done  // the write's event brings the next pass, which sets the timer
        }
        return DeploymentProgress.recheckAfter(d, current: before, new: status, now: now).map { .requeue(after: $0) } ?? .done
    }

    /// `syncDeploymentStatus`: counts and `Available` only (paused, scaling, being deleted).
    func syncDeploymentStatus(newRS: OwnedReplicaSet?, oldRSs: [OwnedReplicaSet]) throws -> ReconcileResult {
        let newRS = newRS.map(current)
        let all = oldRSs.map(current) + [newRS].compactMap { $0 }
        status = DeploymentProgress.calculateStatus(all: all, newRS: newRS, deployment: d, current: status, now: now)
        try writeStatus()
        return .done
    }

    /// `checkPausedConditions`: under a progress deadline, pausing and resuming show in `Progressing`
    /// (Unknown), so time spent paused never counts as lack of progress; a timeout already reported stays.
    func checkPausedConditions() throws {
        guard d.progressDeadlineSeconds != nil else { return }
        let c = status.condition(DeploymentReason.progressing)
        if c?.reason == DeploymentReason.progressDeadlineExceeded { return }
        let pausedShown = c?.reason == DeploymentReason.deploymentPaused
        let stamp = ObjectMeta.timestamp(now)
        if d.paused, !pausedShown {
            status.set(DeploymentCondition(DeploymentReason.progressing, "Unknown", reason: DeploymentReason.deploymentPaused,
                                           message: "Deployment is paused", now: stamp))
        } else if !d.paused, pausedShown {
            status.set(DeploymentCondition(DeploymentReason.progressing, "Unknown", reason: DeploymentReason.deploymentResumed,
                                           message: "Deployment is resumed", now: stamp))
        } else {
            return
        }
        try writeStatus()
    }
}
