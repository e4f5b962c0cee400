import JSON

/// StatefulSets (apps/v1): upstream `SetDefaults_StatefulSet`, selector/template rules and the restricted update.
public struct StatefulSetStrategy: KindStrategy {
    public init() {}

    public var hasStatusSubresource: Bool { true }
    public var tracksGeneration: Bool { true }

    /// Upstream's message when an update touches other spec fields.
    public static let updateForbiddenMessage =
        "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden"

    public func applyDefaults(_ object: inout JSON) {
        WorkloadRules.defaultSpec(&object, "podManagementPolicy", "OrderedReady")
        WorkloadRules.defaultRollingUpdateStrategy(&object, [("partition", 0)])
        WorkloadRules.defaultSpec(&object, "replicas", 1)
        WorkloadRules.defaultSpec(&object, "revisionHistoryLimit", 10)
        var retention = object[path: ["spec", "persistentVolumeClaimRetentionPolicy"]] ?? .object(JSONObject())
        if retention.objectValue == nil { retention = .object(JSONObject()) }
        PodSpecDefaults.setIfAbsent(&retention, "whenDeleted", "Retain")
        PodSpecDefaults.setIfAbsent(&retention, "whenScaled", "Retain")
        object[path: ["spec", "persistentVolumeClaimRetentionPolicy"]] = retention
        WorkloadRules.defaultTemplate(&object)
    }

    public func prepareForCreate(_ object: inout JSON) {
        object["status"] = ["replicas": 0, "availableReplicas": 0]
    }

    public func prepareForUpdate(_ object: inout JSON, old: JSON) {
        object["status"] = old["status"]
    }

    public func validate(_ object: JSON) -> [FieldError] {
        var errs = WorkloadRules.validateSelectorAndTemplate(object, selectorWord: "statefulset", templateOwner: "StatefulSet")
        if let p = object[path: ["spec", "podManagementPolicy"]]?.stringValue, !["OrderedReady", "Parallel"].contains(p) {
            errs.append(ValidationSupport.notSupported("spec.podManagementPolicy", p, ["OrderedReady", "Parallel"]))
        }
        if let t = object[path: ["spec", "updateStrategy", "type"]]?.stringValue, !["OnDelete", "RollingUpdate"].contains(t) {
            errs.append(ValidationSupport.notSupported("spec.updateStrategy.type", t, ["OnDelete", "RollingUpdate"]))
        }
        return errs
    }

    public func validateUpdate(_ object: JSON, old: JSON) -> [FieldError] {
        var newSpec = object["spec"] ?? .null, oldSpec = old["spec"] ?? .null
        for key in ["replicas", "ordinals", "template", "updateStrategy", "persistentVolumeClaimRetentionPolicy", "minReadySeconds"] {
            newSpec[key] = nil
            oldSpec[key] = nil
        }
        return newSpec == oldSpec ? [] : [FieldError(.forbidden, "spec", Self.updateForbiddenMessage)]
    }
}
