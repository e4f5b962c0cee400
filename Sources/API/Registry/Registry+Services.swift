import JSON

/// What a Service create claimed, so a failed write can give it back.
struct ServiceAllocation: Sendable {
    var clusterIP: String?
    var nodePorts: [Int64] = []
}

extension Registry {
    /// Claims the cluster IP (requested or allocated) and the node ports of a NodePort or
    /// LoadBalancer Service (requested or allocated from 30000–32767), writing them into `svc`, as
    /// upstream's service REST storage does before the object is stored.
    func allocateServiceAddresses(_ svc: inout JSON, _ r: ResourceInfo) throws(APIError) -> ServiceAllocation {
        var claimed = ServiceAllocation()
        let name = svc.name ?? ""
        func fail(_ field: String, _ value: String, _ detail: String) -> APIError {
            releaseServiceAddresses(claimed)
            return APIError.invalid(kind: r.kind, group: r.group, name: name, [FieldError.invalid(field, value, detail)])
        }
        if let ip = ServiceStrategy.requestedClusterIP(svc) {
            guard clusterIPs.markUsed(ip) else {
                throw fail("spec.clusterIPs", ip, "failed to allocate IP \(ip): provided IP is already allocated")
            }
            claimed.clusterIP = ip
        } else if ServiceStrategy.needsClusterIP(svc) {
            guard let ip = clusterIPs.allocate() else {
                throw APIError.internalError("failed to allocate a serviceIP: range is full")
            }
            claimed.clusterIP = ip
            ServiceStrategy.assignClusterIP(&svc, ip)
        }
        let type = svc[path: ["spec", "type"]]?.stringValue ?? "ClusterIP"
        let allocateForLB = svc[path: ["spec", "allocateLoadBalancerNodePorts"]]?.boolValue ?? true
        guard type == "NodePort" || (type == "LoadBalancer" && allocateForLB),
              var ports = svc[path: ["spec", "ports"]]?.arrayValue else { return claimed }
        for i in ports.indices {
            if let wanted = ports[i]["nodePort"]?.intValue, wanted != 0 {
                guard nodePorts.markUsed(wanted) else {
                    throw fail("spec.ports[\(i)].nodePort", String(wanted), "provided port is already allocated")
                }
                claimed.nodePorts.append(wanted)
            } else {
                guard let port = nodePorts.allocate() else {
                    releaseServiceAddresses(claimed)
                    throw APIError.internalError("failed to allocate a nodePort: range is full")
                }
                claimed.nodePorts.append(port)
                ports[i]["nodePort"] = .int(port)
            }
        }
        svc[path: ["spec", "ports"]] = .array(ports)
        return claimed
    }

    /// Gives back what a Service held.
    func releaseServiceAddresses(_ a: ServiceAllocation) {
        if let ip = a.clusterIP { clusterIPs.release(ip) }
        for p in a.nodePorts { nodePorts.release(p) }
    }

    /// What a stored Service holds.
    static func serviceAddresses(_ svc: JSON) -> ServiceAllocation {
        var a = ServiceAllocation()
        a.clusterIP = svc[path: ["spec", "clusterIP"]]?.stringValue
        a.nodePorts = (svc[path: ["spec", "ports"]]?.arrayValue ?? []).compactMap { $0["nodePort"]?.intValue }.filter { $0 != 0 }
        return a
    }

    /// Marks what the stored Services hold, at start-up.
    func markStoredServiceAddresses() {
        for svc in store.list(prefix: "/services/").items {
            guard let obj = try? JSONParser.parse(svc.value) else { continue }
            for ip in obj[path: ["spec", "clusterIPs"]]?.arrayValue ?? [] {
                if let s = ip.stringValue { _ = clusterIPs.markUsed(s) }
            }
            for p in Registry.serviceAddresses(obj).nodePorts { _ = nodePorts.markUsed(p) }
        }
    }
}
