import API
import Foundation
import JSON

/// One pass over a StatefulSet's Pods (upstream `updateStatefulSet` after the revisions): first the
/// replicas in ordinal order (replace finished Pods, create missing ones), then the condemned Pods
/// above the range from the highest ordinal down, then the rolling update from the highest ordinal
/// down to `partition`. With `OrderedReady` ("monotonic") the pass stops at the first Pod it acts on
/// or must wait for; with `Parallel` replicas and condemned Pods are handled all at once (the rolling
/// update is one Pod at a time either way).
struct StatefulSetPass {
    let controller: StatefulSetController
    let set: JSON
    let revisions: StatefulSetController.Revisions

    private var setName: String { self.set.name ?? "" }
    private var monotonic: Bool { self.set[path: ["spec", "podManagementPolicy"]]?.stringValue != "Parallel" }
    private var minReadySeconds: Int64 { self.set[path: ["spec", "minReadySeconds"]]?.intValue ?? 0 }
    private var partition: Int? {
        guard set[path: ["spec", "updateStrategy", "type"]]?.stringValue == "RollingUpdate" else { return nil }
        return Int(set[path: ["spec", "updateStrategy", "rollingUpdate", "partition"]]?.intValue ?? 0)
    }

    /// Runs the pass over the set's `owned` Pods; returns the first failed write's message.
    func run(_ owned: [JSON]) throws -> String? {
        let start = StatefulSetIdentity.startOrdinal(set)
        let range = start..<(start + StatefulSetIdentity.replicas(set))
        var replicas: [Int: JSON] = [:]
        var condemned: [(Int, JSON)] = []
        for pod in owned {
            guard let ordinal = StatefulSetIdentity.ordinal(of: pod, in: setName) else { continue }
            if range.contains(ordinal) { replicas[ordinal] = pod } else { condemned.append((ordinal, pod)) }
        }
        condemned.sort { $0.0 > $1.0 }
        let now = controller.context.clock.now()
        // upstream: the first unhealthy Pod, replicas in order then condemned from the highest ordinal;
        // a monotonic scale-down may remove it although it is not ready.
        let firstUnhealthy = (range.compactMap { replicas[$0] } + condemned.map { $0.1 })
            .first { !StatefulSetIdentity.isHealthy($0) }?.name

        // 1. Replicas (upstream `processReplica`).
        var missing: [Int] = []
        for ordinal in range {
            guard let pod = replicas[ordinal] else {
                missing.append(ordinal)
                if monotonic { break }
                continue
            }
            if StatefulSetIdentity.isFinished(pod) {
                // A failed or succeeded Pod is deleted; its replacement comes once it is gone.
                if !StatefulSetIdentity.isTerminating(pod), let failure = delete([pod]) { return failure }
                if monotonic { return nil }
                continue
            }
            if monotonic, StatefulSetIdentity.isTerminating(pod) || !StatefulSetIdentity.isRunningAndReady(pod)
                || !StatefulSetIdentity.isRunningAndAvailable(pod, minReadySeconds: minReadySeconds, now: now) {
                return nil
            }
            // upstream: a Pod whose identity labels do not match (an adopted one) is updated.
            if !StatefulSetIdentity.isTerminating(pod), let patch = StatefulSetIdentity.identityRepair(pod, ordinal: ordinal),
               let failure = repair(pod, patch) {
                return failure
            }
        }
        if !missing.isEmpty {
            let (created, failure) = try create(missing)
            if let failure { return failure }
            for (ordinal, pod) in created { replicas[ordinal] = pod }
            if monotonic { return nil }
        }

        // 2. Condemned Pods, highest ordinal first (upstream `processCondemned`).
        var victims: [JSON] = []
        for (_, pod) in condemned {
            if StatefulSetIdentity.isTerminating(pod) {
                if monotonic { return nil }
                continue
            }
            if monotonic, pod.name != firstUnhealthy, !StatefulSetIdentity.isRunningAndReady(pod)
                || !StatefulSetIdentity.isRunningAndAvailable(pod, minReadySeconds: minReadySeconds, now: now) {
                return nil
            }
            victims.append(pod)
            if monotonic { break }
        }
        if !victims.isEmpty {
            if let failure = handClaimsToPods(victims) { return failure }
            if let failure = delete(victims) { return failure }
            if monotonic { return nil }
        }

        // 3. RollingUpdate: the highest ordinal not at the update revision is deleted (and recreated at
        //    it by a later pass); an unhealthy Pod on the way stops the update. OnDelete stops here.
        guard let partition else { return nil }
        let updateName = revisions.update.name ?? ""
        for ordinal in range.reversed() where ordinal - start >= partition {
            guard let pod = replicas[ordinal] else { return nil }
            if StatefulSetIdentity.revision(of: pod) != updateName, !StatefulSetIdentity.isTerminating(pod) {
                return delete([pod])
            }
            if !StatefulSetIdentity.isHealthy(pod) { return nil }
        }
        return nil
    }

