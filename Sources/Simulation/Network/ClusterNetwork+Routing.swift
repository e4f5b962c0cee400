import API
import Dispatch
import Foundation
import JSON

/// Who sends a request: the address it comes from and, for a process in a Pod, that Pod.
public struct NetCaller: Sendable {
    /// The source address the receiver sees.
    public var ip: String
    /// The sending Pod's UID (nil for the host, the API server, a probe from the node).
    public var podUID: String?
    /// The namespace short names are searched in.
    public var namespace: String

    /// A caller at `ip`, in the Pod `podUID` if any, resolving short names in `namespace`.
    public init(ip: String, podUID: String? = nil, namespace: String = "default") {
        self.ip = ip
        self.podUID = podUID
        self.namespace = namespace
    }
}

/// Where a connection ends up: a Pod's port.
struct PodTarget: Sendable {
    var podUID: String
    var port: Int
    var ip: String
}

extension ClusterNetwork {
    /// Sends `request` from `caller` and calls `completion` with the answer once its modelled time has
    /// passed (on the cluster clock), or with the socket error a client would get. Never blocks.
    public func send(_ request: NetRequest, from caller: NetCaller,
                     _ completion: @escaping @Sendable (Result<NetResponse, NetError>) -> Void) {
        let host = request.host.hasSuffix(".") ? String(request.host.dropLast()) : request.host
        let ip: String
        if host == "localhost" || host.hasPrefix("127."), let me = caller.podUID {
            guard let pod = pod(uid: me) else { return completion(.failure(.connectionRefused(host: request.host, port: request.port))) }
            return deliver(request, to: PodTarget(podUID: pod.uid, port: request.port, ip: pod.ip), clientIP: "127.0.0.1", completion)
        } else if IPv4.isAddress(host) {
            ip = host
        } else {
            guard let first = resolve(host, namespace: caller.namespace).first else {
                return completion(.failure(.couldNotResolve(request.host)))
            }
            ip = first
        }
        guard let target = connect(ip: ip, port: request.port, clientIP: caller.ip) else {
            return completion(.failure(.connectionRefused(host: request.host, port: request.port)))
        }
        deliver(request, to: target, clientIP: caller.ip, completion)
    }

    /// Sends `request` and waits for the answer (for processes in Pods: curl, wget, ab; probes).
    public func http(_ request: NetRequest, from caller: NetCaller) -> Result<NetResponse, NetError> {
        let box = ResultSlot()
        let done = DispatchSemaphore(value: 0)
        send(request, from: caller) { result in
            box.result = result
            done.signal()
        }
        done.wait()
        return box.result ?? .failure(.timedOut)
    }

    /// What a process in the Pod `pod` (a Pod object) may do on the network.
    public func access(from pod: JSON) -> any NetworkAccess {
        PodNetworkAccess(network: self, caller: NetCaller(ip: pod[path: ["status", "podIP"]]?.stringValue ?? "",
                                                           podUID: pod.uid, namespace: pod.namespace ?? "default"))
    }

    /// What a process in the Pod with this UID may do on the network (its namespace and IP as known now).
    public func access(podUID: String) -> any NetworkAccess {
        let p = pod(uid: podUID)
        return PodNetworkAccess(network: self, caller: NetCaller(ip: p?.ip ?? "", podUID: podUID, namespace: p?.namespace ?? "default"))
    }

    /// The Pod port a connection to `ip:port` reaches: a Service's virtual IP goes to one ready endpoint
    /// (kube-proxy), a Pod IP to that Pod. Nil: refused.
    func connect(ip: String, port: Int, clientIP: String) -> PodTarget? {
        locked { () -> PodTarget? in
            if let key = servicesByIP[ip], let svc = services[key] {
                guard let sp = svc.ports.first(where: { $0.port == port }) else { return nil }
                let candidates = readyEndpoints(svc, sp)
                guard let chosen = pick(candidates, service: svc, port: sp, clientIP: clientIP) else { return nil }
                return podTarget(ip: chosen.ip, port: chosen.port)
            }
            return podTarget(ip: ip, port: port)
        }
    }

