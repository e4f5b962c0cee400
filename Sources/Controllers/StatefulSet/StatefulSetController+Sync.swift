import API
import Foundation
import JSON

extension StatefulSetController {
    /// The revisions a pass works with: the one the set's Pods were last fully at, and the one the
    /// current template is.
    struct Revisions {
        var current: JSON
        var update: JSON
        var all: [JSON]
        var collisionCount: Int
    }

    /// One pass over a set (upstream `syncStatefulSet` → `updateStatefulSet`): revisions, then the
    /// Pods (unless the set is being deleted), then status and the history's truncation.
    func sync(_ key: ObjectKey) throws -> ReconcileResult {
        guard let sets, let podClaims, let history, let set = setLister?.get(key), let uid = set.uid,
              let ref = Self.controllerRef(to: set) else { return .done }
        let selector: LabelSelector
        do throws(APIError) {
            selector = try LabelSelector(from: set[path: ["spec", "selector"]] ?? .null)
        } catch {
            // upstream records the error and waits for an update.
            context.log("statefulset \(key): invalid selector: \(error.message)")
            return .done
        }
        let effective = selector.isEverything ? LabelSelector.nothing : selector
        let setName = set.name ?? ""
        _ = try podClaims.claim(set, ref: ref, selector: effective, podClaims.candidates(of: set, selector: effective),
                                adoptable: { StatefulSetIdentity.ordinal(of: $0, in: setName) != nil },
                                stillOwner: { [setLister] in
                                    guard let current = setLister?.get(key) else { return false }
                                    return current.uid == uid && !current.isBeingDeleted
                                })
        let owned = { podClaims.candidates(of: set, selector: effective).filter { $0.controllerRef?.uid == uid } }
        var revisions = try self.revisions(set, selector: effective, history)
        var failure: String?
        if !set.isBeingDeleted {
            failure = try StatefulSetPass(controller: self, set: set, revisions: revisions).run(owned())
        }
        let now = context.clock.now()
        let pods = owned()
        let status = StatefulSetStatus.calculate(set: set, pods: pods, currentRevision: revisions.current.name ?? "",
                                                 updateRevision: revisions.update.name ?? "",
                                                 collisionCount: revisions.collisionCount, now: now)
        try writeStatus(set, status, sets)
        // upstream `truncateHistory`: revisions used by a Pod, the current and the update one are live.
        revisions.all = history.owned(by: set, selector: effective)
        var live = Set(pods.compactMap(StatefulSetIdentity.revision(of:)))
        live.formUnion([revisions.current.name ?? "", revisions.update.name ?? "",
                        status["currentRevision"]?.stringValue ?? ""])
        history.truncate(revisions.all, live: live,
                         limit: Int(set[path: ["spec", "revisionHistoryLimit"]]?.intValue ?? 10))
        if let failure { throw ReconcileError("statefulset \(key): \(failure)") }
        if let next = ReplicaSetStatus.nextAvailability(owner: set, pods: pods, now: now) {
            return .requeue(after: next + 0.001)
        }
        return .done
    }

    /// upstream `getStatefulSetRevisions`: the update revision is the last one when it holds the
    /// current template, an older equal one renumbered to come last (a rollback), or a new one; the
    /// current revision is the one `status.currentRevision` names, else the update revision.
    func revisions(_ set: JSON, selector: LabelSelector, _ history: ControllerHistory) throws -> Revisions {
        guard let ref = Self.controllerRef(to: set) else { throw ReconcileError("statefulset without name or uid") }
        let all = history.owned(by: set, selector: selector)
        var collisionCount = Int(set[path: ["status", "collisionCount"]]?.intValue ?? 0)
        let data = ControllerHistory.data(of: set)
        let next = ControllerHistory.next(all)
        let candidate = ControllerHistory.revision(owner: set, ownerRef: ref, data: data, number: next,
                                                   hash: ControllerHistory.hash(data: data, collisionCount: collisionCount))
        let equal = all.filter { ControllerHistory.equal($0, candidate) }
        let update: JSON
        if let last = all.last, let lastEqual = equal.last, last.name == lastEqual.name {
            update = last
        } else if let lastEqual = equal.last {
            update = try history.renumber(lastEqual, to: next)
        } else {
            update = try history.create(owner: set, ownerRef: ref, data: data, number: next, collisionCount: &collisionCount,
                                        hash: { ControllerHistory.hash(data: data, collisionCount: $0) })
        }
        let currentName = set[path: ["status", "currentRevision"]]?.stringValue
        let current = all.first { $0.name == currentName && currentName != nil } ?? update
        return Revisions(current: current, update: update, all: all, collisionCount: collisionCount)
    }

    /// Writes `status` through the status subresource when it changed (upstream `updateStatefulSetStatus`).
    private func writeStatus(_ set: JSON, _ status: JSON, _ sets: ResourceInfo) throws {
        do throws(APIError) {
            try context.client.writeStatus(sets, of: set, status)
        } catch {
            throw ReconcileError("statefulset \(set.name ?? ""): status: \(error.message)")
        }
    }
}
