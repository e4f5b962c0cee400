import API
@testable import Controllers
import Foundation
import JSON
import TestCluster
import Testing

/// The replica-set controller on a test cluster: Pods created from the template with upstream's names
/// and references, scaling both ways in upstream's order, replacement, adoption and release, status
/// (ready, available after minReadySeconds), events, failures, and the same for ReplicationControllers.
@Suite struct ReplicaSetControllerTests {
    static let alphabet = Set("bcdfghjklmnpqrstvwxz2456789")

    func replicaSet(_ name: String, replicas: Int64, templateLabels: JSON = ["app": "web"],
                    minReadySeconds: Int64 = 0) -> JSON {
        ["apiVersion": "apps/v1", "kind": "ReplicaSet", "metadata": ["name": .string(name)],
         "spec": ["replicas": .int(replicas), "minReadySeconds": .int(minReadySeconds),
                  "selector": ["matchLabels": ["app": "web"]],
                  "template": ["metadata": ["labels": templateLabels],
                               "spec": ["containers": [["name": "c", "image": "nginx"]]]]]]
    }

    func pod(_ name: String, labels: JSON = ["app": "web"], nodeName: String? = nil) -> JSON {
        var spec: JSON = ["containers": [["name": "c", "image": "nginx"]]]
        if let nodeName { spec["nodeName"] = .string(nodeName) }
        return ["apiVersion": "v1", "kind": "Pod", "metadata": ["name": .string(name), "labels": labels], "spec": spec]
    }

    func create(_ cluster: TestCluster, _ object: JSON) throws -> JSON {
        let (group, version, plural): (String, String, String) = switch object["kind"]?.stringValue {
        case "ReplicaSet": ("apps", "v1", "replicasets")
        case "ReplicationController": ("", "v1", "replicationcontrollers")
        default: ("", "v1", "pods")
        }
        return try cluster.client.create(try cluster.resource(group, version, plural), namespace: "default", object)
    }

    func pods(_ cluster: TestCluster) throws -> [JSON] { try cluster.list("", "v1", "pods", namespace: "default") }

    func scale(_ cluster: TestCluster, _ name: String, to replicas: Int64) throws {
        try cluster.client.patch(try cluster.resource("apps", "v1", "replicasets"), namespace: "default", name: name,
                                 ["spec": ["replicas": .int(replicas)]])
    }

    func markReady(_ cluster: TestCluster, _ name: String) throws {
        let now = ObjectMeta.timestamp(cluster.clock.now())
        try cluster.client.patch(try cluster.resource("", "v1", "pods"), namespace: "default", name: name,
                                 subresource: "status",
                                 ["status": ["phase": "Running", "conditions": [["type": "Ready", "status": "True",
                                                                                 "lastTransitionTime": .string(now)]]]])
    }

    func events(_ cluster: TestCluster, of name: String, reason: String) throws -> [JSON] {
        try cluster.list("", "v1", "events", namespace: "default")
            .filter { $0[path: ["involvedObject", "name"]]?.stringValue == name && $0["reason"]?.stringValue == reason }
    }

