import JSON

/// A kind with no rules of its own beyond a few registered facts: its name rule, whether it has a status
/// subresource (then `status` is kept on updates of the main resource, as upstream's generic strategies do),
/// whether it tracks `metadata.generation`, and its selectable fields.
public struct GenericStrategy: KindStrategy {
    /// The kind's name rule.
    public let nameValidator: @Sendable (String) -> [String]
    /// Whether `status` belongs to a status subresource (kept on update). A create keeps the client's status:
    /// the seed and simulated nodes create Nodes and APIServices with one, as kubelet does for Nodes.
    public let hasStatusSubresource: Bool
    /// Whether `metadata.generation` is set and bumped by spec changes.
    public let tracksGeneration: Bool
    /// Fields a field selector may name beyond the metadata ones.
    public let selectableFields: [SelectableField]

    /// A strategy with this name rule, status handling, generation tracking and selectable fields.
    public init(nameValidator: @escaping @Sendable (String) -> [String] = NameValidation.dns1123Subdomain,
                hasStatus: Bool = false, tracksGeneration: Bool = false, selectableFields: [SelectableField] = []) {
        self.nameValidator = nameValidator
        self.hasStatusSubresource = hasStatus
        self.tracksGeneration = tracksGeneration
        self.selectableFields = selectableFields
    }

    public func validateName(_ name: String) -> [String] { nameValidator(name) }

    public func prepareForUpdate(_ object: inout JSON, old: JSON) {
        if hasStatusSubresource { object["status"] = old["status"] }
    }
}
