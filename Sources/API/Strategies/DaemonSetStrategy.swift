import JSON

/// DaemonSets (apps/v1): upstream `SetDefaults_DaemonSet`, selector/template rules, immutable selector.
public struct DaemonSetStrategy: KindStrategy {
    public init() {}

    public var hasStatusSubresource: Bool { true }
    public var tracksGeneration: Bool { true }

    public func applyDefaults(_ object: inout JSON) {
        WorkloadRules.defaultRollingUpdateStrategy(&object, [("maxUnavailable", 1), ("maxSurge", 0)])
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
