import Foundation

/// What the API server needs from the nodes behind it for the streaming and proxy subresources
/// (`pods/exec`, `pods/attach`, `pods/portforward`, `pods/log`, `pods/proxy`, `services/proxy`): the
/// kubelet's half of those requests. `Simulation` implements it and the executable wires it in, so
/// `APIServer` never imports `Simulation` (design.md §5, "Streaming stays layered").
///
/// Every method checks what upstream's kubelet checks and throws the `APIError` the API server passes
/// back before any upgrade (404 for a missing Pod, 400 for an unknown container or a Pod without a
/// node, the kubelet's wording for a container that is not running). Methods that run something
/// (`exec`, `attach`) block the calling thread until it ends: call them on a thread of your own.
public protocol PodRuntime: Sendable {
    /// Runs `request.command` in the container (upstream `kubectl exec`), wired to `streams`, and
    /// blocks until it exits. The outputs are closed (`closeWrite`) before it returns.
    func exec(_ request: ProcessRequest, streams: ProcessStreams) throws(APIError) -> ProcessOutcome

    /// Connects `streams` to the container's main process (upstream `kubectl attach`, and
    /// `kubectl run -it`) and blocks until it exits or the client leaves (stdin closes with no TTY…).
    func attach(_ request: ProcessRequest, streams: ProcessStreams) throws(APIError) -> ProcessOutcome

    /// Opens a connection to `port` inside the Pod's network namespace (port-forward): bytes written
    /// to `connection.toPod` reach the program listening there, and its answer comes out of
    /// `connection.fromPod`. Throws with the kubelet's error text when nothing listens there.
    func connect(namespace: String, pod: String, port: Int) throws(APIError) -> PodConnection

    /// A container's log, as `pods/log` serves it: the bytes so far that `options` select, and with
    /// `follow` the pipe stays open until the container's run ends.
    func logs(namespace: String, pod: String, options: LogOptions) throws(APIError) -> BytePipe

    /// One HTTP request through the API server proxy to a Pod's or a Service's port.
    func proxy(_ target: ProxyTarget, _ request: ProxyRequest) throws(APIError) -> ProxyResponse
}

/// What `exec` and `attach` run, from the subresource's query (`PodExecOptions`, `PodAttachOptions`).
public struct ProcessRequest: Sendable, Equatable {
    public var namespace: String
    public var pod: String
    /// The container; nil picks the default one as upstream does (the
    /// `kubectl.kubernetes.io/default-container` annotation, else the first container).
    public var container: String?
    /// The command (exec); empty for attach.
    public var command: [String]
    public var stdin: Bool
    public var stdout: Bool
    public var stderr: Bool
    public var tty: Bool

    public init(namespace: String, pod: String, container: String? = nil, command: [String] = [],
                stdin: Bool = false, stdout: Bool = true, stderr: Bool = true, tty: Bool = false) {
        self.namespace = namespace
        self.pod = pod
        self.container = container
        self.command = command
        self.stdin = stdin
        self.stdout = stdout
        self.stderr = stderr
        self.tty = tty
    }
}

/// The byte streams of one exec or attach session. The API server writes the client's input into
/// `stdin` (and `closeWrite`s it at the client's EOF) and sizes into `resize`; the runtime writes
/// `stdout` and `stderr` (nil when not requested; with a TTY stderr is merged into stdout).
public struct ProcessStreams: Sendable {
    public var stdin: BytePipe?
    public var stdout: BytePipe?
    public var stderr: BytePipe?
    public var resize: TerminalSizeQueue?

    public init(stdin: BytePipe? = nil, stdout: BytePipe? = nil, stderr: BytePipe? = nil,
                resize: TerminalSizeQueue? = nil) {
        self.stdin = stdin
        self.stdout = stdout
        self.stderr = stderr
        self.resize = resize
    }
}

/// How an exec or attach session ended, which the API server turns into the error channel's Status.
public enum ProcessOutcome: Sendable, Equatable {
    /// The process exited with this code (0 is success: `{"metadata":{},"status":"Success"}`; any other
    /// is `NonZeroExitCode` and kubectl prints `command terminated with exit code N`).
    case exited(Int)
    /// The runtime could not run it; `message` is what upstream puts in the Failure Status (e.g.
    /// `OCI runtime exec failed: exec failed: unable to start container process: exec: "nope":
    /// executable file not found in $PATH: unknown`), with the exit code the runtime reports, if any.
    case failed(message: String, exitCode: Int?)
}

/// A terminal's size, as kubectl sends it on the resize stream (`{"Width":W,"Height":H}`).
public struct TerminalSize: Sendable, Equatable {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

/// Resize events in arrival order; the latest is also kept for whoever asks later. Thread-safe.
public final class TerminalSizeQueue: @unchecked Sendable {
    // Sendable invariant: `pending`, `latest` and `closed` are guarded by `condition`.
    private let condition = NSCondition()
    private var pending: [TerminalSize] = []
    private var latest: TerminalSize?
    private var closed = false

    public init() {}

    public func push(_ size: TerminalSize) {
        condition.lock()
        pending.append(size)
        latest = size
        condition.broadcast()
        condition.unlock()
    }

    public func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// Blocks for the next size; nil once closed and drained.
    public func next() -> TerminalSize? {
        condition.lock()
        defer { condition.unlock() }
        while pending.isEmpty && !closed { condition.wait() }
        return pending.isEmpty ? nil : pending.removeFirst()
    }

    /// The most recent size, if any arrived.
    public var current: TerminalSize? {
        condition.lock()
        defer { condition.unlock() }
        return latest
    }
}

/// One port-forward connection into a Pod: write what the local client sent into `toPod` (and
/// `closeWrite` it at the client's EOF); read the program's answer from `fromPod` until nil.
/// `closeRead` on `fromPod` abandons the connection.
public struct PodConnection: Sendable {
    public var toPod: BytePipe
    public var fromPod: BytePipe
    public init(toPod: BytePipe, fromPod: BytePipe) {
        self.toPod = toPod
        self.fromPod = fromPod
    }
}

/// `pods/log` query parameters (`PodLogOptions`).
public struct LogOptions: Sendable, Equatable {
    public var container: String?
    public var follow = false
    public var previous = false
    public var timestamps = false
    public var tailLines: Int?
    public var sinceSeconds: Int?
    public var sinceTime: Date?
    public var limitBytes: Int?

    public init(container: String? = nil) {
        self.container = container
    }
}

/// Where an API server proxy request goes (`pods/{name[:port]}/proxy`, `services/{[scheme:]name[:port]}/proxy`).
public enum ProxyTarget: Sendable, Equatable {
    /// A Pod's port (a number or a container port name; nil: the first declared port, else 80).
    case pod(namespace: String, name: String, port: String?, scheme: String?)
    /// A Service's port (a number or a port name; nil: its only or first port); the runtime picks a ready endpoint.
    case service(namespace: String, name: String, port: String?, scheme: String?)
}

/// An HTTP request as the proxy forwards it: `path` is what follows `/proxy` (starting with `/`,
/// query included).
public struct ProxyRequest: Sendable {
    public var method: String
    public var path: String
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    public init(method: String, path: String, headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
        self.method = method
        self.path = path
        self.headers = headers
        self.body = body
    }
}

/// The backend's answer, passed back to the client as is.
public struct ProxyResponse: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    public init(status: Int, headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}
