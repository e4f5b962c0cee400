import API
import Foundation
import JSON

/// Keeps each ResourceQuota's `status` current (upstream's resourcequota controller): `status.hard` from
/// `spec.hard`, `status.used` summed over the namespace's objects that each evaluator counts (Pods and
/// their compute resources, Services, PersistentVolumeClaims and their storage, object counts of any
/// stored kind), honouring the quota's scopes. The key is a quota, queued when it changes and when an
/// object of a kind it counts changes in its namespace (for updates, only when the object's usage can
/// change). A kind is watched from the first sync of a quota that counts it; syncs are level-based: each
/// recomputes the whole usage from the listers.
public final class ResourceQuotaController: Controller, @unchecked Sendable {
    // Invariant: `watched` is guarded by `lock`; every other stored property is immutable after init.
    public let queue: WorkQueue
    private let context: ControllerContext
    private let lock = NSLock()
    /// Storage prefixes of the kinds whose informers carry this controller's handler.
    private var watched: Set<String> = []

    public init(context: ControllerContext) {
        self.context = context
        let box = WeakBox<ResourceQuotaController>()
        queue = WorkQueue(name: "resourcequota", workers: 1, clock: context.clock, log: context.log) { key in
            try box.value?.sync(key) ?? .done
        }
        box.value = self
        guard let quotas = context.resource("", "v1", "resourcequotas") else { return }
        context.informers.informer(for: quotas).addHandler { [queue] event in
            if case .deleted = event { return }
            queue.add(ObjectKey(namespace: event.object.namespace, name: event.object.name ?? ""))
        }
        // Pods are what most quotas count: watched from the start.
        if let pods = context.resource("", "v1", "pods") { watch(pods, group: "", plural: "pods") }
    }

    /// The stored resource of `group`/`plural`; nil when the server does not serve it.
    private func resolve(_ group: String, _ plural: String) -> ResourceInfo? {
        context.registry.resources.storageVersion(forPrefix: "/" + (group.isEmpty ? plural : plural + "." + group))
    }

    /// Adds the handler that queues the namespace's quotas counting `group`/`plural` when one of its
    /// objects comes, goes, or changes its usage (once per kind).
    private func watch(_ r: ResourceInfo, group: String, plural: String) {
        guard lock.withLock({ watched.insert(r.storagePrefix).inserted }) else { return }
        guard let quotas = context.resource("", "v1", "resourcequotas") else { return }
        let lister = context.informers.lister(for: quotas)
        context.informers.informer(for: r).addHandler { [queue] event in
            guard let namespace = event.object.namespace else { return }
            if case .updated(let old, let new) = event,
               !ResourceQuotaStatus.usageChanged(group: group, plural: plural, old: old, new: new) { return }
            for q in lister.list(namespace: namespace)
            where ResourceQuotaStatus.countedResources(q).contains(where: { $0.group == group && $0.plural == plural }) {
                queue.add(ObjectKey(namespace: namespace, name: q.name ?? ""))
            }
        }
    }

    /// Writes the quota's status when it changed.
    func sync(_ key: ObjectKey) throws -> ReconcileResult {
        guard let quotasR = context.resource("", "v1", "resourcequotas"),
              let quota = context.informers.lister(for: quotasR).get(key) else { return .done }
        let namespace = key.namespace
        let status = ResourceQuotaStatus.status(quota, list: { group, plural in
            guard let r = self.resolve(group, plural) else { return nil }
            self.watch(r, group: group, plural: plural)
            return self.context.informers.lister(for: r).list(namespace: namespace)
        }, count: { group, plural in
            guard let r = self.resolve(group, plural) else { return nil }
            self.watch(r, group: group, plural: plural)
            return self.context.registry.snapshot(r, namespace: namespace).objects.count
        })
        guard status != quota["status"] else { return .done }
        var updated = quota
        updated["status"] = status
        do throws(APIError) {
            try context.client.update(quotasR, namespace: key.namespace, name: key.name, subresource: "status", updated)
        } catch {
            // 404: deleted meanwhile; 409: changed meanwhile, and its new version is queued.
            guard [404, 409].contains(error.code) else {
                throw ReconcileError("resourcequota \(key.namespace ?? "")/\(key.name): \(error.message)")
            }
        }
        return .done
    }
}
