import API
import HTTP

extension APIServer {
    /// `pods/exec` and `pods/attach`: checks the request and the Pod, then upgrades to WebSocket
    /// (GET) or SPDY/3.1 (POST) and runs the session.
    func remoteCommand(_ request: HTTPRequest, pods: ResourceInfo, namespace: String, name: String,
                       exec: Bool) throws(APIError) -> HTTPResponse {
        let webSocket = WebSocket.isUpgradeRequest(request)
        let spdy = request.header("upgrade")?.lowercased().contains("spdy/3.1") == true
        guard request.method == "GET" || request.method == "POST" else {
            throw APIError.methodNotAllowed("the server does not allow this method on the requested resource")
        }
        let command = request.queryValues("command")
        if exec && command.isEmpty {
            throw APIError.badRequest("you must specify at least one command for the container")
        }
        var process = ProcessRequest(namespace: namespace, pod: name, command: exec ? command : [],
                                     stdin: Self.isTrue(request.queryValue("stdin")),
                                     stdout: Self.isTrue(request.queryValue("stdout")),
                                     stderr: Self.isTrue(request.queryValue("stderr")),
                                     tty: Self.isTrue(request.queryValue("tty")))
        guard process.stdin || process.stdout || process.stderr else {
            throw APIError.badRequest("you must specify at least 1 of stdin, stdout, stderr")
        }
        let pod = try streamingPod(pods, namespace: namespace, name: name)
        process.container = try Self.container(request.queryValue("container"), of: pod, name: name)
        let node = try Self.node(of: pod, name: name)
        let runtime = try podRuntime(node: node)
        guard webSocket || spdy else { throw APIError.badRequest("Upgrade request required") }
        let session = RemoteCommandSession(request: process, isExec: exec, runtime: runtime)
        if webSocket {
            let offered = request.header("sec-websocket-protocol")
            guard let version = offered == nil
                    ? .channel : RemoteCommandProtocol.negotiate(offered, supported: RemoteCommandProtocol.webSocket) else {
                throw Self.unnegotiable(offered, RemoteCommandProtocol.webSocket.map(\.rawValue))
            }
            let handler = WebSocketRemoteCommand(session: session, version: version)
            guard let response = WebSocket.upgradeResponse(for: request, protocol: offered == nil ? nil : version.rawValue,
                                                           handler: handler) else {
                throw APIError.badRequest("Upgrade request required")
            }
            return response
        }
        let offered = request.header("x-stream-protocol-version")
        guard let version = RemoteCommandProtocol.negotiate(offered, supported: RemoteCommandProtocol.spdy) else {
            throw Self.unnegotiable(offered, RemoteCommandProtocol.spdy.map(\.rawValue))
        }
        return Self.spdyUpgrade(protocol: version.rawValue, handler: SPDYRemoteCommand(session: session, version: version))
    }

    /// The 101 that switches a connection to SPDY/3.1 with the negotiated stream protocol.
    static func spdyUpgrade(protocol chosen: String, handler: any HTTPUpgradeHandler) -> HTTPResponse {
        HTTPResponse(status: 101, headers: [(name: "Upgrade", value: "SPDY/3.1"),
                                            (name: "X-Stream-Protocol-Version", value: chosen)],
                     body: .upgrade(handler))
    }

    /// Upstream's answer when no offered subprotocol is supported.
    static func unnegotiable(_ offered: String?, _ accepted: [String]) -> APIError {
        let client = (offered ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        return APIError(code: 403, reason: "Forbidden",
                        message: "unable to upgrade: unable to negotiate protocol: client supports [\(client.joined(separator: " "))], server accepts [\(accepted.joined(separator: " "))]")
    }
}
