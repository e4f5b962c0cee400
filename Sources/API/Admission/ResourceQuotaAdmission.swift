import JSON

/// Upstream's ResourceQuota admission plugin (`plugin/pkg/admission/resourcequota`) with upstream's
/// evaluators (`pkg/quota/v1/evaluator/core`, `generic.NewObjectCountEvaluator`): for a create of any
/// namespaced kind (and an update of a Service or PersistentVolumeClaim, or a Pod's resize, whose usage
/// can grow), each quota
/// of the namespace that limits a resource the object uses and whose scopes it matches must still have
/// room for it. Pods are measured by the pod evaluator and its scopes (`Terminating`, `NotTerminating`,
/// `BestEffort`, `NotBestEffort`, `PriorityClass`, `CrossNamespacePodAffinity`); Services and
/// PersistentVolumeClaims by theirs; every other kind by its object count (`count/<resource>.<group>`,
/// plus the legacy names `configmaps`, `secrets`, `replicationcontrollers`, `resourcequotas`). A scoped
/// quota never matches a kind other than Pods (upstream `MatchesNoScopeFunc`).
/// Differences: the limits are read from `spec.hard` and the usage is summed from the objects in the store
/// cache at admission (upstream reads `status.hard` and `status.used`, which the quota controller fills and
/// admission advances; here `ResourceQuotaController` fills them for readers, but admission does not wait
/// for it); two racing creates may both pass.
enum ResourceQuotaAdmission {
    /// The resources the pod evaluator counts (upstream `podResources`, without hugepages and extended ones).
    static let podResources: Set<String> = [
        "pods", "count/pods", "cpu", "memory", "ephemeral-storage", "requests.cpu", "requests.memory",
        "requests.ephemeral-storage", "limits.cpu", "limits.memory", "limits.ephemeral-storage",
    ]
    /// Upstream `serviceResources`.
    static let serviceResources: Set<String> = ["count/services", "services", "services.nodeports", "services.loadbalancers"]
    /// Upstream `pvcResources` and the PVC object count.
    static let pvcResources: Set<String> = ["count/persistentvolumeclaims", "persistentvolumeclaims", "requests.storage"]
    /// Upstream `storageClassSuffix`: `<class>.storageclass.storage.k8s.io/<resource>`.
    static let storageClassSuffix = ".storageclass.storage.k8s.io/"
    /// Upstream `legacyObjectCountAliases`: core kinds counted under their plural too.
    static let legacyAliases: Set<String> = ["configmaps", "resourcequotas", "replicationcontrollers", "secrets"]
    /// Upstream `validationSet`: quotas on these make every container state them.
    static let validationSet: Set<String> = ["cpu", "memory", "requests.cpu", "requests.memory", "limits.cpu", "limits.memory"]
    /// Upstream `BetaStorageClassAnnotation`, read before `spec.storageClassName`.
    static let betaStorageClassAnnotation = "volume.beta.kubernetes.io/storage-class"

    typealias Usage = [String: Quantity]

    /// Upstream `generic.ObjectCountQuotaResourceNameFor`.
    static func objectCountName(group: String, plural: String) -> String {
        group.isEmpty ? "count/" + plural : "count/" + plural + "." + group
    }

    /// One upstream `quota.Evaluator`, by the group and resource it measures.
    enum Evaluator: Hashable, Sendable {
        case pods
        case services
        case persistentVolumeClaims
        /// Upstream's object count evaluator: `count/<resource>[.<group>]`, and the legacy alias for core kinds.
        case objectCount(group: String, plural: String)

        init(group: String, plural: String) {
            switch (group, plural) {
            case ("", "pods"): self = .pods
            case ("", "services"): self = .services
            case ("", "persistentvolumeclaims"): self = .persistentVolumeClaims
            default: self = .objectCount(group: group, plural: plural)
            }
        }

        /// The group and resource measured.
        var groupResource: (group: String, plural: String) {
            switch self {
            case .pods: ("", "pods")
            case .services: ("", "services")
            case .persistentVolumeClaims: ("", "persistentvolumeclaims")
            case .objectCount(let g, let p): (g, p)
            }
        }

        /// Upstream `Handles`: which writes can change usage. Object counts only grow on create; Pods on
        /// create and when resized (the `resize` subresource); a Service can change type and a claim can
        /// ask for more storage.
        func handles(_ op: AdmissionAttributes.Operation, subresource: String? = nil) -> Bool {
            switch self {
            case .pods: subresource == nil ? op == .create : (subresource == "resize" && op == .update)
            case .objectCount: subresource == nil && op == .create
            case .services, .persistentVolumeClaims: subresource == nil
            }
        }

