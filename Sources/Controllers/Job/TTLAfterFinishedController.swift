import API
import Foundation
import JSON

/// Deletes finished Jobs once `spec.ttlSecondsAfterFinished` has passed since they finished (upstream
/// `pkg/controller/ttlafterfinished`): the time counts from the `Complete` or `Failed` condition's
/// `lastTransitionTime`; a Job not yet due is looked at again when it is.
/// Deleted with Foreground propagation, as upstream: the garbage collector removes the Pods first.
public final class TTLAfterFinishedController: Controller, @unchecked Sendable {
    // Invariant: all stored properties are immutable after init.
    public let queue: WorkQueue
    private let context: ControllerContext
    private let jobs: ResourceInfo?
    private let jobLister: Lister?

    /// The propagation policy of the delete (see the type's note).
    static let propagationPolicy = "Foreground"

    /// The TTL-after-finished controller over `context`.
    public init(context: ControllerContext) {
        self.context = context
        jobs = context.resource("batch", "v1", "jobs")
        jobLister = jobs.map(context.informers.lister(for:))
        let box = WeakBox<TTLAfterFinishedController>()
        queue = WorkQueue(name: "ttl_jobs_to_delete", workers: 5, clock: context.clock, log: context.log) { key in
            try box.value?.sync(key) ?? .done
        }
        box.value = self
        guard let jobs else { return }
        // upstream addJob / updateJob: only Jobs that are not being deleted and need cleaning up.
        context.informers.informer(for: jobs).addHandler { [queue] event in
            let job = event.object
            if case .deleted = event { return }
            guard !job.isBeingDeleted, Self.expiry(of: job) != nil, let key = job.objectKey else { return }
            queue.add(key)
        }
    }

    /// When `job` may be deleted: its finish time plus its TTL; nil when it has no TTL or has not finished.
    static func expiry(of job: JSON) -> Date? {
        let view = JobView(job)
        guard let ttl = view.ttlSecondsAfterFinished, let finished = view.finished, let at = finished.time else { return nil }
        return at.addingTimeInterval(Double(ttl))
    }

    /// upstream `processJob`: requeue until due, then delete (with the UID as precondition, so a Job
    /// recreated under the same name is not touched).
    func sync(_ key: ObjectKey) throws -> ReconcileResult {
        guard let jobs, let job = jobLister?.get(key), !job.isBeingDeleted, let expiry = Self.expiry(of: job) else {
            return .done
        }
        let left = expiry.timeIntervalSince(context.clock.now())
        if left > 0 { return .requeue(after: left) }
        var options = DeleteOptions()
        options.propagationPolicy = Self.propagationPolicy
        options.preconditionUID = job.uid
        do throws(APIError) {
            try context.client.delete(jobs, namespace: key.namespace, name: key.name, options: options)
        } catch {
            if error.code != 404 && error.code != 409 { throw ReconcileError("ttl \(key): \(error.message)") }
        }
        return .done
    }
}
