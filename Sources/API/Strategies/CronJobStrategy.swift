import Foundation
import JSON

/// CronJobs (batch/v1): upstream `SetDefaults_CronJob` and the main rules of `ValidateCronJobCreate` /
/// `ValidateCronJobUpdate` (`pkg/apis/batch/validation`): a schedule robfig/cron parses, a time zone
/// the tz database knows, and no `TZ=`/`CRON_TZ=` in a new schedule.
public struct CronJobStrategy: KindStrategy {
    public init() {}

    public var hasStatusSubresource: Bool { true }
    public var tracksGeneration: Bool { true }

    public func applyDefaults(_ object: inout JSON) {
        WorkloadRules.defaultSpec(&object, "concurrencyPolicy", "Allow")
        WorkloadRules.defaultSpec(&object, "suspend", false)
        WorkloadRules.defaultSpec(&object, "successfulJobsHistoryLimit", 3)
        WorkloadRules.defaultSpec(&object, "failedJobsHistoryLimit", 1)
        // The Job template's Pod template gets Pod defaults; the Job spec inside keeps what was sent
        // (upstream applies `SetDefaults_Job` to Jobs only).
        guard var podSpec = object[path: ["spec", "jobTemplate", "spec", "template", "spec"]], podSpec.objectValue != nil else {
            return
        }
        PodSpecDefaults.apply(&podSpec)
        object[path: ["spec", "jobTemplate", "spec", "template", "spec"]] = podSpec
    }

    public func prepareForCreate(_ object: inout JSON) {
        object["status"] = .object(JSONObject())
    }

    public func prepareForUpdate(_ object: inout JSON, old: JSON) {
        object["status"] = old["status"]
    }

    /// Upstream refuses `TZ=` in a schedule on create, and on update unless the old schedule had one;
    /// this server never stores such a schedule, so refusing it always is the same rule.
    public func validate(_ object: JSON) -> [FieldError] {
        Self.validate(object, allowTZInSchedule: false)
    }

    static func validate(_ object: JSON, allowTZInSchedule: Bool) -> [FieldError] {
        var errs: [FieldError] = []
        if let name = object.name, name.utf8.count > 52 {
            errs.append(ValidationSupport.invalid("metadata.name", name, "must be no more than 52 characters"))
        }
        let spec = object["spec"]
        let timeZoneName = spec?["timeZone"]?.stringValue
        errs += validateTimeZone(spec?["timeZone"])
        let schedule = spec?["schedule"]?.stringValue ?? ""
        if schedule.isEmpty {
            errs.append(.required("spec.schedule"))
        } else {
            do throws(CronScheduleError) {
                _ = try CronSchedule.parse(schedule)
            } catch {
                errs.append(ValidationSupport.invalid("spec.schedule", schedule, error.description))
            }
            if allowTZInSchedule, schedule.contains("TZ"), timeZoneName != nil {
                errs.append(ValidationSupport.invalid("spec.schedule", schedule,
                                                      "cannot use both timeZone field and TZ or CRON_TZ in schedule"))
            } else if !allowTZInSchedule, schedule.contains("TZ") {
                errs.append(ValidationSupport.invalid("spec.schedule", schedule,
                                                      "cannot use TZ or CRON_TZ in schedule, use timeZone field instead"))
            }
        }
        let policy = spec?["concurrencyPolicy"]?.stringValue ?? "Allow"
        if !["Allow", "Forbid", "Replace"].contains(policy) {
            errs.append(ValidationSupport.notSupported("spec.concurrencyPolicy", policy, ["Allow", "Forbid", "Replace"]))
        }
        for f in ["startingDeadlineSeconds", "successfulJobsHistoryLimit", "failedJobsHistoryLimit"] {
            errs += ValidationSupport.nonNegative(spec?[f], "spec." + f)
        }
        let jobSpec = spec?[path: ["jobTemplate", "spec"]]
        for f in ["parallelism", "completions", "activeDeadlineSeconds", "backoffLimit", "ttlSecondsAfterFinished"] {
            errs += ValidationSupport.nonNegative(jobSpec?[f], "spec.jobTemplate.spec." + f)
        }
        if let template = jobSpec?["template"], template.objectValue != nil {
            errs += ObjectMetaValidation.validateLabels(template[path: ["metadata", "labels"]],
                                                        field: "spec.jobTemplate.spec.template.metadata.labels")
            errs += PodSpecValidation.validate(template["spec"], field: "spec.jobTemplate.spec.template.spec",
                                               allowedRestartPolicies: ["OnFailure", "Never"])
        } else {
            errs.append(.required("spec.jobTemplate.spec.template"))
        }
        return errs
    }

    /// Upstream `validateTimeZone`.
    static func validateTimeZone(_ value: JSON?) -> [FieldError] {
        guard let zone = value?.stringValue else { return [] }
        if zone.isEmpty {
            return [ValidationSupport.invalid("spec.timeZone", zone, "timeZone must be nil or non-empty string")]
        }
        if zone.lowercased() == "local" {
            return [ValidationSupport.invalid("spec.timeZone", zone,
                                              "timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones")]
        }
        if CronSchedule.zone(named: zone) == nil {
            return [ValidationSupport.invalid("spec.timeZone", zone, "unknown time zone \(zone)")]
        }
        return []
    }
}