        /// Upstream `MatchingResources`: the names among `names` this evaluator measures.
        func matchingResources<S: Sequence>(_ names: S) -> Set<String> where S.Element == String {
            var out: Set<String> = []
            for n in names {
                switch self {
                case .pods:
                    if ResourceQuotaAdmission.podResources.contains(n) { out.insert(n) }
                case .services:
                    if ResourceQuotaAdmission.serviceResources.contains(n) { out.insert(n) }
                case .persistentVolumeClaims:
                    if ResourceQuotaAdmission.pvcResources.contains(n)
                        || n.hasSuffix(ResourceQuotaAdmission.storageClassSuffix + "persistentvolumeclaims")
                        || n.hasSuffix(ResourceQuotaAdmission.storageClassSuffix + "requests.storage") {
                        out.insert(n)
                    }
                case .objectCount(let g, let p):
                    if n == ResourceQuotaAdmission.objectCountName(group: g, plural: p)
                        || (g.isEmpty && ResourceQuotaAdmission.legacyAliases.contains(p) && n == p) {
                        out.insert(n)
                    }
                }
            }
            return out
        }

        /// Upstream `Usage`.
        func usage(_ object: JSON) -> Usage {
            switch self {
            case .pods: ResourceQuotaAdmission.podUsage(object)
            case .services: ResourceQuotaAdmission.serviceUsage(object)
            case .persistentVolumeClaims: ResourceQuotaAdmission.pvcUsage(object)
            case .objectCount(let g, let p): ResourceQuotaAdmission.objectCountUsage(group: g, plural: p)
            }
        }

        /// Whether `object` matches every scope selector (upstream `generic.Matches`' scope half): only
        /// Pods have scopes; for any other kind a scoped quota matches nothing.
        func matchesScopes(_ selectors: [ScopeSelector], _ object: JSON) -> Bool {
            guard !selectors.isEmpty else { return true }
            guard self == .pods else { return false }
            return selectors.allSatisfy { $0.matchesPod(object) }
        }

        /// Upstream `Constraints` (only the pod evaluator has any): nil when `object` may be charged.
        func constraints(_ required: Set<String>, _ object: JSON) -> String? {
            guard self == .pods else { return nil }
            return ResourceQuotaAdmission.missingRequests(object, required: required.intersection(ResourceQuotaAdmission.validationSet))
                .map { "must specify " + $0 }
        }
    }

    /// The evaluators that measure some resource among `names` (a quota's `spec.hard`), each once.
    static func evaluators<S: Sequence>(for names: S) -> [Evaluator] where S.Element == String {
        var out: [Evaluator] = []
        func add(_ e: Evaluator) { if !out.contains(e) { out.append(e) } }
        for n in names {
            if podResources.contains(n) { add(.pods) }
            else if serviceResources.contains(n) { add(.services) }
            else if pvcResources.contains(n) || n.contains(storageClassSuffix) { add(.persistentVolumeClaims) }
            else if legacyAliases.contains(n) { add(.objectCount(group: "", plural: n)) }
            else if n.hasPrefix("count/") {
                let rest = n.dropFirst("count/".count)
                if let dot = rest.firstIndex(of: ".") {
                    add(Evaluator(group: String(rest[rest.index(after: dot)...]), plural: String(rest[..<dot])))
                } else if !rest.isEmpty {
                    add(Evaluator(group: "", plural: String(rest)))
                }
            }
        }
        return out
    }

    /// One `ScopedResourceSelectorRequirement`: a `spec.scopes` entry (operator `Exists`) or a
    /// `spec.scopeSelector.matchExpressions` item.
    struct ScopeSelector: Equatable, Sendable {
        var scopeName: String
        var op: String
        var values: [String]

        /// Upstream `podMatchesScopeFunc`.
        func matchesPod(_ pod: JSON) -> Bool {
            switch scopeName {
            case "Terminating": return ResourceQuotaAdmission.isTerminating(pod)
            case "NotTerminating": return !ResourceQuotaAdmission.isTerminating(pod)
            case "BestEffort": return PodQOS.compute(spec: pod["spec"]) == "BestEffort"
            case "NotBestEffort": return PodQOS.compute(spec: pod["spec"]) != "BestEffort"
            case "CrossNamespacePodAffinity": return ResourceQuotaAdmission.usesCrossNamespacePodAffinity(pod)
            case "PriorityClass":
                // Upstream matches the label selector `PriorityClass <op> values` against
                // `{PriorityClass: <class>}` (no label when the Pod names no class).
                let name = pod[path: ["spec", "priorityClassName"]]?.stringValue ?? ""
                switch op {
                case "Exists": return !name.isEmpty
                case "DoesNotExist": return name.isEmpty
                case "In": return !name.isEmpty && values.contains(name)
                case "NotIn": return name.isEmpty || !values.contains(name)
                default: return false
                }
            default: return false
            }
        }
    }

