import API
import Foundation
import JSON

/// kube-scheduler: binds each pending Pod (schedulerName `default-scheduler`, no node yet) to a node
/// that fits, through the `pods/binding` subresource, and says why when none does (the Pod's
/// `PodScheduled` condition and a `FailedScheduling` event, in upstream's wording). Unschedulable Pods are
/// tried again when a node or a Pod changes, and at least every 5 minutes, as upstream's queue does.
public final class Scheduler: Controller, @unchecked Sendable {
    // Invariant: all stored properties are immutable after init.
    public let queue: WorkQueue
    private let context: ControllerContext
    private let cache = SchedulerCache()
    /// Pods that found no node, tried again when room may have appeared (upstream's unschedulable queue).
    private let unschedulable = UnschedulablePods()

    /// The name Pods ask for.
    public static let name = "default-scheduler"
    /// Upstream's `podMaxInUnschedulablePodsDuration`.
    static let unschedulableRetrySeconds = 300.0

    public init(context: ControllerContext) {
        self.context = context
        let box = WeakBox<Scheduler>()
        queue = WorkQueue(name: "scheduler", workers: 1, clock: context.clock, log: context.log) { key in
            try box.value?.sync(key) ?? .done
        }
        box.value = self
        guard let pods = context.resource("", "v1", "pods"), let nodes = context.resource("", "v1", "nodes") else { return }
        context.informers.informer(for: pods).addHandler { [weak self] event in
            switch event {
            case .added(let p), .updated(_, let p):
                self?.cache.update(p)
                if Self.wantsScheduling(p), let key = p.objectKey { self?.queue.add(key) }
            case .deleted(let p):
                self?.cache.remove(p)
                if let key = p.objectKey { self?.unschedulable.remove(key) }
                if Pod(p).nodeName != nil { self?.retryPending() }  // room freed
            }
        }
        context.informers.informer(for: nodes).addHandler { [weak self] event in
            if case .deleted(let n) = event { self?.cache.remove(node: n) } else { self?.cache.update(node: event.object) }
            self?.retryPending()
        }
    }

    /// Whether the scheduler should place this Pod.
    static func wantsScheduling(_ p: JSON) -> Bool {
        let pod = Pod(p)
        let scheduler = p[path: ["spec", "schedulerName"]]?.stringValue ?? name
        return pod.nodeName == nil && !p.isBeingDeleted && !pod.isTerminal && scheduler == name
    }

    /// Queues every Pod that found no node at its last try (a Pod still waiting for its first try is
    /// queued already).
    private func retryPending() {
        for key in unschedulable.all { queue.add(key) }
    }

    func sync(_ key: ObjectKey) throws -> ReconcileResult {
        guard let podsR = context.resource("", "v1", "pods"),
              let pod = context.informers.lister(for: podsR).get(key), Self.wantsScheduling(pod) else { return .done }
        let nodes = cache.nodeInfos()
        let recorder = context.recorder(Self.name)
        switch SchedulingPlan.schedule(pod, nodes: nodes) {
        case .node(let node):
            unschedulable.remove(key)
            // As upstream's binding cycle: the decision is final once made (the Pod is assumed on the node
            // so the next decision counts it), and the write runs on its own while the next Pod is decided.
            let decided = context.clock.now()
            cache.assume(pod, on: node)
            let binding: JSON = ["apiVersion": "v1", "kind": "Binding", "metadata": ["name": .string(key.name)],
                                 "target": ["apiVersion": "v1", "kind": "Node", "name": .string(node)]]
            let writes = context.asyncWrites
            writes.enter()
            context.registry.bind(podsR, namespace: key.namespace, name: key.name, binding: binding,
                                  options: WriteOptions()) { [weak self] result in
                defer { writes.leave() }
                guard let self else { return }
                switch result {
                case .success:
                    recorder.event(pod, .normal, reason: "Scheduled", message: "Successfully assigned \(key) to \(node)",
                                   at: decided)
                case .failure(let error):
                    // Gone or placed meanwhile (404, 409): its events correct the cache. Else try again.
                    self.cache.remove(pod)
                    if error.code != 404 && error.code != 409 {
                        self.context.log("scheduler: binding \(key) to \(node): \(error.message); retrying")
                        self.queue.addRateLimited(key)
                    }
                }
            }
            return .done
        case .unschedulable(let message):
            unschedulable.insert(key)
            try markUnschedulable(pod, message, podsR)
            recorder.event(pod, .warning, reason: "FailedScheduling", message: message)
            return .requeue(after: Self.unschedulableRetrySeconds)
        case .preempt(let node, let victims, let message):
            // The victims go (with their grace period); the Pod is nominated to the node and placed there
            // once their deletions free the room.
            unschedulable.insert(key)
            for victim in victims {
                guard let v = context.informers.lister(for: podsR).get(victim), !v.isBeingDeleted else { continue }
                recorder.event(v, .normal, reason: "Preempted", message: "Preempted by pod \(pod.uid ?? "") on node \(node)")
                do throws(APIError) {
                    try markDisruptionTarget(v, podsR)
                    try context.client.delete(podsR, namespace: victim.namespace, name: victim.name)
                } catch {
                    if error.code != 404 { throw ReconcileError("preempting \(victim): \(error.message)") }
                }
            }
            try markUnschedulable(pod, message, podsR, nominated: node)
            recorder.event(pod, .warning, reason: "FailedScheduling", message: message)
            return .requeue(after: Self.unschedulableRetrySeconds)
        }
    }

