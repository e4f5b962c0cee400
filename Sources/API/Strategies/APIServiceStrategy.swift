import JSON

/// `apiregistration.k8s.io` APIServices, after kube-aggregator's strategy and validation: the name is a
/// path segment that must read `spec.version + "." + spec.group` (so the core group's is `v1.`), a
/// service reference's port defaults to 443, and `status` belongs to the status subresource (kept on
/// updates of the main resource; a create keeps the status it brings, as the seed writes them).
public struct APIServiceStrategy: KindStrategy {
    public init() {}

    public var hasStatusSubresource: Bool { true }

    /// Upstream's `SetDefaults_ServiceReference`: port 443.
    public func applyDefaults(_ object: inout JSON) {
        guard let ref = object[path: ["spec", "service"]], case .object = ref, ref["port"] == nil else { return }
        object[path: ["spec", "service", "port"]] = 443
    }

    public func prepareForUpdate(_ object: inout JSON, old: JSON) {
        object["status"] = old["status"]
    }

    public func validateName(_ name: String) -> [String] { NameValidation.pathSegmentName(name) }

    public func validate(_ object: JSON) -> [FieldError] {
        let name = object.name ?? ""
        let required = (object[path: ["spec", "version"]]?.stringValue ?? "") + "." + (object[path: ["spec", "group"]]?.stringValue ?? "")
        guard NameValidation.pathSegmentName(name).isEmpty, name != required else { return [] }
        return [FieldError(.invalid, "metadata.name", value: "\"\(name)\"", "must be `spec.version+\".\"+spec.group`: \"\(required)\"")]
    }
}
