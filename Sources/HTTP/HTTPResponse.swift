/// The body of an HTTP response: fixed bytes (sent with Content-Length) or a stream (sent chunked).
public enum HTTPBody: Sendable {
    /// A complete body; the server adds `Content-Length`.
    case bytes([UInt8])
    /// A body produced over time, sent with `Transfer-Encoding: chunked` to HTTP/1.1 clients.
    case stream(any HTTPStream)
    /// Switches protocols: send with status 101 and the `Upgrade` header (plus e.g. `Sec-WebSocket-Accept`);
    /// after the response the handler owns the connection. `Connection: Upgrade` is added by the server.
    case upgrade(any HTTPUpgradeHandler)
}

/// An HTTP response: status, headers in order, and a body.
public struct HTTPResponse: Sendable {
    /// The status code, e.g. 200.
    public var status: Int
    /// Response headers in the order they are sent. `Content-Length` and `Transfer-Encoding` are set by the server.
    public var headers: [(name: String, value: String)]
    /// The response body.
    public var body: HTTPBody

    /// Builds a response; by default with no headers and an empty body.
    public init(status: Int, headers: [(name: String, value: String)] = [], body: HTTPBody = .bytes([])) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}
