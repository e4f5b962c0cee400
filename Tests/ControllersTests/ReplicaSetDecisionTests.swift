import API
@testable import Controllers
import Foundation
import JSON
import Testing

/// The replica-set controller's pure decisions, table-tested: slow-start batch sizes, upstream's
/// scale-down ranking, the Pod built from a template, and status.
@Suite struct ReplicaSetDecisionTests {
    static let now = Date(timeIntervalSince1970: 1_767_225_600)

    @Test(arguments: [
        (0, [Int]()), (1, [1]), (2, [1, 1]), (3, [1, 2]), (4, [1, 2, 1]), (7, [1, 2, 4]), (10, [1, 2, 4, 3]),
        (16, [1, 2, 4, 8, 1]), (500, [1, 2, 4, 8, 16, 32, 64, 128, 245]),
    ])
    func slowStartBatchesDoubleUpToWhatRemains(count: Int, batches: [Int]) {
        #expect(SlowStart.batches(count) == batches)
        #expect(SlowStart.batches(count).reduce(0, +) == count)
    }

    /// A Pod with the traits the ranking compares.
    static func pod(_ uid: String, node: String? = nil, phase: String = "Pending", readyAgo: Double? = nil,
                    readyWithoutTime: Bool = false, cost: String? = nil, restarts: Int64 = 0, sidecarRestarts: Int64 = 0,
                    createdAgo: Double = 3600) -> JSON {
        var p: JSON = ["metadata": ["name": .string(uid), "uid": .string(uid),
                                    "creationTimestamp": .string(ObjectMeta.timestamp(now.addingTimeInterval(-createdAgo)))],
                       "spec": ["initContainers": [["name": "side", "restartPolicy": "Always"]]],
                       "status": ["phase": .string(phase),
                                  "containerStatuses": [["name": "c", "restartCount": .int(restarts)]],
                                  "initContainerStatuses": [["name": "side", "restartCount": .int(sidecarRestarts)]]]]
        if let node { p[path: ["spec", "nodeName"]] = .string(node) }
        if let cost { p[path: ["metadata", "annotations"]] = [Pod.deletionCostAnnotation: .string(cost)] }
        if let readyAgo {
            p[path: ["status", "conditions"]] = [["type": "Ready", "status": "True",
                                                  "lastTransitionTime": .string(ObjectMeta.timestamp(now.addingTimeInterval(-readyAgo)))]]
        } else if readyWithoutTime {
            p[path: ["status", "conditions"]] = [["type": "Ready", "status": "True"]]
        }
        return p
    }

    /// `first` is deleted before `second` (ranks: related Pods on each one's node), because of `why`.
    struct Ordering: CustomTestStringConvertible, Sendable {
        let why: String
        let first: JSON, second: JSON
        var rankFirst = 0, rankSecond = 0
        var testDescription: String { why }
    }

    static let orderings: [Ordering] = [
        .init(why: "unscheduled before scheduled", first: pod("a", phase: "Running", readyAgo: 60), second: pod("b", node: "n")),
        .init(why: "pending before unknown", first: pod("a", node: "n"), second: pod("b", node: "n", phase: "Unknown")),
        .init(why: "unknown before running", first: pod("a", node: "n", phase: "Unknown"),
              second: pod("b", node: "n", phase: "Running")),
        .init(why: "not ready before ready", first: pod("a", phase: "Running"), second: pod("b", phase: "Running", readyAgo: 60)),
        .init(why: "lower deletion cost first", first: pod("a", cost: "-5"), second: pod("b")),
        .init(why: "an invalid deletion cost counts as 0", first: pod("a", cost: "lots"), second: pod("b", cost: "1")),
        .init(why: "more related Pods on the node first", first: pod("a", node: "n"), second: pod("b", node: "m"),
              rankFirst: 2, rankSecond: 1),
        .init(why: "ready more recently first", first: pod("a", readyAgo: 60), second: pod("b", readyAgo: 600)),
        .init(why: "ready without a time first", first: pod("a", readyWithoutTime: true), second: pod("b", readyAgo: 60)),
        .init(why: "same log bucket of readiness: lower UID first", first: pod("a", readyAgo: 10), second: pod("b", readyAgo: 11)),
        .init(why: "more restarts first", first: pod("z", restarts: 3), second: pod("a", restarts: 1)),
        .init(why: "then more sidecar restarts first", first: pod("z", sidecarRestarts: 2), second: pod("a")),
        .init(why: "newer first", first: pod("z", createdAgo: 60), second: pod("a", createdAgo: 7200)),
        .init(why: "same log bucket of age: lower UID first", first: pod("a", createdAgo: 40), second: pod("b", createdAgo: 41)),
    ]

