/// Hands a handler's answer back to the server.
///
/// Call `respond(_:)` exactly once, from any thread: synchronously inside the handler or later (e.g. after a
/// database commit). Until then the connection is suspended, so no server thread waits. Later calls are ignored.
/// A responder released without having responded answers 500, so a forgotten request does not hang forever.
public final class HTTPResponder: @unchecked Sendable {
    // Sendable invariant: the context serialises deliveries with its own lock.
    private let context: RequestContext

    init(context: RequestContext) {
        self.context = context
    }

    deinit {
        context.deliverIfPending(HTTPResponse(status: 500))
    }

    /// Sends `response` on this request's connection; only the first call counts.
    public func respond(_ response: HTTPResponse) {
        context.deliver(response)
    }
}
