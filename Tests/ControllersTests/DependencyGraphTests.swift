import API
@testable import Controllers
import JSON
import Testing

/// The garbage collector's dependency graph as a value: which nodes each informer event asks to be
/// looked at (upstream `processGraphChanges`), and the patches it sends.
@Suite struct DependencyGraphTests {
    func identity(_ name: String, kind: String = "ConfigMap", namespace: String? = "default") -> NodeIdentity {
        NodeIdentity(apiVersion: "v1", kind: kind, namespace: namespace, name: name, uid: "uid-" + name)
    }

    func ref(_ name: String, block: Bool = false) -> OwnerReference {
        OwnerReference(apiVersion: "v1", kind: "ConfigMap", name: name, uid: "uid-" + name, blockOwnerDeletion: block)
    }

    func object(_ name: String, owners: [OwnerReference] = [], deletingDependents: Bool = false,
                orphaning: Bool = false) -> ObservedObject {
        ObservedObject(identity: identity(name), owners: owners, beingDeleted: deletingDependents || orphaning,
                       deletingDependents: deletingDependents, orphaning: orphaning)
    }

    @Test func aDependentOfAnUnseenOwnerCreatesAVirtualNodeToCheck() {
        var g = DependencyGraph()
        #expect(g.observe(object("child", owners: [ref("parent")])) == ["uid-parent"])
        #expect(g["uid-parent"]?.observed == false)
        #expect(g["uid-parent"]?.dependents == ["uid-child"])
        // Seen at last: it becomes a real node, and nobody needs a look.
        #expect(g.observe(object("parent")).isEmpty)
        #expect(g["uid-parent"]?.observed == true)
        #expect(g["uid-parent"]?.dependents == ["uid-child"])
    }

    @Test func aDependentOfAKnownOwnerNeedsNoLookUnlessItNamesItOtherwise() {
        var g = DependencyGraph()
        _ = g.observe(object("parent"))
        #expect(g.observe(object("child", owners: [ref("parent")])).isEmpty)
        let misnamed = OwnerReference(apiVersion: "v1", kind: "ConfigMap", name: "other", uid: "uid-parent")
        #expect(g.observe(object("stray", owners: [misnamed])) == ["uid-stray"])
        let wrongKind = OwnerReference(apiVersion: "apps/v1", kind: "ReplicaSet", name: "parent", uid: "uid-parent")
        #expect(g.observe(object("odd", owners: [wrongKind])) == ["uid-odd"])
    }

    @Test func aDeletedOwnerHasItsDependentsLookedAt() {
        var g = DependencyGraph()
        _ = g.observe(object("parent"))
        _ = g.observe(object("a", owners: [ref("parent")]))
        _ = g.observe(object("b", owners: [ref("parent")]))
        #expect(g.remove("uid-parent") == ["uid-a", "uid-b"])
        #expect(g["uid-parent"] == nil)
        #expect(g.remove("uid-parent").isEmpty)
    }

    @Test func aDependentThatGoesOrStopsBlockingWakesAForegroundOwner() {
        var g = DependencyGraph()
        _ = g.observe(object("parent"))
        _ = g.observe(object("a", owners: [ref("parent", block: true)]))
        _ = g.observe(object("b", owners: [ref("parent", block: true)]))
        // The owner starts deleting in the foreground: it and all its dependents are looked at.
        #expect(g.observe(object("parent", deletingDependents: true)) == ["uid-a", "uid-b", "uid-parent"])
        #expect(g.blockingDependents(of: "uid-parent").map(\.identity.name) == ["a", "b"])
        // Nothing new on the next update of the owner.
        #expect(g.observe(object("parent", deletingDependents: true)).isEmpty)
        #expect(g.observe(object("a", owners: [ref("parent")])) == ["uid-parent"])
        #expect(g.blockingDependents(of: "uid-parent").map(\.identity.name) == ["b"])
        #expect(g.remove("uid-b") == ["uid-parent"])
        #expect(g.blockingDependents(of: "uid-parent").isEmpty)
    }

    @Test func anOwnerStartingToOrphanIsLookedAtOnce() {
        var g = DependencyGraph()
        _ = g.observe(object("parent"))
        _ = g.observe(object("a", owners: [ref("parent")]))
        #expect(g.observe(object("parent", orphaning: true)) == ["uid-parent"])
        #expect(g.observe(object("parent", orphaning: true)).isEmpty)
    }

