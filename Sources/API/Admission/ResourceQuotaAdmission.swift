import JSON

/// Upstream's ResourceQuota admission plugin (`plugin/pkg/admission/resourcequota`) with the pod
/// evaluator, for Pod creates: each quota of the namespace that limits a resource the Pod uses must still
/// have room for it. Differences: the limits are read from `spec.hard` and the usage is summed from the
/// Pods in the store cache at admission (upstream reads `status.hard` and `status.used`, which the quota
/// controller fills and admission advances; here `ResourceQuotaController` fills them for readers, but
/// admission does not wait for it); two racing creates may both pass; quotas with `scopes` or a
/// `scopeSelector` are not enforced.
enum ResourceQuotaAdmission {
    /// The resources the pod evaluator counts (upstream `podResources`, without hugepages and extended ones).
    static let podResources: Set<String> = [
        "pods", "count/pods", "cpu", "memory", "ephemeral-storage", "requests.cpu", "requests.memory",
        "requests.ephemeral-storage", "limits.cpu", "limits.memory", "limits.ephemeral-storage",
    ]
    /// Upstream `validationSet`: quotas on these make every container state them.
    static let validationSet: Set<String> = ["cpu", "memory", "requests.cpu", "requests.memory", "limits.cpu", "limits.memory"]

    typealias Usage = [String: Quantity]

    /// Checks a Pod create against the namespace's quotas.
    static func validate(_ pod: JSON, _ a: AdmissionAttributes, lookup: AdmissionLookup) throws(APIError) {
        guard a.operation == .create else { return }
        let quotas = lookup.list(plural: "resourcequotas", namespace: a.namespace)
            .filter { $0[path: ["spec", "scopes"]] == nil && $0[path: ["spec", "scopeSelector"]] == nil }
            .sorted { ($0.name ?? "") < ($1.name ?? "") }
        guard !quotas.isEmpty else { return }
        let delta = podUsage(pod)
        var used: Usage?
        for quota in quotas {
            let name = quota.name ?? ""
            let hard = resourceList(quota[path: ["spec", "hard"]])
            let restricted = Set(hard.keys).intersection(podResources)
            guard !restricted.isEmpty else { continue }
            if let missing = missingRequests(pod, required: restricted.intersection(validationSet)) {
                throw a.forbidden("failed quota: \(name): must specify \(missing)")
            }
            let inUse = used ?? namespaceUsage(a.namespace, lookup: lookup)
            used = inUse
            // Upstream `quota.LessThanOrEqual` over the resources the Pod asks for.
            let exceeded = restricted.filter { r in
                guard let d = delta[r], let limit = hard[r] else { return false }
                return (inUse[r].map { $0 + d } ?? d) > limit
            }
            guard !exceeded.isEmpty else { continue }
            let zero = Quantity(value: 0)
            throw a.forbidden("exceeded quota: \(name), requested: \(prettyPrint(delta, exceeded)), used: \(prettyPrint(inUse, exceeded, missing: zero)), limited: \(prettyPrint(hard, exceeded))")
        }
    }

    /// Upstream `prettyPrint`: `name=value` sorted by name, joined by commas.
    static func prettyPrint(_ usage: Usage, _ keys: Set<String>, missing: Quantity? = nil) -> String {
        keys.sorted().compactMap { k in (usage[k] ?? missing).map { "\(k)=\($0)" } }.joined(separator: ",")
    }

    /// A ResourceList as quantities (unparsable entries are left out; validation rejects them).
    static func resourceList(_ list: JSON?) -> Usage {
        var out: Usage = [:]
        for (k, v) in list?.objectValue ?? JSONObject() { out[k] = Quantity(json: v) }
        return out
    }

    /// `quota.Add`: a key only `b` has keeps `b`'s notation.
    static func add(_ a: Usage, _ b: Usage) -> Usage {
        a.merging(b) { $0 + $1 }
    }

