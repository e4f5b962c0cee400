import API
@testable import Controllers
import Foundation
import JSON
import Testing

/// When a CronJob runs, table-tested against upstream's `mostRecentScheduleTime`,
/// `nextScheduleTimeDuration` and `getJobFromTemplate2`.
@Suite struct CronJobScheduleTests {
    static func at(_ text: String) -> Date { ObjectMeta.parseTimestamp(text) ?? Date(timeIntervalSince1970: 0) }
    static func stamp(_ d: Date?) -> String? { d.map(ObjectMeta.timestamp) }

    @Test(arguments: [
        // (created, last schedule, deadline, now) → most recent unmet time, missed
        ("00:00:00", nil, nil, "00:04:59", nil, CronJobSchedule.Missed.none),
        ("00:00:00", nil, nil, "00:05:00", "00:05:00", .none),
        ("00:00:00", nil, nil, "00:09:59", "00:05:00", .none),
        ("00:00:00", "00:05:00", nil, "00:07:00", nil, .none),
        // Several missed: the latest of them.
        ("00:00:00", nil, nil, "00:23:00", "00:20:00", .few),
        ("00:00:00", "00:05:00", nil, "00:17:30", "00:15:00", .few),
        // The starting deadline moves the earliest time up: older runs are no longer due.
        ("00:00:00", "00:05:00", 60, "00:11:41", nil, .none),
        ("00:00:00", "00:05:00", 120, "00:11:41", "00:10:00", .none),
    ] as [(String, String?, Int64?, String, String?, CronJobSchedule.Missed)])
    func theMostRecentUnmetTimeEveryFiveMinutes(created: String, last: String?, deadline: Int64?, now: String,
                                                recent: String?, missed: CronJobSchedule.Missed) throws {
        let day = "2026-01-01T"
        let schedule = try CronSchedule.parse("*/5 * * * *")
        let found = try CronJobSchedule.mostRecent(
            created: Self.at(day + created + "Z"), lastSchedule: last.map { Self.at(day + $0 + "Z") },
            startingDeadlineSeconds: deadline, includeDeadline: true, now: Self.at(day + now + "Z"), schedule: schedule)
        #expect(Self.stamp(found.mostRecent) == recent.map { day + $0 + "Z" })
        #expect(found.missed == missed)
    }

    @Test func manyMissedTimesAreCountedAsMany() throws {
        let schedule = try CronSchedule.parse("* * * * *")
        let found = try CronJobSchedule.mostRecent(created: Self.at("2026-01-01T00:00:00Z"), lastSchedule: nil,
                                                   startingDeadlineSeconds: nil, includeDeadline: true,
                                                   now: Self.at("2026-01-01T03:00:30Z"), schedule: schedule)
        #expect(found.missed == .many)
        #expect(Self.stamp(found.mostRecent) == "2026-01-01T03:00:00Z")
    }

    @Test func anImpossibleScheduleIsInvalid() throws {
        let schedule = try CronSchedule.parse("0 0 31 2 *")
        #expect(throws: CronJobSchedule.InvalidSchedule.self) {
            try CronJobSchedule.mostRecent(created: Self.at("2026-01-01T00:00:00Z"), lastSchedule: nil,
                                           startingDeadlineSeconds: nil, includeDeadline: true,
                                           now: Self.at("2026-01-01T00:00:00Z"), schedule: schedule)
        }
    }

    @Test(arguments: [
        // (last schedule, now) → seconds until the next look
        (nil, "00:00:00", 300.1), ("00:05:00", "00:05:00.1", 300.0), (nil, "00:02:30", 150.1),
        // Missed runs since the last schedule: the next time after now.
        ("00:05:00", "00:17:30", 150.1),
    ] as [(String?, String, Double)])
    func theNextLookIsJustAfterTheNextRun(last: String?, now: String, delay: Double) throws {
        let day = "2026-01-01T"
        let schedule = try CronSchedule.parse("*/5 * * * *")
        let nowDate = Self.at(day + now.prefix(8) + "Z").addingTimeInterval(now.count > 8 ? 0.1 : 0)
        let got = CronJobSchedule.nextDelay(created: Self.at(day + "00:00:00Z"), lastSchedule: last.map { Self.at(day + $0 + "Z") },
                                            now: nowDate, schedule: schedule)
        #expect(abs(got - delay) < 0.0001, "\(got)")
    }

    @Test func jobsAreNamedAfterTheirMinuteAndCarryTheTemplate() throws {
        let cronJob: JSON = ["metadata": ["name": "tick", "namespace": "default", "uid": "cj-1"], "spec": [
            "jobTemplate": ["metadata": ["labels": ["app": "tick"], "annotations": ["team": "a"]],
                            "spec": ["backoffLimit": 2, "template": ["spec": ["containers": []]]]],
        ]]
        let scheduled = Self.at("2026-01-01T00:05:00Z")
        #expect(CronJobSchedule.jobName("tick", scheduled: scheduled) == "tick-29453765")
        let zone = try #require(TimeZone(identifier: "Europe/Berlin"))
        let job = try #require(CronJobSchedule.job(from: cronJob, scheduled: scheduled, timeZone: zone))
        #expect(job.name == "tick-29453765")
        #expect(job.labels == ["app": "tick"])
        #expect(job.annotations == ["team": "a", "batch.kubernetes.io/cronjob-scheduled-timestamp": "2026-01-01T01:05:00+01:00"])
        #expect(job.ownerReferences == [OwnerReference(apiVersion: "batch/v1", kind: "CronJob", name: "tick", uid: "cj-1",
                                                       controller: true, blockOwnerDeletion: true)])
        #expect(job[path: ["spec", "backoffLimit"]] == 2)
    }

    @Test func timesAreWrittenAsGoWritesThem() throws {
        let t = Self.at("2026-07-01T00:05:00Z")
        #expect(CronJobSchedule.rfc3339(t, in: try #require(TimeZone(identifier: "UTC"))) == "2026-07-01T00:05:00Z")
        #expect(CronJobSchedule.rfc3339(t, in: try #require(TimeZone(identifier: "America/New_York"))) == "2026-06-30T20:05:00-04:00")
        #expect(CronJobSchedule.rfc3339(t, in: try #require(TimeZone(identifier: "Asia/Kolkata"))) == "2026-07-01T05:35:00+05:30")
        #expect(CronJobSchedule.rfc1123Z(t) == "Wed, 01 Jul 2026 00:05:00 +0000")
    }
}
