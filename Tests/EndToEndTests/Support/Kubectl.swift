import Foundation

/// A stock kubectl binary of one minor version, pointed at a test server through its own
/// kubeconfig and discovery cache (so ports never share a cache).
struct Kubectl {
    let minor: Int
    let path: String
    let kubeconfig: String
    let cacheDir: String

    /// The folder holding `kubectl.1.NN`: where the `kubectl` on the PATH links to.
    static func binDirectory() throws -> String {
        let fm = FileManager.default
        let pathDirs = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin").split(separator: ":")
        for d in pathDirs {
            let p = "\(d)/kubectl"
            guard fm.isExecutableFile(atPath: p) else { continue }
            let resolved = URL(fileURLWithPath: p).resolvingSymlinksInPath()
            return resolved.deletingLastPathComponent().path
        }
        throw HarnessError("kubectl is not on the PATH; the kubectl.1.NN binaries are required for these tests")
    }

    /// kubectl 1.`minor` for `server`; throws (failing the test) if that binary is missing.
    init(_ minor: Int, server: TestServer) throws {
        self.minor = minor
        let p = "\(try Kubectl.binDirectory())/kubectl.1.\(minor)"
        guard FileManager.default.isExecutableFile(atPath: p) else {
            throw HarnessError("\(p) is missing: kubectl 1.\(minor) must be installed beside kubectl")
        }
        path = p
        kubeconfig = try server.kubeconfig()
        cacheDir = server.directory.appendingPathComponent("kube-cache-\(minor)").path
    }

    /// Runs `kubectl ARGS` and returns its result.
    @discardableResult
    func callAsFunction(_ args: String..., stdin: String? = nil, timeout: Double = 60) throws -> CommandResult {
        try run(args, stdin: stdin, timeout: timeout)
    }

    func run(_ args: [String], stdin: String? = nil, timeout: Double = 60) throws -> CommandResult {
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = cacheDir
        return try EndToEndTests.run(path, ["--kubeconfig", kubeconfig, "--cache-dir", cacheDir] + args,
                                     stdin: stdin, timeout: timeout, environment: env)
    }

    /// Runs `kubectl ARGS` every 100 ms until its stdout satisfies `done` (at most `seconds`); returns the
    /// last stdout either way, for the caller's expectation to show.
    func eventually(_ args: [String], seconds: Double = 30, _ done: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try run(args).stdout
            if done(last) { return last }
            usleep(100_000)
        }
        return last
    }
}
