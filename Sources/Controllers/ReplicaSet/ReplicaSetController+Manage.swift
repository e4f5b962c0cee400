import API
import Foundation
import JSON

extension ReplicaSetController {
    /// What `manageReplicas` leaves: the active owned Pods now, and what failed.
    struct ManageOutcome {
        var pods: [JSON]
        var failure: ReplicaSetStatus.Failure?
    }

    /// upstream `manageReplicas`: creates or deletes Pods to make `owned` (active, claimed) reach
    /// `spec.replicas`, at most `burstReplicas` per pass.
    func manageReplicas(_ owner: JSON, _ owned: [JSON], namespace: String, _ pods: ResourceInfo) -> ManageOutcome {
        let replicas = Int(owner[path: ["spec", "replicas"]]?.intValue ?? 1)
        let diff = owned.count - replicas
        if diff < 0 { return createPods(owner, owned, count: min(-diff, Self.burstReplicas), namespace: namespace, pods) }
        if diff > 0 { return deletePods(owner, owned, count: min(diff, Self.burstReplicas), namespace: namespace, pods) }
        return ManageOutcome(pods: owned, failure: nil)
    }

    /// Creates `count` Pods from the template in slow-start batches, stopping after the first batch
    /// with a failure. Events as upstream's `RealPodControl.createPods`: `SuccessfulCreate` "Created
    /// pod: NAME", Warning `FailedCreate` "Error creating: MESSAGE".
    private func createPods(_ owner: JSON, _ owned: [JSON], count: Int, namespace: String,
                            _ pods: ResourceInfo) -> ManageOutcome {
        var result = ManageOutcome(pods: owned, failure: nil)
        guard let ref = kind.controllerRef(to: owner) else { return result }
        guard let template = PodTemplate.pod(for: owner, controllerRef: ref) else {
            result.failure = .init(reason: "FailedCreate", message: PodTemplate.noLabels)
            return result
        }
        for size in SlowStart.batches(count) {
            var failed: APIError?
            for outcome in context.client.createWithGeneratedNames(pods, namespace: namespace, template, count: size) {
                switch outcome {
                case .success(let pod):
                    result.pods.append(pod)
                    recorder.event(owner, .normal, reason: "SuccessfulCreate", message: "Created pod: \(pod.name ?? "")")
                case .failure(let error):
                    // A terminating namespace refuses every create: no event and no failure (upstream
                    // checks the NamespaceTerminating cause); nothing more is attempted.
                    if error.isNamespaceTerminating { return result }
                    recorder.event(owner, .warning, reason: "FailedCreate", message: "Error creating: \(error.message)")
                    failed = failed ?? error
                }
            }
            if let failed {
                result.failure = .init(reason: "FailedCreate", message: failed.message)
                return result
            }
        }
        return result
    }

    /// Deletes the `count` Pods upstream's ranking puts first, all at once. Events as upstream's
    /// `RealPodControl.DeletePod`: `SuccessfulDelete` "Deleted pod: NAME", Warning `FailedDelete`
    /// "Error deleting: MESSAGE"; a Pod already gone is no failure.
    private func deletePods(_ owner: JSON, _ owned: [JSON], count: Int, namespace: String,
                            _ pods: ResourceInfo) -> ManageOutcome {
        let victims = PodDeletionRanking.podsToDelete(owned, related: relatedPods(owner), count: count,
                                                      now: context.clock.now())
        let names = victims.compactMap(\.name)
        var gone = Set<String>()
        var failure: ReplicaSetStatus.Failure?
        for (name, outcome) in zip(names, context.client.deleteAll(pods, namespace: namespace, names: names)) {
            switch outcome {
            case .success:
                gone.insert(name)
                recorder.event(owner, .normal, reason: "SuccessfulDelete", message: "Deleted pod: \(name)")
            case .failure(let error):
                if error.code == 404 {
                    gone.insert(name)
                    continue
                }
                recorder.event(owner, .warning, reason: "FailedDelete", message: "Error deleting: \(error.message)")
                failure = failure ?? .init(reason: "FailedDelete", message: "unable to delete pods: \(error.message)")
            }
        }
        return ManageOutcome(pods: owned.filter { !gone.contains($0.name ?? "") }, failure: failure)
    }

    /// upstream `getIndirectlyRelatedPods`: the Pods selected by every replica set with the same
    /// controller as `owner` (one Deployment's), each once; none when `owner` has no controller.
    private func relatedPods(_ owner: JSON) -> [JSON] {
        guard let controller = owner.controllerRef, let ownerInformer, let ownerLister, let podLister,
              let namespace = owner.namespace else { return [] }
        var seen = Set<String>()
        var related: [JSON] = []
        for sibling in ownerLister.list(index: Indexes.ownerUID, value: controller.uid, in: ownerInformer)
        where sibling.controllerRef?.uid == controller.uid && sibling.namespace == namespace {
            guard let selector = try? kind.selector(sibling) else { continue }
            for pod in podLister.list(namespace: namespace, labels: selector, parts: podParts)
            where seen.insert(pod.uid ?? "").inserted {
                related.append(pod)
            }
        }
        return related
    }
}