    /// Upstream `getScopeSelectorsFromQuota`: `spec.scopes` as `Exists` selectors, then the scope selector's.
    static func scopeSelectors(_ quota: JSON) -> [ScopeSelector] {
        var out = (quota[path: ["spec", "scopes"]]?.arrayValue ?? []).compactMap { s in
            s.stringValue.map { ScopeSelector(scopeName: $0, op: "Exists", values: []) }
        }
        for e in quota[path: ["spec", "scopeSelector", "matchExpressions"]]?.arrayValue ?? [] {
            out.append(ScopeSelector(scopeName: e["scopeName"]?.stringValue ?? "", op: e["operator"]?.stringValue ?? "",
                                     values: (e["values"]?.arrayValue ?? []).compactMap(\.stringValue)))
        }
        return out
    }

    /// Upstream `isTerminating`: `activeDeadlineSeconds` set (and not negative).
    static func isTerminating(_ pod: JSON) -> Bool {
        guard let d = pod[path: ["spec", "activeDeadlineSeconds"]]?.intValue else { return false }
        return d >= 0
    }

    /// Upstream `usesCrossNamespacePodAffinity`: a (anti-)affinity term naming namespaces or a namespace selector.
    static func usesCrossNamespacePodAffinity(_ pod: JSON) -> Bool {
        func cross(_ term: JSON?) -> Bool {
            guard let term else { return false }
            let namespaces = term["namespaces"]?.arrayValue ?? []
            let selector = term["namespaceSelector"]
            return !namespaces.isEmpty || (selector != nil && selector != .null)
        }
        for key in ["podAffinity", "podAntiAffinity"] {
            guard let a = pod[path: ["spec", "affinity", key]] else { continue }
            if (a["requiredDuringSchedulingIgnoredDuringExecution"]?.arrayValue ?? []).contains(where: { cross($0) }) { return true }
            if (a["preferredDuringSchedulingIgnoredDuringExecution"]?.arrayValue ?? [])
                .contains(where: { cross($0["podAffinityTerm"]) }) { return true }
        }
        return false
    }

    /// A quota as admission and the controller read it.
    struct QuotaView {
        var name: String
        var hard: Usage
        var selectors: [ScopeSelector]

        init(_ quota: JSON) {
            name = quota.name ?? ""
            hard = ResourceQuotaAdmission.resourceList(quota[path: ["spec", "hard"]])
            selectors = ResourceQuotaAdmission.scopeSelectors(quota)
        }

        /// Upstream `generic.Matches`: the quota limits something `evaluator` measures and `object`
        /// matches all its scopes.
        func matches(_ evaluator: Evaluator, _ object: JSON) -> Bool {
            !evaluator.matchingResources(hard.keys).isEmpty && evaluator.matchesScopes(selectors, object)
        }
    }

