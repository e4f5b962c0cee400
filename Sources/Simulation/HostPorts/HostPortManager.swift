import API
import Controllers
import Foundation
import HTTP
import JSON

#if canImport(Glibc)
import Glibc
#endif

/// The host edge of the simulated network: real HTTP listeners on the nodes' loopback addresses for
/// - every running container's `hostPort` (the CNI portmap plugin's job), on its node's address: traffic
///   goes to that container port (an ingress-nginx controller's 80 and 443 are the ingress gateway);
/// - every `NodePort` (30000–32767) of a `NodePort` or `LoadBalancer` Service, on every node's address;
/// - every port of a `LoadBalancer` Service, on every node's address (k3s's klipper service load
///   balancer), whose status then lists the node addresses.
///
/// Ports below 1024 are served at `port + hostPortOffset` (`kubeling serve --host-port-offset N`), so
/// kubeling need not run as root. A port that cannot be bound is logged once and gets a Warning event
/// (`HostPortUnavailable`) on its Pod or Service saying how to fix it. Listeners close when their Pod
/// stops or their Service goes away. Level-based: every change of Pods or Services enqueues one key and
/// the reconcile makes the open listeners match the wanted ones.
public final class HostPortManager: Controller, @unchecked Sendable {
    // Invariant: `listeners` and `failed` are touched only by `sync`, which the queue never runs twice at
    // once; `routes` entries are `ListenerRoute`s, each guarding its own target.
    public let queue: WorkQueue
    private let network: ClusterNetwork
    private let context: ControllerContext
    private let offset: Int
    private var listeners: [Endpoint: (server: HTTPServer, route: ListenerRoute)] = [:]
    private var failed: [Endpoint: ListenerTarget] = [:]
    private let openLock = NSLock()
    private var open: [String] = []  // guarded by `openLock`
    private static let key = ObjectKey(namespace: nil, name: "host-ports")

    /// Where a listener listens.
    struct Endpoint: Hashable, Sendable, CustomStringConvertible {
        var address: String
        var port: Int
        var description: String { "\(address):\(port)" }
    }

    /// A manager over `network`; `hostPortOffset` shifts ports below 1024.
    public init(context: ControllerContext, network: ClusterNetwork, hostPortOffset: Int = 0) {
        self.context = context
        self.network = network
        offset = hostPortOffset
        let box = WeakBox<HostPortManager>()
        queue = WorkQueue(name: "host-ports", clock: context.clock, log: context.log) { _ in
            box.value?.sync() ?? .done
        }
        box.value = self
        network.addObserver { [queue] in queue.add(Self.key) }
        queue.add(Self.key)
    }

    deinit {
        for l in listeners.values { l.server.stop() }
    }

    /// Stops reconciling and closes every listener (at shutdown).
    public func shutDown() {
        queue.shutDown()
        for l in listeners.values { l.server.stop() }
        listeners = [:]
        openLock.withLock { open = [] }
    }

    /// The factory for a `ControllerManager`.
    public static func factory(network: ClusterNetwork, hostPortOffset: Int) -> ControllerManager.Factory {
        { HostPortManager(context: $0, network: network, hostPortOffset: hostPortOffset) }
    }

    /// The host port a cluster port is served at.
    public func hostPort(_ port: Int) -> Int { HostPortMapping(offset: offset).hostPort(port) }

    /// The listeners open now (tests, logs).
    public var openListeners: [String] { openLock.withLock { open } }

    private func sync() -> ReconcileResult {
        let wanted = desired()
        for (endpoint, l) in listeners where wanted[endpoint] == nil {
            l.server.stop()
            listeners[endpoint] = nil
            context.log("host port \(endpoint) closed")
        }
        for (endpoint, target) in failed where wanted[endpoint] != target { failed[endpoint] = nil }
        for (endpoint, target) in wanted.sorted(by: { $0.key.description < $1.key.description }) {
            if let l = listeners[endpoint] {
                l.route.set(target)
                continue
            }
            if failed[endpoint] == target { continue }
            start(endpoint, target)
        }
        let now = listeners.keys.map(\.description).sorted()
        openLock.withLock { open = now }
        return .done
    }

    private func start(_ endpoint: Endpoint, _ target: ListenerTarget) {
        var config = HTTPServer.Configuration()
        config.address = endpoint.address
        config.port = endpoint.port
        // One event-loop thread per listener (as the API server's default): on 2 cores shared with the
        // clients, a second thread raised the ingress's throughput (~27k/s against ~21k/s under wrk -c50)
        // but doubled its p99 through contention.
        config.threads = 1
        config.heartbeatSeconds = 30
        // libmicrohttpd zeroes a connection's memory pool for every request: 16 KiB (request headers up to
        // about that size) costs half the default's clearing.
        config.connectionMemoryLimit = 16 * 1024
        let route = ListenerRoute(target)
        let network = self.network
        let server = HTTPServer(configuration: config) { request, responder in
            EdgeForwarder.forward(request, route: route.target, network: network, responder: responder)
        }
        do {
            try server.start()
            listeners[endpoint] = (server, route)
            context.log("host port \(endpoint) serves \(target.description)")
        } catch {
            failed[endpoint] = target
            warn(endpoint, target, error)
        }
    }

