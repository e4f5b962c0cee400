import JSON

/// Everything kind-specific the Registry applies, reached through one value per kind and registered once
/// (`Strategies`), after upstream's REST strategies: write rules (`PrepareForCreate`, `PrepareForUpdate`,
/// defaulting, `Validate`, `ValidateUpdate`), whether the kind has a status subresource and tracks
/// `metadata.generation`, deletion (`CheckGracefulDelete`, `DefaultGarbageCollectionPolicy`, what still
/// holds a deleted object), side effects around the store write (`BeginCreate`, `AfterDelete`), conversion
/// between served versions, and the fields a field selector can name (`GetAttrs`).
/// Every method works on the whole object as JSON; none does I/O beyond the allocators it is handed and the
/// read-only `AdmissionLookup` that `admit` (upstream's admission plugins that read other objects) gets.
public protocol KindStrategy: Sendable {
    /// Fills defaults, as upstream's `SetDefaults_*` for the served version.
    func applyDefaults(_ object: inout JSON)
    /// Clears what a create may not set (e.g. `status` for kinds with a status subresource).
    func prepareForCreate(_ object: inout JSON)
    /// Carries over what an update of the main resource may not change (e.g. `status`).
    func prepareForUpdate(_ object: inout JSON, old: JSON)
    /// Upstream's admission plugins for the kind that read other objects (for Pods: ServiceAccount, Priority):
    /// mutates `object` or throws the Status that rejects the write. The one hook here that may read the
    /// cluster, and only through `lookup`. On create it runs after defaulting and NamespaceLifecycle, before
    /// `prepareForCreate` and validation (upstream's mutating admission runs before `BeforeCreate`); on an
    /// update of the main resource, after defaulting and before `prepareForUpdate`.
    func admit(_ object: inout JSON, _ attributes: AdmissionAttributes, lookup: AdmissionLookup) throws(APIError)
    /// Validates a new object (metadata is validated by the Registry; this is the kind's own rules).
    func validate(_ object: JSON) -> [FieldError]
    /// Validates an update (immutable fields and the like) in addition to `validate`.
    func validateUpdate(_ object: JSON, old: JSON) -> [FieldError]
    /// Validates the object name for this kind (most kinds: DNS-1123 subdomain).
    func validateName(_ name: String) -> [String]
    /// Whether `object` differs from `old` in what bumps `metadata.generation` (the spec, usually).
    func specChanged(_ object: JSON, old: JSON) -> Bool

    /// Whether `status` belongs to a status subresource. Discovery lists `status` for exactly these kinds
    /// (`ResourceRegistry`'s table adds it from here, so the two cannot disagree).
    var hasStatusSubresource: Bool { get }
    /// Whether `metadata.generation` starts at 1 and grows with every spec change (the upstream strategies
    /// that set `Generation` in `PrepareForCreate` and bump it in `PrepareForUpdate`).
    var tracksGeneration: Bool { get }

    /// Upstream `CheckGracefulDelete` (`rest.RESTGracefulDeleteStrategy`): the grace period, in seconds, for
    /// deleting `object` when the client asked for `requested` (nil when it named none). 0 deletes at once.
    /// nil means the kind has no graceful deletion: it is removed at once unless finalizers hold it.
    func gracefulDeletionPeriod(_ object: JSON, requested: Int64?) -> Int64?
    /// Upstream `DefaultGarbageCollectionPolicy`: what a delete without `propagationPolicy` does to dependents,
    /// or `unsupported` when the garbage collector never looks at the kind.
    var garbageCollectionPolicy: GarbageCollectionPolicy { get }
    /// Whether something still holds a deleted object in storage: `metadata.finalizers` for every kind;
    /// Namespaces also wait for `spec.finalizers`.
    func finalizationPending(_ object: JSON) -> Bool
    /// Changes a delete makes when it first marks an object that finalizers hold (a Namespace's
    /// `status.phase: Terminating`).
    func prepareForDeletion(_ object: inout JSON)

    /// Upstream `BeginCreate`: claims what a new object needs from the cluster's allocators (a Service's
    /// cluster IP and node ports) and writes it into `object`; the claim is given back if the write fails.
    func beginCreate(_ object: inout JSON, resource: ResourceInfo, allocators: Allocators) throws(APIError) -> Claim
    /// Upstream `AfterDelete`: gives back what a removed object held.
    func afterDelete(_ object: JSON, allocators: Allocators)
    /// Whether stored objects of this kind hold allocations, which `restoreClaims` marks at start-up.
    var claimsAllocations: Bool { get }
    /// Marks what a stored object holds, when the Registry opens over an existing store.
    func restoreClaims(_ object: JSON, allocators: Allocators)

