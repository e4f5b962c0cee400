import JSON

extension Registry {
    /// POST of a `Binding` to a Pod's `binding` subresource (the scheduler's write): sets `spec.nodeName`
    /// to the binding's target, merges the binding's annotations and marks the `PodScheduled` condition
    /// True, as upstream's `BindingREST` does. A Pod already on a node, or being deleted, answers 409.
    /// Answers 201 with a `Success` Status.
    public func bind(_ r: ResourceInfo, namespace: String?, name: String, binding: JSON, options: WriteOptions,
                     completion: @escaping WriteCompletion) {
        guard let node = binding[path: ["target", "name"]]?.stringValue, !node.isEmpty else {
            completion(.failure(APIError.invalid(kind: "Binding", group: "", name: name,
                                                 [FieldError.required("target.name")])))
            return
        }
        if let kind = binding[path: ["target", "kind"]]?.stringValue, !kind.isEmpty, kind != "Node" {
            completion(.failure(APIError.invalid(kind: "Binding", group: "", name: name,
                [FieldError(.notSupported, "target.kind", value: JSON.string(kind).jsonString, "supported values: \"Node\", \"\"")])))
            return
        }
        let now = ObjectMeta.timestamp(clock.now())
        let bindingResource = r.plural + "/binding"
        guaranteedUpdate(r, namespace: namespace, name: name, subresource: "binding", options: options, transform: { pod throws(APIError) in
            if pod.isBeingDeleted {
                throw APIError.conflict(resource: bindingResource, group: r.group, name: name,
                                        "pod \(name) is being deleted, cannot be assigned to a host")
            }
            if let assigned = pod[path: ["spec", "nodeName"]]?.stringValue, !assigned.isEmpty {
                throw APIError.conflict(resource: bindingResource, group: r.group, name: name,
                                        "pod \(name) is already assigned to node \"\(assigned)\"")
            }
            var next = pod
            next[path: ["spec", "nodeName"]] = .string(node)
            for (k, v) in binding[path: ["metadata", "annotations"]]?.objectValue ?? [:] {
                next[path: ["metadata", "annotations", k]] = v
            }
            var conditions = next[path: ["status", "conditions"]]?.arrayValue ?? []
            conditions.removeAll { $0["type"]?.stringValue == "PodScheduled" }
            conditions.append(["type": "PodScheduled", "status": "True", "lastProbeTime": .null,
                               "lastTransitionTime": .string(now)])
            next[path: ["status", "conditions"]] = .array(conditions)
            return next
        }, completion: { result in
            switch result {
            case .success:
                let status: JSON = ["kind": "Status", "apiVersion": "v1", "metadata": [:], "status": "Success", "code": 201]
                completion(.success(WriteResult(code: 201, body: status.bytes)))
            case .failure(let e):
                completion(.failure(e))
            }
        })
    }
}
