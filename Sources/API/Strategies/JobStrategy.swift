import JSON

/// Jobs (batch/v1): upstream `SetDefaults_Job`, `jobStrategy.PrepareForCreate` (the generated selector
/// and Pod labels) and the main rules of `ValidateJob` / `ValidateJobUpdate`
/// (`pkg/registry/batch/job/strategy.go`, `pkg/apis/batch/validation`).
public struct JobStrategy: KindStrategy {
    public init() {}

    /// The label Pods of a Job carry with the Job's UID, and its selector selects (upstream
    /// `batch.ControllerUidLabel`).
    public static let controllerUIDLabel = "batch.kubernetes.io/controller-uid"
    /// The label Pods of a Job carry with the Job's name (`batch.JobNameLabel`).
    public static let jobNameLabel = "batch.kubernetes.io/job-name"
    /// The unprefixed UID label kept for older clients (`batch.LegacyControllerUidLabel`).
    public static let legacyControllerUIDLabel = "controller-uid"
    /// The unprefixed name label kept for older clients (`batch.LegacyJobNameLabel`).
    public static let legacyJobNameLabel = "job-name"

    public var hasStatusSubresource: Bool { true }
    public var tracksGeneration: Bool { true }
    /// Upstream `JobToSelectableFields`.
    public var selectableFields: [SelectableField] { [.int("status.successful", at: "status.succeeded")] }

    /// Upstream `SetDefaults_Job` as of 1.33 (with `JobPodReplacementPolicy` on), plus the Pod template's defaults.
    public func applyDefaults(_ object: inout JSON) {
        let spec = object["spec"]
        if Self.absent(spec?["completions"]), Self.absent(spec?["parallelism"]) {
            object[path: ["spec", "completions"]] = 1
            object[path: ["spec", "parallelism"]] = 1
        }
        WorkloadRules.defaultSpec(&object, "parallelism", 1)
        WorkloadRules.defaultSpec(&object, "backoffLimit", Self.absent(spec?["backoffLimitPerIndex"]) ? 6 : .int(Int64(Int32.max)))
        WorkloadRules.defaultSpec(&object, "completionMode", "NonIndexed")
        WorkloadRules.defaultSpec(&object, "suspend", false)
        WorkloadRules.defaultSpec(&object, "podReplacementPolicy", Self.absent(spec?["podFailurePolicy"]) ? "TerminatingOrFailed" : "Failed")
        WorkloadRules.defaultSpec(&object, "manualSelector", false)
        Self.defaultLabelsFromTemplate(&object)
        WorkloadRules.defaultTemplate(&object)
    }

    /// Status cleared; unless `manualSelector`, the selector and the Pod labels are generated from the
    /// Job's UID and name (upstream `generateSelector`). Upstream defaults a Job's empty labels from the
    /// template again each time it reads one back, so a Job created without labels ends up with the
    /// generated ones: that is done here once.
    public func prepareForCreate(_ object: inout JSON) {
        object["status"] = .object(JSONObject())
        if object[path: ["spec", "manualSelector"]]?.boolValue != true { Self.generateSelector(&object) }
        Self.defaultLabelsFromTemplate(&object)
    }

    public func prepareForUpdate(_ object: inout JSON, old: JSON) {
        object["status"] = old["status"]
    }

    static func absent(_ v: JSON?) -> Bool { v == nil || v == .null }

    /// `SetDefaults_Job`: a Job without labels takes its template's.
    static func defaultLabelsFromTemplate(_ object: inout JSON) {
        guard let labels = object[path: ["spec", "template", "metadata", "labels"]], labels.objectValue?.isEmpty == false,
              object.labels.isEmpty else { return }
        object[path: ["metadata", "labels"]] = labels
    }

    /// Upstream `generateSelector`: `job-name`, `batch.kubernetes.io/job-name`, `controller-uid` and
    /// `batch.kubernetes.io/controller-uid` on the template unless already there, and the selector's
    /// `matchLabels` gets `batch.kubernetes.io/controller-uid`.
    static func generateSelector(_ object: inout JSON) {
        let name = JSON.string(object.name ?? "")
        let uid = JSON.string(object.uid ?? "")
        var labels = object[path: ["spec", "template", "metadata", "labels"]]?.objectValue ?? JSONObject()
        for (key, value) in [(legacyJobNameLabel, name), (jobNameLabel, name), (legacyControllerUIDLabel, uid),
                             (controllerUIDLabel, uid)] where labels[key] == nil {
            labels[key] = value
        }
        object[path: ["spec", "template", "metadata", "labels"]] = .object(labels)
        var matchLabels = object[path: ["spec", "selector", "matchLabels"]]?.objectValue ?? JSONObject()
        if matchLabels[controllerUIDLabel] == nil { matchLabels[controllerUIDLabel] = uid }
        object[path: ["spec", "selector", "matchLabels"]] = .object(matchLabels)
    }

    public func validate(_ object: JSON) -> [FieldError] {
        var errs: [FieldError] = []
        let spec = object["spec"]
        for f in ["parallelism", "completions", "activeDeadlineSeconds", "backoffLimit", "ttlSecondsAfterFinished"] {
            errs += ValidationSupport.nonNegative(spec?[f], "spec." + f)
        }
        let mode = spec?["completionMode"]?.stringValue ?? "NonIndexed"
        if !["NonIndexed", "Indexed"].contains(mode) {
            errs.append(ValidationSupport.notSupported("spec.completionMode", mode, ["NonIndexed", "Indexed"]))
        }
        if mode == "Indexed", Self.absent(spec?["completions"]) {
            errs.append(FieldError(.required, "spec.completions", "when completion mode is Indexed"))
        }
        let selector = spec?["selector"]
        if Self.absent(selector) {
            errs.append(.required("spec.selector"))
        } else {
            errs += LabelSelectorRules.validate(selector, field: "spec.selector")
        }
        guard let template = spec?["template"], template.objectValue != nil else {
            errs.append(.required("spec.template"))
            return errs
        }
        let labels = template[path: ["metadata", "labels"]]
        errs += ObjectMetaValidation.validateLabels(labels, field: "spec.template.metadata.labels")
        if let selector, !Self.absent(selector), !LabelSelectorRules.matches(selector, labels: labels) {
            errs.append(FieldError(.invalid, "spec.template.metadata.labels", value: ValidationSupport.goStringMap(labels),
                                   "`selector` does not match template `labels`"))
        }
        errs += PodSpecValidation.validate(template["spec"], field: "spec.template.spec",
                                           allowedRestartPolicies: ["OnFailure", "Never"])
        return errs
    }

    /// Upstream `ValidateJobUpdate`: the selector, the completion mode, the template and (for
    /// NonIndexed Jobs) `completions` cannot change.
    public func validateUpdate(_ object: JSON, old: JSON) -> [FieldError] {
        var errs = WorkloadRules.validateSelectorImmutable(object, old: old)
        for f in ["completionMode", "template"] where object[path: ["spec", f]] != old[path: ["spec", f]] {
            errs.append(FieldError(.invalid, "spec." + f, value: ValidationSupport.render(object[path: ["spec", f]]),
                                   "field is immutable"))
        }
        if old[path: ["spec", "completionMode"]]?.stringValue != "Indexed",
           object[path: ["spec", "completions"]] != old[path: ["spec", "completions"]] {
            let value = object[path: ["spec", "completions"]]?.intValue.map(String.init) ?? "null"
            errs.append(FieldError(.invalid, "spec.completions", value: value, "field is immutable"))
        }
        return errs
    }
}
