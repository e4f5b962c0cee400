import API
import Controllers
import Dispatch
import Foundation
import JSON

/// The simulated cluster network (design.md §5): Pod IPs, Service virtual IPs, cluster DNS and the
/// programs that answer on them, all kept from the shared informers; no real socket is involved
/// (the host edge, `HostPortManager`, is the only part that listens for real).
///
/// - A request to a Pod IP and port reaches the container whose program listens there, if it is
///   running; else the connection is refused.
/// - A request to a Service's ClusterIP and port goes to one ready endpoint (from its EndpointSlices,
///   else its Endpoints), round-robin per Service port as kube-proxy's IPVS mode does, and to the same
///   endpoint again for the same client with `sessionAffinity: ClientIP`. No ready endpoint: refused.
/// - A serving program costs CPU (`ResourceProfile`) through its container's `ServerQueue`; the answer
///   arrives when the modelled work is done, on the cluster clock. `usage` keeps the counters.
///
/// Hooks the runtime may set (`setLivenessHook`, `setLogSink`) make a killed process refuse at once and
/// send request logs to the container's log.
public final class ClusterNetwork: @unchecked Sendable {
    /// Settings.
    public struct Options: Sendable {
        /// Whether answers wait for their modelled completion on the cluster clock. Tests on a manual
        /// clock turn it off: answers come at once, the usage counters still account for them.
        public var modelsLatency = true
        /// Answers due sooner than this (cluster seconds) are delivered at once: a timer would cost more
        /// than the wait it models.
        public var inlineDelay = 0.0005
        public init() {}
    }

    /// Per-container usage counters (read by a metrics API).
    public let usage = UsageLedger()
    /// The simulated nodes.
    public let nodes: [NodeSpec]
    let context: ControllerContext
    let clock: any Clock
    let options: Options
    let deliveryQueue = DispatchQueue(label: "kubeling.network.delivery", attributes: .concurrent)

    // Invariant: every `var` below is guarded by `lock`; none is read without it. Observers are called
    // without the lock held.
    private let lock = NSLock()
    var pods: [String: NetPod] = [:]
    var podUIDs: [ObjectKey: String] = [:]
    var podsByIP: [String: [String]] = [:]
    var services: [ObjectKey: NetService] = [:]
    var servicesByIP: [String: ObjectKey] = [:]
    var slices: [ObjectKey: [String: [NetEndpoint]]] = [:]
    var endpointObjects: [ObjectKey: [NetEndpoint]] = [:]
    var roundRobin: [String: Int] = [:]
    var affinity: [String: (ip: String, until: Double)] = [:]
    var servers: [ServerKey: ServedContainer] = [:]
    var proxiedRequests: UInt64 = 0
    private var observers: [@Sendable () -> Void] = []
    var hooks = Hooks()
    /// The ingress gateway (routing of ingress-nginx controller Pods' ports 80 and 443). Written once in
    /// `init`, before the network is shared, and only read afterwards.
    private(set) var gateway: IngressGateway?

    /// A network over `context`'s informers for a cluster of `nodes`. Registers its informer handlers
    /// at once; they deliver once the informers start (with the controllers).
    public init(context: ControllerContext, nodes: [NodeSpec], options: Options = Options()) {
        self.context = context
        self.nodes = nodes
        self.options = options
        clock = context.clock
        gateway = IngressGateway(network: self)
        watch("", "v1", "pods") { [weak self] e in self?.podEvent(e) }
        watch("", "v1", "services") { [weak self] e in self?.serviceEvent(e) }
        watch("discovery.k8s.io", "v1", "endpointslices") { [weak self] e in self?.sliceEvent(e) }
        watch("", "v1", "endpoints") { [weak self] e in self?.endpointsEvent(e) }
    }

    private func watch(_ group: String, _ version: String, _ plural: String, _ handler: @escaping @Sendable (InformerEvent) -> Void) {
        guard let r = context.resource(group, version, plural) else { return }
        context.informers.informer(for: r).addHandler(handler)
    }

    // MARK: hooks

    /// Sets how the network asks whether a container's process runs (the runtime knows before the
    /// Pod's status says so). Without it, the Pod status's `state.running` decides.
    public func setLivenessHook(_ hook: @escaping @Sendable (_ podUID: String, _ container: String) -> Bool) {
        lock.withLock { hooks.isRunning = hook }
    }

    /// Sets where serving programs' log lines go (request logs: Werkzeug's, nginx's access log, …).
    public func setLogSink(_ sink: @escaping @Sendable (_ podUID: String, _ container: String, _ line: String) -> Void) {
        lock.withLock { hooks.logSink = sink }
    }

    /// Sets how serving programs read their container's files (nginx's document root).
    public func setFileReader(_ reader: @escaping @Sendable (_ podUID: String, _ container: String, _ path: String) -> [UInt8]?) {
        lock.withLock { hooks.readFile = reader }
    }

    /// Calls `observer` after every change of Pods, Services or endpoints the network sees.
    public func addObserver(_ observer: @escaping @Sendable () -> Void) {
        lock.withLock { observers.append(observer) }
    }

    private func changed() {
        let all = lock.withLock { observers }
        for o in all { o() }
    }

    // MARK: informer events

