import API
import Foundation
import JSON

/// Finding, adopting, creating and resizing the Deployment's ReplicaSets (upstream
/// `getReplicaSetsForDeployment` with `ControllerRefManager.ClaimReplicaSets`, and `sync.go`'s
/// `getAllReplicaSetsAndSyncRevision`, `getNewReplicaSet`, `scaleReplicaSet`).
extension RolloutPass {
    /// The ReplicaSets this Deployment controls: owned ones its selector still matches; orphans it
    /// matches are adopted, owned ones it no longer matches released (neither while it is being deleted).
    func claimReplicaSets() throws -> [OwnedReplicaSet] {
        let selector: LabelSelector
        do throws(APIError) {
            selector = try LabelSelector(from: d.selector)
        } catch {
            throw ReconcileError("deployment \(d.namespace)/\(d.name): invalid selector: \(error.message)")
        }
        // Candidates: what the selector matches, plus what this Deployment owns (to release).
        var seen = Set<String>()
        let candidates = (wiring.replicaSetLister.list(namespace: d.namespace, labels: selector)
            + wiring.replicaSetLister.list(index: Indexes.ownerUID, value: d.uid, in: wiring.replicaSetInformer))
            .filter { seen.insert($0.uid ?? "").inserted }
        var claimed: [OwnedReplicaSet] = []
        for rs in candidates {
            let matches = selector.matches(rs.labels)
            if let ref = rs.controllerRef {
                guard ref.uid == d.uid else { continue }
                if matches {
                    claimed.append(OwnedReplicaSet(rs))
                } else if !d.object.isBeingDeleted {
                    try setOwnership(of: rs, adopt: false)
                }
            } else if matches, !d.object.isBeingDeleted, !rs.isBeingDeleted, rs.namespace == d.object.namespace {
                if let adopted = try setOwnership(of: rs, adopt: true) { claimed.append(OwnedReplicaSet(adopted)) }
            }
        }
        return claimed
    }

    /// Adds or removes this Deployment's controller reference; nil when the ReplicaSet is gone.
    @discardableResult
    private func setOwnership(of rs: JSON, adopt: Bool) throws -> JSON? {
        if adopt {
            // `RecheckDeletionTimestamp`: adopt only for the very Deployment read, and not while it goes.
            let fresh = client.get(wiring.deployments, namespace: d.namespace, name: d.name)
            guard let fresh, fresh.uid == d.uid, !fresh.isBeingDeleted else {
                throw ReconcileError("deployment \(d.namespace)/\(d.name) changed or is going; not adopting \(rs.name ?? "")")
            }
        }
        var refs = rs.ownerReferences.filter { $0.uid != d.uid }
        if adopt { refs.append(d.controllerRef) }
        var updated = rs
        updated[path: ["metadata", "ownerReferences"]] = refs.isEmpty ? nil : .array(refs.map(\.json))
        do throws(APIError) {
            return try client.update(wiring.replicaSets, namespace: d.namespace, name: rs.name ?? "", updated)
        } catch {
            if error.code == 404 { return nil }
            throw ReconcileError("replicaset \(d.namespace)/\(rs.name ?? ""): \(adopt ? "adopting" : "releasing"): \(error.message)")
        }
    }

    /// `getAllReplicaSetsAndSyncRevision`: the new ReplicaSet (the oldest whose template equals the
    /// Deployment's, ignoring the hash label; created when `create` and missing) with its revision and
    /// annotations brought up to date, and all the others.
    func newAndOldReplicaSets(create: Bool) throws -> (new: OwnedReplicaSet?, old: [OwnedReplicaSet]) {
        let sorted = replicaSets.sorted(by: OwnedReplicaSet.oldestFirst)
        let existing = sorted.first { PodTemplateHash.equalIgnoringHash($0.template, d.template) }
        let old = sorted.filter { $0.uid != existing?.uid }
        let newRevision = (old.map(\.revision).max() ?? 0) + 1
        if let existing { return (try syncExistingNewReplicaSet(existing, newRevision: newRevision), old) }
        guard create else { return (nil, old) }
        return (try createNewReplicaSet(old: old, newRevision: newRevision), old)
    }

    /// The existing new ReplicaSet: annotations copied from the Deployment, revision raised (a rollback
    /// records the old one in `revision-history`), `minReadySeconds` kept in step; then the Deployment's
    /// revision follows, and a first `Progressing` condition says the set was found.
    private func syncExistingNewReplicaSet(_ rs: OwnedReplicaSet, newRevision: Int64) throws -> OwnedReplicaSet {
        let annotations = DeploymentAnnotations.forNewReplicaSet(
            current: rs.annotations, deployment: d.annotations, newRevision: newRevision, exists: true,
            desiredReplicas: d.replicas, maxReplicas: d.replicas + d.maxSurge)
        if annotations != nil || rs.minReadySeconds != d.minReadySeconds {
            var object = rs.object
            if let annotations { object.setAnnotations(annotations) }
            object[path: ["spec", "minReadySeconds"]] = .int(Int64(d.minReadySeconds))
            // Upstream returns here and leaves the Deployment's revision to the next pass; the write's
            // event brings that pass at once.
            return try write(object)
        }
        try setDeploymentRevision(rs.annotations[DeploymentAnnotations.revision] ?? "")
        if d.progressDeadlineSeconds != nil, status.condition(DeploymentReason.progressing) == nil {
            status.set(DeploymentCondition(DeploymentReason.progressing, "True", reason: DeploymentReason.foundNewReplicaSet,
                                           message: "Found new replica set \"\(rs.name)\"", now: ObjectMeta.timestamp(now)))
            try writeStatus()
        }
        return rs
    }

