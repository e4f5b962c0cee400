import Foundation
import JSON

/// Upstream's LimitRanger admission plugin (`plugin/pkg/admission/limitranger`): on Pod creates it fills
/// containers' missing limits and requests from the namespace's `Container` limits (`default`,
/// `defaultRequest`), then checks `min`, `max` and `maxLimitRequestRatio` of `Container` and `Pod`
/// limits; PersistentVolumeClaim creates and updates are checked against `PersistentVolumeClaim` limits'
/// `min` and `max` (on `spec.resources.requests`). Upstream skips Pod updates: containers' resources
/// cannot change.
enum LimitRangerAdmission {
    /// Upstream `limitRangerAnnotation`: what the plugin set, recorded on the Pod.
    static let annotation = "kubernetes.io/limit-ranger"

    /// The `Container` items of the namespace's LimitRanges, with upstream's LimitRange defaults
    /// (`SetDefaults_LimitRangeItem`: `default` from `max`, `defaultRequest` from `default`, then `min`).
    static func containerItems(_ namespace: String, lookup: AdmissionLookup) -> [JSON] {
        var items: [JSON] = []
        for lr in lookup.list(plural: "limitranges", namespace: namespace) {
            for var item in lr[path: ["spec", "limits"]]?.arrayValue ?? [] where item["type"]?.stringValue == "Container" {
                var defaults = item["default"]?.objectValue ?? JSONObject()
                var requests = item["defaultRequest"]?.objectValue ?? JSONObject()
                for (k, v) in item["max"]?.objectValue ?? JSONObject() where defaults[k] == nil { defaults[k] = v }
                for (k, v) in defaults where requests[k] == nil { requests[k] = v }
                for (k, v) in item["min"]?.objectValue ?? JSONObject() where requests[k] == nil { requests[k] = v }
                item["default"] = .object(defaults)
                item["defaultRequest"] = .object(requests)
                items.append(item)
            }
        }
        return items
    }

    /// Upstream `PodMutateLimitFunc`: missing limits and requests of every container are filled from the
    /// defaults (the last LimitRange naming a resource wins), and the annotation says what was set.
    static func mutate(_ pod: inout JSON, _ a: AdmissionAttributes, lookup: AdmissionLookup) {
        guard a.operation == .create else { return }
        let items = containerItems(a.namespace, lookup: lookup)
        guard !items.isEmpty, var spec = pod["spec"] else { return }
        var limits = JSONObject()
        var requests = JSONObject()
        for item in items {
            for (k, v) in item["default"]?.objectValue ?? JSONObject() { limits[k] = v }
            for (k, v) in item["defaultRequest"]?.objectValue ?? JSONObject() { requests[k] = v }
        }
        var notes: [String] = []
        for (key, prefix) in [("containers", "container"), ("initContainers", "init container")] {
            guard var containers = spec[key]?.arrayValue else { continue }
            for i in containers.indices {
                let name = containers[i]["name"]?.stringValue ?? ""
                var resources = containers[i]["resources"] ?? [:]
                var set: [String: [String]] = [:]
                for (field, defaults) in [("limits", limits), ("requests", requests)] {
                    var list = resources[field]?.objectValue ?? JSONObject()
                    set[field] = defaults.filter { list[$0.key] == nil }.map { $0.key }.sorted()
                    for k in set[field] ?? [] { list[k] = defaults[k] }
                    if !list.keys.isEmpty { resources[field] = .object(list) }
                }
                // Upstream `mergeContainerResources` notes the requests it set, then the limits.
                for (field, what) in [("requests", "request"), ("limits", "limit")] where !(set[field] ?? []).isEmpty {
                    notes.append("\((set[field] ?? []).joined(separator: ", ")) \(what) for \(prefix) \(name)")
                }
                containers[i]["resources"] = resources
            }
            spec[key] = .array(containers)
        }
        pod["spec"] = spec
        if !notes.isEmpty {
            pod[path: ["metadata", "annotations", annotation]] = .string("LimitRanger plugin set: " + notes.joined(separator: "; "))
        }
    }

