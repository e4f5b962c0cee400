import API
import Foundation
import HTTP

extension APIServer {
    /// `pods/{[scheme:]name[:port]}/proxy[/path]` and `services/{[scheme:]name[:port]}/proxy[/path]`:
    /// any method, forwarded through the runtime; the backend's answer goes back as is.
    func proxy(_ request: HTTPRequest, _ info: RequestInfo, _ r: ResourceInfo, namespace: String,
               name reference: String) -> HTTPResponse {
        let parts = reference.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let scheme: String?, name: String, port: String?
        switch parts.count {
        case 1: (scheme, name, port) = (nil, parts[0], nil)
        case 2: (scheme, name, port) = (nil, parts[0], parts[1].isEmpty ? nil : parts[1])
        case 3: (scheme, name, port) = (parts[0].isEmpty ? nil : parts[0], parts[1], parts[2].isEmpty ? nil : parts[2])
        default: return Responses.error(.badRequest("invalid \(r.plural == "pods" ? "pod" : "service") request \"\(reference)\""))
        }
        let target: ProxyTarget = r.plural == "pods"
            ? .pod(namespace: namespace, name: name, port: port, scheme: scheme)
            : .service(namespace: namespace, name: name, port: port, scheme: scheme)
        let forwarded = ProxyRequest(method: request.method, path: Self.proxiedPath(request, reference: reference),
                                     headers: Self.forwardedHeaders(request), body: request.body)
        do throws(APIError) {
            guard let runtime else {
                throw APIError(code: 503, reason: "ServiceUnavailable",
                               message: "error trying to reach service: no pod runtime is reachable")
            }
            let answer = try runtime.proxy(target, forwarded)
            let headers = answer.headers.filter { !Self.hopByHop.contains($0.name.lowercased()) }
            return HTTPResponse(status: answer.status, headers: headers, body: .bytes(answer.body))
        } catch {
            return Responses.error(error)
        }
    }

    /// What follows `/proxy` in the request path (`/` when nothing does), with the query re-encoded.
    static func proxiedPath(_ request: HTTPRequest, reference: String) -> String {
        var path = "/"
        if let marker = request.path.range(of: "/\(reference)/proxy") {
            let rest = request.path[marker.upperBound...]
            if !rest.isEmpty { path = String(rest) }
        }
        guard !request.query.isEmpty else { return path }
        let allowed = CharacterSet.urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=+;"))
        let query = request.query.map { item in
            let name = item.name.addingPercentEncoding(withAllowedCharacters: allowed) ?? item.name
            let value = item.value.addingPercentEncoding(withAllowedCharacters: allowed) ?? item.value
            return "\(name)=\(value)"
        }
        return path + "?" + query.joined(separator: "&")
    }

    /// Headers that describe one hop, never forwarded by a proxy (RFC 9110 §7.6.1).
    static let hopByHop: Set<String> = ["connection", "keep-alive", "proxy-connection", "transfer-encoding",
                                        "upgrade", "te", "trailer", "content-length"]

    static func forwardedHeaders(_ request: HTTPRequest) -> [(name: String, value: String)] {
        request.headers.filter { !hopByHop.contains($0.key) && $0.key != "authorization" }
            .sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) }
    }
}
