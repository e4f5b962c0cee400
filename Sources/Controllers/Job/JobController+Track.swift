import API
import Foundation
import JSON

extension JobController {
    /// upstream `trackJobStatusAndRemoveFinalizers`:
    /// 1. finished Pods still holding the tracking finalizer go into `uncountedTerminatedPods` (written
    ///    first, with an interim `SuccessCriteriaMet` or `FailureTarget` condition);
    /// 2. their finalizers are removed;
    /// 3. the Pods whose finalizer is gone move from the uncounted lists into `succeeded`/`failed`;
    /// 4. the terminal `Complete` or `Failed` condition is added once nothing is uncounted or terminating.
    func trackStatusAndRemoveFinalizers(_ pass: inout SyncPass, needsFlush initialFlush: Bool) throws {
        var needsFlush = initialFlush
        var withFinalizer = Set(pass.pods.filter(JobRules.hasTrackingFinalizer).compactMap(\.uid))
        if JobRules.cleanUncounted(&pass.status, withFinalizer: withFinalizer) { needsFlush = true }
        var uncountedSucceeded = pass.status.uncountedSucceeded, uncountedFailed = pass.status.uncountedFailed
        var release: [JSON] = []
        var newSucceededIndexes: [Int] = []
        var reachedMaxUncounted = false
        let jobEnding = pass.finishedCondition != nil && pass.finishedCondition?["type"]?.stringValue != "SuccessCriteriaMet"
        for pod in pass.pods where JobRules.hasTrackingFinalizer(pod) {
            let uid = pod.uid ?? ""
            let considerFailed = JobRules.isPodFailed(pod, onlyReplaceFailedPods: pass.view.onlyReplaceFailedPods)
            // upstream `canRemoveFinalizer`.
            guard pass.job.isBeingDeleted || pass.finishedCondition != nil || Pod(pod).phase == "Succeeded" || considerFailed
            else { continue }
            release.append(pod)
            if Pod(pod).phase == "Succeeded", !pass.uncountedFailed.contains(uid) {
                if pass.view.isIndexed {
                    // The completion index is enough not to count a Pod twice: no UID is kept.
                    if pass.view.hasValidIndex(pod), let i = JobIndexes.index(of: pod), !pass.prevSucceededIndexes.contains(i) {
                        newSucceededIndexes.append(i)
                        needsFlush = true
                    }
                } else if !pass.uncountedSucceeded.contains(uid) {
                    uncountedSucceeded.append(uid)
                    needsFlush = true
                }
            } else if considerFailed || jobEnding {
                // A Job that is ending counts every Pod not yet finished as failed.
                if !pass.uncountedFailed.contains(uid), pass.view.hasValidIndex(pod) {
                    uncountedFailed.append(uid)
                    needsFlush = true
                }
            }
            if newSucceededIndexes.count + uncountedSucceeded.count + uncountedFailed.count >= Self.maxUncountedPods {
                reachedMaxUncounted = true
                break
            }
        }
        pass.status.uncounted = (uncountedSucceeded, uncountedFailed)
        if pass.view.isIndexed {
            pass.succeededIndexes = pass.succeededIndexes.adding(newSucceededIndexes)
            let text = pass.succeededIndexes.text
            if text != (pass.status.completedIndexes ?? "") { needsFlush = true }
            pass.status.completedIndexes = text
            pass.status.succeeded = Int64(pass.succeededIndexes.total)
        }
        if let interim = pass.finishedCondition, let type = interim["type"]?.stringValue,
           type == "FailureTarget" || type == "SuccessCriteriaMet" {
            if pass.status.condition(type) == nil {
                pass.status.conditions.append(interim)
                needsFlush = true
            }
            // The terminal condition that follows it, with its reason and message.
            pass.finishedCondition = JobRules.condition(type == "FailureTarget" ? "Failed" : "Complete",
                                                        reason: interim["reason"]?.stringValue ?? "",
                                                        message: interim["message"]?.stringValue ?? "", now: pass.now)
        }

        // upstream `flushUncountedAndRemoveFinalizers`.
        if needsFlush {
            guard try writeStatus(&pass) else { return }
            backoffs[pass.key] = pass.newBackoff
            needsFlush = false
        }
        let removal = removeTrackingFinalizers(release)
        withFinalizer.subtract(removal.released)
        if JobRules.cleanUncounted(&pass.status, withFinalizer: withFinalizer) { needsFlush = true }
        if let error = removal.error {
            if needsFlush { _ = try writeStatus(&pass) }
            throw error
        }

        let finished = !reachedMaxUncounted && enactFinished(&pass)
        if finished || needsFlush {
            guard try writeStatus(&pass) else { return }
        }
        if finished, let condition = pass.finishedCondition { recordFinished(pass, condition) }
    }

    /// upstream `enactJobFinished`: the terminal condition once no Pod is uncounted or terminating;
    /// `completionTime` with `Complete`.
    private func enactFinished(_ pass: inout SyncPass) -> Bool {
        guard let condition = pass.finishedCondition, let type = condition["type"]?.stringValue else { return false }
        if !pass.status.uncountedSucceeded.isEmpty || !pass.status.uncountedFailed.isEmpty { return false }
        if (pass.status.terminating ?? 0) > 0 { return false }
        (pass.status.conditions, _) = JobRules.ensureCondition(
            pass.status.conditions, type: type, status: "True", reason: condition["reason"]?.stringValue ?? "",
            message: condition["message"]?.stringValue ?? "", now: pass.now)
        if type == "Complete" { pass.status.completionTime = ObjectMeta.timestamp(pass.now) }
        return true
    }

    /// upstream `recordJobFinished`'s events.
    private func recordFinished(_ pass: SyncPass, _ condition: JSON) {
        if condition["type"]?.stringValue == "Complete" {
            if let completions = pass.view.completions, pass.status.succeeded > Int64(completions) {
                recorder.event(pass.job, .warning, reason: "TooManySucceededPods",
                               message: "Too many succeeded pods running after completion count reached")
            }
            recorder.event(pass.job, .normal, reason: "Completed", message: "Job completed")
        } else {
            recorder.event(pass.job, .warning, reason: condition["reason"]?.stringValue ?? "",
                           message: condition["message"]?.stringValue ?? "")
        }
    }

    /// Writes `pass.status` through the status subresource, against the Job's last seen
    /// resourceVersion (the counters add up, so a stale base must not win); `pass.job` becomes the
    /// stored Job. False when the Job is gone.
    private func writeStatus(_ pass: inout SyncPass) throws -> Bool {
        guard let jobs else { return false }
        var next = pass.job
        next["status"] = pass.status.json
        do throws(APIError) {
            pass.job = try context.client.update(jobs, namespace: pass.key.namespace, name: pass.key.name,
                                                 subresource: "status", next)
            return true
        } catch {
            if error.code == 404 { return false }
            throw ReconcileError("job \(pass.key): status: \(error.message)")
        }
    }
}
