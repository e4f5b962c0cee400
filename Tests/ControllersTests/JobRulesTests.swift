import API
@testable import Controllers
import Foundation
import JSON
import Testing

/// The Job controller's pure decisions, table-tested against upstream's rules.
@Suite struct JobRulesTests {
    static let t0 = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z

    @Test(arguments: [(0, 0.0), (1, 10), (2, 20), (3, 40), (4, 80), (5, 160), (6, 320), (7, 600), (20, 600)])
    func podFailureBackOffIsTenSecondsDoublingToTenMinutes(failures: Int, delay: Double) {
        #expect(JobBackoff.delay(failures: failures) == delay)
    }

    @Test func theBackOffCountsFromTheLastFailure() {
        let record = JobBackoffRecord(failuresAfterLastSuccess: 2, lastFailureTime: Self.t0)
        #expect(JobBackoff.remaining(record, now: Self.t0.addingTimeInterval(5)) == 15)
        #expect(JobBackoff.remaining(record, now: Self.t0.addingTimeInterval(25)) == 0)
        #expect(JobBackoff.remaining(JobBackoffRecord(), now: Self.t0) == 0)
    }

    @Test func failuresAddUpUntilASuccessResetsThem() {
        let t = { (s: Double) in Self.t0.addingTimeInterval(s) }
        let one = JobBackoff.record(JobBackoffRecord(), succeeded: [], failed: [t(1)])
        #expect(one == JobBackoffRecord(failuresAfterLastSuccess: 1, lastFailureTime: t(1)))
        let three = JobBackoff.record(one, succeeded: [], failed: [t(9), t(5)])
        #expect(three == JobBackoffRecord(failuresAfterLastSuccess: 3, lastFailureTime: t(9)))
        #expect(JobBackoff.record(three, succeeded: [t(10)], failed: []) == JobBackoffRecord())
        // Only the failures after the last success count.
        let mixed = JobBackoff.record(three, succeeded: [t(10)], failed: [t(8), t(12), t(11)])
        #expect(mixed == JobBackoffRecord(failuresAfterLastSuccess: 2, lastFailureTime: t(12)))
        #expect(JobBackoff.record(three, succeeded: [], failed: []) == three)
    }

    @Test func aPodFinishedWhenItsLastContainerDid() {
        let pod: JSON = ["metadata": ["creationTimestamp": "2026-01-01T00:00:00Z"], "status": [
            "containerStatuses": [["state": ["terminated": ["finishedAt": "2026-01-01T00:00:07Z"]]],
                                  ["state": ["terminated": ["finishedAt": "2026-01-01T00:00:09Z"]]]],
        ]]
        #expect(JobBackoff.finishedTime(pod) == Self.t0.addingTimeInterval(9))
        var running = pod
        running[path: ["status", "containerStatuses"]] = [["state": ["running": [:]]]]
        running[path: ["status", "conditions"]] = [["type": "Ready", "status": "False", "lastTransitionTime": "2026-01-01T00:00:04Z"]]
        #expect(JobBackoff.finishedTime(running) == Self.t0.addingTimeInterval(4))
        var deleted = pod
        deleted[path: ["status"]] = [:]
        deleted[path: ["metadata", "deletionTimestamp"]] = "2026-01-01T00:00:40Z"
        deleted[path: ["metadata", "deletionGracePeriodSeconds"]] = 30
        #expect(JobBackoff.finishedTime(deleted) == Self.t0.addingTimeInterval(10))
        #expect(JobBackoff.finishedTime(["metadata": ["creationTimestamp": "2026-01-01T00:00:00Z"]]) == Self.t0)
    }

