import Foundation

/// What arrives on a SPDY stream from the peer.
public enum SPDYStreamEvent: Sendable {
    /// A DATA frame's payload (never empty).
    case data([UInt8])
    /// The peer finished its side (FIN), reset the stream, or the session ended. Delivered once, last.
    case end
}

/// One stream of a `SPDYConnection`, opened by the peer. Incoming data is queued until a handler is
/// set, then delivered in order on the connection's reader thread (a handler may block briefly, which
/// holds back the whole session: SPDY/3 as spdystream speaks it has no flow control anyway).
/// Writes may come from any thread.
public final class SPDYStream: @unchecked Sendable {
    // Sendable invariant: `queued`, `handler`, `ended`, `finished`, `reset` are guarded by `lock`;
    // `id`, `headers` and `connection` are immutable.
    /// The stream id the peer chose (odd for a client).
    public let id: UInt32
    /// The headers of its SYN_STREAM.
    public let headers: [SPDYHeader]
    private let connection: SPDYConnection  // released with the stream (the session drops its streams at its end)
    private let lock = NSLock()
    private var queued: [SPDYStreamEvent] = []
    private var handler: (@Sendable (SPDYStreamEvent) -> Void)?
    private var ended = false
    private var finished = false
    private var wasReset = false

    init(id: UInt32, headers: [SPDYHeader], connection: SPDYConnection) {
        self.id = id
        self.headers = headers
        self.connection = connection
    }

    /// The value of header `name` (lower-case), if sent.
    public func header(_ name: String) -> String? {
        headers.first { $0.name == name }?.value
    }

    /// Delivers queued and future events to `handler` (on the reader thread, or on this one for the
    /// queued ones).
    public func setHandler(_ handler: @escaping @Sendable (SPDYStreamEvent) -> Void) {
        lock.lock()
        let backlog = queued
        queued = []
        self.handler = handler
        lock.unlock()
        for event in backlog { handler(event) }
    }

    /// Sends `bytes` as DATA frames; false once the stream or session can no longer carry them.
    @discardableResult
    public func write(_ bytes: [UInt8]) -> Bool {
        lock.lock()
        let closed = finished || wasReset
        lock.unlock()
        guard !closed else { return false }
        var offset = 0
        while offset < bytes.count {
            let end = min(bytes.count, offset + 32 * 1024)
            guard connection.send(.data(streamID: id, flags: 0, payload: Array(bytes[offset..<end]))) else { return false }
            offset = end
        }
        return true
    }

    /// Ends this side of the stream (an empty DATA frame with FIN). Idempotent.
    public func finish() {
        lock.lock()
        let already = finished || wasReset
        finished = true
        lock.unlock()
        if !already { connection.send(.data(streamID: id, flags: SPDYFrame.flagFin, payload: [])) }
    }

    /// Abandons the stream (RST_STREAM with `status`). Idempotent.
    public func reset(status: UInt32 = SPDYStatus.cancel) {
        lock.lock()
        let already = wasReset
        wasReset = true
        lock.unlock()
        if !already { connection.send(.rstStream(streamID: id, status: status)) }
        deliver(.end)
    }

    /// The peer reset the stream: stop writing.
    func remoteReset() {
        lock.lock()
        wasReset = true
        lock.unlock()
        deliver(.end)
    }

    /// Queues or hands over one event; nothing after `.end`.
    func deliver(_ event: SPDYStreamEvent) {
        lock.lock()
        guard !ended else {
            lock.unlock()
            return
        }
        if case .end = event { ended = true }
        guard let handler else {
            queued.append(event)
            lock.unlock()
            return
        }
        lock.unlock()
        handler(event)
    }
}
