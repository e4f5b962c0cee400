import JSON

/// Namespaces (core/v1): DNS-1123 label names, the `kubernetes.io/metadata.name` label (upstream
/// `SetDefaults_Namespace`), `spec.finalizers: [kubernetes]` and `status.phase: Active` on create.
public struct NamespaceStrategy: KindStrategy {
    public init() {}

    public var hasStatusSubresource: Bool { true }
    /// Upstream `NamespaceToSelectableFields` (a namespace selects on its name, not a namespace).
    public var selectableFields: [SelectableField] { [.string("status.phase")] }

    public func validateName(_ name: String) -> [String] { NameValidation.dns1123Label(name) }

    public func applyDefaults(_ object: inout JSON) {
        if let name = object[path: ["metadata", "name"]]?.stringValue, !name.isEmpty {
            object[path: ["metadata", "labels", "kubernetes.io/metadata.name"]] = .string(name)
        }
    }

    public func prepareForCreate(_ object: inout JSON) {
        var finalizers = object[path: ["spec", "finalizers"]]?.arrayValue ?? []
        if !finalizers.contains("kubernetes") { finalizers.append("kubernetes") }
        object[path: ["spec", "finalizers"]] = .array(finalizers)
        object["status"] = ["phase": "Active"]
    }

    /// Upstream keeps spec.finalizers (changed only via /finalize) and status on a plain update.
    public func prepareForUpdate(_ object: inout JSON, old: JSON) {
        object["spec"] = old["spec"]
        object["status"] = old["status"]
    }

    public func validate(_ object: JSON) -> [FieldError] {
        var errs: [FieldError] = []
        for (i, f) in (object[path: ["spec", "finalizers"]]?.arrayValue ?? []).enumerated() {
            let value = f.stringValue ?? ""
            for msg in LabelValidation.qualifiedName(value) { errs.append(ValidationSupport.invalid("spec.finalizers[\(i)]", value, msg)) }
        }
        return errs
    }

    public func specChanged(_ object: JSON, old: JSON) -> Bool { false }
}

extension NamespaceStrategy {
    /// A namespace also waits for its `spec.finalizers` (the namespace controller's `kubernetes`), as
    /// upstream's namespace storage does before the final delete.
    public func finalizationPending(_ object: JSON) -> Bool {
        !object.finalizers.isEmpty || !(object[path: ["spec", "finalizers"]]?.arrayValue ?? []).isEmpty
    }

    /// The first delete of a namespace switches it to `Terminating` (upstream namespace storage `Delete`).
    public func prepareForDeletion(_ object: inout JSON) {
        object[path: ["status", "phase"]] = .string(Self.terminating)
    }

    /// The phase of a namespace being deleted.
    static let terminating = "Terminating"
}