    /// Checks a create (or an update the evaluator handles) against the namespace's quotas, as upstream's
    /// `CheckRequest`: every matching quota's constraints first, then each one's room for the change.
    static func validate(_ object: JSON, _ a: AdmissionAttributes, lookup: AdmissionLookup) throws(APIError) {
        guard !a.namespace.isEmpty else { return }
        let evaluator = Evaluator(group: a.resource.group, plural: a.resource.plural)
        guard evaluator.handles(a.operation, subresource: a.subresource) else { return }
        let quotas = lookup.list(plural: "resourcequotas", namespace: a.namespace)
        guard !quotas.isEmpty else { return }
        var interesting: [(quota: QuotaView, restricted: Set<String>)] = []
        for q in quotas.map(QuotaView.init).sorted(by: { $0.name < $1.name }) {
            let restricted = evaluator.matchingResources(q.hard.keys)
            guard !restricted.isEmpty, evaluator.matchesScopes(q.selectors, object) else { continue }
            if let e = evaluator.constraints(restricted, object) {
                throw a.forbidden("failed quota: \(q.name): \(e)")
            }
            interesting.append((q, restricted))
        }
        guard !interesting.isEmpty else { return }
        let inputUsage = evaluator.usage(object)
        let oldUsage = a.operation == .update ? a.old.map(evaluator.usage) : nil
        var items: [JSON]?
        for (q, _) in interesting {
            // On update, a quota the old object already counted in is charged only the growth.
            var delta = inputUsage
            if let old = a.old, let oldUsage, q.matches(evaluator, old) { delta = subtractNonNegative(inputUsage, oldUsage) }
            let requested = delta.filter { !$0.value.isZero && q.hard[$0.key] != nil }
            guard !requested.isEmpty else { continue }
            let inUse: Usage
            if case .objectCount = evaluator {
                let n = Int64(lookup.count(storagePrefix: a.resource.storagePrefix, namespace: a.namespace))
                inUse = evaluator.matchesScopes(q.selectors, object)
                    ? Dictionary(uniqueKeysWithValues: requested.keys.map { ($0, Quantity(value: n)) }) : [:]
            } else {
                let all = items ?? lookup.list(storagePrefix: a.resource.storagePrefix, namespace: a.namespace)
                items = all
                inUse = usage(of: all, evaluator, selectors: q.selectors, resources: Set(requested.keys))
            }
            // Upstream `quota.LessThanOrEqual` over the resources the object asks for.
            let exceeded = Set(requested.keys.filter { r in
                guard let d = requested[r], let limit = q.hard[r] else { return false }
                return (inUse[r].map { $0 + d } ?? d) > limit
            })
            guard !exceeded.isEmpty else { continue }
            let zero = Quantity(value: 0)
            throw a.forbidden("exceeded quota: \(q.name), requested: \(prettyPrint(requested, exceeded)), used: \(prettyPrint(inUse, exceeded, missing: zero)), limited: \(prettyPrint(q.hard, exceeded))")
        }
    }

    /// The summed usage of `items` that match `selectors`, for `resources` (each 0 when nothing uses it),
    /// as upstream's `CalculateUsageStats`.
    static func usage(of items: [JSON], _ evaluator: Evaluator, selectors: [ScopeSelector], resources: Set<String>) -> Usage {
        var out: Usage = [:]
        for r in resources { out[r] = Quantity(value: 0) }
        for item in items where evaluator.matchesScopes(selectors, item) {
            for (k, v) in evaluator.usage(item) where resources.contains(k) {
                // apimachinery's `Quantity.Add` takes the addend's notation when adding to zero.
                out[k] = out[k].map { $0.isZero ? Quantity(mantissa: 0, format: v.format) + v : $0 + v } ?? v
            }
        }
        return out
    }

    /// Upstream `quota.SubtractWithNonNegativeResult`.
    static func subtractNonNegative(_ a: Usage, _ b: Usage) -> Usage {
        var out: Usage = [:]
        for (k, v) in a {
            guard let o = b[k] else { out[k] = v; continue }
            let d = v + Quantity(mantissa: -o.mantissa, exponent: o.exponent, format: o.format)
            out[k] = d.sign > 0 ? d : Quantity(value: 0, format: v.format)
        }
        return out
    }

    /// The generic object count usage: 1 under `count/…`, and under the legacy alias.
    static func objectCountUsage(group: String, plural: String) -> Usage {
        var out: Usage = [objectCountName(group: group, plural: plural): Quantity(value: 1)]
        if group.isEmpty, legacyAliases.contains(plural) { out[plural] = Quantity(value: 1) }
        return out
    }

    /// Upstream service evaluator `Usage`: every Service counts once; NodePort and LoadBalancer Services
    /// count their ports as node ports (a LoadBalancer with `allocateLoadBalancerNodePorts: false` only the
    /// ports that name one), LoadBalancers count as load balancers.
    static func serviceUsage(_ svc: JSON) -> Usage {
        let ports = svc[path: ["spec", "ports"]]?.arrayValue ?? []
        var out: Usage = ["count/services": Quantity(value: 1), "services": Quantity(value: 1),
                          "services.nodeports": Quantity(value: 0), "services.loadbalancers": Quantity(value: 0)]
        switch svc[path: ["spec", "type"]]?.stringValue {
        case "NodePort":
            out["services.nodeports"] = Quantity(value: Int64(ports.count))
        case "LoadBalancer":
            if svc[path: ["spec", "allocateLoadBalancerNodePorts"]]?.boolValue == false {
                out["services.nodeports"] = Quantity(value: Int64(ports.filter { ($0["nodePort"]?.intValue ?? 0) != 0 }.count))
            } else {
                out["services.nodeports"] = Quantity(value: Int64(ports.count))
            }
            out["services.loadbalancers"] = Quantity(value: 1)
        default:
            break
        }
        return out
    }

