import API
import Foundation
import JSON

extension CronJobController {
    /// A CronJob's `status` (upstream `CronJobStatus`): the active Jobs as object references and the
    /// last schedule and success times.
    struct Status: Equatable {
        var active: [JSON]
        var lastScheduleTime: String?
        var lastSuccessfulTime: String?

        init(_ json: JSON?) {
            active = json?["active"]?.arrayValue ?? []
            lastScheduleTime = json?["lastScheduleTime"]?.stringValue
            lastSuccessfulTime = json?["lastSuccessfulTime"]?.stringValue
        }

        var json: JSON {
            var o = JSONObject()
            if !active.isEmpty { o["active"] = .array(active) }
            if let lastScheduleTime { o["lastScheduleTime"] = .string(lastScheduleTime) }
            if let lastSuccessfulTime { o["lastSuccessfulTime"] = .string(lastSuccessfulTime) }
            return .object(o)
        }

        func isActive(uid: String?) -> Bool { active.contains { $0["uid"]?.stringValue == uid } }
        mutating func removeActive(uid: String?) { active.removeAll { $0["uid"]?.stringValue == uid } }
    }

    /// upstream `sync`: prune finished Jobs beyond the history limits, then `syncCronJob`; write the
    /// status when either changed it; wait in the queue for the next scheduled time.
    func sync(_ key: ObjectKey) throws -> ReconcileResult {
        guard let cronJobs, let cronJob = cronJobLister?.get(key), let uid = cronJob.uid else { return .done }
        let owned = (jobLister.flatMap { lister in jobInformer.map { lister.list(index: Indexes.ownerUID, value: uid, in: $0) } } ?? [])
            .filter { $0.controllerRef?.uid == uid && $0.namespace == key.namespace }
        var status = Status(cronJob["status"])
        let cleaned = cleanupFinishedJobs(cronJob, owned, &status)
        let (requeue, synced) = try syncCronJob(cronJob, owned, &status)
        if cleaned || synced, status != Status(cronJob["status"]) {
            var next = cronJob
            next["status"] = status.json
            do throws(APIError) {
                try context.client.update(cronJobs, namespace: key.namespace, name: key.name, subresource: "status", next)
            } catch {
                if error.code != 404 { throw ReconcileError("cronjob \(key): status: \(error.message)") }
            }
        }
        return requeue.map { .requeue(after: max(0.001, $0)) } ?? .done
    }

