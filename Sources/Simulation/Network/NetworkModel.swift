import API
import Foundation
import JSON

/// A container as the network sees it: what it runs, the ports it declares and whether it runs.
/// Immutable, and a class so that the request path passes one reference instead of copying fields.
final class NetContainer: Sendable {
    /// A declared `containerPort`.
    struct DeclaredPort: Sendable {
        var name: String?
        var containerPort: Int
        var hostPort: Int?
        var hostIP: String?
        var proto: String
    }

    let name: String
    let image: ImageReference
    let argv: [String]
    let program: Program
    let ports: [DeclaredPort]
    /// `resources.limits.cpu` in cores, when set.
    let cpuLimit: Double?
    /// Whether the status says running, since when, and the run's restart count.
    let running: Bool
    let startedAt: Date?
    let restartCount: Int

    init(spec: JSON, status: JSON?) {
        name = spec["name"]?.stringValue ?? ""
        image = ImageReference(spec["image"]?.stringValue ?? "")
        argv = ImageCatalog.argv(image: image, command: spec["command"]?.arrayValue?.compactMap(\.stringValue),
                                 args: spec["args"]?.arrayValue?.compactMap(\.stringValue))
        program = ImageCatalog.program(argv: argv)
        ports = (spec["ports"]?.arrayValue ?? []).compactMap { p in
            guard let port = p["containerPort"]?.intValue else { return nil }
            return DeclaredPort(name: p["name"]?.stringValue, containerPort: Int(port),
                                hostPort: p["hostPort"]?.intValue.map { Int($0) }, hostIP: p["hostIP"]?.stringValue,
                                proto: p["protocol"]?.stringValue ?? "TCP")
        }
        cpuLimit = spec[path: ["resources", "limits", "cpu"]].flatMap { Quantity(json: $0) }.map { Double($0.milliValue) / 1000 }
        let since = status?[path: ["state", "running", "startedAt"]]?.stringValue
        running = since != nil
        startedAt = since.flatMap(ObjectMeta.parseTimestamp)
        restartCount = Int(status?["restartCount"]?.intValue ?? 0)
    }

    /// Whether the program listens on `port` (declared or not: a container port is informational).
    func listens(on port: Int) -> Bool { program.listens(on: port) }
}

/// A Pod as the network sees it. Immutable (a new one per informer event); a class for the same reason
/// as `NetContainer`.
final class NetPod: Sendable {
    let uid: String
    let namespace: String
    let name: String
    /// `status.podIP` ("" until assigned).
    let ip: String
    let nodeName: String
    let hostNetwork: Bool
    /// `spec.hostname`, else the Pod's name: what the programs see as their hostname.
    let hostname: String
    let subdomain: String?
    /// Whether the Pod's Ready condition is true.
    let ready: Bool
    let terminating: Bool
    let containers: [NetContainer]

    init?(_ pod: JSON) {
        guard let uid = pod.uid, let name = pod.name else { return nil }
        self.uid = uid
        self.name = name
        namespace = pod.namespace ?? "default"
        ip = pod[path: ["status", "podIP"]]?.stringValue ?? ""
        nodeName = pod[path: ["spec", "nodeName"]]?.stringValue ?? ""
        hostNetwork = pod[path: ["spec", "hostNetwork"]]?.boolValue ?? false
        hostname = pod[path: ["spec", "hostname"]]?.stringValue ?? name
        subdomain = pod[path: ["spec", "subdomain"]]?.stringValue
        ready = (pod[path: ["status", "conditions"]]?.arrayValue ?? []).contains {
            $0["type"]?.stringValue == "Ready" && $0["status"]?.stringValue == "True"
        }
        terminating = pod.isBeingDeleted
        var statuses: [String: JSON] = [:]
        for s in pod[path: ["status", "containerStatuses"]]?.arrayValue ?? [] {
            if let n = s["name"]?.stringValue { statuses[n] = s }
        }
        containers = (pod[path: ["spec", "containers"]]?.arrayValue ?? []).map {
            NetContainer(spec: $0, status: statuses[$0["name"]?.stringValue ?? ""])
        }
    }

    /// The container whose program listens on `port`.
    func container(listeningOn port: Int) -> NetContainer? { containers.first { $0.listens(on: port) } }

    /// The number of a container port named `name`.
    func port(named name: String) -> Int? {
        for c in containers { if let p = c.ports.first(where: { $0.name == name }) { return p.containerPort } }
        return nil
    }
}

/// A Service port.
struct NetServicePort: Sendable {
    var name: String
    var port: Int
    var proto: String
    /// `targetPort`: a number or a container port name.
    var targetNumber: Int?
    var targetName: String?
    var nodePort: Int?
}

