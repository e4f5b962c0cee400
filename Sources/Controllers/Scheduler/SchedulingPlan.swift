import API
import JSON

/// The scheduler's decision for one Pod, as pure functions over the Pod, the nodes and the Pods already
/// on them (upstream's filter and score plugins, reduced to what a simulated cluster needs): NodeName,
/// NodeUnschedulable, NodeAffinity (nodeSelector and required terms), TaintToleration, NodeResourcesFit,
/// NodePorts and the Pod count; then NodeResourcesLeastAllocated scoring.
public enum SchedulingPlan {
    /// What a Pod asks for.
    public struct Request: Equatable, Sendable {
        public var cpuMillis: Int64 = 0
        public var memoryBytes: Int64 = 0
        public var hostPorts: [String] = []   // "TCP/80"

        /// The effective request of a Pod: the larger of the sum of its containers and its largest init
        /// container, plus its overhead (upstream `computePodResourceRequest`).
        public init(pod: JSON) {
            func total(_ containers: [JSON]) -> (Int64, Int64) {
                containers.reduce((0, 0)) { acc, c in
                    let cpu = c[path: ["resources", "requests", "cpu"]].flatMap { Quantity(json: $0) }?.milliValue ?? 0
                    let mem = c[path: ["resources", "requests", "memory"]].flatMap { Quantity(json: $0) }?.value ?? 0
                    return (acc.0 + cpu, acc.1 + mem)
                }
            }
            let regular = total(pod[path: ["spec", "containers"]]?.arrayValue ?? [])
            let inits = (pod[path: ["spec", "initContainers"]]?.arrayValue ?? []).map { total([$0]) }
            cpuMillis = max(regular.0, inits.map(\.0).max() ?? 0)
            memoryBytes = max(regular.1, inits.map(\.1).max() ?? 0)
            if let o = pod[path: ["spec", "overhead"]] {
                cpuMillis += o["cpu"].flatMap { Quantity(json: $0) }?.milliValue ?? 0
                memoryBytes += o["memory"].flatMap { Quantity(json: $0) }?.value ?? 0
            }
            for c in pod[path: ["spec", "containers"]]?.arrayValue ?? [] {
                for p in c["ports"]?.arrayValue ?? [] {
                    if let hp = p["hostPort"]?.intValue, hp > 0 {
                        hostPorts.append((p["protocol"]?.stringValue ?? "TCP") + "/" + String(hp))
                    }
                }
            }
        }

        public init() {}
    }

    /// One node as the scheduler sees it.
    public struct NodeInfo: Sendable {
        public var node: JSON
        public var requested = Request()
        public var podCount = 0

        public init(node: JSON, requested: Request, podCount: Int) {
            self.node = node
            self.requested = requested
            self.podCount = podCount
        }

        public init(node: JSON, pods: [JSON]) {
            self.node = node
            for p in pods where !Pod(p).isTerminal {
                let r = Request(pod: p)
                requested.cpuMillis += r.cpuMillis
                requested.memoryBytes += r.memoryBytes
                requested.hostPorts += r.hostPorts
                podCount += 1
            }
        }

        var name: String { node.name ?? "" }
        var allocatableCPU: Int64 { node[path: ["status", "allocatable", "cpu"]].flatMap { Quantity(json: $0) }?.milliValue ?? 0 }
        var allocatableMemory: Int64 { node[path: ["status", "allocatable", "memory"]].flatMap { Quantity(json: $0) }?.value ?? 0 }
        var allocatablePods: Int64 { node[path: ["status", "allocatable", "pods"]].flatMap { Quantity(json: $0) }?.value ?? 0 }
    }

    /// The node chosen for `pod`, or the reasons each node failed, as upstream counts them.
    public enum Outcome: Equatable, Sendable {
        case node(String)
        case unschedulable(message: String)
    }

    /// Filters and scores; ties go to the first node by name (upstream picks one at random).
    public static func schedule(_ pod: JSON, nodes: [NodeInfo]) -> Outcome {
        let request = Request(pod: pod)
        var reasons: [String: Int] = [:]
        var resourceOnly = true
        var feasible: [(name: String, score: Double)] = []
        for info in nodes.sorted(by: { $0.name < $1.name }) {
            let failures = filter(pod, request, info)
            if failures.isEmpty {
                feasible.append((info.name, score(request, info)))
            } else {
                for f in failures { reasons[f, default: 0] += 1 }
                if !failures.allSatisfy({ $0.hasPrefix("Insufficient") || $0 == "Too many pods" }) { resourceOnly = false }
            }
        }
        if let best = feasible.max(by: { $0.score < $1.score || ($0.score == $1.score && $0.name > $1.name) }) {
            return .node(best.name)
        }
        let n = nodes.count
        let summary = reasons.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        let head = n == 0 ? "no nodes available to schedule pods" : "0/\(n) nodes are available: \(summary)."
        let preemption = n == 0 ? "" : resourceOnly
            ? " preemption: 0/\(n) nodes are available: \(n) No preemption victims found for incoming pod."
            : " preemption: 0/\(n) nodes are available: \(n) Preemption is not helpful for scheduling."
        return .unschedulable(message: head + preemption)
    }