    /// upstream `syncCronJob`: account for finished and vanished Jobs, then, unless suspended or being
    /// deleted, start the Job of the most recent unmet schedule time if the starting deadline and the
    /// concurrency policy allow. Returns when to look again and whether the status changed.
    private func syncCronJob(_ cronJob: JSON, _ owned: [JSON], _ status: inout Status) throws -> (Double?, Bool) {
        let now = context.clock.now()
        let view = CronJobView(cronJob)
        var changed = false
        for job in owned {
            let finished = JobView(job).finished
            if !status.isActive(uid: job.uid), finished == nil {
                recorder.event(cronJob, .warning, reason: "UnexpectedJob",
                               message: "Saw a job that the controller did not create or forgot: \(job.name ?? "")")
            } else if let finished {
                if status.isActive(uid: job.uid) {
                    status.removeActive(uid: job.uid)
                    recorder.event(cronJob, .normal, reason: "SawCompletedJob",
                                   message: "Saw completed job: \(job.name ?? ""), condition: \(finished.type)")
                    changed = true
                }
                if finished.type == "Complete", let done = job[path: ["status", "completionTime"]]?.stringValue,
                   let at = ObjectMeta.parseTimestamp(done),
                   status.lastSuccessfulTime.flatMap(ObjectMeta.parseTimestamp).map({ at > $0 }) ?? true {
                    status.lastSuccessfulTime = done
                    changed = true
                }
            }
        }
        // An active Job that no longer exists is dropped, so the CronJob is not stuck "active" forever.
        let present = Set(owned.compactMap(\.uid))
        for ref in status.active where !present.contains(ref["uid"]?.stringValue ?? "") {
            let name = ref["name"]?.stringValue ?? ""
            if jobLister?.get(ObjectKey(namespace: cronJob.namespace, name: name))?.uid == ref["uid"]?.stringValue { continue }
            recorder.event(cronJob, .normal, reason: "MissingJob", message: "Active job went missing: \(name)")
            status.removeActive(uid: ref["uid"]?.stringValue)
            changed = true
        }
        if cronJob.isBeingDeleted { return (nil, changed) }
        if let zone = view.timeZoneName, CronSchedule.zone(named: zone) == nil {
            recorder.event(cronJob, .warning, reason: "UnknownTimeZone",
                           message: "invalid timeZone: \"\(zone)\": unknown time zone \(zone)")
            return (nil, changed)
        }
        if view.isSuspended { return (nil, changed) }
        let spec = cronJob[path: ["spec", "schedule"]]?.stringValue ?? ""
        let schedule: CronSchedule
        do throws(CronScheduleError) {
            if spec.contains("TZ") {
                recorder.event(cronJob, .warning, reason: "UnsupportedSchedule",
                               message: "CRON_TZ or TZ used in schedule \"\(spec)\" is not officially supported, see https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/ for more details")
            }
            schedule = try Self.schedule(of: cronJob)
        } catch {
            recorder.event(cronJob, .warning, reason: "UnparseableSchedule", message: "unparseable schedule: \"\(spec)\" : \(error)")
            return (nil, changed)
        }
        let lastSchedule = status.lastScheduleTime.flatMap(ObjectMeta.parseTimestamp)
        let delay = { (last: Date?) in CronJobSchedule.nextDelay(created: view.created, lastSchedule: last, now: now, schedule: schedule) }
        let recent: CronJobSchedule.Recent
        do throws(CronJobSchedule.InvalidSchedule) {
            recent = try CronJobSchedule.mostRecent(created: view.created, lastSchedule: lastSchedule,
                                                    startingDeadlineSeconds: view.startingDeadlineSeconds,
                                                    includeDeadline: true, now: now, schedule: schedule)
        } catch {
            recorder.event(cronJob, .warning, reason: "InvalidSchedule", message: "invalid schedule: \(spec) : \(error)")
            return (nil, changed)
        }
        if recent.missed == .many {
            recorder.event(cronJob, .warning, reason: "TooManyMissedTimes",
                           message: "too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew")
        }
        guard let scheduled = recent.mostRecent else { return (delay(lastSchedule), changed) }
        if let seconds = view.startingDeadlineSeconds, scheduled.addingTimeInterval(Double(seconds)) < now {
            recorder.event(cronJob, .warning, reason: "MissSchedule",
                           message: "Missed scheduled time to start a job: \(CronJobSchedule.rfc1123Z(scheduled))")
            return (delay(lastSchedule), changed)
        }
        let name = CronJobSchedule.jobName(cronJob.name ?? "", scheduled: scheduled)
        if status.active.contains(where: { $0["name"]?.stringValue == name }) || lastSchedule == scheduled {
            return (delay(lastSchedule), changed)
        }
        if view.concurrencyPolicy == "Forbid", !status.active.isEmpty {
            recorder.event(cronJob, .normal, reason: "JobAlreadyActive",
                           message: "Not starting job because prior execution is running and concurrency policy is Forbid")
            return (delay(lastSchedule), changed)
        }
        if view.concurrencyPolicy == "Replace" {
            for ref in status.active {
                let key = ObjectKey(namespace: cronJob.namespace, name: ref["name"]?.stringValue ?? "")
                guard let job = jobLister?.get(key) else { continue }
                guard deleteJob(cronJob, job, &status) else {
                    throw ReconcileError("could not replace job \(key)")
                }
                changed = true
            }
        }
        guard let created = try createJob(cronJob, scheduled: scheduled, schedule: schedule, status: status) else {
            return (nil, changed)
        }
        status.active.append(Self.reference(to: created))
        status.lastScheduleTime = ObjectMeta.timestamp(scheduled)
        return (delay(scheduled), true)
    }
}