/// A Service as the network sees it.
struct NetService: Sendable {
    let namespace: String
    let name: String
    let type: String
    /// The virtual IP; nil for a headless Service (`None`) or an ExternalName.
    let clusterIP: String?
    let headless: Bool
    let ports: [NetServicePort]
    let selector: [String: String]?
    let clientIPAffinity: Bool
    let affinityTimeout: Double
    let externalName: String?
    let loadBalancerIngress: [String]

    init?(_ svc: JSON) {
        guard let name = svc.name else { return nil }
        self.name = name
        namespace = svc.namespace ?? "default"
        type = svc[path: ["spec", "type"]]?.stringValue ?? "ClusterIP"
        let ip = svc[path: ["spec", "clusterIP"]]?.stringValue ?? ""
        headless = ip == "None"
        clusterIP = ip.isEmpty || ip == "None" ? nil : ip
        ports = (svc[path: ["spec", "ports"]]?.arrayValue ?? []).compactMap { p in
            guard let port = p["port"]?.intValue else { return nil }
            let target = p["targetPort"]
            return NetServicePort(name: p["name"]?.stringValue ?? "", port: Int(port), proto: p["protocol"]?.stringValue ?? "TCP",
                                  targetNumber: target?.intValue.map { Int($0) } ?? (target == nil ? Int(port) : nil),
                                  targetName: target?.stringValue, nodePort: p["nodePort"]?.intValue.map { Int($0) })
        }
        selector = svc[path: ["spec", "selector"]]?.stringMap
        clientIPAffinity = svc[path: ["spec", "sessionAffinity"]]?.stringValue == "ClientIP"
        affinityTimeout = svc[path: ["spec", "sessionAffinityConfig", "clientIP", "timeoutSeconds"]]?.doubleValue ?? 10800
        externalName = svc[path: ["spec", "externalName"]]?.stringValue
        loadBalancerIngress = (svc[path: ["status", "loadBalancer", "ingress"]]?.arrayValue ?? []).compactMap {
            $0["ip"]?.stringValue ?? $0["hostname"]?.stringValue
        }
    }

    var key: ObjectKey { ObjectKey(namespace: namespace, name: name) }

    /// The port matching `ref` (a number or a name); with nil, the only or first port.
    func port(_ ref: String?) -> NetServicePort? {
        guard let ref, !ref.isEmpty else { return ports.first }
        if let n = Int(ref) { return ports.first { $0.port == n } }
        return ports.first { $0.name == ref }
    }
}

/// One backend address of a Service, from an EndpointSlice or an Endpoints subset.
struct NetEndpoint: Sendable, Equatable {
    var ip: String
    var ready: Bool
    /// The port of each Service port, by the Service port's name ("" for an unnamed one).
    var ports: [String: Int]
    var hostname: String?
    var podName: String?
}

enum EndpointParsing {
    /// The endpoints of one EndpointSlice.
    static func slice(_ s: JSON) -> [NetEndpoint] {
        var ports: [String: Int] = [:]
        for p in s["ports"]?.arrayValue ?? [] {
            if let n = p["port"]?.intValue { ports[p["name"]?.stringValue ?? ""] = Int(n) }
        }
        return (s["endpoints"]?.arrayValue ?? []).flatMap { e -> [NetEndpoint] in
            // Ready unless it says otherwise (upstream: a nil `ready` means ready).
            let ready = e[path: ["conditions", "ready"]]?.boolValue ?? true
            let podName = e[path: ["targetRef", "kind"]]?.stringValue == "Pod" ? e[path: ["targetRef", "name"]]?.stringValue : nil
            return (e["addresses"]?.arrayValue ?? []).compactMap(\.stringValue).map {
                NetEndpoint(ip: $0, ready: ready, ports: ports, hostname: e["hostname"]?.stringValue, podName: podName)
            }
        }
    }

    /// The endpoints of an Endpoints object.
    static func endpoints(_ o: JSON) -> [NetEndpoint] {
        (o["subsets"]?.arrayValue ?? []).flatMap { subset -> [NetEndpoint] in
            var ports: [String: Int] = [:]
            for p in subset["ports"]?.arrayValue ?? [] {
                if let n = p["port"]?.intValue { ports[p["name"]?.stringValue ?? ""] = Int(n) }
            }
            func list(_ field: String, ready: Bool) -> [NetEndpoint] {
                (subset[field]?.arrayValue ?? []).compactMap { a in
                    a["ip"]?.stringValue.map {
                        NetEndpoint(ip: $0, ready: ready, ports: ports, hostname: a["hostname"]?.stringValue,
                                    podName: a[path: ["targetRef", "name"]]?.stringValue)
                    }
                }
            }
            return list("addresses", ready: true) + list("notReadyAddresses", ready: false)
        }
    }
}
