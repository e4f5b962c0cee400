import CMicroHTTPD
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The server side of one streamed response: connects an `HTTPStream` to MHD's content-reader callback and
/// suspends/resumes the connection as the stream waits and is woken.
///
/// Retained as the reader's `crc_cls` and released in the free callback (see MHDCallbacks.swift).
/// Suspension follows the pattern verified in performance.md §c.4: suspend while holding `lock`, resume after
/// releasing it, so a wake can never be lost and the two locks are always taken in the same order.
final class StreamState: SuspendedConnection, @unchecked Sendable {
    /// Why the server is ending the stream on its own.
    private enum Ending {
        case none
        /// The peer closed its socket while the stream was suspended: abort the connection.
        case clientGone
        /// The server is stopping: end the chunked body cleanly.
        case serverStopping
    }

    /// Size of each chunk MHD asks for (performance.md §c.5 suggests 16–64 KiB).
    static let blockSize = 64 * 1024

    // Sendable invariant: `stream`, `connection` and `registry` are immutable; the rest is guarded by `lock`.
    private let lock = NSLock()
    private let stream: any HTTPStream
    private let connection: OpaquePointer
    private let registry: SuspensionRegistry
    private var suspended = false
    private var wakePending = false
    private var ending = Ending.none
    private var finished = false

    init(stream: any HTTPStream, connection: OpaquePointer, registry: SuspensionRegistry) {
        self.stream = stream
        self.connection = connection
        self.registry = registry
    }

    /// MHD's content reader: bytes written, 0 after suspending, or one of the END markers.
    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        while true {
            lock.lock()
            switch ending {
            case .clientGone:
                lock.unlock()
                return MHD_CONTENT_READER_END_WITH_ERROR
            case .serverStopping:
                lock.unlock()
                return MHD_CONTENT_READER_END_OF_STREAM
            case .none:
                wakePending = false
                lock.unlock()
            }
            switch stream.read(into: buffer) {
            case .data(let count) where count > 0:
                return min(count, buffer.count)
            case .end:
                return MHD_CONTENT_READER_END_OF_STREAM
            case .data, .wait:
                lock.lock()
                if ending != .none || wakePending {
                    // Woken (or ended) while the stream was reading: read again instead of sleeping.
                    lock.unlock()
                    continue
                }
                guard registry.add(self) else {
                    ending = .serverStopping
                    lock.unlock()
                    continue
                }
                suspended = true
                // Returning 0 without suspending would make MHD busy-loop in internal-thread mode.
                MHD_suspend_connection(connection)
                lock.unlock()
                return 0
            }
        }
    }

    /// Resumes the connection if it is suspended, otherwise remembers the wake for the running read.
    func wake() {
        lock.lock()
        guard suspended else {
            wakePending = true
            lock.unlock()
            return
        }
        resumeLocked()
    }

    func heartbeat() {
        lock.lock()
        guard suspended else {
            lock.unlock()
            return
        }
        // A suspended connection does not see its peer close (performance.md §c.4); peek at the socket.
        // The fd is valid here: a suspended connection cannot be closed by MHD.
        if peerClosed() {
            ending = .clientGone
        }
        resumeLocked()
    }

    func resumeForShutdown() {
        lock.lock()
        if ending == .none {
            ending = .serverStopping
        }
        guard suspended else {
            lock.unlock()
            return
        }
        resumeLocked()
    }

    /// MHD's free callback: the connection is done with this stream.
    func finish() {
        lock.lock()
        let first = !finished
        finished = true
        lock.unlock()
        if first {
            stream.closed()
        }
    }

    /// Requires `lock` held and `suspended`; releases the lock, then resumes.
    private func resumeLocked() {
        suspended = false
        registry.beginResume(self)
        lock.unlock()
        MHD_resume_connection(connection)
        registry.endResume()
    }

    private func peerClosed() -> Bool {
        let fd = kubeling_mhd_connection_fd(connection)
        guard fd >= 0 else { return false }
        var byte: UInt8 = 0
        let received = recv(fd, &byte, 1, Int32(MSG_PEEK | MSG_DONTWAIT))
        if received == 0 { return true }
        if received > 0 { return false }
        let error = errno
        return error != EAGAIN && error != EWOULDBLOCK && error != EINTR
    }
}
