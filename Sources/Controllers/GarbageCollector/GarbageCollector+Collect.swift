import API
import JSON

/// What the garbage collector decides for one object, by its owners (upstream `attemptToDeleteItem`,
/// `processDeletingDependentsItem` and `attemptToOrphanWorker`).
extension GarbageCollector {
    /// An object's owner references, by what became of each owner (upstream `classifyReferences`).
    struct ClassifiedReferences: Equatable {
        /// The owner exists and is not waiting for its dependents to be deleted.
        var solid: [OwnerReference] = []
        /// The owner does not exist: not found, or found with another UID.
        var dangling: [OwnerReference] = []
        /// The owner is being deleted in the foreground (`foregroundDeletion` finalizer).
        var waiting: [OwnerReference] = []
    }

    /// Looks up each owner of `node`'s object in the Registry (upstream `isDangling`, by the reference's
    /// coordinates in the dependent's namespace, then comparing UIDs). Nil when the references are
    /// invalid for good: a cluster-scoped object naming a namespaced owner (upstream
    /// `namespacedOwnerOfClusterScopedObjectErr`, not retried).
    func classify(_ refs: [OwnerReference], of node: GraphNode) throws -> ClassifiedReferences? {
        var out = ClassifiedReferences()
        for ref in refs {
            let r = try resolve(apiVersion: ref.apiVersion, kind: ref.kind)
            if r.namespaced && node.identity.namespace == nil {
                context.log("garbagecollector: \(node.identity) is cluster-scoped, but refers to a namespaced owner \(ref.kind) \(ref.name)")
                return nil
            }
            let owner = context.client.get(r, namespace: r.namespaced ? node.identity.namespace : nil, name: ref.name)
            guard let owner, owner.uid == ref.uid else {
                out.dangling.append(ref)
                continue
            }
            if owner.isBeingDeleted && owner.finalizers.contains(Self.foregroundFinalizer) {
                out.waiting.append(ref)
            } else {
                out.solid.append(ref)
            }
        }
        return out
    }

    /// Upstream `attemptToDeleteItem` for a live object that is not being deleted: with a solid owner,
    /// only the references to dead owners and to owners deleting in the foreground are removed;
    /// otherwise the object is deleted: in the foreground if an owner waits for it and it has
    /// dependents of its own (so the wait covers them too), else with the policy its own finalizers
    /// ask for, background by default.
    func attemptToDelete(_ node: GraphNode, _ latest: JSON) throws -> ReconcileResult {
        let refs = latest.ownerReferences
        guard !refs.isEmpty, let c = try classify(refs, of: node) else { return .done }
        let uid = node.identity.uid
        if !c.solid.isEmpty {
            let gone = c.dangling + c.waiting
            guard !gone.isEmpty else { return .done }
            context.log("garbagecollector: removing references to \(gone.map(\.uid)) from \(node.identity), which has a live owner")
            try patch(node, OwnerPatches.deleteReferences(to: gone.map(\.uid), of: uid))
            return .done
        }
        let dependents = withGraph { $0.dependents(of: uid) }
        let policy: PropagationPolicy
        if !c.waiting.isEmpty && !dependents.isEmpty {
            // upstream's cycle guard: a dependent that itself waits for its dependents could be waiting for
            // this object; the references are made non-blocking before the foreground delete.
            if dependents.contains(where: \.deletingDependents),
               let unblock = OwnerPatches.unblockReferences(refs, of: uid) {
                try patch(node, unblock)
            }
            policy = .foreground
        } else if latest.finalizers.contains(Self.orphanFinalizer) {
            policy = .orphan
        } else if latest.finalizers.contains(Self.foregroundFinalizer) {
            policy = .foreground
        } else {
            policy = .background
        }
        // The references changed between the read and the delete: decide again.
        return try delete(node, latest, policy: policy) ? .done : .requeue(after: 0)
    }

    /// Upstream `processDeletingDependentsItem`: the owner loses its `foregroundDeletion` finalizer once
    /// no dependent with `blockOwnerDeletion` is left; until then its blocking dependents are processed,
    /// but for those already being deleted (upstream queues them too, and their pass returns at once:
    /// skipping them keeps an owner of many terminating Pods from queueing them all on every pass).
    func processDeletingDependents(_ node: GraphNode) throws {
        let uid = node.identity.uid
        var blocking = withGraph { $0.blockingDependents(of: uid) }
        if blocking.isEmpty {
            // The graph may lag behind the store by events not yet delivered (a dependent created a moment
            // ago): catch up before letting the owner go.
            context.informers.flush()
            blocking = withGraph { $0.blockingDependents(of: uid) }
            if blocking.isEmpty {
                try removeFinalizer(node, Self.foregroundFinalizer)
                return
            }
        }
        enqueue(blocking.filter { !$0.beingDeleted }.map(\.identity.uid))
    }

    /// Upstream `orphanDependents`: removes the references to `node`'s object from all its dependents,
    /// all patches sent at once; a dependent that is gone needs nothing.
    func orphanDependents(_ node: GraphNode) throws {
        let uid = node.identity.uid
        // Every dependent created before this moment must be in the graph, or it would lose its owner
        // without being released and be collected.
        context.informers.flush()
        let dependents = withGraph { $0.dependents(of: uid) }
        var targets: [Client.PatchTarget] = []
        for d in dependents {
            let r = try resolve(apiVersion: d.identity.apiVersion, kind: d.identity.kind)
            targets.append(Client.PatchTarget(resource: r, namespace: d.identity.namespace, name: d.identity.name,
                                              patch: OwnerPatches.deleteReferences(to: [uid], of: d.identity.uid)))
        }
        var failures: [String] = []
        for (target, result) in zip(targets, context.client.patchAll(targets, type: .strategic)) {
            if case .failure(let error) = result, error.code != 404 {
                failures.append("orphaning \(target.resource.kind) \(target.name) failed, \(error.message)")
            }
        }
        if !failures.isEmpty {
            throw ReconcileError("failed to orphan dependents of owner \(node.identity), got errors: \(failures.joined(separator: "; "))")
        }
    }
}
