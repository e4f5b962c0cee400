import API
@testable import Controllers
import Foundation
import JSON
import Simulation
import TestCluster
import Testing

/// The scheduler's queue through the whole cluster: the highest priority first when room is scarce,
/// and the back-off of Pods that found no node.
@Suite struct SchedulingQueueTests {
    private func priorityClasses(_ cluster: TestCluster) throws {
        let classes = try cluster.resource("scheduling.k8s.io", "v1", "priorityclasses")
        for (name, value) in [("low", 100), ("high", 1000)] {
            try cluster.client.create(classes, namespace: nil, [
                "apiVersion": "scheduling.k8s.io/v1", "kind": "PriorityClass", "metadata": ["name": .string(name)],
                "value": .int(Int64(value))])
        }
    }

    private func cordon(_ cluster: TestCluster, _ on: Bool) throws {
        try cluster.client.patch(try cluster.resource("", "v1", "nodes"), namespace: nil, name: "kubeling-control-plane",
                                 ["spec": ["unschedulable": on ? JSON.bool(true) : JSON.null]])
        try cluster.runUntilQuiet()
    }

    private func scheduler(_ cluster: TestCluster) throws -> Scheduler {
        try #require(cluster.controllers.lazy.compactMap { $0 as? Scheduler }.first)
    }

    /// A node with room for one of them (1 CPU, 600m each); three low-priority Pods and then one
    /// high-priority Pod wait while the node is cordoned. When it is uncordoned, the high one gets the
    /// room although it came last; no one is preempted. After their back-off the node's change queues
    /// them together; during it they go to the back-off lane together, which the idle queue takes at
    /// once, the highest priority first (upstream's `SchedulerPopFromBackoffQ`).
    @Test(arguments: [false, true])
    func theHighestPriorityPendingPodIsBoundFirst(uncordonAfterBackoff: Bool) throws {
        let cluster = try simulatedCluster(cpus: 1)
        try priorityClasses(cluster)
        try cordon(cluster, true)
        let request: JSONObject = ["resources": ["requests": ["cpu": "600m"]]]
        for (name, priorityClass) in [("low-1", "low"), ("low-2", "low"), ("low-3", "low"), ("urgent", "high")] {
            try cluster.createPod(pod(name, image: "nginx:1.27", spec: ["priorityClassName": .string(priorityClass)],
                                      container: request))
        }
        try cluster.runUntilQuiet()
        for name in ["low-1", "low-2", "low-3", "urgent"] {
            let events = try cluster.events(about: name)
            #expect(events.count == 1)
            #expect(events.first?.hasPrefix("FailedScheduling: 0/1 nodes are available: 1 node(s) were unschedulable. ") == true)
        }
        if uncordonAfterBackoff { try cluster.advance(by: 1) }
        try cordon(cluster, false)
        #expect(try cluster.pod("urgent")?[path: ["spec", "nodeName"]]?.stringValue == "kubeling-control-plane")
        try cluster.advance(by: 1)
        let urgent = try #require(try cluster.pod("urgent"))
        #expect(urgent[path: ["spec", "nodeName"]]?.stringValue == "kubeling-control-plane")
        #expect(try cluster.containerState("urgent").0 == "running")
        for name in ["low-1", "low-2", "low-3"] {
            let low = try #require(try cluster.pod(name))
            #expect(low[path: ["spec", "nodeName"]] == nil, "\(name)")
            #expect(low[path: ["status", "nominatedNodeName"]] == nil, "\(name): nothing to preempt for a lower priority")
            let events = try cluster.events(about: name)
            #expect(events.last?.hasPrefix("FailedScheduling: 0/1 nodes are available: 1 Insufficient cpu. ") == true, "\(events)")
        }
    }

    /// A Pod that fits nowhere is tried again once per cluster change that may let it fit (at once: no
    /// other Pod waits, so its back-off does not hold it), not for its own status write, not for
    /// node heartbeats, and otherwise only every 5 minutes.
    @Test func anUnschedulablePodIsTriedOncePerRelevantChange() throws {
        let cluster = try simulatedCluster(cpus: 1)
        try cluster.createPod(pod("huge", image: "nginx:1.27", container: ["resources": ["requests": ["cpu": "8"]]]))
        try cluster.runUntilQuiet()
        let pending = try scheduler(cluster).pending
        let key = ObjectKey(namespace: "default", name: "huge")
        #expect(pending.attempts(key) == 1, "its own PodScheduled=False write does not try it again")
        let nodes = try cluster.resource("", "v1", "nodes")
        for label in 1...3 {
            try cluster.client.patch(nodes, namespace: nil, name: "kubeling-control-plane",
                                     ["metadata": ["labels": ["touched": .string("\(label)")]]])
            try cluster.runUntilQuiet()
            #expect(pending.attempts(key) == 1 + label)
        }
        #expect(PendingPods.backoff(attempts: pending.attempts(key)) == 8)
        try cluster.advance(by: 60)
        #expect(pending.attempts(key) == 4, "heartbeats move nothing")
        try cluster.advance(by: 240)
        #expect(pending.attempts(key) == 5, "tried again after 5 minutes unschedulable")
    }
}
