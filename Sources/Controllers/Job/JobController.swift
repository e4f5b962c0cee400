import API
import Foundation
import JSON

/// Runs every batch/v1 Job to completion (upstream `pkg/controller/job`, NonIndexed and Indexed):
/// creates Pods from the template up to `parallelism` while completions remain, tracks finished Pods
/// through the `batch.kubernetes.io/job-tracking` finalizer and `status.uncountedTerminatedPods`,
/// replaces failed Pods after upstream's back-off until `backoffLimit`, enforces
/// `activeDeadlineSeconds`, honours `suspend`, and sets `SuccessCriteriaMet`/`FailureTarget` then
/// `Complete`/`Failed` as 1.31+ does.
///
/// The queue holds Job keys, and also the keys of orphan Pods whose tracking finalizer must go
/// (upstream's separate `orphanQueue`): those are Pod names behind a `pod:` prefix, which no Job name
/// can carry (`JobQueueKey`). Pod events reach a Job after upstream's one-second batching period.
public final class JobController: Controller, @unchecked Sendable {
    // Invariant: stored properties are immutable after init; `backoffs` guards itself.
    public let queue: WorkQueue
    let context: ControllerContext
    let recorder: EventRecorder
    let jobs: ResourceInfo?
    let pods: ResourceInfo?
    let jobLister: Lister?
    let podLister: Lister?
    let podInformer: SharedInformer?
    let backoffs = JobBackoffStore()

    /// upstream `syncJobBatchPeriod`: Pod events and status updates sync the Job after this long.
    static let batchPeriod = 1.0
    /// upstream `MaxPodCreateDeletePerSync`.
    static let maxPodCreateDeletePerSync = 500
    /// upstream `MaxUncountedPods`.
    static let maxUncountedPods = 500

    /// The Job controller over `context`.
    public init(context: ControllerContext) {
        self.context = context
        recorder = context.recorder("job-controller")
        jobs = context.resource("batch", "v1", "jobs")
        pods = context.resource("", "v1", "pods")
        jobLister = jobs.map(context.informers.lister(for:))
        podLister = pods.map(context.informers.lister(for:))
        podInformer = pods.map(context.informers.informer(for:))
        let box = WeakBox<JobController>()
        queue = WorkQueue(name: "job", workers: 5, clock: context.clock, log: context.log) { key in
            guard let controller = box.value else { return .done }
            switch JobQueueKey(key) {
            case .job(let job): return try controller.syncJob(job)
            case .orphanPod(let pod): return try controller.syncOrphanPod(pod)
            }
        }
        box.value = self
        guard let jobs, let podInformer else { return }
        podInformer.addIndex(Indexes.ownerUID, Indexes.ownerUIDs)
        context.informers.informer(for: jobs).addHandler { [weak self] event in self?.jobChanged(event) }
        podInformer.addHandler { [weak self] event in self?.podChanged(event) }
    }

    // MARK: Job events (upstream addJob, updateJob, deleteJob)

    private func jobChanged(_ event: InformerEvent) {
        guard let key = event.object.objectKey else { return }
        switch event {
        case .added:
            queue.add(key)
        case .updated(let old, let new):
            // A spec change syncs at once; status updates are batched like Pod events.
            if old.generation == new.generation { queue.add(key, after: Self.batchPeriod) } else { queue.add(key) }
            if let start = JobView(new).status.startTime.flatMap(ObjectMeta.parseTimestamp),
               let seconds = JobView(new).activeDeadlineSeconds, JobView(old).activeDeadlineSeconds != seconds {
                queue.add(key, after: Double(seconds) - context.clock.now().timeIntervalSince(start))
            }
        case .deleted(let job):
            queue.add(key)
            enqueueFinalizerCleanup(of: job)
        }
    }

