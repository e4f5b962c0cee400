import API
import Foundation
import HTTP

/// One port-forward session: the client opens an `error` and a `data` stream per local connection,
/// paired by their `requestid` header; the pair is connected to the Pod's `port` through the runtime
/// and bytes are pumped both ways. When the Pod's side ends, the data and error streams are FIN'd;
/// when the connection cannot be made, the error stream carries the reason (the kubelet's words).
final class PortForwardSession: HTTPUpgradeHandler, @unchecked Sendable {
    // Sendable invariant: `pending` and `active` are guarded by `lock`.
    static let spdyProtocol = "portforward.k8s.io"
    static let tunnelProtocol = "SPDY/3.1+portforward.k8s.io"

    private let namespace: String
    private let pod: String
    private let uid: String
    private let runtime: any PodRuntime
    private let lock = NSLock()
    private var pending: [String: (error: SPDYStream?, data: SPDYStream?)] = [:]
    private var active: [ObjectIdentifier: PodConnection] = [:]
    private var gone = false

    init(namespace: String, pod: String, uid: String, runtime: any PodRuntime) {
        self.namespace = namespace
        self.pod = pod
        self.uid = uid
        self.runtime = runtime
    }

    /// The SPDY session straight over the upgraded connection.
    func upgraded(_ upgraded: HTTPUpgradedConnection) {
        run(over: upgraded)
    }

    /// Runs the session over `channel` until the client ends it.
    func run(over channel: any ByteChannel) {
        let connection = SPDYConnection(channel: channel, onStream: { [self] in add($0) },
                                        onClose: { [self] in clientGone() })
        connection.start()
    }

    /// The SPDY session inside WebSocket binary messages.
    final class Tunnel: HTTPUpgradeHandler {
        let session: PortForwardSession
        init(session: PortForwardSession) { self.session = session }
        func upgraded(_ upgraded: HTTPUpgradedConnection) {
            session.run(over: WebSocketByteChannel(WebSocketConnection(channel: upgraded)))
        }
    }

    private func add(_ stream: SPDYStream) {
        let type = stream.header("streamtype") ?? ""
        let requestID = stream.header("requestid") ?? ""
        guard type == "error" || type == "data" else {
            stream.reset(status: SPDYStatus.protocolError)
            return
        }
        if type == "error" {
            stream.setHandler { _ in }  // the client never writes on it
        }
        lock.lock()
        var pair = pending[requestID] ?? (error: nil, data: nil)
        if type == "error" { pair.error = stream } else { pair.data = stream }
        guard let error = pair.error, let data = pair.data else {
            pending[requestID] = pair
            lock.unlock()
            return
        }
        pending[requestID] = nil
        lock.unlock()
        let port = stream.header("port") ?? ""
        let thread = Thread { [self] in forward(port: port, error: error, data: data) }
        thread.name = "port-forward"
        thread.start()
    }

    private func forward(port text: String, error errorStream: SPDYStream, data: SPDYStream) {
        guard let port = Int(text), (1...65535).contains(port) else {
            fail(errorStream, data, "invalid port: \(text)")  // how the kubelet rejects a bad port header
            return
        }
        let connection: PodConnection
        do throws(APIError) {
            connection = try runtime.connect(namespace: namespace, pod: pod, port: port)
        } catch {
            // The kubelet's wording around the runtime's cause (kept when the runtime already says it).
            let message = error.message.hasPrefix("error forwarding port") ? error.message
                : "error forwarding port \(port) to pod \(pod), uid \(uid): \(error.message)"
            fail(errorStream, data, message)
            return
        }
        let key = ObjectIdentifier(data)
        lock.lock()
        let alreadyGone = gone
        if !alreadyGone { active[key] = connection }
        lock.unlock()
        if alreadyGone {
            connection.toPod.closeWrite()
            connection.fromPod.closeRead()
            return
        }
        data.setHandler { event in
            switch event {
            case .data(let bytes): connection.toPod.write(bytes)
            case .end: connection.toPod.closeWrite()
            }
        }
        while let bytes = connection.fromPod.read() {
            if !data.write(bytes) {
                connection.fromPod.closeRead()
                break
            }
        }
        data.finish()
        errorStream.finish()
        lock.lock()
        active[key] = nil
        lock.unlock()
    }

    private func fail(_ error: SPDYStream, _ data: SPDYStream, _ message: String) {
        error.write(Array(message.utf8))
        error.finish()
        data.finish()
    }

    /// The client went away: every open connection into the Pod is closed.
    private func clientGone() {
        lock.lock()
        gone = true
        let all = Array(active.values)
        active = [:]
        pending = [:]
        lock.unlock()
        for connection in all {
            connection.toPod.closeWrite()
            connection.fromPod.closeRead()
        }
    }
}