    private func podEvent(_ e: InformerEvent) {
        guard let key = e.object.objectKey else { return }
        var removed: NetPod?
        var current: NetPod?
        lock.withLock {
            if let oldUID = podUIDs[key], let old = pods[oldUID] {
                pods[oldUID] = nil
                podUIDs[key] = nil
                if !old.ip.isEmpty { podsByIP[old.ip]?.removeAll { $0 == oldUID } }
                if podsByIP[old.ip]?.isEmpty == true { podsByIP[old.ip] = nil }
                removed = old
            }
            if case .deleted = e { return }
            guard let p = NetPod(e.object) else { return }
            pods[p.uid] = p
            podUIDs[key] = p.uid
            if !p.ip.isEmpty { podsByIP[p.ip, default: []].append(p.uid) }
            current = p
        }
        if let old = removed, old.uid != current?.uid {
            usage.retain(podUID: old.uid, [])
            dropServers(podUID: old.uid, keep: [])
        }
        if let p = current { syncUsage(p) }
        changed()
    }

    /// Keeps usage counters for the running containers of `p` and drops the servers of stopped ones.
    private func syncUsage(_ p: NetPod) {
        let node = nodes.first { $0.name == p.nodeName }
        let nodeCores = Double(node?.cpuMillis ?? NodeSpec.hostCPUMillis) / 1000
        var keep: Set<String> = []
        var keepServers: Set<ServerKey> = []
        for c in p.containers where c.running {
            keep.insert(c.name)
            keepServers.insert(ServerKey(podUID: p.uid, container: c.name, restartCount: c.restartCount))
            let family = ServingCatalog.family(image: c.image, program: c.program)
            _ = usage.ensure(ContainerKey(podUID: p.uid, container: c.name), restartCount: c.restartCount) {
                UsageMeter(profile: .of(program: family), cores: min(c.cpuLimit ?? nodeCores, nodeCores),
                               visibleCores: Int(nodeCores.rounded(.up)), startedAt: c.startedAt ?? clock.now(),
                               restartCount: c.restartCount)
            }
        }
        usage.retain(podUID: p.uid, keep)
        dropServers(podUID: p.uid, keep: keepServers)
    }

    private func dropServers(podUID: String, keep: Set<ServerKey>) {
        lock.withLock {
            for k in servers.keys where k.podUID == podUID && !keep.contains(k) { servers[k] = nil }
        }
    }

    private func serviceEvent(_ e: InformerEvent) {
        guard let key = e.object.objectKey else { return }
        lock.withLock {
            if let old = services.removeValue(forKey: key), let ip = old.clusterIP, servicesByIP[ip] == key {
                servicesByIP[ip] = nil
            }
            if case .deleted = e { return }
            guard let s = NetService(e.object) else { return }
            services[key] = s
            if let ip = s.clusterIP { servicesByIP[ip] = key }
        }
        changed()
    }

    private func sliceEvent(_ e: InformerEvent) {
        let o = e.object
        guard let name = o.name, let service = o.labels["kubernetes.io/service-name"] else { return }
        let key = ObjectKey(namespace: o.namespace, name: service)
        lock.withLock {
            if case .deleted = e {
                slices[key]?[name] = nil
                if slices[key]?.isEmpty == true { slices[key] = nil }
            } else {
                slices[key, default: [:]][name] = EndpointParsing.slice(o)
            }
        }
        changed()
    }

    private func endpointsEvent(_ e: InformerEvent) {
        guard let key = e.object.objectKey else { return }
        lock.withLock {
            if case .deleted = e { endpointObjects[key] = nil } else { endpointObjects[key] = EndpointParsing.endpoints(e.object) }
        }
        changed()
    }

    // MARK: reading the state

    /// Runs `body` with the lock held (for the extensions in other files).
    func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    /// The Pod with this key, as the network sees it.
    func pod(_ key: ObjectKey) -> NetPod? { locked { podUIDs[key].flatMap { pods[$0] } } }

    /// The Pod with this UID.
    func pod(uid: String) -> NetPod? { locked { pods[uid] } }

    /// Every Pod and Service (for the host edge's reconcile).
    func snapshot() -> (pods: [NetPod], services: [NetService]) { locked { (Array(pods.values), Array(services.values)) } }

    /// The Service with this key.
    func service(_ key: ObjectKey) -> NetService? { locked { services[key] } }

    /// The bridge address of the node named `node` (`10.244.<index>.1`): where traffic from the host
    /// and other nodes appears to come from after kube-proxy's masquerading.
    func bridgeIP(node: String?) -> String {
        let index = nodes.first { $0.name == node }?.index ?? 0
        return "10.244.\(index).1"
    }
}

/// The closures the runtime sets.
struct Hooks: Sendable {
    /// Whether a container's process runs (nil: the Pod status says).
    var isRunning: (@Sendable (_ podUID: String, _ container: String) -> Bool)?
    /// Where request logs go.
    var logSink: (@Sendable (_ podUID: String, _ container: String, _ line: String) -> Void)?
    var readFile: (@Sendable (_ podUID: String, _ container: String, _ path: String) -> [UInt8]?)?
}

/// One container run that serves: the key of its served state.
struct ServerKey: Hashable, Sendable {
    var podUID: String
    var container: String
    var restartCount: Int
}

/// The serving state of one container run: its handler and usage counters.
final class ServedContainer: Sendable {
    let handler: (any HTTPProgram)?
    let family: String
    let usage: UsageMeter
    /// For an ingress-nginx controller: its flags, parsed once.
    let ingressConfig: IngressControllerConfig?

    init(handler: (any HTTPProgram)?, family: String, usage: UsageMeter, ingressConfig: IngressControllerConfig?) {
        self.handler = handler
        self.family = family
        self.usage = usage
        self.ingressConfig = ingressConfig
    }
}
