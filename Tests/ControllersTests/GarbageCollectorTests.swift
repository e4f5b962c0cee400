import API
@testable import Controllers
import Foundation
import JSON
import TestCluster
import Testing

/// The garbage collector on a test cluster: background cascades (also through chains and the real
/// Deployment → ReplicaSet → Pod chain), a second live owner protecting a dependent, dangling references
/// from the start, foreground and orphan deletion, and a collector started on a store that already
/// holds dangling dependents.
@Suite struct GarbageCollectorTests {
    static let gcOnly: [ControllerManager.Factory] = [{ GarbageCollector(context: $0) }]
    /// The workload controllers and the collector; no scheduler, so Pods stay unscheduled.
    static let workloads: [ControllerManager.Factory] = [
        { ReplicaSetController(context: $0) }, { DeploymentController(context: $0) }, { GarbageCollector(context: $0) },
    ]

    func configMap(_ name: String, owners: [OwnerReference] = [], finalizers: [String] = []) -> JSON {
        var o: JSON = ["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": .string(name)]]
        if !owners.isEmpty { o[path: ["metadata", "ownerReferences"]] = .array(owners.map(\.json)) }
        if !finalizers.isEmpty { o[path: ["metadata", "finalizers"]] = .array(finalizers.map(JSON.string)) }
        return o
    }

    func secret(_ name: String, owners: [OwnerReference]) -> JSON {
        ["apiVersion": "v1", "kind": "Secret",
         "metadata": ["name": .string(name), "ownerReferences": .array(owners.map(\.json))]]
    }

    /// A reference to `object` (a ConfigMap unless it says otherwise).
    func ref(_ object: JSON, block: Bool = false) -> OwnerReference {
        OwnerReference(apiVersion: object["apiVersion"]?.stringValue ?? "v1", kind: object["kind"]?.stringValue ?? "ConfigMap",
                       name: object.name ?? "", uid: object.uid ?? "", blockOwnerDeletion: block)
    }

    @discardableResult
    func create(_ cluster: TestCluster, _ object: JSON) throws -> JSON {
        let plural = object["kind"]?.stringValue == "Secret" ? "secrets" : "configmaps"
        return try cluster.client.create(try cluster.resource("", "v1", plural), namespace: "default", object)
    }

    func cm(_ cluster: TestCluster, _ name: String) throws -> JSON? {
        try cluster.get("", "v1", "configmaps", namespace: "default", name)
    }

    func delete(_ cluster: TestCluster, _ name: String, policy: PropagationPolicy? = nil) throws {
        var options = DeleteOptions()
        options.propagationPolicy = policy?.rawValue
        try cluster.client.delete(try cluster.resource("", "v1", "configmaps"), namespace: "default", name: name,
                                  options: options)
    }

    func removeFinalizers(_ cluster: TestCluster, _ name: String) throws {
        try cluster.client.patch(try cluster.resource("", "v1", "configmaps"), namespace: "default", name: name,
                                 ["metadata": ["finalizers": .null]])
    }

    // MARK: background

    @Test func deletingAnOwnerDeletesItsDependentsDownAChain() throws {
        let cluster = try TestCluster(controllers: Self.gcOnly)
        let root = try create(cluster, configMap("root"))
        let middle = try create(cluster, configMap("middle", owners: [ref(root)]))
        try create(cluster, secret("leaf", owners: [ref(middle)]))
        try create(cluster, configMap("bystander"))
        try cluster.runUntilQuiet()
        #expect(try cm(cluster, "middle") != nil)

        try delete(cluster, "root")
        try cluster.runUntilQuiet()
        #expect(try cm(cluster, "root") == nil)
        #expect(try cm(cluster, "middle") == nil)
        #expect(try cluster.get("", "v1", "secrets", namespace: "default", "leaf") == nil)
        #expect(try cm(cluster, "bystander") != nil)
    }

    @Test func deletingADeploymentTakesItsReplicaSetAndPodsAlong() throws {
        let cluster = try TestCluster(controllers: Self.workloads)
        let deployments = try cluster.resource("apps", "v1", "deployments")
        try cluster.client.create(deployments, namespace: "default", [
            "apiVersion": "apps/v1", "kind": "Deployment", "metadata": ["name": "web"],
            "spec": ["replicas": 2, "selector": ["matchLabels": ["app": "web"]],
                     "template": ["metadata": ["labels": ["app": "web"]],
                                  "spec": ["containers": [["name": "c", "image": "nginx"]]]]]])
        try cluster.runUntilQuiet()
        #expect(try cluster.list("apps", "v1", "replicasets", namespace: "default").count == 1)
        #expect(try cluster.list("", "v1", "pods", namespace: "default").count == 2)

        try cluster.client.delete(deployments, namespace: "default", name: "web")
        try cluster.runUntilQuiet()
        #expect(try cluster.list("apps", "v1", "replicasets", namespace: "default").isEmpty)
        // Unscheduled Pods go at once (no kubelet has to stop them).
        #expect(try cluster.list("", "v1", "pods", namespace: "default").isEmpty)
    }

    @Test func aDependentWithAnotherLiveOwnerOnlyLosesTheDeadReference() throws {
        let cluster = try TestCluster(controllers: Self.gcOnly)
        let first = try create(cluster, configMap("first"))
        let second = try create(cluster, configMap("second"))
        try create(cluster, configMap("shared", owners: [ref(first), ref(second)]))
        try cluster.runUntilQuiet()

        try delete(cluster, "first")
        try cluster.runUntilQuiet()
        let shared = try #require(try cm(cluster, "shared"))
        #expect(shared.ownerReferences == [ref(second)])
        #expect(!shared.isBeingDeleted)

        try delete(cluster, "second")
        try cluster.runUntilQuiet()
        #expect(try cm(cluster, "shared") == nil)
    }

    @Test func aReferenceToAnOwnerThatNeverExistedIsCollected() throws {
        let cluster = try TestCluster(controllers: Self.gcOnly)
        let real = try create(cluster, configMap("real"))
        let ghost = OwnerReference(apiVersion: "v1", kind: "ConfigMap", name: "ghost", uid: UUID().uuidString.lowercased())
        // Right name, wrong UID: the owner it names is not this object.
        let impostor = OwnerReference(apiVersion: "v1", kind: "ConfigMap", name: "real", uid: UUID().uuidString.lowercased())
        // Right UID, wrong name: no object has these coordinates.
        let misnamed = OwnerReference(apiVersion: "v1", kind: "ConfigMap", name: "elsewhere", uid: real.uid ?? "")
        try create(cluster, configMap("haunted", owners: [ghost]))
        try create(cluster, configMap("fooled", owners: [impostor]))
        try create(cluster, configMap("lost", owners: [misnamed]))
        try create(cluster, configMap("owned", owners: [ref(real)]))
        try create(cluster, configMap("half", owners: [ghost, ref(real)]))
        try cluster.runUntilQuiet()

        #expect(try cm(cluster, "haunted") == nil)
        #expect(try cm(cluster, "fooled") == nil)
        #expect(try cm(cluster, "lost") == nil)
        #expect(try cm(cluster, "owned") != nil)
        #expect(try cm(cluster, "real") != nil)
        #expect(try cm(cluster, "half")?.ownerReferences == [ref(real)])
    }

    @Test func aReferenceToAnUnknownKindIsLeftAlone() throws {
        let cluster = try TestCluster(controllers: Self.gcOnly)
        let widget = OwnerReference(apiVersion: "example.com/v1", kind: "Widget", name: "w", uid: UUID().uuidString.lowercased())
        try create(cluster, configMap("gadget", owners: [widget]))
        try cluster.advance(by: 60)
        #expect(try cm(cluster, "gadget")?.ownerReferences == [widget])
        #expect(cluster.logs.contains { $0.contains("unable to get REST mapping for Widget/example.com/v1") })
    }

    // MARK: foreground

    @Test func aForegroundOwnerStaysUntilItsBlockingDependentsAreGone() throws {
        let cluster = try TestCluster(controllers: Self.gcOnly)
        let owner = try create(cluster, configMap("owner"))
        try create(cluster, configMap("blocking", owners: [ref(owner, block: true)], finalizers: ["example.com/hold"]))
        try create(cluster, configMap("loose", owners: [ref(owner)]))
        try cluster.runUntilQuiet()

        try delete(cluster, "owner", policy: .foreground)
        try cluster.runUntilQuiet()
        let waiting = try #require(try cm(cluster, "owner"))
        #expect(waiting.isBeingDeleted)
        #expect(waiting.finalizers == ["foregroundDeletion"])
        #expect(try cm(cluster, "blocking")?.isBeingDeleted == true)
        #expect(try cm(cluster, "loose") == nil)

        try removeFinalizers(cluster, "blocking")
        try cluster.runUntilQuiet()
        #expect(try cm(cluster, "blocking") == nil)
        #expect(try cm(cluster, "owner") == nil)
    }

    @Test func foregroundDeletionCascadesThroughDependentsThatHaveDependents() throws {
        let cluster = try TestCluster(controllers: Self.gcOnly)
        let top = try create(cluster, configMap("top"))
        let middle = try create(cluster, configMap("middle", owners: [ref(top, block: true)]))
        try create(cluster, configMap("bottom", owners: [ref(middle, block: true)], finalizers: ["example.com/hold"]))
        try cluster.runUntilQuiet()

        try delete(cluster, "top", policy: .foreground)
        try cluster.runUntilQuiet()
        // The middle one is deleted in the foreground too, so the top one waits for the bottom one.
        #expect(try cm(cluster, "top")?.finalizers == ["foregroundDeletion"])
        #expect(try cm(cluster, "middle")?.finalizers == ["foregroundDeletion"])
        #expect(try cm(cluster, "bottom")?.isBeingDeleted == true)

        try removeFinalizers(cluster, "bottom")
        try cluster.runUntilQuiet()
        #expect(try cm(cluster, "bottom") == nil)
        #expect(try cm(cluster, "middle") == nil)
        #expect(try cm(cluster, "top") == nil)
    }

    @Test func aForegroundReplicaSetGoesAfterItsPods() throws {
        let cluster = try TestCluster(controllers: Self.workloads)
        let replicaSets = try cluster.resource("apps", "v1", "replicasets")
        try cluster.client.create(replicaSets, namespace: "default", [
            "apiVersion": "apps/v1", "kind": "ReplicaSet", "metadata": ["name": "web"],
            "spec": ["replicas": 3, "selector": ["matchLabels": ["app": "web"]],
                     "template": ["metadata": ["labels": ["app": "web"]],
                                  "spec": ["containers": [["name": "c", "image": "nginx"]]]]]])
        try cluster.runUntilQuiet()
        #expect(try cluster.list("", "v1", "pods", namespace: "default").count == 3)

        var options = DeleteOptions()
        options.propagationPolicy = "Foreground"
        try cluster.client.delete(replicaSets, namespace: "default", name: "web", options: options)
        try cluster.runUntilQuiet()
        #expect(try cluster.list("", "v1", "pods", namespace: "default").isEmpty)
        #expect(try cluster.get("apps", "v1", "replicasets", namespace: "default", "web") == nil)
    }

    // MARK: orphan

    @Test func orphaningReleasesTheDependentsAndThenLetsTheOwnerGo() throws {
        let cluster = try TestCluster(controllers: Self.gcOnly)
        let owner = try create(cluster, configMap("owner"))
        let other = try create(cluster, configMap("other"))
        try create(cluster, configMap("only", owners: [ref(owner, block: true)]))
        try create(cluster, configMap("both", owners: [ref(owner), ref(other)]))
        try create(cluster, secret("secret", owners: [ref(owner)]))
        try cluster.runUntilQuiet()

        try delete(cluster, "owner", policy: .orphan)
        try cluster.runUntilQuiet()
        #expect(try cm(cluster, "owner") == nil)
        let only = try #require(try cm(cluster, "only"))
        #expect(only.ownerReferences.isEmpty)
        #expect(!only.isBeingDeleted)
        #expect(try cm(cluster, "both")?.ownerReferences == [ref(other)])
        #expect(try cluster.get("", "v1", "secrets", namespace: "default", "secret")?.ownerReferences == [])
    }

    @Test func anOwnerWithTheOrphanFinalizerAndNoDependentsStillGoes() throws {
        let cluster = try TestCluster(controllers: Self.gcOnly)
        try create(cluster, configMap("alone"))
        try cluster.runUntilQuiet()
        try delete(cluster, "alone", policy: .orphan)
        try cluster.runUntilQuiet()
        #expect(try cm(cluster, "alone") == nil)
    }

    // MARK: restart

    @Test func aCollectorStartedLaterCollectsWhatWasLeftDangling() throws {
        let cluster = try TestCluster(controllers: [])
        let owner = try create(cluster, configMap("owner"))
        let survivor = try create(cluster, configMap("survivor"))
        try create(cluster, configMap("child", owners: [ref(owner)]))
        try create(cluster, secret("grandchild", owners: [ref(try #require(try cm(cluster, "child")))]))
        try create(cluster, configMap("never", owners: [OwnerReference(apiVersion: "v1", kind: "ConfigMap", name: "nobody",
                                                                      uid: UUID().uuidString.lowercased())]))
        try create(cluster, configMap("kept", owners: [ref(survivor)]))
        try delete(cluster, "owner")
        try cluster.runUntilQuiet()
        #expect(try cm(cluster, "child") != nil)  // nobody collects yet

        cluster.start { GarbageCollector(context: $0) }
        try cluster.runUntilQuiet()
        #expect(try cm(cluster, "child") == nil)
        #expect(try cluster.get("", "v1", "secrets", namespace: "default", "grandchild") == nil)
        #expect(try cm(cluster, "never") == nil)
        #expect(try cm(cluster, "kept") != nil)
        #expect(try cm(cluster, "survivor") != nil)
    }
}
