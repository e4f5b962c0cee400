import JSON

/// Upstream `ValidateService` for the fields kubeling serves (type, ports, selector, cluster IPs, policies).
enum ServiceValidation {
    static func validate(_ object: JSON) -> [FieldError] {
        var errs: [FieldError] = []
        let spec = object["spec"] ?? .object(JSONObject())
        let type = spec["type"]?.stringValue ?? "ClusterIP"
        if !ServiceStrategy.types.contains(type) {
            errs.append(ValidationSupport.notSupported("spec.type", type, ServiceStrategy.types))
        }
        let clusterIP = spec["clusterIP"]?.stringValue ?? ""
        let headless = clusterIP == "None"
        let ports = ValidationSupport.objects(spec["ports"])
        if type == "ExternalName" {
            let name = spec["externalName"]?.stringValue ?? ""
            if name.isEmpty {
                errs.append(.required("spec.externalName"))
            } else {
                for msg in NameValidation.dns1123Subdomain(name.hasSuffix(".") ? String(name.dropLast()) : name) {
                    errs.append(ValidationSupport.invalid("spec.externalName", name, msg))
                }
            }
            if !clusterIP.isEmpty { errs.append(FieldError(.forbidden, "spec.clusterIPs", "may not be set for ExternalName services")) }
        } else {
            if ports.isEmpty && !headless { errs.append(.required("spec.ports")) }
            for (i, ip) in (spec["clusterIPs"]?.arrayValue ?? []).enumerated() {
                let s = ip.stringValue ?? ""
                if s != "None", !isIP(s) {
                    errs.append(ValidationSupport.invalid("spec.clusterIPs[\(i)]", s, "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"))
                }
            }
        }
        errs += validatePorts(ports, type: type)
        errs += ObjectMetaValidation.validateLabels(spec["selector"], field: "spec.selector")
        if let a = spec["sessionAffinity"]?.stringValue, !["ClientIP", "None"].contains(a) {
            errs.append(ValidationSupport.notSupported("spec.sessionAffinity", a, ["ClientIP", "None"]))
        }
        if let p = spec["externalTrafficPolicy"]?.stringValue {
            if type != "NodePort" && type != "LoadBalancer" {
                errs.append(ValidationSupport.invalid("spec.externalTrafficPolicy", p, "may only be set when `type` is 'NodePort' or 'LoadBalancer'"))
            } else if !["Cluster", "Local"].contains(p) {
                errs.append(ValidationSupport.notSupported("spec.externalTrafficPolicy", p, ["Cluster", "Local"]))
            }
        }
        if let p = spec["internalTrafficPolicy"]?.stringValue, !["Cluster", "Local"].contains(p) {
            errs.append(ValidationSupport.notSupported("spec.internalTrafficPolicy", p, ["Cluster", "Local"]))
        }
        if let p = spec["ipFamilyPolicy"]?.stringValue, !["PreferDualStack", "RequireDualStack", "SingleStack"].contains(p) {
            errs.append(ValidationSupport.notSupported("spec.ipFamilyPolicy", p, ["PreferDualStack", "RequireDualStack", "SingleStack"]))
        }
        return errs
    }

    private static func validatePorts(_ ports: [(Int, JSON)], type: String) -> [FieldError] {
        var errs: [FieldError] = []
        var names = Set<String>()
        var seen = Set<String>()
        for (i, p) in ports {
            let path = "spec.ports[\(i)]"
            let name = p["name"]?.stringValue ?? ""
            if name.isEmpty {
                if ports.count > 1 { errs.append(.required(path + ".name")) }
            } else {
                for msg in NameValidation.dns1123Label(name) { errs.append(ValidationSupport.invalid(path + ".name", name, msg)) }
                if !names.insert(name).inserted { errs.append(FieldError(.duplicate, path + ".name", value: ValidationSupport.quote(name))) }
            }
            let proto = p["protocol"]?.stringValue ?? ""
            if proto.isEmpty {
                errs.append(.required(path + ".protocol"))
            } else if !["SCTP", "TCP", "UDP"].contains(proto) {
                errs.append(ValidationSupport.notSupported(path + ".protocol", proto, ["SCTP", "TCP", "UDP"]))
            }
            let port = p["port"]?.intValue ?? 0
            for msg in ValidationSupport.portNumber(port) { errs.append(ValidationSupport.invalidInt(path + ".port", port, msg)) }
            if let target = p["targetPort"] {
                if let s = target.stringValue {
                    for msg in ValidationSupport.portName(s) { errs.append(ValidationSupport.invalid(path + ".targetPort", s, msg)) }
                } else if let n = target.intValue {
                    for msg in ValidationSupport.portNumber(n) { errs.append(ValidationSupport.invalidInt(path + ".targetPort", n, msg)) }
                }
            }
            if let nodePort = p["nodePort"]?.intValue, nodePort != 0 {
                if type == "ClusterIP" || type == "ExternalName" {
                    errs.append(FieldError(.forbidden, path + ".nodePort", "may not be used when `type` is '\(type)'"))
                } else {
                    for msg in ValidationSupport.portNumber(nodePort) { errs.append(ValidationSupport.invalidInt(path + ".nodePort", nodePort, msg)) }
                }
            }
            if !seen.insert("\(port)/\(proto)").inserted {
                errs.append(FieldError(.duplicate, path, value: ValidationSupport.render(p)))
            }
        }
        return errs
    }

    /// IPv4 dotted quad, or a plausible IPv6 literal.
    static func isIP(_ s: String) -> Bool {
        if ClusterIPAllocator.parse(s) != nil { return true }
        guard s.contains(":"), s.utf8.count <= 45 else { return false }
        let groups = s.split(separator: ":", omittingEmptySubsequences: false)
        guard groups.count >= 3, groups.count <= 8 || (groups.count == 9 && s.contains("::")) else { return false }
        return groups.allSatisfy { g in g.count <= 4 && g.allSatisfy { $0.isHexDigit } }
    }
}