    /// upstream `cleanupPodFinalizers`: the Pods `job` controls that still hold the tracking finalizer.
    func enqueueFinalizerCleanup(of job: JSON) {
        guard let uid = job.uid, let podInformer, let podLister else { return }
        for pod in podLister.list(index: Indexes.ownerUID, value: uid, in: podInformer)
        where pod.controllerRef?.uid == uid && JobRules.hasTrackingFinalizer(pod) {
            if let key = pod.objectKey { queue.add(JobQueueKey.orphanPod(key).objectKey) }
        }
    }

    // MARK: Pod events (upstream addPod, updatePod, deletePod)

    private func podChanged(_ event: InformerEvent) {
        switch event {
        case .added(let pod):
            if pod.isBeingDeleted { return podGone(pod) }
            if let ref = pod.controllerRef {
                if let job = resolve(ref, namespace: pod.namespace) { enqueueBatched(job) }
                return
            }
            enqueueOrphanIfTracked(pod)
            enqueueSelecting(pod)
        case .updated(let old, let new):
            if old.resourceVersion == new.resourceVersion { return }
            if new.isBeingDeleted { return podGone(new) }
            let refChanged = old.controllerRef != new.controllerRef
            if refChanged, let ref = old.controllerRef, let job = resolve(ref, namespace: old.namespace) { enqueueBatched(job) }
            if let ref = new.controllerRef {
                if let job = resolve(ref, namespace: new.namespace) { enqueueBatched(job) }
                return
            }
            enqueueOrphanIfTracked(new)
            if refChanged || old.labels != new.labels { enqueueSelecting(new) }
        case .deleted(let pod):
            podGone(pod)
        }
    }

    /// A Pod being deleted or gone: its Job syncs (batched); a tracked Pod nobody will count loses its
    /// finalizer through the orphan path.
    private func podGone(_ pod: JSON) {
        guard let ref = pod.controllerRef else { return enqueueOrphanIfTracked(pod) }
        guard let job = resolve(ref, namespace: pod.namespace), !JobView(job).isFinished else {
            return enqueueOrphanIfTracked(pod)
        }
        enqueueBatched(job)
    }

    private func enqueueOrphanIfTracked(_ pod: JSON) {
        guard JobRules.hasTrackingFinalizer(pod), let key = pod.objectKey else { return }
        queue.add(JobQueueKey.orphanPod(key).objectKey)
    }

    private func enqueueBatched(_ job: JSON) {
        if let key = job.objectKey { queue.add(key, after: Self.batchPeriod) }
    }

    /// upstream `getPodJobs`: the Jobs in the orphan's namespace whose selector matches it.
    private func enqueueSelecting(_ pod: JSON) {
        guard let namespace = pod.namespace, let jobLister else { return }
        for job in jobLister.list(namespace: namespace) {
            guard let selector = try? LabelSelector(from: job[path: ["spec", "selector"]] ?? .null),
                  !selector.isEverything, selector.matches(pod.labels) else { continue }
            enqueueBatched(job)
        }
    }

    /// upstream `resolveControllerRef`: the Job `ref` names, if it is still the same object.
    func resolve(_ ref: OwnerReference, namespace: String?) -> JSON? {
        guard ref.kind == "Job", ref.apiVersion.hasPrefix("batch/"),
              let job = jobLister?.get(ObjectKey(namespace: namespace, name: ref.name)), job.uid == ref.uid else { return nil }
        return job
    }
}

/// What a key in the Job controller's queue stands for: a Job, or an orphan Pod whose tracking
/// finalizer must be removed. Pod keys carry a `pod:` prefix: a colon is never part of a Job name.
enum JobQueueKey: Equatable {
    case job(ObjectKey)
    case orphanPod(ObjectKey)

    static let podPrefix = "pod:"

    init(_ key: ObjectKey) {
        if key.name.hasPrefix(Self.podPrefix) {
            self = .orphanPod(ObjectKey(namespace: key.namespace, name: String(key.name.dropFirst(Self.podPrefix.count))))
        } else {
            self = .job(key)
        }
    }

    var objectKey: ObjectKey {
        switch self {
        case .job(let key): return key
        case .orphanPod(let key): return ObjectKey(namespace: key.namespace, name: Self.podPrefix + key.name)
        }
    }
}
