import Foundation
import JSON

/// Printers for Nodes, Namespaces, Leases, PodDisruptionBudgets, PriorityClasses, APIServices and
/// admission webhook configurations.
enum ClusterPrinters {
    static let node = TablePrinter(
        columns: [
            TableColumn.name, TableColumn("Status", "The status of the node"), TableColumn("Roles", "The roles of the node"),
            TableColumn.age, TableColumn("Version", "Kubelet Version reported by the node."),
            TableColumn("Internal-IP", addressesDoc, priority: 1), TableColumn("External-IP", addressesDoc, priority: 1),
            TableColumn("OS-Image", "OS Image reported by the node from /etc/os-release (e.g. Debian GNU/Linux 7 "
                + "(wheezy)).", priority: 1),
            TableColumn("Kernel-Version", "Kernel Version reported by the node from 'uname -r' (e.g. "
                + "3.16.0-0.bpo.4-amd64).", priority: 1),
            TableColumn("Container-Runtime", "ContainerRuntime Version reported by the node through runtime remote API "
                + "(e.g. containerd://1.4.2).", priority: 1),
        ],
        cells: { node, now in
            let info = node[path: ["status", "nodeInfo"]]
            func known(_ key: String) -> JSON {
                let v = TableCells.string(info?[key])
                return .string(v.isEmpty ? "<unknown>" : v)
            }
            let roles = nodeRoles(node)
            return [.string(TableCells.name(node)), .string(nodeStatus(node)),
                    .string(roles.isEmpty ? "<none>" : roles.joined(separator: ",")), .string(TableCells.age(node, now)),
                    .string(TableCells.string(info?["kubeletVersion"])),
                    .string(address(node, "InternalIP")), .string(address(node, "ExternalIP")),
                    known("osImage"), known("kernelVersion"), known("containerRuntimeVersion")]
        })

    static let addressesDoc = "List of addresses reachable to the node. Queried from cloud provider, if available."

    /// `Ready` / `NotReady` from the Ready condition, `Unknown` without it, plus `SchedulingDisabled`
    /// for cordoned nodes.
    static func nodeStatus(_ node: JSON) -> String {
        var parts: [String] = []
        if let ready = TableCells.condition(node[path: ["status", "conditions"]], "Ready") {
            parts.append(ready["status"]?.stringValue == "True" ? "Ready" : "NotReady")
        } else {
            parts.append("Unknown")
        }
        if node[path: ["spec", "unschedulable"]]?.boolValue == true { parts.append("SchedulingDisabled") }
        return parts.joined(separator: ",")
    }

    /// Roles from `node-role.kubernetes.io/<role>` keys and the `kubernetes.io/role` value, sorted, unique.
    static func nodeRoles(_ node: JSON) -> [String] {
        var roles = Set<String>()
        for (key, value) in node[path: ["metadata", "labels"]]?.stringMap ?? [:] {
            if key.hasPrefix("node-role.kubernetes.io/") {
                let role = String(key.dropFirst("node-role.kubernetes.io/".count))
                if !role.isEmpty { roles.insert(role) }
            } else if key == "kubernetes.io/role" && !value.isEmpty {
                roles.insert(value)
            }
        }
        return roles.sorted(by: TableCells.utf8Less)
    }

    /// The first address of a type, `<none>` without one.
    static func address(_ node: JSON, _ type: String) -> String {
        TableCells.array(node[path: ["status", "addresses"]]).first { $0["type"]?.stringValue == type }
            .map { TableCells.string($0["address"]) } ?? "<none>"
    }

    static let namespace = TablePrinter(
        columns: [TableColumn.name, TableColumn("Status", "The status of the namespace"), TableColumn.age],
        cells: { ns, now in
            [.string(TableCells.name(ns)), .string(TableCells.string(ns[path: ["status", "phase"]])),
             .string(TableCells.age(ns, now))]
        })

    static let lease = TablePrinter(
        columns: [
            TableColumn.name,
            TableColumn("Holder", "holderIdentity contains the identity of the holder of a current lease."),
            TableColumn.age,
        ],
        cells: { lease, now in
            [.string(TableCells.name(lease)), .string(TableCells.string(lease[path: ["spec", "holderIdentity"]])),
             .string(TableCells.age(lease, now))]
        })

    static let podDisruptionBudget = TablePrinter(
        columns: [
            TableColumn.name,
            TableColumn("Min Available", "The minimum number of pods that must be available."),
            TableColumn("Max Unavailable", "The maximum number of pods that may be unavailable."),
            TableColumn("Allowed Disruptions", "integer", "Calculated number of pods that may be disrupted at this time."),
            TableColumn.age,
        ],
        cells: { pdb, now in
            let spec = pdb["spec"]
            func intOrNA(_ v: JSON?) -> JSON {
                guard let v, !v.isNull else { return "N/A" }
                return .string(TableCells.intOrString(v))
            }
            return [.string(TableCells.name(pdb)), intOrNA(spec?["minAvailable"]), intOrNA(spec?["maxUnavailable"]),
                    .int(TableCells.int(pdb[path: ["status", "disruptionsAllowed"]])), .string(TableCells.age(pdb, now))]
        })

    static let priorityClass = TablePrinter(
        columns: [
            TableColumn.name,
            TableColumn("Value", "integer", "value represents the integer value of this priority class. This is the "
                + "actual priority that pods receive when they have the name of this class in their pod spec."),
            TableColumn("Global-Default", "boolean", "globalDefault specifies whether this PriorityClass should be "
                + "considered as the default priority for pods that do not have any priority class."),
            TableColumn.age,
            TableColumn("PreemptionPolicy", "preemptionPolicy is the Policy for preempting pods with lower priority. One "
                + "of Never, PreemptLowerPriority. Defaults to PreemptLowerPriority if unset."),
        ],
        cells: { pc, now in
            [.string(TableCells.name(pc)), .int(TableCells.int(pc["value"])), .bool(pc["globalDefault"]?.boolValue ?? false),
             .string(TableCells.age(pc, now)), .string(TableCells.string(pc["preemptionPolicy"]))]
        })

    /// kube-aggregator's APIService table: SERVICE `namespace/name` or `Local`; AVAILABLE the Available
    /// condition's status, with its reason when not True, `Unknown` without the condition.
    static let apiService = TablePrinter(
        columns: [
            TableColumn.name,
            TableColumn("Service", "The reference to the service that hosts this API endpoint."),
            TableColumn("Available", "Whether this service is available."),
            TableColumn.age,
        ],
        cells: { svc, now in
            var service = "Local"
            if let ref = svc[path: ["spec", "service"]], !ref.isNull {
                service = "\(TableCells.string(ref["namespace"]))/\(TableCells.string(ref["name"]))"
            }
            var available = "Unknown"
            if let c = TableCells.condition(svc[path: ["status", "conditions"]], "Available") {
                let status = TableCells.string(c["status"]), reason = TableCells.string(c["reason"])
                available = status != "True" && !reason.isEmpty ? "\(status) (\(reason))" : status
            }
            return [.string(TableCells.name(svc)), .string(service), .string(available), .string(TableCells.age(svc, now))]
        })

    static let webhooks = TablePrinter(
        columns: [
            TableColumn.name,
            TableColumn("Webhooks", "integer", "Webhooks indicates the number of webhooks registered in this configuration"),
            TableColumn.age,
        ],
        cells: { cfg, now in
            [.string(TableCells.name(cfg)), .int(Int64(TableCells.array(cfg["webhooks"]).count)),
             .string(TableCells.age(cfg, now))]
        })
}
