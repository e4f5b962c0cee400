/// One HTTP request as the server received it: method, decoded path and query, headers and the whole body.
public struct HTTPRequest: Sendable {
    /// The request method as sent, e.g. `"GET"` or `"POST"`.
    public let method: String
    /// The URL path, percent-decoded, without the query string.
    public let path: String
    /// Decoded query arguments in the order sent; repeated names are kept, a name without `=` has the value `""`.
    public let query: [(name: String, value: String)]
    /// Request headers with lower-cased names; a repeated header's values are joined with `", "`.
    public let headers: [String: String]
    /// The request body (empty when `bodyTooLarge`).
    public let body: [UInt8]
    /// True when the body exceeded the server's `maxBodySize`; the body is then empty and the handler should answer 413.
    public let bodyTooLarge: Bool

    /// Builds a request directly, e.g. for tests that call a handler without a socket.
    public init(
        method: String,
        path: String,
        query: [(name: String, value: String)] = [],
        headers: [String: String] = [:],
        body: [UInt8] = [],
        bodyTooLarge: Bool = false
    ) {
        self.method = method
        self.path = path
        self.query = query
        var lowered: [String: String] = [:]
        for (name, value) in headers {
            let key = name.lowercased()
            if let existing = lowered[key] {
                lowered[key] = existing + ", " + value
            } else {
                lowered[key] = value
            }
        }
        self.headers = lowered
        self.body = body
        self.bodyTooLarge = bodyTooLarge
    }

    /// The value of the header `name`, matched case-insensitively.
    public func header(_ name: String) -> String? {
        headers[name.lowercased()]
    }

    /// The first value of the query argument `name`, or nil when it is absent.
    public func queryValue(_ name: String) -> String? {
        query.first { $0.name == name }?.value
    }

    /// All values of the query argument `name`, in the order sent.
    public func queryValues(_ name: String) -> [String] {
        query.filter { $0.name == name }.map(\.value)
    }
}
