import JSON

/// The rules of a Pod's `binding` subresource (upstream `BindingREST` / `assignPod`): the binding
/// names a Node; a Pod already on a node, or being deleted, cannot be bound; binding sets
/// `spec.nodeName`, merges the binding's annotations and marks `PodScheduled` True.
public enum PodBinding {
    /// The node a Binding targets, or the validation error upstream answers.
    static func target(of binding: JSON, name: String) throws(APIError) -> String {
        guard let node = binding[path: ["target", "name"]]?.stringValue, !node.isEmpty else {
            throw APIError.invalid(kind: "Binding", group: "", name: name, [FieldError.required("target.name")])
        }
        if let kind = binding[path: ["target", "kind"]]?.stringValue, !kind.isEmpty, kind != "Node" {
            throw APIError.invalid(kind: "Binding", group: "", name: name,
                [FieldError(.notSupported, "target.kind", value: JSON.string(kind).jsonString, "supported values: \"Node\", \"\"")])
        }
        return node
    }

    /// `pod` bound to `node` at `now` (an RFC 3339 time), or the conflict upstream answers.
    static func bind(_ pod: JSON, to node: String, binding: JSON, now: String, resource: String, group: String,
                     name: String) throws(APIError) -> JSON {
        if pod.isBeingDeleted {
            throw APIError.conflict(resource: resource, group: group, name: name,
                                    "pod \(name) is being deleted, cannot be assigned to a host")
        }
        if let assigned = pod[path: ["spec", "nodeName"]]?.stringValue, !assigned.isEmpty {
            throw APIError.conflict(resource: resource, group: group, name: name,
                                    "pod \(name) is already assigned to node \"\(assigned)\"")
        }
        var next = pod
        next[path: ["spec", "nodeName"]] = .string(node)
        for (k, v) in binding[path: ["metadata", "annotations"]]?.objectValue ?? [:] {
            next[path: ["metadata", "annotations", k]] = v
        }
        var conditions = next[path: ["status", "conditions"]]?.arrayValue ?? []
        conditions.removeAll { $0["type"]?.stringValue == "PodScheduled" }
        conditions.append(["type": "PodScheduled", "status": "True", "lastProbeTime": .null, "lastTransitionTime": .string(now)])
        next[path: ["status", "conditions"]] = .array(conditions)
        return next
    }

    /// What a successful binding answers.
    static let success: JSON = ["kind": "Status", "apiVersion": "v1", "metadata": [:], "status": "Success", "code": 201]
}
