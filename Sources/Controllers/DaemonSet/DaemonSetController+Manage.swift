import API
import Foundation
import JSON

extension DaemonSetController {
    /// upstream `manage` and `podsShouldBeOnNode`: on each node that should run the daemon and has no
    /// live Pod (and none terminating: without surge the old one must go first) a Pod is created;
    /// failed Pods and all but the oldest of several are deleted; on a node that should not keep it,
    /// and for a Pod pinned to a node that no longer exists, the Pod is deleted. Returns the first
    /// failure.
    func manage(_ ds: JSON, nodes: [JSON], pods: [JSON], hash: String) -> String? {
        let byNode = Self.podsByNode(pods)
        var createOn: [String] = []
        var victims: [JSON] = []
        for node in nodes {
            guard let name = node.name else { continue }
            let (run, keep) = DaemonSetNodes.shouldRun(ds, on: node)
            let here = byNode[name] ?? []
            if run {
                var running: [JSON] = []
                for pod in here where !pod.isBeingDeleted {
                    if Pod(pod).phase == "Failed" {
                        recorder.event(ds, .warning, reason: "FailedDaemonPod",
                                       message: "Found failed daemon pod \(pod.namespace ?? "")/\(pod.name ?? "") on node \(name), will try to kill it")
                        victims.append(pod)
                    } else {
                        running.append(pod)
                    }
                }
                if running.isEmpty {
                    if !here.contains(where: { $0.isBeingDeleted }) { createOn.append(name) }
                } else if running.count > 1 {
                    victims += running.sorted(by: Self.oldestFirst).dropFirst()
                }
            } else if !keep {
                victims += here.filter { !$0.isBeingDeleted }
            }
        }
        // upstream `getUnscheduledPodsWithoutNode`: unscheduled Pods pinned to a node that is gone.
        let known = Set(nodes.compactMap(\.name))
        for (node, here) in byNode where !known.contains(node) {
            victims += here.filter { Pod($0).nodeName == nil && !$0.isBeingDeleted }
        }
        return syncNodes(ds, delete: victims, createOn: createOn, hash: hash)
    }

    /// upstream `rollingUpdate` without surge: old Pods are deleted, the unavailable ones first, so
    /// that no more than `maxUnavailable` (scaled against the desired count, rounded up; 1 when both
    /// it and `maxSurge` are 0) daemon Pods are unavailable; `manage` then creates their
    /// replacements from the current template once they are gone.
    func rollingUpdate(_ ds: JSON, nodes: [JSON], pods: [JSON], hash: String) -> String? {
        let byNode = Self.podsByNode(pods)
        let desired = nodes.filter { DaemonSetNodes.shouldRun(ds, on: $0).run }.count
        let maxUnavailable = Self.maxUnavailable(ds, desired: desired)
        let minReadySeconds = ds[path: ["spec", "minReadySeconds"]]?.intValue ?? 0
        let now = context.clock.now()
        var unavailable = 0
        var replace: [JSON] = [], candidates: [JSON] = []
        for node in byNode.keys.sorted() {
            var new: JSON?, old: JSON?, ok = true
            for pod in byNode[node] ?? [] where !pod.isBeingDeleted {
                if pod.labels[DaemonSetNodes.hashLabel] == hash {
                    if new != nil { ok = false }
                    new = pod
                } else {
                    if old != nil { ok = false }
                    old = pod
                }
            }
            if !ok || (new == nil) == (old == nil) {
                unavailable += 1  // manage handles this node; it counts as unavailable
            } else if let new {
                if !Pod(new).isAvailable(minReadySeconds: minReadySeconds, now: now) { unavailable += 1 }
            } else if let old {
                if !Pod(old).isAvailable(minReadySeconds: minReadySeconds, now: now) {
                    replace.append(old)
                } else if unavailable < maxUnavailable {
                    candidates.append(old)
                }
            }
        }
        let room = min(max(0, maxUnavailable - unavailable), candidates.count)
        return syncNodes(ds, delete: replace + candidates.prefix(room), createOn: [], hash: hash)
    }

    /// `maxUnavailable` as a count (upstream `updatedDesiredNodeCounts`).
    static func maxUnavailable(_ ds: JSON, desired: Int) -> Int {
        let rolling = ds[path: ["spec", "updateStrategy", "rollingUpdate"]]
        func scaled(_ value: JSON?) -> Int {
            if let s = value?.stringValue, s.hasSuffix("%"), let percent = Int(s.dropLast()) {
                return (percent * desired + 99) / 100
            }
            return Int(value?.intValue ?? 0)
        }
        let unavailable = scaled(rolling?["maxUnavailable"] ?? 1)
        let surge = scaled(rolling?["maxSurge"])
        return unavailable == 0 && surge == 0 ? 1 : max(unavailable, 1)
    }

    /// upstream `syncNodes`: deletes `victims`, then creates one Pod per node of `createOn` in
    /// slow-start batches (events as upstream's `RealPodControl`).
    private func syncNodes(_ ds: JSON, delete victims: [JSON], createOn: [String], hash: String) -> String? {
        guard let pods, let ref = Self.controllerRef(to: ds) else { return nil }
        var failure: String?
        let names = victims.compactMap(\.name)
        for (name, result) in zip(names, context.client.deleteAll(pods, namespace: ds.namespace, names: names)) {
            switch result {
            case .success:
                recorder.event(ds, .normal, reason: "SuccessfulDelete", message: "Deleted pod: \(name)")
            case .failure(let error):
                if error.code == 404 { continue }
                recorder.event(ds, .warning, reason: "FailedDelete", message: "Error deleting: \(error.message)")
                failure = failure ?? error.message
            }
        }
        guard !createOn.isEmpty else { return failure }
        guard var template = PodTemplate.pod(for: ds, controllerRef: ref) else {
            recorder.event(ds, .warning, reason: "FailedCreate", message: PodTemplate.noLabels)
            return PodTemplate.noLabels
        }
        // upstream `CreatePodTemplate`: the default tolerations and the revision hash label.
        template["spec"] = DaemonSetNodes.withDefaultTolerations(template["spec"] ?? .object(JSONObject()))
        template[path: ["metadata", "labels", DaemonSetNodes.hashLabel]] = .string(hash)
        var remaining = createOn[...]
        for size in SlowStart.batches(createOn.count) {
            let batch = remaining.prefix(size)
            remaining = remaining.dropFirst(size)
            let objects = batch.map { DaemonSetNodes.pinned(template, to: $0) }
            var failed = false
            for result in context.client.createWithGeneratedNames(pods, namespace: ds.namespace, objects) {
                switch result {
                case .success(let pod):
                    recorder.event(ds, .normal, reason: "SuccessfulCreate", message: "Created pod: \(pod.name ?? "")")
                case .failure(let error):
                    if error.isNamespaceTerminating { return failure }
                    recorder.event(ds, .warning, reason: "FailedCreate", message: "Error creating: \(error.message)")
                    failure = failure ?? error.message
                    failed = true
                }
            }
            if failed { break }
        }
        return failure
    }
}
