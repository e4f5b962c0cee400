import API
import Foundation
import JSON

/// Runs one Pod of every DaemonSet on each node that should run it (upstream
/// `pkg/controller/daemon`): eligibility from the node name, required affinity, nodeSelector and
/// taints (with the default daemon tolerations); Pods pinned to their node through required node
/// affinity and placed by the scheduler; extra, failed and misscheduled Pods deleted; the template
/// kept as ControllerRevisions whose hash labels the Pods; `RollingUpdate` replaces old Pods within
/// `maxUnavailable`; status counts as upstream's.
///
/// Orphan Pods the selector matches are adopted, Pods that stopped matching released (upstream
/// `ClaimPods`). `RollingUpdate` with `maxSurge` starts new Pods beside the old ones instead. Failed
/// daemon Pods are replaced with a per-node back-off (`FailedPodsBackoff`: 1 s doubling to 15 min).
public final class DaemonSetController: Controller, @unchecked Sendable {
    // Invariant: all stored properties are immutable after init.
    /// The work queue, of DaemonSets' keys.
    public let queue: WorkQueue
    let context: ControllerContext
    let recorder: EventRecorder
    let daemonSets: ResourceInfo?
    let pods: ResourceInfo?
    let dsLister: Lister?
    let nodeLister: Lister?
    let history: ControllerHistory?
    let podClaims: PodClaims?
    /// upstream `failedPodsBackoff`, on the cluster clock.
    let failedPodsBackoff = FailedPodsBackoff()

    /// A controller over `context`.
    public init(context: ControllerContext) {
        self.context = context
        recorder = context.recorder("daemonset-controller")
        daemonSets = context.resource("apps", "v1", "daemonsets")
        pods = context.resource("", "v1", "pods")
        let nodes = context.resource("", "v1", "nodes")
        dsLister = daemonSets.map(context.informers.lister(for:))
        nodeLister = nodes.map(context.informers.lister(for:))
        history = ControllerHistory(context: context)
        podClaims = PodClaims.over(context)
        let box = WeakBox<DaemonSetController>()
        queue = WorkQueue(name: "daemonset", workers: 2, clock: context.clock, log: context.log) { key in
            try box.value?.sync(key) ?? .done
        }
        box.value = self
        guard let daemonSets, let pods, let nodes else { return }
        context.informers.informer(for: daemonSets).addHandler { [queue] event in
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
        // upstream `addNode` / `updateNode` / `deleteNode`: a node that appears, goes, or changes its
        // labels or spec (taints, unschedulable) may change where daemons run. Status-only updates
        // (heartbeats) are ignored, as upstream's `shouldIgnoreNodeUpdate` does.
        context.informers.informer(for: nodes).addHandler { [weak self] event in
            if case .updated(let old, let new) = event, old.labels == new.labels, old["spec"] == new["spec"] { return }
            self?.enqueueAll()
        }
    }

    private func enqueueAll() {
        for ds in dsLister?.list() ?? [] {
            if let key = ds.objectKey { queue.add(key) }
        }
    }

    /// Queues the DaemonSet controlling `pod` (upstream `resolveControllerRef`), or for an orphan every
    /// DaemonSet in its namespace whose selector matches it (upstream `getDaemonSetsForPod`).
    private func enqueueController(of pod: JSON) {
        for key in dsLister?.owners(of: pod, kind: "DaemonSet", group: "apps") ?? [] { queue.add(key) }
    }

    /// The controller reference of the DaemonSet's Pods and revisions.
    static func controllerRef(to ds: JSON) -> OwnerReference? {
        OwnerReference.controller(of: ds, apiVersion: "apps/v1", kind: "DaemonSet")
    }
}