    /// The Pod behind `ip` that has a container listening on `port` (hostNetwork Pods share their node's
    /// address). Call with the lock held.
    func podTarget(ip: String, port: Int) -> PodTarget? {
        for uid in podsByIP[ip] ?? [] {
            if let p = pods[uid], p.container(listeningOn: port) != nil { return PodTarget(podUID: uid, port: port, ip: ip) }
        }
        return nil
    }

    /// The ready endpoints of `port` of `svc` with their target ports: from EndpointSlices when there are
    /// any, else from the Endpoints object. Call with the lock held.
    func readyEndpoints(_ svc: NetService, _ port: NetServicePort) -> [(ip: String, port: Int)] {
        let all: [NetEndpoint]
        if let s = slices[svc.key], !s.isEmpty {
            all = s.keys.sorted().flatMap { s[$0] ?? [] }
        } else {
            all = endpointObjects[svc.key] ?? []
        }
        return all.compactMap { e in
            guard e.ready, let p = e.ports[port.name] ?? (svc.ports.count == 1 ? e.ports.values.first : nil) else { return nil }
            return (e.ip, p)
        }
    }

    /// kube-proxy's choice among `candidates`: the client's previous endpoint under ClientIP affinity,
    /// else the next in round-robin order. Call with the lock held.
    func pick(_ candidates: [(ip: String, port: Int)], service: NetService, port: NetServicePort,
              clientIP: String) -> (ip: String, port: Int)? {
        guard !candidates.isEmpty else { return nil }
        let rrKey = "\(service.namespace)/\(service.name):\(port.port)"
        let now = clock.now().timeIntervalSince1970
        if service.clientIPAffinity, let a = affinity[rrKey + "|" + clientIP], a.until > now,
           let c = candidates.first(where: { $0.ip == a.ip }) {
            affinity[rrKey + "|" + clientIP] = (c.ip, now + service.affinityTimeout)
            return c
        }
        let n = roundRobin[rrKey, default: 0]
        roundRobin[rrKey] = n &+ 1
        let c = candidates[n % candidates.count]
        if service.clientIPAffinity { affinity[rrKey + "|" + clientIP] = (c.ip, now + service.affinityTimeout) }
        return c
    }

    /// Hands `request` to the program listening on the target port, or refuses.
    func deliver(_ request: NetRequest, to target: PodTarget, clientIP: String,
                 _ completion: @escaping @Sendable (Result<NetResponse, NetError>) -> Void) {
        let refused = NetError.connectionRefused(host: request.host, port: request.port)
        // One look under the lock for everything the request path needs.
        let found = locked { () -> (NetPod, NetContainer, ServedContainer?, Hooks)? in
            guard let pod = pods[target.podUID], let c = pod.container(listeningOn: target.port) else { return nil }
            return (pod, c, servers[ServerKey(podUID: pod.uid, container: c.name, restartCount: c.restartCount)], hooks)
        }
        guard let (pod, container, existing, hooks) = found,
              hooks.isRunning?(pod.uid, container.name) ?? container.running else { return completion(.failure(refused)) }
        let served = existing ?? server(pod, container)
        let now = clock.now()
        let log = hooks.logSink.map { sink in { @Sendable (line: String) in sink(pod.uid, container.name, line) } }
        let servedRequest = ServedRequest(method: request.method, path: request.path, headers: request.headers,
                                          body: request.body, clientIP: clientIP)
        if let config = served.ingressConfig, target.port == 80 || target.port == 443, let gateway {
            let done = served.usage.admit(at: now)
            gateway.handle(servedRequest, host: request.headerHost ?? request.host, controller: pod, config: config,
                           log: log) { [self] response in
                after(done) { completion(.success(response)) }
            }
            return
        }
        guard let handler = served.handler else { return completion(.failure(refused)) }
        let done = served.usage.admit(at: now)
        var env = ServeEnvironment(hostname: pod.hostname, podIP: pod.ip, now: now, log: log)
        env.readFile = hooks.readFile.map { read in { @Sendable path in read(pod.uid, container.name, path) } }
        let response = handler.respond(servedRequest, port: target.port, env)
        after(done) { completion(.success(response)) }
    }

