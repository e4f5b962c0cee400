import Foundation
import Testing
@testable import API

/// Cron schedules parse and fire as robfig/cron v3's `ParseStandard` schedules do (upstream's CronJob
/// controller and validation use it).
@Suite struct CronScheduleTests {
    static func utc(_ text: String) -> Date {
        ObjectMeta.parseTimestamp(text) ?? Date(timeIntervalSince1970: 0)
    }

    static func next(_ spec: String, after: String, zone: String? = nil) throws -> String? {
        let schedule = try CronSchedule.parse(spec, timeZone: zone.flatMap(TimeZone.init(identifier:)))
        return schedule.next(after: utc(after)).map(ObjectMeta.timestamp)
    }

    @Test(arguments: [
        // Every five minutes: the next multiple of five, strictly after.
        ("*/5 * * * *", "2026-01-01T00:00:00Z", "2026-01-01T00:05:00Z"),
        ("*/5 * * * *", "2026-01-01T00:04:59Z", "2026-01-01T00:05:00Z"),
        ("*/5 * * * *", "2026-01-01T23:58:00Z", "2026-01-02T00:00:00Z"),
        ("* * * * *", "2026-01-01T00:00:30Z", "2026-01-01T00:01:00Z"),
        // Ranges, lists, steps from a start (`a/n` runs to the maximum).
        ("0 9-17 * * *", "2026-01-01T17:00:00Z", "2026-01-02T09:00:00Z"),
        ("15,45 * * * *", "2026-01-01T00:15:00Z", "2026-01-01T00:45:00Z"),
        ("10/20 * * * *", "2026-01-01T00:31:00Z", "2026-01-01T00:50:00Z"),
        ("0 0-12/6 * * *", "2026-01-01T06:00:00Z", "2026-01-01T12:00:00Z"),
        // Names, case-insensitive; 2026-01-01 is a Thursday.
        ("0 0 * * MON", "2026-01-01T00:00:00Z", "2026-01-05T00:00:00Z"),
        ("0 0 * * sat,sun", "2026-01-01T00:00:00Z", "2026-01-03T00:00:00Z"),
        ("0 0 1 feb-mar *", "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z"),
        // Both day fields restricted: either matches; one of them `*`: only the other counts.
        ("0 0 13 * 5", "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z"),
        ("0 0 13 * *", "2026-01-01T00:00:00Z", "2026-01-13T00:00:00Z"),
        ("0 0 ? * 1", "2026-01-01T00:00:00Z", "2026-01-05T00:00:00Z"),
        // Leap day, month ends.
        ("0 12 29 2 *", "2026-01-01T00:00:00Z", "2028-02-29T12:00:00Z"),
        ("30 23 31 * *", "2026-04-01T00:00:00Z", "2026-05-31T23:30:00Z"),
        // Descriptors.
        ("@hourly", "2026-01-01T10:20:00Z", "2026-01-01T11:00:00Z"),
        ("@daily", "2026-01-01T10:20:00Z", "2026-01-02T00:00:00Z"),
        ("@midnight", "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z"),
        ("@weekly", "2026-01-01T10:20:00Z", "2026-01-04T00:00:00Z"),
        ("@monthly", "2026-01-01T10:20:00Z", "2026-02-01T00:00:00Z"),
        ("@yearly", "2026-01-01T10:20:00Z", "2027-01-01T00:00:00Z"),
        ("@annually", "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z"),
        ("@every 90s", "2026-01-01T10:20:00Z", "2026-01-01T10:21:30Z"),
        ("@every 1h30m", "2026-01-01T10:20:00Z", "2026-01-01T11:50:00Z"),
    ])
    func firesAtTheNextMatchingMinute(spec: String, after: String, next: String) throws {
        #expect(try Self.next(spec, after: after) == next)
    }

    @Test(arguments: [
        // 09:00 in Berlin is 08:00 UTC in winter and 07:00 UTC in summer.
        ("0 9 * * *", "2026-01-01T00:00:00Z", "Europe/Berlin", "2026-01-01T08:00:00Z"),
        ("0 9 * * *", "2026-07-01T00:00:00Z", "Europe/Berlin", "2026-07-01T07:00:00Z"),
        ("0 9 * * *", "2026-01-01T00:00:00Z", "America/New_York", "2026-01-01T14:00:00Z"),
        // The prefix wins over the zone passed in.
        ("CRON_TZ=Asia/Tokyo 0 9 * * *", "2026-01-01T00:00:00Z", "Europe/Berlin", "2026-01-02T00:00:00Z"),
        ("TZ=Asia/Tokyo 0 9 * * *", "2026-01-01T00:00:00Z", nil, "2026-01-02T00:00:00Z"),
        // 02:30 does not exist in Berlin on 2026-03-29 (clocks go from 02:00 to 03:00): skipped.
        ("30 2 * * *", "2026-03-28T12:00:00Z", "Europe/Berlin", "2026-03-30T00:30:00Z"),
    ] as [(String, String, String?, String)])
    func readsWallClockFieldsInItsTimeZone(spec: String, after: String, zone: String?, next: String) throws {
        #expect(try Self.next(spec, after: after, zone: zone) == next)
    }

    @Test func anImpossibleDateNeverFires() throws {
        #expect(try Self.next("0 0 30 2 *", after: "2026-01-01T00:00:00Z") == nil)
    }

    @Test(arguments: [
        ("", "empty spec string"),
        ("* * * *", "expected exactly 5 fields, found 4: [* * * *]"),
        ("* * * * * *", "expected exactly 5 fields, found 6: [* * * * * *]"),
        ("60 * * * *", "end of range (60) above maximum (59): 60"),
        ("* 24 * * *", "end of range (24) above maximum (23): 24"),
        ("* * 0 * *", "beginning of range (0) below minimum (1): 0"),
        ("* * * 13 *", "end of range (13) above maximum (12): 13"),
        ("* * * * 7", "end of range (7) above maximum (6): 7"),
        ("5-1 * * * *", "beginning of range (5) beyond end of range (1): 5-1"),
        ("*/0 * * * *", "step of range should be a positive number: */0"),
        ("1-2-3 * * * *", "too many hyphens: 1-2-3"),
        ("*/2/3 * * * *", "too many slashes: */2/3"),
        ("x * * * *", "failed to parse int from x: strconv.Atoi: parsing \"x\": invalid syntax"),
        ("* * * jan-foo *", "failed to parse int from foo: strconv.Atoi: parsing \"foo\": invalid syntax"),
        ("@fortnightly", "unrecognized descriptor: @fortnightly"),
        ("CRON_TZ=Mars/Olympus 0 9 * * *", "provided bad location Mars/Olympus: unknown time zone Mars/Olympus"),
    ])
    func refusesWhatRobfigRefusesInItsWords(spec: String, message: String) {
        #expect(throws: CronScheduleError(message)) { try CronSchedule.parse(spec) }
    }

    @Test func starBitsFollowRobfig() throws {
        // `*` and `*/1` keep the star bit (so the other day field alone restricts); `*/2` drops it.
        guard case .fields(_, _, let dom, _, let dow) = try CronSchedule.parse("0 0 */2 * *").rule else {
            Issue.record("not a field schedule")
            return
        }
        #expect(dom & CronSchedule.starBit == 0)
        #expect(dow & CronSchedule.starBit != 0)
        guard case .fields(let minute, _, _, _, _) = try CronSchedule.parse("*/1 0 * * *").rule else { return }
        #expect(minute & CronSchedule.starBit != 0)
    }
}
