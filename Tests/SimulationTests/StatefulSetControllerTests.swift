import API
import Foundation
import JSON
import Simulation
import TestCluster
import Testing

/// StatefulSets on simulated nodes: ordered creation and removal, Parallel, rolling updates.
@Suite struct StatefulSetControllerTests {
    /// The names of the live (not terminating) Pods of `web`.
    private func live(_ cluster: TestCluster, _ name: String = "web") throws -> [String] {
        try cluster.pods(ownedBy: name).filter { !$0.isBeingDeleted }.compactMap(\.name)
    }

    @Test func orderedReadyCreatesEachPodOnlyOnceThePreviousIsRunningAndReady() throws {
        let cluster = try simulatedCluster()
        try cluster.createWorkload("statefulsets", statefulSet("web", replicas: 3))
        try cluster.runUntilQuiet()
        #expect(try live(cluster) == ["web-0"])
        var order: [[String]] = [try live(cluster)]
        try cluster.advance(until: { try cluster.statusCount("statefulsets", "web", "readyReplicas") == 3 },
                            step: 0.05, limit: 2000) {
            let pods = try cluster.pods(ownedBy: "web")
            // A Pod exists only when every lower ordinal is Running and Ready.
            for p in pods {
                let ordinal = Int((p.name ?? "").split(separator: "-").last ?? "") ?? 0
                for lower in pods where (Int((lower.name ?? "").split(separator: "-").last ?? "") ?? 0) < ordinal {
                    #expect(Pod(lower).isReady, "\(p.name ?? "") exists before \(lower.name ?? "") is ready")
                }
            }
            let names = pods.compactMap(\.name)
            if names != order.last { order.append(names) }
        }
        #expect(order == [["web-0"], ["web-0", "web-1"], ["web-0", "web-1", "web-2"]])

        let set = try #require(try cluster.workload("statefulsets", "web"))
        let update = try #require(set[path: ["status", "updateRevision"]]?.stringValue)
        #expect(update.hasPrefix("web-"))
        #expect(set[path: ["status", "currentRevision"]]?.stringValue == update)
        for field in ["replicas", "readyReplicas", "currentReplicas", "updatedReplicas", "availableReplicas"] {
            #expect(set[path: ["status", field]]?.intValue == 3, "\(field)")
        }
        #expect(set[path: ["status", "observedGeneration"]]?.intValue == 1)
        #expect(set[path: ["status", "collisionCount"]]?.intValue == 0)

        let web1 = try #require(try cluster.pod("web-1"))
        #expect(web1.labels["statefulset.kubernetes.io/pod-name"] == "web-1")
        #expect(web1.labels["apps.kubernetes.io/pod-index"] == "1")
        #expect(web1.labels["controller-revision-hash"] == update)
        #expect(web1[path: ["spec", "hostname"]]?.stringValue == "web-1")
        #expect(web1[path: ["spec", "subdomain"]]?.stringValue == "web")
        let ref = try #require(web1.controllerRef)
        #expect(ref.kind == "StatefulSet" && ref.uid == set.uid && ref.blockOwnerDeletion)

        let revision = try #require(try cluster.get("apps", "v1", "controllerrevisions", namespace: "default", update))
        #expect(revision["revision"]?.intValue == 1)
        #expect(revision.controllerRef?.uid == set.uid)
        #expect(revision[path: ["data", "spec", "template", "$patch"]]?.stringValue == "replace")

        let events = try cluster.events(about: "web")
        #expect(events.filter { $0.hasPrefix("SuccessfulCreate") } == [
            "SuccessfulCreate: create Pod web-0 in StatefulSet web successful",
            "SuccessfulCreate: create Pod web-1 in StatefulSet web successful",
            "SuccessfulCreate: create Pod web-2 in StatefulSet web successful",
        ])
    }

    @Test func scalingDownRemovesTheHighestOrdinalFirstOneAtATime() throws {
        let cluster = try simulatedCluster()
        try cluster.createWorkload("statefulsets", statefulSet("web", replicas: 3, podSpec: slowToStop))
        #expect(try cluster.advance(until: { try cluster.statusCount("statefulsets", "web", "readyReplicas") == 3 }))
        try cluster.patchWorkload("statefulsets", "web", ["spec": ["replicas": 1]])
        try cluster.runUntilQuiet()
        #expect(try live(cluster) == ["web-0", "web-1"])
        var order: [[String]] = [try live(cluster)]
        try cluster.advance(until: { try cluster.pods(ownedBy: "web").count == 1 }) {
            let names = try live(cluster)
            if names != order.last { order.append(names) }
        }
        #expect(order == [["web-0", "web-1"], ["web-0"]])
        #expect(try cluster.statusCount("statefulsets", "web", "replicas") == 1)
        let deletes = try cluster.events(about: "web").filter { $0.hasPrefix("SuccessfulDelete") }
        #expect(deletes == ["SuccessfulDelete: delete Pod web-2 in StatefulSet web successful",
                            "SuccessfulDelete: delete Pod web-1 in StatefulSet web successful"])
    }

    @Test func parallelCreatesEveryPodAtOnce() throws {
        let cluster = try simulatedCluster()
        try cluster.createWorkload("statefulsets", statefulSet("web", replicas: 3, spec: ["podManagementPolicy": "Parallel"]))
        try cluster.runUntilQuiet()
        #expect(try live(cluster) == ["web-0", "web-1", "web-2"])
        #expect(try cluster.advance(until: { try cluster.statusCount("statefulsets", "web", "availableReplicas") == 3 }))
    }

    @Test func aRollingUpdateWithPartitionOneUpdatesOnlyTheOrdinalsFromOneUpHighestFirst() throws {
        let cluster = try simulatedCluster()
        try cluster.createWorkload("statefulsets", statefulSet("web", replicas: 3))
        #expect(try cluster.advance(until: { try cluster.statusCount("statefulsets", "web", "readyReplicas") == 3 }))
        let old = try #require(try cluster.workload("statefulsets", "web")?[path: ["status", "currentRevision"]]?.stringValue)
        try cluster.patchWorkload("statefulsets", "web", [
            "spec": ["updateStrategy": ["rollingUpdate": ["partition": 1]],
                     "template": ["metadata": ["annotations": ["rev": "2"]]]],
        ])
        #expect(try cluster.advance(until: {
            try cluster.statusCount("statefulsets", "web", "updatedReplicas") == 2
                && cluster.statusCount("statefulsets", "web", "readyReplicas") == 3
        }))
        try cluster.advance(by: 5)
        let set = try #require(try cluster.workload("statefulsets", "web"))
        let update = try #require(set[path: ["status", "updateRevision"]]?.stringValue)
        #expect(update != old)
        #expect(set[path: ["status", "currentRevision"]]?.stringValue == old)
        #expect(set[path: ["status", "currentReplicas"]]?.intValue == 1)
        let revisions = try cluster.pods(ownedBy: "web").map { $0.labels["controller-revision-hash"] ?? "" }
        #expect(revisions == [old, update, update])
        let deletes = try cluster.events(about: "web").filter { $0.hasPrefix("SuccessfulDelete") }
        #expect(deletes == ["SuccessfulDelete: delete Pod web-2 in StatefulSet web successful",
                            "SuccessfulDelete: delete Pod web-1 in StatefulSet web successful"])

        // Partition 0 finishes the update; the update revision then becomes current.
        try cluster.patchWorkload("statefulsets", "web", ["spec": ["updateStrategy": ["rollingUpdate": ["partition": 0]]]])
        #expect(try cluster.advance(until: {
            try cluster.workload("statefulsets", "web")?[path: ["status", "currentRevision"]]?.stringValue == update
        }))
        #expect(try cluster.statusCount("statefulsets", "web", "currentReplicas") == 3)
    }

    @Test func volumeClaimTemplatesMakeOneClaimPerOrdinal() throws {
        let cluster = try simulatedCluster()
        try cluster.createWorkload("statefulsets", statefulSet("web", replicas: 2, spec: [
            "podManagementPolicy": "Parallel",
            "volumeClaimTemplates": [["metadata": ["name": "www"],
                                      "spec": ["accessModes": ["ReadWriteOnce"],
                                               "resources": ["requests": ["storage": "1Gi"]]]]],
        ]))
        try cluster.runUntilQuiet()
        let claims = try cluster.list("", "v1", "persistentvolumeclaims", namespace: "default").compactMap(\.name).sorted()
        #expect(claims == ["www-web-0", "www-web-1"])
        let volumes = try #require(try cluster.pod("web-1")?[path: ["spec", "volumes"]]?.arrayValue)
        #expect(volumes.contains { $0[path: ["persistentVolumeClaim", "claimName"]]?.stringValue == "www-web-1" })
    }

    @Test func anOrphanPodWithTheNameOfAnOrdinalIsAdopted() throws {
        let cluster = try simulatedCluster()
        var orphan = pod("web-0")
        orphan[path: ["metadata", "labels"]] = ["app": "web"]
        let created = try cluster.createPod(orphan)
        try cluster.createWorkload("statefulsets", statefulSet("web", replicas: 2, spec: ["updateStrategy": ["type": "OnDelete"]]))
        #expect(try cluster.advance(until: { try cluster.statusCount("statefulsets", "web", "readyReplicas") == 2 }))
        let web0 = try #require(try cluster.pod("web-0"))
        #expect(web0.uid == created.uid)
        #expect(web0.controllerRef?.name == "web")
        #expect(web0.labels["statefulset.kubernetes.io/pod-name"] == "web-0")
        #expect(web0.labels["apps.kubernetes.io/pod-index"] == "0")
        #expect(try cluster.events(about: "web").filter { $0.hasPrefix("SuccessfulCreate") }
            == ["SuccessfulCreate: create Pod web-1 in StatefulSet web successful"])
    }

    @Test func onDeleteUpdatesAPodOnlyWhenItIsDeleted() throws {
        let cluster = try simulatedCluster()
        try cluster.createWorkload("statefulsets", statefulSet("web", replicas: 2, spec: ["updateStrategy": ["type": "OnDelete"]]))
        #expect(try cluster.advance(until: { try cluster.statusCount("statefulsets", "web", "readyReplicas") == 2 }))
        let old = try #require(try cluster.pod("web-0")?.labels["controller-revision-hash"])
        try cluster.patchWorkload("statefulsets", "web", ["spec": ["template": ["metadata": ["annotations": ["rev": "2"]]]]])
        try cluster.advance(by: 10)
        #expect(try cluster.pods(ownedBy: "web").map { $0.labels["controller-revision-hash"] } == [old, old])
        let update = try #require(try cluster.workload("statefulsets", "web")?[path: ["status", "updateRevision"]]?.stringValue)
        #expect(update != old)
        #expect(try cluster.statusCount("statefulsets", "web", "updatedReplicas") == 0)

        try cluster.client.delete(try cluster.resource("", "v1", "pods"), namespace: "default", name: "web-1")
        #expect(try cluster.advance(until: { try cluster.pod("web-1")?.labels["controller-revision-hash"] == update }))
        #expect(try cluster.pod("web-0")?.labels["controller-revision-hash"] == old)
    }

    @Test func retentionPolicyDeleteHandsClaimsToTheSetAndToScaledDownPods() throws {
        let cluster = try simulatedCluster()
        try cluster.createWorkload("statefulsets", statefulSet("web", replicas: 2, spec: [
            "persistentVolumeClaimRetentionPolicy": ["whenDeleted": "Delete", "whenScaled": "Delete"],
            "volumeClaimTemplates": [["metadata": ["name": "www"],
                                      "spec": ["accessModes": ["ReadWriteOnce"],
                                               "resources": ["requests": ["storage": "1Gi"]]]]],
        ]))
        #expect(try cluster.advance(until: { try cluster.statusCount("statefulsets", "web", "readyReplicas") == 2 }))
        let uid = try #require(try cluster.workload("statefulsets", "web")?.uid)
        let claim = try #require(try cluster.get("", "v1", "persistentvolumeclaims", namespace: "default", "www-web-1"))
        #expect(claim.ownerReferences.map(\.uid) == [uid])
        try cluster.patchWorkload("statefulsets", "web", ["spec": ["replicas": 1]])
        #expect(try cluster.advance(until: {
            try cluster.get("", "v1", "persistentvolumeclaims", namespace: "default", "www-web-1") == nil
        }))
        #expect(try cluster.get("", "v1", "persistentvolumeclaims", namespace: "default", "www-web-0") != nil)
    }
}
