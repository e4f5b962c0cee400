import Foundation
import JSON

/// An `IntOrString` field holding a count or a percentage (`maxSurge`, `maxUnavailable`).
enum IntOrPercent: Equatable, Sendable {
    case count(Int)
    case percent(Int)

    /// Reads `3` or `"25%"`; nil for anything else. (Validation rejects a string without `%`; one that
    /// got through anyway is read as the count it spells.)
    init?(_ json: JSON?) {
        switch json {
        case .int(let i)?:
            self = .count(Int(i))
        case .string(let s)? where s.hasSuffix("%"):
            guard let p = Int(s.dropLast()) else { return nil }
            self = .percent(p)
        case .string(let s)?:
            guard let i = Int(s) else { return nil }
            self = .count(i)
        default:
            return nil
        }
    }

    /// intstr's `GetScaledValueFromIntOrPercent`: a percentage of `total`, rounded up or down.
    func scaled(total: Int, roundUp: Bool) -> Int {
        switch self {
        case .count(let c):
            return c
        case .percent(let p):
            let exact = Double(p) * Double(total) / 100
            return Int(roundUp ? exact.rounded(.up) : exact.rounded(.down))
        }
    }
}

/// A Deployment's `spec.strategy`.
enum RolloutStrategy: Equatable, Sendable {
    case recreate
    case rollingUpdate(maxSurge: IntOrPercent, maxUnavailable: IntOrPercent)

    /// Reads `spec.strategy` (defaults as the API applies them: RollingUpdate, 25% and 25%).
    init(_ json: JSON?) {
        if json?["type"]?.stringValue == "Recreate" {
            self = .recreate
            return
        }
        let rolling = json?["rollingUpdate"]
        self = .rollingUpdate(maxSurge: IntOrPercent(rolling?["maxSurge"]) ?? .percent(25),
                              maxUnavailable: IntOrPercent(rolling?["maxUnavailable"]) ?? .percent(25))
    }

    var isRollingUpdate: Bool {
        if case .rollingUpdate = self { return true }
        return false
    }
}

/// The arithmetic of a rollout (upstream `deployment/util`, `rolling.go`, `sync.go`), as pure functions
/// of counts so each rule can be table-tested.
enum RolloutMath {
    /// `ResolveFenceposts`: surge rounds up, unavailable rounds down, and if both come to 0 one Pod may
    /// be unavailable (else a rollout could never move).
    static func fenceposts(maxSurge: IntOrPercent, maxUnavailable: IntOrPercent, replicas: Int) -> (surge: Int, unavailable: Int) {
        let surge = maxSurge.scaled(total: replicas, roundUp: true)
        var unavailable = maxUnavailable.scaled(total: replicas, roundUp: false)
        if surge == 0, unavailable == 0 { unavailable = 1 }
        return (surge, unavailable)
    }

    /// `MaxSurge`: 0 for Recreate.
    static func maxSurge(_ strategy: RolloutStrategy, replicas: Int) -> Int {
        guard case .rollingUpdate(let s, let u) = strategy else { return 0 }
        return fenceposts(maxSurge: s, maxUnavailable: u, replicas: replicas).surge
    }

    /// `MaxUnavailable`: 0 for Recreate or zero replicas, never more than `replicas`.
    static func maxUnavailable(_ strategy: RolloutStrategy, replicas: Int) -> Int {
        guard case .rollingUpdate(let s, let u) = strategy, replicas > 0 else { return 0 }
        return min(fenceposts(maxSurge: s, maxUnavailable: u, replicas: replicas).unavailable, replicas)
    }

    /// `NewRSNewReplicas`: the size the new ReplicaSet may grow to now. Rolling: up to `replicas +
    /// maxSurge` Pods in all (by spec), never beyond `replicas`; Recreate: `replicas` at once.
    static func newReplicaSetReplicas(_ strategy: RolloutStrategy, replicas: Int, totalSpecReplicas: Int,
                                      newReplicaSetReplicas current: Int) -> Int {
        guard case .rollingUpdate(let s, _) = strategy else { return replicas }
        let maxTotal = replicas + s.scaled(total: replicas, roundUp: true)
        if totalSpecReplicas >= maxTotal { return current }
        return current + max(0, min(maxTotal - totalSpecReplicas, replicas - current))
    }

    /// `reconcileOldReplicaSets`' budget: how many old Pods may go now without breaking
    /// `replicas - maxUnavailable` available, counting the new set's not-yet-available Pods as lost.
    static func maxScaledDown(totalSpecReplicas: Int, replicas: Int, maxUnavailable: Int,
                              newSpecReplicas: Int, newAvailableReplicas: Int) -> Int {
        totalSpecReplicas - (replicas - maxUnavailable) - (newSpecReplicas - newAvailableReplicas)
    }

    /// One old ReplicaSet as the scale-down steps see it.
    struct OldSet: Equatable {
        var specReplicas: Int
        var availableReplicas: Int
    }

    /// `cleanupUnhealthyReplicas`: old sets (oldest first) lose their unavailable Pods, within `budget`.
    /// Returns the new sizes, in order.
    static func unhealthyCleanup(_ old: [OldSet], budget: Int) -> [Int] {
        var removed = 0
        return old.map { rs in
            guard removed < budget, rs.specReplicas > 0, rs.specReplicas != rs.availableReplicas else { return rs.specReplicas }
            let n = max(0, min(budget - removed, rs.specReplicas - rs.availableReplicas))
            removed += n
            return rs.specReplicas - n
        }
    }

    /// `scaleDownOldReplicaSetsForRollingUpdate`: with `availableReplicas` available in all, old sets
    /// (oldest first, by spec size) give up the Pods above `minAvailable`. Returns the new sizes.
    static func availableScaleDown(_ oldSpecReplicas: [Int], availableReplicas: Int, minAvailable: Int) -> [Int] {
        guard availableReplicas > minAvailable else { return oldSpecReplicas }
        let total = availableReplicas - minAvailable
        var removed = 0
        return oldSpecReplicas.map { spec in
            guard removed < total, spec > 0 else { return spec }
            let n = min(spec, total - removed)
            removed += n
            return spec - n
        }
    }
}
