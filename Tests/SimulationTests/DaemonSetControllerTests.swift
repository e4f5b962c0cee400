import API
import Foundation
import JSON
import Simulation
import TestCluster
import Testing

/// DaemonSets on three simulated nodes (the control plane tainted NoSchedule).
@Suite struct DaemonSetControllerTests {
    private func nodes(of pods: [JSON]) -> [String] { pods.compactMap { Pod($0).nodeName }.sorted() }

    @Test func oneDaemonPodPerUntaintedNodePinnedByNodeAffinity() throws {
        let cluster = try simulatedCluster(nodes: 3)
        try cluster.createWorkload("daemonsets", daemonSet("agent"))
        try cluster.runUntilQuiet()
        let pods = try cluster.pods(ownedBy: "agent")
        #expect(pods.count == 2)
        #expect(nodes(of: pods) == ["kubeling-worker", "kubeling-worker2"])
        let ds = try #require(try cluster.workload("daemonsets", "agent"))
        for p in pods {
            let node = try #require(Pod(p).nodeName)
            let term = p[path: ["spec", "affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution",
                                "nodeSelectorTerms"]]
            #expect(term == [["matchFields": [["key": "metadata.name", "operator": "In", "values": [.string(node)]]]]])
            let tolerations = (p[path: ["spec", "tolerations"]]?.arrayValue ?? []).map {
                "\($0["key"]?.stringValue ?? ""):\($0["effect"]?.stringValue ?? "")"
            }
            for t in ["node.kubernetes.io/not-ready:NoExecute", "node.kubernetes.io/unreachable:NoExecute",
                      "node.kubernetes.io/disk-pressure:NoSchedule", "node.kubernetes.io/memory-pressure:NoSchedule",
                      "node.kubernetes.io/pid-pressure:NoSchedule", "node.kubernetes.io/unschedulable:NoSchedule"] {
                #expect(tolerations.contains(t), "\(t)")
            }
            #expect(p.labels["controller-revision-hash"]?.isEmpty == false)
            #expect(p.controllerRef?.uid == ds.uid)
        }
        #expect(try cluster.advance(until: { try cluster.statusCount("daemonsets", "agent", "numberAvailable") == 2 }))
        let status = try #require(try cluster.workload("daemonsets", "agent")?["status"])
        #expect(status["desiredNumberScheduled"]?.intValue == 2)
        #expect(status["currentNumberScheduled"]?.intValue == 2)
        #expect(status["numberReady"]?.intValue == 2)
        #expect(status["updatedNumberScheduled"]?.intValue == 2)
        #expect(status["numberMisscheduled"]?.intValue == 0)
        #expect(status["numberUnavailable"] == nil)
        #expect(status["observedGeneration"]?.intValue == 1)
        let hash = try #require(pods.first?.labels["controller-revision-hash"])
        #expect(try cluster.get("apps", "v1", "controllerrevisions", namespace: "default", "agent-\(hash)") != nil)
        let events = try cluster.events(about: "agent")
        #expect(events.filter { $0.hasPrefix("SuccessfulCreate: Created pod: agent-") }.count == 2, "\(events)")
    }

    @Test func aControlPlaneTolerationRunsItOnEveryNode() throws {
        let cluster = try simulatedCluster(nodes: 3)
        try cluster.createWorkload("daemonsets", daemonSet("agent", podSpec: [
            "tolerations": [["key": "node-role.kubernetes.io/control-plane", "operator": "Exists", "effect": "NoSchedule"]],
        ]))
        try cluster.runUntilQuiet()
        #expect(nodes(of: try cluster.pods(ownedBy: "agent")) == ["kubeling-control-plane", "kubeling-worker", "kubeling-worker2"])
        #expect(try cluster.statusCount("daemonsets", "agent", "desiredNumberScheduled") == 3)
    }

