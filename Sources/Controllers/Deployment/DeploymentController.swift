import API
import Foundation
import JSON

/// Rolls Deployments out through ReplicaSets (upstream `pkg/controller/deployment`): creates the
/// ReplicaSet of the current template (`<name>-<pod-template-hash>`), moves Pods to it with the
/// RollingUpdate or Recreate strategy, scales proportionally when the Deployment is resized mid-rollout,
/// keeps `revisionHistoryLimit` old sets, and reports `status` with the `Available` and `Progressing`
/// conditions `kubectl rollout status` reads.
///
/// The informers only enqueue Deployment keys: a Deployment's own changes; a ReplicaSet's changes for
/// the Deployment that controls it, or for every Deployment that could adopt it when it is an orphan;
/// a Pod's deletion for a Recreate Deployment waiting for its old Pods to go. Each pass
/// (`RolloutPass`) reads the listers and writes only differences.
public final class DeploymentController: Controller, @unchecked Sendable {
    // Invariant: all stored properties are immutable after init.
    /// Deployment keys waiting for a pass.
    public let queue: WorkQueue
    let context: ControllerContext
    let wiring: Wiring?

    /// The resources, listers and informer a pass uses.
    struct Wiring: Sendable {
        let deployments: ResourceInfo
        let replicaSets: ResourceInfo
        let pods: ResourceInfo
        let deploymentLister: Lister
        let replicaSetLister: Lister
        let podLister: Lister
        let replicaSetInformer: SharedInformer
        let recorder: EventRecorder
    }

    /// Builds the controller and registers its informer handlers (Deployments, ReplicaSets with an
    /// owner-UID index, Pods); nothing runs until the context's informers start.
    public init(context: ControllerContext) {
        self.context = context
        let box = WeakBox<DeploymentController>()
        queue = WorkQueue(name: "deployment", workers: 2, clock: context.clock, log: context.log) { key in
            try box.value?.sync(key) ?? .done
        }
        guard let d = context.resource("apps", "v1", "deployments"), let rs = context.resource("apps", "v1", "replicasets"),
              let pods = context.resource("", "v1", "pods") else {
            wiring = nil
            box.value = self
            return
        }
        let rsInformer = context.informers.informer(for: rs)
        rsInformer.addIndex(Indexes.ownerUID, Indexes.ownerUIDs)
        let w = Wiring(deployments: d, replicaSets: rs, pods: pods, deploymentLister: context.informers.lister(for: d),
                       replicaSetLister: context.informers.lister(for: rs), podLister: context.informers.lister(for: pods),
                       replicaSetInformer: rsInformer, recorder: context.recorder("deployment-controller"))
        wiring = w
        box.value = self
        context.informers.informer(for: d).addHandler { [queue] event in
            if let key = event.object.objectKey { queue.add(key) }
        }
        rsInformer.addHandler { [weak self] event in self?.replicaSetChanged(event) }
        context.informers.informer(for: pods).addHandler { [weak self] event in
            if case .deleted(let pod) = event { self?.podDeleted(pod) }
        }
    }

    /// One pass over a Deployment.
    func sync(_ key: ObjectKey) throws -> ReconcileResult {
        guard let wiring, let object = wiring.deploymentLister.get(key) else { return .done }
        return try RolloutPass(controller: self, wiring: wiring, deployment: object).run()
    }

    // MARK: event handlers (informer queues; they only enqueue)

    /// upstream `addReplicaSet` / `updateReplicaSet` / `deleteReplicaSet`.
    private func replicaSetChanged(_ event: InformerEvent) {
        switch event {
        case .added(let rs):
            if let ref = rs.controllerRef {
                enqueueController(ref, namespace: rs.namespace)
            } else if !rs.isBeingDeleted {
                enqueueAdopters(of: rs)
            }
        case .updated(let old, let new):
            if old.resourceVersion == new.resourceVersion { return }
            let oldRef = old.controllerRef, newRef = new.controllerRef
            if let oldRef, oldRef != newRef { enqueueController(oldRef, namespace: old.namespace) }
            if let newRef {
                enqueueController(newRef, namespace: new.namespace)
            } else if old.labels != new.labels || oldRef != nil {
                enqueueAdopters(of: new)
            }
        case .deleted(let rs):
            if let ref = rs.controllerRef { enqueueController(ref, namespace: rs.namespace) }
        }
    }

    /// upstream `deletePod`: a Recreate Deployment waits for its old Pods to be gone.
    private func podDeleted(_ pod: JSON) {
        guard let wiring, let ref = pod.controllerRef, ref.kind == "ReplicaSet",
              let rs = wiring.replicaSetLister.get(ObjectKey(namespace: pod.namespace, name: ref.name)), rs.uid == ref.uid,
              let dRef = rs.controllerRef, let key = deploymentKey(dRef, namespace: pod.namespace),
              let d = wiring.deploymentLister.get(key), DeploymentView(d).strategy == .recreate else { return }
        queue.add(key)
    }

    /// Enqueues the Deployment `ref` names, if it is still that Deployment (`resolveControllerRef`).
    private func enqueueController(_ ref: OwnerReference, namespace: String?) {
        if let key = deploymentKey(ref, namespace: namespace) { queue.add(key) }
    }

    private func deploymentKey(_ ref: OwnerReference, namespace: String?) -> ObjectKey? {
        guard let wiring, ref.kind == "Deployment" else { return nil }
        let key = ObjectKey(namespace: namespace, name: ref.name)
        guard wiring.deploymentLister.get(key)?.uid == ref.uid else { return nil }
        return key
    }

    /// An orphan ReplicaSet: every Deployment in its namespace whose selector matches it may adopt it
    /// (`getDeploymentsForReplicaSet`).
    private func enqueueAdopters(of rs: JSON) {
        guard let wiring else { return }
        let labels = rs.labels
        for d in wiring.deploymentLister.list(namespace: rs.namespace ?? "default") {
            guard let selector = try? LabelSelector(from: DeploymentView(d).selector), !selector.isEverything,
                  selector.matches(labels), let key = d.objectKey else { continue }
            queue.add(key)
        }
    }
}
