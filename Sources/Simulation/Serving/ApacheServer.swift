import Foundation

/// Apache httpd: the `httpd` image's `It works!` page, and `registry.k8s.io/hpa-example` (PHP on
/// Apache) whose page burns CPU and answers `OK!`. Both log in the common log format.
public struct ApacheServer: HTTPProgram {
    /// Which site the server has.
    public enum Site: Sendable {
        /// The `httpd` image's default page.
        case itWorks
        /// `registry.k8s.io/hpa-example`'s `index.php`.
        case hpaExample
    }

    /// The site served.
    public let site: Site

    /// A server of `site`.
    public init(site: Site) { self.site = site }

    public func respond(_ request: ServedRequest, port: Int, _ env: ServeEnvironment) -> NetResponse {
        let path = request.pathOnly
        let ok = path == "/" || path == "/index.html" || (site == .hpaExample && path == "/index.php")
        let status = ok ? 200 : 404
        let body: [UInt8]
        var headers: [(name: String, value: String)] = [("Date", ServerTime.http(env.now))]
        switch (site, ok) {
        case (.itWorks, true):
            body = Array("<html><body><h1>It works!</h1></body></html>\n".utf8)
            headers += [("Server", "Apache/2.4.62 (Unix)"), ("Last-Modified", "Mon, 11 Jun 2007 18:53:14 GMT"),
                        ("ETag", "\"2d-432a5e4a73a80\""), ("Accept-Ranges", "bytes"), ("Content-Type", "text/html")]
        case (.hpaExample, true):
            body = Array("OK!".utf8)
            headers += [("Server", "Apache/2.4.10 (Debian)"), ("X-Powered-By", "PHP/5.6.40"), ("Vary", "Accept-Encoding"),
                        ("Content-Type", "text/html; charset=UTF-8")]
        case (_, false):
            body = Array(("<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>404 Not Found</title>\n"
                + "</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n").utf8)
            headers += [("Server", site == .itWorks ? "Apache/2.4.62 (Unix)" : "Apache/2.4.10 (Debian)"),
                        ("Content-Type", "text/html; charset=iso-8859-1")]
        }
        if let log = env.log {
            log("\(request.clientIP) - - [\(ServerTime.common(env.now))] \"\(request.method) \(request.path) HTTP/1.1\" \(status) \(body.count)")
        }
        return .with(status, headers, request.method == "HEAD" ? [] : body)
    }
}
