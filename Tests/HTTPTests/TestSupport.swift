import ChildProcess
import Foundation
import HTTP
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Starts a server on an ephemeral port, runs `body`, and always stops the server.
func withServer(
    configure: (inout HTTPServer.Configuration) -> Void = { _ in },
    handler: @escaping @Sendable (HTTPRequest, HTTPResponder) -> Void,
    _ body: (HTTPServer) throws -> Void
) throws {
    var configuration = HTTPServer.Configuration()
    configuration.port = 0
    configuration.heartbeatSeconds = 0.2
    configure(&configuration)
    let server = HTTPServer(configuration: configuration, handler: handler)
    try server.start()
    defer { server.stop() }
    try body(server)
}

/// A lock-protected value shared between a handler and a test.
final class Shared<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    func get() -> Value {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    func update<Result>(_ change: (inout Value) -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return change(&value)
    }
}

/// Polls `condition` until it holds or `seconds` pass; returns whether it held.
func eventually(within seconds: Double, _ condition: () -> Bool) -> Bool {
    let deadline = Date(timeIntervalSinceNow: seconds)
    while Date() < deadline {
        if condition() { return true }
        usleep(10_000)
    }
    return condition()
}

struct TestError: Error, CustomStringConvertible {
    let description: String
}

/// A parsed HTTP response read from a raw socket.
struct RawResponse {
    var status: Int
    var headers: [String: String]
    var body: [UInt8]
    var text: String { String(decoding: body, as: UTF8.self) }
}

/// A blocking HTTP/1.1 client on one TCP connection, with a receive timeout so tests fail instead of hanging.
final class RawClient {
    let fd: Int32
    private var buffer: [UInt8] = []

    init(port: Int, timeoutSeconds: Int = 10) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw TestError(description: "socket failed") }
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            close(fd)
            throw TestError(description: "connect failed: errno \(errno)")
        }
    }

    deinit {
        close(fd)
    }

    func send(_ text: String) throws {
        try send(Array(text.utf8))
    }

    func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard written > 0 else { throw TestError(description: "send failed: errno \(errno)") }
            offset += written
        }
    }

    /// Reads more bytes into the buffer; false at end of stream.
    private func fill() throws -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        if count == 0 { return false }
        guard count > 0 else { throw TestError(description: "recv failed: errno \(errno)") }
        buffer.append(contentsOf: chunk[0..<count])
        return true
    }

    /// Reads one CRLF-terminated line (without the CRLF).
    func readLine() throws -> String {
        while true {
            if let index = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                var line = Array(buffer[..<index])
                buffer.removeFirst(index + 1)
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                return String(decoding: line, as: UTF8.self)
            }
            guard try fill() else { throw TestError(description: "connection closed while reading a line") }
        }
    }

    func readBytes(_ count: Int) throws -> [UInt8] {
        while buffer.count < count {
            guard try fill() else { throw TestError(description: "connection closed while reading a body") }
        }
        let bytes = Array(buffer[..<count])
        buffer.removeFirst(count)
        return bytes
    }

    /// Returns buffered bytes, or waits for new ones; empty at end of stream.
    func readAvailable() throws -> [UInt8] {
        if buffer.isEmpty {
            guard try fill() else { return [] }
        }
        defer { buffer = [] }
        return buffer
    }

    /// True when the peer closed the connection (reads until end of stream, discarding data).
    func readUntilClosed() -> Bool {
        while true {
            guard let more = try? fill() else { return false }
            if !more { return true }
        }
    }

    /// Reads a status line and headers.
    func readHead() throws -> (status: Int, headers: [String: String]) {
        let statusLine = try readLine()
        let parts = statusLine.split(separator: " ")
        guard parts.count >= 2, let status = Int(parts[1]) else {
            throw TestError(description: "bad status line \(statusLine)")
        }
        var headers: [String: String] = [:]
        while true {
            let line = try readLine()
            if line.isEmpty { break }
            if let colon = line.firstIndex(of: ":") {
                let name = line[..<colon].lowercased()
                headers[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
        }
        return (status, headers)
    }

    /// Reads one chunk of a chunked body; nil for the terminating chunk.
    func readChunk() throws -> [UInt8]? {
        let sizeLine = try readLine()
        guard let size = Int(sizeLine.split(separator: ";")[0], radix: 16) else {
            throw TestError(description: "bad chunk size \(sizeLine)")
        }
        if size == 0 {
            _ = try readLine()
            return nil
        }
        let data = try readBytes(size)
        _ = try readLine()
        return data
    }

    /// Reads a whole response (Content-Length or chunked).
    func readResponse() throws -> RawResponse {
        let head = try readHead()
        var body: [UInt8] = []
        if head.headers["transfer-encoding"]?.lowercased() == "chunked" {
            while let chunk = try readChunk() { body += chunk }
        } else if let length = head.headers["content-length"].flatMap({ Int($0) }) {
            body = try readBytes(length)
        }
        return RawResponse(status: head.status, headers: head.headers, body: body)
    }

    /// Sends a request and reads its response.
    func request(_ method: String, _ target: String, headers: [String] = [], body: [UInt8] = []) throws -> RawResponse {
        var head = "\(method) \(target) HTTP/1.1\r\nHost: localhost\r\n"
        for header in headers { head += header + "\r\n" }
        if !body.isEmpty || method == "POST" || method == "PUT" { head += "Content-Length: \(body.count)\r\n" }
        head += "\r\n"
        try send(Array(head.utf8) + body)
        return try readResponse()
    }
}

/// Runs curl with `arguments`; returns its exit status and standard output.
func curl(_ arguments: [String], input: Data? = nil) throws -> (status: Int32, output: Data) {
    let process = try ChildProcess("/usr/bin/curl", ["-s", "--max-time", "20"] + arguments,
                                   stdin: input.map { Array($0) }, stderr: .discard)
    let status = process.wait() ?? -1
    return (status, Data(process.stdout.data))
}

/// A response with a text body.
func textResponse(_ status: Int, _ text: String, headers: [(name: String, value: String)] = []) -> HTTPResponse {
    HTTPResponse(status: status, headers: [(name: "Content-Type", value: "text/plain")] + headers, body: .bytes(Array(text.utf8)))
}
