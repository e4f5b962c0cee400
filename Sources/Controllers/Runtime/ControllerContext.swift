import API
import Dispatch
import Foundation

/// What every controller is built from (kube-controller-manager's `ControllerContext`): the in-process
/// client, the shared informers, the cluster clock, event recorders and the logger. One per process
/// (or per test cluster).
public final class ControllerContext: @unchecked Sendable {
    // Invariant: `recorders`, `metricsSource` and `metricsCheck` are guarded by `lock`; everything else is
    // immutable.
    /// The Registry underneath the client and the informers.
    public let registry: Registry
    /// Writes through the Registry.
    public let client: Client
    /// The shared informers.
    public let informers: InformerFactory
    /// The cluster's time.
    public let clock: any Clock
    /// Where controllers log.
    public let log: @Sendable (String) -> Void
    private let lock = NSLock()
    private var recorders: [String: EventRecorder] = [:]
    private var metricsSource: (any ResourceMetricsSource)?
    private var metricsCheck: (@Sendable () -> Bool)?
    /// Writes a controller started without waiting for them (the scheduler's bindings): entered when one
    /// starts, left when its completion has run, so a test cluster can wait for them to settle.
    public let asyncWrites = DispatchGroup()
    /// How long (cluster seconds) a controller that re-reads many Pods per pass may gather a Pod's
    /// changes before acting on them, so a burst of them costs one pass: 0 acts on each at once (tests
    /// with a manual clock). `kubeling serve` sets a few milliseconds: a rollout of 1,000 Pods changes
    /// Pods thousands of times, and a ReplicaSet's pass reads all of its Pods.
    public let podEventBatching: Double

    public init(registry: Registry, podEventBatching: Double = 0, log: @escaping @Sendable (String) -> Void) {
        self.registry = registry
        self.podEventBatching = podEventBatching
        client = Client(registry: registry)
        informers = InformerFactory(registry: registry, log: log)
        clock = registry.clock
        self.log = log
    }

    /// The served resource group/version/plural; nil when not served.
    public func resource(_ group: String, _ version: String, _ plural: String) -> ResourceInfo? {
        registry.resources.resource(group: group, version: version, plural: plural)
    }

    /// The event recorder for `component` (and `host`, for a kubelet), shared by its callers.
    public func recorder(_ component: String, host: String = "") -> EventRecorder {
        lock.lock()
        defer { lock.unlock() }
        let key = component + "/" + host
        if let r = recorders[key] { return r }
        let r = EventRecorder(client: client, clock: clock, component: component, host: host, log: log)
        recorders[key] = r
        return r
    }

    /// Where the HPA controller reads Pod usage (what metrics-server would report); nil until
    /// `kubeling serve` (or a test) sets it. Read at every use, so it may be set after the controllers
    /// started.
    public var resourceMetrics: (any ResourceMetricsSource)? {
        get { lock.withLock { metricsSource } }
        set { lock.withLock { metricsSource = newValue } }
    }

    /// Whether the resource metrics API (`v1beta1.metrics.k8s.io`) answers; nil lets the HPA controller
    /// read the APIService's `Available` condition itself.
    public var resourceMetricsAvailable: (@Sendable () -> Bool)? {
        get { lock.withLock { metricsCheck } }
        set { lock.withLock { metricsCheck = newValue } }
    }

    /// Waits until every recorder has written what it was given.
    public func flushEvents() {
        lock.lock()
        let all = Array(recorders.values)
        lock.unlock()
        all.forEach { $0.flush() }
    }
}

/// A controller: informer handlers that enqueue keys, and a work queue whose workers reconcile them.
public protocol Controller: AnyObject, Sendable {
    /// The controller's work queue.
    var queue: WorkQueue { get }
}

/// Errors a reconcile throws to be retried with back-off.
public struct ReconcileError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// A weak reference a work queue's closure holds to its controller, so the queue (owned by the
/// controller) does not keep it alive. Set once during init, before any key can be processed.
public final class WeakBox<T: AnyObject>: @unchecked Sendable {
    /// The referenced object, once set.
    public weak var value: T?
    public init() {}
}
