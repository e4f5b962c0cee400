import CMicroHTTPD
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Go's `ReadHeaderTimeout` as an absolute deadline: a connection must have sent a whole request header
/// within `headerSeconds` of opening (and, once a request is answered, within the idle timeout plus
/// `headerSeconds`), however it trickles its bytes. libmicrohttpd's own timeout counts inactivity only, so a
/// client sending a byte now and then would otherwise hold its connection for good.
///
/// A thread checks the deadlines a few times a second and shuts a late connection's socket down; MHD then
/// sees the end of the stream and closes the connection itself. The socket is shut down only under `lock`
/// while its entry exists, and MHD reports the close (removing the entry) before it closes the socket, so the
/// descriptor shut down is always this connection's.
final class HeaderDeadlines: @unchecked Sendable {
    // Sendable invariant: `entries`, `stopRequested` and `exited` are guarded by `condition`; the rest is
    // immutable.
    private struct Entry {
        var fd: Int32
        /// Monotonic nanoseconds by which the next request header must be complete; nil while a request is
        /// being handled (or an idle connection may wait for ever).
        var deadline: UInt64?
    }

    private let condition = NSCondition()
    private var entries: [OpaquePointer: Entry] = [:]
    private var stopRequested = false
    private var exited = true
    private let headerNanos: UInt64
    private let idleNanos: UInt64?

    /// `headerSeconds` > 0; `idleSeconds` 0 means an idle keep-alive connection has no deadline.
    init(headerSeconds: Int, idleSeconds: Int) {
        headerNanos = UInt64(max(headerSeconds, 1)) * 1_000_000_000
        idleNanos = idleSeconds > 0 ? UInt64(idleSeconds) * 1_000_000_000 : nil
    }

    private static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// `MHD_CONNECTION_NOTIFY_STARTED` (MHD thread): the first header is due within the header timeout.
    func connectionStarted(_ connection: OpaquePointer) {
        let fd = kubeling_mhd_connection_fd(connection)
        guard fd >= 0 else { return }
        condition.lock()
        entries[connection] = Entry(fd: fd, deadline: Self.now() + headerNanos)
        condition.unlock()
    }

    /// `MHD_CONNECTION_NOTIFY_CLOSED` (MHD thread, before the socket is closed).
    func connectionClosed(_ connection: OpaquePointer) {
        condition.lock()
        entries[connection] = nil
        condition.unlock()
    }

    /// A request's header is complete: no deadline while it is handled.
    func headersReceived(_ connection: OpaquePointer) {
        condition.lock()
        entries[connection]?.deadline = nil
        condition.unlock()
    }

    /// A request is done: the next header is due within the idle timeout plus the header timeout.
    func requestCompleted(_ connection: OpaquePointer) {
        condition.lock()
        if entries[connection] != nil {
            entries[connection]?.deadline = idleNanos.map { Self.now() + $0 + headerNanos }
        }
        condition.unlock()
    }

    func start() {
        condition.lock()
        exited = false
        condition.unlock()
        let thread = Thread { [self] in run() }
        thread.name = "http-header-deadlines"
        thread.start()
    }

    /// Stops the thread and waits until it has left its loop.
    func stop() {
        condition.lock()
        stopRequested = true
        condition.broadcast()
        while !exited {
            condition.wait()
        }
        condition.unlock()
    }

    private func run() {
        // Checked four times per header timeout, at most every quarter second.
        let tick = min(Double(headerNanos) / 4e9, 0.25)
        condition.lock()
        while !stopRequested {
            _ = condition.wait(until: Date(timeIntervalSinceNow: tick))
            let now = Self.now()
            for (connection, entry) in entries {
                guard let deadline = entry.deadline, deadline <= now else { continue }
                shutdown(entry.fd, Int32(SHUT_RDWR))
                entries[connection]?.deadline = nil
            }
        }
        exited = true
        condition.broadcast()
        condition.unlock()
    }
}