    @Test func createsTheMissingPodsNamedAfterTheReplicaSetAndOwnedByIt() throws {
        let cluster = try TestCluster()
        let rs = try create(cluster, replicaSet("web", replicas: 3))
        try cluster.runUntilQuiet()
        let all = try pods(cluster)
        #expect(all.count == 3)
        for p in all {
            let name = try #require(p.name)
            #expect(name.hasPrefix("web-") && name.count == 9, "\(name)")
            #expect(name.dropFirst(4).allSatisfy(Self.alphabet.contains), "\(name)")
            #expect(p[path: ["metadata", "generateName"]]?.stringValue == "web-")
            #expect(p.labels == ["app": "web"])
            #expect(p.ownerReferences == [OwnerReference(apiVersion: "apps/v1", kind: "ReplicaSet", name: "web",
                                                         uid: rs.uid ?? "", controller: true, blockOwnerDeletion: true)])
            #expect(p[path: ["spec", "containers"]]?[0]?["image"] == "nginx")
        }
        let status = try cluster.get("apps", "v1", "replicasets", namespace: "default", "web")?["status"]
        #expect(status == ["replicas": 3, "fullyLabeledReplicas": 3, "observedGeneration": 1])
        let created = try events(cluster, of: "web", reason: "SuccessfulCreate")
        #expect(Set(created.compactMap { $0["message"]?.stringValue }) == Set(all.map { "Created pod: \($0.name ?? "")" }))
        #expect(created.allSatisfy { $0[path: ["source", "component"]] == "replicaset-controller" })
    }

    @Test func scalingDownDeletesTheUnscheduledPodBeforeTheScheduledOne() throws {
        let cluster = try TestCluster()
        // Two orphans, one placed on a node; the ReplicaSet adopts both and keeps one.
        _ = try create(cluster, pod("placed", nodeName: "node-1"))
        _ = try create(cluster, pod("floating"))
        _ = try create(cluster, replicaSet("web", replicas: 1))
        try cluster.runUntilQuiet()
        #expect(try pods(cluster).compactMap(\.name) == ["placed"])
        #expect(try events(cluster, of: "web", reason: "SuccessfulDelete").first?["message"] == "Deleted pod: floating")

        try scale(cluster, "web", to: 3)
        try cluster.runUntilQuiet()
        #expect(try pods(cluster).count == 3)
        // Among the unscheduled Pods, the pending one goes before the running, ready one.
        let fresh = try pods(cluster).compactMap(\.name).filter { $0 != "placed" }
        try markReady(cluster, fresh[0])
        try scale(cluster, "web", to: 2)
        try cluster.runUntilQuiet()
        #expect(try Set(pods(cluster).compactMap(\.name)) == ["placed", fresh[0]])

        try scale(cluster, "web", to: 0)
        try cluster.runUntilQuiet()
        // The unscheduled Pod goes at once; the one on a node terminates gracefully (its kubelet, absent
        // from this cluster, would remove it after its containers stop).
        let left = try pods(cluster)
        #expect(left.compactMap(\.name) == ["placed"])
        #expect(left.first?.isBeingDeleted == true)
        let status = try cluster.get("apps", "v1", "replicasets", namespace: "default", "web")?["status"]
        #expect(status == ["replicas": 0, "observedGeneration": 4])
    }

    @Test func aDeletedPodIsReplaced() throws {
        let cluster = try TestCluster()
        _ = try create(cluster, replicaSet("web", replicas: 2))
        try cluster.runUntilQuiet()
        let before = try pods(cluster).compactMap(\.name)
        try cluster.client.delete(try cluster.resource("", "v1", "pods"), namespace: "default", name: before[0])
        try cluster.runUntilQuiet()
        let after = try pods(cluster).compactMap(\.name)
        #expect(after.count == 2)
        #expect(after.contains(before[1]) && !after.contains(before[0]))
    }

    @Test func adoptsAMatchingOrphanAndReleasesAPodWhoseLabelsChange() throws {
        let cluster = try TestCluster()
        _ = try create(cluster, pod("orphan"))
        // Controlled by another, real, owner (a reference to an owner that does not exist would have the
        // garbage collector delete the Pod).
        let other = try cluster.client.create(try cluster.resource("", "v1", "configmaps"), namespace: "default",
                                              ["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": "other"]])
        var foreign = pod("foreign")
        foreign[path: ["metadata", "ownerReferences"]] = [["apiVersion": "v1", "kind": "ConfigMap", "name": "other",
                                                           "uid": .string(other.uid ?? ""), "controller": true]]
        _ = try create(cluster, foreign)
        let rs = try create(cluster, replicaSet("web", replicas: 2))
        try cluster.runUntilQuiet()
        let orphan = try cluster.get("", "v1", "pods", namespace: "default", "orphan")
        #expect(orphan?.controllerRef?.uid == rs.uid)
        #expect(orphan?.controllerRef?.blockOwnerDeletion == true)
        #expect(try cluster.get("", "v1", "pods", namespace: "default", "foreign")?.controllerRef?.uid == other.uid)
        #expect(try pods(cluster).filter { $0.controllerRef?.uid == rs.uid }.count == 2)

        try cluster.client.patch(try cluster.resource("", "v1", "pods"), namespace: "default", name: "orphan",
                                 ["metadata": ["labels": ["app": "elsewhere"]]])
        try cluster.runUntilQuiet()
        #expect(try cluster.get("", "v1", "pods", namespace: "default", "orphan")?.ownerReferences == [])
        let owned = try pods(cluster).filter { $0.controllerRef?.uid == rs.uid }
        #expect(owned.count == 2)
        #expect(!owned.contains { $0.name == "orphan" })
    }

    @Test func statusCountsReadyPodsAndAvailableOnesAfterMinReadySeconds() throws {
        let cluster = try TestCluster()
        // The orphan carries the selector's label but not the template's second one.
        _ = try create(cluster, pod("partial"))
        _ = try create(cluster, replicaSet("web", replicas: 2, templateLabels: ["app": "web", "tier": "front"],
                                           minReadySeconds: 10))
        try cluster.runUntilQuiet()
        func status() throws -> JSON? { try cluster.get("apps", "v1", "replicasets", namespace: "default", "web")?["status"] }
        #expect(try status() == ["replicas": 2, "fullyLabeledReplicas": 1, "observedGeneration": 1])

        for p in try pods(cluster) { try markReady(cluster, p.name ?? "") }
        try cluster.runUntilQuiet()
        #expect(try status()?["readyReplicas"] == 2)
        #expect(try status()?["availableReplicas"] == nil)
        try cluster.advance(by: 10)
        #expect(try status()?["availableReplicas"] == nil)  // upstream: strictly more than minReadySeconds
        try cluster.advance(by: 1)
        #expect(try status()?["availableReplicas"] == 2)
    }

    @Test func aFailedCreateStopsTheBatchIsReportedAndClearsOnceFixed() throws {
        let cluster = try TestCluster()
        // Template finalizers are not validated on the ReplicaSet (as upstream) but are on the Pod.
        var bad = replicaSet("web", replicas: 5)
        bad[path: ["spec", "template", "metadata", "finalizers"]] = ["not a finalizer!"]
        _ = try create(cluster, bad)
        try cluster.runUntilQuiet()
        #expect(try pods(cluster).isEmpty)
        let failed = try events(cluster, of: "web", reason: "FailedCreate")
        // Two passes (the second woken by the status write), each stopping after its first batch, of one
        // Pod: slow start. Without it there would be ten attempts.
        #expect(failed.count == 2)
        #expect(failed.first?["type"] == "Warning")
        #expect(failed.first?["message"]?.stringValue?.hasPrefix("Error creating: Pod \"web-") == true)
        let rs = try cluster.get("apps", "v1", "replicasets", namespace: "default", "web")
        let condition = rs?[path: ["status", "conditions"]]?[0]
        #expect(condition?["type"] == "ReplicaFailure")
        #expect(condition?["status"] == "True")
        #expect(condition?["reason"] == "FailedCreate")
        #expect(condition?["message"]?.stringValue?.contains("metadata.finalizers[0]") == true)

        try cluster.client.patch(try cluster.resource("apps", "v1", "replicasets"), namespace: "default", name: "web",
                                 ["spec": ["template": ["metadata": ["finalizers": .null]]]])
        try cluster.runUntilQuiet()
        #expect(try pods(cluster).count == 5)
        #expect(try cluster.get("apps", "v1", "replicasets", namespace: "default", "web")?[path: ["status", "conditions"]] == nil)
    }

    @Test func moreThanTenCreationsAreAggregatedIntoOneCombinedEvent() throws {
        let cluster = try TestCluster()
        _ = try create(cluster, replicaSet("web", replicas: 12))
        try cluster.runUntilQuiet()
        #expect(try pods(cluster).count == 12)
        let created = try events(cluster, of: "web", reason: "SuccessfulCreate")
        #expect(created.count == 11)
        let combined = created.filter { $0["message"]?.stringValue?.hasPrefix("(combined from similar events): Created pod: web-") == true }
        #expect(combined.count == 1)
        #expect(combined.first?["count"] == 2)
    }

    @Test func aReplicationControllerKeepsItsPodsTheSameWay() throws {
        let cluster = try TestCluster()
        // No selector: it defaults to the template's labels, as upstream.
        let rc = try create(cluster, ["apiVersion": "v1", "kind": "ReplicationController", "metadata": ["name": "legacy"],
                                      "spec": ["replicas": 2, "template": ["metadata": ["labels": ["app": "legacy"]],
                                               "spec": ["containers": [["name": "c", "image": "nginx"]]]]]])
        #expect(rc[path: ["spec", "selector"]] == ["app": "legacy"])
        try cluster.runUntilQuiet()
        let all = try pods(cluster)
        #expect(all.count == 2)
        #expect(all.allSatisfy { $0.name?.hasPrefix("legacy-") == true })
        #expect(all.allSatisfy {
            $0.ownerReferences == [OwnerReference(apiVersion: "v1", kind: "ReplicationController", name: "legacy",
                                                  uid: rc.uid ?? "", controller: true, blockOwnerDeletion: true)]
        })
        let status = try cluster.get("", "v1", "replicationcontrollers", namespace: "default", "legacy")?["status"]
        #expect(status == ["replicas": 2, "fullyLabeledReplicas": 2, "observedGeneration": 1])
        let created = try events(cluster, of: "legacy", reason: "SuccessfulCreate")
        #expect(created.count == 2)
        #expect(created.allSatisfy { $0[path: ["source", "component"]] == "replication-controller" })
    }
}
