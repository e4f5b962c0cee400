import API
import Foundation
import JSON
import TestCluster

/// A batch/v1 Job of one busybox container running `sh -c script`, with extra spec fields.
func job(_ name: String, script: String, spec extra: JSONObject = [:], restartPolicy: String = "Never") -> JSON {
    var spec: JSONObject = [
        "template": ["spec": ["restartPolicy": .string(restartPolicy),
                              "containers": [["name": .string(name), "image": "busybox",
                                              "command": ["sh", "-c", .string(script)]]]]],
    ]
    for (k, v) in extra { spec[k] = v }
    return ["apiVersion": "batch/v1", "kind": "Job", "metadata": ["name": .string(name)], "spec": .object(spec)]
}

extension TestCluster {
    @discardableResult
    func createJob(_ j: JSON, namespace: String = "default") throws -> JSON {
        try client.create(try resource("batch", "v1", "jobs"), namespace: namespace, j)
    }

    func job(_ name: String, namespace: String = "default") throws -> JSON? {
        try get("batch", "v1", "jobs", namespace: namespace, name)
    }

    /// The Pods a Job owns, by name.
    func pods(ofJob name: String, namespace: String = "default") throws -> [JSON] {
        try list("", "v1", "pods", namespace: namespace).filter { $0.controllerRef?.name == name }
    }

    /// "Type=Status(Reason)" of each of a Job's conditions, in order.
    func jobConditions(_ name: String) throws -> [String] {
        (try job(name)?[path: ["status", "conditions"]]?.arrayValue ?? []).map {
            "\($0["type"]?.stringValue ?? "")=\($0["status"]?.stringValue ?? "")(\($0["reason"]?.stringValue ?? ""))"
        }
    }

    /// A status counter of a Job (0 when omitted).
    func jobCount(_ name: String, _ field: String) throws -> Int64 {
        try job(name)?[path: ["status", field]]?.intValue ?? 0
    }
}
