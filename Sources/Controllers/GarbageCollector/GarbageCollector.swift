import API
import Foundation
import JSON

/// Deletes objects whose owners are gone, and carries out foreground and orphan deletion (upstream's
/// garbage collector, `pkg/controller/garbagecollector`):
/// - a dependency graph keyed by UID is kept from one shared informer per deletable, watchable
///   resource (upstream monitors every such resource but events); a node holds the object's
///   coordinates, owner references and dependents' UIDs, never the object;
/// - background: a dependent whose owners are all gone (not found, or found with another UID) is
///   deleted; one with a live owner left only loses the dead references;
/// - foreground: an owner being deleted with the `foregroundDeletion` finalizer has its dependents
///   deleted (in foreground themselves when they have dependents) and loses the finalizer once no
///   dependent with `blockOwnerDeletion` is left;
/// - orphan: an owner being deleted with the `orphan` finalizer has its references removed from every
///   dependent, then loses the finalizer.
///
/// The work queue's key is a node's UID (`ObjectKey(namespace: nil, name: uid)`). Each pass looks the
/// object and its owners up in the Registry (the authority: the graph only says whom to look at), so a
/// restart that rebuilds the graph from lists also collects the dependents of owners that went away
/// meanwhile or never existed.
public final class GarbageCollector: Controller, @unchecked Sendable {
    // Invariant: `graph` is guarded by `lock`; every other stored property is immutable after init.
    /// The work queue; its keys are UIDs.
    public let queue: WorkQueue
    let context: ControllerContext
    private let lock = NSLock()
    private var graph = DependencyGraph()

    /// `metav1.FinalizerOrphanDependents`.
    public static let orphanFinalizer = "orphan"
    /// `metav1.FinalizerDeleteDependents`.
    public static let foregroundFinalizer = "foregroundDeletion"
    /// Upstream `DefaultIgnoredResources`: events are neither owners nor dependents worth watching.
    static let ignoredStoragePrefixes: Set<String> = ["/events"]
    /// Upstream runs 20 `ConcurrentGCSyncs`; fewer suffice here (writes share the store's commits).
    static let workers = 10

    /// A garbage collector over every deletable resource `context`'s registry serves.
    public init(context: ControllerContext) {
        self.context = context
        let box = WeakBox<GarbageCollector>()
        queue = WorkQueue(name: "garbagecollector", workers: Self.workers, clock: context.clock, log: context.log) { key in
            try box.value?.sync(key) ?? .done
        }
        box.value = self
        for r in Self.monitoredResources(context.registry.resources) {
            let informer = context.informers.informer(for: r)
            let stored = informer.resource
            informer.addHandler { [weak self] event in self?.graphChanged(event, stored) }
        }
    }

    /// One resource per storage prefix that can be listed, watched and deleted (upstream
    /// `GetDeletableResources`), minus the ignored ones.
    static func monitoredResources(_ resources: ResourceRegistry) -> [ResourceInfo] {
        var seen = Set<String>()
        return resources.all.filter { r in
            ["list", "watch", "delete"].allSatisfy(r.verbs.contains) && !ignoredStoragePrefixes.contains(r.storagePrefix)
                && seen.insert(r.storagePrefix).inserted
        }
    }

    /// The graph's node for `uid` (tests, logs).
    func node(_ uid: String) -> GraphNode? { withGraph { $0[uid] } }

    /// Runs `body` with the graph locked.
    func withGraph<T>(_ body: (inout DependencyGraph) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&graph)
    }

    /// Queues the nodes with these UIDs.
    func enqueue(_ uids: [String]) {
        for uid in uids { queue.add(ObjectKey(namespace: nil, name: uid)) }
    }

    // MARK: graph changes (upstream processGraphChanges; on the informers' queues)

    private func graphChanged(_ event: InformerEvent, _ resource: ResourceInfo) {
        switch event {
        case .added(let obj):
            guard let o = ObservedObject(obj, resource: resource) else { return }
            enqueue(withGraph { $0.observe(o) })
        case .updated(let old, let new):
            // A relist's unchanged object says nothing new.
            if old.resourceVersion == new.resourceVersion, old.uid == new.uid { return }
            guard let o = ObservedObject(new, resource: resource) else { return }
            if let oldUID = old.uid, oldUID != o.identity.uid {
                // Deleted and created again under the same name while the watch was away.
                enqueue(withGraph { $0.remove(oldUID) })
            }
            enqueue(withGraph { $0.observe(o) })
        case .deleted(let obj):
            guard let uid = obj.uid else { return }
            enqueue(withGraph { $0.remove(uid) })
        }
    }

    // MARK: processing one node

    /// One pass over the node `key.name` (a UID): upstream `attemptToDeleteItem` for objects and
    /// virtual owners, `processDeletingDependentsItem` for foreground deletion and
    /// `attemptToOrphanWorker` for orphaning.
    func sync(_ key: ObjectKey) throws -> ReconcileResult {
        let uid = key.name
        guard let node = node(uid) else { return .done }
        // "Being deleted" is a one-way trip: wait for the object to go, then process its dependents.
        if node.observed, node.beingDeleted, !node.deletingDependents, !node.orphaning { return .done }
        guard let latest = try lookup(node.identity) else { return ownerAbsent(node) }
        guard latest.uid == uid else { return ownerAbsent(node) }
        // A virtual owner that exists: its informer will report it.
        guard node.observed else { return .done }
        if latest.isBeingDeleted {
            let finalizers = latest.finalizers
            if finalizers.contains(Self.orphanFinalizer) {
                try orphanDependents(node)
                try removeFinalizer(node, Self.orphanFinalizer)
            } else if finalizers.contains(Self.foregroundFinalizer) {
                try processDeletingDependents(node)
            }
            return .done
        }
        return try attemptToDelete(node, latest)
    }

    /// The object `node` stands for is not in the Registry. For an observed node the informer's
    /// deletion event follows and does the rest; a virtual node's dependents are processed now
    /// (upstream's virtual delete event).
    private func ownerAbsent(_ node: GraphNode) -> ReconcileResult {
        guard !node.observed else { return .done }
        enqueue(withGraph { $0.virtualOwnerAbsent(node.identity.uid, as: node.identity) })
        return .done
    }
}
