import API
import Foundation
import JSON

/// When a CronJob runs, as pure functions after upstream's `pkg/controller/cronjob/utils.go`.
enum CronJobSchedule {
    /// upstream `nextScheduleDelta`: requeues land this long after the scheduled time.
    static let nextScheduleDelta = 0.1
    /// upstream `CronJobScheduledTimestampAnnotation`.
    static let scheduledTimestampAnnotation = "batch.kubernetes.io/cronjob-scheduled-timestamp"

    /// How many schedules went by unmet.
    enum Missed: Equatable { case none, few, many }

    /// What `mostRecent` found.
    struct Recent: Equatable {
        /// The last schedule time, or the creation time (moved up to the starting deadline, if asked).
        var earliest: Date
        /// The latest time a Job should have started, not after now; nil when none.
        var mostRecent: Date?
        var missed: Missed
    }

    /// Why a schedule cannot be followed (upstream's error for a grammatical but impossible schedule).
    struct InvalidSchedule: Error, CustomStringConvertible {
        var description: String { "time difference between two schedules is less than 1 second" }
    }

    /// upstream `mostRecentScheduleTime`: from the last schedule (or creation), the most recent time the
    /// schedule fired, counting roughly how many were missed (more than 100 is "many").
    static func mostRecent(created: Date, lastSchedule: Date?, startingDeadlineSeconds: Int64?, includeDeadline: Bool,
                           now: Date, schedule: CronSchedule) throws(InvalidSchedule) -> Recent {
        var earliest = lastSchedule ?? created
        if includeDeadline, let seconds = startingDeadlineSeconds {
            let deadline = now.addingTimeInterval(-Double(seconds))
            if deadline > earliest { earliest = deadline }
        }
        guard let t1 = schedule.next(after: earliest) else { throw InvalidSchedule() }
        if now < t1 { return Recent(earliest: earliest, mostRecent: nil, missed: .none) }
        guard let t2 = schedule.next(after: t1) else { throw InvalidSchedule() }
        if now < t2 { return Recent(earliest: earliest, mostRecent: t1, missed: .none) }
        let between = Int64(t2.timeIntervalSince(t1).rounded())
        if between < 1 { throw InvalidSchedule() }
        let elapsed = Int64(now.timeIntervalSince(t1))
        let missedCount = elapsed / between + 1
        // Start a little before the estimate and let the schedule find the exact times, which matters
        // for irregular schedules such as "30 6-16/4 * * 1-5".
        var t = t1.addingTimeInterval(Double((missedCount - 2) * between))
        var latest: Date?
        while let n = schedule.next(after: t), n <= now {
            latest = n
            t = n
        }
        let missed: Missed = missedCount > 100 ? .many : .few
        return Recent(earliest: earliest, mostRecent: latest, missed: missed)
    }

    /// upstream `nextScheduleTimeDuration`: how long until the schedule fires after the most recent
    /// time (or after now, when times were missed or the schedule is invalid), plus the 100 ms delta.
    static func nextDelay(created: Date, lastSchedule: Date?, now: Date, schedule: CronSchedule) -> Double {
        let from: Date
        do throws(InvalidSchedule) {
            let recent = try mostRecent(created: created, lastSchedule: lastSchedule, startingDeadlineSeconds: nil,
                                        includeDeadline: false, now: now, schedule: schedule)
            from = recent.mostRecent ?? (recent.missed == .none ? recent.earliest : now)
        } catch {
            from = now
        }
        // No next time at all (an impossible date): look again in a day rather than never.
        guard let next = schedule.next(after: from) else { return 86_400 }
        return next.addingTimeInterval(nextScheduleDelta).timeIntervalSince(now)
    }

    /// upstream `getJobName`: "<cronjob>-<scheduled time in minutes since the epoch>".
    static func jobName(_ cronJob: String, scheduled: Date) -> String {
        "\(cronJob)-\(Int64(scheduled.timeIntervalSince1970) / 60)"
    }

    /// upstream `getJobFromTemplate2`: the template's labels and annotations, the scheduled time as an
    /// annotation (RFC 3339 in the CronJob's zone), the controller reference, the template's spec.
    static func job(from cronJob: JSON, scheduled: Date, timeZone: TimeZone) -> JSON? {
        guard let name = cronJob.name, let uid = cronJob.uid else { return nil }
        let template = cronJob[path: ["spec", "jobTemplate"]]
        var annotations = template?[path: ["metadata", "annotations"]]?.objectValue ?? JSONObject()
        annotations[scheduledTimestampAnnotation] = .string(rfc3339(scheduled, in: timeZone))
        let ref = OwnerReference(apiVersion: "batch/v1", kind: "CronJob", name: name, uid: uid, controller: true,
                                 blockOwnerDeletion: true)
        var meta: JSONObject = ["name": .string(jobName(name, scheduled: scheduled))]
        if let labels = template?[path: ["metadata", "labels"]], labels.objectValue?.isEmpty == false { meta["labels"] = labels }
        meta["annotations"] = .object(annotations)
        meta["ownerReferences"] = [ref.json]
        return ["apiVersion": "batch/v1", "kind": "Job", "metadata": .object(meta),
                "spec": template?["spec"] ?? .object(JSONObject())]
    }

    /// Go's `time.RFC3339` of `date` in `zone`: "Z" for UTC, else the offset ("2026-01-01T01:05:00+01:00").
    static func rfc3339(_ date: Date, in zone: TimeZone) -> String {
        let offset = zone.secondsFromGMT(for: date)
        if offset == 0 { return ObjectMeta.timestamp(date) }
        let local = ObjectMeta.timestamp(date.addingTimeInterval(Double(offset)))
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return String(local.dropLast()) + sign + two(minutes / 60) + ":" + two(minutes % 60)
    }

    /// Go's `time.RFC1123Z` in UTC ("Thu, 01 Jan 2026 00:05:00 +0000"), as the MissSchedule event says it.
    static func rfc1123Z(_ date: Date) -> String {
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        let c = calendar.dateComponents([.weekday, .month, .year], from: date)
        let stamp = Array(ObjectMeta.timestamp(date))  // yyyy-MM-ddTHH:mm:ssZ
        let weekday = ((c.weekday ?? 1) - 1) % 7, month = ((c.month ?? 1) - 1) % 12
        return "\(days[weekday]), \(String(stamp[8..<10])) \(months[month]) \(c.year ?? 1970) \(String(stamp[11..<19])) +0000"
    }
}
