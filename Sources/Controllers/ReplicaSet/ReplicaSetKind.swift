import API
import JSON

/// What differs between the two kinds the replica-set controller keeps: apps/v1 `ReplicaSet` and
/// core/v1 `ReplicationController`. Upstream runs one implementation for both too: its
/// `ReplicationManager` is the ReplicaSet controller behind a conversion, with its own kind, event
/// source and queue name (`pkg/controller/replication/replication_controller.go`).
public struct ReplicaSetKind: Sendable {
    /// The API group ("" for core).
    public let group: String
    /// The API version.
    public let version: String
    /// The resource's plural.
    public let plural: String
    /// The kind written into the Pods' controller reference.
    public let kind: String
    /// The event source (`source.component`).
    public let component: String
    /// The work queue's name (logs).
    public let queueName: String
    /// The owner's Pod selector; errors mean an invalid selector (the owner then matches nothing).
    public let selector: @Sendable (JSON) throws(APIError) -> LabelSelector

    /// `apiVersion` of the controller reference ("apps/v1", "v1").
    public var apiVersion: String { group.isEmpty ? version : group + "/" + version }

    /// apps/v1 ReplicaSets: `spec.selector` is a `metav1.LabelSelector` (upstream
    /// `metav1.LabelSelectorAsSelector`: null selects nothing, `{}` everything).
    public static let replicaSet = ReplicaSetKind(
        group: "apps", version: "v1", plural: "replicasets", kind: "ReplicaSet", component: "replicaset-controller",
        queueName: "replicaset",
        selector: { (owner: JSON) throws(APIError) -> LabelSelector in
            try LabelSelector(from: owner[path: ["spec", "selector"]] ?? .null)
        })

    /// core/v1 ReplicationControllers: `spec.selector` is a plain label map (upstream
    /// `labels.Set(rc.Spec.Selector).AsSelectorPreValidated()`). Validation and defaulting never let an
    /// empty one be stored; should one be there anyway it selects nothing here rather than every Pod of
    /// the namespace.
    public static let replicationController = ReplicaSetKind(
        group: "", version: "v1", plural: "replicationcontrollers", kind: "ReplicationController",
        component: "replication-controller", queueName: "replicationmanager",
        selector: { (owner: JSON) throws(APIError) -> LabelSelector in
            guard let map = owner[path: ["spec", "selector"]], map.objectValue?.isEmpty == false else { return .nothing }
            return try LabelSelector(from: ["matchLabels": map])
        })

    /// Whether `ref` points at an object of this kind (upstream `resolveControllerRef` compares the
    /// kind, and the group of the reference's apiVersion).
    func refers(to ref: OwnerReference) -> Bool {
        guard ref.kind == kind else { return false }
        let parts = ref.apiVersion.split(separator: "/", maxSplits: 1)
        let refGroup = parts.count == 2 ? String(parts[0]) : ""
        return refGroup == group
    }

    /// The controller reference Pods of `owner` carry (upstream `metav1.NewControllerRef`).
    func controllerRef(to owner: JSON) -> OwnerReference? {
        guard let name = owner.name, let uid = owner.uid else { return nil }
        return OwnerReference(apiVersion: apiVersion, kind: kind, name: name, uid: uid, controller: true,
                              blockOwnerDeletion: true)
    }
}
