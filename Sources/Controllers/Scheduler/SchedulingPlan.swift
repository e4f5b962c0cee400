import API
import JSON

/// The scheduler's decision for one Pod, as pure functions over the Pod, the nodes and the Pods already
/// on them (upstream's filter and score plugins, reduced to what a simulated cluster needs): NodeName,
/// NodeUnschedulable, NodeAffinity (nodeSelector and required terms), TaintToleration, NodeResourcesFit,
/// NodePorts, the Pod count and required inter-pod (anti-)affinity; then NodeResourcesLeastAllocated
/// scoring; and, when only room is missing, DefaultPreemption's choice of lower-priority victims.
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

    /// A Pod already on a node, as affinity and preemption need it.
    public struct PlacedPod: Sendable {
        public var key: ObjectKey
        public var uid: String
        public var labels: [String: String]
        public var priority: Int
        public var request: Request
        /// Its required pod anti-affinity terms (which an incoming Pod must not violate either).
        public var antiAffinity: [JSON]
        /// When it started (`status.startTime`, else its creation): among victims of equal priority the
        /// latest started goes first (upstream `MoreImportantPod`).
        public var started: String
        /// Being deleted because a preemption chose it (upstream `podTerminatingByPreemption`).
        public var terminatingByPreemption: Bool

        public init(pod: JSON) {
            key = pod.objectKey ?? ObjectKey(namespace: pod.namespace, name: pod.name ?? "")
            uid = pod.uid ?? ""
            labels = pod.labels
            priority = Int(pod[path: ["spec", "priority"]]?.intValue ?? 0)
            request = Request(pod: pod)
            antiAffinity = SchedulingPlan.terms(pod, "podAntiAffinity")
            started = pod[path: ["status", "startTime"]]?.stringValue ?? pod.creationTimestamp ?? ""
            terminatingByPreemption = pod.isBeingDeleted && (pod[path: ["status", "conditions"]]?.arrayValue ?? []).contains {
                $0["type"]?.stringValue == "DisruptionTarget" && $0["reason"]?.stringValue == SchedulingPlan.preemptionReason
            }
        }
    }

    /// The `DisruptionTarget` condition's reason on a victim of preemption.
    public static let preemptionReason = "PreemptionByScheduler"

    /// One node as the scheduler sees it.
    public struct NodeInfo: Sendable {
        public var node: JSON
        public var requested = Request()
        public var podCount = 0
        /// The Pods on it (for inter-pod affinity and preemption).
        public var pods: [PlacedPod] = []

        public init(node: JSON, requested: Request, podCount: Int, pods: [PlacedPod] = []) {
            self.node = node
            self.requested = requested
            self.podCount = podCount
            self.pods = pods
        }

        public init(node: JSON, pods: [JSON]) {
            self.node = node
            for p in pods where !Pod(p).isTerminal { add(PlacedPod(pod: p)) }
        }

        mutating func add(_ p: PlacedPod) {
            requested.cpuMillis += p.request.cpuMillis
            requested.memoryBytes += p.request.memoryBytes
            requested.hostPorts += p.request.hostPorts
            podCount += 1
            pods.append(p)
        }

        /// The node without `victims` (preemption's what-if).
        func removing(_ victims: Set<ObjectKey>) -> NodeInfo {
            var copy = NodeInfo(node: node, requested: Request(), podCount: 0)
            for p in pods where !victims.contains(p.key) { copy.add(p) }
            return copy
        }

        var name: String { node.name ?? "" }
        var allocatableCPU: Int64 { node[path: ["status", "allocatable", "cpu"]].flatMap { Quantity(json: $0) }?.milliValue ?? 0 }
        var allocatableMemory: Int64 { node[path: ["status", "allocatable", "memory"]].flatMap { Quantity(json: $0) }?.value ?? 0 }
        var allocatablePods: Int64 { node[path: ["status", "allocatable", "pods"]].flatMap { Quantity(json: $0) }?.value ?? 0 }
    }

    /// The node chosen for `pod`, or the reasons each node failed, as upstream counts them; with
    /// `preemption`, the node where evicting lower-priority Pods makes room, and those victims.
    public enum Outcome: Equatable, Sendable {
        case node(String)
        case unschedulable(message: String)
        case preempt(node: String, victims: [ObjectKey], message: String)
    }

    /// Filters and scores; ties go to the first node by name (upstream picks one at random).
    public static func schedule(_ pod: JSON, nodes: [NodeInfo]) -> Outcome {
        let request = Request(pod: pod)
        var reasons: [String: Int] = [:]
        var resourceOnly = true
        var feasible: [(name: String, score: Double)] = []
        let affinity = AffinityContext(pod: pod, nodes: nodes)
        for info in nodes.sorted(by: { $0.name < $1.name }) {
            let failures = filter(pod, request, info, affinity)
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
        if n > 0, let ineligible = preemptionIneligibility(pod, nodes) {
            return .unschedulable(message: head + " preemption: " + ineligible)
        }
        if n > 0, resourceOnly, let (node, victims) = preemptionCandidate(pod, request, nodes, affinity) {
            return .preempt(node: node, victims: victims, message: head)
        }
        let preemption = n == 0 ? "" : resourceOnly
            ? " preemption: 0/\(n) nodes are available: \(n) No preemption victims found for incoming pod."
            : " preemption: 0/\(n) nodes are available: \(n) Preemption is not helpful for scheduling."
        return .unschedulable(message: head + preemption)
    }

    /// Upstream `PodEligibleToPreemptOthers`: why the Pod may not preempt now, or nil. It never may with
    /// `preemptionPolicy: Never`; and while a lower-priority victim of its earlier preemption is still
    /// terminating on its nominated node, it waits for that room instead of choosing more victims.
    static func preemptionIneligibility(_ pod: JSON, _ nodes: [NodeInfo]) -> String? {
        if pod[path: ["spec", "preemptionPolicy"]]?.stringValue == "Never" {
            return "not eligible due to preemptionPolicy=Never."
        }
        guard let nominated = pod[path: ["status", "nominatedNodeName"]]?.stringValue, !nominated.isEmpty,
              let info = nodes.first(where: { $0.name == nominated }) else { return nil }
        let priority = Int(pod[path: ["spec", "priority"]]?.intValue ?? 0)
        if info.pods.contains(where: { $0.priority < priority && $0.terminatingByPreemption }) {
            return "not eligible due to a terminating pod on the nominated node."
        }
        return nil
    }

    /// DefaultPreemption, reduced: on each node, evict Pods of lower priority (lowest first) until the Pod
    /// fits; pick the node needing the fewest victims, then the lowest highest-victim priority. Pods the
    /// preemptor may not evict (`preemptionPolicy: Never`, equal or higher priority) are never chosen.
    static func preemptionCandidate(_ pod: JSON, _ request: Request, _ nodes: [NodeInfo],
                                    _ affinity: AffinityContext) -> (String, [ObjectKey])? {
        guard pod[path: ["spec", "preemptionPolicy"]]?.stringValue != "Never" else { return nil }
        let priority = Int(pod[path: ["spec", "priority"]]?.intValue ?? 0)
        var best: (name: String, victims: [ObjectKey], top: Int)?
        for info in nodes.sorted(by: { $0.name < $1.name }) {
            // Least important first: lowest priority, then the latest started (upstream `MoreImportantPod`).
            let lower = info.pods.filter { $0.priority < priority }
                .sorted { a, b in
                    if a.priority != b.priority { return a.priority < b.priority }
                    return a.started != b.started ? a.started > b.started : a.key < b.key
                }
            guard !lower.isEmpty else { continue }
            var victims: [ObjectKey] = []
            var fits = false
            for v in lower {
                victims.append(v.key)
                if filter(pod, request, info.removing(Set(victims)), affinity).isEmpty {
                    fits = true
                    break
                }
            }
            guard fits else { continue }
            let top = lower.prefix(victims.count).map(\.priority).max() ?? 0
            if best.map({ victims.count < $0.victims.count || (victims.count == $0.victims.count && top < $0.top) }) ?? true {
                best = (info.name, victims, top)
            }
        }
        return best.map { ($0.name, $0.victims) }
    }

    /// The reasons `info`'s node cannot take `pod` (empty: it fits).
    static func filter(_ pod: JSON, _ request: Request, _ info: NodeInfo, _ affinity: AffinityContext) -> [String] {
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
        if let failure = affinity.failure(on: info) { return [failure] }
        return []
    }

    /// A Pod's required terms of `kind` (`podAffinity` or `podAntiAffinity`).
    static func terms(_ pod: JSON, _ kind: String) -> [JSON] {
        pod[path: ["spec", "affinity", kind, "requiredDuringSchedulingIgnoredDuringExecution"]]?.arrayValue ?? []
    }

    /// Required inter-pod affinity and anti-affinity (upstream InterPodAffinity's filter): the incoming
    /// Pod's terms against the Pods in each topology domain, and the placed Pods' anti-affinity terms
    /// against the incoming Pod.
    struct AffinityContext {
        let namespace: String
        let labels: [String: String]
        let affinity: [JSON]
        let antiAffinity: [JSON]
        /// Placed Pods with their node's labels (only when some term needs them).
        let placed: [(pod: PlacedPod, nodeLabels: [String: String])]

        init(pod: JSON, nodes: [NodeInfo]) {
            namespace = pod.namespace ?? "default"
            labels = pod.labels
            affinity = SchedulingPlan.terms(pod, "podAffinity")
            antiAffinity = SchedulingPlan.terms(pod, "podAntiAffinity")
            let anyExisting = nodes.contains { $0.pods.contains { !$0.antiAffinity.isEmpty } }
            placed = affinity.isEmpty && antiAffinity.isEmpty && !anyExisting ? []
                : nodes.flatMap { info in info.pods.map { ($0, info.node.labels) } }
        }

        /// Whether `term` (of a Pod in `ownNamespace`) selects a Pod with `labels` in `namespace`.
        static func selects(_ term: JSON, ownNamespace: String, _ labels: [String: String], _ namespace: String) -> Bool {
            let namespaces = (term["namespaces"]?.arrayValue ?? []).compactMap(\.stringValue)
            if namespaces.isEmpty ? namespace != ownNamespace : !namespaces.contains(namespace) {
                if term["namespaceSelector"] == nil { return false }
            }
            guard let selectorJSON = term["labelSelector"],
                  let selector = try? LabelSelector(from: selectorJSON) else { return false }
            return selector.matches(labels)
        }

        func failure(on info: NodeInfo) -> String? {
            guard !placed.isEmpty || !affinity.isEmpty else { return nil }
            let nodeLabels = info.node.labels
            // Placed Pods whose anti-affinity forbids this Pod in their topology domain.
            for (p, theirLabels) in placed {
                for term in p.antiAffinity {
                    guard let key = term["topologyKey"]?.stringValue, let value = nodeLabels[key], theirLabels[key] == value,
                          Self.selects(term, ownNamespace: p.key.namespace ?? "default", labels, namespace) else { continue }
                    return "node(s) didn't satisfy existing pods anti-affinity rules"
                }
            }
            for term in antiAffinity {
                guard let key = term["topologyKey"]?.stringValue, let value = nodeLabels[key] else { continue }
                if placed.contains(where: { $0.nodeLabels[key] == value
                    && Self.selects(term, ownNamespace: namespace, $0.pod.labels, $0.pod.key.namespace ?? "default") }) {
                    return "node(s) didn't match pod anti-affinity rules"
                }
            }
            for term in affinity {
                guard let key = term["topologyKey"]?.stringValue, let value = nodeLabels[key] else {
                    return "node(s) didn't match pod affinity rules"
                }
                let matching = placed.filter {
                    Self.selects(term, ownNamespace: namespace, $0.pod.labels, $0.pod.key.namespace ?? "default")
                }
                if matching.contains(where: { $0.nodeLabels[key] == value }) { continue }
                // The first Pod of a group that matches its own term may go anywhere (upstream's special case).
                if matching.isEmpty && Self.selects(term, ownNamespace: namespace, labels, namespace) { continue }
                return "node(s) didn't match pod affinity rules"
            }
            return nil
        }
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