    @Test(arguments: [
        // (completions, parallelism, succeeded, active) → want
        (3, 2, 0, 0, 2), (3, 2, 2, 1, 1), (3, 2, 3, 0, 0), (3, 5, 4, 0, 0), (10, 3, 8, 3, 2),
        (nil, 2, 0, 0, 2), (nil, 2, 1, 1, 1), (nil, 2, 1, 0, 0),
    ] as [(Int?, Int, Int, Int, Int)])
    func manageJobRunsTheRemainingCompletionsAtMostParallelismAtOnce(
        completions: Int?, parallelism: Int, succeeded: Int, active: Int, want: Int
    ) {
        #expect(JobRules.wantActive(completions: completions, parallelism: parallelism, succeeded: succeeded,
                                    active: active) == want)
    }

    @Test(arguments: [
        (3, 3, 0, true), (3, 3, 1, false), (3, 2, 0, false), (1, 2, 0, true),
        (nil, 1, 0, true), (nil, 1, 1, false), (nil, 0, 0, false),
    ] as [(Int?, Int, Int, Bool)])
    func aJobIsCompleteWithItsCompletionsAndNothingActive(completions: Int?, succeeded: Int, active: Int, complete: Bool) {
        #expect(JobRules.isComplete(completions: completions, succeeded: succeeded, active: active) == complete)
    }

    static func pod(phase: String, deleted: Bool = false, restarts: Int64 = 0) -> JSON {
        var p: JSON = ["metadata": ["name": "p"], "status": ["phase": .string(phase),
                                                            "containerStatuses": [["restartCount": .int(restarts)]]]]
        if deleted { p[path: ["metadata", "deletionTimestamp"]] = "2026-01-01T00:00:00Z" }
        return p
    }

    @Test func aDeletedPodCountsAsFailedUnlessOnlyFailedPodsAreReplaced() {
        #expect(JobRules.isPodFailed(Self.pod(phase: "Failed"), onlyReplaceFailedPods: true))
        #expect(JobRules.isPodFailed(Self.pod(phase: "Running", deleted: true), onlyReplaceFailedPods: false))
        #expect(!JobRules.isPodFailed(Self.pod(phase: "Running", deleted: true), onlyReplaceFailedPods: true))
        #expect(!JobRules.isPodFailed(Self.pod(phase: "Succeeded", deleted: true), onlyReplaceFailedPods: false))
        #expect(JobRules.isTerminating(Self.pod(phase: "Running", deleted: true)))
        #expect(!JobRules.isTerminating(Self.pod(phase: "Failed", deleted: true)))
    }

    @Test func onFailureRestartsCountAgainstTheBackoffLimit() {
        let pods = [Self.pod(phase: "Running", restarts: 2), Self.pod(phase: "Failed", restarts: 5)]
        #expect(JobRules.pastBackoffLimitOnFailure(restartPolicy: "OnFailure", backoffLimit: 2, pods: pods))
        #expect(!JobRules.pastBackoffLimitOnFailure(restartPolicy: "OnFailure", backoffLimit: 3, pods: pods))
        #expect(!JobRules.pastBackoffLimitOnFailure(restartPolicy: "Never", backoffLimit: 1, pods: pods))
        #expect(!JobRules.pastBackoffLimitOnFailure(restartPolicy: "OnFailure", backoffLimit: 0,
                                                    pods: [Self.pod(phase: "Running")]))
    }

    @Test func theDeadlineCountsFromTheStartAndNotWhileSuspended() {
        let at = { (s: Double) in Self.t0.addingTimeInterval(s) }
        #expect(!JobRules.pastActiveDeadline(seconds: 5, startTime: Self.t0, suspended: false, now: at(4.9)))
        #expect(JobRules.pastActiveDeadline(seconds: 5, startTime: Self.t0, suspended: false, now: at(5)))
        #expect(!JobRules.pastActiveDeadline(seconds: 5, startTime: Self.t0, suspended: true, now: at(9)))
        #expect(!JobRules.pastActiveDeadline(seconds: nil, startTime: Self.t0, suspended: false, now: at(9)))
    }

    @Test func countedPodsMoveFromUncountedToTheCounters() {
        var status = JobStatus()
        status.succeeded = 1
        status.uncounted = (["a", "b"], ["c"])
        #expect(!JobRules.cleanUncounted(&status, withFinalizer: ["a", "b", "c"]))
        #expect(JobRules.cleanUncounted(&status, withFinalizer: ["b"]))
        #expect(status.succeeded == 2 && status.failed == 1)
        #expect(status.uncountedSucceeded == ["b"] && status.uncountedFailed.isEmpty)
        #expect(status.json["uncountedTerminatedPods"] == ["succeeded": ["b"]])
    }

    @Test func conditionsChangeOnlyWhenStatusReasonOrMessageDo() {
        let now = Self.t0
        let (added, changed) = JobRules.ensureCondition([], type: "Suspended", status: "True", reason: "JobSuspended",
                                                        message: "Job suspended", now: now)
        #expect(changed && added.count == 1)
        #expect(added[0] == ["type": "Suspended", "status": "True", "lastProbeTime": "2026-01-01T00:00:00Z",
                             "lastTransitionTime": "2026-01-01T00:00:00Z", "reason": "JobSuspended", "message": "Job suspended"])
        #expect(!JobRules.ensureCondition(added, type: "Suspended", status: "True", reason: "JobSuspended",
                                          message: "Job suspended", now: now.addingTimeInterval(9)).1)
        let (resumed, flipped) = JobRules.ensureCondition(added, type: "Suspended", status: "False", reason: "JobResumed",
                                                          message: "Job resumed", now: now)
        #expect(flipped && resumed.first?["status"] == "False")
        // A False condition is never added from nothing.
        #expect(!JobRules.ensureCondition([], type: "Suspended", status: "False", reason: "JobResumed",
                                          message: "Job resumed", now: now).1)
    }

    @Test func orphanPodKeysCannotBeJobKeys() {
        let pod = JobQueueKey.orphanPod(ObjectKey(namespace: "ns", name: "pi-abcde"))
        #expect(pod.objectKey.description == "ns/pod:pi-abcde")
        #expect(JobQueueKey(pod.objectKey) == pod)
        #expect(JobQueueKey(ObjectKey(namespace: "ns", name: "pi")) == .job(ObjectKey(namespace: "ns", name: "pi")))
    }
}
