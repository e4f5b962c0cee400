import API
import Controllers
import Foundation
import JSON

/// How the runtime reaches the cluster network (implemented by the network, so the runtime does not
/// depend on how routing works).
public protocol PodNetwork: Sendable {
    /// What a process in this container may do on the network (`127.0.0.1` is its own Pod).
    func access(for instance: ContainerInstance) -> any NetworkAccess
    /// A port-forward connection to `port` of the Pod, or the kubelet's error.
    func connect(namespace: String, pod: String, port: Int) throws(APIError) -> PodConnection
    /// One request through the API server proxy.
    func proxy(_ target: ProxyTarget, _ request: ProxyRequest) throws(APIError) -> ProxyResponse
}

/// A network with nothing on it: names do not resolve and every connection is refused.
struct NoNetwork: NetworkAccess {
    func resolve(_ name: String) -> [String] { [] }
    func http(_ request: NetRequest) -> Result<NetResponse, NetError> {
        .failure(.connectionRefused(host: request.host, port: request.port))
    }
}

/// The terminal of a main program that is a shell: what `kubectl attach` types goes to `input`;
/// what the shell prints goes to the log and to every attached session.
final class Console: @unchecked Sendable {
    // Invariant: `sessions` is guarded by `lock`; the pipes are thread-safe.
    let input: BytePipe?
    let tty: Bool
    private let lock = NSLock()
    private var sessions: [BytePipe] = []

    init(input: BytePipe?, tty: Bool) {
        self.input = input
        self.tty = tty
    }

    func join(_ output: BytePipe) { lock.withLock { sessions.append(output) } }
    func leave(_ output: BytePipe) { lock.withLock { sessions.removeAll { $0 === output } } }

    /// Copies `bytes` to every attached session; a session that cannot keep up is dropped.
    func broadcast(_ bytes: [UInt8]) {
        let all = lock.withLock { sessions }
        for s in all where !s.offer(bytes) { leave(s) }
    }
}

extension ContainerRuntime: PodRuntime {
    /// Runs the main shell of `instance` on a thread of its own: its output goes to the log (line by
    /// line) and to attached sessions; its exit ends the container's run.
    /// `logged`: how many lines the run's log holds already; a replay after a restart prints the same
    /// lines first, and they are not written again.
    func startMainShell(_ instance: ContainerInstance, spec: JSON, clock: any Clock, logged: Int = 0) {
        let tty = spec["tty"]?.boolValue == true
        let console = Console(input: spec["stdin"]?.boolValue == true ? BytePipe() : nil, tty: tty)
        lock.withLock { consoles[instance.containerID] = console }
        let output = BytePipe()
        let host = ContainerShellHost(instance: instance, clock: clock, network: networkAccess(instance), isMain: true)
        let logs = self.logs
        let key = instance.logKey
        let drained = DispatchSemaphore(value: 0)
        let pump = Thread {
            defer { drained.signal() }
            var pending: [UInt8] = []
            var replayed = logged
            func log(_ text: String) {
                if replayed > 0 {
                    replayed -= 1
                    return
                }
                logs.append(key, text, at: clock.now())
            }
            while let chunk = output.read() {
                console.broadcast(chunk)
                pending += chunk
                while let newline = pending.firstIndex(of: 10) {
                    var line = Array(pending[..<newline])
                    if line.last == 13 { line.removeLast() }
                    log(String(decoding: line, as: UTF8.self))
                    pending.removeSubrange(...newline)
                }
            }
            if !pending.isEmpty { log(String(decoding: pending, as: UTF8.self)) }
        }
        pump.start()
        let argv = Self.withoutWrappers(instance.argv)
        let shell = Thread { [weak self] in
            let code = Shell.run(argv: argv, stdin: console.input, stdout: output, stderr: tty ? nil : output, tty: tty,
                                 terminal: nil, host: host)
            output.closeWrite()
            // Everything it printed reaches the log and attached sessions before its end is known.
            drained.wait()
            instance.end(code: Int(code), at: clock.now())
            self?.lock.withLock { _ = self?.consoles.removeValue(forKey: instance.containerID) }
        }
        shell.stackSize = 4 << 20
        shell.start()
        // When the kubelet stops the container, its shell is killed.
        instance.whenExited { _ in
            console.input?.closeWrite()
            host.signalAll(ShellSignal.kill)
        }
    }

    static func withoutWrappers(_ argv: [String]) -> [String] {
        var words = argv[...]
        while let w = words.first, ["dumb-init", "tini", "--"].contains(ImageCatalog.basename(w)) { words = words.dropFirst() }
        return Array(words)
    }

    private func networkAccess(_ instance: ContainerInstance) -> any NetworkAccess {
        network?.access(for: instance) ?? NoNetwork()
    }

    private func clock() -> any Clock { (try? context().clock) ?? WallClock() }

