import API
@testable import Controllers
import Foundation
import JSON
import TestCluster
import Testing

/// The Deployment controller beyond a plain rollout: scaling mid-rollout, pause and resume, progress
/// deadlines, history, rollback, restart, hash collisions, adoption.
@Suite struct DeploymentRolloutTests {
    @Test func scalingMidRolloutIsProportional() throws {
        let f = try DeploymentFixture()
        try f.create("web", replicas: 10)
        try f.settleAll("web")
        try f.setImage("web", "nginx:1.26")
        #expect(f.sizes("web") == [8, 5])
        // controllers.md §1.8: 10 → 15 gives old 12, new 7 (both sized for 13, now 19).
        try f.scale("web", to: 15)
        #expect(f.sizes("web") == [12, 7])
        for rs in f.replicaSets(of: "web") {
            #expect(rs.annotations["deployment.kubernetes.io/desired-replicas"] == "15")
            #expect(rs.annotations["deployment.kubernetes.io/max-replicas"] == "19")
        }
        let names = f.replicaSets(of: "web").map { $0.name ?? "" }
        #expect(try f.scalingEvents("web").suffix(2) == ["Scaled up replica set \(names[0]) from 8 to 12",
                                                         "Scaled up replica set \(names[1]) from 5 to 7"])
        try f.settleAll("web")
        #expect(try f.rollOut("web", maxTotal: 19, minAvailable: 12) == [[5, 14], [0, 15]])
    }

    @Test func aSingleReplicaSetIsSimplyResized() throws {
        let f = try DeploymentFixture()
        try f.create("web", replicas: 3)
        try f.settleAll("web")
        try f.scale("web", to: 5)
        #expect(f.sizes("web") == [5])
        let rs = try #require(f.replicaSets(of: "web").first)
        #expect(rs.annotations["deployment.kubernetes.io/desired-replicas"] == "5")
        #expect(rs.annotations["deployment.kubernetes.io/max-replicas"] == "7")
        #expect(try f.scalingEvents("web").last == "Scaled up replica set \(rs.name ?? "") from 3 to 5")
        #expect(f.deployment("web")?.annotations["deployment.kubernetes.io/revision"] == "1")
    }

    @Test func aPausedDeploymentOnlyScalesAndRollsOutWhenResumed() throws {
        let f = try DeploymentFixture()
        try f.create("web", replicas: 2)
        try f.settleAll("web")
        try f.update("web") { $0[path: ["spec", "paused"]] = true }
        let paused = try #require(f.condition("web", "Progressing"))
        #expect((paused.status, paused.reason, paused.message) == ("Unknown", "DeploymentPaused", "Deployment is paused"))

        try f.setImage("web", "nginx:1.26")
        #expect(f.sizes("web") == [2], "no rollout while paused")
        try f.scale("web", to: 3)
        #expect(f.sizes("web") == [3], "but scaling goes on")
        #expect(f.status("web", "observedGeneration") == 4)

        try f.update("web") { $0[path: ["spec", "paused"]] = false }
        #expect(f.sizes("web") == [3, 1])
        #expect(f.condition("web", "Progressing")?.reason == "NewReplicaSetCreated")
        #expect(f.deployment("web")?.annotations["deployment.kubernetes.io/revision"] == "2")
    }

    @Test func timeSpentPausedDoesNotCountAgainstTheDeadline() throws {
        let f = try DeploymentFixture()
        try f.create("web", replicas: 3, spec: ["progressDeadlineSeconds": 60])
        try f.update("web") { $0[path: ["spec", "paused"]] = true }
        try f.cluster.advance(by: 1000)
        #expect(f.condition("web", "Progressing")?.reason == "DeploymentPaused")
        try f.update("web") { $0[path: ["spec", "paused"]] = false }
        let resumed = try #require(f.condition("web", "Progressing"))
        #expect((resumed.status, resumed.reason, resumed.message) == ("Unknown", "DeploymentResumed", "Deployment is resumed"))
        try f.cluster.advance(by: 60)
        #expect(f.condition("web", "Progressing")?.reason == "DeploymentResumed")
        try f.cluster.advance(by: 2)
        #expect(f.condition("web", "Progressing")?.reason == "ProgressDeadlineExceeded")
    }

    @Test func aStalledRolloutExceedsItsProgressDeadline() throws {
        let f = try DeploymentFixture()
        try f.create("web", replicas: 3, spec: ["progressDeadlineSeconds": 30])
        let rs = try #require(f.replicaSets(of: "web").first)
        try f.cluster.advance(by: 20)
        // Some progress (Pods exist, one available) moves the deadline.
        try f.settle(rs, replicas: 3, available: 1)
        try f.cluster.runUntilQuiet()
        let progressing = try #require(f.condition("web", "Progressing"))
        #expect(progressing.reason == "ReplicaSetUpdated")
        #expect(progressing.message == "ReplicaSet \"\(rs.name ?? "")\" is progressing.")
        #expect(progressing.lastUpdateTime == "2026-01-01T00:00:20Z")
        #expect(progressing.lastTransitionTime == "2026-01-01T00:00:00Z")
        try f.cluster.advance(by: 30)
        #expect(f.condition("web", "Progressing")?.status == "True")
        try f.cluster.advance(by: 2)
        let timedOut = try #require(f.condition("web", "Progressing"))
        #expect((timedOut.status, timedOut.reason) == ("False", "ProgressDeadlineExceeded"))
        #expect(timedOut.message == "ReplicaSet \"\(rs.name ?? "")\" has timed out progressing.")
        #expect(f.condition("web", "Available")?.reason == "MinimumReplicasUnavailable")
        // Completing still ends it well.
        try f.settleAll("web")
        #expect(f.condition("web", "Progressing")?.reason == "NewReplicaSetAvailable")
        #expect(f.condition("web", "Progressing")?.status == "True")
    }

    @Test func oldReplicaSetsBeyondTheHistoryLimitAreDeleted() throws {
        let f = try DeploymentFixture()
        try f.create("web", replicas: 3, spec: ["revisionHistoryLimit": 1])
        try f.settleAll("web")
        for image in ["nginx:1.26", "nginx:1.27", "nginx:1.28"] {
            try f.cluster.advance(by: 1)
            try f.setImage("web", image)
            _ = try f.rollOut("web", maxTotal: 4, minAvailable: 3)
            try f.cluster.runUntilQuiet()
        }
        #expect(f.replicaSets(of: "web").map { $0.annotations["deployment.kubernetes.io/revision"] } == ["3", "4"])
        #expect(f.sizes("web") == [0, 3])
    }

    @Test func rollingBackReusesTheOldReplicaSetUnderANewRevision() throws {
        let f = try DeploymentFixture()
        try f.create("web", replicas: 3)
        try f.settleAll("web")
        try f.cluster.advance(by: 1)
        try f.setImage("web", "nginx:1.26")
        _ = try f.rollOut("web", maxTotal: 4, minAvailable: 3)
        let first = try #require(f.replicaSets(of: "web").first)
        // What `kubectl rollout undo` sends: revision 1's template without the hash label.
        try f.update("web") { d in
            var template = first[path: ["spec", "template"]] ?? .null
            template[path: ["metadata", "labels", "pod-template-hash"]] = nil
            d[path: ["spec", "template"]] = template
        }
        let sets = f.replicaSets(of: "web")
        #expect(sets.count == 2)
        #expect(sets.last?.name == first.name)
        #expect(sets.last?.annotations["deployment.kubernetes.io/revision"] == "3")
        #expect(sets.last?.annotations["deployment.kubernetes.io/revision-history"] == "1")
        #expect(f.deployment("web")?.annotations["deployment.kubernetes.io/revision"] == "3")
        #expect(try f.rollOut("web", maxTotal: 4, minAvailable: 3) == [[3, 1], [2, 2], [1, 3], [0, 3]])
    }

    @Test func aRestartAnnotationRollsOutANewReplicaSet() throws {
        let f = try DeploymentFixture()
        try f.create("web", replicas: 2)
        try f.settleAll("web")
        try f.update("web") { $0[path: ["spec", "template", "metadata", "annotations", "kubectl.kubernetes.io/restartedAt"]] = "2026-01-01T00:00:00Z" }
        let sets = f.replicaSets(of: "web")
        #expect(sets.count == 2)
        #expect(sets.last?[path: ["spec", "template", "metadata", "annotations", "kubectl.kubernetes.io/restartedAt"]] != nil)
        #expect(sets.last?.labels["pod-template-hash"] != sets.first?.labels["pod-template-hash"])
    }

    @Test func aHashCollisionBumpsCollisionCount() throws {
        let f = try DeploymentFixture()
        try f.create("web", replicas: 2, spec: ["paused": true])
        #expect(f.replicaSets(of: "web").isEmpty, "a paused Deployment creates nothing")
        let template = try #require(f.deployment("web")?[path: ["spec", "template"]])
        let hash = PodTemplateHash.compute(template: template, collisionCount: nil)
        // Someone else's ReplicaSet already has the name.
        try f.cluster.client.create(f.replicaSets, namespace: "default", [
            "apiVersion": "apps/v1", "kind": "ReplicaSet", "metadata": ["name": .string("web-" + hash)],
            "spec": ["replicas": 0, "selector": ["matchLabels": ["app": "other"]],
                     "template": ["metadata": ["labels": ["app": "other"]], "spec": ["containers": [["name": "c", "image": "busybox"]]]]],
        ])
        try f.update("web") { $0[path: ["spec", "paused"]] = false }
        #expect(f.status("web", "collisionCount") == 1)
        let sets = f.replicaSets(of: "web")
        try #require(sets.count == 1)
        let salted = PodTemplateHash.compute(template: template, collisionCount: 1)
        #expect(sets[0].name == "web-" + salted)
        #expect(sets[0].labels["pod-template-hash"] == salted)
    }

    @Test func orphansAreAdoptedAndReleasedBySelector() throws {
        let f = try DeploymentFixture()
        let template: JSON = ["metadata": ["labels": ["app": "web"]], "spec": ["containers": [["name": "web", "image": "nginx:1.25"]]]]
        try f.cluster.client.create(f.replicaSets, namespace: "default", [
            "apiVersion": "apps/v1", "kind": "ReplicaSet", "metadata": ["name": "web-legacy", "labels": ["app": "web"]],
            "spec": ["replicas": 3, "selector": ["matchLabels": ["app": "web"]], "template": template],
        ])
        try f.create("web", replicas: 3)
        let adopted = f.replicaSets(of: "web")
        #expect(adopted.map { $0.name ?? "" } == ["web-legacy"], "the matching orphan is adopted as the new set")
        #expect(adopted.first?.controllerRef?.blockOwnerDeletion == true)
        #expect(adopted.first?.annotations["deployment.kubernetes.io/revision"] == "1")

        // Its labels change: it no longer belongs, and the Deployment makes its own.
        let legacy = try #require(f.cluster.client.get(f.replicaSets, namespace: "default", name: "web-legacy"))
        var relabelled = legacy
        relabelled[path: ["metadata", "labels"]] = ["app": "retired"]
        try f.cluster.client.update(f.replicaSets, namespace: "default", name: "web-legacy", relabelled)
        try f.cluster.runUntilQuiet()
        #expect(f.cluster.client.get(f.replicaSets, namespace: "default", name: "web-legacy")?.controllerRef == nil)
        #expect(f.replicaSets(of: "web").map { $0.name?.hasPrefix("web-") == true && $0.name != "web-legacy" } == [true])
    }
}
