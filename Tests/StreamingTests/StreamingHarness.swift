import API
import APIServer
import ChildProcess
import Foundation
import HTTP
import JSON
import TestCluster

struct HarnessError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}

/// An in-process API server on an ephemeral loopback port over a test cluster, with `FakePodRuntime`
/// behind its streaming subresources and a few Pods to reach: `p1` (one container `c1`, Running on
/// `node-1`), `p2` (containers `a` and `b`), `p3` (container `sleepy`, whose
/// logs the runtime refuses), `pending` (no node).
final class StreamingServer: @unchecked Sendable {
    let cluster: TestCluster
    let runtime = FakePodRuntime()
    let api: APIServer
    let http: HTTPServer
    let directory: URL

    init(runtime withRuntime: Bool = true) throws {
        cluster = try TestCluster(controllers: [])
        api = APIServer(registry: cluster.registry, runtime: withRuntime ? runtime : nil)
        var configuration = HTTPServer.Configuration()
        configuration.port = 0
        configuration.heartbeatSeconds = 0.5
        let api = self.api
        http = HTTPServer(configuration: configuration) { request, responder in api.handle(request, responder) }
        try http.start()
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("kubeling-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try makePod("p1", containers: ["c1"], node: "node-1")
        try makePod("p2", containers: ["a", "b"], node: "node-1")
        try makePod("p3", containers: ["sleepy"], node: "node-1")
        try makePod("pending", containers: ["c1"], node: nil)
        try makeService("web")
    }

    deinit {
        http.stop()
        try? FileManager.default.removeItem(at: directory)
    }

    var baseURL: String { "http://127.0.0.1:\(http.port)" }

    private func makePod(_ name: String, containers: [String], node: String?) throws {
        let pods = try cluster.resource("", "v1", "pods")
        var spec: JSONObject = ["containers": .array(containers.map { ["name": .string($0), "image": "busybox"] })]
        if let node { spec["nodeName"] = .string(node) }
        let created = try cluster.client.create(pods, namespace: "default", [
            "apiVersion": "v1", "kind": "Pod", "metadata": ["name": .string(name)], "spec": .object(spec),
        ])
        guard node != nil else { return }
        try cluster.client.writeStatus(pods, of: created, [
            "phase": "Running", "podIP": "10.0.0.9",
            "containerStatuses": .array(containers.map { ["name": .string($0), "ready": true, "restartCount": 0,
                                                          "image": "busybox", "imageID": "", "started": true,
                                                          "state": ["running": ["startedAt": "2026-01-01T00:00:00Z"]]] }),
        ])
    }

    private func makeService(_ name: String) throws {
        let services = try cluster.resource("", "v1", "services")
        _ = try cluster.client.create(services, namespace: "default", [
            "apiVersion": "v1", "kind": "Service", "metadata": ["name": .string(name)],
            "spec": ["ports": [["port": 80]], "selector": ["app": "web"]],
        ])
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

/// One stock kubectl minor version against a `StreamingServer`, with its own cache and HOME.
struct Kubectl {
    let path: String
    let kubeconfig: String
    let home: String
    var environment: [String: String] = [:]

    static func binDirectory() throws -> String {
        for d in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin").split(separator: ":") {
            let p = "\(d)/kubectl"
            if FileManager.default.isExecutableFile(atPath: p) {
                return URL(fileURLWithPath: p).resolvingSymlinksInPath().deletingLastPathComponent().path
            }
        }
        throw HarnessError("kubectl is not on the PATH; the kubectl.1.NN binaries are required")
    }

    init(_ minor: Int, _ server: StreamingServer, environment: [String: String] = [:]) throws {
        path = "\(try Self.binDirectory())/kubectl.1.\(minor)"
        guard FileManager.default.isExecutableFile(atPath: path) else { throw HarnessError("\(path) is missing") }
        kubeconfig = try server.kubeconfig()
        home = server.directory.appendingPathComponent("home-\(minor)-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        self.environment = environment
    }

    private var fullEnvironment: [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = home
        for (k, v) in environment { env[k] = v }
        return env
    }

    private func arguments(_ args: [String]) -> [String] {
        ["--kubeconfig", kubeconfig, "--cache-dir", home + "/cache"] + args
    }

    /// Runs `kubectl ARGS` to its end (killed after `timeout`).
    @discardableResult
    func run(_ args: String..., stdin: String? = nil, timeout: Double = 30) throws -> CommandResult {
        let p = try ChildProcess(path, arguments(args), environment: fullEnvironment, stdin: stdin.map { Array($0.utf8) })
        guard let status = p.wait(timeout: timeout) else {
            p.terminate(grace: 2)
            throw HarnessError("kubectl \(args.joined(separator: " ")) timed out; stderr: \(p.stderr.string)")
        }
        return CommandResult(status: status, stdout: p.stdout.string, stderr: p.stderr.string)
    }

    /// Starts `kubectl ARGS` in the background (the caller stops it).
    func start(_ args: String...) throws -> ChildProcess {
        try ChildProcess(path, arguments(args), environment: fullEnvironment)
    }
}

/// Runs a program to its end.
func runProgram(_ path: String, _ args: [String], stdin: String? = nil, timeout: Double = 20,
                environment: [String: String]? = nil) throws -> CommandResult {
    let p = try ChildProcess(path, args, environment: environment, stdin: stdin.map { Array($0.utf8) })
    guard let status = p.wait(timeout: timeout) else {
        p.terminate(grace: 2)
        throw HarnessError("\(path) \(args) timed out")
    }
    return CommandResult(status: status, stdout: p.stdout.string, stderr: p.stderr.string)
}

/// Polls until `condition` holds or `seconds` pass.
func eventually(within seconds: Double, _ condition: () -> Bool) -> Bool {
    let deadline = Date(timeIntervalSinceNow: seconds)
    while Date() < deadline {
        if condition() { return true }
        usleep(20_000)
    }
    return condition()
}
