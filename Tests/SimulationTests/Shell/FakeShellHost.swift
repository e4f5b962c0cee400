import API
import Foundation
@testable import Simulation

/// A container for shell tests: a fake clock that jumps on `sleep` (or waits `realScale` real seconds
/// per cluster second, so a test can interrupt it), a canned network, and a process table with the
/// main program as pid 1.
final class FakeShellHost: ShellHost, @unchecked Sendable {
    // Sendable invariant: the mutable state is guarded by `lock`.
    let hostname: String
    let environment: [String: String]
    let fileSystem: VirtualFileSystem
    let userland: Userland
    let network: any NetworkAccess
    let realScale: Double
    let useRealClock: Bool
    private let lock = NSLock()
    private var clock = Date(timeIntervalSince1970: 1_764_741_600)  // 2025-12-03 06:00 UTC
    private var table: [Int: (ShellProcess, Date)] = [:]
    private var nextPID = 7
    private(set) var mainSignals: [ShellSignal] = []
    private var mainAlive = true
    let mainCommand: [String]

    init(image: String = "library/debian", hostname: String = "web", environment: [String: String] = [:],
         network: any NetworkAccess = FakeNetwork(), realScale: Double = 0, useRealClock: Bool = false,
         mainCommand: [String] = ["/app/server"], userland: Userland? = nil) {
        self.hostname = hostname
        self.userland = userland ?? Userland.forImage(repository: image)
        var env = ["PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "HOSTNAME": hostname, "HOME": "/root"]
        env.merge(environment) { _, new in new }
        self.environment = env
        fileSystem = VirtualFileSystem.standardRoot(hostname: hostname, podIP: "10.244.0.5", namespace: "default",
                                                    userland: self.userland)
        self.network = network
        self.realScale = realScale
        self.useRealClock = useRealClock
        self.mainCommand = mainCommand
    }

    func now() -> Date {
        if useRealClock { return Date() }
        lock.lock()
        defer { lock.unlock() }
        return clock
    }

    func advance(_ seconds: Double) {
        lock.lock()
        clock += seconds
        lock.unlock()
    }

    func sleep(seconds: Double, signals: ShellSignals) -> ShellSignal? {
        if realScale > 0 {
            if let s = signals.wait(realSeconds: min(seconds, 1_000) * realScale) { return s }
        } else if let s = signals.pendingSignal {
            return s
        }
        advance(seconds)
        return nil
    }

    func processes() -> [ProcessEntry] {
        lock.lock()
        defer { lock.unlock() }
        var out: [ProcessEntry] = []
        if mainAlive {
            out.append(ProcessEntry(pid: 1, command: mainCommand, started: Date(timeIntervalSince1970: 1_764_741_000),
                                    cpuSeconds: 3, residentKiB: 24_000, virtualKiB: 31_000))
        }
        for (pid, (p, started)) in table {
            out.append(ProcessEntry(pid: pid, parentPID: p.parentPID ?? 0, command: p.command, started: started,
                                    residentKiB: 3_000, virtualKiB: 4_000, tty: p.tty))
        }
        return out.sorted { $0.pid < $1.pid }
    }

    func signal(pid: Int, signal: ShellSignal) -> Bool {
        lock.lock()
        if pid == 1 && mainAlive {
            mainSignals.append(signal)
            if signal == .term || signal == .kill || signal == .int { mainAlive = false }
            lock.unlock()
            return true
        }
        let target = table[pid]?.0.signals
        lock.unlock()
        guard let target else { return false }
        target.deliver(signal)
        return true
    }

    func register(_ process: ShellProcess) -> Int {
        lock.lock()
        defer { lock.unlock() }
        let pid = nextPID
        nextPID += 1
        table[pid] = (process, clock)
        return pid
    }

    func unregister(pid: Int) {
        lock.lock()
        table[pid] = nil
        lock.unlock()
    }

    var registeredCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return table.count
    }
}

/// A network with fixed DNS answers and a request handler (default: refuse everything).
struct FakeNetwork: NetworkAccess {
    var dns: [String: [String]] = [:]
    var latency: Double = 0
    var handler: @Sendable (NetRequest) -> Result<NetResponse, NetError> = { .failure(.connectionRefused(host: $0.host, port: $0.port)) }

    func resolve(_ name: String) -> [String] {
        if Tools.isIPv4(name) { return [name] }
        return dns[name] ?? []
    }

