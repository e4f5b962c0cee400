import API
import Controllers
import Foundation
import JSON

/// The ingress-nginx controller's data plane: what its ports 80 and 443 do in a Pod running the
/// controller (reached from the host through its `hostPort`, or in the cluster through its Service).
/// It routes by host and path (`IngressRouteTable`) straight to the backend Service's ready endpoints,
/// round-robin, trying the next endpoint when one refuses (`proxy_next_upstream error timeout`, up to
/// 3 tries); a backend with no ready endpoint gets nginx's `503 Service Temporarily Unavailable` page,
/// no route its `404 Not Found` page, every try refused `502 Bad Gateway`.
final class IngressGateway: @unchecked Sendable {
    // Invariant: every `var` is guarded by `lock`. `network` owns the gateway and outlives it.
    private unowned let network: ClusterNetwork
    private let lock = NSLock()
    private var ingresses: [ObjectKey: JSON] = [:]
    private var classes: [String: JSON] = [:]
    private var tables: [IngressControllerConfig: IngressRouteTable] = [:]
    private var requestCounter: UInt64 = 0

    init(network: ClusterNetwork) {
        self.network = network
        let context = network.context
        if let r = context.resource("networking.k8s.io", "v1", "ingresses") {
            context.informers.informer(for: r).addHandler { [weak self] e in
                guard let self, let key = e.object.objectKey else { return }
                self.lock.withLock {
                    if case .deleted = e { self.ingresses[key] = nil } else { self.ingresses[key] = e.object }
                    self.tables = [:]
                }
            }
        }
        if let r = context.resource("networking.k8s.io", "v1", "ingressclasses") {
            context.informers.informer(for: r).addHandler { [weak self] e in
                guard let self, let name = e.object.name else { return }
                self.lock.withLock {
                    if case .deleted = e { self.classes[name] = nil } else { self.classes[name] = e.object }
                    self.tables = [:]
                }
            }
        }
    }

    /// The route table of a controller configured so.
    func table(_ config: IngressControllerConfig) -> IngressRouteTable {
        lock.withLock {
            if let t = tables[config] { return t }
            let t = IngressRouteTable(ingresses: Array(ingresses.values), classes: Array(classes.values), config: config)
            tables[config] = t
            return t
        }
    }

    /// The Ingresses a controller configured so serves (for its status).
    func handled(by config: IngressControllerConfig) -> [JSON] {
        let (all, cls) = lock.withLock { (Array(ingresses.values), Array(classes.values)) }
        return all.filter { IngressRouteTable.handles($0, classes: cls, config: config) }
    }

    /// Serves one request that reached the controller Pod `controller`, configured by `config`.
    func handle(_ request: ServedRequest, host: String, controller: NetPod, config: IngressControllerConfig,
                log: (@Sendable (String) -> Void)?, _ completion: @escaping @Sendable (NetResponse) -> Void) {
        let hostname = host.split(separator: ":").first.map(String.init) ?? host
        let started = network.clock.now()
        guard let backend = table(config).route(host: hostname, path: request.pathOnly) else {
            return completion(page(404, request, log, started, upstream: nil))
        }
        guard let (candidates, first, serial) = network.upstreams(backend), !candidates.isEmpty else {
            return completion(page(503, request, log, started, upstream: backend))
        }
        let id = Hex.digest("ingress-request-\(serial)", length: 32)
        var upstream = request
        upstream.clientIP = controller.ip
        upstream.headers = request.headers.filter { !HeaderName.isOne(of: ["connection", "x-forwarded-for", "x-real-ip"], $0.name) }
            + [("X-Request-ID", id), ("X-Real-IP", request.clientIP), ("X-Forwarded-For", request.clientIP),
               ("X-Forwarded-Host", hostname), ("X-Forwarded-Port", "80"), ("X-Forwarded-Proto", "http"),
               ("X-Forwarded-Scheme", "http"), ("X-Scheme", "http")]
        attempt(upstream, host: host, candidates: candidates, next: first, tries: 0, backend: backend, original: request,
                id: id, log: log, started: started, completion)
    }

