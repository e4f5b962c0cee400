import API
import Foundation
import JSON

extension CronJobController {
    /// upstream `cleanupFinishedJobs` and `removeOldestJobs`: finished Jobs beyond
    /// `successfulJobsHistoryLimit` (Complete) and `failedJobsHistoryLimit` (Failed) are deleted, the
    /// earliest started first. Returns whether the status changed.
    func cleanupFinishedJobs(_ cronJob: JSON, _ owned: [JSON], _ status: inout Status) -> Bool {
        let view = CronJobView(cronJob)
        if view.successfulJobsHistoryLimit == nil && view.failedJobsHistoryLimit == nil { return false }
        var changed = false
        for (type, limit) in [("Complete", view.successfulJobsHistoryLimit), ("Failed", view.failedJobsHistoryLimit)] {
            guard let limit else { continue }
            let finished = owned.filter { JobView($0).finished?.type == type }
            guard finished.count > limit else { continue }
            for job in Self.byStartTime(finished).prefix(finished.count - limit) where deleteJob(cronJob, job, &status) {
                changed = true
            }
        }
        return changed
    }

    /// upstream `byJobStartTime`: by `status.startTime` (Jobs without one last), then by name.
    static func byStartTime(_ jobs: [JSON]) -> [JSON] {
        jobs.sorted { a, b in
            let sa = (a[path: ["status", "startTime"]]?.stringValue).flatMap(ObjectMeta.parseTimestamp)
            let sb = (b[path: ["status", "startTime"]]?.stringValue).flatMap(ObjectMeta.parseTimestamp)
            switch (sa, sb) {
            case (nil, .some): return false
            case (.some, nil): return true
            case let (x, y) where x == y: return (a.name ?? "") < (b.name ?? "")
            case let (.some(x), .some(y)): return x < y
            default: return false
            }
        }
    }

    /// upstream `deleteJob`: the Job goes with Background propagation and leaves the active list.
    /// Events `SuccessfulDelete` "Deleted job NAME", or Warning `FailedDelete`. Returns whether it went.
    func deleteJob(_ cronJob: JSON, _ job: JSON, _ status: inout Status) -> Bool {
        guard let jobs else { return false }
        var options = DeleteOptions()
        options.propagationPolicy = "Background"
        do throws(APIError) {
            try context.client.delete(jobs, namespace: job.namespace, name: job.name ?? "", options: options)
        } catch {
            if error.code != 404 {
                recorder.event(cronJob, .warning, reason: "FailedDelete", message: "Deleted job: \(error.message)")
                return false
            }
        }
        status.removeActive(uid: job.uid)
        recorder.event(cronJob, .normal, reason: "SuccessfulDelete", message: "Deleted job \(job.name ?? "")")
        return true
    }

    /// Creates the Job for `scheduled` (upstream `getJobFromTemplate2` and `CreateJob`). A Job of that
    /// name already there is ours when we control it and it is not yet in the active list (created
    /// before a status write failed); otherwise nothing is started. Returns the Job to add as active.
    func createJob(_ cronJob: JSON, scheduled: Date, schedule: CronSchedule, status: Status) throws -> JSON? {
        guard let jobs, let namespace = cronJob.namespace,
              let job = CronJobSchedule.job(from: cronJob, scheduled: scheduled, timeZone: schedule.timeZone) else { return nil }
        do throws(APIError) {
            let created = try context.client.create(jobs, namespace: namespace, job)
            recorder.event(cronJob, .normal, reason: "SuccessfulCreate", message: "Created job \(created.name ?? "")")
            return created
        } catch {
            if error.isNamespaceTerminating { throw ReconcileError("cronjob \(namespace)/\(cronJob.name ?? ""): \(error.message)") }
            guard error.reason == "AlreadyExists" else {
                recorder.event(cronJob, .warning, reason: "FailedCreate", message: "Error creating job: \(error.message)")
                throw ReconcileError("cronjob \(namespace)/\(cronJob.name ?? ""): \(error.message)")
            }
            let name = job.name ?? ""
            guard let existing = jobLister?.get(ObjectKey(namespace: namespace, name: name)),
                  existing.controllerRef?.uid == cronJob.uid, !status.isActive(uid: existing.uid) else { return nil }
            context.log("cronjob \(namespace)/\(cronJob.name ?? ""): job \(name) already exists")
            return existing
        }
    }

    /// upstream `getRef`: the Job's object reference as the active list holds it.
    static func reference(to job: JSON) -> JSON {
        ["kind": "Job", "namespace": .string(job.namespace ?? ""), "name": .string(job.name ?? ""),
         "uid": .string(job.uid ?? ""), "apiVersion": "batch/v1", "resourceVersion": .string(job.resourceVersion ?? "")]
    }
}