    /// Marks a victim before deleting it, as upstream's preemption does: `DisruptionTarget=True`, reason
    /// `PreemptionByScheduler` (which also tells a later decision that its room is on the way).
    private func markDisruptionTarget(_ victim: JSON, _ podsR: ResourceInfo) throws(APIError) {
        var conditions = victim[path: ["status", "conditions"]]?.arrayValue ?? []
        conditions.removeAll { $0["type"]?.stringValue == "DisruptionTarget" }
        conditions.append(["type": "DisruptionTarget", "status": "True", "lastProbeTime": .null,
                           "lastTransitionTime": .string(ObjectMeta.timestamp(context.clock.now())),
                           "reason": .string(SchedulingPlan.preemptionReason),
                           "message": .string("\(Self.name): preempting to accommodate a higher priority pod")])
        var next = victim
        next[path: ["status", "conditions"]] = .array(conditions)
        try context.client.update(podsR, namespace: victim.namespace, name: victim.name ?? "", subresource: "status", next)
    }

    /// Writes `PodScheduled=False` (reason `Unschedulable`) when it is not already there with this message.
    private func markUnschedulable(_ pod: JSON, _ message: String, _ podsR: ResourceInfo, nominated: String? = nil) throws {
        var conditions = pod[path: ["status", "conditions"]]?.arrayValue ?? []
        if let c = conditions.first(where: { $0["type"]?.stringValue == "PodScheduled" }),
           c["status"]?.stringValue == "False", c["message"]?.stringValue == message,
           nominated == nil || pod[path: ["status", "nominatedNodeName"]]?.stringValue == nominated { return }
        conditions.removeAll { $0["type"]?.stringValue == "PodScheduled" }
        conditions.append(["type": "PodScheduled", "status": "False", "lastProbeTime": .null,
                           "lastTransitionTime": .string(ObjectMeta.timestamp(context.clock.now())),
                           "reason": "Unschedulable", "message": .string(message)])
        var next = pod
        next[path: ["status", "conditions"]] = .array(conditions)
        next[path: ["status", "phase"]] = "Pending"
        if let nominated { next[path: ["status", "nominatedNodeName"]] = .string(nominated) }
        do throws(APIError) {
            try context.client.update(podsR, namespace: pod.namespace, name: pod.name ?? "", subresource: "status", next)
        } catch {
            if error.code != 404 && error.code != 409 { throw ReconcileError("pod status: \(error.message)") }
        }
    }
}

/// The keys of Pods that found no node. Threading: guarded by its lock.
final class UnschedulablePods: @unchecked Sendable {
    private let lock = NSLock()
    private var keys: Set<ObjectKey> = []

    func insert(_ key: ObjectKey) { _ = lock.withLock { keys.insert(key) } }
    func remove(_ key: ObjectKey) { _ = lock.withLock { keys.remove(key) } }
    var all: [ObjectKey] { lock.withLock { Array(keys) } }
}
