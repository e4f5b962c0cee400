import API
import Controllers
import Foundation
import JSON
import Simulation
import TestCluster
import Testing

/// A kubelet that starts on a store already holding its node's Pods, as after `kill -9` and a restart
/// of kubeling: a kubelet restart does not kill containers, so it picks the running ones up as they
/// were, the addresses they hold stay theirs and the node keeps its images.
@Suite struct KubeletRestartTests {
    /// What must not change about a running Pod when its kubelet restarts.
    func facts(_ cluster: TestCluster, _ name: String) throws -> [String?] {
        let p = try #require(try cluster.pod(name))
        let c = p[path: ["status", "containerStatuses"]]?.arrayValue?.first
        return [p.uid, p[path: ["status", "phase"]]?.stringValue, p[path: ["status", "podIP"]]?.stringValue,
                p[path: ["status", "startTime"]]?.stringValue, c?["containerID"]?.stringValue,
                c?[path: ["state", "running", "startedAt"]]?.stringValue, c?["restartCount"]?.intValue.map { "\($0)" }]
    }

    @Test func runningPodsKeepTheirContainersAndAddressesAndTheNodeItsImages() throws {
        let cluster = try simulatedCluster()
        try cluster.createPod(pod("old1", image: "nginx:1.27"))
        try cluster.createPod(pod("old2", image: "nginx:1.27"))
        try cluster.advance(by: 1)
        let before = try ["old1", "old2"].map { try facts(cluster, $0) }
        #expect(before.map { $0[1] } == ["Running", "Running"])
        #expect(Set(before.map { $0[2] }) == ["10.244.0.2", "10.244.0.3"])

        // The kubelet dies with kubeling (its containers do not).
        let first = try #require(cluster.controllers.first { $0 is Kubelet })
        first.queue.shutDown()
        // Meanwhile a Pod is bound to the node; its name sorts first, so the new kubelet (one worker)
        // meets it before the Pods it must pick up again.
        try cluster.createPod(pod("a-new", image: "nginx:1.27"))
        // And one is deleted before any kubelet ran it: the new kubelet finishes it, and frees what it got.
        try cluster.createPod(pod("z-gone", image: "nginx:1.27"))
        try cluster.runUntilQuiet()
        let pods = try cluster.resource("", "v1", "pods")
        try cluster.client.delete(pods, namespace: "default", name: "z-gone")
        #expect(try cluster.pod("a-new")?[path: ["spec", "nodeName"]]?.stringValue == "kubeling-control-plane")
        #expect(try cluster.pod("a-new")?[path: ["status", "podIP"]] == nil)

        let node = NodeSpec.cluster(count: 1, cpuMillis: 4000, memoryBytes: 8192 * 1024 * 1024)[0]
        cluster.start { Kubelet(context: $0, node: node, workers: 1) }
        try cluster.advance(by: 1)
        #expect(try ["old1", "old2"].map { try facts(cluster, $0) } == before, "the running Pods changed")
        let fresh = try #require(try cluster.pod("a-new"))
        #expect(fresh[path: ["status", "phase"]]?.stringValue == "Running")
        #expect(fresh[path: ["status", "podIP"]]?.stringValue == "10.244.0.4", "an address already in use was handed out")
        // The node still has the image its running containers started from: no pull.
        let events = try cluster.events(about: "a-new")
        #expect(events.contains("Pulled: Container image \"nginx:1.27\" already present on machine"), "\(events)")
        #expect(!events.contains { $0.hasPrefix("Pulling") }, "\(events)")

        #expect(try cluster.pod("z-gone") == nil)
        try cluster.createPod(pod("c-more", image: "nginx:1.27"))
        try cluster.advance(by: 1)
        #expect(try cluster.pod("c-more")?[path: ["status", "podIP"]]?.stringValue == "10.244.0.5", "an address leaked")

        // The held addresses are released like any other when their Pods go.
        try cluster.client.delete(pods, namespace: "default", name: "old1")
        try cluster.advance(by: 1)
        #expect(try cluster.pod("old1") == nil)
        try cluster.createPod(pod("b-next", image: "nginx:1.27"))
        try cluster.advance(by: 1)
        #expect(try cluster.pod("b-next")?[path: ["status", "podIP"]]?.stringValue == "10.244.0.2")
    }

