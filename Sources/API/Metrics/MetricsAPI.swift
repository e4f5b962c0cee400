import Foundation
import JSON

/// The `metrics.k8s.io/v1beta1` resources as metrics-server 0.6 serves them: `PodMetrics` and
/// `NodeMetrics` for the Pods and Nodes that exist (listed with the request's label selector, then
/// filtered on their `metadata.name`/`metadata.namespace` by the field selector) and have been scraped,
/// sorted by namespace and name. Objects carry the Pod's or Node's name, namespace and labels and a
/// `creationTimestamp` of "now", as metrics-server stamps them.
public struct MetricsAPI: Sendable {
    /// The API group.
    public static let group = "metrics.k8s.io"
    /// The served version.
    public static let version = "v1beta1"
    /// The `APIService` that must exist and be `Available` for the group to be served.
    public static let apiServiceName = "v1beta1.metrics.k8s.io"

    /// Where the metrics API stands, from its APIService (what kube-aggregator's proxy decides on).
    public enum Availability: Sendable, Equatable {
        /// No APIService: the group is unknown (absent from discovery, paths 404).
        case absent
        /// The APIService exists but is not `Available`: requests get the aggregator's 503.
        case unavailable
        /// `Available=True`: served.
        case available
    }

    /// The state of the `v1beta1.metrics.k8s.io` APIService in `registry`'s cache (a small read, cheap
    /// enough per request, so discovery and the HPA follow the condition at once).
    public static func availability(in registry: Registry) -> Availability {
        guard let r = registry.resources.resource(group: "apiregistration.k8s.io", version: "v1", plural: "apiservices"),
              let cached = registry.cached(r, namespace: nil, name: apiServiceName) else { return .absent }
        guard let svc = try? JSONParser.parse(cached.bytes),
              let conditions = svc[path: ["status", "conditions"]]?.arrayValue,
              conditions.contains(where: { $0["type"]?.stringValue == "Available" && $0["status"]?.stringValue == "True" })
        else { return .unavailable }
        return .available
    }

    let registry: Registry
    let source: (any ResourceMetricsSource)?

    /// Reads Pods and Nodes from `registry` and usage from `source` (nil: nothing scraped yet, as a
    /// metrics-server that just started).
    public init(registry: Registry, source: (any ResourceMetricsSource)?) {
        self.registry = registry
        self.source = source
    }

    // MARK: Pods

    /// `PodMetrics` items in `namespace` (nil: all namespaces).
    public func listPods(namespace: String?, labels: LabelSelector?, fields: FieldSelector?) throws(APIError) -> [JSON] {
        let pods = try podObjects(namespace: namespace, labels: labels)
            .filter { fields?.matches(Self.metaFields($0, namespaced: true)) ?? true }
        let usage = podUsageIndex(namespace: namespace)
        let now = registry.clock.now()
        return pods.compactMap { pod in
            usage[Self.key(pod)].map { Self.podMetrics($0, labels: pod[path: ["metadata", "labels"]], now: now) }
        }.sorted(by: Self.byNamespaceAndName)
    }

    /// One Pod's `PodMetrics`: 404 `pods "x" not found` without the Pod (the lister's error, passed on),
    /// 404 `podmetrics.metrics.k8s.io "ns/x" not found` while it has no metrics.
    public func getPod(namespace: String, name: String) throws(APIError) -> JSON {
        guard let podsR = registry.resources.resource(group: "", version: "v1", plural: "pods"),
              let cached = registry.cached(podsR, namespace: namespace, name: name),
              let pod = try? JSONParser.parse(cached.bytes) else {
            throw APIError.notFound(resource: "pods", group: "", name: name)
        }
        guard let usage = source?.podUsage(namespace: namespace).first(where: { $0.name == name }) else {
            throw APIError.notFound(resource: "podmetrics", group: Self.group, name: "\(namespace)/\(name)")
        }
        return Self.podMetrics(usage, labels: pod[path: ["metadata", "labels"]], now: registry.clock.now())
    }

    // MARK: Nodes

