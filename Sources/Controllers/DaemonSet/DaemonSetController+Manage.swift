import API
import Foundation
import JSON

extension DaemonSetController {
    /// upstream `manage` and `podsShouldBeOnNode`: on each node that should run the daemon and has no
    /// Pod a Pod is created; on a node that should keep it, failed Pods are deleted (each further one on
    /// the node only after the `failedPodsBackoff` delay: until then the DaemonSet is looked at again
    /// when it ends) and succeeded ones too, and all but the oldest of several running (with surge: the
    /// oldest old and oldest new, and a Pod is created when none runs); on a node that should not keep
    /// it, and for a Pod pinned to a node that no longer exists, the Pod is deleted. Returns the first
    /// failure; `requeueAfter` is lowered to the earliest back-off end.
    func manage(_ ds: JSON, nodes: [JSON], pods: [JSON], hash: String, requeueAfter: inout Double?) -> String? {
        let byNode = Self.podsByNode(pods)
        let surge = Self.allowsSurge(ds)
        var createOn: [String] = []
        var victims: [JSON] = []
        let dsName = "\(ds.namespace ?? "")/\(ds.name ?? "")"
        for node in nodes {
            guard let name = node.name else { continue }
            let (run, keep) = DaemonSetNodes.shouldRun(ds, on: node)
            let here = byNode[name] ?? []
            if run && here.isEmpty {
                createOn.append(name)
            } else if keep {
                var running: [JSON] = []
                for pod in here where !pod.isBeingDeleted {
                    let podName = "\(pod.namespace ?? "")/\(pod.name ?? "")"
                    switch Pod(pod).phase {
                    case "Failed":
                        // A kubelet that keeps rejecting the Pod must not make the controller loop hot.
                        let key = FailedPodsBackoff.key(ds, node: name)
                        let now = context.clock.now()
                        if let left = failedPodsBackoff.remaining(key, now: now) {
                            context.log("daemonset \(dsName): deleting failed pod \(podName) on node \(name) has been limited by backoff (current delay \(failedPodsBackoff.delay(key)) s)")
                            requeueAfter = min(requeueAfter ?? left, left)
                            continue
                        }
                        failedPodsBackoff.next(key, now: now)
                        recorder.event(ds, .warning, reason: "FailedDaemonPod",
                                       message: "Found failed daemon pod \(podName) on node \(name), will try to kill it")
                        victims.append(pod)
                    case "Succeeded":
                        recorder.event(ds, .normal, reason: "SucceededDaemonPod",
                                       message: "Found succeeded daemon pod \(podName) on node \(name), will try to delete it")
                        victims.append(pod)
                    default:
                        running.append(pod)
                    }
                }
                if !surge {
                    // A replacement comes once the Pods deleted here are gone (the next pass).
                    if running.count > 1 { victims += Array(running.sorted(by: Self.oldestFirst).dropFirst()) }
                } else if running.isEmpty {
                    if run { createOn.append(name) }
                } else if running.count > 1 {
                    victims += surgeVictims(ds, running, hash: hash)
                }
            } else {
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