    /// Logs a bind failure once and records a Warning event with the fix on the Pod or Service.
    private func warn(_ endpoint: Endpoint, _ target: ListenerTarget, _ error: HTTPServerError) {
        var reason = error.description
        if case .socketFailed(_, let code) = error, code == EACCES {
            reason = "permission denied (ports below 1024 need root or CAP_NET_BIND_SERVICE)"
        }
        var message = "kubeling cannot listen on \(endpoint): \(reason)"
        if target.clusterPort < 1024 {
            let suggestion = offset == 0 ? 8000 : offset + 1000
            message += "; restart kubeling with --host-port-offset \(suggestion) to serve port \(target.clusterPort) at \(endpoint.address):\(target.clusterPort + suggestion)"
        }
        context.log(message)
        let object: JSON?
        switch target {
        case .pod(let uid, _, _, _):
            object = network.pod(uid: uid).flatMap { p in
                context.resource("", "v1", "pods").flatMap { context.informers.lister(for: $0).get(ObjectKey(namespace: p.namespace, name: p.name)) }
            }
        case .service(let key, _, _):
            object = context.resource("", "v1", "services").flatMap { context.informers.lister(for: $0).get(key) }
        }
        if let object { context.recorder("kubeling-network").event(object, .warning, reason: "HostPortUnavailable", message: message) }
    }

    /// The listeners the cluster's state asks for (the first claim of an address and port wins).
    private func desired() -> [Endpoint: ListenerTarget] {
        let (pods, services) = network.snapshot()
        var wanted: [Endpoint: ListenerTarget] = [:]
        let mapping = HostPortMapping(offset: offset)
        for p in pods.sorted(by: { ($0.namespace, $0.name) < ($1.namespace, $1.name) }) where !p.terminating {
            guard let node = network.nodes.first(where: { $0.name == p.nodeName }) else { continue }
            for c in p.containers where c.running {
                for port in c.ports where port.proto == "TCP" {
                    guard let hp = port.hostPort, hp > 0 else { continue }
                    let address = port.hostIP.flatMap { $0.hasPrefix("127.") ? $0 : nil } ?? node.internalIP
                    let e = Endpoint(address: address, port: mapping.hostPort(hp))
                    if wanted[e] == nil {
                        wanted[e] = .pod(uid: p.uid, containerPort: port.containerPort, clusterPort: hp,
                                         ingress: c.program.name == "ingress-nginx" && (port.containerPort == 80 || port.containerPort == 443))
                    }
                }
            }
        }
        for s in services.sorted(by: { ($0.namespace, $0.name) < ($1.namespace, $1.name) })
        where s.type == "NodePort" || s.type == "LoadBalancer" {
            for node in network.nodes {
                for sp in s.ports where sp.proto == "TCP" {
                    if let np = sp.nodePort, np > 0 {
                        let e = Endpoint(address: node.internalIP, port: np)
                        if wanted[e] == nil { wanted[e] = .service(s.key, port: sp.port, clusterPort: np) }
                    }
                    if s.type == "LoadBalancer" {
                        let e = Endpoint(address: node.internalIP, port: mapping.hostPort(sp.port))
                        if wanted[e] == nil { wanted[e] = .service(s.key, port: sp.port, clusterPort: sp.port) }
                    }
                }
            }
        }
        return wanted
    }
}

/// `--host-port-offset`: cluster ports below 1024 are served on the host at port + offset.
public struct HostPortMapping: Sendable, Equatable {
    public var offset: Int
    public init(offset: Int) { self.offset = offset }
    /// The host port for cluster port `port`.
    public func hostPort(_ port: Int) -> Int { port < 1024 ? port + offset : port }
}

/// What a host listener forwards to.
enum ListenerTarget: Sendable, Equatable, CustomStringConvertible {
    /// A container port of a Pod (a hostPort); `clusterPort` is the hostPort as the Pod declares it.
    case pod(uid: String, containerPort: Int, clusterPort: Int, ingress: Bool)
    /// A Service port, through kube-proxy (a NodePort or a load balancer port).
    case service(ObjectKey, port: Int, clusterPort: Int)

    var clusterPort: Int {
        switch self {
        case .pod(_, _, let p, _), .service(_, _, let p): return p
        }
    }

    var description: String {
        switch self {
        case .pod(let uid, let port, _, let ingress): return "pod \(uid) port \(port)\(ingress ? " (ingress)" : "")"
        case .service(let key, let port, _): return "service \(key.namespace ?? "")/\(key.name) port \(port)"
        }
    }
}

/// A listener's current target, swapped when the Pod behind a host port changes.
final class ListenerRoute: @unchecked Sendable {
    // Invariant: `current` is guarded by `lock`.
    private let lock = NSLock()
    private var current: ListenerTarget

    init(_ target: ListenerTarget) { current = target }

    var target: ListenerTarget { lock.withLock { current } }

    func set(_ target: ListenerTarget) { lock.withLock { current = target } }
}
