import JSON

/// One address of an `Endpoints` subset (core/v1 `EndpointAddress`).
struct EndpointAddress: Equatable {
    var ip: String
    var hostname: String?
    var nodeName: String?
    var targetRef: TargetRef?

    /// upstream `LessEndpointAddress`: by IP (bytes), then by the target's UID, an address without a
    /// target first.
    static func less(_ a: EndpointAddress, _ b: EndpointAddress) -> Bool {
        if a.ip != b.ip { return Array(a.ip.utf8).lexicographicallyPrecedes(Array(b.ip.utf8)) }
        guard let bRef = b.targetRef else { return false }
        guard let aRef = a.targetRef else { return true }
        return aRef.uid < bRef.uid
    }

    /// The identity repacking de-duplicates by (upstream `addressKey`: IP and target UID).
    var key: String { ip + "/" + (targetRef?.uid ?? "") }

    init(ip: String, hostname: String? = nil, nodeName: String? = nil, targetRef: TargetRef? = nil) {
        self.ip = ip
        self.hostname = hostname
        self.nodeName = nodeName
        self.targetRef = targetRef
    }

    init(_ json: JSON) {
        ip = json["ip"]?.stringValue ?? ""
        hostname = json["hostname"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
        nodeName = json["nodeName"]?.stringValue
        targetRef = TargetRef(json["targetRef"])
    }

    var json: JSON {
        var o: JSONObject = ["ip": .string(ip)]
        if let hostname { o["hostname"] = .string(hostname) }
        if let nodeName { o["nodeName"] = .string(nodeName) }
        if let targetRef { o["targetRef"] = targetRef.json }
        return .object(o)
    }
}

/// One port of an `Endpoints` subset (core/v1 `EndpointPort`).
struct EndpointPort: Hashable {
    var name: String
    var port: Int64
    var `protocol`: String
    var appProtocol: String?

    init(name: String, port: Int64, protocol: String, appProtocol: String? = nil) {
        self.name = name
        self.port = port
        self.protocol = `protocol`
        self.appProtocol = appProtocol
    }

    init(_ json: JSON) {
        name = json["name"]?.stringValue ?? ""
        port = json["port"]?.intValue ?? 0
        `protocol` = json["protocol"]?.stringValue ?? "TCP"
        appProtocol = json["appProtocol"]?.stringValue
    }

    var json: JSON {
        var o = JSONObject()
        if !name.isEmpty { o["name"] = .string(name) }
        o["port"] = .int(port)
        o["protocol"] = .string(`protocol`)
        if let appProtocol { o["appProtocol"] = .string(appProtocol) }
        return .object(o)
    }
}

/// One subset of an `Endpoints` object: addresses that all serve the same ports.
struct EndpointSubset: Equatable {
    var addresses: [EndpointAddress] = []
    var notReadyAddresses: [EndpointAddress] = []
    var ports: [EndpointPort] = []

    init(addresses: [EndpointAddress] = [], notReadyAddresses: [EndpointAddress] = [], ports: [EndpointPort] = []) {
        self.addresses = addresses
        self.notReadyAddresses = notReadyAddresses
        self.ports = ports
    }

    init(_ json: JSON) {
        addresses = (json["addresses"]?.arrayValue ?? []).map(EndpointAddress.init)
        notReadyAddresses = (json["notReadyAddresses"]?.arrayValue ?? []).map(EndpointAddress.init)
        ports = (json["ports"]?.arrayValue ?? []).map(EndpointPort.init)
    }

    /// The JSON form; empty lists are left out (`omitempty`).
    var json: JSON {
        var o = JSONObject()
        if !addresses.isEmpty { o["addresses"] = .array(addresses.map(\.json)) }
        if !notReadyAddresses.isEmpty { o["notReadyAddresses"] = .array(notReadyAddresses.map(\.json)) }
        if !ports.isEmpty { o["ports"] = .array(ports.map(\.json)) }
        return .object(o)
    }

    /// How many addresses, ready or not.
    var count: Int { addresses.count + notReadyAddresses.count }

    /// upstream `endpoints.RepackSubsets`: expands subsets to (port, address, ready) and packs them again
    /// into the canonical layout: one subset per distinct set of addresses, carrying every port those
    /// addresses share; an address appears once per subset (by IP and target UID), not-ready winning over
    /// ready; addresses sorted by IP then UID. Subsets without ports keep their addresses (upstream's
    /// sentinel port). upstream orders ports and subsets by an MD5 of their Go dump, which cannot be
    /// reproduced here: ports keep the order they were first seen in (the Service's), subsets are ordered
    /// by their first address.
    static func repack(_ subsets: [EndpointSubset]) -> [EndpointSubset] {
        var firstSeen: [String: EndpointAddress] = [:]
        // Per port (nil: no ports), the readiness of each address key, in first-seen port order.
        var portOrder: [EndpointPort?] = []
        var readiness: [EndpointPort?: [String: Bool]] = [:]
        func record(_ address: EndpointAddress, _ port: EndpointPort?, ready: Bool) {
            let key = address.key
            if firstSeen[key] == nil { firstSeen[key] = address }
            if readiness[port] == nil {
                readiness[port] = [:]
                portOrder.append(port)
            }
            // Not ready trumps ready.
            if readiness[port]?[key] ?? true { readiness[port]?[key] = ready }
        }
        for subset in subsets {
            let ports: [EndpointPort?] = subset.ports.isEmpty ? [nil] : subset.ports.map { $0 }
            for port in ports {
                subset.addresses.forEach { record($0, port, ready: true) }
                subset.notReadyAddresses.forEach { record($0, port, ready: false) }
            }
        }
        // Ports whose addresses (with readiness) are the same share a subset.
        var groups: [(addresses: [String: Bool], ports: [EndpointPort])] = []
        for port in portOrder {
            guard let addresses = readiness[port] else { continue }
            if let i = groups.firstIndex(where: { $0.addresses == addresses }) {
                if let port { groups[i].ports.append(port) }
            } else {
                groups.append((addresses, port.map { [$0] } ?? []))
            }
        }
        let packed = groups.map { group -> EndpointSubset in
            var subset = EndpointSubset(ports: group.ports)
            for (key, ready) in group.addresses {
                guard let address = firstSeen[key] else { continue }
                if ready { subset.addresses.append(address) } else { subset.notReadyAddresses.append(address) }
            }
            subset.addresses.sort(by: EndpointAddress.less)
            subset.notReadyAddresses.sort(by: EndpointAddress.less)
            return subset
        }
        return packed.sorted { a, b in
            guard let first = (a.addresses + a.notReadyAddresses).first else { return false }
            guard let other = (b.addresses + b.notReadyAddresses).first else { return true }
            if EndpointAddress.less(first, other) { return true }
            if EndpointAddress.less(other, first) { return false }
            return a.ports.map(\.port).lexicographicallyPrecedes(b.ports.map(\.port))
        }
    }
}