    @Test(arguments: orderings)
    func scaleDownRankingMatchesUpstream(_ o: Ordering) {
        let a = PodDeletionRanking.Ranked(o.first, rank: o.rankFirst)
        let b = PodDeletionRanking.Ranked(o.second, rank: o.rankSecond)
        #expect(PodDeletionRanking.deletedFirst(a, b, now: Self.now))
        #expect(!PodDeletionRanking.deletedFirst(b, a, now: Self.now))
    }

    @Test func equalPodsAreNotOrdered() {
        let a = PodDeletionRanking.Ranked(Self.pod("a"), rank: 0)
        #expect(!PodDeletionRanking.deletedFirst(a, a, now: Self.now))
    }

    @Test func theRankCountsActiveRelatedPodsOnTheSameNode() {
        let pods = [Self.pod("a", node: "n1"), Self.pod("b", node: "n2")]
        var terminated = Self.pod("c", node: "n1")
        terminated[path: ["status", "phase"]] = "Succeeded"
        // n2 holds two related Pods, n1 one active and one finished.
        let related = pods + [Self.pod("d", node: "n2"), terminated]
        let victims = PodDeletionRanking.podsToDelete(pods, related: related, count: 1, now: Self.now)
        #expect(victims.compactMap(\.name) == ["b"])
    }

    @Test func deletingEveryPodNeedsNoOrder() {
        let pods = [Self.pod("b", node: "n"), Self.pod("a")]
        #expect(PodDeletionRanking.podsToDelete(pods, related: [], count: 2, now: Self.now).compactMap(\.name) == ["b", "a"])
    }

    @Test(arguments: [(1.0, Int64(29)), (2.0, 30), (60.0, 35), (0.0, -1), (-5.0, -1)])
    func logarithmicBucketsAreLog2OfNanoseconds(age: Double, bucket: Int64) {
        #expect(PodDeletionRanking.logarithmicRank(Self.now.addingTimeInterval(-age), now: Self.now) == bucket)
    }

    @Test func thePodFromTheTemplateCarriesItsMetadataSpecAndControllerReference() throws {
        let owner: JSON = ["metadata": ["name": "web", "uid": "u1"],
                           "spec": ["template": ["metadata": ["labels": ["app": "web"], "annotations": ["a": "1"],
                                                              "finalizers": ["example.com/f"]],
                                                 "spec": ["containers": [["name": "c", "image": "nginx"]]]]]]
        let ref = try #require(ReplicaSetKind.replicaSet.controllerRef(to: owner))
        let pod = try #require(PodTemplate.pod(for: owner, controllerRef: ref))
        #expect(pod == ["apiVersion": "v1", "kind": "Pod",
                        "metadata": ["generateName": "web-", "labels": ["app": "web"],
                                     "ownerReferences": [["apiVersion": "apps/v1", "kind": "ReplicaSet", "name": "web",
                                                          "uid": "u1", "controller": true, "blockOwnerDeletion": true]],
                                     "annotations": ["a": "1"], "finalizers": ["example.com/f"]],
                        "spec": ["containers": [["name": "c", "image": "nginx"]]]])
        var unlabeled = owner
        unlabeled[path: ["spec", "template", "metadata", "labels"]] = nil
        #expect(PodTemplate.pod(for: unlabeled, controllerRef: ref) == nil)
        #expect(PodTemplate.namePrefix(String(repeating: "x", count: 253)) == String(repeating: "x", count: 253))
    }

    @Test func theFailureConditionIsAddedOnceAndRemovedWhenAPassSucceeds() {
        var owner: JSON = ["metadata": ["name": "web", "generation": 2],
                           "spec": ["replicas": 3, "template": ["metadata": ["labels": ["app": "web"]]]],
                           "status": ["replicas": 0]]
        let failure = ReplicaSetStatus.Failure(reason: "FailedCreate", message: "quota exceeded")
        let failed = ReplicaSetStatus.calculate(owner: owner, pods: [], failure: failure, now: Self.now)
        #expect(failed == ["replicas": 0, "observedGeneration": 2,
                           "conditions": [["type": "ReplicaFailure", "status": "True", "lastTransitionTime": "2026-01-01T00:00:00Z",
                                           "reason": "FailedCreate", "message": "quota exceeded"]]])
        owner["status"] = failed
        let again = ReplicaSetStatus.calculate(owner: owner, pods: [], failure: .init(reason: "FailedCreate", message: "other"),
                                               now: Self.now.addingTimeInterval(60))
        #expect(again == failed)  // upstream keeps the first condition while failures go on
        #expect(ReplicaSetStatus.calculate(owner: owner, pods: [], failure: nil, now: Self.now)
            == ["replicas": 0, "observedGeneration": 2])
    }
}
