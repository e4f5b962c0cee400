import API
import Foundation

/// The status a Deployment reports and how its rollout is judged (upstream `sync.go` `calculateStatus`,
/// `progress.go` `syncRolloutStatus` / `requeueStuckDeployment`, `deployment/util` `DeploymentComplete`,
/// `DeploymentProgressing`, `DeploymentTimedOut`). Pure: the controller passes in the time.
enum DeploymentProgress {
    /// `calculateStatus`: counts summed over the ReplicaSets, `Available` set from the
    /// `replicas − maxUnavailable` rule; other conditions are carried over from `current`.
    static func calculateStatus(all: [OwnedReplicaSet], newRS: OwnedReplicaSet?, deployment d: DeploymentView,
                                current: DeploymentStatus, now: Date) -> DeploymentStatus {
        var s = DeploymentStatus()
        s.observedGeneration = d.generation
        s.replicas = all.statusReplicas
        s.updatedReplicas = newRS?.statusReplicas ?? 0
        s.readyReplicas = all.readyReplicas
        s.availableReplicas = all.availableReplicas
        // Surge Pods count as unavailable: they are asked for (spec) but not available.
        s.unavailableReplicas = max(0, all.specReplicas - s.availableReplicas)
        s.collisionCount = current.collisionCount
        s.conditions = current.conditions
        let stamp = ObjectMeta.timestamp(now)
        if s.availableReplicas >= d.replicas - d.maxUnavailable {
            s.set(DeploymentCondition(DeploymentReason.available, "True", reason: DeploymentReason.minimumReplicasAvailable,
                                      message: "Deployment has minimum availability.", now: stamp))
        } else {
            s.set(DeploymentCondition(DeploymentReason.available, "False", reason: DeploymentReason.minimumReplicasUnavailable,
                                      message: "Deployment does not have minimum availability.", now: stamp))
        }
        return s
    }

    /// `DeploymentComplete`: every replica updated and available, and this generation observed.
    static func isComplete(_ d: DeploymentView, _ s: DeploymentStatus) -> Bool {
        s.updatedReplicas == d.replicas && s.replicas == d.replicas && s.availableReplicas == d.replicas
            && s.observedGeneration >= d.generation
    }

    /// `DeploymentProgressing`: more updated, ready or available Pods, or fewer old ones, than before.
    static func isProgressing(old: DeploymentStatus, new: DeploymentStatus) -> Bool {
        new.updatedReplicas > old.updatedReplicas
            || (new.replicas - new.updatedReplicas) < (old.replicas - old.updatedReplicas)
            || new.readyReplicas > old.readyReplicas
            || new.availableReplicas > old.availableReplicas
    }

    /// `DeploymentTimedOut`: no progress recorded for longer than the deadline (a completed rollout never
    /// times out; one that timed out stays so until it progresses).
    static func hasTimedOut(_ d: DeploymentView, _ s: DeploymentStatus, now: Date) -> Bool {
        guard let deadline = d.progressDeadlineSeconds, let c = s.condition(DeploymentReason.progressing) else { return false }
        if c.reason == DeploymentReason.newReplicaSetAvailable { return false }
        if c.reason == DeploymentReason.progressDeadlineExceeded { return true }
        guard let from = ObjectMeta.parseTimestamp(c.lastUpdateTime) else { return false }
        return from.addingTimeInterval(Double(deadline)) < now
    }

    /// `syncRolloutStatus` without the write: the status with `Progressing` judged (only under a
    /// progress deadline; otherwise removed) and `ReplicaFailure` copied from the ReplicaSets.
    static func rolloutStatus(all: [OwnedReplicaSet], newRS: OwnedReplicaSet?, deployment d: DeploymentView,
                              current: DeploymentStatus, now: Date) -> DeploymentStatus {
        var s = calculateStatus(all: all, newRS: newRS, deployment: d, current: current, now: now)
        let stamp = ObjectMeta.timestamp(now)
        let currentCondition = current.condition(DeploymentReason.progressing)
        // A rollout already reported complete with nothing left to update is a resync: nothing to judge.
        let completeBefore = s.replicas == s.updatedReplicas
            && currentCondition?.reason == DeploymentReason.newReplicaSetAvailable
        if d.progressDeadlineSeconds == nil {
            s.remove(DeploymentReason.progressing)
        } else if !completeBefore {
            let subject = newRS.map { "ReplicaSet \"\($0.name)\"" } ?? "Deployment \"\(d.name)\""
            if isComplete(d, s) {
                s.set(DeploymentCondition(DeploymentReason.progressing, "True", reason: DeploymentReason.newReplicaSetAvailable,
                                          message: "\(subject) has successfully progressed.", now: stamp))
            } else if isProgressing(old: current, new: s) {
                // Progress always refreshes lastUpdateTime, even with the same reason (which the
                // generic setter would ignore), and keeps lastTransitionTime while it stays True.
                var c = DeploymentCondition(DeploymentReason.progressing, "True", reason: DeploymentReason.replicaSetUpdated,
                                            message: "\(subject) is progressing.", now: stamp)
                if let currentCondition {
                    if currentCondition.status == "True" { c.lastTransitionTime = currentCondition.lastTransitionTime }
                    s.remove(DeploymentReason.progressing)
                }
                s.set(c)
            } else if hasTimedOut(d, s, now: now) {
                s.set(DeploymentCondition(DeploymentReason.progressing, "False", reason: DeploymentReason.progressDeadlineExceeded,
                                          message: "\(subject) has timed out progressing.", now: stamp))
            }
        }
        if let failure = replicaFailure(all: all, newRS: newRS) {
            s.set(failure)
        } else {
            s.remove(DeploymentReason.replicaFailure)
        }
        return s
    }

    /// `getReplicaFailures`: the new set's `ReplicaFailure` condition, else any set's.
    static func replicaFailure(all: [OwnedReplicaSet], newRS: OwnedReplicaSet?) -> DeploymentCondition? {
        let source = newRS?.replicaFailures.first ?? all.lazy.compactMap(\.replicaFailures.first).first
        guard let c = source else { return nil }
        var out = DeploymentCondition(c)
        out.lastUpdateTime = out.lastTransitionTime  // `ReplicaSetToDeploymentCondition`
        return out
    }

    /// `requeueStuckDeployment`: when to look again so a stalled rollout times out without any other
    /// event, one second past `lastUpdateTime + progressDeadlineSeconds`; nil when there is no deadline
    /// to watch (none set, no Progressing condition, complete, or already timed out).
    static func recheckAfter(_ d: DeploymentView, current: DeploymentStatus, new: DeploymentStatus, now: Date) -> Double? {
        guard let deadline = d.progressDeadlineSeconds, let c = current.condition(DeploymentReason.progressing),
              !isComplete(d, new), c.reason != DeploymentReason.progressDeadlineExceeded,
              let from = ObjectMeta.parseTimestamp(c.lastUpdateTime) else { return nil }
        let after = from.addingTimeInterval(Double(deadline)).timeIntervalSince(now)
        // Less than a second left: upstream requeues rate-limited; one second is as good here.
        return after < 1 ? 1 : after + 1
    }
}
