import JSON

/// The autoscaling/v1 `Scale` that every scale subresource speaks (upstream `scaleFromDeployment` and
/// friends): the parent's name, `spec.replicas`, `status.replicas` and its selector as a string.
enum ScaleView {
    /// The kind and group of the view, as errors about it name them.
    static let kind = "Scale"
    static let group = "autoscaling"

    /// The Scale of a Deployment, ReplicaSet, StatefulSet or ReplicationController.
    static func of(_ obj: JSON) -> JSON {
        var meta = JSONObject()
        for f in ["name", "namespace", "uid", "resourceVersion", "creationTimestamp"] {
            if let v = obj[path: ["metadata", f]] { meta[f] = v }
        }
        var status: JSONObject = ["replicas": .int(obj[path: ["status", "replicas"]]?.intValue ?? 0)]
        if let sel = obj[path: ["spec", "selector"]] {
            if let ls = try? LabelSelector(from: sel) {
                status["selector"] = .string(ls.description)
            } else if let m = sel.stringMap {
                // ReplicationController selectors are plain maps.
                status["selector"] = .string(m.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ","))
            }
        }
        return ["kind": .string(kind), "apiVersion": .string(group + "/v1"), "metadata": .object(meta),
                "spec": ["replicas": .int(obj[path: ["spec", "replicas"]]?.intValue ?? 0)], "status": .object(status)]
    }
}