    /// Upstream's LimitRanger `Validate`: Pod creates against `Container` and `Pod` limits
    /// (`PodValidateLimitFunc`), PersistentVolumeClaim creates and updates against `PersistentVolumeClaim`
    /// limits (`PersistentVolumeClaimValidateLimitFunc`); an object being deleted is not checked. Each
    /// LimitRange is checked in turn and the first one with errors rejects the write, its errors aggregated
    /// as upstream's `utilerrors.NewAggregate` prints them (one alone, several in brackets).
    static func validate(_ object: JSON, _ a: AdmissionAttributes, lookup: AdmissionLookup) throws(APIError) {
        guard a.resource.group.isEmpty, a.subresource == nil else { return }
        switch a.resource.plural {
        case "pods": guard a.operation == .create else { return }
        case "persistentvolumeclaims": break
        default: return
        }
        if let old = a.old, old.isBeingDeleted { return }
        for lr in lookup.list(plural: "limitranges", namespace: a.namespace) {
            var errors: [String] = []
            for item in lr[path: ["spec", "limits"]]?.arrayValue ?? [] {
                let type = item["type"]?.stringValue ?? ""
                switch (a.resource.plural, type) {
                case ("pods", "Container"):
                    for key in ["containers", "initContainers"] {
                        for c in object[path: ["spec", key]]?.arrayValue ?? [] {
                            errors += check(item, type, requests: c[path: ["resources", "requests"]],
                                            limits: c[path: ["resources", "limits"]])
                        }
                    }
                case ("pods", "Pod"):
                    let (requests, limits) = podTotals(object)
                    errors += check(item, type, requests: requests, limits: limits)
                case ("persistentvolumeclaims", "PersistentVolumeClaim"):
                    // Only the claim's requests are the user's input: `min` as for containers, with no
                    // limits; `max` against the request (upstream `maxRequestConstraint`).
                    let requests = object[path: ["spec", "resources", "requests"]]
                    for (k, v) in sorted(item["min"]) {
                        if let e = minConstraint(type, k, v, requests?[k], nil) { errors.append(e) }
                    }
                    for (k, v) in sorted(item["max"]) {
                        if let e = maxRequestConstraint(type, k, v, requests?[k]) { errors.append(e) }
                    }
                default:
                    break
                }
            }
            guard !errors.isEmpty else { continue }
            throw a.forbidden(errors.count == 1 ? errors[0] : "[" + errors.joined(separator: ", ") + "]")
        }
    }

    /// `min`, `max` and `maxLimitRequestRatio` of one limit item against one set of requests and limits.
    static func check(_ item: JSON, _ type: String, requests: JSON?, limits: JSON?) -> [String] {
        var errors: [String] = []
        for (k, v) in sorted(item["min"]) {
            if let e = minConstraint(type, k, v, requests?[k], limits?[k]) { errors.append(e) }
        }
        for (k, v) in sorted(item["max"]) {
            if let e = maxConstraint(type, k, v, requests?[k], limits?[k]) { errors.append(e) }
        }
        for (k, v) in sorted(item["maxLimitRequestRatio"]) {
            if let e = ratioConstraint(type, k, v, requests?[k], limits?[k]) { errors.append(e) }
        }
        return errors
    }

