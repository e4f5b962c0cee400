import API
import Controllers
import Foundation
import JSON
import Simulation
import TestCluster

/// Objects and reads shared by the endpoint controller tests.
enum EndpointsFixture {
    static let node = "kubeling-control-plane"
    static let managedBy = "endpointslice-controller.k8s.io"

    /// A test cluster with the standard controllers and one simulated node, whose kubelet runs Pods and
    /// makes them Running and Ready with IPs from 10.244.0.0/24.
    static func simulatedCluster() throws -> TestCluster {
        let nodes = NodeSpec.cluster(count: 1, cpuMillis: 4000, memoryBytes: 8 << 30)
        let cluster = try TestCluster(controllers: ControllerManager.standard + SimulatedNodes.controllers(nodes))
        try cluster.runUntilQuiet()
        return cluster
    }

    /// A Pod labelled `labels` whose one container exposes `ports` (by default `http` on 80).
    static func pod(_ name: String, labels: JSON = ["app": "web"], image: String = "nginx", command: [String]? = nil,
                    ports: JSON = [["name": "http", "containerPort": 80]], container extra: JSONObject = [:],
                    nodeName: String? = nil) -> JSON {
        var c: JSONObject = ["name": "main", "image": .string(image), "ports": ports]
        if let command { c["command"] = .array(command.map(JSON.string)) }
        for (k, v) in extra { c[k] = v }
        var spec: JSONObject = ["containers": [.object(c)]]
        if let nodeName { spec["nodeName"] = .string(nodeName) }
        return ["apiVersion": "v1", "kind": "Pod", "metadata": ["name": .string(name), "labels": labels],
                "spec": .object(spec)]
    }

    /// A Service selecting `selector` (none when nil) with `ports` (by default `web` 8080 → `http`).
    static func service(_ name: String, selector: JSON? = ["app": "web"], labels: JSON = ["team": "a"],
                        ports: JSON = [["name": "web", "port": 8080, "targetPort": "http"]],
                        spec extra: JSONObject = [:]) -> JSON {
        var spec: JSONObject = ["ports": ports]
        if let selector { spec["selector"] = selector }
        for (k, v) in extra { spec[k] = v }
        return ["apiVersion": "v1", "kind": "Service", "metadata": ["name": .string(name), "labels": labels],
                "spec": .object(spec)]
    }

    /// An address as the Endpoints controller writes it for `pod`.
    static func address(_ pod: JSON, node: String = node) -> JSON {
        ["ip": .string(pod[path: ["status", "podIP"]]?.stringValue ?? ""), "nodeName": .string(node),
         "targetRef": ["kind": "Pod", "namespace": "default", "name": .string(pod.name ?? ""), "uid": .string(pod.uid ?? "")]]
    }

    /// A slice endpoint as the EndpointSlice controller writes it for `pod`.
    static func endpoint(_ pod: JSON, ready: Bool, serving: Bool, terminating: Bool = false, node: String = node) -> JSON {
        ["addresses": [.string(pod[path: ["status", "podIP"]]?.stringValue ?? "")],
         "conditions": ["ready": .bool(ready), "serving": .bool(serving), "terminating": .bool(terminating)],
         "targetRef": ["kind": "Pod", "namespace": "default", "name": .string(pod.name ?? ""), "uid": .string(pod.uid ?? "")],
         "nodeName": .string(node)]
    }

    /// Slice endpoints (or addresses) ordered by their target's name.
    static func byTarget(_ list: JSON?) -> [JSON] {
        (list?.arrayValue ?? []).sorted {
            ($0[path: ["targetRef", "name"]]?.stringValue ?? "") < ($1[path: ["targetRef", "name"]]?.stringValue ?? "")
        }
    }
}

extension TestCluster {
    @discardableResult
    func create(_ object: JSON, namespace: String = "default") throws -> JSON {
        let (group, version, plural): (String, String, String) = switch object["kind"]?.stringValue {
        case "Service": ("", "v1", "services")
        case "Endpoints": ("", "v1", "endpoints")
        case "Node": ("", "v1", "nodes")
        default: ("", "v1", "pods")
        }
        let ns: String? = plural == "nodes" ? nil : namespace
        return try client.create(try resource(group, version, plural), namespace: ns, object)
    }

    func pod(named name: String) throws -> JSON? { try get("", "v1", "pods", namespace: "default", name) }

    func endpoints(_ name: String, namespace: String = "default") throws -> JSON? {
        try get("", "v1", "endpoints", namespace: namespace, name)
    }

    /// The slices labelled for Service `name`, by name.
    func slices(of name: String, namespace: String = "default") throws -> [JSON] {
        try list("discovery.k8s.io", "v1", "endpointslices", namespace: namespace)
            .filter { $0.labels["kubernetes.io/service-name"] == name }
            .sorted { ($0.name ?? "") < ($1.name ?? "") }
    }

    /// Patches a Service's spec.
    func patchService(_ name: String, _ spec: JSON) throws {
        try client.patch(try resource("", "v1", "services"), namespace: "default", name: name, ["spec": spec])
    }

    func delete(_ plural: String, _ name: String, group: String = "", namespace: String = "default") throws {
        try client.delete(try resource(group, "v1", plural), namespace: namespace, name: name)
    }

    /// Writes a Pod's status as a kubelet would: Running with `ip`, Ready as given since `since`.
    func setStatus(_ name: String, ip: String, ready: Bool, since: String = "2026-01-01T00:00:00Z") throws {
        try client.patch(try resource("", "v1", "pods"), namespace: "default", name: name, subresource: "status",
                         ["status": ["phase": "Running", "podIP": .string(ip), "podIPs": [["ip": .string(ip)]],
                                     "conditions": [["type": "Ready", "status": ready ? "True" : "False",
                                                     "lastTransitionTime": .string(since)]]]])
    }
}
