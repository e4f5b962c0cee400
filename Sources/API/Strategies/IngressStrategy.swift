import JSON

/// Ingresses (networking.k8s.io/v1): upstream networking `ValidateIngress` (rules, paths, backends); no
/// defaults beyond the status reset.
public struct IngressStrategy: KindStrategy {
    public init() {}

    public var hasStatusSubresource: Bool { true }
    public var tracksGeneration: Bool { true }

    static let pathTypes = ["Exact", "ImplementationSpecific", "Prefix"]

    public func prepareForCreate(_ object: inout JSON) {
        object["status"] = ["loadBalancer": .object(JSONObject())]
    }

    public func prepareForUpdate(_ object: inout JSON, old: JSON) {
        object["status"] = old["status"]
    }

    public func validate(_ object: JSON) -> [FieldError] {
        var errs: [FieldError] = []
        let spec = object["spec"] ?? .object(JSONObject())
        let rules = ValidationSupport.objects(spec["rules"])
        let defaultBackend = spec["defaultBackend"]
        if rules.isEmpty && (defaultBackend == nil || defaultBackend == .null) {
            errs.append(FieldError(.invalid, "spec", value: ValidationSupport.render(spec), "either `defaultBackend` or `rules` must be specified"))
        }
        if let b = defaultBackend, b != .null { errs += validateBackend(b, field: "spec.defaultBackend") }
        if let cls = spec["ingressClassName"]?.stringValue {
            for msg in NameValidation.dns1123Subdomain(cls) { errs.append(ValidationSupport.invalid("spec.ingressClassName", cls, msg)) }
        }
        for (i, rule) in rules {
            let path = "spec.rules[\(i)]"
            if let host = rule["host"]?.stringValue, !host.isEmpty {
                if ServiceValidation.isIP(host) {
                    errs.append(ValidationSupport.invalid(path + ".host", host, "must be a DNS name, not an IP address"))
                } else {
                    let checked = host.hasPrefix("*.") ? String(host.dropFirst(2)) : host
                    for msg in NameValidation.dns1123Subdomain(checked) { errs.append(ValidationSupport.invalid(path + ".host", host, msg)) }
                }
            }
            guard let http = rule["http"], http != .null else { continue }
            let paths = ValidationSupport.objects(http["paths"])
            if paths.isEmpty { errs.append(.required(path + ".http.paths")) }
            for (j, p) in paths {
                let pPath = "\(path).http.paths[\(j)]"
                errs += validatePath(p, field: pPath)
                errs += validateBackend(p["backend"] ?? .null, field: pPath + ".backend")
            }
        }
        return errs
    }

    private func validatePath(_ p: JSON, field: String) -> [FieldError] {
        let path = p["path"]?.stringValue ?? ""
        guard let type = p["pathType"]?.stringValue, !type.isEmpty else {
            return [.required(field + ".pathType", "pathType must be specified")]
        }
        guard Self.pathTypes.contains(type) else {
            return [ValidationSupport.notSupported(field + ".pathType", type, Self.pathTypes)]
        }
        if type == "ImplementationSpecific" {
            return path.isEmpty || path.hasPrefix("/") ? [] : [ValidationSupport.invalid(field + ".path", path, "must be an absolute path")]
        }
        guard path.hasPrefix("/") else { return [ValidationSupport.invalid(field + ".path", path, "must be an absolute path")] }
        var errs: [FieldError] = []
        for bad in ["//", "/./", "/../", "%2f", "%2F"] where path.contains(bad) {
            errs.append(ValidationSupport.invalid(field + ".path", path, "must not contain '\(bad)'"))
        }
        for bad in ["/..", "/."] where path.hasSuffix(bad) {
            errs.append(ValidationSupport.invalid(field + ".path", path, "cannot end with '\(bad)'"))
        }
        return errs
    }

    private func validateBackend(_ b: JSON, field: String) -> [FieldError] {
        let resource = b["resource"].flatMap { $0 == .null ? nil : $0 }
        let service = b["service"].flatMap { $0 == .null ? nil : $0 }
        switch (resource, service) {
        case (.some, .some):
            return [ValidationSupport.invalid(field, "", "cannot set both resource and service backends")]
        case (.some(let r), nil):
            var errs: [FieldError] = []
            if (r["kind"]?.stringValue ?? "").isEmpty { errs.append(.required(field + ".resource.kind")) }
            if (r["name"]?.stringValue ?? "").isEmpty { errs.append(.required(field + ".resource.name")) }
            return errs
        case (nil, .some(let s)):
            var errs: [FieldError] = []
            let name = s["name"]?.stringValue ?? ""
            if name.isEmpty {
                errs.append(.required(field + ".service.name"))
            } else {
                for msg in NameValidation.dns1035Label(name) { errs.append(ValidationSupport.invalid(field + ".service.name", name, msg)) }
            }
            let portName = s[path: ["port", "name"]]?.stringValue ?? ""
            let portNumber = s[path: ["port", "number"]]?.intValue ?? 0
            if !portName.isEmpty && portNumber != 0 {
                errs.append(ValidationSupport.invalid(field, "", "cannot set both port name & port number"))
            } else if !portName.isEmpty {
                for msg in ValidationSupport.portName(portName) { errs.append(ValidationSupport.invalid(field + ".service.port.name", portName, msg)) }
            } else if portNumber != 0 {
                for msg in ValidationSupport.portNumber(portNumber) {
                    errs.append(ValidationSupport.invalidInt(field + ".service.port.number", portNumber, msg))
                }
            } else {
                errs.append(.required(field + ".service.port", "port name or number is required"))
            }
            return errs
        case (nil, nil):
            return [ValidationSupport.invalid(field, "", "resource or service backend is required")]
        }
    }
}
