import Foundation
import JSON

/// Printers for ConfigMaps, Secrets, ServiceAccounts, ResourceQuotas and RBAC bindings.
enum ConfigPrinters {
    /// Upstream `printResourceQuota`: for each resource of `status.hard`, sorted, `name: used/hard`;
    /// `limits.*` resources go to LIMIT, the others to REQUEST.
    static let resourceQuota = TablePrinter(
        columns: [
            TableColumn.name,
            TableColumn.age,
            TableColumn("Request", "Request represents a minimum amount of cpu/memory that a container may consume."),
            TableColumn("Limit", "Limits control the maximum amount of cpu/memory that a container may use independent "
                + "of contention on the node."),
        ],
        cells: { quota, now in
            let hard = quota[path: ["status", "hard"]]?.objectValue ?? JSONObject()
            let used = quota[path: ["status", "used"]]?.objectValue ?? JSONObject()
            var request: [String] = []
            var limit: [String] = []
            for name in hard.keys.sorted() {
                func text(_ v: JSON?) -> String { v.flatMap(Quantity.init(json:))?.canonical ?? "0" }
                let entry = "\(name): \(text(used[name]))/\(text(hard[name]))"
                let pieces = name.split(separator: ".", omittingEmptySubsequences: false)
                if pieces.count > 1, pieces[0] == "limits" { limit.append(entry) } else { request.append(entry) }
            }
            return [.string(TableCells.name(quota)), .string(TableCells.age(quota, now)),
                    .string(request.joined(separator: ", ")), .string(limit.joined(separator: ", "))]
        })

    static let configMap = TablePrinter(
        columns: [
            TableColumn.name,
            TableColumn("Data", "Data contains the configuration data. Each key must consist of alphanumeric "
                + "characters, '-', '_' or '.'."),
            TableColumn.age,
        ],
        cells: { cm, now in
            let count = (cm["data"]?.objectValue?.count ?? 0) + (cm["binaryData"]?.objectValue?.count ?? 0)
            return [.string(TableCells.name(cm)), .int(Int64(count)), .string(TableCells.age(cm, now))]
        })

    static let secret = TablePrinter(
        columns: [
            TableColumn.name,
            TableColumn("Type", "Used to facilitate programmatic handling of secret data."),
            TableColumn("Data", "Data contains the secret data. Each key must consist of alphanumeric characters, "
                + "'-', '_' or '.'."),
            TableColumn.age,
        ],
        cells: { secret, now in
            [.string(TableCells.name(secret)), .string(TableCells.string(secret["type"])),
             .int(Int64(secret["data"]?.objectValue?.count ?? 0)), .string(TableCells.age(secret, now))]
        })

    static let serviceAccount = TablePrinter(
        columns: [
            TableColumn.name,
            TableColumn("Secrets", "Secrets is a list of the secrets in the same namespace that pods running using "
                + "this ServiceAccount are allowed to use."),
            TableColumn.age,
        ],
        cells: { sa, now in
            [.string(TableCells.name(sa)), .int(Int64(TableCells.array(sa["secrets"]).count)),
             .string(TableCells.age(sa, now))]
        })

    /// RoleBinding / ClusterRoleBinding: ROLE `Kind/name`, then (wide) users, groups and service
    /// accounts (`namespace/name`), each joined with ", ".
    static func roleBinding(cluster: Bool) -> TablePrinter {
        let what = cluster ? "clusterRoleBinding" : "roleBinding"
        return TablePrinter(
            columns: [
                TableColumn.name,
                TableColumn("Role", "RoleRef can reference a Role in the current namespace or a ClusterRole in the "
                    + "global namespace."),
                TableColumn.age,
                TableColumn("Users", "Users in the \(what)", priority: 1),
                TableColumn("Groups", "Groups in the \(what)", priority: 1),
                TableColumn("ServiceAccounts", "ServiceAccounts in the \(what)", priority: 1),
            ],
            cells: { binding, now in
                let ref = binding["roleRef"]
                var users: [String] = [], groups: [String] = [], sas: [String] = []
                for s in TableCells.array(binding["subjects"]) {
                    let name = TableCells.string(s["name"])
                    switch TableCells.string(s["kind"]) {
                    case "ServiceAccount": sas.append("\(TableCells.string(s["namespace"]))/\(name)")
                    case "User": users.append(name)
                    case "Group": groups.append(name)
                    default: break
                    }
                }
                return [.string(TableCells.name(binding)),
                        .string("\(TableCells.string(ref?["kind"]))/\(TableCells.string(ref?["name"]))"),
                        .string(TableCells.age(binding, now)), .string(users.joined(separator: ", ")),
                        .string(groups.joined(separator: ", ")), .string(sas.joined(separator: ", "))]
            })
    }
}
