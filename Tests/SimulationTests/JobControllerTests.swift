import API
import Foundation
import JSON
import Simulation
import TestCluster
import Testing

/// Jobs run their Pods on the simulated node to completion, failure or deadline, on the manual clock.
@Suite struct JobControllerTests {
    @Test func threeCompletionsTwoAtATimeCompleteAfterTwoRoundsOfThreeSeconds() throws {
        let cluster = try simulatedCluster()
        try cluster.createJob(job("pi", script: "sleep 3", spec: ["completions": 3, "parallelism": 2]))
        try cluster.runUntilQuiet()
        let created = try #require(try cluster.job("pi"))
        let uid = try #require(created.uid)
        #expect(created[path: ["spec", "selector", "matchLabels"]] == ["batch.kubernetes.io/controller-uid": .string(uid)])
        #expect(created.labels["job-name"] == "pi")
        #expect(created[path: ["spec", "backoffLimit"]]?.intValue == 6)
        let first = try cluster.pods(ofJob: "pi")
        #expect(first.count == 2)
        let alphabet = Set("bcdfghjklmnpqrstvwxz2456789")
        for p in first {
            let name = p.name ?? ""
            #expect(name.hasPrefix("pi-") && name.count == 8 && name.suffix(5).allSatisfy(alphabet.contains), "\(name)")
            #expect(p.labels == ["batch.kubernetes.io/controller-uid": uid, "batch.kubernetes.io/job-name": "pi",
                                 "controller-uid": uid, "job-name": "pi"])
            #expect(p.finalizers == ["batch.kubernetes.io/job-tracking"])
            let ref = try #require(p.controllerRef)
            #expect(ref.kind == "Job" && ref.apiVersion == "batch/v1" && ref.uid == uid && ref.blockOwnerDeletion)
        }
        #expect(try cluster.job("pi")?[path: ["status", "startTime"]]?.stringValue == "2026-01-01T00:00:00Z")

        try cluster.advance(by: 2)
        #expect(try cluster.jobCount("pi", "active") == 2)
        #expect(try cluster.jobCount("pi", "ready") == 2)
        // The first two exit at 3 s; the Job counts them one batching period later and starts the third.
        try cluster.advance(by: 2.5)
        #expect(try cluster.jobCount("pi", "succeeded") == 2)
        #expect(try cluster.jobCount("pi", "active") == 1)
        #expect(try cluster.pods(ofJob: "pi").count == 3)
        #expect(try cluster.pods(ofJob: "pi").filter { Pod($0).phase == "Succeeded" }.allSatisfy { $0.finalizers.isEmpty })
        try cluster.advance(by: 3)
        #expect(try cluster.jobConditions("pi").isEmpty)
        try cluster.advance(by: 1)
        let done = try #require(try cluster.job("pi"))
        #expect(try cluster.jobConditions("pi") == ["SuccessCriteriaMet=True(CompletionsReached)", "Complete=True(CompletionsReached)"])
        #expect(done[path: ["status", "succeeded"]]?.intValue == 3)
        #expect(done[path: ["status", "active"]] == nil)
        #expect(done[path: ["status", "ready"]]?.intValue == 0)
        #expect(done[path: ["status", "terminating"]]?.intValue == 0)
        #expect(done[path: ["status", "uncountedTerminatedPods"]] == [:])
        #expect(done[path: ["status", "completionTime"]]?.stringValue == "2026-01-01T00:00:08Z")
        #expect(try cluster.pods(ofJob: "pi").allSatisfy { $0.finalizers.isEmpty })
        let events = try cluster.events(about: "pi")
        #expect(events.filter { $0.hasPrefix("SuccessfulCreate: Created pod: pi-") }.count == 3, "\(events)")
        #expect(events.last == "Completed: Job completed")
    }

    @Test func aFailingJobBacksOffTenThenTwentySecondsAndFailsAtItsBackoffLimit() throws {
        let cluster = try simulatedCluster()
        try cluster.createJob(job("bad", script: "echo oops; exit 1", spec: ["backoffLimit": 2]))
        try cluster.advance(by: 5)
        #expect(try cluster.pods(ofJob: "bad").count == 1)
        #expect(try cluster.jobCount("bad", "failed") == 1)
        try cluster.advance(by: 4.9)  // 9.9 s: the back-off of 10 s has not passed
        #expect(try cluster.pods(ofJob: "bad").count == 1)
        try cluster.advance(by: 0.2)
        #expect(try cluster.pods(ofJob: "bad").count == 2)
        try cluster.advance(by: 19.8)  // 29.9 s: 20 s after the second failure (at 10 s) is 30 s
        #expect(try cluster.pods(ofJob: "bad").count == 2)
        #expect(try cluster.jobCount("bad", "failed") == 2)
        #expect(try cluster.jobConditions("bad").isEmpty)
        try cluster.advance(by: 2)
        #expect(try cluster.pods(ofJob: "bad").count == 3)
        #expect(try cluster.jobConditions("bad") == ["FailureTarget=True(BackoffLimitExceeded)", "Failed=True(BackoffLimitExceeded)"])
        let failed = try #require(try cluster.job("bad"))
        #expect(failed[path: ["status", "failed"]]?.intValue == 3)
        #expect(failed[path: ["status", "completionTime"]] == nil)
        #expect(failed[path: ["status", "conditions"]]?.arrayValue?.last?["message"]?.stringValue
                == "Job has reached the specified backoff limit")
        #expect(try cluster.events(about: "bad").last == "BackoffLimitExceeded: Job has reached the specified backoff limit")
        try cluster.advance(by: 600)
        #expect(try cluster.pods(ofJob: "bad").count == 3)
    }

    @Test func withRestartPolicyOnFailureContainerRestartsCountAgainstTheBackoffLimit() throws {
        let cluster = try simulatedCluster()
        try cluster.createJob(job("flaky", script: "exit 1", spec: ["backoffLimit": 2], restartPolicy: "OnFailure"))
        // The kubelet restarts the container in place: at once, then after 10 s.
        try cluster.advance(by: 5)
        #expect(try cluster.jobConditions("flaky").isEmpty)
        #expect(try cluster.pods(ofJob: "flaky").count == 1)
        try cluster.advance(by: 10)
        #expect(try cluster.jobConditions("flaky").first == "FailureTarget=True(BackoffLimitExceeded)")
        try cluster.advance(by: 35)
        #expect(try cluster.jobConditions("flaky").last == "Failed=True(BackoffLimitExceeded)")
        #expect(try cluster.pods(ofJob: "flaky").isEmpty)
    }

    @Test func anActiveDeadlineStopsThePodsAndFailsOnceTheyAreGone() throws {
        let cluster = try simulatedCluster()
        try cluster.createJob(job("slow", script: "sleep 100", spec: ["activeDeadlineSeconds": 5]))
        try cluster.advance(by: 4.9)
        #expect(try cluster.jobConditions("slow").isEmpty)
        try cluster.advance(by: 0.2)
        // The Pod is told to stop; the shell ignores SIGTERM, so it goes after its 30 s grace period.
        #expect(try cluster.jobConditions("slow") == ["FailureTarget=True(DeadlineExceeded)"])
        #expect(try cluster.jobCount("slow", "terminating") == 1)
        #expect(try cluster.jobCount("slow", "active") == 0)
        #expect(try cluster.pods(ofJob: "slow").first?.isBeingDeleted == true)
        try cluster.advance(by: 31)
        #expect(try cluster.jobConditions("slow") == ["FailureTarget=True(DeadlineExceeded)", "Failed=True(DeadlineExceeded)"])
        #expect(try cluster.jobCount("slow", "failed") == 1)
        #expect(try cluster.jobCount("slow", "terminating") == 0)
        #expect(try cluster.pods(ofJob: "slow").isEmpty)
        let events = try cluster.events(about: "slow")
        #expect(events.contains { $0.hasPrefix("SuccessfulDelete: Deleted pod: slow-") })
        #expect(events.last == "DeadlineExceeded: Job was active longer than specified deadline")
    }

    @Test func aSuspendedJobRunsNothingUntilResumed() throws {
        let cluster = try simulatedCluster()
        try cluster.createJob(job("later", script: "sleep 1", spec: ["suspend": true]))
        try cluster.advance(by: 5)
        #expect(try cluster.pods(ofJob: "later").isEmpty)
        #expect(try cluster.jobConditions("later") == ["Suspended=True(JobSuspended)"])
        #expect(try cluster.job("later")?[path: ["status", "startTime"]] == nil)
        try cluster.client.patch(try cluster.resource("batch", "v1", "jobs"), namespace: "default", name: "later",
                                 ["spec": ["suspend": false]])
        try cluster.runUntilQuiet()
        #expect(try cluster.pods(ofJob: "later").count == 1)
        #expect(try cluster.jobConditions("later") == ["Suspended=False(JobResumed)"])
        try cluster.advance(by: 3)
        #expect(try cluster.jobConditions("later").last == "Complete=True(CompletionsReached)")
        #expect(try cluster.events(about: "later").contains("Resumed: Job resumed"))
    }

    @Test func aWorkQueueJobIsDoneWhenOnePodSucceededAndNoneRuns() throws {
        let cluster = try simulatedCluster()
        var j = job("queue", script: "sleep 2", spec: ["parallelism": 2])
        j[path: ["spec", "completions"]] = .null
        try cluster.createJob(j)
        try cluster.runUntilQuiet()
        #expect(try cluster.job("queue")?[path: ["spec", "completions"]]?.intValue == nil)
        #expect(try cluster.pods(ofJob: "queue").count == 2)
        try cluster.advance(by: 4)
        #expect(try cluster.jobConditions("queue").last == "Complete=True(CompletionsReached)")
        #expect(try cluster.jobCount("queue", "succeeded") == 2)
    }

    @Test func ttlSecondsAfterFinishedDeletesTheJob() throws {
        let cluster = try simulatedCluster()
        try cluster.createJob(job("brief", script: "echo hi", spec: ["ttlSecondsAfterFinished": 10]))
        try cluster.advance(by: 2)
        #expect(try cluster.jobConditions("brief").last == "Complete=True(CompletionsReached)")
        // Completed one batching period after the Pod exited, at 1 s (second precision): due at 11 s.
        try cluster.advance(by: 8.9)
        #expect(try cluster.job("brief") != nil)
        try cluster.advance(by: 0.2)
        #expect(try cluster.job("brief") == nil)
        // Without a garbage collector its Pod stays, but it no longer holds the tracking finalizer.
        #expect(try cluster.list("", "v1", "pods", namespace: "default").allSatisfy { $0.finalizers.isEmpty })
    }
}

