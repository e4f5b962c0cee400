import API
import Controllers
import Foundation
import JSON

/// What metrics-server does with the kubelets' summary API, inside the simulation: every resolution
/// (its `--metric-resolution`, 15 s) it takes each running container's cumulative CPU time and working
/// set from the `UsageLedger` and keeps, per container, the rate between its last two scrapes: CPU in
/// nanocores over that window, memory as the latest working set. A container seen once has no rate yet,
/// so a new Pod appears in `kubectl top` after its second scrape, as with metrics-server. Node usage is
/// the sum over its Pods plus the node's own system overhead. Like metrics-server, it works only while
/// installed: while the metrics APIService is not Available it scrapes nothing (an idle cluster without
/// metrics-server pays nothing). Thread-safe; a `Controller` so the cluster's clock drives it.
public final class MetricsScraper: Controller, ResourceMetricsSource, @unchecked Sendable {
    // Invariant: `previous` and `latest` are guarded by `lock`; the rest is immutable.
    public let queue: WorkQueue
    private let context: ControllerContext
    private let ledger: UsageLedger
    private let nodes: [NodeSpec]
    private let resolution: Double
    private let lock = NSLock()
    private var previous: [ContainerKey: UsageSnapshot] = [:]
    /// The Pods on nodes, by UID, kept from Pod events (a scrape must not list and parse every Pod).
    private var pods: [String: ScrapedPod] = [:]

    private struct ScrapedPod {
        let namespace: String
        let name: String
        let node: String
        let containers: Int
    }
    private var latest: [String: PodUsage] = [:]
    private var latestNodes: [NodeUsage] = []

    /// What a node uses besides its Pods (kubelet, containerd, the system): about what an idle kind node shows.
    static let systemCPUNanoCores: Int64 = 60_000_000
    static let systemMemoryBytes: Int64 = 480 << 20

    public init(context: ControllerContext, ledger: UsageLedger, nodes: [NodeSpec], resolution: Double = 15) {
        self.context = context
        self.ledger = ledger
        self.nodes = nodes
        self.resolution = resolution
        let box = WeakBox<MetricsScraper>()
        queue = WorkQueue(name: "metrics-scraper", clock: context.clock, log: context.log) { _ in
            // Installed: a scrape every resolution. Not (yet): a look each second for it to appear.
            box.value?.scrape() == true ? .requeue(after: resolution) : .requeue(after: 1)
        }
        box.value = self
        if let podsR = context.resource("", "v1", "pods") {
            context.informers.informer(for: podsR).addHandler { [weak self] event in
                guard let self, let uid = event.object.uid else { return }
                let pod = event.object
                let entry: ScrapedPod? = {
                    if case .deleted = event { return nil }
                    guard let node = Pod(pod).nodeName else { return nil }
                    return ScrapedPod(namespace: pod.namespace ?? "default", name: pod.name ?? "", node: node,
                                      containers: (pod[path: ["spec", "containers"]]?.arrayValue ?? []).count)
                }()
                self.lock.withLock { self.pods[uid] = entry }
            }
        }
        queue.add(ObjectKey("scrape"))
    }

    /// One scrape of every running container at the clock's now; false when metrics-server is not
    /// installed (its APIService not Available), so nothing is scraped.
    @discardableResult
    func scrape() -> Bool {
        guard MetricsAPI.availability(in: context.registry) == .available else {
            lock.withLock {
                previous = [:]
                latest = [:]
                latestNodes = []
            }
            return false
        }
        let now = context.clock.now()
        let snapshots = ledger.snapshots(at: now)
        var containers: [String: [ContainerUsage]] = [:]
        var windows: [String: Double] = [:]
        lock.lock()
        for (key, snap) in snapshots {
            defer { previous[key] = snap }
            guard let before = previous[key], before.startedAt == snap.startedAt else { continue }
            let window = snap.timestamp.timeIntervalSince(before.timestamp)
            guard window > 0 else { continue }
            let cores = max(0, snap.cpuCoreSeconds - before.cpuCoreSeconds) / window
            containers[key.podUID, default: []].append(
                ContainerUsage(name: key.container, cpuNanoCores: Int64((cores * 1e9).rounded()), memoryBytes: snap.memoryBytes))
            windows[key.podUID] = window
        }
        previous = previous.filter { snapshots[$0.key] != nil }
        var pods: [String: PodUsage] = [:]
        var perNode: [String: (cpu: Int64, memory: Int64)] = [:]
        for (uid, list) in containers {
            guard let pod = self.pods[uid] else { continue }
            guard list.count >= pod.containers else { continue }  // metrics-server skips Pods with a container missing
            pods[uid] = PodUsage(namespace: pod.namespace, name: pod.name, timestamp: now, window: windows[uid] ?? resolution,
                                 containers: list.sorted { $0.name < $1.name })
            let sum = perNode[pod.node] ?? (0, 0)
            perNode[pod.node] = (sum.cpu + list.reduce(0) { $0 + $1.cpuNanoCores },
                                 sum.memory + list.reduce(0) { $0 + $1.memoryBytes })
        }
        latest = pods
        latestNodes = nodes.map { n in
            let sum = perNode[n.name] ?? (0, 0)
            return NodeUsage(name: n.name, timestamp: now, window: resolution,
                             cpuNanoCores: sum.cpu + Self.systemCPUNanoCores, memoryBytes: sum.memory + Self.systemMemoryBytes)
        }
        lock.unlock()
        return true
    }

    public func podUsage(namespace: String?) -> [PodUsage] {
        let all = lock.withLock { Array(latest.values) }
        return all.filter { namespace == nil || $0.namespace == namespace }.sorted { ($0.namespace, $0.name) < ($1.namespace, $1.name) }
    }

    public func nodeUsage() -> [NodeUsage] { lock.withLock { latestNodes } }
}
