import API
import Controllers
import Foundation
import JSON

/// The environment a container's processes start with, built as the kubelet and the runtime build it
/// (upstream `makeEnvironmentVariables`): the image's `ENV`, then the Service variables of the Pod's
/// namespace (`enableServiceLinks`, plus the `kubernetes` Service's everywhere), then `envFrom`, then
/// `env` in order with `$(VAR)` references and `valueFrom` (fieldRef, resourceFieldRef, configMapKeyRef,
/// secretKeyRef), and `HOSTNAME`.
enum ContainerEnvironment {
    /// What to read ConfigMaps, Secrets and Services from (the kubelet's informers).
    struct Sources: Sendable {
        var configMap: @Sendable (String) -> JSON?
        var secret: @Sendable (String) -> JSON?
        var services: @Sendable () -> [JSON]
    }

    static func sources(_ context: ControllerContext, namespace: String) -> Sources {
        func getter(_ plural: String) -> @Sendable (String) -> JSON? {
            { name in
                context.resource("", "v1", plural).flatMap {
                    context.informers.lister(for: $0).get(ObjectKey(namespace: namespace, name: name))
                }
            }
        }
        return Sources(configMap: getter("configmaps"), secret: getter("secrets")) {
            guard let r = context.resource("", "v1", "services") else { return [] }
            let lister = context.informers.lister(for: r)
            var all = lister.list(namespace: namespace)
            if namespace != "default", let master = lister.get(ObjectKey(namespace: "default", name: "kubernetes")) {
                all.append(master)
            }
            return all
        }
    }

    /// The variables, in upstream's precedence (later wins), as a dictionary.
    static func build(pod: JSON, container: JSON, image: ImageReference, podIP: String, nodeName: String,
                      hostIP: String, sources: Sources) -> [String: String] {
        var env = ImageCatalog.environment(image)
        env["HOSTNAME"] = pod.name ?? ""
        if pod[path: ["spec", "enableServiceLinks"]]?.boolValue != false {
            for service in sources.services() { env.merge(serviceVariables(service)) { _, new in new } }
        } else {
            for service in sources.services() where service.name == "kubernetes" && service.namespace == "default" {
                env.merge(serviceVariables(service)) { _, new in new }
            }
        }
        for from in container["envFrom"]?.arrayValue ?? [] {
            let prefix = from["prefix"]?.stringValue ?? ""
            if let name = from[path: ["configMapRef", "name"]]?.stringValue, let cm = sources.configMap(name) {
                for (k, v) in cm["data"]?.stringMap ?? [:] { env[prefix + k] = v }
            }
            if let name = from[path: ["secretRef", "name"]]?.stringValue, let secret = sources.secret(name) {
                for (k, v) in secret["data"]?.stringMap ?? [:] { env[prefix + k] = decode(v) }
            }
        }
        for e in container["env"]?.arrayValue ?? [] {
            guard let name = e["name"]?.stringValue else { continue }
            if let value = e["value"]?.stringValue {
                env[name] = expand(value, env)
            } else if let from = e["valueFrom"] {
                if let value = valueFrom(from, pod: pod, container: container, podIP: podIP, nodeName: nodeName,
                                         hostIP: hostIP, sources: sources) {
                    env[name] = value
                }
            } else {
                env[name] = ""
            }
        }
        return env
    }

    /// `{SVC}_SERVICE_HOST`, `{SVC}_SERVICE_PORT`, `{SVC}_SERVICE_PORT_{NAME}`, `{SVC}_PORT` and the
    /// Docker-link style `{SVC}_PORT_{port}_{PROTO}*` for a Service with a cluster IP.
    static func serviceVariables(_ service: JSON) -> [String: String] {
        guard let ip = service[path: ["spec", "clusterIP"]]?.stringValue, !ip.isEmpty, ip != "None",
              let name = service.name else { return [:] }
        let prefix = name.uppercased().replacingOccurrences(of: "-", with: "_")
        let ports = service[path: ["spec", "ports"]]?.arrayValue ?? []
        guard let first = ports.first, let firstPort = first["port"]?.intValue else { return [:] }
        var env: [String: String] = [
            "\(prefix)_SERVICE_HOST": ip,
            "\(prefix)_SERVICE_PORT": String(firstPort),
        ]
        env["\(prefix)_PORT"] = "\((first["protocol"]?.stringValue ?? "TCP").lowercased())://\(ip):\(firstPort)"
        for p in ports {
            guard let port = p["port"]?.intValue else { continue }
            let proto = p["protocol"]?.stringValue ?? "TCP"
            if let portName = p["name"]?.stringValue, !portName.isEmpty {
                env["\(prefix)_SERVICE_PORT_\(portName.uppercased().replacingOccurrences(of: "-", with: "_"))"] = String(port)
            }
            let link = "\(prefix)_PORT_\(port)_\(proto)"
            env[link] = "\(proto.lowercased())://\(ip):\(port)"
            env[link + "_PROTO"] = proto.lowercased()
            env[link + "_PORT"] = String(port)
            env[link + "_ADDR"] = ip
        }
        return env
    }

