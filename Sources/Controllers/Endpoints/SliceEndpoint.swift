import API
import JSON

/// One endpoint of an EndpointSlice (discovery/v1 `Endpoint`).
struct SliceEndpoint: Equatable {
    var addresses: [String]
    var ready: Bool?
    var serving: Bool?
    var terminating: Bool?
    var hostname: String?
    var targetRef: TargetRef?
    var nodeName: String?
    var zone: String?

    /// upstream `hashEndpoint`'s identity: the addresses, hostname and target namespace and name. What
    /// it leaves out (conditions, node, zone) can change in place.
    struct Key: Hashable {
        var addresses: [String]
        var hostname: String
        var namespace: String
        var name: String
    }

    var key: Key {
        Key(addresses: addresses.sorted(), hostname: hostname ?? "", namespace: targetRef?.namespace ?? "",
            name: targetRef?.name ?? "")
    }

    /// upstream `EndpointsEqualBeyondHash`: node, zone, the three conditions (unset differs from false)
    /// and the target (its resourceVersion aside).
    func equalBeyondKey(_ other: SliceEndpoint) -> Bool {
        nodeName == other.nodeName && zone == other.zone && ready == other.ready && serving == other.serving
            && terminating == other.terminating && targetRef == other.targetRef
    }

    init(addresses: [String], ready: Bool?, serving: Bool?, terminating: Bool?, hostname: String? = nil,
         targetRef: TargetRef? = nil, nodeName: String? = nil, zone: String? = nil) {
        self.addresses = addresses
        self.ready = ready
        self.serving = serving
        self.terminating = terminating
        self.hostname = hostname
        self.targetRef = targetRef
        self.nodeName = nodeName
        self.zone = zone
    }

    init(_ json: JSON) {
        addresses = (json["addresses"]?.arrayValue ?? []).compactMap(\.stringValue)
        ready = json[path: ["conditions", "ready"]]?.boolValue
        serving = json[path: ["conditions", "serving"]]?.boolValue
        terminating = json[path: ["conditions", "terminating"]]?.boolValue
        hostname = json["hostname"]?.stringValue
        targetRef = TargetRef(json["targetRef"])
        nodeName = json["nodeName"]?.stringValue
        zone = json["zone"]?.stringValue
    }

    /// The JSON form, fields in upstream's order, unset ones left out.
    var json: JSON {
        var conditions = JSONObject()
        if let ready { conditions["ready"] = .bool(ready) }
        if let serving { conditions["serving"] = .bool(serving) }
        if let terminating { conditions["terminating"] = .bool(terminating) }
        var o: JSONObject = ["addresses": .array(addresses.map(JSON.string)), "conditions": .object(conditions)]
        if let hostname { o["hostname"] = .string(hostname) }
        if let targetRef { o["targetRef"] = targetRef.json }
        if let nodeName { o["nodeName"] = .string(nodeName) }
        if let zone { o["zone"] = .string(zone) }
        return .object(o)
    }
}

/// One port of an EndpointSlice (discovery/v1 `EndpointPort`: every field optional).
struct SlicePort: Hashable {
    var name: String?
    var port: Int64?
    var `protocol`: String?
    var appProtocol: String?

    init(name: String?, port: Int64?, protocol: String?, appProtocol: String? = nil) {
        self.name = name
        self.port = port
        self.protocol = `protocol`
        self.appProtocol = appProtocol
    }

    init(_ json: JSON) {
        name = json["name"]?.stringValue
        port = json["port"]?.intValue
        `protocol` = json["protocol"]?.stringValue
        appProtocol = json["appProtocol"]?.stringValue
    }

    var json: JSON {
        var o = JSONObject()
        if let name { o["name"] = .string(name) }
        if let port { o["port"] = .int(port) }
        if let `protocol` { o["protocol"] = .string(`protocol`) }
        if let appProtocol { o["appProtocol"] = .string(appProtocol) }
        return .object(o)
    }

    /// upstream `NewPortMapKey`: a port set's identity, whatever the order of its ports.
    static func groupKey(_ ports: [SlicePort]) -> [SlicePort] {
        ports.sorted {
            ($0.name ?? "", $0.port ?? 0, $0.protocol ?? "", $0.appProtocol ?? "")
                < ($1.name ?? "", $1.port ?? 0, $1.protocol ?? "", $1.appProtocol ?? "")
        }
    }
}

/// A set of endpoints keyed as upstream's `EndpointSet`, that hands them out in insertion order
/// (upstream's `PopAny` takes any; an order makes the slices reproducible).
struct EndpointSet {
    private var items: [SliceEndpoint.Key: SliceEndpoint] = [:]
    private var order: [SliceEndpoint.Key] = []
    private var next = 0

    var count: Int { items.count }
    var isEmpty: Bool { items.isEmpty }

    mutating func insert(_ endpoint: SliceEndpoint) {
        let key = endpoint.key
        if items.updateValue(endpoint, forKey: key) == nil { order.append(key) }
    }

    func get(_ key: SliceEndpoint.Key) -> SliceEndpoint? { items[key] }

    mutating func remove(_ key: SliceEndpoint.Key) { items[key] = nil }

    /// The earliest inserted endpoint still in the set, removed.
    mutating func popFirst() -> SliceEndpoint? {
        while next < order.count {
            let key = order[next]
            next += 1
            if let endpoint = items.removeValue(forKey: key) { return endpoint }
        }
        return nil
    }
}

/// An existing EndpointSlice, read through.
struct SliceView {
    let object: JSON
    init(_ object: JSON) { self.object = object }

    var name: String { object.name ?? "" }
    var addressType: String { object["addressType"]?.stringValue ?? "" }
    var ports: [SlicePort] { (object["ports"]?.arrayValue ?? []).map(SlicePort.init) }
    var endpoints: [SliceEndpoint] { (object["endpoints"]?.arrayValue ?? []).map(SliceEndpoint.init) }
    var labels: [String: String] { object.labels }

    /// upstream `ownedBy`: an owner reference to the Service (v1, kind Service, its UID).
    func isOwned(by service: ServiceView) -> Bool {
        object.ownerReferences.contains { $0.uid == service.uid && $0.kind == "Service" && $0.apiVersion == "v1" }
    }
}
