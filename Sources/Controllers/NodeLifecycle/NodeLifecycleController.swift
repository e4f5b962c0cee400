import API
import Foundation
import JSON

/// Watches node heartbeats (upstream's node lifecycle controller and taint-eviction controller): a node
/// whose Lease has not been renewed for the grace period (40 s) gets its conditions set to `Unknown`
/// ("Kubelet stopped posting node status."), the `node.kubernetes.io/unreachable` NoSchedule and
/// NoExecute taints, and its Pods marked not ready; Pods that do not tolerate the NoExecute taint are
/// deleted at once, those that do after their `tolerationSeconds` (300 s by default admission). When the
/// kubelet posts Ready again the taints go.
///
/// As upstream's `nodeHealthMap`, the grace period runs from when this controller saw the Lease's
/// latest renewal (its probe timestamp), not from the renewal's own time: a controller that starts, as
/// after a restart of kubeling whose clock resumed ahead, gives every node a whole grace period to
/// renew before it calls it unreachable.
public final class NodeLifecycleController: Controller, @unchecked Sendable {
    // Invariant: `observed` is guarded by `lock`; the other stored properties are immutable after init.
    public let queue: WorkQueue
    private let context: ControllerContext
    private let lock = NSLock()
    /// Per node: the last renewal seen (the Lease's renewTime as written) and when it was first seen.
    private var observed: [String: (renewal: String, at: Date)] = [:]

    /// Upstream's `--node-monitor-grace-period`.
    static let gracePeriod = 40.0
    static let unreachable = "node.kubernetes.io/unreachable"

    public init(context: ControllerContext) {
        self.context = context
        let box = WeakBox<NodeLifecycleController>()
        queue = WorkQueue(name: "node-lifecycle", clock: context.clock, log: context.log) { key in
            try box.value?.sync(key) ?? .done
        }
        box.value = self
        guard let nodes = context.resource("", "v1", "nodes"),
              let leases = context.resource("coordination.k8s.io", "v1", "leases") else { return }
        context.informers.informer(for: nodes).addHandler { [queue] event in
            if case .deleted = event { return }
            if let name = event.object.name { queue.add(ObjectKey(name)) }
        }
        context.informers.informer(for: leases).addHandler { [queue] event in
            guard event.object.namespace == "kube-node-lease", let name = event.object.name else { return }
            queue.add(ObjectKey(name))
        }
    }

    func sync(_ key: ObjectKey) throws -> ReconcileResult {
        guard let nodesR = context.resource("", "v1", "nodes"), let podsR = context.resource("", "v1", "pods"),
              let leasesR = context.resource("coordination.k8s.io", "v1", "leases") else { return .done }
        guard var node = context.informers.lister(for: nodesR).get(key) else {
            lock.withLock { observed[key.name] = nil }
            return .done
        }
        let now = context.clock.now()
        let lease = context.informers.lister(for: leasesR).get(ObjectKey(namespace: "kube-node-lease", name: key.name))
        let renewal = lease?[path: ["spec", "renewTime"]]?.stringValue ?? node.creationTimestamp ?? ""
        let renewed = lock.withLock { () -> Date in
            if let seen = observed[key.name], seen.renewal == renewal { return seen.at }
            observed[key.name] = (renewal, now)
            return now
        }
        let deadline = renewed.addingTimeInterval(Self.gracePeriod)
        let stamp = ObjectMeta.timestamp(now)
        var conditions = node[path: ["status", "conditions"]]?.arrayValue ?? []
        let ready = conditions.first { $0["type"]?.stringValue == "Ready" }?["status"]?.stringValue
        var taints = node[path: ["spec", "taints"]]?.arrayValue ?? []
        let hadTaint = taints.contains { $0["key"]?.stringValue == Self.unreachable }

        if now >= deadline {
            if ready != "Unknown" {
                conditions = conditions.map { c in
                    var c = c
                    if c["status"]?.stringValue != "Unknown" { c["lastTransitionTime"] = .string(stamp) }
                    c["status"] = "Unknown"
                    c["reason"] = "NodeStatusUnknown"
                    c["message"] = "Kubelet stopped posting node status."
                    return c
                }
                node[path: ["status", "conditions"]] = .array(conditions)
                try write(nodesR, node, subresource: "status")
                try markPodsNotReady(key.name, podsR, stamp)
                context.recorder("node-controller").event(node, .normal, reason: "NodeNotReady",
                                                          message: "Node \(key.name) status is now: NodeNotReady")
                return .requeue(after: 0)  // the taints next, on the node as written
            }
            if !hadTaint {
                taints += [["key": .string(Self.unreachable), "effect": "NoSchedule", "timeAdded": .string(stamp)],
                           ["key": .string(Self.unreachable), "effect": "NoExecute", "timeAdded": .string(stamp)]]
                node[path: ["spec", "taints"]] = .array(taints)
                try write(nodesR, node, subresource: nil)
                return .requeue(after: 0)
            }
            return try evict(key.name, taints: taints, podsR, now: now)
        }
        if hadTaint, ready == "True" {
            node[path: ["spec", "taints"]] = .array(taints.filter { $0["key"]?.stringValue != Self.unreachable })
            try write(nodesR, node, subresource: nil)
        }
        return .requeue(after: deadline.timeIntervalSince(now) + 0.001)
    }