    static func valueFrom(_ from: JSON, pod: JSON, container: JSON, podIP: String, nodeName: String, hostIP: String,
                          sources: Sources) -> String? {
        if let path = from[path: ["fieldRef", "fieldPath"]]?.stringValue {
            switch path {
            case "metadata.name": return pod.name
            case "metadata.namespace": return pod.namespace
            case "metadata.uid": return pod.uid
            case "spec.nodeName": return nodeName
            case "spec.serviceAccountName": return pod[path: ["spec", "serviceAccountName"]]?.stringValue ?? "default"
            case "status.podIP", "status.podIPs": return podIP
            case "status.hostIP", "status.hostIPs": return hostIP
            default:
                if let key = bracketKey(path, "metadata.labels") { return pod.labels[key] }
                if let key = bracketKey(path, "metadata.annotations") {
                    return pod[path: ["metadata", "annotations", key]]?.stringValue
                }
                return nil
            }
        }
        if let field = from["resourceFieldRef"] {
            return resourceValue(field, container)
        }
        if let ref = from["configMapKeyRef"], let name = ref["name"]?.stringValue, let key = ref["key"]?.stringValue {
            return sources.configMap(name)?[path: ["data", key]]?.stringValue
        }
        if let ref = from["secretKeyRef"], let name = ref["name"]?.stringValue, let key = ref["key"]?.stringValue {
            return sources.secret(name)?[path: ["data", key]]?.stringValue.map(decode)
        }
        return nil
    }

    /// `limits.cpu` and friends, in the divisor's units rounded up (upstream `ExtractContainerResourceValue`);
    /// an unset limit reads as the node's allocatable, which the simulation does not know here: "0" is not
    /// right either, so the variable is left out.
    static func resourceValue(_ field: JSON, _ container: JSON) -> String? {
        guard let resource = field["resource"]?.stringValue else { return nil }
        let parts = resource.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, let quantity = container[path: ["resources", parts[0], parts[1]]].flatMap({ Quantity(json: $0) })
        else { return nil }
        let divisor = field["divisor"].flatMap { Quantity(json: $0) }
        if parts[1] == "cpu" {
            let unit = divisor?.milliValue ?? 1000
            return String((quantity.milliValue + max(1, unit) - 1) / max(1, unit))
        }
        let unit = divisor?.value ?? 1
        return String((quantity.value + max(1, unit) - 1) / max(1, unit))
    }

    /// `metadata.labels['app']` → `app`.
    static func bracketKey(_ path: String, _ prefix: String) -> String? {
        guard path.hasPrefix(prefix + "['"), path.hasSuffix("']") else { return nil }
        return String(path.dropFirst(prefix.count + 2).dropLast(2))
    }

    /// `$(VAR)` references to variables defined so far; `$$(VAR)` escapes; unknown ones stay as written.
    static func expand(_ value: String, _ env: [String: String]) -> String {
        guard value.contains("$(") else { return value }
        var out = ""
        var i = value.startIndex
        while i < value.endIndex {
            let rest = value[i...]
            if rest.hasPrefix("$$(") {
                out += "$("
                i = value.index(i, offsetBy: 3)
            } else if rest.hasPrefix("$("), let close = rest.firstIndex(of: ")") {
                let name = String(rest[rest.index(rest.startIndex, offsetBy: 2)..<close])
                out += env[name] ?? "$(\(name))"
                i = value.index(after: close)
            } else {
                out.append(value[i])
                i = value.index(after: i)
            }
        }
        return out
    }

    static func decode(_ base64: String) -> String {
        Data(base64Encoded: base64).map { String(decoding: $0, as: UTF8.self) } ?? base64
    }
}
