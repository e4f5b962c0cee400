import API
import HTTP
import JSON

/// Building HTTP responses from API results.
enum Responses {
    static let jsonContentType = "application/json"

    /// A JSON body with the given code. A JSON document ends with a newline, as upstream's API objects do
    /// (Go's `json.Encoder` terminates every value it writes); other media types (protobuf) and documents
    /// upstream writes with `json.Marshal` (`newline: false`: the OpenAPI documents, `/version`) go out as
    /// they are.
    static func json(_ code: Int, _ body: [UInt8], contentType: String = jsonContentType,
                     newline terminated: Bool = true) -> HTTPResponse {
        var body = body
        if terminated && (contentType == jsonContentType || contentType.contains("json")) && body.last != newline {
            body.append(newline)
        }
        return HTTPResponse(status: code, headers: [(name: "Content-Type", value: contentType)], body: .bytes(body))
    }

    private static let newline = UInt8(ascii: "\n")

    /// A JSON document in pieces: joined when small, streamed (with its length) when large, so a LIST
    /// of thousands of objects is sent from the cached bytes without assembling one big buffer.
    static func json(_ code: Int, _ parts: [[UInt8]]) -> HTTPResponse {
        let parts = parts + [[newline]]
        let size = parts.reduce(0) { $0 + $1.count }
        guard size > 1 << 20 else {
            var body: [UInt8] = []
            body.reserveCapacity(size)
            for p in parts { body.append(contentsOf: p) }
            return json(code, body)
        }
        return HTTPResponse(status: code, headers: [(name: "Content-Type", value: jsonContentType)],
                            body: .stream(PartsStream(parts)))
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

/// A body streamed from pieces already in memory; never waits.
final class PartsStream: HTTPStream, @unchecked Sendable {
    // Invariant: only MHD's reader for this one connection calls `read`, one call at a time, so the
    // cursor needs no lock.
    private let parts: [[UInt8]]
    private var index = 0
    private var offset = 0

    /// Known from the parts: the LIST goes out with `Content-Length`, which spares clients decoding thousands of
    /// chunks (a cold-start LIST of 10k pods spent longer in the client's chunk decoding than on the wire).
    let contentLength: Int?

    init(_ parts: [[UInt8]]) {
        self.parts = parts
        contentLength = parts.reduce(0) { $0 + $1.count }
    }

    func attach(waker: HTTPStreamWaker) {}

    func read(into buffer: UnsafeMutableRawBufferPointer) -> HTTPStreamRead {
        var written = 0
        while index < parts.count, written < buffer.count {
            let part = parts[index]
            let n = min(part.count - offset, buffer.count - written)
            if n > 0 {
                part.withUnsafeBytes { src in
                    if let from = src.baseAddress, let to = buffer.baseAddress {
                        (to + written).copyMemory(from: from + offset, byteCount: n)
                    }
                }
            }
            written += n
            offset += n
            if offset >= part.count {
                index += 1
                offset = 0
            }
        }
        return written > 0 ? .data(written) : .end
    }

    func closed() {}
}
