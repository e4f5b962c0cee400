import API
import Foundation

/// A `PodRuntime` with a few canned programs, for driving the wire side with real clients.
///
/// exec: `echo ARGS…`, `cat` (stdin to stdout), `sh -c 'exit N'`, `warn` (a line on stderr),
/// `forever` (ticks until the client goes), `bytes N` (N bytes of output),
/// `which-container`, `tty` (reports sizes, echoes input until Ctrl-D), anything else fails as
/// containerd's runc does for a missing executable. attach: a greeting, then stdin echoed.
/// connect: port 80 a one-shot HTTP responder, port 7 an echo server, anything else refused.
/// logs: five lines (with `tailLines` and `timestamps` applied); `follow` adds three more, slowly
/// (container `a`: forever, until the client goes).
/// proxy: echoes what it was asked.
final class FakePodRuntime: PodRuntime, @unchecked Sendable {
    // Sendable invariant: `recorded` is guarded by `lock`.
    private let lock = NSLock()
    private var recorded: [LogOptions] = []
    private var running = 0

    /// How many `exec`s and endless log writers are running now.
    var active: Int {
        lock.lock()
        defer { lock.unlock() }
        return running
    }

    private func count(_ delta: Int) {
        lock.lock()
        running += delta
        lock.unlock()
    }

    /// The log options the runtime was called with, in order.
    var logCalls: [LogOptions] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }

    func exec(_ request: ProcessRequest, streams: ProcessStreams) throws(APIError) -> ProcessOutcome {
        defer {
            streams.stdout?.closeWrite()
            streams.stderr?.closeWrite()
        }
        let argv = request.command
        switch argv.first ?? "" {
        case "echo":
            streams.stdout?.write(argv.dropFirst().joined(separator: " ") + "\n")
            return .exited(0)
        case "cat":
            while let bytes = streams.stdin?.read() { streams.stdout?.write(bytes) }
            return .exited(0)
        case "sh" where argv.count == 3 && argv[1] == "-c" && argv[2].hasPrefix("exit "):
            return .exited(Int(argv[2].dropFirst(5)) ?? 1)
        case "forever":
            // Writes until the client is gone (its output pipe's reader closes).
            count(1)
            defer { count(-1) }
            while streams.stdout?.write("tick\n") == true { usleep(50_000) }
            return .exited(0)
        case "bytes" where argv.count == 2:
            // N bytes of output in 1000-byte lines (999 letters and a newline).
            var left = Int(argv[1]) ?? 0
            let line = Array(repeating: UInt8(ascii: "x"), count: 999) + [10]
            while left > 0 {
                streams.stdout?.write(Array(line.prefix(left)))
                left -= line.count
            }
            return .exited(0)
        case "warn":
            streams.stdout?.write("out\n")
            streams.stderr?.write("warning on stderr\n")
            return .exited(0)
        case "which-container":
            streams.stdout?.write("container=\(request.container ?? "-")\n")
            return .exited(0)
        case "tty":
            usleep(300_000)  // kubectl sends the terminal's size first, when it knows one
            let size = streams.resize?.current
            streams.stdout?.write("tty=\(request.tty) size=\(size?.width ?? 0)x\(size?.height ?? 0)\r\n")
            while let bytes = streams.stdin?.read() {
                streams.stdout?.write(Array(bytes.prefix { $0 != 4 }))
                if bytes.contains(4) { break }
            }
            return .exited(0)
        default:
            return .failed(message: "OCI runtime exec failed: exec failed: unable to start container process: exec: \"\(argv.first ?? "")\": executable file not found in $PATH: unknown", exitCode: nil)
        }
    }

    func attach(_ request: ProcessRequest, streams: ProcessStreams) throws(APIError) -> ProcessOutcome {
        defer {
            streams.stdout?.closeWrite()
            streams.stderr?.closeWrite()
        }
        streams.stdout?.write("attached to \(request.container ?? "-")\n")
        if let stdin = streams.stdin {
            while let bytes = stdin.read() { streams.stdout?.write(bytes) }
        }
        return .exited(0)
    }

    func connect(namespace: String, pod: String, port: Int) throws(APIError) -> PodConnection {
        let toPod = BytePipe(), fromPod = BytePipe()
        switch port {
        case 80:
            Thread.detachNewThread {
                var request: [UInt8] = []
                while let bytes = toPod.read() {
                    request += bytes
                    if String(decoding: request, as: UTF8.self).contains("\r\n\r\n") { break }
                }
                let firstLine = String(decoding: request, as: UTF8.self).split(separator: "\r\n").first ?? ""
                let body = "hello from \(pod):\(port) (\(firstLine))\n"
                fromPod.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)")
                fromPod.closeWrite()
                toPod.closeRead()
            }
        case 7:
            Thread.detachNewThread {
                while let bytes = toPod.read() { fromPod.write(bytes) }
                fromPod.closeWrite()
            }
        default:
            throw APIError(code: 500, reason: "InternalError",
                           message: "failed to connect to localhost:\(port) inside namespace \"\(pod)\", IPv4: dial tcp4 127.0.0.1:\(port): connect: connection refused IPv6 dial tcp6: address localhost: no suitable address found ")
        }
        return PodConnection(toPod: toPod, fromPod: fromPod)
    }

    func logs(namespace: String, pod: String, options: LogOptions) throws(APIError) -> BytePipe {
        lock.lock()
        recorded.append(options)
        lock.unlock()
        if options.container == "sleepy" {
            throw APIError.badRequest("container \"sleepy\" in pod \"\(pod)\" is waiting to start: ContainerCreating")
        }
        @Sendable func line(_ n: Int) -> String {
            (options.timestamps ? "2026-01-01T00:00:0\(n).000000000Z " : "") + "\(options.container ?? "-") line \(n)\n"
        }
        var lines = (1...5).map(line)
        if let tail = options.tailLines { lines = Array(lines.suffix(tail)) }
        let pipe = BytePipe()
        for l in lines { pipe.write(l) }
        if options.container == "a" && options.follow {
            count(1)
            Thread.detachNewThread { [self] in
                while pipe.write("a again\n") { usleep(50_000) }
                count(-1)
            }
            return pipe
        }
        guard options.follow else {
            pipe.closeWrite()
            return pipe
        }
        Thread.detachNewThread {
            for n in 6...8 {
                usleep(150_000)
                guard pipe.write(line(n)) else { return }
            }
            pipe.closeWrite()
        }
        return pipe
    }

    func proxy(_ target: ProxyTarget, _ request: ProxyRequest) throws(APIError) -> ProxyResponse {
        let body: String
        switch target {
        case let .pod(namespace, name, port, scheme):
            guard name != "ghost" else { throw APIError.notFound(resource: "pods", group: "", name: name) }
            body = "pod \(namespace)/\(name) port=\(port ?? "-") scheme=\(scheme ?? "-")"
        case let .service(namespace, name, port, scheme):
            body = "service \(namespace)/\(name) port=\(port ?? "-") scheme=\(scheme ?? "-")"
        }
        return ProxyResponse(status: 200, headers: [(name: "Content-Type", value: "text/plain"), (name: "X-Backend", value: "fake")],
                             body: Array("\(body) \(request.method) \(request.path)\n".utf8))
    }
}
