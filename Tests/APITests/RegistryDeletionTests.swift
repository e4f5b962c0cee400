import Foundation
import JSON
import Testing
@testable import API

/// Deletes through the Registry: graceful pod deletion, propagation finalizers, hooks after removal.
@Suite struct RegistryDeletionTests {
    static func pod(_ name: String, node: String?) -> JSON {
        var spec: JSON = ["containers": [["name": "c", "image": "busybox"]]]
        if let node { spec["nodeName"] = .string(node) }
        return ["apiVersion": "v1", "kind": "Pod", "metadata": ["name": .string(name)], "spec": spec]
    }

    static func options(grace: Int64? = nil, policy: String? = nil) -> DeleteOptions {
        var o = DeleteOptions()
        o.gracePeriodSeconds = grace
        o.propagationPolicy = policy
        return o
    }

    @Test func aScheduledPodStaysTerminatingForItsDefaultGracePeriodUntilForced() throws {
        let t = try TestRegistry()
        try t.create("pods", "default", Self.pod("web", node: "node-1"))
        let before = Date()
        let answered = try t.delete("pods", "default", "web")
        #expect(answered[path: ["metadata", "deletionGracePeriodSeconds"]] == 30)
        let stored = try #require(t.get("pods", "default", "web"))
        #expect(stored[path: ["metadata", "deletionGracePeriodSeconds"]] == 30)
        // deletionTimestamp = now + 30 s (second precision).
        let deadline = try #require(stored.deletionTimestamp)
        #expect(deadline.timeIntervalSince(before) > 28 && deadline.timeIntervalSince(before) < 32, "\(deadline)")

        // A plain second delete changes nothing; a shorter one moves the deadline; grace 0 removes.
        try t.delete("pods", "default", "web")
        #expect(t.get("pods", "default", "web") == stored)
        try t.delete("pods", "default", "web", Self.options(grace: 10))
        #expect(t.get("pods", "default", "web")?[path: ["metadata", "deletionGracePeriodSeconds"]] == 10)
        try t.delete("pods", "default", "web", Self.options(grace: 0))
        #expect(t.get("pods", "default", "web") == nil)
    }

    @Test func anUnscheduledPodIsDeletedAtOnce() throws {
        let t = try TestRegistry()
        try t.create("pods", "default", Self.pod("idle", node: nil))
        try t.delete("pods", "default", "idle")
        #expect(t.get("pods", "default", "idle") == nil)
    }

    @Test func finalizersRemovedFromAGracefullyDeletedPodLeaveItToItsKubelet() throws {
        let t = try TestRegistry()
        var pod = Self.pod("held", node: "node-1")
        pod[path: ["metadata", "finalizers"]] = ["example.com/hold"]
        try t.create("pods", "default", pod)
        try t.delete("pods", "default", "held")
        try t.patch("pods", "default", "held", ["metadata": ["finalizers": .null]])
        #expect(t.get("pods", "default", "held")?.isBeingDeleted == true)
        try t.delete("pods", "default", "held", Self.options(grace: 0))
        #expect(t.get("pods", "default", "held") == nil)
    }

    @Test func deleteCollectionKeepsThePropagationPolicyOnEveryObject() throws {
        let t = try TestRegistry()
        for name in ["a", "b"] {
            try t.create("configmaps", "default", ["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": .string(name)]])
        }
        let list = try t.deleteCollection("configmaps", "default", Self.options(policy: "Orphan"))
        #expect(list["items"]?.arrayValue?.count == 2)
        for name in ["a", "b"] {
            let cm = try #require(t.get("configmaps", "default", name))
            #expect(cm.finalizers == ["orphan"])
            #expect(cm.isBeingDeleted)
        }
        // The garbage collector's part: removing the finalizer lets the object go.
        try t.patch("configmaps", "default", "a", ["metadata": ["finalizers": .null]])
        #expect(t.get("configmaps", "default", "a") == nil)
    }

    @Test func foregroundDeletionMarksADeployment() throws {
        let t = try TestRegistry()
        let deploy: JSON = [
            "apiVersion": "apps/v1", "kind": "Deployment", "metadata": ["name": "web"],
            "spec": ["selector": ["matchLabels": ["app": "web"]],
                     "template": ["metadata": ["labels": ["app": "web"]], "spec": ["containers": [["name": "c", "image": "nginx"]]]]],
        ]
        try t.create("deployments", "default", deploy, group: "apps")
        let marked = try t.delete("deployments", "default", "web", Self.options(policy: "Foreground"), group: "apps")
        #expect(marked.finalizers == ["foregroundDeletion"])
        #expect(marked[path: ["metadata", "generation"]] == 2)
        let deployments = t.resource("deployments", group: "apps")
        #expect(t.registry.getObject(deployments, namespace: "default", name: "web")?.isBeingDeleted == true)
        // Deleting again in the background drops the finalizer, and with nothing left holding it the object goes
        // (upstream re-evaluates the garbage-collection finalizers of kinds without graceful deletion).
        try t.delete("deployments", "default", "web", Self.options(policy: "Background"), group: "apps")
        #expect(t.registry.getObject(deployments, namespace: "default", name: "web") == nil)
    }

    @Test func invalidOptionsAreCheckedOnlyOnceTheObjectIsFound() throws {
        let t = try TestRegistry()
        var both = Self.options(policy: "Orphan")
        both.orphanDependents = true
        #expect(throws: APIError.self) { try t.delete("configmaps", "default", "missing", both) }
        do {
            try t.delete("configmaps", "default", "missing", both)
        } catch {
            #expect(error.code == 404)
        }
        try t.create("configmaps", "default", ["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": "c"]])
        do {
            try t.delete("configmaps", "default", "c", both)
            Issue.record("both orphanDependents and propagationPolicy were accepted")
        } catch {
            #expect(error.code == 422)
            #expect(error.reason == "Invalid")
        }
        #expect(t.get("configmaps", "default", "c") != nil)
    }

    @Test func aServiceRemovedByItsLastFinalizerGivesBackItsClusterIP() throws {
        let t = try TestRegistry()
        let svc: JSON = ["apiVersion": "v1", "kind": "Service",
                         "metadata": ["name": "held", "finalizers": ["example.com/hold"]],
                         "spec": ["clusterIP": "10.96.0.50", "ports": [["port": 80]]]]
        try t.create("services", "default", svc)
        try t.delete("services", "default", "held")
        try t.patch("services", "default", "held", ["metadata": ["finalizers": .null]])
        #expect(t.get("services", "default", "held") == nil)
        var again = svc
        again[path: ["metadata", "name"]] = "again"
        again[path: ["metadata", "finalizers"]] = nil
        let created = try t.create("services", "default", again)
        #expect(created[path: ["spec", "clusterIP"]] == "10.96.0.50")
    }
}
