@testable import Controllers
import Foundation
import JSON
import Testing

/// Revision annotations, the condition setter and the progress judgements, as pure functions.
@Suite struct DeploymentStatusTests {
    @Test func aNewReplicaSetGetsTheRevisionAndReplicaCountsAndTheDeploymentsAnnotations() {
        let a = DeploymentAnnotations.forNewReplicaSet(
            current: [:], deployment: ["kubernetes.io/change-cause": "v2", "kubectl.kubernetes.io/last-applied-configuration": "{}",
                                       "deployment.kubernetes.io/revision": "1"],
            newRevision: 2, exists: false, desiredReplicas: 3, maxReplicas: 4)
        #expect(a == ["kubernetes.io/change-cause": "v2", "deployment.kubernetes.io/revision": "2",
                      "deployment.kubernetes.io/desired-replicas": "3", "deployment.kubernetes.io/max-replicas": "4"])
    }

    @Test func reusingAnOldReplicaSetRecordsItsRevisionInTheHistory() {
        let rolledBack = DeploymentAnnotations.forNewReplicaSet(
            current: ["deployment.kubernetes.io/revision": "1"], deployment: [:], newRevision: 3, exists: true,
            desiredReplicas: 3, maxReplicas: 4)
        #expect(rolledBack?["deployment.kubernetes.io/revision"] == "3")
        #expect(rolledBack?["deployment.kubernetes.io/revision-history"] == "1")
        #expect(rolledBack?["deployment.kubernetes.io/desired-replicas"] == nil)  // only sized when created
        let again = DeploymentAnnotations.forNewReplicaSet(
            current: ["deployment.kubernetes.io/revision": "3", "deployment.kubernetes.io/revision-history": "1"],
            deployment: [:], newRevision: 5, exists: true, desiredReplicas: 3, maxReplicas: 4)
        #expect(again?["deployment.kubernetes.io/revision-history"] == "1,3")
        // Already the newest: nothing to change.
        #expect(DeploymentAnnotations.forNewReplicaSet(current: ["deployment.kubernetes.io/revision": "4"], deployment: [:],
                                                       newRevision: 4, exists: true, desiredReplicas: 1, maxReplicas: 2) == nil)
        // The history keeps within 2000 characters by dropping the oldest.
        let long = (1...700).map(String.init).joined(separator: ",")
        let appended = DeploymentAnnotations.appendHistory(long, "701")
        #expect((appended?.count ?? 0) <= 2000)
        #expect(appended?.hasSuffix(",700,701") == true)
        #expect(appended?.hasPrefix("1,") == false)
    }

    @Test func theConditionSetterKeepsTimesUnlessTheStatusChanges() {
        var s = DeploymentStatus()
        s.set(DeploymentCondition("Progressing", "True", reason: "NewReplicaSetCreated", message: "a", now: "t1"))
        s.set(DeploymentCondition("Available", "False", reason: "MinimumReplicasUnavailable", message: "b", now: "t1"))
        // Same status and reason: untouched, message included.
        s.set(DeploymentCondition("Progressing", "True", reason: "NewReplicaSetCreated", message: "changed", now: "t2"))
        #expect(s.condition("Progressing")?.message == "a")
        #expect(s.conditions.map(\.type) == ["Progressing", "Available"])
        // New reason, same status: keeps lastTransitionTime, moves to the end.
        s.set(DeploymentCondition("Progressing", "True", reason: "NewReplicaSetAvailable", message: "c", now: "t3"))
        #expect(s.conditions.map(\.type) == ["Available", "Progressing"])
        #expect(s.condition("Progressing")?.lastTransitionTime == "t1")
        #expect(s.condition("Progressing")?.lastUpdateTime == "t3")
        // New status: a new transition.
        s.set(DeploymentCondition("Available", "True", reason: "MinimumReplicasAvailable", message: "d", now: "t4"))
        #expect(s.condition("Available")?.lastTransitionTime == "t4")
        #expect(DeploymentStatus(s.json) == s)
    }

    func deployment(replicas: Int, generation: Int64 = 1, deadline: Int? = 600) -> DeploymentView {
        var o: JSON = ["metadata": ["name": "web", "generation": .int(generation)], "spec": ["replicas": .int(Int64(replicas))]]
        if let deadline { o[path: ["spec", "progressDeadlineSeconds"]] = .int(Int64(deadline)) }
        return DeploymentView(o)
    }

    @Test func completeProgressingAndTimedOutAsUpstreamJudgesThem() throws {
        var s = DeploymentStatus()
        s.observedGeneration = 1
        (s.replicas, s.updatedReplicas, s.availableReplicas) = (3, 3, 3)
        #expect(DeploymentProgress.isComplete(deployment(replicas: 3), s))
        #expect(!DeploymentProgress.isComplete(deployment(replicas: 3, generation: 2), s))
        s.replicas = 4  // an old Pod still there
        #expect(!DeploymentProgress.isComplete(deployment(replicas: 3), s))

        var old = DeploymentStatus()
        (old.replicas, old.updatedReplicas, old.readyReplicas, old.availableReplicas) = (4, 1, 3, 3)
        var new = old
        #expect(!DeploymentProgress.isProgressing(old: old, new: new))
        new.replicas = 3  // an old Pod went
        #expect(DeploymentProgress.isProgressing(old: old, new: new))
        new = old
        new.readyReplicas = 4
        #expect(DeploymentProgress.isProgressing(old: old, new: new))

        let t0 = Date(timeIntervalSince1970: 1_767_225_600)
        var stalled = DeploymentStatus()
        stalled.set(DeploymentCondition("Progressing", "True", reason: "ReplicaSetUpdated", message: "",
                                        now: "2026-01-01T00:00:00Z"))
        let d = deployment(replicas: 3, deadline: 60)
        #expect(!DeploymentProgress.hasTimedOut(d, stalled, now: t0.addingTimeInterval(60)))
        #expect(DeploymentProgress.hasTimedOut(d, stalled, now: t0.addingTimeInterval(61)))
        #expect(!DeploymentProgress.hasTimedOut(deployment(replicas: 3, deadline: nil), stalled, now: t0.addingTimeInterval(999)))
        #expect(!DeploymentProgress.hasTimedOut(deployment(replicas: 3, deadline: Int(Int32.max)), stalled, now: t0.addingTimeInterval(999)))
        // The controller looks again one second past the deadline.
        #expect(DeploymentProgress.recheckAfter(d, current: stalled, new: stalled, now: t0.addingTimeInterval(20)) == 41)
        var done = stalled
        done.set(DeploymentCondition("Progressing", "True", reason: "NewReplicaSetAvailable", message: "", now: "2026-01-01T00:00:00Z"))
        #expect(!DeploymentProgress.hasTimedOut(d, done, now: t0.addingTimeInterval(999)))
    }
}