    /// `NodeMetrics` items.
    public func listNodes(labels: LabelSelector?, fields: FieldSelector?) throws(APIError) -> [JSON] {
        let nodes = try nodeObjects(labels: labels).filter { fields?.matches(Self.metaFields($0, namespaced: false)) ?? true }
        var usage: [String: NodeUsage] = [:]
        for u in source?.nodeUsage() ?? [] { usage[u.name] = u }
        let now = registry.clock.now()
        return nodes.compactMap { node in
            node.name.flatMap { usage[$0] }.map { Self.nodeMetrics($0, labels: node[path: ["metadata", "labels"]], now: now) }
        }.sorted(by: Self.byNamespaceAndName)
    }

    /// One Node's `NodeMetrics`: 404 `node "x" not found` without the Node (client-go's Node lister
    /// names the resource in the singular), `nodemetrics.metrics.k8s.io "x" not found` without metrics.
    public func getNode(name: String) throws(APIError) -> JSON {
        guard let nodesR = registry.resources.resource(group: "", version: "v1", plural: "nodes"),
              let cached = registry.cached(nodesR, namespace: nil, name: name),
              let node = try? JSONParser.parse(cached.bytes) else {
            throw APIError.notFound(resource: "node", group: "", name: name)
        }
        guard let usage = source?.nodeUsage().first(where: { $0.name == name }) else {
            throw APIError.notFound(resource: "nodemetrics", group: Self.group, name: name)
        }
        return Self.nodeMetrics(usage, labels: node[path: ["metadata", "labels"]], now: registry.clock.now())
    }

    // MARK: Reading

    private func podObjects(namespace: String?, labels: LabelSelector?) throws(APIError) -> [JSON] {
        guard let r = registry.resources.resource(group: "", version: "v1", plural: "pods") else { return [] }
        return registry.snapshot(r, namespace: namespace, labelSelector: labels).objects.compactMap { try? JSONParser.parse($0.bytes) }
    }

    private func nodeObjects(labels: LabelSelector?) throws(APIError) -> [JSON] {
        guard let r = registry.resources.resource(group: "", version: "v1", plural: "nodes") else { return [] }
        return registry.snapshot(r, labelSelector: labels).objects.compactMap { try? JSONParser.parse($0.bytes) }
    }

    private func podUsageIndex(namespace: String?) -> [String: PodUsage] {
        var index: [String: PodUsage] = [:]
        for u in source?.podUsage(namespace: namespace) ?? [] { index[u.namespace + "/" + u.name] = u }
        return index
    }

    private static func key(_ obj: JSON) -> String { (obj.namespace ?? "") + "/" + (obj.name ?? "") }

    /// The ObjectMeta fields metrics-server's field selectors see (`AddObjectMetaFieldsSet`).
    static func metaFields(_ obj: JSON, namespaced: Bool) -> [String: String] {
        var f = ["metadata.name": obj.name ?? ""]
        if namespaced { f["metadata.namespace"] = obj.namespace ?? "" }
        return f
    }

    static func byNamespaceAndName(_ a: JSON, _ b: JSON) -> Bool {
        let (an, bn) = (a.namespace ?? "", b.namespace ?? "")
        if an != bn { return an < bn }
        return (a.name ?? "") < (b.name ?? "")
    }
}

extension MetricsAPI {
    // MARK: Objects

    /// A `PodMetrics` item (no `kind`/`apiVersion`: list items carry none; `object(…)` adds them for a get).
    public static func podMetrics(_ u: PodUsage, labels: JSON?, now: Date) -> JSON {
        let containers: [JSON] = u.containers.map { c in
            .object(JSONObject([
                ("name", .string(c.name)),
                ("usage", .object(JSONObject([("cpu", .string(MetricsFormat.cpu(nanoCores: c.cpuNanoCores))),
                                              ("memory", .string(MetricsFormat.memory(bytes: c.memoryBytes)))]))),
            ]))
        }
        return .object(JSONObject([
            ("metadata", metadata(name: u.name, namespace: u.namespace, labels: labels, now: now)),
            ("timestamp", .string(ObjectMeta.timestamp(u.timestamp))),
            ("window", .string(MetricsFormat.duration(seconds: u.window))),
            ("containers", .array(containers)),
        ]))
    }

