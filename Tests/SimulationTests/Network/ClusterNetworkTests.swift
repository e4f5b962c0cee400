import API
import Foundation
import JSON
import Simulation
import TestCluster
import Testing

/// Routing inside the simulated cluster: Services to ready endpoints, DNS, refusals, affinity, the
/// API server proxy.
@Suite struct ClusterNetworkTests {
    /// Two Flask Pods behind a Service and a client Pod, all running.
    func flaskCluster(affinity: Bool = false) throws -> NetworkFixture {
        let f = try NetworkFixture()
        try f.pod("flask-a", app: "flask", image: "lyzhang1999/hello-world-flask:latest",
                  container: ["ports": [["name": "http", "containerPort": 5000]]])
        try f.pod("flask-b", app: "flask", image: "lyzhang1999/hello-world-flask:latest",
                  container: ["ports": [["name": "http", "containerPort": 5000]]])
        try f.pod("client", app: "client", image: "busybox", args: ["sleep", "3600"])
        try f.service("hello", app: "flask", ports: [("web", 80, "http")], affinity: affinity)
        try f.cluster.advance(by: 5)
        return f
    }

    @Test func aServiceSpreadsRequestsOverItsReadyPodsByNameAndNamedTargetPort() throws {
        let f = try flaskCluster()
        let bodies = try (0..<6).map { _ in try f.body(from: "client", "hello", 80) }
        #expect(Set(bodies) == ["Hello, my name is flask-a", "Hello, my name is flask-b"], "\(bodies)")
        #expect(bodies[0] != bodies[1])  // round-robin
        // The same through every DNS form and the ClusterIP.
        for host in ["hello.default", "hello.default.svc", "hello.default.svc.cluster.local", "hello.default.svc.cluster.local.",
                     try f.clusterIP("hello")] {
            #expect(try f.body(from: "client", host, 80).hasPrefix("Hello, my name is flask-"), "\(host)")
        }
        // Flask's own headers.
        guard case .success(let r) = try f.curl(from: "client", "hello", 80) else { Issue.record("no answer"); return }
        #expect(r.status == 200)
        #expect(r.headers.contains { $0.name == "Server" && $0.value.hasPrefix("Werkzeug/") && $0.value.contains("Python/3.") })
        #expect(r.headers.contains { $0.name == "Content-Type" && $0.value == "text/html; charset=utf-8" })
    }

    @Test func refusalsWhereNothingListensOrNothingIsReady() throws {
        let f = try flaskCluster()
        let flaskIP = try f.get("flask-a")[path: ["status", "podIP"]]?.stringValue ?? ""
        #expect(try f.body(from: "client", flaskIP, 5000) == "Hello, my name is flask-a")
        #expect(try f.body(from: "client", flaskIP, 8080) == "error: connectionRefused(host: \"\(flaskIP)\", port: 8080)")
        #expect(try f.body(from: "client", "hello", 81).hasPrefix("error: connectionRefused"))
        #expect(try f.body(from: "client", "nosuch", 80) == "error: couldNotResolve(\"nosuch\")")
        // A Service whose selector matches nothing.
        try f.service("empty", app: "none", ports: [("", 80, 80)])
        try f.cluster.runUntilQuiet()
        #expect(try f.body(from: "client", "empty", 80).hasPrefix("error: connectionRefused"))
        // localhost is the Pod itself.
        #expect(try f.body(from: "flask-b", "localhost", 5000) == "Hello, my name is flask-b")
        #expect(try f.body(from: "client", "127.0.0.1", 5000).hasPrefix("error: connectionRefused"))
    }

    @Test func aPodThatIsNotReadyGetsNoTrafficThroughTheService() throws {
        let f = try flaskCluster()
        // Ready never: its readiness probe asks a port nothing listens on.
        try f.pod("flask-c", app: "flask", image: "lyzhang1999/hello-world-flask:latest",
                  container: ["ports": [["name": "http", "containerPort": 5000]],
                              "readinessProbe": ["tcpSocket": ["port": 9999], "periodSeconds": 1]])
        try f.cluster.advance(by: 5)
        let bodies = try (0..<9).map { _ in try f.body(from: "client", "hello", 80) }
        #expect(!bodies.contains("Hello, my name is flask-c"), "\(bodies)")
        #expect(Set(bodies).count == 2)
    }

    @Test func theLivenessHookRefusesAKilledProcessBeforeItsStatusSaysSo() throws {
        let f = try flaskCluster()
        let uid = try f.get("flask-a").uid ?? ""
        f.network.setLivenessHook { pod, _ in pod != uid }
        let ip = try f.get("flask-a")[path: ["status", "podIP"]]?.stringValue ?? ""
        #expect(try f.body(from: "client", ip, 5000).hasPrefix("error: connectionRefused"))
        let bodies = try (0..<4).map { _ in try f.body(from: "client", "hello", 80) }
        #expect(bodies.filter { $0.hasPrefix("error") }.count == 2)  // kube-proxy does not retry
        #expect(bodies.filter { $0 == "Hello, my name is flask-b" }.count == 2)
    }

    @Test func clientIPAffinityKeepsAClientOnOneEndpoint() throws {
        let f = try flaskCluster(affinity: true)
        try f.pod("client2", app: "client", image: "busybox", args: ["sleep", "3600"])
        try f.cluster.advance(by: 3)
        let first = try (0..<5).map { _ in try f.body(from: "client", "hello", 80) }
        #expect(Set(first).count == 1, "\(first)")
        let second = try (0..<5).map { _ in try f.body(from: "client2", "hello", 80) }
        #expect(Set(second).count == 1, "\(second)")
    }

