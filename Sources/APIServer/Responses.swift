import API
import HTTP
import JSON

/// Building HTTP responses from API results.
enum Responses {
    static let jsonContentType = "application/json"

    /// A JSON body with the given code.
    static func json(_ code: Int, _ body: [UInt8], contentType: String = jsonContentType) -> HTTPResponse {
        HTTPResponse(status: code, headers: [(name: "Content-Type", value: contentType)], body: .bytes(body))
    }

    /// A JSON value with the given code.
    static func json(_ code: Int, _ value: JSON) -> HTTPResponse { json(code, value.bytes) }

    /// The Status document of an error, with `Retry-After` when the error carries one.
    static func error(_ e: APIError) -> HTTPResponse {
        var r = json(e.code, e.status.bytes)
        if let s = e.retryAfterSeconds { r.headers.append((name: "Retry-After", value: String(s))) }
        return r
    }

    /// A plain-text body (health checks).
    static func text(_ code: Int, _ text: String) -> HTTPResponse {
        HTTPResponse(status: code, headers: [(name: "Content-Type", value: "text/plain; charset=utf-8"),
                                             (name: "X-Content-Type-Options", value: "nosniff")],
                     body: .bytes(Array(text.utf8)))
    }
}
