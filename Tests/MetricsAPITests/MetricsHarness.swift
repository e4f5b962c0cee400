import API
import APIServer
import ChildProcess
import Controllers
import Foundation
import HTTP
import JSON
import TestCluster

struct HarnessError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}

/// Usage fixed by the test, as the simulation's source would report it.
struct FakeMetricsSource: ResourceMetricsSource {
    var pods: [PodUsage] = []
    var nodes: [NodeUsage] = []

    func podUsage(namespace: String?) -> [PodUsage] { pods.filter { namespace == nil || $0.namespace == namespace } }
    func nodeUsage() -> [NodeUsage] { nodes }
}

/// An in-process API server on an ephemeral loopback port over a test cluster running the APIService
/// availability controller, with a fake metrics source. Objects: Nodes `node-1` (4 CPUs, 8Gi
/// allocatable) and `node-2` (2 CPUs, 4Gi); Pods `default/web-1` (containers `app`, `sidecar`),
/// `default/web-2` (`app`), both labelled `app=web`, `default/db-0` (`db`, `app=db`) and
/// `kube-system/coredns-0` (`coredns`); Service and Endpoints `kube-system/metrics-server`.
final class MetricsServer: @unchecked Sendable {
    let cluster: TestCluster
    let api: APIServer
    let http: HTTPServer
    let directory: URL
    static let window = 15.0