    public func exec(_ request: ProcessRequest, streams: ProcessStreams) throws(APIError) -> ProcessOutcome {
        let pod = try pod(namespace: request.namespace, name: request.pod)
        let instance = try runningInstance(pod, container: try Self.containerName(request.container, in: pod))
        let host = ContainerShellHost(instance: instance, clock: clock(), network: networkAccess(instance))
        defer {
            streams.stdout?.closeWrite()
            streams.stderr?.closeWrite()
        }
        let argv0 = request.command.first ?? ""
        guard !argv0.isEmpty, Shell.resolve(argv0, host: host) != nil else {
            // containerd's answer, wrapped by the kubelet and the API server as they do.
            let exec = Hex.digest("\(instance.containerID)/exec/\(UUID().uuidString)", length: 64)
            return .failed(message: "Internal error occurred: error executing command in container: failed to exec in container: "
                           + "failed to start exec \"\(exec)\": \(Shell.execNotFoundMessage(argv0))", exitCode: nil)
        }
        // Output nobody asked for is thrown away (a pipe whose reader has gone refuses writes).
        let stdout = streams.stdout ?? Self.discard()
        let code = Shell.run(argv: request.command, stdin: streams.stdin, stdout: stdout, stderr: streams.stderr,
                             tty: request.tty, terminal: streams.resize, host: host)
        return .exited(Int(code))
    }

    /// An exec probe: runs `command` in the container and returns its exit code and output, waiting at
    /// most `timeout` seconds of real time (a command still running then is killed and fails the probe).
    func probe(podUID: String, container: String, command: [String], timeout: Double) -> (Int, String)? {
        guard let instance = instance(podUID: podUID, container: container), !instance.hasExited else { return nil }
        let host = ContainerShellHost(instance: instance, clock: clock(), network: networkAccess(instance))
        guard let argv0 = command.first, Shell.resolve(argv0, host: host) != nil else {
            return (127, Shell.execNotFoundMessage(command.first ?? ""))
        }
        let output = BytePipe()
        let result = ProbeResult()
        Thread {
            let code = Shell.run(argv: command, stdin: nil, stdout: output, stderr: output, tty: false, host: host)
            output.closeWrite()
            result.set(Int(code))
        }.start()
        let text = String(decoding: output.readAll(timeout: max(0.5, timeout)), as: UTF8.self)
        guard let code = result.wait(timeout: 0.1) else {
            output.closeRead()
            return (1, "command timed out after \(Int(timeout))s")
        }
        return (code, text)
    }

    public func attach(_ request: ProcessRequest, streams: ProcessStreams) throws(APIError) -> ProcessOutcome {
        let pod = try pod(namespace: request.namespace, name: request.pod)
        let instance = try runningInstance(pod, container: try Self.containerName(request.container, in: pod))
        defer {
            streams.stdout?.closeWrite()
            streams.stderr?.closeWrite()
        }
        let console = lock.withLock { consoles[instance.containerID] }
        let output = BytePipe()
        instance.whenExited { _ in output.closeWrite() }
        if let console {
            console.join(output)
            if let input = console.input, let stdin = streams.stdin {
                // What the client types goes to the shell; its EOF is the shell's (without a TTY).
                Thread {
                    while let chunk = stdin.read() { input.write(chunk) }
                    if !console.tty { input.closeWrite() }
                }.start()
            }
        } else {
            // A program without a terminal: what it prints from now on.
            var options = LogOptions(container: instance.name)
            options.follow = true
            options.tailLines = 0
            let follow = logs.read(instance.logKey, options, now: clock().now(), open: true)
            Thread {
                while let chunk = follow.read() { if !output.write(chunk) { break } }
                output.closeWrite()
            }.start()
        }
        let target = streams.stdout ?? streams.stderr
        while let chunk = output.read() {
            if target?.write(chunk) == false { break }
        }
        console?.leave(output)
        output.closeRead()
        // An attach carries no exit code (the runtime's attach just ends its streams); kubectl reads
        // how the container ended from the Pod's status.
        return .exited(0)
    }

    public func connect(namespace: String, pod: String, port: Int) throws(APIError) -> PodConnection {
        let p = try self.pod(namespace: namespace, name: pod)
        guard let network else {
            throw APIError.internalError("error forwarding port \(port) to pod \(pod), uid \(p.uid ?? ""): failed to connect to localhost:\(port) inside namespace: connection refused")
        }
        return try network.connect(namespace: namespace, pod: pod, port: port)
    }

    public func proxy(_ target: ProxyTarget, _ request: ProxyRequest) throws(APIError) -> ProxyResponse {
        guard let network else {
            throw APIError(code: 503, reason: "ServiceUnavailable", message: "no route to the cluster network")
        }
        return try network.proxy(target, request)
    }

    static func discard() -> BytePipe {
        let pipe = BytePipe(capacity: 1)
        pipe.closeRead()
        return pipe
    }
}

/// A probe command's exit code, set once from its thread.
private final class ProbeResult: @unchecked Sendable {
    // Invariant: `code` is guarded by `condition`.
    private let condition = NSCondition()
    private var code: Int?

    func set(_ value: Int) {
        condition.lock()
        code = value
        condition.broadcast()
        condition.unlock()
    }

    func wait(timeout: Double) -> Int? {
        condition.lock()
        defer { condition.unlock() }
        let deadline = Date(timeIntervalSinceNow: timeout)
        while code == nil, condition.wait(until: deadline) {}
        return code
    }
}

extension ContainerShellHost {
    /// Delivers `signal` to every process a shell started in the container.
    func signalAll(_ signal: ShellSignal) {
        for p in instance.processList() { instance.mailbox(p.pid)?.signals.deliver(signal) }
    }
}
