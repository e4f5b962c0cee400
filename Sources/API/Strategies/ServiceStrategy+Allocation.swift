import JSON

/// What a Service holds from the cluster's allocators.
struct ServiceAllocation: Sendable {
    var clusterIP: String?
    var nodePorts: [Int64] = []

    /// Gives it back.
    func release(to allocators: Allocators) {
        if let ip = clusterIP { allocators.clusterIPs.release(ip) }
        for p in nodePorts { allocators.nodePorts.release(p) }
    }

    /// What a stored Service holds.
    init(of svc: JSON) {
        clusterIP = svc[path: ["spec", "clusterIP"]]?.stringValue
        nodePorts = (svc[path: ["spec", "ports"]]?.arrayValue ?? []).compactMap { $0["nodePort"]?.intValue }.filter { $0 != 0 }
    }

    init() {}
}

extension ServiceStrategy {
    /// Claims the cluster IP (requested or allocated) and the node ports of a NodePort or LoadBalancer
    /// Service (requested or allocated from 30000–32767), writing them into `svc`, as upstream's service REST
    /// storage does in `BeginCreate` before the object is stored.
    public func beginCreate(_ svc: inout JSON, resource r: ResourceInfo, allocators: Allocators) throws(APIError) -> Claim {
        var claimed = ServiceAllocation()
        let name = svc.name ?? ""
        func fail(_ field: String, _ value: String, _ detail: String) -> APIError {
            claimed.release(to: allocators)
            return APIError.invalid(kind: r.kind, group: r.group, name: name, [FieldError.invalid(field, value, detail)])
        }
        if let ip = Self.requestedClusterIP(svc) {
            guard allocators.clusterIPs.markUsed(ip) else {
                throw fail("spec.clusterIPs", ip, "failed to allocate IP \(ip): provided IP is already allocated")
            }
            claimed.clusterIP = ip
        } else if Self.needsClusterIP(svc) {
            guard let ip = allocators.clusterIPs.allocate() else {
                throw APIError.internalError("failed to allocate a serviceIP: range is full")
            }
            claimed.clusterIP = ip
            Self.assignClusterIP(&svc, ip)
        }
        let type = svc[path: ["spec", "type"]]?.stringValue ?? "ClusterIP"
        let allocateForLB = svc[path: ["spec", "allocateLoadBalancerNodePorts"]]?.boolValue ?? true
        if type == "NodePort" || (type == "LoadBalancer" && allocateForLB), var ports = svc[path: ["spec", "ports"]]?.arrayValue {
            for i in ports.indices {
                if let wanted = ports[i]["nodePort"]?.intValue, wanted != 0 {
                    guard allocators.nodePorts.markUsed(wanted) else {
                        throw fail("spec.ports[\(i)].nodePort", String(wanted), "provided port is already allocated")
                    }
                    claimed.nodePorts.append(wanted)
                } else {
                    guard let port = allocators.nodePorts.allocate() else {
                        claimed.release(to: allocators)
                        throw APIError.internalError("failed to allocate a nodePort: range is full")
                    }
                    claimed.nodePorts.append(port)
                    ports[i]["nodePort"] = .int(port)
                }
            }
            svc[path: ["spec", "ports"]] = .array(ports)
        }
        let held = claimed
        return Claim { held.release(to: allocators) }
    }

    /// Gives back the cluster IP and node ports of a removed Service (upstream service REST `AfterDelete`).
    public func afterDelete(_ svc: JSON, allocators: Allocators) {
        ServiceAllocation(of: svc).release(to: allocators)
    }

    public var claimsAllocations: Bool { true }

    /// Marks what a stored Service holds, at start-up.
    public func restoreClaims(_ svc: JSON, allocators: Allocators) {
        for ip in svc[path: ["spec", "clusterIPs"]]?.arrayValue ?? [] {
            if let s = ip.stringValue { _ = allocators.clusterIPs.markUsed(s) }
        }
        for p in ServiceAllocation(of: svc).nodePorts { _ = allocators.nodePorts.markUsed(p) }
    }
}
