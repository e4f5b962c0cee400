import JSON

/// ReplicationControllers (core/v1), as upstream's `SetDefaults_ReplicationController` and
/// `ValidateReplicationController`: the selector and the object's labels default to the template's
/// labels, replicas to 1; the selector (a plain label map) is required and must match the template.
/// Unlike apps/v1 the selector may change.
public struct ReplicationControllerStrategy: KindStrategy {
    public init() {}

    public var hasStatusSubresource: Bool { true }
    public var tracksGeneration: Bool { true }
    /// upstream `ReplicationControllerToSelectableFields`.
    public var selectableFields: [SelectableField] { [.int("status.replicas")] }

    public func applyDefaults(_ object: inout JSON) {
        if let labels = object[path: ["spec", "template", "metadata", "labels"]], labels.objectValue != nil {
            if object[path: ["spec", "selector"]]?.objectValue?.isEmpty ?? true { object[path: ["spec", "selector"]] = labels }
            if object[path: ["metadata", "labels"]]?.objectValue?.isEmpty ?? true { object[path: ["metadata", "labels"]] = labels }
        }
        WorkloadRules.defaultSpec(&object, "replicas", 1)
        WorkloadRules.defaultTemplate(&object)
    }

    public func prepareForCreate(_ object: inout JSON) {
        object["status"] = ["replicas": 0]
    }

    public func prepareForUpdate(_ object: inout JSON, old: JSON) {
        object["status"] = old["status"]
    }

    /// upstream `ValidateReplicationControllerSpec` and `ValidatePodTemplateSpecForRC`.
    public func validate(_ object: JSON) -> [FieldError] {
        var errs: [FieldError] = []
        let spec = object["spec"]
        errs += ValidationSupport.nonNegative(spec?["minReadySeconds"], "spec.minReadySeconds")
        let selector = spec?["selector"]?.stringMap ?? [:]
        if selector.isEmpty { errs.append(.required("spec.selector")) }
        errs += ValidationSupport.nonNegative(spec?["replicas"], "spec.replicas")
        guard let template = spec?["template"], template.objectValue != nil else {
            errs.append(.required("spec.template"))
            return errs
        }
        let labels = template[path: ["metadata", "labels"]]
        let templateLabels = labels?.stringMap ?? [:]
        if !selector.isEmpty, !selector.allSatisfy({ templateLabels[$0.key] == $0.value }) {
            errs.append(FieldError(.invalid, "spec.template.metadata.labels", value: ValidationSupport.goStringMap(labels),
                                   "`selector` does not match template `labels`"))
        }
        errs += ObjectMetaValidation.validateLabels(labels, field: "spec.template.metadata.labels")
        errs += ObjectMetaValidation.validateAnnotations(template[path: ["metadata", "annotations"]],
                                                         field: "spec.template.metadata.annotations")
        errs += PodSpecValidation.validate(template["spec"], field: "spec.template.spec", allowedRestartPolicies: ["Always"])
        if template[path: ["spec", "activeDeadlineSeconds"]] != nil {
            errs.append(FieldError(.forbidden, "spec.template.spec.activeDeadlineSeconds",
                                   "activeDeadlineSeconds in ReplicationController is not Supported"))
        }
        return errs
    }
}
