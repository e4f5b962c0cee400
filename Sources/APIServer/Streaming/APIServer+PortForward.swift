import API
import Foundation
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
                // The kubelet's own WebSocket port-forward (client libraries such as kr8s use it).
                let channels = ["v4.channel.k8s.io", "channel.k8s.io"]
                let chosen = offered.first { channels.contains($0) }
                guard chosen != nil || offered.filter({ !$0.isEmpty }).isEmpty else {
                    throw Self.unnegotiable(offered.joined(separator: ","), [PortForwardSession.tunnelProtocol] + channels)
                }
                let ports = request.queryValues("ports").flatMap { $0.split(separator: ",") }
                    .map { $0.trimmingCharacters(in: .whitespaces) }
                var numbers: [Int] = []
                for text in ports {
                    guard let port = Int(text), (1...65535).contains(port) else {
                        throw APIError.badRequest("unable to parse \"\(text)\" as a port: invalid port")
                    }
                    numbers.append(port)
                }
                guard !numbers.isEmpty else { throw APIError.badRequest("query parameter \"port\" is required") }
                let handler = ChannelPortForward(namespace: namespace, pod: name, uid: uid, ports: numbers, runtime: runtime)
                guard let response = WebSocket.upgradeResponse(for: request, protocol: chosen, handler: handler) else {
                    throw APIError.badRequest("Upgrade request required")
                }
                return response
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

/// Port-forward over the kubelet's channel WebSocket protocol (`v4.channel.k8s.io`, or none offered):
/// port *i* uses channel 2i for data both ways and 2i+1 for errors; the first message on each channel
/// is the port as two little-endian bytes. One connection into the Pod per port.
final class ChannelPortForward: HTTPUpgradeHandler, @unchecked Sendable {
    // Invariant: immutable after init.
    let namespace: String
    let pod: String
    let uid: String
    let ports: [Int]
    let runtime: any PodRuntime

    init(namespace: String, pod: String, uid: String, ports: [Int], runtime: any PodRuntime) {
        self.namespace = namespace
        self.pod = pod
        self.uid = uid
        self.ports = ports
        self.runtime = runtime
    }

    func upgraded(_ upgraded: HTTPUpgradedConnection) {
        let socket = WebSocketConnection(channel: upgraded)
        let thread = Thread { [self] in serve(socket) }
        thread.name = "portforward-channels"
        thread.start()
    }

    private func serve(_ socket: WebSocketConnection) {
        var connections: [PodConnection?] = []
        for (i, port) in ports.enumerated() {
            let prefix = [UInt8(port & 0xFF), UInt8(port >> 8)]
            socket.send(binary: [UInt8(2 * i)] + prefix)
            socket.send(binary: [UInt8(2 * i + 1)] + prefix)
            do throws(APIError) {
                let connection = try runtime.connect(namespace: namespace, pod: pod, port: port)
                connections.append(connection)
                let channel = UInt8(2 * i)
                Thread {
                    while let chunk = connection.fromPod.read() {
                        if !socket.send(binary: [channel] + chunk) { break }
                    }
                }.start()
            } catch {
                connections.append(nil)
                socket.send(binary: [UInt8(2 * i + 1)] + Array(
                    "error forwarding port \(port) to pod \(pod), uid \(uid): \(error.message)".utf8))
            }
        }
        while let message = socket.receive() {
            guard let channel = message.payload.first, channel % 2 == 0, Int(channel) / 2 < connections.count,
                  let connection = connections[Int(channel) / 2] else { continue }
            connection.toPod.write(Array(message.payload.dropFirst()))
        }
        for connection in connections.compactMap({ $0 }) {
            connection.toPod.closeWrite()
            connection.fromPod.closeRead()
        }
        socket.close()
    }
}
