import API
@testable import Controllers
import Foundation
import JSON
import Testing

/// The StatefulSet and DaemonSet controllers' pure decisions, table-tested: ordinals parsed from
/// names, the Pod of an ordinal, which nodes run a daemon, how many daemon Pods may be unavailable.
@Suite struct WorkloadDecisionTests {
    @Test(arguments: [
        ("web-0", "web", 0), ("web-12", "web", 12), ("my-web-3", "my-web", 3),
    ])
    func aPodNameGivesItsParentAndOrdinal(name: String, parent: String, ordinal: Int) throws {
        let parsed = try #require(StatefulSetIdentity.parentAndOrdinal(name))
        #expect(parsed.parent == parent && parsed.ordinal == ordinal)
    }

    @Test(arguments: ["web", "web-", "web-x", "web-1a", "web-٣"])
    func aNameWithoutADecimalOrdinalHasNone(name: String) {
        #expect(StatefulSetIdentity.parentAndOrdinal(name) == nil)
    }

    @Test func thePodOfAnOrdinalCarriesItsIdentityRevisionAndClaims() throws {
        let set: JSON = ["metadata": ["name": "web", "namespace": "default", "uid": "u1"],
                         "spec": ["serviceName": "nginx",
                                  "volumeClaimTemplates": [["metadata": ["name": "www"], "spec": [:]]]]]
        let template: JSON = ["metadata": ["labels": ["app": "web"]],
                              "spec": ["containers": [["name": "c", "image": "nginx"]],
                                       "volumes": [["name": "www", "emptyDir": [:]]]]]
        let ref = OwnerReference(apiVersion: "apps/v1", kind: "StatefulSet", name: "web", uid: "u1", controller: true,
                                 blockOwnerDeletion: true)
        let pod = try #require(StatefulSetIdentity.pod(set: set, template: template, ordinal: 2, revision: "web-abc",
                                                       controllerRef: ref))
        #expect(pod.name == "web-2")
        #expect(pod[path: ["metadata", "generateName"]] == nil)
        #expect(pod.labels == ["app": "web", "statefulset.kubernetes.io/pod-name": "web-2",
                               "apps.kubernetes.io/pod-index": "2", "controller-revision-hash": "web-abc"])
        #expect(pod[path: ["spec", "hostname"]] == "web-2")
        #expect(pod[path: ["spec", "subdomain"]] == "nginx")
        #expect(pod[path: ["spec", "volumes"]] == [["name": "www", "persistentVolumeClaim": ["claimName": "www-web-2"]]])
        #expect(StatefulSetClaims.claims(set: set, ordinal: 2).map(\.name) == ["www-web-2"])
    }

    static func node(_ name: String, labels: JSON = [:], taints: JSON = []) -> JSON {
        ["metadata": ["name": .string(name), "labels": labels], "spec": ["taints": taints]]
    }

    static func ds(_ podSpec: JSON = [:]) -> JSON {
        ["metadata": ["name": "agent"], "spec": ["template": ["spec": podSpec]]]
    }

    @Test func untoleratedNoScheduleKeepsNewPodsOffButLetsRunningOnesStay() {
        let node = Self.node("n", taints: [["key": "dedicated", "effect": "NoSchedule"]])
        #expect(DaemonSetNodes.shouldRun(Self.ds(), on: node) == (false, true))
        let tolerating = Self.ds(["tolerations": [["key": "dedicated", "operator": "Exists"]]])
        #expect(DaemonSetNodes.shouldRun(tolerating, on: node) == (true, true))
    }

    @Test func untoleratedNoExecuteEvictsButTheDefaultTolerationsCoverNotReadyAndCordoned() {
        let evicting = Self.node("n", taints: [["key": "dedicated", "effect": "NoExecute"]])
        #expect(DaemonSetNodes.shouldRun(Self.ds(), on: evicting) == (false, false))
        let notReady = Self.node("n", taints: [["key": "node.kubernetes.io/not-ready", "effect": "NoExecute"],
                                               ["key": "node.kubernetes.io/unschedulable", "effect": "NoSchedule"]])
        #expect(DaemonSetNodes.shouldRun(Self.ds(), on: notReady) == (true, true))
    }

    @Test func aNodeSelectorOrAffinityMismatchNeitherRunsNorKeeps() {
        let node = Self.node("n", labels: ["disk": "hdd"])
        #expect(DaemonSetNodes.shouldRun(Self.ds(["nodeSelector": ["disk": "ssd"]]), on: node) == (false, false))
        #expect(DaemonSetNodes.shouldRun(Self.ds(["nodeSelector": ["disk": "hdd"]]), on: node) == (true, true))
        #expect(DaemonSetNodes.shouldRun(Self.ds(["nodeName": "other"]), on: node) == (false, false))
    }

    @Test func aPinnedPodNamesItsTargetNode() {
        let pod = DaemonSetNodes.pinned(["spec": ["affinity": ["nodeAffinity": ["preferredDuringSchedulingIgnoredDuringExecution": []]]]],
                                        to: "kubeling-worker")
        #expect(DaemonSetNodes.targetNode(of: pod) == "kubeling-worker")
        #expect(pod[path: ["spec", "affinity", "nodeAffinity", "preferredDuringSchedulingIgnoredDuringExecution"]] == [])
    }

    @Test(arguments: [
        (JSON.null, 3, 1), (["maxUnavailable": 2], 3, 2), (["maxUnavailable": "50%"], 3, 2),
        (["maxUnavailable": "10%"], 3, 1), (["maxUnavailable": 0, "maxSurge": 0], 3, 1),
    ] as [(JSON, Int, Int)])
    func maxUnavailableScalesAgainstTheDesiredCountRoundingUp(rolling: JSON, desired: Int, expected: Int) {
        let ds: JSON = ["spec": ["updateStrategy": ["type": "RollingUpdate", "rollingUpdate": rolling]]]
        #expect(DaemonSetController.maxUnavailable(ds, desired: desired) == expected)
    }

    @Test func maxSurgeScalesLikewiseAndOnlyARollingUpdateSurges() {
        let surging: JSON = ["spec": ["updateStrategy": ["type": "RollingUpdate",
                                                         "rollingUpdate": ["maxSurge": "50%", "maxUnavailable": 0]]]]
        #expect(DaemonSetController.limits(surging, desired: 3) == (2, 0))
        #expect(DaemonSetController.allowsSurge(surging))
        let onDelete: JSON = ["spec": ["updateStrategy": ["type": "OnDelete"]]]
        #expect(!DaemonSetController.allowsSurge(onDelete))
    }
}