    @Test func changedReferencesMoveTheEdges() {
        var g = DependencyGraph()
        _ = g.observe(object("one"))
        _ = g.observe(object("two"))
        _ = g.observe(object("child", owners: [ref("one")]))
        #expect(g.observe(object("child", owners: [ref("two")])).isEmpty)
        #expect(g["uid-one"]?.dependents.isEmpty == true)
        #expect(g["uid-two"]?.dependents == ["uid-child"])
    }

    @Test func anAbsentVirtualOwnerGoesUnlessSomeDependentNamesItOtherwise() {
        var g = DependencyGraph()
        _ = g.observe(object("a", owners: [ref("ghost")]))
        _ = g.observe(object("b", owners: [ref("ghost")]))
        #expect(g.virtualOwnerAbsent("uid-ghost", as: identity("ghost")) == ["uid-a", "uid-b"])
        #expect(g["uid-ghost"] == nil)

        _ = g.observe(object("c", owners: [ref("phantom")]))
        let alias = OwnerReference(apiVersion: "v1", kind: "ConfigMap", name: "alias", uid: "uid-phantom")
        _ = g.observe(object("d", owners: [alias]))
        #expect(g.virtualOwnerAbsent("uid-phantom", as: identity("phantom")) == ["uid-c", "uid-d"])
        #expect(g["uid-phantom"]?.observed == false)
        // Once the dependents that named it are gone, so is the virtual node.
        _ = g.remove("uid-c")
        _ = g.remove("uid-d")
        #expect(g["uid-phantom"] == nil)
    }

    @Test func aNamespacedOwnerIsNotMatchedFromAnotherNamespace() {
        let owner = identity("parent")
        #expect(owner.matches(ref("parent"), from: "default"))
        #expect(!owner.matches(ref("parent"), from: "elsewhere"))
        let clusterScoped = identity("node", kind: "Node", namespace: nil)
        let nodeRef = OwnerReference(apiVersion: "v1", kind: "Node", name: "node", uid: "uid-node")
        #expect(clusterScoped.matches(nodeRef, from: "anywhere"))
        let v1HPA = NodeIdentity(apiVersion: "autoscaling/v2", kind: "HorizontalPodAutoscaler", namespace: "default",
                                 name: "h", uid: "u")
        #expect(v1HPA.matches(OwnerReference(apiVersion: "autoscaling/v1", kind: "HorizontalPodAutoscaler", name: "h", uid: "u"),
                              from: "default"))
    }

    @Test func patchesAreUpstreams() {
        #expect(OwnerPatches.deleteReferences(to: ["o1", "o2"], of: "me") ==
                ["metadata": ["ownerReferences": [["$patch": "delete", "uid": "o1"], ["$patch": "delete", "uid": "o2"]],
                              "uid": "me"]])
        #expect(OwnerPatches.unblockReferences([ref("a", block: true), ref("b")], of: "me") ==
                ["metadata": ["ownerReferences": [["apiVersion": "v1", "kind": "ConfigMap", "name": "a", "uid": "uid-a",
                                                   "blockOwnerDeletion": false]], "uid": "me"]])
        #expect(OwnerPatches.unblockReferences([ref("b")], of: "me") == nil)
        #expect(OwnerPatches.setFinalizers([], resourceVersion: "7") ==
                ["metadata": ["resourceVersion": "7", "finalizers": .null]])
        #expect(OwnerPatches.setFinalizers(["x"], resourceVersion: "7") ==
                ["metadata": ["resourceVersion": "7", "finalizers": ["x"]]])
    }

    @Test func theMonitoredResourcesAreTheDeletableOnesButEvents() {
        let monitored = GarbageCollector.monitoredResources(ResourceRegistry.standard)
        let prefixes = monitored.map(\.storagePrefix)
        #expect(Set(prefixes).count == prefixes.count)
        #expect(prefixes.contains("/pods") && prefixes.contains("/replicasets.apps") && prefixes.contains("/configmaps"))
        #expect(prefixes.contains("/horizontalpodautoscalers.autoscaling"))
        #expect(!prefixes.contains("/events"))
        #expect(!monitored.contains { $0.group == "metrics.k8s.io" || $0.kind == "TokenReview" })
    }
}
