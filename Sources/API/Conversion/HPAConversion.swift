import JSON

/// Conversion of HorizontalPodAutoscalers between autoscaling/v1 and autoscaling/v2 (the stored version), as
/// upstream's `pkg/apis/autoscaling/v1/conversion.go`: v1 keeps only `targetCPUUtilizationPercentage`; every
/// other metric, the current metrics, the conditions and `behavior` ride in annotations on the v1 form and
/// are lifted back out on the way in, so that both directions are lossless.
public enum HPAConversion {
    /// Other (non-CPU-utilisation) spec metrics, in the v1-era metric form.
    public static let metricsAnnotation = "autoscaling.alpha.kubernetes.io/metrics"
    /// `status.currentMetrics`, in the v1-era metric form.
    public static let currentMetricsAnnotation = "autoscaling.alpha.kubernetes.io/current-metrics"
    /// `status.conditions`.
    public static let conditionsAnnotation = "autoscaling.alpha.kubernetes.io/conditions"
    /// `spec.behavior`, with Go field names as upstream marshals its internal type.
    public static let behaviorAnnotation = "autoscaling.alpha.kubernetes.io/behavior"
    /// The CPU target upstream assumes when a v1 object names none.
    public static let defaultCPUUtilization: Int64 = 80

    /// autoscaling/v1 → autoscaling/v2.
    public static func v1ToV2(_ obj: JSON) -> JSON {
        var out = obj
        out["apiVersion"] = "autoscaling/v2"
        var annotations = obj[path: ["metadata", "annotations"]]?.objectValue ?? JSONObject()
        let spec = obj["spec"] ?? .object(JSONObject())
        var metrics: [JSON] = []
        if let text = annotations.removeValue(forKey: metricsAnnotation)?.stringValue,
           let list = (try? JSONParser.parse(text))?.arrayValue {
            metrics = list.map(metricSpecToV2)
        }
        if let cpu = spec["targetCPUUtilizationPercentage"], cpu != .null { metrics.append(cpuMetric(cpu)) }
        // v1 formerly defaulted the CPU target in the controller; upstream makes it explicit here.
        if metrics.isEmpty { metrics = [cpuMetric(.int(defaultCPUUtilization))] }
        var newSpec = pick(["scaleTargetRef", "minReplicas", "maxReplicas"], from: spec)
        newSpec["metrics"] = .array(metrics)
        if let text = annotations.removeValue(forKey: behaviorAnnotation)?.stringValue,
           let behavior = try? JSONParser.parse(text) {
            newSpec["behavior"] = lowerCamel(behavior)
        }
        out["spec"] = newSpec

        let status = obj["status"] ?? .object(JSONObject())
        var newStatus = pick(["observedGeneration", "lastScaleTime", "currentReplicas", "desiredReplicas"], from: status)
        if let text = annotations.removeValue(forKey: currentMetricsAnnotation)?.stringValue,
           let list = (try? JSONParser.parse(text))?.arrayValue {
            newStatus["currentMetrics"] = .array(list.map(metricStatusToV2))
        } else if let cpu = status["currentCPUUtilizationPercentage"], cpu != .null {
            newStatus["currentMetrics"] = [["type": "Resource", "resource": ["name": "cpu", "current": ["averageUtilization": cpu]]]]
        }
        if let text = annotations.removeValue(forKey: conditionsAnnotation)?.stringValue,
           let list = (try? JSONParser.parse(text))?.arrayValue {
            newStatus["conditions"] = .array(list)
        }
        if obj["status"] != nil { out["status"] = newStatus }
        setAnnotations(&out, annotations)
        return out
    }