    /// Upstream `PodUsageFunc`: every Pod counts in `count/pods`; one not yet terminal also counts in
    /// `pods` and with its containers' requests and limits (the sum of its containers, or its largest init
    /// container when that is larger).
    static func podUsage(_ pod: JSON) -> Usage {
        var result: Usage = ["count/pods": Quantity(value: 1)]
        let phase = pod[path: ["status", "phase"]]?.stringValue
        guard phase != "Succeeded", phase != "Failed" else { return result }
        var requests: Usage = [:]
        var limits: Usage = [:]
        for c in pod[path: ["spec", "containers"]]?.arrayValue ?? [] {
            requests = add(requests, resourceList(c[path: ["resources", "requests"]]))
            limits = add(limits, resourceList(c[path: ["resources", "limits"]]))
        }
        for c in pod[path: ["spec", "initContainers"]]?.arrayValue ?? [] {
            requests.merge(resourceList(c[path: ["resources", "requests"]])) { Swift.max($0, $1) }
            limits.merge(resourceList(c[path: ["resources", "limits"]])) { Swift.max($0, $1) }
        }
        result = add(result, computeUsage(requests: requests, limits: limits))
        result["pods"] = Quantity(value: 1)
        return result
    }

    /// Upstream `podComputeUsageHelper`: requests count under their plain and `requests.` names, limits
    /// under `limits.`.
    static func computeUsage(requests: Usage, limits: Usage) -> Usage {
        var out: Usage = [:]
        for r in ["cpu", "memory", "ephemeral-storage"] {
            if let q = requests[r] {
                out[r] = q
                out["requests." + r] = q
            }
            if let q = limits[r] { out["limits." + r] = q }
        }
        return out
    }

    /// What the quota controller would put in `status.used`: the usage of the namespace's Pods.
    static func namespaceUsage(_ namespace: String, lookup: AdmissionLookup) -> Usage {
        lookup.list(plural: "pods", namespace: namespace).reduce(into: Usage()) { $0 = add($0, podUsage($1)) }
    }

    /// Upstream pod evaluator `Constraints`: each container must state every required compute resource;
    /// nil when they all do, else `<resource> for: <containers>; …`.
    static func missingRequests(_ pod: JSON, required: Set<String>) -> String? {
        guard !required.isEmpty else { return nil }
        var missing: [String: Set<String>] = [:]
        for key in ["containers", "initContainers"] {
            for c in pod[path: ["spec", key]]?.arrayValue ?? [] {
                let stated = computeUsage(requests: resourceList(c[path: ["resources", "requests"]]),
                                          limits: resourceList(c[path: ["resources", "limits"]]))
                for r in required.subtracting(stated.keys) { missing[r, default: []].insert(c["name"]?.stringValue ?? "") }
            }
        }
        guard !missing.isEmpty else { return nil }
        return missing.keys.sorted().map { "\($0) for: \((missing[$0] ?? []).sorted().joined(separator: ","))" }
            .joined(separator: "; ")
    }
}

/// What upstream's resource quota controller writes into a ResourceQuota's `status`, for the resources
/// the pod evaluator counts.
public enum ResourceQuotaStatus {
    /// `status.hard` (a copy of `spec.hard`) and `status.used`: for every hard resource Pods count, the
    /// usage of `pods` (the namespace's Pods), 0 when none uses it. Resources Pods do not count are left
    /// out of `used`.
    public static func status(_ quota: JSON, pods: [JSON]) -> JSON {
        let hard = quota[path: ["spec", "hard"]] ?? [:]
        let usage = pods.reduce(into: ResourceQuotaAdmission.Usage()) { $0 = ResourceQuotaAdmission.add($0, ResourceQuotaAdmission.podUsage($1)) }
        var used = JSONObject()
        for key in (hard.objectValue?.keys ?? []).sorted() where ResourceQuotaAdmission.podResources.contains(key) {
            used[key] = (usage[key] ?? Quantity(value: 0)).json
        }
        return ["hard": hard, "used": .object(used)]
    }
}
