import JSON

/// Rules shared by the apps/v1 workloads (Deployment, ReplicaSet, StatefulSet, DaemonSet): template defaults,
/// selector/template validation and the immutable selector (upstream apps validation).
enum WorkloadRules {
    /// Fills pod-spec defaults inside `spec.template.spec`.
    static func defaultTemplate(_ object: inout JSON) {
        guard var spec = object[path: ["spec", "template", "spec"]], spec.objectValue != nil else { return }
        PodSpecDefaults.apply(&spec)
        object[path: ["spec", "template", "spec"]] = spec
    }

    /// Sets `spec.<key>` when absent.
    static func defaultSpec(_ object: inout JSON, _ key: String, _ value: JSON) {
        if object[path: ["spec", key]] == nil || object[path: ["spec", key]] == .null { object[path: ["spec", key]] = value }
    }

    /// Upstream `ValidateDeploymentSpec`/`ValidateReplicaSetSpec` common part: replicas, selector, template.
    static func validateSelectorAndTemplate(_ object: JSON, selectorWord: String, templateOwner: String) -> [FieldError] {
        var errs: [FieldError] = []
        let spec = object["spec"]
        errs += ValidationSupport.nonNegative(spec?["replicas"], "spec.replicas")
        errs += ValidationSupport.nonNegative(spec?["minReadySeconds"], "spec.minReadySeconds")
        errs += ValidationSupport.nonNegative(spec?["revisionHistoryLimit"], "spec.revisionHistoryLimit")
        let selector = spec?["selector"]
        if selector == nil || selector == .null {
            errs.append(.required("spec.selector"))
        } else {
            errs += LabelSelectorRules.validate(selector, field: "spec.selector")
            if LabelSelectorRules.isEmpty(selector) {
                errs.append(FieldError(.invalid, "spec.selector", value: ValidationSupport.goLabelSelector(selector)
                    .replacingPrefix("&", with: ""), "empty selector is invalid for \(selectorWord)"))
            }
        }
        guard let template = spec?["template"], template.objectValue != nil else {
            errs.append(.required("spec.template"))
            return errs
        }
        let labels = template[path: ["metadata", "labels"]]
        errs += ObjectMetaValidation.validateLabels(labels, field: "spec.template.metadata.labels")
        errs += ObjectMetaValidation.validateAnnotations(template[path: ["metadata", "annotations"]], field: "spec.template.metadata.annotations")
        if let selector, selector != .null, !LabelSelectorRules.isEmpty(selector), !LabelSelectorRules.matches(selector, labels: labels) {
            errs.append(FieldError(.invalid, "spec.template.metadata.labels", value: ValidationSupport.goStringMap(labels),
                                   "`selector` does not match template `labels`"))
        }
        errs += PodSpecValidation.validate(template["spec"], field: "spec.template.spec", allowedRestartPolicies: ["Always"])
        if template[path: ["spec", "activeDeadlineSeconds"]] != nil {
            errs.append(FieldError(.forbidden, "spec.template.spec.activeDeadlineSeconds", "activeDeadlineSeconds in \(templateOwner) is not Supported"))
        }
        return errs
    }

    /// apps/v1 forbids changing `spec.selector`.
    static func validateSelectorImmutable(_ object: JSON, old: JSON) -> [FieldError] {
        let new = object[path: ["spec", "selector"]]
        guard new != old[path: ["spec", "selector"]] else { return [] }
        return [FieldError(.invalid, "spec.selector", value: ValidationSupport.goLabelSelector(new).replacingPrefix("&", with: ""),
                           "field is immutable")]
    }

    /// Upstream `ValidatePositiveIntOrPercent` plus `IsNotMoreThan100Percent`.
    static func validateIntOrPercent(_ value: JSON?, field: String) -> [FieldError] {
        guard let value else { return [] }
        if let s = value.stringValue {
            guard s.hasSuffix("%"), let n = Int(s.dropLast()), n >= 0, !s.dropLast().contains("+") else {
                return [ValidationSupport.invalid(field, s, "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')")]
            }
            return n > 100 ? [ValidationSupport.invalid(field, s, "must not be greater than 100%")] : []
        }
        return ValidationSupport.nonNegative(value, field)
    }

    /// The integer or percentage as a number, for "may not be 0" checks.
    static func intOrPercentIsZero(_ value: JSON?) -> Bool {
        if let s = value?.stringValue { return Int(s.dropLast()) == 0 }
        return value?.intValue == 0
    }

    /// `spec.updateStrategy` defaults of DaemonSets and StatefulSets: type RollingUpdate, and for
    /// it `rollingUpdate` with these fields when absent.
    static func defaultRollingUpdateStrategy(_ object: inout JSON, _ rollingDefaults: [(String, JSON)]) {
        var strategy = object[path: ["spec", "updateStrategy"]] ?? .object(JSONObject())
        if strategy.objectValue == nil { strategy = .object(JSONObject()) }
        PodSpecDefaults.setIfAbsent(&strategy, "type", "RollingUpdate")
        if strategy["type"]?.stringValue == "RollingUpdate" {
            var rolling = strategy["rollingUpdate"] ?? .object(JSONObject())
            if rolling.objectValue == nil { rolling = .object(JSONObject()) }
            for (k, v) in rollingDefaults { PodSpecDefaults.setIfAbsent(&rolling, k, v) }
            strategy["rollingUpdate"] = rolling
        }
        object[path: ["spec", "updateStrategy"]] = strategy
    }
}

extension String {
    func replacingPrefix(_ prefix: String, with replacement: String) -> String {
        hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
    }
}
