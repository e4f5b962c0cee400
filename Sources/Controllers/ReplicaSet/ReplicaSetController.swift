import API
import Foundation
import JSON

/// Keeps `spec.replicas` Pods for every ReplicaSet, or every ReplicationController (upstream's
/// replicaset controller, `pkg/controller/replicaset`, and its `ReplicationManager` over the same
/// code): adopts matching orphans and releases Pods that stopped matching, creates missing Pods from
/// the template in slow-start batches, deletes surplus ones in upstream's order, records events, and
/// writes status.
///
/// The key is the owner's. Pod events enqueue the Pod's controller, or for an orphan every owner in
/// its namespace whose selector matches it (a candidate for adoption).
public final class ReplicaSetController: Controller, @unchecked Sendable {
    // Invariant: all stored properties are immutable after init.
    public let queue: WorkQueue
    /// The kind kept.
    public let kind: ReplicaSetKind
    let context: ControllerContext
    let recorder: EventRecorder
    let owners: ResourceInfo?
    let pods: ResourceInfo?
    let ownerLister: Lister?
    let podLister: Lister?
    let podInformer: SharedInformer?
    let ownerInformer: SharedInformer?
    /// The Pods' parts this controller reads, parsed once per Pod revision.
    let podParts = SkimmedObjects(keeping: ReplicaSetController.podPartNames)
    /// Owners as a Pod event checks them (name and UID), parsed once per revision.
    let ownerParts = SkimmedObjects(keeping: [], capacity: 1024)

    /// upstream `BurstReplicas`: at most this many creations or deletions per sync.
    static let burstReplicas = 500

    /// A controller for `kind`'s objects.
    public init(context: ControllerContext, kind: ReplicaSetKind = .replicaSet) {
        self.context = context
        self.kind = kind
        recorder = context.recorder(kind.component)
        owners = context.resource(kind.group, kind.version, kind.plural)
        pods = context.resource("", "v1", "pods")
        ownerLister = owners.map(context.informers.lister(for:))
        podLister = pods.map(context.informers.lister(for:))
        ownerInformer = owners.map(context.informers.informer(for:))
        podInformer = pods.map(context.informers.informer(for:))
        let box = WeakBox<ReplicaSetController>()
        queue = WorkQueue(name: kind.queueName, workers: 5, clock: context.clock, log: context.log) { key in
            try box.value?.sync(key) ?? .done
        }
        box.value = self
        guard let ownerInformer, let podInformer else { return }
        // Pods by owner, for the Pods a replica set still owns but no longer selects; replica sets by
        // owner, for the Pods of replica sets with the same controller (the scale-down rank).
        podInformer.addIndex(Indexes.ownerUID, Indexes.ownerUIDs)
        ownerInformer.addIndex(Indexes.ownerUID, Indexes.ownerUIDs)
        ownerInformer.addHandler { [queue] event in
            if let key = event.object.objectKey { queue.add(key) }
        }
        podInformer.addHandler { [weak self] event in self?.podChanged(event) }
    }

    // MARK: Pod events (upstream addPod, updatePod, deletePod)

    private func podChanged(_ event: InformerEvent) {
        switch event {
        case .added(let pod):
            if pod.isBeingDeleted || pod.controllerRef != nil {
                enqueueController(of: pod)
            } else {
                enqueueSelecting(pod)
            }
        case .updated(let old, let new):
            if old.resourceVersion == new.resourceVersion { return }  // a relist's unchanged object
            let labelsChanged = old.labels != new.labels
            if new.isBeingDeleted {
                // Counted out at once so the replacement comes without waiting for the Pod to go.
                enqueueController(of: new)
                if labelsChanged { enqueueController(of: old) }
                return
            }
            if old.controllerRef != new.controllerRef { enqueueController(of: old) }
            if new.controllerRef != nil {
                // Readiness changes reach the status this way; availability after minReadySeconds is
                // a requeue the sync asks for. Upstream queues on every update; a change the sync
                // cannot see (binding, a container created, an image pulled) is skipped here, which
                // halves the passes over a large replica set while it rolls.
                if labelsChanged || old.controllerRef != new.controllerRef || Self.syncSees(old) != Self.syncSees(new) {
                    enqueueController(of: new)
                }
            } else if labelsChanged || old.controllerRef != nil {
                enqueueSelecting(new)
            }
        case .deleted(let pod):
            enqueueController(of: pod)
        }
    }

    /// What a sync reads from one of its Pods besides labels and owner: whether it counts (phase) and
    /// when it became ready (status counts and availability). Ranking inputs (node, restarts) are
    /// read when a scale-down happens, not watched.
    static func syncSees(_ pod: JSON) -> [String?] {
        let view = Pod(pod)
        let ready = pod[path: ["status", "conditions"]]?.arrayValue?.first { $0["type"]?.stringValue == "Ready" }
        return [view.phase, ready?["status"]?.stringValue, ready?["lastTransitionTime"]?.stringValue]
    }

    /// Queues the owner `pod`'s controller reference names, if it is one of ours and still the same
    /// object (upstream `resolveControllerRef`: kind, name and UID).
    private func enqueueController(of pod: JSON) {
        guard let ref = pod.controllerRef, kind.refers(to: ref), let namespace = pod.namespace else { return }
        let key = ObjectKey(namespace: namespace, name: ref.name)
        guard let owner = ownerLister?.get(key, parts: ownerParts), owner.uid == ref.uid else { return }
        queue.add(key, after: context.podEventBatching)
    }

    /// Queues every owner in the orphan `pod`'s namespace whose selector matches it (upstream
    /// `getPodReplicaSets`), so one of them adopts it.
    private func enqueueSelecting(_ pod: JSON) {
        guard let namespace = pod.namespace, let ownerLister else { return }
        let labels = pod.labels
        for owner in ownerLister.list(namespace: namespace) {
            guard let selector = try? kind.selector(owner), !selector.isEverything, selector.matches(labels),
                  let key = owner.objectKey else { continue }
            queue.add(key)
        }
    }
}
