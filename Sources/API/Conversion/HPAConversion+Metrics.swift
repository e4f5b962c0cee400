import JSON

/// Metric shapes between autoscaling/v2 (`target`/`current` objects) and the v1-era form kept in the
/// `autoscaling.alpha.kubernetes.io/metrics` and `…/current-metrics` annotations (upstream
/// `Convert_autoscaling_*MetricSource_To_v1_*`). Members are written in Go's field order so the annotation
/// text matches what upstream would store.
extension HPAConversion {
    /// Builds an object from the present members only.
    static func obj(_ pairs: [(String, JSON?)]) -> JSON {
        var o = JSONObject()
        for (k, v) in pairs { if let v, v != .null { o[k] = v } }
        return .object(o)
    }

    // MARK: spec metrics

    static func metricSpecToV1(_ m: JSON) -> JSON {
        let type = m["type"]
        var pairs: [(String, JSON?)] = [("type", type)]
        if let o = m["object"], o != .null {
            let t = o["target"]
            pairs.append(("object", obj([("target", o["describedObject"]), ("metricName", o[path: ["metric", "name"]] ?? ""),
                                         ("targetValue", t?["value"] ?? "0"),
                                         ("selector", o[path: ["metric", "selector"]]), ("averageValue", t?["averageValue"])])))
        }
        if let p = m["pods"], p != .null {
            pairs.append(("pods", obj([("metricName", p[path: ["metric", "name"]] ?? ""),
                                       ("targetAverageValue", p[path: ["target", "averageValue"]] ?? "0"),
                                       ("selector", p[path: ["metric", "selector"]])])))
        }
        if let r = m["resource"], r != .null {
            pairs.append(("resource", obj([("name", r["name"]), ("targetAverageUtilization", r[path: ["target", "averageUtilization"]]),
                                           ("targetAverageValue", r[path: ["target", "averageValue"]])])))
        }
        if let c = m["containerResource"], c != .null {
            pairs.append(("containerResource", obj([("name", c["name"]), ("targetAverageUtilization", c[path: ["target", "averageUtilization"]]),
                                                    ("targetAverageValue", c[path: ["target", "averageValue"]]), ("container", c["container"])])))
        }
        if let e = m["external"], e != .null {
            pairs.append(("external", obj([("metricName", e[path: ["metric", "name"]] ?? ""), ("metricSelector", e[path: ["metric", "selector"]]),
                                           ("targetValue", e[path: ["target", "value"]]), ("targetAverageValue", e[path: ["target", "averageValue"]])])))
        }
        return obj(pairs)
    }

    static func metricSpecToV2(_ m: JSON) -> JSON {
        var pairs: [(String, JSON?)] = [("type", m["type"])]
        if let o = m["object"], o != .null {
            let avg = o["averageValue"]
            let type: JSON = avg == nil ? "Value" : "AverageValue"
            pairs.append(("object", obj([("describedObject", o["target"]), ("metric", metric(o["metricName"], o["selector"])),
                                         ("target", obj([("type", type), ("value", avg == nil ? o["targetValue"] : nil), ("averageValue", avg)]))])))
        }
        if let p = m["pods"], p != .null {
            pairs.append(("pods", obj([("metric", metric(p["metricName"], p["selector"])),
                                       ("target", obj([("type", "AverageValue"), ("averageValue", p["targetAverageValue"])]))])))
        }
        for key in ["resource", "containerResource"] {
            guard let r = m[key], r != .null else { continue }
            let util = r["targetAverageUtilization"]
            let target = obj([("type", util == nil ? "AverageValue" : "Utilization"), ("averageUtilization", util),
                              ("averageValue", r["targetAverageValue"])])
            pairs.append((key, obj([("name", r["name"]), ("target", target), ("container", r["container"])])))
        }
        if let e = m["external"], e != .null {
            let value = e["targetValue"]
            pairs.append(("external", obj([("metric", metric(e["metricName"], e["metricSelector"])),
                                           ("target", obj([("type", value == nil ? "AverageValue" : "Value"), ("value", value),
                                                           ("averageValue", e["targetAverageValue"])]))])))
        }
        return obj(pairs)
    }

    static func metric(_ name: JSON?, _ selector: JSON?) -> JSON { obj([("name", name ?? ""), ("selector", selector)]) }

    // MARK: status metrics

    static func metricStatusToV1(_ m: JSON) -> JSON {
        var pairs: [(String, JSON?)] = [("type", m["type"])]
        if let o = m["object"], o != .null {
            pairs.append(("object", obj([("target", o["describedObject"]), ("metricName", o[path: ["metric", "name"]] ?? ""),
                                         ("currentValue", o[path: ["current", "value"]] ?? "0"),
                                         ("selector", o[path: ["metric", "selector"]]), ("averageValue", o[path: ["current", "averageValue"]])])))
        }
        if let p = m["pods"], p != .null {
            pairs.append(("pods", obj([("metricName", p[path: ["metric", "name"]] ?? ""),
                                       ("currentAverageValue", p[path: ["current", "averageValue"]] ?? "0"),
                                       ("selector", p[path: ["metric", "selector"]])])))
        }
        for key in ["resource", "containerResource"] {
            guard let r = m[key], r != .null else { continue }
            pairs.append((key, obj([("name", r["name"]), ("currentAverageUtilization", r[path: ["current", "averageUtilization"]]),
                                    ("currentAverageValue", r[path: ["current", "averageValue"]] ?? "0"), ("container", r["container"])])))
        }
        if let e = m["external"], e != .null {
            pairs.append(("external", obj([("metricName", e[path: ["metric", "name"]] ?? ""), ("metricSelector", e[path: ["metric", "selector"]]),
                                           ("currentValue", e[path: ["current", "value"]] ?? "0"),
                                           ("currentAverageValue", e[path: ["current", "averageValue"]])])))
        }
        return obj(pairs)
    }

    static func metricStatusToV2(_ m: JSON) -> JSON {
        var pairs: [(String, JSON?)] = [("type", m["type"])]
        if let o = m["object"], o != .null {
            pairs.append(("object", obj([("metric", metric(o["metricName"], o["selector"])),
                                         ("current", obj([("value", o["currentValue"]), ("averageValue", o["averageValue"])])),
                                         ("describedObject", o["target"])])))
        }
        if let p = m["pods"], p != .null {
            pairs.append(("pods", obj([("metric", metric(p["metricName"], p["selector"])),
                                       ("current", obj([("averageValue", p["currentAverageValue"])]))])))
        }
        for key in ["resource", "containerResource"] {
            guard let r = m[key], r != .null else { continue }
            pairs.append((key, obj([("name", r["name"]), ("current", obj([("averageValue", r["currentAverageValue"]),
                                                                         ("averageUtilization", r["currentAverageUtilization"])])),
                                    ("container", r["container"])])))
        }
        if let e = m["external"], e != .null {
            pairs.append(("external", obj([("metric", metric(e["metricName"], e["metricSelector"])),
                                           ("current", obj([("value", e["currentValue"]), ("averageValue", e["currentAverageValue"])]))])))
        }
        return obj(pairs)
    }
}
