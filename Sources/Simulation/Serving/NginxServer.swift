import Foundation

/// The `nginx` image with its default configuration: `/` and `/index.html` serve the welcome page
/// (or the container's own `index.html`), other paths the files under `/usr/share/nginx/html` in the
/// container, anything else nginx's `404 Not Found`; each request goes to the access
/// log in the `combined` format plus `"$http_x_forwarded_for"`, as the image's `nginx.conf` says.
public struct NginxServer: HTTPProgram {
    /// The image's nginx version, as `server_tokens on` shows it.
    public static let version = "nginx/1.27.3"

    public init() {}

    public func respond(_ request: ServedRequest, port: Int, _ env: ServeEnvironment) -> NetResponse {
        let path = request.pathOnly
        var status = 200
        var body: [UInt8]
        var headers: [(name: String, value: String)] = [("Server", Self.version), ("Date", ServerTime.http(env.now))]
        if request.method != "GET" && request.method != "HEAD" {
            status = 405
            body = NginxPages.error(405, server: Self.version)
        } else if let file = Self.documentPath(String(path)).flatMap({ p in env.readFile?(p) }) {
            body = file
        } else if path == "/" || path == "/index.html" {
            body = NginxPages.welcome
        } else {
            status = 404
            body = NginxPages.error(404, server: Self.version)
        }
        headers.append(("Content-Type", status == 200 ? Self.contentType(String(path)) : "text/html"))
        if status == 200 {
            headers.append(("Last-Modified", "Tue, 26 Nov 2024 15:55:00 GMT"))
            headers.append(("Connection", "keep-alive"))
            headers.append(("ETag", "\"6745ef54-267\""))
            headers.append(("Accept-Ranges", "bytes"))
        } else {
            headers.append(("Connection", "keep-alive"))
        }
        if let log = env.log {
            log(NginxPages.accessLog(request, status: status, bytes: body.count, at: env.now))
        }
        return .with(status, headers, request.method == "HEAD" ? [] : body)
    }
}

extension NginxServer {
    /// The file a request path names under the document root (`/` is `index.html`); nil for a path
    /// that leaves it.
    static func documentPath(_ path: String) -> String? {
        guard !path.split(separator: "/").contains("..") else { return nil }
        return "/usr/share/nginx/html" + (path.hasSuffix("/") ? path + "index.html" : path)
    }

    /// nginx's `mime.types` for the common extensions (`default_type application/octet-stream`).
    static func contentType(_ path: String) -> String {
        let ext = path.hasSuffix("/") ? "html" : String(path.split(separator: ".").last ?? "")
        switch ext.lowercased() {
        case "html", "htm": return "text/html"
        case "css": return "text/css"
        case "js": return "application/javascript"
        case "json": return "application/json"
        case "txt": return "text/plain"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        default: return "application/octet-stream"
        }
    }
}

/// nginx's built-in pages and log format.
public enum NginxPages {
    /// The default `index.html` of the nginx image (615 bytes).
    public static let welcome: [UInt8] = Array("""
        <!DOCTYPE html>
        <html>
        <head>
        <title>Welcome to nginx!</title>
        <style>
        html { color-scheme: light dark; }
        body { width: 35em; margin: 0 auto;
        font-family: Tahoma, Verdana, Arial, sans-serif; }
        </style>
        </head>
        <body>
        <h1>Welcome to nginx!</h1>
        <p>If you see this page, the nginx web server is successfully installed and
        working. Further configuration is required.</p>

        <p>For online documentation and support please refer to
        <a href="http://nginx.org/">nginx.org</a>.<br/>
        Commercial support is available at
        <a href="http://nginx.com/">nginx.com</a>.</p>

        <p><em>Thank you for using nginx.</em></p>
        </body>
        </html>

        """.utf8)

    /// The reason phrases nginx's error pages show.
    static func title(_ code: Int) -> String {
        switch code {
        case 400: return "400 Bad Request"
        case 404: return "404 Not Found"
        case 405: return "405 Not Allowed"
        case 413: return "413 Request Entity Too Large"
        case 500: return "500 Internal Server Error"
        case 502: return "502 Bad Gateway"
        case 503: return "503 Service Temporarily Unavailable"
        case 504: return "504 Gateway Time-out"
        default: return "\(code)"
        }
    }

    /// nginx's error page for `code`, signed `server` (`nginx` with `server_tokens off`), CRLF line ends
    /// as nginx writes them.
    public static func error(_ code: Int, server: String = "nginx") -> [UInt8] {
        let t = title(code)
        return Array(("<html>\r\n<head><title>\(t)</title></head>\r\n<body>\r\n<center><h1>\(t)</h1></center>\r\n"
            + "<hr><center>\(server)</center>\r\n</body>\r\n</html>\r\n").utf8)
    }

    /// One access log line: `$remote_addr - $remote_user [$time_local] "$request" $status
    /// $body_bytes_sent "$http_referer" "$http_user_agent" "$http_x_forwarded_for"`.
    static func accessLog(_ r: ServedRequest, status: Int, bytes: Int, at now: Date) -> String {
        "\(r.clientIP) - - [\(ServerTime.common(now))] \"\(r.method) \(r.path) HTTP/1.1\" \(status) \(bytes) "
            + "\"\(r.header("Referer") ?? "-")\" \"\(r.header("User-Agent") ?? "-")\" \"\(r.header("X-Forwarded-For") ?? "-")\""
    }
}
