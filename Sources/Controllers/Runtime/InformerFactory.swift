import API
import Foundation

/// The process's shared informers: one per resource, created on first request and shared by every
/// controller (client-go's `SharedInformerFactory`).
public final class InformerFactory: @unchecked Sendable {
    // Invariant: `informers` and `started` are guarded by `lock`.
    private let lock = NSLock()
    private var informers: [String: SharedInformer] = [:]
    private var started = false
    private let registry: Registry
    private let log: @Sendable (String) -> Void

    public init(registry: Registry, log: @escaping @Sendable (String) -> Void) {
        self.registry = registry
        self.log = log
    }

    /// The informer for `r`'s objects (kept in their stored version; one per storage prefix). Started
    /// at once if the factory already is.
    public func informer(for r: ResourceInfo) -> SharedInformer {
        let stored = registry.resources.storageVersion(forPrefix: r.storagePrefix) ?? r
        lock.lock()
        defer { lock.unlock() }
        if let i = informers[stored.storagePrefix] { return i }
        let i = SharedInformer(registry: registry, resource: stored, log: log)
        informers[stored.storagePrefix] = i
        if started { i.start() }
        return i
    }

    /// A lister for `r`'s objects in their stored version.
    public func lister(for r: ResourceInfo) -> Lister {
        Lister(registry: registry, resource: registry.resources.storageVersion(forPrefix: r.storagePrefix) ?? r)
    }

    /// Starts every informer, and those created later.
    public func start() {
        lock.lock()
        started = true
        let all = Array(informers.values)
        lock.unlock()
        all.forEach { $0.start() }
    }

    /// Stops every informer.
    public func stop() {
        lock.lock()
        let all = Array(informers.values)
        lock.unlock()
        all.forEach { $0.stop() }
    }

    /// Whether every informer has delivered its first list.
    public var hasSynced: Bool {
        lock.lock()
        let all = Array(informers.values)
        lock.unlock()
        return all.allSatisfy(\.hasSynced)
    }

    /// Delivers every committed event to the handlers now; returns how many were delivered.
    @discardableResult
    public func flush() -> Int {
        lock.lock()
        let all = Array(informers.values)
        lock.unlock()
        return all.reduce(0) { $0 + $1.flush() }
    }
}
