import API
@testable import Controllers
import Foundation
import JSON
import TestCluster
import Testing

/// A test cluster running only the Deployment controller. There is no ReplicaSet controller here, so
/// tests play its part: `settle` writes a ReplicaSet's status as if its Pods existed and were ready.
final class DeploymentFixture {
    let cluster: TestCluster
    let deployments: ResourceInfo
    let replicaSets: ResourceInfo
    let namespace = "default"

    init() throws {
        cluster = try TestCluster(controllers: [{ DeploymentController(context: $0) }])
        deployments = try cluster.resource("apps", "v1", "deployments")
        replicaSets = try cluster.resource("apps", "v1", "replicasets")
    }

    /// A Deployment `name` with one container `web` running `image`; `spec` members are merged in.
    @discardableResult
    func create(_ name: String, replicas: Int = 3, image: String = "nginx:1.25", spec: JSONObject = [:]) throws -> JSON {
        var d: JSON = [
            "apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": ["name": .string(name), "labels": ["app": .string(name)]],
            "spec": ["replicas": .int(Int64(replicas)), "selector": ["matchLabels": ["app": .string(name)]],
                     "template": ["metadata": ["labels": ["app": .string(name)]],
                                  "spec": ["containers": [["name": "web", "image": .string(image)]]]]],
        ]
        for (k, v) in spec { d[path: ["spec", k]] = v }
        let created = try cluster.client.create(deployments, namespace: namespace, d)
        try cluster.runUntilQuiet()
        return created
    }

    /// Changes the Deployment through read-modify-write, then lets the controller react.
    func update(_ name: String, _ change: (inout JSON) -> Void) throws {
        var d = try #require(deployment(name))
        change(&d)
        try cluster.client.update(deployments, namespace: namespace, name: name, d)
        try cluster.runUntilQuiet()
    }

    func setImage(_ name: String, _ image: String) throws {
        try update(name) { $0[path: ["spec", "template", "spec", "containers"]] = [["name": "web", "image": .string(image)]] }
    }

    func scale(_ name: String, to replicas: Int) throws {
        try update(name) { $0[path: ["spec", "replicas"]] = .int(Int64(replicas)) }
    }

    func deployment(_ name: String) -> JSON? { cluster.client.get(deployments, namespace: namespace, name: name) }

    /// The ReplicaSets the Deployment controls, by revision.
    func replicaSets(of name: String) -> [JSON] {
        guard let uid = deployment(name)?.uid else { return [] }
        return cluster.context.informers.lister(for: replicaSets).list(namespace: namespace)
            .filter { $0.controllerRef?.uid == uid }
            .sorted { revision($0) < revision($1) }
    }

    func revision(_ rs: JSON) -> Int { Int(rs.annotations["deployment.kubernetes.io/revision"] ?? "") ?? 0 }

    /// `spec.replicas` of each ReplicaSet, by revision.
    func sizes(_ name: String) -> [Int] { replicaSets(of: name).map(specReplicas) }

    func specReplicas(_ rs: JSON) -> Int { Int(rs[path: ["spec", "replicas"]]?.intValue ?? 0) }
    func availableReplicas(_ rs: JSON) -> Int { Int(rs[path: ["status", "availableReplicas"]]?.intValue ?? 0) }

    /// Plays the ReplicaSet controller for one set: `replicas` Pods exist (default: as many as asked
    /// for), `available` of them ready and available (default: all).
    func settle(_ rs: JSON, replicas: Int? = nil, available: Int? = nil) throws {
        guard let name = rs.name, var current = cluster.client.get(replicaSets, namespace: namespace, name: name) else { return }
        let n = replicas ?? specReplicas(current)
        let a = available ?? n
        current["status"] = ["replicas": .int(Int64(n)), "fullyLabeledReplicas": .int(Int64(n)), "readyReplicas": .int(Int64(a)),
                             "availableReplicas": .int(Int64(a)), "observedGeneration": .int(current.generation)]
        try cluster.client.update(replicaSets, namespace: namespace, name: name, subresource: "status", current)
    }

    /// Every ReplicaSet of the Deployment reaches its size, all available; then the controller reacts.
    func settleAll(_ name: String) throws {
        for rs in replicaSets(of: name) { try settle(rs) }
        try cluster.runUntilQuiet()
    }

    /// A status field of the Deployment (0 when omitted, as upstream omits zeros).
    func status(_ name: String, _ field: String) -> Int {
        Int(deployment(name)?[path: ["status", field]]?.intValue ?? 0)
    }

    func condition(_ name: String, _ type: String) -> DeploymentCondition? {
        DeploymentStatus(deployment(name)?["status"]).condition(type)
    }

    /// Messages of the `ScalingReplicaSet` events about the Deployment, oldest first.
    func scalingEvents(_ name: String) throws -> [String] {
        try cluster.list("", "v1", "events", namespace: namespace)
            .filter { $0[path: ["involvedObject", "name"]]?.stringValue == name && $0["reason"]?.stringValue == "ScalingReplicaSet" }
            .sorted { ($0.name ?? "") < ($1.name ?? "") }
            .compactMap { $0["message"]?.stringValue }
    }

    /// Steps a rollout of `name` through: after each controller step checks that at most `maxTotal`
    /// Pods are asked for and at least `minAvailable` stay available, then lets every Pod become
    /// available. Returns (old, new) sizes after each step.
    func rollOut(_ name: String, maxTotal: Int, minAvailable: Int, sourceLocation: SourceLocation = #_sourceLocation) throws -> [[Int]] {
        var steps: [[Int]] = []
        for _ in 0..<30 {
            let sets = replicaSets(of: name)
            let sizes = sets.map(specReplicas)
            if steps.last != sizes { steps.append(sizes) }
            #expect(sizes.reduce(0, +) <= maxTotal, "asked for \(sizes)", sourceLocation: sourceLocation)
            // Pods a set still has are those it was asked to keep, of those that were available.
            let available = sets.reduce(0) { $0 + min(specReplicas($1), availableReplicas($1)) }
            #expect(available >= minAvailable, "only \(available) available at \(sizes)", sourceLocation: sourceLocation)
            let settled = sets.allSatisfy {
                Int($0[path: ["status", "replicas"]]?.intValue ?? 0) == specReplicas($0) && availableReplicas($0) == specReplicas($0)
            }
            if settled, sizes.dropLast().allSatisfy({ $0 == 0 }) { break }
            try settleAll(name)
        }
        return steps
    }
}
