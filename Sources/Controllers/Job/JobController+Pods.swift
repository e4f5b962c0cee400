import API
import Foundation
import JSON

extension JobController {
    /// upstream `getPodsForJob` with `PodControllerRefManager.ClaimPods`: the Pods this Job controls
    /// that its selector still matches; matching orphans are adopted (controller reference and tracking
    /// finalizer added), owned Pods that stopped matching released, unless the Job is being deleted.
    func claimPods(_ job: JSON) throws -> [JSON] {
        guard let pods, let podLister, let podInformer, let uid = job.uid, let namespace = job.namespace,
              let ref = Self.controllerRef(to: job) else { return [] }
        let selector: LabelSelector
        do throws(APIError) {
            selector = try LabelSelector(from: job[path: ["spec", "selector"]] ?? .null)
        } catch {
            throw ReconcileError("job \(namespace)/\(job.name ?? ""): couldn't convert Job selector: \(error.message)")
        }
        var candidates = selector.isEverything ? [] : podLister.list(namespace: namespace, labels: selector)
        let seen = Set(candidates.compactMap(\.objectKey))
        candidates += podInformer.keys(index: Indexes.ownerUID, value: uid).filter { !seen.contains($0) }.compactMap(podLister.get)
        var owned: [JSON] = []
        var errors: [String] = []
        for pod in candidates {
            guard let name = pod.name else { continue }
            let matches = !selector.isEverything && selector.matches(pod.labels)
            if let controller = pod.controllerRef {
                guard controller.uid == uid else { continue }
                if matches {
                    owned.append(pod)
                } else if !job.isBeingDeleted {
                    let patch: JSON = ["metadata": ["ownerReferences": [["$patch": "delete", "uid": .string(uid)]],
                                                    "uid": .string(pod.uid ?? "")]]
                    if let e = patchPod(pods, pod, patch, "releasing") { errors.append(e) }
                }
                continue
            }
            guard matches, !job.isBeingDeleted, !pod.isBeingDeleted else { continue }
            // Adoption adds the reference and the tracking finalizer (upstream's finalizers argument).
            let patch: JSON = ["metadata": ["ownerReferences": [ref.json], "uid": .string(pod.uid ?? ""),
                                            "finalizers": [.string(JobView.trackingFinalizer)]]]
            do throws(APIError) {
                owned.append(try context.client.patch(pods, namespace: namespace, name: name, type: .strategic, patch))
            } catch {
                if error.code != 404 { errors.append("adopting pod \(name): \(error.message)") }
            }
        }
        if !errors.isEmpty { throw ReconcileError(errors.joined(separator: "; ")) }
        return owned
    }

    /// The controller reference Pods of `job` carry (upstream `metav1.NewControllerRef`).
    static func controllerRef(to job: JSON) -> OwnerReference? {
        OwnerReference.controller(of: job, apiVersion: "batch/v1", kind: "Job")
    }

