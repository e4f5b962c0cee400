import JSON

/// ReplicaSets (apps/v1): replicas default 1, template defaults, selector/template rules, immutable selector.
public struct ReplicaSetStrategy: KindStrategy {
    public init() {}

    public var hasStatusSubresource: Bool { true }
    public var tracksGeneration: Bool { true }
    /// Upstream `ReplicaSetToSelectableFields`.
    public var selectableFields: [SelectableField] { [.int("status.replicas")] }

    public func applyDefaults(_ object: inout JSON) {
        WorkloadRules.defaultSpec(&object, "replicas", 1)
        WorkloadRules.defaultTemplate(&object)
    }

    public func prepareForCreate(_ object: inout JSON) {
        object["status"] = ["replicas": 0]
    }

    public func prepareForUpdate(_ object: inout JSON, old: JSON) {
        object["status"] = old["status"]
    }

    public func validate(_ object: JSON) -> [FieldError] {
        // Upstream reuses the deployment wording for an empty ReplicaSet selector.
        WorkloadRules.validateSelectorAndTemplate(object, selectorWord: "deployment", templateOwner: "ReplicaSet")
    }

    public func validateUpdate(_ object: JSON, old: JSON) -> [FieldError] {
        WorkloadRules.validateSelectorImmutable(object, old: old)
    }
}
