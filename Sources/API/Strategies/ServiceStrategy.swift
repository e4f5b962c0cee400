import JSON

/// Services (core/v1): upstream `SetDefaults_Service`, the REST layer's IP-family and cluster-IP handling, and
/// `ValidateService`/`ValidateServiceUpdate`. The strategy does no I/O: the Registry asks `needsClusterIP` and
/// hands an address from a `ClusterIPAllocator` to `assignClusterIP`.
public struct ServiceStrategy: KindStrategy {
    public init() {}

    public var hasStatusSubresource: Bool { true }
    /// Upstream `ServiceToSelectableFields`.
    public var selectableFields: [SelectableField] { [.string("spec.clusterIP"), .string("spec.type")] }

    static let types = ["ClusterIP", "ExternalName", "LoadBalancer", "NodePort"]

    /// Whether the Registry must allocate a cluster IP (a non-ExternalName Service without one; "None" is headless).
    public static func needsClusterIP(_ obj: JSON) -> Bool {
        let type = obj[path: ["spec", "type"]]?.stringValue ?? "ClusterIP"
        guard type != "ExternalName" else { return false }
        return (obj[path: ["spec", "clusterIP"]]?.stringValue ?? "").isEmpty
            && (obj[path: ["spec", "clusterIPs"]]?.arrayValue?.first?.stringValue ?? "").isEmpty
    }

    /// The specific address a Service asks for (to be claimed with `ClusterIPAllocator.markUsed`), if any.
    public static func requestedClusterIP(_ obj: JSON) -> String? {
        guard obj[path: ["spec", "type"]]?.stringValue != "ExternalName",
              let ip = obj[path: ["spec", "clusterIP"]]?.stringValue, !ip.isEmpty, ip != "None" else { return nil }
        return ip
    }

    /// Writes an allocated address into `spec.clusterIP` and `spec.clusterIPs`.
    public static func assignClusterIP(_ obj: inout JSON, _ ip: String) {
        obj[path: ["spec", "clusterIP"]] = .string(ip)
        obj[path: ["spec", "clusterIPs"]] = [.string(ip)]
    }

    public func validateName(_ name: String) -> [String] { NameValidation.dns1035Label(name) }

    public func applyDefaults(_ object: inout JSON) {
        guard var spec = object["spec"], spec.objectValue != nil else { return }
        PodSpecDefaults.setIfAbsent(&spec, "type", "ClusterIP")
        let type = spec["type"]?.stringValue ?? "ClusterIP"
        PodSpecDefaults.setIfAbsent(&spec, "sessionAffinity", "None")
        if spec["sessionAffinity"]?.stringValue == "ClientIP", spec[path: ["sessionAffinityConfig", "clientIP", "timeoutSeconds"]] == nil {
            spec[path: ["sessionAffinityConfig", "clientIP", "timeoutSeconds"]] = 10800
        }
        if var ports = spec["ports"]?.arrayValue {
            for i in ports.indices where ports[i].objectValue != nil {
                PodSpecDefaults.setIfAbsent(&ports[i], "protocol", "TCP")
                let target = ports[i]["targetPort"]
                if target == nil || target == .null || target == .int(0) || target == .string("") {
                    ports[i]["targetPort"] = ports[i]["port"]
                }
            }
            spec["ports"] = .array(ports)
        }
        if type == "NodePort" || type == "LoadBalancer" {
            PodSpecDefaults.setIfAbsent(&spec, "externalTrafficPolicy", "Cluster")
        }
        if type == "LoadBalancer" { PodSpecDefaults.setIfAbsent(&spec, "allocateLoadBalancerNodePorts", true) }
        if type != "ExternalName" {
            PodSpecDefaults.setIfAbsent(&spec, "internalTrafficPolicy", "Cluster")
            // The REST layer's IP-family defaults on a single-stack IPv4 cluster.
            PodSpecDefaults.setIfAbsent(&spec, "ipFamilyPolicy", "SingleStack")
            if (spec["ipFamilies"]?.arrayValue ?? []).isEmpty { spec["ipFamilies"] = ["IPv4"] }
            // clusterIP and clusterIPs[0] mirror each other.
            let ip = spec["clusterIP"]?.stringValue ?? ""
            let ips = spec["clusterIPs"]?.arrayValue ?? []
            if !ip.isEmpty, ips.isEmpty { spec["clusterIPs"] = [.string(ip)] }
            if ip.isEmpty, let first = ips.first?.stringValue, !first.isEmpty { spec["clusterIP"] = .string(first) }
        }
        object["spec"] = spec
    }

    public func prepareForCreate(_ object: inout JSON) {
        object["status"] = ["loadBalancer": .object(JSONObject())]
    }

    /// Status is kept; allocated values the client left out (e.g. a replace without `clusterIP`) carry over.
    public func prepareForUpdate(_ object: inout JSON, old: JSON) {
        object["status"] = old["status"]
        let oldType = old[path: ["spec", "type"]]?.stringValue ?? "ClusterIP"
        let newType = object[path: ["spec", "type"]]?.stringValue ?? "ClusterIP"
        guard oldType != "ExternalName", newType != "ExternalName", Self.needsClusterIP(object),
              !Self.needsClusterIP(old) else { return }
        for key in ["clusterIP", "clusterIPs", "ipFamilies", "ipFamilyPolicy"] {
            if let v = old[path: ["spec", key]] { object[path: ["spec", key]] = v }
        }
    }

    public func validate(_ object: JSON) -> [FieldError] {
        ServiceValidation.validate(object)
    }

    public func validateUpdate(_ object: JSON, old: JSON) -> [FieldError] {
        let oldType = old[path: ["spec", "type"]]?.stringValue ?? "ClusterIP"
        let newType = object[path: ["spec", "type"]]?.stringValue ?? "ClusterIP"
        guard oldType != "ExternalName", newType != "ExternalName" else { return [] }
        let oldIPs = (old[path: ["spec", "clusterIPs"]]?.arrayValue ?? []).compactMap(\.stringValue)
        let newIPs = (object[path: ["spec", "clusterIPs"]]?.arrayValue ?? []).compactMap(\.stringValue)
        guard !oldIPs.isEmpty, oldIPs.first != newIPs.first else { return [] }
        let rendered = "[]string{" + newIPs.map(ValidationSupport.quote).joined(separator: ", ") + "}"
        return [FieldError(.invalid, "spec.clusterIPs[0]", value: rendered, "may not change once set")]
    }
}