    /// upstream `manageJob`: while suspended, deletes every active Pod; otherwise deletes the surplus over
    /// what should run, or creates the shortfall (after the failure back-off, in slow-start batches, at
    /// most 500 a pass). `pass.active`, `ready` and `terminating` follow what was done.
    func manageJob(_ pass: inout SyncPass, activePods: [JSON]) -> ReconcileError? {
        let view = pass.view
        if view.isSuspended {
            let outcome = deletePods(pass.job, activePods, removeFinalizer: true)
            pass.active -= outcome.deleted
            pass.terminating += outcome.deleted
            pass.ready -= outcome.deletedReady
            return outcome.error
        }
        let want = JobRules.wantActive(completions: view.completions, parallelism: view.parallelism,
                                       succeeded: pass.succeeded, active: pass.active)
        let victims = podsForRemoval(view, activePods, atLeast: max(0, pass.active - want), now: pass.now)
        if !victims.isEmpty {
            // Deletion takes precedence: a pass either deletes or creates.
            let outcome = deletePods(pass.job, victims, removeFinalizer: true)
            pass.active -= outcome.deleted
            pass.terminating += outcome.deleted
            pass.ready -= outcome.deletedReady
            return outcome.error
        }
        let terminating = view.onlyReplaceFailedPods ? pass.terminating : 0
        let missing = min(want - terminating - pass.active, Self.maxPodCreateDeletePerSync)
        guard missing > 0 else { return nil }
        let wait = JobBackoff.remaining(pass.newBackoff, now: pass.now)
        if wait > 0 {
            // upstream `enqueueSyncJobWithDelay`: never sooner than the batching period.
            pass.requeue(after: max(wait, Self.batchPeriod))
            return nil
        }
        var indexes: [Int]?
        if view.isIndexed {
            // upstream `firstPendingIndexes`: the lowest indexes neither completed nor running.
            var taken = activePods.compactMap(JobIndexes.index(of:))
            if view.onlyReplaceFailedPods { taken += pass.pods.filter(JobRules.isTerminating).compactMap(JobIndexes.index(of:)) }
            indexes = JobIndexes.firstPending(count: missing, completions: view.completions ?? 0,
                                              succeeded: pass.succeededIndexes, excluded: taken)
        }
        let created = createPods(pass.job, count: missing, indexes: indexes)
        pass.active += created.count
        return created.error
    }

    /// upstream `activePodsForRemoval`: for an Indexed Job, first the Pods with a duplicated or invalid
    /// index; then, to reach `atLeast`, the ones upstream's ranking puts first; at most 500.
    private func podsForRemoval(_ view: JobView, _ active: [JSON], atLeast: Int, now: Date) -> [JSON] {
        var remove: [JSON] = []
        var left = active
        if view.isIndexed {
            (remove, left) = JobIndexes.duplicatesForRemoval(active, completions: view.completions ?? 0, now: now)
        }
        if remove.count < atLeast {
            remove += PodDeletionRanking.podsToDelete(left, related: [], count: atLeast - remove.count, now: now)
        }
        return Array(remove.prefix(Self.maxPodCreateDeletePerSync))
    }

    /// Creates `count` Pods from the template with the tracking finalizer (an Indexed Job's one per
    /// index of `indexes`), in slow-start batches, stopping after a batch with a failure. Events as
    /// upstream's `RealPodControl`.
    private func createPods(_ job: JSON, count: Int, indexes: [Int]?) -> (count: Int, error: ReconcileError?) {
        guard let pods, let namespace = job.namespace, let ref = Self.controllerRef(to: job),
              var template = PodTemplate.pod(for: job, controllerRef: ref) else {
            return (0, ReconcileError("job \(job.namespace ?? "")/\(job.name ?? ""): \(PodTemplate.noLabels)"))
        }
        var finalizers = template.finalizers
        if !finalizers.contains(JobView.trackingFinalizer) { finalizers.append(JobView.trackingFinalizer) }
        template[path: ["metadata", "finalizers"]] = .array(finalizers.map(JSON.string))
        let objects = indexes.map { $0.map { JobIndexes.template(template, index: $0, jobName: job.name ?? "") } }
            ?? Array(repeating: template, count: count)
        var created = 0
        var next = objects[...]
        for size in SlowStart.batches(objects.count) {
            var failure: APIError?
            let batch = Array(next.prefix(size))
            next = next.dropFirst(size)
            for outcome in context.client.createWithGeneratedNames(pods, namespace: namespace, batch) {
                switch outcome {
                case .success(let pod):
                    created += 1
                    recorder.event(job, .normal, reason: "SuccessfulCreate", message: "Created pod: \(pod.name ?? "")")
                case .failure(let error):
                    if error.isNamespaceTerminating { return (created, nil) }
                    recorder.event(job, .warning, reason: "FailedCreate", message: "Error creating: \(error.message)")
                    failure = failure ?? error
                }
            }
            if let failure { return (created, ReconcileError("job \(namespace)/\(job.name ?? ""): \(failure.message)")) }
        }
        return (created, nil)
    }

    /// What deleting Pods did.
    struct DeleteOutcome {
        var deleted = 0
        var deletedReady = 0
        var error: ReconcileError?
    }

