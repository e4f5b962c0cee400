import API
import Foundation
import JSON

extension DaemonSetController {
    /// upstream `manage` and `podsShouldBeOnNode`: on each node that should run the daemon and has no
    /// live Pod (and none terminating: without surge the old one must go first) a Pod is created;
    /// failed Pods and all but the oldest of several (with surge: the oldest old and oldest new) are
    /// deleted; on a node that should not keep it,
    /// and for a Pod pinned to a node that no longer exists, the Pod is deleted. Returns the first
    /// failure.
    func manage(_ ds: JSON, nodes: [JSON], pods: [JSON], hash: String) -> String? {
        let byNode = Self.podsByNode(pods)
        let surge = Self.allowsSurge(ds)
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
                    if surge || !here.contains(where: { $0.isBeingDeleted }) { createOn.append(name) }
                } else if running.count > 1 {
                    victims += surge ? surgeVictims(ds, running, hash: hash) : Array(running.sorted(by: Self.oldestFirst).dropFirst())
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

    /// upstream `syncNodes`: deletes `victims`, then creates one Pod per node of `createOn` in
    /// slow-start batches (events as upstream's `RealPodControl`).
    func syncNodes(_ ds: JSON, delete victims: [JSON], createOn: [String], hash: String) -> String? {
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