    /// The endpoints an ingress backend proxies to, each with the Pod port it reaches (nil: nothing
    /// there), the round-robin position to start from and a serial number for the request ID; nil when
    /// the Service or its port does not exist. One look under the lock.
    func upstreams(_ backend: IngressBackend) -> (endpoints: [(ip: String, port: Int, target: PodTarget?)], first: Int, serial: UInt64)? {
        locked {
            guard let svc = services[ObjectKey(namespace: backend.namespace, name: backend.service)],
                  let sp = svc.port(backend.port) else { return nil }
            let list = readyEndpoints(svc, sp).map { (ip: $0.ip, port: $0.port, target: podTarget(ip: $0.ip, port: $0.port)) }
            let key = "ingress|" + backend.upstreamName
            let n = roundRobin[key, default: 0]
            roundRobin[key] = n &+ 1
            proxiedRequests &+= 1
            return (list, n, proxiedRequests)
        }
    }

    /// Runs `work` at cluster time `due`: at once when it is (nearly) due or latency is not modelled.
    func after(_ due: Date, _ work: @escaping @Sendable () -> Void) {
        let wait = due.timeIntervalSince(clock.now())
        if !options.modelsLatency || wait <= options.inlineDelay { return work() }
        clock.schedule(after: wait, on: deliveryQueue, work)
    }

    /// The serving state of a running container, created on first use.
    func server(_ pod: NetPod, _ container: NetContainer) -> ServedContainer {
        let key = ServerKey(podUID: pod.uid, container: container.name, restartCount: container.restartCount)
        if let s = locked({ servers[key] }) { return s }
        let family = ServingCatalog.family(image: container.image, program: container.program)
        let nodeCores = Double(nodes.first { $0.name == pod.nodeName }?.cpuMillis ?? NodeSpec.hostCPUMillis) / 1000
        let usage = usage.ensure(ContainerKey(podUID: pod.uid, container: container.name), restartCount: container.restartCount) {
            UsageMeter(profile: .of(program: family), cores: min(container.cpuLimit ?? nodeCores, nodeCores),
                           visibleCores: Int(nodeCores.rounded(.up)), startedAt: container.startedAt ?? clock.now(),
                           restartCount: container.restartCount)
        }
        let config = family == "ingress-nginx" ? IngressControllerConfig(argv: container.argv, namespace: pod.namespace) : nil
        let s = ServedContainer(handler: ServingCatalog.handler(family: family), family: family, usage: usage, ingressConfig: config)
        return locked {
            if let existing = servers[key] { return existing }
            servers[key] = s
            return s
        }
    }
}

extension NetRequest {
    /// The `Host` header, if the client sent one.
    var headerHost: String? { headers.first { HeaderName.equals($0.name, "host") }?.value }
}

/// Carries a result from the completion to the waiting thread.
final class ResultSlot: @unchecked Sendable {
    // Invariant: written once before the semaphore is signalled, read only after waiting on it.
    var result: Result<NetResponse, NetError>?
}

/// Dotted-quad IPv4 addresses.
enum IPv4 {
    /// Whether `s` is an IPv4 address such as `10.244.0.5`.
    static func isAddress(_ s: String) -> Bool {
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { p in !p.isEmpty && p.count <= 3 && p.allSatisfy(\.isNumber) && (Int(p) ?? 256) < 256 }
    }
}

/// A process's view of the network from inside one Pod.
struct PodNetworkAccess: NetworkAccess {
    let network: ClusterNetwork
    let caller: NetCaller

    func resolve(_ name: String) -> [String] {
        if name == "localhost" { return ["127.0.0.1"] }
        return network.resolve(name, namespace: caller.namespace)
    }

    func http(_ request: NetRequest) -> Result<NetResponse, NetError> { network.http(request, from: caller) }
}
