import Foundation
import Testing

/// Jobs and CronJobs as stock kubectl sees them (issue 9): `create job` runs to completion on the
/// simulated node, `wait --for=condition=complete` returns, `get jobs` reads Complete and 1/1, and a
/// Job made from a CronJob with `create job --from=cronjob/…` runs too.
@Suite(.serialized) struct KubectlJobTests {
    func rows(_ text: String) -> [[String]] {
        text.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
    }

    @Test(arguments: [27, 33])
    func createJobRunsToCompletionAndWaitSeesIt(minor: Int) throws {
        let s = try TestServer()
        defer { s.stop() }
        let k = try Kubectl(minor, server: s)
        let created = try k("create", "job", "hello", "--image=busybox", "--", "sh", "-c", "echo hi; sleep 1")
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "job.batch/hello created")

        let waited = try k("wait", "--for=condition=complete", "job/hello", "--timeout=30s", timeout: 40)
        #expect(waited.status == 0, "\(waited.stderr)")
        #expect(waited.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "job.batch/hello condition met")

        let table = rows(try k("get", "jobs").stdout)
        #expect(table.first == ["NAME", "STATUS", "COMPLETIONS", "DURATION", "AGE"], "\(table)")
        let row = try #require(table.dropFirst().first)
        #expect(Array(row.prefix(3)) == ["hello", "Complete", "1/1"], "\(row)")
        // One second of sleep, then the Job controller's one-second batching: two or three seconds.
        #expect(row.count > 3 && ["2s", "3s"].contains(row[3]), "DURATION: \(row)")

        let pods = rows(try k("get", "pods", "-l", "job-name=hello", "--no-headers").stdout)
        #expect(pods.count == 1 && pods[0].count > 2 && pods[0][0].hasPrefix("hello-") && pods[0][2] == "Completed", "\(pods)")
        let finalizers = try k("get", "pods", "-l", "batch.kubernetes.io/job-name=hello", "-o", "jsonpath={.items[*].metadata.finalizers}")
        #expect(finalizers.stdout.isEmpty, "the tracking finalizer should be gone: \(finalizers.stdout)")
    }

    @Test(arguments: [27, 33])
    func aJobFromACronJobRuns(minor: Int) throws {
        let s = try TestServer()
        defer { s.stop() }
        let k = try Kubectl(minor, server: s)
        let cron = try k("create", "cronjob", "tick", "--image=busybox", "--schedule=0 0 1 1 *", "--", "sh", "-c", "echo tick")
        #expect(cron.status == 0, "\(cron.stderr)")
        let table = rows(try k("get", "cronjobs").stdout)
        #expect(table.first.map { Array($0.prefix(4)) } == ["NAME", "SCHEDULE", "TIMEZONE", "SUSPEND"], "\(table)")
        #expect(table.dropFirst().first.map { Array($0.prefix(7)) } == ["tick", "0", "0", "1", "1", "*", "<none>"], "\(table)")

        let created = try k("create", "job", "now", "--from=cronjob/tick")
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "job.batch/now created")
        let waited = try k("wait", "--for=condition=complete", "job/now", "--timeout=30s", timeout: 40)
        #expect(waited.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "job.batch/now condition met", "\(waited.stderr)")
        let owner = try k("get", "job", "now", "-o", "jsonpath={.metadata.ownerReferences[0].kind}/{.metadata.ownerReferences[0].name}")
        #expect(owner.stdout == "CronJob/tick")
    }
}
