import API
import Foundation
import JSON

/// Creates Jobs on a CronJob's schedule (upstream `pkg/controller/cronjob`, `ControllerV2`): the schedule
/// runs on the cluster clock in the CronJob's time zone (UTC unless `spec.timeZone`), each run is a Job
/// named `<cronjob>-<minutes since the epoch>`; `concurrencyPolicy`, `startingDeadlineSeconds`, `suspend`
/// and the history limits as upstream, with its events. Between runs the key waits in the queue for the
/// next scheduled time.
public final class CronJobController: Controller, @unchecked Sendable {
    // Invariant: all stored properties are immutable after init.
    public let queue: WorkQueue
    let context: ControllerContext
    let recorder: EventRecorder
    let cronJobs: ResourceInfo?
    let jobs: ResourceInfo?
    let cronJobLister: Lister?
    let jobLister: Lister?
    let jobInformer: SharedInformer?

    /// The CronJob controller over `context`.
    public init(context: ControllerContext) {
        self.context = context
        recorder = context.recorder("cronjob-controller")
        cronJobs = context.resource("batch", "v1", "cronjobs")
        jobs = context.resource("batch", "v1", "jobs")
        cronJobLister = cronJobs.map(context.informers.lister(for:))
        jobLister = jobs.map(context.informers.lister(for:))
        jobInformer = jobs.map(context.informers.informer(for:))
        let box = WeakBox<CronJobController>()
        queue = WorkQueue(name: "cronjob", workers: 5, clock: context.clock, log: context.log) { key in
            try box.value?.sync(key) ?? .done
        }
        box.value = self
        guard let cronJobs, let jobInformer else { return }
        jobInformer.addIndex(Indexes.ownerUID, Indexes.ownerUIDs)
        context.informers.informer(for: cronJobs).addHandler { [weak self] event in self?.cronJobChanged(event) }
        jobInformer.addHandler { [weak self] event in self?.jobChanged(event) }
    }

    // MARK: CronJob events (upstream enqueueController, updateCronJob)

    private func cronJobChanged(_ event: InformerEvent) {
        guard let key = event.object.objectKey else { return }
        guard case .updated(let old, let new) = event else { return queue.add(key) }
        let schedule = { (cj: JSON) in [cj[path: ["spec", "schedule"]], cj[path: ["spec", "timeZone"]]] }
        guard schedule(old) != schedule(new) else { return queue.add(key) }
        // A new schedule: look when it next fires (an earlier pending look still wins, as upstream's AddAfter).
        do throws(CronScheduleError) {
            let parsed = try Self.schedule(of: new)
            let view = CronJobView(new)
            queue.add(key, after: CronJobSchedule.nextDelay(created: view.created, lastSchedule: view.lastScheduleTime,
                                                            now: context.clock.now(), schedule: parsed))
        } catch {
            recorder.event(new, .warning, reason: "UnParseableCronJobSchedule",
                           message: "unparseable schedule for cronjob: \(new[path: ["spec", "schedule"]]?.stringValue ?? "")")
        }
    }

    // MARK: Job events (upstream addJob, updateJob, deleteJob)

    private func jobChanged(_ event: InformerEvent) {
        switch event {
        case .added(let job):
            enqueueController(of: job)
        case .updated(let old, let new):
            if old.resourceVersion == new.resourceVersion { return }
            if old.controllerRef != new.controllerRef { enqueueController(of: old) }
            enqueueController(of: new)
        case .deleted(let job):
            enqueueController(of: job)
        }
    }

    private func enqueueController(of job: JSON) {
        guard let ref = job.controllerRef, ref.kind == "CronJob",
              let cronJob = cronJobLister?.get(ObjectKey(namespace: job.namespace, name: ref.name)),
              cronJob.uid == ref.uid, let key = cronJob.objectKey else { return }
        queue.add(key)
    }

    /// upstream `formatSchedule` and `cron.ParseStandard`: a `TZ=` prefix in the schedule wins, else
    /// `spec.timeZone`, else the controller's zone (UTC, as in a kind cluster).
    static func schedule(of cronJob: JSON) throws(CronScheduleError) -> CronSchedule {
        let spec = cronJob[path: ["spec", "schedule"]]?.stringValue ?? ""
        let zone = (cronJob[path: ["spec", "timeZone"]]?.stringValue).flatMap(CronSchedule.zone(named:))
        return try CronSchedule.parse(spec, timeZone: zone)
    }
}

/// What the CronJob controller reads of a CronJob.
struct CronJobView {
    let object: JSON
    init(_ object: JSON) { self.object = object }

    var created: Date { object.creationTimestamp.flatMap(ObjectMeta.parseTimestamp) ?? Date(timeIntervalSince1970: 0) }
    var lastScheduleTime: Date? {
        (object[path: ["status", "lastScheduleTime"]]?.stringValue).flatMap(ObjectMeta.parseTimestamp)
    }
    var startingDeadlineSeconds: Int64? { object[path: ["spec", "startingDeadlineSeconds"]]?.intValue }
    var concurrencyPolicy: String { object[path: ["spec", "concurrencyPolicy"]]?.stringValue ?? "Allow" }
    var isSuspended: Bool { object[path: ["spec", "suspend"]]?.boolValue == true }
    var timeZoneName: String? { object[path: ["spec", "timeZone"]]?.stringValue }
    var successfulJobsHistoryLimit: Int? { object[path: ["spec", "successfulJobsHistoryLimit"]]?.intValue.map { Int($0) } }
    var failedJobsHistoryLimit: Int? { object[path: ["spec", "failedJobsHistoryLimit"]]?.intValue.map { Int($0) } }
}