    /// Creates the new ReplicaSet `<deployment>-<hash>`, sized by the strategy. A name taken by another
    /// template is a hash collision: `status.collisionCount` goes up and the pass retries with a new hash.
    private func createNewReplicaSet(old: [OwnedReplicaSet], newRevision: Int64) throws -> OwnedReplicaSet {
        let hash = PodTemplateHash.compute(template: d.template, collisionCount: status.collisionCount)
        let name = d.name + "-" + hash
        var template = d.template
        template[path: ["metadata", "labels", PodTemplateHash.labelKey]] = .string(hash)
        var selector = d.selector
        selector[path: ["matchLabels", PodTemplateHash.labelKey]] = .string(hash)
        let replicas = RolloutMath.newReplicaSetReplicas(d.strategy, replicas: d.replicas, totalSpecReplicas: old.specReplicas,
                                                         newReplicaSetReplicas: 0)
        var object: JSON = [
            "apiVersion": "apps/v1", "kind": "ReplicaSet",
            "metadata": ["name": .string(name), "namespace": .string(d.namespace),
                         "labels": template[path: ["metadata", "labels"]] ?? [:],
                         "ownerReferences": [d.controllerRef.json]],
            "spec": ["replicas": .int(Int64(replicas)), "minReadySeconds": .int(Int64(d.minReadySeconds)),
                     "selector": selector, "template": template],
        ]
        object.setAnnotations(DeploymentAnnotations.forNewReplicaSet(
            current: [:], deployment: d.annotations, newRevision: newRevision, exists: false,
            desiredReplicas: d.replicas, maxReplicas: d.replicas + d.maxSurge) ?? [:])

        var created: OwnedReplicaSet
        var alreadyExisted = false
        do throws(APIError) {
            created = OwnedReplicaSet(try client.create(wiring.replicaSets, namespace: d.namespace, object))
        } catch {
            if error.reason == "AlreadyExists" {
                let taken = wiring.replicaSetLister.get(ObjectKey(namespace: d.namespace, name: name))
                if let taken, taken.controllerRef?.uid == d.uid,
                   PodTemplateHash.equalIgnoringHash(taken[path: ["spec", "template"]], d.template) {
                    created = OwnedReplicaSet(taken)
                    alreadyExisted = true
                } else {
                    status.collisionCount = (status.collisionCount ?? 0) + 1
                    try writeStatus()
                    throw ReconcileError("deployment \(d.namespace)/\(d.name): hash collision on replica set \(name); collisionCount \(status.collisionCount ?? 0)")
                }
            } else if error.code == 403, error.message.hasSuffix("because it is being terminated") {
                // The namespace is going (upstream's NamespaceTerminatingCause): no condition, no event.
                throw ReconcileError("deployment \(d.namespace)/\(d.name): \(error.message)")
            } else {
                let message = "Failed to create new replica set \"\(name)\": \(error.message)"
                if d.progressDeadlineSeconds != nil {
                    status.set(DeploymentCondition(DeploymentReason.progressing, "False", reason: DeploymentReason.replicaSetCreateError,
                                                   message: message, now: ObjectMeta.timestamp(now)))
                    try? writeStatus()  // the create error is the one to report
                }
                event(.warning, DeploymentReason.replicaSetCreateError, message)
                throw ReconcileError("deployment \(d.namespace)/\(d.name): \(message)")
            }
        }
        remember(created)
        if !alreadyExisted, replicas > 0 {
            event(.normal, "ScalingReplicaSet", "Scaled up replica set \(name) from 0 to \(replicas)")
        }
        try setDeploymentRevision(String(newRevision))
        if !alreadyExisted, d.progressDeadlineSeconds != nil {
            status.set(DeploymentCondition(DeploymentReason.progressing, "True", reason: DeploymentReason.newReplicaSetCreated,
                                           message: "Created new replica set \"\(name)\"", now: ObjectMeta.timestamp(now)))
        }
        try writeStatus()
        return created
    }

    // MARK: resizing

    /// `scaleReplicaSetAndRecordEvent`: resizes `rs` when its size differs. Returns whether it did.
    @discardableResult
    func scale(_ rs: OwnedReplicaSet, to replicas: Int) throws -> Bool {
        let rs = current(rs)
        guard rs.replicas != replicas else { return false }
        return try resize(rs, to: replicas)
    }

    /// `scaleReplicaSet`: sets the size and the `desired-replicas` / `max-replicas` annotations; an
    /// event tells a change of size. Returns whether the size changed.
    @discardableResult
    func resize(_ rs: OwnedReplicaSet, to replicas: Int) throws -> Bool {
        let rs = current(rs)
        let sizeChanged = rs.replicas != replicas
        let annotations = DeploymentAnnotations.withReplicaCounts(rs.annotations, desired: d.replicas, max: d.replicas + d.maxSurge)
        guard sizeChanged || annotations != nil else { return false }
        var object = rs.object
        object[path: ["spec", "replicas"]] = .int(Int64(replicas))
        if let annotations { object.setAnnotations(annotations) }
        let written = try write(object)
        if sizeChanged {
            let direction = rs.replicas < replicas ? "up" : "down"
            event(.normal, "ScalingReplicaSet", "Scaled \(direction) replica set \(written.name) from \(rs.replicas) to \(replicas)")
        }
        return sizeChanged
    }

    /// Updates a ReplicaSet (optimistic concurrency on the resourceVersion read) and remembers it.
    private func write(_ object: JSON) throws -> OwnedReplicaSet {
        do throws(APIError) {
            let written = OwnedReplicaSet(try client.update(wiring.replicaSets, namespace: d.namespace, name: object.name ?? "", object))
            remember(written)
            return written
        } catch {
            throw ReconcileError("replicaset \(d.namespace)/\(object.name ?? ""): \(error.message)")
        }
    }
}
