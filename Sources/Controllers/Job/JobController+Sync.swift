import API
import Foundation
import JSON

extension JobController {
    /// What one pass over a Job works with (upstream `syncJobCtx`).
    struct SyncPass {
        let key: ObjectKey
        let view: JobView
        /// The Job as last written (status writes return it anew).
        var job: JSON
        var status: JobStatus
        /// Every Pod the Job controls, in any phase.
        let pods: [JSON]
        var active: Int
        var ready: Int
        var terminating: Int
        var succeeded: Int
        var failed: Int
        /// The uncounted UIDs as the pass found them.
        let uncountedSucceeded: Set<String>
        let uncountedFailed: Set<String>
        /// `SuccessCriteriaMet`, `FailureTarget`, or the terminal condition they lead to.
        var finishedCondition: JSON?
        var newBackoff: JobBackoffRecord
        var requeue: Double?
        let now: Date
        /// Indexed Jobs: the completed indexes in the status, and with the Pods that just succeeded.
        var prevSucceededIndexes = JobIndexes()
        var succeededIndexes = JobIndexes()

        mutating func requeue(after seconds: Double) { requeue = min(requeue ?? seconds, seconds) }
    }

    static let completionsReached = (reason: "CompletionsReached", message: "Reached expected number of succeeded pods")
    static let backoffLimitExceeded = (reason: "BackoffLimitExceeded", message: "Job has reached the specified backoff limit")
    static let deadlineExceeded = (reason: "DeadlineExceeded", message: "Job was active longer than specified deadline")

    /// One pass over a Job (upstream `syncJob`): claim its Pods, count the finished ones, decide whether
    /// it failed (back-off limit, deadline) or succeeded, otherwise create or delete Pods, then write the
    /// status and release counted Pods (`trackJobStatusAndRemoveFinalizers`).
    func syncJob(_ key: ObjectKey) throws -> ReconcileResult {
        guard let job = jobLister?.get(key), job.uid != nil else {
            backoffs.remove(key)
            return .done
        }
        let view = JobView(job)
        if view.managedByOther { return .done }
        if view.isFinished {
            backoffs.remove(key)
            // A backup as upstream's updateJob: no Pod of a finished Job keeps the finalizer.
            enqueueFinalizerCleanup(of: job)
            return .done
        }
        guard view.completionMode == "NonIndexed" || view.completionMode == "Indexed" else {
            recorder.event(job, .warning, reason: "UnknownCompletionMode",
                           message: "Skipped Job sync because completion mode is unknown")
            return .done
        }
        let now = context.clock.now()
        let owned = try claimPods(job)
        var status = view.status
        if status.uncounted == nil { status.uncounted = ([], []) }
        let uncountedSucceeded = Set(status.uncountedSucceeded), uncountedFailed = Set(status.uncountedFailed)
        let activePods = owned.filter { Pod($0).isActive }
        // upstream `getValidPodsWithFilter`: an Indexed Job counts only Pods with a valid index.
        let tracked = owned.filter { JobRules.hasTrackingFinalizer($0) && view.hasValidIndex($0) }
        let newSucceeded = tracked.filter { !uncountedSucceeded.contains($0.uid ?? "") && Pod($0).phase == "Succeeded" }
        let newFailed = tracked.filter {
            !uncountedFailed.contains($0.uid ?? "") && JobRules.isPodFailed($0, onlyReplaceFailedPods: view.onlyReplaceFailedPods)
        }
        var pass = SyncPass(
            key: key, view: view, job: job, status: status, pods: owned, active: activePods.count,
            ready: activePods.filter { Pod($0).isReady }.count, terminating: owned.filter(JobRules.isTerminating).count,
            succeeded: Int(status.succeeded) + newSucceeded.count + uncountedSucceeded.count,
            failed: Int(status.failed) + newFailed.count + uncountedFailed.count,
            uncountedSucceeded: uncountedSucceeded, uncountedFailed: uncountedFailed, finishedCondition: nil,
            newBackoff: JobBackoff.record(backoffs[key], succeeded: newSucceeded.map(JobBackoff.finishedTime),
                                          failed: newFailed.map(JobBackoff.finishedTime)),
            requeue: nil, now: now)
        // First start: the clock starts for activeDeadlineSeconds (not while suspended).
        if pass.status.startTime == nil, !view.isSuspended { pass.status.startTime = ObjectMeta.timestamp(now) }

        decideFailure(&pass, activePods: activePods)
        if view.isIndexed {
            // upstream `calculateSucceededIndexes`: the Job succeeded as many times as indexes completed.
            pass.prevSucceededIndexes = JobIndexes(status.completedIndexes, completions: view.completions ?? 0)
            pass.succeededIndexes = pass.prevSucceededIndexes.adding(newSucceeded.compactMap(JobIndexes.index(of:)))
            pass.succeeded = pass.succeededIndexes.total
        }
        var suspendChanged = false
        var manageError: ReconcileError?
        if pass.finishedCondition != nil {
            // Failed (or failing): stop what still runs. Finished only once every active Pod is deleted.
            let outcome = deletePods(job, activePods, removeFinalizer: false)
            if outcome.deleted != pass.active { pass.finishedCondition = nil }
            pass.active -= outcome.deleted
            pass.terminating += outcome.deleted
            pass.ready -= outcome.deletedReady
            manageError = outcome.error
        } else {
            var managed = false
            if !job.isBeingDeleted {
                manageError = manageJob(&pass, activePods: activePods)
                managed = true
            }
            if JobRules.isComplete(completions: view.completions, succeeded: pass.succeeded, active: pass.active) {
                pass.finishedCondition = JobRules.condition("SuccessCriteriaMet", reason: Self.completionsReached.reason,
                                                            message: Self.completionsReached.message, now: now)
            } else if managed {
                suspendChanged = updateSuspended(&pass)
            }
        }
        let needsStatusUpdate = suspendChanged || Int64(pass.active) != pass.status.active
            || Int64(pass.ready) != pass.status.ready || Int64(pass.terminating) != pass.status.terminating
        pass.status.active = Int64(pass.active)
        pass.status.ready = Int64(pass.ready)
        pass.status.terminating = Int64(pass.terminating)
        try trackStatusAndRemoveFinalizers(&pass, needsFlush: needsStatusUpdate || pass.status.startTime != view.status.startTime)
        if let manageError { throw manageError }
        return pass.requeue.map { .requeue(after: max(0.001, $0)) } ?? .done
    }