    @Test func dnsAnswersServicesHeadlessServicesAndPodNames() throws {
        let f = try flaskCluster()
        try f.service("hello-headless", app: "flask", ports: [("web", 5000, 5000)], headless: true)
        try f.cluster.runUntilQuiet()
        let dns = try f.access(from: "client")
        let ips = Set(try ["flask-a", "flask-b"].map { try f.get($0)[path: ["status", "podIP"]]?.stringValue ?? "" })
        #expect(dns.resolve("hello") == [try f.clusterIP("hello")])
        #expect(dns.resolve("hello.default.svc.cluster.local") == [try f.clusterIP("hello")])
        #expect(Set(dns.resolve("hello-headless")) == ips)
        #expect(dns.resolve("kubernetes.default") == ["10.96.0.1"])
        #expect(dns.resolve("10-244-0-9.default.pod.cluster.local") == ["10.244.0.9"])
        #expect(dns.resolve("hello.other") == [])
        #expect(dns.resolve("localhost") == ["127.0.0.1"])
        #expect(f.network.resolve("hello", namespace: "other") == [])
        #expect(ClusterNetwork.searchDomains(namespace: "default") == ["default.svc.cluster.local", "svc.cluster.local", "cluster.local"])
    }

    @Test func theAPIServerProxyReachesPodsAndServicesWithUpstreamErrors() throws {
        let f = try flaskCluster()
        let r = try f.network.proxy(.pod(namespace: "default", name: "flask-a", port: "http", scheme: nil),
                                    ProxyRequest(method: "GET", path: "/"))
        #expect(String(decoding: r.body, as: UTF8.self) == "Hello, my name is flask-a")
        let s = try f.network.proxy(.service(namespace: "default", name: "hello", port: "web", scheme: nil),
                                    ProxyRequest(method: "GET", path: "/"))
        #expect(String(decoding: s.body, as: UTF8.self).hasPrefix("Hello, my name is flask-"))
        try f.service("empty", app: "none", ports: [("", 80, 80)])
        try f.cluster.runUntilQuiet()
        #expect(throws: APIError.self) { try f.network.proxy(.service(namespace: "default", name: "missing", port: nil, scheme: nil), ProxyRequest(method: "GET", path: "/")) }
        do {
            _ = try f.network.proxy(.service(namespace: "default", name: "empty", port: nil, scheme: nil), ProxyRequest(method: "GET", path: "/"))
            Issue.record("expected 503")
        } catch {
            #expect(error.code == 503)
            #expect(error.message == "no endpoints available for service \"empty\"")
        }
        do {
            _ = try f.network.proxy(.pod(namespace: "default", name: "flask-a", port: "81", scheme: nil), ProxyRequest(method: "GET", path: "/"))
            Issue.record("expected 503")
        } catch {
            #expect(error.code == 503)
            #expect(error.message.hasSuffix(":81: connect: connection refused"))
        }
    }

    @Test func requestLogsGoToTheSinkInWerkzeugsFormat() throws {
        let f = try flaskCluster()
        let lines = LineBox()
        f.network.setLogSink { _, container, line in lines.append(container + " " + line) }
        let clientIP = try f.get("client")[path: ["status", "podIP"]]?.stringValue ?? ""
        _ = try f.body(from: "client", "hello", 80, "/?x=1")
        let line = try #require(lines.all.first)
        #expect(line.hasPrefix("main \(clientIP) - - [01/Jan/2026 00:00:"), "\(line)")
        #expect(line.hasSuffix("] \"GET /?x=1 HTTP/1.1\" 200 -"), "\(line)")
    }
}

/// Collects lines from any thread.
final class LineBox: @unchecked Sendable {
    // Invariant: `lines` is guarded by `lock`.
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ l: String) { lock.withLock { lines.append(l) } }
    var all: [String] { lock.withLock { lines } }
}

/// Port-forward: HTTP requests written into the connection are answered by the Pod's program.
@Suite struct PortForwardTests {
    @Test func aPortForwardConnectionCarriesHTTPToThePod() throws {
        let f = try NetworkFixture()
        try f.pod("flask-a", app: "flask", image: "lyzhang1999/hello-world-flask:latest")
        try f.cluster.advance(by: 5)
        let c = try f.network.connect(namespace: "default", pod: "flask-a", port: 5000)
        _ = c.toPod.write("GET / HTTP/1.1\r\nHost: localhost:8080\r\nUser-Agent: curl/8.5.0\r\n\r\n")
        let answer = String(decoding: c.fromPod.readAll(timeout: 5), as: UTF8.self)
        #expect(answer.hasPrefix("HTTP/1.1 200 OK\r\n"), "\(answer)")
        #expect(answer.hasSuffix("\r\n\r\nHello, my name is flask-a"), "\(answer)")
        #expect(answer.contains("Content-Length: 25\r\n"))
        #expect(throws: APIError.self) { try f.network.connect(namespace: "default", pod: "flask-a", port: 5001) }
        #expect(throws: APIError.self) { try f.network.connect(namespace: "default", pod: "nosuch", port: 5000) }
    }
}

/// Request logs reach the runtime in batches, in order.
@Suite struct LogBatcherTests {
    @Test func linesArriveInOrderPerContainer() {
        let got = LineBox()
        let batcher = LogBatcher(interval: 0.01) { key, lines in
            for l in lines { got.append("\(key.container) \(l.text)") }
        }
        for i in 0..<100 { batcher.add(podUID: "u", container: i % 2 == 0 ? "a" : "b", line: String(i), at: Date()) }
        batcher.flush()
        #expect(got.all.filter { $0.hasPrefix("a ") } == stride(from: 0, to: 100, by: 2).map { "a \($0)" })
        #expect(got.all.count == 100)
    }
}
