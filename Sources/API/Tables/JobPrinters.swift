import Foundation
import JSON

/// Printers for batch/v1 Jobs and CronJobs.
enum JobPrinters {
    static let job = TablePrinter(
        columns: [
            TableColumn.name, TableColumn("Status", "Status of the job."),
            TableColumn("Completions", "The number of pods which reached phase Succeeded."),
            TableColumn("Duration", "Time required to complete the job."),
            TableColumn.age, TableColumn.containers, TableColumn.images,
            TableColumn("Selector", "A label query over pods that should match the pod count.", priority: 1),
        ],
        cells: { job, now in
            let spec = job["spec"], status = job["status"]
            let succeeded = TableCells.int(status?["succeeded"])
            let completions: String
            if let c = spec?["completions"]?.intValue {
                completions = "\(succeeded)/\(c)"
            } else {
                let parallelism = spec?["parallelism"]?.intValue ?? 0
                completions = parallelism > 1 ? "\(succeeded)/1 of \(parallelism)" : "\(succeeded)/1"
            }
            var duration = ""
            if let startText = status?["startTime"]?.stringValue, let start = ObjectMeta.parseTimestamp(startText) {
                if let endText = status?["completionTime"]?.stringValue, let end = ObjectMeta.parseTimestamp(endText) {
                    duration = HumanDuration.format(end.timeIntervalSince(start))
                } else {
                    duration = HumanDuration.format(now.timeIntervalSince(start))
                }
            }
            let (names, images) = TableCells.containerCells(spec?[path: ["template", "spec"]])
            return [.string(TableCells.name(job)), .string(jobStatus(job)), .string(completions), .string(duration),
                    .string(TableCells.age(job, now)), .string(names), .string(images),
                    .string(TableCells.formatLabelSelector(spec?["selector"]))]
        })

    /// Complete, Failed, Terminating, Suspended, FailureTarget or Running, in upstream's order.
    static func jobStatus(_ job: JSON) -> String {
        let conditions = job[path: ["status", "conditions"]]
        if TableCells.conditionTrue(conditions, "Complete") { return "Complete" }
        if TableCells.conditionTrue(conditions, "Failed") { return "Failed" }
        if let d = job[path: ["metadata", "deletionTimestamp"]], !d.isNull { return "Terminating" }
        if TableCells.conditionTrue(conditions, "Suspended") { return "Suspended" }
        if TableCells.conditionTrue(conditions, "FailureTarget") { return "FailureTarget" }
        return "Running"
    }

    static let cronJob = TablePrinter(
        columns: [
            TableColumn.name,
            TableColumn("Schedule", "The schedule in Cron format, see https://en.wikipedia.org/wiki/Cron."),
            TableColumn("Timezone", "The time zone name for the given schedule, see "
                + "https://en.wikipedia.org/wiki/List_of_tz_database_time_zones."),
            TableColumn("Suspend", "boolean", "This flag tells the controller to suspend subsequent executions, it does "
                + "not apply to already started executions. Defaults to false."),
            TableColumn("Active", "integer", "A list of pointers to currently running jobs."),
            TableColumn("Last Schedule", "Information when was the last time the job was successfully scheduled."),
            TableColumn.age, TableColumn.containers, TableColumn.images,
            TableColumn("Selector", "A label query over pods that should match the pod count.", priority: 1),
        ],
        cells: { cj, now in
            let spec = cj["spec"], status = cj["status"]
            let last = status?["lastScheduleTime"].flatMap { $0.isNull ? nil : $0 }
            let suspend: String
            switch spec?["suspend"]?.boolValue {
            case .some(true): suspend = "True"
            case .some(false): suspend = "False"
            case .none: suspend = "<unset>"
            }
            let jobSpec = spec?[path: ["jobTemplate", "spec"]]
            let (names, images) = TableCells.containerCells(jobSpec?[path: ["template", "spec"]])
            return [.string(TableCells.name(cj)), .string(TableCells.string(spec?["schedule"])),
                    .string(spec?["timeZone"]?.stringValue ?? "<none>"), .string(suspend),
                    .int(Int64(TableCells.array(status?["active"]).count)),
                    .string(last.map { TableCells.since($0, now) } ?? "<none>"), .string(TableCells.age(cj, now)),
                    .string(names), .string(images), .string(TableCells.formatLabelSelector(jobSpec?["selector"]))]
        })
}
