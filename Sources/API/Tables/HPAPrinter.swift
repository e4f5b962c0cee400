import Foundation
import JSON

/// The HorizontalPodAutoscaler printer: REFERENCE, TARGETS (upstream `formatHPAMetrics`), MINPODS,
/// MAXPODS, REPLICAS. Reads the autoscaling/v2 shape kubeling stores; an autoscaling/v1 object
/// (targetCPUUtilizationPercentage) is read as the one CPU utilisation metric it converts to.
enum HPAPrinter {
    static let printer = TablePrinter(
        columns: [
            TableColumn.name,
            TableColumn("Reference", "reference to scaled resource; horizontal pod autoscaler will learn the current "
                + "resource consumption and will set the desired number of pods by using its Scale subresource."),
            TableColumn("Targets", "metrics contains the specifications for which to use to calculate the desired "
                + "replica count (the maximum replica count across all metrics will be used)."),
            TableColumn("MinPods", "minReplicas is the lower limit for the number of replicas to which the autoscaler "
                + "can scale down. It defaults to 1 pod."),
            TableColumn("MaxPods", "maxReplicas is the upper limit for the number of replicas to which the autoscaler "
                + "can scale up. It cannot be less that minReplicas."),
            TableColumn("Replicas", "currentReplicas is current number of replicas of pods managed by this "
                + "autoscaler, as last seen by the autoscaler."),
            TableColumn.age,
        ],
        cells: { hpa, now in
            let spec = hpa["spec"], status = hpa["status"]
            let ref = spec?["scaleTargetRef"]
            let minPods = spec?["minReplicas"]?.intValue.map { String($0) } ?? "<unset>"
            return [.string(TableCells.name(hpa)),
                    .string("\(TableCells.string(ref?["kind"]))/\(TableCells.string(ref?["name"]))"),
                    .string(targets(hpa)), .string(minPods), .int(TableCells.int(spec?["maxReplicas"])),
                    .int(TableCells.int(status?["currentReplicas"])), .string(TableCells.age(hpa, now))]
        })

    /// The metric specs and statuses, converting the autoscaling/v1 fields when `spec.metrics` is absent.
    static func metrics(_ hpa: JSON) -> (specs: [JSON], statuses: [JSON]) {
        let spec = hpa["spec"], status = hpa["status"]
        if spec?["metrics"] == nil, let target = spec?["targetCPUUtilizationPercentage"]?.intValue {
            let metric: JSON = ["type": "Resource", "resource": ["name": "cpu",
                "target": ["type": "Utilization", "averageUtilization": .int(target)]]]
            var statuses: [JSON] = []
            if let current = status?["currentCPUUtilizationPercentage"]?.intValue {
                statuses = [["type": "Resource", "resource": ["name": "cpu",
                    "current": ["averageUtilization": .int(current)]]]]
            }
            return ([metric], statuses)
        }
        return (TableCells.array(spec?["metrics"]), TableCells.array(status?["currentMetrics"]))
    }

    /// TARGETS: one entry per metric, at most two then ` + N more...`; `<none>` without metrics.
    static func targets(_ hpa: JSON) -> String {
        let (specs, statuses) = metrics(hpa)
        guard !specs.isEmpty else { return "<none>" }
        var list: [String] = []
        for (i, spec) in specs.enumerated() {
            let status: JSON? = i < statuses.count ? statuses[i] : nil
            list.append(describe(spec, status: status))
        }
        if list.count > 2 {
            return list.prefix(2).joined(separator: ", ") + " + \(list.count - 2) more..."
        }
        return list.joined(separator: ", ")
    }

    /// One metric as `current/target`; a current value without status is `<unknown>`.
    static func describe(_ spec: JSON, status: JSON?) -> String {
        switch TableCells.string(spec["type"]) {
        case "External", "Object":
            let field = spec["type"]?.stringValue == "External" ? "external" : "object"
            let target = spec[path: [field, "target"]]
            let current = status?[field].flatMap { $0.isNull ? nil : $0 }?["current"]
            if let avg = target?["averageValue"], !avg.isNull {
                let cur = current?["averageValue"].map { TableCells.quantity($0) } ?? "<unknown>"
                return "\(cur)/\(TableCells.quantity(avg)) (avg)"
            }
            let cur = current.map { TableCells.quantity($0["value"]) } ?? "<unknown>"
            return "\(cur)/\(TableCells.quantity(target?["value"]))"
        case "Pods":
            let current = status?["pods"].flatMap { $0.isNull ? nil : $0 }
            let cur = current.map { TableCells.quantity($0[path: ["current", "averageValue"]]) } ?? "<unknown>"
            return "\(cur)/\(TableCells.quantity(spec[path: ["pods", "target", "averageValue"]]))"
        case "Resource", "ContainerResource":
            let field = spec["type"]?.stringValue == "Resource" ? "resource" : "containerResource"
            let source = spec[field]
            let name = TableCells.string(source?["name"])
            let current = status?[field].flatMap { $0.isNull ? nil : $0 }
            if let avg = source?[path: ["target", "averageValue"]], !avg.isNull {
                let cur = current.map { TableCells.quantity($0[path: ["current", "averageValue"]]) } ?? "<unknown>"
                return "\(name): \(cur)/\(TableCells.quantity(avg))"
            }
            let cur = current?[path: ["current", "averageUtilization"]]?.intValue.map { "\($0)%" } ?? "<unknown>"
            let target = source?[path: ["target", "averageUtilization"]]?.intValue.map { "\($0)%" } ?? "<auto>"
            return "\(name): \(cur)/\(target)"
        default:
            return "<unknown type>"
        }
    }
}
