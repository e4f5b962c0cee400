import Foundation
import JSON
import Testing
@testable import API

/// `Deletion.decide`: upstream's BeforeDelete + the generic store's Delete, per kind.
@Suite struct DeletionTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    static let pods = Strategies.strategy(group: "", kind: "Pod")
    static let configMaps = Strategies.strategy(group: "", kind: "ConfigMap")

    static func pod(node: String? = "node-1", grace: Int64? = 30, phase: String = "Running") -> JSON {
        var spec: JSON = ["containers": [["name": "c", "image": "busybox"]]]
        if let node { spec["nodeName"] = .string(node) }
        if let grace { spec["terminationGracePeriodSeconds"] = .int(grace) }
        return ["apiVersion": "v1", "kind": "Pod", "metadata": ["name": "p", "namespace": "default", "uid": "u"],
                "spec": spec, "status": ["phase": .string(phase)]]
    }

    static func options(grace: Int64? = nil, policy: String? = nil, orphan: Bool? = nil) -> DeleteOptions {
        var o = DeleteOptions()
        o.gracePeriodSeconds = grace
        o.propagationPolicy = policy
        o.orphanDependents = orphan
        return o
    }

    static func stamp(_ offset: TimeInterval) -> JSON { .string(ObjectMeta.timestamp(now.addingTimeInterval(offset))) }

    func marked(_ d: Deletion) -> JSON? {
        if case .mark(let o) = d { return o }
        return nil
    }

    @Test func aScheduledPodIsMarkedWithItsTerminationGracePeriod() throws {
        let d = Deletion.decide(Self.pod(grace: 45), strategy: Self.pods, options: Self.options(), now: Self.now)
        let o = try #require(marked(d), "\(d)")
        #expect(o[path: ["metadata", "deletionTimestamp"]] == Self.stamp(45))
        #expect(o[path: ["metadata", "deletionGracePeriodSeconds"]] == 45)
    }

    @Test func aPodWithoutATerminationGracePeriodIsRemovedAtOnce() {
        // Upstream's CheckGracefulDelete falls back to 0; the API default (30) is filled on create.
        let d = Deletion.decide(Self.pod(grace: nil), strategy: Self.pods, options: Self.options(), now: Self.now)
        guard case .remove = d else { Issue.record("\(d)"); return }
    }

    @Test func theRequestedGracePeriodWinsOverTheSpec() throws {
        let d = Deletion.decide(Self.pod(), strategy: Self.pods, options: Self.options(grace: 5), now: Self.now)
        let o = try #require(marked(d))
        #expect(o[path: ["metadata", "deletionGracePeriodSeconds"]] == 5)
        #expect(o[path: ["metadata", "deletionTimestamp"]] == Self.stamp(5))
    }

    @Test(arguments: [
        (nil as String?, "Running", nil as Int64?), ("node-1", "Failed", nil), ("node-1", "Succeeded", nil),
        ("node-1", "Running", 0),
    ])
    func podsNotRunningOnANodeOrForcedGoAtOnce(node: String?, phase: String, grace: Int64?) {
        let pod = Self.pod(node: node, phase: phase)
        let d = Deletion.decide(pod, strategy: Self.pods, options: Self.options(grace: grace), now: Self.now)
        guard case .remove(let last) = d else { Issue.record("\(d)"); return }
        // The tombstone records the immediate deletion, as upstream's update before the delete does.
        #expect(last[path: ["metadata", "deletionGracePeriodSeconds"]] == 0)
        #expect(last[path: ["metadata", "deletionTimestamp"]] == Self.stamp(0))
    }

    @Test func aNegativeGracePeriodCountsAsOneSecond() throws {
        let d = Deletion.decide(Self.pod(), strategy: Self.pods, options: Self.options(grace: -5), now: Self.now)
        #expect(try #require(marked(d))[path: ["metadata", "deletionGracePeriodSeconds"]] == 1)
    }

    /// A pod already deleted 10 s ago with 30 s of grace: 20 s left.
    static func terminating() -> JSON {
        var p = pod()
        p[path: ["metadata", "deletionTimestamp"]] = stamp(20)
        p[path: ["metadata", "deletionGracePeriodSeconds"]] = 30
        return p
    }

    @Test func aSecondDeleteMayShortenTheGracePeriod() throws {
        let d = Deletion.decide(Self.terminating(), strategy: Self.pods, options: Self.options(grace: 10), now: Self.now)
        let o = try #require(marked(d))
        // Upstream moves the deadline by the difference: (now + 20) − 30 + 10.
        #expect(o[path: ["metadata", "deletionTimestamp"]] == Self.stamp(0))
        #expect(o[path: ["metadata", "deletionGracePeriodSeconds"]] == 10)
    }

    @Test(arguments: [nil as Int64?, 30, 60])
    func aSecondDeleteNeverExtendsTheGracePeriod(grace: Int64?) {
        let pod = Self.terminating()
        #expect(Deletion.decide(pod, strategy: Self.pods, options: Self.options(grace: grace), now: Self.now) == .unchanged(pod))
    }

    @Test func aSecondDeleteWithGraceZeroRemovesATerminatingPod() {
        let d = Deletion.decide(Self.terminating(), strategy: Self.pods, options: Self.options(grace: 0), now: Self.now)
        guard case .remove = d else { Issue.record("\(d)"); return }
    }

    @Test func finalizersHoldAPodWhoseGracePeriodIsOver() throws {
        var pod = Self.pod()
        pod[path: ["metadata", "finalizers"]] = ["example.com/hold"]
        let d = Deletion.decide(pod, strategy: Self.pods, options: Self.options(grace: 0), now: Self.now)
        let o = try #require(marked(d))
        #expect(o[path: ["metadata", "deletionGracePeriodSeconds"]] == 0)
    }

    @Test func aTrackedGenerationGrowsWhenDeletionStarts() throws {
        var pod = Self.pod()
        pod[path: ["metadata", "generation"]] = 3
        let d = Deletion.decide(pod, strategy: Self.pods, options: Self.options(), now: Self.now)
        #expect(try #require(marked(d))[path: ["metadata", "generation"]] == 4)
    }

    static let configMap: JSON = ["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": "c", "namespace": "default"]]

    @Test(arguments: [
        ("Orphan" as String?, nil as Bool?, ["orphan"]), ("Foreground", nil, ["foregroundDeletion"]), (nil, true, ["orphan"]),
    ])
    func propagationPolicyAddsTheGarbageCollectorsFinalizer(policy: String?, orphan: Bool?, finalizers: [String]) throws {
        let d = Deletion.decide(Self.configMap, strategy: Self.configMaps,
                                options: Self.options(policy: policy, orphan: orphan), now: Self.now)
        let o = try #require(marked(d), "\(d)")
        #expect(o.finalizers == finalizers)
        #expect(o[path: ["metadata", "deletionTimestamp"]] == Self.stamp(0))
        #expect(o[path: ["metadata", "deletionGracePeriodSeconds"]] == 0)
    }

    @Test(arguments: [("Background" as String?, nil as Bool?), (nil, nil), (nil, false)])
    func backgroundOrNoPolicyRemovesAtOnce(policy: String?, orphan: Bool?) {
        let d = Deletion.decide(Self.configMap, strategy: Self.configMaps,
                                options: Self.options(policy: policy, orphan: orphan), now: Self.now)
        #expect(d == .remove(Self.configMap))
    }

    @Test func thePolicyInTheRequestReplacesTheOneOnTheObject() {
        #expect(Deletion.gcFinalizers(["a", "orphan"], policy: .deleteDependents, options: Self.options(policy: "Foreground"))
            == ["a", "foregroundDeletion"])
        // Without a policy in the request, a finalizer already there decides.
        #expect(Deletion.gcFinalizers(["orphan"], policy: .deleteDependents, options: Self.options()) == ["orphan"])
        #expect(Deletion.gcFinalizers([], policy: .orphanDependents, options: Self.options()) == ["orphan"])
    }

    @Test func eventsNeverGetGarbageCollectorFinalizers() {
        let events = Strategies.strategy(group: "", kind: "Event")
        let event: JSON = ["apiVersion": "v1", "kind": "Event", "metadata": ["name": "e", "namespace": "default"]]
        #expect(Deletion.decide(event, strategy: events, options: Self.options(policy: "Orphan"), now: Self.now) == .remove(event))
    }

    @Test func aNamespaceTerminatesUntilItsSpecFinalizersAreGone() throws {
        let namespaces = Strategies.strategy(group: "", kind: "Namespace")
        let ns: JSON = ["apiVersion": "v1", "kind": "Namespace", "metadata": ["name": "team"],
                        "spec": ["finalizers": ["kubernetes"]], "status": ["phase": "Active"]]
        let o = try #require(marked(Deletion.decide(ns, strategy: namespaces, options: Self.options(), now: Self.now)))
        #expect(o[path: ["status", "phase"]] == "Terminating")
        #expect(Deletion.decide(o, strategy: namespaces, options: Self.options(), now: Self.now.addingTimeInterval(5)) == .unchanged(o))
        var emptied = o
        emptied[path: ["spec", "finalizers"]] = []
        #expect(Registry.deletesDuringUpdate(emptied, strategy: namespaces))
    }

    @Test func anUpdateRemovingTheLastFinalizerDeletesOnlyWhenNoGracePeriodRuns() {
        var pod = Self.terminating()
        #expect(!Registry.deletesDuringUpdate(pod, strategy: Self.pods))
        pod[path: ["metadata", "deletionGracePeriodSeconds"]] = 0
        #expect(Registry.deletesDuringUpdate(pod, strategy: Self.pods))
    }

    @Test func orphanDependentsAndPropagationPolicyExcludeEachOther() {
        #expect(throws: APIError(code: 422, reason: "Invalid",
                                 message: "DeleteOptions.meta.k8s.io \"\" is invalid: propagationPolicy: Invalid value: \"Foreground\": orphanDependents and deletionPropagation cannot be both set",
                                 name: "", group: "meta.k8s.io", kind: "DeleteOptions",
                                 causes: [.invalid("propagationPolicy", "Foreground", "orphanDependents and deletionPropagation cannot be both set")])) {
            try Self.options(policy: "Foreground", orphan: true).validate()
        }
        #expect(throws: Never.self) { try Self.options(policy: "Orphan").validate() }
    }

    @Test func anUnknownPolicyIsUnsupported() throws {
        do {
            try Self.options(policy: "Sideways").validate()
            Issue.record("accepted an unknown policy")
        } catch {
            #expect(error.code == 422)
            #expect(error.message == "DeleteOptions.meta.k8s.io \"\" is invalid: propagationPolicy: Unsupported value: \"Sideways\": supported values: \"Foreground\", \"Background\", \"Orphan\", \"nil\"")
        }
    }

    @Test func deleteOptionsBodiesKeepOrphanDependentsApart() throws {
        let o = try DeleteOptions(body: ["orphanDependents": true, "gracePeriodSeconds": 0, "dryRun": ["All"]])
        #expect(o.orphanDependents == true)
        #expect(o.propagationPolicy == nil)
        #expect(o.policy == .orphan)
        #expect(o.gracePeriodSeconds == 0)
        #expect(o.dryRun)
        let bad = try DeleteOptions(body: ["dryRun": ["Some"]])
        #expect(throws: APIError.self) { try bad.validate() }
    }
}
