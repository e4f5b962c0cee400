@testable import Controllers
import Foundation
import JSON
import Testing

/// The Deployment controller's pure parts, table by table (upstream's numbers from
/// controllers.md §1.4, §1.5, §1.8 and `deployment_util_test.go`).
@Suite struct DeploymentMathTests {
    struct FencepostCase: CustomTestStringConvertible, Sendable {
        let surge: IntOrPercent, unavailable: IntOrPercent, replicas: Int, expected: (surge: Int, unavailable: Int)
        var testDescription: String { "\(surge)/\(unavailable) of \(replicas)" }
    }

    @Test(arguments: [
        // The 25%/25% defaults: surge rounds up, unavailable rounds down.
        FencepostCase(surge: .percent(25), unavailable: .percent(25), replicas: 1, expected: (1, 0)),
        FencepostCase(surge: .percent(25), unavailable: .percent(25), replicas: 2, expected: (1, 0)),
        FencepostCase(surge: .percent(25), unavailable: .percent(25), replicas: 3, expected: (1, 0)),
        FencepostCase(surge: .percent(25), unavailable: .percent(25), replicas: 4, expected: (1, 1)),
        FencepostCase(surge: .percent(25), unavailable: .percent(25), replicas: 10, expected: (3, 2)),
        FencepostCase(surge: .percent(30), unavailable: .percent(0), replicas: 10, expected: (3, 0)),
        FencepostCase(surge: .percent(1), unavailable: .percent(99), replicas: 10, expected: (1, 9)),
        // Both zero: one Pod may be unavailable, or nothing could ever move.
        FencepostCase(surge: .count(0), unavailable: .count(0), replicas: 5, expected: (0, 1)),
        FencepostCase(surge: .percent(0), unavailable: .percent(10), replicas: 5, expected: (0, 1)),
        FencepostCase(surge: .count(2), unavailable: .count(1), replicas: 5, expected: (2, 1)),
    ])
    func surgeRoundsUpAndUnavailableRoundsDown(_ c: FencepostCase) {
        let r = RolloutMath.fenceposts(maxSurge: c.surge, maxUnavailable: c.unavailable, replicas: c.replicas)
        #expect(r.surge == c.expected.surge)
        #expect(r.unavailable == c.expected.unavailable)
    }

