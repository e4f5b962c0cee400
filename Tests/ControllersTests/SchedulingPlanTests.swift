import API
import Controllers
import JSON
import Testing

/// The scheduler's pure decision: filters, scoring, inter-pod (anti-)affinity and preemption.
@Suite struct SchedulingPlanTests {
    private func node(_ name: String, cpu: String = "4", zone: String? = nil, taints: [JSON] = []) -> JSON {
        var labels: JSONObject = ["kubernetes.io/hostname": .string(name)]
        if let zone { labels["topology.kubernetes.io/zone"] = .string(zone) }
        return ["metadata": ["name": .string(name), "labels": .object(labels)],
                "spec": ["taints": .array(taints)],
                "status": ["allocatable": ["cpu": .string(cpu), "memory": "8Gi", "pods": "110"]]]
    }

    private func pod(_ name: String, labels: JSONObject = [:], cpu: String? = nil, priority: Int? = nil,
                     spec extra: JSONObject = [:]) -> JSON {
        var container: JSONObject = ["name": "c", "image": "nginx"]
        if let cpu { container["resources"] = ["requests": ["cpu": .string(cpu)]] }
        var spec: JSONObject = ["containers": [.object(container)]]
        if let priority { spec["priority"] = .int(Int64(priority)) }
        for (k, v) in extra { spec[k] = v }
        return ["metadata": ["name": .string(name), "namespace": "default", "uid": .string("uid-" + name),
                             "labels": .object(labels)], "spec": .object(spec)]
    }

    private func term(_ app: String, topology: String = "kubernetes.io/hostname") -> JSON {
        ["labelSelector": ["matchLabels": ["app": .string(app)]], "topologyKey": .string(topology)]
    }

    private func info(_ n: JSON, _ pods: [JSON]) -> SchedulingPlan.NodeInfo { .init(node: n, pods: pods) }

