import API
import Foundation
import JSON
import Simulation
import TestCluster
import Testing

/// Memory limits (the OOM killer) and preStop hooks, as the Kubernetes tutorials show them.
@Suite struct KubeletResourceTests {
    private func stress(_ name: String, limit: String, bytes: String) -> JSON {
        pod(name, image: "polinux/stress", command: ["stress"], container: [
            "args": ["--vm", "1", "--vm-bytes", .string(bytes), "--vm-hang", "1"],
            "resources": ["limits": ["memory": .string(limit)], "requests": ["memory": "50Mi"]],
        ])
    }

    @Test func aContainerAboveItsMemoryLimitIsOOMKilledAndRestarted() throws {
        let cluster = try simulatedCluster()
        try cluster.createPod(stress("memory-demo-2", limit: "100Mi", bytes: "250M"))
        try cluster.createPod(stress("memory-demo", limit: "200Mi", bytes: "150M"))
        try cluster.advance(by: 1)
        let status = try #require(try cluster.pod("memory-demo-2")?[path: ["status", "containerStatuses"]]?.arrayValue?.first)
        #expect(status[path: ["lastState", "terminated", "reason"]]?.stringValue == "OOMKilled")
        #expect(status[path: ["lastState", "terminated", "exitCode"]]?.intValue == 137)
        #expect(status["restartCount"]?.intValue == 1)
        // Within its limit it keeps running.
        #expect(try cluster.containerState("memory-demo") == ("running", nil))
        try cluster.advance(by: 30)
        #expect(try cluster.containerState("memory-demo-2").1 == "CrashLoopBackOff")
    }

    @Test func preStopRunsBeforeSigtermWithinTheGracePeriod() throws {
        let cluster = try simulatedCluster()
        try cluster.createPod(pod("web", image: "nginx:1.27", container: [
            "lifecycle": ["preStop": ["exec": ["command": ["sh", "-c", "sleep 5"]]]],
        ]))
        try cluster.advance(by: 1)
        try cluster.client.delete(try cluster.resource("", "v1", "pods"), namespace: "default", name: "web")
        try cluster.advance(by: 4)
        #expect(try cluster.pod("web") != nil, "nginx gets SIGTERM only after the 5 s hook")
        try cluster.advance(by: 2)
        #expect(try cluster.pod("web") == nil)
    }
}

/// Priority and preemption through the whole cluster: admission resolves the class, the scheduler evicts.
@Suite struct PreemptionTests {
    @Test func aHigherPriorityPodPreemptsALowerOneAndTakesItsRoom() throws {
        let cluster = try simulatedCluster(cpus: 4)
        let classes = try cluster.resource("scheduling.k8s.io", "v1", "priorityclasses")
        for (name, value) in [("low", 100), ("high", 1000)] {
            try cluster.client.create(classes, namespace: nil, [
                "apiVersion": "scheduling.k8s.io/v1", "kind": "PriorityClass", "metadata": ["name": .string(name)],
                "value": .int(Int64(value))])
        }
        let twoCPUs: JSONObject = ["resources": ["requests": ["cpu": "2"]]]
        for name in ["low-1", "low-2"] {
            try cluster.createPod(pod(name, image: "nginx:1.27", spec: ["priorityClassName": "low"], container: twoCPUs))
        }
        try cluster.advance(by: 2)
        try cluster.createPod(pod("urgent", image: "nginx:1.27", spec: ["priorityClassName": "high"], container: twoCPUs))
        try cluster.runUntilQuiet()
        // nginx stops at once on SIGTERM, so the victim is gone and the Pod placed within the same instant.
        let urgent = try #require(try cluster.pod("urgent"))
        #expect(urgent[path: ["spec", "priority"]]?.intValue == 1000)
        #expect(urgent[path: ["spec", "nodeName"]]?.stringValue == "kubeling-control-plane")
        #expect(try cluster.containerState("urgent").0 == "running")
        let victims = try ["low-1", "low-2"].filter { try cluster.pod($0) == nil }
        #expect(victims.count == 1)
        let victim = try #require(victims.first)
        #expect(try cluster.events(about: victim).contains("Preempted: Preempted by pod \(urgent.uid ?? "") on node kubeling-control-plane"))
        #expect(try cluster.events(about: "urgent").first == "FailedScheduling: 0/1 nodes are available: 1 Insufficient cpu.")
    }
}
