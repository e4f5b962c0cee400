import API
import Foundation
import JSON

/// A Deployment (apps/v1) as its controller reads it; the object stays JSON, fields are read through.
struct DeploymentView: Sendable {
    /// The whole object, as last read or written.
    var object: JSON

    init(_ object: JSON) { self.object = object }

    var name: String { object.name ?? "" }
    var namespace: String { object.namespace ?? "default" }
    var uid: String { object.uid ?? "" }
    /// `spec.replicas` (API default 1).
    var replicas: Int { Int(object[path: ["spec", "replicas"]]?.intValue ?? 1) }
    var strategy: RolloutStrategy { RolloutStrategy(object[path: ["spec", "strategy"]]) }
    var paused: Bool { object[path: ["spec", "paused"]]?.boolValue ?? false }
    var minReadySeconds: Int { Int(object[path: ["spec", "minReadySeconds"]]?.intValue ?? 0) }
    /// `spec.revisionHistoryLimit`; nil when unset (upstream keeps everything then).
    var revisionHistoryLimit: Int? { object[path: ["spec", "revisionHistoryLimit"]]?.intValue.map { Int($0) } }
    /// `spec.progressDeadlineSeconds` when it sets a deadline (upstream `HasProgressDeadline`: set and
    /// not MaxInt32).
    var progressDeadlineSeconds: Int? {
        guard let s = object[path: ["spec", "progressDeadlineSeconds"]]?.intValue, s != Int64(Int32.max) else { return nil }
        return Int(s)
    }
    var selector: JSON { object[path: ["spec", "selector"]] ?? .null }
    var template: JSON { object[path: ["spec", "template"]] ?? .null }
    var generation: Int64 { object.generation }
    var annotations: [String: String] { object.annotations }
    /// The stored status.
    var status: DeploymentStatus { DeploymentStatus(object["status"]) }

    var maxSurge: Int { RolloutMath.maxSurge(strategy, replicas: replicas) }
    var maxUnavailable: Int { RolloutMath.maxUnavailable(strategy, replicas: replicas) }

    /// The reference a ReplicaSet it controls carries.
    var controllerRef: OwnerReference {
        OwnerReference(apiVersion: "apps/v1", kind: "Deployment", name: name, uid: uid, controller: true,
                       blockOwnerDeletion: true)
    }
}

/// A ReplicaSet as the Deployment controller reads it.
struct OwnedReplicaSet: Sendable {
    /// The whole object, as last read or written.
    var object: JSON

    init(_ object: JSON) { self.object = object }

    var name: String { object.name ?? "" }
    var uid: String { object.uid ?? "" }
    /// `spec.replicas` (API default 1).
    var replicas: Int { Int(object[path: ["spec", "replicas"]]?.intValue ?? 1) }
    var statusReplicas: Int { status("replicas") }
    var readyReplicas: Int { status("readyReplicas") }
    var availableReplicas: Int { status("availableReplicas") }
    var observedGeneration: Int64 { object[path: ["status", "observedGeneration"]]?.intValue ?? 0 }
    var generation: Int64 { object.generation }
    var created: Date? { object.creationTimestamp.flatMap(ObjectMeta.parseTimestamp) }
    var annotations: [String: String] { object.annotations }
    var template: JSON? { object[path: ["spec", "template"]] }
    var minReadySeconds: Int { Int(object[path: ["spec", "minReadySeconds"]]?.intValue ?? 0) }
    var isBeingDeleted: Bool { object.isBeingDeleted }
    /// Upstream `FilterActiveReplicaSets`: a set that should have Pods.
    var isActive: Bool { replicas > 0 }
    /// The `deployment.kubernetes.io/revision` annotation; 0 when missing or not a number.
    var revision: Int64 { annotations[DeploymentAnnotations.revision].flatMap { Int64($0) } ?? 0 }
    var desiredReplicasAnnotation: Int? { annotations[DeploymentAnnotations.desiredReplicas].flatMap { Int32($0) }.map { Int($0) } }
    var maxReplicasAnnotation: Int? { annotations[DeploymentAnnotations.maxReplicas].flatMap { Int32($0) }.map { Int($0) } }
    /// The set's `ReplicaFailure` conditions.
    var replicaFailures: [JSON] {
        (object[path: ["status", "conditions"]]?.arrayValue ?? []).filter { $0["type"]?.stringValue == "ReplicaFailure" }
    }

    private func status(_ field: String) -> Int { Int(object[path: ["status", field]]?.intValue ?? 0) }

    /// Oldest first, then by name (`ReplicaSetsByCreationTimestamp`).
    static func oldestFirst(_ a: OwnedReplicaSet, _ b: OwnedReplicaSet) -> Bool {
        ReplicaSetOrder.createdBefore((a.created, a.name), (b.created, b.name))
    }

    /// Lowest revision first, then oldest (`ReplicaSetsByRevision`).
    static func byRevision(_ a: OwnedReplicaSet, _ b: OwnedReplicaSet) -> Bool {
        a.revision == b.revision ? oldestFirst(a, b) : a.revision < b.revision
    }
}

extension Array where Element == OwnedReplicaSet {
    /// Σ `spec.replicas` (`GetReplicaCountForReplicaSets`).
    var specReplicas: Int { reduce(0) { $0 + $1.replicas } }
    /// Σ `status.replicas` (`GetActualReplicaCountForReplicaSets`).
    var statusReplicas: Int { reduce(0) { $0 + $1.statusReplicas } }
    /// Σ `status.readyReplicas`.
    var readyReplicas: Int { reduce(0) { $0 + $1.readyReplicas } }
    /// Σ `status.availableReplicas`.
    var availableReplicas: Int { reduce(0) { $0 + $1.availableReplicas } }
}
