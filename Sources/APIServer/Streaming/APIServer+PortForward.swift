import API
import HTTP
import JSON

extension APIServer {
    /// `pods/portforward`: SPDY/3.1 (POST, `portforward.k8s.io`) or the same SPDY session tunnelled
    /// through WebSocket binary messages (GET, `SPDY/3.1+portforward.k8s.io`, kubectl 1.31 and later).
    func portForward(_ request: HTTPRequest, pods: ResourceInfo, namespace: String,
                     name: String) throws(APIError) -> HTTPResponse {
        guard request.method == "GET" || request.method == "POST" else {
            throw APIError.methodNotAllowed("the server does not allow this method on the requested resource")
        }
        let pod = try streamingPod(pods, namespace: namespace, name: name)
        let node = try Self.node(of: pod, name: name)
        let runtime = try podRuntime(node: node)
        let uid = pod[path: ["metadata", "uid"]]?.stringValue ?? ""
        let session = PortForwardSession(namespace: namespace, pod: name, uid: uid, runtime: runtime)
        if WebSocket.isUpgradeRequest(request) {
            let offered = (request.header("sec-websocket-protocol") ?? "").split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard offered.contains(PortForwardSession.tunnelProtocol) else {
                throw Self.unnegotiable(offered.joined(separator: ","), [PortForwardSession.tunnelProtocol])
            }
            let handler = PortForwardSession.Tunnel(session: session)
            guard let response = WebSocket.upgradeResponse(for: request, protocol: PortForwardSession.tunnelProtocol,
                                                           handler: handler) else {
                throw APIError.badRequest("Upgrade request required")
            }
            return response
        }
        guard request.header("upgrade")?.lowercased().contains("spdy/3.1") == true else {
            throw APIError.badRequest("Upgrade request required")
        }
        let offered = (request.header("x-stream-protocol-version") ?? "").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard offered.contains(PortForwardSession.spdyProtocol) else {
            throw Self.unnegotiable(offered.joined(separator: ","), [PortForwardSession.spdyProtocol])
        }
        return Self.spdyUpgrade(protocol: PortForwardSession.spdyProtocol, handler: session)
    }
}