    func http(_ request: NetRequest) -> Result<NetResponse, NetError> {
        if latency > 0 { Thread.sleep(forTimeInterval: latency) }
        if !Tools.isIPv4(request.host), dns[request.host] == nil { return .failure(.couldNotResolve(request.host)) }
        return handler(request)
    }

    /// `web` (10.96.0.5) answers `body` with nginx's headers; `web.default.svc.cluster.local` too.
    static func web(body: String = "hello\n", status: Int = 200, latency: Double = 0) -> FakeNetwork {
        FakeNetwork(dns: ["web": ["10.96.0.5"], "web.default.svc.cluster.local": ["10.96.0.5"]], latency: latency) { _ in
            .success(NetResponse(status: status, headers: [("Server", "nginx/1.27.3"), ("Content-Type", "text/html")],
                                 body: Array(body.utf8)))
        }
    }
}

/// What a command printed and returned.
struct Ran {
    var out: String
    var err: String
    var status: Int32
}

/// Runs `argv` (default: `sh -c script`) without a TTY and collects its output.
func run(_ argv: [String], host: FakeShellHost, stdin: String? = nil) -> Ran {
    let input = stdin.map { text -> BytePipe in
        let p = BytePipe()
        p.write(text)
        p.closeWrite()
        return p
    }
    let out = BytePipe(capacity: 1 << 24)
    let err = BytePipe(capacity: 1 << 24)
    let status = Shell.run(argv: argv, stdin: input, stdout: out, stderr: err, tty: false, host: host)
    out.closeWrite()
    err.closeWrite()
    return Ran(out: String(decoding: out.readAll(), as: UTF8.self), err: String(decoding: err.readAll(), as: UTF8.self), status: status)
}

/// `sh -c script` in a fresh container of `image`.
func sh(_ script: String, image: String = "library/debian", shell: String = "sh", host: FakeShellHost? = nil,
        stdin: String? = nil) -> Ran {
    run([shell, "-c", script], host: host ?? FakeShellHost(image: image), stdin: stdin)
}

/// Collects a pipe's bytes on a thread; `wait(for:)` blocks until some text appears.
final class OutputCollector: @unchecked Sendable {
    // Sendable invariant: `bytes` is guarded by `condition`.
    private let condition = NSCondition()
    private var bytes: [UInt8] = []
    private var done = false

    init(_ pipe: BytePipe) {
        Thread.detachNewThread { [self] in
            while let chunk = pipe.read() {
                condition.lock()
                bytes += chunk
                condition.broadcast()
                condition.unlock()
            }
            condition.lock()
            done = true
            condition.broadcast()
            condition.unlock()
        }
    }

    var text: String {
        condition.lock()
        defer { condition.unlock() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Waits (up to 5 s) until the output contains `needle` `times` times.
    @discardableResult
    func wait(for needle: String, times: Int = 1) -> Bool {
        let deadline = Date(timeIntervalSinceNow: 5)
        condition.lock()
        defer { condition.unlock() }
        while String(decoding: bytes, as: UTF8.self).components(separatedBy: needle).count - 1 < times {
            if done || !condition.wait(until: deadline) { return false }
        }
        return true
    }
}

/// An interactive session: the shell runs on a thread with a TTY; the test types into it.
final class TerminalSession: @unchecked Sendable {
    // Sendable invariant: `status` is guarded by `finished`'s ordering (written before signal, read after wait).
    let keys = BytePipe()
    let screen = BytePipe(capacity: 1 << 24)
    let output: OutputCollector
    private let finished = DispatchSemaphore(value: 0)
    private var status: Int32 = -1

    init(argv: [String] = ["bash"], host: FakeShellHost) {
        output = OutputCollector(screen)
        let keys = self.keys
        let screen = self.screen
        Thread.detachNewThread { [self] in
            status = Shell.run(argv: argv, stdin: keys, stdout: screen, stderr: nil, tty: true, host: host)
            screen.closeWrite()
            finished.signal()
        }
    }

    func type(_ text: String) { keys.write(text) }

    /// The exit status, waiting up to 5 s; nil when the shell is still running.
    func exitStatus() -> Int32? {
        guard finished.wait(timeout: .now() + 5) == .success else { return nil }
        return status
    }
}

extension FakeShellHost {
    /// Waits (up to 5 s) for a process named `name` and returns it.
    func waitForProcess(_ name: String) -> ProcessEntry? {
        let deadline = Date(timeIntervalSinceNow: 5)
        while Date() < deadline {
            if let p = processes().first(where: { $0.name == name && $0.pid != 1 }) { return p }
            Thread.sleep(forTimeInterval: 0.005)
        }
        return nil
    }
}
