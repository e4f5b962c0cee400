import API
import Foundation
import JSON

/// kube-scheduler: binds each pending Pod (schedulerName `default-scheduler`, no node yet) to a node
/// that fits, through the `pods/binding` subresource, and says why when none does (the Pod's
/// `PodScheduled` condition and a `FailedScheduling` event, in upstream's wording).
///
/// The queue is upstream's scheduling queue: Pods are taken highest `spec.priority` first, then first
/// queued (the `PrioritySort` plugin over activeQ); a Pod that found no node waits until a cluster
/// change may let it fit (a node added or changed in what scheduling reads, an assigned Pod gone or
/// finished, the Pod itself changed beyond its status), and at least every 5 minutes; moved while its
/// back-off (1 s doubling to 10 s per failure in a row) lasts, it waits in the queue's back-off lane
/// (upstream's backoffQ), from which the queue takes it early when no other Pod is ready
/// (`SchedulerPopFromBackoffQ`, on by default since 1.33).
public final class Scheduler: Controller, @unchecked Sendable {
    // Invariant: all stored properties are immutable after init.
    public let queue: WorkQueue
    private let context: ControllerContext
    private let cache = SchedulerCache()
    /// The waiting Pods' priorities, and those that found no node with their back-off.
    let pending: PendingPods

    /// The name Pods ask for.
    public static let name = "default-scheduler"
    /// Upstream's `podMaxInUnschedulablePodsDuration`.
    static let unschedulableRetrySeconds = 300.0

    public init(context: ControllerContext) {
        self.context = context
        let box = WeakBox<Scheduler>()
        let pending = PendingPods()
        self.pending = pending
        queue = WorkQueue(name: "scheduler", workers: 1, clock: context.clock,
                          order: .priority { pending.priority(of: $0) }, log: context.log) { key in
            try box.value?.sync(key) ?? .done
        }
        box.value = self
        guard let pods = context.resource("", "v1", "pods"), let nodes = context.resource("", "v1", "nodes") else { return }
        context.informers.informer(for: pods).addHandler { [weak self] event in
            self?.podEvent(event)
        }
        context.informers.informer(for: nodes).addHandler { [weak self] event in
            guard let self else { return }
            switch event {
            case .added(let n):
                cache.update(node: n)
                retryPending()
            case .updated(let old, let n):
                cache.update(node: n)
                if PendingPods.nodeChangeMayHelp(old, n) { retryPending() }
            case .deleted(let n):
                cache.remove(node: n)
            }
        }
    }

    private func podEvent(_ event: InformerEvent) {
        let p = event.object
        guard let key = p.objectKey else { return }
        switch event {
        case .added, .updated:
            cache.update(p)
            if Self.wantsScheduling(p) {
                pending.track(key, priority: PendingPods.priority(of: p))
                // upstream `Update`: an unschedulable Pod moves only when more than its status changed.
                if case .updated(let old, _) = event, pending.isUnschedulable(key) {
                    if PendingPods.specChanged(old, p) { move([key]) }
                    return
                }
                queue.add(key)
            } else {
                pending.forget(key)
                // An assigned Pod that finished frees its room, as if it were deleted.
                if case .updated(let old, _) = event, Pod(p).nodeName != nil, Pod(p).isTerminal, !Pod(old).isTerminal {
                    retryPending()
                }
            }
        case .deleted:
            cache.remove(p)
            pending.forget(key)
            if Pod(p).nodeName != nil { retryPending() }  // room freed
        }
    }

    /// Whether the scheduler should place this Pod.
    static func wantsScheduling(_ p: JSON) -> Bool {
        let pod = Pod(p)
        let scheduler = p[path: ["spec", "schedulerName"]]?.stringValue ?? name
        return pod.nodeName == nil && !p.isBeingDeleted && !pod.isTerminal && scheduler == name
    }

    /// Queues every Pod that found no node at its last try (a Pod still waiting for its first try is
    /// queued already), all at once so the queue takes them by priority (upstream
    /// `MoveAllToActiveOrBackoffQueue`).
    private func retryPending() {
        move(pending.unschedulable)
    }

    /// Moves unschedulable Pods to the queue: at once when their back-off has passed, else to its
    /// back-off lane for the rest of it.
    private func move(_ keys: [ObjectKey]) {
        let now = context.clock.now()
        var ready: [ObjectKey] = []
        var backingOff: [ObjectKey: Double] = [:]
        for key in keys {
            let left = pending.backoffRemaining(key, now: now)
            if left > 0 { backingOff[key] = left } else { ready.append(key) }
        }
        queue.add(contentsOf: ready, backingOff: backingOff)
    }

    func sync(_ key: ObjectKey) throws -> ReconcileResult {
        guard let podsR = context.resource("", "v1", "pods"),
              let pod = context.informers.lister(for: podsR).get(key), Self.wantsScheduling(pod) else { return .done }
        // Queued again while its back-off lasts (moved during its own try): other ready Pods go first.
        let backoff = pending.backoffRemaining(key, now: context.clock.now())
        if backoff > 0, queue.count > 0 {
            queue.add(contentsOf: [], backingOff: [key: backoff])
            return .done
        }
        let nodes = cache.nodeInfos()
        let recorder = context.recorder(Self.name)
        switch SchedulingPlan.schedule(pod, nodes: nodes) {
        case .node(let node):
            pending.forget(key)
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
                        self.pending.track(key, priority: PendingPods.priority(of: pod))
                        self.context.log("scheduler: binding \(key) to \(node): \(error.message); retrying")
                        self.queue.addRateLimited(key)
                    }
                }
            }
            return .done
        case .unschedulable(let message):
            pending.failed(key, at: context.clock.now())
            try markUnschedulable(pod, message, podsR)
            recorder.event(pod, .warning, reason: "FailedScheduling", message: message)
            return .requeue(after: Self.unschedulableRetrySeconds)
        case .preempt(let node, let victims, let message):
            // The victims go (with their grace period); the Pod is nominated to the node and placed there
            // once their deletions free the room.
            pending.failed(key, at: context.clock.now())
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