    @Test func maxUnavailableIsCappedAndZeroForRecreateOrNoReplicas() {
        let rolling = RolloutStrategy.rollingUpdate(maxSurge: .count(1), maxUnavailable: .count(10))
        #expect(RolloutMath.maxUnavailable(rolling, replicas: 3) == 3)
        #expect(RolloutMath.maxUnavailable(rolling, replicas: 0) == 0)
        #expect(RolloutMath.maxUnavailable(.recreate, replicas: 3) == 0)
        #expect(RolloutMath.maxSurge(.recreate, replicas: 3) == 0)
        #expect(RolloutStrategy(["type": "RollingUpdate", "rollingUpdate": ["maxSurge": 2, "maxUnavailable": "50%"]])
            == .rollingUpdate(maxSurge: .count(2), maxUnavailable: .percent(50)))
        #expect(RolloutStrategy(["type": "Recreate"]) == .recreate)
        #expect(RolloutStrategy(nil) == .rollingUpdate(maxSurge: .percent(25), maxUnavailable: .percent(25)))
    }

    @Test func theNewReplicaSetGrowsWithinTheSurge() {
        let defaults = RolloutStrategy.rollingUpdate(maxSurge: .percent(25), maxUnavailable: .percent(25))
        // A brand-new Deployment: all at once.
        #expect(RolloutMath.newReplicaSetReplicas(defaults, replicas: 3, totalSpecReplicas: 0, newReplicaSetReplicas: 0) == 3)
        // A template change with 3 old Pods: one surge Pod.
        #expect(RolloutMath.newReplicaSetReplicas(defaults, replicas: 3, totalSpecReplicas: 3, newReplicaSetReplicas: 0) == 1)
        // At the surge limit: no change.
        #expect(RolloutMath.newReplicaSetReplicas(defaults, replicas: 3, totalSpecReplicas: 4, newReplicaSetReplicas: 1) == 1)
        // Worked example B: 10 replicas, 3 surge.
        #expect(RolloutMath.newReplicaSetReplicas(defaults, replicas: 10, totalSpecReplicas: 10, newReplicaSetReplicas: 0) == 3)
        #expect(RolloutMath.newReplicaSetReplicas(defaults, replicas: 10, totalSpecReplicas: 11, newReplicaSetReplicas: 3) == 5)
        // Never beyond replicas.
        #expect(RolloutMath.newReplicaSetReplicas(defaults, replicas: 3, totalSpecReplicas: 3, newReplicaSetReplicas: 3) == 3)
        #expect(RolloutMath.newReplicaSetReplicas(.recreate, replicas: 5, totalSpecReplicas: 5, newReplicaSetReplicas: 0) == 5)
    }

    @Test func oldReplicaSetsShrinkUnhealthyFirstThenDownToMinimumAvailability() {
        // Worked example B, pass 2: 13 by spec, 8 must stay available, 3 new Pods not yet available.
        #expect(RolloutMath.maxScaledDown(totalSpecReplicas: 13, replicas: 10, maxUnavailable: 2,
                                          newSpecReplicas: 3, newAvailableReplicas: 0) == 2)
        #expect(RolloutMath.maxScaledDown(totalSpecReplicas: 4, replicas: 3, maxUnavailable: 0,
                                          newSpecReplicas: 1, newAvailableReplicas: 0) == 0)
        // Unavailable Pods of old sets go first, oldest set first, within the budget.
        #expect(RolloutMath.unhealthyCleanup([.init(specReplicas: 3, availableReplicas: 1), .init(specReplicas: 2, availableReplicas: 0)],
                                             budget: 3) == [1, 1])
        #expect(RolloutMath.unhealthyCleanup([.init(specReplicas: 3, availableReplicas: 3), .init(specReplicas: 0, availableReplicas: 0)],
                                             budget: 5) == [3, 0])
        // Then available Pods above minAvailable, oldest set first.
        #expect(RolloutMath.availableScaleDown([2, 5], availableReplicas: 10, minAvailable: 6) == [0, 3])
        #expect(RolloutMath.availableScaleDown([4], availableReplicas: 3, minAvailable: 3) == [4])
        #expect(RolloutMath.availableScaleDown([0, 4], availableReplicas: 5, minAvailable: 3) == [0, 2])
    }

    @Test func scalingMidRolloutKeepsEachReplicaSetsShare() {
        let t0 = Date(timeIntervalSince1970: 1_000), t1 = Date(timeIntervalSince1970: 2_000)
        // controllers.md §1.8: 10 → 15 with old 8 and new 5, both sized for 13.
        let up = ProportionalScaling.sizes([.init(name: "old", replicas: 8, created: t0, maxReplicas: 13),
                                            .init(name: "new", replicas: 5, created: t1, maxReplicas: 13)],
                                           replicas: 15, maxSurge: 4, statusReplicas: 13)
        #expect(up.map(\.name) == ["old", "new"])
        #expect(up.map(\.replicas) == [12, 7])
        // And back: 15 → 10 (surge 3), both sized for 19.
        let down = ProportionalScaling.sizes([.init(name: "new", replicas: 7, created: t1, maxReplicas: 19),
                                              .init(name: "old", replicas: 12, created: t0, maxReplicas: 19)],
                                             replicas: 10, maxSurge: 3, statusReplicas: 19)
        #expect(Dictionary(uniqueKeysWithValues: down.map { ($0.name, $0.replicas) }) == ["old": 8, "new": 5])
        // To zero: every set empties.
        let zero = ProportionalScaling.sizes([.init(name: "a", replicas: 3, created: t0, maxReplicas: 5),
                                              .init(name: "b", replicas: 2, created: t1, maxReplicas: 5)],
                                             replicas: 0, maxSurge: 0, statusReplicas: 5)
        #expect(zero.allSatisfy { $0.replicas == 0 })
        // Equal sizes growing: the newest first. Each fraction rounds to 0 (4/3); the leftover 2 goes
        // to the first.
        let tie = ProportionalScaling.sizes([.init(name: "a", replicas: 1, created: t0, maxReplicas: 3),
                                             .init(name: "b", replicas: 1, created: t1, maxReplicas: 3)],
                                            replicas: 3, maxSurge: 1, statusReplicas: 2)
        #expect(tie.map(\.name) == ["b", "a"])
        #expect(tie.map(\.replicas) == [3, 1])
        // Halves round away from zero (Go's math.Round): 1 × 3/2 → 2, and nothing is left for "a".
        let half = ProportionalScaling.sizes([.init(name: "a", replicas: 1, created: t0, maxReplicas: 2),
                                              .init(name: "b", replicas: 1, created: t1, maxReplicas: 2)],
                                             replicas: 2, maxSurge: 1, statusReplicas: 2)
        #expect(half.map(\.name) == ["b", "a"])
        #expect(half.map(\.replicas) == [2, 1])
        // Equal sizes shrinking: the oldest first.
        let shrink = ProportionalScaling.sizes([.init(name: "a", replicas: 2, created: t0, maxReplicas: 4),
                                                .init(name: "b", replicas: 2, created: t1, maxReplicas: 4)],
                                               replicas: 2, maxSurge: 1, statusReplicas: 4)
        #expect(shrink.map(\.name) == ["a", "b"])
        #expect(shrink.map(\.replicas) == [1, 2])
        // A missing max-replicas annotation falls back to the Deployment's status.replicas.
        #expect(ProportionalScaling.fraction(.init(name: "x", replicas: 4, created: nil, maxReplicas: nil),
                                             replicas: 8, maxSurge: 0, statusReplicas: 4) == 4)
    }

    @Test func hashesLookLikeUpstreamsAndAreStable() throws {
        // apimachinery's alphabet mapping of a decimal Sum32 (controllers.md §1.3).
        #expect(PodTemplateHash.safeEncode("2262704881") == "66b6c48dd5")
        #expect(PodTemplateHash.safeEncode("0123456789") == "456789bcdf")
        var empty = FNV1a32()
        empty.write([])
        #expect(empty.sum == 2_166_136_261)
        var a = FNV1a32()
        a.write(Array("a".utf8))
        #expect(a.sum == 0xe40c_292c)  // the FNV-1a 32 test vector for "a"

        let shape = try Regex("^[4-9bcdf]{1,10}$")
        let t1: JSON = ["metadata": ["labels": ["app": "web"]], "spec": ["containers": [["name": "web", "image": "nginx:1.25"]]]]
        let t1Reordered: JSON = ["spec": ["containers": [["image": "nginx:1.25", "name": "web"]]], "metadata": ["labels": ["app": "web"]]]
        let t2: JSON = ["metadata": ["labels": ["app": "web"]], "spec": ["containers": [["name": "web", "image": "nginx:1.26"]]]]
        let h1 = PodTemplateHash.compute(template: t1, collisionCount: nil)
        #expect(h1.wholeMatch(of: shape) != nil)
        #expect(PodTemplateHash.compute(template: t1Reordered, collisionCount: nil) == h1)
        #expect(PodTemplateHash.compute(template: t1, collisionCount: nil) == h1)
        #expect(PodTemplateHash.compute(template: t2, collisionCount: nil) != h1)
        let salted = PodTemplateHash.compute(template: t1, collisionCount: 1)
        #expect(salted != h1)
        #expect(salted.wholeMatch(of: shape) != nil)
        #expect(PodTemplateHash.compute(template: t1, collisionCount: 0) != h1)  // 8 zero bytes still change the sum
        for image in ["nginx", "busybox:1.36", "registry.k8s.io/pause:3.9"] {
            let t: JSON = ["spec": ["containers": [["name": "c", "image": .string(image)]]]]
            #expect(PodTemplateHash.compute(template: t, collisionCount: nil).wholeMatch(of: shape) != nil)
        }
    }

    @Test func templatesCompareWithoutTheHashLabel() {
        let plain: JSON = ["metadata": ["labels": ["app": "web"], "creationTimestamp": nil], "spec": ["containers": [["name": "c"]]]]
        var labelled = plain
        labelled[path: ["metadata", "labels", "pod-template-hash"]] = "5b4c8f9d6"
        labelled[path: ["metadata", "creationTimestamp"]] = nil
        #expect(PodTemplateHash.equalIgnoringHash(plain, labelled))
        var other = plain
        other[path: ["spec", "containers"]] = [["name": "d"]]
        #expect(!PodTemplateHash.equalIgnoringHash(plain, other))
    }
}
