import API
import Foundation
import JSON

extension ReplicaSetController {
    /// One pass over an owner (upstream `syncReplicaSet`): its active Pods, claimed; the difference to
    /// `spec.replicas` made up unless the owner is being deleted; status written when it changed.
    /// A failed create or delete is recorded in status and then retried with back-off.
    func sync(_ key: ObjectKey) throws -> ReconcileResult {
        guard let owners, let pods, let podLister, let podInformer,
              let owner = ownerLister?.get(key), let uid = owner.uid, let namespace = key.namespace else { return .done }
        let selector: LabelSelector
        do throws(APIError) {
            selector = try kind.selector(owner)
        } catch {
            // upstream logs an invalid selector and does not retry: only an update can fix it.
            context.log("\(kind.queueName) \(key): invalid selector: \(error.message)")
            return .done
        }
        // An empty selector would claim every Pod of the namespace; validation forbids it, so should
        // one appear it claims none.
        let effective = selector.isEverything ? LabelSelector.nothing : selector

        // Candidates: the Pods the selector matches, and those this owner controls whatever their
        // labels (to release them). Only active Pods count (upstream `FilterActivePods`).
        var candidates = podLister.list(namespace: namespace, labels: effective, parts: podParts)
        // Looked up only when the index files more Pods under this owner than the selector found.
        let controlled = candidates.reduce(0) { $0 + ($1.controllerRef?.uid == uid ? 1 : 0) }
        if podInformer.count(index: Indexes.ownerUID, value: uid) > controlled {
            let seen = Set(candidates.compactMap(\.objectKey))
            candidates += podInformer.keys(index: Indexes.ownerUID, value: uid).filter { !seen.contains($0) }
                .compactMap { podLister.get($0, parts: podParts) }.filter { $0.controllerRef?.uid == uid }
        }
        let active = candidates.filter { Pod($0).isActive }

        var claimed = try claim(owner, selector: effective, active, pods)
        var failure: ReplicaSetStatus.Failure?
        if !owner.isBeingDeleted {
            let outcome = manageReplicas(owner, claimed, namespace: namespace, pods)
            claimed = outcome.pods
            failure = outcome.failure
        }
        let now = context.clock.now()
        try writeStatus(owner, ReplicaSetStatus.calculate(owner: owner, pods: claimed, failure: failure, now: now), owners)
        if let failure {
            throw ReconcileError("\(kind.queueName) \(key): \(failure.message)")
        }
        if let next = ReplicaSetStatus.nextAvailability(owner: owner, pods: claimed, now: now) {
            // IsPodAvailable is strict ("before now"): look just after the moment.
            return .requeue(after: next + 0.001)
        }
        return .done
    }

    /// The parts of a Pod below its second level that this controller reads (claiming, status,
    /// availability, scale-down ranking): it never writes a Pod back whole, so the rest (containers,
    /// volumes, managedFields) is not parsed, and an unchanged Pod is not parsed again on the next pass.
    static let podPartNames: Set<String> = ["labels", "annotations", "ownerReferences", "conditions", "containerStatuses",
                                        "initContainerStatuses", "initContainers"]

    /// upstream `ClaimPods` (`PodControllerRefManager`): keeps the Pods this owner controls that still
    /// match, releases the ones that stopped matching (removing its reference), and adopts matching
    /// orphans unless the owner is being deleted. Pods controlled by someone else are left alone.
    /// Returns the Pods owned afterwards.
    private func claim(_ owner: JSON, selector: LabelSelector, _ candidates: [JSON], _ pods: ResourceInfo) throws -> [JSON] {
        guard let uid = owner.uid, let ref = kind.controllerRef(to: owner) else { return [] }
        var owned: [JSON] = []
        var errors: [String] = []
        var canAdopt: Bool?
        for pod in candidates {
            guard let name = pod.name else { continue }
            let matches = selector.matches(pod.labels)
            if let controller = pod.controllerRef {
                guard controller.uid == uid else { continue }
                if matches {
                    owned.append(pod)
                    continue
                }
                // Release: strategic merge deleting our entry by its merge key (upstream ReleasePod).
                let patch: JSON = ["metadata": ["ownerReferences": [["$patch": "delete", "uid": .string(uid)]],
                                                "uid": .string(pod.uid ?? "")]]
                do throws(APIError) {
                    try context.client.patch(pods, namespace: pod.namespace, name: name, type: .strategic, patch)
                } catch {
                    // Gone, or no longer referencing us (422): nothing to release.
                    if error.code != 404 && error.code != 422 { errors.append("releasing pod \(name): \(error.message)") }
                }
                continue
            }
            guard matches, !owner.isBeingDeleted else { continue }
            // Adopt (upstream AdoptPod), after checking the owner is still this object and not being
            // deleted (upstream RecheckDeletionTimestamp; the lister reads the current store).
            if canAdopt == nil {
                let current = ownerLister?.get(ObjectKey(namespace: owner.namespace, name: owner.name ?? ""))
                canAdopt = current?.uid == uid && current?.isBeingDeleted == false
            }
            guard canAdopt == true else { continue }
            let patch: JSON = ["metadata": ["ownerReferences": [ref.json], "uid": .string(pod.uid ?? "")]]
            do throws(APIError) {
                owned.append(try context.client.patch(pods, namespace: pod.namespace, name: name, type: .strategic, patch))
            } catch {
                if error.code != 404 { errors.append("adopting pod \(name): \(error.message)") }
            }
        }
        if !errors.isEmpty { throw ReconcileError(errors.joined(separator: "; ")) }
        return owned
    }

    /// Writes `status` through the status subresource when it differs from the owner's (upstream
    /// `updateReplicaSetStatus`). The write carries no resourceVersion: the status is computed from the
    /// current Pods, so the latest computation is the right one to keep.
    private func writeStatus(_ owner: JSON, _ status: JSON, _ owners: ResourceInfo) throws {
        do throws(APIError) {
            try context.client.writeStatus(owners, of: owner, status)
        } catch {
            throw ReconcileError("\(kind.queueName) \(owner.name ?? ""): status: \(error.message)")
        }
    }
}
