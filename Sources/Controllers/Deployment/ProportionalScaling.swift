import Foundation

/// How a Deployment resized during a rollout spreads the change over its active ReplicaSets (upstream
/// `DeploymentController.scale` with `GetProportion` and `getReplicaSetFraction`): each set keeps its
/// share of the `replicas + maxSurge` it was sized for (its `max-replicas` annotation), so neither the
/// new nor the old template gains ground just because the Deployment was scaled.
enum ProportionalScaling {
    /// One active ReplicaSet.
    struct Member: Equatable, Sendable {
        var name: String
        var replicas: Int
        var created: Date?
        /// The `deployment.kubernetes.io/max-replicas` annotation, when it parses.
        var maxReplicas: Int?
    }

    /// The new size of every member, in the order upstream visits them: larger sets first; among equal
    /// sizes newer first when growing, older first when shrinking. What the rounding leaves over goes
    /// to the first (floored at 0).
    static func sizes(_ members: [Member], replicas: Int, maxSurge: Int, statusReplicas: Int) -> [(name: String, replicas: Int)] {
        let allowed = replicas > 0 ? replicas + maxSurge : 0
        let toAdd = allowed - members.reduce(0) { $0 + $1.replicas }
        let ordered: [Member]
        if toAdd > 0 {
            ordered = members.sorted { a, b in
                a.replicas != b.replicas ? a.replicas > b.replicas
                    : ReplicaSetOrder.createdBefore((b.created, b.name), (a.created, a.name))
            }
        } else if toAdd < 0 {
            ordered = members.sorted { a, b in
                a.replicas != b.replicas ? a.replicas > b.replicas
                    : ReplicaSetOrder.createdBefore((a.created, a.name), (b.created, b.name))
            }
        } else {
            ordered = members
        }
        var added = 0
        var sizes: [Int] = []
        for m in ordered {
            guard toAdd != 0 else {
                sizes.append(m.replicas)
                continue
            }
            let p = proportion(m, replicas: replicas, maxSurge: maxSurge, statusReplicas: statusReplicas,
                               toAdd: toAdd, added: added)
            sizes.append(m.replicas + p)
            added += p
        }
        if toAdd != 0, !sizes.isEmpty { sizes[0] = max(0, sizes[0] + toAdd - added) }
        return zip(ordered, sizes).map { ($0.name, $1) }
    }

    /// `GetProportion`: the member's fraction, capped by what is left to add (or remove).
    static func proportion(_ m: Member, replicas: Int, maxSurge: Int, statusReplicas: Int, toAdd: Int, added: Int) -> Int {
        guard m.replicas != 0, toAdd != 0, toAdd != added else { return 0 }
        let f = fraction(m, replicas: replicas, maxSurge: maxSurge, statusReplicas: statusReplicas)
        let left = toAdd - added
        return toAdd > 0 ? min(f, left) : max(f, left)
    }

    /// `getReplicaSetFraction`: `round(size × (replicas + maxSurge) / max-replicas) − size`; the whole
    /// set when scaling to zero; the Deployment's `status.replicas` stands in for a missing annotation.
    static func fraction(_ m: Member, replicas: Int, maxSurge: Int, statusReplicas: Int) -> Int {
        if replicas == 0 { return -m.replicas }
        let before = m.maxReplicas ?? statusReplicas
        guard before > 0 else { return 0 }
        let size = (Double(m.replicas) * Double(replicas + maxSurge) / Double(before)).rounded()
        return Int(size) - m.replicas
    }
}

/// Upstream's ReplicaSet orderings (`controller.ReplicaSetsByCreationTimestamp`): older first, then by
/// name. Creation times have whole seconds, so the name often decides.
enum ReplicaSetOrder {
    /// Whether `a` sorts before `b` oldest-first.
    static func createdBefore(_ a: (created: Date?, name: String), _ b: (created: Date?, name: String)) -> Bool {
        let ta = a.created ?? .distantPast, tb = b.created ?? .distantPast
        if ta == tb { return a.name < b.name }
        return ta < tb
    }
}
