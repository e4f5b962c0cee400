import API
import JSON

/// What the garbage collector knows an object, or an owner it has only heard of, by (upstream
/// `objectReference`: the owner-reference coordinates plus the namespace).
struct NodeIdentity: Hashable, Sendable, CustomStringConvertible {
    var apiVersion: String
    var kind: String
    /// The namespace; nil for cluster-scoped objects. A virtual node takes its first dependent's namespace
    /// (upstream does the same: the kind's scope is only known when the owner is looked up).
    var namespace: String?
    var name: String
    var uid: String

    init(apiVersion: String, kind: String, namespace: String?, name: String, uid: String) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.namespace = namespace.flatMap { $0.isEmpty ? nil : $0 }
        self.name = name
        self.uid = uid
    }

    /// The owner `ref` names, seen from a dependent in `namespace`.
    init(_ ref: OwnerReference, namespace: String?) {
        self.init(apiVersion: ref.apiVersion, kind: ref.kind, namespace: namespace, name: ref.name, uid: ref.uid)
    }

    /// The API group of `apiVersion` ("" for core).
    var group: String { Self.group(of: apiVersion) }

    /// Whether a dependent in `namespace` names this object with `ref` (upstream
    /// `ownerReferenceMatchesCoordinates`, plus its namespace check in `addDependentToOwners`). The
    /// version is not compared: one object is served in several versions (autoscaling/v1 and v2).
    func matches(_ ref: OwnerReference, from namespace: String?) -> Bool {
        ref.uid == uid && ref.name == name && ref.kind == kind && Self.group(of: ref.apiVersion) == group
            && (self.namespace == nil || self.namespace == namespace.flatMap { $0.isEmpty ? nil : $0 })
    }

    static func group(of apiVersion: String) -> String {
        guard let slash = apiVersion.firstIndex(of: "/") else { return "" }
        return String(apiVersion[..<slash])
    }

    var description: String {
        "[\(apiVersion)/\(kind), namespace: \(namespace ?? ""), name: \(name), uid: \(uid)]"
    }
}

/// One vertex of the dependency graph (upstream `node`): only what deciding needs, never the object.
struct GraphNode: Sendable, Equatable {
    var identity: NodeIdentity
    /// The object's ownerReferences as last observed.
    var owners: [OwnerReference]
    /// UIDs of the objects whose ownerReferences name this one.
    var dependents: Set<String> = []
    /// False for a virtual node: an owner named by some dependent but not (yet) seen by an informer.
    var observed: Bool
    /// Whether a deletionTimestamp was seen (one way, as upstream's `markBeingDeleted`).
    var beingDeleted = false
    /// Being deleted with the `foregroundDeletion` finalizer: waiting for its dependents to go.
    var deletingDependents = false
    /// Being deleted with the `orphan` finalizer: its dependents are to be released.
    var orphaning = false

    /// The reference this node's object holds to `owner`, if any.
    func reference(to owner: String) -> OwnerReference? { owners.first { $0.uid == owner } }
}

/// What an informer event tells the graph about one object.
struct ObservedObject: Sendable, Equatable {
    var identity: NodeIdentity
    var owners: [OwnerReference]
    var beingDeleted: Bool
    var deletingDependents: Bool
    var orphaning: Bool

    /// The summary of `object`, stored as `resource`; nil without a name or UID.
    init?(_ object: JSON, resource: ResourceInfo) {
        guard let name = object.name, let uid = object.uid, !uid.isEmpty else { return nil }
        identity = NodeIdentity(apiVersion: resource.groupVersion, kind: resource.kind, namespace: object.namespace,
                                name: name, uid: uid)
        owners = object.ownerReferences
        beingDeleted = object.isBeingDeleted
        let finalizers = object.finalizers
        deletingDependents = beingDeleted && finalizers.contains(GarbageCollector.foregroundFinalizer)
        orphaning = beingDeleted && finalizers.contains(GarbageCollector.orphanFinalizer)
    }

    init(identity: NodeIdentity, owners: [OwnerReference], beingDeleted: Bool = false,
         deletingDependents: Bool = false, orphaning: Bool = false) {
        self.identity = identity
        self.owners = owners
        self.beingDeleted = beingDeleted
        self.deletingDependents = deletingDependents
        self.orphaning = orphaning
    }
}
