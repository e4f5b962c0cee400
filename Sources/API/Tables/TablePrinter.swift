import Foundation
import JSON

/// The printer of one resource: its column definitions and a function from one object (at a given
/// time) to the row's cells, with optional row conditions. Cells are every column's value, wide ones
/// included, since the apiserver always generates tables in wide mode and kubectl hides priority > 0.
struct TablePrinter: Sendable {
    /// Column definitions in order.
    var columns: [TableColumn]
    /// The cells of one object's row, one per column.
    var cells: @Sendable (JSON, Date) -> [JSON]
    /// `TableRowCondition`s for the row (only pods set them upstream).
    var conditions: @Sendable (JSON) -> [JSON] = { _ in [] }

    /// Upstream `rest.NewDefaultTableConvertor`: Name and Created At (type date, the RFC 3339
    /// creationTimestamp in UTC; Go's zero time when unset).
    static let `default` = TablePrinter(
        columns: [TableColumn.name, TableColumn("Created At", "date", Docs.creationTimestamp)],
        cells: { object, _ in
            let raw = object[path: ["metadata", "creationTimestamp"]]?.stringValue ?? ""
            let stamp = ObjectMeta.parseTimestamp(raw).map(ObjectMeta.timestamp) ?? "0001-01-01T00:00:00Z"
            return [.string(TableCells.name(object)), .string(stamp)]
        })

    /// The printer for a resource, keyed by `plural.group` (both versions of a group share one).
    /// Role and ClusterRole use the default convertor upstream, so they are absent here.
    static func forResource(_ resource: ResourceInfo) -> TablePrinter {
        let key = resource.group.isEmpty ? resource.plural : resource.plural + "." + resource.group
        return registry[key] ?? .default
    }

    static let registry: [String: TablePrinter] = {
        var r: [String: TablePrinter] = [:]
        r["pods"] = PodPrinter.printer
        r["deployments.apps"] = WorkloadPrinters.deployment
        r["replicasets.apps"] = WorkloadPrinters.replicaSet
        r["statefulsets.apps"] = WorkloadPrinters.statefulSet
        r["daemonsets.apps"] = WorkloadPrinters.daemonSet
        r["controllerrevisions.apps"] = WorkloadPrinters.controllerRevision
        r["replicationcontrollers"] = WorkloadPrinters.replicationController
        r["jobs.batch"] = JobPrinters.job
        r["cronjobs.batch"] = JobPrinters.cronJob
        r["services"] = NetworkPrinters.service
        r["endpoints"] = NetworkPrinters.endpoints
        r["endpointslices.discovery.k8s.io"] = NetworkPrinters.endpointSlice
        r["ingresses.networking.k8s.io"] = NetworkPrinters.ingress
        r["ingressclasses.networking.k8s.io"] = NetworkPrinters.ingressClass
        r["horizontalpodautoscalers.autoscaling"] = HPAPrinter.printer
        r["events"] = EventPrinter.printer
        r["events.events.k8s.io"] = EventPrinter.printer
        r["nodes"] = ClusterPrinters.node
        r["namespaces"] = ClusterPrinters.namespace
        r["configmaps"] = ConfigPrinters.configMap
        r["secrets"] = ConfigPrinters.secret
        r["resourcequotas"] = ConfigPrinters.resourceQuota
        r["serviceaccounts"] = ConfigPrinters.serviceAccount
        r["rolebindings.rbac.authorization.k8s.io"] = ConfigPrinters.roleBinding(cluster: false)
        r["clusterrolebindings.rbac.authorization.k8s.io"] = ConfigPrinters.roleBinding(cluster: true)
        r["leases.coordination.k8s.io"] = ClusterPrinters.lease
        r["poddisruptionbudgets.policy"] = ClusterPrinters.podDisruptionBudget
        r["priorityclasses.scheduling.k8s.io"] = ClusterPrinters.priorityClass
        r["apiservices.apiregistration.k8s.io"] = ClusterPrinters.apiService
        r["validatingwebhookconfigurations.admissionregistration.k8s.io"] = ClusterPrinters.webhooks
        r["mutatingwebhookconfigurations.admissionregistration.k8s.io"] = ClusterPrinters.webhooks
        return r
    }()
}
