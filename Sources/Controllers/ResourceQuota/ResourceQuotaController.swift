import API
import JSON

/// Keeps each ResourceQuota's `status` current (upstream's resourcequota controller, for the pod
/// evaluator): `status.hard` from `spec.hard`, `status.used` summed over the namespace's Pods. The key is
/// a quota, queued when it changes and when a Pod of its namespace does.
public final class ResourceQuotaController: Controller, @unchecked Sendable {
    // Invariant: all stored properties are immutable after init.
    public let queue: WorkQueue
    private let context: ControllerContext

    public init(context: ControllerContext) {
        self.context = context
        let box = WeakBox<ResourceQuotaController>()
        queue = WorkQueue(name: "resourcequota", workers: 1, clock: context.clock, log: context.log) { key in
            try box.value?.sync(key) ?? .done
        }
        box.value = self
        guard let quotas = context.resource("", "v1", "resourcequotas"),
              let pods = context.resource("", "v1", "pods") else { return }
        context.informers.informer(for: quotas).addHandler { [queue] event in
            if case .deleted = event { return }
            queue.add(ObjectKey(namespace: event.object.namespace, name: event.object.name ?? ""))
        }
        let lister = context.informers.lister(for: quotas)
        context.informers.informer(for: pods).addHandler { [queue] event in
            guard let namespace = event.object.namespace else { return }
            for q in lister.list(namespace: namespace) {
                queue.add(ObjectKey(namespace: namespace, name: q.name ?? ""))
            }
        }
    }

    /// Writes the quota's status when it changed.
    func sync(_ key: ObjectKey) throws -> ReconcileResult {
        guard let quotasR = context.resource("", "v1", "resourcequotas"), let podsR = context.resource("", "v1", "pods"),
              let quota = context.informers.lister(for: quotasR).get(key) else { return .done }
        let status = ResourceQuotaStatus.status(quota, pods: context.informers.lister(for: podsR).list(namespace: key.namespace))
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
