import API
import Foundation
import JSON

/// Keeps every StatefulSet's Pods (upstream `pkg/controller/statefulset`): one Pod per ordinal, named
/// `<set>-<ordinal>`, with a stable hostname; created in order and each only once its predecessors are
/// Running and Ready (`OrderedReady`), or all at once (`Parallel`); removed from the highest ordinal
/// down; updated from the highest ordinal down to `partition`, one at a time, waiting for readiness
/// (`RollingUpdate`), or only when deleted (`OnDelete`). Templates are kept as ControllerRevisions,
/// which name `currentRevision` and `updateRevision`. PersistentVolumeClaims are created from the
/// `volumeClaimTemplates` (and never bound: there is no provisioner).
///
/// Orphan Pods the selector matches and whose name is one of the set's are adopted; Pods that stopped
/// matching are released (upstream `ClaimPods` with `isMemberOf`).
public final class StatefulSetController: Controller, @unchecked Sendable {
    // Invariant: all stored properties are immutable after init.
    /// The work queue, of StatefulSets' keys.
    public let queue: WorkQueue
    let context: ControllerContext
    let recorder: EventRecorder
    let sets: ResourceInfo?
    let pods: ResourceInfo?
    let claims: ResourceInfo?
    let setLister: Lister?
    let history: ControllerHistory?
    let podClaims: PodClaims?

    /// A controller over `context`.
    public init(context: ControllerContext) {
        self.context = context
        recorder = context.recorder("statefulset-controller")
        sets = context.resource("apps", "v1", "statefulsets")
        pods = context.resource("", "v1", "pods")
        claims = context.resource("", "v1", "persistentvolumeclaims")
        setLister = sets.map(context.informers.lister(for:))
        history = ControllerHistory(context: context)
        podClaims = PodClaims.over(context)
        let box = WeakBox<StatefulSetController>()
        queue = WorkQueue(name: "statefulset", workers: 5, clock: context.clock, log: context.log) { key in
            try box.value?.sync(key) ?? .done
        }
        box.value = self
        guard let sets, let pods else { return }
        context.informers.informer(for: sets).addHandler { [queue] event in
            if let key = event.object.objectKey { queue.add(key) }
        }
        let podInformer = context.informers.informer(for: pods)
        podInformer.addIndex(Indexes.ownerUID, Indexes.ownerUIDs)
        podInformer.addHandler { [weak self] event in
            switch event {
            case .added(let pod), .deleted(let pod):
                self?.enqueueController(of: pod)
            case .updated(let old, let new):
                if old.resourceVersion == new.resourceVersion { return }
                self?.enqueueController(of: new)
                if old.controllerRef != new.controllerRef || old.labels != new.labels { self?.enqueueController(of: old) }
            }
        }
    }

    /// Queues the StatefulSet controlling `pod` (upstream `resolveControllerRef`: kind, group, UID), or
    /// for an orphan every set in its namespace whose selector matches it (upstream `getPodStatefulSets`).
    private func enqueueController(of pod: JSON) {
        for key in setLister?.owners(of: pod, kind: "StatefulSet", group: "apps") ?? [] { queue.add(key) }
    }

    /// The controller reference of the set's Pods, claims and revisions.
    static func controllerRef(to set: JSON) -> OwnerReference? {
        OwnerReference.controller(of: set, apiVersion: "apps/v1", kind: "StatefulSet")
    }
}
