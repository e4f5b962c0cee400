import JSON

/// Per-kind rules applied by the Registry on every write, mirroring upstream's REST strategies
/// (`PrepareForCreate`, `PrepareForUpdate`, defaulting, `Validate`, `ValidateUpdate`).
/// Every method works on the whole object as JSON; none does I/O.
public protocol KindStrategy: Sendable {
    /// Fills defaults, as upstream's `SetDefaults_*` for the served version.
    func applyDefaults(_ object: inout JSON)
    /// Clears what a create may not set (e.g. `status` for kinds with a status subresource).
    func prepareForCreate(_ object: inout JSON)
    /// Carries over what an update of the main resource may not change (e.g. `status`).
    func prepareForUpdate(_ object: inout JSON, old: JSON)
    /// Validates a new object (metadata is validated by the Registry; this is the kind's own rules).
    func validate(_ object: JSON) -> [FieldError]
    /// Validates an update (immutable fields and the like) in addition to `validate`.
    func validateUpdate(_ object: JSON, old: JSON) -> [FieldError]
    /// Validates the object name for this kind (most kinds: DNS-1123 subdomain).
    func validateName(_ name: String) -> [String]
    /// Whether `object` differs from `old` in what bumps `metadata.generation` (the spec, usually).
    func specChanged(_ object: JSON, old: JSON) -> Bool
}

extension KindStrategy {
    public func applyDefaults(_ object: inout JSON) {}
    public func prepareForCreate(_ object: inout JSON) {}
    public func prepareForUpdate(_ object: inout JSON, old: JSON) {}
    public func validate(_ object: JSON) -> [FieldError] { [] }
    public func validateUpdate(_ object: JSON, old: JSON) -> [FieldError] { [] }
    public func validateName(_ name: String) -> [String] { NameValidation.dns1123Subdomain(name) }
    public func specChanged(_ object: JSON, old: JSON) -> Bool { object["spec"] != old["spec"] }
}

/// The strategy for kinds with no rules of their own.
public struct DefaultStrategy: KindStrategy {
    public init() {}
}
