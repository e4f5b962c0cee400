import CMicroHTTPD
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// An HTTP/1.1 server on libmicrohttpd: an epoll thread pool where nothing blocks; deferred responses and
/// streamed bodies suspend their connection until they can proceed.
///
/// The handler runs on a server thread once per request, with the whole body. It must not block: it responds
/// through the `HTTPResponder` at once or later from any thread.
public final class HTTPServer: @unchecked Sendable {
    /// Server settings.
    public struct Configuration: Sendable {
        /// Numeric IPv4 or IPv6 address to listen on.
        public var address: String = "127.0.0.1"
        /// TCP port; 0 picks a free port (read it from `HTTPServer.port` after `start()`).
        public var port: Int = 8080
        /// Number of epoll threads serving connections (performance.md §c.3: no more than the cores).
        public var threads: Int = 2
        /// Largest accepted request body in bytes; larger requests reach the handler with `bodyTooLarge`.
        public var maxBodySize: Int = 3 * 1024 * 1024
        /// An oversized body declared or sent up to this many bytes is read and discarded before the answer
        /// (as Go's server does), so clients that write everything before reading see it; a larger one is
        /// answered at once and the connection closed. Default: twice `maxBodySize`.
        public var drainLimit: Int?
        /// Most connections held at once (MHD's default would be about 1020, even with epoll); further ones are
        /// accepted and closed at once.
        public var connectionLimit: Int = 20_000
        /// Memory MHD may use per connection for buffers; also caps the size of the request headers.
        public var connectionMemoryLimit: Int = 32 * 1024
        /// How often suspended streams are woken and checked for a client that went away.
        public var heartbeatSeconds: Double = 5
        /// A connection must send a whole request header within this many seconds of opening, however it
        /// trickles its bytes (kube-apiserver's `ReadHeaderTimeout` is 32 s); after a request, the next header
        /// is due within the idle timeout plus this. 0 disables.
        public var requestHeaderTimeoutSeconds: Int = 32
        /// A connection is closed after this many seconds without traffic, between requests (kube-apiserver's
        /// `IdleTimeout` is 90 s) or inside one. Suspended connections (deferred answers, streams waiting for
        /// data such as watches) and upgraded ones are exempt; 0 disables.
        public var idleTimeoutSeconds: Int = 90

        /// The defaults.
        public init() {}
    }

    private enum State {
        case idle
        case running(daemon: OpaquePointer, heartbeat: Heartbeat)
        case stopped
    }

    // Sendable invariant: `state` and `boundPort` are guarded by `lock`; `core` and `configuration` are immutable.
    private let configuration: Configuration
    private let core: ServerCore
    private let lock = NSLock()
    private var state = State.idle
    private var boundPort = 0

    /// Creates a stopped server that will pass every request to `handler`.
    public init(configuration: Configuration, handler: @escaping @Sendable (HTTPRequest, HTTPResponder) -> Void) {
        self.configuration = configuration
        self.core = ServerCore(
            maxBodySize: configuration.maxBodySize,
            drainLimit: configuration.drainLimit ?? 2 * configuration.maxBodySize,
            headerTimeoutSeconds: max(0, configuration.requestHeaderTimeoutSeconds),
            idleTimeoutSeconds: max(0, configuration.idleTimeoutSeconds), handler: handler)
    }

    deinit {
        stop()
    }

    /// The port the server listens on (resolves port 0 once started).
    public var port: Int {
        lock.lock()
        defer { lock.unlock() }
        return boundPort
    }

    /// Binds the address and starts serving.
    public func start() throws(HTTPServerError) {
        lock.lock()
        defer { lock.unlock() }
        guard case .idle = state else { throw .alreadyStarted }
        Self.raiseOpenFileLimit()
        let listener = try ListenSocket.open(address: configuration.address, port: configuration.port)
        var flags = MHD_USE_EPOLL_INTERNAL_THREAD.rawValue | MHD_ALLOW_SUSPEND_RESUME.rawValue
            | MHD_ALLOW_UPGRADE.rawValue
        if listener.ipv6 {
            flags |= MHD_USE_IPv6.rawValue
        }
        let cls = Unmanaged.passUnretained(core).toOpaque()
        let daemon = kubeling_mhd_start(
            flags, listener.fd, mhdAccessHandler, cls, mhdRequestCompleted, cls, mhdNotifyConnection, cls,
            UInt32(clamping: configuration.threads),
            UInt32(clamping: configuration.connectionLimit),
            max(configuration.connectionMemoryLimit, 4096),
            // Every connection shares the daemon's timeout, which MHD checks in O(1) (a connection with its
            // own timeout would be visited on every poll); the header deadline is `HeaderDeadlines`'.
            UInt32(clamping: max(0, configuration.idleTimeoutSeconds))
        )
        guard let daemon else {
            close(listener.fd)
            throw .daemonStartFailed
        }
        let heartbeat = Heartbeat(interval: configuration.heartbeatSeconds, registry: core.registry)
        heartbeat.start()
        core.deadlines?.start()
        boundPort = listener.port
        state = .running(daemon: daemon, heartbeat: heartbeat)
    }

    /// Ends every suspended stream and deferred request, then stops the daemon and closes all connections.
    /// Idempotent; the server cannot be started again.
    public func stop() {
        lock.lock()
        let previous = state
        state = .stopped
        lock.unlock()
        guard case .running(let daemon, let heartbeat) = previous else { return }
        heartbeat.stop()
        // MHD_stop_daemon hangs on suspended connections (performance.md §c.4): resume them all first.
        core.registry.resumeAllForShutdown()
        // Upgraded connections must be closed through MHD before the daemon goes away.
        core.upgrades.closeAll(grace: 1)
        MHD_stop_daemon(daemon)
        core.deadlines?.stop()
    }

    /// Raises the soft open-file limit to the hard limit so `connectionLimit` sockets can be open.
    private static func raiseOpenFileLimit() {
        var limit = rlimit()
        #if canImport(Glibc)
        let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
        #else
        let resource = RLIMIT_NOFILE
        #endif
        guard getrlimit(resource, &limit) == 0, limit.rlim_cur < limit.rlim_max else { return }
        limit.rlim_cur = limit.rlim_max
        _ = setrlimit(resource, &limit)
    }
}
