/// An `http://host:port/path` URL as curl, wget and ab take it.
struct SimpleURL: Equatable {
    var scheme: String
    var host: String
    var port: Int
    var path: String

    /// Parses `http://web:8080/x?y`, `web/x` (http assumed), `https://…` (port 443).
    init?(_ text: String) {
        var rest = Substring(text)
        scheme = "http"
        if let r = rest.range(of: "://") {
            scheme = rest[..<r.lowerBound].lowercased()
            rest = rest[r.upperBound...]
        }
        guard scheme == "http" || scheme == "https" else { return nil }
        let authority = rest.prefix { $0 != "/" && $0 != "?" }
        var p = String(rest.dropFirst(authority.count))
        if p.isEmpty || p.hasPrefix("?") { p = "/" + p }
        path = p
        var hostPart = authority
        if let at = hostPart.lastIndex(of: "@") { hostPart = hostPart[hostPart.index(after: at)...] }
        port = scheme == "https" ? 443 : 80
        if hostPart.hasPrefix("[") {
            guard let close = hostPart.firstIndex(of: "]") else { return nil }
            host = String(hostPart[hostPart.index(after: hostPart.startIndex)..<close])
            let after = hostPart[hostPart.index(after: close)...]
            if after.hasPrefix(":") {
                guard let n = Int(after.dropFirst()) else { return nil }
                port = n
            }
        } else if let colon = hostPart.lastIndex(of: ":") {
            host = String(hostPart[..<colon])
            guard let n = Int(hostPart[hostPart.index(after: colon)...]), n > 0, n < 65_536 else { return nil }
            port = n
        } else {
            host = String(hostPart)
        }
        guard !host.isEmpty else { return nil }
    }

    /// The `Host:` header value.
    var hostHeader: String {
        (scheme == "http" && port == 80) || (scheme == "https" && port == 443) ? host : "\(host):\(port)"
    }
}

/// HTTP reason phrases.
enum HTTPReason {
    static func phrase(_ status: Int) -> String {
        switch status {
        case 100: "Continue"
        case 200: "OK"
        case 201: "Created"
        case 202: "Accepted"
        case 204: "No Content"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 304: "Not Modified"
        case 307: "Temporary Redirect"
        case 308: "Permanent Redirect"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 408: "Request Timeout"
        case 409: "Conflict"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 501: "Not Implemented"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        default: ""
        }
    }
}
