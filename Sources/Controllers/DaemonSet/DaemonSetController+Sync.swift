import API
import Foundation
import JSON

extension DaemonSetController {
    /// One pass over a DaemonSet (upstream `syncDaemonSet`): its current revision, then `manage`
    /// (Pods where they should be, none where they should not), then the rolling update, then the
    /// history's cleanup and status.
    func sync(_ key: ObjectKey) throws -> ReconcileResult {
        guard let daemonSets, let podClaims, let nodeLister, let history, let ds = dsLister?.get(key),
              let uid = ds.uid, let ref = Self.controllerRef(to: ds) else { return .done }
        let selector: LabelSelector
        do throws(APIError) {
            selector = try LabelSelector(from: ds[path: ["spec", "selector"]] ?? .null)
        } catch {
            context.log("daemonset \(key): invalid selector: \(error.message)")
            return .done
        }
        let effective = selector.isEverything ? LabelSelector.nothing : selector
        _ = try podClaims.claim(ds, ref: ref, selector: effective, podClaims.candidates(of: ds, selector: effective),
                                stillOwner: { [dsLister] in
                                    guard let current = dsLister?.get(key) else { return false }
                                    return current.uid == uid && !current.isBeingDeleted
                                })
        let owned = { podClaims.candidates(of: ds, selector: effective).filter { $0.controllerRef?.uid == uid } }
        let nodes = nodeLister.list().sorted { ($0.name ?? "") < ($1.name ?? "") }
        var collisionCount = Int(ds[path: ["status", "collisionCount"]]?.intValue ?? 0)
        let revisions = history.owned(by: ds, selector: effective)
        let hash = try currentHash(ds, revisions, history, collisionCount: &collisionCount)
        var failure: String?
        var requeueAfter: Double?
        if !ds.isBeingDeleted {
            failure = manage(ds, nodes: nodes, pods: owned(), hash: hash, requeueAfter: &requeueAfter)
            if failure == nil, ds[path: ["spec", "updateStrategy", "type"]]?.stringValue == "RollingUpdate" {
                failure = rollingUpdate(ds, nodes: nodes, pods: owned(), hash: hash)
            }
        }
        let pods = owned()
        // upstream `cleanupHistory`: revisions whose hash a Pod carries, and the current one, are live.
        var live = Set(revisions.filter { r in
            pods.contains { $0.labels[DaemonSetNodes.hashLabel] == r.labels[DaemonSetNodes.hashLabel] }
        }.compactMap(\.name))
        live.insert("\(ds.name ?? "")-\(hash)")
        history.truncate(history.owned(by: ds, selector: effective), live: live,
                         limit: Int(ds[path: ["spec", "revisionHistoryLimit"]]?.intValue ?? 10))
        let now = context.clock.now()
        let status = DaemonSetStatus.calculate(ds: ds, nodes: nodes, pods: pods, hash: hash,
                                               collisionCount: collisionCount, now: now)
        try writeStatus(ds, status, daemonSets)
        if let failure { throw ReconcileError("daemonset \(key): \(failure)") }
        if let next = ReplicaSetStatus.nextAvailability(owner: ds, pods: pods, now: now) {
            requeueAfter = min(requeueAfter ?? next + 0.001, next + 0.001)
        }
        return requeueAfter.map { .requeue(after: $0) } ?? .done
    }

    /// upstream `constructHistory`: the hash of the revision holding the current template, its
    /// `revision` raised to come last when an older template was current; a new revision named
    /// `<ds>-<hash>` when none holds it.
    private func currentHash(_ ds: JSON, _ revisions: [JSON], _ history: ControllerHistory,
                             collisionCount: inout Int) throws -> String {
        guard let ref = Self.controllerRef(to: ds) else { throw ReconcileError("daemonset without name or uid") }
        let data = ControllerHistory.data(of: ds)
        let template = ds[path: ["spec", "template"]] ?? .object(JSONObject())
        let probe = ControllerHistory.revision(owner: ds, ownerRef: ref, data: data, number: 0, hash: "",
                                               hashLabelKey: DaemonSetNodes.hashLabel)
        let matching = revisions.filter { ControllerHistory.equal($0, probe) }
        let old = revisions.filter { r in !matching.contains { $0.name == r.name } }
        let next = (old.map(ControllerHistory.number).max() ?? 0) + 1
        if let cur = matching.last, let hash = cur.labels[DaemonSetNodes.hashLabel] {
            _ = try history.renumber(cur, to: max(next, ControllerHistory.number(cur)))
            return hash
        }
        let created = try history.create(owner: ds, ownerRef: ref, data: data, number: next, collisionCount: &collisionCount,
                                         hash: { PodTemplateHash.compute(template: template, collisionCount: $0) },
                                         hashLabelKey: DaemonSetNodes.hashLabel)
        return created.labels[DaemonSetNodes.hashLabel] ?? ""
    }

    /// Writes `status` when it changed (upstream `storeDaemonSetStatus`).
    private func writeStatus(_ ds: JSON, _ status: JSON, _ daemonSets: ResourceInfo) throws {
        do throws(APIError) {
            try context.client.writeStatus(daemonSets, of: ds, status)
        } catch {
            throw ReconcileError("daemonset \(ds.name ?? ""): status: \(error.message)")
        }
    }

    /// The DaemonSet's Pods by the node they are on or pinned to (upstream `getNodesToDaemonPods`,
    /// leaving out Pods that finished and are being deleted).
    static func podsByNode(_ pods: [JSON]) -> [String: [JSON]] {
        var byNode: [String: [JSON]] = [:]
        for pod in pods {
            if pod.isBeingDeleted && Pod(pod).isTerminal { continue }
            guard let node = DaemonSetNodes.targetNode(of: pod) else { continue }
            byNode[node, default: []].append(pod)
        }
        return byNode
    }

    /// upstream `podByCreationTimestampAndPhase`: scheduled Pods first, then the oldest, then by name.
    static func oldestFirst(_ a: JSON, _ b: JSON) -> Bool {
        let sa = Pod(a).nodeName != nil, sb = Pod(b).nodeName != nil
        if sa != sb { return sa }
        let ca = a.creationTimestamp ?? "", cb = b.creationTimestamp ?? ""
        return ca == cb ? (a.name ?? "") < (b.name ?? "") : ca < cb
    }
}
