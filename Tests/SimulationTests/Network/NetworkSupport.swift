import API
import Controllers
import Foundation
import JSON
import Simulation
import TestCluster

/// A simulated cluster with a network over it (answers come at once: the manual clock does not move
/// on its own), and helpers to create Pods, Services and Ingresses.
struct NetworkFixture {
    let cluster: TestCluster
    let network: ClusterNetwork
    let nodes: [NodeSpec]

    init(nodes count: Int = 1, cpus: Int = 4, statusController: Bool = false) throws {
        nodes = NodeSpec.cluster(count: count, cpuMillis: cpus * 1000, memoryBytes: 8192 << 20)
        cluster = try TestCluster(controllers: ControllerManager.standard + SimulatedNodes.controllers(nodes))
        var options = ClusterNetwork.Options()
        options.modelsLatency = false
        network = ClusterNetwork(context: cluster.context, nodes: nodes, options: options)
        if statusController { cluster.start(NetworkStatusController.factory(network: network)) }
        try cluster.runUntilQuiet()
    }

    /// Creates a Pod `name` labelled `app=<app>` running `image`, with optional container fields.
    @discardableResult
    func pod(_ name: String, app: String, image: String, args: [String]? = nil, container extra: JSONObject = [:],
             namespace: String = "default") throws -> JSON {
        var c: JSONObject = ["name": "main", "image": .string(image)]
        if let args { c["args"] = .array(args.map(JSON.string)) }
        for (k, v) in extra { c[k] = v }
        let p: JSON = ["apiVersion": "v1", "kind": "Pod",
                       "metadata": ["name": .string(name), "labels": ["app": .string(app)]],
                       "spec": ["containers": [.object(c)]]]
        return try cluster.client.create(try cluster.resource("", "v1", "pods"), namespace: namespace, p)
    }

    /// Creates a Service selecting `app=<app>`; `ports` are (name, port, targetPort) with a numeric or
    /// named target.
    func service(_ name: String, app: String, ports: [(String, Int, JSON)], headless: Bool = false, type: String = "ClusterIP",
                 affinity: Bool = false, namespace: String = "default") throws {
        var spec: JSONObject = ["selector": ["app": .string(app)], "type": .string(type),
                                "ports": .array(ports.map { ["name": .string($0.0), "port": .int(Int64($0.1)), "targetPort": $0.2, "protocol": "TCP"] })]
        if headless { spec["clusterIP"] = "None" }
        if affinity { spec["sessionAffinity"] = "ClientIP" }
        let s: JSON = ["apiVersion": "v1", "kind": "Service", "metadata": ["name": .string(name)], "spec": .object(spec)]
        _ = try cluster.client.create(try cluster.resource("", "v1", "services"), namespace: namespace, s)
    }

    /// Creates an Ingress.
    func ingress(_ name: String, spec: JSON, annotations: JSONObject = [:]) throws {
        let i: JSON = ["apiVersion": "networking.k8s.io/v1", "kind": "Ingress",
                       "metadata": ["name": .string(name), "annotations": .object(annotations)], "spec": spec]
        _ = try cluster.client.create(try cluster.resource("networking.k8s.io", "v1", "ingresses"), namespace: "default", i)
    }

    /// The current Pod object.
    func get(_ name: String, namespace: String = "default") throws -> JSON {
        guard let p = try cluster.get("", "v1", "pods", namespace: namespace, name) else { throw FixtureError("no pod \(name)") }
        return p
    }

    /// What a process in Pod `name` may do on the network.
    func access(from name: String) throws -> any NetworkAccess { network.access(from: try get(name)) }

    /// `GET http://host:port/path` from Pod `from`: the body, or the error.
    func curl(from: String, _ host: String, _ port: Int, _ path: String = "/", headers: [(name: String, value: String)] = [])
        throws -> Result<NetResponse, NetError> {
        try access(from: from).http(NetRequest(host: host, port: port, path: path, headers: headers))
    }

    /// The response body as text, or "error: …".
    func body(from: String, _ host: String, _ port: Int, _ path: String = "/", headers: [(name: String, value: String)] = []) throws -> String {
        switch try curl(from: from, host, port, path, headers: headers) {
        case .success(let r): return String(decoding: r.body, as: UTF8.self)
        case .failure(let e): return "error: \(e)"
        }
    }

    /// Service `name`'s ClusterIP.
    func clusterIP(_ name: String) throws -> String {
        try cluster.get("", "v1", "services", namespace: "default", name)?[path: ["spec", "clusterIP"]]?.stringValue ?? ""
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}
