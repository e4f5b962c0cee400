import JSON

/// One entry of a Deployment's `status.conditions`.
struct DeploymentCondition: Equatable, Sendable {
    var type: String
    var status: String
    var lastUpdateTime: String
    var lastTransitionTime: String
    var reason: String
    var message: String

    /// A condition that changes now (upstream `NewDeploymentCondition`).
    init(_ type: String, _ status: String, reason: String, message: String, now: String) {
        self.type = type
        self.status = status
        lastUpdateTime = now
        lastTransitionTime = now
        self.reason = reason
        self.message = message
    }

    init(_ json: JSON) {
        func s(_ k: String) -> String { json[k]?.stringValue ?? "" }
        type = s("type")
        status = s("status")
        lastUpdateTime = s("lastUpdateTime")
        lastTransitionTime = s("lastTransitionTime")
        reason = s("reason")
        message = s("message")
    }

    /// The JSON form, fields in upstream's order, empty ones left out.
    var json: JSON {
        var o = JSONObject()
        for (k, v) in [("type", type), ("status", status), ("lastUpdateTime", lastUpdateTime),
                       ("lastTransitionTime", lastTransitionTime), ("reason", reason), ("message", message)] where !v.isEmpty {
            o[k] = .string(v)
        }
        return .object(o)
    }
}

/// A Deployment's `status` (apps/v1 `DeploymentStatus`).
struct DeploymentStatus: Equatable, Sendable {
    var observedGeneration: Int64 = 0
    var replicas = 0
    var updatedReplicas = 0
    var readyReplicas = 0
    var availableReplicas = 0
    var unavailableReplicas = 0
    var conditions: [DeploymentCondition] = []
    var collisionCount: Int?

    init() {}

    /// Reads a stored status (missing numbers are 0, as Go's `omitempty` leaves them out).
    init(_ json: JSON?) {
        func n(_ k: String) -> Int { Int(json?[k]?.intValue ?? 0) }
        observedGeneration = json?["observedGeneration"]?.intValue ?? 0
        replicas = n("replicas")
        updatedReplicas = n("updatedReplicas")
        readyReplicas = n("readyReplicas")
        availableReplicas = n("availableReplicas")
        unavailableReplicas = n("unavailableReplicas")
        conditions = (json?["conditions"]?.arrayValue ?? []).map(DeploymentCondition.init)
        collisionCount = json?["collisionCount"]?.intValue.map { Int($0) }
    }

    /// The JSON form as upstream serializes it: zero counts and empty lists omitted.
    var json: JSON {
        var o = JSONObject()
        if observedGeneration != 0 { o["observedGeneration"] = .int(observedGeneration) }
        for (k, v) in [("replicas", replicas), ("updatedReplicas", updatedReplicas), ("readyReplicas", readyReplicas),
                       ("availableReplicas", availableReplicas), ("unavailableReplicas", unavailableReplicas)] where v != 0 {
            o[k] = .int(Int64(v))
        }
        if !conditions.isEmpty { o["conditions"] = .array(conditions.map(\.json)) }
        if let collisionCount { o["collisionCount"] = .int(Int64(collisionCount)) }
        return .object(o)
    }

    /// The condition of `type` (`GetDeploymentCondition`).
    func condition(_ type: String) -> DeploymentCondition? { conditions.first { $0.type == type } }

    /// `SetDeploymentCondition`: a condition with the same status and reason is left as it is (message
    /// and times too); a new reason with the same status keeps `lastTransitionTime`; the replaced
    /// condition moves to the end.
    mutating func set(_ condition: DeploymentCondition) {
        var c = condition
        if let current = self.condition(c.type) {
            if current.status == c.status, current.reason == c.reason { return }
            if current.status == c.status { c.lastTransitionTime = current.lastTransitionTime }
        }
        conditions.removeAll { $0.type == c.type }
        conditions.append(c)
    }

    /// `RemoveDeploymentCondition`.
    mutating func remove(_ type: String) { conditions.removeAll { $0.type == type } }
}

/// Condition types and reasons (upstream `deployment/util`).
enum DeploymentReason {
    static let available = "Available"
    static let progressing = "Progressing"
    static let replicaFailure = "ReplicaFailure"

    static let minimumReplicasAvailable = "MinimumReplicasAvailable"
    static let minimumReplicasUnavailable = "MinimumReplicasUnavailable"
    static let newReplicaSetCreated = "NewReplicaSetCreated"
    static let foundNewReplicaSet = "FoundNewReplicaSet"
    static let replicaSetUpdated = "ReplicaSetUpdated"
    static let newReplicaSetAvailable = "NewReplicaSetAvailable"
    static let progressDeadlineExceeded = "ProgressDeadlineExceeded"
    static let deploymentPaused = "DeploymentPaused"
    static let deploymentResumed = "DeploymentResumed"
    static let replicaSetCreateError = "ReplicaSetCreateError"
}