    /// Upstream PVC evaluator `Usage`: the claim counts once (and once for its storage class); its storage
    /// request, rounded up to whole bytes (or the allocated size when larger), counts as `requests.storage`
    /// (and for its class).
    static func pvcUsage(_ pvc: JSON) -> Usage {
        var out: Usage = ["persistentvolumeclaims": Quantity(value: 1), "count/persistentvolumeclaims": Quantity(value: 1)]
        let storageClass = pvc[path: ["metadata", "annotations", betaStorageClassAnnotation]]?.stringValue
            ?? pvc[path: ["spec", "storageClassName"]]?.stringValue ?? ""
        if !storageClass.isEmpty { out[storageClass + storageClassSuffix + "persistentvolumeclaims"] = Quantity(value: 1) }
        func roundUp(_ q: Quantity) -> Quantity { q.exponent < 0 ? Quantity(value: q.value, format: q.format) : q }
        var storage = Quantity(json: pvc[path: ["spec", "resources", "requests", "storage"]] ?? .null).map(roundUp)
        if let s = storage, let allocated = Quantity(json: pvc[path: ["status", "allocatedResources", "storage"]] ?? .null),
           allocated > s {
            storage = roundUp(allocated)
        }
        if let storage {
            out["requests.storage"] = storage
            if !storageClass.isEmpty { out[storageClass + storageClassSuffix + "requests.storage"] = storage }
        }
        return out
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

/// What upstream's resource quota controller writes into a ResourceQuota's `status`
/// (`syncResourceQuota` with `quota.CalculateUsage`).
public enum ResourceQuotaStatus {
    /// The group and resource of every kind whose objects the quota's `status.used` is summed from.
    public static func countedResources(_ quota: JSON) -> [(group: String, plural: String)] {
        ResourceQuotaAdmission.evaluators(for: quota[path: ["spec", "hard"]]?.objectValue?.keys ?? []).map(\.groupResource)
    }

    /// `status.hard` (a copy of `spec.hard`) and `status.used`: for every hard resource an evaluator
    /// measures, the summed usage of the namespace's objects that match the quota's scopes, 0 when none
    /// uses it. `list` gives the objects of a group and resource in the quota's namespace and `count` how
    /// many there are (nil when the resource is not served: its resources are left out of `used`, as are
    /// resources no evaluator measures).
    public static func status(_ quota: JSON, list: (_ group: String, _ plural: String) -> [JSON]?,
                              count: (_ group: String, _ plural: String) -> Int?) -> JSON {
        let hard = quota[path: ["spec", "hard"]] ?? [:]
        let names = hard.objectValue?.keys.map { $0 } ?? []
        let selectors = ResourceQuotaAdmission.scopeSelectors(quota)
        var usage = ResourceQuotaAdmission.Usage()
        for evaluator in ResourceQuotaAdmission.evaluators(for: names) {
            let restricted = evaluator.matchingResources(names)
            guard !restricted.isEmpty else { continue }
            let (group, plural) = evaluator.groupResource
            if case .objectCount = evaluator {
                guard let n = count(group, plural) else { continue }
                let counted = selectors.isEmpty ? Int64(n) : 0
                for r in restricted { usage[r] = Quantity(value: counted) }
            } else {
                guard let items = list(group, plural) else { continue }
                usage.merge(ResourceQuotaAdmission.usage(of: items, evaluator, selectors: selectors, resources: restricted)) { $1 }
            }
        }
        var used = JSONObject()
        for key in names.sorted() {
            if let q = usage[key] { used[key] = q.json }
        }
        return ["hard": hard, "used": .object(used)]
    }

    /// Whether an update of an object of `group`/`plural` can change a quota's `status.used`: its usage
    /// changed, or (for Pods) its spec, which the scopes read.
    public static func usageChanged(group: String, plural: String, old: JSON, new: JSON) -> Bool {
        let evaluator = ResourceQuotaAdmission.Evaluator(group: group, plural: plural)
        switch evaluator {
        case .objectCount: return false
        case .pods: return old["spec"] != new["spec"] || evaluator.usage(old) != evaluator.usage(new)
        default: return evaluator.usage(old) != evaluator.usage(new)
        }
    }

    /// The status of a quota that counts only Pods, from the namespace's Pods.
    public static func status(_ quota: JSON, pods: [JSON]) -> JSON {
        status(quota, list: { g, p in g.isEmpty && p == "pods" ? pods : nil }, count: { _, _ in nil })
    }
}
