import JSON

/// A kind with no rules of its own beyond its name rule and, when it has a status subresource, keeping `status`
/// on updates of the main resource (upstream's generic strategies do both).
public struct GenericStrategy: KindStrategy {
    /// The kind's name rule.
    public let nameValidator: @Sendable (String) -> [String]
    /// Whether `status` belongs to a status subresource (kept on update). A create keeps the client's status:
    /// the seed and simulated nodes create Nodes and APIServices with one, as kubelet does for Nodes.
    public let hasStatus: Bool

    /// A strategy with this name rule and status handling.
    public init(nameValidator: @escaping @Sendable (String) -> [String] = NameValidation.dns1123Subdomain, hasStatus: Bool = false) {
        self.nameValidator = nameValidator
        self.hasStatus = hasStatus
    }

    public func validateName(_ name: String) -> [String] { nameValidator(name) }

    public func prepareForUpdate(_ object: inout JSON, old: JSON) {
        if hasStatus { object["status"] = old["status"] }
    }
}
