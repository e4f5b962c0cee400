import API
@testable import Controllers
import Foundation
import JSON
import TestCluster
import Testing

/// The Deployment controller on a test cluster: creation, rolling updates step by step, Recreate.
@Suite struct DeploymentControllerTests {
    @Test func aNewDeploymentGetsOneReplicaSetNamedAfterItsTemplateHash() throws {
        let f = try DeploymentFixture()
        try f.create("web", replicas: 3)
        let sets = f.replicaSets(of: "web")
        try #require(sets.count == 1)
        let rs = sets[0]
        let hash = try #require(rs.labels["pod-template-hash"])
        #expect(hash.wholeMatch(of: try Regex("^[4-9bcdf]{1,10}$")) != nil)
        #expect(rs.name == "web-" + hash)
        #expect(rs.labels["app"] == "web")
        #expect(rs[path: ["spec", "selector", "matchLabels"]] == ["app": "web", "pod-template-hash": .string(hash)])
        #expect(rs[path: ["spec", "template", "metadata", "labels", "pod-template-hash"]]?.stringValue == hash)
        #expect(f.specReplicas(rs) == 3)
        #expect(rs.annotations["deployment.kubernetes.io/revision"] == "1")
        #expect(rs.annotations["deployment.kubernetes.io/desired-replicas"] == "3")
        #expect(rs.annotations["deployment.kubernetes.io/max-replicas"] == "4")
        let owner = try #require(rs.ownerReferences.first)
        #expect(owner == OwnerReference(apiVersion: "apps/v1", kind: "Deployment", name: "web", uid: f.deployment("web")?.uid ?? "",
                                        controller: true, blockOwnerDeletion: true))
        // The Deployment template never carries the hash; its hash is that of its own template.
        let d = try #require(f.deployment("web"))
        #expect(d[path: ["spec", "template", "metadata", "labels", "pod-template-hash"]] == nil)
        #expect(PodTemplateHash.compute(template: d[path: ["spec", "template"]] ?? .null, collisionCount: nil) == hash)
        #expect(d.annotations["deployment.kubernetes.io/revision"] == "1")

        // No Pods yet: Progressing (created), not Available.
        #expect(f.status("web", "observedGeneration") == 1)
        #expect(f.status("web", "unavailableReplicas") == 3)
        let conditions = DeploymentStatus(d["status"]).conditions
        #expect(conditions.map(\.type) == ["Progressing", "Available"])
        #expect(conditions.map(\.reason) == ["NewReplicaSetCreated", "MinimumReplicasUnavailable"])
        #expect(conditions[0].message == "Created new replica set \"\(rs.name ?? "")\"")
        #expect(conditions[1].message == "Deployment does not have minimum availability.")
        #expect(conditions[0].lastUpdateTime == "2026-01-01T00:00:00Z")

        // The Pods come up.
        try f.settleAll("web")
        for field in ["replicas", "updatedReplicas", "readyReplicas", "availableReplicas"] { #expect(f.status("web", field) == 3) }
        #expect(f.status("web", "unavailableReplicas") == 0)
        let done = DeploymentStatus(f.deployment("web")?["status"])
        #expect(done.conditions.map(\.type) == ["Available", "Progressing"])
        #expect(done.condition("Available")?.status == "True")
        #expect(done.condition("Available")?.reason == "MinimumReplicasAvailable")
        #expect(done.condition("Available")?.message == "Deployment has minimum availability.")
        #expect(done.condition("Progressing")?.reason == "NewReplicaSetAvailable")
        #expect(done.condition("Progressing")?.message == "ReplicaSet \"\(rs.name ?? "")\" has successfully progressed.")
        #expect(try f.scalingEvents("web") == ["Scaled up replica set \(rs.name ?? "") from 0 to 3"])
    }

    @Test func aTemplateChangeRollsOutWithinTheDefaultSurge() throws {
        let f = try DeploymentFixture()
        try f.create("web", replicas: 3)
        try f.settleAll("web")
        try f.setImage("web", "nginx:1.26")
        // 25% of 3: one surge Pod, none unavailable (controllers.md §1.5, worked example A).
        let steps = try f.rollOut("web", maxTotal: 4, minAvailable: 3)
        #expect(steps == [[3, 1], [2, 2], [1, 3], [0, 3]])
        let sets = f.replicaSets(of: "web")
        #expect(sets.map { $0.annotations["deployment.kubernetes.io/revision"] } == ["1", "2"])
        #expect(f.deployment("web")?.annotations["deployment.kubernetes.io/revision"] == "2")
        #expect(f.condition("web", "Progressing")?.reason == "NewReplicaSetAvailable")
        #expect(f.condition("web", "Progressing")?.message == "ReplicaSet \"\(sets[1].name ?? "")\" has successfully progressed.")
        #expect(f.condition("web", "Available")?.status == "True")
        #expect(f.status("web", "updatedReplicas") == 3)
        #expect(f.status("web", "replicas") == 3)
        let (old, new) = (sets[0].name ?? "", sets[1].name ?? "")
        #expect(try f.scalingEvents("web") == [
            "Scaled up replica set \(old) from 0 to 3", "Scaled up replica set \(new) from 0 to 1",
            "Scaled down replica set \(old) from 3 to 2", "Scaled up replica set \(new) from 1 to 2",
            "Scaled down replica set \(old) from 2 to 1", "Scaled up replica set \(new) from 2 to 3",
            "Scaled down replica set \(old) from 1 to 0",
        ])
    }

    @Test func percentagesRoundSurgeUpAndUnavailableDown() throws {
        let f = try DeploymentFixture()
        try f.create("web", replicas: 10)
        try f.settleAll("web")
        try f.setImage("web", "nginx:1.26")
        // 25% of 10: surge 3 (2.5 up), unavailable 2 (2.5 down): worked example B.
        let steps = try f.rollOut("web", maxTotal: 13, minAvailable: 8)
        #expect(steps == [[8, 5], [3, 10], [0, 10]])
    }

    @Test func absoluteLimitsWithoutSurgeReplaceOnePodAtATime() throws {
        let f = try DeploymentFixture()
        try f.create("web", replicas: 4, spec: ["strategy": ["type": "RollingUpdate",
                                                             "rollingUpdate": ["maxSurge": 0, "maxUnavailable": 1]]])
        try f.settleAll("web")
        #expect(f.replicaSets(of: "web").first?.annotations["deployment.kubernetes.io/max-replicas"] == "4")
        try f.setImage("web", "nginx:1.26")
        let steps = try f.rollOut("web", maxTotal: 4, minAvailable: 3)
        #expect(steps == [[3, 1], [2, 2], [1, 3], [0, 4]])
    }

    @Test func unavailableOldPodsGoFirst() throws {
        let f = try DeploymentFixture()
        try f.create("web", replicas: 4, spec: ["strategy": ["type": "RollingUpdate",
                                                             "rollingUpdate": ["maxSurge": 1, "maxUnavailable": 0]]])
        try f.settleAll("web")
        // Two of the old Pods stop being available, then the template changes.
        try f.settle(f.replicaSets(of: "web")[0], available: 2)
        try f.cluster.runUntilQuiet()
        try f.setImage("web", "nginx:1.26")
        // New set +1 (surge); the budget 5 − 4 − 1 = 0 keeps old ones… until the new Pod is available:
        try f.settle(f.replicaSets(of: "web")[1])
        try f.cluster.runUntilQuiet()
        // …then budget 1 goes to an unavailable old Pod first.
        #expect(f.sizes("web") == [3, 2])
    }

    @Test func recreateWaitsForEveryOldPodToGo() throws {
        let f = try DeploymentFixture()
        try f.create("web", replicas: 2, spec: ["strategy": ["type": "Recreate"]])
        #expect(f.sizes("web") == [2])
        try f.settleAll("web")
        #expect(f.condition("web", "Available")?.status == "True")
        let old = try #require(f.replicaSets(of: "web").first)
        // One of the old set's Pods, still running.
        let pods = try f.cluster.resource("", "v1", "pods")
        try f.cluster.client.create(pods, namespace: "default", [
            "apiVersion": "v1", "kind": "Pod",
            "metadata": ["name": .string((old.name ?? "") + "-abcde"), "labels": ["app": "web", "pod-template-hash": .string(old.labels["pod-template-hash"] ?? "")],
                         "ownerReferences": [OwnerReference(apiVersion: "apps/v1", kind: "ReplicaSet", name: old.name ?? "",
                                                            uid: old.uid ?? "", controller: true).json]],
            "spec": ["containers": [["name": "web", "image": "nginx:1.25"]]],
        ])

        try f.setImage("web", "nginx:1.26")
        #expect(f.sizes("web") == [0])  // old scaled to 0, no new set yet
        // Recreate: all Pods may be unavailable (maxUnavailable is 0, so Available needs all of them).
        try f.settle(old, replicas: 0, available: 0)
        try f.cluster.runUntilQuiet()
        #expect(f.sizes("web") == [0], "a Pod of the old set is still running")
        try f.cluster.client.delete(pods, namespace: "default", name: (old.name ?? "") + "-abcde")
        try f.cluster.runUntilQuiet()
        #expect(f.sizes("web") == [0, 2])
        #expect(f.condition("web", "Available")?.status == "False")
        try f.settleAll("web")
        #expect(f.condition("web", "Progressing")?.reason == "NewReplicaSetAvailable")
        #expect(f.condition("web", "Available")?.status == "True")
        let names = f.replicaSets(of: "web").map { $0.name ?? "" }
        #expect(try f.scalingEvents("web") == ["Scaled up replica set \(names[0]) from 0 to 2",
                                               "Scaled down replica set \(names[0]) from 2 to 0",
                                               "Scaled up replica set \(names[1]) from 0 to 2"])
    }
}
