import JSON

/// Upstream autoscaling `validateHorizontalPodAutoscalerSpec` for the v2 shape.
enum HPAValidation {
    static let sourceTypes = ["ContainerResource", "External", "Object", "Pods", "Resource"]

    static func validate(_ spec: JSON) -> [FieldError] {
        var errs: [FieldError] = []
        let minReplicas = spec["minReplicas"]?.intValue
        let maxReplicas = spec["maxReplicas"]?.intValue ?? 0
        if let minReplicas, minReplicas < 1 {
            errs.append(ValidationSupport.invalidInt("spec.minReplicas", minReplicas, "must be greater than or equal to 1"))
        }
        if maxReplicas < 1 { errs.append(ValidationSupport.invalidInt("spec.maxReplicas", maxReplicas, "must be greater than 0")) }
        if let minReplicas, maxReplicas < minReplicas {
            errs.append(ValidationSupport.invalidInt("spec.maxReplicas", maxReplicas, "must be greater than or equal to `minReplicas`"))
        }
        errs += crossVersionReference(spec["scaleTargetRef"], field: "spec.scaleTargetRef")
        for (i, m) in (spec["metrics"]?.arrayValue ?? []).enumerated() {
            errs += metric(m, field: "spec.metrics[\(i)]")
        }
        if let behavior = spec["behavior"], behavior != .null {
            for key in ["scaleUp", "scaleDown"] {
                if let rules = behavior[key], rules != .null { errs += scalingRules(rules, field: "spec.behavior.\(key)") }
            }
        }
        return errs
    }

    static func crossVersionReference(_ ref: JSON?, field: String) -> [FieldError] {
        var errs: [FieldError] = []
        for key in ["kind", "name"] {
            let v = ref?[key]?.stringValue ?? ""
            if v.isEmpty {
                errs.append(.required("\(field).\(key)"))
            } else {
                for msg in NameValidation.pathSegmentName(v) { errs.append(ValidationSupport.invalid("\(field).\(key)", v, msg)) }
            }
        }
        return errs
    }

    static func metric(_ m: JSON, field: String) -> [FieldError] {
        var errs: [FieldError] = []
        let type = m["type"]?.stringValue ?? ""
        if type.isEmpty {
            return [.required(field + ".type", "must specify a metric source type")]
        }
        guard sourceTypes.contains(type) else { return [ValidationSupport.notSupported(field + ".type", type, sourceTypes)] }
        let member = type.prefix(1).lowercased() + type.dropFirst()
        guard let source = m[member], source != .null else {
            return [.required("\(field).\(member)", "must populate information for the given metric source")]
        }
        for other in ["object", "pods", "resource", "containerResource", "external"] where other != member {
            if let v = m[other], v != .null {
                errs.append(FieldError(.forbidden, "\(field).\(other)", "must populate the given metric source only"))
            }
        }
        let path = "\(field).\(member)"
        switch type {
        case "Resource", "ContainerResource":
            if (source["name"]?.stringValue ?? "").isEmpty { errs.append(.required(path + ".name", "must specify a resource name")) }
            if type == "ContainerResource", (source["container"]?.stringValue ?? "").isEmpty {
                errs.append(.required(path + ".container", "must specify a container"))
            }
            let t = source["target"]
            if t?["averageUtilization"] == nil && t?["averageValue"] == nil {
                errs.append(.required(path + ".target.averageUtilization", "must set either a target raw value or a target utilization"))
            }
            if t?["averageUtilization"] != nil && t?["averageValue"] != nil {
                errs.append(FieldError(.forbidden, path + ".target.averageValue", "may not set both a target raw value and a target utilization"))
            }
            errs += target(t, field: path + ".target")
        case "Object":
            errs += crossVersionReference(source["describedObject"], field: path + ".describedObject")
            errs += metricIdentifier(source["metric"], field: path + ".metric")
            errs += target(source["target"], field: path + ".target")
        default:
            errs += metricIdentifier(source["metric"], field: path + ".metric")
            errs += target(source["target"], field: path + ".target")
        }
        return errs
    }

    static func metricIdentifier(_ id: JSON?, field: String) -> [FieldError] {
        (id?["name"]?.stringValue ?? "").isEmpty ? [.required(field + ".name", "must specify a metric name")] : []
    }

    static func target(_ t: JSON?, field: String) -> [FieldError] {
        var errs: [FieldError] = []
        let type = t?["type"]?.stringValue ?? ""
        if type.isEmpty {
            errs.append(.required(field + ".type", "must specify a metric target type"))
        } else if !["Utilization", "Value", "AverageValue"].contains(type) {
            errs.append(ValidationSupport.invalid(field + ".type", type, "must be either Utilization, Value, or AverageValue"))
        }
        if let u = t?["averageUtilization"]?.intValue, u < 1 {
            errs.append(ValidationSupport.invalidInt(field + ".averageUtilization", u, "must be greater than 0"))
        }
        for key in ["value", "averageValue"] {
            guard let raw = t?[key], raw != .null else { continue }
            guard let q = Quantity(json: raw) else {
                errs.append(ValidationSupport.invalid("\(field).\(key)", raw.stringValue ?? raw.jsonString, Quantity.formatError))
                continue
            }
            if q.sign <= 0 { errs.append(ValidationSupport.invalid("\(field).\(key)", q.canonical, "must be positive")) }
        }
        return errs
    }

    static func scalingRules(_ r: JSON, field: String) -> [FieldError] {
        var errs: [FieldError] = []
        if let p = r["selectPolicy"]?.stringValue, !["Disabled", "Max", "Min"].contains(p) {
            errs.append(ValidationSupport.notSupported(field + ".selectPolicy", p, ["Disabled", "Max", "Min"]))
        }
        if let w = r["stabilizationWindowSeconds"]?.intValue {
            if w < 0 { errs.append(ValidationSupport.invalidInt(field + ".stabilizationWindowSeconds", w, "must be greater than or equal to zero")) }
            if w > 3600 { errs.append(ValidationSupport.invalidInt(field + ".stabilizationWindowSeconds", w, "must be less than or equal to 3600")) }
        }
        let policies = r["policies"]?.arrayValue ?? []
        if policies.isEmpty { errs.append(.required(field + ".policies", "must specify at least one Policy")) }
        for (i, p) in policies.enumerated() {
            let path = "\(field).policies[\(i)]"
            let type = p["type"]?.stringValue ?? ""
            if !["Percent", "Pods"].contains(type) { errs.append(ValidationSupport.notSupported(path + ".type", type, ["Percent", "Pods"])) }
            let period = p["periodSeconds"]?.intValue ?? 0
            if period <= 0 { errs.append(ValidationSupport.invalidInt(path + ".periodSeconds", period, "must be greater than zero")) }
            if period > 1800 { errs.append(ValidationSupport.invalidInt(path + ".periodSeconds", period, "must be less than or equal to 1800")) }
            let value = p["value"]?.intValue ?? 0
            if value <= 0 { errs.append(ValidationSupport.invalidInt(path + ".value", value, "must be greater than zero")) }
        }
        return errs
    }
}
