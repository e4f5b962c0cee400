import Foundation
import JSON

/// Printers for apps/v1 workloads, ReplicationControllers and ControllerRevisions.
enum WorkloadPrinters {
    private static func wide(_ template: JSON?, selector: String?) -> [JSON] {
        let (names, images) = TableCells.containerCells(template?["spec"])
        var out: [JSON] = [.string(names), .string(images)]
        if let selector { out.append(.string(selector)) }
        return out
    }

    static let deployment = TablePrinter(
        columns: [
            TableColumn.name,
            TableColumn("Ready", "Number of the pod with ready state"),
            TableColumn("Up-to-date", "Total number of non-terminated pods targeted by this deployment that have the "
                + "desired template spec."),
            TableColumn("Available", "Total number of available non-terminating pods (ready for at least "
                + "minReadySeconds) targeted by this deployment."),
            TableColumn.age, TableColumn.containers, TableColumn.images,
            TableColumn("Selector", "Label selector for pods. Existing ReplicaSets whose pods are selected by this will "
                + "be the ones affected by this deployment.", priority: 1),
        ],
        cells: { d, now in
            let spec = d["spec"], status = d["status"]
            // Upstream prints selector.String(), or <invalid> when the selector does not convert.
            let selector = TableCells.selectorString(spec?["selector"]) ?? "<invalid>"
            return [.string(TableCells.name(d)),
                    .string("\(TableCells.int(status?["readyReplicas"]))/\(TableCells.replicas(spec))"),
                    .int(TableCells.int(status?["updatedReplicas"])), .int(TableCells.int(status?["availableReplicas"])),
                    .string(TableCells.age(d, now))] + wide(spec?["template"], selector: selector)
        })

    static let replicaSet = TablePrinter(
        columns: [
            TableColumn.name,
            TableColumn("Desired", "integer", Docs.specReplicas),
            TableColumn("Current", "integer", Docs.statusReplicas),
            TableColumn("Ready", "integer", Docs.readyReplicas),
            TableColumn.age, TableColumn.containers, TableColumn.images,
            TableColumn("Selector", Docs.selector, priority: 1),
        ],
        cells: { rs, now in
            let spec = rs["spec"], status = rs["status"]
            return [.string(TableCells.name(rs)), .int(TableCells.replicas(spec)), .int(TableCells.int(status?["replicas"])),
                    .int(TableCells.int(status?["readyReplicas"])), .string(TableCells.age(rs, now))]
                + wide(spec?["template"], selector: TableCells.formatLabelSelector(spec?["selector"]))
        })

    static let replicationController = TablePrinter(
        columns: [
            TableColumn.name,
            TableColumn("Desired", "integer", Docs.specReplicas),
            TableColumn("Current", "integer", Docs.statusReplicas),
            TableColumn("Ready", "integer", "The number of ready replicas for this replication controller."),
            TableColumn.age, TableColumn.containers, TableColumn.images,
            TableColumn("Selector", Docs.podSelectorMap, priority: 1),
        ],
        cells: { rc, now in
            let spec = rc["spec"], status = rc["status"]
            return [.string(TableCells.name(rc)), .int(TableCells.replicas(spec)), .int(TableCells.int(status?["replicas"])),
                    .int(TableCells.int(status?["readyReplicas"])), .string(TableCells.age(rc, now))]
                + wide(spec?["template"], selector: TableCells.formatLabels(spec?["selector"]))
        })

    static let statefulSet = TablePrinter(
        columns: [
            TableColumn.name, TableColumn("Ready", "Number of the pod with ready state"), TableColumn.age,
            TableColumn.containers, TableColumn.images,
        ],
        cells: { sts, now in
            let spec = sts["spec"]
            return [.string(TableCells.name(sts)),
                    .string("\(TableCells.int(sts[path: ["status", "readyReplicas"]]))/\(TableCells.replicas(spec))"),
                    .string(TableCells.age(sts, now))] + wide(spec?["template"], selector: nil)
        })

    static let daemonSet = TablePrinter(
        columns: [
            TableColumn.name,
            TableColumn("Desired", "integer", "The total number of nodes that should be running the daemon pod "
                + "(including nodes correctly running the daemon pod)."),
            TableColumn("Current", "integer", "The number of nodes that are running at least 1 daemon pod and are "
                + "supposed to run the daemon pod."),
            TableColumn("Ready", "integer", "The number of nodes that should be running the daemon pod and have one or "
                + "more of the daemon pod running and ready."),
            TableColumn("Up-to-date", "integer", "The total number of nodes that are running updated daemon pod"),
            TableColumn("Available", "integer", "The number of nodes that should be running the daemon pod and have one "
                + "or more of the daemon pod running and available (ready for at least spec.minReadySeconds)"),
            TableColumn("Node Selector", Docs.nodeSelector),
            TableColumn.age, TableColumn.containers, TableColumn.images,
            TableColumn("Selector", "A label query over pods that are managed by the daemon set.", priority: 1),
        ],
        cells: { ds, now in
            let spec = ds["spec"], status = ds["status"]
            return [.string(TableCells.name(ds)), .int(TableCells.int(status?["desiredNumberScheduled"])),
                    .int(TableCells.int(status?["currentNumberScheduled"])), .int(TableCells.int(status?["numberReady"])),
                    .int(TableCells.int(status?["updatedNumberScheduled"])), .int(TableCells.int(status?["numberAvailable"])),
                    .string(TableCells.formatLabels(spec?[path: ["template", "spec", "nodeSelector"]])),
                    .string(TableCells.age(ds, now))]
                + wide(spec?["template"], selector: TableCells.formatLabelSelector(spec?["selector"]))
        })

    static let controllerRevision = TablePrinter(
        columns: [
            TableColumn.name, TableColumn("Controller", "Controller of the object"),
            TableColumn("Revision", "Revision indicates the revision of the state represented by Data."),
            TableColumn.age,
        ],
        cells: { cr, now in
            [.string(TableCells.name(cr)), .string(controllerName(cr)), .int(TableCells.int(cr["revision"])),
             .string(TableCells.age(cr, now))]
        })

    /// `kind.group/name` (lower-cased kind and group) of the controlling owner, `<none>` without one.
    static func controllerName(_ object: JSON) -> String {
        guard let ref = TableCells.array(object[path: ["metadata", "ownerReferences"]])
            .first(where: { $0["controller"]?.boolValue == true }) else { return "<none>" }
        let apiVersion = TableCells.string(ref["apiVersion"])
        let group = apiVersion.contains("/") ? String(apiVersion.split(separator: "/")[0]) : ""
        let kind = TableCells.string(ref["kind"])
        let groupKind = group.isEmpty ? kind : kind + "." + group
        let name = TableCells.string(ref["name"])
        return groupKind.isEmpty ? name : groupKind.lowercased() + "/" + name
    }
}