/// Indexed Jobs: one Pod per completion index, counted by index.
@Suite struct IndexedJobTests {
    @Test func eachIndexRunsOnceAndTheCompletedIndexesAddUp() throws {
        let cluster = try simulatedCluster()
        try cluster.createJob(job("idx", script: "sleep 2", spec: ["completionMode": "Indexed", "completions": 4, "parallelism": 2]))
        try cluster.runUntilQuiet()
        let first = try cluster.pods(ofJob: "idx")
        #expect(first.compactMap { $0.annotations["batch.kubernetes.io/job-completion-index"] }.sorted() == ["0", "1"])
        for p in first {
            let i = p.annotations["batch.kubernetes.io/job-completion-index"] ?? ""
            #expect(p.name?.hasPrefix("idx-\(i)-") == true && p.name?.count == 11, "\(p.name ?? "")")
            #expect(p[path: ["spec", "hostname"]]?.stringValue == "idx-\(i)")
        }
        try cluster.advance(by: 3.5)
        #expect(try cluster.job("idx")?[path: ["status", "completedIndexes"]]?.stringValue == "0,1")
        #expect(try cluster.jobCount("idx", "succeeded") == 2)
        #expect(try cluster.pods(ofJob: "idx").filter { Pod($0).isActive }
            .compactMap { $0.annotations["batch.kubernetes.io/job-completion-index"] }.sorted() == ["2", "3"])
        try cluster.advance(by: 3)
        #expect(try cluster.job("idx")?[path: ["status", "completedIndexes"]]?.stringValue == "0-3")
        #expect(try cluster.jobCount("idx", "succeeded") == 4)
        #expect(try cluster.jobConditions("idx").last == "Complete=True(CompletionsReached)")
        #expect(try cluster.job("idx")?[path: ["status", "uncountedTerminatedPods"]] == [:])
    }
}