    @Test func leastAllocatedWinsAndResourcesAndTaintsFilter() {
        let busy = info(node("a"), [pod("x", cpu: "3")])
        let idle = info(node("b"), [])
        #expect(SchedulingPlan.schedule(pod("p", cpu: "500m"), nodes: [busy, idle]) == .node("b"))
        let tainted = info(node("b", taints: [["key": "dedicated", "value": "gpu", "effect": "NoSchedule"]]), [])
        #expect(SchedulingPlan.schedule(pod("p", cpu: "2"), nodes: [busy, tainted]) == .unschedulable(message:
            "0/2 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint {dedicated: gpu}. "
            + "preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling."))
    }

    @Test func antiAffinitySpreadsReplicasOverHostnames() {
        let anti: JSONObject = ["affinity": ["podAntiAffinity": ["requiredDuringSchedulingIgnoredDuringExecution": [term("web")]]]]
        let a = info(node("a"), [pod("web-1", labels: ["app": "web"], spec: anti)])
        let b = info(node("b"), [])
        #expect(SchedulingPlan.schedule(pod("web-2", labels: ["app": "web"], spec: anti), nodes: [a, b]) == .node("b"))
        let full = info(node("b"), [pod("web-2", labels: ["app": "web"], spec: anti)])
        #expect(SchedulingPlan.schedule(pod("web-3", labels: ["app": "web"], spec: anti), nodes: [a, full]) == .unschedulable(message:
            "0/2 nodes are available: 2 node(s) didn't satisfy existing pods anti-affinity rules. "
            + "preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling."))
        // The placed Pods' anti-affinity also keeps a matching newcomer without terms of its own away.
        #expect(SchedulingPlan.schedule(pod("plain", labels: ["app": "web"]), nodes: [a, b]) == .node("b"))
    }

    @Test func affinityFollowsTheTopologyDomainAndLetsTheFirstPodOfAGroupGoAnywhere() {
        let aff: JSONObject = ["affinity": ["podAffinity": ["requiredDuringSchedulingIgnoredDuringExecution": [
            term("cache", topology: "topology.kubernetes.io/zone")]]]]
        let a = info(node("a", zone: "z1"), [])
        let b = info(node("b", zone: "z2"), [pod("cache-1", labels: ["app": "cache"])])
        let c = info(node("c", zone: "z2"), [pod("big", cpu: "3500m")])
        // Only zone z2 has a cache Pod: b (and c, which is fuller) qualify; a does not.
        #expect(SchedulingPlan.schedule(pod("app", spec: aff), nodes: [a, b, c]) == .node("b"))
        let none = [info(node("a", zone: "z1"), []), info(node("b", zone: "z2"), [])]
        #expect(SchedulingPlan.schedule(pod("app", spec: aff), nodes: none) == .unschedulable(message:
            "0/2 nodes are available: 2 node(s) didn't match pod affinity rules. "
            + "preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling."))
        // A Pod matching its own term starts the group.
        #expect(SchedulingPlan.schedule(pod("cache-0", labels: ["app": "cache"], spec: aff), nodes: none) == .node("a"))
    }

    @Test func preemptionEvictsTheFewestLowestPriorityVictims() {
        let a = info(node("a", cpu: "2"), [pod("low-1", cpu: "1", priority: 0), pod("low-2", cpu: "1", priority: 0)])
        let b = info(node("b", cpu: "2"), [pod("mid", cpu: "1500m", priority: 500)])
        let high = pod("urgent", cpu: "1", priority: 1000)
        #expect(SchedulingPlan.schedule(high, nodes: [a, b]) == .preempt(
            node: "a", victims: [ObjectKey(namespace: "default", name: "low-1")],
            message: "0/2 nodes are available: 2 Insufficient cpu."))
        // Equal priority is never a victim; `preemptionPolicy: Never` does not preempt.
        #expect(SchedulingPlan.schedule(pod("peer", cpu: "1", priority: 0), nodes: [a]) == .unschedulable(message:
            "0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod."))
        let polite = pod("polite", cpu: "1", priority: 1000, spec: ["preemptionPolicy": "Never"])
        #expect(SchedulingPlan.schedule(polite, nodes: [a]) == .unschedulable(message:
            "0/1 nodes are available: 1 Insufficient cpu. preemption: not eligible due to preemptionPolicy=Never."))
    }

    @Test func amongEqualPrioritiesTheLatestStartedGoesFirst() {
        func started(_ p: JSON, _ at: String) -> JSON {
            var p = p
            p[path: ["status", "startTime"]] = .string(at)
            return p
        }
        let a = info(node("a", cpu: "2"), [started(pod("old", cpu: "1", priority: 0), "2026-01-01T00:00:00Z"),
                                           started(pod("new", cpu: "1", priority: 0), "2026-01-02T00:00:00Z")])
        #expect(SchedulingPlan.schedule(pod("urgent", cpu: "1", priority: 1000), nodes: [a]) == .preempt(
            node: "a", victims: [ObjectKey(namespace: "default", name: "new")],
            message: "0/1 nodes are available: 1 Insufficient cpu."))
    }

    @Test func aPodWhoseVictimIsStillTerminatingWaitsInsteadOfPreemptingAgain() {
        var victim = pod("low-1", cpu: "1", priority: 0)
        victim[path: ["metadata", "deletionTimestamp"]] = "2026-01-01T00:00:00Z"
        victim[path: ["status", "conditions"]] = [["type": "DisruptionTarget", "status": "True", "reason": "PreemptionByScheduler"]]
        let a = info(node("a", cpu: "2"), [victim, pod("low-2", cpu: "1", priority: 0)])
        var urgent = pod("urgent", cpu: "1", priority: 1000)
        urgent[path: ["status", "nominatedNodeName"]] = "a"
        #expect(SchedulingPlan.schedule(urgent, nodes: [a]) == .unschedulable(message:
            "0/1 nodes are available: 1 Insufficient cpu. preemption: not eligible due to a terminating pod on the nominated node."))
        // Without the nomination (or once the victim is gone) it may preempt.
        urgent[path: ["status", "nominatedNodeName"]] = nil
        if case .unschedulable = SchedulingPlan.schedule(urgent, nodes: [a]) { Issue.record("did not preempt") }
    }
}
