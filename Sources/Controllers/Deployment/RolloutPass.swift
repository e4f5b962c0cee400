import API
import Foundation
import JSON

/// One reconcile of one Deployment (upstream `syncDeployment` and the phases it calls, split across
/// `RolloutPass+*.swift`: ReplicaSets, scaling, rolling, recreate, progress). It holds what the pass has
/// learnt and written so far: the Deployment as last written, its status as the pass means to leave it,
/// and its ReplicaSets as last written. Built per pass, used on one worker thread, then dropped.
final class RolloutPass {
    let wiring: DeploymentController.Wiring
    let client: Client
    let log: @Sendable (String) -> Void
    /// The pass's "now" (cluster clock).
    let now: Date

    /// The Deployment as last read or written.
    var d: DeploymentView
    /// The status as stored (what a status write would change).
    var storedStatus: DeploymentStatus
    /// The status the pass works on (upstream mutates `d.Status` in place as it goes).
    var status: DeploymentStatus
    /// The ReplicaSets this Deployment controls (after adoption and release).
    var replicaSets: [OwnedReplicaSet] = []

    init(controller: DeploymentController, wiring: DeploymentController.Wiring, deployment: JSON) {
        self.wiring = wiring
        client = controller.context.client
        log = controller.context.log
        now = controller.context.clock.now()
        d = DeploymentView(deployment)
        storedStatus = d.status
        status = storedStatus
    }

    /// `syncDeployment`, in upstream's order.
    func run() throws -> ReconcileResult {
        if PodTemplateHash.normalized(d.selector) == .object(JSONObject()) {
            // An empty selector would select every Pod in the namespace: refuse, as upstream does.
            event(.warning, "SelectingAll", "This deployment is selecting all pods. A non-empty selector is required.")
            if status.observedGeneration < d.generation {
                status.observedGeneration = d.generation
                try writeStatus()
            }
            return .done
        }
        replicaSets = try claimReplicaSets()
        if d.object.isBeingDeleted {
            // Being deleted: report, change nothing.
            let (newRS, oldRSs) = try newAndOldReplicaSets(create: false)
            return try syncDeploymentStatus(newRS: newRS, oldRSs: oldRSs)
        }
        try checkPausedConditions()
        if d.paused { return try syncScaling() }
        if try isScalingEvent() { return try syncScaling() }
        switch d.strategy {
        case .recreate: return try rolloutRecreate()
        case .rollingUpdate: return try rolloutRolling()
        }
    }

    // MARK: writes

    /// Writes `status` through the status subresource when it differs from what is stored.
    func writeStatus() throws {
        guard status != storedStatus else { return }
        var object = d.object
        object["status"] = status.json
        do throws(APIError) {
            let written = try client.update(wiring.deployments, namespace: d.namespace, name: d.name, subresource: "status", object)
            d = DeploymentView(written)
            storedStatus = status
        } catch {
            // A conflict means the Deployment changed meanwhile; its event brings it back (and the retry).
            throw ReconcileError("deployment \(d.namespace)/\(d.name): writing status: \(error.message)")
        }
    }

    /// `SetDeploymentRevision`: the Deployment's revision annotation follows its new ReplicaSet's.
    /// (Upstream writes it along with the status; here the status subresource changes only status, so
    /// it goes as a metadata patch, guarded by the resourceVersion the pass read.)
    func setDeploymentRevision(_ revision: String) throws {
        guard !revision.isEmpty, d.annotations[DeploymentAnnotations.revision] != revision else { return }
        let patch: JSON = ["metadata": ["resourceVersion": .string(d.object.resourceVersion ?? ""),
                                        "annotations": [DeploymentAnnotations.revision: .string(revision)]]]
        do throws(APIError) {
            let written = try client.patch(wiring.deployments, namespace: d.namespace, name: d.name, type: .merge, patch)
            d = DeploymentView(written)
        } catch {
            throw ReconcileError("deployment \(d.namespace)/\(d.name): setting revision: \(error.message)")
        }
    }

    /// Records an event about the Deployment.
    func event(_ type: EventRecorder.EventType, _ reason: String, _ message: String) {
        wiring.recorder.event(d.object, type, reason: reason, message: message)
    }

    /// Replaces the pass's copy of a ReplicaSet by what was just written.
    func remember(_ rs: OwnedReplicaSet) {
        if let i = replicaSets.firstIndex(where: { $0.uid == rs.uid }) { replicaSets[i] = rs } else { replicaSets.append(rs) }
    }

    /// The pass's current copy of a ReplicaSet it loaded earlier (sizes change as it writes).
    func current(_ rs: OwnedReplicaSet) -> OwnedReplicaSet { replicaSets.first { $0.uid == rs.uid } ?? rs }
}

extension JSON {
    /// Sets string annotations, keeping the existing order and appending new keys sorted.
    mutating func setAnnotations(_ annotations: [String: String]) {
        var o = self[path: ["metadata", "annotations"]]?.objectValue ?? JSONObject()
        for k in o.keys where annotations[k] == nil { o[k] = nil }
        for (k, v) in annotations.sorted(by: { $0.key < $1.key }) { o[k] = .string(v) }
        self[path: ["metadata", "annotations"]] = .object(o)
    }
}