    @Test func aNodeSelectorLimitsItsNodes() throws {
        let cluster = try simulatedCluster(nodes: 3)
        try cluster.createWorkload("daemonsets", daemonSet("agent", podSpec: ["nodeSelector": ["kubernetes.io/hostname": "kubeling-worker2"]]))
        try cluster.runUntilQuiet()
        #expect(nodes(of: try cluster.pods(ownedBy: "agent")) == ["kubeling-worker2"])
        #expect(try cluster.statusCount("daemonsets", "agent", "desiredNumberScheduled") == 1)
        #expect(try cluster.statusCount("daemonsets", "agent", "currentNumberScheduled") == 1)
    }

    @Test func aRollingUpdateReplacesOnePodAtATime() throws {
        let cluster = try simulatedCluster(nodes: 3)
        try cluster.createWorkload("daemonsets", daemonSet("agent", base: slowToStop))
        #expect(try cluster.advance(until: { try cluster.statusCount("daemonsets", "agent", "numberAvailable") == 2 }))
        let old = try #require(try cluster.pods(ownedBy: "agent").first?.labels["controller-revision-hash"])
        try cluster.patchWorkload("daemonsets", "agent", ["spec": ["template": ["metadata": ["annotations": ["rev": "2"]]]]])
        try cluster.runUntilQuiet()
        #expect(try cluster.pods(ownedBy: "agent").filter(\.isBeingDeleted).count == 1)
        var mostUnavailable = 0
        let done = try cluster.advance(until: {
            let pods = try cluster.pods(ownedBy: "agent")
            return pods.count == 2 && pods.allSatisfy { $0.labels["controller-revision-hash"] != old && Pod($0).isReady }
        }) {
            let ready = try cluster.pods(ownedBy: "agent").filter { !$0.isBeingDeleted && Pod($0).isReady }.count
            mostUnavailable = max(mostUnavailable, 2 - ready)
        }
        #expect(done)
        #expect(mostUnavailable <= 1)
        try cluster.advance(by: 2)
        #expect(try cluster.statusCount("daemonsets", "agent", "updatedNumberScheduled") == 2)
        #expect(try cluster.statusCount("daemonsets", "agent", "numberAvailable") == 2)
    }

    @Test func aSurgingRollingUpdateStartsTheNewPodBesideTheOldOne() throws {
        let cluster = try simulatedCluster(nodes: 3)
        var ds = daemonSet("agent", base: slowToStop)
        ds[path: ["spec", "updateStrategy"]] = ["type": "RollingUpdate", "rollingUpdate": ["maxSurge": 1, "maxUnavailable": 0]]
        try cluster.createWorkload("daemonsets", ds)
        #expect(try cluster.advance(until: { try cluster.statusCount("daemonsets", "agent", "numberAvailable") == 2 }))
        let old = try #require(try cluster.pods(ownedBy: "agent").first?.labels["controller-revision-hash"])
        try cluster.patchWorkload("daemonsets", "agent", ["spec": ["template": ["metadata": ["annotations": ["rev": "2"]]]]])
        try cluster.runUntilQuiet()
        // One node gets a new Pod while its old one still runs; nothing was deleted yet.
        let surged = try cluster.pods(ownedBy: "agent")
        #expect(surged.count == 3)
        #expect(surged.filter(\.isBeingDeleted).isEmpty)
        var fewestReady = 2
        let done = try cluster.advance(until: {
            let pods = try cluster.pods(ownedBy: "agent")
            return pods.count == 2 && pods.allSatisfy { $0.labels["controller-revision-hash"] != old && Pod($0).isReady }
        }) {
            let ready = try cluster.pods(ownedBy: "agent").filter { !$0.isBeingDeleted && Pod($0).isReady }.count
            fewestReady = min(fewestReady, ready)
        }
        #expect(done)
        #expect(fewestReady >= 2)
    }