    /// The run's log lines ("<stamp> <text>"), once it has `count` of them: shells print on threads of
    /// their own, which the manual clock does not wait for (at most 5 real seconds).
    private func logLines(_ runtime: ContainerRuntime, _ pod: String, count: Int) throws -> [String] {
        var options = LogOptions()
        options.timestamps = true
        var lines: [String] = []
        let deadline = Date().addingTimeInterval(5)
        repeat {
            let text = String(decoding: try runtime.logs(namespace: "default", pod: pod, options: options).readAll(), as: UTF8.self)
            lines = text.split(separator: "\n").map(String.init)
            if lines.count >= count { break }
            usleep(5_000)
        } while Date() < deadline
        return lines
    }

    private func texts(_ lines: [String]) -> [String] { lines.map { String($0.drop { $0 != " " }.dropFirst()) } }
    private func times(_ lines: [String]) -> [Date] {
        lines.compactMap { line in ObjectMeta.parseTimestamp(String(line.prefix { $0 != "." && $0 != " " }) + "Z") }
    }

    /// A shell's state lives in kubeling: the new process replays each picked-up script from its
    /// container's start on a clock that catches up with the cluster's, so the script goes on where it
    /// was (its counter keeps counting), what it printed while kubeling was down is logged at the times
    /// it would have been, nothing is printed twice, and a script due to end meanwhile ends complete.
    @Test func aShellPickedUpAfterARestartGoesOnWhereItWas() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kubelet-restart-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let before = ContainerRuntime(logDirectory: dir.appendingPathComponent("before"))
        let cluster = try simulatedCluster(runtime: before)
        try cluster.createPod(pod("loop", image: "busybox",
                                  command: ["sh", "-c", "i=0; while true; do i=$((i+1)); echo tick $i; sleep 10; done"]))
        try cluster.createPod(pod("once", image: "busybox", command: ["sh", "-c", "echo one; sleep 30; echo two"],
                                  spec: ["restartPolicy": "Never"]))
        for _ in 0..<25 {  // a second at a time: each shell schedules its next sleep on its own thread
            try cluster.advance(by: 1)
            usleep(10_000)
        }
        #expect(texts(try logLines(before, "loop", count: 3)) == ["tick 1", "tick 2", "tick 3"])
        #expect(texts(try logLines(before, "once", count: 1)) == ["one"])
        let loopFacts = try facts(cluster, "loop")
        let down = cluster.clock.now()

        // kubeling dies: its kubelet and the shells it ran go, the containers' logs stay on disk. (Here the
        // old shells live on in the test process: the new runtime gets a copy of the logs as they were.)
        let first = try #require(cluster.controllers.first { $0 is Kubelet })
        first.queue.shutDown()
        let copy = dir.appendingPathComponent("after")
        try FileManager.default.copyItem(at: dir.appendingPathComponent("before"), to: copy)
        try cluster.advance(by: 20)  // down for 20 s: "once" is due to end meanwhile, "loop" to tick twice

        let after = ContainerRuntime(logDirectory: copy)
        let node = NodeSpec.cluster(count: 1, cpuMillis: 4000, memoryBytes: 8192 * 1024 * 1024)[0]
        cluster.start { Kubelet(context: $0, node: node, runtime: after, workers: 1) }
        try cluster.runUntilQuiet()
        #expect(try facts(cluster, "loop") == loopFacts, "the loop's container changed")
        // What it printed while kubeling was down is there, once; then it goes on ticking.
        let restarted = cluster.clock.now()
        let replayed = try logLines(after, "loop", count: 5)
        #expect(texts(replayed) == (1...5).map { "tick \($0)" }, "\(replayed)")
        #expect(times(replayed).dropFirst(3).allSatisfy { $0 >= down && $0 <= restarted }, "\(replayed)")
        try cluster.advance(by: 10)
        #expect(texts(try logLines(after, "loop", count: 6)) == (1...6).map { "tick \($0)" })
        let once = try #require(try cluster.pod("once"))
        #expect(once[path: ["status", "phase"]]?.stringValue == "Succeeded")
        #expect(texts(try logLines(after, "once", count: 2)) == ["one", "two"])
        let loopUID = try #require(try cluster.pod("loop")?.uid)
        #expect(after.instance(podUID: loopUID, container: "loop")?.hasExited == false)
    }
}