    /// The reasons `info`'s node cannot take `pod` (empty: it fits).
    static func filter(_ pod: JSON, _ request: Request, _ info: NodeInfo) -> [String] {
        let node = info.node
        if let wanted = pod[path: ["spec", "nodeName"]]?.stringValue, !wanted.isEmpty, wanted != info.name {
            return ["node(s) didn't match the requested node name"]
        }
        if node[path: ["spec", "unschedulable"]]?.boolValue == true,
           !tolerates(pod, key: "node.kubernetes.io/unschedulable", value: "", effect: "NoSchedule") {
            return ["node(s) were unschedulable"]
        }
        if !matchesAffinity(pod, node) { return ["node(s) didn't match Pod's node affinity/selector"] }
        for t in node[path: ["spec", "taints"]]?.arrayValue ?? [] {
            let effect = t["effect"]?.stringValue ?? ""
            guard effect == "NoSchedule" || effect == "NoExecute" else { continue }
            let key = t["key"]?.stringValue ?? ""
            let value = t["value"]?.stringValue ?? ""
            if !tolerates(pod, key: key, value: value, effect: effect) {
                return ["node(s) had untolerated taint {\(key): \(value)}"]
            }
        }
        var failures: [String] = []
        if Int64(info.podCount) + 1 > info.allocatablePods { failures.append("Too many pods") }
        if request.cpuMillis > 0, info.requested.cpuMillis + request.cpuMillis > info.allocatableCPU {
            failures.append("Insufficient cpu")
        }
        if request.memoryBytes > 0, info.requested.memoryBytes + request.memoryBytes > info.allocatableMemory {
            failures.append("Insufficient memory")
        }
        if !failures.isEmpty { return failures }
        if !Set(request.hostPorts).isDisjoint(with: info.requested.hostPorts) {
            return ["node(s) didn't have free ports for the requested pod ports"]
        }
        return []
    }

    /// Least-allocated score: the mean free fraction of CPU and memory after placing the Pod.
    static func score(_ request: Request, _ info: NodeInfo) -> Double {
        func free(_ used: Int64, _ capacity: Int64) -> Double {
            capacity <= 0 ? 0 : max(0, Double(capacity - used) / Double(capacity))
        }
        // Upstream counts a Pod without requests as 100m CPU and 200 MB for scoring (non-zero defaults).
        let cpu = request.cpuMillis == 0 ? 100 : request.cpuMillis
        let mem = request.memoryBytes == 0 ? 200 * 1024 * 1024 : request.memoryBytes
        return (free(info.requested.cpuMillis + cpu, info.allocatableCPU)
                + free(info.requested.memoryBytes + mem, info.allocatableMemory)) / 2
    }

    /// Whether the Pod tolerates a taint (upstream `Toleration.ToleratesTaint`).
    static func tolerates(_ pod: JSON, key: String, value: String, effect: String) -> Bool {
        (pod[path: ["spec", "tolerations"]]?.arrayValue ?? []).contains { t in
            let tEffect = t["effect"]?.stringValue ?? ""
            if !tEffect.isEmpty, tEffect != effect { return false }
            let tKey = t["key"]?.stringValue ?? ""
            let op = t["operator"]?.stringValue ?? "Equal"
            if tKey.isEmpty { return op == "Exists" }
            if tKey != key { return false }
            return op == "Exists" || (t["value"]?.stringValue ?? "") == value
        }
    }

    /// nodeSelector and required node affinity (`In`, `NotIn`, `Exists`, `DoesNotExist`, `Gt`, `Lt` on labels).
    static func matchesAffinity(_ pod: JSON, _ node: JSON) -> Bool {
        let labels = node.labels
        for (k, v) in pod[path: ["spec", "nodeSelector"]]?.stringMap ?? [:] where labels[k] != v { return false }
        guard let terms = pod[path: ["spec", "affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution",
                                     "nodeSelectorTerms"]]?.arrayValue, !terms.isEmpty else { return true }
        return terms.contains { term in
            let expressions = term["matchExpressions"]?.arrayValue ?? []
            let fields = term["matchFields"]?.arrayValue ?? []
            if expressions.isEmpty && fields.isEmpty { return false }
            let fieldValues = ["metadata.name": node.name ?? ""]
            return expressions.allSatisfy { matches($0, labels) } && fields.allSatisfy { matches($0, fieldValues) }
        }
    }

    static func matches(_ requirement: JSON, _ values: [String: String]) -> Bool {
        let key = requirement["key"]?.stringValue ?? ""
        let wanted = (requirement["values"]?.arrayValue ?? []).compactMap(\.stringValue)
        let have = values[key]
        switch requirement["operator"]?.stringValue ?? "" {
        case "In": return have.map(wanted.contains) ?? false
        case "NotIn": return have.map { !wanted.contains($0) } ?? true
        case "Exists": return have != nil
        case "DoesNotExist": return have == nil
        case "Gt": return Int64(have ?? "").flatMap { h in Int64(wanted.first ?? "").map { h > $0 } } ?? false
        case "Lt": return Int64(have ?? "").flatMap { h in Int64(wanted.first ?? "").map { h < $0 } } ?? false
        default: return false
        }
    }
}