    /// Creates the Pods (and first their claims) of `ordinals` at once (upstream `createStatefulPod`
    /// and `newVersionedStatefulSetPod`: below the partition a Pod is made from the current revision,
    /// else from the update revision). Events `SuccessfulCreate` / `FailedCreate` as upstream's
    /// `StatefulPodControl`.
    private func create(_ ordinals: [Int]) throws -> ([(Int, JSON)], String?) {
        guard let podsResource = controller.pods, let ref = StatefulSetController.controllerRef(to: set) else {
            return ([], nil)
        }
        let start = StatefulSetIdentity.startOrdinal(set)
        var objects: [JSON] = []
        for ordinal in ordinals {
            let fromCurrent = partition.map { ordinal - start < $0 } ?? false
            let revision = fromCurrent ? revisions.current : revisions.update
            guard let template = ControllerHistory.template(of: revision),
                  let pod = StatefulSetIdentity.pod(set: set, template: template, ordinal: ordinal,
                                                    revision: revision.name ?? "", controllerRef: ref) else {
                controller.recorder.event(set, .warning, reason: "FailedCreate", message: PodTemplate.noLabels)
                return ([], PodTemplate.noLabels)
            }
            if let failure = createClaims(ordinal: ordinal, pod: pod.name ?? "") { return ([], failure) }
            objects.append(pod)
        }
        var created: [(Int, JSON)] = []
        var failure: String?
        let results = controller.context.client.createAll(podsResource, namespace: set.namespace, objects)
        for (ordinal, (object, result)) in zip(ordinals, zip(objects, results)) {
            let name = object.name ?? ""
            switch result {
            case .success(let pod):
                created.append((ordinal, pod))
                controller.recorder.event(set, .normal, reason: "SuccessfulCreate",
                                          message: "create Pod \(name) in StatefulSet \(setName) successful")
            case .failure(let error):
                if error.isNamespaceTerminating { return (created, nil) }
                controller.recorder.event(set, .warning, reason: "FailedCreate",
                                          message: "create Pod \(name) in StatefulSet \(setName) failed error: \(error.message)")
                failure = failure ?? error.message
            }
        }
        return (created, failure)
    }

    /// upstream `createPersistentVolumeClaims`: the claims of `ordinal` that do not exist yet.
    private func createClaims(ordinal: Int, pod: String) -> String? {
        guard let claims = controller.claims else { return nil }
        for claim in StatefulSetClaims.claims(set: set, ordinal: ordinal) {
            let name = claim.name ?? ""
            if controller.context.client.get(claims, namespace: set.namespace, name: name) != nil { continue }
            do throws(APIError) {
                try controller.context.client.create(claims, namespace: set.namespace, claim)
                controller.recorder.event(set, .normal, reason: "SuccessfulCreate",
                                          message: "create Claim \(name) Pod \(pod) in StatefulSet \(setName) success")
            } catch {
                if error.reason == "AlreadyExists" { continue }
                controller.recorder.event(set, .warning, reason: "FailedCreate",
                                          message: "create Claim \(name) for Pod \(pod) in StatefulSet \(setName) failed error: \(error.message)")
                return error.message
            }
        }
        return nil
    }

    /// With `whenScaled: Delete`, a condemned Pod becomes the only owner of its ordinal's claims
    /// before it goes, so the garbage collector deletes them after it (upstream
    /// `updateClaimOwnerRefForSetAndPod` for a Pod out of the ordinal range).
    private func handClaimsToPods(_ victims: [JSON]) -> String? {
        guard StatefulSetClaims.policy(set, "whenScaled") == "Delete", let claims = controller.claims else { return nil }
        for pod in victims {
            guard let ordinal = StatefulSetIdentity.ordinal(of: pod, in: setName), let uid = pod.uid else { continue }
            let owner = StatefulSetClaims.ownerRef(kind: "Pod", apiVersion: "v1", name: pod.name ?? "", uid: uid)
            for claim in StatefulSetClaims.claims(set: set, ordinal: ordinal) {
                do throws(APIError) {
                    try controller.context.client.patch(claims, namespace: set.namespace, name: claim.name ?? "",
                                                        ["metadata": ["ownerReferences": [owner]]])
                } catch {
                    if error.code != 404 { return error.message }
                }
            }
        }
        return nil
    }

    /// Merges `patch` into `pod` (upstream `updateStatefulPod`); events `SuccessfulUpdate` /
    /// `FailedUpdate`.
    private func repair(_ pod: JSON, _ patch: JSON) -> String? {
        guard let podsResource = controller.pods else { return nil }
        let name = pod.name ?? ""
        do throws(APIError) {
            try controller.context.client.patch(podsResource, namespace: set.namespace, name: name, patch)
            controller.recorder.event(set, .normal, reason: "SuccessfulUpdate",
                                      message: "update Pod \(name) in StatefulSet \(setName) successful")
            return nil
        } catch {
            if error.code == 404 { return nil }
            controller.recorder.event(set, .warning, reason: "FailedUpdate",
                                      message: "update Pod \(name) in StatefulSet \(setName) failed error: \(error.message)")
            return error.message
        }
    }

    /// Deletes `victims` at once; events `SuccessfulDelete` / `FailedDelete` as upstream's
    /// `DeleteStatefulPod`. A Pod already gone is no failure.
    private func delete(_ victims: [JSON]) -> String? {
        guard let podsResource = controller.pods else { return nil }
        let names = victims.compactMap(\.name)
        var failure: String?
        for (name, result) in zip(names, controller.context.client.deleteAll(podsResource, namespace: set.namespace, names: names)) {
            switch result {
            case .success:
                controller.recorder.event(set, .normal, reason: "SuccessfulDelete",
                                          message: "delete Pod \(name) in StatefulSet \(setName) successful")
            case .failure(let error):
                if error.code == 404 { continue }
                controller.recorder.event(set, .warning, reason: "FailedDelete",
                                          message: "delete Pod \(name) in StatefulSet \(setName) failed error: \(error.message)")
                failure = failure ?? error.message
            }
        }
        return failure
    }
}
