import API
import Controllers
import Foundation
import JSON
import Simulation
import TestCluster

/// A test cluster with the scheduler and `nodes` simulated nodes.
func simulatedCluster(nodes: Int = 1, cpus: Int = 4, memoryMiB: Int64 = 8192,
                      runtime: ContainerRuntime? = nil) throws -> TestCluster {
    let specs = NodeSpec.cluster(count: nodes, cpuMillis: cpus * 1000, memoryBytes: memoryMiB * 1024 * 1024)
    let cluster = try TestCluster(controllers: ControllerManager.standard + SimulatedNodes.controllers(specs, runtime: runtime))
    try cluster.runUntilQuiet()
    return cluster
}

/// A Pod with one container per (name, image, command) and optional extra spec fields.
func pod(_ name: String, image: String = "nginx", command: [String]? = nil, spec extra: JSONObject = [:],
         container extraContainer: JSONObject = [:]) -> JSON {
    var c: JSONObject = ["name": .string(name), "image": .string(image)]
    if let command { c["command"] = .array(command.map(JSON.string)) }
    for (k, v) in extraContainer { c[k] = v }
    var spec: JSONObject = ["containers": [.object(c)]]
    for (k, v) in extra { spec[k] = v }
    return ["apiVersion": "v1", "kind": "Pod", "metadata": ["name": .string(name)], "spec": .object(spec)]
}

extension TestCluster {
    @discardableResult
    func createPod(_ p: JSON, namespace: String = "default") throws -> JSON {
        try client.create(try resource("", "v1", "pods"), namespace: namespace, p)
    }

    func pod(_ name: String, namespace: String = "default") throws -> JSON? {
        try get("", "v1", "pods", namespace: namespace, name)
    }

    /// The state key (`waiting`, `running`, `terminated`) and reason of a Pod's first container.
    func containerState(_ name: String) throws -> (String, String?) {
        let st = try pod(name)?[path: ["status", "containerStatuses"]]?.arrayValue?.first?["state"]?.objectValue
        guard let (key, value) = st?.first(where: { _ in true }) else { return ("none", nil) }
        return (key, value["reason"]?.stringValue)
    }

    /// "Reason: message" of every event about `name`, oldest first.
    func events(about name: String) throws -> [String] {
        context.flushEvents()
        return try list("", "v1", "events", namespace: "default")
            .filter { $0[path: ["involvedObject", "name"]]?.stringValue == name }
            .sorted { ($0["firstTimestamp"]?.stringValue ?? "", $0.name ?? "") < ($1["firstTimestamp"]?.stringValue ?? "", $1.name ?? "") }
            .map { "\($0["reason"]?.stringValue ?? ""): \($0["message"]?.stringValue ?? "")" }
    }

    func condition(_ name: String, _ type: String) throws -> JSON? {
        try pod(name)?[path: ["status", "conditions"]]?.arrayValue?.first { $0["type"]?.stringValue == type }
    }
}