    /// The Pod's requests and limits as upstream's LimitRanger `podRequests` / `podLimits` sum them: its
    /// containers (and sidecars, init containers with `restartPolicy: Always`) added up, or an init
    /// container's (plus the sidecars started before it) when that is larger.
    static func podTotals(_ pod: JSON) -> (requests: JSON, limits: JSON) {
        typealias List = [String: Quantity]
        func list(_ j: JSON?) -> List { ResourceQuotaAdmission.resourceList(j) }
        func add(_ a: List, _ b: List) -> List { a.merging(b) { $0 + $1 } }
        func maximum(_ a: List, _ b: List) -> List { a.merging(b) { Swift.max($0, $1) } }
        var out: [List] = []
        for field in ["requests", "limits"] {
            var total: List = [:]
            for c in pod[path: ["spec", "containers"]]?.arrayValue ?? [] { total = add(total, list(c[path: ["resources", field]])) }
            var sidecars: List = [:]
            var initMax: List = [:]
            for c in pod[path: ["spec", "initContainers"]]?.arrayValue ?? [] {
                let own = list(c[path: ["resources", field]])
                if c["restartPolicy"]?.stringValue == "Always" {
                    total = add(total, own)
                    sidecars = add(sidecars, own)
                    initMax = maximum(initMax, sidecars)
                } else {
                    initMax = maximum(initMax, add(own, sidecars))
                }
            }
            out.append(maximum(total, initMax))
        }
        func json(_ l: List) -> JSON { .object(JSONObject(l.map { ($0.key, $0.value.json) })) }
        return (json(out[0]), json(out[1]))
    }

    static func sorted(_ list: JSON?) -> [(String, Quantity)] {
        (list?.objectValue ?? JSONObject()).compactMap { m in Quantity(json: m.value).map { (m.key, $0) } }.sorted { $0.0 < $1.0 }
    }

    /// Upstream `minConstraint`; `type` is the limit's type (`Container`, `Pod`, `PersistentVolumeClaim`).
    static func minConstraint(_ type: String, _ r: String, _ min: Quantity, _ request: JSON?, _ limit: JSON?) -> String? {
        guard let req = request.flatMap(Quantity.init(json:)) else {
            return "minimum \(r) usage per \(type) is \(min).  No request is specified"
        }
        if req.milliValue < min.milliValue { return "minimum \(r) usage per \(type) is \(min), but request is \(req)" }
        if let lim = limit.flatMap(Quantity.init(json:)), lim.milliValue < min.milliValue {
            return "minimum \(r) usage per \(type) is \(min), but limit is \(lim)"
        }
        return nil
    }

    /// Upstream `maxConstraint`.
    static func maxConstraint(_ type: String, _ r: String, _ max: Quantity, _ request: JSON?, _ limit: JSON?) -> String? {
        guard let lim = limit.flatMap(Quantity.init(json:)) else {
            return "maximum \(r) usage per \(type) is \(max).  No limit is specified"
        }
        if lim.milliValue > max.milliValue { return "maximum \(r) usage per \(type) is \(max), but limit is \(lim)" }
        if let req = request.flatMap(Quantity.init(json:)), req.milliValue > max.milliValue {
            return "maximum \(r) usage per \(type) is \(max), but request is \(req)"
        }
        return nil
    }

    /// Upstream `maxRequestConstraint`: `max` for a kind whose limits are not user input (claims).
    static func maxRequestConstraint(_ type: String, _ r: String, _ max: Quantity, _ request: JSON?) -> String? {
        guard let req = request.flatMap(Quantity.init(json:)) else {
            return "maximum \(r) usage per \(type) is \(max).  No request is specified"
        }
        if req.milliValue > max.milliValue { return "maximum \(r) usage per \(type) is \(max), but request is \(req)" }
        return nil
    }

    /// Upstream `limitRequestRatioConstraint` (the ratio printed with Go's `%f`).
    static func ratioConstraint(_ type: String, _ r: String, _ ratio: Quantity, _ request: JSON?, _ limit: JSON?) -> String? {
        let req = request.flatMap(Quantity.init(json:))?.milliValue ?? 0
        let lim = limit.flatMap(Quantity.init(json:))?.milliValue ?? 0
        if req == 0 {
            return "\(r) max limit to request ratio per \(type) is \(ratio), but no request is specified or request is 0"
        }
        if lim == 0 {
            return "\(r) max limit to request ratio per \(type) is \(ratio), but no limit is specified or limit is 0"
        }
        let observed = Double(lim) / Double(req)
        if observed > Double(ratio.milliValue) / 1000 {
            return "\(r) max limit to request ratio per \(type) is \(ratio), but provided ratio is \(String(format: "%.6f", observed))"
        }
        return nil
    }
}
