import API
@testable import Controllers
import Foundation
import JSON
import TestCluster
import Testing

/// Usage a test sets per Pod, reported as metrics-server would (timestamp now, 15 s window).
final class FakeResourceMetrics: ResourceMetricsSource, @unchecked Sendable {
    // Invariant: `cpu` and `pods` are guarded by `lock`.
    private let lock = NSLock()
    private let clock: any Clock
    /// Millicores per Pod name; Pods absent here have no sample.
    private var cpu: [String: Int64] = [:]
    private var pods: [String: String] = [:]  // name → container

    init(clock: any Clock) { self.clock = clock }

    func set(_ pod: String, container: String, cpuMillis: Int64?) {
        lock.withLock {
            cpu[pod] = cpuMillis
            pods[pod] = cpuMillis == nil ? nil : container
        }
    }

    func podUsage(namespace: String?) -> [PodUsage] {
        let now = clock.now()
        return lock.withLock {
            cpu.keys.sorted().compactMap { name in
                guard let milli = cpu[name], let container = pods[name] else { return nil }
                return PodUsage(namespace: "default", name: name, timestamp: now, window: 15,
                                containers: [ContainerUsage(name: container, cpuNanoCores: milli * 1_000_000, memoryBytes: 1 << 20)])
            }
        }
    }

    func nodeUsage() -> [NodeUsage] { [] }
}

/// A test cluster running only the HPA controller, with the walkthrough's Deployment
/// (`hello-world-flask`, one container of that name). The test plays the ReplicaSet controller and the
/// kubelet: `syncPods` makes as many Running, Ready Pods (started an hour ago) as the Deployment asks
/// for, each using `load` millicores.
final class HPAFixture {
    let cluster: TestCluster
    let metrics: FakeResourceMetrics
    let deployments: ResourceInfo
    let hpas: ResourceInfo
    let pods: ResourceInfo
    let name = "hello-world-flask"
    /// Millicores each Pod uses.
    var load: Int64 = 1

    init(metricsAvailable: Bool = true, serveMetrics: Bool = true) throws {
        cluster = try TestCluster(controllers: [{ HorizontalPodAutoscalerController(context: $0) }])
        metrics = FakeResourceMetrics(clock: cluster.clock)
        if serveMetrics { cluster.context.resourceMetrics = metrics }
        if metricsAvailable { cluster.context.resourceMetricsAvailable = { true } }
        deployments = try cluster.resource("apps", "v1", "deployments")
        hpas = try cluster.resource("autoscaling", "v2", "horizontalpodautoscalers")
        pods = try cluster.resource("", "v1", "pods")
    }

    /// The Deployment, with a CPU request of `cpuRequest` when given.
    func createDeployment(replicas: Int64 = 2, cpuRequest: String? = nil) throws {
        var container: JSONObject = ["name": .string(name), "image": "hello-world-flask:1.0"]
        if let cpuRequest { container["resources"] = ["requests": ["cpu": .string(cpuRequest)]] }
        let d: JSON = ["apiVersion": "apps/v1", "kind": "Deployment", "metadata": ["name": .string(name)],
                       "spec": ["replicas": .int(replicas), "selector": ["matchLabels": ["app": .string(name)]],
                                "template": ["metadata": ["labels": ["app": .string(name)]],
                                             "spec": ["containers": [.object(container)]]]]]
        try cluster.client.create(deployments, namespace: "default", d)
        try syncPods()
    }

    /// `kubectl autoscale deployment hello-world-flask --cpu-percent=50 --min=2 --max=10` (v2, no
    /// behavior), or with `behavior` when given.
    func autoscale(min: Int64 = 2, max: Int64 = 10, cpuPercent: Int64 = 50, behavior: JSON? = nil,
                   target: String? = nil) throws {
        var spec: JSONObject = [
            "scaleTargetRef": ["apiVersion": "apps/v1", "kind": "Deployment", "name": .string(target ?? name)],
            "minReplicas": .int(min), "maxReplicas": .int(max),
            "metrics": [["type": "Resource", "resource": ["name": "cpu", "target": ["type": "Utilization",
                                                                                    "averageUtilization": .int(cpuPercent)]]]],
        ]
        if let behavior { spec["behavior"] = behavior }
        try cluster.client.create(hpas, namespace: "default", ["apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler",
                                                               "metadata": ["name": .string(name)], "spec": .object(spec)])
        try cluster.runUntilQuiet()
    }

    var replicas: Int { Int(cluster.client.get(deployments, namespace: "default", name: name)?[path: ["spec", "replicas"]]?.intValue ?? 0) }

    var hpa: JSON? { cluster.client.get(hpas, namespace: "default", name: name) }

    func condition(_ type: String) -> JSON? {
        hpa?[path: ["status", "conditions"]]?.arrayValue?.first { $0["type"]?.stringValue == type }
    }

    /// Plays the ReplicaSet controller and the kubelet: Pods `name-0…` up to the Deployment's size,
    /// Running and Ready since an hour ago, each reported at `load`; surplus ones deleted.
    func syncPods() throws {
        let want = replicas
        let template = cluster.client.get(deployments, namespace: "default", name: name)?[path: ["spec", "template"]]
        let existing = Set(try cluster.list("", "v1", "pods", namespace: "default").compactMap(\.name))
        let started = ObjectMeta.timestamp(cluster.clock.now().addingTimeInterval(-3600))
        for i in 0..<max(want, existing.count) {
            let podName = "\(name)-\(i)"
            if i >= want {
                if existing.contains(podName) {
                    try cluster.client.delete(pods, namespace: "default", name: podName)
                    metrics.set(podName, container: name, cpuMillis: nil)
                }
                continue
            }
            if !existing.contains(podName) {
                let pod: JSON = ["apiVersion": "v1", "kind": "Pod",
                                 "metadata": ["name": .string(podName), "labels": template?[path: ["metadata", "labels"]] ?? .null],
                                 "spec": template?["spec"] ?? .null]
                try cluster.client.create(pods, namespace: "default", pod)
                try cluster.client.patch(pods, namespace: "default", name: podName, subresource: "status",
                                         ["status": ["phase": "Running", "startTime": .string(started),
                                                     "conditions": [["type": "Ready", "status": "True",
                                                                     "lastTransitionTime": .string(started)]]]])
            }
            metrics.set(podName, container: name, cpuMillis: load)
        }
        try cluster.runUntilQuiet()
    }

    /// Moves time on by one sync period at a time for `seconds`, letting Pods follow the Deployment
    /// after each step; returns the Deployment's size after each step.
    @discardableResult
    func run(for seconds: Double, step: Double = 15) throws -> [Int] {
        var sizes: [Int] = []
        var left = seconds
        while left > 0 {
            try cluster.advance(by: min(step, left))
            left -= step
            try syncPods()
            sizes.append(replicas)
        }
        return sizes
    }

    /// Messages of the events about the HPA with `reason`, oldest first.
    func events(_ reason: String) throws -> [JSON] {
        try cluster.list("", "v1", "events", namespace: "default")
            .filter { $0[path: ["involvedObject", "kind"]]?.stringValue == "HorizontalPodAutoscaler" && $0["reason"]?.stringValue == reason }
            .sorted { ($0["firstTimestamp"]?.stringValue ?? "", $0.name ?? "") < ($1["firstTimestamp"]?.stringValue ?? "", $1.name ?? "") }
    }

    func messages(_ reason: String) throws -> [String] { try events(reason).compactMap { $0["message"]?.stringValue } }
}
