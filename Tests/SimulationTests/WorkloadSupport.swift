import API
import Foundation
import JSON
import TestCluster

/// A Pod spec whose container takes SIGTERM's whole grace period (5 s) to stop, so a terminating Pod
/// stays a while; nginx stops at once.
let slowToStop: JSON = ["terminationGracePeriodSeconds": 5,
                        "containers": [["name": "main", "image": "busybox", "command": ["sleep", "3600"]]]]

/// An apps/v1 StatefulSet of nginx Pods (or `podSpec`'s) labelled `app: <name>`, with extra spec fields.
func statefulSet(_ name: String, replicas: Int64, podSpec: JSON = ["containers": [["name": "nginx", "image": "nginx"]]],
                 spec extra: JSONObject = [:]) -> JSON {
    var spec: JSONObject = [
        "replicas": .int(replicas), "serviceName": .string(name),
        "selector": ["matchLabels": ["app": .string(name)]],
        "template": ["metadata": ["labels": ["app": .string(name)]], "spec": podSpec],
    ]
    for (k, v) in extra { spec[k] = v }
    return ["apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": ["name": .string(name)], "spec": .object(spec)]
}

/// An apps/v1 DaemonSet of nginx Pods (or `base`'s) labelled `app: <name>`, with extra Pod spec fields.
func daemonSet(_ name: String, base: JSON = ["containers": [["name": "agent", "image": "nginx"]]],
               podSpec extra: JSONObject = [:]) -> JSON {
    var podSpec = base.objectValue ?? JSONObject()
    for (k, v) in extra { podSpec[k] = v }
    return ["apiVersion": "apps/v1", "kind": "DaemonSet", "metadata": ["name": .string(name)],
            "spec": ["selector": ["matchLabels": ["app": .string(name)]],
                     "template": ["metadata": ["labels": ["app": .string(name)]], "spec": .object(podSpec)]]]
}

extension TestCluster {
    func createWorkload(_ plural: String, _ object: JSON) throws {
        try client.create(try resource("apps", "v1", plural), namespace: "default", object)
    }

    func patchWorkload(_ plural: String, _ name: String, _ patch: JSON) throws {
        try client.patch(try resource("apps", "v1", plural), namespace: "default", name: name, patch)
    }

    func workload(_ plural: String, _ name: String) throws -> JSON? {
        try get("apps", "v1", plural, namespace: "default", name)
    }

    /// The Pods a workload controls, sorted by name.
    func pods(ownedBy name: String) throws -> [JSON] {
        try list("", "v1", "pods", namespace: "default").filter { $0.controllerRef?.name == name }
            .sorted { ($0.name ?? "") < ($1.name ?? "") }
    }

    /// A status field of a workload as an integer (0 when omitted).
    func statusCount(_ plural: String, _ name: String, _ field: String) throws -> Int64 {
        try workload(plural, name)?[path: ["status", field]]?.intValue ?? 0
    }

    /// Advances `step` seconds at a time (at most `limit` steps) until `done` holds; whether it did.
    @discardableResult
    func advance(until done: () throws -> Bool, step: Double = 1, limit: Int = 120,
                 each: () throws -> Void = {}) throws -> Bool {
        for _ in 0..<limit {
            if try done() { return true }
            try advance(by: step)
            try each()
        }
        return try done()
    }
}