    @Test func aNewNoScheduleTaintLeavesThePodMisscheduledAndANoExecuteOneRemovesIt() throws {
        let cluster = try simulatedCluster(nodes: 3)
        try cluster.createWorkload("daemonsets", daemonSet("agent"))
        #expect(try cluster.advance(until: { try cluster.statusCount("daemonsets", "agent", "numberAvailable") == 2 }))
        let nodeResource = try cluster.resource("", "v1", "nodes")
        try cluster.client.patch(nodeResource, namespace: nil, name: "kubeling-worker2",
                                 ["spec": ["taints": [["key": "dedicated", "value": "db", "effect": "NoSchedule"]]]])
        try cluster.runUntilQuiet()
        #expect(nodes(of: try cluster.pods(ownedBy: "agent")) == ["kubeling-worker", "kubeling-worker2"])
        #expect(try cluster.statusCount("daemonsets", "agent", "desiredNumberScheduled") == 1)
        #expect(try cluster.statusCount("daemonsets", "agent", "numberMisscheduled") == 1)

        try cluster.client.patch(nodeResource, namespace: nil, name: "kubeling-worker2",
                                 ["spec": ["taints": [["key": "dedicated", "value": "db", "effect": "NoExecute"]]]])
        #expect(try cluster.advance(until: { try cluster.pods(ownedBy: "agent").count == 1 }))
        #expect(nodes(of: try cluster.pods(ownedBy: "agent")) == ["kubeling-worker"])
        #expect(try cluster.statusCount("daemonsets", "agent", "numberMisscheduled") == 0)
    }

    /// upstream `failedPodsBackoff`: a failed daemon Pod is deleted at once the first time, each further
    /// one on the node only 1 s, 2 s, 4 s, 8 s… after the previous deletion. A node object without a
    /// kubelet, so the test alone decides when a Pod fails.
    @Test func aRepeatedlyFailingDaemonPodIsReplacedWithADoublingBackOff() throws {
        let cluster = try TestCluster()
        let capacity: JSON = ["cpu": "4", "memory": "8Gi", "pods": "110"]
        try cluster.client.create(try cluster.resource("", "v1", "nodes"), namespace: nil, [
            "apiVersion": "v1", "kind": "Node", "metadata": ["name": "node-1"],
            "status": ["capacity": capacity, "allocatable": capacity],
        ])
        try cluster.createWorkload("daemonsets", daemonSet("agent"))
        try cluster.runUntilQuiet()
        let podsR = try cluster.resource("", "v1", "pods")
        func current() throws -> JSON {
            let pods = try cluster.pods(ownedBy: "agent")
            #expect(pods.count == 1, "\(pods.map(\.name))")
            return try #require(pods.first)
        }
        func fail(_ pod: JSON) throws {
            var failed = pod
            failed[path: ["status", "phase"]] = "Failed"
            try cluster.client.update(podsR, namespace: "default", name: pod.name ?? "", subresource: "status", failed)
            try cluster.runUntilQuiet()
        }
        var pod = try current()
        #expect(Pod(pod).nodeName == "node-1")
        var failed = [pod.name ?? ""]
        try fail(pod)
        var next = try current()
        #expect(next.name != pod.name, "the first failed Pod is replaced at once")
        for delay in [1.0, 2, 4, 8] {
            pod = next
            failed.append(pod.name ?? "")
            try fail(pod)
            #expect(try current().name == pod.name, "held back by \(delay) s")
            try cluster.advance(by: delay - 0.1)
            #expect(try current().name == pod.name, "still held back 0.1 s before \(delay) s")
            try cluster.advance(by: 0.1)
            next = try current()
            #expect(next.name != pod.name, "replaced \(delay) s after the previous deletion")
        }
        let events = try cluster.events(about: "agent").filter { $0.hasPrefix("FailedDaemonPod: ") }
        #expect(events == failed.map { "FailedDaemonPod: Found failed daemon pod default/\($0) on node node-1, will try to kill it" })
        #expect(cluster.logs.contains {
            $0.contains("deleting failed pod default/\(failed[1]) on node node-1 has been limited by backoff")
        })
    }
}