    /// Deletes the Pods that do not tolerate the node's NoExecute taint, now or when their
    /// `tolerationSeconds` run out; returns when to look again.
    private func evict(_ node: String, taints: [JSON], _ podsR: ResourceInfo, now: Date) throws -> ReconcileResult {
        guard let taint = taints.first(where: { $0["key"]?.stringValue == Self.unreachable && $0["effect"]?.stringValue == "NoExecute" })
        else { return .done }
        let added = (taint["timeAdded"]?.stringValue).flatMap(ObjectMeta.parseTimestamp) ?? now
        var next: Date?
        let pods = context.informers.lister(for: podsR).list(fields: FieldSelector(terms: [.init(field: "spec.nodeName", op: .equals, value: node)]))
        for pod in pods where !pod.isBeingDeleted {
            let tolerations = (pod[path: ["spec", "tolerations"]]?.arrayValue ?? []).filter { t in
                let key = t["key"]?.stringValue ?? ""
                let effect = t["effect"]?.stringValue ?? ""
                return (key.isEmpty || key == Self.unreachable) && (effect.isEmpty || effect == "NoExecute")
                    && (key.isEmpty ? t["operator"]?.stringValue == "Exists" : true)
            }
            var evictAt: Date? = now
            if !tolerations.isEmpty {
                let seconds = tolerations.compactMap { $0["tolerationSeconds"]?.intValue }
                evictAt = seconds.count < tolerations.count ? nil : added.addingTimeInterval(Double(seconds.min() ?? 0))
            }
            guard let at = evictAt else { continue }  // tolerated for ever
            if at > now {
                next = min(next ?? at, at)
                continue
            }
            context.recorder("taint-eviction-controller").event(pod, .normal, reason: "TaintManagerEviction",
                                                                message: "Marking for deletion Pod \(pod.namespace ?? "")/\(pod.name ?? "")")
            do throws(APIError) {
                try context.client.delete(podsR, namespace: pod.namespace, name: pod.name ?? "")
            } catch {
                if error.code != 404 { throw ReconcileError("evicting \(pod.name ?? ""): \(error.message)") }
            }
        }
        return next.map { .requeue(after: $0.timeIntervalSince(now) + 0.001) } ?? .done
    }

    /// Sets the Ready condition of every Pod on the node to False (upstream `MarkPodsNotReady`).
    private func markPodsNotReady(_ node: String, _ podsR: ResourceInfo, _ stamp: String) throws {
        let pods = context.informers.lister(for: podsR).list(fields: FieldSelector(terms: [.init(field: "spec.nodeName", op: .equals, value: node)]))
        for var pod in pods {
            var changed = false
            let conditions = (pod[path: ["status", "conditions"]]?.arrayValue ?? []).map { c -> JSON in
                guard c["type"]?.stringValue == "Ready", c["status"]?.stringValue != "False" else { return c }
                var c = c
                c["status"] = "False"
                c["lastTransitionTime"] = .string(stamp)
                changed = true
                return c
            }
            guard changed else { continue }
            pod[path: ["status", "conditions"]] = .array(conditions)
            try write(podsR, pod, subresource: "status")
        }
    }

    private func write(_ r: ResourceInfo, _ obj: JSON, subresource: String?) throws {
        do throws(APIError) {
            try context.client.update(r, namespace: obj.namespace, name: obj.name ?? "", subresource: subresource, obj)
        } catch {
            if error.code != 404 && error.code != 409 { throw ReconcileError("\(r.plural)/\(obj.name ?? ""): \(error.message)") }
        }
    }

    /// A `MicroTime` ("2026-01-01T00:00:10.000000Z").
    static func parseMicroTime(_ s: String) -> Date? {
        guard let dot = s.firstIndex(of: "."), let whole = ObjectMeta.parseTimestamp(String(s[..<dot]) + "Z") else {
            return ObjectMeta.parseTimestamp(s)
        }
        let fraction = Double("0" + s[dot...].dropLast()) ?? 0
        return whole.addingTimeInterval(fraction)
    }
}
