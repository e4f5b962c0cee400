import API
import Foundation
import JSON

/// The autoscaling/v2 spec the controller reads (the stored version), over the HPA's JSON.
struct AutoscalerSpec: Sendable {
    /// A metric's target: `Utilization` (percent), `AverageValue` or `Value` (in thousandths).
    struct Target: Sendable, Equatable {
        var type: String
        var averageUtilization: Int?
        var averageValue: Int64?
        var value: Int64?
    }

    /// One `spec.metrics` entry.
    enum Metric: Sendable, Equatable {
        case resource(name: String, target: Target)
        case containerResource(name: String, container: String, target: Target)
        case pods(name: String, target: Target)
        case object(name: String, kind: String, objectName: String, target: Target)
        case external(name: String, selector: JSON?, target: Target)
        case unknown(type: String)
    }

    var targetAPIVersion: String
    var targetKind: String
    var targetName: String
    var minReplicas: Int
    var maxReplicas: Int
    var metrics: [Metric]
    /// nil when `spec.behavior` is absent (the legacy normalisation applies).
    var behavior: (scaleUp: ScalingRules, scaleDown: ScalingRules)?

    init(_ hpa: JSON) {
        let spec = hpa["spec"]
        let ref = spec?["scaleTargetRef"]
        targetAPIVersion = ref?["apiVersion"]?.stringValue ?? ""
        targetKind = ref?["kind"]?.stringValue ?? ""
        targetName = ref?["name"]?.stringValue ?? ""
        minReplicas = Int(spec?["minReplicas"]?.intValue ?? 1)
        maxReplicas = Int(spec?["maxReplicas"]?.intValue ?? 0)
        metrics = (spec?["metrics"]?.arrayValue ?? []).map(Self.metric)
        if let b = spec?["behavior"], b.objectValue != nil {
            behavior = (Self.rules(b["scaleUp"], default: .defaultScaleUp),
                        Self.rules(b["scaleDown"], default: .defaultScaleDown))
        }
    }

    static func metric(_ m: JSON) -> Metric {
        let type = m["type"]?.stringValue ?? ""
        switch type {
        case "Resource":
            let r = m["resource"]
            return .resource(name: r?["name"]?.stringValue ?? "", target: target(r?["target"]))
        case "ContainerResource":
            let r = m["containerResource"]
            return .containerResource(name: r?["name"]?.stringValue ?? "", container: r?["container"]?.stringValue ?? "",
                                      target: target(r?["target"]))
        case "Pods":
            let p = m["pods"]
            return .pods(name: p?[path: ["metric", "name"]]?.stringValue ?? "", target: target(p?["target"]))
        case "Object":
            let o = m["object"]
            return .object(name: o?[path: ["metric", "name"]]?.stringValue ?? "",
                           kind: o?[path: ["describedObject", "kind"]]?.stringValue ?? "",
                           objectName: o?[path: ["describedObject", "name"]]?.stringValue ?? "", target: target(o?["target"]))
        case "External":
            let e = m["external"]
            let selector = e?[path: ["metric", "selector"]].flatMap { $0.isNull ? nil : $0 }
            return .external(name: e?[path: ["metric", "name"]]?.stringValue ?? "", selector: selector,
                             target: target(e?["target"]))
        default:
            return .unknown(type: type)
        }
    }

    static func target(_ t: JSON?) -> Target {
        func milli(_ v: JSON?) -> Int64? { v.flatMap(Quantity.init(json:))?.milliValue }
        return Target(type: t?["type"]?.stringValue ?? "", averageUtilization: t?["averageUtilization"]?.intValue.map { Int($0) },
                      averageValue: milli(t?["averageValue"]), value: milli(t?["value"]))
    }

    /// Scaling rules as stored (the strategy fills them when `behavior` is given); fields still absent
    /// take upstream's defaults.
    static func rules(_ r: JSON?, default d: ScalingRules) -> ScalingRules {
        guard let r, r.objectValue != nil else { return d }
        var out = d
        if let w = r["stabilizationWindowSeconds"]?.intValue { out.stabilizationWindowSeconds = Int(w) }
        if let s = r["selectPolicy"]?.stringValue, let select = ScalingRules.Select(rawValue: s) { out.selectPolicy = select }
        if let list = r["policies"]?.arrayValue {
            out.policies = list.compactMap { p in
                guard let kind = p["type"]?.stringValue.flatMap(ScalingPolicy.Kind.init(rawValue:)) else { return nil }
                return ScalingPolicy(kind: kind, value: Int(p["value"]?.intValue ?? 0),
                                     periodSeconds: Int(p["periodSeconds"]?.intValue ?? 0))
            }
        }
        return out
    }
}
