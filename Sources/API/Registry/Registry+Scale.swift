import JSON
import Storage

extension Registry {
    /// The autoscaling/v1 `Scale` view of a Deployment, ReplicaSet, StatefulSet or
    /// ReplicationController (upstream `scaleFromDeployment` and friends).
    static func scale(of obj: JSON) -> JSON {
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
        return ["kind": "Scale", "apiVersion": "autoscaling/v1", "metadata": .object(meta),
                "spec": ["replicas": .int(obj[path: ["spec", "replicas"]]?.intValue ?? 0)], "status": .object(status)]
    }

    /// GET …/scale.
    public func getScale(_ r: ResourceInfo, namespace: String?, name: String) throws(APIError) -> [UInt8] {
        guard let stored = store.get(key(r, namespace: namespace, name: name)) else {
            throw APIError.notFound(resource: r.plural, group: r.group, name: name)
        }
        return Registry.scale(of: try Registry.parseStored(stored)).bytes
    }

    /// PUT or PATCH of …/scale: `change` maps the current Scale to the desired one; the parent's
    /// `spec.replicas` takes its `spec.replicas`. A resourceVersion in the Scale is a precondition.
    public func updateScale(_ r: ResourceInfo, namespace: String?, name: String, options: WriteOptions,
                            change: @escaping @Sendable (JSON) throws(APIError) -> JSON,
                            completion: @escaping WriteCompletion) {
        guaranteedUpdate(r, namespace: namespace, name: name, subresource: "scale", options: options,
                         transform: { old throws(APIError) in
            let current = Registry.scale(of: old)
            let desired = try change(current)
            if let rv = desired.resourceVersion, !rv.isEmpty, rv != old.resourceVersion {
                throw APIError.conflict(resource: r.plural, group: r.group, name: name, APIError.staleObjectDetail)
            }
            guard let replicas = desired[path: ["spec", "replicas"]]?.intValue else {
                throw APIError.badRequest("Scale.spec.replicas must be an integer")
            }
            if replicas < 0 {
                throw APIError.invalid(kind: "Scale", group: "autoscaling", name: name,
                                       [FieldError(.invalid, "spec.replicas", value: String(replicas),
                                                   "must be greater than or equal to 0")])
            }
            var next = old
            next[path: ["spec", "replicas"]] = .int(replicas)
            next[path: ["metadata", "resourceVersion"]] = nil
            return next
        }, render: { stored in Registry.scale(of: stored).bytes }, completion: completion)
    }
}
