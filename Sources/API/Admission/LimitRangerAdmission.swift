import Foundation
import JSON

/// Upstream's LimitRanger admission plugin (`plugin/pkg/admission/limitranger`), for Pod creates and
/// `Container` limits: fills containers' missing limits and requests from the namespace's LimitRanges
/// (`default`, `defaultRequest`), then checks `min`, `max` and `maxLimitRequestRatio`. (Upstream skips
/// Pod updates: containers' resources cannot change. `Pod`-type limits are not checked here.)
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

    /// Upstream `PodValidateLimitFunc` for `Container` limits; the errors are aggregated as upstream's
    /// `utilerrors.NewAggregate` prints them (one alone, several in brackets).
    static func validate(_ pod: JSON, _ a: AdmissionAttributes, lookup: AdmissionLookup) throws(APIError) {
        guard a.operation == .create else { return }
        var errors: [String] = []
        for item in containerItems(a.namespace, lookup: lookup) {
            for key in ["containers", "initContainers"] {
                for c in pod[path: ["spec", key]]?.arrayValue ?? [] {
                    let requests = c[path: ["resources", "requests"]]
                    let limits = c[path: ["resources", "limits"]]
                    for (k, v) in sorted(item["min"]) {
                        if let e = minConstraint(k, v, requests?[k], limits?[k]) { errors.append(e) }
                    }
                    for (k, v) in sorted(item["max"]) {
                        if let e = maxConstraint(k, v, requests?[k], limits?[k]) { errors.append(e) }
                    }
                    for (k, v) in sorted(item["maxLimitRequestRatio"]) {
                        if let e = ratioConstraint(k, v, requests?[k], limits?[k]) { errors.append(e) }
                    }
                }
            }
        }
        guard !errors.isEmpty else { return }
        throw a.forbidden(errors.count == 1 ? errors[0] : "[" + errors.joined(separator: ", ") + "]")
    }

    static func sorted(_ list: JSON?) -> [(String, Quantity)] {
        (list?.objectValue ?? JSONObject()).compactMap { m in Quantity(json: m.value).map { (m.key, $0) } }.sorted { $0.0 < $1.0 }
    }

    /// Upstream `minConstraint`.
    static func minConstraint(_ r: String, _ min: Quantity, _ request: JSON?, _ limit: JSON?) -> String? {
        guard let req = request.flatMap(Quantity.init(json:)) else {
            return "minimum \(r) usage per Container is \(min).  No request is specified"
        }
        if req.milliValue < min.milliValue { return "minimum \(r) usage per Container is \(min), but request is \(req)" }
        if let lim = limit.flatMap(Quantity.init(json:)), lim.milliValue < min.milliValue {
            return "minimum \(r) usage per Container is \(min), but limit is \(lim)"
        }
        return nil
    }

    /// Upstream `maxConstraint`.
    static func maxConstraint(_ r: String, _ max: Quantity, _ request: JSON?, _ limit: JSON?) -> String? {
        guard let lim = limit.flatMap(Quantity.init(json:)) else {
            return "maximum \(r) usage per Container is \(max).  No limit is specified"
        }
        if lim.milliValue > max.milliValue { return "maximum \(r) usage per Container is \(max), but limit is \(lim)" }
        if let req = request.flatMap(Quantity.init(json:)), req.milliValue > max.milliValue {
            return "maximum \(r) usage per Container is \(max), but request is \(req)"
        }
        return nil
    }

    /// Upstream `limitRequestRatioConstraint` (the ratio printed with Go's `%f`).
    static func ratioConstraint(_ r: String, _ ratio: Quantity, _ request: JSON?, _ limit: JSON?) -> String? {
        let req = request.flatMap(Quantity.init(json:))?.milliValue ?? 0
        let lim = limit.flatMap(Quantity.init(json:))?.milliValue ?? 0
        if req == 0 {
            return "\(r) max limit to request ratio per Container is \(ratio), but no request is specified or request is 0"
        }
        if lim == 0 {
            return "\(r) max limit to request ratio per Container is \(ratio), but no limit is specified or limit is 0"
        }
        let observed = Double(lim) / Double(req)
        if observed > Double(ratio.milliValue) / 1000 {
            return "\(r) max limit to request ratio per Container is \(ratio), but provided ratio is \(String(format: "%.6f", observed))"
        }
        return nil
    }
}
