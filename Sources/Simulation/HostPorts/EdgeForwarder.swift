import API
import Foundation
import HTTP

/// Turns a request a host listener received into a request on the simulated network and its answer
/// back into an HTTP response. It never blocks the listener's thread: the answer is sent when the
/// network delivers it.
enum EdgeForwarder {
    static func forward(_ request: HTTPRequest, route: ListenerTarget, network: ClusterNetwork, responder: HTTPResponder) {
        var path = request.path.isEmpty ? "/" : request.path
        if !request.query.isEmpty {
            path += "?" + request.query.map { $0.value.isEmpty ? escape($0.name) : escape($0.name) + "=" + escape($0.value) }
                .joined(separator: "&")
        }
        let headers = request.headers.sorted { $0.key < $1.key }.map { (name: canonical($0.key), value: $0.value) }
        let host = request.header("host") ?? "localhost"
        let reply: @Sendable (Result<NetResponse, NetError>) -> Void = { result in
            switch result {
            case .success(let r):
                let kept = r.headers.filter { !HeaderName.isOne(of: ["content-length", "connection"], $0.name) }
                responder.respond(HTTPResponse(status: r.status, headers: kept, body: .bytes(r.body)))
            case .failure(let e):
                // The connection is already accepted: a refusal behind it becomes a 502 for the client.
                responder.respond(HTTPResponse(status: 502, headers: [("Content-Type", "text/plain")],
                                               body: .bytes(Array("kubeling: \(e)\n".utf8))))
            }
        }
        switch route {
        case .pod(let uid, let port, _, _):
            guard let pod = network.pod(uid: uid) else {
                return reply(.failure(.connectionRefused(host: host, port: port)))
            }
            let net = NetRequest(method: request.method, host: host, port: port, path: path, headers: headers, body: request.body)
            network.deliver(net, to: PodTarget(podUID: uid, port: port, ip: pod.ip), clientIP: network.bridgeIP(node: pod.nodeName), reply)
        case .service(let key, let port, _):
            let clientIP = network.bridgeIP(node: nil)
            let target = network.locked { () -> PodTarget? in
                guard let svc = network.services[key], let sp = svc.ports.first(where: { $0.port == port }) else { return nil }
                guard let c = network.pick(network.readyEndpoints(svc, sp), service: svc, port: sp, clientIP: clientIP) else { return nil }
                return network.podTarget(ip: c.ip, port: c.port)
            }
            guard let target else { return reply(.failure(.connectionRefused(host: host, port: port))) }
            let net = NetRequest(method: request.method, host: host, port: target.port, path: path, headers: headers, body: request.body)
            network.deliver(net, to: target, clientIP: clientIP, reply)
        }
    }

    /// `user-agent` → `User-Agent`.
    static func canonical(_ name: String) -> String {
        name.split(separator: "-", omittingEmptySubsequences: false).map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined(separator: "-")
    }

    static func escape(_ s: String) -> String {
        s.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=+"))) ?? s
    }
}
