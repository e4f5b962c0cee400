import API
import Controllers
import Foundation
import JSON
import Storage

/// A whole cluster minus HTTP, for controller tests: a store in a temporary file, the Registry over it,
/// the chosen controllers on one `ControllerContext`, and a manual clock. Nothing happens on its own
/// time: `runUntilQuiet()` lets events and reconciles run until nothing is left to do, and
/// `advance(by:)` moves the clock, firing due timers (requeues, back-offs) step by step. Controller tests
/// are then deterministic and take milliseconds.
public final class TestCluster: @unchecked Sendable {
    // Invariant: `logLines` and `startedLater` are guarded by `lock`; everything else is immutable after init.
    /// The cluster's clock.
    public let clock: ManualClock
    /// The Registry (the API server's write path).
    public let registry: Registry
    /// What the controllers are built from.
    public let context: ControllerContext
    /// The running controllers.
    public let manager: ControllerManager
    /// Writes through the Registry, as a user or a controller would.
    public var client: Client { context.client }

    private let store: Store
    private let directory: URL
    private let lock = NSLock()
    private var logLines: [String] = []
    private var startedLater: [any Controller] = []

    /// A cluster with the system namespaces and `controllers` running. `storeOptions` lets a test shrink
    /// the watch history or the watcher buffer to provoke relists.
    public init(controllers: [ControllerManager.Factory] = ControllerManager.standard, seed: Bool = true,
                storeOptions: StoreOptions = StoreOptions()) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("kubeling-cluster-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var options = storeOptions
        options.synchronousFull = false
        let resources = ResourceRegistry.standard
        store = try Store(path: directory.appendingPathComponent("test.db").path, options: options,
                          indexer: Registry.indexer(resources: resources), indexerVersion: Registry.indexerVersion)
        clock = ManualClock()
        registry = Registry(store: store, resources: resources, clock: clock)
        if seed { try Seed.ensureDefaults(registry) }
        let box = LogBox()
        context = ControllerContext(registry: registry, log: { box.cluster?.append(log: $0) })
        manager = ControllerManager(context: context, controllers: controllers)
        box.cluster = self
        manager.start()
    }

    deinit {
        manager.stop()
        startedLater.forEach { $0.queue.shutDown() }
        store.close()
        try? FileManager.default.removeItem(at: directory)
    }

    /// What the controllers logged so far.
    public var logs: [String] {
        lock.lock()
        defer { lock.unlock() }
        return logLines
    }

    func append(log line: String) {
        lock.lock()
        logLines.append(line)
        lock.unlock()
    }

    /// Builds and starts one more controller on the running cluster, over the same context: for
    /// instance one that meets a store already holding objects, as after a restart. `runUntilQuiet`
    /// waits for it like for the others.
    @discardableResult
    public func start(_ factory: ControllerManager.Factory) -> any Controller {
        let controller = factory(context)
        lock.lock()
        startedLater.append(controller)
        lock.unlock()
        context.informers.start()
        return controller
    }

    /// Every running controller: the manager's and those started later.
    public var controllers: [any Controller] {
        lock.lock()
        defer { lock.unlock() }
        return manager.controllers + startedLater
    }

    /// Lets informers deliver and controllers reconcile until nothing changes: every committed event
    /// delivered, every queue idle, every event recorder written. Delayed work waits for `advance`.
    public func runUntilQuiet(timeout: Double = 30) throws {
        let deadline = Date(timeIntervalSinceNow: timeout)
        while true {
            let running = controllers
            let before = running.map(\.queue.reconcileCount)
            _ = context.asyncWrites.wait(timeout: .now() + max(0, deadline.timeIntervalSinceNow))
            var delivered = context.informers.flush()
            for c in running {
                guard c.queue.waitUntilIdle(timeout: max(0, deadline.timeIntervalSinceNow)) else {
                    throw TestClusterError("\(c.queue.name) did not become idle within \(timeout) s")
                }
            }
            context.flushEvents()
            _ = context.asyncWrites.wait(timeout: .now() + max(0, deadline.timeIntervalSinceNow))
            delivered += context.informers.flush()
            let after = running.map(\.queue.reconcileCount)
            if delivered == 0, before == after, running.allSatisfy(\.queue.isIdle) { return }
            if Date() > deadline { throw TestClusterError("the cluster did not settle within \(timeout) s") }
        }
    }

    /// Moves the clock forward by `seconds`, stopping at each due timer to let the cluster settle, so
    /// work happens at the cluster time it was scheduled for.
    public func advance(by seconds: Double) throws {
        let target = clock.now().addingTimeInterval(seconds)
        try runUntilQuiet()
        while let due = clock.nextDue, due <= target {
            clock.advance(to: due)
            clock.waitForFiredTimers(timeout: 10)
            try runUntilQuiet()
        }
        clock.advance(to: target)
        clock.waitForFiredTimers(timeout: 10)
        try runUntilQuiet()
    }

    // MARK: conveniences

    /// The served resource; fails the test clearly when it is not served.
    public func resource(_ group: String, _ version: String, _ plural: String) throws -> ResourceInfo {
        guard let r = registry.resources.resource(group: group, version: version, plural: plural) else {
            throw TestClusterError("\(group)/\(version) \(plural) is not served")
        }
        return r
    }

    /// GET of one object (stored version); nil when absent.
    public func get(_ group: String, _ version: String, _ plural: String, namespace: String? = nil,
                    _ name: String) throws -> JSON? {
        client.get(try resource(group, version, plural), namespace: namespace, name: name)
    }

    /// Every object of a resource, in a namespace or all.
    public func list(_ group: String, _ version: String, _ plural: String, namespace: String? = nil) throws -> [JSON] {
        context.informers.lister(for: try resource(group, version, plural)).list(namespace: namespace)
    }
}

/// Why a test cluster gave up.
public struct TestClusterError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}

/// Lets the log closure reach the cluster that owns the context (set once, right after init).
private final class LogBox: @unchecked Sendable {
    weak var cluster: TestCluster?
}
