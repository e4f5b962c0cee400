import Foundation

/// The tutorial's `lyzhang1999/hello-world-flask` app on Werkzeug's development server: `/` answers
/// `Hello, my name is <hostname>`, anything else Werkzeug's 404 page; each request is logged as the
/// development server does (`10.244.0.1 - - [02/Dec/2026 10:00:00] "GET / HTTP/1.1" 200 -`).
public struct FlaskApp: HTTPProgram {
    /// The `Server` header of the image's Werkzeug and Python.
    public static let server = "Werkzeug/2.2.2 Python/3.8.16"

    public init() {}

    public func respond(_ request: ServedRequest, port: Int, _ env: ServeEnvironment) -> NetResponse {
        let path = request.pathOnly
        let status: Int
        let body: [UInt8]
        if path == "/" && (request.method == "GET" || request.method == "HEAD") {
            status = 200
            body = Array("Hello, my name is \(env.hostname)".utf8)
        } else if path == "/" {
            status = 405
            body = Array(Self.page(405, "Method Not Allowed", "The method is not allowed for the requested URL.").utf8)
        } else {
            status = 404
            body = Array(Self.page(404, "Not Found", "The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.").utf8)
        }
        if let log = env.log {
            log("\(request.clientIP) - - [\(ServerTime.werkzeug(env.now))] \"\(request.method) \(request.path) HTTP/1.1\" \(status) -")
        }
        var headers: [(name: String, value: String)] = [("Server", Self.server), ("Date", ServerTime.http(env.now)),
                                                        ("Content-Type", "text/html; charset=utf-8")]
        if status == 405 { headers.append(("Allow", "GET, HEAD, OPTIONS")) }
        headers.append(("Connection", "close"))
        return .with(status, headers, request.method == "HEAD" ? [] : body)
    }

    /// Werkzeug's HTML error page.
    static func page(_ code: Int, _ title: String, _ text: String) -> String {
        "<!doctype html>\n<html lang=en>\n<title>\(code) \(title)</title>\n<h1>\(title)</h1>\n<p>\(text)</p>\n"
    }
}
