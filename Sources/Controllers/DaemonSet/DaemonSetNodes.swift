import API
import JSON

/// Which nodes a DaemonSet runs on and how its Pods are pinned to them (upstream
/// `pkg/controller/daemon/daemon_controller.go` `NodeShouldRunDaemonPod` and
/// `pkg/controller/daemon/util`).
enum DaemonSetNodes {
    /// upstream `apps.DefaultDaemonSetUniqueLabelKey`: the revision hash on Pods and revisions.
    static let hashLabel = "controller-revision-hash"

    /// upstream `AddOrUpdateDaemonPodTolerations`: a DaemonSet's Pods tolerate a node that is not
    /// ready or unreachable (so they are not evicted), under pressure, or cordoned.
    static let defaultTolerations: [(key: String, effect: String)] = [
        ("node.kubernetes.io/not-ready", "NoExecute"),
        ("node.kubernetes.io/unreachable", "NoExecute"),
        ("node.kubernetes.io/disk-pressure", "NoSchedule"),
        ("node.kubernetes.io/memory-pressure", "NoSchedule"),
        ("node.kubernetes.io/pid-pressure", "NoSchedule"),
        ("node.kubernetes.io/unschedulable", "NoSchedule"),
    ]

    /// The Pod spec with the default tolerations added where no toleration of the same key and effect
    /// is (and, for host-network Pods, `network-unavailable`).
    static func withDefaultTolerations(_ spec: JSON) -> JSON {
        var spec = spec
        var tolerations = spec["tolerations"]?.arrayValue ?? []
        var wanted = defaultTolerations
        if spec["hostNetwork"]?.boolValue == true { wanted.append(("node.kubernetes.io/network-unavailable", "NoSchedule")) }
        for (key, effect) in wanted where !tolerations.contains(where: {
            $0["key"]?.stringValue == key && $0["effect"]?.stringValue == effect
        }) {
            tolerations.append(["key": .string(key), "operator": "Exists", "effect": .string(effect)])
        }
        spec["tolerations"] = .array(tolerations)
        return spec
    }

    /// upstream `NodeShouldRunDaemonPod`: whether a daemon Pod should run on `node`, and whether one
    /// already there may stay. The node name and required affinity (with the nodeSelector) must
    /// match; an untolerated NoSchedule or NoExecute taint keeps a new Pod off, and only an
    /// untolerated NoExecute one evicts a running Pod.
    static func shouldRun(_ ds: JSON, on node: JSON) -> (run: Bool, keep: Bool) {
        var pod: JSON = ["spec": withDefaultTolerations(ds[path: ["spec", "template", "spec"]] ?? .object(JSONObject()))]
        if let wanted = pod[path: ["spec", "nodeName"]]?.stringValue, !wanted.isEmpty, wanted != node.name {
            return (false, false)
        }
        pod[path: ["spec", "nodeName"]] = nil
        guard SchedulingPlan.matchesAffinity(pod, node) else { return (false, false) }
        var noSchedule = false, noExecute = false
        for taint in node[path: ["spec", "taints"]]?.arrayValue ?? [] {
            let effect = taint["effect"]?.stringValue ?? ""
            guard effect == "NoSchedule" || effect == "NoExecute" else { continue }
            if SchedulingPlan.tolerates(pod, key: taint["key"]?.stringValue ?? "",
                                        value: taint["value"]?.stringValue ?? "", effect: effect) { continue }
            if effect == "NoExecute" { noExecute = true } else { noSchedule = true }
        }
        if noSchedule || noExecute { return (false, !noExecute) }
        return (true, true)
    }

    /// upstream `ReplaceDaemonSetPodNodeNameNodeAffinity`: the Pod's required node affinity becomes the
    /// one term `matchFields metadata.name In [node]` (preferred terms are kept), so the scheduler binds
    /// it there and nowhere else.
    static func pinned(_ pod: JSON, to node: String) -> JSON {
        var pod = pod
        pod[path: ["spec", "affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution"]] =
            ["nodeSelectorTerms": [["matchFields": [["key": "metadata.name", "operator": "In",
                                                     "values": [.string(node)]]]]]]
        return pod
    }

    /// upstream `GetTargetNodeName`: the node a daemon Pod is on, or the one its affinity pins it to.
    static func targetNode(of pod: JSON) -> String? {
        if let name = pod[path: ["spec", "nodeName"]]?.stringValue, !name.isEmpty { return name }
        let terms = pod[path: ["spec", "affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution",
                               "nodeSelectorTerms"]]?.arrayValue ?? []
        for term in terms {
            for field in term["matchFields"]?.arrayValue ?? [] where field["key"]?.stringValue == "metadata.name"
                && field["operator"]?.stringValue == "In" {
                if let values = field["values"]?.arrayValue, values.count == 1 { return values[0].stringValue }
            }
        }
        return nil
    }
}