    /// A `NodeMetrics` item.
    public static func nodeMetrics(_ u: NodeUsage, labels: JSON?, now: Date) -> JSON {
        .object(JSONObject([
            ("metadata", metadata(name: u.name, namespace: nil, labels: labels, now: now)),
            ("timestamp", .string(ObjectMeta.timestamp(u.timestamp))),
            ("window", .string(MetricsFormat.duration(seconds: u.window))),
            ("usage", .object(JSONObject([("cpu", .string(MetricsFormat.cpu(nanoCores: u.cpuNanoCores))),
                                          ("memory", .string(MetricsFormat.memory(bytes: u.memoryBytes)))]))),
        ]))
    }

    private static func metadata(name: String, namespace: String?, labels: JSON?, now: Date) -> JSON {
        var m = JSONObject([("name", .string(name))])
        if let namespace { m["namespace"] = .string(namespace) }
        m["creationTimestamp"] = .string(ObjectMeta.timestamp(now))
        if let labels, case .object(let o) = labels, !o.isEmpty { m["labels"] = labels }
        return .object(m)
    }

    /// An item as a GET answers it: `kind` and `apiVersion` first.
    public static func object(_ item: JSON, kind: String) -> JSON {
        var o = JSONObject([("kind", .string(kind)), ("apiVersion", .string(group + "/" + version))])
        if case .object(let fields) = item { for (k, v) in fields { o[k] = v } }
        return .object(o)
    }

    /// `PodMetricsList` / `NodeMetricsList` with empty list metadata, as metrics-server answers.
    public static func list(_ items: [JSON], kind: String) -> JSON {
        .object(JSONObject([
            ("kind", .string(kind)), ("apiVersion", .string(group + "/" + version)),
            ("metadata", .object(JSONObject())), ("items", .array(items)),
        ]))
    }

    // MARK: Tables

    /// metrics-server's Table: columns Name, `cpu`, `memory` (quantities; a Pod's containers summed)
    /// and Window, defined only when there is a row (an empty list has `columnDefinitions: null`).
    public static func table(_ items: [JSON], tableVersion: String, includeObject: TableConvertor.IncludeObject) -> JSON {
        let metaVersion = "meta.k8s.io/" + tableVersion
        var columns: JSON = .null
        if !items.isEmpty {
            func column(_ name: String, _ format: String, _ description: String = "") -> JSON {
                .object(JSONObject([("name", .string(name)), ("type", "string"), ("format", .string(format)),
                                    ("description", .string(description)), ("priority", .int(0))]))
            }
            columns = .array([column("Name", "name", "Name of the resource"), column("cpu", "quantity"),
                              column("memory", "quantity"), column("Window", "duration")])
        }
        let rows: [JSON] = items.map { item in
            let (cpu, memory) = usageSums(item)
            var row = JSONObject([("cells", .array([.string(item.name ?? ""), .string(cpu), .string(memory),
                                                    item["window"] ?? ""]))])
            switch includeObject {
            case .none: row["object"] = .null
            case .metadata: row["object"] = PartialObjectMetadata.from(item, apiVersion: metaVersion)
            case .object: row["object"] = item
            }
            return .object(row)
        }
        return .object(JSONObject([
            ("kind", "Table"), ("apiVersion", .string(metaVersion)), ("metadata", .object(JSONObject())),
            ("columnDefinitions", columns), ("rows", items.isEmpty ? .null : .array(rows)),
        ]))
    }

    /// CPU and memory of a NodeMetrics, or of a PodMetrics' containers together, in canonical form.
    static func usageSums(_ item: JSON) -> (cpu: String, memory: String) {
        let usages: [JSON] = item["containers"]?.arrayValue?.compactMap { $0["usage"] } ?? [item["usage"] ?? .null]
        var cpu = Quantity(mantissa: 0), memory = Quantity(mantissa: 0, format: .binarySI)
        for u in usages {
            if let s = u["cpu"]?.stringValue, let q = Quantity(s) { cpu = cpu + q }
            if let s = u["memory"]?.stringValue, let q = Quantity(s) { memory = memory + q }
        }
        cpu.format = .decimalSI
        memory.format = .binarySI
        return (cpu.canonical, memory.canonical)
    }
}
