import JSON

/// Pods (core/v1), after upstream's pod REST strategy, core/v1 defaults and the default admission chain
/// (ServiceAccount, Priority, DefaultTolerationSeconds).
public struct PodStrategy: KindStrategy {
    public init() {}

    public var hasStatusSubresource: Bool { true }

    /// Upstream's message for a forbidden pod spec update (the Go struct diff that follows it upstream is omitted).
    public static let updateForbiddenMessage =
        "pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)"

    public func applyDefaults(_ object: inout JSON) {
        if var spec = object["spec"], spec.objectValue != nil {
            PodSpecDefaults.apply(&spec)
            object["spec"] = spec
        }
        PodSpecDefaults.applyPodOnly(&object)
    }

    /// Upstream's mutating admission for Pods, in its order (`AllOrderedPlugins`): LimitRanger's defaults,
    /// ServiceAccount, Priority. The validating phase (LimitRanger's limits, ResourceQuota last) runs for
    /// every kind in the Registry, after validation (`ValidatingAdmission`).
    /// NamespaceLifecycle runs before, in the Registry; DefaultTolerationSeconds needs no reads and is
    /// applied in `prepareForCreate`.
    public func admit(_ object: inout JSON, _ attributes: AdmissionAttributes, lookup: AdmissionLookup) throws(APIError) {
        LimitRangerAdmission.mutate(&object, attributes, lookup: lookup)
        try ServiceAccountAdmission.admit(&object, attributes, lookup: lookup)
        try PriorityAdmission.admit(&object, attributes, lookup: lookup)
    }

    /// Status becomes `{phase: Pending, qosClass}`; the DefaultTolerationSeconds tolerations are added.
    public func prepareForCreate(_ object: inout JSON) {
        if var spec = object["spec"], spec.objectValue != nil {
            spec["tolerations"] = .array(Self.withDefaultTolerations(spec["tolerations"]?.arrayValue ?? []))
            object["spec"] = spec
        }
        object["status"] = ["phase": "Pending", "qosClass": .string(PodQOS.compute(spec: object["spec"]))]
    }

    /// DefaultTolerationSeconds admission: tolerate not-ready and unreachable nodes for 300 s unless the pod
    /// already tolerates them.
    static func withDefaultTolerations(_ tolerations: [JSON]) -> [JSON] {
        var out = tolerations
        for key in ["node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable"] {
            let covered = tolerations.contains { t in
                let effect = t["effect"]?.stringValue ?? ""
                let tKey = t["key"]?.stringValue ?? ""
                let op = t["operator"]?.stringValue ?? "Equal"
                return (effect.isEmpty || effect == "NoExecute") && (tKey == key || (tKey.isEmpty && op == "Exists"))
            }
            if !covered {
                out.append(["key": .string(key), "operator": "Exists", "effect": "NoExecute", "tolerationSeconds": 300])
            }
        }
        return out
    }

    public func prepareForUpdate(_ object: inout JSON, old: JSON) {
        object["status"] = old["status"]
    }

    public func validate(_ object: JSON) -> [FieldError] {
        PodSpecValidation.validate(object["spec"], field: "spec")
    }

    /// Only images, activeDeadlineSeconds, added tolerations and a negative grace period set to 1 may change.
    public func validateUpdate(_ object: JSON, old: JSON) -> [FieldError] {
        var errs: [FieldError] = []
        guard var newSpec = object["spec"], let oldSpec = old["spec"] else { return errs }
        if let oldADS = oldSpec["activeDeadlineSeconds"]?.intValue {
            if let newADS = newSpec["activeDeadlineSeconds"]?.intValue {
                if newADS > oldADS {
                    errs.append(ValidationSupport.invalidInt("spec.activeDeadlineSeconds", newADS, "must be less than or equal to previous value"))
                }
            } else {
                errs.append(FieldError(.invalid, "spec.activeDeadlineSeconds", value: "null", "must not update from a positive integer to nil value"))
            }
        }
        // Copy the mutable fields from old to new, then require the rest to be equal.
        for key in ["containers", "initContainers"] {
            guard var list = newSpec[key]?.arrayValue, let oldList = oldSpec[key]?.arrayValue, list.count == oldList.count else { continue }
            for i in list.indices { list[i]["image"] = oldList[i]["image"] }
            newSpec[key] = .array(list)
        }
        newSpec["activeDeadlineSeconds"] = oldSpec["activeDeadlineSeconds"]
        if let oldTG = oldSpec["terminationGracePeriodSeconds"]?.intValue, oldTG < 0,
           newSpec["terminationGracePeriodSeconds"]?.intValue == 1 {
            newSpec["terminationGracePeriodSeconds"] = oldSpec["terminationGracePeriodSeconds"]
        }
        let oldTolerations = oldSpec["tolerations"]?.arrayValue ?? []
        let newTolerations = newSpec["tolerations"]?.arrayValue ?? []
        if oldTolerations.allSatisfy({ newTolerations.contains($0) }) {
            newSpec["tolerations"] = oldSpec["tolerations"]
        }
        if newSpec != oldSpec {
            errs.append(FieldError(.forbidden, "spec", Self.updateForbiddenMessage))
        }
        return errs
    }
}

extension PodStrategy {
    /// Upstream's pod `CheckGracefulDelete`: the requested period, else `spec.terminationGracePeriodSeconds`
    /// (defaulted to 30 on create), else 0; 0 for a pod no node runs (no `spec.nodeName`) or one that
    /// already ended (`Failed`, `Succeeded`); a negative period becomes 1.
    public func gracefulDeletionPeriod(_ object: JSON, requested: Int64?) -> Int64? {
        var period = requested ?? object[path: ["spec", "terminationGracePeriodSeconds"]]?.intValue ?? 0
        if (object[path: ["spec", "nodeName"]]?.stringValue ?? "").isEmpty { period = 0 }
        let phase = object[path: ["status", "phase"]]?.stringValue
        if phase == "Failed" || phase == "Succeeded" { period = 0 }
        return period < 0 ? 1 : period
    }

    /// Upstream `ToSelectableFields` for pods.
    public var selectableFields: [SelectableField] {
        [
            .string("spec.nodeName"), .string("spec.restartPolicy"), .string("spec.schedulerName"),
            .string("spec.serviceAccountName"), .bool("spec.hostNetwork"), .string("status.phase"),
            // Upstream selects on the first of status.podIPs.
            SelectableField("status.podIP", reads: [["status", "podIPs", "ip"], ["status", "podIP"]]) { pod in
                pod[path: ["status", "podIPs"]]?[0]?["ip"]?.stringValue ?? pod[path: ["status", "podIP"]]?.stringValue ?? ""
            },
            .string("status.nominatedNodeName"),
        ]
    }

    /// The stored fields, plus `spec.host`: old v1 clients' name for `spec.nodeName`.
    public func fieldLabels(for served: ResourceInfo) -> [String: String] {
        var labels = SelectableField.identityLabels(selectableFields, served: served)
        labels["spec.host"] = "spec.nodeName"
        return labels
    }
}
