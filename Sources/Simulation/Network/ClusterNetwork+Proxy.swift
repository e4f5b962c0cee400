import API
import Foundation

/// The API server's `pods/proxy` and `services/proxy` (the lead wires this to `PodRuntime.proxy`).
extension ClusterNetwork {
    /// Sends `request` to a Pod's or a Service's port as the API server's proxy does, with upstream's
    /// errors: a missing object is 404; a Service port that does not exist or a Service without a ready
    /// endpoint is 503 (`no service port 81 found for service "web"`, `no endpoints available for
    /// service "web"`); a backend that refuses is 503 `error trying to reach service: dial tcp
    /// 10.244.0.5:80: connect: connection refused`. Blocks until the answer.
    public func proxy(_ target: ProxyTarget, _ request: ProxyRequest) throws(APIError) -> ProxyResponse {
        let clientIP = bridgeIP(node: nodes.first?.name)
        let destination: PodTarget
        switch target {
        case .pod(let namespace, let name, let portRef, _):
            guard let pod = pod(ObjectKey(namespace: namespace, name: name)) else {
                throw APIError.notFound(resource: "pods", group: "", name: name)
            }
            let port: Int
            if let portRef, !portRef.isEmpty {
                if let n = Int(portRef) {
                    port = n
                } else if let n = pod.port(named: portRef) {
                    port = n
                } else {
                    throw Self.unavailable("error trying to reach service: dial tcp: lookup port \(portRef): unknown port")
                }
            } else {
                port = pod.containers.lazy.compactMap(\.ports.first).first?.containerPort ?? 80
            }
            guard !pod.ip.isEmpty else {
                throw APIError.badRequest("pod \(name) does not have a host assigned")
            }
            destination = PodTarget(podUID: pod.uid, port: port, ip: pod.ip)
        case .service(let namespace, let name, let portRef, _):
            guard let svc = service(ObjectKey(namespace: namespace, name: name)) else {
                throw APIError.notFound(resource: "services", group: "", name: name)
            }
            guard let sp = svc.port(portRef) else {
                throw Self.unavailable("no service port \(portRef ?? "") found for service \"\(name)\"")
            }
            let chosen = locked { () -> (ip: String, port: Int)? in
                let ready = readyEndpoints(svc, sp)
                return ready.isEmpty ? nil : ready[Int.random(in: 0..<ready.count)]
            }
            guard let chosen else { throw Self.unavailable("no endpoints available for service \"\(name)\"") }
            let uid = locked { podTarget(ip: chosen.ip, port: chosen.port)?.podUID }
            guard let uid else {
                throw Self.unavailable("error trying to reach service: dial tcp \(chosen.ip):\(chosen.port): connect: connection refused")
            }
            destination = PodTarget(podUID: uid, port: chosen.port, ip: chosen.ip)
        }
        let net = NetRequest(method: request.method, host: destination.ip, port: destination.port, path: request.path,
                             headers: request.headers, body: request.body)
        let box = ResultSlot()
        let done = DispatchSemaphore(value: 0)
        deliver(net, to: destination, clientIP: clientIP) { result in
            box.result = result
            done.signal()
        }
        done.wait()
        switch box.result {
        case .success(let r)?:
            return ProxyResponse(status: r.status, headers: r.headers, body: r.body)
        default:
            throw Self.unavailable("error trying to reach service: dial tcp \(destination.ip):\(destination.port): connect: connection refused")
        }
    }

    static func unavailable(_ message: String) -> APIError {
        APIError(code: 503, reason: "ServiceUnavailable", message: message)
    }
}
