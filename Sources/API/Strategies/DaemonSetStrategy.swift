import JSON

/// DaemonSets (apps/v1): upstream `SetDefaults_DaemonSet`, selector/template rules, immutable selector.
public struct DaemonSetStrategy: KindStrategy {
    public init() {}

    public func applyDefaults(_ object: inout JSON) {
        var strategy = object[path: ["spec", "updateStrategy"]] ?? .object(JSONObject())
        if strategy.objectValue == nil { strategy = .object(JSONObject()) }
        PodSpecDefaults.setIfAbsent(&strategy, "type", "RollingUpdate")
        if strategy["type"]?.stringValue == "RollingUpdate" {
            var rolling = strategy["rollingUpdate"] ?? .object(JSONObject())
            if rolling.objectValue == nil { rolling = .object(JSONObject()) }
            PodSpecDefaults.setIfAbsent(&rolling, "maxUnavailable", 1)
            PodSpecDefaults.setIfAbsent(&rolling, "maxSurge", 0)
            strategy["rollingUpdate"] = rolling
        }
        object[path: ["spec", "updateStrategy"]] = strategy
        WorkloadRules.defaultSpec(&object, "revisionHistoryLimit", 10)
        WorkloadRules.defaultTemplate(&object)
    }

    public func prepareForCreate(_ object: inout JSON) {
        object["status"] = ["currentNumberScheduled": 0, "numberMisscheduled": 0, "desiredNumberScheduled": 0, "numberReady": 0]
    }

    public func prepareForUpdate(_ object: inout JSON, old: JSON) {
        object["status"] = old["status"]
    }

    public func validate(_ object: JSON) -> [FieldError] {
        var errs = WorkloadRules.validateSelectorAndTemplate(object, selectorWord: "daemonset", templateOwner: "DaemonSet")
        if let t = object[path: ["spec", "updateStrategy", "type"]]?.stringValue, !["OnDelete", "RollingUpdate"].contains(t) {
            errs.append(ValidationSupport.notSupported("spec.updateStrategy.type", t, ["OnDelete", "RollingUpdate"]))
        }
        return errs
    }

    public func validateUpdate(_ object: JSON, old: JSON) -> [FieldError] {
        WorkloadRules.validateSelectorImmutable(object, old: old)
    }
}