    /// An object of the served version `served` turned into the stored shape (called only when the two
    /// differ, e.g. autoscaling/v1 HPAs, events.k8s.io Events).
    func convertToStorage(_ object: JSON, from served: ResourceInfo) -> JSON
    /// A stored object turned into the served version `served` (called only when the two differ).
    func convertFromStorage(_ object: JSON, to served: ResourceInfo) -> JSON

    /// The fields a field selector may name beyond `metadata.name` and `metadata.namespace`, read from the
    /// stored object (upstream `GetAttrs` / `ToSelectableFields`); empty when the kind has only those.
    var selectableFields: [SelectableField] { get }
    /// The field labels the served version `served` accepts, each mapped to a selectable field's label
    /// (upstream's field-label conversion function for that version).
    func fieldLabels(for served: ResourceInfo) -> [String: String]
}

extension KindStrategy {
    public func applyDefaults(_ object: inout JSON) {}
    public func prepareForCreate(_ object: inout JSON) {}
    public func prepareForUpdate(_ object: inout JSON, old: JSON) {}
    public func admit(_ object: inout JSON, _ attributes: AdmissionAttributes, lookup: AdmissionLookup) throws(APIError) {}
    public func validate(_ object: JSON) -> [FieldError] { [] }
    public func validateUpdate(_ object: JSON, old: JSON) -> [FieldError] { [] }
    public func validateName(_ name: String) -> [String] { NameValidation.dns1123Subdomain(name) }
    public func specChanged(_ object: JSON, old: JSON) -> Bool { object["spec"] != old["spec"] }

    public var hasStatusSubresource: Bool { false }
    public var tracksGeneration: Bool { false }

    public func gracefulDeletionPeriod(_ object: JSON, requested: Int64?) -> Int64? { nil }
    /// Upstream's strategies for served versions default to deleting dependents in the background.
    public var garbageCollectionPolicy: GarbageCollectionPolicy { .deleteDependents }
    public func finalizationPending(_ object: JSON) -> Bool { !object.finalizers.isEmpty }
    public func prepareForDeletion(_ object: inout JSON) {}

    public func beginCreate(_ object: inout JSON, resource: ResourceInfo, allocators: Allocators) throws(APIError) -> Claim {
        .nothing
    }
    public func afterDelete(_ object: JSON, allocators: Allocators) {}
    public var claimsAllocations: Bool { false }
    public func restoreClaims(_ object: JSON, allocators: Allocators) {}

    public func convertToStorage(_ object: JSON, from served: ResourceInfo) -> JSON { object }
    public func convertFromStorage(_ object: JSON, to served: ResourceInfo) -> JSON { object }

    public var selectableFields: [SelectableField] { [] }
    public func fieldLabels(for served: ResourceInfo) -> [String: String] {
        SelectableField.identityLabels(selectableFields, served: served)
    }
}

/// Upstream `rest.GarbageCollectionPolicy`: what deleting an object without a `propagationPolicy` does to
/// the objects it owns.
public enum GarbageCollectionPolicy: Sendable {
    /// Dependents are deleted (in the background unless the client asks for foreground).
    case deleteDependents
    /// Dependents are orphaned: the delete adds the `orphan` finalizer.
    case orphanDependents
    /// The garbage collector ignores the kind: no `orphan` or `foregroundDeletion` finalizer is ever added.
    case unsupported
}

/// The allocators kind hooks claim from (upstream's service IP and node-port allocators), owned by the Registry.
public struct Allocators: Sendable {
    /// Cluster IPs handed to Services.
    public let clusterIPs: ClusterIPAllocator
    /// Node ports handed to NodePort and LoadBalancer Services.
    public let nodePorts: NodePortAllocator

    /// Fresh allocators over the default ranges.
    public init(clusterIPs: ClusterIPAllocator = ClusterIPAllocator(), nodePorts: NodePortAllocator = NodePortAllocator()) {
        self.clusterIPs = clusterIPs
        self.nodePorts = nodePorts
    }
}

/// What a `beginCreate` claimed: `release` gives it back when the write does not happen (upstream's
/// `FinishFunc` called with success false).
public struct Claim: Sendable {
    /// Gives the claim back.
    public let release: @Sendable () -> Void

    /// A claim released by `release`.
    public init(release: @escaping @Sendable () -> Void) { self.release = release }

    /// Nothing claimed.
    public static let nothing = Claim {}
}

/// The strategy for kinds with no rules of their own.
public struct DefaultStrategy: KindStrategy {
    public init() {}
}
