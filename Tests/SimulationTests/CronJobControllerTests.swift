import API
import Foundation
import JSON
import Simulation
import TestCluster
import Testing

/// CronJobs start Jobs on their schedule as the manual clock advances; the Jobs run on the simulated node.
@Suite struct CronJobControllerTests {
    /// 2026-01-01T00:00:00Z, where the test clusters' clocks start, in minutes since the epoch.
    static let minute0: Int64 = 1_767_225_600 / 60

    static func cronJob(_ name: String, schedule: String, script: String, spec extra: JSONObject = [:]) -> JSON {
        var spec: JSONObject = [
            "schedule": .string(schedule),
            "jobTemplate": ["metadata": ["labels": ["app": .string(name)]],
                            "spec": ["template": ["spec": ["restartPolicy": "Never", "containers": [[
                                "name": .string(name), "image": "busybox", "command": ["sh", "-c", .string(script)],
                            ]]]]]],
        ]
        for (k, v) in extra { spec[k] = v }
        return ["apiVersion": "batch/v1", "kind": "CronJob", "metadata": ["name": .string(name)], "spec": .object(spec)]
    }

    func jobNames(_ cluster: TestCluster, of cronJob: String) throws -> [String] {
        try cluster.list("batch", "v1", "jobs", namespace: "default").filter { $0.controllerRef?.name == cronJob }
            .compactMap(\.name).sorted()
    }

    func create(_ cluster: TestCluster, _ cj: JSON) throws {
        try cluster.client.create(try cluster.resource("batch", "v1", "cronjobs"), namespace: "default", cj)
        try cluster.runUntilQuiet()
    }

    @Test func everyFiveMinutesAJobStartsAndOnlyTheLastThreeSuccessesAreKept() throws {
        let cluster = try simulatedCluster()
        try create(cluster, Self.cronJob("tick", schedule: "*/5 * * * *", script: "echo hi"))
        try cluster.advance(by: 299.9)
        #expect(try jobNames(cluster, of: "tick").isEmpty)
        try cluster.advance(by: 0.2)
        #expect(try jobNames(cluster, of: "tick") == ["tick-\(Self.minute0 + 5)"])
        let first = try #require(try cluster.job("tick-\(Self.minute0 + 5)"))
        #expect(first.annotations["batch.kubernetes.io/cronjob-scheduled-timestamp"] == "2026-01-01T00:05:00Z")
        #expect(first.labels["app"] == "tick")
        #expect(first.controllerRef?.kind == "CronJob")
        var cj = try #require(try cluster.get("batch", "v1", "cronjobs", namespace: "default", "tick"))
        #expect(cj[path: ["status", "lastScheduleTime"]]?.stringValue == "2026-01-01T00:05:00Z")
        #expect(cj[path: ["status", "active"]]?.arrayValue?.first?["name"]?.stringValue == "tick-\(Self.minute0 + 5)")

        try cluster.advance(by: 5)
        cj = try #require(try cluster.get("batch", "v1", "cronjobs", namespace: "default", "tick"))
        #expect(cj[path: ["status", "active"]] == nil)
        #expect(cj[path: ["status", "lastSuccessfulTime"]]?.stringValue == "2026-01-01T00:05:01Z")
        #expect(try cluster.events(about: "tick").contains("SawCompletedJob: Saw completed job: tick-\(Self.minute0 + 5), condition: Complete"))

        try cluster.advance(by: 20 * 60)  // 00:25:05: runs at 5, 10, 15, 20 and 25 minutes
        #expect(try jobNames(cluster, of: "tick") == ([15, 20, 25] as [Int64]).map { "tick-\(Self.minute0 + $0)" })
        let events = try cluster.events(about: "tick")
        #expect(events.filter { $0.hasPrefix("SuccessfulCreate: Created job tick-") }.count == 5)
        #expect(events.contains("SuccessfulDelete: Deleted job tick-\(Self.minute0 + 5)"))
        #expect(events.contains("SuccessfulDelete: Deleted job tick-\(Self.minute0 + 10)"))
    }

    @Test func forbidSkipsARunWhileThePreviousJobStillRuns() throws {
        let cluster = try simulatedCluster()
        try create(cluster, Self.cronJob("long", schedule: "*/5 * * * *", script: "sleep 400",
                                         spec: ["concurrencyPolicy": "Forbid", "startingDeadlineSeconds": 60]))
        try cluster.advance(by: 10 * 60 + 1)
        #expect(try jobNames(cluster, of: "long") == ["long-\(Self.minute0 + 5)"])
        #expect(try cluster.events(about: "long").contains(
            "JobAlreadyActive: Not starting job because prior execution is running and concurrency policy is Forbid"))
        // The first Job ends at 00:11:41; the 00:10 run is past its starting deadline by then.
        try cluster.advance(by: 3 * 60)
        #expect(try jobNames(cluster, of: "long") == ["long-\(Self.minute0 + 5)"])
        try cluster.advance(by: 2 * 60)
        #expect(try jobNames(cluster, of: "long") == ["long-\(Self.minute0 + 15)", "long-\(Self.minute0 + 5)"].sorted())
    }

    @Test func replaceDeletesTheRunningJobForTheNextRun() throws {
        let cluster = try simulatedCluster()
        try create(cluster, Self.cronJob("swap", schedule: "*/5 * * * *", script: "sleep 400",
                                         spec: ["concurrencyPolicy": "Replace"]))
        try cluster.advance(by: 10 * 60 + 1)
        #expect(try jobNames(cluster, of: "swap") == ["swap-\(Self.minute0 + 10)"])
        let cj = try cluster.get("batch", "v1", "cronjobs", namespace: "default", "swap")
        #expect(cj?[path: ["status", "active"]]?.arrayValue?.compactMap { $0["name"]?.stringValue } == ["swap-\(Self.minute0 + 10)"])
        #expect(try cluster.events(about: "swap").contains("SuccessfulDelete: Deleted job swap-\(Self.minute0 + 5)"))
    }

    @Test func aSuspendedCronJobStartsNothing() throws {
        let cluster = try simulatedCluster()
        try create(cluster, Self.cronJob("off", schedule: "* * * * *", script: "echo hi", spec: ["suspend": true]))
        try cluster.advance(by: 180)
        #expect(try jobNames(cluster, of: "off").isEmpty)
    }

    @Test func theScheduleFollowsSpecTimeZone() throws {
        let cluster = try simulatedCluster()
        // 05:35 in India (UTC+05:30) is 00:05 UTC.
        try create(cluster, Self.cronJob("ist", schedule: "35 5 * * *", script: "echo hi", spec: ["timeZone": "Asia/Kolkata"]))
        try cluster.advance(by: 301)
        let job = try #require(try cluster.job("ist-\(Self.minute0 + 5)"))
        #expect(job.annotations["batch.kubernetes.io/cronjob-scheduled-timestamp"] == "2026-01-01T05:35:00+05:30")
    }
}