    init() throws {
        cluster = try TestCluster(controllers: [{ APIServiceAvailabilityController(context: $0) }])
        let now = cluster.clock.now()
        let mi: Int64 = 1024 * 1024
        func usage(_ ns: String, _ name: String, _ containers: [(String, Int64, Int64)]) -> PodUsage {
            PodUsage(namespace: ns, name: name, timestamp: now, window: Self.window,
                     containers: containers.map { ContainerUsage(name: $0.0, cpuNanoCores: $0.1, memoryBytes: $0.2) })
        }
        let source = FakeMetricsSource(
            pods: [
                usage("default", "web-1", [("app", 1_000_000_000, 12 * mi), ("sidecar", 5_000_000, 4 * mi)]),
                usage("default", "web-2", [("app", 250_000_000, 20 * mi)]),
                usage("default", "db-0", [("db", 1_500_000, 100 * mi)]),
                usage("kube-system", "coredns-0", [("coredns", 3_000_000, 15 * mi)]),
                // Scraped, but its Pod is gone: not served.
                usage("default", "gone", [("x", 1, 1)]),
            ],
            nodes: [
                NodeUsage(name: "node-1", timestamp: now, window: Self.window, cpuNanoCores: 2_000_000_000, memoryBytes: 2048 * mi),
                NodeUsage(name: "node-2", timestamp: now, window: Self.window, cpuNanoCores: 500_000_000, memoryBytes: 1024 * mi),
            ])
        api = APIServer(registry: cluster.registry, metricsSource: source)
        var configuration = HTTPServer.Configuration()
        configuration.port = 0
        let api = self.api
        http = HTTPServer(configuration: configuration) { request, responder in api.handle(request, responder) }
        try http.start()
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("kubeling-metrics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try makeNode("node-1", cpu: "4", memory: "8Gi", labels: ["pool": "a"])
        try makeNode("node-2", cpu: "2", memory: "4Gi", labels: ["pool": "b"])
        try makePod("default", "web-1", ["app", "sidecar"], labels: ["app": "web"])
        try makePod("default", "web-2", ["app"], labels: ["app": "web"])
        try makePod("default", "db-0", ["db"], labels: ["app": "db"])
        try makePod("kube-system", "coredns-0", ["coredns"], labels: ["k8s-app": "kube-dns"])
        try makeMetricsServerService()
    }

    deinit {
        http.stop()
        try? FileManager.default.removeItem(at: directory)
    }

    var baseURL: String { "http://127.0.0.1:\(http.port)" }

    private func makeNode(_ name: String, cpu: String, memory: String, labels: JSON) throws {
        let nodes = try cluster.resource("", "v1", "nodes")
        let created = try cluster.client.create(nodes, namespace: nil, [
            "apiVersion": "v1", "kind": "Node", "metadata": ["name": .string(name), "labels": labels]])
        let resources: JSON = ["cpu": .string(cpu), "memory": .string(memory), "pods": "110"]
        try cluster.client.writeStatus(nodes, of: created, ["capacity": resources, "allocatable": resources])
    }

    private func makePod(_ ns: String, _ name: String, _ containers: [String], labels: JSON) throws {
        let pods = try cluster.resource("", "v1", "pods")
        _ = try cluster.client.create(pods, namespace: ns, [
            "apiVersion": "v1", "kind": "Pod", "metadata": ["name": .string(name), "labels": labels],
            "spec": ["containers": .array(containers.map { ["name": .string($0), "image": "busybox"] })],
        ])
    }

    private func makeMetricsServerService() throws {
        let services = try cluster.resource("", "v1", "services")
        _ = try cluster.client.create(services, namespace: "kube-system", [
            "apiVersion": "v1", "kind": "Service", "metadata": ["name": "metrics-server"],
            "spec": ["selector": ["k8s-app": "metrics-server"],
                     "ports": [["name": "https", "port": 443, "protocol": "TCP", "targetPort": "https"]]],
        ])
    }

    /// Creates the metrics APIService (as metrics-server's manifest does) and lets the availability
    /// controller judge it.
    func registerAPIService() throws {
        let apiServices = try cluster.resource("apiregistration.k8s.io", "v1", "apiservices")
        _ = try cluster.client.create(apiServices, namespace: nil, [
            "apiVersion": "apiregistration.k8s.io/v1", "kind": "APIService", "metadata": ["name": "v1beta1.metrics.k8s.io"],
            "spec": ["service": ["name": "metrics-server", "namespace": "kube-system"], "group": "metrics.k8s.io",
                     "version": "v1beta1", "insecureSkipTLSVerify": true, "groupPriorityMinimum": 100, "versionPriority": 100],
        ])
        try cluster.runUntilQuiet()
    }

    /// Gives the metrics-server Service a ready endpoint on its `https` port.
    func publishEndpoint() throws {
        let endpoints = try cluster.resource("", "v1", "endpoints")
        _ = try cluster.client.create(endpoints, namespace: "kube-system", [
            "apiVersion": "v1", "kind": "Endpoints", "metadata": ["name": "metrics-server"],
            "subsets": [["addresses": [["ip": "10.244.0.7"]], "ports": [["name": "https", "port": 4443, "protocol": "TCP"]]]],
        ])
        try cluster.runUntilQuiet()
    }

    /// A kubeconfig for this server.
    func kubeconfig() throws -> String {
        let path = directory.appendingPathComponent("kubeconfig").path
        try """
        apiVersion: v1
        kind: Config
        clusters:
        - name: k
          cluster:
            server: \(baseURL)
        contexts:
        - name: k
          context:
            cluster: k
            user: u
            namespace: default
        current-context: k
        users:
        - name: u
          user: {}
        """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}

/// What a finished command printed and how it exited.
struct CommandResult {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// One stock kubectl minor version against a `MetricsServer`, with a discovery cache of its own
/// (`fresh()` gives another, as a kubectl that never saw the cluster without the metrics API).
struct Kubectl {
    let path: String
    let kubeconfig: String
    let home: String
    let minor: Int
    let server: MetricsServer

    init(_ minor: Int, _ server: MetricsServer) throws {
        var found: String?
        for d in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin").split(separator: ":") {
            let p = "\(d)/kubectl"
            if FileManager.default.isExecutableFile(atPath: p) {
                found = URL(fileURLWithPath: p).resolvingSymlinksInPath().deletingLastPathComponent().path
                break
            }
        }
        guard let dir = found else { throw HarnessError("kubectl is not on the PATH; the kubectl.1.NN binaries are required") }
        path = "\(dir)/kubectl.1.\(minor)"
        guard FileManager.default.isExecutableFile(atPath: path) else { throw HarnessError("\(path) is missing") }
        kubeconfig = try server.kubeconfig()
        home = server.directory.appendingPathComponent("home-\(minor)-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        self.minor = minor
        self.server = server
    }

    /// The same kubectl with an empty cache.
    func fresh() throws -> Kubectl { try Kubectl(minor, server) }

    /// Runs `kubectl ARGS` to its end (killed after `timeout`).
    @discardableResult
    func callAsFunction(_ args: String..., timeout: Double = 30) throws -> CommandResult {
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = home
        let p = try ChildProcess(path, ["--kubeconfig", kubeconfig, "--cache-dir", home + "/cache"] + args, environment: env)
        guard let status = p.wait(timeout: timeout) else {
            p.terminate(grace: 2)
            throw HarnessError("kubectl \(args.joined(separator: " ")) timed out; stderr: \(p.stderr.string)")
        }
        return CommandResult(status: status, stdout: p.stdout.string, stderr: p.stderr.string)
    }
}

/// The rows of a printed table, each cut into its whitespace-separated columns.
func rows(_ text: String) -> [[String]] {
    text.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
}