    /// The failure half of upstream `syncJob`: keep an earlier decision (`SuccessCriteriaMet` stays,
    /// `FailureTarget` leads to `Failed`), else fail on the back-off limit or the deadline, else come
    /// back when the deadline passes.
    private func decideFailure(_ pass: inout SyncPass, activePods: [JSON]) {
        let now = pass.now
        if let met = pass.status.condition("SuccessCriteriaMet"), pass.status.isTrue("SuccessCriteriaMet") {
            pass.finishedCondition = met
            return
        }
        if let target = pass.status.condition("FailureTarget"), pass.status.isTrue("FailureTarget") {
            pass.finishedCondition = JobRules.condition("Failed", reason: target["reason"]?.stringValue ?? "",
                                                        message: target["message"]?.stringValue ?? "", now: now)
            return
        }
        let view = pass.view
        let start = pass.status.startTime.flatMap(ObjectMeta.parseTimestamp)
        if pass.failed > view.backoffLimit
            || JobRules.pastBackoffLimitOnFailure(restartPolicy: view.restartPolicy, backoffLimit: view.backoffLimit,
                                                  pods: pass.pods) {
            pass.finishedCondition = JobRules.condition("FailureTarget", reason: Self.backoffLimitExceeded.reason,
                                                        message: Self.backoffLimitExceeded.message, now: now)
        } else if JobRules.pastActiveDeadline(seconds: view.activeDeadlineSeconds, startTime: start,
                                              suspended: view.isSuspended, now: now) {
            pass.finishedCondition = JobRules.condition("FailureTarget", reason: Self.deadlineExceeded.reason,
                                                        message: Self.deadlineExceeded.message, now: now)
        } else if let seconds = view.activeDeadlineSeconds, !view.isSuspended, let start {
            pass.requeue(after: Double(seconds) - now.timeIntervalSince(start))
        }
    }

    /// upstream's Suspended condition upkeep after `manageJob`: `JobSuspended`/`Suspended` while
    /// suspended, `JobResumed`/`Resumed` after, and resuming restarts the deadline's clock.
    private func updateSuspended(_ pass: inout SyncPass) -> Bool {
        let suspended = pass.view.isSuspended
        let (conditions, changed) = JobRules.ensureCondition(
            pass.status.conditions, type: "Suspended", status: suspended ? "True" : "False",
            reason: suspended ? "JobSuspended" : "JobResumed", message: suspended ? "Job suspended" : "Job resumed",
            now: pass.now)
        guard changed else { return false }
        pass.status.conditions = conditions
        recorder.event(pass.job, .normal, reason: suspended ? "Suspended" : "Resumed",
                       message: suspended ? "Job suspended" : "Job resumed")
        if !suspended { pass.status.startTime = ObjectMeta.timestamp(pass.now) }
        return true
    }
}
