import Foundation
import JSON

/// What one DELETE does to one stored object, decided against its current state: upstream's
/// `rest.BeforeDelete` (graceful deletion through the kind's `CheckGracefulDelete`) and the generic
/// store's `Delete` / `updateForGracefulDeletionAndFinalizers` (garbage-collection finalizers, objects
/// held by finalizers), as one pure function.
enum Deletion: Equatable {
    /// Nothing to write: a graceful deletion is already pending and the request does not shorten it.
    case unchanged(JSON)
    /// The object stays, marked for deletion (`deletionTimestamp`, `deletionGracePeriodSeconds`, finalizers).
    case mark(JSON)
    /// The object goes; this is its last state (the tombstone).
    case remove(JSON)

    /// `metav1.FinalizerOrphanDependents`.
    static let orphanFinalizer = "orphan"
    /// `metav1.FinalizerDeleteDependents`.
    static let foregroundFinalizer = "foregroundDeletion"

    /// The decision for deleting `object` (a kind with `strategy`) with `options` at `now`.
    static func decide(_ object: JSON, strategy: any KindStrategy, options: DeleteOptions, now: Date) -> Deletion {
        var obj = object
        // BeforeDelete: a negative grace period counts as 1 s, in the request and on the object.
        let requested = options.gracePeriodSeconds.map { $0 < 0 ? 1 : $0 }
        let existing = obj.deletionGracePeriodSeconds.map { $0 < 0 ? 1 : $0 }
        var graceful = false
        var period: Int64 = 0
        if let asked = strategy.gracefulDeletionPeriod(obj, requested: requested) {
            if obj.isBeingDeleted {
                // Already deleting gracefully: a request may only shorten the period; with none left (0 or
                // never set) the delete goes ahead as for a kind without graceful deletion.
                if let current = existing, current != 0 {
                    guard let shorter = requested, shorter < current else { return .unchanged(object) }
                    let deadline = obj.deletionTimestamp.map { $0.addingTimeInterval(TimeInterval(shorter - current)) } ?? now
                    obj.setDeletion(deadline, period: shorter)
                    graceful = true
                    period = shorter
                }
            } else {
                // The first graceful delete: the deadline is now + the period, and a tracked generation
                // grows (controllers see that their object is going).
                obj.setDeletion(now.addingTimeInterval(TimeInterval(asked)), period: asked)
                obj.bumpGeneration()
                graceful = true
                period = asked
            }
        }
        // Deletion options decide the garbage-collection finalizers (not once a graceful deletion is pending).
        let finalizers = gcFinalizers(obj.finalizers, policy: strategy.garbageCollectionPolicy, options: options)
        if finalizers != obj.finalizers { obj[path: ["metadata", "finalizers"]] = .array(finalizers.map { .string($0) }) }
        let held = strategy.finalizationPending(obj)
        if !graceful {
            guard held else { return .remove(object) }
            // markAsDeleting: the deadline is now (or an earlier one already set), no grace period left.
            if !obj.isBeingDeleted {
                obj.bumpGeneration()
                strategy.prepareForDeletion(&obj)
            }
            let deadline = obj.deletionTimestamp.map { min($0, now) } ?? now
            obj.setDeletion(deadline, period: 0)
            return obj == object ? .unchanged(object) : .mark(obj)
        }
        if held || period > 0 { return .mark(obj) }
        return .remove(obj)
    }

    /// Upstream `deletionFinalizersForGarbageCollection`: `orphan` when the options (or, without a policy in
    /// the options, the object's finalizers, then the kind's default) say orphan, `foregroundDeletion` when
    /// they say foreground; the list is returned as it was when that changes nothing.
    static func gcFinalizers(_ current: [String], policy: GarbageCollectionPolicy, options: DeleteOptions) -> [String] {
        var orphan = false
        var foreground = false
        if policy != .unsupported {
            if let asked = options.policy {
                orphan = asked == .orphan
                foreground = asked == .foreground
            } else if let first = current.first(where: { $0 == orphanFinalizer || $0 == foregroundFinalizer }) {
                orphan = first == orphanFinalizer
                foreground = first == foregroundFinalizer
            } else {
                orphan = policy == .orphanDependents
            }
        }
        var out = current.filter { $0 != orphanFinalizer && $0 != foregroundFinalizer }
        if orphan { out.append(orphanFinalizer) }
        if foreground { out.append(foregroundFinalizer) }
        return Set(out) == Set(current) ? current : out
    }
}

extension JSON {
    /// `metadata.deletionGracePeriodSeconds`.
    var deletionGracePeriodSeconds: Int64? { self[path: ["metadata", "deletionGracePeriodSeconds"]]?.intValue }

    /// Sets `metadata.deletionTimestamp` and `metadata.deletionGracePeriodSeconds`.
    mutating func setDeletion(_ deadline: Date, period: Int64) {
        self[path: ["metadata", "deletionTimestamp"]] = .string(ObjectMeta.timestamp(deadline))
        self[path: ["metadata", "deletionGracePeriodSeconds"]] = .int(period)
    }

    /// Bumps a set `metadata.generation` (upstream bumps it when deletion starts, if it is above 0).
    mutating func bumpGeneration() {
        if let g = self[path: ["metadata", "generation"]]?.intValue, g > 0 {
            self[path: ["metadata", "generation"]] = .int(g + 1)
        }
    }
}
