import Foundation

/// The add-ons' health and status endpoints: metrics-server's `/livez` and `/readyz` (and `/healthz`),
/// ingress-nginx's `/healthz` on 10254, CoreDNS's `:8080/health` and `:8181/ready`. Everything else
/// gets the 404 the Go servers give.
public struct HealthServer: HTTPProgram {
    /// The program whose endpoints these are.
    public enum Kind: Sendable {
        /// metrics-server: `/livez`, `/readyz`, `/healthz` on its secure port.
        case metricsServer
        /// ingress-nginx's controller: `/healthz` on 10254.
        case ingressController
        /// CoreDNS: `/health` on 8080, `/ready` on 8181.
        case coredns
    }

    /// Whose endpoints these are.
    public let kind: Kind

    /// The endpoints of `kind`.
    public init(kind: Kind) { self.kind = kind }

    public func respond(_ request: ServedRequest, port: Int, _ env: ServeEnvironment) -> NetResponse {
        let path = String(request.pathOnly)
        let date = ("Date", ServerTime.http(env.now))
        let text = [("Content-Type", "text/plain; charset=utf-8"), ("X-Content-Type-Options", "nosniff")]
        switch (kind, port, path) {
        case (.metricsServer, _, "/livez"), (.metricsServer, _, "/readyz"), (.metricsServer, _, "/healthz"),
             (.ingressController, 10254, "/healthz"), (.coredns, 8080, "/health"), (.coredns, 8181, "/ready"):
            let headers: [(name: String, value: String)] = kind == .metricsServer
                ? [("Cache-Control", "no-cache, private")] + text + [date] : [date, ("Content-Type", "text/plain; charset=utf-8")]
            // CoreDNS's health and ready plugins answer "OK"; the Go health checkers "ok".
            return .with(200, headers, Array((kind == .coredns ? "OK" : "ok").utf8))
        default:
            return .with(404, text + [date], Array("404 page not found\n".utf8))
        }
    }
}
