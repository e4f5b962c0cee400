import CMicroHTTPD
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Takes over a connection after a `101 Switching Protocols` response (e.g. a WebSocket).
public protocol HTTPUpgradeHandler: Sendable {
    /// Called once on a server thread right after the 101 response was sent. Must not block: hand the
    /// connection to a thread of your own for its I/O.
    func upgraded(_ connection: HTTPUpgradedConnection)
}

/// A connection that left HTTP after an upgrade: raw bytes in both directions until `close()`.
///
/// `read` and `write` block the calling thread (never call them on a server thread). Call `close()` exactly
/// when done with the socket; MHD closes it (never `close(2)` it yourself). When the server stops, the
/// socket is shut down (readers get 0, writers fail) and, after a short grace period, closed.
public final class HTTPUpgradedConnection: @unchecked Sendable {
    // Sendable invariant: `pending` and `handle` are guarded by `lock`; `fd` and `registry` are immutable.
    private let lock = NSLock()
    private let fd: Int32
    private var pending: [UInt8]
    private var handle: OpaquePointer?
    private weak var registry: UpgradeRegistry?

    init(fd: Int32, initialBytes: [UInt8], handle: OpaquePointer, registry: UpgradeRegistry) {
        self.fd = fd
        self.pending = initialBytes
        self.handle = handle
        self.registry = registry
    }

    /// True until `close()` (or server shutdown) released the socket.
    public var isOpen: Bool {
        lock.lock()
        defer { lock.unlock() }
        return handle != nil
    }

    /// Blocks until bytes arrive; returns how many were copied, 0 when the peer closed or the connection is closed.
    public func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        guard buffer.count > 0 else { return 0 }
        lock.lock()
        if !pending.isEmpty {
            let count = min(pending.count, buffer.count)
            buffer.copyBytes(from: pending[0..<count])
            pending.removeFirst(count)
            lock.unlock()
            return count
        }
        let open = handle != nil
        lock.unlock()
        guard open else { return 0 }
        while true {
            let received = recv(fd, buffer.baseAddress, buffer.count, Int32(MSG_DONTWAIT))
            if received >= 0 { return received }
            guard errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR else { return 0 }
            guard waitFor(Int16(POLLIN)) else { return 0 }
        }
    }

    /// Blocks until all of `bytes` are sent; false when the connection failed or is closed.
    @discardableResult
    public func write(_ bytes: [UInt8]) -> Bool {
        guard isOpen else { return false }
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes {
                send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL | MSG_DONTWAIT))
            }
            if sent > 0 {
                offset += sent
                continue
            }
            guard sent < 0, errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR else { return false }
            guard waitFor(Int16(POLLOUT)) else { return false }
        }
        return true
    }

    /// Closes the connection through MHD. Idempotent; call it once your I/O threads no longer use it.
    public func close() {
        lock.lock()
        let closing = handle
        handle = nil
        lock.unlock()
        guard let closing else { return }
        registry?.remove(self)
        _ = kubeling_mhd_upgrade_close(closing)
    }

    /// Wakes blocked readers and writers (reads return 0, writes fail) without releasing the
    /// descriptor: how an owner stops its reader thread before `close()`.
    public func shutdown() {
        shutdownSocket()
    }

    /// Server shutdown: wakes blocked readers and writers without releasing the descriptor.
    func shutdownSocket() {
        lock.lock()
        if handle != nil {
            shutdownDescriptor(fd)
        }
        lock.unlock()
    }

    private func waitFor(_ events: Int16) -> Bool {
        var descriptor = pollfd(fd: fd, events: events, revents: 0)
        while true {
            let ready = poll(&descriptor, 1, -1)
            if ready > 0 { return isOpen }
            if ready < 0 && errno != EINTR { return false }
        }
    }
}

/// `shutdown(2)` both directions (a free function: the class's own `shutdown()` hides the C name).
private func shutdownDescriptor(_ fd: Int32) {
    _ = shutdown(fd, Int32(SHUT_RDWR))
}

/// The upgraded connections of one server, so `stop()` can end them before `MHD_stop_daemon`.
final class UpgradeRegistry: @unchecked Sendable {
    // Sendable invariant: `members` is guarded by `lock`.
    private let lock = NSLock()
    private var members: [ObjectIdentifier: HTTPUpgradedConnection] = [:]

    func add(_ connection: HTTPUpgradedConnection) {
        lock.lock()
        members[ObjectIdentifier(connection)] = connection
        lock.unlock()
    }

    func remove(_ connection: HTTPUpgradedConnection) {
        lock.lock()
        members[ObjectIdentifier(connection)] = nil
        lock.unlock()
    }

    /// Shuts every socket down, gives the owners `grace` seconds to close, then closes the rest.
    func closeAll(grace: Double) {
        lock.lock()
        let all = Array(members.values)
        lock.unlock()
        guard !all.isEmpty else { return }
        for connection in all { connection.shutdownSocket() }
        let deadline = Date(timeIntervalSinceNow: grace)
        while Date() < deadline && all.contains(where: { $0.isOpen }) {
            usleep(10_000)
        }
        for connection in all { connection.close() }
    }
}
