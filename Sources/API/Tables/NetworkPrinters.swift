import Foundation
import JSON

/// Printers for Services, Endpoints, EndpointSlices, Ingresses and IngressClasses.
enum NetworkPrinters {
    static let service = TablePrinter(
        columns: [
            TableColumn.name,
            TableColumn("Type", "type determines how the Service is exposed. Defaults to ClusterIP."),
            TableColumn("Cluster-IP", "clusterIP is the IP address of the service and is usually assigned randomly."),
            TableColumn("External-IP", "externalIPs is a list of IP addresses for which nodes in the cluster will also "
                + "accept traffic for this service."),
            TableColumn("Port(s)", "The list of ports that are exposed by this service."),
            TableColumn.age,
            TableColumn("Selector", "Route service traffic to pods with label keys and values matching this "
                + "selector.", priority: 1),
        ],
        cells: { svc, now in
            let spec = svc["spec"]
            var clusterIP = TableCells.string(TableCells.array(spec?["clusterIPs"]).first)
            if clusterIP.isEmpty { clusterIP = TableCells.string(spec?["clusterIP"]) }
            let ports = TableCells.array(spec?["ports"]).map { p -> String in
                let port = TableCells.int(p["port"]), proto = p["protocol"]?.stringValue ?? "TCP"
                let nodePort = TableCells.int(p["nodePort"])
                return nodePort > 0 ? "\(port):\(nodePort)/\(proto)" : "\(port)/\(proto)"
            }.joined(separator: ",")
            return [.string(TableCells.name(svc)), .string(TableCells.string(spec?["type"])),
                    .string(clusterIP.isEmpty ? "<none>" : clusterIP), .string(externalIP(svc)),
                    .string(ports.isEmpty ? "<none>" : ports), .string(TableCells.age(svc, now)),
                    .string(TableCells.formatLabels(spec?["selector"]))]
        })

    /// EXTERNAL-IP by service type (upstream `getServiceExternalIP`, wide so never clipped).
    static func externalIP(_ svc: JSON) -> String {
        let spec = svc["spec"]
        let external = TableCells.array(spec?["externalIPs"]).map { TableCells.string($0) }
        switch TableCells.string(spec?["type"]) {
        case "ClusterIP", "NodePort":
            return external.isEmpty ? "<none>" : external.joined(separator: ",")
        case "LoadBalancer":
            let all = TableCells.loadBalancerIngress(svc[path: ["status", "loadBalancer"]]) + external
            return all.isEmpty ? "<pending>" : all.joined(separator: ",")
        case "ExternalName":
            return TableCells.string(spec?["externalName"])
        default:
            return "<unknown>"
        }
    }

    static let endpoints = TablePrinter(
        columns: [
            TableColumn.name,
            TableColumn("Endpoints", "The set of all endpoints is the union of all subsets."),
            TableColumn.age,
        ],
        cells: { ep, now in [.string(TableCells.name(ep)), .string(formatEndpoints(ep)), .string(TableCells.age(ep, now))] })

    /// Ready addresses as `ip:port` per (port, address), at most 3 then ` + N more...`; bare IPs for
    /// port-less (headless) subsets; `<none>` without subsets.
    static func formatEndpoints(_ ep: JSON) -> String {
        let subsets = TableCells.array(ep["subsets"])
        guard !subsets.isEmpty else { return "<none>" }
        var list: [String] = []
        var count = 0
        for ss in subsets {
            let addresses = TableCells.array(ss["addresses"]).map { TableCells.string($0["ip"]) }
            let ports = TableCells.array(ss["ports"])
            if ports.isEmpty {
                count += addresses.count
                list += addresses.prefix(max(0, 3 - list.count))
                continue
            }
            for port in ports {
                count += addresses.count
                for ip in addresses where list.count < 3 {
                    let host = ip.contains(":") ? "[\(ip)]" : ip
                    list.append("\(host):\(TableCells.int(port["port"]))")
                }
            }
        }
        let text = list.joined(separator: ",")
        return count > 3 ? "\(text) + \(count - 3) more..." : text
    }

    static let endpointSlice = TablePrinter(
        columns: [
            TableColumn.name,
            TableColumn("AddressType", "addressType specifies the type of address carried by this EndpointSlice."),
            TableColumn("Ports", "ports specifies the list of network ports exposed by each endpoint in this slice."),
            TableColumn("Endpoints", "endpoints is a list of unique endpoints in this slice."),
            TableColumn.age,
        ],
        cells: { slice, now in
            let ports = TableCells.array(slice["ports"]).map { p -> String in
                if let n = p["port"]?.intValue { return String(n) }
                return p["name"]?.stringValue ?? "*"
            }
            let addresses = TableCells.array(slice["endpoints"]).flatMap {
                TableCells.array($0["addresses"]).map { TableCells.string($0) }
            }
            return [.string(TableCells.name(slice)), .string(TableCells.string(slice["addressType"])),
                    .string(TableCells.listWithMore(ports)), .string(TableCells.listWithMore(addresses)),
                    .string(TableCells.age(slice, now))]
        })

    static let ingress = TablePrinter(
        columns: [
            TableColumn.name,
            TableColumn("Class", "The name of the IngressClass resource that should be used for additional configuration"),
            TableColumn("Hosts", "Hosts that incoming requests are matched against before the ingress rule"),
            TableColumn("Address", "Address is a list containing ingress points for the load-balancer"),
            TableColumn("Ports", "Ports of TLS configurations that open"),
            TableColumn.age,
        ],
        cells: { ing, now in
            let spec = ing["spec"]
            let tls = TableCells.array(spec?["tls"])
            return [.string(TableCells.name(ing)), .string(spec?["ingressClassName"]?.stringValue ?? "<none>"),
                    .string(hosts(TableCells.array(spec?["rules"]))),
                    .string(TableCells.loadBalancerIngress(ing[path: ["status", "loadBalancer"]]).joined(separator: ",")),
                    .string(tls.isEmpty ? "80" : "80, 443"), .string(TableCells.age(ing, now))]
        })

    /// Hosts of the first three rules (rules without a host are skipped), ` + N more...` counted over
    /// all rules, `*` when none has a host (upstream `formatHosts`).
    static func hosts(_ rules: [JSON]) -> String {
        var list: [String] = []
        var more = false
        for rule in rules {
            if list.count == 3 { more = true }
            let host = TableCells.string(rule["host"])
            if !more && !host.isEmpty { list.append(host) }
        }
        if list.isEmpty { return "*" }
        let text = list.joined(separator: ",")
        return more ? "\(text) + \(rules.count - 3) more..." : text
    }

    static let ingressClass = TablePrinter(
        columns: [
            TableColumn.name,
            TableColumn("Controller", "Controller that is responsible for handling this class"),
            TableColumn("Parameters", "A reference to a resource with additional parameters"),
            TableColumn.age,
        ],
        cells: { ic, now in
            var parameters = "<none>"
            if let p = ic[path: ["spec", "parameters"]], !p.isNull {
                parameters = TableCells.string(p["kind"])
                if let g = p["apiGroup"]?.stringValue { parameters += "." + g }
                parameters += "/" + TableCells.string(p["name"])
            }
            return [.string(TableCells.name(ic)), .string(TableCells.string(ic[path: ["spec", "controller"]])),
                    .string(parameters), .string(TableCells.age(ic, now))]
        })
}
