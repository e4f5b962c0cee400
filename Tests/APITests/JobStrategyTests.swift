import JSON
import Testing
@testable import API

/// Jobs and CronJobs are defaulted and validated as upstream's batch/v1 strategies do.
@Suite struct JobStrategyTests {
    /// The body `kubectl create job hello --image=busybox -- sh -c "echo hi"` sends, with the UID the
    /// Registry has set by the time the strategy runs.
    static let kubectlJob = """
    {"kind":"Job","apiVersion":"batch/v1","metadata":{"name":"hello","uid":"u-1","creationTimestamp":null},"spec":{"template":{"metadata":{"creationTimestamp":null},"spec":{"containers":[{"name":"hello","image":"busybox","command":["sh","-c","echo hi"],"resources":{}}],"restartPolicy":"Never"}}},"status":{}}
    """

    @Test func defaultsAndGeneratesTheSelectorAndLabels() throws {
        let (j, errs) = try created(Self.kubectlJob, group: "batch", kind: "Job")
        #expect(errs.isEmpty)
        let spec = try #require(j["spec"])
        #expect(spec["completions"] == 1 && spec["parallelism"] == 1 && spec["backoffLimit"] == 6)
        #expect(spec["completionMode"] == "NonIndexed" && spec["suspend"] == false && spec["manualSelector"] == false)
        #expect(spec["podReplacementPolicy"] == "TerminatingOrFailed")
        #expect(spec["selector"] == ["matchLabels": ["batch.kubernetes.io/controller-uid": "u-1"]])
        let labels: JSON = ["batch.kubernetes.io/controller-uid": "u-1", "batch.kubernetes.io/job-name": "hello",
                            "controller-uid": "u-1", "job-name": "hello"]
        #expect(spec[path: ["template", "metadata", "labels"]] == labels)
        #expect(j.labels == labels.stringMap)
        #expect(spec[path: ["template", "spec", "dnsPolicy"]] == "ClusterFirst")
        #expect(j["status"] == .object(JSONObject()))
    }

    @Test func parallelismAloneLeavesCompletionsUnset() throws {
        var body = try JSONParser.parse(Self.kubectlJob)
        body[path: ["spec", "parallelism"]] = 3
        let (j, _) = try created(body.jsonString, group: "batch", kind: "Job")
        #expect(j[path: ["spec", "completions"]] == nil)
        #expect(j[path: ["spec", "parallelism"]] == 3)
    }

    @Test func refusesRestartPolicyAlways() throws {
        var body = try JSONParser.parse(Self.kubectlJob)
        body[path: ["spec", "template", "spec", "restartPolicy"]] = nil
        let (_, errs) = try created(body.jsonString, group: "batch", kind: "Job")
        #expect(errs == ["spec.template.spec.restartPolicy: Unsupported value: \"Always\": supported values: \"OnFailure\", \"Never\""])
    }

    @Test func theSelectorCompletionsAndTemplateAreImmutable() throws {
        let (old, _) = try created(Self.kubectlJob, group: "batch", kind: "Job")
        var new = old
        new[path: ["spec", "completions"]] = 3
        var template = new[path: ["spec", "template", "spec", "containers"]]?.arrayValue ?? []
        template[0]["image"] = "alpine"
        new[path: ["spec", "template", "spec", "containers"]] = .array(template)
        let (_, errs) = updated(new, old: old, group: "batch", kind: "Job")
        #expect(errs.count == 2)
        #expect(errs.contains { $0.hasPrefix("spec.template: Invalid value: ") && $0.hasSuffix(": field is immutable") })
        #expect(errs.contains("spec.completions: Invalid value: 3: field is immutable"))
        var resumed = old
        resumed[path: ["spec", "suspend"]] = true
        #expect(updated(resumed, old: old, group: "batch", kind: "Job").1.isEmpty)
    }

    static let cronJob = """
    {"kind":"CronJob","apiVersion":"batch/v1","metadata":{"name":"tick"},"spec":{"schedule":"*/5 * * * *","jobTemplate":{"metadata":{"name":"tick"},"spec":{"template":{"spec":{"containers":[{"name":"tick","image":"busybox"}],"restartPolicy":"OnFailure"}}}}}}
    """

    @Test func cronJobsDefaultTheirPolicyAndHistoryLimits() throws {
        let (c, errs) = try created(Self.cronJob, group: "batch", kind: "CronJob")
        #expect(errs.isEmpty)
        let spec = try #require(c["spec"])
        #expect(spec["concurrencyPolicy"] == "Allow" && spec["suspend"] == false)
        #expect(spec["successfulJobsHistoryLimit"] == 3 && spec["failedJobsHistoryLimit"] == 1)
        #expect(spec[path: ["jobTemplate", "spec", "backoffLimit"]] == nil)
        #expect(spec[path: ["jobTemplate", "spec", "template", "spec", "dnsPolicy"]] == "ClusterFirst")
    }

    @Test(arguments: [
        ("spec", "schedule", JSON.string("*/5 * * *"),
         "spec.schedule: Invalid value: \"*/5 * * *\": expected exactly 5 fields, found 4: [*/5 * * *]"),
        ("spec", "schedule", JSON.string("TZ=UTC 0 * * * *"),
         "spec.schedule: Invalid value: \"TZ=UTC 0 * * * *\": cannot use TZ or CRON_TZ in schedule, use timeZone field instead"),
        ("spec", "timeZone", JSON.string("Mars/Olympus"), "spec.timeZone: Invalid value: \"Mars/Olympus\": unknown time zone Mars/Olympus"),
        ("spec", "concurrencyPolicy", JSON.string("Sometimes"),
         "spec.concurrencyPolicy: Unsupported value: \"Sometimes\": supported values: \"Allow\", \"Forbid\", \"Replace\""),
        ("metadata", "name", JSON.string(String(repeating: "a", count: 53)),
         "metadata.name: Invalid value: \"\(String(repeating: "a", count: 53))\": must be no more than 52 characters"),
    ])
    func cronJobValidationSpeaksUpstreamWords(section: String, field: String, value: JSON, message: String) throws {
        var body = try JSONParser.parse(Self.cronJob)
        body[path: [section, field]] = value
        let (_, errs) = try created(body.jsonString, group: "batch", kind: "CronJob")
        #expect(errs == [message])
    }

    @Test func aValidTimeZoneIsAccepted() throws {
        var body = try JSONParser.parse(Self.cronJob)
        body[path: ["spec", "timeZone"]] = "Europe/Berlin"
        #expect(try created(body.jsonString, group: "batch", kind: "CronJob").1.isEmpty)
    }
}
