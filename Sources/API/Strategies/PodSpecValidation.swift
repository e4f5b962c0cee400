import JSON

/// Validation of a `PodSpec` (a subset of upstream core `ValidatePodSpec`, messages as upstream): containers,
/// ports, resources, volumes and the enumerated fields.
enum PodSpecValidation {
    /// Validates `spec` found at `field` ("spec" or "spec.template.spec").
    static func validate(_ spec: JSON?, field: String, allowedRestartPolicies: [String] = ["Always", "OnFailure", "Never"]) -> [FieldError] {
        guard let spec else { return [.required(field)] }
        var errs: [FieldError] = []
        let volumeNames = validateVolumes(spec["volumes"], field: field + ".volumes", errs: &errs)
        var names = Set<String>()
        let containers = ValidationSupport.objects(spec["containers"])
        if containers.isEmpty { errs.append(.required(field + ".containers")) }
        for (key, list) in [("initContainers", ValidationSupport.objects(spec["initContainers"])), ("containers", containers)] {
            for (i, c) in list {
                errs += validateContainer(c, field: "\(field).\(key)[\(i)]", names: &names, volumes: volumeNames)
            }
        }
        let restart = spec["restartPolicy"]?.stringValue ?? ""
        if restart.isEmpty {
            errs.append(.required(field + ".restartPolicy"))
        } else if !allowedRestartPolicies.contains(restart) {
            errs.append(ValidationSupport.notSupported(field + ".restartPolicy", restart, allowedRestartPolicies))
        }
        if let dns = spec["dnsPolicy"]?.stringValue,
           !["ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"].contains(dns) {
            errs.append(ValidationSupport.notSupported(field + ".dnsPolicy", dns, ["ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"]))
        }
        if let ads = spec["activeDeadlineSeconds"]?.intValue, ads < 1 || ads > 2_147_483_647 {
            errs.append(ValidationSupport.invalidInt(field + ".activeDeadlineSeconds", ads, "must be between 1 and 2147483647, inclusive"))
        }
        if let sa = spec["serviceAccountName"]?.stringValue, !sa.isEmpty {
            for msg in NameValidation.dns1123Subdomain(sa) { errs.append(ValidationSupport.invalid(field + ".serviceAccountName", sa, msg)) }
        }
        if let node = spec["nodeName"]?.stringValue, !node.isEmpty {
            for msg in NameValidation.dns1123Subdomain(node) { errs.append(ValidationSupport.invalid(field + ".nodeName", node, msg)) }
        }
        errs += ObjectMetaValidation.validateLabels(spec["nodeSelector"], field: field + ".nodeSelector")
        return errs
    }

    private static func validateVolumes(_ volumes: JSON?, field: String, errs: inout [FieldError]) -> Set<String> {
        var names = Set<String>()
        for (i, v) in ValidationSupport.objects(volumes) {
            let name = v["name"]?.stringValue ?? ""
            let path = "\(field)[\(i)].name"
            if name.isEmpty {
                errs.append(.required(path))
            } else {
                for msg in NameValidation.dns1123Label(name) { errs.append(ValidationSupport.invalid(path, name, msg)) }
                if !names.insert(name).inserted { errs.append(FieldError(.duplicate, path, value: ValidationSupport.quote(name))) }
            }
        }
        return names
    }

    private static func validateContainer(_ c: JSON, field: String, names: inout Set<String>, volumes: Set<String>) -> [FieldError] {
        var errs: [FieldError] = []
        let name = c["name"]?.stringValue ?? ""
        if name.isEmpty {
            errs.append(.required(field + ".name"))
        } else {
            for msg in NameValidation.dns1123Label(name) { errs.append(ValidationSupport.invalid(field + ".name", name, msg)) }
            if !names.insert(name).inserted {
                errs.append(FieldError(.duplicate, field + ".name", value: ValidationSupport.quote(name)))
            }
        }
        let image = c["image"]?.stringValue ?? ""
        if image.isEmpty {
            errs.append(.required(field + ".image"))
        } else if image.trimmingWhitespace != image {
            errs.append(ValidationSupport.invalid(field + ".image", image, "must not have leading or trailing whitespace"))
        }
        if let p = c["imagePullPolicy"]?.stringValue, !["Always", "IfNotPresent", "Never"].contains(p) {
            errs.append(ValidationSupport.notSupported(field + ".imagePullPolicy", p, ["Always", "IfNotPresent", "Never"]))
        }
        if let p = c["terminationMessagePolicy"]?.stringValue, !["File", "FallbackToLogsOnError"].contains(p) {
            errs.append(ValidationSupport.notSupported(field + ".terminationMessagePolicy", p, ["File", "FallbackToLogsOnError"]))
        }
        errs += validatePorts(c["ports"], field: field + ".ports")
        errs += ResourceRequirementsValidation.validate(c["resources"], field: field + ".resources")
        for (i, e) in ValidationSupport.objects(c["env"]) where (e["name"]?.stringValue ?? "").isEmpty {
            errs.append(.required("\(field).env[\(i)].name"))
        }
        for (i, m) in ValidationSupport.objects(c["volumeMounts"]) {
            let mountName = m["name"]?.stringValue ?? ""
            if mountName.isEmpty {
                errs.append(.required("\(field).volumeMounts[\(i)].name"))
            } else if !volumes.contains(mountName) {
                errs.append(FieldError(.notFound, "\(field).volumeMounts[\(i)].name", value: ValidationSupport.quote(mountName)))
            }
            if (m["mountPath"]?.stringValue ?? "").isEmpty { errs.append(.required("\(field).volumeMounts[\(i)].mountPath")) }
        }
        return errs
    }

    private static func validatePorts(_ ports: JSON?, field: String) -> [FieldError] {
        var errs: [FieldError] = []
        var names = Set<String>()
        for (i, p) in ValidationSupport.objects(ports) {
            var path: String { "\(field)[\(i)]" }
            if let name = p["name"]?.stringValue, !name.isEmpty {
                for msg in ValidationSupport.portName(name) { errs.append(ValidationSupport.invalid(path + ".name", name, msg)) }
                if !names.insert(name).inserted { errs.append(FieldError(.duplicate, path + ".name", value: ValidationSupport.quote(name))) }
            }
            let port = p["containerPort"]?.intValue ?? 0
            if port == 0 {
                errs.append(.required(path + ".containerPort"))
            } else {
                for msg in ValidationSupport.portNumber(port) { errs.append(ValidationSupport.invalidInt(path + ".containerPort", port, msg)) }
            }
            if let host = p["hostPort"]?.intValue, host != 0 {
                for msg in ValidationSupport.portNumber(host) { errs.append(ValidationSupport.invalidInt(path + ".hostPort", host, msg)) }
            }
            let proto = p["protocol"]?.stringValue ?? ""
            if proto.isEmpty {
                errs.append(.required(path + ".protocol"))
            } else if !["SCTP", "TCP", "UDP"].contains(proto) {
                errs.append(ValidationSupport.notSupported(path + ".protocol", proto, ["SCTP", "TCP", "UDP"]))
            }
        }
        return errs
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    var trimmingWhitespace: String {
        let ws: Set<Character> = [" ", "\t", "\n", "\r"]
        var s = Substring(self)
        while let f = s.first, ws.contains(f) { s = s.dropFirst() }
        while let l = s.last, ws.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