    /// autoscaling/v2 → autoscaling/v1.
    public static func v2ToV1(_ obj: JSON) -> JSON {
        var out = obj
        out["apiVersion"] = "autoscaling/v1"
        var annotations = obj[path: ["metadata", "annotations"]]?.objectValue ?? JSONObject()
        let spec = obj["spec"] ?? .object(JSONObject())
        var newSpec = pick(["scaleTargetRef", "minReplicas", "maxReplicas"], from: spec)
        var others: [JSON] = []
        var cpuTarget: JSON?
        for m in spec["metrics"]?.arrayValue ?? [] {
            let isCPU = m["type"]?.stringValue == "Resource" && m[path: ["resource", "name"]]?.stringValue == "cpu"
            if isCPU, cpuTarget == nil { cpuTarget = m[path: ["resource", "target", "averageUtilization"]] ?? .null }
            if isCPU, let u = m[path: ["resource", "target", "averageUtilization"]], u != .null { continue }
            others.append(metricSpecToV1(m))
        }
        if let cpuTarget, cpuTarget != .null { newSpec["targetCPUUtilizationPercentage"] = cpuTarget }
        out["spec"] = newSpec
        if !others.isEmpty { annotations[metricsAnnotation] = .string(JSON.array(others).jsonString) }
        if let behavior = spec["behavior"], behavior != .null {
            annotations[behaviorAnnotation] = .string(goBehavior(behavior).jsonString)
        }

        let status = obj["status"] ?? .object(JSONObject())
        var newStatus = pick(["observedGeneration", "lastScaleTime", "currentReplicas", "desiredReplicas"], from: status)
        // v1 serialises both counters even when zero.
        if newStatus["currentReplicas"] == nil { newStatus["currentReplicas"] = 0 }
        if newStatus["desiredReplicas"] == nil { newStatus["desiredReplicas"] = 0 }
        let current = status["currentMetrics"]?.arrayValue ?? []
        for m in current where m["type"]?.stringValue == "Resource" && m[path: ["resource", "name"]]?.stringValue == "cpu" {
            if let u = m[path: ["resource", "current", "averageUtilization"]], u != .null { newStatus["currentCPUUtilizationPercentage"] = u }
        }
        if !current.isEmpty { annotations[currentMetricsAnnotation] = .string(JSON.array(current.map(metricStatusToV1)).jsonString) }
        if let conditions = status["conditions"]?.arrayValue, !conditions.isEmpty {
            annotations[conditionsAnnotation] = .string(JSON.array(conditions).jsonString)
        }
        if obj["status"] != nil { out["status"] = newStatus }
        setAnnotations(&out, annotations)
        return out
    }

    static func cpuMetric(_ utilization: JSON) -> JSON {
        ["type": "Resource", "resource": ["name": "cpu", "target": ["type": "Utilization", "averageUtilization": utilization]]]
    }

    private static func pick(_ keys: [String], from source: JSON) -> JSON {
        var o = JSONObject()
        for k in keys { if let v = source[k], v != .null { o[k] = v } }
        return .object(o)
    }

    private static func setAnnotations(_ out: inout JSON, _ annotations: JSONObject) {
        guard out["metadata"] != nil || !annotations.isEmpty else { return }
        out[path: ["metadata", "annotations"]] = annotations.isEmpty ? nil : .object(annotations)
    }

    /// `spec.behavior` with upstream's Go field names (its internal type has no JSON tags; nil pointers are null).
    static func goBehavior(_ behavior: JSON) -> JSON {
        func rules(_ r: JSON?) -> JSON {
            guard let r, r != .null else { return .null }
            let policies: JSON = r["policies"]?.arrayValue.map { list in
                .array(list.map { p in ["Type": p["type"] ?? .null, "Value": p["value"] ?? 0, "PeriodSeconds": p["periodSeconds"] ?? 0] })
            } ?? .null
            var o: JSONObject = ["StabilizationWindowSeconds": r["stabilizationWindowSeconds"] ?? .null,
                                 "SelectPolicy": r["selectPolicy"] ?? .null, "Policies": policies]
            if let t = r["tolerance"] { o["Tolerance"] = t }
            return .object(o)
        }
        return ["ScaleUp": rules(behavior["scaleUp"]), "ScaleDown": rules(behavior["scaleDown"])]
    }

    /// Reads a behavior annotation written with Go field names (or JSON names) back into the v2 form.
    static func lowerCamel(_ json: JSON) -> JSON {
        switch json {
        case .object(let o):
            var out = JSONObject()
            for (k, v) in o where v != .null {
                let key = k.prefix(1).lowercased() + k.dropFirst()
                out[key] = lowerCamel(v)
            }
            return .object(out)
        case .array(let a): return .array(a.map(lowerCamel))
        default: return json
        }
    }
}
