import Foundation

/// Hands a handler's answer back to the server.
///
/// Call `respond(_:)` exactly once, from any thread: synchronously inside the handler or later (e.g. after a
/// database commit). Until then the connection is suspended, so no server thread waits. Later calls are ignored.
/// A responder released without having responded answers 500, so a forgotten request does not hang forever.
public final class HTTPResponder: @unchecked Sendable {
    // Sendable invariant: a connection's context serialises deliveries with its own lock; a callback
    // responder's `answered` flag is guarded by `lock`.
    private let context: RequestContext?
    private let callback: (@Sendable (HTTPResponse) -> Void)?
    private let lock = NSLock()
    private var answered = false

    init(context: RequestContext) {
        self.context = context
        callback = nil
    }

    /// A responder that hands the response to `callback` (once) instead of a connection: for calling a
    /// handler without a socket, in tests or in-process.
    public init(_ callback: @escaping @Sendable (HTTPResponse) -> Void) {
        context = nil
        self.callback = callback
    }

    deinit {
        if let context {
            context.deliverIfPending(HTTPResponse(status: 500))
        } else {
            respond(HTTPResponse(status: 500))
        }
    }

    /// Sends `response` on this request's connection; only the first call counts.
    public func respond(_ response: HTTPResponse) {
        if let context { return context.deliver(response) }
        lock.lock()
        let first = !answered
        answered = true
        lock.unlock()
        if first { callback?(response) }
    }
}
