/// What a stream produced on one `read(into:)` call.
public enum HTTPStreamRead: Sendable {
    /// This many bytes (more than zero) were written into the buffer.
    case data(Int)
    /// Nothing to send now: the server suspends the connection until the stream's waker is woken.
    case wait
    /// The stream is finished: the server ends the chunked body cleanly.
    case end
}

/// A streamed (chunked) response body, e.g. a watch.
///
/// All methods are called on server threads and must never block: return `.wait` instead and call
/// `HTTPStreamWaker.wake()` once there is more to send.
public protocol HTTPStream: AnyObject, Sendable {
    /// Called once before the first `read(into:)`, with the waker that resumes this stream's connection.
    func attach(waker: HTTPStreamWaker)
    /// Copies the next bytes into `buffer` (at most `buffer.count`), or says to wait or to end.
    func read(into buffer: UnsafeMutableRawBufferPointer) -> HTTPStreamRead
    /// Called exactly once when the connection is done: the stream ended, the client went away, or the server stopped.
    func closed()
    /// The body's total size when known up front: it is then sent with `Content-Length` instead of chunked, and
    /// `read(into:)` must produce exactly that many bytes (never `.wait`). Nil (the default) streams chunked.
    var contentLength: Int? { get }
}

extension HTTPStream {
    /// Unknown: the body is sent chunked.
    public var contentLength: Int? { nil }
}

/// Resumes a stream whose connection is suspended waiting for data.
///
/// Thread-safe, idempotent and cheap: a wake while the stream is not suspended is remembered, so the stream is
/// read again instead of being suspended. A wake after the connection has closed does nothing.
public final class HTTPStreamWaker: @unchecked Sendable {
    // Sendable invariant: the only stored property is a weak reference to a lock-protected StreamState;
    // weak loads are atomic in the Swift runtime.
    private weak var state: StreamState?

    init(state: StreamState) {
        self.state = state
    }

    /// Resumes the suspended connection so the stream's `read(into:)` is called again.
    public func wake() {
        state?.wake()
    }
}
