import ChildProcess
import Foundation
import Testing

/// The kubectl minors the walkthrough must work with, each driven as the `kubectl.1.NN` binary.
let walkthroughMinors = [27, 28, 29, 30, 31, 32, 33]

/// One live server plus one kubectl version, with helpers that record an issue (naming the command
/// and what it printed) when a command fails or prints something unexpected.
struct WalkthroughSession {
    let server: TestServer
    let kubectl: Kubectl

    /// The walkthrough's image and Deployment name.
    static let image = "lyzhang1999/hello-world-flask:latest"
    static let app = "hello-world-flask"

    init(minor: Int) throws {
        server = try TestServer()
        kubectl = try Kubectl(minor, server: server)
    }

    /// The absolute path of a manifest in Tests/EndToEndTests/Fixtures.
    static func fixture(_ name: String) -> String {
        TestServer.packageRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures/\(name)").path
    }

    /// Runs kubectl; records an issue unless it exits 0.
    @discardableResult
    func ok(_ args: String..., stdin: String? = nil, environment: [String: String] = [:],
            sourceLocation: SourceLocation = #_sourceLocation) throws -> CommandResult {
        try ok(args, stdin: stdin, environment: environment, sourceLocation: sourceLocation)
    }

    @discardableResult
    func ok(_ args: [String], stdin: String? = nil, environment: [String: String] = [:],
            sourceLocation: SourceLocation = #_sourceLocation) throws -> CommandResult {
        let r = try run(args, stdin: stdin, environment: environment)
        #expect(r.status == 0, "kubectl.1.\(kubectl.minor) \(args.joined(separator: " ")) exited \(r.status): \(r.stderr)\(r.stdout)",
                sourceLocation: sourceLocation)
        return r
    }

    /// Runs kubectl and returns whatever happened (for commands expected to fail).
    func run(_ args: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> CommandResult {
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = kubectl.cacheDir
        for (k, v) in environment { env[k] = v }
        return try EndToEndTests.run(kubectl.path, ["--kubeconfig", kubectl.kubeconfig, "--cache-dir", kubectl.cacheDir] + args,
                                     stdin: stdin, timeout: 60, environment: env)
    }

    /// Runs kubectl and checks that it exits 0 and prints exactly `lines` (in order) on stdout.
    @discardableResult
    func expectLines(_ args: [String], _ lines: [String], stdin: String? = nil,
                     sourceLocation: SourceLocation = #_sourceLocation) throws -> CommandResult {
        let r = try ok(args, stdin: stdin, sourceLocation: sourceLocation)
        let printed = r.stdout.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        #expect(printed == lines, "kubectl \(args.joined(separator: " ")) printed:\n\(r.stdout)\(r.stderr)",
                sourceLocation: sourceLocation)
        return r
    }

    /// `kubectl get … -o jsonpath=TEMPLATE`, returning what it printed.
    func jsonpath(_ target: [String], _ template: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try ok(["get"] + target + ["-o", "jsonpath=\(template)"], sourceLocation: sourceLocation).stdout
    }

    /// Creates the walkthrough's Deployment exactly as its first command does.
    func createHelloWorldFlask(sourceLocation: SourceLocation = #_sourceLocation) throws {
        try expectLines(["create", "deployment", Self.app, "--image=\(Self.image)", "--replicas=2"],
                        ["deployment.apps/hello-world-flask created"], sourceLocation: sourceLocation)
    }
}

/// A command's stdout read as kubectl's key/value `describe` layout.
struct Described {
    let lines: [String]
    init(_ text: String) { lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    /// The value of the first unindented `Key:` line, trimmed; nil when absent.
    func field(_ key: String) -> String? {
        for line in lines where line.hasPrefix(key + ":") {
            return String(line.dropFirst(key.count + 1)).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// Whether some line, with runs of blanks collapsed to one space, contains `text`.
    func hasLine(containing text: String) -> Bool {
        lines.contains { collapseBlanks($0).contains(text) }
    }
}

/// `text` with every run of spaces and tabs collapsed to one space and the ends trimmed.
func collapseBlanks(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
}

/// `text` without ANSI colour escapes (cluster-info colours its output).
func strippingANSI(_ text: String) -> String {
    text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
}

/// A `kubectl` left running in the background (for `get --watch` and `wait`), stopped by PID.
final class BackgroundKubectl: @unchecked Sendable {
    private let process: ChildProcess

    init(_ session: WalkthroughSession, _ args: [String]) throws {
        let k = session.kubectl
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = k.cacheDir
        process = try ChildProcess(k.path, ["--kubeconfig", k.kubeconfig, "--cache-dir", k.cacheDir] + args,
                                   environment: env)
    }

    /// Everything printed on stdout so far.
    var printed: String { process.stdout.string }

    /// Everything printed on stderr so far.
    var printedErrors: String { process.stderr.string }

    /// Waits until `condition` holds for the output or `seconds` pass; returns whether it held.
    @discardableResult
    func waitFor(seconds: Double, _ condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition(printed) { return true }
            usleep(50_000)
        }
        return condition(printed)
    }

    /// Waits for the process to end by itself; returns its exit status, or nil if it had to be stopped.
    func waitForExit(seconds: Double) -> Int32? {
        if let status = process.wait(timeout: seconds) { return status }
        stop()
        return nil
    }

    func stop() {
        process.terminate()
    }

    deinit { stop() }
}
