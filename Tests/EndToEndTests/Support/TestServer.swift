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
    private var process: Process
    private let stderrPipe: Pipe

    /// The package root, found from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The kubeling binary: $KUBELING_BIN, else the newest of .build/{debug,release}/kubeling.
    static func binary() throws -> String {
        if let env = ProcessInfo.processInfo.environment["KUBELING_BIN"], !env.isEmpty { return env }
        let fm = FileManager.default
        var best: (String, Date)?
        for config in ["debug", "release"] {
            let p = packageRoot.appendingPathComponent(".build/\(config)/kubeling").path
            if let attrs = try? fm.attributesOfItem(atPath: p), let m = attrs[.modificationDate] as? Date {
                if best == nil || m > best!.1 { best = (p, m) }
            }
        }
        guard let b = best else {
            throw HarnessError("kubeling binary not found: run `swift build` first or set KUBELING_BIN")
        }
        return b.0
    }

    /// Starts a server; `dataPath` reuses an existing database file (restart tests).
    init(dataPath: String? = nil, directory: URL? = nil, extraArgs: [String] = []) throws {
        let dir = directory ?? FileManager.default.temporaryDirectory.appendingPathComponent("kubeling-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        self.directory = dir
        self.dataPath = dataPath ?? dir.appendingPathComponent("kubeling.db").path
        (process, stderrPipe, port) = try TestServer.launch(dataPath: self.dataPath, extraArgs: extraArgs)
    }

    private static func launch(dataPath: String, extraArgs: [String]) throws -> (Process, Pipe, Int) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try binary())
        p.arguments = ["serve", "--port", "0", "--data", dataPath] + extraArgs
        let errPipe = Pipe()
        p.standardError = errPipe
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        // The first log line says where it listens: "... listening on http://127.0.0.1:PORT ...".
        var buffer = Data()
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            let chunk = errPipe.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            buffer.append(chunk)
            let text = String(decoding: buffer, as: UTF8.self)
            if let r = text.range(of: "listening on http://127.0.0.1:") {
                let digits = text[r.upperBound...].prefix { $0.isNumber }
                if let port = Int(digits) {
                    // Keep draining stderr so the server never blocks on a full pipe.
                    errPipe.fileHandleForReading.readabilityHandler = { h in _ = h.availableData }
                    return (p, errPipe, port)
                }
            }
        }
        p.terminate()
        throw HarnessError("kubeling did not report its port; stderr: \(String(decoding: buffer, as: UTF8.self))")
    }

    var baseURL: String { "http://127.0.0.1:\(port)" }
    var pid: Int32 { process.processIdentifier }

    /// SIGKILL, as a crash.
    func kill9() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// SIGTERM and wait; returns the exit status.
    @discardableResult
    func stop() -> Int32 {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        stderrPipe.fileHandleForReading.readabilityHandler = nil
        return process.terminationStatus
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
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
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
    let p = Process()
    p.executableURL = URL(fileURLWithPath: executable)
    p.arguments = args
    if let environment { p.environment = environment }
    let out = Pipe()
    let err = Pipe()
    p.standardOutput = out
    p.standardError = err
    let inPipe = Pipe()
    p.standardInput = stdin == nil ? FileHandle.nullDevice : inPipe
    let outData = DataBox()
    let errData = DataBox()
    out.fileHandleForReading.readabilityHandler = { h in outData.append(h.availableData) }
    err.fileHandleForReading.readabilityHandler = { h in errData.append(h.availableData) }
    try p.run()
    if let stdin {
        inPipe.fileHandleForWriting.write(Data(stdin.utf8))
        try? inPipe.fileHandleForWriting.close()
    }
    let deadline = Date().addingTimeInterval(timeout)
    while p.isRunning && Date() < deadline { usleep(10_000) }
    if p.isRunning {
        p.terminate()
        p.waitUntilExit()
        throw HarnessError("\(executable) \(args.joined(separator: " ")) timed out after \(timeout)s")
    }
    p.waitUntilExit()
    out.fileHandleForReading.readabilityHandler = nil
    err.fileHandleForReading.readabilityHandler = nil
    outData.append(out.fileHandleForReading.readDataToEndOfFile())
    errData.append(err.fileHandleForReading.readDataToEndOfFile())
    return CommandResult(status: p.terminationStatus, stdout: outData.string, stderr: errData.string)
}

/// Thread-safe accumulation of pipe output.
final class DataBox: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func append(_ d: Data) { lock.lock(); data.append(d); lock.unlock() }
    var string: String { lock.lock(); defer { lock.unlock() }; return String(decoding: data, as: UTF8.self) }
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

/// Starts a program in the background; returns it and its growing standard output.
func startBackground(_ executable: String, _ args: [String]) throws -> (Process, DataBox) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: executable)
    p.arguments = args
    let out = Pipe()
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    let box = DataBox()
    out.fileHandleForReading.readabilityHandler = { h in box.append(h.availableData) }
    try p.run()
    return (p, box)
}
