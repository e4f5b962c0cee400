import ChildProcess
import Foundation
import Testing

/// Errors of the end-to-end harness; each says what is missing or what went wrong.
struct HarnessError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}

/// A live `kubeling serve` on an ephemeral port with a temporary database, for end-to-end tests.
/// Stopped (by PID) when the test ends.
final class TestServer: @unchecked Sendable {
    let port: Int
    let dataPath: String
    let directory: URL
    private let process: ChildProcess

    /// The package root, found from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The kubeling binary: $KUBELING_BIN, else the newest of .build/{debug,release}/kubeling.
    static func binary() throws -> String {
        if let env = ProcessInfo.processInfo.environment["KUBELING_BIN"], !env.isEmpty { return env }
        let fm = FileManager.default
        var best: (path: String, modified: Date)?
        for config in ["debug", "release"] {
            let p = packageRoot.appendingPathComponent(".build/\(config)/kubeling").path
            if let attrs = try? fm.attributesOfItem(atPath: p), let m = attrs[.modificationDate] as? Date,
               m > best?.modified ?? .distantPast {
                best = (p, m)
            }
        }
        guard let b = best else {
            throw HarnessError("kubeling binary not found: run `swift build` first or set KUBELING_BIN")
        }
        return b.path
    }

    /// Starts a server; `dataPath` reuses an existing database file (restart tests).
    init(dataPath: String? = nil, directory: URL? = nil, extraArgs: [String] = []) throws {
        let dir = directory ?? FileManager.default.temporaryDirectory.appendingPathComponent("kubeling-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        self.directory = dir
        self.dataPath = dataPath ?? dir.appendingPathComponent("kubeling.db").path
        (process, port) = try TestServer.launch(dataPath: self.dataPath, extraArgs: extraArgs)
        waitForBootstrap()
    }

    /// Waits (at most 5 s) until the controllers have written what every namespace starts with, so a
    /// test's list-then-watch does not see the cluster's own bootstrap writes as its own.
    private func waitForBootstrap() {
        let deadline = Date().addingTimeInterval(5)
        let paths = ["/api/v1/namespaces/default/serviceaccounts/default",
                     "/api/v1/namespaces/default/configmaps/kube-root-ca.crt"]
        for path in paths {
            while Date() < deadline, ((try? curl("GET", baseURL + path))?.code ?? 0) != 200 { usleep(20_000) }
        }
    }

    private static func launch(dataPath: String, extraArgs: [String]) throws -> (ChildProcess, Int) {
        // stderr is read to its end by the child's reader thread, so the server never blocks on it.
        let p = try ChildProcess(try binary(), ["serve", "--port", "0", "--data", dataPath] + extraArgs,
                                 stdout: .discard, stderr: .capture)
        // The first log line says where it listens: "... listening on http://127.0.0.1:PORT ...".
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline && p.isRunning {
            let text = p.stderr.string
            if let r = text.range(of: "listening on http://127.0.0.1:") {
                let digits = text[r.upperBound...].prefix { $0.isNumber }
                if digits.count < text.distance(from: r.upperBound, to: text.endIndex), let port = Int(digits) {
                    return (p, port)
                }
            }
            usleep(5_000)
        }
        p.kill9()
        throw HarnessError("kubeling did not report its port; stderr: \(p.stderr.string)")
    }

    /// The server's log so far.
    var log: String { process.stderr.string }

    var baseURL: String { "http://127.0.0.1:\(port)" }
    var pid: Int32 { process.pid }

    /// SIGKILL, as a crash.
    func kill9() {
        process.kill9()
    }

    /// SIGTERM and wait; returns the exit status.
    @discardableResult
    func stop() -> Int32 {
        process.terminate()
    }

    /// A kubeconfig file pointing at this server.
    func kubeconfig() throws -> String {
        let path = directory.appendingPathComponent("kubeconfig-\(port)").path
        let text = """
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
        """
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    deinit {
        process.terminate()
        try? FileManager.default.removeItem(at: directory)
    }
}

/// The output of a finished command.
struct CommandResult {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// Runs a program to completion (with a timeout), capturing its output.
@discardableResult
func run(_ executable: String, _ args: [String], stdin: String? = nil, timeout: Double = 60,
         environment: [String: String]? = nil) throws -> CommandResult {
    let p = try ChildProcess(executable, args, environment: environment, stdin: stdin.map { Array($0.utf8) })
    guard let status = p.wait(timeout: timeout) else {
        p.terminate(grace: 2)
        throw HarnessError("\(executable) \(args.joined(separator: " ")) timed out after \(timeout)s")
    }
    return CommandResult(status: status, stdout: p.stdout.string, stderr: p.stderr.string)
}

/// The installed curl; tests fail loudly without it.
func curlPath() throws -> String {
    for p in ["/usr/bin/curl", "/usr/local/bin/curl"] where FileManager.default.isExecutableFile(atPath: p) { return p }
    throw HarnessError("curl is not installed (apt-get install -y curl)")
}

/// `curl -s` with a method, optional JSON body and content type; returns (HTTP code, body).
func curl(_ method: String, _ url: String, body: String? = nil,
          contentType: String = "application/json", headers: [String] = []) throws -> (code: Int, body: String) {
    var args = ["-s", "-X", method, "-w", "\n%{http_code}", url]
    for h in headers { args += ["-H", h] }
    if body != nil { args += ["-H", "Content-Type: \(contentType)", "--data-binary", "@-"] }
    let r = try run(try curlPath(), args, stdin: body, timeout: 30)
    let text = r.stdout
    guard let nl = text.lastIndex(of: "\n"), let code = Int(text[text.index(after: nl)...]) else {
        throw HarnessError("curl gave no status: \(text) \(r.stderr)")
    }
    return (code, String(text[..<nl]))
}

/// Starts a program in the background; its growing standard output is `stdout`. It is killed
/// when the returned value goes away, if it has not ended by then.
func startBackground(_ executable: String, _ args: [String]) throws -> ChildProcess {
    try ChildProcess(executable, args, stdout: .capture, stderr: .discard)
}