    /// One try of `proxy_pass` to the next endpoint; on refusal the next, up to three tries.
    private func attempt(_ upstream: ServedRequest, host: String, candidates: [(ip: String, port: Int, target: PodTarget?)],
                         next: Int, tries: Int,
                         backend: IngressBackend, original: ServedRequest, id: String, log: (@Sendable (String) -> Void)?,
                         started: Date, _ completion: @escaping @Sendable (NetResponse) -> Void) {
        let c = candidates[next % candidates.count]
        let request = NetRequest(method: upstream.method, host: host, port: c.port, path: upstream.path,
                                 headers: upstream.headers, body: upstream.body)
        let target = c.target
        let handleResult: @Sendable (Result<NetResponse, NetError>) -> Void = { [self] result in
            switch result {
            case .success(let r):
                var headers: [(name: String, value: String)] = [("Date", ServerTime.http(network.clock.now()))]
                headers += r.headers.filter {
                    !HeaderName.isOne(of: ["server", "date", "connection", "keep-alive", "transfer-encoding", "content-length"], $0.name)
                }
                headers.append(("Content-Length", String(r.body.count)))
                if let log {
                    log(accessLog(original, status: r.status, bytes: r.body.count, started: started, backend: backend,
                                  upstream: "\(c.ip):\(c.port)", upstreamStatus: "\(r.status)", id: id))
                }
                completion(NetResponse(status: r.status, headers: headers, body: r.body))
            case .failure:
                if tries + 1 < min(3, max(candidates.count, 1)) {
                    attempt(upstream, host: host, candidates: candidates, next: next + 1, tries: tries + 1, backend: backend,
                            original: original, id: id, log: log, started: started, completion)
                } else {
                    completion(page(502, original, log, started, upstream: backend))
                }
            }
        }
        guard let target else { return handleResult(.failure(.connectionRefused(host: c.ip, port: c.port))) }
        network.deliver(request, to: target, clientIP: upstream.clientIP, handleResult)
    }

    /// One of nginx's own pages (`server_tokens` off, as ingress-nginx configures it).
    private func page(_ code: Int, _ request: ServedRequest, _ log: (@Sendable (String) -> Void)?, _ started: Date,
                      upstream: IngressBackend?) -> NetResponse {
        let body = NginxPages.error(code)
        if let log {
            log(accessLog(request, status: code, bytes: body.count, started: started, backend: upstream,
                          upstream: upstream == nil ? "-" : "-", upstreamStatus: "-", id: requestID()))
        }
        return .with(code, [("Date", ServerTime.http(network.clock.now())), ("Content-Type", "text/html")], body)
    }

    private func requestID() -> String {
        let n = lock.withLock { () -> UInt64 in
            requestCounter &+= 1
            return requestCounter
        }
        return Hex.digest("ingress-request-\(n)", length: 32)
    }

    /// ingress-nginx's `upstreaminfo` log format.
    private func accessLog(_ r: ServedRequest, status: Int, bytes: Int, started: Date, backend: IngressBackend?,
                           upstream: String, upstreamStatus: String, id: String) -> String {
        let millis = Int((max(0, network.clock.now().timeIntervalSince(started)) * 1000).rounded())
        let fraction = String(millis % 1000)
        let seconds = "\(millis / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
        let length = r.method.count + r.path.count + 12 + r.headers.reduce(0) { $0 + $1.name.count + $1.value.count + 4 } + r.body.count
        return "\(r.clientIP) - - [\(ServerTime.common(started))] \"\(r.method) \(r.path) HTTP/1.1\" \(status) \(bytes) "
            + "\"\(r.header("Referer") ?? "-")\" \"\(r.header("User-Agent") ?? "-")\" \(length) \(seconds) "
            + "[\(backend?.upstreamName ?? "upstream-default-backend")] [] \(upstream) \(upstream == "-" ? "0" : String(bytes)) "
            + "\(seconds) \(upstreamStatus) \(id)"
    }
}