    /// Deletes `victims` at once (upstream `deleteActivePods`, which keeps the finalizer so the Pods are
    /// counted, and `deleteJobPods`, which removes it first since they are not to be counted).
    func deletePods(_ job: JSON, _ victims: [JSON], removeFinalizer: Bool) -> DeleteOutcome {
        guard let pods, !victims.isEmpty else { return DeleteOutcome() }
        var outcome = DeleteOutcome()
        var errors: [String] = []
        var toDelete = victims
        if removeFinalizer {
            let removal = removeTrackingFinalizers(victims)
            if let e = removal.error { errors.append(e.description) }
            toDelete = victims.filter { removal.released.contains($0.uid ?? "") || !JobRules.hasTrackingFinalizer($0) }
        }
        let names = toDelete.compactMap(\.name)
        for (pod, result) in zip(toDelete, context.client.deleteAll(pods, namespace: job.namespace, names: names)) {
            switch result {
            case .success:
                recorder.event(job, .normal, reason: "SuccessfulDelete", message: "Deleted pod: \(pod.name ?? "")")
            case .failure(let error):
                if error.code != 404 {
                    recorder.event(job, .warning, reason: "FailedDelete", message: "Error deleting: \(error.message)")
                    errors.append("deleting pod \(pod.name ?? ""): \(error.message)")
                    continue
                }
            }
            outcome.deleted += 1
            if Pod(pod).isReady { outcome.deletedReady += 1 }
        }
        outcome.error = errors.isEmpty ? nil : ReconcileError(errors.joined(separator: "; "))
        return outcome
    }

    /// upstream `removeTrackingFinalizerFromPods`: strategic-merge patches deleting the finalizer; a Pod
    /// already gone counts as released. Returns the released UIDs.
    func removeTrackingFinalizers(_ victims: [JSON]) -> (released: Set<String>, error: ReconcileError?) {
        guard let pods else { return ([], nil) }
        var released = Set<String>()
        var errors: [String] = []
        for pod in victims where JobRules.hasTrackingFinalizer(pod) {
            let patch: JSON = ["metadata": ["$deleteFromPrimitiveList/finalizers": [.string(JobView.trackingFinalizer)]]]
            if let e = patchPod(pods, pod, patch, "removing tracking finalizer from") {
                errors.append(e)
            } else {
                released.insert(pod.uid ?? "")
            }
        }
        return (released, errors.isEmpty ? nil : ReconcileError(errors.joined(separator: "; ")))
    }

    /// A strategic-merge patch of `pod`; nil when it went through or the Pod is gone, else the error.
    private func patchPod(_ pods: ResourceInfo, _ pod: JSON, _ patch: JSON, _ verb: String) -> String? {
        do throws(APIError) {
            try context.client.patch(pods, namespace: pod.namespace, name: pod.name ?? "", type: .strategic, patch)
            return nil
        } catch {
            return error.code == 404 ? nil : "\(verb) pod \(pod.name ?? ""): \(error.message)"
        }
    }

    /// upstream `syncOrphanPod`: removes the tracking finalizer from a Pod no unfinished batch/v1 Job
    /// controls any more (its Job is gone or finished, or the reference was removed).
    func syncOrphanPod(_ key: ObjectKey) throws -> ReconcileResult {
        guard let pods, let pod = podLister?.get(key), JobRules.hasTrackingFinalizer(pod) else { return .done }
        if let ref = pod.controllerRef {
            guard ref.kind == "Job", ref.apiVersion == "batch/v1" else { return .done }
            if let job = resolve(ref, namespace: pod.namespace) {
                if JobView(job).managedByOther || !JobView(job).isFinished { return .done }
            }
        }
        let patch: JSON = ["metadata": ["$deleteFromPrimitiveList/finalizers": [.string(JobView.trackingFinalizer)]]]
        if let error = patchPod(pods, pod, patch, "removing tracking finalizer from") { throw ReconcileError(error) }
        return .done
    }
}
