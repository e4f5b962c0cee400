import API
import Foundation
import JSON
import Simulation
import Testing

/// The CPU model: latency and throughput follow from the cost of a request and the CPU a container
/// may use; usage counters follow the work done.
@Suite struct UsageModelTests {
    @Test func aFlaskContainerSaturatesNearOneCoreOverItsRequestCost() {
        let profile = ResourceProfile.of(program: "flask")
        var q = ServerQueue(slots: profile.parallelism(8), cores: min(8, profile.maxCores ?? 8))
        // 5,000 requests arriving at once: the last finishes after 5,000 × 1.5 ms on one core.
        var last = 0.0
        for _ in 0..<5000 { last = q.admit(work: profile.requestCPU, at: 0).end }
        let throughput = 5000 / last
        #expect(abs(throughput - 1 / profile.requestCPU) < 1, "\(throughput)")
        #expect(throughput > 300 && throughput < 1000)
        #expect(abs(q.workDone(at: last) - 5000 * profile.requestCPU) < 1e-9)
        #expect(abs(q.workDone(at: last / 2) - 2500 * profile.requestCPU) < 1e-6)
    }

    @Test func latencyGrowsWithConcurrency() {
        let cost = 0.0015
        func latency(concurrency: Int) -> Double {
            // `concurrency` clients each sending one request at t = 0: the mean time to answer.
            var q = ServerQueue(slots: 1, cores: 1)
            return (0..<concurrency).map { _ in q.admit(work: cost, at: 0).end }.reduce(0, +) / Double(concurrency)
        }
        #expect(abs(latency(concurrency: 1) - cost) < 1e-9)
        #expect(latency(concurrency: 10) > 5 * cost)
        #expect(latency(concurrency: 50) > latency(concurrency: 10))
    }

    @Test func aCPULimitSlowsEveryRequest() {
        var limited = ServerQueue(slots: 1, cores: 0.1)
        #expect(abs(limited.admit(work: 0.0015, at: 0).end - 0.015) < 1e-9)
        // nginx's workers share the node: two slots on two cores each run at a full core.
        var nginx = ServerQueue(slots: 2, cores: 2)
        let a = nginx.admit(work: 0.00004, at: 0)
        let b = nginx.admit(work: 0.00004, at: 0)
        #expect(a.end == b.end)
        #expect(abs(a.end - 0.00004) < 1e-12)
        // …and on half a core each request gets a quarter of one when both slots are busy.
        var halfCore = ServerQueue(slots: 2, cores: 0.5)
        _ = halfCore.admit(work: 0.001, at: 0)
        #expect(abs(halfCore.admit(work: 0.001, at: 0).end - 0.004) < 1e-9)
    }

    @Test func usageCountersAddIdleTrickleAndRequestWork() {
        let start = Date(timeIntervalSince1970: 1_000)
        let usage = UsageMeter(profile: .of(program: "flask"), cores: 4, visibleCores: 4, startedAt: start, restartCount: 0)
        for _ in 0..<100 { _ = usage.admit(at: start) }
        let later = start.addingTimeInterval(10)
        let s = usage.snapshot(at: later)
        #expect(s.requests == 100)
        #expect(abs(s.cpuCoreSeconds - (100 * 0.0015 + 10 * 0.0002)) < 1e-9)
        #expect(s.memoryBytes == 22 << 20)
        // Mid-burst the working set holds the request in flight and the CPU counter only what ran.
        let mid = usage.snapshot(at: start.addingTimeInterval(0.075))
        #expect(mid.memoryBytes == (22 << 20) + (256 << 10))
        #expect(abs(mid.cpuCoreSeconds - (0.075 + 0.075 * 0.0002)) < 1e-6)
    }

    @Test func theLedgerKeepsRunningContainersOfTheCluster() throws {
        let f = try NetworkFixture()
        try f.pod("flask-a", app: "flask", image: "lyzhang1999/hello-world-flask:latest")
        try f.pod("client", app: "client", image: "busybox", args: ["sleep", "3600"])
        try f.cluster.advance(by: 5)
        let uid = try f.get("flask-a").uid ?? ""
        let ip = try f.get("flask-a")[path: ["status", "podIP"]]?.stringValue ?? ""
        for _ in 0..<10 { _ = try f.body(from: "client", ip, 5000) }
        let now = f.cluster.clock.now().addingTimeInterval(1)  // the work queued at the frozen instant has run by then
        let s = try #require(f.network.usage.snapshot(ContainerKey(podUID: uid, container: "main"), at: now))
        #expect(s.requests == 10)
        #expect(s.cpuCoreSeconds >= 10 * 0.0015)
        #expect(f.network.usage.pod(uid, at: now).keys.sorted() == ["main"])
        let clientUID = try f.get("client").uid ?? ""
        #expect(f.network.usage.snapshot(ContainerKey(podUID: clientUID, container: "main"), at: now)?.memoryBytes == 1 << 20)
        // Deleted: gone from the ledger.
        try f.cluster.client.delete(try f.cluster.resource("", "v1", "pods"), namespace: "default", name: "flask-a",
                                    options: { var o = DeleteOptions(); o.gracePeriodSeconds = 0; return o }())
        try f.cluster.advance(by: 2)
        #expect(f.network.usage.snapshot(ContainerKey(podUID: uid, container: "main"), at: now) == nil)
    }
}
